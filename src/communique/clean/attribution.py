"""Which agencies and outlets a text cites as its source ("(ТАСС)", "сообщает сайт Кремля")."""

from __future__ import annotations

import re
from functools import cache

from communique.data import load_yaml

# Genitive owner of an issuing body: "Кремля", "МИД России", "Белого дома" (1–3 words).
_OWNER = r"((?:[А-ЯA-Z][\w\-]*)(?:\s+[А-ЯA-Zа-я][\w\-]*){0,2})"
_REPORT_VERB = r"(?:сообщает|сообщила|сообщил|сообщили|сообщается на|передает|передаёт|говорится на|отмечено на|пишет|информирует|заявили в)"


@cache
def _outlet_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    result = []
    for outlet in load_yaml("sources.yaml")["outlets"]:
        alias = "|".join(re.escape(a) for a in sorted(outlet["aliases"], key=len, reverse=True))
        contexts = [
            rf"\(\s*(?:{alias})\s*\)",  # (ТАСС)
            rf"/\s*(?:{alias})\s*/",  # /БЕЛТА/
            rf"[—–-]\s*(?:{alias})\s*(?:[—–-]|\.|,)",  # — РИА Новости. / — Mossovetinfo.ru —
            rf"\d{{1,2}}\s+[а-я]+[.,]?\s+(?:{alias})\b",  # 31 августа. KAZAKHSTAN TODAY
            rf"{_REPORT_VERB}\s+(?:агентство\s+|газета\s+|издание\s+)?«?(?:{alias})\b",
            rf"по данным\s+«?(?:{alias})\b",
        ]
        result.append((outlet["name"], re.compile("|".join(contexts))))
    return tuple(result)


@cache
def _issuer_pattern() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in load_yaml("sources.yaml")["issuer_heads"])
    return re.compile(rf"{_REPORT_VERB}\s+(?:на\s+)?((?:{heads})\s+{_OWNER})")


# The outlet a dateline names, whatever it is: "4 февраля — Outlet.ru —", "Астана. 5 июня. KAZINFORM –",
# "МИНСК, 12 марта. /БЕЛТА/ –".
DATELINE_OUTLETS = (
    re.compile(r"^\s*\d{1,2}\s+[а-яё]+\.?\s*[—–-]\s*([^—–\n]{2,40}?)\s*[—–-]"),
    re.compile(r"^[^.\n]{2,30}[.,]\s*\d{1,2}\s+[а-яё]+\.?\s*/([^/\n]{2,30})/"),
    re.compile(r"^[^.\n]{2,30}[.,]\s*\d{1,2}\s+[а-яё]+\.\s*([A-ZА-ЯЁ][A-ZА-ЯЁ .]{1,40}?)\s+[—–-]"),
)


@cache
def _outlet_names() -> dict[str, str]:
    """Known outlets by any alias, case-folded: "kazinform" -> "Kazinform"."""
    return {alias.casefold(): outlet["name"] for outlet in load_yaml("sources.yaml")["outlets"]
            for alias in [outlet["name"], *outlet["aliases"]]}


def _dateline_outlet(body: str) -> str | None:
    for pattern in DATELINE_OUTLETS:
        match = pattern.match(body)
        if match:
            return match.group(1).strip()
    return None


def find_attributions(raw_text: str, body: str, source: str | None = None) -> tuple[str, ...]:
    """Outlets and issuing bodies cited as the source, in order of first appearance.

    `source` is the outlet the input itself names (a JSONL or feed field); it comes first.
    """
    found: list[tuple[int, str]] = [(-1, source)] if source else []
    for name, pattern in _outlet_patterns():
        match = pattern.search(raw_text)
        if match:
            found.append((match.start(), name))
    outlet = _dateline_outlet(body)
    if outlet:
        found.append((body.find(outlet), _outlet_names().get(outlet.casefold(), outlet)))
    for match in _issuer_pattern().finditer(body):
        phrase = _trim_owner(match.group(1))
        found.append((match.start(1), phrase))
    seen: list[str] = []
    for _, name in sorted(found):
        if name not in seen:
            seen.append(name)
    return tuple(seen)


def _trim_owner(phrase: str) -> str:
    # Stop the owner at the first word that starts lower-case after it began ("Кремля по итогам").
    words = phrase.split()
    kept = words[:2]
    for word in words[2:]:
        if not word[0].isupper():
            break
        kept.append(word)
    return " ".join(kept).rstrip(".,;:")
