"""Stage 6, events: PLOVER events from trigger words, their clause and its participants.

For each trigger (data/triggers.yaml) the participants are the actor mentions of its clause
(the sentence cut at "что", "который", colons and quotes), read by grammatical role:
the nominative subject, "с"/"между" partners in the instrumental, accusative objects, and
genitive agents of a trigger noun ("переговоры Путина и Си"). Genitives elsewhere are
possessors ("посланник генсека То Лама") and never participants. Plural descriptions
("главы государств") and meeting-less signings ("по итогам встречи ... подписание") take
the participants of the story's last event. Mode comes from channel words, the place
and the visit frame; auxiliary modes from negation, future and background dates.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from communique.actors import body_actor, entity_key
from communique.actors.organizations import body_of_office, listed_body
from communique.actors.countries import CountryMatch, country_index
from communique.actors.kb import default_kb
from communique.actors.references import reference_words
from communique.nlp import lemma_of, plural_only
from communique.events.lexicon import EventLexicon, Trigger, event_lexicon
from communique.records import (
    Actor,
    ActorMention,
    Analysis,
    CleanDocument,
    DocumentDates,
    Event,
    EventMention,
    PartialDate,
    Place,
    Sentence,
    TimeExpression,
    Token,
)
from communique.time import ahead, resolve

CLAUSE_BREAKS = {"что", "чтобы", "который", "где", "когда", "поскольку", "потому", "хотя", ";", ":"}
# Words opening a clause that shares the subject of the clause before ("..., где провел").
SHARED_SUBJECT_OPENERS = {"где", "куда", "откуда"}
# Quotation marks; a quoted stretch with a finite verb is speech and a clause of its own,
# a quoted name ("Группы двадцати", «Казань Экспо») is not.
QUOTES = {"«", "»", '"', "“", "”", "„"}
PARTNER_PREPOSITIONS = {"с", "со", "между"}
# An event this many days before publication is background (historical) even without "Ранее".
HISTORICAL_DAYS = 7
# Confidence by how the participants were found: all in the trigger's own clause, or
# taken over from the story's previous event. Calibrated by hand on the examples corpus.
CONFIDENCE_DIRECT = 0.9
CONFIDENCE_NOMINAL = 0.8
CONFIDENCE_INHERITED = 0.6
QUANTITY = re.compile(
    r"(более|свыше|около|порядка|почти|не менее|менее)?\s*(\d+)\s+((?:[а-яё]+\s+){0,2}?)(документ|соглашени|меморандум|контракт|договор)",
    re.I,
)
# Nouns that frame a nominal trigger as something that happened: "в ходе переговоров".
FRAME_NOUNS = {"ход", "итог", "результат", "рамка", "время", "формат", "поле", "кулуары", "окончание", "завершение", "начало"}
# "20-летия", "годовщины": a trigger noun after these names what is commemorated.
ANNIVERSARY = re.compile(r"лети[еяюи]|годовщин")
# "в формате Россия – АСЕАН", "в рамках ШОС": nouns naming a framework of cooperation.
FORMAT_NOUNS = {"формат", "рамка", "механизм"}
# "к БРИКС", "по территории": a dative after these belongs to the preposition's phrase.
PREPOSITIONS_OF_DATIVE = {"к", "ко", "по", "благодаря", "согласно", "вопреки"}
# Dashes that stand for a gapped verb ("а Израиль — сотни заключенных").
DASHES = {"—", "–", "-"}
# Prepositions before an accusative that make it a place, a time or a topic, not an object.
PLACE_PREPOSITIONS = {"в", "во", "на", "за", "про"}
# Prepositions whose instrumental names a place: "над Сирией", "под Курском", "за границей".
PLACE_PREPOSITIONS_OF_INSTRUMENTAL = {"над", "под", "за", "перед"}
# Conjunctions that make their clause a condition.
CONDITIONALS = {"если", "ежели"}
# Determiners by which a noun points back to what the text told before ("эта акция", "тот визит").
ANAPHORIC_DETERMINERS = {"этот", "тот", "данный", "указанный", "упомянутый"}
# How many sentences before a directed act's own may name its unstated other side.
COUNTERPART_SENTENCES = 2
# How many sentences back a visit to a country looks for the host country's leader.
HOST_SENTENCES = 2
# "у здания парламента", "к посольству", "против решения правительства": whom a protest addresses.
PROTEST_SITE_PREPOSITIONS = {"у", "к", "ко", "возле", "перед", "около", "против"}
# The office under which organizations.yaml lists protesters.
PROTESTERS = "protesters"
# Types whose "в X"/"к X" names who receives the act (aid sent, troops moved towards).
# Characters between two dates that name one day ("во вторник, 31 января").
APPOSED_DATE_GAP = 3
DESTINATION_TYPES = {"AID", "MOBILIZE", "RETREAT", "COOPERATE", "SANCTION"}
# The prepositions of the country a withdrawal leaves or a sanction's goods come from; else "в", "к".
DESTINATION_PREPOSITIONS = {"RETREAT": ("из", "с", "со"), "SANCTION": ("из",)}
# "против X", "в адрес X": the target of a directed act.
TARGET_WORDS = {"против", "адрес", "отношение"}
# "под председательством X": the chair of a meeting is one of its participants.
CHAIR_WORDS = {"председательство"}
# How many tokens back a "с" may open a partner's phrase.
PARTNER_REACH = 10
# Tokens between a channel word and its trigger: "провел телефонный разговор", "по телефону обсудили".
CHANNEL_WINDOW = 3
# Nouns of time that may precede a venue: "в четверг во Вьентьяне".
TIME_NOUNS = {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "день",
              "неделя", "месяц", "год", "утро", "вечер", "время", "январь", "февраль", "март", "апрель", "май",
              "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"}
# Prepositions that make a trigger noun the topic of another verb: "рассказал о визите".
TOPIC_PREPOSITIONS = {"о", "об", "обо", "про"}
MAX_GOVERNORS = 6  # parses may hold cycles; conjuncts and carriers take no step of their own
# Links between a name and the title or name it stands beside ("министр ... Ван И", "Юрий Ушаков").
APPOSED = frozenset({"appos", "flat:name", "flat"})
INCLUSION_WORDS = {"включая", "включать", "среди"}
TIME_PREPOSITIONS = {"после", "перед", "до", "накануне", "вслед"}
# "удары по объектам Ирана", "против судов Филиппин": the phrase names the target of an act.
TARGET_PREPOSITIONS = {"по", "против"}
MEETING_WORDS = {"встреча", "переговоры", "переговор", "визит", "беседа", "саммит", "разговор", "консультация"}


@dataclass(frozen=True)
class _Parties:
    subjects: list[ActorMention]
    partners: list[ActorMention]
    objects: list[ActorMention]

    def all(self) -> list[ActorMention]:
        return self.subjects + self.partners + self.objects


@dataclass
class _Story:
    """What earlier sentences of the document established."""

    last_event: Event | None = None
    last_meeting: Event | None = None  # the last CONSULT that took place
    visit_country: str | None = None  # "в рамках визита в Россию": the story's host country
    # A meeting told with one named party ("под председательством X состоялась встреча"),
    # waiting for the sentence that lists who took part.
    pending: tuple | None = None
    notes: dict[int, list[str]] = field(default_factory=dict)  # sentence index -> decisions, for explain

    def note(self, sentence: int, text: str) -> None:
        self.notes.setdefault(sentence, []).append(text)
    told: list[Event] = field(default_factory=list)  # every event of the document so far
    # The date the story last spoke of (a stated date or an event that took place): the anchor of
    # "в тот же день", "на следующий день" and of undated sentences.
    context_date: PartialDate | None = None
    protests_told: bool = False  # a sentence so far spoke of protests, whether or not it made an event


class EventExtractor:
    """Extracts the events of one document from its analysis, dates and actor mentions."""

    def __init__(self, lexicon: EventLexicon | None = None):
        self.lexicon = lexicon or event_lexicon()
        self.countries = country_index()
        self.kb = default_kb()
        self.references = reference_words()

    def extract(self, doc: CleanDocument, analysis: Analysis, dates: DocumentDates,
                mentions: list[ActorMention]) -> tuple[list[Event], dict[int, list[str]]]:
        """All events of a document (one per trigger, before merging), and per sentence the
        decision taken on each trigger, which `communique explain` prints."""
        story = _Story()
        events: list[Event] = []
        by_sentence: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        for sent in analysis.sentences:
            sent_mentions = by_sentence.get(sent.index, [])
            if story.visit_country is None:
                story.visit_country = self._visit_destination(sent)
            if sent.index and self._accepts_invitation(sent):
                self._plan_invited_visit(sent, analysis.sentences[sent.index - 1], story)
            events.extend(self._sentence_events(doc, sent, sent_mentions, dates, story, by_sentence))
        return events, story.notes

    # -- triggers --------------------------------------------------------------------------

    def _triggers(self, sent: Sentence) -> list[tuple[Token, Trigger]]:
        # Words of a quoted name ("учения «Совместный меч»") neither enable nor rule out a trigger
        # outside it; a quoted term holding the trigger counts whole ("объявлены «персонами нон грата»").
        named = _quoted_names(sent.tokens)
        all_lemmas = {t.lemma for t in sent.tokens}
        unquoted = {t.lemma for t in sent.tokens if t.index not in named}
        found = []
        for token in sent.tokens:
            lemmas = all_lemmas if token.index in named else unquoted
            for trigger in self.lexicon.triggers.get(token.lemma, ()):
                pos_ok = token.pos == trigger.pos or (trigger.pos == "NOUN" and token.pos == "PROPN")
                following = sent.tokens[token.index + 1].lemma if token.index + 1 < len(sent.tokens) else ""
                if trigger.not_before and (following in trigger.not_before or any(
                        t.head == token.index and t.rel == "nsubj:pass" and t.lemma in trigger.not_before
                        for t in sent.tokens)):
                    continue  # "принял решение", "приглашение было принято": what is accepted, not who is received
                if pos_ok and (not trigger.needs or trigger.needs & lemmas) and not trigger.unless & lemmas:
                    found.append((token, trigger))
                    break
        found += self._refusals(sent, found)
        return sorted(found + self._ultimatums(sent, found), key=lambda found_trigger: found_trigger[0].index)

    def _ultimatums(self, sent: Sentence, found: list[tuple[Token, Trigger]]) -> list[tuple[Token, Trigger]]:
        """A consequence a speaker promises is a threat by the speaker, whatever the speech verb: on what
        another side fails to do ("заявил, что если Греция не прекратит провокации, Анкара ответит"), or as
        an answer to its act ("заявил, что решение Кишинева не останется без ответа")."""
        tokens = sent.tokens

        def head_of(t: Token) -> Token | None:
            return tokens[t.head] if 0 <= t.head < len(tokens) else None

        def negated(t: Token) -> bool:
            return any(c.head == t.index and c.lemma in self.lexicon.negation for c in tokens)

        speakers = []
        for mark, condition, consequence in _if_clauses(tokens):
            if negated(condition) and self._promised(sent, consequence):
                speakers.append((head_of(consequence), mark.index))
        for answer in (t for t in tokens if t.lemma == "ответ" and head_of(t) is not None
                       and _has_preposition(sent, [t.index], {"без"})):
            verb = head_of(answer)
            if verb.lemma in self.lexicon.unanswered_verbs and negated(verb):
                speakers.append((head_of(verb), len(tokens)))
        triggered = {token.index for token, _ in found}
        result = []
        for speech, before in speakers:
            # The speech verb says it: before the condition, not yet a trigger of its own.
            if speech is None or speech.lemma not in self.lexicon.speech_verbs or speech.index in triggered \
                    or speech.index > before:
                continue
            triggered.add(speech.index)
            result.append((speech, Trigger(speech.lemma, "VERB", "THREATEN", "directed", frozenset(), None)))
        return result

    def _condition_subjects(self, sent: Sentence, speech: Token, mentions: list[ActorMention]) -> list[ActorMention]:
        """The mentions that are subjects of an "если" clause the speech verb governs."""
        tokens = sent.tokens
        conditions = {condition.index for _, condition, consequence in _if_clauses(tokens) if consequence.head == speech.index}
        return [m for m in mentions if tokens[m.first_token].head in conditions
                and tokens[m.first_token].rel.startswith("nsubj")]

    @staticmethod
    def _promised(sent: Sentence, verb: Token) -> bool:
        """Is the verb told as what will or may come ("ответит", "будет действовать", "может обратиться")?"""
        return verb.feats.get("Tense") == "Fut" or verb.lemma == "мочь" or any(
            t.head == verb.index and t.lemma in ("быть", "мочь") and t.feats.get("Tense") in ("Fut", "Pres")
            for t in sent.tokens)

    def _refusals(self, sent: Sentence, found: list[tuple[Token, Trigger]]) -> list[tuple[Token, Trigger]]:
        """"отказался подписывать декларацию": a refusing verb over the infinitive of a commitment is a
        REJECT, though its object is none of the refusal trigger's words."""
        triggered = {token.index: trigger for token, trigger in found}
        result = []
        for infinitive in sent.tokens:
            refusal = self._refusal_over(sent, infinitive)
            own = triggered.get(infinitive.index)
            if refusal is None or (own is not None and own.kind not in ("sign", "agree")):
                continue
            governor, trigger = refusal
            if governor.index not in triggered:
                triggered[governor.index] = trigger
                result.append((governor, replace(trigger, needs=frozenset())))
        return result

    def _refusal_over(self, sent: Sentence, token: Token) -> tuple[Token, Trigger] | None:
        """The refusing verb governing the infinitive of a commitment, with its REJECT trigger, or None."""
        if token.lemma not in self.lexicon.refused_commitments or token.feats.get("VerbForm") != "Inf":
            return None
        governor = self._infinitive_governor(sent, token)
        trigger = next((t for t in self.lexicon.triggers.get(governor.lemma, ()) if t.type == "REJECT"
                        and t.lemma in self.lexicon.negating_verbs), None) if governor is not None else None
        return (governor, trigger) if trigger is not None else None

    def _sentence_events(self, doc: CleanDocument, sent: Sentence, mentions: list[ActorMention],
                         dates: DocumentDates, story: _Story,
                         by_sentence: dict[int, list[ActorMention]]) -> list[Event]:
        triggers = self._triggers(sent)
        has_meeting = any(t.kind in ("meet", "receive", "discuss") for _, t in triggers)
        events: list[Event] = []
        if story.pending is not None and not has_meeting and self._lists_attendees(sent):
            attendees = [m.actor for m in _distinct(mentions) if m.actor.kind == "person" and m.case in ("Nom", None)]
            p_sent, p_token, p_trigger, p_mentions, p_adverbials = story.pending
            story.pending = None
            event = self._event(doc, p_sent, p_token, p_trigger, p_mentions, dates, story, by_sentence,
                                p_adverbials, attendees=attendees)
            if event is not None:
                event.mentions.append(EventMention(doc.doc_id, doc.path, sent.text, sent.start, sent.end))
                events.append(event)
                story.told.append(event)
                story.last_event = story.last_meeting = event
        adverbials = self._time_adverbials(sent, triggers, mentions)
        for token, trigger in triggers:
            label = f"'{token.text}' {trigger.type}/{trigger.kind}"
            reason = self._skip_reason(sent, token, trigger, mentions, story, triggers, adverbials)
            if reason:
                story.note(sent.index, f"{label}: skipped, {reason}")
                continue
            hosts = self._visit_hosts(sent, token, self._clause(sent, token)[1]) if trigger.kind == "visit" else []
            gapped = self._gapped(sent, token, mentions)
            event = self._event(doc, sent, token, trigger, mentions, dates, story, by_sentence, adverbials,
                                hosts=hosts[:1], gapped=gapped)
            story.note(sent.index, f"{label}: " + (_describe(event) if event else
                                                    "no event, fewer than two parties in its clause"))
            more: list[Event | None] = []  # a tour's other visits, or the separate calls of one sentence
            if event is not None and len(hosts) > 1 and [entity_key(a) for a in event.recipient] == [entity_key(hosts[0])]:
                # "посетит Панаму, Сальвадор и Гватемалу": one visit to each host.
                more = [self._event(doc, sent, token, trigger, mentions, dates, story, by_sentence, adverbials,
                                    hosts=[h]) for h in hosts[1:]]
                for visit in more:
                    story.note(sent.index, f"{label}: " + (_describe(visit) if visit else "no event"))
            if event is not None and not more:
                more = list(self._separate_calls(sent, token, event, mentions))
                event = event if not more else None
            if event is not None and trigger.kind == "meet" and event.event == "CONCEDE" \
                    and len(event.actor) == 2 and not event.recipient:
                # "провели обмен военнопленными": an exchange is each side's act toward the other.
                first, second = event.actor
                more = [replace(event, actor=[first], recipient=[second]), replace(event, actor=[second], recipient=[first])]
                event = None
            if event is not None and gapped is None and not more:
                redated = self._gapped_date(sent, token, dates, story)
                if redated is not None:
                    # "Финляндия 18 ноября закрыла четыре пункта, а 24 ноября — еще три": the same act again.
                    more.append(replace(event, date=redated, date_precision="day"))
                    story.note(sent.index, f"{label} (gapped date): " + _describe(more[-1]))
            if event is not None and gapped is not None:
                # "ХАМАС освободил трех израильтян, а Израиль — 183 заключенных": the same act by another.
                after = [m for m in mentions if m.first_token > gapped.last_token and m.case != "Nom"
                         and entity_key(m.actor) != entity_key(gapped.actor)]
                more.append(replace(event, actor=[gapped.actor], recipient=[m.actor for m in _distinct(after)][:1]))
                story.note(sent.index, f"{label} (gapped): " + _describe(more[-1]))
            for event in [event, *more]:
                if event is None:
                    continue
                events.append(event)
                story.told.append(event)
                story.last_event = event
                if event.event == "CONSULT" and event.auxiliary in (None, "historical"):
                    story.last_meeting = event
        self._advance_context(sent, dates, story, events)
        story.protests_told = story.protests_told or any(t.type == "PROTEST" for _, t in triggers)
        return events

    def _advance_context(self, sent: Sentence, dates: DocumentDates, story: _Story, events: list[Event]) -> None:
        """Move the story's date to the last date this sentence stated or an event of it took place on."""
        for expr in (e for e in dates.expressions if e.sentence == sent.index and not e.background):
            value = resolve(expr, dates.published, story.context_date)
            if value is None:
                continue
            if expr.kind in ("month", "year") and dates.published is not None and value.year \
                    and value.to_date() > dates.published:
                continue  # "посетить Бразилию в следующем году": a plan's rough date is no day the story is on
            if self._recalls_earlier(sent, expr, value, story.context_date):
                continue
            story.context_date = value
        happened = [e for e in events if e.auxiliary is None and e.date is not None]
        if happened:
            story.context_date = happened[-1].date

    @staticmethod
    def _recalls_earlier(sent: Sentence, expr: TimeExpression, value: PartialDate,
                         context: PartialDate | None) -> bool:
        """"Эта акция, предпринятая 11 февраля, стала ...": an earlier date in a participle describing a
        noun that points back dates what the noun names, not the story's present, which stays where it was."""
        if context is None or context.year is None or value.year is None or value.to_date() >= context.to_date():
            return False
        tokens = sent.tokens
        first = next((t for t in tokens if expr.start <= t.start < expr.end), None)
        if first is None:
            return False
        for t in _path_up(tokens, first.index)[1:]:
            if t.rel == "acl" and t.feats.get("VerbForm") == "Part" and t.head >= 0:
                # the described noun points back to something told before: "эта акция", "тот визит"
                return any(d.head == t.head and d.lemma in ANAPHORIC_DETERMINERS for d in tokens)
        return False

    def _frames(self, sent: Sentence, token: Token) -> bool:
        """Is the trigger noun the frame of its sentence ("по итогам встречи", "в ходе переговоров")?"""
        if token.pos not in ("NOUN", "PROPN"):
            return False
        opener = _opener(sent, token)
        before = opener.lemma if opener else ""
        head = sent.tokens[token.head].lemma if token.head >= 0 else ""
        return (before in FRAME_NOUNS or head in FRAME_NOUNS) and "формат" not in (before, head)

    def _names_other_parties(self, sent: Sentence, token: Token, mentions: list[ActorMention], meeting: Event) -> bool:
        """"по итогам встречи Путина и Трампа, состоявшейся 10 марта" after the talks of their envoys:
        the genitive names the parties of another meeting, told as having taken place of its own."""
        tokens = sent.tokens
        members = {token.index}
        for t in tokens[token.index + 1 :]:
            if t.head in members and (t.rel in ("nmod", "conj") or t.rel.startswith("flat")):
                members.add(t.index)
        own = [m for m in mentions if m.case == "Gen" and m.first_token in members]
        known = {entity_key(a) for a in meeting.actor + meeting.recipient}
        took_place = any(t.head == token.index and t.rel == "acl" and t.feats.get("VerbForm") == "Part"
                         and t.lemma in self.lexicon.light_verbs for t in tokens)
        return took_place and bool(own) and not any(entity_key(m.actor) in known for m in own)

    def _is_topic(self, sent: Sentence, token: Token) -> bool:
        """Is the trigger noun (or the noun it hangs from) the object of "о"/"про"?"""
        nodes = [token.index]
        if token.head >= 0 and sent.tokens[token.head].pos == "NOUN":
            nodes.append(token.head)
        return _has_preposition(sent, nodes, TOPIC_PREPOSITIONS)

    def _asserting(self, sent: Sentence, token: Token) -> Token:
        """The verb a nominal trigger is stated by, through carrier nouns ("привела войска в состояние
        готовности" -> "привела"); a verb trigger itself."""
        node = token
        for _ in range(3):
            if node.pos == "VERB" or node.head < 0:
                break
            head = sent.tokens[node.head]
            if node is not token and not self._carries(sent, node):
                break
            node = head
        return node if node.pos == "VERB" else token

    def _announced_act(self, sent: Sentence, token: Token, trigger: Trigger) -> bool:
        """"Вашингтон объявил о снятии санкций", "договорились о прекращении огня и об отводе войск": a
        directed act announced or agreed on by the ones who perform it."""
        node = _first_conjunct(sent, token)
        # "объявила о новом пакете военной помощи Украине": what the carrier noun hangs from announces.
        carrier = sent.tokens[node.head] if node.head >= 0 else None
        head = self._past_carriers(sent, carrier) if carrier is not None else None
        # "принял решение о разрыве отношений", "подписал указ о введении пошлин": who decides acts.
        return trigger.kind == "directed" and head is not None and (
            head.lemma in self.lexicon.announcing_verbs or head.lemma in self.lexicon.future_governors
            or (self._carries(sent, carrier) and head.pos == "VERB"))

    def _carries(self, sent: Sentence, noun: Token) -> bool:
        """Does the carrier noun pass on what hangs from it to its own head? A decision does only when
        taken ("принял решение о разрыве"), not when judged ("не признает решение о разрыве")."""
        if noun.lemma not in self.lexicon.carrier_nouns or noun.head < 0:
            return False
        return noun.lemma not in self.lexicon.decision_nouns \
            or sent.tokens[noun.head].lemma in self.lexicon.deciding_verbs

    def _past_carriers(self, sent: Sentence, head: Token) -> Token:
        """The word a chain of carrier nouns ("раунд", "пакет") hangs from, or `head` itself."""
        for _ in range(MAX_GOVERNORS):  # bounded: a parse may hold a cycle
            if not self._carries(sent, head):
                break
            head = sent.tokens[head.head]
        return head

    def _asserted_noun(self, sent: Sentence, token: Token, mentions: list[ActorMention]) -> bool:
        """Is a nominal trigger stated as happening: a verb's argument, "в ходе/по итогам" X, or "X с Y"?"""
        first = _first_conjunct(sent, token)  # "о прекращении огня и об отводе войск": as the list's first
        if first.head < 0:
            return True
        head = sent.tokens[first.head]
        previous = sent.tokens[token.index - 1] if token.index else None
        if any(t is not None and ANNIVERSARY.search(t.lemma) for t in (head, previous)):
            return False  # "20-летия подписания Договора": an anniversary recalls, it does not report
        head = self._past_carriers(sent, head)  # "провести раунд консультаций": what the carrier's head asserts
        if head.pos in ("VERB", "AUX") or head.lemma in FRAME_NOUNS or head.lemma in self.lexicon.future_governors:
            return True  # "договоренность о проведении заседания" states the agreed meeting
        if head.lemma in self.lexicon.document_nouns and head.index < token.index:
            return False  # "План консультаций между министерствами": the title of a document
        return any(self._governed_by(sent, m, token) for m in mentions)

    def _skip_reason(self, sent: Sentence, token: Token, trigger: Trigger, mentions: list[ActorMention],
                     story: _Story, triggers: list[tuple[Token, Trigger]],
                     adverbials: list[tuple[int, int, Token]]) -> str | None:
        """Why a trigger states no event of its own, or None."""
        # "Сразу после саммита ... совершит визит": a meeting that only dates the visit frames nothing.
        has_meeting = any(t.kind in ("meet", "receive", "discuss") and not self._dates_only(sent, other)
                          for other, t in triggers)
        if any(m.first_token <= token.index <= m.last_token and not m.implied for m in mentions):
            return "a word of an actor's name"  # "по протестующим"
        if trigger.pos == "VERB" and token.feats.get("VerbForm") == "Part" and token.rel in ("amod", "acl"):
            return "a participle describing a noun"  # "освободить задержанных журналистов"
        # A travel verb does not tell a meeting hung on it ("отправился в Париж, где провел переговоры", as
        # the parser may attach "переговоры"): the visit is the one framed out.
        if trigger.pos == "NOUN" and token.rel == "obj" and any(
                other.index == token.head and t.type == trigger.type and other is not token
                and not (t.kind == "visit" and trigger.kind in ("meet", "receive", "discuss")) for other, t in triggers):
            return "the object of a verb telling the same act"  # "направило ... гуманитарную помощь"
        if self.lexicon.not_political & {t.lemma for t in sent.tokens}:
            return "sport or culture, not a political event"  # "в полуфинале встретится с ..."
        if sent.text.rstrip().endswith("?"):
            return "a question asserts nothing"  # "— Переговоры сорваны окончательно?": the interviewer asks
        governor = self._infinitive_governor(sent, token) if trigger.pos == "VERB" else None
        if governor is not None and self.lexicon.asks(governor.lemma):
            return "the act a request asks for"  # "потребовала освободить журналистов": the request is the event
        head = sent.tokens[token.head] if trigger.pos == "NOUN" and 0 <= token.head < len(sent.tokens) else None
        if head is not None and head.pos == "VERB" and self.lexicon.asks(head.lemma) and trigger.kind == "directed":
            return "the act a request asks for"  # "предостерег США от поставок оружия Тайваню"
        if governor is not None and "THREATEN" in self.lexicon.types_of(governor.lemma):
            return "the act a threat promises"  # "пригрозил ввести пошлины": the threat is the event
        if governor is not None and trigger.type != "CONSULT" and governor.lemma in self.lexicon.agreeing_verbs:
            # "договорились восстановить отношения": the agreement is the event; an agreed meeting is
            # told as one too ("договорились провести переговоры").
            return "the act an agreement is about"
        if trigger.type == "REQUEST" and trigger.pos == "VERB" and any(
                t.lemma in self.lexicon.courtesy_nouns and 0 <= t.head < len(sent.tokens)
                and sent.tokens[t.head].head == token.index and sent.tokens[t.head].feats.get("VerbForm") == "Inf"
                for t in sent.tokens):
            return "a courtesy passed on, not a request"  # "попросил передать приветствие президенту"
        if trigger.kind in ("sign", "agree") and self._refusal_over(sent, token) is not None:
            return "a commitment refused, the refusal is the event"  # "отказался подписывать декларацию"
        if trigger.kind == "visit" and has_meeting:
            return "a visit that frames a meeting in the same sentence"  # "в ходе визита ... встретился"
        if trigger.kind == "discuss" and any(other.index < token.index and t.kind in ("meet", "receive")
                                             for other, t in triggers):
            return "the topic of a meeting told earlier in the sentence"  # "провел разговор ..., обсудил ..."
        if self._is_attendance(sent, token, trigger, mentions):
            return "attendees of a meeting told before"  # "во встрече приняли участие ..."
        if trigger.pos == "NOUN" and 0 <= token.head < len(sent.tokens) \
                and sent.tokens[token.head].lemma in self.lexicon.report_nouns \
                and _has_preposition(sent, [token.index], TOPIC_PREPOSITIONS):
            return "the topic of a report, a claim told of"  # "опровергло сообщения о переброске войск"
        if trigger.pos == "NOUN" and not self._asserted_noun(sent, token, mentions):
            return "a noun inside a noun phrase asserts nothing"  # "успеха предстоящего саммита"
        if trigger.type == "CONSULT" and story.last_meeting is not None and self._frames(sent, token) \
                and not self._names_other_parties(sent, token, mentions, story.last_meeting):
            return "frames the meeting told before"  # "по итогам переговоров ..."
        for first, last, adverbial in adverbials:
            inside = {entity_key(m.actor) for m in mentions if first <= m.first_token <= last}
            if adverbial is token and any(inside & {entity_key(a) for a in e.actor + e.recipient}
                                          for e in story.told if e.event == "CONSULT"):
                return "a meeting told before, dating this sentence"  # "После беседы с Путиным ..."
        return None

    def _visitors(self, sent: Sentence, token: Token, trigger: Trigger,
                  in_clause: list[ActorMention]) -> list[ActorMention]:
        """Genitives of a visit noun whose verb's subject is not the visitor: "отменила визит
        Оверчука", "визит премьера начнется" — but not "Путин совершил визит"."""
        if trigger.kind != "visit" or token.pos != "NOUN" or token.head < 0:
            return []
        governor = sent.tokens[token.head]
        if governor.pos not in ("VERB", "AUX") or (governor.lemma in self.lexicon.light_verbs and token.rel == "obj"):
            return []
        tokens = sent.tokens

        def after_the_trigger(m: ActorMention) -> bool:
            # Attached to the noun, or right after its own phrase ("визит в Баку вице-премьера"),
            # which the parser often hangs on the verb.
            if self._governed_by(sent, m, token):
                return True
            between = tokens[token.index + 1 : m.first_token]
            return m.first_token > token.index and all(token.index <= t.head < m.first_token for t in between)
        return [m for m in in_clause if m.case == "Gen" and m.actor.kind == "person" and after_the_trigger(m)]

    def _gapped(self, sent: Sentence, token: Token, mentions: list[ActorMention]) -> ActorMention | None:
        """The subject of a clause that repeats the trigger verb by gapping: "..., а Израиль — сотни"."""
        if token.pos != "VERB":
            return None
        tokens = sent.tokens
        for m in mentions:
            if m.first_token >= token.index + 2 and m.case == "Nom" and _gapping(tokens, m.first_token, m.last_token, ("а", "но")):
                return m
        return None

    def _accused_of(self, sent: Sentence, token: Token, trigger: Trigger,
                    in_clause: list[ActorMention]) -> _Parties | None:
        """"МИД Кыргызстана обвинил таджикскую сторону в обстреле сел": the act one is accused of is the
        accused's, aimed at the accuser's state."""
        if token.pos != "NOUN" or trigger.kind != "directed" or not 0 <= token.head < len(sent.tokens):
            return None
        verb = sent.tokens[token.head]
        if verb.lemma not in self.lexicon.accusing_verbs or not _has_preposition(sent, [token.index], {"в", "во"}):
            return None
        accused = self._accused(sent, in_clause, verb)
        accusers = [m for m in in_clause if m.first_token < verb.index and m.case == "Nom" and m.actor.country]
        if not accused or not accusers:
            return None
        return _Parties(accused, [], [_state_mention(self.countries, accusers[0])])

    @staticmethod
    def _infinitive_governor(sent: Sentence, token: Token) -> Token | None:
        """The word an infinitive trigger completes, through a list of infinitives ("призвал прекратить
        ... и отвести войска", "призыв отвести войска")."""
        if token.feats.get("VerbForm") != "Inf":
            return None
        node = _first_conjunct(sent, token)
        return sent.tokens[node.head] if 0 <= node.head < len(sent.tokens) else None

    def _gapped_date(self, sent: Sentence, token: Token, dates: DocumentDates, story: _Story) -> PartialDate | None:
        """The date of a gapped clause that repeats a verb trigger with another date and no verb of its
        own: ", а 24 ноября — еще три"."""
        if token.pos != "VERB":
            return None
        tokens = sent.tokens
        for expr in dates.expressions:
            if expr.sentence != sent.index or expr.kind != "explicit":
                continue
            first = next((t.index for t in tokens if t.start >= expr.start), None)
            last = next((t.index for t in reversed(tokens) if t.end <= expr.end), None)
            if first is None or last is None or first < token.index + 2:
                continue
            if _gapping(tokens, first, last, ("а", "и")) and not any(
                    t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" for t in tokens[last + 2 :]):
                return resolve(expr, dates.published, story.context_date)
        return None

    def _separate_calls(self, sent: Sentence, token: Token, event: Event, mentions: list[ActorMention]) -> list[Event]:
        """"обсуждал ситуацию по телефону и с Трампом, и с Нетаньяху": a call with each partner
        named after its own "с" — calls are two-party; "провел отдельные беседы с министрами A, B и C":
        meetings said to be separate are one with each partner."""
        if event.event != "CONSULT":
            return []
        tokens = sent.tokens
        keys = {entity_key(a) for a in event.actor + event.recipient}
        if token.pos == "NOUN" and token.feats.get("Number") == "Plur" and any(
                t.head == token.index and t.lemma in self.lexicon.separate_words for t in tokens):
            hosts = {entity_key(m.actor) for m in mentions if m.case == "Nom" and entity_key(m.actor) in keys}
            callers = [a for a in event.actor + event.recipient if entity_key(a) in hosts]
            others = [a for a in event.actor + event.recipient if entity_key(a) not in hosts]
            if len(callers) == 1 and len(others) >= 2:
                return [_pair(event, callers[0], other) for other in others]
        if "receive" in self.lexicon.kinds_of(token.lemma) and token.pos == "VERB" and token.feats.get("Voice") != "Pass" and len(event.actor) == 1 \
                and len(event.recipient) >= 2 and all(a.kind == "person" for a in event.recipient):
            # "президента Бразилии приняли премьер Ли Цян и председатель ПК ВСНП Чжао Лэцзи": each host
            # receives the guest in a meeting of his own.
            return [replace(event, recipient=[host]) for host in event.recipient]
        if event.channel not in ("phone", "video"):
            return []
        parties = event.actor + event.recipient
        if token.pos == "NOUN" and token.feats.get("Number") == "Plur" and not plural_only(token.lemma):
            # a plural of calls ("провел телефонные разговоры с A и B"; not "переговоры", which has no
            # singular): one call with each party not named as the caller
            named = {entity_key(m.actor) for m in mentions if m.case == "Nom"}
            callers = [a for a in parties if entity_key(a) in named]
            partners = _distinct([m for m in mentions if entity_key(m.actor) in keys - named])
        else:
            # each partner after a "с" of its own: "и с Трампом, и с Нетаньяху", "с советником Индии
            # Довалом и с советником Пакистана Маликом"
            marked = {id(m): self._partner_marker(sent, m) for m in mentions if entity_key(m.actor) in keys}
            partners = _distinct([m for m in mentions if marked.get(id(m)) is not None])
            if len({marked[id(m)] for m in partners}) < len(partners):
                return []
            callers = [a for a in parties if entity_key(a) not in {entity_key(m.actor) for m in partners}]
        if len(partners) < 2 or len(callers) != 1:
            return []
        return [replace(event, actor=[callers[0], m.actor], recipient=[]) for m in partners]

    def _invited(self, sent: Sentence, token: Token, trigger: Trigger,
                 in_clause: list[ActorMention]) -> list[ActorMention]:
        """The objects of the verb inviting to a visit ("пригласил Путина посетить Тегеран")."""
        if trigger.kind != "visit":
            return []
        inviter = next((g for g in self._governors(sent, token) if g.lemma in self.lexicon.inviting_verbs), None)
        if inviter is None:
            return []
        # The parser may hang the invited on the infinitive ("пригласил российского коллегу посетить"):
        # an accusative between the two verbs is the guest all the same.
        return [m for m in in_clause if m.first_token > inviter.index and m.case != "Nom"
                and (self._governed_by(sent, m, inviter)
                     or (m.last_token < token.index and m.case in ("Acc", "Gen") and m.actor.kind == "person"))]

    def _states_act(self, sent: Sentence, token: Token) -> bool:
        """Is the trigger a verb, or a noun a verb asserts ("совершит визит"), not one inside a noun
        phrase or a time adverbial ("об итогах визита", "после визита")?"""
        if token.pos == "VERB":
            return True
        head = sent.tokens[token.head] if token.head >= 0 else None
        return head is not None and head.pos in ("VERB", "AUX") and not self._dates_only(sent, token)

    def _time_adverbials(self, sent: Sentence, triggers: list[tuple[Token, Trigger]],
                         mentions: list[ActorMention]) -> list[tuple[int, int, Token]]:
        """Token spans of meetings that only date the clause, with their partner: "[После беседы с
        Путиным] Трамп провел разговор с Зеленским"."""
        spans = []
        for token, trigger in triggers:
            if trigger.type != "CONSULT" or not self._dates_only(sent, token):
                continue
            first = _opener(sent, token).index
            last = token.index
            if token.index + 1 < len(sent.tokens) and sent.tokens[token.index + 1].lemma in ("с", "со"):
                partner = next((m for m in mentions if m.first_token == token.index + 2), None)
                last = partner.last_token if partner else last
            spans.append((first, last, token))
        return spans

    def _dates_only(self, sent: Sentence, token: Token) -> bool:
        """Is the trigger noun inside a time adverbial ("после саммита", "накануне встречи")?"""
        opener = _opener(sent, token)
        return token.pos in ("NOUN", "PROPN") and opener is not None and opener.lemma in TIME_PREPOSITIONS

    def _lists_attendees(self, sent: Sentence) -> bool:
        """"В ней приняли участие ...", "Участвовали также ...": a list of who took part."""
        return any(t.lemma in self.lexicon.participation_words or t.lemma == "участник" for t in sent.tokens)

    def _taken_part_in(self, sent: Sentence, token: Token) -> bool:
        """Is the meeting noun what its sentence's subject takes part in: "примет участие в заседании",
        "прибыл для участия во встрече"? Not when the participation only tells why a guest of another
        meeting came ("встретился с Токаевым, прибывшим для участия в саммите")."""
        tokens = sent.tokens
        if token.head < 0 or not any(t.head == token.index and t.rel == "case" and t.lemma in ("в", "во") for t in tokens) \
                or tokens[token.head].lemma not in self.lexicon.participation_words \
                or "meet" not in self.lexicon.kinds_of(token.lemma):
            return False
        taking_part = tokens[token.head]
        light = taking_part.head if taking_part.rel == "obj" else None  # "принять участие" is no reception
        if any(t is not token and t.index != light and self.lexicon.kinds_of(t.lemma) & {"meet", "receive"}
               for t in tokens):
            return False
        return not any(t.feats.get("VerbForm") == "Part" for t in _path_up(tokens, taking_part.index)[1:])

    def _attended_body(self, sent: Sentence, token: Token, in_clause: list[ActorMention]) -> list[ActorMention]:
        """The organizations whose meeting a party takes part in: "участие в саммите БРИКС",
        "для участия во встрече министров иностранных дел стран НАТО"."""
        if not self._taken_part_in(sent, token):
            return []
        return [m for m in in_clause if m.actor.kind == "organization" and m.case == "Gen"
                and m.first_token > token.index and self._within_phrase(sent, m, token)]

    @staticmethod
    def _within_phrase(sent: Sentence, mention: ActorMention, head: Token) -> bool:
        """Does the mention hang, through any chain of words, from `head`?"""
        return any(t.index == head.index for t in _path_up(sent.tokens, mention.first_token)[1:])

    def _is_attendance(self, sent: Sentence, token: Token, trigger: Trigger, mentions: list[ActorMention]) -> bool:
        """"Во встрече также приняли участие ..." of one side's aides: no meeting of its own.

        Attendees of two or more countries ("в саммите приняли участие президенты ...") make
        the meeting itself and are kept; so does one taking part in a body's meeting ("примет участие
        в саммите БРИКС"). Taking part in a protest ("в акции приняли участие тысячи") is protesting.
        """
        if trigger.type == "PROTEST" or self._attended_body(sent, token, mentions):
            return False
        lemmas = {t.lemma for t in sent.tokens}
        before = sent.tokens[token.index - 1].lemma if token.index else ""
        if not (self.lexicon.participation_words & lemmas and before in ("в", "во")):
            return False
        return len({m.actor.country for m in mentions if m.actor.country}) < 2

    # -- one event -------------------------------------------------------------------------

    def _event(self, doc: CleanDocument, sent: Sentence, token: Token, trigger: Trigger,
               mentions: list[ActorMention], dates: DocumentDates, story: _Story,
               by_sentence: dict[int, list[ActorMention]], adverbials: list[tuple[int, int, Token]],
               attendees: list[Actor] | None = None, hosts: list[Actor] | None = None,
               gapped: ActorMention | None = None) -> Event | None:
        first, last = self._clause(sent, token)
        if gapped is not None:
            last = min(last, gapped.first_token - 1)  # the gapped clause is another event's
        expression = self._date_expression(dates.expressions, sent, token, self._hard_clause(sent, token))
        if trigger.kind == "agree" and expression is not None and dates.published is not None:
            # "Условлено провести встречу в октябре": a date ahead is the agreed event's, not the agreement's.
            value = resolve(expression, dates.published, story.context_date)
            if value is not None and value.year and value.to_date() > dates.published:
                expression = None
        # "отложил введение пошлин", "отменили санкции": easing a sanction is a concession, whose
        # mode is the easing verb's own.
        easing = next((g for g in self._governors(sent, token)[:2] if g.lemma in self.lexicon.easing_verbs), None) \
            if trigger.type == "SANCTION" else None
        if easing is not None:
            trigger = replace(trigger, type="CONCEDE")
        in_clause = [m for m in mentions if first <= m.first_token <= last]
        # Parties of a meeting that only dates the clause are not this trigger's: "После беседы с Путиным ...".
        for a_first, a_last, _adverbial in adverbials:
            if not a_first <= token.index <= a_last:
                in_clause = [m for m in in_clause if not a_first <= m.first_token <= a_last]
        if trigger.pos == "NOUN" and self._is_topic(sent, token) and not self._announced_act(sent, token, trigger) \
                and trigger.kind != "praise":  # "заявили о поддержке Киева": who declares support gives it
            # "рассказал о подготовке визита Путина": the speaker is not a participant.
            in_clause = [m for m in in_clause if self._governed_by(sent, m, token) or self._partner_marker(sent, m) is not None]
        elif trigger.pos == "NOUN" and trigger.kind == "directed" and token.rel == "obj" and 0 <= token.head < len(sent.tokens) \
                and sent.tokens[token.head].lemma in self.lexicon.judging_verbs:
            # "Госдепартамент приветствовал отзыв законопроекта": the judge did not do the act it judges.
            in_clause = [m for m in in_clause if self._governed_by(sent, m, token)]
        listed = self._listed_participants(sent, token, trigger, in_clause)
        parties = _Parties(listed, [], []) if listed else self._parties(sent, token, trigger, in_clause, mentions)
        accused = self._accused_of(sent, token, trigger, in_clause)
        if accused is not None:
            parties = accused
        hosting_body = self._attended_body(sent, token, in_clause)
        if hosting_body and not listed:
            # "Россия примет участие в саммите БРИКС": the attendee meets the body whose meeting it is.
            parties = _Parties(parties.subjects, parties.partners + hosting_body, parties.objects)
        if trigger.kind == "sign" and parties.subjects:
            # "министры подписали План консультаций между министерствами ...": the parties named
            # inside the signed document's title are not its signers.
            parties = _Parties(parties.subjects, [m for m in parties.partners if m.first_token < token.index],
                               parties.objects)
        confidence = CONFIDENCE_DIRECT if trigger.pos == "VERB" else CONFIDENCE_NOMINAL
        reciprocal = self._reciprocal(sent)
        # Persons, and countries named as subjects or partners, are parties in their own right.
        named = [m for m in parties.all() if not m.plural_reference
                 and (m.actor.kind == "person" or m.case in ("Nom", "Ins"))]
        groups = [m for m in parties.all() if m.plural_reference]
        actors_list: list[Actor]
        recipients: list[Actor] = []
        inherited = False
        told_meeting = story.last_meeting  # the meeting an inheriting sentence tells on
        # Directed acts ("Эр-Рияд разорвал отношения") are not told on from the story's meeting:
        # they inherit parties only through a plural reference or a reciprocal.
        tells_on = trigger.kind not in ("directed", "praise") and (not named or self._refers_to_story(sent, trigger))
        if attendees is None and len(_distinct(named)) < 2 and (groups or reciprocal or tells_on):
            on_date = resolve(expression, dates.published, story.context_date) if expression else None
            earlier, ranked = self._story_participants(story, sent, by_sentence, on_date, groups)
            if ranked is not None:
                told_meeting = ranked
            if earlier:
                inherited = True
                confidence = CONFIDENCE_INHERITED
                parties = _Parties([], [], [])
                actors_list = earlier
        if not inherited:
            if trigger.kind in ("congratulate", "praise", "directed") and not reciprocal:
                actors_list = [m.actor for m in _distinct(parties.subjects or parties.partners)]
                recipients = [m.actor for m in _distinct(parties.objects + (parties.partners if parties.subjects else []))]
            elif trigger.kind == "receive" and token.feats.get("Voice") == "Pass":
                actors_list = [m.actor for m in _distinct(parties.subjects)]  # the one received
                recipients = [m.actor for m in _distinct(parties.objects)]
            elif trigger.kind == "receive":
                actors_list = [m.actor for m in _distinct(parties.objects + parties.partners)]
                recipients = [m.actor for m in _distinct(parties.subjects)]
            elif visitors := self._visitors(sent, token, trigger, in_clause):
                # "отменила визит в Баку вице-премьера Оверчука": the visit is the genitive's, not the canceller's.
                actors_list = [m.actor for m in _distinct(visitors)]
            elif guests := self._invited(sent, token, trigger, in_clause):
                # "пригласил Путина посетить Тегеран": the invited is the visitor, the inviter the host.
                actors_list = [m.actor for m in _distinct(guests)]
                recipients = [m.actor for m in _distinct(parties.subjects) if m not in guests]
            else:
                chosen = parties.subjects + parties.partners
                if trigger.kind == "meet" and trigger.pos == "NOUN":
                    chosen += parties.objects  # "в телефонном разговоре поздравил Алиева": Aliyev took part
                if trigger.kind == "sign":
                    chosen += [m for m in parties.objects if m.actor.kind != "group"]
                actors_list = [m.actor for m in _distinct(chosen)]
        if trigger.type in self.lexicon.state_acts and not actors_list and not inherited \
                and self._agentless(sent, token):
            # "в Баку были задержаны граждане России", "в Минске задержали двух журналистов": with no
            # agent named, the state where it happened acts.
            # The place may be an actor's mention too: a capital opening the sentence ("В Минске ...").
            place = self._place(sent, token, first, last, [])
            if place is not None and place.country:
                actors_list = [self.countries.actor(place.country, place.name)]
                recipients = [a for a in recipients if a.country != place.country]
            else:
                # "По данным полиции, за время акции были задержаны 22 человека": the police the news
                # comes from made the arrests.
                source_end = self._source_opener_end(sent.tokens)
                actors_list = [m.actor for m in mentions if m.actor.sector == "COP"
                               and source_end is not None and m.last_token < source_end][:1]
                recipients = [a for a in recipients if a not in actors_list]
            if actors_list and not recipients and self._of_protests(sent, story):
                # "... были задержаны 22 человека" in a story of protests: the protesters.
                crowd = self._crowd(sent, token, in_clause, dates)
                recipients = [crowd] if crowd is not None else []
        if attendees:
            known = {entity_key(a) for a in actors_list + recipients}
            actors_list = actors_list + [a for a in attendees if entity_key(a) not in known]
        if trigger.type in DESTINATION_TYPES and trigger.kind == "directed" and not recipients and actors_list:
            destination = self._destination(sent, token, last, trigger.type)
            if destination is not None:
                recipients = [destination]  # "направило в Кыргызстан гуманитарную помощь"
        if trigger.kind in ("directed", "praise") and actors_list and not recipients and not inherited:
            # "Иран осудил удары", "приветствовал договоренность": an act named without its author is
            # the act the story told last, and its performers are the ones judged.
            recipients = self._authors_of_judged_act(sent, token, actors_list, story)
        if trigger.kind in ("directed", "praise") and actors_list and not recipients and not inherited:
            # "направил Путину письмо, в котором принес извинения": the letter's addressee.
            recipients = self._addressee_of_writing(sent, token, mentions)
        if trigger.type == "THREATEN" and trigger.lemma in self.lexicon.speech_verbs and not recipients:
            # "заявил, что если ХАМАС не вернет заложников, ...": the threat is to the one the condition is on.
            recipients = [m.actor for m in self._condition_subjects(sent, token, mentions)][:1]
        if trigger.type == "CONCEDE" and actors_list and not recipients and not inherited \
                and self._of_protests(sent, story):
            # "Правительство отозвало законопроект" in a story of protests: it yields to its own protesters.
            protesters = self._protesters_of_story(sent, token, story, dates)
            if all(a.country in (None, protesters.country) for a in actors_list):
                recipients = [protesters]
        if trigger.kind == "directed" and actors_list and not recipients and not inherited:
            # Protests and arrests are mostly domestic: their other side comes from their own sentence only.
            reach = 0 if trigger.type in self.lexicon.domestic_types else COUNTERPART_SENTENCES
            # An international body's strikes and troop moves are its members' forces', named elsewhere.
            bodies_may_act = trigger.type not in self.lexicon.force_types
            counterpart = self._counterpart(sent, actors_list, mentions, by_sentence, reach, bodies_may_act)
            if counterpart is not None:
                recipients = [counterpart]  # "В МИД России потребовали освободить журналистов": of the story's other side
            else:
                # "МВД Сербии отвергло эти обвинения": with no other state about, the ones who made them.
                recipients = self._authors_of_judged_act(sent, token, actors_list, story, claims=True)
            if not recipients and trigger.type in self.lexicon.state_acts:
                # "полиция применила водометы, чтобы вытеснить демонстрантов": force used on the protesters named.
                recipients = [m.actor for m in _distinct(mentions) if m.actor.office == PROTESTERS][:1]
            if not recipients and trigger.type in self.lexicon.force_types and self._of_protests(sent, story) \
                    and all(a.sector == "COP" for a in actors_list):
                # "Полиция применила водометы и слезоточивый газ" in a story of protests: on the protesters.
                recipients = [self._protesters_of_story(sent, token, story, dates)]
        if trigger.kind == "visit" and not recipients and len(actors_list) == 1 and not inherited \
                and self._states_act(sent, token):
            # "Си Цзиньпин совершит визит в Казахстан": with no host named, the host country.
            hosts = self._visit_hosts(sent, token, last)[:1] if hosts is None else hosts
            recipients = [h for h in hosts if h.country != actors_list[0].country]
        crowd = None
        if trigger.type == "PROTEST" and not inherited and not actors_list:
            # "Несколько тысяч человек собрались, протестуя ...": an unnamed crowd protests.
            crowd = self._crowd(sent, token, in_clause, dates)
            if crowd is not None:
                actors_list = [crowd]
                recipients = [a for a in recipients if a != crowd]
        if trigger.type == "PROTEST" and actors_list and not recipients:
            recipients = self._protest_demand_target(sent, mentions, actors_list)
        if token.lemma in self.lexicon.summoning_verbs and token.feats.get("Voice") != "Pass":
            # "вызвал посла Азербайджана Рахмана Мустафаева": the protest is made to the diplomat's state.
            recipients = list(dict.fromkeys(
                self.countries.actor(a.country) if a.kind == "person" and a.sector == "DIP" and a.country else a
                for a in recipients))
        actors_list = _drop_covered_countries(actors_list, recipients)
        recipients = _drop_covered_countries(recipients, actors_list)
        # "Финские власти задержали танкер ... между Финляндией и Эстонией": no one acts on itself.
        own = {entity_key(a) for a in actors_list}
        recipients = [a for a in recipients if entity_key(a) not in own]
        if trigger.kind == "directed":
            # "полиция Азербайджана провела обыск ... в Азербайджане": a body does not act on its own state.
            own_states = {a.country for a in actors_list if a.kind == "organization" and a.country}
            recipients = [a for a in recipients if not (a.kind == "country" and a.country in own_states)]
        # Protests, troop moves and withdrawals may have one party: "студенты вышли на митинг".
        alone = (trigger.type in self.lexicon.single_party_types and len(actors_list) == 1 and not recipients
                 and not inherited and (crowd is not None or any(
                     m.actor == actors_list[0] and self._subject_of(sent, m, self._asserting(sent, token))
                     for m in parties.subjects)))
        if (len(actors_list) + len(recipients) < 2 or not actors_list) and not alone:
            if trigger.type == "CONSULT" and not inherited and attendees is None and actors_list:
                story.pending = (sent, token, trigger, mentions, adverbials)  # the next sentence may list the rest
            return None
        if len({entity_key(a) for a in actors_list + recipients}) < 2 and not alone:
            return None

        event_date, precision = self._date(expression, dates, story, actors_list + recipients, sent, token)
        auxiliary = self._auxiliary(sent, easing or token, expression, event_date, dates.published)
        if trigger.type in self.lexicon.threatened_types and auxiliary in ("future", "hypothetical") \
                and recipients and self._conditional(sent):
            # "в случае продолжения давления Москва примет ответные меры": a punishment promised on a
            # condition is a threat, made when told.
            trigger = replace(trigger, type="THREATEN")
            speaker = self._speaker_of_state(sent, mentions, {a.country for a in actors_list})
            if speaker is not None:
                actors_list = [speaker]  # "Фицо заявил, что Словакия примет меры": Fico threatens
            event_date, precision = self._date(None, dates, story, actors_list + recipients)
            auxiliary = None
        if inherited and auxiliary in ("future", "hypothetical") and trigger.type == "CONSULT" \
                and not self._own_meeting(sent, token):
            # "Стороны договорились провести консультации заместителей министров": the agreed
            # meeting is between the states, not the leaders who agreed on it.
            actors_list, recipients = self._states_of(actors_list + recipients), []
        if auxiliary in ("future", "hypothetical") and expression is not None and event_date and dates.published:
            event_date = ahead(event_date, expression, dates.published)  # a planned or possible event lies ahead
        if trigger.kind == "visit" and not inherited and len(actors_list) == 1 and actors_list[0].kind == "person" \
                and len(recipients) == 1 and recipients[0].kind == "country" and event_date and event_date.year:
            # "Жапаров и Рахмон подписали договор. Таджикский лидер прибыл в Бишкек с визитом": the host
            # country's leader named just before is the host.
            recipients = [self._host_named_before(sent, actors_list[0], recipients[0], event_date.to_date(), by_sentence)]
        channel = self._channel(sent, token, trigger)
        place = self._place(sent, token, first, last, mentions)
        if place is None and channel is None and trigger.type == "CONSULT" and not (expression and expression.background):
            place = self._dateline_place(dates)  # "ЖЕНЕВА, 16 июня. ... провели переговоры": filed where it happened
        mode = None
        continues = (expression is None or expression.kind == "same_day") and auxiliary is None
        # "Договорились провести заседание в июне": a meeting the story's parties agreed on is theirs.
        agreed = auxiliary == "future" and any(g.lemma in self.lexicon.future_governors
                                               for g in self._governors(sent, token))
        if trigger.type == "CONSULT" and inherited and not (groups or reciprocal) and not continues and not agreed:
            return None  # "Накануне прошло заседание ...": a dated meeting of unnamed parties is not the story's
        if trigger.type == "CONSULT" and inherited and told_meeting is not None and channel is None and continues:
            # "В ходе встречи стороны обсудили ...": the same meeting, told on.
            meeting = told_meeting
            mode, actors_list, recipients = meeting.mode, meeting.actor, meeting.recipient
            place, channel = meeting.event_loc, meeting.channel
            event_date, precision, auxiliary = meeting.date, meeting.date_precision, meeting.auxiliary
        elif trigger.type == "CONSULT":
            mode, actors_list, recipients, place = self._consult_mode(
                sent, trigger, channel, place, actors_list, recipients, story, expression)
            channel = channel or "in_person"
            if channel == "in_person":
                place = self._city_of(place, dates, expression)
        elif inherited and told_meeting is not None:
            channel = channel or told_meeting.channel
            place = told_meeting.event_loc or place  # "по итогам встречи": where it was held
        if trigger.type in self.lexicon.domestic_types:
            # "полиция задержала более 100 участников акций" in Tbilisi: the police and the protesters are Georgia's.
            where = place or self._dateline_place(dates)
            actors_list = [_of_place(a, where) for a in actors_list]
            recipients = [_of_place(a, where) for a in recipients]
        coding = self.lexicon.coding(trigger.type, mode, trigger.kind)
        return Event(
            event=trigger.type,
            mode=mode,
            channel=channel,
            auxiliary=auxiliary,
            context=self._contexts(sent.text),
            date=event_date,
            date_precision=precision,
            actor=actors_list,
            recipient=recipients,
            event_loc=place,
            cameo=coding.cameo,
            quad_code=coding.quad,
            event_scale=coding.scale,
            confidence=confidence,
            trigger=token.text,
            quantity=self._quantity(sent.text) if trigger.kind == "sign" else None,
            mentions=[EventMention(doc.doc_id, doc.path, sent.text, sent.start, sent.end)],
        )

    def _of_protests(self, sent: Sentence, story: _Story) -> bool:
        """Does the sentence, or the story before it, tell of protests ("за время акции")?"""
        return story.protests_told or any("PROTEST" in self.lexicon.types_of(token.lemma) for token in sent.tokens)

    def _protesters_of_story(self, sent: Sentence, token: Token, story: _Story, dates: DocumentDates) -> Actor:
        """The protesters the story told of last, or the protesters of the place where it happens."""
        told = [a for e in story.told if e.event == "PROTEST" for a in e.actor if a.office == PROTESTERS]
        if told:
            return told[-1]
        return self._protesters_of_place(sent, token, [], dates, "протестующие")

    def _protesters_of_place(self, sent: Sentence, token: Token, in_clause: list[ActorMention],
                             dates: DocumentDates, text: str) -> Actor:
        """Protesters named plainly ("протестующие"), as the news names them; the place gives their country."""
        place = self._place(sent, token, 0, len(sent.tokens) - 1, in_clause) or self._dateline_place(dates)
        return _of_place(body_actor(body_of_office(PROTESTERS), None, text), place)

    @staticmethod
    def _agentless(sent: Sentence, token: Token) -> bool:
        """Is the verb trigger passive ("были задержаны") or an indefinite third-person plural with no
        subject ("задержали двух журналистов")?"""
        if token.pos != "VERB":
            return False
        if token.feats.get("Voice") == "Pass":
            return token.feats.get("Variant") == "Short"  # predicative, not "смерть задержанных"
        return token.feats.get("VerbForm") == "Fin" and token.feats.get("Number") == "Plur" \
            and token.feats.get("Person") in (None, "3") \
            and not any(t.head == token.index and t.rel.startswith("nsubj") for t in sent.tokens)

    def _clause(self, sent: Sentence, token: Token) -> tuple[int, int]:
        """Token range of the clause holding the trigger.

        Clauses break at "что", "который", colons and quotes, and before a reporting clause set
        off by a comma (", сообщил журналистам представитель МИД ..."): its speaker is the
        source of the news, not a participant.
        """
        tokens = sent.tokens
        speech_quotes = _speech_quotes(tokens)
        source_end = self._source_opener_end(tokens)

        def breaks(i: int) -> bool:
            if i == source_end or _opens_time_clause(tokens, i):
                return True
            t = tokens[i]
            return (t.lemma in CLAUSE_BREAKS or t.text in CLAUSE_BREAKS or i in speech_quotes
                    or (t.lemma in self.lexicon.speech_verbs and i > 0 and tokens[i - 1].text in ",—–-")
                    or self._opens_contrast(tokens, i)
                    # ", открыв возможность ...": a gerund opens a clause of its own act
                    or (t.pos == "VERB" and t.feats.get("VerbForm") == "Conv" and i > 0 and tokens[i - 1].text == ","))

        first = next((i + 1 for i in range(token.index - 1, -1, -1) if breaks(i)), 0)
        # ", и предлагал подключить Турцию": a second predicate sharing the subject ends the first one's
        # objects; its own clause still reaches back to the shared subject.
        last = next((i - 1 for i in range(token.index + 1, len(tokens)) if breaks(i) or _second_predicate(tokens, i)),
                    len(tokens) - 1)
        return first, last

    def _authors_of_judged_act(self, sent: Sentence, token: Token, actors: list[Actor], story: _Story,
                               claims: bool = False) -> list[Actor]:
        """The performers of the act a verbal reaction's object names ("осудил удары" after a strike was
        told), when the object names no owner of its own; with `claims`, of a claim instead ("эти обвинения")."""
        if token.pos != "VERB" or token.lemma not in self.lexicon.judging_verbs:
            return []
        obj = next((t for t in sent.tokens if t.head == token.index and t.rel == "obj"), None)
        if obj is None or any(t.head == obj.index and t.rel == "nmod" for t in sent.tokens):
            return []
        if claims:
            types = {self.lexicon.claim_nouns[obj.lemma]} if obj.lemma in self.lexicon.claim_nouns else set()
        else:
            types = self.lexicon.types_of(obj.lemma)
        if not types:
            return []
        own = {entity_key(a) for a in actors} | {a.country for a in actors if a.country}
        for event in reversed(story.told):
            if event.event in types and event.auxiliary in (None, "historical"):
                performers = [a for a in event.actor if entity_key(a) not in own and a.country not in own]
                return performers if len(performers) == len(event.actor) else []
        return []

    def _addressee_of_writing(self, sent: Sentence, token: Token, mentions: list[ActorMention]) -> list[Actor]:
        """The dative addressee of the verb whose object a relative clause holding the trigger describes:
        "направил Путину письмо, в котором принес извинения", "передал Токаеву послание, в котором призвал"."""
        tokens = sent.tokens
        verb = self._asserting(sent, token)
        if verb.rel != "acl:relcl" or verb.head < 0 or not any(
                t.lemma == "который" and t.head == verb.index for t in tokens):
            return []
        noun = tokens[verb.head]
        if noun.pos != "NOUN" or noun.head < 0 or tokens[noun.head].pos != "VERB":
            return []
        sender = noun.head
        return [m.actor for m in _distinct(mentions) if m.case == "Dat" and tokens[_phrase_head(sent, m)].head == sender][:1]

    def _own_meeting(self, sent: Sentence, token: Token) -> bool:
        """Is an agreed meeting the agreeing people's own ("условились о проведении личной встречи",
        "договорились встретиться снова"), not one of others they set up ("консультации экспертов",
        "заседание межправительственной комиссии")?"""
        if token.pos == "VERB":
            return True
        dependents = [t for t in sent.tokens if t.head == token.index]
        if any(t.lemma in self.lexicon.personal_meeting_words for t in dependents):
            return True
        return token.lemma in ("встреча", "визит", "саммит") and not any(
            t.rel == "nmod" and t.pos in ("NOUN", "PROPN") for t in dependents)

    def _source_opener_end(self, tokens: tuple[Token, ...]) -> int | None:
        """The comma closing an opening "Как сообщили в Минобороны РФ, ...", "Как заявил X, ..." or "По
        данным МВД, ...": the clause names the news's source, who takes no part in what follows."""
        if len(tokens) < 2:
            return None
        comma = next((t.index for t in tokens if t.text == ","), None)
        if comma is None:
            return None
        if tokens[0].lemma == "как" and any(t.lemma in self.lexicon.speech_verbs for t in tokens[1:comma]):
            return comma
        if tokens[0].lemma == "по" and tokens[1].lemma in self.lexicon.source_nouns:
            # "По словам канцлера, выступившего на форуме, ...": the source's own participle phrase
            while comma + 1 < len(tokens) and (tokens[comma + 1].feats.get("VerbForm") == "Part"
                                               or tokens[comma + 1].lemma == "который"):
                comma = next((t.index for t in tokens[comma + 1 :] if t.text == ","), None)
                if comma is None:
                    return None
            return comma
        return None

    def _opens_contrast(self, tokens: tuple[Token, ...], i: int) -> bool:
        """", а Фам Минь Тинь высоко оценил ...": a contrasted clause with a verb of its own is another
        clause; ", а также с X" continues a list, and a gapped ", а Израиль — сотни" has no verb."""
        if tokens[i].lemma not in ("а", "но") or i == 0 or tokens[i - 1].text != ",":
            return False
        if i + 1 < len(tokens) and tokens[i + 1].lemma in ("также", "тоже", "затем", "потом"):
            return False
        ahead = tokens[i + 1 : i + 12]
        # The predicate: a finite verb, or a short adjective or participle (", а на это он не готов").
        verb = next((t for t in ahead if (t.pos == "VERB" and t.feats.get("VerbForm") == "Fin")
                     or t.feats.get("Variant") == "Short"), None)
        # ", а на следующий день провели переговоры" shares the first clause's subject, and in ", а
        # переговоры пройдут в пятницу" the event told on is the subject: no break.
        own_subject = verb is not None and any(
            t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" and t.lemma not in self.lexicon.triggers
            for t in tokens[i + 1 : verb.index])
        return own_subject and not any(t.text in DASHES for t in ahead[:6])

    def _parties(self, sent: Sentence, token: Token, trigger: Trigger, mentions: list[ActorMention],
                 sentence_mentions: list[ActorMention] = ()) -> _Parties:
        """Mentions of the clause by role: nominative subjects, "с"-partners, objects."""
        tokens = sent.tokens
        subjects, partners, objects = [], [], []
        previous: tuple[ActorMention, list[ActorMention]] | None = None
        # "провел переговоры с Лавровым, а также вместе с Мантуровым провел заседание": the second verb
        # shares the subject, not the first one's partners and objects.
        own_start = max((i for i in range(token.index) if _second_predicate(tokens, i)), default=-1)
        # "обвинил Вашингтон в попытках втянуть АСЕАН ...": with the accused named outside the charge,
        # those inside it are part of what he is accused of.
        charge = [m for m in mentions if self._inside_charge(sent, m, token)]
        if charge and not any(m not in charge for m in self._accused(sent, mentions, token)):
            charge = []
        for mention in mentions:
            if self._is_speaker(sent, mention, token) or _describes_post(sent, mention, mentions) or mention in charge:
                continue
            before = tokens[mention.first_token - 1].lemma if mention.first_token else ""
            role = self._role(sent, token, trigger, mention, before)
            if role is None and previous is not None and self._conjoined(sent, previous[0], mention):
                role = previous[1]  # "с X, Y и Z", "разговора X и Y": the list shares its role
            if role in ("partner", "object") and mention.last_token < own_start:
                role = None
            if role is not None:
                role_list = {"subject": subjects, "partner": partners, "object": objects}[role]
                role_list.append(mention)
                previous = (mention, role)
        if trigger.kind == "directed" and token.pos == "VERB" and token.feats.get("Voice") != "Pass":
            # "турецкий истребитель сбил российский бомбардировщик": with a subject before the verb, a
            # nominative-looking state after it is the object (inanimate nouns look alike in both cases).
            before_verb = [m for m in subjects if m.last_token < token.index]
            after_verb = [m for m in subjects if m.first_token > token.index and m.actor.kind == "country"
                          and not any(self._conjoined(sent, other, m) for other in before_verb)]
            if before_verb and after_verb:
                subjects = [m for m in subjects if m not in after_verb]
                objects = objects + after_verb
        elif trigger.kind == "directed" and len(subjects) > 1:
            # "Совет ... Судана объявил Эмираты «государством-агрессором» и принял решение о разрыве":
            # the same holds for the verb a nominal trigger's subjects hang from.
            heads = {id(m): tokens[_phrase_head(sent, m)].head for m in subjects}
            after_verb = [m for m in subjects if m.actor.kind == "country" and m.first_token > heads[id(m)] >= 0
                          and any(heads[id(o)] == heads[id(m)] and o.last_token < heads[id(m)] for o in subjects)]
            subjects = [m for m in subjects if m not in after_verb]
            objects = objects + after_verb
        if trigger.kind == "directed" and token.pos == "VERB":
            # "призвал Израиль прекратить удары по территории Сирии": the one called on is the party;
            # a target inside the act asked for belongs to that act, not to the call.
            embedded = [m for m in objects if self._inside_infinitive(sent, m, token)]
            if len(embedded) < len(objects):
                objects = [m for m in objects if m not in embedded]
                # "призвал Сирию нормализовать отношения с Израилем": nor is a partner of that act.
                partners = [m for m in partners if not self._inside_infinitive(sent, m, token)]
        # "к границе стянуты 40 тысяч польских военнослужащих": moved troops with no agent named move
        # for their own state.
        moved = trigger.type in self.lexicon.single_party_types and not any(
            m.first_token > token.index and m.case == "Ins" for m in mentions)
        if trigger.kind in ("directed", "praise") and token.feats.get("Voice") == "Pass" and not moved:
            # "посол был вызван в МИД России", "санкции введены Евросоюзом": the grammatical subject
            # is acted upon; the agent (instrumental) or the body summoning ("в МИД X") acts.
            # "Стороной Казахстана была высоко оценена роль ...": an agent before the verb is one too.
            agents = [m for m in mentions if m.case == "Ins" and self._partner_marker(sent, m) is None and (
                m.first_token > token.index or tokens[_phrase_head(sent, m)].head == token.index)]
            # "были введены санкции Евросоюза": the genitive of an act named as the passive's subject.
            if trigger.kind == "praise" and agents:
                # "была высоко оценена роль Узбекистана": what is praised is its owner's.
                objects = objects + [m for m in mentions if m.case == "Gen" and self._owns_passive_subject(sent, m, token)]
            else:
                agents += [m for m in mentions if m.case == "Gen" and self._owns_passive_act(sent, m, token)]
            summoning = [m for m in mentions if m.first_token > token.index and m.actor.kind == "organization"
                         and m.first_token > 0 and tokens[m.first_token - 1].lemma in ("в", "во")]
            # "Санкции против России были введены Евросоюзом": the agent is no object of its own act.
            objects = [m for m in subjects + objects if m not in agents + summoning]
            subjects = agents + summoning
        if not subjects:
            subjects = self._impersonal_subject(sent, token, mentions)
        if not subjects:
            subjects = self._speaker_as_subject(sent, token, sentence_mentions)
        if not subjects:
            subjects = self._shared_subject(sent, mentions, sentence_mentions)
        if not subjects:
            subjects = self._subject_before_relative(sent, token, mentions, sentence_mentions)
        if not subjects:
            # "письмо, в котором принес извинения": the verb stating a nominal trigger stands for it.
            subjects = self._relative_subject(sent, self._asserting(sent, token), sentence_mentions) \
                if trigger.pos == "VERB" or self._asserting(sent, token) is not token else []
        return _Parties(subjects, partners, objects)

    def _inside_infinitive(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Does the mention hang, below the trigger verb, from an infinitive the verb governs?"""
        below = next((t for t in _path_up(sent.tokens, mention.first_token) if t.head == trigger.index), None)
        return below is not None and below.pos == "VERB" and below.feats.get("VerbForm") == "Inf"

    def _relative_subject(self, sent: Sentence, token: Token,
                          sentence_mentions: list[ActorMention]) -> list[ActorMention]:
        """"Миллер и министр Озерец, которые сегодня встречаются": the nominatives "которые" stands for;
        "Рубио отправится в турне, в ходе которого посетит ...": the main clause's subject."""
        tokens = sent.tokens
        which = next((t for t in reversed(tokens[:token.index]) if t.lemma == "который"), None)
        if which is None or any(
                t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" for t in tokens[which.index + 1 : token.index]):
            return []
        if which.feats.get("Case") != "Nom":
            return [m for m in sentence_mentions if m.last_token < which.index and m.case == "Nom"
                    and any(t.rel == "nsubj" for t in tokens[m.first_token : m.last_token + 1])
                    and m.actor.kind in ("person", "organization", "country")]
        verbs_before = [t.index for t in tokens[:which.index] if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
        start = verbs_before[-1] if verbs_before else -1
        # "Помощник Хиллари Клинтон, который посетил Белград": the aide, not the one he serves.
        return [m for m in sentence_mentions if start < m.first_token and m.last_token < which.index
                and m.case == "Nom" and m.actor.kind in ("person", "organization", "country")
                and not (m.first_token and tokens[m.first_token - 1].lemma in self.lexicon.relational_nouns
                         and tokens[_phrase_head(sent, m)].rel == "nmod")]

    def _listed_participants(self, sent: Sentence, token: Token, trigger: Trigger,
                             in_clause: list[ActorMention]) -> list[ActorMention]:
        """The persons a meeting lists: "с участием президентов России и Казахстана — Владимира Путина
        и Касым-Жомарта Токаева", "встреча министров Турции, России и Украины — Чавушоглу, Лаврова
        и Кулебы". The names after the dash are the parties; the countries before it only say whose."""
        if trigger.kind != "meet":
            return []
        tokens = sent.tokens
        start = None
        if trigger.pos == "NOUN" and token.index + 1 < len(tokens) and any(
                m.plural_reference and m.first_token == token.index + 1 for m in in_clause):
            start = token.index + 1  # "встреча министров ..."
        for t in tokens:
            if t.lemma == "участие" and t.index > 0 and tokens[t.index - 1].lemma in ("с", "со"):
                start = t.index + 1  # "с участием ..."
        if start is None:
            return []
        persons = [m for m in in_clause if m.first_token >= start and m.actor.kind == "person"]
        dash = next((t.index for t in tokens[start:] if t.text in ("—", "–", "-") and t.pos == "PUNCT"), None)
        if dash is not None:
            persons = [m for m in persons if m.first_token > dash] or persons
        return _distinct(persons) if len(_distinct(persons)) >= 2 else []

    def _speaker_as_subject(self, sent: Sentence, token: Token, mentions: list[ActorMention]) -> list[ActorMention]:
        """"Эрдоган заявил, что введет санкции": a subjectless verb in the singular, told by a speaker,
        is the speaker's own act."""
        tokens = sent.tokens
        verb = self._asserting(sent, token)
        if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Number") != "Sing" \
                or verb.feats.get("Person") not in (None, "3") or verb.rel != "ccomp" or verb.head < 0 \
                or tokens[verb.head].lemma not in self.lexicon.speech_verbs \
                or any(t.head == verb.index and t.rel.startswith("nsubj") for t in tokens):
            return []
        speech = tokens[verb.head]
        return [m for m in mentions if m.case == "Nom" and m.last_token < speech.index
                and tokens[_phrase_head(sent, m)].head == speech.index
                and tokens[_phrase_head(sent, m)].rel.startswith("nsubj")][:1]

    def _impersonal_subject(self, sent: Sentence, token: Token, mentions: list[ActorMention]) -> list[ActorMention]:
        """"В МИД России потребовали ...", "В Баку обвинили ...": a body or capital named with "в"
        before a subjectless plural verb is who acts."""
        if token.pos != "VERB" or token.feats.get("Number") != "Plur" or token.feats.get("Person") == "1":
            return []
        for mention in mentions:
            before = sent.tokens[mention.first_token - 1].lemma if mention.first_token else ""
            if before in ("в", "во") and mention.first_token < token.index \
                    and mention.actor.kind in ("organization", "country"):
                return [mention]
        return []

    def _is_speaker(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Is the mention the subject of a reporting verb the trigger does not hang from?

        "Как сообщил Вучич, стороны обсудили ...": Vucic reports; "Ма на встрече с Лавровым
        заявил ...": the meeting hangs from "заявил", so Ma took part.
        """
        tokens = sent.tokens
        for i in range(mention.first_token, mention.last_token + 1):
            # "помощник президента Юрий Ушаков": the name hangs from its title, the title from the verb.
            node = _up_through(tokens, i, APPOSED, 3)[-1]
            head = node.head
            if node.rel.startswith("nsubj") and 0 <= head < len(tokens) and \
                    tokens[head].lemma in self.lexicon.speech_verbs and head != trigger.index and trigger.head != head:
                return True
        return False

    def _shared_subject(self, sent: Sentence, in_clause: list[ActorMention],
                        sentence_mentions: list[ActorMention]) -> list[ActorMention]:
        """"Мерц отправился в Париж, где провел переговоры с ...": the main clause's subject."""
        if not in_clause:
            return []
        start = min(m.first_token for m in in_clause)
        tokens = sent.tokens
        # "прибудет в Каракас, после чего посетит Никарагуа": "после чего" goes on with the same subject.
        opener = next((t for t in reversed(tokens[:start]) if t.lemma in SHARED_SUBJECT_OPENERS
                       or (t.lemma == "что" and t.index > 0 and tokens[t.index - 1].lemma == "после")), None)
        if opener is None:
            return []
        earlier = [m for m in sentence_mentions if m.last_token < opener.index
                   and m.case == "Nom" and m.actor.kind == "person"]
        return earlier[-1:]

    def _subject_before_relative(self, sent: Sentence, token: Token, in_clause: list[ActorMention],
                                 sentence_mentions: list[ActorMention]) -> list[ActorMention]:
        """"Рубио, который также исполняет обязанности ..., провел разговоры с ...": the relative clause
        right after the subject cuts the verb's clause off from it; the parse still names it the subject."""
        tokens = sent.tokens
        verb = self._asserting(sent, token)
        start = min((m.first_token for m in in_clause), default=token.index)
        for m in sentence_mentions:
            head = tokens[_phrase_head(sent, m)]
            after = tokens[m.last_token + 1 : m.last_token + 3]  # ", который"
            if m.last_token < start and m.case == "Nom" and head.rel.startswith("nsubj") and head.head == verb.index \
                    and len(after) == 2 and after[0].text == "," and after[1].lemma == "который" \
                    and after[1].index < verb.index:
                return [m]
        return []

    def _role(self, sent: Sentence, token: Token, trigger: Trigger, mention: ActorMention, before: str) -> str | None:
        if mention.implied:
            # The subject a first-person verb implies acts in that verb and in what it governs.
            verb = sent.tokens[mention.first_token]
            governing = {token.index, self._asserting(sent, token).index} | {g.index for g in self._governors(sent, token)}
            return "subject" if verb.index in governing else None
        if self._names_a_format(sent, mention):
            return None  # "в формате Россия – АСЕАН": a framework, not a party of this clause
        if self._inside_topic(sent, mention, token):
            return None  # "обсудили переговоры о соглашении с Евросоюзом": part of what was discussed
        if trigger.kind in ("congratulate", "praise") and self._in_reason(sent, mention):
            return None  # "соболезнования Орси в связи с кончиной Мухики": the occasion, not a party
        if mention.compound:
            # "российско-китайские переговоры": the adjective's countries are the trigger's parties.
            return "subject" if trigger.pos == "NOUN" and self._right_before(sent, mention, token) else None
        case = mention.case
        if trigger.kind == "directed" and self._in_target_phrase(sent, mention):
            # "удары по объектам Ирана", "санкции против главнокомандующего армией X", whatever X's tagged case
            return "object"
        if case not in ("Nom", "Ins") and mention.actor.kind in ("country", "organization") and (
                self._parsed_subject(sent, mention, token) or (
                    (_abbreviation(mention) or (case == "Acc" and before not in PLACE_PREPOSITIONS))
                    and self._only_candidate_subject(sent, mention, token))):
            # A state's tagged case is a guess where its name does not decline ("В ответ США сняли санкции")
            # or Nom and Acc look alike ("Азербайджан потребовал от Армении"): the parsed subject, or the
            # only candidate for subject, is it.
            return "subject"
        if case == "Ins" and (before in PARTNER_PREPOSITIONS or self._partner_marker(sent, mention) is not None):
            return "partner"
        if case == "Ins" and trigger.kind == "receive" and token.feats.get("Voice") == "Pass":
            return "object"  # "был принят президентом Турции": the host, agent of the passive
        if case == "Ins" and before in PLACE_PREPOSITIONS_OF_INSTRUMENTAL:
            return None  # "сбил бомбардировщик над Сирией", "под Донецком": where, not whom
        if case == "Ins" and trigger.kind == "directed" and mention.first_token > token.index:
            return "object"  # "осудил захват зоны Израилем": the agent of the condemned act
        if mention.actor.kind == "person" and before in self.lexicon.relational_nouns and (
                case == "Gen" or self._named_after(sent, mention)
                or (sent.tokens[mention.first_token - 1].rel.startswith("nsubj")
                    and sent.tokens[_phrase_head(sent, mention)].rel == "nmod")):
            return None  # "спецпосланник Трампа", "предшественник Пезешкиана Эбрахим Раиси": not Trump
        if case == "Gen" and mention.actor.kind == "person" and trigger.kind in ("meet", "discuss") \
                and sent.tokens[_phrase_head(sent, mention)].rel in APPOSED and self._partner_marker(sent, mention) is not None:
            # "переговоры с министром ... Южно-Африканской Республики Наледи Пандор": an indeclinable name
            # apposed to its title takes the title's case; the title is the partner.
            return "partner"
        if case == "Gen":
            if trigger.type == "CONCEDE" and before in ("с", "со"):
                return "object"  # "сняли санкции с белорусской авиакомпании": the one relieved
            if trigger.type == "REQUEST" and before == "от":
                return "object"  # "потребовал от Армении", "потребовал от китайской стороны"
            if trigger.kind == "praise" and trigger.pos == "NOUN" and self._right_after(sent, token, mention):
                return "object"  # "заявили о поддержке Филиппин": the one supported
            if before in TARGET_WORDS and trigger.kind == "directed":
                return "object"  # "санкции против России", "обвинения в адрес Киева"
            if trigger.type == "PROTEST" and self._in_target_phrase(sent, mention, PROTEST_SITE_PREPOSITIONS, depth=2):
                return "object"  # "акция у здания парламента Грузии": the body protested at
            if trigger.kind in ("directed", "praise") and self._owns_object(sent, mention, token):
                return "object"  # "отвергла обвинения Хельсинки", "сократить число сотрудников посольства России"
            if before in CHAIR_WORDS:
                return "subject"  # "под председательством президента X": the host takes part
            if self._owns_subject(sent, mention, token):
                return "subject"  # "суда береговой охраны Китая применили водометы": the ships' owner acts
            if trigger.type in self.lexicon.single_party_types and self._counted_subject(sent, mention, token):
                return "subject"  # "к границе стянуты 40 тысяч польских военнослужащих": the troops moved
            if mention.actor.kind == "organization" and trigger.kind != "directed":
                return None  # "саммит ШОС", "заседание СБ ООН": the framework, not a party
            if mention.actor.kind in ("country", "organization"):
                # "заседание Совета ... Узбекистана и Турции": countries in a genitive chain name
                # an institution; only "визит России"-like adjacency makes them parties.
                return "subject" if trigger.pos == "NOUN" and self._right_after(sent, token, mention) else None
            if trigger.pos == "NOUN" and (self._governed_by(sent, mention, token) or self._right_after(sent, token, mention)):
                return "subject"
            if trigger.pos == "VERB" and (self._governed_by(sent, mention, token) or self._direct_object(sent, mention, token)):
                return "object"  # animate accusative = genitive form: "принял посла"
            verb = sent.tokens[token.head] if trigger.pos == "NOUN" and token.head >= 0 else None
            if verb is not None and verb.pos == "VERB" and verb.lemma in self.lexicon.triggers \
                    and self._direct_object(sent, mention, verb):
                return "object"  # "в разговоре поздравил Алиева": the object of the trigger's verb
            return "partner" if before == "между" else None
        if case == "Acc" and before not in PLACE_PREPOSITIONS:
            return "object"
        if trigger.kind == "directed" and trigger.type in DESTINATION_TYPES and before in ("в", "во", "к") \
                and case in ("Acc", "Dat") and mention.actor.kind == "country":
            return "object"  # "направила в Боливию помощь", "перебросила войска к границе с ..."
        if trigger.kind == "directed" and before == "по" and case == "Dat":
            return "object"  # "нанес удар по Израилю"
        if trigger.kind == "directed" and before == "на" and case == "Acc" and mention.first_token > token.index:
            return "object"  # "возложил ответственность на Израиль", "напали на Украину"
        if trigger.type == "REQUEST" and before in ("к", "ко") and case == "Dat":
            return "object"  # "обратилась к Совету Безопасности ООН с просьбой"
        # The dative's word: the verb trigger, or the verb stating a noun trigger (and, for support, the
        # noun itself): "направил поздравительную телеграмму президенту", "выразило поддержку Литве".
        dative_heads = [token] if trigger.pos == "VERB" or token.head < 0 else \
            [sent.tokens[token.head]] + ([token] if trigger.kind == "praise" else [])
        if case == "Dat" and (trigger.kind == "congratulate" or (
                trigger.kind in ("praise", "directed") and before not in PREPOSITIONS_OF_DATIVE
                and any(self._governed_by(sent, mention, head) for head in dative_heads))):
            return "object"  # "пригрозил Ирану"
        if case == "Dat" and trigger.type == "CONSULT" and before not in PREPOSITIONS_OF_DATIVE and any(
                g.lemma in self.lexicon.hypothetical_governors | self.lexicon.future_governors
                and self._governed_by(sent, mention, g) for g in self._governors(sent, token)):
            return "partner"  # "предлагали польским коллегам провести консультации": the one offered to
        if case == "Nom" or (case is None and mention.actor.kind == "person"):
            return "subject"
        return None

    def _only_candidate_subject(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Is the mention before the active finite verb stating the trigger, with no nominative noun
        elsewhere in the clause to be its subject ("Минск посетил Раиси" has one: Раиси)?"""
        verb = self._asserting(sent, trigger)
        if verb.feats.get("VerbForm") == "Inf" and 0 <= verb.head < len(sent.tokens) \
                and sent.tokens[verb.head].pos == "VERB":
            verb = sent.tokens[verb.head]  # "США начали вводить санкции": the finite verb's subject
        if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Voice") == "Pass" \
                or mention.last_token > verb.index:
            return False
        span = range(mention.first_token, mention.last_token + 1)
        return not any(t.index not in span and t.head == verb.index and (
            t.rel.startswith("nsubj") or (t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom"))
            for t in sent.tokens)

    @staticmethod
    def _named_after(sent: Sentence, mention: ActorMention) -> bool:
        """Does a capitalized name follow the mention at once (the person the relational noun names)?"""
        following = mention.last_token + 1
        return following < len(sent.tokens) and sent.tokens[following].pos == "PROPN"

    def _in_reason(self, sent: Sentence, mention: ActorMention) -> bool:
        """Does the mention hang, within three steps, from a noun of the occasion ("в связи с кончиной",
        "по случаю юбилея")?"""
        node = sent.tokens[_phrase_head(sent, mention)]
        for _ in range(3):
            if node.head < 0:
                return False
            node = sent.tokens[node.head]
            if node.lemma in self.lexicon.occasion_nouns:
                return True
        return False

    def _inside_topic(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Does the mention hang from a noun introduced by "о"/"об"/"про" (not the trigger itself)?"""
        head = sent.tokens[mention.first_token].head
        if head < 0 or head == trigger.index or head > mention.first_token:
            return False
        if mention.case == "Nom" and trigger.pos == "VERB" and trigger.feats.get("VerbForm") == "Fin" \
                and mention.last_token < trigger.index \
                and not any(t.head == trigger.index and t.rel.startswith("nsubj") for t in sent.tokens):
            # "Соглашение о разъединении сил Израиль и Сирия подписали": a nominative before a verb
            # the parse gave no subject is that subject, whatever the parse hung it from.
            return False
        return _has_preposition(sent, [head], TOPIC_PREPOSITIONS)

    def _inside_charge(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Does the mention lie inside what an accusing verb charges its object with ("в попытках ...")?"""
        if trigger.lemma not in self.lexicon.accusing_verbs:
            return False
        path = _path_up(sent.tokens, _phrase_head(sent, mention))
        below = next((i for i, t in enumerate(path) if t.head == trigger.index), None)
        return below is not None and any(_has_preposition(sent, [t.index], {"в", "во"}) for t in path[:below + 1])

    def _accused(self, sent: Sentence, mentions: list[ActorMention], verb: Token) -> list[ActorMention]:
        """The objects of an accusing verb: "обвинил таджикскую сторону в ..."."""
        return [m for m in mentions if m.first_token > verb.index and m.case in ("Acc", "Gen")
                and self._governed_by(sent, m, verb)]

    def _subject_of(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Is the mention the trigger's subject, directly or counted ("Тысячи студентов вышли")?"""
        return self._governed_by(sent, mention, trigger) or _subject_over(sent, mention, trigger) is not None

    def _counted_subject(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Is the mention counted by a quantity word that is the trigger's subject ("40 тысяч военнослужащих")?"""
        counter = _subject_over(sent, mention, trigger)
        return counter is not None and counter.lemma in self.references.quantity_words

    def _owns_passive_act(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Does the genitive mention hang from the passive subject, itself a word of an act ("санкции")?"""
        return self._owns_passive_subject(sent, mention, trigger) \
            and sent.tokens[sent.tokens[mention.first_token].head].lemma in self.lexicon.triggers

    @staticmethod
    def _owns_passive_subject(sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Does the genitive mention hang from the passive verb's subject ("оценена роль Узбекистана")?"""
        head = sent.tokens[mention.first_token].head
        if head < 0:
            return False
        noun = sent.tokens[head]
        # "Санкции против России были введены": a target in its preposition owns nothing.
        return noun.rel.startswith("nsubj") and noun.head == trigger.index \
            and not _has_preposition(sent, range(mention.first_token, mention.last_token + 1))

    def _parsed_subject(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Is the mention parsed as the active subject of the verb stating the trigger?"""
        verb = self._asserting(sent, trigger)
        return verb.pos == "VERB" and any(
            sent.tokens[i].rel == "nsubj" and sent.tokens[i].head == verb.index
            for i in range(mention.first_token, mention.last_token + 1))

    def _owns_subject(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Does a genitive mention hang from the subject noun of the verb stating the trigger ("сотрудники
        полиции Азербайджана провели обыск", "ВМС Филиппин провели патрулирование", "Совет безопасности
        Судана принял решение о разрыве"), not from a relational one ("спецпосланник Трампа")?"""
        verbs = {self._asserting(sent, trigger).index} | {g.index for g in self._governors(sent, trigger)
                                                          if g.pos == "VERB"}
        head = sent.tokens[_phrase_head(sent, mention)].head  # "береговой охраны Китая": охраны's head
        if head < 0 or head >= mention.first_token:
            return False
        noun = sent.tokens[head]
        # "Верховный комиссар ООН Фолькер Тюрк призвал": the noun titles a named person, who acts.
        titled = any(t.head == noun.index and t.rel in ("appos", "flat:name") for t in sent.tokens)
        return noun.pos in ("NOUN", "PROPN") and noun.rel == "nsubj" and noun.head in verbs \
            and sent.tokens[noun.head].pos == "VERB" and noun.lemma not in self.lexicon.relational_nouns \
            and not titled

    def _owns_object(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Is the mention the trigger's direct object in the genitive a numeral governs ("задержала двух
        граждан Украины"), or does a genitive chain lead from it to that object?"""
        head = sent.tokens[_phrase_head(sent, mention)]
        if head.rel in ("obj", "nsubj:pass") and head.head == trigger.index and any(
                t.head == head.index and t.pos == "NUM" for t in sent.tokens):
            return True
        # "осудила действия китайских судов": a state named by its adjective, from the phrase's head
        t = head if mention.actor.kind == "country" else sent.tokens[mention.first_token]
        for _ in range(3):
            if t.rel != "nmod" or t.head < 0 or any(c.head == t.index and c.rel == "case" for c in sent.tokens):
                # "сообщения о переброске армянских подразделений": what a report is about owns nothing of it
                return False
            t = sent.tokens[t.head]
            if t.rel == "obj" and t.head == trigger.index:
                return True
        return False

    def _in_target_phrase(self, sent: Sentence, mention: ActorMention,
                          prepositions: set[str] = TARGET_PREPOSITIONS, depth: int = 1) -> bool:
        """Does a genitive mention hang from a noun introduced by "по"/"против" (the target of an act),
        directly or, with `depth` 2, through one more genitive ("у здания посольства США")?"""
        tokens = sent.tokens
        head = tokens[mention.first_token].head
        for _ in range(depth):
            if head < 0:
                return False
            if _has_preposition(sent, [head], prepositions):
                return True
            head = tokens[head].head if tokens[head].rel == "nmod" else -1
        return False

    def _protest_demand_target(self, sent: Sentence, mentions: list[ActorMention], actors: list[Actor]) -> list[Actor]:
        """"провели акцию, требуя отставки премьер-министра X": the one a protest's demand is made of
        (the owner of what is demanded) is whom it protests."""
        tokens = sent.tokens
        demands = [t for t in tokens if self.lexicon.asks(t.lemma)]
        own = {entity_key(a) for a in actors}
        for demand in demands:
            for mention in mentions:
                node, steps = tokens[_phrase_head(sent, mention)], 0
                while node.head >= 0 and node.head != demand.index and steps < 2:
                    node, steps = tokens[node.head], steps + 1
                if node.head == demand.index and mention.first_token > demand.index \
                        and entity_key(mention.actor) not in own and mention.actor.kind != "group":
                    return [mention.actor]
        return []

    def _crowd(self, sent: Sentence, token: Token, in_clause: list[ActorMention],
               dates: DocumentDates) -> Actor | None:
        """The protesters a crowd subject stands for: "тысячи человек вышли" (protesters of the place's
        country), "сторонники оппозиции провели митинг" (the opposition)."""
        tokens = sent.tokens
        organizer = next((m for m in in_clause if m.case == "Ins" and any(
            t.head == token.index and t.lemma in self.lexicon.organizing_verbs and tokens[_phrase_head(sent, m)].head == t.index
            for t in tokens)), None)
        if organizer is not None:
            return organizer.actor  # "митинг, организованный студентами": the organizers protest
        verb = self._asserting(sent, token)
        if verb.feats.get("VerbForm") == "Conv" and verb.head >= 0:
            verb = tokens[verb.head]  # "собрались, протестуя": the gerund's subject is its verb's
        phrase: set[int] = set()
        for subject in (t for t in tokens if t.head == verb.index and t.rel.startswith("nsubj")):
            # The parser may take a genitive beside the verb for a second subject ("за время акции").
            phrase = {subject.index} | {t.index for t in tokens if t.head == subject.index}
            phrase |= {t.index for t in tokens if t.head in phrase}
            if any(tokens[i].lemma in self.lexicon.crowd_nouns for i in phrase):
                break
        else:
            return None
        supported = next((m for m in in_clause if m.first_token in phrase and m.actor.kind == "organization"), None)
        if supported is not None:
            return supported.actor  # "сторонники оппозиции": the opposition
        return self._protesters_of_place(sent, token, in_clause, dates, " ".join(tokens[i].text for i in sorted(phrase)))

    def _names_a_format(self, sent: Sentence, mention: ActorMention) -> bool:
        """Is the mention the name of a format ("в формате Россия – АСЕАН"), not a party in its own
        prepositional phrase ("в формате видеоконференции с министром ...")?"""
        span = range(mention.first_token, mention.last_token + 1)
        if _has_preposition(sent, span):
            return False
        t = sent.tokens[mention.first_token]
        for _ in range(2):
            if t.head < 0:
                return False
            t = sent.tokens[t.head]
            if t.lemma in FORMAT_NOUNS:
                return True
        return False

    def _right_before(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Does the mention precede the trigger noun with only adjectives between?"""
        between = sent.tokens[mention.last_token + 1 : trigger.index]
        return mention.last_token < trigger.index and all(t.pos == "ADJ" for t in between)

    def _right_after(self, sent: Sentence, trigger: Token, mention: ActorMention) -> bool:
        """Does the mention follow the trigger noun with only adjectives between ("разговора Путина")?"""
        between = sent.tokens[trigger.index + 1 : mention.first_token]
        return mention.first_token > trigger.index and all(t.pos == "ADJ" for t in between)

    def _conjoined(self, sent: Sentence, first: ActorMention, second: ActorMention) -> bool:
        """Are two mentions members of one list ("X, Y и Z") in the same case?"""
        between = sent.tokens[first.last_token + 1 : second.first_token]
        separators = [t for t in between if t.text == "," or t.lemma == "и"]
        # A role noun the title lexicon does not know may head the next member: ", советником ...".
        heads = [t for t in between if t not in separators]
        return (first.case == second.case and separators and len(between) <= 4
                and all(t.pos in ("NOUN", "ADJ") and t.feats.get("Case") == second.case for t in heads))

    @staticmethod
    def _partner_marker(sent: Sentence, mention: ActorMention) -> int | None:
        """The "с"/"между" that opens the mention's phrase, however far before it stands.

        "с находящимся в России с рабочим визитом заместителем министра ...": the parse or,
        failing it, the nearest preposition back within the same stretch of the clause.
        """
        # "с Членом Политбюро ЦК КПК, Министром ... Ван И": a second title joined to the first.
        heads = {t.index for index in range(mention.first_token, mention.last_token + 1)
                 for t in _up_through(sent.tokens, index, APPOSED | {"conj"}, 4)}
        parsed = _preposition_of(sent, heads, PARTNER_PREPOSITIONS)
        if parsed is not None:
            return parsed.index
        for k in range(mention.first_token - 1, max(-1, mention.first_token - PARTNER_REACH), -1):
            t = sent.tokens[k]
            if t.lemma in PARTNER_PREPOSITIONS:
                return k
            # A comma may separate two titles of one person ("с заместителем премьера, министром ...");
            # a finite verb, a semicolon or a nominative noun ends the stretch.
            # An indeclinable noun inside a genitive chain ("Членом Политбюро ЦК") is tagged
            # nominative but ends nothing.
            if t.text in ";:" or (t.pos == "VERB" and t.feats.get("VerbForm") == "Fin") \
                    or (t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom" and t.rel != "nmod"):
                return None
        return None

    def _direct_object(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """A genitive-looking mention right after a transitive verb trigger: animate accusative."""
        if mention.first_token <= trigger.index:
            return False
        between = sent.tokens[trigger.index + 1 : mention.first_token]
        # Place and time phrases may stand between ("принял в Кремле посла"); clauses may not.
        if any(t.pos in ("VERB", "PUNCT") for t in between):
            return False
        return not (between and between[-1].pos == "ADP")

    def _governed_by(self, sent: Sentence, mention: ActorMention, trigger: Token) -> bool:
        """Is the mention's head attached to the trigger (directly or through a conjunct)?"""
        tokens = sent.tokens
        for i in range(mention.first_token, mention.last_token + 1):
            node, head, hops = i, tokens[i].head, 0
            while 0 <= head < len(tokens) and hops < 3:
                if head == trigger.index:
                    return True
                # Up through appositions: "разговоре наследного принца, премьер-министра X"; but
                # "освободили заключенных, в том числе X" names one of those acted on.
                if tokens[head].rel not in ("conj", "appos", "flat:name", "flat") and not (
                        mention.first_token <= head <= mention.last_token) and not (
                        tokens[node].rel == "appos" and not _names_a_member(tokens, node)):
                    break
                node, head, hops = head, tokens[head].head, hops + 1
        return False

    def _reciprocal(self, sent: Sentence) -> bool:
        return bool(re.search(r"\bдруг (друга|другу|с другом)\b", sent.text, re.I))

    def _refers_to_story(self, sent: Sentence, trigger: Trigger) -> bool:
        """Does a signing/agreement sentence point back at the meeting told before?"""
        if trigger.kind not in ("sign", "agree"):
            return False
        return any(t.lemma in MEETING_WORDS for t in sent.tokens)

    def _story_participants(self, story: _Story, sent: Sentence, by_sentence: dict[int, list[ActorMention]],
                            on_date: PartialDate | None = None,
                            groups: list[ActorMention] = ()) -> tuple[list[Actor] | None, Event | None]:
        """The parties a description ("стороны", "главы государств") stands for, and the earlier
        meeting taken instead of the story's last one, if any.

        The last meeting told on the clause's own date if it names one ("Вчерашние переговоры"),
        else the story's last meeting, else persons of two countries named just before. A description
        of rank ("Министры") passes over a meeting of persons of other offices.
        """
        dated = [e for e in story.told if on_date is not None and e.date == on_date
                 and e.event == "CONSULT" and e.auxiliary in (None, "historical")]
        last = story.last_event if story.last_event and story.last_event.auxiliary in (None, "historical") else None
        anchor = dated[-1] if dated else (story.last_meeting or last)  # a planned or possible event tells no one
        offices = frozenset().union(*(g.stands_for for g in groups))
        ranked = None
        if anchor is not None and offices and not self._of_offices(anchor, offices):
            anchor = ranked = next((e for e in reversed(story.told) if e.event == "CONSULT"
                                    and e.auxiliary in (None, "historical") and self._of_offices(e, offices)), None)
        if anchor is not None:
            return anchor.actor + anchor.recipient, ranked
        for index in range(sent.index - 1, max(-1, sent.index - 4), -1):
            persons = _distinct([m for m in by_sentence.get(index, [])
                                 if m.actor.kind == "person" and m.case in ("Nom", None)])
            if len(persons) >= 2 and len({m.actor.country for m in persons}) >= 2:
                return [m.actor for m in persons], None
        return None, None

    @staticmethod
    def _of_offices(event: Event, offices: frozenset[str]) -> bool:
        """Does every party of the event whose office is known hold one of the offices?"""
        return all(a.office in offices for a in event.actor + event.recipient if a.kind == "person" and a.office)

    # -- mode, place, channel ---------------------------------------------------------------

    def _channel(self, sent: Sentence, token: Token, trigger: Trigger) -> str | None:
        """Channel named by the trigger or by a cue word next to it or attached to it."""
        if trigger.channel:
            return trigger.channel
        related = {token.index, token.head, *(t.index for t in self._governors(sent, token))}
        for t in sent.tokens:
            if t.lemma in self.lexicon.channels and (
                    abs(t.index - token.index) <= CHANNEL_WINDOW or t.head in related or t.index in related):
                return self.lexicon.channels[t.lemma]
        return None

    def _counterpart(self, sent: Sentence, actors: list[Actor], mentions: list[ActorMention],
                     by_sentence: dict[int, list[ActorMention]], reach: int,
                     bodies_may_act: bool = False) -> Actor | None:
        """The other side a directed act with no stated target is aimed at: a state of another
        country named in this sentence, else in the `reach` sentences before (the story's counterpart)."""
        own = {a.country for a in actors if a.country}
        # An international body acts for no one state: "Первые санкции ЕС были введены в 2014 году" is
        # aimed at the state the story told of before; a state beside it in its own sentence may be a member.
        body_acts = bodies_may_act and not own and all(a.sector == "IGO" for a in actors)
        if not own and not body_acts:
            return None
        start = sent.index - 1 if body_acts else sent.index
        for index in range(start, sent.index - reach - 1, -1):
            pool = mentions if index == sent.index else by_sentence.get(index, [])
            # An official of an international body ("Высокий представитель ЕС Жозеп Боррель") acts for the
            # body, not for the state whose citizen he is.
            others = [m.actor for m in pool if m.actor.country and m.actor.country not in own
                      and m.actor.kind in ("country", "organization", "person") and m.actor.sector != "IGO"]
            countries = {a.country for a in others}
            if len(countries) == 1:
                country = countries.pop()
                return next((a for a in others if a.kind == "country"), self.countries.actor(country))
            # "ЕС утвердил пакет санкций. ... пообещали ответные меры": an international body as the other side.
            bodies = {a.identifier_id: a for a in (m.actor for m in pool)
                      if a.sector == "IGO" and a.kind == "organization" and a.country is None and a not in actors}
            if not countries and len(bodies) == 1:
                return next(iter(bodies.values()))
        return None

    def _host_named_before(self, sent: Sentence, visitor: Actor, country: Actor, day: date,
                           by_sentence: dict[int, list[ActorMention]]) -> Actor:
        """The person who held the visitor's office in the host country on the day of the visit, if named
        in this sentence or the ones just before; else the country itself."""
        tenure = self.kb.holder(visitor.office, country.country, day) if visitor.office else None
        if tenure is None:
            return country
        return next((m.actor for index in range(max(0, sent.index - HOST_SENTENCES), sent.index + 1)
                     for m in by_sentence.get(index, []) if m.actor.identifier_id == tenure.person_id), country)

    def _states_of(self, actors: list[Actor]) -> list[Actor]:
        states: dict[str, Actor] = {}
        for a in actors:
            if a.country and a.country not in states:
                states[a.country] = a if a.kind == "country" else self.countries.actor(a.country)
        return list(states.values()) if len(states) >= 2 else actors

    def _destination(self, sent: Sentence, token: Token, last: int, trigger_type: str) -> Actor | None:
        """The country aid is sent to or troops are moved towards ("в X", "к границе с X"); for a
        withdrawal, the country left ("вывод сил из Мали"); for a sanction, the country whose goods or
        envoy it strikes ("пошлины на товары из Индии", "отозвал посла из Москвы"), named after the trigger."""
        tokens = sent.tokens
        towards = DESTINATION_PREPOSITIONS.get(trigger_type, ("в", "во", "к", "ко"))
        for j in range(token.index + 1, min(last + 1, len(tokens))):
            if tokens[j].lemma in towards:
                span = tokens[j + 1 : j + 5]
                match = next((m for m in self.countries.find(span) if m.first <= 2 and m.how != "adjective"), None)
                if match:
                    return self.countries.actor(match.iso3, " ".join(t.text for t in span[match.first : match.last + 1]))
        return None

    def _visit_hosts(self, sent: Sentence, token: Token, last: int) -> list[Actor]:
        """The countries a visit goes to, in order: "визит в Казахстан", "посетит Панаму, Сальвадор и
        Гватемалу", "пригласил Путина посетить Тегеран" (a capital or another city names its state)."""
        tokens = sent.tokens
        start = token.index + 1
        if token.pos == "VERB" and start < len(tokens) and tokens[start].lemma in ("в", "во"):
            start += 1  # "приехать в белорусскую столицу"
        if token.pos != "VERB":
            start = next((j for j in _destination_starts(tokens, token.index) if j <= last), None)
        matches = [m for m in self.countries.find(tokens) if m.last <= last]
        # A city names its state as well: "прибыл в Санкт-Петербург" is a visit to Russia.
        found = self.countries.listed(tokens, matches, start, ("name", "capital", "city", "abbreviation")) \
            if start is not None else []
        if not found:
            # "Минск посетил ...", "прибыл в Бишкек с визитом": the destination told before the trigger,
            # as the visiting verb's object or its "в"-phrase.
            verb = self._asserting(sent, token) if token.pos == "NOUN" else token
            found = [m for m in matches if m.how in ("name", "capital") and m.last < token.index
                     and tokens[m.first].head == verb.index and verb.lemma in self.lexicon.visit_words
                     and (tokens[m.first].rel == "obj" or (m.first > 0 and tokens[m.first - 1].lemma in ("в", "во")))][:1]
        return [self.countries.actor(m.iso3, " ".join(t.text for t in tokens[m.first : m.last + 1])) for m in found]

    def _visit_destination(self, sent: Sentence) -> str | None:
        """Country after a visit word: "визит в Россию", "прибывшим в Китай", "визита в Тбилиси"."""
        place = self._visit_place(sent)
        return place.country if place else None

    def _visit_place(self, sent: Sentence) -> Place | None:
        """The place after a visit word, a city where one is named."""
        tokens = sent.tokens
        for i, t in enumerate(tokens):
            if t.lemma in self.lexicon.visit_words:
                # "визит в Тбилиси", "прибыл в Пекин"; a verb's object: "посетить Тегеран".
                for start in ([i + 1] if t.pos == "VERB" else []) + _destination_starts(tokens, i):
                    span = tokens[start : start + 4]
                    match = next((m for m in self.countries.find(span) if m.first == 0), None)
                    if match:
                        return self._match_place(match, _place_name(span[match.first : match.last + 1]))
        return None

    def _match_place(self, match: CountryMatch, written: str) -> Place:
        """A country's or capital's usual name ("в Минске", "в белорусской столице" -> Минск); other
        places as written."""
        if match.how == "name":
            return Place(self.countries.names.get(match.iso3, written), match.iso3)
        if match.how == "capital":
            return Place(self.countries.capitals.get(match.iso3, written), match.iso3)
        return Place(written, match.iso3)

    def _place(self, sent: Sentence, token: Token, first: int, last: int,
               mentions: list[ActorMention]) -> Place | None:
        """Where the clause says it happened: the first place in a "в"-phrase of the clause.

        A "в"-phrase right after a common noun modifies that noun ("ситуацию в Сирии"):
        a topic, not the venue. natasha's attachments of such phrases are too often wrong to
        decide this from the parse, so the rule reads the word order.
        """
        tokens = sent.tokens
        actor_tokens = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
        for entity in sent.entities:
            if entity.kind != "LOC" or entity.first_token in actor_tokens or not first <= entity.first_token <= last:
                continue
            preposition = self._place_preposition(tokens, entity.first_token)
            if preposition is None:
                continue
            before = tokens[preposition - 1] if preposition > 0 else None
            if before is not None and before.pos == "NOUN" and before.index != token.index \
                    and before.lemma not in TIME_NOUNS and before.lemma not in self.lexicon.venue_nouns:
                continue
            span = tokens[entity.first_token : entity.last_token + 1]
            match = next(iter(self.countries.find(span)), None)
            name = _place_name(span)
            if match is None:  # "Эр-Рияде" split by the tokenizer: look the whole name up
                key = (lemma_of(sent.text[entity.start - sent.start : entity.end - sent.start].replace(" ", "")),)
                found = self.countries.phrases.get(key)
                match = CountryMatch(0, 0, found[0], found[1]) if found else None
            if match:
                return self._match_place(match, name)
            return Place(name, None)
        return None

    def _place_preposition(self, tokens: tuple[Token, ...], index: int) -> int | None:
        """Index of the "в"/"во" opening the phrase of token `index` ("в Доме приемов ... Тяньцзиня")."""
        for k in range(index - 1, max(-1, index - 6), -1):
            if tokens[k].lemma in ("в", "во"):
                return k
            if tokens[k].pos not in ("NOUN", "PROPN", "ADJ"):
                return None
        return None

    def _consult_mode(self, sent: Sentence, trigger: Trigger, channel: str | None, place: Place | None,
                      actors_list: list[Actor], recipients: list[Actor], story: _Story,
                      expression: TimeExpression | None):
        participants = actors_list + recipients
        if channel in ("phone", "video"):
            return "phone", participants, [], None
        if channel == "written":
            return None, actors_list, recipients, place
        countries = {a.country for a in participants if a.country}
        visit_place = self._visit_place(sent)
        destination = visit_place.country if visit_place else None
        background = expression is not None and expression.background
        host = destination or (place.country if place else None)
        if place is None and visit_place is not None and visit_place.name != self.countries.names.get(destination):
            place = visit_place  # "в ходе визита в Тбилиси": the city of the visit
        if host is None and not background and story.visit_country:
            host = story.visit_country
        if place is None and host:
            place = Place(self.countries.names.get(host, host), host)
        elif place is not None and place.country is None and host:
            place = Place(place.name, host)
        if trigger.kind == "visit" and len(recipients) == 1 and recipients[0].kind == "country":
            host = recipients[0].country  # the host country read from "визит в X" / "посетит X"
            if place is None or place.country != host:
                place = Place(self.countries.names.get(host, host), host)
            return "visit", actors_list, recipients, place
        if len(countries) >= 3:
            return "multilateral", participants, [], place
        hosts = {a.country for a in recipients} if trigger.kind in ("receive", "visit") else set()
        if place is not None and hosts and place.country not in hosts:
            # "МОСКВА — Вучич принял Сийярто": the dateline is not the venue.
            place = visit_place if visit_place is not None and visit_place.country in hosts else None
        if trigger.kind in ("receive", "visit") and recipients:
            return "visit", actors_list, recipients, place
        if host:
            hosts = [a for a in participants if a.country == host]
            guests = [a for a in participants if a.country != host]
            if hosts and guests:
                return "visit", guests, hosts, place
            if not hosts and len(countries) >= 2:
                return "third-party", participants, [], place
        return None, participants, [], place

    def _dateline_place(self, dates: DocumentDates) -> Place | None:
        """The dateline's city with its country, when the city is known."""
        if not dates.dateline_place:
            return None
        found = self.countries.phrases.get((lemma_of(dates.dateline_place),)) or self.countries.phrases.get(
            (dates.dateline_place.lower(),))
        if not found or found[1] not in ("capital", "city"):
            return None
        return Place(dates.dateline_place, found[0])

    def _city_of(self, place: Place | None, dates: DocumentDates, expression: TimeExpression | None) -> Place | None:
        """Narrow a country or a seat of power to a city: the dateline's, or the seat's capital.

        "МОСКВА, 3 апреля — ... провел переговоры в Кремле": the meeting was in Moscow.
        """
        if place is None or place.country is None:
            return place
        how = self.countries.phrases.get((lemma_of(place.name),), (None, None))[1]
        if how not in ("name", "seat"):
            return place  # already a city
        if dates.dateline_place and not (expression is not None and expression.background):
            found = self.countries.phrases.get((lemma_of(dates.dateline_place),))
            if found and found[0] == place.country and found[1] in ("capital", "city"):
                return Place(dates.dateline_place, place.country)
        if how == "seat":
            return Place(self.countries.capitals.get(place.country, place.name), place.country)
        return place

    # -- dates and modes -------------------------------------------------------------------

    def _hard_clause(self, sent: Sentence, token: Token) -> tuple[int, int]:
        """Character range of the trigger's stretch between semicolons (a colon elaborates: same time)."""
        tokens = sent.tokens
        hard = {";"}
        first = next((tokens[i].end for i in range(token.index - 1, -1, -1) if tokens[i].text in hard), sent.start)
        last = next((tokens[i].start for i in range(token.index + 1, len(tokens)) if tokens[i].text in hard), sent.end)
        return first, last

    def _date_expression(self, expressions: tuple[TimeExpression, ...], sent: Sentence,
                         token: Token, bounds: tuple[int, int]) -> TimeExpression | None:
        own = [e for e in expressions if e.sentence == sent.index and bounds[0] <= e.start < bounds[1]]
        before = [e for e in own if e.start <= token.start]
        # The most specific wins: "Во вторник, накануне визита, ...": the weekday, since
        # "накануне визита" counts from the visit, not from the publication.
        rank = {"explicit": 0, "month": 1, "year": 1, "weekday": 2, "same_day": 3, "next_day": 3, "days_before": 3, "relative": 4}
        # "встреча ... состоялась 23 октября": a noun's own light verb may stand between it and its date, and
        # so may the verb that plans it ("заседание решено провести в 2024 году", "может состояться осенью").
        allowed = (self.lexicon.light_verbs | self.lexicon.future_governors | self.lexicon.hypothetical_governors
                   | self.lexicon.hypothetical_words if token.pos != "VERB" else frozenset())

        # "Указы о введении пошлин Трамп подписал 1 февраля": the verb stating the noun through a carrier is its own.
        stating = self._asserting(sent, token).index

        def other_verb_between(start: int, end: int) -> bool:
            return any(t.pos == "VERB" and t.lemma not in allowed and start <= t.start < end
                       and t.index not in (token.index, stating) for t in sent.tokens)

        after = None
        # A date after the trigger is its own unless another verb or another event's trigger stands
        # between: "договорились встретиться в апреле" and "достигнута договоренность о проведении
        # заседания во втором полугодии" date the meeting, not the agreement.
        def on_stating_verb(expr: TimeExpression) -> bool:
            # "Договоренность о порядке патрулирования была достигнута 21 октября": the date hangs from
            # the verb stating the trigger, whatever the trigger's own topic names in between.
            return stating != token.index and token.head == stating and any(
                expr.start <= t.start < expr.end and t.head == stating for t in sent.tokens)

        for expr in (e for e in own if e.start > token.start):
            between = [t for t in sent.tokens if token.end <= t.start < expr.start]
            # "посетить Таджикистан с государственным визитом в 2025 году": the visit noun after a visiting
            # verb tells the same visit.
            if on_stating_verb(expr) or (not other_verb_between(token.end, expr.start) and not any(
                    t.lemma in self.lexicon.triggers and t.index != stating
                    and not (token.lemma in self.lexicon.visit_words and t.pos == "NOUN" and t.lemma in self.lexicon.visit_words)
                    for t in between)):
                # "на вторник, 31 января": a date apposed to the first one may be more specific.
                apposed = [e for e in own if e.start > expr.start and e.start - expr.end <= APPOSED_DATE_GAP]
                after = min([expr, *apposed[:1]], key=lambda e: rank.get(e.kind, 5))
            break
        if before:
            nearest = min(reversed(before), key=lambda e: rank.get(e.kind, 5))
            # "во вторник приняло решение закрыть с 30 ноября": the weekday dates the decision.
            if after is not None and other_verb_between(nearest.end, token.start):
                return after
            return nearest
        if after is not None:
            return after
        return self._then(expressions, sent, bounds)

    def _then(self, expressions: tuple[TimeExpression, ...], sent: Sentence,
              bounds: tuple[int, int]) -> TimeExpression | None:
        """"Тогда стороны подписали ...": the last calendar date the text stated before."""
        tokens = sent.tokens
        if not any(t.lemma == "тогда" and (t.index + 1 >= len(tokens) or tokens[t.index + 1].lemma != "как")
                   for t in tokens if bounds[0] <= t.start < bounds[1]):
            return None
        earlier = [e for e in expressions if e.sentence < sent.index and e.kind in ("explicit", "month", "year")]
        return earlier[-1] if earlier else None

    def _speaker_of_state(self, sent: Sentence, mentions: list[ActorMention], states: set[str | None]) -> Actor | None:
        """The subject of a verb of speech in the sentence ("Фицо заявил, что ...", "В МИД предупредили")
        who speaks for one of the states."""
        states = states - {None}  # a body of no state (the EU) has no one speaking for a state
        tokens = sent.tokens
        for m in mentions:
            head = tokens[_phrase_head(sent, m)]
            verb = tokens[head.head] if head.head >= 0 else None
            if verb is not None and head.rel == "nsubj" and m.actor.country in states and m.actor.kind != "country" \
                    and (verb.lemma in self.lexicon.speech_verbs or verb.lemma in self.lexicon.triggers):
                return m.actor
        return None

    @staticmethod
    def _conditional(sent: Sentence) -> bool:
        """Does the sentence state a condition ("если ...", "в случае ...")?"""
        tokens = sent.tokens
        return any(t.lemma in CONDITIONALS or (t.lemma == "случай" and t.index > 0 and tokens[t.index - 1].lemma == "в")
                   for t in tokens)

    def _continues_narrative(self, sent: Sentence) -> bool:
        """Does the sentence open by going on from the event told before ("Вскоре", "В ответ", "Через
        несколько дней")?"""
        opening = " ".join(t.text.lower() for t in sent.tokens[:4] if t.pos != "PUNCT")
        return any(opening == phrase or opening.startswith(phrase + " ") for phrase in self.lexicon.narrative_openers)

    def _date(self, expression: TimeExpression | None, dates: DocumentDates, story: _Story,
              participants: list[Actor], sent: Sentence | None = None,
              token: Token | None = None) -> tuple[PartialDate | None, str]:
        if expression is not None:
            value = resolve(expression, dates.published, story.context_date)
            if value is not None:
                return value, expression.kind if expression.kind in ("month", "year") else "day"
        if token is not None and token.pos == "VERB" and token.feats.get("Tense") == "Pres" \
                and token.feats.get("VerbForm") == "Fin" and dates.published is not None:
            # "Мы решительно отвергаем обвинения": said in the present, it is the report's own day.
            p = dates.published
            return PartialDate(p.month, p.day, p.year), "publication"
        last = story.told[-1] if story.told else None
        if last is not None and last.date is not None and last.auxiliary == "historical" \
                and sent is not None and self._continues_narrative(sent):
            # "24 ноября 2015 года истребитель сбил ... Через несколько дней Россия ввела санкции": the
            # story of the past goes on, about the time of the event told before.
            return last.date, last.date_precision
        keys = {entity_key(a) for a in participants}
        same_parties = [e for e in story.told if {entity_key(a) for a in e.actor + e.recipient} == keys
                        and e.auxiliary in (None, "historical")]
        # "сам факт встречи Моди и Си": the parties' meeting told before; the story's present
        # meeting before a background one.
        same_parties.sort(key=lambda e: e.auxiliary is None)
        if same_parties:
            return same_parties[-1].date, same_parties[-1].date_precision
        meeting = story.last_meeting
        if meeting is not None and meeting.auxiliary is None and meeting.date_precision == "day":
            return meeting.date, "day"  # an undated sentence goes on telling the story's meeting
        context = story.context_date
        # "Визит ..., состоявшийся вчера": the story's date — unless it is a background date
        # ("1 апреля удар по консульству ..."), which does not date later undated sentences.
        if context is not None and context.year is not None and not (
                dates.published and context.to_date() < dates.published - timedelta(days=HISTORICAL_DAYS)):
            return context, "day"
        if dates.dateline is not None:
            return dates.dateline, "day"
        if dates.published is not None:
            p = dates.published
            return PartialDate(p.month, p.day, p.year), "publication"
        return None, "unknown"

    def _auxiliary(self, sent: Sentence, token: Token, expression: TimeExpression | None,
                   event_date: PartialDate | None, published: date | None) -> str | None:
        tokens = sent.tokens
        window = tokens[max(0, token.index - 4) : token.index]
        heads = self._governors(sent, token)
        # A governor not reached through a list ("не угрожать ... и провести встречу" negates only the first).
        direct = heads[:1] + ([heads[1]] if len(heads) > 1 and heads[0].rel != "conj" and token.rel != "conj" else [])
        if any(t.head == token.index and t.rel == "mark" and t.lemma in CONDITIONALS and t.index < token.index
               and not any(u.text in (",", ";") for u in tokens[t.index : token.index]) for t in tokens):
            return "hypothetical"  # "если ХАМАС не вернет заложников": a condition, negated or not
        # "не участвовали", and "не будет участвовать": the particle before the governor or attached to it.
        negated = {g.index for g in direct if (g.index > 0 and tokens[g.index - 1].lemma in self.lexicon.negation)
                   or any(t.head == g.index and t.rel == "advmod" and t.lemma in self.lexicon.negation
                          and t.index < g.index for t in tokens)}
        if any(g.lemma in self.lexicon.hypothetical_governors | self.lexicon.negating_verbs for g in direct
               if g.index in negated):
            return "hypothetical"  # "не исключили встречи", "не отказывается от встречи": possible
        if any(t.lemma in self.lexicon.negation for t in window[-2:]) or negated or any(
                t.lemma in self.lexicon.negating_verbs for t in heads + list(window)):
            return "negated"  # "не провели переговоров", "раунд так и не состоялся", "отменила визит"
        if self._was_due(sent, token):
            return "negated"  # "где должна была состояться его встреча с Пашиняном": it did not take place
        if any(t.lemma in self.lexicon.hypothetical_words and _qualifies(t, token) for t in window) or any(
                t.lemma in self.lexicon.hypothetical_governors for t in heads) or any(
                t.lemma in self.lexicon.hypothetical_words and t.pos in ("VERB", "AUX") for t in heads):
            # "встреча может состояться": a modal verb the trigger hangs from
            return "hypothetical"
        if self._modal_predicate(sent, token):
            return "hypothetical"
        if self._invitation_only(sent, heads):
            return "hypothetical"  # "пригласил посетить Россию в удобное время": possible, not planned
        if token.feats.get("Tense") == "Fut" or any(t.feats.get("Tense") == "Fut" for t in heads) or any(
                t.lemma in self.lexicon.future_words and _qualifies(t, token)
                for t in heads + list(window)) or any(
                t.lemma in self.lexicon.future_governors for t in heads):
            return "future"
        if expression is not None and expression.kind == "explicit" and event_date and event_date.year and published \
                and event_date.to_date() > published + timedelta(days=1):
            return "future"  # "закрыть с 30 ноября", told on the 28th
        if expression is not None and expression.background:
            return "historical"
        if event_date and event_date.year and published and event_date.to_date() < published - timedelta(days=HISTORICAL_DAYS):
            return "historical"
        return None

    def _invitation_only(self, sent: Sentence, heads: list[Token]) -> bool:
        """Does the trigger hang from an invitation the sentence does not tell as accepted?"""
        return any(self.lexicon.invites(g.lemma) for g in heads) and not self._accepts_invitation(sent)

    def _accepts_invitation(self, sent: Sentence) -> bool:
        """"Приглашение было принято", "приглашение принял": the sentence tells an invitation accepted."""
        return any(t.lemma in self.lexicon.invitation_nouns and t.rel in ("obj", "nsubj:pass")
                   and 0 <= t.head < len(sent.tokens) and sent.tokens[t.head].lemma in self.lexicon.accepting_verbs
                   for t in sent.tokens)

    def _plan_invited_visit(self, sent: Sentence, previous: Sentence, story: _Story) -> None:
        """"Пригласил Путина посетить Тегеран. Приглашение было принято.": the visit invited to in the
        sentence before is planned, no longer only possible."""
        if not any(self.lexicon.invites(t.lemma) for t in previous.tokens):
            return  # "Встреча может состояться осенью. Приглашение принято": no visit was invited to
        for event in reversed(story.told):
            if event.event == "CONSULT" and event.auxiliary == "hypothetical" \
                    and any(m.start == previous.start for m in event.mentions):
                event.auxiliary = "future"
                story.note(sent.index, "the invitation told before is accepted: its visit is planned")
                return

    def _was_due(self, sent: Sentence, token: Token) -> bool:
        """"должна была состояться встреча", "должен был посетить": an event that was due, told as such,
        is one that did not happen."""
        first, last = self._clause(sent, token)
        tokens = sent.tokens
        for t in tokens[max(first, token.index - 4) : min(last, token.index + 1) + 1]:
            if t.lemma in ("должный", "должен") and t.index + 1 < len(tokens):
                following = tokens[t.index + 1]
                if following.lemma == "быть" and following.feats.get("Tense") == "Past":
                    return True
        return False

    def _modal_predicate(self, sent: Sentence, token: Token) -> bool:
        """Is a nominative trigger noun followed, in its clause, by a modal verb as its predicate ("встреча
        Трампа и Си может состояться осенью"), whatever the parse hung the noun from?"""
        if token.pos != "NOUN" or token.feats.get("Case") != "Nom":
            return False
        last = self._clause(sent, token)[1]
        for t in sent.tokens[token.index + 1 : last + 1]:
            if t.text in (",", ";", ":") or t.pos == "SCONJ":
                return False
            if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
                return t.lemma in self.lexicon.hypothetical_words
        return False

    def _governors(self, sent: Sentence, token: Token) -> list[Token]:
        """The trigger's head and the head's head within its clause (light verbs, "договорились провести")."""
        first, last = self._clause(sent, token)
        chain, node, steps = [], token, 0
        while first <= node.head <= last and steps < 2 and len(chain) < MAX_GOVERNORS:
            head = sent.tokens[node.head]
            if head.index == token.index:
                break  # a parse cycle leads back to the trigger
            chain.append(head)
            # A first conjunct and a carrier noun are no step of their own: "договорились довести
            # ... и провести заседание", "договорились о проведении встречи".
            if node.rel != "conj" and not self._carries(sent, head):
                steps += 1
            node = head
        return chain

    def _contexts(self, text: str) -> list[str]:
        lowered = text.lower()
        found = ["diplomatic"]
        for name, prefixes in self.lexicon.contexts.items():
            if any(re.search(r"\b" + re.escape(p), lowered) for p in prefixes):
                found.append(name)
        return found

    def _quantity(self, text: str) -> dict | None:
        match = QUANTITY.search(text)
        if not match:
            return None
        qualifier = {"более": "more than", "свыше": "more than", "около": "about", "порядка": "about",
                     "почти": "almost", "не менее": "at least", "менее": "less than"}.get((match.group(1) or "").lower())
        return {"what": "documents signed", "value": int(match.group(2)), "qualifier": qualifier,
                "text": match.group(0).strip()}


def _up_through(tokens: tuple[Token, ...], index: int, relations: frozenset[str], limit: int) -> list[Token]:
    """The token at index and the heads above it reached through the given relations."""
    chain = [tokens[index]]
    while len(chain) <= limit and chain[-1].rel in relations and chain[-1].head >= 0:
        chain.append(tokens[chain[-1].head])
    return chain


def _opener(sent: Sentence, token: Token) -> Token | None:
    """The word before a noun and its adjectives: "[после] долгой беседы", "[по] итогам"."""
    k = token.index - 1
    while k >= 0 and sent.tokens[k].pos == "ADJ":
        k -= 1
    return sent.tokens[k] if k >= 0 else None


def _qualifies(word: Token, trigger: Token) -> bool:
    """A word of modality counts unless it is an adjective of another noun: "возможных переговоров"
    qualifies the talks, "стала возможной после разговора" does not."""
    return word.pos != "ADJ" or word.head == trigger.index


def _destination_starts(tokens: tuple[Token, ...], i: int) -> list[int]:
    """Where the place after "в"/"во" begins, for the word at i: near it ("визит в Тбилиси"), or
    attached to it past a long genitive ("визит президента Индонезии Прабово Субианто в Японию")."""
    return [j + 1 for j in range(i + 1, len(tokens) - 1) if tokens[j].lemma in ("в", "во")
            and (j < i + 4 or (tokens[j].head >= 0 and tokens[tokens[j].head].head == i))]


def _describe(event: Event) -> str:
    parties = ", ".join(a.canonical or a.name for a in event.actor)
    if event.recipient:
        parties += " -> " + ", ".join(a.canonical or a.name for a in event.recipient)
    details = [d for d in (event.mode, event.channel, event.auxiliary) if d]
    where = f" in {event.event_loc.name}" if event.event_loc else ""
    when = event.date.iso() if event.date else "no date"
    return f"event {event.event} [{parties}] {when} ({event.date_precision}){where} {'/'.join(details)}".rstrip()


def _quoted_stretches(tokens: tuple[Token, ...]) -> list[tuple[int, int, bool]]:
    """Pairs of quotation marks (open, close) and whether the words between hold a finite verb (speech)."""
    marks = [t.index for t in tokens if t.text in QUOTES]
    return [(open_, close, any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"
                               for t in tokens[open_ + 1 : close]))
            for open_, close in zip(marks[0::2], marks[1::2])]


def _quoted_names(tokens: tuple[Token, ...]) -> set[int]:
    """Indices of the words inside quotation marks that open with a capital and hold no finite verb:
    names ("«Совместный меч»"), not quoted speech or terms ("«персонами нон грата»")."""
    return {i for open_, close, speech in _quoted_stretches(tokens)
            if not speech and close > open_ + 1 and tokens[open_ + 1].text[:1].isupper()
            for i in range(open_ + 1, close)}


def _speech_quotes(tokens: tuple[Token, ...]) -> set[int]:
    """Indices of quotation marks that open or close quoted speech (a stretch with a finite verb)."""
    result = {i for open_, close, speech in _quoted_stretches(tokens) if speech for i in (open_, close)}
    marks = [t.index for t in tokens if t.text in QUOTES]
    if len(marks) % 2:  # an unclosed quote: speech running to the sentence's end
        result.add(marks[-1])
    return result


def _place_name(span: tuple[Token, ...]) -> str:
    """A place name in the nominative, capitalized part by part ("Эр-Рияде" -> "Эр-Рияд")."""
    words = []
    for t in span:
        word = t.text if t.feats.get("Case") == "Nom" else t.lemma
        words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words).replace(" - ", "-")


def _state_mention(countries, mention: ActorMention) -> ActorMention:
    """The same mention standing for its actor's state."""
    return replace(mention, actor=countries.actor(mention.actor.country, mention.actor.entity_text))


def _gapping(tokens: tuple[Token, ...], first: int, last: int, openers: tuple[str, ...]) -> bool:
    """Do tokens first..last stand in a gapped clause, ", а X — ...", the verb left out after the dash?"""
    return first >= 2 and last + 1 < len(tokens) and tokens[first - 1].lemma in openers \
        and tokens[first - 2].text == "," and tokens[last + 1].text in DASHES


def _second_predicate(tokens: tuple[Token, ...], i: int) -> bool:
    """Does ", и" (", а также") at i open a second finite verb of the same subject (", и предлагал ...",
    ", а также вместе с вице-премьером провел заседание")?"""
    if i == 0 or tokens[i - 1].text != ",":
        return False
    if tokens[i].lemma == "и":
        ahead = tokens[i + 1 : i + 4]
        return any(t.pos == "VERB" and t.feats.get("VerbForm") == "Fin" for t in ahead) and not any(
            t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" for t in ahead)
    if tokens[i].lemma != "а" or i + 1 == len(tokens) or tokens[i + 1].lemma != "также":
        return False
    for t in tokens[i + 2 :]:  # the verb of ", а также" may stand past an adverbial
        if t.pos == "PUNCT":
            return False
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            return not any(w.rel.startswith("nsubj") and w.head == t.index for w in tokens[i + 2 : t.index])
    return False


def _of_place(actor: Actor, where: Place | None) -> Actor:
    """A body that acts at home with no state named ("полиция", "протестующие") is the state's of the place."""
    if actor.kind != "organization" or actor.country or not actor.office or where is None or where.country is None:
        return actor
    body = listed_body(actor.office)
    if body is None or not body.domestic:
        return actor
    if body.of_state:
        return body_actor(body, where.country, actor.entity_text)
    return replace(actor, country=where.country, identifier_id=f"{actor.identifier_id}:{where.country}")


def _opens_time_clause(tokens: tuple[Token, ...], i: int) -> bool:
    """"..., после того как демонстранты напали ...": a clause of another act, told to date this one."""
    following = [t.text.lower() for t in tokens[i + 1 : i + 4] if t.text != ","]
    return tokens[i].lemma in ("после", "до", "перед") and following[:2] == ["того", "как"]


def _abbreviation(mention: ActorMention) -> bool:
    """Is the mention written as an abbreviation ("США", "КНР", "ЕС"), which does not decline?"""
    text = mention.actor.entity_text
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _phrase_head(sent: Sentence, mention: ActorMention) -> int:
    """The token of a mention whose head lies outside it (the mention's own head word)."""
    span = range(mention.first_token, mention.last_token + 1)
    return next((i for i in span if sent.tokens[i].head not in span), mention.first_token)


def _describes_post(sent: Sentence, mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """Does a body or state only say whose post a named person holds: "санкции против главнокомандующего
    суданской армией Абдель Фаттаха аль-Бурхана"? It follows the post noun the name is apposed to."""
    tokens = sent.tokens
    post = mention.first_token - 1
    if mention.actor.kind == "person" or post < 0 or tokens[post].pos != "NOUN":
        return False

    # "командующий флотом России адмирал Виктор Соколов": up a chain of appositions.
    return any(other.actor.kind == "person" and other.first_token > mention.last_token
               and post in {t.index for t in _up_through(tokens, _phrase_head(sent, other), APPOSED, MAX_GOVERNORS)[1:]}
               for other in mentions)


def _if_clauses(tokens: tuple[Token, ...]) -> list[tuple[Token, Token, Token]]:
    """Each "если" with the verb of its condition and the verb of the consequence the condition hangs from."""
    result = []
    for mark in (t for t in tokens if t.lemma == "если" and 0 <= t.head < len(tokens)):
        condition = tokens[mark.head]
        if 0 <= condition.head < len(tokens):
            result.append((mark, condition, tokens[condition.head]))
    return result


def _path_up(tokens: tuple[Token, ...], index: int) -> list[Token]:
    """The word at `index` and the words above it to the root, bounded: a parse may hold a cycle."""
    path = [tokens[index]]
    while path[-1].head >= 0 and len(path) <= MAX_GOVERNORS * 2:
        path.append(tokens[path[-1].head])
    return path


def _subject_over(sent: Sentence, mention: ActorMention, trigger: Token) -> Token | None:
    """The trigger's subject the mention's phrase hangs from ("40 тысяч польских военнослужащих"), or None."""
    head = sent.tokens[_phrase_head(sent, mention)].head
    if head < 0:
        return None
    subject = sent.tokens[head]
    return subject if subject.rel.startswith("nsubj") and subject.head == trigger.index else None


def _distinct(mentions: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    result = []
    for mention in mentions:
        key = entity_key(mention.actor)
        if mention.plural_reference or key in seen:
            continue
        seen.add(key)
        result.append(mention)
    return result


def _drop_covered_countries(actors: list[Actor], others: list[Actor]) -> list[Actor]:
    """A country is not a separate party when one of its officials is already in the event."""
    people_countries = {a.country for a in actors + others if a.kind == "person"}
    return [a for a in actors if not (a.kind == "country" and a.country in people_countries)]


def _pair(event: Event, first: Actor, second: Actor) -> Event:
    """One two-party meeting out of a list of separate ones: a party at home hosts the other."""
    venue = event.event_loc.country if event.event_loc else None
    if venue is not None and first.country != second.country and venue in (first.country, second.country):
        guest, host = (first, second) if venue == second.country else (second, first)
        return replace(event, actor=[guest], recipient=[host], mode="visit")
    return replace(event, actor=[first, second], recipient=[], mode="third-party" if venue else event.mode)


def event_id(event: Event) -> str:
    """Stable id of an event: its type, participants and date."""
    parts = [event.event, event.auxiliary or "", event.date.iso() if event.date else "",
             *sorted(entity_key(a) for a in event.actor + event.recipient)]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def with_id(event: Event) -> Event:
    return replace(event, id=event_id(event))


def _names_a_member(tokens: tuple[Token, ...], index: int) -> bool:
    """Does the apposition at `index` name a member of its head ("в том числе X", "включая X",
    "среди них X")?"""
    return any(t.head == index and (t.lemma in INCLUSION_WORDS or (t.lemma == "число" and t.index > 1
               and tokens[t.index - 2].lemma == "в")) for t in tokens)


def _first_conjunct(sent: Sentence, token: Token) -> Token:
    """The first member of the list the token ends ("прекращения огня и отвода войск" -> "прекращения");
    a bounded climb, since a parse may link conjuncts in a cycle."""
    node = token
    for _ in range(MAX_GOVERNORS):
        if node.rel != "conj" or not 0 <= node.head < len(sent.tokens):
            break
        node = sent.tokens[node.head]
    return node


def _preposition_of(sent: Sentence, heads, lemmas: set[str] | None = None) -> Token | None:
    """The preposition (any, or one of `lemmas`) the parse attaches to one of the tokens `heads`."""
    heads = set(heads)
    return next((t for t in sent.tokens if t.rel == "case" and t.head in heads
                 and (lemmas is None or t.lemma in lemmas)), None)


def _has_preposition(sent: Sentence, heads, lemmas: set[str] | None = None) -> bool:
    """Does a preposition (any, or one of `lemmas`) attach to one of the tokens `heads`?"""
    return _preposition_of(sent, heads, lemmas) is not None
