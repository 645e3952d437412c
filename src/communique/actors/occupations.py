"""Occupations: who holds which post in which organization or place ("мэр Москвы Юрий Лужков").

Position words come from `data/positions.yaml`, the other word lists from
`data/occupations.yaml`; persons are the named person mentions of `ActorFinder`. Patterns of
Russian grammar, within one sentence:

- title before the name: POSITION [genitive organization or place] [prepositional phrases]
  NAME ("мэра Москвы Юрия Лужкова", "председатель КНР Ху Цзиньтао", "посол Японии в России
  Масахару Коно"), the name agreeing in case with the title ("представителями Путина" is not
  Putin's post). Titles stacked before one name, of one case, bare, with a comma or with "и"
  between them, all belong to it ("лидер Меджлиса, народный депутат Украины Мустафа Джемилев"),
  and a stacked title without an organization takes the one before it ("представитель
  вооружённых сил полковник Х"). A name in another case than the title, hanging by apposition
  (syntax tree) on position words inside the title's chain, is theirs ("заместитель главы
  вооружённых сил генерал-лейтенанта Аксары Кердпола": the general and head, not the deputy).
  Also TITLE, NAME, in commas, both nominative; "один из" + a plural post is one post
  ("Эдуард Мишлен, одному из президентов группы компаний Michelin");
- apposition after the name: NAME, POSITION [organization] ("Борис Стомахин, редактор газеты
  «Радикальная политика»"), after a dash or in brackets too, in the name's case, also past other
  descriptions in commas ("Александра Брода, известного борца с ксенофобией, члена Общественной
  палаты"); NAME POSITION without a comma when both are nominative ("Кирсан Илюмжинов Президент ФИДЕ");
- copula, by the syntax tree: the named subject of "стать, являться, быть ..." governing the
  position in the instrumental ("капитаном стал Михаэль Баллак"), or of "быть" hanging on the
  post ("Иванов был министром", "..., ещё будучи первым секретарём обкома": a converb shares
  its verb's subject); the object of "назначить, назвать, избрать ..." ("назвал Йенса Лемана
  первым вратарём"; the subject of their active form is not the holder); the subject of the
  verb governing "пост/должность/место" + genitive position ("Путин согласился занять пост
  премьер-министра РФ"), unless a candidacy noun governs it ("кандидатом на пост главы").
  A subject "он/она" that the actor layer resolved stands for its person, and a clause
  without a subject shares the nearest one before it ("он является депутатом ..., также
  является членом комитета");
- description: a title without a name, as a subject, for the person named in the last few
  sentences whom the knowledge base knows to have held that office of that country ("Беньямин
  Нетаньяху ... Премьер-министр Израиля заявил"); `rule` "description".

The organization or place of a post is, in this order: a quoted name in the genitive chain
after the position ("движения «Левый фронт»"), the first natasha ORG/LOC span or country in
that chain ("министр торговли Китая"), its first capitalized word, a place adjective before
the position ("российский президент", "свердловского губернатора"), the chain itself when a
place adjective is in it ("глава палестинской делегации"). The chain may hold a "по/при"
phrase, an "из" phrase with a name ("рабочий из цеха окончательной обработки Vestas") and a
second organization after "и", which makes a second occupation ("члена Общественной палаты и
российско-американской рабочей группы"). Without a name in the chain, it is implied (`rule`
ends in "+implied"): a chain of one common noun stands for the organization of that kind
named before in the text ("главу партии" after "партии «Яблоко»", "премьер-министром страны"
for the country named last); a title after "свой" belongs to the named subject of its clause
("Политическое бюро Национального фронта поддержало кандидатуру своего председателя"). Else
the country the actor layer knows for the person (`rule` ends in "+country"), else the chain
of common nouns ("вратарь сборной команды"); else, for a post of a state ("Премьер-министр
Михаил Фрадков"), the country the text is about (`rule` ends in "+text-country"); else none.

Person names are nominative: the actor layer's, with the words it left as written put in the
nominative by the case of the title the name agrees with ("Юрия Лужкова" -> "Юрий Лужков"); a
part of a name (a first name, a first name and patronymic) takes the one fuller name of the
text that holds it ("Борис Николаевич" -> "Борис Николаевич Ельцин").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from communique.actors import ActorFinder
from communique.actors.countries import CountryIndex, country_index
from communique.actors.kb import KnowledgeBase, Person, default_kb
from communique.actors.names import fold, stem, stems_match
from communique.actors.offices import OfficeLexicon, office_lexicon
from communique.actors.positions import PositionLexicon, position_lexicon
from communique.data import DataFileError, load_yaml
from communique.nlp import morph_vocab
from communique.records import ActorMention, Analysis, Sentence, Token

log = logging.getLogger(__name__)

OPEN_QUOTES = {"«", "„", "“", '"', "'"}
CLOSE_QUOTES = {"»", "“", "”", '"', "'"}
# Longest quoted name taken as an organization ("«Координационный совет пострадавших соинвесторов»").
MAX_QUOTED_TOKENS = 8
# Prepositional phrases that may stand between a title and its name ("посол Японии в России").
GAP_PREPOSITIONS = {"в", "во", "на", "от", "из", "при", "по", "у"}
MAX_GAP_PHRASES = 5
MAX_GAP_PHRASE_TOKENS = 5
# Prepositions whose phrase belongs to the position or its organization ("директор по стратегии",
# "комитет при прокуратуре").
CHAIN_PREPOSITIONS = {"по", "при"}
# Punctuation that joins a name and a post after it ("Иванов, министр", "Иванов — министр").
APPOSITION_MARKS = {",", "—", "–", "-", "("}
# Other appositions that may stand between a name and its post, and their longest length.
MAX_APPOSITIONS = 2
MAX_APPOSITION_TOKENS = 6
NOMINAL = {"NOUN", "PROPN", "ADJ", "DET", "NUM"}
# Sentences back that a description ("Премьер-министр Израиля заявил") may point to a person named in.
MAX_DESCRIPTION_DISTANCE = 3
# Endings of relational adjectives made from place names ("свердловский", "мюнхенский", "тверской").
PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий", "ской", "цкой")


@dataclass(frozen=True)
class Occupation:
    """A person holding a post, with the organization or place of the post when stated."""

    person: str  # nominative name ("Юрий Лужков")
    position: str  # head lemma of the post ("мэр", "экс-председатель")
    position_text: str  # the post as written, with modifiers and complements ("министр торговли")
    organization: str | None  # as written ("Москвы", "Левый фронт", "российский", "Россия")
    country: str | None  # ISO 3166-1 alpha-3 when the organization is a country
    sentence: int
    start: int  # offsets into the body: the title and the name together
    end: int
    rule: str  # "title-name" | "apposition" | "name-title" | "copula" | "description",
    # then "+implied", "+country" or "+text-country" when the organization is not in the title


@dataclass(frozen=True)
class OccupationKnowledge:
    """What data/occupations.yaml knows besides the position words."""

    national_posts: frozenset[str]
    country_nouns: frozenset[str]
    candidacy_nouns: frozenset[str]
    object_verbs: frozenset[str]
    organization_nouns: frozenset[str]


@cache
def occupation_knowledge() -> OccupationKnowledge:
    """The word lists of data/occupations.yaml, validated."""
    data = load_yaml("occupations.yaml")
    keys = ("national_posts", "country_nouns", "candidacy_nouns", "object_verbs", "organization_nouns")
    lists = {}
    for key in keys:
        words = data.get(key) if isinstance(data, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w == w.lower() and w.strip() for w in words):
            raise DataFileError(f"occupations.yaml: {key} must be a list of lower-case lemmas")
        lists[key] = frozenset(w.replace("ё", "е") for w in words)
    return OccupationKnowledge(**lists)


@dataclass(frozen=True)
class _Name:
    first: int
    last: int  # inclusive
    actor_name: str  # the actor layer's nominative name
    known: bool  # a knowledge-base person: its name is canonical
    country: str | None


@dataclass(frozen=True)
class _Title:
    first: int  # first modifier
    head: int  # the position word
    last: int  # end of its genitive chain (the head when it has none)
    position: str
    org: tuple[int, int] | None  # token range of the organization
    org_country: str | None
    org_text: str | None  # for quoted names: without the quotes
    org_named: bool  # a name or place adjective, not just the common nouns of the chain
    org_noun: int | None = None  # the one noun of an unnamed chain ("партии", "концерна")
    case: str | None = None  # of the title: its head's, or of "один" in "одному из президентов"


@dataclass(frozen=True)
class _NamedOrganization:
    sentence: int
    token: int  # the common noun ("партии" of "партии «Яблоко»")
    name: str  # as written, without quotes ("Яблоко")


class _Document:
    """What a text names outside one sentence: organizations by the common noun they are named
    with ("партии «Яблоко»", "концерн «Фольксваген»"), countries, and the country it names most."""

    def __init__(self, analysis: Analysis, countries: CountryIndex, knowledge: OccupationKnowledge,
                 mentions: list[ActorMention] = (), kb: KnowledgeBase | None = None,
                 offices: OfficeLexicon | None = None, day: date | None = None):
        self.knowledge = knowledge
        self.offices = offices
        self.day = day
        # Knowledge-base persons in text order: (sentence, first token, person).
        self.kb_persons: list[tuple[int, int, Person]] = []
        for m in sorted(mentions, key=lambda m: (m.sentence, m.first_token)):
            person = kb.persons.get(m.actor.identifier_id or "") if kb is not None else None
            if person is not None and m.actor.kind == "person" and not m.plural_reference:
                self.kb_persons.append((m.sentence, m.first_token, person))
        self.named: dict[str, list[_NamedOrganization]] = {}
        self.countries: list[tuple[int, int, str, str]] = []  # (sentence, token, iso3, as written)
        counts: dict[str, int] = {}
        for sent in analysis.sentences:
            for m in countries.find(sent.tokens):
                if m.how in ("name", "adjective"):
                    written = _span_text(sent, m.first, m.last)
                    self.countries.append((sent.index, m.first, m.iso3, written))
                    counts[m.iso3] = counts.get(m.iso3, 0) + 1
            for token, name in _named_organizations(sent, knowledge):
                self.named.setdefault(sent.tokens[token].lemma, []).append(_NamedOrganization(sent.index, token, name))
        ranked = sorted(counts.items(), key=lambda x: -x[1])
        # The country the text is about: the only one it names, or one named at least twice
        # and more often than any other.
        self.main_country = ranked[0][0] if len(ranked) == 1 or (
            len(ranked) > 1 and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]) else None

    def organization_before(self, noun: str, sentence: int, token: int) -> str | None:
        """The latest organization named with `noun` before a token, or None."""
        earlier = [o for o in self.named.get(noun, ()) if (o.sentence, o.token) < (sentence, token)]
        return earlier[-1].name if earlier else None

    def holder_before(self, office: str, country: str, sentence: int, token: int) -> Person | None:
        """The knowledge-base person named last before a token, within a few sentences, who held
        `office` of `country` at some time."""
        for at, first, person in reversed(self.kb_persons):
            if (at, first) >= (sentence, token):
                continue
            if sentence - at > MAX_DESCRIPTION_DISTANCE:
                break
            if any(t.office == office and (t.country or t.organization) == country
                   and (self.day is None or t.covers(self.day)) for t in person.tenures):
                return person
        return None

    def country_before(self, sentence: int, token: int) -> tuple[str, str] | None:
        """(as written, iso3) of the latest country named before a token, or None."""
        earlier = [c for c in self.countries if (c[0], c[1]) < (sentence, token)]
        return (earlier[-1][3], earlier[-1][2]) if earlier else None


def _span_text(sent: Sentence, first: int, last: int) -> str:
    return sent.text[sent.tokens[first].start - sent.start : sent.tokens[last].end - sent.start]


def _named_organizations(sent: Sentence, knowledge: OccupationKnowledge) -> list[tuple[int, str]]:
    """(noun token, name) of each organization or place named with a common noun of its kind:
    the noun before a quoted name, an ORG/LOC span or a Latin name ("партии «Яблоко»",
    "концерна Volkswagen"), or inside an ORG/LOC span ("Дальневосточном федеральном округе")."""
    tokens = sent.tokens
    spans = [(e.first_token, e.last_token) for e in sent.entities if e.kind in ("ORG", "LOC")]
    found = []
    for i, t in enumerate(tokens):
        if t.pos != "NOUN" or t.lemma not in knowledge.organization_nouns or t.feats.get("Number") == "Plur":
            continue
        inside = next((e for e in spans if e[0] <= i <= e[1]), None)
        after = next((e for e in spans if e[0] == i + 1), None)
        quoted = i + 1 < len(tokens) and tokens[i + 1].text in OPEN_QUOTES
        close = next((k for k in range(i + 2, min(i + 3 + MAX_QUOTED_TOKENS, len(tokens)))
                      if tokens[k].text in CLOSE_QUOTES), None) if quoted else None
        if close is not None and close > i + 2:
            found.append((i, _span_text(sent, i + 2, close - 1)))
        elif inside is not None and inside != (i, i):
            found.append((i, _span_text(sent, *inside)))
        elif after is not None:
            found.append((i, _span_text(sent, *after)))
        elif i + 1 < len(tokens) and tokens[i + 1].text[:1].isascii() and tokens[i + 1].text[:1].isupper():
            end = i + 1
            while end + 1 < len(tokens) and tokens[end + 1].text[:1].isascii() and tokens[end + 1].text[:1].isupper():
                end += 1
            found.append((i, _span_text(sent, i + 1, end)))
    return found


class _Context:
    """Names, entities and countries of one sentence, by token index."""

    def __init__(self, sent: Sentence, names: list[_Name], lexicon: PositionLexicon, countries: CountryIndex,
                 document: _Document | None = None, pronouns: list[_Name] | None = None):
        self.sent = sent
        self.tokens = sent.tokens
        self.lexicon = lexicon
        self.countries = countries
        self.document = document
        # "он"/"она" the actor layer resolved to a person named before: subjects of copulas only.
        self.pronoun_at = {n.first: n for n in pronouns or ()}
        self.name_at = {n.first: n for n in names}
        self.name_ending = {n.last: n for n in names}
        self.in_name = {i for n in names for i in range(n.first, n.last + 1)}
        self.entity_of: dict[int, tuple[int, int]] = {}
        for e in sent.entities:
            if e.kind in ("ORG", "LOC"):
                for i in range(e.first_token, e.last_token + 1):
                    self.entity_of.setdefault(i, (e.first_token, e.last_token))
        self.country_of: dict[int, tuple[int, int, str, str]] = {}
        for m in countries.find(sent.tokens):
            for i in range(m.first, m.last + 1):
                self.country_of[i] = (m.first, m.last, m.iso3, m.how)

    def text(self, first: int, last: int) -> str:
        return self.sent.text[self.tokens[first].start - self.sent.start : self.tokens[last].end - self.sent.start]


def occupations(analysis: Analysis, finder: ActorFinder | None = None,
                mentions: list[ActorMention] | None = None, day: date | None = None) -> list[Occupation]:
    """Occupations stated in the sentences of one analyzed text, in text order.

    `mentions` are the text's actor mentions when already found (else `finder`, or a new
    ActorFinder, finds them without dates); `day`, the date of the text when known, keeps a
    described office ("Премьер-министр Израиля заявил") to the person who held it that day.
    """
    if mentions is None:
        finder = finder or ActorFinder()
        mentions = finder.find(analysis, lambda _index: None)
    lexicon, countries, knowledge = position_lexicon(), country_index(), occupation_knowledge()
    kb = finder.kb if finder is not None else default_kb()
    offices = finder.offices if finder is not None else office_lexicon()
    document = _Document(analysis, countries, knowledge, mentions, kb, offices, day)
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    result = []
    for sent in analysis.sentences:
        here = by_sentence.get(sent.index, [])
        names = _names(sent, here, lexicon, countries)
        pronouns = _pronouns(sent, here)
        if names or pronouns or document.kb_persons:
            result.extend(_sentence_occupations(_Context(sent, names, lexicon, countries, document, pronouns)))
    return _full_names(result, mentions)


def _full_names(found: list[Occupation], mentions: list[ActorMention]) -> list[Occupation]:
    """A person named by the start of a name ("Алексей уходит с поста", "сделал Борис
    Николаевич") or by a surname alone gets the one fuller name of the text that starts with
    those words or ends with the surname ("Алексей Ратманский", "Борис Николаевич Ельцин");
    with two such persons ("Сергей Иванов", "Пётр Иванов") it stays. A name is not extended at
    its front ("Усама бин Ладен", not "Аль-Кайды Усама бин Ладен" of a too long NER span)."""
    # Nominative names first: the extractor's, then the actor layer's in the nominative, then any.
    names = [o.person for o in found]
    names += [m.actor.name for m in mentions if m.actor.kind == "person" and m.case in ("Nom", None)]
    names += [m.actor.name for m in mentions if m.actor.kind == "person"]
    fuller: list[tuple[str, ...]] = []  # one stem sequence per person, in the order above
    written: dict[tuple[str, ...], str] = {}
    for name in names:
        stems = tuple(stem(w) for w in name.split())
        if "(" in name or not all(w[:1].isalpha() for w in name.split()):
            continue  # "Барри Лоуенкрон ( Barry Lowenkron )": a name with its spelling in brackets
        if len(stems) > 1 and not any(_same_name(stems, other) for other in fuller):
            fuller.append(stems)
            written[stems] = name
    result = []
    for o in found:
        stems = tuple(stem(w) for w in o.person.split())
        options = [f for f in fuller if len(f) > len(stems) and (_same_name(f[: len(stems)], stems)
                                                                 or (len(stems) == 1 and stems_match(f[-1], stems[0])))]
        result.append(replace(o, person=written[options[0]]) if len(options) == 1 else o)
    return result


def _same_name(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    return len(one) == len(other) and all(stems_match(a, b) for a, b in zip(one, other))


# -- persons -------------------------------------------------------------------------------


def _names(sent: Sentence, mentions: list[ActorMention], lexicon: PositionLexicon,
           countries: CountryIndex) -> list[_Name]:
    """Named persons of a sentence: the written name of each person mention, without its title.

    A bracketed part ("Джоэл Саймон (Joel Simon)") and a genitive word that NER joined to the
    front of a name ("Аль-Джазиры Сами аль-Хадж") are not part of the written name.
    """
    tokens = sent.tokens
    persons = [(e.first_token, e.last_token) for e in sent.entities if e.kind == "PER"]
    other = {i for e in sent.entities if e.kind != "PER" for i in range(e.first_token, e.last_token + 1)}
    other |= {i for m in countries.find(tokens) for i in range(m.first, m.last + 1)}
    names = []
    for m in mentions:
        if m.actor.kind != "person" or m.plural_reference:
            continue
        if m.first_token == m.last_token and tokens[m.last_token].pos == "PRON":
            continue  # "Он является ...": a pronoun, even capitalized, is no written name (see _pronouns)
        last = m.last_token
        span = next((p for p in persons if p[0] <= last <= p[1]), None)
        if span is not None:
            first = max(span[0], m.first_token)
        else:
            if last in other or lexicon.head_of(tokens[last]):
                continue  # a title resolved through the knowledge base: no name is written
            first = last
            while first > m.first_token and tokens[first - 1].text[:1].isupper() \
                    and first - 1 not in other and not lexicon.head_of(tokens[first - 1]):
                first -= 1
        bracket = next((k for k in range(first + 1, last + 1) if tokens[k].text == "("), None)
        last = bracket - 1 if bracket is not None else last
        while first < last and _is_organization_word(tokens[first].text):
            first += 1
        if not tokens[last].text[:1].isalpha() or not any(t.text[:1].isupper() for t in tokens[first : last + 1]):
            continue  # a pronoun or a description ("индийского гостя") stands for someone named before
        names.append(_Name(first, last, m.actor.name, m.actor.identifier_id is not None, m.actor.country))
    return sorted(names, key=lambda n: n.first)


def _pronouns(sent: Sentence, mentions: list[ActorMention]) -> list[_Name]:
    """Personal pronouns the actor layer resolved to a person named before ("он" -> "Леван Гачечиладзе")."""
    result = []
    for m in mentions:
        token = sent.tokens[m.last_token]
        if m.actor.kind == "person" and not m.plural_reference and m.first_token == m.last_token \
                and token.pos == "PRON" and fold(m.actor.name) != fold(token.text):
            result.append(_Name(m.first_token, m.last_token, m.actor.name, True, m.actor.country))
    return result


def _is_organization_word(word: str) -> bool:
    """Does the dictionary know the word as an organization or place name and not as a person's?"""
    grammemes = [set(p.tag.grammemes) for p in morph_vocab().parse(word) if p.is_known]
    return any({"Orgn", "Geox"} & g for g in grammemes) and not any({"Name", "Surn", "Patr"} & g for g in grammemes)


# Cases a name inflects for (Universal Dependencies names, as natasha and its MorphVocab give them).
_CASES = {"Nom", "Gen", "Dat", "Acc", "Ins", "Loc"}


def _person(ctx: _Context, name: _Name, case: str | None) -> str:
    """The nominative name of a person: the actor layer's, or the written one put in the nominative.

    The actor layer leaves a name as written when it cannot tell its case ("Юрия Лужкова" after
    a title it does not know); here the case of the title the name stands in apposition to decides.
    """
    if name.known:
        return name.actor_name
    # Words as written ("Фил О’Рейли" is three tokens), punctuation alone left out.
    words = [w for w in ctx.text(name.first, name.last).split() if any(c.isalpha() for c in w)]
    ours = (_nominative_name(words, case) if case in _CASES and case != "Nom" else " ".join(words)).split()
    theirs = name.actor_name.split()
    if len(words) == 1 and len(theirs) > 1 and stems_match(stem(theirs[-1]), stem(ours[0])):
        return name.actor_name  # a surname alone: the fuller name the actor layer found in the text
    if len(theirs) != len(words) or not all(stems_match(stem(t), stem(w)) for t, w in zip(theirs, words)):
        return " ".join(ours)  # another person's name (two people of one surname merged)
    # Word by word: what the actor layer changed it knew better; what it left as written is put
    # in the nominative by the title's case ("Юрия Лужкова" -> "Юрий Лужков").
    return " ".join(t if t != w else o for t, w, o in zip(theirs, words, ours))


def _nominative_name(words: list[str], case: str) -> str:
    """"Юрия Лужкова" (Gen) -> "Юрий Лужков": each word inflected by the dictionary, gender kept."""
    parses = [[p for p in morph_vocab().parse(w) if p.pos == "NOUN" and p.feats.get("Case") == case
               and p.feats.get("Number") == "Sing"] for w in words]
    genders = [p.feats["Gender"] for ps in parses for p in ps if "Name" in p.tag.grammemes and "Gender" in p.feats]
    gender = genders[0] if genders else None
    result = []
    for word, candidates in zip(words, parses):
        fitting = [p for p in candidates if gender is None or p.feats.get("Gender") in (gender, None)]
        form = fitting[0].inflect({"Nom"}) if fitting and len(word) > 1 else None
        result.append(_cased_like(word, form.word) if form else word)
    return " ".join(result)


def _cased_like(written: str, form: str) -> str:
    """`form` with the capital letters of `written`, part by part of hyphenated names."""
    parts = form.split("-")
    originals = written.split("-")
    if len(parts) != len(originals):
        return form[:1].upper() + form[1:] if written[:1].isupper() else form
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, originals))


