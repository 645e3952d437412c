"""Stages fuse and store: one event per real event, idempotent storage."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from communique.fuse import fuse_events
from communique.pipeline import fuse_across
from communique.records import Actor, Event, EventMention, PartialDate
from communique.store import Repository, StoreError

PUTIN = Actor("Путин", "Владимир Путин", "Vladimir Putin", "kb:vladimir-putin", "RUS", "head_of_state", "person")
XI = Actor("Си", "Си Цзиньпин", "Xi Jinping", "kb:xi-jinping", "CHN", "head_of_state", "person")
CHINA = Actor("Китай", "Китай", "Китай", None, "CHN", None, "country")


def _event(day: int, actors, channel="phone", precision="day", doc="d1", start=0) -> Event:
    return Event("CONSULT", "phone", channel, None, ["diplomatic"], PartialDate(2, day, 2024), precision,
                 actors, [], None, "041", 1, 1.0, 0.9, "разговор",
                 mentions=[EventMention(doc, f"{doc}.txt", "s", start, start + 1)])


def test_reports_of_one_event_merge_and_keep_every_mention():
    fused = fuse_events([_event(8, [PUTIN, XI]), _event(8, [XI, PUTIN], doc="d2"),
                         _event(9, [PUTIN, CHINA], precision="publication", doc="d3")])
    assert len(fused) == 1
    assert {m.doc_id for m in fused[0].mentions} == {"d1", "d2", "d3"}
    assert fused[0].date == PartialDate(2, 8, 2024)  # the stated date wins over a publication date


def test_merged_visit_keeps_the_host_person_over_the_host_country():
    country_host = replace(_event(8, [PUTIN], channel="in_person"), recipient=[CHINA])
    person_host = replace(_event(8, [PUTIN], channel="in_person", doc="d2"), recipient=[XI])
    for first, second in ((country_host, person_host), (person_host, country_host)):
        (fused,) = fuse_events([first, second])
        assert fused.actor == [PUTIN] and fused.recipient == [XI]


def test_different_days_and_channels_stay_apart():
    fused = fuse_events([_event(8, [PUTIN, XI]), _event(15, [PUTIN, XI]),
                         _event(8, [PUTIN, XI], channel="in_person")])
    assert len(fused) == 3


def _directed(kind: str, cameo: str, quad: int, actor: Actor, recipient: Actor, doc: str) -> Event:
    return replace(_event(8, [actor], channel=None, doc=doc), event=kind, mode=None, recipient=[recipient],
                   cameo=cameo, quad_code=quad)


def test_an_act_of_conflict_keeps_its_sides_and_cooperation_told_both_ways_is_one_event():
    accusations = fuse_events([_directed("ACCUSE", "112", 3, PUTIN, CHINA, "d1"),
                               _directed("ACCUSE", "112", 3, XI, PUTIN, "d2")])
    assert [(e.actor, e.recipient) for e in accusations] == [([PUTIN], [CHINA]), ([XI], [PUTIN])]
    assert len(fuse_events([_directed("ACCUSE", "112", 3, PUTIN, CHINA, "d1"),
                            _directed("ACCUSE", "112", 3, PUTIN, XI, "d2")])) == 1  # one accusation, two reports
    assert len(fuse_events([_directed("SUPPORT", "051", 1, PUTIN, XI, "d1"),
                            _directed("SUPPORT", "051", 1, XI, PUTIN, "d2")])) == 1


def test_store_is_idempotent(db_url, process_text):
    doc = process_text(" date 2025-04-03 Лавров и Фидан\n\nМосква, 3 апреля. Министр иностранных дел России "
                       "Сергей Лавров провел переговоры с главой МИД Турции Хаканом Фиданом, прибывшим в Москву.\n")
    repo = Repository(db_url)
    first = repo.save([doc], fuse_across([doc]))
    assert (first.documents_added, first.events_added) == (1, 1)
    again = repo.save([doc], fuse_across([doc]))
    assert (again.documents_added, again.events_added, again.mentions_added) == (0, 0, 0)
    assert repo.counts() == {"documents": 1, "events": 1, "mentions": 1}
    (stored,) = repo.events()
    assert stored["event"] == "CONSULT" and stored["mode"] == "visit"
    if repo.dialect == "sqlite":
        with sqlite3.connect(db_url) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bad_database_path_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open database"):
        Repository(str(blocker / "sub" / "c.db"))


def test_seeds_plus_a_reprint_plus_the_seeds_again(pipeline, tmp_path, db_url):
    from .conftest import SEEDS

    seed = SEEDS / "004_f39505ee9e7c4ad6.txt"
    reprint = tmp_path / "other_site_copy.txt"
    text = seed.read_text(encoding="utf-8").replace("Рассказать друзьям", "Поделиться в соцсетях")
    reprint.write_text("Си Цзиньпин встретился с Токаевым\n" + text, encoding="utf-8")
    alone = fuse_across([d for d in pipeline.run([str(SEEDS)])])
    processed = [d for d in pipeline.run([str(SEEDS), str(reprint), str(SEEDS)])]
    fused = fuse_across(processed)
    assert len(fused) == len(alone)
    meeting = next(e for e in fused if e.event == "CONSULT" and e.mode == "visit"
                   and {a.canonical for a in e.recipient} == {"Xi Jinping"})
    assert (meeting.num_documents, meeting.num_sources) == (2, 1)
    repo = Repository(db_url)
    repo.save(processed, fused)
    again = repo.save(processed, fused)
    assert (again.documents_added, again.events_added, again.mentions_added) == (0, 0, 0)
    stored = next(e for e in repo.events() if e["id"] == meeting.id)
    assert (stored["num_documents"], stored["num_sources"]) == (2, 1)
