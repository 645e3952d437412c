"""Stage 5, actors: persons, countries and descriptions found in sentences and resolved.

A person mention is a name (natasha NER, or a knowledge-base name form) with the title
before it ("министр иностранных дел РФ Сергей Лавров"); a title alone with a country
("председатель КНР") resolves through the knowledge base at the date of the text. Countries
act through their names, seats of power and "adjective + сторона/народ". Plural descriptions
("главы государств") are kept as references to participants named earlier.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from communique.actors.countries import CountryIndex, CountryMatch, country_index
from communique.actors.kb import KnowledgeBase, Person, default_kb
from communique.actors.names import stem
from communique.actors.offices import OfficeLexicon, OfficeMatch, office_lexicon
from communique.actors.organizations import Body, International, OrganizationMatch, genitive, organization_lexicon
from communique.actors.positions import position_lexicon
from communique.actors.references import reference_words
from communique.nlp import is_person_name, may_be_nominative, morph_vocab
from communique.records import Actor, ActorMention, Analysis, Sentence, Token

log = logging.getLogger(__name__)

# Prepositions after which a country or city is a place, not an actor ("в Москве", "из Китая").
# "по" is not one: "удар по Израилю" names a target, and the event stage reads "по" by its trigger.
PLACE_PREPOSITIONS = {"в", "во", "на", "из", "до", "через", "около", "под", "от"}
# Opening and closing quotes (the words before a quoted name that make it an organization's are in references.yaml).
QUOTES = {"«", '"', "„", "“"}
CLOSING_QUOTES = {"»", '"', "“", "”"}
# Tokens a quoted organization's name may run to ("«Тавуш во имя Родины»").
MAX_QUOTED_NAME = 8
# Words that may stand between an impersonal "В <capital>" and its verb ("В Пекине также заявили").
VERB_PARTICLES = {"также", "тоже", "уже", "вновь", "снова", "еще", "ещё"}
# Words before "от" that make it a distance ("в 50 км от границы"), not a source.
DISTANCE_WORDS = {"км", "километр", "метр", "миля", "расстояние", "удаление"}
# Adjectives that may stand between a country adjective and its noun ("израильские ракетные катера").
MAX_EXTRA_ADJECTIVES = 2
# Tokens that may stand between a title and its name ("председатель КНР Си Цзиньпин").
MAX_TITLE_GAP = 6
# Name windows tried against the knowledge base when NER missed a name.
MAX_NAME_TOKENS = 4


# Third-person pronouns that may stand for a person named before, with their gender.
PERSONAL_PRONOUNS = {"он": "Masc", "она": "Fem"}
# An interview's lead introduces, within this many sentences, the person whose state its
# "мы" stands for (data/references.yaml).
INTERVIEW_LEAD = 3
# Longest post before a name whose country it may name ("Начальник Генштаба вооруженных сил Ирана генерал").
MAX_POST_TOKENS = 8
# How many sentences back a deictic "страна" looks for the state the story is about.
DEICTIC_SENTENCES = 3
# "С.Лавров", "А.Ю.Руденко": initials before a surname.
INITIALS = re.compile(r"^(?:[А-ЯЁA-Z]\.\s*){1,2}(?P<surname>[А-ЯЁA-Z][\w\-]+)$")


def _gender_fits(mention: ActorMention, gender: str) -> bool:
    # Feminine Russian surnames end in -а/-я (Захарова, Матвиенко is unmarked): a weak cue,
    # enough to keep "она" off a man named just before.
    last = mention.actor.name.split()[-1] if mention.actor.name else ""
    feminine = last.endswith(("ова", "ева", "ина", "ая", "ская"))
    return feminine == (gender == "Fem")


def _without_nested_guesses(found: list[ActorMention]) -> list[ActorMention]:
    """Drops an unresolved person ("Лаосский", a capitalized adjective the NER took for a name) lying
    inside a longer mention of the same sentence ("Лаосский премьер")."""
    def nested(m: ActorMention) -> bool:
        return m.actor.kind == "person" and not m.actor.country and not m.actor.identifier_id and any(
            o is not m and o.first_token <= m.first_token and m.last_token <= o.last_token
            and o.last_token - o.first_token > m.last_token - m.first_token for o in found)
    return [m for m in found if not nested(m)]


def _name_words(tokens: tuple[Token, ...]) -> list[str]:
    """The words of a name without initials ("С . Лавров" -> ["Лавров"]); "ас - Сиси" glued back."""
    glued: list[Token] = []
    for t in tokens:
        if glued and (t.text == "-" or glued[-1].text.endswith("-")) and t.start == glued[-1].end:
            prev = glued.pop()
            glued.append(Token(prev.index, prev.text + t.text, prev.start, t.end, prev.lemma, prev.pos, prev.feats,
                               prev.head, prev.rel))
        else:
            glued.append(t)
    words = []
    for k, t in enumerate(glued):
        match = INITIALS.match(t.text)
        # An initial stands before the surname; a last one-letter word is a name ("Ван И.").
        initial = len(t.text) == 1 and t.text.isupper() and k + 1 < len(glued) and glued[k + 1].text == "." \
            and any(len(w.text) > 1 and w.text != "." for w in glued[k + 2:])
        if match:
            words.append(match.group("surname"))
        elif t.text != "." and not initial:
            words.append(t.text)
    return words


@dataclass(frozen=True)
class _Name:
    first: int
    last: int


# Case endings of masculine names that are not in the dictionary, by case: ending -> replacement.
# "Хавасом" -> "Хавас", "Кхоя" -> "Кхой", "Тьиня" -> "Тьинь", "Уолтцем" -> "Уолтц".
# "й" stands for й after a vowel, ь after a consonant, nothing after a hissing consonant or ц.
_NAME_ENDINGS = {
    "Ins": (("ией", "ия"), ("ем", "й"), ("ом", ""), ("ым", ""), ("им", "")),
    "Gen": (("я", "й"), ("а", "")),
    "Acc": (("я", "й"), ("а", "")),
    "Dat": (("ю", "й"), ("у", "")),
    "Loc": (("е", ""),),
}
_VOWELS = set("аеёиоуыэюя")


def _inside(match: CountryMatch, title: OfficeMatch) -> bool:
    """A country adjective within a title: "глава [американской] дипломатии"."""
    return match.how == "adjective" and title.first < match.first <= title.last


def _title_office(title: OfficeMatch | None, country: str | None) -> str | None:
    """The office a title names; "председатель" alone (of a bank? of a party?) names none."""
    if title is None or (title.title.needs_country and country is None):
        return None
    return office_lexicon().office_in(title.title, country)


def _own_case(token: Token) -> str | None:
    """The case of a dictionary first name when it cannot be genitive ("Юрий", "Майклом"), else None."""
    known = [p for p in morph_vocab().parse(token.text) if p.is_known and {"Name", "Surn"} & set(p.tag.grammemes)]
    cases = {p.feats.get("Case") for p in known}
    if not known or cases & {"Gen", "Acc"}:  # animate accusative looks genitive: no evidence then
        return None
    # Role nouns in front of a title ("помощник", "советником") stand as subjects or partners.
    return next((c for c in ("Nom", "Ins") if c in cases), None)


def _only_a_first_name(word: str) -> bool:
    parses = [p for p in morph_vocab().parse(word) if p.is_known]
    return any("Name" in p.tag.grammemes for p in parses) and not any("Surn" in p.tag.grammemes for p in parses)


def _masculine_name_case(token: Token) -> str | None:
    """The case of a man's dictionary first name when its forms leave one ending ("Вадима" -> Gen)."""
    known = [p for p in morph_vocab().parse(token.text) if p.is_known and "Name" in p.tag.grammemes
             and p.tag.number == "sing"]
    masculine = [p for p in known if p.tag.gender == "masc"]
    cases = {p.feats.get("Case") for p in masculine}
    # "Вадима" is also a woman's name in the nominative: then the tagger's reading decides.
    if not masculine or (len(masculine) < len(known) and token.feats.get("Case") not in cases):
        return None
    for case, group in (("Gen", {"Gen", "Acc"}), ("Ins", {"Ins"}), ("Dat", {"Dat"})):
        if cases <= group:
            return case
    return None