def _agrees(ctx: _Context, title: _Title, name: _Name) -> bool:
    """May the name stand in apposition to the title: can it be in the title's case?

    "представителями Путина" is not Putin's post: the instrumental title governs a genitive name.
    """
    case = title.case
    tagged = ctx.tokens[name.last].feats.get("Case")
    if case not in _CASES or tagged in (None, case):
        return True
    return any(p.feats.get("Case") in (case, None)
               for token in ctx.tokens[name.first : name.last + 1] for p in morph_vocab().parse(token.text))


# -- titles --------------------------------------------------------------------------------


def _titles(ctx: _Context) -> list[_Title]:
    """Position words with their modifiers and genitive chains, left to right, not overlapping.

    A position word inside another's chain is a complement ("советник руководителя").
    """
    titles = []
    i = 0
    while i < len(ctx.tokens):
        token = ctx.tokens[i]
        position = ctx.lexicon.head_of(token) if i not in ctx.in_name else None
        one_of = _one_of(ctx, i)
        if position is None or token.pos not in ("NOUN", "PROPN", "ADJ", "VERB") \
                or (token.feats.get("Number") == "Plur" and one_of is None) \
                or (token.pos != "NOUN" and _modifies_next(ctx, i)):
            # A plural post ("кандидату в президенты", "кабинета министров") is no one's title;
            # a participle is a post only standing alone ("управляющий компанией", not "управляющий директор").
            i += 1
            continue
        title = _title_at(ctx, i, position)
        if one_of is not None:  # "одному из президентов группы компаний Michelin": one post
            title = replace(title, first=one_of, case=ctx.tokens[one_of].feats.get("Case"))
        titles.append(title)
        i = title.last + 1
    return titles


