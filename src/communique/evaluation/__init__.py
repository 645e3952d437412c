"""Scoring of `extract` output against a `communique-gold/1` file (rules: shared/eval/README.md).

A predicted event matches a gold event of the same document when the types are equal, every
gold participant is matched by a predicted actor or recipient (an alias equals, ignoring
case and ё/е, the canonical name, the nominative name or the text as written), no predicted
participant is left unmatched, and the date is within tolerance. Country-level predicted
actors match a gold participant of that country only when the gold lists the country's name
among its aliases. Each gold event is matched at most once.

Predictions whose auxiliary mode is future, hypothetical or negated are not claims that an
event took place. A gold file that annotates only events that did happen leaves them out of
precision and counts them separately. A gold file with `"annotates_auxiliary": true` (dev80)
annotates those too: then every prediction is scored, and a prediction matches a gold event
only if both happened or both did not, with the same auxiliary mode; historical versus
null is scored apart as auxiliary accuracy. A gold file that lists `annotated_types` says
which PLOVER types its annotator coded; predictions of other types cannot be judged against
it and are counted apart (`other_types`), not as false positives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from communique.errors import GoldFormatError

NOT_HAPPENED = {"future", "hypothetical", "negated"}


def _fold(text: str | None) -> str:
    return (text or "").casefold().replace("ё", "е").strip()


@dataclass
class TypeCounts:
    predicted: int = 0
    matched: int = 0
    gold: int = 0
    recalled: int = 0
    optional: int = 0  # predictions that matched optional gold: neither right nor wrong


@dataclass
class Report:
    predicted: int = 0
    matched_predictions: int = 0
    optional_matches: int = 0
    gold_required: int = 0
    recalled: int = 0
    not_happened: int = 0
    mode_hits: int = 0
    channel_hits: int = 0
    channel_total: int = 0
    role_hits: int = 0
    location_hits: int = 0
    location_total: int = 0
    matched_total: int = 0
    auxiliary_hits: int = 0
    other_types: int = 0  # predictions of types the gold does not annotate
    by_auxiliary: dict[str, TypeCounts] = field(default_factory=dict)  # keyed by auxiliary mode, "none" for null
    leaks: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    document_checks: dict[str, dict[str, bool]] = field(default_factory=dict)
    by_type: dict[str, TypeCounts] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        denominator = self.predicted - self.optional_matches
        return self.matched_predictions / denominator if denominator else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold_required if self.gold_required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mode_accuracy(self) -> float:
        return self.mode_hits / self.matched_total if self.matched_total else 1.0

    @property
    def channel_accuracy(self) -> float:
        return self.channel_hits / self.channel_total if self.channel_total else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.role_hits / self.matched_total if self.matched_total else 1.0

    @property
    def auxiliary_accuracy(self) -> float:
        return self.auxiliary_hits / self.matched_total if self.matched_total else 1.0

    @property
    def location_accuracy(self) -> float:
        return self.location_hits / self.location_total if self.location_total else 1.0


def load_gold(path: Path) -> dict:
    """Read a gold file; raises GoldFormatError naming the file and the problem."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFormatError(f"{path}: cannot be read as JSON ({exc})") from exc
    if gold.get("format") != "communique-gold/1" or not isinstance(gold.get("documents"), list):
        raise GoldFormatError(f"{path}: not a communique-gold/1 file (format and documents required)")
    for doc in gold["documents"]:
        if "file" not in doc or "events" not in doc:
            raise GoldFormatError(f"{path}: a document lacks 'file' or 'events'")
    return gold


def load_output(directory: Path) -> tuple[list[dict], list[dict]]:
    try:
        documents = [json.loads(line) for line in (directory / "documents.jsonl").read_text(encoding="utf-8").splitlines() if line]
        events = [json.loads(line) for line in (directory / "events.jsonl").read_text(encoding="utf-8").splitlines() if line]
    except (OSError, ValueError) as exc:
        raise GoldFormatError(f"{directory}: no readable documents.jsonl/events.jsonl ({exc})") from exc
    return documents, events


def _actor_names(actor: dict) -> set[str]:
    return {_fold(actor.get(k)) for k in ("canonical", "name", "entity_text") if actor.get(k)}


