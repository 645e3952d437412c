"""Stage time: publication dates, datelines, years, sentence dates."""

from __future__ import annotations

from datetime import date

import pytest

from communique.clean import clean_document
from communique.nlp import analyze
from communique.records import PartialDate, RawDocument, TimeExpression
from communique.time import date_document, place_in_year, resolve, year_hint


def _dates(text: str):
    doc = clean_document(RawDocument(path="t.txt", text=text, source_format="text"))
    return date_document(doc, analyze(doc.body))


def test_dateline_with_header_year_and_agreeing_header():
    d = _dates(" date 2023-10-18 Путин и Си провели переговоры\n\n"
               "Пекин, 18 октября. Президент России Владимир Путин провел в Пекине переговоры с "
               "председателем КНР Си Цзиньпином, передает корреспондент агентства.\n")
    assert d.published == date(2023, 10, 18)
    assert d.dateline == PartialDate(10, 18, 2023)


def test_header_that_contradicts_the_dateline_is_reported():
    d = _dates(" date 2024-05-01 Лукашенко прибыл в Москву\n\n"
               "9 мая — Агентство — Президент Белоруссии Александр Лукашенко прибыл в Москву на "
               "празднование Дня Победы и провел встречу с Владимиром Путиным.\n")
    assert d.published == date(2024, 5, 9)
    assert "conflicts" in d.published_from


def test_no_year_anywhere_gives_null():
    d = _dates("Глава МИД Лаоса прибыл в Ханой\n\n12 марта министр иностранных дел Лаоса провел "
               "переговоры с вьетнамским коллегой в Ханое.\n")
    assert d.published is None
    assert d.expressions[0].value == PartialDate(3, 12, None)


def test_year_from_the_text_for_a_lead_date():
    d = _dates("Торговля растет\n\nОб этом 3 марта сообщил министр. Товарооборот в 2024 году вырос на 5%, "
               "а к 2030 году стороны рассчитывают удвоить его, заявил министр экономики.\n")
    assert d.published == date(2024, 3, 3)  # "к 2030 году" is a target, not the present


def test_year_hint_from_anniversary():
    assert year_hint("в контексте 75-летия установления отношений в 1949 году") == 2024


def test_date_stamp_line_gives_the_publication_date():
    d = _dates("Лавров встретился с Фиданом\n28 ноября 2024, 18:05\n\nМинистр иностранных дел России "
               "Сергей Лавров встретился с главой МИД Турции Хаканом Фиданом в Москве.\n")
    assert d.published == date(2024, 11, 28)


@pytest.mark.parametrize(
    ("value", "reference", "expected"),
    [
        (PartialDate(12, 14), date(2024, 2, 8), 2023),  # December before a February article
        (PartialDate(1, 31), date(2024, 2, 8), 2024),
        (PartialDate(2, 9), date(2024, 2, 8), 2024),  # the next day is within the slack
    ],
)
def test_place_in_year(value, reference, expected):
    assert place_in_year(value, reference).year == expected


def test_relative_expressions():
    published = date(2025, 4, 17)  # a Thursday
    weekday = TimeExpression(0, 0, 5, "вторник", "weekday", None, False)
    assert resolve(weekday, published, None) == PartialDate(4, 15, 2025)
    yesterday = TimeExpression(0, 0, 5, "вчера", "relative", None, False)
    assert resolve(yesterday, published, None) == PartialDate(4, 16, 2025)
    same = TimeExpression(0, 0, 5, "в тот же день", "same_day", None, False)
    assert resolve(same, published, PartialDate(2, 24, None)) == PartialDate(2, 24, None)


def test_background_dates_are_flagged():
    d = _dates("Заголовок новости о встрече министров\n\nРанее, 31 января, министры встретились в Москве. "
               "Президенты 8 февраля провели телефонный разговор, сообщили в Кремле.\n")
    flags = {e.text: e.background for e in d.expressions}
    assert flags == {"31 января": True, "8 февраля": False}