def _one_of(ctx: _Context, i: int) -> int | None:
    """Index of "один" when a plural post follows "один из" ("одному из президентов"), else None."""
    tokens = ctx.tokens
    k = i - 1
    while k >= 0 and tokens[k].pos == "ADJ" and tokens[k].feats.get("Number") == "Plur":
        k -= 1  # "одним из основных акционеров"
    if k >= 1 and tokens[k].lemma == "из" and tokens[k - 1].lemma in ("один", "одна") \
            and tokens[i].feats.get("Number") == "Plur":
        return k - 1
    return None


def _modifies_next(ctx: _Context, i: int) -> bool:
    following = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
    return following is not None and following.pos in ("NOUN", "PROPN", "ADJ") \
        and following.feats.get("Case") == ctx.tokens[i].feats.get("Case")


def _title_at(ctx: _Context, head: int, position: str, stop: int | None = None) -> _Title:
    """The title of a position word; its chain ends before `stop` when given."""
    tokens = ctx.tokens
    written = tokens[head].lemma
    if written != position and any(written == p + position for p in ctx.lexicon.prefixes):
        position = written  # "экс-председатель" is reported as written
    first, adjective_org = _modifiers(ctx, head)
    start = head + 1
    if start + 1 < len(tokens) and tokens[start].text == "." and tokens[start + 1].text[:1].islower():
        start += 1  # an abbreviated post: "зав. кафедрой"
    last = _chain(ctx, start, ctx.lexicon.governs.get(position, "Gen"))
    if stop is not None:
        last = min(last, stop - 1)
    org, org_country, org_text = _chain_organization(ctx, start, last)
    org_noun = None
    named = org is not None
    if org is None and adjective_org is not None:
        org, named = (adjective_org, adjective_org), True
        found = ctx.countries.phrases.get((tokens[adjective_org].lemma,))
        org_country = found[0] if found and found[1] == "adjective" else None
    if org is None and last >= start and tokens[start].pos in ("NOUN", "ADJ") \
            and not ctx.lexicon.head_of(tokens[start]):
        org = (start, last)  # "вратарь сборной команды"; not "советник руководителя", "министр по делам"
        nouns = [k for k in range(start, last + 1) if tokens[k].pos == "NOUN"]
        if len(nouns) == 1 and all(tokens[k].pos == "ADJ" for k in range(start, last + 1) if k != nouns[0]):
            org_noun = nouns[0]  # "главу партии": the party may be named before
        place = next((k for k in range(start, last + 1) if tokens[k].pos == "ADJ" and _is_place_adjective(ctx, tokens[k])), None)
        if place is not None:  # "глава палестинской делегации", "глава российского государства"
            named = True
            found = ctx.countries.phrases.get((tokens[place].lemma,))
            org_country = found[0] if found and found[1] == "adjective" else None
    return _Title(first, head, max(last, head), position, org, org_country, org_text, named,
                  None if named else org_noun, tokens[head].feats.get("Case"))