def _nominative(token: Token, case: str | None) -> str:
    """A name token in the nominative, given the case of its phrase (None when the case is unsure)."""
    lemma = "-".join(part[:1].upper() + part[1:] for part in token.lemma.split("-"))
    if not token.text[:1].isalpha() or case == "Nom":
        return token.text
    if case is None:
        # A bare name's tagged case is a guess ("Акира" read as a genitive): keep what may be
        # nominative as written, and take the lemma only of dictionary names that cannot be.
        if token.feats.get("Case") == "Nom" or may_be_nominative(token.text) or not is_person_name(token.text):
            return token.text
        return lemma
    if is_person_name(token.text):
        return lemma
    if token.feats.get("Gender") == "Fem":
        return token.text
    word = token.text
    for ending, replacement in _NAME_ENDINGS.get(case, ()):
        if word.lower().endswith(ending) and len(word) - len(ending) >= 2:
            stem_ = word[: -len(ending)]
            if replacement == "й" and stem_[-1].lower() in "жшщчц":
                replacement = ""
            elif replacement == "й" and stem_[-1].lower() not in _VOWELS:
                replacement = "ь"
            return stem_ + replacement
    return word


class ActorFinder:
    """Finds and resolves actor mentions in the sentences of one document."""

    def __init__(self, kb: KnowledgeBase | None = None, countries: CountryIndex | None = None,
                 offices: OfficeLexicon | None = None):
        self.kb = kb or default_kb()
        self.countries = countries or country_index()
        self.offices = offices or office_lexicon()
        self.organizations = organization_lexicon()
        self.words = reference_words()
        self.positions = position_lexicon()

    def find(self, analysis: Analysis, reference_date: Callable[[int], date | None]) -> list[ActorMention]:
        """Actor mentions of all sentences; `reference_date(i)` dates sentence i for the KB."""
        mentions: list[ActorMention] = []
        known_unknowns: dict[str, Actor] = {}  # surname stem -> actor first named in full
        interviewee: Actor | None = None
        for sent in analysis.sentences:
            offices = self.offices.find(sent.tokens)  # titles, found once per sentence
            day = reference_date(sent.index)
            may_refer = bool(self.words.deictic_state_nouns & {t.lemma for t in sent.tokens})
            # A sentence that may say "МИД страны" is read on a copy of the known names: a second reading
            # with the story's state in the noun must start from the same ones.
            names = dict(known_unknowns) if may_refer else known_unknowns
            found = self._sentence(sent, day, names, offices)
            deictic = self._deictic_states(sent, offices, found, mentions) if may_refer else []
            if deictic:
                found = self._sentence(sent, day, known_unknowns, offices, deictic)
            else:
                known_unknowns = names
            found += self._pronouns(sent, found, mentions)
            found += self._descriptions(sent, found, mentions, offices)
            found += self._bare_titles(sent, found, mentions, offices)
            if interviewee is not None:
                found += self._first_person(sent, found, interviewee)
            elif sent.index < INTERVIEW_LEAD and self.words.introduces_interview({t.lemma for t in sent.tokens}):
                interviewee = next((m.actor for m in found if m.actor.kind == "person" and m.actor.country
                                    and m.case in ("Nom", None)), None)
            mentions.extend(sorted(_without_nested_guesses(found), key=lambda m: m.first_token))
        return [self._with_sector(m) for m in _unify_unknown_names(mentions)]

    def _deictic_states(self, sent: Sentence, offices: list[OfficeMatch], here: list[ActorMention],
                        earlier: list[ActorMention]) -> list[CountryMatch]:
        """"В МИД страны заявили", "глава правительства республики": a deictic noun after a state's body
        or a title is the state last named as a subject, in this sentence or the few before."""
        tokens = sent.tokens
        ends = {o.last for o in offices} | {m.last for m in self.organizations.find(tokens)
                                            if m.body is not None and m.body.country is None}
        taken = {i for m in here for i in range(m.first_token, m.last_token + 1)}
        taken |= {i for o in offices for i in range(o.first, o.last + 1)}  # "глава государства" is a title
        result = []
        for token in tokens[1:]:
            following = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
            if token.lemma not in self.words.deictic_state_nouns or token.index - 1 not in ends \
                    or token.index in taken or token.feats.get("Case") != "Gen" \
                    or token.feats.get("Number") != "Sing" \
                    or (following is not None and following.text[:1].isupper()):  # "Республики Корея"
                continue
            before = [m for m in here if m.last_token < token.index]
            before += [m for m in earlier if m.sentence >= sent.index - DEICTIC_SENTENCES]
            focus = next((m.actor.country for m in reversed(before)
                          if m.actor.country and m.case in ("Nom", None) and not m.plural_reference), None)
            if focus is not None:
                result.append(CountryMatch(token.index, token.index, focus, "name"))
        return result

    def _with_sector(self, mention: ActorMention) -> ActorMention:
        """The PLOVER/CAMEO sector of a person's office ("foreign_minister" -> GOV, "igo_head" -> IGO)."""
        actor = mention.actor
        if actor.sector or not actor.office:
            return mention
        return replace(mention, actor=replace(actor, sector=self.offices.sector_of(actor.office)))

    def _descriptions(self, sent: Sentence, here: list[ActorMention], earlier: list[ActorMention],
                      offices: list[OfficeMatch]) -> list[ActorMention]:
        """"индийского гостя", "турецкий коллега": the person of that country named before."""
        taken = {i for m in here for i in range(m.first_token, m.last_token + 1)}
        result = []
        tokens = sent.tokens
        for token in tokens[1:]:
            adjective = tokens[token.index - 1]
            if token.lemma not in self.words.description_nouns | self.words.state_plural_nouns | self.words.body_nouns \
                    or {token.index, adjective.index} & taken:
                continue
            following = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
            if following is not None and following.text[:1].isupper():
                continue  # "египетским коллегой Самехом Шукри": the name follows
            found = self.countries.phrases.get((adjective.lemma,))
            if not found or found[1] != "adjective":
                continue
            if token.feats.get("Number") == "Plur" and token.lemma in self.words.state_plural_nouns:
                actor = self.countries.actor(found[0])
            elif token.lemma in self.words.body_nouns:
                body = next((m for m in reversed(earlier) if m.actor.kind == "organization"
                             and m.actor.country == found[0]), None)
                actor = body.actor if body is not None else self.countries.actor(found[0])
            else:
                of_country = [m for m in reversed(earlier) if m.actor.kind == "person" and m.actor.country == found[0]]
                offices_here = {m.actor.office for m in here if m.actor.kind == "person" and m.actor.office} \
                    if token.lemma in self.words.counterpart_nouns else set()
                antecedent = next((m for m in of_country if m.actor.office in offices_here),
                                  of_country[0] if of_country else None)
                if antecedent is None:
                    continue
                actor = antecedent.actor
            result.append(_described(sent, adjective.index, token.index, actor, token))
        taken |= {i for m in result for i in range(m.first_token, m.last_token + 1)}
        result += self._described_officials(sent, taken, earlier, offices)
        return result

    def _bare_titles(self, sent: Sentence, here: list[ActorMention], earlier: list[ActorMention],
                     offices: list[OfficeMatch]) -> list[ActorMention]:
        """"Затем глава государства принял ...", "Премьер-министр отметил ...": a title with no country and no
        name is the holder of that office named before in the document (press services name their own
        leader so)."""
        tokens = sent.tokens
        taken = {i for m in here for i in range(m.first_token, m.last_token + 1)}
        result = []
        for office in offices:
            code = office.title.office
            following = tokens[office.last + 1] if office.last + 1 < len(tokens) else None
            ours = following is not None and following.lemma == "наш"  # "Глава нашего государства"
            if code not in BARE_TITLE_OFFICES or (office.title.needs_country and not ours) \
                    or set(range(office.first, office.last + 1)) & taken \
                    or tokens[office.first].feats.get("Number") == "Plur":
                continue  # "лидер", "глава" alone are anyone's ("лидер «Хезболлы»")
            if not ours and following is not None and (following.text[:1].isupper() or following.pos in ("PROPN", "NOUN")
                                                       or following.text in QUOTES):
                continue  # a name, a country or an owner follows: not a bare title
            after_and = tokens[office.last + 2] if office.last + 2 < len(tokens) else None
            if following is not None and following.lemma == "и" and after_and is not None \
                    and after_and.pos in ("ADJ", "NOUN") and after_and.feats.get("Case") == "Gen":
                continue  # "министром иностранных дел и международного сотрудничества Танзании": a longer title
            previous = tokens[office.first - 1] if office.first else None
            if previous is not None and previous.pos == "ADJ":
                continue  # "казахстанский министр", "бывший президент": described otherwise
            if previous is not None and previous.lemma in ("господин", "госпожа"):
                continue  # "Господин министр, ...": an interviewer addressing the interviewee
            holders = [m for m in earlier if m.actor.kind == "person" and m.actor.identifier_id
                       and _holds_titled_office(m.actor.office, code)]
            # The story's protagonist: the holder first named as a subject (the lead's), else the last named.
            antecedent = next((m for m in holders if m.case in ("Nom", None)), holders[-1] if holders else None)
            if antecedent is None:
                continue
            result.append(_described(sent, office.first, office.last, antecedent.actor, tokens[office.first]))
        return result

    def _described_officials(self, sent: Sentence, taken: set[int], earlier: list[ActorMention],
                             offices: list[OfficeMatch]) -> list[ActorMention]:
        """"казахстанский министр", "российский посол" with no name and no holder in the knowledge base:
        the person of that country and office named before."""
        tokens = sent.tokens
        result = []
        for office in offices:
            first = office.first - 1
            if first < 0 or set(range(first, office.last + 1)) & taken:
                continue
            following = tokens[office.last + 1] if office.last + 1 < len(tokens) else None
            found = self.countries.phrases.get((tokens[first].lemma,))
            if not found or found[1] != "adjective" or (following is not None and following.text[:1].isupper()):
                continue
            code = self.offices.office_in(office.title, found[0])
            antecedent = next((m for m in reversed(earlier) if m.actor.kind == "person" and m.actor.country == found[0]
                               and m.actor.office and (m.actor.office == code or m.actor.office.endswith("_" + code))),
                              None)
            if antecedent is None:
                continue
            result.append(_described(sent, first, office.last, antecedent.actor, tokens[office.first]))
        return result

    def _first_person(self, sent: Sentence, here: list[ActorMention], interviewee: Actor) -> list[ActorMention]:
        """"Мы предложили ...", "от нашего предложения", "наша сторона": the interviewee's state."""
        taken = {i for m in here for i in range(m.first_token, m.last_token + 1)}
        result = []
        tokens = sent.tokens
        for token in tokens:
            if token.index in taken:
                continue
            first, last = token.index, token.index
            case = token.feats.get("Case")
            if token.lemma == "наш" and token.index + 1 < len(tokens) \
                    and tokens[token.index + 1].lemma in self.words.first_person_state_nouns:
                last = token.index + 1  # "наша сторона"
                case = tokens[last].feats.get("Case")
            elif token.lemma == "наш":
                case = "Gen"  # "от нашего предложения": the owner of what is named
            elif not (token.lemma == "мы" and token.pos == "PRON"):
                continue
            text = sent.text[token.start - sent.start : tokens[last].end - sent.start]
            actor = self.countries.actor(interviewee.country, text)
            if token.lemma == "мы" and token.index + 1 < len(tokens) and tokens[token.index + 1].lemma == "с":
                actor = replace(interviewee, entity_text=text)  # "мы с министром Кафьеро": the speaker and him
            result.append(ActorMention(actor, sent.index, token.start, tokens[last].end, first, last, case))
        result += self._implied_first_person(sent, here + result, interviewee)
        return result

    def _implied_first_person(self, sent: Sentence, here: list[ActorMention], interviewee: Actor) -> list[ActorMention]:
        """"Призываем армянских друзей ...", "Хочу поблагодарить партнеров": a first-person verb with no
        subject in an interview's answer implies the interviewee, who speaks for a state or alone."""
        tokens = sent.tokens
        taken = {i for m in here for i in range(m.first_token, m.last_token + 1)}
        result = []
        for token in tokens:
            if token.pos != "VERB" or token.feats.get("Person") != "1" or token.feats.get("VerbForm") != "Fin" \
                    or token.index in taken or any(t.head == token.index and t.rel.startswith("nsubj") for t in tokens):
                continue
            result.append(ActorMention(replace(interviewee, entity_text=token.text), sent.index, token.start, token.end,
                                       token.index, token.index, "Nom", implied=True))
        return result

    def _pronouns(self, sent: Sentence, here: list[ActorMention], earlier: list[ActorMention]) -> list[ActorMention]:
        """"он"/"она" as subject: the person most recently named as a subject before it."""
        taken = {i for m in here for i in range(m.first_token, m.last_token + 1)}
        result = []
        for token in sent.tokens:
            if token.pos != "PRON" or token.lemma not in PERSONAL_PRONOUNS or token.index in taken:
                continue
            if token.feats.get("Case", "Nom") != "Nom":
                continue
            gender = PERSONAL_PRONOUNS[token.lemma]
            before_here = [m for m in here if m.first_token < token.index]
            candidates = [m for m in earlier + before_here if m.actor.kind == "person" and m.case in ("Nom", None)]
            antecedent = next((m for m in reversed(candidates) if _gender_fits(m, gender)), None)
            if antecedent is not None:
                actor = replace(antecedent.actor, entity_text=token.text)
                result.append(ActorMention(actor, sent.index, token.start, token.end, token.index, token.index, "Nom"))
        return result

    def _sentence(self, sent: Sentence, day: date | None, known: dict[str, Actor],
                  offices: list[OfficeMatch], deictic: list[CountryMatch] = ()) -> list[ActorMention]:
        """Mentions of one sentence; each token belongs to at most one, found in order of reliability:
        names, titles, bodies and organizations, plural references, countries, compounds."""
        tokens = sent.tokens
        countries = sorted(self.countries.find(tokens) + list(deictic), key=lambda m: m.first)
        used: set[int] = set()
        result: list[ActorMention] = []

        def free(first: int, last: int) -> bool:
            return not used & set(range(first, last + 1))

        def take(*mentions: ActorMention | None) -> None:
            for mention in mentions:
                if mention is not None:
                    used.update(range(mention.first_token, mention.last_token + 1))
                    result.append(mention)

        # "сторонники блока «Альтернатива»": a party or movement no list knows, by its quoted name.
        known_organizations = self.organizations.find(tokens)
        take(*self._quoted_organizations(sent, known_organizations))
        # A country's name tagged as a person's ("оказал Лаосу помощь") is the country.
        country_spans = {(m.first, m.last) for m in countries if m.how in ("name", "abbreviation")}
        for name in self._names(sent):
            # "Премьер-министр Фам Минь Тинь": a title some outlets capitalize is no word of the name.
            title = next((o for o in offices if o.first == name.first and o.last < name.last), None)
            if title is not None:
                name = _Name(title.last + 1, name.last)
            if free(name.first, name.last) and (name.first, name.last) not in country_spans:
                take(self._person(sent, name, offices, countries, day, known))
        for office in offices:
            if free(office.first, office.last) and self._office_taken_up(tokens, office):
                # "поздравил с избранием президентом Габона", "назначен на пост министра": the office
                # someone takes up, not another person; its country belongs to it too.
                used.update(range(office.first, office.last + 1))
                used.update(i for m in countries if m.first == office.last + 1 for i in range(m.first, m.last + 1))
            if free(office.first, office.last):
                take(self._title_only(sent, office, countries, day, used))
                take(*self._plural_title_holders(sent, office, countries, day, used))
        for match in known_organizations:
            if free(match.first, match.last):
                mention = self._organization(sent, match, countries, used)
                take(mention)
                if mention is not None:
                    take(*self._joined_bodies(sent, match, mention, countries, used))
        for i in range(len(tokens)):
            reference = self.offices.plural_reference_at(tokens, i) if i not in used else None
            if reference is not None and free(i, reference[0]):
                last, offices = reference
                text = sent.text[tokens[i].start - sent.start : tokens[last].end - sent.start]
                group = Actor(text, text, None, None, None, None, "group")
                take(ActorMention(group, sent.index, tokens[i].start, tokens[last].end, i, last,
                                  tokens[i].feats.get("Case"), plural_reference=True, stands_for=offices))
        for match in countries:
            if free(match.first, match.last):
                take(self._country(sent, match))
        result.extend(self._compounds(sent, used))
        result.extend(self._administrations(sent, result, used))
        return sorted(result, key=lambda m: m.first_token)

    def _administrations(self, sent: Sentence, found: list[ActorMention], used: set[int]) -> list[ActorMention]:
        """"администрация Байдена", "администрация президента Обамы": the government of that leader's state."""
        tokens = sent.tokens
        result = []
        for mention in found:
            k = mention.first_token - 1
            if mention.actor.kind != "person" or not mention.actor.country or k < 0 or k in used \
                    or tokens[k].lemma not in self.words.government_of_leader_nouns:
                continue
            text = sent.text[tokens[k].start - sent.start : tokens[mention.last_token].end - sent.start]
            result.append(ActorMention(self.countries.actor(mention.actor.country, text), sent.index, tokens[k].start,
                                       tokens[k].end, k, k, tokens[k].feats.get("Case")))
        return result

    def _compounds(self, sent: Sentence, used: set[int]) -> list[ActorMention]:
        """"российско-китайские переговоры": one country mention per part of the adjective."""
        result = []
        for token in sent.tokens:
            if token.index in used or token.pos not in ("ADJ", "NOUN") or "-" not in token.lemma:
                continue
            for iso3 in self.countries.compound(token.lemma):
                actor = self.countries.actor(iso3, token.text)
                result.append(ActorMention(actor, sent.index, token.start, token.end, token.index, token.index,
                                           token.feats.get("Case"), compound=True))
        return result

    # -- persons ---------------------------------------------------------------------------

    def _quoted_organizations(self, sent: Sentence, known: list[OrganizationMatch]) -> list[ActorMention]:
        """"блок «Армения»", "движения «Тавуш во имя Родины»": a word for a party or movement before a
        quoted name no organization list holds names that organization, in the nominative."""
        tokens = sent.tokens
        listed = {i for match in known for i in range(match.first, match.last + 1)}
        result = []
        for noun in tokens[:-2]:
            opening = tokens[noun.index + 1]
            if noun.lemma not in self.words.quoted_organization_nouns or opening.text not in QUOTES:
                continue
            closing = next((t for t in tokens[opening.index + 1 : opening.index + 1 + MAX_QUOTED_NAME]
                            if t.text in CLOSING_QUOTES), None)
            if closing is None or closing.index == opening.index + 1 \
                    or listed & set(range(opening.index + 1, closing.index)):
                continue
            quoted = sent.text[tokens[opening.index + 1].start - sent.start : tokens[closing.index - 1].end - sent.start]
            name = f"{noun.lemma} «{quoted}»"
            text = sent.text[noun.start - sent.start : closing.end - sent.start]
            sector = "PTY" if noun.lemma in self.words.party_nouns else None
            # The quoted name is what the body is called ("Грузинская мечта"); the noun only says what it is.
            actor = Actor(text, name, quoted, f"org:named:{quoted.casefold()}", None, None, "organization", sector)
            result.append(ActorMention(actor, sent.index, noun.start, closing.end, noun.index, closing.index,
                                       noun.feats.get("Case")))
        return result

    def _names(self, sent: Sentence) -> list[_Name]:
        """Person names: NER spans, knowledge-base name forms, and runs of dictionary names."""
        tokens = sent.tokens
        names = [piece for e in sent.entities if e.kind == "PER" and tokens[e.first_token].pos != "PRON"
                 for part in _split_apposed(tokens, e.first_token, e.last_token)
                 for piece in self._split_known_tail(tokens, part)]
        # NER sometimes tags a known name as part of a place ("Казахстана Касым-Жомарта Токаева"):
        # only person spans keep the knowledge base from looking; any entity keeps the guesser off.
        covered = {i for n in names for i in range(n.first, n.last + 1)}
        in_entity = {i for e in sent.entities for i in range(e.first_token, e.last_token + 1)}
        i = 0
        while i < len(tokens):
            if i in covered or not tokens[i].text[:1].isupper():
                i += 1
                continue
            found = self._kb_name_at(tokens, i, covered, in_entity) or self._dictionary_name_at(tokens, i, covered | in_entity)
            if found:
                names.append(found)
                covered.update(range(found.first, found.last + 1))
                i = found.last + 1
            else:
                i += 1
        return sorted(names, key=lambda n: n.first)

    def _split_known_tail(self, tokens: tuple[Token, ...], name: _Name) -> list[_Name]:
        """"предшественник Пезешкиана Эбрахим Раиси": a span the NER joined whose head and tail are each a
        known person is two names, even where the parse shows none ("Мухаммад Шахбаз Шариф" is one)."""
        if name.last - name.first < 2 or self.kb.find_person(_name_words(tokens[name.first : name.last + 1])):
            return [name]
        for k in range(name.first + 1, name.last):
            head, tail = _name_words(tokens[name.first : k]), _name_words(tokens[k : name.last + 1])
            if head and len(tail) >= 2 and self.kb.find_person(tail) and self.kb.find_person(head):
                return [_Name(name.first, k - 1), _Name(k, name.last)]
        return [name]

    def _kb_name_at(self, tokens: tuple[Token, ...], i: int, covered: set[int], in_entity: set[int]) -> _Name | None:
        for size in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            window = tokens[i : i + size]
            if not all(t.text[:1].isupper() for t in window) or covered & set(range(i, i + size)):
                continue
            follows = tokens[i + size] if i + size < len(tokens) else None
            if size == 1 and follows is not None and follows.text[:1].isupper():
                continue  # "Раис Татарстана": one capitalized word before another is no name alone
            if size == 1 and (i in in_entity or not self.kb.is_safe_single(window[0].text)
                              or self.countries.find(window)):
                continue  # "Германии" is a country, not the surname "Герман"
            if self.kb.find_person([t.text for t in window]):
                return _Name(i, i + size - 1)
        return None

    def _dictionary_name_at(self, tokens: tuple[Token, ...], i: int, covered: set[int]) -> _Name | None:
        """Two or three capitalized words the dictionary knows as names ("Рустам Минниханов")."""
        last = i
        while last + 1 < len(tokens) and last + 1 - i < 3 and tokens[last + 1].text[:1].isupper() \
                and last + 1 not in covered and tokens[last + 1].pos in ("PROPN", "NOUN"):
            last += 1
        run = tokens[i : last + 1]
        if len(run) >= 2 and all(t.pos in ("PROPN", "NOUN") and is_person_name(t.text) for t in run):
            return _Name(i, last)
        return None

    @staticmethod
    def _first_word(tokens: tuple[Token, ...], name: _Name) -> int:
        """The first token of a name that is a word: "С.В.Лавров" is tokenized "С . В . Лавров", and the
        tagger's case of a lone initial is a guess."""
        for i in range(name.first, name.last + 1):
            if len(tokens[i].text) > 1 and tokens[i].text[:1].isalpha():
                return i
        return name.first

    def _person(self, sent: Sentence, name: _Name, offices: list[OfficeMatch], countries: list[CountryMatch],
                day: date | None, known: dict[str, Actor]) -> ActorMention | None:
        tokens = sent.tokens
        words = _name_words(tokens[name.first : name.last + 1])
        if not words:
            return None
        if name.first > 0 and tokens[name.first - 1].lemma in self.words.place_nouns:
            return None  # "у мели Второй Томас", "на полигоне Ашулук": a named place, not a person
        title = self._title_before(tokens, name.first, offices)
        first = title.first if title else name.first
        title_country = self._title_country(tokens, title, countries, name.first) if title else None
        if title and first > 0 and tokens[first - 1].pos == "ADJ":
            adjective = self.countries.phrases.get((tokens[first - 1].lemma,))
            if adjective and adjective[1] == "adjective":
                title_country = title_country or adjective[0]
                first -= 1
        named = tokens[self._first_word(tokens, name)]
        if title and named.feats.get("Case") == "Gen" and tokens[title.first].feats.get("Case") != "Gen" \
                and named.rel == "nmod" and title.first <= named.head <= title.last:
            # "спецпосланник Трампа": the genitive name is whose envoy, not the envoy.
            title, first, title_country = None, name.first, None
        case = _apposed_case(tokens, title.first, title.last) if title else named.feats.get("Case")
        case_is_certain = title is not None  # a title's case is tagged reliably, a bare name's is not
        following = tokens[name.last + 1] if name.last + 1 < len(tokens) else None
        if case == "Ins" and any(t.lemma in ("с", "со") for t in tokens[max(0, name.first - 4) : name.first]):
            case_is_certain = True  # "с мэром города Ильсуром Метшиным": "с" governs the instrumental
        preceding = tokens[name.first - 1] if name.first else None
        opens_clause = preceding is None or preceding.pos in ("PUNCT", "CCONJ", "ADV")
        if not title and case in ("Gen", "Acc") and opens_clause and following is not None \
                and following.pos == "VERB" and following.feats.get("VerbForm") == "Fin":
            case, case_is_certain = "Nom", True  # "тогда Акира Муто встречался": the clause's subject
        if not case_is_certain and len(words) > 1:
            certain = _masculine_name_case(tokens[name.first])
            if certain is not None:
                # "Вадима Красикова": a man's first name fixes the case of the whole name.
                case, case_is_certain = certain, True
        if title and case == "Gen":
            own = _own_case(tokens[name.first])
            if own is None and tokens[name.first].feats.get("Case") == "Nom":
                own = self._governing_case(tokens, title.first)  # a foreign name: its governor decides
            if own is not None and own != "Gen":
                # "помощник президента РФ Юрий Ушаков", "посланник президента США Кит Келлог": the
                # name is not in the title's genitive, so the title is whose aide he is, not his office.
                case, title = own, None
        # A lone first name ("мать Раиса") is nobody's surname: no one-letter-typo match ("Раиси").
        person = self.kb.find_person(words) if len(words) > 1 or (
            self.kb.is_safe_single(words[0]) and not _only_a_first_name(words[0])) else None
        entity_text = " ".join(words)
        if person:
            actor = self._kb_actor(person, entity_text, day, _title_office(title, title_country))
        else:
            surname = stem(words[-1])
            earlier = known.get(surname)
            # Case endings are cut only when a title fixes the case: the tagger's case of a bare
            # foreign name is a guess ("Акира" read as a genitive).
            normal = " ".join(_nominative(t, case if case_is_certain else None) for t in tokens[name.first : name.last + 1]
                              if t.text in words or INITIALS.match(t.text))
            normal = " ".join(w for w in (INITIALS.sub(r"\g<surname>", x) for x in normal.split()))
            office = _title_office(title, title_country)
            title_country = title_country or self._post_country(tokens, name.first, countries)
            if earlier is not None:
                # The same person named again: keep the fuller name, fill in what was missing.
                nominative = case in ("Nom", None) and len(words) >= len(earlier.name.split())
                actor = Actor(entity_text, normal if nominative else earlier.name, None, None,
                              earlier.country or title_country, earlier.office or office, "person")
            else:
                actor = Actor(entity_text, normal, None, None, title_country, office, "person")
            if len(words) > 1 or earlier is not None:
                known[surname] = actor
        return ActorMention(actor, sent.index, tokens[first].start, tokens[name.last].end, first, name.last, case)

    def _post_country(self, tokens: tuple[Token, ...], name_first: int, countries: list[CountryMatch]) -> str | None:
        """"Начальник Генштаба вооруженных сил Ирана генерал Мохаммад Багери", "иранский генерал X": the
        country named in the post right before a name the knowledge base does not know."""
        k, post = name_first - 1, None
        while k >= 0 and name_first - k <= MAX_POST_TOKENS:
            word = tokens[k]
            if (word.pos == "PUNCT" and word.text != "-") or word.pos in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
                break
            if self.positions.head_of(word) is not None:
                post = k
            k -= 1
        if post is None:
            return None
        return next((m.iso3 for m in countries if m.first >= post - 1 and m.last < name_first
                     and m.how in ("name", "abbreviation", "adjective")), None)

    def _governing_case(self, tokens: tuple[Token, ...], title_first: int) -> str | None:
        """The case of the noun right before a genitive title: the noun the title depends on."""
        k = title_first - 1
        while k >= 0 and tokens[k].pos == "ADJ":
            k -= 1
        return tokens[k].feats.get("Case") if k >= 0 and tokens[k].pos == "NOUN" else None

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

    def _office_taken_up(self, tokens: tuple[Token, ...], office: OfficeMatch) -> bool:
        """Does the title follow a word of election or appointment ("избранием президентом", "избрание на
        пост президента", "назначен министром")?"""
        k = office.first - 1
        while k >= 0 and tokens[k].lemma in ("пост", "должность", "на", "в", "качество"):
            k -= 1
        return k >= 0 and tokens[k].lemma in self.words.office_taking_words

    def _other_person_word(self, tokens: tuple[Token, ...], office: OfficeMatch) -> int | None:
        """The index of the word before the title that names someone else than its holder ("первого
        заместителя министра", "бывший президент"), or None."""
        k = office.first - 1
        while k >= 0 and tokens[k].lemma in self.words.rank_words:
            k -= 1
        return k if k >= 0 and tokens[k].lemma in self.words.deputy_words | self.words.former_words else None

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
            if title.last < match.first < name_first or _inside(match, title):
                return match.iso3
        return title.title.country

    def _plural_title_holders(self, sent: Sentence, office: OfficeMatch, countries: list[CountryMatch],
                              day: date | None, used: set[int]) -> list[ActorMention]:
        """"президентов России и США", "министров иностранных дел России, Армении и Азербайджана": the
        holder of the office in each country listed, on the date of the text (a country's mention
        becomes its holder's)."""
        tokens = sent.tokens
        if tokens[office.first].feats.get("Number") != "Plur":
            return []
        listed = self.countries.listed(tokens, countries, office.last + 1)
        holders = []
        for match in listed if len(listed) >= 2 else []:
            if used & set(range(match.first, match.last + 1)):
                continue
            text = sent.text[tokens[match.first].start - sent.start : tokens[match.last].end - sent.start]
            actor = self._holder(office, match.iso3, day, text)
            if actor is None:
                continue
            holders.append(ActorMention(actor, sent.index, tokens[match.first].start, tokens[match.last].end,
                                        match.first, match.last, tokens[office.first].feats.get("Case")))
        return holders

    def _title_only(self, sent: Sentence, office: OfficeMatch, countries: list[CountryMatch], day: date | None,
                    used: set[int]) -> ActorMention | None:
        tokens = sent.tokens
        if tokens[office.first].feats.get("Number") == "Plur":
            return None
        other = self._other_person_word(tokens, office)
        country, last = office.title.country, office.last
        following = next((m for m in countries if m.first == office.last + 1 and m.how == "name"), None)
        if following:
            country, last = following.iso3, following.last
        first = office.first
        if office.first > 0:
            adjective = self.countries.phrases.get((tokens[office.first - 1].lemma,))
            if adjective and adjective[1] == "adjective":
                country, first = country or adjective[0], office.first - 1
        country = country or next((m.iso3 for m in countries if _inside(m, office)), None)
        if country is None:
            return None
        if other is not None and tokens[other].lemma in self.words.former_words:
            used.update(range(other, last + 1))  # "бывший президент Франции": neither the holder nor the state
            return None
        if other is not None:
            # "Заместитель госсекретаря США прибыл": an unnamed official other than the holder acts for the state.
            text = sent.text[tokens[other].start - sent.start : tokens[last].end - sent.start]
            return ActorMention(self.countries.actor(country, text), sent.index, tokens[other].start, tokens[last].end,
                                other, last, tokens[other].feats.get("Case"))
        text = sent.text[tokens[first].start - sent.start : tokens[last].end - sent.start]
        actor = self._holder(office, country, day, text)
        if actor is None:
            return None
        return ActorMention(actor, sent.index, tokens[first].start, tokens[last].end, first, last,
                            tokens[office.first].feats.get("Case"))

    def _holder(self, office: OfficeMatch, iso3: str, day: date | None, text: str) -> Actor | None:
        """Who held the office a title names in a country on the day, from the knowledge base."""
        tenure = self.kb.holder(self.offices.office_in(office.title, iso3), iso3, day)
        if tenure is None:
            return None
        person = self.kb.persons[tenure.person_id]
        return Actor(text, person.name_ru, person.canonical, person.person_id, iso3, tenure.office, "person")

    # -- organizations ---------------------------------------------------------------------

    def _joined_bodies(self, sent: Sentence, match: OrganizationMatch, first: ActorMention,
                       countries: list[CountryMatch], used: set[int]) -> list[ActorMention]:
        """"Вооруженные силы Узбекистана и Кыргызстана", "МИД России и Китая": the same body of each
        country joined to the first."""
        body = match.body
        if body is None or body.country is not None:
            return []
        tokens = sent.tokens
        found = []
        for country in self.countries.listed(tokens, countries, first.last_token + 1):
            if used & set(range(country.first, country.last + 1)):
                break
            text = sent.text[tokens[country.first].start - sent.start : tokens[country.last].end - sent.start]
            actor = self._body_actor(body, country.iso3, text)
            found.append(ActorMention(actor, sent.index, tokens[country.first].start, tokens[country.last].end,
                                      country.first, country.last, first.case))
        return found

    def _capital_acts(self, tokens: tuple[Token, ...], match: CountryMatch) -> bool:
        """"Москва и Пекин договорились", "призвал Пекин", "с Тегераном": a capital as the subject,
        object or partner of a verb stands for its government; "в Пекине", "из Москвы" do not."""
        head = tokens[match.first]
        case = head.feats.get("Case")
        after = tokens[match.last + 1] if match.last + 1 < len(tokens) else None
        if match.first == 0 and (after is None or after.text in (".", "—", "–", "-") or (
                after.pos == "PUNCT" and any(t.text[:1].isdigit() for t in tokens[match.last + 1 : match.last + 4]))):
            return False  # a dateline: "Вьентьян, 25 июля /Синьхуа/ -- ...", "Вашингтон. Госдепартамент ..."
        if head.rel == "obj" and 0 <= head.head < len(tokens) and tokens[head.head].lemma in self.countries.place_verbs:
            return False  # "посетить Москву": a place visited
        if head.rel in ("nsubj", "obj", "iobj") or (head.rel == "conj" and case in ("Nom", "Acc")):
            return True
        before = tokens[match.first - 1] if match.first > 0 else None
        if case == "Gen" and head.rel == "conj" and 0 < head.head < match.first:
            before = tokens[head.head - 1]  # "призывы Вашингтона и Брюсселя": the first conjunct's word
        if case == "Gen" and before is not None and (
                before.lemma in self.words.capital_act_nouns or before.lemma in self.words.capital_target_words):
            return True  # "решение Кишинева", "санкции против Анкары", "в адрес Киева"
        return case == "Ins" and before is not None and before.lemma in ("с", "со")

    def _international(self, code: str, text: str) -> Actor | None:
        """The international organization of a CAMEO code, as an actor written `text`."""
        org = next((e for e in organization_lexicon().entries if isinstance(e, International) and e.code == code), None)
        return _igo_actor(org, text) if org is not None else None

    def _organization(self, sent: Sentence, match: OrganizationMatch, countries: list[CountryMatch],
                      used: set[int]) -> ActorMention | None:
        """An international organization, or a state's body with its state ("МИД Турции", "турецкий МИД")."""
        tokens = sent.tokens
        first, last = match.first, match.last
        if match.international is not None:
            org = match.international
            actor = _igo_actor(org, sent.text[tokens[first].start - sent.start : tokens[last].end - sent.start])
            return ActorMention(actor, sent.index, tokens[first].start, tokens[last].end, first, last,
                                _case_by_relation(tokens[first], tokens))
        body = match.body
        iso3 = body.country
        after = next((c for c in countries if c.first == last + 1 and c.how in ("name", "abbreviation")), None)
        before = next((c for c in countries if c.last == first - 1 and c.how == "adjective"), None)
        if after is not None and not used & set(range(after.first, after.last + 1)):
            iso3, last = after.iso3, after.last
        elif before is not None and not used & set(range(before.first, before.last + 1)):
            iso3, first = before.iso3, before.first
        if iso3 is None and not body.domestic:
            return None  # "правительство" of no named state
        text = sent.text[tokens[first].start - sent.start : tokens[last].end - sent.start]
        return ActorMention(self._body_actor(body, iso3, text), sent.index, tokens[first].start, tokens[last].end,
                            first, last, _case_by_relation(tokens[match.first], tokens))

    def _body_actor(self, body: Body, iso3: str | None, text: str) -> Actor:
        return body_actor(body, iso3, text, self.countries)

    # -- countries -------------------------------------------------------------------------

    def _country(self, sent: Sentence, match: CountryMatch) -> ActorMention | None:
        tokens = sent.tokens
        before = _before_adjectives(tokens, match.first)  # "в Казанском Кремле"
        after = next((t for t in tokens[match.last + 1:] if t.pos != "PART" and t.lemma not in VERB_PARTICLES), None)
        # "В Баку обвинили ...", "В Нью-Дели не исключили ...": the capital speaks for its state.
        impersonal = (match.how == "capital" and before >= 0 and tokens[before].lemma in ("в", "во")
                      and after is not None and after.pos == "VERB" and after.feats.get("Number") == "Plur")
        if _names_an_organization(tokens, match.first):
            return None  # "блок «Армения»", "партия «Россия»": a party's name, not the state
        head = _noun_after_adjectives(tokens, match.last + 1) if match.how == "adjective" else None
        # "пошлины на мексиканские товары": "на" with an accusative names a target, not a place.
        target = before >= 0 and head is not None and tokens[before].lemma == "на" \
            and tokens[head].feats.get("Case") == "Acc"
        if before >= 0 and _is_place_preposition(tokens, before, match.last) and not impersonal and not target:
            return None  # "в Пекине" is a place; "В Баку обвинили ..." is who speaks
        last = match.last
        if match.how == "adjective":
            if head is None or tokens[head].lemma not in self.words.country_heads:
                return None
            # "польскими и нидерландскими истребителями": a list member keeps its own words, so that
            # each country of the list is a mention.
            listed = any(t.lemma == "и" or t.text == "," for t in tokens[match.last + 1 : head])
            last = match.last if listed else head
        elif match.how == "city" or (match.how == "capital" and not impersonal and not self._capital_acts(tokens, match)):
            return None  # a city is a place; a capital acts for its state only as a party of a clause
        first = match.first
        people_case = None
        if match.how in ("name", "abbreviation") and first > 0 and tokens[first - 1].lemma in self.words.country_heads \
                and tokens[first - 1].pos in ("NOUN", "ADJ") and (tokens[first].feats.get("Case") == "Gen" or (
                    _indeclinable(tokens[first].text) and tokens[first].head == first - 1)):
            first -= 1  # "пограничники Таджикистана", "военные США": the state's people, in their case
        elif match.how in ("name", "abbreviation") and tokens[first].rel == "conj":
            # "военные США и Филиппин": a state listed after one the people's noun governs shares its case.
            listed = tokens[tokens[first].head] if tokens[first].head >= 0 else None
            if listed is not None and 0 < listed.index and listed.head == listed.index - 1 \
                    and tokens[listed.index - 1].lemma in self.words.country_heads:
                people_case = tokens[listed.index - 1].feats.get("Case")
        text = sent.text[tokens[first].start - sent.start : tokens[last].end - sent.start]
        actor = self.countries.actor(match.iso3, text)
        if match.how == "capital" and match.iso3 in self.countries.capital_bodies:
            actor = self._international(self.countries.capital_bodies[match.iso3], text) or actor
        case = tokens[head if match.how == "adjective" else first].feats.get("Case")
        if match.how != "adjective" and first == match.first and _indeclinable(tokens[first].text):
            # "Баку и Ереван объявили": an indeclinable name's tagged case is a guess; its relation tells.
            case = _case_by_relation(tokens[first], tokens)
        case = people_case or case
        return ActorMention(actor, sent.index, tokens[first].start, tokens[last].end, first, last, case)