def test_days_later_count_from_the_story_date():
    from communique.nlp import analyze
    from communique.records import PartialDate
    from communique.time import find_expressions, resolve

    found = find_expressions(analyze("Спустя два дня Пхеньян пригрозил ответом. Через 3 дня США ответили."))
    assert [resolve(e, None, PartialDate(8, 5, 2017)).iso() for e in found] == ["2017-08-07", "2017-08-08"]


def test_days_after_another_event_do_not_move_the_story_date():
    from communique.time import find_expressions

    found = find_expressions(analyze("Учения начались через три дня после инаугурации. Спустя неделю после "
                                     "саммита министры встретились снова."))
    assert [e.kind for e in found] == []


def test_years_since_a_past_date_give_the_present_year():
    from communique.time import year_hint
    assert year_hint("Предыдущий разговор состоялся 12 февраля 2022 года, ровно за три года до нынешнего.") == 2025
    assert year_hint("Договор подписан в 2019 году, за 5 лет до этого решения.") == 2024


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("Заседание пройдет во втором полугодии текущего года.", "year", "2025-10-01"),
        ("Консультации намечены на первый срок, в первом квартале 2026 года.", "month", "2026-02-15"),
        ("Визит состоится осенью следующего года.", "month", "2026-10-15"),
        ("Переговоры продолжатся в следующем году.", "year", "2026-07-01"),
        ("Делегации встречались в марте прошлого года.", "month", "2024-03-15"),
        ("Встреча прошла летом 2023 года.", "month", "2023-07-15"),
    ],
)
def test_parts_of_a_year_and_relative_years(sentence, kind, expected):
    from communique.time import find_expressions

    (found,) = find_expressions(analyze(sentence))
    assert found.kind == kind
    assert resolve(found, date(2025, 4, 17), None).iso() == expected


def test_the_current_year_adds_nothing_to_the_publication_date():
    from communique.time import find_expressions

    assert find_expressions(analyze("Председательство в организации в текущем году осуществляет Индия.")) == []


def test_a_day_month_after_an_old_story_date_is_in_that_year():
    later = TimeExpression(0, 0, 9, "9 августа", "explicit", PartialDate(8, 9), False)
    assert resolve(later, date(2023, 8, 20), PartialDate(6, 25, 2016)) == PartialDate(8, 9, 2016)
    # A recent story date changes nothing: the publication year stands.
    assert resolve(later, date(2023, 8, 20), PartialDate(6, 25, 2023)) == PartialDate(8, 9, 2023)


def test_a_background_day_month_is_read_against_the_publication():
    earlier = TimeExpression(0, 0, 9, "18 ноября", "explicit", PartialDate(11, 18), True)
    # A misplaced future date just before ("до 13 декабря" read as last year's) must not drag it back a year.
    assert resolve(earlier, date(2023, 11, 28), PartialDate(12, 13, 2022)) == PartialDate(11, 18, 2023)
    season = TimeExpression(0, 0, 6, "осенью", "month", PartialDate(10, 15), False)
    assert resolve(season, date(2025, 5, 11), PartialDate(3, 1, 2020)).year == 2024


def test_a_date_stamp_with_the_month_in_the_nominative():
    dates = _dates("Министры провели переговоры\n13 Октябрь 2021, 16:40\n\nЕРЕВАН, 13 ОКТЯБРЯ. Министры иностранных "
                   "дел двух стран провели переговоры в Ереване и обсудили двустороннее сотрудничество.\n")
    assert dates.published == date(2021, 10, 13)


def test_days_counted_in_the_instrumental_go_back_or_forth_from_the_story_date():
    from communique.records import PartialDate
    from communique.time import find_expressions, resolve

    found = find_expressions(analyze("Тремя днями ранее Токио выразил протест. Двумя днями позже Сеул ответил."))
    assert [resolve(e, None, PartialDate(3, 10, 2021)).iso() for e in found] == ["2021-03-07", "2021-03-12"]
