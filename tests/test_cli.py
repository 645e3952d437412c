"""The command line, end to end on small inputs."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from communique.cli import app

runner = CliRunner()

ARTICLE = (" date 2025-06-05 Токаев принял премьера Вьетнама\n\n"
           "Астана, 5 июня. Президент Казахстана Касым-Жомарт Токаев принял в Акорде премьер-министра "
           "Вьетнама Фам Минь Тьиня, прибывшего в Казахстан с официальным визитом.\n")


def test_every_command_has_help():
    for command in ("run", "extract", "evaluate", "evaluate-documents", "factru", "explain", "export", "serve"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_extract_writes_the_contract_and_reports_bad_files(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.output
    documents = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["path"].rsplit("/", 1)[-1] for d in documents] == ["good.txt"]
    assert set(documents[0]) >= {"doc_id", "path", "title", "language", "published", "published_from",
                                 "attributed_to", "body", "reprint_of"}
    (event,) = events
    assert set(event) >= {"id", "event", "mode", "channel", "auxiliary", "context", "date", "date_precision",
                          "actor", "recipient", "event_loc", "cameo", "quad_code", "event_scale",
                          "confidence", "mentions"}
    assert event["mode"] == "visit" and event["recipient"][0]["canonical"] == "Kassym-Jomart Tokayev"
    body = documents[0]["body"]
    mention = event["mentions"][0]
    assert body[mention["start"] : mention["end"]] == mention["sentence"]


def test_run_stores_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "c.db"
    first = runner.invoke(app, ["run", str(path), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "added 1 documents, 1 events" in first.output
    second = runner.invoke(app, ["run", str(path), "--db", str(db)])
    assert "added 0 documents, 0 events" in second.output and "holds 1 documents, 1 events" in second.output


def test_evaluate_rejects_a_file_that_is_not_gold(tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text('{"format": "other"}', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(tmp_path), "--gold", str(bad)])
    assert result.exit_code == 2 and "not a communique-gold/1 file" in result.output


def test_bad_language_set_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--out", str(tmp_path / "o"), "--languages", "ru,qq"])
    assert result.exit_code == 2 and "unknown ISO 639-1 language code(s): qq" in result.output


def test_explain_shows_actors_triggers_and_decisions(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE + "\nВ ходе переговоров стороны обсудили торговлю.\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    assert "-> Kassym-Jomart Tokayev (person, KAZ, head_of_state)" in result.output
    assert "'принял' CONSULT/receive: event CONSULT" in result.output
    assert "skipped, frames the meeting told before" in result.output


def test_run_then_export_every_format(tmp_path, db_url):
    import pyarrow.parquet as pq

    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert runner.invoke(app, ["run", str(source), "--db", db_url]).exit_code == 0
    for fmt, name in (("plover-jsonl", "e.jsonl"), ("gdelt-csv", "e.tsv"), ("parquet", "e.parquet")):
        result = runner.invoke(app, ["export", "--db", db_url, "--format", fmt, "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "1 events written" in result.output
    plover = json.loads((tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert plover["event"] == ["CONSULT"] and plover["source"][0]["cameo_code"] == "VNMGOV"
    header, row = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    columns = dict(zip(header.split("\t"), row.split("\t")))
    assert (columns["Actor1Code"], columns["Actor2Code"], columns["ActionGeo_CountryCode"]) == ("VNMGOV", "KAZGOV", "KZ")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 1
    later = runner.invoke(app, ["export", "--db", db_url, "--format", "parquet", "--out", str(tmp_path / "n.parquet"),
                                "--since", "2025-07-01"])
    assert "0 events written" in later.output
    token = runner.invoke(app, ["token", "create", "newsroom", "--db", db_url])
    assert token.exit_code == 0 and len(token.output.strip()) >= 40


def test_export_refuses_bad_options_clearly(tmp_path):
    db = str(tmp_path / "c.db")
    result = runner.invoke(app, ["export", "--db", db, "--format", "xml", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2 and "plover-jsonl" in result.output
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "x"),
                                 "--since", "01.02.2025"])
    assert result.exit_code == 2 and "--since '01.02.2025'" in result.output