def _modifiers(ctx: _Context, head: int) -> tuple[int, int | None]:
    """First token of the adjectives before a position word, and the place adjective among them."""
    tokens = ctx.tokens
    first, place = head, None
    case = tokens[head].feats.get("Case")
    k = head - 1
    while k >= 0 and k not in ctx.in_name:
        t = tokens[k]
        if (t.pos == "ADJ" or (t.pos == "VERB" and t.feats.get("VerbForm") == "Part")) and t.feats.get("Case") == case:
            if place is None and _is_place_adjective(ctx, t):
                place = k
            first = k
        elif t.lemma == "и" and k > 0 and tokens[k - 1].pos == "ADJ":  # "чрезвычайный и полномочный"
            pass
        elif t.pos == "ADV" and k > 0 and tokens[k - 1].pos == "ADJ":  # "крайне правый"
            pass
        else:
            break
        k -= 1
    return first, place


def _is_place_adjective(ctx: _Context, token: Token) -> bool:
    found = ctx.countries.phrases.get((token.lemma,))
    if found and found[1] == "adjective":
        return True
    return token.text[:1].islower() and token.lemma.endswith(PLACE_ADJECTIVE_ENDINGS)


def _chain(ctx: _Context, start: int, governs: str) -> int:
    """Last token of the organization chain after a position word (start - 1 when there is none).

    The chain is what the position governs: nouns and adjectives in its case or the genitive,
    names (ORG/LOC spans, countries, abbreviations, quoted names), "и" between genitives, and
    "по/при" phrases ("министр по делам разведки", "комитет при прокуратуре").
    """
    tokens = ctx.tokens
    n = len(tokens)
    cases = {"Gen", governs}
    last = start - 1
    i = start
    while i < n and i not in ctx.in_name:
        t = tokens[i]
        if t.text in OPEN_QUOTES:
            close = _closing_quote(ctx, i)
            if close is None:
                break
            last = i = close
        elif i in ctx.entity_of or (i in ctx.country_of and ctx.country_of[i][3] == "name"):
            last = i
        elif t.pos in NOMINAL and t.feats.get("Case") in cases and not (t.pos == "NUM" and t.text.isdigit()):
            last = i
        elif t.pos == "ADJ" and "Case" not in t.feats and last >= start and i + 1 < n \
                and tokens[i + 1].feats.get("Case") in cases and tokens[i + 1].pos in NOMINAL:
            last = i  # a compound adjective the tagger gives no case ("российско-американской")
        elif t.text[:1].isupper() and t.pos in ("PROPN", "X", "NOUN") and last >= start:
            last = i  # an abbreviation or a foreign name the tagger gives no case ("сетей HP")
        elif t.lemma == "и" and last >= start and i + 1 < n and tokens[i + 1].pos in NOMINAL \
                and not ctx.lexicon.head_of(tokens[i + 1]) and (tokens[i + 1].feats.get("Case") == "Gen" or (
                    # a compound adjective the tagger gives no case: "и российско-американской рабочей группы"
                    "Case" not in tokens[i + 1].feats and i + 2 < n and tokens[i + 2].feats.get("Case") == "Gen")):
            last = i
        elif t.pos == "ADV" and last >= start and i + 1 < n and tokens[i + 1].pos == "ADJ" \
                and tokens[i + 1].feats.get("Case") in cases:
            last = i  # "французского крайне правого Национального фронта"
        elif t.lemma in CHAIN_PREPOSITIONS:
            end = _phrase_end(ctx, i + 1)
            if end < i + 1:
                break
            last = i = end
        elif t.lemma == "от" and last < start and i + 1 in ctx.entity_of:
            last = i = ctx.entity_of[i + 1][1]  # "наблюдатель от ОБСЕ"
        elif t.lemma == "из" and last < start and _names_something(ctx, i + 1, _phrase_end(ctx, i + 1)):
            last = i = _phrase_end(ctx, i + 1)  # "рабочий из цеха окончательной обработки Vestas"
        else:
            break
        i += 1
    return last