# Offices whose bare title ("глава государства", "премьер-министр") names the holder told before.
BARE_TITLE_OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defense_minister", "minister"}


def _holds_titled_office(office: str | None, code: str) -> bool:
    """Does a holder of `office` answer to a bare title of `code`? "Министр" alone is any cabinet
    minister's title ("глава МИД Армении Арарат Мирзоян ... Министр также осудил"), not a deputy's."""
    if office == code:
        return True
    return code == "minister" and office is not None and office.endswith("_minister") and not office.startswith("deputy_")


def _igo_actor(org: International, text: str) -> Actor:
    return Actor(text, org.name, org.canonical, f"igo:{org.code}", None, None, "organization", "IGO")


def _described(sent: Sentence, first: int, last: int, actor: Actor, head: Token) -> ActorMention:
    """A mention of tokens first..last that stands for `actor`, written as the text writes it, in the
    case of its head word ("индийского гостя", "казахстанский министр")."""
    tokens = sent.tokens
    text = sent.text[tokens[first].start - sent.start : tokens[last].end - sent.start]
    return ActorMention(replace(actor, entity_text=text), sent.index, tokens[first].start, tokens[last].end,
                        first, last, head.feats.get("Case"))


def body_actor(body: Body, iso3: str | None, text: str, countries: CountryIndex | None = None) -> Actor:
    """A state's body ("МИД Турции", canonically Turkey when it is an organ of the state), the state
    itself for bodies that stand for it ("власти Турции"), or a domestic group of no named state
    ("полиция")."""
    countries = countries or country_index()
    if iso3 is None:
        return Actor(text, body.name, None, f"org:{body.office}", None, body.office, "organization", body.sector)
    if body.as_country:
        return countries.actor(iso3, text)
    state = countries.names.get(iso3, iso3)
    name = body.name if body.country else f"{body.name} {genitive(state)}"
    return Actor(text, name, state if body.of_state else None, f"org:{body.office}:{iso3}", iso3, body.office,
                 "organization", body.sector)


