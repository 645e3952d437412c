"""Document language with lingua, restricted to the languages the news we read is in."""

from __future__ import annotations

from functools import cache

# ISO 639-1 codes lingua chooses among; a short list is faster and more accurate than all 75.
DEFAULT_LANGUAGES = ("ru", "en", "zh", "vi", "kk", "uk", "be")
# Characters of body text enough to decide; longer texts only cost time.
SAMPLE_CHARS = 2000


@cache
def _detector(codes: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def detect_language(text: str, codes: tuple[str, ...] = DEFAULT_LANGUAGES) -> str:
    """ISO 639-1 code of the text's main language, or "und" when lingua cannot tell."""
    language = _detector(codes).detect_language_of(text[:SAMPLE_CHARS])
    return language.iso_code_639_1.name.lower() if language else "und"
