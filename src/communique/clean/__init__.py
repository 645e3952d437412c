"""Stage 2, clean: scraped text to article body, title and header date.

Each line of the scrape is classified: chrome (interface strings, contact blocks, captions,
links), content (a paragraph of prose), or short (headlines, headings, menu items). The body
is the run from the first to the last content paragraph, minus chrome, repeated lines and
lists of other articles inside it; the title is the headline nearest before the body.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from communique.clean.attribution import find_attributions
from communique.data import load_yaml
from communique.records import CleanDocument, RawDocument

# ` date 2025-09-01 Title…`: the header line some crawlers write before the page text.
HEADER_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b\s*(.*)$")
# A full date in any of the forms news pages print under a title.
FULL_DATE = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+\d{4}\b",
    re.I,
)
# A date stamp line: a full date with at most this many words of letters around it
# ("03.04.2025 14:12 (обновлено: 16:05)", "Газета № 29 от 19.02.2025, стр. 1").
MAX_STAMP_WORDS = 6
ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
WORD = re.compile(r"[\w\-]+")
# Prose ends with a full stop, possibly inside closing quotes; headlines end without one.
TERMINAL = re.compile(r"[.!?…][»\"”)]*\s*$")

# A paragraph of prose: at least this many words ending like a sentence, or this many
# words whatever its end. Sidebar headlines run 5–15 words without a final period; menu
# items 1–3. Calibrated on the seed scrapes and the examples corpus.
MIN_SENTENCE_WORDS = 6
MIN_PARAGRAPH_WORDS = 25
# A closing sentence after the last paragraph needs this many words ("(ТАСС)." does not count).
MIN_CLOSING_WORDS = 3
# A run of at least this many short lines inside the body is a list of other articles.
SIDEBAR_RUN = 3
# A headline has at least this many words (rules out "0", "вкл", category labels).
MIN_TITLE_WORDS = 3
# Above this share of CJK characters a line is foreign-script chrome (bilingual site menus).
MAX_CJK_SHARE = 0.15


@dataclass(frozen=True)
class _Line:
    text: str
    kind: str  # "chrome" | "content" | "short" | "stamp"


@cache
def _patterns() -> tuple[frozenset[str], tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    data = load_yaml("boilerplate.yaml")
    ui = frozenset(_ui_key(s) for s in data["ui_lines"])
    lines = tuple(re.compile(p, re.I) for p in data["line_patterns"])
    read_also = tuple(re.compile(p, re.I) for p in data["read_also"])
    return ui, lines, read_also


@cache
def _end_marks() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in load_yaml("boilerplate.yaml")["end_marks"])


def _ui_key(line: str) -> str:
    return line.strip().strip(".:!…").strip().casefold()


def classify_line(line: str) -> str:
    """Kind of one stripped line: chrome, stamp, content or short."""
    ui, patterns, read_also = _patterns()
    if _ui_key(line) in ui or any(p.search(line) for p in patterns) or any(p.search(line) for p in read_also):
        return "chrome"
    if FULL_DATE.search(line) and len(ALPHA_WORD.findall(line)) <= MAX_STAMP_WORDS:
        return "stamp"
    letters = sum(ch.isalpha() for ch in line)
    if letters == 0 or len(CJK.findall(line)) > MAX_CJK_SHARE * letters:
        return "chrome"
    words = len(WORD.findall(line))
    if words >= MIN_PARAGRAPH_WORDS or (words >= MIN_SENTENCE_WORDS and TERMINAL.search(line)):
        return "content"
    return "short"


def doc_id_for(text: str) -> str:
    """Stable id of a document: a hash of its raw text, so the same input is the same id."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def clean_document(raw: RawDocument) -> CleanDocument:
    """Remove site chrome from a raw document; keep the body's paragraphs."""
    text = raw.text
    header_date, header_rest = None, None
    first, _, rest = text.partition("\n")
    match = HEADER_DATE.match(first)
    if match:
        y, m, d, header_rest = match.groups()
        header_date = _safe_date(int(y), int(m), int(d))
        text = header_rest + "\n" + rest
    stripped = (_strip_end_marks(ln.strip()) for ln in text.split("\n"))
    lines = [_Line(s, classify_line(s)) for s in stripped if s]
    content = [i for i, ln in enumerate(lines) if ln.kind == "content"]
    if not content:
        # No prose paragraph at all: keep every non-chrome line rather than lose the text.
        content = [i for i, ln in enumerate(lines) if ln.kind != "chrome"] or [0]
    first_i, last_i = content[0], content[-1]
    # A short closing sentence still belongs to the article ("Переговоры продолжатся завтра.").
    while last_i + 1 < len(lines) and _one_sentence(lines[last_i + 1]):
        last_i += 1
    title = raw.meta_title or _title_before(lines, first_i, header_rest)
    # A one-sentence standfirst right before the first paragraph opens the article ("Обзор главных
    # новостей среды."), unless it is the headline itself.
    if first_i > 0 and _one_sentence(lines[first_i - 1]) and lines[first_i - 1].text != title:
        first_i -= 1
    body_lines = _body_lines(lines[first_i : last_i + 1], title)
    kept = set(body_lines)
    removed = tuple(ln.text for ln in lines if ln.text not in kept and ln.text != title)
    preamble = raw.page_date_lines + tuple(ln.text for ln in lines[:first_i] if ln.text != title)
    body = "\n\n".join(body_lines)
    return CleanDocument(
        doc_id=doc_id_for(raw.text),
        path=raw.path,
        title=title,
        body=body,
        header_date=header_date or raw.meta_date,
        header_date_source="header line" if header_date else (raw.meta_date_source if raw.meta_date else None),
        removed_lines=removed,
        attributed_to=find_attributions(raw.text, body, raw.source),
        url=raw.url,
        preamble=preamble,
    )


