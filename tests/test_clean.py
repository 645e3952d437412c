"""Stage clean: chrome removal, title, header date, stable body."""

from __future__ import annotations

from datetime import date

from communique.clean import classify_line, clean_document
from communique.records import RawDocument

SCRAPE = """Главная
Политика
Экономика
В мире
Министр обороны Сербии заявил о закупке новых вертолетов
В мире
Премьер Словакии Фицо поздравил Орбана с победой на выборах
В мире
Президент Финляндии провел телефонный разговор с канцлером Германии

Алиев и Пашинян договорились продолжить переговоры по мирному договору

14 мая 2025, 11:02
Фото: Пресс-служба президента Азербайджана
Фото: Пресс-служба президента Азербайджана
Поделиться

Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян провели встречу в Тиране на полях саммита Европейского политического сообщества, сообщила пресс-служба азербайджанского лидера.

Стороны обсудили ход переговоров по мирному договору и делимитацию границы. По итогам встречи лидеры договорились продолжить работу на уровне министров иностранных дел.

meeting-aliyev-pashinyan.jpg

Следующий раунд переговоров глав МИД двух стран может пройти в июне, уточнили в Баку.

Читайте также:
Лавров провел переговоры с главой МИД Египта
Глава МИД Турции прибыл в Москву

Редакция: г. Баку, пр. Примерный, 5
E-mail: info@example-news.az
Наверх
"""


def _clean(text: str):
    return clean_document(RawDocument(path="scrape.txt", text=text, source_format="text"))


def test_body_starts_and_ends_at_the_article():
    doc = _clean(SCRAPE)
    assert doc.body.startswith("Президент Азербайджана Ильхам Алиев")
    assert doc.body.endswith("уточнили в Баку.")
    assert doc.title == "Алиев и Пашинян договорились продолжить переговоры по мирному договору"


def test_chrome_is_removed_everywhere():
    body = _clean(SCRAPE).body
    for chrome in ("Фицо поздравил Орбана", "Финляндии провел телефонный", "Поделиться", "Фото:",
                   ".jpg", "E-mail", "Наверх", "Главная", "Лавров провел переговоры с главой МИД Египта"):
        assert chrome not in body, chrome


def test_paragraphs_are_kept_and_offsets_point_into_the_body():
    doc = _clean(SCRAPE)
    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 3
    start = doc.body.index("Стороны обсудили")
    assert doc.body[start : start + 16] == "Стороны обсудили"


def test_header_date_line_is_read_and_removed():
    doc = _clean(" date 2024-03-05 Эрдоган принял в Анкаре премьера Ирака\n\n"
                 "Президент Турции Реджеп Тайип Эрдоган принял в Анкаре премьер-министра Ирака, "
                 "сообщает агентство Анадолу.\n")
    assert doc.header_date == date(2024, 3, 5)
    assert doc.title == "Эрдоган принял в Анкаре премьера Ирака"
    assert doc.body.startswith("Президент Турции")


def test_line_classes():
    assert classify_line("Подписаться на канал в Telegram") == "chrome"
    assert classify_line("Фото: РИА Новости") == "chrome"
    assert classify_line("https://example.org/news/1") == "chrome"
    assert classify_line("俄罗斯外交部驻哈巴罗夫斯克代表处 / Представительство МИД") == "chrome"
    assert classify_line("03.04.2025 14:12 (обновлено: 16:05)") == "stamp"
    assert classify_line("Премьер Словакии поздравил Орбана с победой") == "short"
    assert classify_line("Президент провел переговоры с канцлером в Берлине, сообщила пресс-служба.") == "content"


def test_wire_end_mark_is_cut_and_attribution_found():
    doc = _clean("Пекин, 3 марта /Синьхуа/ -- Председатель КНР Си Цзиньпин провел в Пекине встречу "
                 "с президентом Бразилии, передает агентство Синьхуа. --0--\n")
    assert doc.body.endswith("передает агентство Синьхуа.")
    assert "Синьхуа" in doc.attributed_to


def test_foreign_paragraphs_are_marked_and_kept_from_the_russian_models():
    from communique.nlp import analyze

    body = ("Президент Казахстана провел встречу с послом Китая в Астане, сообщила пресс-служба Акорды.\n\n"
            "中华人民共和国驻哈萨克斯坦大使馆发布了会见的消息和照片。\n\n"
            "The ambassador said the talks were constructive and friendly for both sides.\n\n"
            "Стороны обсудили расширение торговли.")
    analysis = analyze(body)
    languages = [lang for _, _, lang in analysis.foreign_segments]
    assert languages == ["zh", "en"]
    texts = [s.text for s in analysis.sentences]
    assert all("大使馆" not in t and "ambassador" not in t for t in texts)
    last = analysis.sentences[-1]
    assert body[last.start : last.end] == last.text == "Стороны обсудили расширение торговли."


def test_language_set_is_configurable_and_checked():
    import pytest

    from communique.nlp.language import UnknownLanguageError, detect_language, parse_languages

    assert parse_languages("ru, en ,zh") == ("ru", "en", "zh")
    with pytest.raises(UnknownLanguageError, match="xx"):
        parse_languages("ru,xx")
    with pytest.raises(UnknownLanguageError, match="must include ru"):
        parse_languages("en,zh")
    text = "Президент Украины провел встречу с премьер-министром Польши в Киеве."
    assert detect_language(text, ("ru", "en")) == "ru"


def test_a_one_sentence_standfirst_opens_the_body_under_the_headline():
    from communique.clean import clean_document
    from communique.records import RawDocument

    text = ("Главное за день: визит в Ташкент, спор о пошлинах\n3 апреля 2019, 20:30\n\n"
            "Обзор главных международных новостей среды.\n\n"
            "ТАШКЕНТ. Президент Узбекистана провел переговоры с премьер-министром Индии, стороны обсудили "
            "торговлю и энергетику, а также подписали ряд документов о сотрудничестве.\n")
    doc = clean_document(RawDocument(path="t.txt", text=text, source_format="text"))
    assert doc.title == "Главное за день: визит в Ташкент, спор о пошлинах"
    assert doc.body.startswith("Обзор главных международных новостей среды.")