def _names_something(ctx: _Context, first: int, last: int) -> bool:
    """Does a phrase hold a name: an ORG/LOC span, a country or a capitalized word past its first?"""
    return any(k in ctx.entity_of or k in ctx.country_of or (k > first and ctx.tokens[k].text[:1].isupper())
               for k in range(first, last + 1))


def _closing_quote(ctx: _Context, i: int) -> int | None:
    for k in range(i + 1, min(i + 2 + MAX_QUOTED_TOKENS, len(ctx.tokens))):
        if ctx.tokens[k].text in CLOSE_QUOTES:
            return k if k > i + 1 else None
    return None


def _phrase_end(ctx: _Context, start: int) -> int:
    """Last token of a noun phrase after a preposition (start - 1 when none).

    The phrase keeps the case of its first word, with genitive modifiers ("по делам разведки");
    a post in another case starts something else ("... общества глава РФ").
    """
    last = start - 1
    i = start
    case = None
    while i < len(ctx.tokens) and i not in ctx.in_name:
        t = ctx.tokens[i]
        own = t.feats.get("Case")
        if i in ctx.entity_of and last >= start - 1:
            last = i  # a name in any case: "от штата Аризона"
        elif t.pos in ("NOUN", "PROPN", "ADJ", "DET") and (case is None or own in (case, "Gen", None)) \
                and not (own != case and ctx.lexicon.head_of(t)):
            case = case or own
            last = i
        elif t.lemma == "и" and last >= start and i + 1 < len(ctx.tokens) and ctx.tokens[i + 1].pos in NOMINAL:
            pass
        else:
            break
        i += 1
    return last


def _chain_organization(ctx: _Context, start: int, last: int) -> tuple[tuple[int, int] | None, str | None, str | None]:
    """The named organization or place in a chain: a quoted name, an ORG/LOC span or country, a capital."""
    tokens = ctx.tokens
    for i in range(start, last + 1):
        if tokens[i].text in OPEN_QUOTES:
            close = _closing_quote(ctx, i)
            if close is not None and close <= last:
                return (i, close), None, ctx.text(i + 1, close - 1)
    for i in range(start, last + 1):
        if i in ctx.country_of and ctx.country_of[i][3] == "name":
            first, end, iso3, _ = ctx.country_of[i]
            entity = ctx.entity_of.get(i)
            if entity is None or entity == (first, end):
                return (first, end), iso3, None
        if i in ctx.entity_of:
            first, end = ctx.entity_of[i]
            return (first, min(end, last)), None, None
        if tokens[i].text[:1].isupper() and tokens[i].pos in ("PROPN", "X"):
            end = i
            while end + 1 <= last and tokens[end + 1].text[:1].isupper():
                end += 1
            return (i, end), None, None
    return None, None, None


# -- linking titles and names -------------------------------------------------------------


