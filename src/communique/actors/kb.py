"""Knowledge base of officeholders: who held which office, where, and when.

Source: `data/officeholders.csv`, one row per tenure (schema in its loader below and in
README). Lookups are time-aware: "президент США" in 2020 and in 2025 are different people.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from communique.actors.names import fold, other_stems, sequence_matches, stem
from communique.data import DATA_DIR, DataFileError

COLUMNS = ("canonical", "name_ru", "aliases_ru", "country", "office", "organization", "start", "end", "wikidata", "source")
OFFICES = {
    "head_of_state", "head_of_government", "foreign_minister", "party_leader", "igo_head",
    "deputy_head_of_government", "defense_minister", "spokesperson",
}
# Offices several people hold at once (a ministry has several spokespeople, a president a press
# secretary besides): their tenures may overlap, and a title alone names none of the holders.
SHARED_OFFICES = {"spokesperson"}
ISO3 = re.compile(r"^[A-Z]{3}$")
# Name forms are bucketed by the first letters of their first stem (typos elsewhere still match).
BUCKET = 3
WIKIDATA = re.compile(r"^Q\d+$")


@dataclass(frozen=True)
class Tenure:
    person_id: str
    canonical: str
    name_ru: str
    country: str | None
    office: str
    organization: str | None
    start: date
    end: date | None  # exclusive; None while in office
    wikidata: str | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    person_id: str
    canonical: str
    name_ru: str
    forms: tuple[tuple[str, ...], ...]  # stems of every Russian form of the name
    tenures: tuple[Tenure, ...]

    def tenure_on(self, day: date | None, preferred_office: str | None = None) -> Tenure | None:
        """The office held on `day` (the one the text's title names, if held); without a date, the latest."""
        if day is None:
            return max(self.tenures, key=lambda t: t.start)
        current = [t for t in self.tenures if t.covers(day)]
        if not current:
            return None
        return min(current, key=lambda t: (t.office != preferred_office, _rank(t.office)))


def _buckets(token: str) -> list[str]:
    """The index buckets a name token may fall in: its stem's, then those of shorter endings' stems."""
    found = [stem(token)[:BUCKET]]
    found += sorted({s[:BUCKET] for s in other_stems(token)} - set(found))
    return found


def _rank(office: str) -> int:
    order = ["party_leader", "head_of_state", "head_of_government", "igo_head", "foreign_minister",
             "deputy_head_of_government", "defense_minister"]
    return order.index(office) if office in order else len(order)


def person_id_for(canonical: str) -> str:
    return "kb:" + re.sub(r"[^a-z0-9]+", "-", canonical.lower()).strip("-")


class KnowledgeBase:
    """Persons and tenures with lookups by name form and by office on a date."""

    def __init__(self, tenures: list[Tenure], forms: dict[str, set[tuple[str, ...]]],
                 single_words: set[str] | None = None):
        # One-word name forms as written (folded): "Раиси" must not match "Раис" by its stem.
        self.single_words = single_words or set()
        self._single_by_stem: dict[str, set[str]] = defaultdict(set)
        for word in self.single_words:
            self._single_by_stem[stem(word)].add(word)
        by_person: dict[str, list[Tenure]] = defaultdict(list)
        for tenure in tenures:
            by_person[tenure.person_id].append(tenure)
        self.persons = {
            pid: Person(pid, ts[0].canonical, ts[0].name_ru, tuple(sorted(forms[pid])), tuple(ts))
            for pid, ts in by_person.items()
        }
        self._by_first: dict[str, list[tuple[tuple[str, ...], Person]]] = defaultdict(list)
        self._by_last: dict[str, list[tuple[tuple[str, ...], Person]]] = defaultdict(list)
        for person in self.persons.values():
            for form in person.forms:
                self._by_first[form[0][:BUCKET]].append((form, person))
                if len(form) > 1:
                    self._by_last[form[-1][:BUCKET]].append((form, person))
        self._by_office: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
        for tenure in tenures:
            self._by_office[(tenure.office, tenure.country or tenure.organization or "")].append(tenure)

    def find_person(self, tokens: list[str]) -> Person | None:
        """The person whose name form the tokens spell (any case form, one typo allowed)."""
        if not tokens:
            return None
        for bucket in _buckets(tokens[0]):
            for form, person in self._by_first.get(bucket, []):
                if sequence_matches(tokens, form):
                    return person
        if len(tokens) < 2:
            return None  # a typo is only trusted inside a multi-word name
        # A typo in the first word: the last word is then intact and finds the form.
        for bucket in _buckets(tokens[-1]):
            for form, person in self._by_last.get(bucket, []):
                if sequence_matches(tokens, form):
                    return person
        return None

    def is_safe_single(self, word: str) -> bool:
        """May one word be looked up by stem? Not when it only shares a stem with a vowel-final name."""
        folded = fold(word)
        # Unsafe: the word is a name form cut before its final vowel ("Раис" of "Раиси").
        return folded in self.single_words or not any(
            folded == stem(w) != w for w in self._single_by_stem.get(stem(folded), ()))

    def holder(self, office: str, where: str, day: date | None) -> Tenure | None:
        """Who held `office` of a country (ISO3) or organization on `day`."""
        tenures = self._by_office.get((office, where), [])
        if day is None or office in SHARED_OFFICES:
            return None
        return next((t for t in tenures if t.covers(day)), None)

    def overlaps(self) -> list[tuple[Tenure, Tenure]]:
        """Pairs of tenures of one office that share a day (the data must have none)."""
        found = []
        for (office, _where), tenures in self._by_office.items():
            if office in SHARED_OFFICES:
                continue
            ordered = sorted(tenures, key=lambda t: t.start)
            for a, b in zip(ordered, ordered[1:]):
                if a.end is None or a.end > b.start:
                    found.append((a, b))
        return found


def _parse_date(path: Path, line: int, value: str, column: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(f"{path}:{line}: {column} {value!r} is not an ISO date") from exc


def load_kb(path: Path | None = None) -> KnowledgeBase:
    """Read and validate an officeholders CSV; raises DataFileError naming file and line."""
    path = path or DATA_DIR / "officeholders.csv"
    tenures: list[Tenure] = []
    forms: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    single_words: set[str] = set()
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot be read ({exc})") from exc
    with handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise DataFileError(f"{path}: header must be {','.join(COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            if not row["canonical"] or not row["name_ru"]:
                raise DataFileError(f"{path}:{line}: canonical and name_ru are required")
            if row["office"] not in OFFICES:
                raise DataFileError(f"{path}:{line}: unknown office {row['office']!r}")
            if row["country"] and not ISO3.match(row["country"]):
                raise DataFileError(f"{path}:{line}: country {row['country']!r} is not ISO 3166 alpha-3")
            if not row["country"] and not row["organization"]:
                raise DataFileError(f"{path}:{line}: a row needs a country or an organization")
            if row["wikidata"] and not WIKIDATA.match(row["wikidata"]):
                raise DataFileError(f"{path}:{line}: wikidata {row['wikidata']!r} is not a Q-id")
            start = _parse_date(path, line, row["start"], "start")
            if start is None:
                raise DataFileError(f"{path}:{line}: start is required")
            end = _parse_date(path, line, row["end"], "end")
            if end is not None and end < start:
                raise DataFileError(f"{path}:{line}: end {end} is before start {start}")
            pid = person_id_for(row["canonical"])
            tenures.append(
                Tenure(pid, row["canonical"], row["name_ru"], row["country"] or None, row["office"],
                       row["organization"] or None, start, end, row["wikidata"] or None)
            )
            names = [row["name_ru"], *(a for a in row["aliases_ru"].split("|") if a.strip())]
            for name in names:
                forms[pid].add(tuple(stem(t) for t in fold(name).split()))
                if len(name.split()) == 1:
                    single_words.add(fold(name))
            surname = row["name_ru"].split()[-1]
            if len(row["name_ru"].split()) > 1 and len(surname) >= 4:
                forms[pid].add((stem(surname),))
                single_words.add(fold(surname))
    return KnowledgeBase(tenures, forms, single_words)


@cache
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with the package, loaded once."""
    return load_kb()
