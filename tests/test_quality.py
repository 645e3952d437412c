"""Quality gates: event scores on the annotated corpora may not drop under the pinned floors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from communique.evaluation import evaluate, load_gold
from communique.output import document_record, event_record
from communique.pipeline import fuse_across

from .conftest import ROOT, SEEDS

KB_OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "party_leader"}
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


def _score(pipeline, corpus: Path, floors: dict):
    gold_path = (ROOT / floors["gold"]).resolve()
    if not gold_path.exists():
        pytest.fail(f"gold file {gold_path} is missing: ../shared must stand beside the checkout")
    digest = hashlib.sha256(gold_path.read_bytes()).hexdigest()
    assert digest == floors["sha256"], f"{gold_path} changed: re-measure and update tests/quality_floors.json"
    processed = [d for d in pipeline.run([str(corpus)]) if hasattr(d, "events")]
    documents = [document_record(d) for d in processed]
    events = [event_record(e) for e in fuse_across(processed)]
    return evaluate(load_gold(gold_path), documents, events)


@pytest.mark.slow
def test_seed_floors(pipeline):
    floors = FLOORS["seeds"]
    report = _score(pipeline, SEEDS, floors)
    assert report.recall >= floors["recall"], report.missed
    assert report.precision >= floors["precision"], report.false_positives
    assert report.mode_accuracy >= floors["mode_accuracy"]
    assert len(report.leaks) <= floors["leaks"], report.leaks
    good_docs = sum(all(c.values()) for c in report.document_checks.values())
    assert good_docs >= floors["documents_as_gold"], report.document_checks


@pytest.mark.slow
@pytest.mark.parametrize(("name", "corpus"), [("examples", "examples/corpus"), ("second", "testsets/second/corpus"),
                                             ("blind3", "testsets/blind3/corpus"),
                                             ("heldout4", "testsets/heldout4/corpus"),
                                             ("dev80", "testsets/dev80/corpus"),
                                             ("material", "testsets/material/corpus"),
                                             ("blind6", "testsets/blind6/corpus"),
                                             ("material7", "testsets/material7/corpus"),
                                             ("blind8", "testsets/blind8/corpus"),
                                             ("dev9", "testsets/dev9/corpus"),
                                             ("blind10", "testsets/blind10/corpus")])
def test_event_floors_of_our_corpora(pipeline, name, corpus):
    floors = FLOORS[name]
    report = _score(pipeline, ROOT / corpus, floors)
    assert report.f1 >= floors["f1"], (report.f1, report.false_positives, report.missed)
    assert report.precision >= floors["precision"]
    assert report.recall >= floors["recall"]
    assert len(report.leaks) <= floors["leaks"], report.leaks
    good_docs = sum(all(c.values()) for c in report.document_checks.values())
    assert good_docs >= floors["documents_as_gold"], report.document_checks


@pytest.mark.slow
def test_document_layer_floors(pipeline):
    from communique.evaluation.documents import evaluate_documents, load_document_gold

    floors = FLOORS["documents"]
    gold_path = ROOT / floors["gold"]
    assert hashlib.sha256(gold_path.read_bytes()).hexdigest() == floors["sha256"], "re-measure the floors"
    processed = [d for d in pipeline.run([str(ROOT / "testsets" / "documents" / "inputs")]) if hasattr(d, "events")]
    report = evaluate_documents(load_document_gold(gold_path), [document_record(d) for d in processed])
    assert len(report.missing) <= floors["missing"], report.missing
    assert report.boilerplate_f1 >= floors["boilerplate_f1"], (report.kept_boilerplate, report.lost_body)
    assert report.date_accuracy >= floors["date_accuracy"], report.date_errors
    assert report.reprint_f1 >= floors["reprint_f1"], (report.reprint_gold, report.reprint_predicted)


@pytest.mark.slow
def test_every_seed_participant_resolves_to_its_person_country_and_office(pipeline):
    """Each required gold event's participants, in the event that matches it: a person from the
    knowledge base with an office, or a state, in the gold's country."""
    gold = load_gold((ROOT / FLOORS["seeds"]["gold"]).resolve())
    processed = [d for d in pipeline.run([str(SEEDS)]) if hasattr(d, "events")]
    events = [event_record(e) for e in fuse_across(processed)]

    def matches(alias: str, actor: dict) -> bool:
        return alias.lower().replace("ё", "е") in {(actor.get(k) or "").lower().replace("ё", "е")
                                                 for k in ("canonical", "name", "entity_text")}

    checked = 0
    for doc in gold["documents"]:
        for gold_event in (e for e in doc["events"] if e.get("required", True)):
            candidates = [e for e in events if e["event"] == gold_event["type"]
                          and any(m["path"].endswith(doc["file"]) for m in e["mentions"])]
            found = None
            for event in candidates:
                actors = event["actor"] + event["recipient"]
                pairs = [(p, next((a for a in actors if any(matches(x, a) for x in p["aliases"])), None))
                         for p in gold_event["participants"]]
                if all(actor is not None for _, actor in pairs):
                    found = pairs
                    break
            assert found is not None, gold_event["id"]
            for participant, actor in found:
                assert actor["country"] == participant["country"], (gold_event["id"], actor)
                if actor["kind"] == "person":
                    # Officials outside the knowledge base (a deputy minister) keep the office of their
                    # title and no identifier; the KB's offices must resolve to a KB person.
                    assert actor["office"], (gold_event["id"], actor)
                    if actor["office"] in KB_OFFICES:
                        assert actor["identifier_id"], (gold_event["id"], actor)
                checked += 1
    assert checked >= 16
