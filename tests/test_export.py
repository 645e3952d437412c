"""Export formats: GDELT 2.0 Event TSV, PLOVER JSONL, Parquet (communique.export)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pyarrow.parquet as pq
import pytest

from communique.actors.kb import person_id_for
from communique.export import FORMATS, export_events
from communique.export.actors import cameo_actor
from communique.export.gdelt import COLUMNS, gdelt_row, global_event_id
from communique.export.parquet import SCHEMA

BODY_KREMLIN = (
    "Президент России Владимир Путин прибыл в Пекин с государственным визитом.\n"
    "Путин и председатель КНР Си Цзиньпин провели переговоры. Министр иностранных дел России "
    "Сергей Лавров провел телефонный разговор с главой МИД Турции Хаканом Фиданом.\n"
    "Путин не поедет в США в июне, сообщил Песков."
)
BODY_TASS = "Евросоюз ввел новые санкции против России, говорится в заявлении Совета ЕС."


def person(text, name, canonical, country, office):
    return {"entity_text": text, "name": name, "canonical": canonical, "identifier_id": person_id_for(canonical),
            "country": country, "office": office, "kind": "person"}


PUTIN = person("Владимир Путин", "Владимир Путин", "Vladimir Putin", "RUS", "head_of_state")
XI = person("Си Цзиньпин", "Си Цзиньпин", "Xi Jinping", "CHN", "head_of_state")
LAVROV = person("Сергей Лавров", "Сергей Лавров", "Sergey Lavrov", "RUS", "foreign_minister")
FIDAN = person("Хаканом Фиданом", "Хакан Фидан", "Hakan Fidan", "TUR", "foreign_minister")
EU = {"entity_text": "Евросоюз", "name": "Евросоюз", "canonical": "European Union", "identifier_id": None,
      "country": None, "office": None, "kind": "organization", "sector": "IGO"}
RUSSIA = {"entity_text": "России", "name": "Россия", "canonical": "Россия", "identifier_id": None,
          "country": "RUS", "office": None, "kind": "country"}
USA = {"entity_text": "США", "name": "США", "canonical": "США", "identifier_id": None,
       "country": "USA", "office": None, "kind": "country"}


def mention(doc_id, body, sentence):
    start = body.index(sentence)
    return {"doc_id": doc_id, "path": f"corpus/{doc_id}.txt", "sentence": sentence, "start": start,
            "end": start + len(sentence)}


def event(event_id, plover, cameo, quad, scale, actor, recipient, mentions, **fields):
    record = {
        "id": event_id, "event": plover, "mode": None, "channel": "in_person", "auxiliary": None,
        "context": ["diplomatic"], "date": "2025-05-08", "date_precision": "day", "actor": actor,
        "recipient": recipient, "event_loc": None, "cameo": cameo, "quad_code": quad, "event_scale": scale,
        "confidence": 0.8, "trigger": "переговоры", "quantity": None, "num_mentions": len(mentions),
        "num_documents": len({m["doc_id"] for m in mentions}), "num_sources": len({m["doc_id"] for m in mentions}),
        "mentions": mentions,
    }
    record.update(fields)
    return record


VISIT = event(
    "a1b2c3d4e5f60718", "CONSULT", "042", 1, 1.9, [PUTIN], [XI],
    [mention("kremlin", BODY_KREMLIN, "Президент России Владимир Путин прибыл в Пекин с государственным визитом."),
     mention("kremlin", BODY_KREMLIN, "Путин и председатель КНР Си Цзиньпин провели переговоры.")],
    mode="visit", event_loc={"name": "Пекин", "country": "CHN"}, first_seen="2025-05-08", last_seen="2025-05-09",
)
PHONE = event(
    "0f1e2d3c4b5a6978", "CONSULT", "041", 1, 1.0, [LAVROV], [FIDAN],
    [mention("kremlin", BODY_KREMLIN, "Министр иностранных дел России Сергей Лавров провел телефонный разговор "
                                      "с главой МИД Турции Хаканом Фиданом.")],
    mode="phone", channel="phone", date="--04-03", date_precision="day",
    event_loc={"name": "Москва", "country": "RUS"}, trigger="телефонный разговор",
)
SANCTION = event(
    "5a5a5a5a5a5a5a5a", "SANCTION", "163", 4, -8.0, [EU], [RUSSIA],
    [mention("tass", BODY_TASS, BODY_TASS)],
    context=["economic"], event_loc={"name": "Брюссель", "country": "BEL"}, trigger="санкции",
)
NOT_GOING = event(
    "9999888877776666", "CONSULT", "042", 1, 1.9, [PUTIN], [USA],
    [mention("kremlin", BODY_KREMLIN, "Путин не поедет в США в июне, сообщил Песков.")],
    mode="visit", auxiliary="negated", date="2025-06-15", date_precision="month", trigger="поедет",
)
RECORDS = [VISIT, PHONE, SANCTION, NOT_GOING]
DOCUMENTS = {
    "kremlin": {"doc_id": "kremlin", "path": "corpus/kremlin.txt", "url": "http://kremlin.ru/events/1",
                "title": "Переговоры с Председателем КНР", "published": "2025-05-08", "attributed_to": [],
                "language": "ru", "body": BODY_KREMLIN},
    "tass": {"doc_id": "tass", "path": "corpus/tass.txt", "url": None, "title": None, "published": "2025-05-20",
             "attributed_to": ["ТАСС"], "body": BODY_TASS},
}


def read_gdelt(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""  # every row ends with a newline
    header, *rows = [line.split("\t") for line in lines[:-1]]
    return header, [dict(zip(header, row)) for row in rows], rows


@pytest.fixture
def gdelt(tmp_path):
    path = tmp_path / "events.tsv"
    count = export_events(RECORDS, DOCUMENTS, "gdelt-csv", path)
    header, rows, raw = read_gdelt(path)
    return count, header, {row["GLOBALEVENTID"]: row for row in rows}, raw


def gdelt_of(rows, record):
    return rows[str(global_event_id(record["id"]))]


def test_gdelt_has_the_61_columns_of_gdelt_2_in_order(gdelt):
    count, header, rows, raw = gdelt
    assert len(header) == 61 and tuple(header) == COLUMNS
    assert header[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert header[25:29] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode"]
    assert header[-2:] == ["DATEADDED", "SOURCEURL"]
    assert all(len(row) == 61 for row in raw)
    assert count == len(raw) == 3


def test_gdelt_leaves_out_events_that_did_not_happen(gdelt, tmp_path):
    _, _, rows, _ = gdelt
    assert str(global_event_id(NOT_GOING["id"])) not in rows
    path = tmp_path / "all.tsv"
    assert export_events(RECORDS, DOCUMENTS, "gdelt-csv", path, include_unrealized=True) == 4


def test_gdelt_codes_actors_in_cameo(gdelt):
    _, _, rows, _ = gdelt
    visit = gdelt_of(rows, VISIT)
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert visit["Actor1Name"] == "VLADIMIR PUTIN"
    assert (visit["Actor2Code"], visit["Actor2CountryCode"]) == ("CHNGOV", "CHN")
    sanction = gdelt_of(rows, SANCTION)
    assert sanction["Actor1Code"] == "IGOEUREEC"
    assert (sanction["Actor1KnownGroupCode"], sanction["Actor1Type1Code"], sanction["Actor1CountryCode"]) == ("EEC", "IGO", "")
    assert (sanction["Actor2Code"], sanction["Actor2Name"], sanction["Actor2Type1Code"]) == ("RUS", "RUSSIAN FEDERATION", "")


def test_gdelt_names_a_state_organ_by_its_state(tmp_path):
    ministry = {"entity_text": "МИД Норвегии", "name": "МИД Норвегии", "canonical": "Норвегия",
                "identifier_id": "org:foreign_ministry:NOR", "country": "NOR", "office": "foreign_ministry",
                "kind": "organization", "sector": "GOV"}
    protest = event("7b7b7b7b7b7b7b7b", "ACCUSE", "112", 2, -2.0, [ministry], [RUSSIA],
                    [mention("tass", BODY_TASS, BODY_TASS)], trigger="осудил")
    path = tmp_path / "organ.tsv"
    export_events([protest], DOCUMENTS, "gdelt-csv", path)
    _, (row,), _ = read_gdelt(path)
    assert (row["Actor1Code"], row["Actor1Name"]) == ("NORGOV", "NORWAY")


def test_gdelt_event_codes_come_from_cameo(gdelt):
    _, _, rows, _ = gdelt
    visit, sanction = gdelt_of(rows, VISIT), gdelt_of(rows, SANCTION)
    assert (visit["EventCode"], visit["EventBaseCode"], visit["EventRootCode"]) == ("042", "042", "04")
    assert (sanction["EventCode"], sanction["EventBaseCode"], sanction["EventRootCode"]) == ("163", "163", "16")
    assert (sanction["QuadClass"], sanction["GoldsteinScale"]) == ("4", "-8")
    assert (visit["NumMentions"], visit["NumArticles"], visit["NumSources"], visit["AvgTone"]) == ("2", "1", "1", "")


def test_gdelt_action_geography_uses_fips_codes(gdelt):
    _, _, rows, _ = gdelt
    visit, phone, sanction = gdelt_of(rows, VISIT), gdelt_of(rows, PHONE), gdelt_of(rows, SANCTION)
    assert (visit["ActionGeo_Type"], visit["ActionGeo_CountryCode"], visit["ActionGeo_FullName"]) == ("4", "CH", "Пекин, China")
    assert phone["ActionGeo_CountryCode"] == "RS"  # FIPS RS is Russia (ISO RS would be Serbia)
    assert sanction["ActionGeo_CountryCode"] == "BE"
    assert (visit["Actor1Geo_Type"], visit["Actor1Geo_CountryCode"]) == ("0", "")
    country_level = dict(zip(COLUMNS, gdelt_row({**SANCTION, "event_loc": {"name": "Россия", "country": "RUS"}},
                                                 DOCUMENTS, datetime.now(timezone.utc))))
    assert (country_level["ActionGeo_Type"], country_level["ActionGeo_FullName"]) == ("1", "Russian Federation")


def test_gdelt_dates_and_sources(gdelt):
    _, _, rows, _ = gdelt
    visit, phone, sanction = gdelt_of(rows, VISIT), gdelt_of(rows, PHONE), gdelt_of(rows, SANCTION)
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"], visit["FractionDate"]) == (
        "20250508", "202505", "2025", "2025.4329")
    assert (phone["SQLDATE"], phone["Year"]) == ("", "")  # "--04-03": the year is not guessed
    assert visit["DATEADDED"] == "20250508000000"
    assert len(sanction["DATEADDED"]) == 14
    assert visit["SOURCEURL"] == "http://kremlin.ru/events/1"
    assert sanction["SOURCEURL"] == "corpus/tass.txt"  # no url: the path
    assert (visit["IsRootEvent"], phone["IsRootEvent"]) == ("1", "0")


def test_gdelt_event_ids_are_stable_integers(tmp_path):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    export_events(RECORDS, DOCUMENTS, "gdelt-csv", first)
    export_events(list(reversed(RECORDS)), DOCUMENTS, "gdelt-csv", second)
    ids_first = {row["GLOBALEVENTID"] for row in read_gdelt(first)[1]}
    ids_second = {row["GLOBALEVENTID"] for row in read_gdelt(second)[1]}
    assert ids_first == ids_second and len(ids_first) == 3
    assert all(0 < int(value) < 2**63 for value in ids_first)


def test_cameo_roles_follow_offices_and_organizations():
    defense = cameo_actor({"country": "RUS", "office": "defense_minister", "kind": "person"})
    assert (defense.code, defense.types) == ("RUSGOVMIL", ("GOV", "MIL"))
    assert cameo_actor({"country": "CHN", "office": "ambassador", "kind": "person"}).code == "CHNGOV"
    guterres = person("Антониу Гутерриш", "Антониу Гутерриш", "António Guterres", None, "igo_head")
    assert (cameo_actor(guterres).code, cameo_actor(guterres).known_group) == ("IGOUNO", "UNO")
    nato = {"name": "НАТО", "kind": "organization"}
    assert cameo_actor(nato).code == "IGOWSTNAT"


def test_plover_jsonl_round_trips_and_keeps_the_evidence(tmp_path):
    path = tmp_path / "events.jsonl"
    assert export_events(RECORDS, DOCUMENTS, "plover-jsonl", path) == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    records = {r["id"]: r for r in map(json.loads, lines)}
    assert len(lines) == len(records) == 4
    visit = records[VISIT["id"]]
    assert (visit["event"], visit["mode"], visit["date"]) == (["CONSULT"], "visit", "2025-05-08")
    assert visit["source"][0].items() >= {"code": "RUS", "sector": "GOV", "actor_text": "Владимир Путин",
                                          "identifier_text": "Vladimir Putin", "office": "head_of_state"}.items()
    assert visit["recipient"][0]["code"] == "CHN"
    assert visit["event_loc"] == {"name": "Пекин", "cc3": "CHN", "country_code": "CN"}
    assert visit["text"] == VISIT["mentions"][0]["sentence"]
    assert [e["sentence"] for e in visit["evidence"]] == [m["sentence"] for m in VISIT["mentions"]]
    start, end = visit["evidence"][1]["start"], visit["evidence"][1]["end"]
    assert BODY_KREMLIN[start:end] == visit["evidence"][1]["sentence"]
    assert visit["cite_info"]["url"] == "http://kremlin.ru/events/1"
    sanction = records[SANCTION["id"]]
    assert (sanction["source"][0]["code"], sanction["source"][0]["cameo_code"]) == ("IGO", "IGOEUREEC")
    assert records[PHONE["id"]]["date"] == "--04-03"
    assert records[NOT_GOING["id"]]["auxiliary"] == "negated"


def test_plover_puts_future_in_context():
    from communique.export.plover import plover_record

    future = plover_record({**NOT_GOING, "auxiliary": "future"}, DOCUMENTS)
    assert future["context"] == ["diplomatic", "future"] and future["auxiliary"] == "future"


def test_parquet_reads_back_with_nested_fields(tmp_path):
    path = tmp_path / "events.parquet"
    assert export_events(RECORDS, DOCUMENTS, "parquet", path) == 4
    table = pq.read_table(path)
    assert table.num_rows == 4 and table.schema.equals(SCHEMA)
    rows = {row["id"]: row for row in table.to_pylist()}
    visit = rows[VISIT["id"]]
    assert [(p["role"], p["cameo_code"], p["sector"]) for p in visit["participants"]] == [
        ("actor", "RUSGOV", "GOV"), ("recipient", "CHNGOV", "GOV")]
    assert visit["mentions"][0]["sentence"] == VISIT["mentions"][0]["sentence"]
    assert visit["mentions"][0]["url"] == "http://kremlin.ru/events/1"
    assert visit["context"] == ["diplomatic"] and str(visit["event_date"]) == "2025-05-08"
    assert rows[PHONE["id"]]["event_date"] is None and rows[PHONE["id"]]["date"] == "--04-03"
    assert rows[SANCTION["id"]]["participants"][0]["cameo_code"] == "IGOEUREEC"


def test_parquet_of_no_events_keeps_the_schema(tmp_path):
    path = tmp_path / "empty.parquet"
    assert export_events([], {}, "parquet", path) == 0
    assert pq.read_table(path).schema.equals(SCHEMA)


def test_unknown_format_is_named():
    with pytest.raises(ValueError, match="'kml'.*plover-jsonl"):
        export_events(RECORDS, DOCUMENTS, "kml", "out.kml")
    assert FORMATS == ("plover-jsonl", "gdelt-csv", "parquet")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failed_export_leaves_no_half_file(tmp_path, fmt):
    target = tmp_path / "events.out"
    target.write_text("previous export", encoding="utf-8")
    broken = [VISIT, {"event": "CONSULT"}]  # no id: fails after the first event
    with pytest.raises(KeyError):
        export_events(broken, DOCUMENTS, fmt, target)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["events.out"]
