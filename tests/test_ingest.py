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
    assert raw.html_title == "Лавров встретился с Ваном И"
    assert raw.html_date.isoformat() == "2024-07-25"
    assert "Стороны обсудили ситуацию" in raw.text
    assert "Все права защищены" not in raw.text
