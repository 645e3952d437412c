"""Occupations: who holds which post in which organization or place ("мэр Москвы Юрий Лужков").

Position words come from `data/positions.yaml`; persons are the named person mentions of
`ActorFinder`. Three patterns of Russian grammar, within one sentence:

- title before the name: POSITION [genitive organization or place] [prepositional phrases]
  NAME ("мэра Москвы Юрия Лужкова", "председатель КНР Ху Цзиньтао", "посол Японии в России
  Масахару Коно"), the name agreeing in case with the title ("представителями Путина" is not
  Putin's post). Titles stacked before one name, bare, with a comma or with "и" between titles
  of one case, all belong to it ("лидер Меджлиса, народный депутат Украины Мустафа Джемилев"),
  and a stacked title without an organization takes the one before it ("представитель
  вооружённых сил полковник Х"). Also TITLE, NAME, in commas, both nominative;
- apposition after the name: NAME, POSITION [organization] ("Борис Стомахин, редактор газеты
  «Радикальная политика»"), after a dash or in brackets too, in the name's case; NAME POSITION
  without a comma when both are nominative (headlines: "Кирсан Илюмжинов Президент ФИДЕ");
- copula, by the syntax tree: the named subject of "стать, являться, назначить ..." governing
  the position in the instrumental ("капитаном стал Михаэль Баллак"), or of the verb governing
  "пост/должность/место" + genitive position ("Путин согласился занять пост премьер-министра РФ").

The organization or place of a post is, in this order: a quoted name in the genitive chain
after the position ("движения «Левый фронт»"), the first natasha ORG/LOC span or country in
that chain ("министр торговли Китая"), its first capitalized word, a place adjective before
the position ("российский президент", "свердловского губернатора"), the chain itself when a
place adjective is in it ("глава палестинской делегации"); else the country the actor layer
knows for the person (from the knowledge base or a title; `rule` then ends in "+country"),
else the chain of common nouns ("вратарь сборной команды"), else none.

Person names are nominative: the actor layer's, with the words it left as written put in the
nominative by the case of the title the name agrees with ("Юрия Лужкова" -> "Юрий Лужков"); a
first name alone takes the one full name of the text that starts with it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import cache

from communique.actors import ActorFinder
from communique.actors.countries import CountryIndex, country_index
from communique.actors.names import fold, stem, stems_match
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
NOMINAL = {"NOUN", "PROPN", "ADJ", "DET", "NUM"}
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
        for lemma in (token.lemma, *_noun_lemmas(token.text)):
            for prefix in ("", *self.prefixes):
                if lemma.startswith(prefix) and lemma[len(prefix):] in self.governs:
                    return lemma[len(prefix):]
        return None


@cache
def _noun_lemmas(word: str) -> tuple[str, ...]:
    """Dictionary forms of a word read as a noun, or as an adjective or participle used as one
    ("управляющим" -> "управляющий", "командующего" -> "командующий")."""
    lemmas = []
    for p in morph_vocab().parse(word.lower()):
        if p.pos == "NOUN":
            lemmas.append(p.normal)
        elif p.pos in ("ADJ", "VERB") and "Case" in p.feats:
            form = p.inflect({"Nom", "Sing", "Masc"})
            if form is not None:
                lemmas.append(form.word)
    return tuple(dict.fromkeys(w.replace("ё", "е") for w in lemmas))


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
    return _full_first_names(result, mentions)


def _full_first_names(found: list[Occupation], mentions: list[ActorMention]) -> list[Occupation]:
    """A person named by the first name alone ("Алексей уходит с поста") gets the one full name
    of the text that starts with it ("Алексей Ратманский")."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        words = m.actor.name.split()
        if m.actor.kind == "person" and len(words) > 1:
            full.setdefault(fold(words[0]), set()).add(m.actor.name)
    result = []
    for o in found:
        options = full.get(fold(o.person), set()) if " " not in o.person else set()
        result.append(replace(o, person=next(iter(options))) if len(options) == 1 else o)
    return result


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
    case = ctx.tokens[title.head].feats.get("Case")
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
        if position is None or token.pos not in ("NOUN", "PROPN", "ADJ", "VERB") or token.feats.get("Number") == "Plur" \
                or (token.pos != "NOUN" and _modifies_next(ctx, i)):
            # A plural post ("кандидату в президенты", "кабинета министров") is no one's title;
            # a participle is a post only standing alone ("управляющий компанией", not "управляющий директор").
            i += 1
            continue
        title = _title_at(ctx, i, position)
        titles.append(title)
        i = title.last + 1
    return titles


def _modifies_next(ctx: _Context, i: int) -> bool:
    following = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
    return following is not None and following.pos in ("NOUN", "PROPN", "ADJ") \
        and following.feats.get("Case") == ctx.tokens[i].feats.get("Case")


