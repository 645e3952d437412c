"""Case-insensitive, inflection-tolerant comparison of name tokens.

Russian news inflects foreign names like Russian nouns (Си Цзиньпином, Токаевым,
Ле Хоай Чунгом). Comparing stems with the case ending cut off, and allowing one edit for
long stems (typos such as "Мминистр"), matches any case form to the dictionary form.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

# Singular case endings of names, longest first; plural ones such as -ах would eat "Фаттах".
_ENDINGS = ("ому", "ему", "ого", "его", "ой", "ей", "ом", "ем", "ём", "ым", "им",
            "ою", "ею", "ую", "юю", "ью", "а", "я", "у", "ю", "е", "ы", "и", "о", "й", "ь")
# Stems at least this long may differ by one edit (a doubled or dropped letter).
FUZZY_MIN_STEM = 5


def fold(text: str) -> str:
    """Lower-case with ё folded to е: the form all comparisons use."""
    return text.lower().replace("ё", "е")


def stem(token: str) -> str:
    """A name token without its case ending; short tokens stay whole."""
    word = fold(token)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word


def _ending_overlap(a: str, b: str) -> bool:
    """Endings overlap ("Сергей" -> "серг", "Сергеем" -> "серге"): one vowel more is the same stem."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] in "аеиоуыэюяйь"


def stems_match(a: str, b: str) -> bool:
    """Do two stems name the same word, allowing one edit in long ones?"""
    if a == b or _ending_overlap(a, b):
        return True
    return min(len(a), len(b)) >= FUZZY_MIN_STEM and Levenshtein.distance(a, b) <= 1


def other_stems(token: str) -> set[str]:
    """Every stem a shorter case ending leaves: "Нгему" is "нг" by its longest ending (-ему) but
    "нгем" by -у, which is the stem of "Нгема"."""
    word = fold(token)
    return {word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 2}


def sequence_matches(tokens: list[str], form: tuple[str, ...]) -> bool:
    """Do the stems of `tokens` equal the stems `form`, token by token (one edit allowed on the
    longest-ending stem, none on the others)?"""
    if len(tokens) != len(form):
        return False
    if len(tokens) == 1:  # one word with a typo is another word ("Кабар" is no "Каборе")
        return stem(tokens[0]) == form[0] or form[0] in other_stems(tokens[0]) or _ending_overlap(stem(tokens[0]), form[0])
    return all(stems_match(stem(t), f) or f in other_stems(t) for t, f in zip(tokens, form))