def _sentence_occupations(ctx: _Context) -> list[Occupation]:
    titles = _split_nested(ctx, _titles(ctx))
    if not titles:
        return []
    starting = {t.first: k for k, t in enumerate(titles)}
    linked: dict[int, tuple[_Name, str]] = {}
    for k in range(len(titles) - 1, -1, -1):  # right to left: stacked titles take the next one's name
        title = titles[k]
        after = _skip_gap(ctx, title.last + 1, title.case)
        if after in ctx.name_at:
            if _agrees(ctx, title, ctx.name_at[after]):
                linked[k] = (ctx.name_at[after], "title-name")
            continue
        following = starting.get(after)
        if following is not None and not _same_case(ctx, title, titles[following]):
            following = None  # "заместитель | главы ... Кердпола": the deputy is someone else
        if following is None and after < len(ctx.tokens) and _apposed_name(ctx, title) is None:
            joint = ctx.tokens[after]
            following = starting.get(after + 1) if joint.text == "," or joint.lemma == "и" else None
            if following is not None and joint.lemma == "и" and \
                    titles[following].case != title.case:
                following = None  # "главы МИД и министром обороны": two people
            if following is None and joint.text == "," and after + 1 in ctx.name_at:
                name = _name_in_commas(ctx, title, ctx.name_at[after + 1])
                if name is not None:  # "Бывший спикер палаты представителей, Нэнси Пелоси, ..."
                    linked[k] = (name, "title-name")
                    continue
        if following is not None and following in linked and linked[following][1] == "title-name":
            linked[k] = (linked[following][0], "title-name")
            inner = titles[following]
            if title.org is not None and (inner.org is None or (title.org_named and not inner.org_named)):
                # "представитель вооружённых сил полковник Сансерн Каевкамнерд": the colonel of the same forces
                titles[following] = replace(inner, org=title.org, org_country=title.org_country,
                                            org_text=title.org_text, org_named=title.org_named)
    named_by_head = {titles[k].head: name for k, (name, _) in linked.items()}
    for k, title in enumerate(titles):
        if k in linked:
            continue
        found = _apposed_name(ctx, title) or _copula_subject(ctx, title, named_by_head) or _described(ctx, title)
        if found is None and k > 0 and k - 1 in linked and linked[k - 1][1] in ("apposition", "name-title") \
                and title.first >= 2 and ctx.tokens[title.first - 1].lemma == "и" and titles[k - 1].last == title.first - 2:
            found = linked[k - 1]  # "Гергей Ковач - политик и лидер партии"
        if found is not None:
            linked[k] = found
    result = []
    for k, (name, rule) in sorted(linked.items()):
        first = _occupation(ctx, titles[k], name, rule)
        result.append(first)
        also = _coordinated(ctx, titles[k])
        if also is not None:  # "член Общественной палаты и рабочей группы по гражданскому обществу"
            result.append(replace(_occupation(ctx, also, name, rule), position_text=first.position_text))
    return result


def _coordinated(ctx: _Context, title: _Title) -> _Title | None:
    """The same post in a second organization joined by "и" to a named first one ("члена
    Общественной палаты и российско-американской рабочей группы"), or None. A first part
    without a name is one organization ("министр труда и социальной защиты")."""
    tokens = ctx.tokens
    start = title.head + 1
    joint = next((j for j in range(start + 1, title.last) if tokens[j].lemma == "и" and tokens[j].pos == "CCONJ"), None)
    if joint is None or joint in ctx.entity_of or any(tokens[j].pos == "ADP" for j in range(start, joint)) \
            or _chain_organization(ctx, start, joint - 1)[0] is None \
            or not any(tokens[j].pos == "NOUN" for j in range(joint + 1, title.last + 1)):
        return None
    org, country, text = _chain_organization(ctx, joint + 1, title.last)
    if org is None:
        org = (joint + 1, title.last)
    return replace(title, org=org, org_country=country, org_text=text, org_named=True, org_noun=None)


def _split_nested(ctx: _Context, titles: list[_Title]) -> list[_Title]:
    """Titles inside another's chain that the name after it stands in apposition to, by the
    syntax tree and by case: "заместитель главы вооружённых сил генерал-лейтенанта Аксары
    Кердпола" names the general and head of the forces, not their deputy. The outer title
    ends before them; "советник руководителя партии Артур Гороховский" (a nominative name
    after a nominative title) stays whole."""
    result = []
    for title in titles:
        case = title.case
        after = _skip_gap(ctx, title.last + 1, case)
        name = ctx.name_at.get(after)
        inner = _apposed_titles(ctx, title, name) if name is not None else []
        if not inner:
            result.append(title)
            continue
        result.append(_title_at(ctx, title.head, title.position, stop=inner[0]))
        for k, head in enumerate(inner):
            stop = inner[k + 1] if k + 1 < len(inner) else None
            result.append(_title_at(ctx, head, ctx.lexicon.head_of(ctx.tokens[head]), stop=stop))
    return result


def _apposed_titles(ctx: _Context, title: _Title, name: _Name) -> list[int]:
    """Position words of a title's chain that a name after it hangs on by apposition, left to
    right, when the name is in their case and not in the title's; else []."""
    tokens = ctx.tokens
    name_case = tokens[name.first].feats.get("Case")
    if name_case is None or name_case == title.case:
        return []
    # The cases the name may be in: the tagger's and the dictionary's ("Виктора": Gen or Acc).
    cases = {name_case} | {p.feats.get("Case") for p in morph_vocab().parse(tokens[name.first].text) if p.pos == "NOUN"}
    path = []
    k = tokens[name.first].head
    while title.head < k <= title.last and len(path) < 4:
        t = tokens[k]
        if ctx.lexicon.head_of(t) and t.pos == "NOUN" and t.feats.get("Case") in cases - {title.case} \
                and t.feats.get("Number") != "Plur":
            path.append(k)
        elif path:
            break
        if t.rel != "appos":
            break
        k = t.head
    return sorted(path)


def _same_case(ctx: _Context, one: _Title, other: _Title) -> bool:
    cases = (one.case, other.case)
    return None in cases or cases[0] == cases[1]


def _skip_gap(ctx: _Context, i: int, case: str | None) -> int:
    """The first token after what may part a title from its name: brackets, prepositional phrases
    ("посол Японии в России"), and one common noun in the title's case right before the name
    ("председатель Совета муфтиев России шейх Равиль Гайнутдин")."""
    tokens = ctx.tokens
    phrases = 0
    while i < len(tokens) and i not in ctx.name_at:
        t = tokens[i]
        if t.pos == "NOUN" and t.text[:1].islower() and t.feats.get("Case") == case and i + 1 in ctx.name_at \
                and t.feats.get("Number") != "Plur" and not ctx.lexicon.head_of(t):
            return i + 1
        if tokens[i].text == "(":
            close = next((k for k in range(i + 1, min(i + 8, len(tokens))) if tokens[k].text == ")"), None)
            if close is None:
                return i
            i = close + 1
        elif tokens[i].lemma in GAP_PREPOSITIONS and phrases < MAX_GAP_PHRASES:
            end = _phrase_end(ctx, i + 1)
            if end < i + 1 or end - i > MAX_GAP_PHRASE_TOKENS:
                return i
            phrases += 1
            i = end + 1
        elif phrases and tokens[i].text in (",", "и") and i + 1 < len(tokens) \
                and (tokens[i + 1].lemma in GAP_PREPOSITIONS or i + 1 in ctx.entity_of):
            # a list of places: "Philips в России, на Украине, в Белоруссии и Казахстане"
            end = ctx.entity_of[i + 1][1] if tokens[i + 1].lemma not in GAP_PREPOSITIONS else i
            if end > i:
                phrases += 1
            i = end + 1
        else:
            return i
    return i


