"""Languages with lingua, restricted to the languages the news we read is in.

The document gets one language; paragraphs in another language (a Chinese caption, an
English quote, a Kazakh paragraph) are marked as foreign segments and kept out of the
Russian models, without moving any offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# ISO 639-1 codes lingua chooses among; a short list is faster and more accurate than all 75.
DEFAULT_LANGUAGES = ("ru", "en", "zh", "vi", "kk", "uk", "be")
# Characters of body text enough to decide; longer texts only cost time.
SAMPLE_CHARS = 2000
# Letters a paragraph needs before its language is judged on its own.
MIN_SEGMENT_LETTERS = 20
# Confidence lingua must give another Cyrillic language before a paragraph of a Russian text
# counts as foreign: Russian, Ukrainian, Belarusian and Kazakh share most short words.
CYRILLIC_CONFIDENCE = 0.95
_PARAGRAPH = re.compile(r"[^\n]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")
_CYRILLIC = re.compile(r"[Ѐ-ӿ]")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    language: str


class UnknownLanguageError(ValueError):
    """A language code lingua does not know."""


def parse_languages(text: str) -> tuple[str, ...]:
    """"ru,en,zh" -> ("ru", "en", "zh"); raises UnknownLanguageError naming a code lingua lacks."""
    from lingua import IsoCode639_1

    codes = tuple(code.strip().lower() for code in text.split(",") if code.strip())
    unknown = [code for code in codes if not hasattr(IsoCode639_1, code.upper())]
    if unknown or not codes:
        raise UnknownLanguageError(f"unknown ISO 639-1 language code(s): {', '.join(unknown) or '(none given)'}")
    if "ru" not in codes:
        raise UnknownLanguageError("the language set must include ru: Russian is what the models read")
    return codes


@cache
def _detector(codes: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def detect_language(text: str, codes: tuple[str, ...] = DEFAULT_LANGUAGES) -> str:
    """ISO 639-1 code of the text's main language, or "und" when lingua cannot tell."""
    language = _detector(codes).detect_language_of(text[:SAMPLE_CHARS])
    return language.iso_code_639_1.name.lower() if language else "und"


def foreign_segments(text: str, language: str, codes: tuple[str, ...] = DEFAULT_LANGUAGES) -> list[Segment]:
    """Lines of `text` in a language other than `language`, with their offsets."""
    segments = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group(0)
        letters = sum(ch.isalpha() for ch in line)
        if letters < MIN_SEGMENT_LETTERS:
            continue
        found = _line_language(line, letters, codes)
        if found and found != language:
            segments.append(Segment(match.start(), match.end(), found))
    return segments


def _line_language(line: str, letters: int, codes: tuple[str, ...]) -> str | None:
    if len(_CJK.findall(line)) > 0.3 * letters:
        return "zh"
    if len(_LATIN.findall(line)) > 0.8 * letters:
        detected = _detector(codes).detect_language_of(line)
        return detected.iso_code_639_1.name.lower() if detected else None
    if len(_CYRILLIC.findall(line)) > 0.8 * letters:
        values = _detector(codes).compute_language_confidence_values(line)
        best = values[0] if values else None
        if best and best.language.iso_code_639_1.name.lower() != "ru" and best.value >= CYRILLIC_CONFIDENCE:
            return best.language.iso_code_639_1.name.lower()
        return "ru"
    return None


def mask(text: str, segments: list[Segment]) -> str:
    """The text with the segments blanked out (spaces), so offsets stay where they were."""
    if not segments:
        return text
    chars = list(text)
    for segment in segments:
        for i in range(segment.start, segment.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