def _strip_end_marks(line: str) -> str:
    """A line without a wire end mark ("--0--", "/Конец/") closing it."""
    for mark in _end_marks():
        line = mark.sub("", line)
    return line


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _one_sentence(line: _Line) -> bool:
    """Is a short line one sentence of prose (a standfirst or a closing line), not chrome or a headline?"""
    return line.kind == "short" and bool(TERMINAL.search(line.text)) and len(WORD.findall(line.text)) >= MIN_CLOSING_WORDS


def _title_before(lines: list[_Line], body_start: int, header_rest: str | None) -> str | None:
    """The headline nearest before the body, past a one-sentence standfirst when a headline stands
    before it; a header-line title counts when nothing nearer."""
    candidates = [ln for ln in reversed(lines[:body_start])
                  if ln.kind == "short" and len(ALPHA_WORD.findall(ln.text)) >= MIN_TITLE_WORDS]
    if len(candidates) > 1 and candidates[0] is lines[body_start - 1] and _one_sentence(candidates[0]) \
            and not _one_sentence(candidates[1]):
        return candidates[1].text
    if candidates:
        return candidates[0].text
    if header_rest and classify_line(header_rest.strip()) in ("short", "content"):
        return header_rest.strip()
    return None


def _body_lines(region: list[_Line], title: str | None) -> list[str]:
    _, _, read_also = _patterns()
    kept: list[str] = []
    seen: set[str] = {title} if title else set()
    i = 0
    while i < len(region):
        line = region[i]
        if any(p.search(line.text) for p in read_also):
            i += 1
            while i < len(region) and region[i].kind != "content":
                i += 1
            continue
        if line.kind == "short":
            run_end = i
            while run_end < len(region) and region[run_end].kind in ("short", "chrome"):
                run_end += 1
            if sum(1 for ln in region[i:run_end] if ln.kind == "short") >= SIDEBAR_RUN:
                i = run_end
                continue
        if line.kind in ("content", "short") and line.text not in seen:
            kept.append(line.text)
            seen.add(line.text)
        i += 1
    return kept
