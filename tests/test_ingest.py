"""Stage ingest: decoding, bad inputs, directories, HTML."""

from __future__ import annotations

from communique.ingest import read_inputs
from communique.records import IngestError, RawDocument

TEXT = "Министр иностранных дел Армении Арарат Мирзоян провел переговоры в Ереване.\n"


def _read(paths):
    return list(read_inputs([str(p) for p in paths]))


def test_encodings_decode_to_the_same_text(tmp_path):
    variants = {
        "utf8.txt": TEXT.encode("utf-8"),
        "bom.txt": TEXT.encode("utf-8-sig"),
        "utf16.txt": TEXT.encode("utf-16"),
        "cp1251.txt": TEXT.encode("cp1251"),
        "koi8.txt": TEXT.encode("koi8-r"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    results = _read(sorted(tmp_path.iterdir()))
    assert all(isinstance(r, RawDocument) for r in results), results
    assert {r.text for r in results} == {TEXT}


def test_bad_inputs_are_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"  \n")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "c_good.txt").write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    results = _read([tmp_path, missing])
    errors = {r.path.rsplit("/", 1)[-1]: r.message for r in results if isinstance(r, IngestError)}
    assert errors["a_empty.txt"] == "file is empty"
    assert "binary" in errors["b_binary.txt"]
    assert "cannot be read" in errors["nowhere.txt"]
    good = [r for r in results if isinstance(r, RawDocument)]
    assert [r.path.rsplit("/", 1)[-1] for r in good] == ["c_good.txt"]


def test_directory_walk_is_recursive_and_skips_hidden(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "y.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    results = _read([tmp_path])
    assert [r.path.rsplit("/", 1)[-1] for r in results] == ["x.txt"]


def test_html_goes_through_trafilatura_with_metadata(tmp_path):
    html = """<!DOCTYPE html><html><head><title>Лавров встретился с Ваном И</title>
    <meta property="article:published_time" content="2024-07-25T10:00:00+03:00"></head>
    <body><nav><a href="/">Главная</a> <a href="/world">Мир</a></nav>
    <article><h1>Лавров встретился с Ваном И</h1>
    <p>Министр иностранных дел России Сергей Лавров провел во Вьентьяне встречу с министром
    иностранных дел КНР Ван И на полях совещаний АСЕАН, сообщает МИД России.</p>
    <p>Стороны обсудили ситуацию на Корейском полуострове и подготовку к саммиту ШОС в Астане.</p>
    </article><footer>© 2024 Пример. Все права защищены.</footer></body></html>"""
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    (raw,) = _read([page])
    assert raw.source_format == "html"
    assert raw.meta_title == "Лавров встретился с Ваном И"
    assert raw.meta_date.isoformat() == "2024-07-25"
    assert "Стороны обсудили ситуацию" in raw.text
    assert "Все права защищены" not in raw.text


ARTICLE = ("Президент Монголии Ухнаагийн Хурэлсух провел в Улан-Баторе переговоры с президентом "
           "Казахстана Касым-Жомартом Токаевым, сообщила пресс-служба Акорды.")
PAGE = (f"<html><head><title>Токаев в Улан-Баторе</title></head><body><nav>Главная | Политика</nav>"
        f"<article><p>{ARTICLE}</p><p>Стороны обсудили торговлю и транзит через территорию двух стран "
        f"и подписали соглашение о сотрудничестве в области образования.</p></article></body></html>")


def test_jsonl_text_html_and_bad_lines(tmp_path):
    import json

    lines = [
        json.dumps({"text": ARTICLE, "url": "https://example.org/1", "title": "Переговоры",
                    "published": "2024-10-02", "source": "Kazinform"}, ensure_ascii=False),
        json.dumps({"html": PAGE, "published": "2024-10-03T09:00:00+06:00"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "без текста"}, ensure_ascii=False),
        json.dumps({"text": ARTICLE, "published": "вчера"}, ensure_ascii=False),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = _read([path])
    docs = [r for r in results if isinstance(r, RawDocument)]
    errors = {r.path.rsplit("#", 1)[-1]: r.message for r in results if isinstance(r, IngestError)}
    assert [d.path.rsplit("/", 1)[-1] for d in docs] == ["feed.jsonl#1", "feed.jsonl#2"]
    assert docs[0].meta_date.isoformat() == "2024-10-02" and docs[0].source == "Kazinform"
    assert docs[1].meta_title == "Токаев в Улан-Баторе" and docs[1].meta_date.isoformat() == "2024-10-03"
    assert "Стороны обсудили" in docs[1].text
    assert errors["3"].startswith("line is not JSON")
    assert errors["4"] == "record has no 'text' or 'html' field"
    assert "not an ISO date" in errors["5"]


def test_gzip_of_any_format_and_corrupt_gzip(tmp_path):
    import gzip

    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(TEXT.encode("cp1251")))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (tmp_path / "c.txt.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    results = _read(sorted(tmp_path.iterdir()))
    assert isinstance(results[0], RawDocument) and results[0].text == TEXT
    assert isinstance(results[1], RawDocument) and results[1].source_format == "html"
    assert isinstance(results[2], IngestError) and results[2].message.startswith("corrupt gzip file")


def test_warc_response_records(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://news.example/tokayev", "response",
                                           payload=BytesIO(PAGE.encode("utf-8")), http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2024-10-02T08:00:00Z"})
        writer.write_record(record)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/a.png", "response",
                                                      payload=BytesIO(b"\x89PNG"), http_headers=image))
    (doc,) = _read([path])
    assert doc.source_format == "warc" and doc.url == "https://news.example/tokayev"
    assert doc.meta_date.isoformat() == "2024-10-02" and "crawl" in doc.meta_date_source
    assert ARTICLE[:40] in doc.text


def test_rss_feed_file(tmp_path):
    feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Новости Степи</title>
<item><title>Токаев и Хурэлсух провели переговоры</title><link>https://example.kz/1</link>
<pubDate>Wed, 02 Oct 2024 10:00:00 +0600</pubDate><description>{ARTICLE}</description></item>
<item><title>Пустая заметка</title><link>https://example.kz/2</link></item>
</channel></rss>"""
    path = tmp_path / "news.rss"
    path.write_text(feed, encoding="utf-8")
    results = _read([path])
    doc = results[0]
    assert isinstance(doc, RawDocument) and doc.source_format == "feed"
    assert doc.meta_title == "Токаев и Хурэлсух провели переговоры" and doc.source == "Новости Степи"
    assert doc.meta_date.isoformat() == "2024-10-02" and doc.text.startswith("Президент Монголии")
    assert isinstance(results[1], IngestError) and "no content" in results[1].message
