"""Office titles in text ("министром иностранных дел", "председатель КНР"), from data/offices.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from communique.actors.names import stems_match
from communique.actors.scan import scan
from communique.data import load_yaml, require_keys
from communique.records import Token


@dataclass(frozen=True)
class OfficeTitle:
    phrase: tuple[str, ...]
    office: str
    sector: str
    country: str | None
    needs_country: bool


@dataclass(frozen=True)
class OfficeMatch:
    first: int
    last: int  # inclusive
    title: OfficeTitle


@dataclass(frozen=True)
class OfficeLexicon:
    titles: tuple[OfficeTitle, ...]  # longest phrase first
    plural_references: tuple[tuple[str, ...], ...]  # longest first
    plural_offices: dict[tuple[str, ...], frozenset[str]]  # offices a plural reference may stand for; empty: any
    sectors: dict[str, str]  # office code -> PLOVER/CAMEO sector
    by_country: dict[tuple[str, str], str]  # (country, title phrase) -> the office it names there

    def office_in(self, title: OfficeTitle, country: str | None) -> str:
        """The office a title names in a country: Iran's "президент" heads the government."""
        return self.by_country.get((country or "", " ".join(title.phrase)), title.office)

    def sector_of(self, office: str | None) -> str | None:
        """The sector of an office code: from the titles naming it, or offices.yaml's kb_office_sectors."""
        return self.sectors.get(office or "")

    def find(self, tokens: tuple[Token, ...]) -> list[OfficeMatch]:
        """Non-overlapping office titles, longest first; one typo allowed in long words; one adjective
        may stand after the first word ("глава американской дипломатии", "глава турецкого МИД")."""
        def match_at(i: int) -> OfficeMatch | None:
            for t in self.titles:
                if _matches(tokens, i, t.phrase):
                    return OfficeMatch(i, i + len(t.phrase) - 1, t)
                if (len(t.phrase) > 1 and i + 1 < len(tokens) and tokens[i + 1].pos == "ADJ"
                        and stems_match(tokens[i].lemma, t.phrase[0]) and _matches(tokens, i + 2, t.phrase[1:])):
                    return OfficeMatch(i, i + len(t.phrase), t)
            return None
        return scan(len(tokens), match_at)

    def plural_reference_at(self, tokens: tuple[Token, ...], i: int) -> tuple[int, frozenset[str]] | None:
        """Last index of a plural description starting at token i ("главами государств"), and the
        offices its persons may hold (empty: any)."""
        if tokens[i].feats.get("Number") != "Plur":
            return None
        # Numerals may stand inside: "главы двух государств".
        kept = [k for k in range(i, min(i + 6, len(tokens))) if k == i or tokens[k].pos != "NUM"]
        for phrase in self.plural_references:
            if len(kept) >= len(phrase) and all(
                    stems_match(tokens[kept[n]].lemma, word) for n, word in enumerate(phrase)):
                return kept[len(phrase) - 1], self.plural_offices[phrase]
        return None


def _matches(tokens: tuple[Token, ...], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) > len(tokens):
        return False
    return all(stems_match(tokens[i + k].lemma, word) for k, word in enumerate(phrase))


@cache
def office_lexicon() -> OfficeLexicon:
    data = load_yaml("offices.yaml")
    titles = []
    for entry in data["offices"]:
        require_keys("offices.yaml", entry, ("phrase", "office", "sector"))
        titles.append(OfficeTitle(tuple(entry["phrase"].split()), entry["office"], entry["sector"],
                                  entry.get("country"), bool(entry.get("needs_country"))))
    titles.sort(key=lambda t: -len(t.phrase))
    plural_offices = {tuple(phrase.split()): frozenset(offices or ())
                      for phrase, offices in data["plural_references"].items()}
    plural = tuple(sorted(plural_offices, key=len, reverse=True))
    sectors = {**{t.office: t.sector for t in reversed(titles)}, **(data.get("kb_office_sectors") or {})}
    by_country = {(iso3, phrase): office for iso3, titles_there in (data.get("country_titles") or {}).items()
                  for phrase, office in titles_there.items()}
    return OfficeLexicon(tuple(titles), plural, plural_offices, sectors, by_country)
