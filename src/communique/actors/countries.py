"""Countries named in text: names, abbreviations, adjectives, capitals and seats of power.

Built from `data/countries.yaml` plus pycountry's Russian translation of every ISO 3166
name, all turned into lemma sequences so that any case form matches.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import cache

import pycountry

from communique.data import load_yaml, require_keys
from communique.actors.names import fold
from communique.actors.scan import scan
from communique.nlp import lemma_of
from communique.records import Actor, Token


@dataclass(frozen=True)
class CountryMatch:
    first: int
    last: int  # inclusive token index
    iso3: str
    how: str  # "name" | "adjective" | "capital" | "seat" | "city"


@dataclass(frozen=True)
class CountryIndex:
    phrases: dict[tuple[str, ...], tuple[str, str]]  # lemma sequence -> (iso3, how)
    names: dict[str, str]  # iso3 -> Russian short name
    adjective_stems: dict[str, str]  # "российско" -> RUS, for compounds
    longest: int
    capitals: dict[str, str]  # iso3 -> capital (nominative)
    place_verbs: frozenset[str] = frozenset()  # verbs whose object is a place ("посетить Москву")
    # iso3 -> CAMEO code of the organization its capital names as an actor ("решение Брюсселя": the EU)
    capital_bodies: dict[str, str] = field(default_factory=dict)

    def find(self, tokens: tuple[Token, ...]) -> list[CountryMatch]:
        """Non-overlapping country expressions in a sentence, longest first."""
        def match_at(i: int) -> CountryMatch | None:
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                # The lemma, else the word as written: the tagger mangles hyphenated foreign names
                # ("Эр-Рияд" -> "эра-рияда") that data files list in the nominative.
                for key in (tuple(t.lemma for t in tokens[i : i + size]),
                            tuple(t.text.lower().replace("ё", "е") for t in tokens[i : i + size])):
                    if key in self.phrases and (size > 1 or _proper_enough(tokens[i])):
                        iso3, how = self.phrases[key]
                        return CountryMatch(i, i + size - 1, iso3, how)
            return None

        return scan(len(tokens), match_at)

    def listed(self, tokens: tuple[Token, ...], matches: list[CountryMatch], start: int,
               hows: tuple[str, ...] = ("name", "abbreviation")) -> list[CountryMatch]:
        """The countries listed from token `start` on, joined by commas and "и": "президентов [России,
        Армении и Азербайджана]", "посетит [Панаму, Сальвадор и Гватемалу]"."""
        found, position = [], start
        for match in sorted(matches, key=lambda m: m.first):
            if match.first < position or match.how not in hows:
                continue
            gap = tokens[position : match.first]
            if len(gap) > 2 or any(t.text not in (",", "и") for t in gap):
                break
            found.append(match)
            position = match.last + 1
        return found

    def actor(self, iso3: str, text: str | None = None) -> Actor:
        """The state as an actor, named by its Russian short name; `text` is how the text wrote it."""
        name = self.names.get(iso3, iso3)
        return Actor(text or name, name, name, None, iso3, None, "country")

    def compound(self, lemma: str) -> list[str]:
        """Countries of a compound adjective: "российско-китайский" -> [RUS, CHN]."""
        parts = lemma.split("-")
        if len(parts) < 2:
            return []
        result = []
        for part in parts[:-1]:
            if part in self.adjective_stems:
                result.append(self.adjective_stems[part])
        last = self.phrases.get((parts[-1],))
        if last and last[1] == "adjective":
            result.append(last[0])
        return result if len(result) == len(parts) else []


def _proper_enough(token: Token) -> bool:
    # Adjectives are lower-case in Russian; names and abbreviations are capitalized. A pronoun or
    # a conjunction is never a country, whatever it spells ("Того же дня" is not Togo).
    if token.pos in ("PRON", "DET", "ADV", "SCONJ", "CCONJ", "ADP", "PART", "VERB", "AUX"):
        return False
    return token.text[:1].isupper() or token.pos == "ADJ"


def _lemmas(phrase: str) -> tuple[str, ...]:
    """Lemma key of a nominative name from a data file: words lemmatized, hyphenated words as written.

    pymorphy guesses badly at hyphenated foreign names ("Эр-Рияд" -> "эра-рияда"); data files
    hold them in the nominative already, which is natasha's lemma for them in text.
    """
    return tuple(fold(w) if "-" in w else lemma_of(w) for w in phrase.split())


def _keys(phrase: str) -> list[tuple[str, ...]]:
    """The lemma key and the written key of a nominative name: out of context pymorphy may lemmatize
    an indeclinable name to a word the text never has ("Эсватини" -> "эсватиня")."""
    return list(dict.fromkeys([_lemmas(phrase), tuple(fold(w) for w in phrase.split())]))


@cache
def country_index() -> CountryIndex:
    """The index of every country expression, built once per process."""
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    names: dict[str, str] = {}
    adjective_stems: dict[str, str] = {}
    capitals: dict[str, str] = {}
    capital_bodies: dict[str, str] = {}
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"]).gettext
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                for key in _keys(translate(value)):
                    phrases.setdefault(key, (country.alpha_3, "name"))
        names.setdefault(country.alpha_3, translate(country.name))
    for entry in load_yaml("countries.yaml")["countries"]:
        require_keys("countries.yaml", entry, ("iso3", "name"))
        iso3 = entry["iso3"]
        names[iso3] = entry["name"]
        for name in [entry["name"], *entry.get("names", [])]:
            for key in _keys(name):
                phrases[key] = (iso3, "name")
        adjective = entry.get("adjective")  # none where two states share it ("конголезский")
        if adjective:
            phrases[(adjective,)] = (iso3, "adjective")
            phrases[(adjective, "столица")] = (iso3, "capital")  # "в белорусскую столицу"
            adjective_stems[adjective[:-2] + "о"] = iso3  # российский -> российско(-китайский)
        if entry.get("capital"):
            for key in _keys(entry["capital"]):
                phrases.setdefault(key, (iso3, "capital"))
            capitals[iso3] = entry["capital"]
        if entry.get("capital_acts_for"):
            capital_bodies[iso3] = entry["capital_acts_for"]
        for seat in entry.get("seats", []):
            for key in _keys(seat):
                phrases[key] = (iso3, "seat")
        for city in entry.get("cities", []):
            for key in _keys(city):
                phrases.setdefault(key, (iso3, "city"))
    return CountryIndex(phrases, names, adjective_stems, max(len(k) for k in phrases), capitals,
                        frozenset(load_yaml("countries.yaml").get("place_verbs", [])), capital_bodies)
