"""The event lexicons of data/triggers.yaml, plover.yaml and contexts.yaml, loaded and validated."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from communique.data import DataFileError, load_yaml, require_keys

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
KINDS = ("meet", "receive", "visit", "discuss", "sign", "congratulate", "praise", "agree", "directed")


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    kind: str
    needs: frozenset[str]
    channel: str | None
    not_before: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()  # words of the sentence that make it another act


@dataclass(frozen=True)
class Coding:
    cameo: str
    quad: int
    scale: float


@dataclass(frozen=True)
class EventLexicon:
    triggers: dict[str, tuple[Trigger, ...]]  # by lemma
    channels: dict[str, str]  # cue lemma -> channel
    visit_words: frozenset[str]
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    future_words: frozenset[str]
    hypothetical_words: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    light_verbs: frozenset[str]
    participation_words: frozenset[str]
    carrier_nouns: frozenset[str]
    decision_nouns: frozenset[str]
    deciding_verbs: frozenset[str]
    inviting_verbs: frozenset[str]
    invitation_nouns: frozenset[str]
    accepting_verbs: frozenset[str]
    announcing_verbs: frozenset[str]
    easing_verbs: frozenset[str]
    crowd_nouns: frozenset[str]
    organizing_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    source_nouns: frozenset[str]
    not_political: frozenset[str]
    document_nouns: frozenset[str]
    relational_nouns: frozenset[str]
    single_party_types: frozenset[str]
    separate_words: frozenset[str]
    request_nouns: frozenset[str]
    summoning_verbs: frozenset[str]
    unanswered_verbs: frozenset[str]
    report_nouns: frozenset[str]
    refused_commitments: frozenset[str]
    agreeing_verbs: frozenset[str]
    accusing_verbs: frozenset[str]
    judging_verbs: frozenset[str]
    occasion_nouns: frozenset[str]
    personal_meeting_words: frozenset[str]
    domestic_types: frozenset[str]
    state_acts: frozenset[str]
    force_types: frozenset[str]
    threatened_types: frozenset[str]
    narrative_openers: tuple[str, ...]
    venue_nouns: frozenset[str]
    claim_nouns: dict[str, str]  # a noun for an act told before -> its PLOVER type
    courtesy_nouns: frozenset[str]
    contexts: dict[str, tuple[str, ...]]
    types: dict[str, Coding]
    specific: dict[str, Coding]

    def types_of(self, lemma: str) -> set[str]:
        """The PLOVER types a word triggers."""
        return {t.type for t in self.triggers.get(lemma, ())}

    def kinds_of(self, lemma: str) -> set[str]:
        """The trigger kinds a word has ("meet", "receive", ...)."""
        return {t.kind for t in self.triggers.get(lemma, ())}

    def invites(self, lemma: str) -> bool:
        """Is the word one of an invitation ("пригласить", "приглашение")?"""
        return lemma in self.inviting_verbs or lemma in self.invitation_nouns

    def asks(self, lemma: str) -> bool:
        """Is the word one of a request ("призыв", "потребовать")?"""
        return lemma in self.request_nouns or "REQUEST" in self.types_of(lemma)

    def coding(self, event_type: str, mode: str | None, kind: str) -> Coding:
        """CAMEO code, quad class and Goldstein scale of a PLOVER type with its mode or kind."""
        base = self.types[event_type]
        return self.specific.get(f"{event_type}/{mode}") or self.specific.get(f"{event_type}/{kind}") or base


# The lists of words read as they stand from triggers.yaml: every word-set field but the one derived.
WORD_SETS = tuple(f.name for f in fields(EventLexicon) if f.type == "frozenset[str]" and f.name != "agreeing_verbs")


@cache
def event_lexicon() -> EventLexicon:
    data = load_yaml("triggers.yaml")
    require_keys("triggers.yaml", data, WORD_SETS)
    triggers: dict[str, list[Trigger]] = {}
    for entry in data["triggers"]:
        require_keys("triggers.yaml", entry, ("lemma", "pos", "type", "kind"))
        if entry["type"] not in PLOVER_TYPES:
            raise DataFileError(f"triggers.yaml: {entry['lemma']}: {entry['type']} is not a PLOVER type")
        if entry["kind"] not in KINDS:
            raise DataFileError(f"triggers.yaml: {entry['lemma']}: unknown kind {entry['kind']}")
        if "imperfective" in entry and entry["pos"] != "VERB":
            raise DataFileError(f"triggers.yaml: {entry['lemma']}: only a verb has an imperfective partner")
        for lemma in (entry["lemma"], *([entry["imperfective"]] if "imperfective" in entry else [])):
            triggers.setdefault(lemma, []).append(
                Trigger(lemma, entry["pos"], entry["type"], entry["kind"],
                        frozenset(entry.get("needs", [])), entry.get("channel"), frozenset(entry.get("not_before", [])),
                        frozenset(entry.get("unless", [])))
            )
    if not set(data["claim_nouns"].values()) <= set(PLOVER_TYPES):
        raise DataFileError("triggers.yaml: claim_nouns name types that are not PLOVER types")
    for key in ("domestic_types", "state_acts", "force_types", "threatened_types"):
        if not set(data[key]) <= set(PLOVER_TYPES):
            raise DataFileError(f"triggers.yaml: {key} {sorted(set(data[key]) - set(PLOVER_TYPES))} are not PLOVER types")
    channels = {cue: channel for channel, cues in data["channels"].items() for cue in cues}
    plover = load_yaml("plover.yaml")
    types = {name: Coding(str(v["cameo"]), int(v["quad"]), float(v["scale"])) for name, v in plover["types"].items()}
    missing = set(PLOVER_TYPES) - set(types)
    if missing:
        raise DataFileError(f"plover.yaml lacks {', '.join(sorted(missing))}")
    specific = {key: Coding(str(v["cameo"]), types[key.split("/")[0]].quad, float(v["scale"]))
                for key, v in plover["specific"].items()}
    contexts = {name: tuple(words) for name, words in load_yaml("contexts.yaml")["contexts"].items()}
    return EventLexicon(
        triggers={k: tuple(v) for k, v in triggers.items()},
        channels=channels,
        **{key: frozenset(data[key]) for key in WORD_SETS},
        # The verbs of agreeing are the lexicon's own: "договорились восстановить отношения".
        agreeing_verbs=frozenset(t.lemma for ts in triggers.values() for t in ts if t.kind == "agree" and t.pos == "VERB"),
        narrative_openers=tuple(data["narrative_openers"]),
        claim_nouns=dict(data["claim_nouns"]),
        contexts=contexts,
        types=types,
        specific=specific,
    )
