"""The repository layer, run on SQLite and on a real PostgreSQL server (fixture `db_url`)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from communique.fuse import fuse_events, settle
from communique.pipeline import fuse_across
from communique.records import Actor, Event, EventMention, PartialDate, Place
from communique.store import EventFilter, Repository, StoreError, database_url
from communique.store.schema import SCHEMA_VERSION

LAVROV_FIDAN_TASS = (" date 2025-04-03 Лавров и Фидан\n\nМосква, 3 апреля. /ТАСС/. Министр иностранных дел России "
                     "Сергей Лавров провел в четверг переговоры с главой МИД Турции Хаканом Фиданом, прибывшим в "
                     "Москву. Стороны обсудили ситуацию в Сирии и на Южном Кавказе.\n")
LAVROV_FIDAN_NEXT_DAY = (" date 2025-04-04 Фидан в Москве\n\nАнкара, 4 апреля. Глава турецкой дипломатии Хакан Фидан "
                         "накануне встретился в Москве с российским коллегой Сергеем Лавровым. По словам источника, "
                         "министры уделили внимание торговле и энергетике.\n")
LAVROV_FIDAN_WEEK_LATER = (" date 2025-04-10 Лавров и Фидан в Анталье\n\nАнталья, 10 апреля. Министр иностранных дел "
                           "России Сергей Лавров 10 апреля провел переговоры с главой МИД Турции Хаканом Фиданом на "
                           "полях дипломатического форума в Анталье.\n")


def _saved(repo: Repository, *docs):
    docs = list(docs)
    return repo.save(docs, fuse_across(docs))


def test_a_new_report_in_a_later_run_joins_the_stored_event(db_url, process_text):
    repo = Repository(db_url)
    first = _saved(repo, process_text(LAVROV_FIDAN_TASS))
    assert (first.documents_added, first.events_added) == (1, 1)
    later = _saved(repo, process_text(LAVROV_FIDAN_NEXT_DAY))
    assert (later.documents_added, later.events_added, later.events_updated) == (1, 0, 1)
    (meeting,) = [e for e in repo.events() if e["event"] == "CONSULT"]
    assert (meeting["num_documents"], meeting["num_sources"]) == (2, 2)
    assert meeting["num_mentions"] == len(meeting["mentions"]) >= 2
    assert (meeting["first_seen"], meeting["last_seen"]) == ("2025-04-03", "2025-04-04")
    assert meeting["date"] == "2025-04-03"
    # A meeting of the same pair a week later is another event.
    _saved(repo, process_text(LAVROV_FIDAN_WEEK_LATER))
    meetings = [e for e in repo.events() if e["event"] == "CONSULT"]
    assert sorted(e["date"] for e in meetings) == ["2025-04-03", "2025-04-10"]


def test_a_reprint_stored_in_a_later_run_is_no_new_source(db_url, process_text):
    repo = Repository(db_url)
    _saved(repo, process_text(LAVROV_FIDAN_TASS))
    copy = process_text(LAVROV_FIDAN_TASS.replace("Лавров и Фидан\n", "Переговоры в Москве\n")
                        .replace("Стороны обсудили", "Министры обсудили"))
    assert copy.reprint_of is None  # a run of its own cannot know the first copy
    _saved(repo, copy)
    (meeting,) = [e for e in repo.events() if e["event"] == "CONSULT"]
    assert (meeting["num_documents"], meeting["num_sources"]) == (2, 1)
    assert repo.document(copy.document.doc_id)["reprint_of"] is not None


def _report(doc: str, place: str | None, day: int, precision: str = "day", published: str = "2024-02-09") -> Event:
    putin = Actor("Путин", "Владимир Путин", "Vladimir Putin", "kb:putin", "RUS", "head_of_state", "person", "GOV")
    xi = Actor("Си", "Си Цзиньпин", "Xi Jinping", "kb:xi", "CHN", "head_of_state", "person", "GOV")
    mention = EventMention(doc, f"{doc}.txt", "Путин и Си провели переговоры.", 0, 30, f"2024-02-{day:02d}", precision,
                           place, "CHN" if place else None, published)
    return Event("CONSULT", "visit", "in_person", None, ["diplomatic"], PartialDate(2, day, 2024), precision,
                 [putin], [xi], Place(place, "CHN") if place else None, "042", 1, 1.9, 0.9, "переговоры",
                 mentions=[mention])


def test_conflicting_reports_keep_every_value_and_choose_the_best_supported():
    (event,) = fuse_events([_report("a", "Пекин", 8), _report("b", "Шанхай", 8), _report("c", "Пекин", 8),
                            _report("d", None, 9, "publication", "2024-02-10")])
    assert event.event_loc == Place("Пекин", "CHN")  # two reports against one
    assert event.date == PartialDate(2, 8, 2024)  # a stated day beats the publication-date fallback
    assert event.conflicts["place"] == [{"value": "Пекин", "country": "CHN", "reports": 2},
                                        {"value": "Шанхай", "country": "CHN", "reports": 1}]
    assert [c["value"] for c in event.conflicts["date"]] == ["2024-02-08", "2024-02-09"]
    assert (event.first_seen, event.last_seen) == ("2024-02-09", "2024-02-10")
    # The majority decides, not the order of arrival.
    assert settle(fuse_events([_report("x", "Шанхай", 8), _report("y", "Пекин", 8),
                               _report("z", "Пекин", 8)])[0]).event_loc.name == "Пекин"


def test_filters_select_by_party_dyad_type_dates_and_words(db_url, process_text):
    repo = Repository(db_url)
    _saved(repo, process_text(LAVROV_FIDAN_TASS), process_text(LAVROV_FIDAN_WEEK_LATER))
    assert repo.count_events(EventFilter(country="TUR")) == 2
    assert repo.count_events(EventFilter(dyad=("RUS", "TUR"), since="2025-04-05")) == 1
    assert repo.count_events(EventFilter(actor="Sergey Lavrov", until="2025-04-03")) == 1
    assert repo.count_events(EventFilter(actor="сергей лавров")) == 2
    assert repo.count_events(EventFilter(type="SANCTION")) == 0
    assert repo.count_events(EventFilter(text="Анталье")) == 1
    assert repo.count_events(EventFilter(text="АНТАЛЬЕ")) == 1  # Cyrillic case folding on both backends
    assert [e["date"] for e in repo.events(EventFilter(country="TUR"), limit=1, offset=1)] == ["2025-04-10"]
    timeline = repo.dyad_timeline("RUS", "TUR")
    assert timeline[0]["month"] == "2025-04" and timeline[0]["events"] >= 2
    names = {a["canonical"] for a in repo.actors()}
    assert {"Sergey Lavrov", "Hakan Fidan"} <= names


def test_search_finds_any_case_form_of_a_russian_word(db_url, process_text):
    repo = Repository(db_url)
    doc = process_text(LAVROV_FIDAN_TASS)
    _saved(repo, doc)
    (hit,) = repo.search("переговоры Сирия")  # the body says "переговоры" and "в Сирии"
    assert hit["doc_id"] == doc.document.doc_id and "Сири" in hit["snippet"]
    assert repo.search("Аргентина") == []
    assert repo.search("   ") == []


def test_api_tokens_are_stored_hashed(db_url):
    repo = Repository(db_url)
    token = repo.create_token("newsroom")
    assert repo.token_name(token) == "newsroom"
    assert repo.token_name(token + "x") is None
    engine = create_engine(database_url(db_url))
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash FROM api_tokens")).scalars().all()
    assert token not in stored and len(stored[0]) == 64
    with pytest.raises(StoreError, match="name"):
        repo.create_token("  ")


def test_a_failed_save_writes_nothing(db_url, process_text, monkeypatch):
    repo = Repository(db_url)
    _saved(repo, process_text(LAVROV_FIDAN_TASS))
    before = repo.counts()

    def broken(*_args):
        raise OperationalError("INSERT", {}, Exception("disk full"))

    monkeypatch.setattr(Repository, "_write_participants", broken)
    with pytest.raises(StoreError, match="nothing was written"):
        _saved(repo, process_text(LAVROV_FIDAN_WEEK_LATER))
    assert repo.counts() == before


V1_SCHEMA = [
    "CREATE TABLE schema_info (version INTEGER NOT NULL)",
    "CREATE TABLE documents (doc_id VARCHAR(32) PRIMARY KEY, path TEXT NOT NULL, title TEXT, language VARCHAR(8), "
    "published VARCHAR(10), published_from TEXT, attributed_to TEXT, body TEXT NOT NULL, reprint_of VARCHAR(32), "
    "added_at VARCHAR(32) NOT NULL)",
    "CREATE TABLE events (event_id VARCHAR(32) PRIMARY KEY, event VARCHAR(16) NOT NULL, mode VARCHAR(16), "
    "channel VARCHAR(16), auxiliary VARCHAR(16), date VARCHAR(10), date_precision VARCHAR(16), cameo VARCHAR(4), "
    "quad_code INTEGER, event_scale FLOAT, confidence FLOAT, record TEXT NOT NULL)",
    'CREATE TABLE event_mentions (event_id VARCHAR(32) REFERENCES events(event_id), doc_id VARCHAR(32) '
    'REFERENCES documents(doc_id), start INTEGER, "end" INTEGER NOT NULL, sentence TEXT NOT NULL, '
    'PRIMARY KEY (event_id, doc_id, start))',
    "INSERT INTO schema_info VALUES (1)",
]


def test_a_version_1_database_is_migrated_with_its_data(db_url):
    engine = create_engine(database_url(db_url))
    record = {"id": "e1", "event": "CONSULT", "mode": "phone", "channel": "phone", "auxiliary": None,
              "context": ["diplomatic"], "date": "2024-02-08", "date_precision": "day",
              "actor": [{"entity_text": "Путин", "name": "Владимир Путин", "canonical": "Vladimir Putin",
                         "identifier_id": "kb:putin", "country": "RUS", "office": "head_of_state", "kind": "person"}],
              "recipient": [], "event_loc": None, "cameo": "041", "quad_code": 1, "event_scale": 1.0,
              "confidence": 0.9, "trigger": "разговор", "quantity": None, "num_mentions": 1, "num_documents": 1,
              "num_sources": 1, "mentions": [{"doc_id": "d1", "path": "a.txt", "sentence": "s", "start": 0, "end": 1}]}
    with engine.begin() as conn:
        for statement in V1_SCHEMA:
            conn.execute(text(statement))
        conn.execute(text("INSERT INTO documents VALUES ('d1', 'a.txt', 'Т', 'ru', '2024-02-09', NULL, '[]', "
                          "'Путин провел телефонный разговор', NULL, '2024-02-09T10:00:00')"))
        conn.execute(text("INSERT INTO events VALUES ('e1', 'CONSULT', 'phone', 'phone', NULL, '2024-02-08', 'day', "
                          "'041', 1, 1.0, 0.9, :r)"), {"r": json.dumps(record, ensure_ascii=False)})
        conn.execute(text("INSERT INTO event_mentions VALUES ('e1', 'd1', 0, 1, 's')"))
    repo = Repository(db_url)
    assert repo.found_version == 1
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalar() == SCHEMA_VERSION
    assert repo.counts() == {"documents": 1, "events": 1, "mentions": 1}
    assert repo.count_events(EventFilter(actor="Vladimir Putin")) == 1
    assert repo.search("разговором")[0]["doc_id"] == "d1"
    # Opening again runs no migration.
    assert Repository(db_url).found_version == SCHEMA_VERSION


def test_a_newer_schema_is_refused(db_url):
    Repository(db_url)
    engine = create_engine(database_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE schema_info SET version = 99"))
    with pytest.raises(StoreError, match="newer"):
        Repository(db_url)