def _names_an_organization(tokens: tuple[Token, ...], first: int) -> bool:
    """Is the country name quoted after a word for a party or movement ("блока «Армения»")?"""
    if first < 2 or tokens[first - 1].text not in QUOTES:
        return False
    k = _before_adjectives(tokens, first - 1)
    return k >= 0 and tokens[k].lemma in reference_words().quoted_organization_nouns


def _before_adjectives(tokens: tuple[Token, ...], index: int) -> int:
    """The index of the word before the adjectives that precede `index` (-1 at the sentence's start)."""
    k = index - 1
    while k >= 0 and tokens[k].pos == "ADJ":
        k -= 1
    return k


def _is_place_preposition(tokens: tuple[Token, ...], preposition: int, last: int) -> bool:
    """"в Пекине", "из Китая" name a place; "от" does only in a distance or a span ("в 50 км от Москвы",
    "от Лиссабона до Владивостока"), not in "потребовал от Китая", "получил от России"."""
    if tokens[preposition].lemma not in PLACE_PREPOSITIONS:
        return False
    if tokens[preposition].lemma != "от":
        return True
    distance = preposition > 0 and (tokens[preposition - 1].pos == "NUM"
                                    or tokens[preposition - 1].lemma in DISTANCE_WORDS)
    span = any(t.lemma == "до" for t in tokens[last + 1 : last + 4])
    return distance or span


