"""Stage 5, actors: persons, countries and descriptions found in sentences and resolved.

A person mention is a name (natasha NER, or a knowledge-base name form) with the title
before it ("министр иностранных дел РФ Сергей Лавров"); a title alone with a country
("председатель КНР") resolves through the knowledge base at the date of the text. Countries
act through their names, seats of power and "adjective + сторона/народ". Plural descriptions
("главы государств") are kept as references to participants named earlier.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from communique.actors.countries import CountryIndex, CountryMatch, country_index
from communique.actors.kb import KnowledgeBase, Person, default_kb
from communique.actors.names import stem, stems_match
from communique.actors.offices import OfficeLexicon, OfficeMatch, office_lexicon
from communique.records import Actor, ActorMention, Analysis, Sentence, Token

log = logging.getLogger(__name__)

# Prepositions after which a country or city is a place, not an actor ("в Москве", "из Китая").
PLACE_PREPOSITIONS = {"в", "во", "на", "из", "по", "до", "через", "около", "под", "от"}
# Nouns that turn a country adjective into the country acting ("казахстанская сторона").
COUNTRY_HEADS = {"сторона", "народ", "делегация", "власть", "правительство", "руководство", "государство"}
# Tokens that may stand between a title and its name ("председатель КНР Си Цзиньпин").
MAX_TITLE_GAP = 6
# Name windows tried against the knowledge base when NER missed a name.
MAX_NAME_TOKENS = 4


@dataclass(frozen=True)
class _Name:
    first: int
    last: int


def _nominative(token: Token) -> str:
    """A name token in the nominative: as written when already so, else its capitalized lemma."""
    if token.feats.get("Case", "Nom") == "Nom" or not token.lemma[:1].isalpha():
        return token.text
    return "-".join(part[:1].upper() + part[1:] for part in token.lemma.split("-"))


class ActorFinder:
    """Finds and resolves actor mentions in the sentences of one document."""

    def __init__(self, kb: KnowledgeBase | None = None, countries: CountryIndex | None = None,
                 offices: OfficeLexicon | None = None):
        self.kb = kb or default_kb()
        self.countries = countries or country_index()
        self.offices = offices or office_lexicon()

    def find(self, analysis: Analysis, reference_date: Callable[[int], date | None]) -> list[ActorMention]:
        """Actor mentions of all sentences; `reference_date(i)` dates sentence i for the KB."""
        mentions: list[ActorMention] = []
        known_unknowns: dict[str, Actor] = {}  # surname stem -> actor first named in full
        for sent in analysis.sentences:
            mentions.extend(self._sentence(sent, reference_date(sent.index), known_unknowns))
        return mentions

    def _sentence(self, sent: Sentence, day: date | None, known: dict[str, Actor]) -> list[ActorMention]:
        tokens = sent.tokens
        countries = self.countries.find(tokens)
        offices = self.offices.find(tokens)
        used: set[int] = set()
        result: list[ActorMention] = []
        for name in self._names(sent):
            if used & set(range(name.first, name.last + 1)):
                continue
            mention = self._person(sent, name, offices, countries, day, known)
            if mention:
                used.update(range(mention.first_token, mention.last_token + 1))
                result.append(mention)
        for office in offices:
            if used & set(range(office.first, office.last + 1)):
                continue
            mention = self._title_only(sent, office, countries, day, used)
            if mention:
                used.update(range(mention.first_token, mention.last_token + 1))
                result.append(mention)
        for i in range(len(tokens)):
            if i in used:
                continue
            last = self.offices.plural_reference_at(tokens, i)
            if last is not None and not used & set(range(i, last + 1)):
                used.update(range(i, last + 1))
                text = sent.text[tokens[i].start - sent.start : tokens[last].end - sent.start]
                group = Actor(text, text, None, None, None, None, "group")
                result.append(ActorMention(group, sent.index, tokens[i].start, tokens[last].end, i, last,
                                           tokens[i].feats.get("Case"), plural_reference=True))
        for match in countries:
            if used & set(range(match.first, match.last + 1)):
                continue
            mention = self._country(sent, match)
            if mention:
                used.update(range(mention.first_token, mention.last_token + 1))
                result.append(mention)
        return sorted(result, key=lambda m: m.first_token)

    # -- persons ---------------------------------------------------------------------------

    def _names(self, sent: Sentence) -> list[_Name]:
        names = [_Name(e.first_token, e.last_token) for e in sent.entities
                 if e.kind == "PER" and sent.tokens[e.first_token].pos != "PRON"]
        covered = {i for n in names for i in range(n.first, n.last + 1)}
        tokens = sent.tokens
        i = 0
        while i < len(tokens):
            if i in covered or not tokens[i].text[:1].isupper():
                i += 1
                continue
            for size in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
                window = [t.text for t in tokens[i : i + size]]
                if all(w[:1].isupper() for w in window) and not covered & set(range(i, i + size)) \
                        and self.kb.find_person(window):
                    names.append(_Name(i, i + size - 1))
                    i += size - 1
                    break
            i += 1
        return sorted(names, key=lambda n: n.first)

    def _person(self, sent: Sentence, name: _Name, offices: list[OfficeMatch], countries: list[CountryMatch],
                day: date | None, known: dict[str, Actor]) -> ActorMention | None:
        tokens = sent.tokens
        words = [t.text for t in tokens[name.first : name.last + 1]]
        title = self._title_before(tokens, name.first, offices)
        first = title.first if title else name.first
        title_country = self._title_country(tokens, title, countries, name.first) if title else None
        if title and first > 0 and tokens[first - 1].pos == "ADJ":
            adjective = self.countries.phrases.get((tokens[first - 1].lemma,))
            if adjective and adjective[1] == "adjective":
                title_country = title_country or adjective[0]
                first -= 1
        case = (tokens[title.first] if title else tokens[name.first]).feats.get("Case")
        person = self.kb.find_person(words)
        entity_text = " ".join(words)
        if person:
            actor = self._kb_actor(person, entity_text, day, title.title.office if title else None)
        else:
            surname = stem(words[-1])
            if len(words) == 1 and surname in known:
                actor = known[surname]
                actor = Actor(entity_text, actor.name, actor.canonical, actor.identifier_id, actor.country,
                              actor.office, "person")
            else:
                normal = " ".join(_nominative(t) for t in tokens[name.first : name.last + 1])
                office = title.title.office if title else None
                actor = Actor(entity_text, normal, None, None, title_country, office, "person")
                if len(words) > 1:
                    known[surname] = actor
        return ActorMention(actor, sent.index, tokens[first].start, tokens[name.last].end, first, name.last, case)

    def _kb_actor(self, person: Person, entity_text: str, day: date | None, title_office: str | None) -> Actor:
        tenure = person.tenure_on(day, title_office) or person.tenure_on(None)
        return Actor(
            entity_text=entity_text,
            name=person.name_ru,
            canonical=person.canonical,
            identifier_id=person.person_id,
            country=tenure.country if tenure else None,
            office=(tenure.office if tenure and tenure.covers(day or tenure.start) else title_office),
            kind="person",
        )

    def _title_before(self, tokens: tuple[Token, ...], name_first: int, offices: list[OfficeMatch]) -> OfficeMatch | None:
        before = [o for o in offices if o.last < name_first and name_first - o.last - 1 <= MAX_TITLE_GAP]
        if not before:
            return None
        title = before[-1]
        between = tokens[title.last + 1 : name_first]
        if any(t.pos == "PUNCT" and t.text != "-" or t.lemma == "и" or t.pos == "VERB" for t in between):
            return None
        return title

    def _title_country(self, tokens: tuple[Token, ...], title: OfficeMatch, countries: list[CountryMatch],
                       name_first: int) -> str | None:
        for match in countries:
            if title.last < match.first < name_first:
                return match.iso3
        return title.title.country

    def _title_only(self, sent: Sentence, office: OfficeMatch, countries: list[CountryMatch], day: date | None,
                    used: set[int]) -> ActorMention | None:
        tokens = sent.tokens
        if tokens[office.first].feats.get("Number") == "Plur":
            return None
        country, last = office.title.country, office.last
        following = next((m for m in countries if m.first == office.last + 1 and m.how == "name"), None)
        if following:
            country, last = following.iso3, following.last
        first = office.first
        if office.first > 0:
            adjective = self.countries.phrases.get((tokens[office.first - 1].lemma,))
            if adjective and adjective[1] == "adjective":
                country, first = country or adjective[0], office.first - 1
        if country is None:
            return None
        tenure = self.kb.holder(office.title.office, country, day)
        if tenure is None:
            return None
        person = self.kb.persons[tenure.person_id]
        text = sent.text[tokens[first].start - sent.start : tokens[last].end - sent.start]
        actor = Actor(text, person.name_ru, person.canonical, person.person_id, country, tenure.office, "person")
        return ActorMention(actor, sent.index, tokens[first].start, tokens[last].end, first, last,
                            tokens[office.first].feats.get("Case"))

    # -- countries -------------------------------------------------------------------------

    def _country(self, sent: Sentence, match: CountryMatch) -> ActorMention | None:
        tokens = sent.tokens
        if match.first > 0 and tokens[match.first - 1].lemma in PLACE_PREPOSITIONS:
            return None
        last = match.last
        if match.how == "adjective":
            if last + 1 >= len(tokens) or tokens[last + 1].lemma not in COUNTRY_HEADS:
                return None
            last += 1
        elif match.how in ("capital", "city"):
            return None  # a city acts only through a seat of power ("Кремль"), else it is a place
        iso3 = match.iso3
        name = self.countries.names.get(iso3, iso3)
        text = sent.text[tokens[match.first].start - sent.start : tokens[last].end - sent.start]
        actor = Actor(text, name, name, None, iso3, None, "country")
        case = tokens[last if match.how == "adjective" else match.first].feats.get("Case")
        return ActorMention(actor, sent.index, tokens[match.first].start, tokens[last].end, match.first, last, case)


def same_entity(a: Actor, b: Actor) -> bool:
    """Do two actors stand for the same person or country?"""
    if a.identifier_id and b.identifier_id:
        return a.identifier_id == b.identifier_id
    if a.kind != b.kind:
        return False
    if a.kind == "country":
        return a.country == b.country
    return stems_match(stem(a.name.split()[-1]), stem(b.name.split()[-1]))


def entity_key(actor: Actor) -> str:
    """A key that is equal for the same entity across mentions and documents."""
    if actor.identifier_id:
        return actor.identifier_id
    if actor.kind == "country":
        return f"country:{actor.country}"
    return f"{actor.kind}:{stem(actor.name.split()[-1])}:{actor.country or ''}"