def _name_in_commas(ctx: _Context, title: _Title, name: _Name) -> _Name | None:
    """A nominative name set off by commas after a nominative title, or None."""
    tokens = ctx.tokens
    closing = tokens[name.last + 1].text if name.last + 1 < len(tokens) else "."
    nominative = title.case == "Nom" and tokens[name.last].feats.get("Case") in ("Nom", None)
    return name if nominative and closing in (",", ".", "—") else None


def _apposed_name(ctx: _Context, title: _Title) -> tuple[_Name, str] | None:
    """"Иванов, министр ...", "Иванов (министр)", "Иванов — министр"; "Иванов министр" when both are nominative."""
    tokens = ctx.tokens
    k = title.first - 1
    if k < 0:
        return None
    if k in ctx.name_ending:
        name = ctx.name_ending[k]
        nominative = title.case == "Nom" and tokens[name.last].feats.get("Case") in ("Nom", None)
        return (name, "name-title") if nominative else None
    if tokens[k].text not in APPOSITION_MARKS:
        return None
    k -= 1
    if k >= 0 and tokens[k].text == ")":  # "Скотт Хоровитц (Scott Horowitz), бывший астронавт"
        opening = next((j for j in range(k - 1, max(-1, k - 8), -1) if tokens[j].text == "("), None)
        k = opening - 1 if opening is not None else k
    for _ in range(MAX_APPOSITIONS):
        if k in ctx.name_ending:
            break
        # Another apposition between, in commas: "Александра Брода, известного борца с
        # ксенофобией, члена Общественной палаты".
        k = _apposition_start(ctx, k, title.case) - 1
        if k < 0 or tokens[k].text != ",":
            return None
        k -= 1
    if k in ctx.name_ending and _agrees(ctx, title, ctx.name_ending[k]):
        return ctx.name_ending[k], "apposition"  # not "Вместо Оливера Кана, капитаном стал ..."
    return None


def _apposition_start(ctx: _Context, last: int, case: str | None) -> int:
    """First token of a descriptive noun phrase ending at `last` ("известного борца с
    ксенофобией"), its head noun possibly in `case`; len(tokens) when there is none."""
    tokens = ctx.tokens
    k = last
    while k >= 0 and last - k < MAX_APPOSITION_TOKENS and k not in ctx.in_name \
            and tokens[k].pos in ("ADJ", "NOUN", "ADP", "DET", "ADV", "CCONJ") and tokens[k].text[:1].isalpha():
        k -= 1
    first = k + 1
    if first > last or k < 0 or tokens[k].text != ",":
        return len(tokens)
    head = next((i for i in range(first, last + 1) if tokens[i].pos == "NOUN"), None)
    if head is None or tokens[first].pos not in ("ADJ", "NOUN") or case not in _CASES:
        return len(tokens)
    fits = any(p.feats.get("Case") == case for p in morph_vocab().parse(tokens[head].text) if p.pos == "NOUN")
    return first if fits else len(tokens)


def _copula_subject(ctx: _Context, title: _Title, named_by_head: dict[int, _Name]) -> tuple[_Name, str] | None:
    """The named subject of "стать/являться/назначить" + instrumental post or "занять пост" + genitive post."""
    tokens = ctx.tokens
    head = tokens[title.head]
    if title.case != head.feats.get("Case") and tokens[title.first].lemma in ("один", "одна"):
        head = tokens[title.first]  # "стал одним из руководителей": "одним" hangs on the verb
    case = head.feats.get("Case")
    knowledge = _knowledge(ctx)
    if _sought(ctx, title):
        return None  # "стала кандидатом на пост главы Франции"
    copula = next((t for t in tokens if t.head == head.index and t.rel == "cop"
                   and t.lemma in ctx.lexicon.copulas), None)
    if copula is not None and case == "Ins":
        # The post is the predicate and "быть" hangs on it: "Иванов был министром",
        # "..., сделал Борис Николаевич ..., ещё будучи первым секретарём обкома".
        subject = next((t for t in tokens if t.head == head.index and t.rel.startswith("nsubj")), None)
        if subject is None and head.head >= 0 and tokens[head.head].pos == "VERB":
            subject = next((t for t in tokens if t.head == head.head and t.rel.startswith("nsubj")), None)
        return _holder(ctx, subject.index, named_by_head) if subject is not None else None
    parent = tokens[head.head] if head.head >= 0 else None
    if parent is None:
        return None
    if case == "Ins" and (parent.lemma in ctx.lexicon.copulas or parent.lemma in knowledge.object_verbs):
        verb = parent
    elif case == "Gen" and parent.lemma in ctx.lexicon.posts and parent.head >= 0:
        verb = tokens[parent.head]
        for _ in range(2):  # "после ухода с поста президента": through the noun of the action
            if verb.pos != "NOUN" or verb.head < 0:
                break
            verb = tokens[verb.head]
        if verb.pos != "VERB":
            return None
    else:
        return None
    for _ in range(3):  # "согласился занять пост": the subject hangs on the governing verb
        if verb.rel == "acl" and verb.head in ctx.in_name:  # "Иванов, назначенный министром"
            return _name_containing(ctx, verb.head), "copula"
        if verb.lemma in knowledge.object_verbs:
            # "назвал Йенса Лемана первым вратарём": the object takes the post; the subject of the
            # active verb gives it ("Президент назначил Иванова министром").
            held = next((t.index for t in tokens if t.head == verb.index and t.rel == "obj"), None)
            if held is not None:
                return _holder(ctx, held, named_by_head)
            if verb.feats.get("Voice") != "Pass":
                return None
        subject = next((t for t in tokens if t.head == verb.index and t.rel.startswith("nsubj")), None)
        if subject is not None:
            return _holder(ctx, subject.index, named_by_head)
        converb = verb.rel == "advcl" and verb.feats.get("VerbForm") == "Conv"  # "ещё будучи первым секретарём"
        if (verb.rel not in ("xcomp", "conj") and not converb) or verb.head < 0:
            break
        verb = tokens[verb.head]
    # A clause without a subject shares the one before it ("он является депутатом ..., также
    # является членом комитета"): the nearest subject of a verb earlier in the sentence.
    if verb.pos == "VERB" and verb.rel in ("root", "conj", "parataxis"):
        earlier = [t for t in tokens[: verb.index] if t.rel.startswith("nsubj") and t.head >= 0
                   and tokens[t.head].pos == "VERB"]
        if earlier and (earlier[-1].index in ctx.in_name or earlier[-1].index in ctx.pronoun_at):
            return _holder(ctx, earlier[-1].index, named_by_head)
    return None