def _noun_after_adjectives(tokens: tuple[Token, ...], index: int) -> int | None:
    """The noun a country adjective qualifies, past at most MAX_EXTRA_ADJECTIVES more adjectives
    ("израильские ракетные катера") and the other members of a list of adjectives ("польскими и
    нидерландскими истребителями")."""
    for i in range(index, min(index + MAX_EXTRA_ADJECTIVES + 3, len(tokens))):
        listed = tokens[i].text == "," or tokens[i].lemma == "и"
        if listed and i + 1 < len(tokens) and tokens[i + 1].pos == "ADJ":
            continue
        if tokens[i].pos != "ADJ":
            return i
    return None


def _split_apposed(tokens: tuple[Token, ...], first: int, last: int) -> list[_Name]:
    """"Предшественник Мерца Олаф Шольц": NER joins two names that hang from one noun outside the
    span in different ways (a genitive "whose" and an apposition "who"); they are two people."""
    for k in range(first + 1, last + 1):
        a, b = tokens[k - 1], tokens[k]
        outside = a.head not in range(first, last + 1) and b.head == a.head
        if outside and a.rel == "nmod" and b.rel == "appos":
            return [_Name(first, k - 1), _Name(k, last)]

    return [_Name(first, last)]


def _apposed_case(tokens: tuple[Token, ...], first: int, last: int) -> str | None:
    """The case of a title: an apposition agrees with the noun it hangs on, where its form allows
    ("разговоре наследного принца, премьер-министра X": genitive, though the tagger, to whom an animate
    accusative looks the same, says accusative)."""
    case = tokens[first].feats.get("Case")
    for token in tokens[first : last + 1]:
        if token.rel != "appos" or first <= token.head <= last or token.head < 0:
            continue
        anchor = tokens[token.head].feats.get("Case")
        if tokens[token.head].pos == "NOUN" and anchor not in (None, case) and anchor in {
                p.feats.get("Case") for p in morph_vocab().parse(token.text) if p.pos == "NOUN"}:
            return anchor
    return case