def _participant_matches(gold_p: dict, actor: dict) -> bool:
    aliases = {_fold(a) for a in gold_p.get("aliases", [])}
    return bool(aliases & _actor_names(actor))


def _date_matches(gold_event: dict, predicted: str | None) -> bool:
    gold_date = gold_event.get("date")
    if not gold_date:
        return True  # a planned or refused event the text gives no date for
    if not predicted:
        return False
    tolerance = gold_event.get("date_tolerance_days", 0) or 0
    if gold_event.get("match_month_day_only") or predicted.startswith("--"):
        if not gold_event.get("match_month_day_only"):
            return False
        return predicted[-5:] == gold_date[-5:]
    try:
        return abs((date.fromisoformat(predicted) - date.fromisoformat(gold_date)).days) <= tolerance
    except ValueError:
        return False


def event_matches(gold_event: dict, predicted: dict) -> bool:
    """The README's matching rule for one gold and one predicted event of a document."""
    if gold_event["type"] != predicted["event"]:
        return False
    parties = [*predicted.get("actor", []), *predicted.get("recipient", [])]
    gold_parties = gold_event.get("participants", [])
    if not all(any(_participant_matches(g, p) for p in parties) for g in gold_parties):
        return False
    if not all(any(_participant_matches(g, p) for g in gold_parties) for p in parties):
        return False
    return _date_matches(gold_event, predicted.get("date"))


def _quotes_evidence(gold_event: dict, predicted: dict) -> bool:
    evidence = (gold_event.get("evidence") or "").split("...")[0].strip()
    return bool(evidence) and any(evidence[:60] in m.get("sentence", "") for m in predicted.get("mentions", []))


def _role_correct(gold_event: dict, predicted: dict) -> bool:
    for g in gold_event.get("participants", []):
        side = predicted["actor"] if g.get("role") == "actor" else predicted.get("recipient", [])
        if not any(_participant_matches(g, p) for p in side):
            return False
    return True


def _location_correct(gold_loc: dict, predicted_loc: dict | None) -> bool:
    if not predicted_loc:
        return False
    aliases = {_fold(a) for a in gold_loc.get("aliases", [])}
    return _fold(predicted_loc.get("name")) in aliases or (
        predicted_loc.get("country") is not None and predicted_loc.get("country") == gold_loc.get("country")
        and not gold_loc.get("aliases"))


def evaluate(gold: dict, documents: list[dict], events: list[dict]) -> Report:
    """Score predictions of one extract run against gold; documents are joined by file name."""
    report = Report()
    doc_by_file = {Path(d["path"]).name: d for d in documents}
    id_to_file = {d["doc_id"]: Path(d["path"]).name for d in documents}
    per_file: dict[str, list[dict]] = {}
    for event in events:
        files = {id_to_file.get(m["doc_id"], Path(m["path"]).name) for m in event.get("mentions", [])}
        for name in files:
            per_file.setdefault(name, []).append(event)
    for gold_doc in gold["documents"]:
        name = gold_doc["file"]
        predicted_doc = doc_by_file.get(name)
        report.document_checks[name] = _document_checks(gold_doc, predicted_doc)
        predictions = per_file.get(name, [])
        forbidden = {_fold(f) for f in gold_doc.get("forbidden_participants", [])}
        for event in predictions:
            for p in [*event.get("actor", []), *event.get("recipient", [])]:
                names = _actor_names(p)
                if any(f and any(f in n for n in names) for f in forbidden):
                    report.leaks.append(f"{name}: {p.get('entity_text')} in {event['event']}")
        scope = set(gold.get("annotated_types") or ())
        if scope:
            report.other_types += sum(e["event"] not in scope for e in predictions)
            predictions = [e for e in predictions if e["event"] in scope]
        _score_document(report, name, gold_doc.get("events", []), predictions, gold.get("annotates_auxiliary", False))
    return report


def _auxiliary_agrees(gold_event: dict, predicted: dict) -> bool:
    """Both happened (null or historical), or both did not, in the same way."""
    g, p = gold_event.get("auxiliary"), predicted.get("auxiliary")
    return g == p if (g in NOT_HAPPENED or p in NOT_HAPPENED) else True