def _described(ctx: _Context, title: _Title) -> tuple[_Name, str] | None:
    """A title without a name, as a subject, that describes a person named shortly before, when
    the knowledge base confirms that person held the office of that country, on the text's day
    when it is known ("Беньямин Нетаньяху отказался
    ... Премьер-министр Израиля заявил"); None otherwise."""
    document = ctx.document
    if document is None or document.offices is None or title.org_country is None or _sought(ctx, title) \
            or not ctx.tokens[title.head].rel.startswith("nsubj"):
        return None  # a description that is no subject ("обращение к премьеру РФ") is too loose a link
    # The title's words without place adjectives: "глава израильского правительства" is a "глава правительства".
    kept = tuple(t for t in ctx.tokens[title.first : title.last + 1]
                 if not (t.pos == "ADJ" and _is_place_adjective(ctx, t)))
    matches = [m for m in document.offices.find(kept) if kept[m.first].index <= title.head <= kept[m.last].index]
    if not matches:
        return None
    office = max(matches, key=lambda m: m.last - m.first).title
    country = office.country or title.org_country
    person = document.holder_before(office.office, country, ctx.sent.index, title.first)
    if person is None:
        return None
    return _Name(title.head, title.head, person.name_ru, True, country), "description"


def _holder(ctx: _Context, index: int, named_by_head: dict[int, _Name]) -> tuple[_Name, str] | None:
    """The named person a subject or object token stands for, or None."""
    if index in ctx.in_name:
        return _name_containing(ctx, index), "copula"
    if index in ctx.pronoun_at:  # "он является депутатом"
        return ctx.pronoun_at[index], "copula"
    if index in named_by_head:  # "премьер-министром станет глава партии Саломе Зурабишвили"
        return named_by_head[index], "copula"
    apposed = next((t.index for t in ctx.tokens if t.head == index and t.rel == "appos"
                    and t.index in ctx.in_name), None)  # "занял республиканец Джон Бенер"
    return (_name_containing(ctx, apposed), "copula") if apposed is not None else None


def _sought(ctx: _Context, title: _Title) -> bool:
    """Is the post sought, not held: governed by a candidacy noun, directly or through
    "пост" ("кандидатом на пост главы", "выборы президента")?"""
    knowledge = _knowledge(ctx)
    k = ctx.tokens[title.head].head
    for _ in range(2):
        if k < 0:
            return False
        if ctx.tokens[k].lemma in knowledge.candidacy_nouns:
            return True
        if ctx.tokens[k].lemma not in ctx.lexicon.posts:
            return False
        k = ctx.tokens[k].head
    return False


def _knowledge(ctx: _Context) -> OccupationKnowledge:
    return ctx.document.knowledge if ctx.document is not None else occupation_knowledge()


def _implied_organization(ctx: _Context, title: _Title) -> tuple[str, str | None] | None:
    """(organization, country) that the one common noun of a title's chain stands for: the
    organization of that kind named before ("главу партии" after "партии «Яблоко»"), the country
    named before ("премьер-министром страны"); None when there is none."""
    if title.org_noun is None or ctx.document is None:
        return None
    noun = ctx.tokens[title.org_noun]
    knowledge = ctx.document.knowledge
    if noun.lemma in knowledge.country_nouns:
        found = ctx.document.country_before(ctx.sent.index, title.org_noun)
        return (found[0], found[1]) if found else None
    if noun.lemma in knowledge.organization_nouns:
        name = ctx.document.organization_before(noun.lemma, ctx.sent.index, title.org_noun)
        return (name, None) if name else None
    return None


def _own_organization(ctx: _Context, title: _Title) -> tuple[str, None] | None:
    """The organization a title without one belongs to by "свой": the named subject of its
    clause ("Политическое бюро Национального фронта поддержало кандидатуру своего председателя")."""
    tokens = ctx.tokens
    if title.org is not None or title.first == 0 or tokens[title.first - 1].lemma != "свой":
        return None
    k = title.head
    for _ in range(4):
        k = tokens[k].head
        if k < 0:
            return None
        if tokens[k].pos == "VERB":
            break
    else:
        return None
    subject = next((t.index for t in tokens if t.head == k and t.rel.startswith("nsubj")), None)
    if subject is None or subject in ctx.in_name or tokens[subject].pos not in ("NOUN", "PROPN"):
        return None
    first = last = subject
    while first > 0 and tokens[first - 1].pos in ("ADJ", "DET") and tokens[first - 1].head == subject:
        first -= 1
    while last + 1 < len(tokens):
        following = tokens[last + 1]
        close = _closing_quote(ctx, last + 1) if following.text in OPEN_QUOTES else None
        if close is not None:
            last = close  # "Совет директоров «Трансгаза»"
        elif following.pos in ("ADJ", "NOUN", "PROPN") and following.feats.get("Case") in ("Gen", None) \
                and _descends(ctx, last + 1, subject):
            last += 1
        else:
            break
    return (ctx.text(first, last), None) if _names_something(ctx, first, last) else None


def _descends(ctx: _Context, index: int, ancestor: int) -> bool:
    for _ in range(6):
        index = ctx.tokens[index].head
        if index < 0:
            return False
        if index == ancestor:
            return True
    return False


def _name_containing(ctx: _Context, index: int) -> _Name:
    return next(n for n in ctx.name_at.values() if n.first <= index <= n.last)


def _occupation(ctx: _Context, title: _Title, name: _Name, rule: str) -> Occupation:
    tokens = ctx.tokens
    case = {"title-name": title.case, "apposition": title.case,
            "name-title": "Nom", "copula": "Nom", "description": "Nom"}[rule]
    if rule == "copula" and tokens[name.first].rel == "obj":
        case = "Acc"  # "назначил Максима Орлова министром"
    org_first = title.org[0] if title.org and title.org[0] > title.head else title.last + 1
    position_last = max(title.head, org_first - 1)
    while position_last > title.head and tokens[position_last].pos == "ADP":
        position_last -= 1  # "журналист" of "журналист из Германии"
    position_text = ctx.text(title.first, position_last)
    organization, country = None, title.org_country
    implied = _implied_organization(ctx, title) or _own_organization(ctx, title)
    if implied is not None:
        (organization, country), rule = implied, rule + "+implied"
    elif title.org is not None and (title.org_named or not name.country):
        organization = title.org_text or ctx.text(*title.org)
    elif name.country:
        # Without a name in the title, the person's country stands in: "Глава государства Дмитрий Медведев".
        organization, country, rule = ctx.countries.names.get(name.country, name.country), name.country, rule + "+country"
    elif title.org is None and title.position in _knowledge(ctx).national_posts and ctx.document \
            and ctx.document.main_country:
        # "Премьер-министр Михаил Фрадков" in a text about Russia.
        country = ctx.document.main_country
        organization, rule = ctx.countries.names.get(country, country), rule + "+text-country"
    start = min(tokens[title.first].start, tokens[name.first].start)
    end = max(tokens[title.last].end, tokens[name.last].end)
    return Occupation(_person(ctx, name, case), title.position, position_text, organization, country,
                      ctx.sent.index, start, end, rule)