# Cases an indeclinable name ("МИД", "ООН") is wrongly tagged with; its relation to its head tells better.
RELATION_CASES = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Dat"}




@cache
def _indeclinable(word: str) -> bool:
    """Does the word's reading as a place name mark it as not declining ("Баку", "Токио", "США")? Other
    readings do not count: "баку" is also a dative of "бак"."""
    places = [p for p in morph_vocab().parse(word) if p.is_known and "Geox" in p.tag.grammemes]
    return bool(places) and all("Fixd" in p.tag.grammemes for p in places)


def _case_by_relation(token: Token, tokens: tuple[Token, ...] = ()) -> str | None:
    if token.rel in ("nmod", "obl") and 0 <= token.head < len(tokens):
        head = tokens[token.head]
        if head.lemma in reference_words().quantity_words and head.rel.startswith("nsubj"):  # "Тысячи студентов вышли"
            return "Nom"
    return RELATION_CASES.get(token.rel) or token.feats.get("Case")


# Russian patronymics: "Владимирович", "Сергеевна", "Ильич", "Кузьмич".
PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична|инична|ич)$")


def _unify_unknown_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """Give every mention of one unknown person the document's best nominative name and country.

    The best name is the longest one written in the nominative; natasha's lemmas of foreign
    names in oblique cases are guesses ("Тьиня" for "Тьинь").
    """
    counts: dict[str, int] = {}
    for m in mentions:
        if m.actor.kind == "person" and not m.actor.identifier_id:
            counts[m.actor.name] = counts.get(m.actor.name, 0) + 1
    best: dict[str, tuple[tuple[bool, int, int], Actor]] = {}
    for m in mentions:
        a = m.actor
        if a.kind != "person" or a.identifier_id:
            continue
        key = stem(a.name.split()[-1])
        score = (m.case in ("Nom", None), counts[a.name], len(a.name.split()))
        previous = best.get(key)
        if previous is None or score > previous[0]:
            country = a.country or (previous[1].country if previous else None)
            office = a.office or (previous[1].office if previous else None)
            best[key] = (score, replace(a, country=country, office=office))
        elif not previous[1].country and a.country:
            best[key] = (previous[0], replace(previous[1], country=a.country, office=previous[1].office or a.office))
    result = []
    for i, m in enumerate(mentions):
        a = m.actor
        words = a.name.split()
        if a.kind == "person" and len(words) == 2 and PATRONYMIC.search(words[1]):
            # "Максим Владимирович" in an interview: the person of that first name named before.
            named = next((e.actor for e in reversed(mentions[:i]) if e.actor.kind == "person"
                          and e.actor.name.split()[0] == words[0]
                          and not any(PATRONYMIC.search(w) for w in e.actor.name.split())), None)
            if named is not None:
                result.append(replace(m, actor=replace(named, entity_text=a.entity_text)))
                continue
        if a.kind == "person" and not a.identifier_id:
            chosen = best[stem(a.name.split()[-1])][1]
            a = replace(a, name=chosen.name, country=a.country or chosen.country, office=a.office or chosen.office)
            m = replace(m, actor=a)
        result.append(m)
    return result


def entity_key(actor: Actor) -> str:
    """A key that is equal for the same entity across mentions and documents."""
    if actor.identifier_id:
        return actor.identifier_id
    if actor.kind == "country":
        return f"country:{actor.country}"
    return f"{actor.kind}:{stem(actor.name.split()[-1])}:{actor.country or ''}"
