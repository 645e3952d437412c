"""Occupations: who holds which post in which organization or place ("мэр Москвы Юрий Лужков").

Position words come from `data/positions.yaml`; persons are the named person mentions of
`ActorFinder` (nominative names). Three patterns of Russian grammar, within one sentence:

- title before the name: POSITION [genitive organization or place] [prepositional phrase]
  NAME ("мэра Москвы Юрия Лужкова", "председатель КНР Ху Цзиньтао", "посол Японии в России
  Масахару Коно"). Titles stacked before one name, with or without a comma, all belong to
  it ("лидер Меджлиса, народный депутат Украины Мустафа Джемилев");
- apposition after the name: NAME, POSITION [organization] ("Борис Стомахин, редактор газеты
  «Радикальная политика»"), also after a dash or in brackets; NAME POSITION without a comma
  when both are nominative (headlines: "Кирсан Илюмжинов Президент ФИДЕ");
- copula, by the syntax tree: the subject of "стать, являться, назначить ..." governing the
  position in the instrumental ("капитаном стал Михаэль Баллак"), or of the verb governing
  "пост/должность" + genitive position ("Путин согласился занять пост премьер-министра РФ").

The organization or place a post belongs to is, in this order: a quoted name in the genitive
chain after the position ("движения «Левый фронт»"), the first natasha ORG/LOC span or country
in that chain ("министр торговли Китая"), its first capitalized word, a place adjective before
the position ("российский президент", "свердловского губернатора"), the whole chain
("вратарь сборной команды"); failing all, the country the actor layer knows for the person
(from the knowledge base or a title), marked by `rule` ending in "+country".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from communique.actors import ActorFinder
from communique.actors.countries import CountryIndex, country_index
from communique.data import DataFileError, load_yaml
from communique.nlp import lemma_of
from communique.records import ActorMention, Analysis, Sentence, Token

log = logging.getLogger(__name__)

OPEN_QUOTES = {"«", "„", "“", '"', "'"}
CLOSE_QUOTES = {"»", "“", "”", '"', "'"}
# Longest quoted name taken as an organization ("«Координационный совет пострадавших соинвесторов»").
MAX_QUOTED_TOKENS = 8
# Prepositional phrases that may stand between a title and its name ("посол Японии в России").
GAP_PREPOSITIONS = {"в", "во", "на", "от", "из", "при", "по", "у"}
MAX_GAP_PHRASES = 2
MAX_GAP_PHRASE_TOKENS = 5
# Prepositions whose phrase belongs to the position or its organization ("директор по стратегии",
# "комитет при прокуратуре").
CHAIN_PREPOSITIONS = {"по", "при"}
# Punctuation that joins a name and a post after it ("Иванов, министр", "Иванов — министр").
APPOSITION_MARKS = {",", "—", "–", "-", "("}
NOMINAL = {"NOUN", "PROPN", "ADJ", "DET", "NUM"}
# Endings of relational adjectives made from place names ("свердловский", "мюнхенский").
PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий")


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
    rule: str  # "title-name" | "apposition" | "name-title" | "copula", "+country" for the fallback


@dataclass(frozen=True)
class PositionLexicon:
    governs: dict[str, str]  # position lemma -> case of its organization (Gen, Ins)
    prefixes: tuple[str, ...]
    copulas: frozenset[str]
    posts: frozenset[str]

    def head_of(self, token: Token) -> str | None:
        """The position lemma a token stands for ("Экс-председатель" -> "председатель"), or None."""
        if not token.text[:1].isalpha():
            return None
        for lemma in dict.fromkeys((token.lemma, lemma_of(token.text))):
            for prefix in ("", *self.prefixes):
                if lemma.startswith(prefix) and lemma[len(prefix):] in self.governs:
                    return lemma[len(prefix):]
        return None


@cache
def position_lexicon() -> PositionLexicon:
    """The position words of data/positions.yaml, validated."""
    data = load_yaml("positions.yaml")
    governs: dict[str, str] = {}
    for entry in data["positions"]:
        lemma, case = (entry, "Gen") if isinstance(entry, str) else (entry.get("lemma"), entry.get("governs", "Gen"))
        if not lemma or " " in lemma or case not in ("Gen", "Ins", "Dat"):
            raise DataFileError(f"positions.yaml: bad position entry {entry!r}")
        if lemma in governs:
            raise DataFileError(f"positions.yaml: position {lemma!r} listed twice")
        governs[lemma] = case
    return PositionLexicon(governs, tuple(data.get("prefixes", ())), frozenset(data.get("copulas", ())),
                           frozenset(data.get("posts", ())))


@dataclass(frozen=True)
class _Name:
    first: int
    last: int
    name: str
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


class _Context:
    """Names, entities and countries of one sentence, by token index."""

    def __init__(self, sent: Sentence, names: list[_Name], lexicon: PositionLexicon, countries: CountryIndex):
        self.sent = sent
        self.tokens = sent.tokens
        self.lexicon = lexicon
        self.countries = countries
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
                mentions: list[ActorMention] | None = None) -> list[Occupation]:
    """Occupations stated in the sentences of one analyzed text, in text order.

    `mentions` are the text's actor mentions when already found (else `finder`, or a new
    ActorFinder, finds them without dates).
    """
    if mentions is None:
        mentions = (finder or ActorFinder()).find(analysis, lambda _index: None)
    lexicon, countries = position_lexicon(), country_index()
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    result = []
    for sent in analysis.sentences:
        names = _names(sent, by_sentence.get(sent.index, []), lexicon, countries)
        if names:
            result.extend(_sentence_occupations(_Context(sent, names, lexicon, countries)))
    return result


# -- persons -------------------------------------------------------------------------------


def _names(sent: Sentence, mentions: list[ActorMention], lexicon: PositionLexicon,
           countries: CountryIndex) -> list[_Name]:
    """Named persons of a sentence: the written name of each person mention, without its title."""
    tokens = sent.tokens
    persons = [(e.first_token, e.last_token) for e in sent.entities if e.kind == "PER"]
    other = {i for e in sent.entities if e.kind != "PER" for i in range(e.first_token, e.last_token + 1)}
    other |= {i for m in countries.find(tokens) for i in range(m.first, m.last + 1)}
    names = []
    for m in mentions:
        if m.actor.kind != "person" or m.plural_reference:
            continue
        last = m.last_token
        if not tokens[last].text[:1].isupper():
            continue  # a pronoun or a description ("индийского гостя") stands for someone named before
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
        names.append(_Name(first, last, m.actor.name, m.actor.country))
    return sorted(names, key=lambda n: n.first)


# -- titles --------------------------------------------------------------------------------


def _titles(ctx: _Context) -> list[_Title]:
    """Position words with their modifiers and genitive chains, left to right, not overlapping.

    A position word inside another's chain is a complement ("советник руководителя").
    """
    titles = []
    i = 0
    while i < len(ctx.tokens):
        position = ctx.lexicon.head_of(ctx.tokens[i]) if i not in ctx.in_name else None
        if position is None or ctx.tokens[i].pos not in ("NOUN", "PROPN", "ADJ", "VERB"):
            i += 1
            continue
        title = _title_at(ctx, i, position)
        titles.append(title)
        i = title.last + 1
    return titles


def _title_at(ctx: _Context, head: int, position: str) -> _Title:
    tokens = ctx.tokens
    written = tokens[head].lemma
    if written != position and any(written == p + position for p in ctx.lexicon.prefixes):
        position = written  # "экс-председатель" is reported as written
    first, adjective_org = _modifiers(ctx, head)
    last = _chain(ctx, head + 1, ctx.lexicon.governs[position] if position in ctx.lexicon.governs else "Gen")
    org, org_country, org_text = _chain_organization(ctx, head + 1, last)
    if org is None and adjective_org is not None:
        org = (adjective_org, adjective_org)
        found = ctx.countries.phrases.get((tokens[adjective_org].lemma,))
        org_country = found[0] if found and found[1] == "adjective" else None
    if org is None and last > head:
        org = (head + 1, last)
    return _Title(first, head, last, position, org, org_country, org_text)


def _modifiers(ctx: _Context, head: int) -> tuple[int, int | None]:
    """First token of the adjectives before a position word, and the place adjective among them."""
    tokens = ctx.tokens
    first, place = head, None
    k = head - 1
    while k >= 0 and k not in ctx.in_name:
        t = tokens[k]
        if t.pos == "ADJ" or (t.pos == "VERB" and t.feats.get("VerbForm") == "Part"):
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
        elif i in ctx.entity_of or i in ctx.country_of:
            last = i
        elif t.pos in NOMINAL and t.feats.get("Case") in cases and not (t.pos == "NUM" and t.text.isdigit()):
            last = i
        elif t.text[:1].isupper() and t.pos in ("PROPN", "X", "NOUN") and last >= start:
            last = i  # an abbreviation or a foreign name the tagger gives no case ("сетей HP")
        elif t.lemma == "и" and last >= start and i + 1 < n and tokens[i + 1].feats.get("Case") == "Gen" \
                and tokens[i + 1].pos in NOMINAL and not ctx.lexicon.head_of(tokens[i + 1]):
            last = i
        elif t.pos == "ADV" and last >= start and i + 1 < n and tokens[i + 1].pos == "ADJ":
            last = i  # "французского крайне правого Национального фронта"
        elif t.lemma in CHAIN_PREPOSITIONS:
            end = _phrase_end(ctx, i + 1)
            if end < i + 1:
                break
            last = i = end
        elif t.lemma == "от" and last < start and i + 1 in ctx.entity_of:
            last = i = ctx.entity_of[i + 1][1]  # "наблюдатель от ОБСЕ"
        else:
            break
        i += 1
    return last


def _closing_quote(ctx: _Context, i: int) -> int | None:
    for k in range(i + 1, min(i + 2 + MAX_QUOTED_TOKENS, len(ctx.tokens))):
        if ctx.tokens[k].text in CLOSE_QUOTES:
            return k if k > i + 1 else None
    return None


def _phrase_end(ctx: _Context, start: int) -> int:
    """Last token of a noun phrase after a preposition (start - 1 when none)."""
    last = start - 1
    i = start
    while i < len(ctx.tokens) and i not in ctx.in_name:
        t = ctx.tokens[i]
        if t.pos in ("NOUN", "PROPN", "ADJ", "DET") or i in ctx.entity_of:
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
    titles = _titles(ctx)
    if not titles:
        return []
    starting = {t.first: k for k, t in enumerate(titles)}
    linked: dict[int, tuple[_Name, str]] = {}
    for k in range(len(titles) - 1, -1, -1):  # right to left: stacked titles take the next one's name
        title = titles[k]
        after = _skip_gap(ctx, title.last + 1)
        if after in ctx.name_at:
            linked[k] = (ctx.name_at[after], "title-name")
            continue
        following = starting.get(after)
        if following is None and after < len(ctx.tokens) and ctx.tokens[after].text == "," \
                and _apposed_name(ctx, title) is None:
            following = starting.get(after + 1)
        if following is not None and following in linked and linked[following][1] == "title-name":
            linked[k] = (linked[following][0], "title-name")
    for k, title in enumerate(titles):
        if k in linked:
            continue
        found = _apposed_name(ctx, title) or _copula_subject(ctx, title)
        if found is not None:
            linked[k] = found
    return [_occupation(ctx, titles[k], name, rule) for k, (name, rule) in sorted(linked.items())]


def _skip_gap(ctx: _Context, i: int) -> int:
    """The first token after brackets and prepositional phrases that may part a title from its name."""
    tokens = ctx.tokens
    phrases = 0
    while i < len(tokens) and i not in ctx.name_at:
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
        else:
            return i
    return i


def _apposed_name(ctx: _Context, title: _Title) -> tuple[_Name, str] | None:
    """"Иванов, министр ...", "Иванов (министр)", "Иванов — министр"; "Иванов министр" when both are nominative."""
    tokens = ctx.tokens
    k = title.first - 1
    if k < 0:
        return None
    if k in ctx.name_ending:
        name = ctx.name_ending[k]
        nominative = tokens[title.head].feats.get("Case") == "Nom" and tokens[name.last].feats.get("Case") in ("Nom", None)
        return (name, "name-title") if nominative else None
    if tokens[k].text not in APPOSITION_MARKS:
        return None
    k -= 1
    if k >= 0 and tokens[k].text == ")":  # "Скотт Хоровитц (Scott Horowitz), бывший астронавт"
        opening = next((j for j in range(k - 1, max(-1, k - 8), -1) if tokens[j].text == "("), None)
        k = opening - 1 if opening is not None else k
    if k in ctx.name_ending:
        return ctx.name_ending[k], "apposition"
    return None


def _copula_subject(ctx: _Context, title: _Title) -> tuple[_Name, str] | None:
    """The named subject of "стать/являться/назначить" + instrumental post or "занять пост" + genitive post."""
    tokens = ctx.tokens
    head = tokens[title.head]
    parent = tokens[head.head] if head.head >= 0 else None
    if parent is None:
        return None
    case = head.feats.get("Case")
    if case == "Ins" and parent.lemma in ctx.lexicon.copulas:
        verb = parent
    elif case == "Gen" and parent.lemma in ctx.lexicon.posts and parent.head >= 0:
        verb = tokens[parent.head]
        if verb.pos != "VERB":
            return None
    else:
        return None
    for _ in range(3):  # "согласился занять пост": the subject hangs on the governing verb
        if verb.rel == "acl" and verb.head in ctx.in_name:  # "Иванов, назначенный министром"
            return _name_containing(ctx, verb.head), "copula"
        subject = next((t for t in tokens if t.head == verb.index and t.rel.startswith("nsubj")), None)
        if subject is not None:
            return (_name_containing(ctx, subject.index), "copula") if subject.index in ctx.in_name else None
        if verb.rel not in ("xcomp", "conj") or verb.head < 0:
            return None
        verb = tokens[verb.head]
    return None


def _name_containing(ctx: _Context, index: int) -> _Name:
    return next(n for n in ctx.name_at.values() if n.first <= index <= n.last)


def _occupation(ctx: _Context, title: _Title, name: _Name, rule: str) -> Occupation:
    org_first = title.org[0] if title.org and title.org[0] > title.head else title.last + 1
    position_text = ctx.text(title.first, max(title.head, org_first - 1))
    organization, country = None, title.org_country
    if title.org is not None:
        organization = title.org_text or ctx.text(*title.org)
    elif name.country:
        organization, country, rule = ctx.countries.names.get(name.country, name.country), name.country, rule + "+country"
    tokens = ctx.tokens
    start = min(tokens[title.first].start, tokens[name.first].start)
    end = max(tokens[title.last].end, tokens[name.last].end)
    return Occupation(name.name, title.position, position_text, organization, country, ctx.sent.index, start, end, rule)
