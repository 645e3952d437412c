"""Left-to-right scan for non-overlapping phrase matches (countries, office titles)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar


class _Span(Protocol):
    last: int


M = TypeVar("M", bound=_Span)


def scan(length: int, match_at: Callable[[int], M | None]) -> list[M]:
    """Matches found by `match_at(i)` from left to right; a match resumes the scan after its end."""
    found: list[M] = []
    i = 0
    while i < length:
        match = match_at(i)
        if match is not None:
            found.append(match)
            i = match.last + 1
        else:
            i += 1
    return found