def _title_at(ctx: _Context, head: int, position: str) -> _Title:
    tokens = ctx.tokens
    written = tokens[head].lemma
    if written != position and any(written == p + position for p in ctx.lexicon.prefixes):
        position = written  # "экс-председатель" is reported as written
    first, adjective_org = _modifiers(ctx, head)
    start = head + 1
    if start + 1 < len(tokens) and tokens[start].text == "." and tokens[start + 1].text[:1].islower():
        start += 1  # an abbreviated post: "зав. кафедрой"
    last = _chain(ctx, start, ctx.lexicon.governs.get(position, "Gen"))
    org, org_country, org_text = _chain_organization(ctx, start, last)
    named = org is not None
    if org is None and adjective_org is not None:
        org, named = (adjective_org, adjective_org), True
        found = ctx.countries.phrases.get((tokens[adjective_org].lemma,))
        org_country = found[0] if found and found[1] == "adjective" else None
    if org is None and last >= start and tokens[start].pos in ("NOUN", "ADJ") \
            and not ctx.lexicon.head_of(tokens[start]):
        org = (start, last)  # "вратарь сборной команды"; not "советник руководителя", "министр по делам"
        place = next((k for k in range(start, last + 1) if tokens[k].pos == "ADJ" and _is_place_adjective(ctx, tokens[k])), None)
        if place is not None:  # "глава палестинской делегации", "глава российского государства"
            named = True
            found = ctx.countries.phrases.get((tokens[place].lemma,))
            org_country = found[0] if found and found[1] == "adjective" else None
    return _Title(first, head, max(last, head), position, org, org_country, org_text, named)


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
    titles = _titles(ctx)
    if not titles:
        return []
    starting = {t.first: k for k, t in enumerate(titles)}
    linked: dict[int, tuple[_Name, str]] = {}
    for k in range(len(titles) - 1, -1, -1):  # right to left: stacked titles take the next one's name
        title = titles[k]
        after = _skip_gap(ctx, title.last + 1, ctx.tokens[title.head].feats.get("Case"))
        if after in ctx.name_at:
            if _agrees(ctx, title, ctx.name_at[after]):
                linked[k] = (ctx.name_at[after], "title-name")
            continue
        following = starting.get(after)
        if following is None and after < len(ctx.tokens) and _apposed_name(ctx, title) is None:
            joint = ctx.tokens[after]
            following = starting.get(after + 1) if joint.text == "," or joint.lemma == "и" else None
            if following is not None and joint.lemma == "и" and \
                    ctx.tokens[titles[following].head].feats.get("Case") != ctx.tokens[title.head].feats.get("Case"):
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
        found = _apposed_name(ctx, title) or _copula_subject(ctx, title, named_by_head)
        if found is None and k > 0 and k - 1 in linked and linked[k - 1][1] in ("apposition", "name-title") \
                and title.first >= 2 and ctx.tokens[title.first - 1].lemma == "и" and titles[k - 1].last == title.first - 2:
            found = linked[k - 1]  # "Гергей Ковач - политик и лидер партии"
        if found is not None:
            linked[k] = found
    return [_occupation(ctx, titles[k], name, rule) for k, (name, rule) in sorted(linked.items())]


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
    nominative = tokens[title.head].feats.get("Case") == "Nom" and tokens[name.last].feats.get("Case") in ("Nom", None)
    return name if nominative and closing in (",", ".", "—") else None


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
    if k in ctx.name_ending and _agrees(ctx, title, ctx.name_ending[k]):
        return ctx.name_ending[k], "apposition"  # not "Вместо Оливера Кана, капитаном стал ..."
    return None


def _copula_subject(ctx: _Context, title: _Title, named_by_head: dict[int, _Name]) -> tuple[_Name, str] | None:
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
        subject = next((t for t in tokens if t.head == verb.index and t.rel.startswith("nsubj")), None)
        if subject is not None:
            if subject.index in ctx.in_name:
                return _name_containing(ctx, subject.index), "copula"
            if subject.index in named_by_head:  # "премьер-министром станет глава партии Саломе Зурабишвили"
                return named_by_head[subject.index], "copula"
            apposed = next((t.index for t in tokens if t.head == subject.index and t.rel == "appos"
                            and t.index in ctx.in_name), None)  # "занял республиканец Джон Бенер"
            return (_name_containing(ctx, apposed), "copula") if apposed is not None else None
        if verb.rel not in ("xcomp", "conj") or verb.head < 0:
            return None
        verb = tokens[verb.head]
    return None


def _name_containing(ctx: _Context, index: int) -> _Name:
    return next(n for n in ctx.name_at.values() if n.first <= index <= n.last)


def _occupation(ctx: _Context, title: _Title, name: _Name, rule: str) -> Occupation:
    tokens = ctx.tokens
    case = {"title-name": tokens[title.head].feats.get("Case"), "apposition": tokens[title.head].feats.get("Case"),
            "name-title": "Nom", "copula": "Nom"}[rule]
    org_first = title.org[0] if title.org and title.org[0] > title.head else title.last + 1
    position_text = ctx.text(title.first, max(title.head, org_first - 1))
    organization, country = None, title.org_country
    if title.org is not None and (title.org_named or not name.country):
        organization = title.org_text or ctx.text(*title.org)
    elif name.country:
        # Without a name in the title, the person's country stands in: "Глава государства Дмитрий Медведев".
        organization, country, rule = ctx.countries.names.get(name.country, name.country), name.country, rule + "+country"
    start = min(tokens[title.first].start, tokens[name.first].start)
    end = max(tokens[title.last].end, tokens[name.last].end)
    return Occupation(_person(ctx, name, case), title.position, position_text, organization, country,
                      ctx.sent.index, start, end, rule)
