"""Stage events: types, roles, modes, dates and evidence on texts written for these tests."""

from __future__ import annotations


def _events(process_text, text):
    return process_text(text).events


def _names(actors):
    return {a.canonical or a.name for a in actors}


def test_phone_call_has_all_participants_as_actors(process_text):
    events = _events(process_text, "Эрдоган и Алиев обсудили ситуацию\n\n"
                     "Анкара, 12 марта. Президент Турции Реджеп Тайип Эрдоган провел телефонный разговор "
                     "с президентом Азербайджана Ильхамом Алиевым, сообщила администрация турецкого лидера.\n")
    (call,) = [e for e in events if e.event == "CONSULT"]
    assert (call.mode, call.channel) == ("phone", "phone")
    assert _names(call.actor) == {"Recep Tayyip Erdogan", "Ilham Aliyev"} and call.recipient == []


def test_visit_makes_the_host_the_recipient(process_text):
    doc = process_text(" date 2024-07-09 Моди в Москве\n\n"
                       "Москва, 9 июля. Президент России Владимир Путин провел в Кремле переговоры с "
                       "премьер-министром Индии Нарендрой Моди, прибывшим в Россию с официальным визитом.\n")
    (visit,) = [e for e in doc.events if e.event == "CONSULT"]
    assert visit.mode == "visit" and visit.channel == "in_person"
    assert _names(visit.actor) == {"Narendra Modi"} and _names(visit.recipient) == {"Vladimir Putin"}
    assert visit.date.iso() == "2024-07-09"
    mention = visit.mentions[0]
    assert doc.document.body[mention.start : mention.end] == mention.sentence
    assert "переговоры" in mention.sentence


def test_third_party_meeting_and_signing_after_it(process_text):
    events = _events(process_text, " date 2023-08-23 Встреча в Йоханнесбурге\n\n"
                     "Председатель КНР Си Цзиньпин в среду провел встречу с премьер-министром Индии "
                     "Нарендрой Моди в Йоханнесбурге на полях саммита БРИКС. По итогам переговоров стороны "
                     "подписали меморандум о сотрудничестве в области торговли.\n")
    consult = next(e for e in events if e.event == "CONSULT")
    assert consult.mode == "third-party"
    assert _names(consult.actor) == {"Xi Jinping", "Narendra Modi"}
    support = next(e for e in events if e.event == "SUPPORT")
    assert _names(support.actor) == {"Xi Jinping", "Narendra Modi"}
    assert support.cameo == "057" and support.date == consult.date


def test_congratulation_has_a_recipient(process_text):
    events = _events(process_text, " date 2025-03-08 Поздравление\n\n"
                     "Президент Казахстана Касым-Жомарт Токаев поздравил президента Узбекистана Шавката "
                     "Мирзиёева с днем рождения, сообщила пресс-служба Акорды.\n")
    (support,) = [e for e in events if e.event == "SUPPORT"]
    assert _names(support.actor) == {"Kassym-Jomart Tokayev"}
    assert _names(support.recipient) == {"Shavkat Mirziyoyev"}
    assert support.cameo == "051"


def test_background_meeting_is_historical_with_its_own_date(process_text):
    events = _events(process_text, " date 2025-05-20 Лавров и Ван И\n\n"
                     "Министр иностранных дел России Сергей Лавров 20 мая провел телефонный разговор с "
                     "главой МИД КНР Ван И. Ранее, 14 апреля, Лавров и Ван И встретились в Пекине.\n")
    by_date = {e.date.iso(): e for e in events if e.event == "CONSULT"}
    assert by_date["2025-05-20"].auxiliary is None
    historical = by_date["2025-04-14"]
    assert historical.auxiliary == "historical"
    assert historical.event_loc is not None and historical.event_loc.country == "CHN"


def test_an_agreement_to_meet_later_is_future_not_a_meeting(process_text):
    events = _events(process_text, " date 2025-02-10 Договоренность\n\n"
                     "Президент Белоруссии Александр Лукашенко и президент Казахстана Касым-Жомарт Токаев "
                     "договорились встретиться в Минске в апреле.\n")
    agree = [e for e in events if e.event == "AGREE"]
    assert len(agree) == 1 and agree[0].auxiliary is None
    assert all(e.auxiliary == "future" for e in events if e.event == "CONSULT")


def test_genitive_possessor_is_not_a_participant(process_text):
    events = _events(process_text, " date 2026-02-24 Визит\n\n"
                     "24 февраля специальный посланник Генерального секретаря ЦК КПВ То Лама, министр "
                     "иностранных дел Ле Хоай Чунг встретился в Москве с Президентом России Владимиром Путиным.\n")
    (meeting,) = [e for e in events if e.event == "CONSULT"]
    assert _names(meeting.actor + meeting.recipient) == {"Le Hoai Trung", "Vladimir Putin"}


def test_sidebar_headlines_give_no_events(process_text):
    events = _events(process_text, "Мир\nМакрон провел переговоры с Шольцем в Париже\nМир\n"
                     "Путин поздравил Токаева с днем рождения\n\nЭкономика Китая выросла\n\n"
                     "Пекин, 17 апреля. Экономика Китая в первом квартале выросла на 5,3% в годовом "
                     "исчислении, сообщило Государственное статистическое управление КНР.\n")
    assert events == ()


GENEVA = """ date 2021-06-17 Саммит в Женеве

ЖЕНЕВА, 16 июня. /ТАСС/. Президент России Владимир Путин и президент США Джо Байден провели в среду переговоры на вилле "Ла Гранж". Встреча продолжалась около четырех часов.

По итогам переговоров стороны договорились начать консультации по кибербезопасности.

Глава МИД России Сергей Лавров в тот же день встретился с госсекретарем США Энтони Блинкеном.

Путин не встречался с Зеленским.
"""


def test_dateline_city_same_day_and_negation(process_text):
    events = process_text(GENEVA).events
    summit = next(e for e in events if e.event == "CONSULT" and _names(e.actor) == {"Vladimir Putin", "Joe Biden"})
    assert summit.mode == "third-party" and summit.event_loc.name == "Женева" and summit.event_loc.country == "CHE"
    assert summit.date.iso() == "2021-06-16" and len(summit.mentions) == 2  # two sentences, one meeting
    ministers = next(e for e in events if _names(e.actor) == {"Sergey Lavrov", "Antony Blinken"})
    assert ministers.date == summit.date
    agree = next(e for e in events if e.event == "AGREE")
    assert _names(agree.actor) == {"Vladimir Putin", "Joe Biden"}
    refused = [e for e in events if "Volodymyr Zelensky" in _names(e.actor + e.recipient)]
    assert refused and all(e.auxiliary == "negated" for e in refused)


def test_compound_adjective_names_the_parties_of_a_meeting(process_text):
    events = process_text(" date 2024-03-12 Консультации\n\nВ Ташкенте 11 марта прошли узбекско-казахстанские "
                          "межмидовские консультации по вопросам водопользования, сообщила пресс-служба МИД Узбекистана.\n").events
    (consult,) = [e for e in events if e.event == "CONSULT"]
    assert {a.country for a in consult.actor + consult.recipient} == {"UZB", "KAZ"}
    assert consult.date.iso() == "2024-03-11" and consult.event_loc.name == "Ташкент"