def _score_document(report: Report, name: str, gold_events: list[dict], predictions: list[dict],
                    with_auxiliary: bool = False) -> None:
    used: set[int] = set()
    for gold_event in gold_events:
        counts = report.by_type.setdefault(gold_event["type"], TypeCounts())
        if gold_event.get("required", True):
            report.gold_required += 1
            counts.gold += 1
            if with_auxiliary:
                report.by_auxiliary.setdefault(gold_event.get("auxiliary") or "none", TypeCounts()).gold += 1
    for event in predictions:
        counts = report.by_type.setdefault(event["event"], TypeCounts())
        if event.get("auxiliary") in NOT_HAPPENED and not with_auxiliary:
            report.not_happened += 1
            continue
        report.predicted += 1
        counts.predicted += 1
        aux_counts = report.by_auxiliary.setdefault(event.get("auxiliary") or "none", TypeCounts()) if with_auxiliary else None
        if aux_counts is not None:
            aux_counts.predicted += 1
        candidates = [i for i, g in enumerate(gold_events) if i not in used and event_matches(g, event)
                      and (not with_auxiliary or _auxiliary_agrees(g, event))]
        # Of several gold events the prediction fits, take the one whose evidence it quotes.
        match = min(candidates, key=lambda i: not _quotes_evidence(gold_events[i], event), default=None)
        if match is None:
            report.false_positives.append(f"{name}: {event['event']} {event.get('date')} "
                                          f"{[p.get('name') for p in event['actor'] + event.get('recipient', [])]}")
            continue
        used.add(match)
        gold_event = gold_events[match]
        if gold_event.get("required", True):
            report.matched_predictions += 1
            report.recalled += 1
            counts.matched += 1
            counts.recalled += 1
            if aux_counts is not None:
                aux_counts.matched += 1
                report.by_auxiliary.setdefault(gold_event.get("auxiliary") or "none", TypeCounts()).recalled += 1
        else:
            report.optional_matches += 1
            counts.optional += 1
            if aux_counts is not None:
                aux_counts.optional += 1
        report.matched_total += 1
        report.auxiliary_hits += (gold_event.get("auxiliary") or None) == (event.get("auxiliary") or None)
        report.mode_hits += gold_event.get("mode") == event.get("mode")
        if gold_event.get("channel"):
            report.channel_total += 1
            report.channel_hits += gold_event["channel"] == event.get("channel")
        report.role_hits += _role_correct(gold_event, event)
        if gold_event.get("location"):
            report.location_total += 1
            report.location_hits += _location_correct(gold_event["location"], event.get("event_loc"))
    for i, gold_event in enumerate(gold_events):
        if i not in used and gold_event.get("required", True):
            report.missed.append(f"{name}: {gold_event.get('id', i)}")


def _document_checks(gold_doc: dict, predicted: dict | None) -> dict[str, bool]:
    if predicted is None:
        return {"present": False}
    body = predicted.get("body") or ""
    checks = {"present": True}
    published = gold_doc.get("published") or {}
    if "date" in published:
        gold_date, got = published.get("date"), predicted.get("published")
        if gold_date is None:
            checks["published"] = got is None
        else:
            tolerance = published.get("tolerance_days", 0) or 0
            checks["published"] = bool(got) and abs((date.fromisoformat(got) - date.fromisoformat(gold_date)).days) <= tolerance
    expected = gold_doc.get("body") or {}
    if expected.get("starts_with"):
        checks["body_start"] = body.lstrip().startswith(expected["starts_with"])
    if expected.get("ends_with"):
        checks["body_end"] = body.rstrip().endswith(expected["ends_with"]) or _ends_before_attribution(body, expected["ends_with"])
    if gold_doc.get("boilerplate"):
        checks["boilerplate"] = not any(b in body for b in gold_doc["boilerplate"])
    return checks


def _ends_before_attribution(body: str, ending: str) -> bool:
    # A closing attribution such as "(ТАСС)." may stay after the last sentence.
    stripped = body.rstrip()
    last_paragraph = stripped.rsplit("\n", 1)[-1]
    return len(last_paragraph) < 20 and stripped[: -len(last_paragraph)].rstrip().endswith(ending)
