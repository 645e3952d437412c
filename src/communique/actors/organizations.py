"""Organizations as actors: government bodies of a state ("МИД России", "турецкий МИД",
"Пентагон") and international organizations ("ЕС", "Совет Безопасности ООН", "НАТО").

Bodies come from data/organizations.yaml, international organizations from the `organizations`
list of data/cameo_actors.yaml (their Russian names and abbreviations), matched on lemmas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from communique.actors.scan import scan
from communique.data import DataFileError, load_yaml, require_keys
from communique.nlp import lemma_of
from communique.records import Token


@dataclass(frozen=True)
class Body:
    phrase: tuple[str, ...]
    name: str
    office: str
    sector: str
    country: str | None  # set where the name alone names the state
    as_country: bool = False  # the body is its state in the news ("власти Молдавии")
    domestic: bool = False  # may act with no state named ("полиция задержала", "протестующие")
    of_state: bool = False  # an organ of its state (a sector in `state_sectors`): canonically that state


@dataclass(frozen=True)
class International:
    phrase: tuple[str, ...]
    name: str  # the Russian name matched, as listed
    canonical: str  # the English name
    code: str  # CAMEO code, e.g. IGOUNO


@dataclass(frozen=True)
class OrganizationMatch:
    first: int
    last: int  # inclusive
    body: Body | None
    international: International | None


@dataclass(frozen=True)
class OrganizationLexicon:
    entries: tuple[Body | International, ...]  # longest phrase first

    def find(self, tokens: tuple[Token, ...]) -> list[OrganizationMatch]:
        def at(i: int) -> OrganizationMatch | None:
            for entry in self.entries:
                size = len(entry.phrase)
                if tuple(t.lemma for t in tokens[i:i + size]) == entry.phrase and not (
                        tokens[i].pos == "VERB" and tokens[i].feats.get("VerbForm") != "Part"):
                    body = entry if isinstance(entry, Body) else None
                    return OrganizationMatch(i, i + size - 1, body, None if body else entry)
            return None
        return scan(len(tokens), at)


@cache
def listed_body(office: str) -> Body | None:
    """The body a data file lists for an office ("protesters"), by its shortest phrase; None if none."""
    bodies = [e for e in organization_lexicon().entries if isinstance(e, Body) and e.office == office]
    return min(bodies, key=lambda b: len(b.phrase), default=None)


def body_of_office(office: str) -> Body:
    """The body a data file must list for an office the code relies on ("protesters")."""
    found = listed_body(office)
    if found is None:
        raise DataFileError(f"organizations.yaml lists no body with office {office}")
    return found


def _lemmas(name: str) -> tuple[str, ...]:
    return tuple(lemma_of(w) for w in name.replace("-", " - ").split() if w)


@cache
def organization_lexicon() -> OrganizationLexicon:
    entries: list[Body | International] = []
    data = load_yaml("organizations.yaml")
    state_sectors = frozenset(data.get("state_sectors", ()))
    for entry in data["bodies"]:
        require_keys("organizations.yaml", entry, ("phrase", "name", "office", "sector"))
        entries.append(Body(tuple(entry["phrase"].split()), entry["name"], entry["office"], entry["sector"],
                            entry.get("country"), bool(entry.get("as_country")), bool(entry.get("domestic")),
                            entry["sector"] in state_sectors))
    for entry in load_yaml("cameo_actors.yaml")["organizations"]:
        require_keys("cameo_actors.yaml", entry, ("code", "names"))
        names = entry["names"]
        canonical = names[0]
        russian = [n for n in names if any("а" <= c.lower() <= "я" for c in n)]
        for name in russian:
            # Abbreviations are matched as written ("ЕС", "ООН"); full names on lemmas.
            # Named as the text's organ ("Совет Безопасности ООН"), coded and canonically the organization.
            entries.append(International(_lemmas(name), name, canonical, entry["code"]))
    entries.sort(key=lambda e: -len(e.phrase))
    return OrganizationLexicon(tuple(entries))


def genitive(name: str) -> str:
    """"Саудовская Аравия" -> "Саудовской Аравии": a country name as the complement of a body's name."""
    from communique.nlp import morph_vocab

    words = []
    for word in name.split():
        parse = morph_vocab().parse(word)[0]
        wanted = {"gent"} | {g for g in (parse.tag.gender, parse.tag.number) if g}
        form = next((f.word for f in parse.lexeme if f.tag.POS == parse.tag.POS
                     and wanted <= set(str(f.tag).replace(" ", ",").split(","))), word.lower())
        words.append(form[:1].upper() + form[1:] if word[:1].isupper() else form)
    return " ".join(w.upper() if o.isupper() else w for w, o in zip(words, name.split()))
