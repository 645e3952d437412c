"""Stage events: types, roles, modes, dates and evidence on texts written for these tests."""

from __future__ import annotations

import pytest


def _events(process_text, text):
    return process_text(text).events


def _only(events, event_type):
    """The one event of a type; fails naming what was found instead."""
    found = [e for e in events if e.event == event_type]
    assert len(found) == 1, f"expected one {event_type}, found {[(e.event, e.trigger) for e in events]}"
    return found[0]


def _names(actors):
    """Canonical names, but a state's organ by its own name: its canonical name is its state's."""
    return {a.name if a.kind == "organization" and a.country else a.canonical or a.name for a in actors}


def test_phone_call_has_all_participants_as_actors(process_text):
    events = _events(process_text, "Эрдоган и Алиев обсудили ситуацию\n\n"
                     "Анкара, 12 марта. Президент Турции Реджеп Тайип Эрдоган провел телефонный разговор "
                     "с президентом Азербайджана Ильхамом Алиевым, сообщила администрация турецкого лидера.\n")
    call = _only(events, "CONSULT")
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
    support = _only(events, "SUPPORT")
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
    meeting = _only(events, "CONSULT")
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
    consult = _only(events, "CONSULT")
    assert {a.country for a in consult.actor + consult.recipient} == {"UZB", "KAZ"}
    assert consult.date.iso() == "2024-03-11" and consult.event_loc.name == "Ташкент"


def _typed(events, kind):
    return [(e.event, sorted(_names(e.actor)), sorted(_names(e.recipient)), e.auxiliary) for e in events
            if e.event == kind]


def test_directed_acts_read_actor_and_target_from_the_clause(process_text):
    events = _events(process_text, " date 2025-03-04 Дипломатическая хроника\n\n"
                     "Москва, 4 марта. Министерство иностранных дел Китая призвало Японию отказаться от "
                     "военных учений у островов. Евросоюз во вторник утвердил новые санкции против Ирана. "
                     "В МИД Турции обвинили Грецию в нарушении воздушного пространства. "
                     "Правительство Казахстана направило в Кыргызстан гуманитарную помощь.\n")
    assert _typed(events, "REQUEST") == [("REQUEST", ["МИД Китая"], ["Япония"], None)]
    assert _typed(events, "SANCTION") == [("SANCTION", ["European Union"], ["Иран"], None)]
    assert _typed(events, "ACCUSE") == [("ACCUSE", ["МИД Турции"], ["Греция"], None)]
    assert _typed(events, "AID") == [("AID", ["Правительство Казахстана"], ["Киргизия"], None)]


def test_a_directed_act_without_parties_borrows_none_from_the_story(process_text):
    events = _events(process_text, " date 2025-03-04 Визит\n\nПрезидент Сербии Александр Вучич провел в "
                     "Белграде переговоры с премьером Венгрии Виктором Орбаном. Позднее было объявлено о "
                     "новых санкциях.\n")
    assert [e.event for e in events] == ["CONSULT"]


def test_a_possible_meeting_is_hypothetical_but_not_what_made_it_possible(process_text):
    events = _events(process_text, " date 2025-02-20 Переговоры\n\nЛавров рассказал Фидану о позиции Москвы в "
                     "отношении возможных переговоров с Вашингтоном. Встреча в Эр-Рияде стала возможной после "
                     "телефонного разговора Владимира Путина и Дональда Трампа 12 февраля.\n")
    auxiliaries = {tuple(sorted(_names(e.actor + e.recipient))): e.auxiliary for e in events if e.event == "CONSULT"}
    assert auxiliaries[("Donald Trump", "Vladimir Putin")] != "hypothetical"  # historical: 8 days before
    assert auxiliaries[("Sergey Lavrov", "США")] == "hypothetical"
    assert len(auxiliaries) == 2  # "Встреча в Эр-Рияде" takes no parties from a possible meeting


def test_a_background_date_does_not_date_the_next_sentences(process_text):
    events = _events(process_text, " date 2024-04-14 Удар\n\nТегеран, 14 апреля. Иран возложил ответственность "
                     "за удар по консульству 1 апреля на Израиль. Президент Ирана Эбрахим Раиси провел "
                     "телефонный разговор с президентом России Владимиром Путиным.\n")
    call = _only(events, "CONSULT")
    assert call.date.iso() == "2024-04-14"


def test_parts_of_months_and_years_date_background_events(process_text):
    events = _events(process_text, " date 2024-04-15 Интервью\n\nНапомню, что в конце ноября 2022 года президент "
                     "Казахстана Касым-Жомарт Токаев провел переговоры с Владимиром Путиным в Москве. "
                     "Следующее заседание межправкомиссии Казахстан и Россия проведут в 2025 году.\n")
    (talks,) = [e for e in events if e.event == "CONSULT" and e.auxiliary == "historical"]
    assert (talks.date.iso(), talks.date_precision) == ("2022-11-25", "month")


def test_a_meeting_lists_its_participants_after_a_dash(process_text):
    events = _events(process_text, " date 2023-10-13 Саммит\n\nЗаседание совета прошло в четверг в Бишкеке с "
                     "участием президентов России, Киргизии и Таджикистана — Владимира Путина, Садыра Жапарова "
                     "и Эмомали Рахмона.\n")
    summit = _only(events, "CONSULT")
    assert _names(summit.actor) == {"Vladimir Putin", "Sadyr Japarov", "Emomali Rahmon"}
    assert (summit.mode, summit.date.iso()) == ("multilateral", "2023-10-12")
    assert {a.sector for a in summit.actor} == {"GOV"}


def test_passive_reception_and_proposed_meetings(process_text):
    events = _events(process_text, " date 2024-09-10 Визит\n\nБаку, 10 сентября. Министр иностранных дел Казахстана "
                     "Мурат Нуртлеу был принят президентом Азербайджана Ильхамом Алиевым. Мы предложили провести "
                     "в Астане встречу министров иностранных дел России, Армении и Азербайджана.\n")
    visit = next(e for e in events if e.event == "CONSULT" and e.auxiliary is None)
    assert (_names(visit.actor), _names(visit.recipient)) == ({"Murat Nurtleu"}, {"Ilham Aliyev"})
    proposed = next(e for e in events if e.auxiliary == "hypothetical")
    assert _names(proposed.actor) == {"Sergey Lavrov", "Ararat Mirzoyan", "Jeyhun Bayramov"}


def test_arriving_in_a_city_of_another_state_is_a_visit_to_that_state(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ понедельник канцлер Германии Олаф Шольц прибыл в "
                     "Шанхай. Президент России Владимир Путин во вторник прибыл в Казань.\n")
    visit = _only(events, "CONSULT")
    assert (visit.mode, _names(visit.actor), {a.country for a in visit.recipient}) == ("visit", {"Olaf Scholz"}, {"CHN"})


def test_an_international_body_acts_on_the_state_the_story_told_of_before(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПравительство Белоруссии опровергло обвинения в "
                     "причастности к миграционному кризису. Первые ограничительные меры ЕС против Минска были "
                     "приняты еще в 2020 году, напомнили в Брюсселе. Позднее Евросоюз ввел новые санкции.\n")
    sanctions = [e for e in events if e.event == "SANCTION"]
    assert sanctions and all(_names(e.actor) == {"European Union"} and {a.country for a in e.recipient} == {"BLR"}
                             for e in sanctions)


def test_an_international_body_borrows_no_target_for_an_armed_act(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nНад Эстонией пролетели два беспилотника. "
                     "Впервые за год самолеты НАТО открыли огонь.\n")
    assert not [e for e in events if e.event == "ASSAULT"]


def test_a_sentence_going_on_from_a_past_event_is_of_that_past(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ марте 2018 года Лондон выслал 23 российских "
                     "дипломата. Вскоре Австралия закрыла консульство России в Сиднее.\n")
    (closure,) = [e for e in events if _names(e.actor) == {"Австралия"}]
    assert (closure.event, closure.auxiliary, closure.date.year, closure.date.month) == ("SANCTION", "historical", 2018, 3)


def test_an_instrumental_after_over_or_under_is_a_place_not_a_target(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nИзраильские истребители сбили иранский беспилотник "
                     "над Иорданией.\n")
    downing = _only(events, "ASSAULT")
    assert {a.country for a in downing.recipient} == {"IRN"}


def test_a_promised_revenge_is_a_threat(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nРуководство Ирана пообещало покарать Израиль за удар "
                     "по Дамаску.\n")
    assert {e.event for e in events if _names(e.actor) == {"Иран"}} == {"THREATEN"}


def test_joint_operations_handed_over_fugitives_and_shared_intelligence_are_cooperation(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПограничники Польши и Литвы провели совместную "
                     "операцию на границе. Таиланд выдал Японии подозреваемого в мошенничестве. Спецслужбы Франции "
                     "и Марокко обменялись разведданными о вербовщиках.\n")
    parties = {frozenset(a.country for a in e.actor + e.recipient if a.country) for e in events if e.event == "COOPERATE"}
    assert parties == {frozenset({"POL", "LTU"}), frozenset({"THA", "JPN"}), frozenset({"FRA", "MAR"})}


def test_an_impersonal_agreement_on_a_later_meeting_is_an_agreement_made_now(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПремьер-министр Индии Нарендра Моди провел переговоры "
                     "с канцлером Германии Олафом Шольцем. Условлено провести следующий раунд консультаций в Берлине "
                     "в марте 2025 года.\n")
    agreement = _only(events, "AGREE")
    assert (agreement.auxiliary, agreement.date.iso()) == (None, "2024-11-12")
    assert _names(agreement.actor) == {"Narendra Modi", "Olaf Scholz"}
    assert any(e.event == "CONSULT" and e.auxiliary == "future" for e in events)


def test_a_sanction_promised_on_a_condition_is_a_threat_by_its_speaker(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПремьер-министр Венгрии Виктор Орбан заявил, что "
                     "Венгрия введет ограничения на поставки электроэнергии Украине в случае прекращения транзита "
                     "нефти.\n")
    (threat,) = [e for e in events if e.event in ("THREATEN", "SANCTION")]
    assert (threat.event, threat.auxiliary, _names(threat.actor)) == ("THREATEN", None, {"Viktor Orbán"})
    assert {a.country for a in threat.recipient} == {"UKR"}


def test_water_cannon_is_coercion_and_an_ultimatum_a_threat(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nСуда береговой охраны Китая обстреляли из водометов "
                     "вьетнамские рыболовецкие суда. Власти Турции предъявили Греции ультиматум.\n")
    assert {e.event for e in events} == {"COERCE", "THREATEN"}


def test_a_partner_of_the_act_called_for_is_not_called_on(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nКанцлер Германии Олаф Шольц призвал Сербию "
                     "урегулировать отношения с Косово и Хорватией.\n")
    call = _only(events, "REQUEST")
    assert {a.country for a in call.recipient} == {"SRB"}


def test_arrests_with_no_agent_are_the_acts_of_the_state_where_they_happen(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ Ташкенте были задержаны трое граждан Таджикистана, "
                     "подозреваемых в контрабанде. В Душанбе задержали двух журналистов, граждан Казахстана. "
                     "Накануне в Алма-Ате прошла встреча экспертов.\n")
    arrests = {(tuple(sorted(_names(e.actor))), tuple(sorted(_names(e.recipient)))) for e in events if e.event == "COERCE"}
    assert arrests == {(("Узбекистан",), ("Таджикистан",)), (("Таджикистан",), ("Казахстан",))}


def test_a_numeral_object_in_the_genitive_is_the_one_acted_on(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПолиция задержала в аэропорту пятерых граждан "
                     "Белоруссии.\n")
    arrest = _only(events, "COERCE")
    assert {a.country for a in arrest.recipient} == {"BLR"}


def test_an_opening_according_to_names_a_source_not_a_party(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПо информации МВД Армении, полиция задержала в Ереване "
                     "более 50 участников акции.\n")
    arrest = _only(events, "COERCE")
    assert "МВД Армении" not in _names(arrest.actor + arrest.recipient)


def test_a_contrasted_clause_with_an_adjective_predicate_is_a_clause_of_its_own(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nБудапешт осудил решение Еврокомиссии, а поддержать "
                     "такие меры премьер Словакии Роберт Фицо тоже не готов.\n")
    assert _typed(events, "ACCUSE") == [("ACCUSE", ["Венгрия"], ["European Union"], None)]


def test_summons_demands_and_the_story_counterpart(process_text):
    events = _events(process_text, " date 2025-07-01 Дипломатия\n\nМосква, 1 июля. Посол Эстонии в России во вторник "
                     "был вызван в МИД России. В МИД России потребовали немедленно освободить задержанных "
                     "граждан. Власти Эстонии ранее приняли решение сократить число сотрудников посольства "
                     "России в Таллине.\n")
    summon = next(e for e in events if e.event == "ACCUSE")
    assert (_names(summon.actor), {a.country for a in summon.recipient}) == ({"МИД России"}, {"EST"})
    demand = next(e for e in events if e.event == "REQUEST")
    assert {a.country for a in demand.recipient} == {"EST"}  # named in the sentence before
    assert not [e for e in events if e.event == "COERCE"]  # "задержанных граждан" describes, tells no arrest
    cut = next(e for e in events if e.event == "SANCTION")
    assert (_names(cut.actor), _names(cut.recipient)) == ({"Эстония"}, {"Россия"})


def test_domestic_actors_and_one_party_protests(process_text):
    events = _events(process_text, " date 2024-06-26 Протесты\n\nНайроби, 26 июня. Тысячи студентов вышли на улицы "
                     "столицы. Полиция задержала более 50 демонстрантов. Оппозиция обвинила власти Кении в "
                     "жестокости.\n")
    assert [(e.event, _names(e.actor)) for e in events if e.event == "PROTEST"] == [("PROTEST", {"студенты"})]
    arrest = next(e for e in events if e.event == "COERCE")
    assert (_names(arrest.actor), _names(arrest.recipient)) == ({"полиция Кении"}, {"демонстранты"})
    blame = next(e for e in events if e.event == "ACCUSE")
    assert (_names(blame.actor), _names(blame.recipient)) == ({"оппозиция"}, {"Кения"})


def test_cancelled_refused_and_possible_meetings(process_text):
    events = _events(process_text, " date 2024-06-20 Визиты\n\nМосква, 20 июня. Министр иностранных дел Турции "
                     "Хакан Фидан отменил встречу с министром иностранных дел Греции Георгиосом Герапетритисом. "
                     "Президент России Владимир "
                     "Путин не отказывается от встречи с президентом Украины Владимиром Зеленским.\n")
    modes = {tuple(sorted(_names(e.actor + e.recipient))): e.auxiliary for e in events if e.event == "CONSULT"}
    assert modes[("Vladimir Putin", "Volodymyr Zelensky")] == "hypothetical"
    assert "negated" in modes.values()


def test_aid_sent_and_troops_withdrawn_name_the_other_state(process_text):
    events = _events(process_text, " date 2021-03-10 Вакцины\n\nДели, 10 марта. Индия в среду передала Непалу "
                     "миллион доз вакцины. В августе Франция завершила вывод своих сил из Мали.\n")
    aid = next(e for e in events if e.event == "AID")
    assert (_names(aid.actor), _names(aid.recipient)) == ({"Индия"}, {"Непал"})
    retreat = next(e for e in events if e.event == "RETREAT")
    assert (_names(retreat.actor), _names(retreat.recipient)) == ({"Франция"}, {"Мали"})


def test_welcoming_a_states_decision_supports_that_state(process_text):
    events = _events(process_text, " date 2023-05-08 Сирия\n\nМосква, 8 мая. Российская сторона приветствовала "
                     "решение Лиги арабских государств о возвращении Сирии в организацию.\n")
    welcome = _only(events, "SUPPORT")
    assert (_names(welcome.actor), _names(welcome.recipient)) == ({"Россия"}, {"Arab League"})


def test_meeting_agreed_on_is_a_future_meeting_of_the_states(process_text):
    events = _events(process_text, " date 2024-03-14 Консультации\n\n"
                     "Министр иностранных дел Индии Субраманьям Джайшанкар провел в четверг переговоры с главой "
                     "МИД Японии Ёко Камикавой. Министры договорились провести в июне следующий раунд "
                     "консультаций на уровне заместителей министров.\n")
    (future,) = [e for e in events if e.event == "CONSULT" and e.auxiliary == "future"]
    assert {a.country for a in future.actor + future.recipient} == {"IND", "JPN"}
    assert future.date.iso()[:7] == "2024-06"
    assert any(e.event == "AGREE" and e.auxiliary is None for e in events)


def test_agreement_noun_on_holding_a_session_states_the_session(process_text):
    events = _events(process_text, " date 2024-04-23 Переговоры в Баку\n\n"
                     "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром "
                     "иностранных дел Азербайджана Джейхуном Байрамовым. Министрами была достигнута "
                     "договоренность о проведении очередного заседания межправительственной комиссии осенью.\n")
    assert any(e.event == "CONSULT" and e.auxiliary == "future"
               and {a.country for a in e.actor + e.recipient} == {"KAZ", "AZE"} for e in events)


def test_a_tour_is_one_visit_to_each_host_country(process_text):
    events = _events(process_text, " date 2025-01-25 Турне\n\n"
                     "В начале февраля госсекретарь США Марко Рубио отправится в турне, в ходе которого "
                     "посетит Панаму, Сальвадор и Гватемалу.\n")
    visits = [e for e in events if e.event == "CONSULT"]
    assert sorted(e.recipient[0].country for e in visits) == ["GTM", "PAN", "SLV"]
    assert all(e.mode == "visit" and e.auxiliary == "future" and _names(e.actor) == {"Marco Rubio"}
               and e.event_loc.country == e.recipient[0].country for e in visits)


def test_invitation_makes_the_invited_the_visitor(process_text):
    events = _events(process_text, " date 2025-01-17 Переговоры\n\n"
                     "Президент Ирана Масуд Пезешкиан пригласил Владимира Путина посетить Тегеран.\n")
    visit = _only(events, "CONSULT")
    assert _names(visit.actor) == {"Vladimir Putin"} and _names(visit.recipient) == {"Masoud Pezeshkian"}
    assert visit.auxiliary == "hypothetical" and visit.event_loc.country == "IRN"  # extended, not accepted


def test_a_meeting_that_only_dates_a_visit_does_not_hide_it(process_text):
    events = _events(process_text, " date 2024-07-01 Визит\n\n"
                     "Сразу после саммита ШОС председатель КНР Си Цзиньпин совершит государственный визит "
                     "в Казахстан.\n")
    visit = _only(events, "CONSULT")
    assert _names(visit.actor) == {"Xi Jinping"} and [a.country for a in visit.recipient] == ["KAZ"]
    assert visit.auxiliary == "future"


def test_a_visit_told_as_a_topic_names_no_host_country(process_text):
    events = _events(process_text, " date 2024-06-20 Интервью\n\n"
                     "Министр иностранных дел Узбекистана Бахтиёр Саидов рассказал об итогах визита "
                     "Владимира Путина в Ташкент.\n")
    assert not [e for e in events if e.event == "CONSULT"]


def test_cancelled_visit_of_a_genitive_visitor_is_negated(process_text):
    events = _events(process_text, " date 2025-06-30 Визит отменен\n\n"
                     "В субботу азербайджанская сторона отменила запланированный визит в Баку "
                     "вице-премьера России Алексея Оверчука.\n")
    visit = _only(events, "CONSULT")
    assert visit.auxiliary == "negated" and [a.country for a in visit.recipient] == ["AZE"]
    assert [a.name for a in visit.actor] == ["Алексей Оверчук"]


def test_planned_event_on_a_weekday_lies_ahead(process_text):
    events = _events(process_text, " date 2025-07-02 Визит\n\n"
                     "Государственный визит президента Индонезии Прабово Субианто в Японию начнется в понедельник.\n")
    visit = _only(events, "CONSULT")
    assert visit.auxiliary == "future" and visit.date.iso() == "2025-07-07"


def test_then_dates_a_sentence_by_the_date_stated_before(process_text):
    events = _events(process_text, " date 2024-03-14 Переговоры\n\n"
                     "Министр иностранных дел России Сергей Лавров провел в четверг телефонный разговор с главой "
                     "МИД Турции Хаканом Фиданом. Министры уже встречались 2 марта в Анталье. Тогда глава "
                     "российской дипломатии также был принят президентом Турции Реджепом Тайипом Эрдоганом.\n")
    received = next(e for e in events if "Recep Tayyip Erdogan" in _names(e.actor + e.recipient))
    assert received.date.iso() == "2024-03-02" and received.auxiliary == "historical"


def test_we_in_an_interview_is_the_interviewees_state(process_text):
    doc = process_text(" date 2024-06-17 Интервью\n\n"
                       "Заместитель министра иностранных дел России Михаил Галузин ответил на вопросы нашего издания.\n\n"
                       "Вопрос: Как развиваются отношения с Кишиневом?\n\n"
                       "Галузин: Власти Молдавии отказались от нашего предложения провести межмидовские консультации. "
                       "Позавчера мы с послом Армении Грантом Мурадяном провели переговоры.\n")
    rejection = next(e for e in doc.events if e.event == "REJECT")
    assert [a.country for a in rejection.actor] == ["MDA"] and [a.country for a in rejection.recipient] == ["RUS"]
    talks = next(e for e in doc.events if e.event == "CONSULT")
    assert "Михаил Галузин" in {a.name for a in talks.actor + talks.recipient}  # "мы с ...": the speaker


def test_we_outside_an_interview_names_no_one(process_text):
    events = _events(process_text, " date 2024-06-17 Заявление\n\n"
                     "Власти Молдавии отказались от нашего предложения провести консультации, сообщил источник.\n")
    assert not [e for e in events if e.event == "REJECT"]


def test_proposal_to_foreign_colleagues_is_a_possible_meeting_with_their_state(process_text):
    events = _events(process_text, " date 2025-10-08 Интервью\n\n"
                     "Министр иностранных дел Казахстана Мурат Нуртлеу дал интервью агентству.\n\n"
                     "— Мы неоднократно предлагали киргизским коллегам провести консультации по пограничной "
                     "проблематике.\n")
    proposed = _only(events, "CONSULT")
    assert proposed.auxiliary == "hypothetical"
    assert {a.country for a in proposed.actor + proposed.recipient} == {"KAZ", "KGZ"}


def test_thanks_are_support_for_the_one_thanked(process_text):
    events = _events(process_text, " date 2024-06-12 Встреча\n\n"
                     "Министр обороны Азербайджана Закир Гасанов поблагодарил министра обороны России Андрея "
                     "Белоусова за помощь.\n")
    thanks = _only(events, "SUPPORT")
    assert _names(thanks.actor) == {"Закир Гасанов"} or {a.country for a in thanks.actor} == {"AZE"}
    assert {a.country for a in thanks.recipient} == {"RUS"}


def test_a_meeting_that_dates_the_clause_lends_it_no_parties(process_text):
    events = _events(process_text, " date 2025-02-13 Звонки\n\n"
                     "Вашингтон, 13 февраля. Президент США Дональд Трамп в среду провел телефонный разговор с "
                     "Владимиром Путиным. После беседы с Путиным Трамп также провел телефонный разговор с "
                     "президентом Украины Владимиром Зеленским.\n")
    calls = [_names(e.actor + e.recipient) for e in events if e.event == "CONSULT"]
    assert sorted(map(sorted, calls)) == [["Donald Trump", "Vladimir Putin"], ["Donald Trump", "Volodymyr Zelensky"]]


def test_a_titled_speaker_before_the_news_is_no_party(process_text):
    events = _events(process_text, " date 2025-01-17 Переговоры\n\n"
                     "Как сообщил журналистам помощник президента России Юрий Ушаков, Путин и Пезешкиан "
                     "договорились о поставках газа.\n")
    agree = _only(events, "AGREE")
    assert _names(agree.actor + agree.recipient) == {"Vladimir Putin", "Masoud Pezeshkian"}


def test_calls_with_partners_each_after_its_own_preposition_are_separate(process_text):
    events = _events(process_text, " date 2025-06-20 Звонки\n\n"
                     "Владимир Путин в пятницу обсуждал ситуацию по телефону и с Дональдом Трампом, и с "
                     "Биньямином Нетаньяху.\n")
    calls = sorted(sorted(_names(e.actor + e.recipient)) for e in events if e.event == "CONSULT")
    assert calls == [["Benjamin Netanyahu", "Vladimir Putin"], ["Donald Trump", "Vladimir Putin"]]


@pytest.mark.parametrize(("day", "expected"), [("2016-06-10", "Barack Obama"), ("2021-06-16", "Joe Biden"),
                                               ("2025-02-12", "Donald Trump")])
def test_a_title_alone_names_the_holder_on_the_articles_date(process_text, day, expected):
    events = _events(process_text, f" date {day} Разговор\n\n"
                     "Президент России провел телефонный разговор с президентом США.\n")
    call = _only(events, "CONSULT")
    assert _names(call.actor) == {"Vladimir Putin", expected}


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        # Aircraft and ships stand for their country, past more than one adjective.
        ("Турецкие истребители сбили российский бомбардировщик над границей.", "ASSAULT", "TUR", "RUS"),
        ("Израильские ракетные катера атаковали сирийские корабли у побережья.", "ASSAULT", "ISR", "SYR"),
        # "от X" after a demand is the one asked, not a place.
        ("Вьетнам потребовал от Китая вывести судно из своей экономической зоны.", "REQUEST", "VNM", "CHN"),
        # An act announced by the one performing it.
        ("Вашингтон объявил о снятии санкций с Сирии.", "CONCEDE", "USA", "SYR"),
        ("Госдепартамент США объявил о приостановке стратегического партнерства с Грузией.", "SANCTION", "USA", "GEO"),
        ("Япония ввела санкции против российских банков.", "SANCTION", "JPN", "RUS"),
        # A conditional warning is a threat; its target is the other side named in the condition.
        ("Трамп предупредил, что вернется к пошлинам, если Мексика не добьется результатов.", "THREATEN", "USA", "MEX"),
        # "по X" names the target; a country's name tagged as a person's is still the country.
        ("Иран нанес ракетный удар по Израилю.", "ASSAULT", "IRN", "ISR"),
        ("Китай оказал Лаосу помощь в ликвидации последствий наводнения.", "AID", "CHN", "LAO"),
        # Easing a sanction is a concession; raising a tariff on a country's goods is a sanction.
        ("Вашингтон на месяц отложил введение пошлин на мексиканские товары.", "CONCEDE", "USA", "MEX"),
        ("Китай повысил пошлины на американские товары до 125%.", "SANCTION", "CHN", "USA"),
        ("Турция экстрадировала в Россию гражданина, обвиняемого в терроризме.", "COOPERATE", "TUR", "RUS"),
        # A state's people named with its genitive ("пограничники Таджикистана") act for it.
        ("Пограничники Таджикистана задержали трех граждан Афганистана.", "COERCE", "TJK", "AFG"),
        ("Иранские военные захватили израильское торговое судно в Ормузском проливе.", "COERCE", "IRN", "ISR"),
        ("Армения освободила четырех азербайджанских военнопленных.", "CONCEDE", "ARM", "AZE"),
        ("Франция вывела последних военных из Нигера.", "RETREAT", "FRA", "NER"),
        ("Иран выпустил по Израилю около 180 баллистических ракет.", "ASSAULT", "IRN", "ISR"),
        # Armed forces known by their abbreviation act for their state.
        ("ЦАХАЛ нанес удары по объектам «Хезболлы» на юге Ливана.", "ASSAULT", "ISR", "LBN"),
        # The subject of the deciding verb performs what it decides; its genitive names whose body it is.
        ("Совет безопасности Судана принял решение о разрыве дипломатических отношений с ОАЭ.",
         "SANCTION", "SDN", "ARE"),
    ],
)
def test_directed_acts_with_countries_named_by_their_forces_banks_and_officials(process_text, text, event_type,
                                                                                actor, recipient):
    events = _events(process_text, " date 2024-06-10 Новости\n\n" + text + "\n")
    (event,) = [e for e in events if e.event == event_type]
    assert [a.country for a in event.actor] == [actor]
    assert [a.country for a in event.recipient] == [recipient]


def test_a_distance_from_a_capital_is_a_place(process_text):
    events = _events(process_text, " date 2024-06-10 Новости\n\n"
                     "Белоруссия перебросила войска в район в 50 км от Вильнюса.\n")
    assert all("LTU" not in [a.country for a in e.actor] for e in events)


def test_a_planned_meeting_takes_the_year_or_season_its_plan_states(process_text):
    events = _events(process_text, " date 2023-12-07 Новости\n\n"
                     "Путин и Эрдоган условились провести встречу осенью. "
                     "Следующее заседание совета министров России и Турции решено провести в Анкаре в 2025 году.\n")
    planned = sorted(e.date.iso() for e in events if e.event == "CONSULT" and e.auxiliary == "future")
    assert planned[0] == "2024-10-15"


def test_an_eased_sanction_is_no_negated_sanction(process_text):
    events = _events(process_text, " date 2025-02-04 Новости\n\n"
                     "Вашингтон на месяц отложил введение пошлин на мексиканские товары.\n")
    assert [e.event for e in events] == ["CONCEDE"] and events[0].auxiliary is None


def test_an_agreed_withdrawal_is_a_planned_retreat_of_both_sides(process_text):
    events = _events(process_text, " date 2022-09-16 Новости\n\n"
                     "Президенты Киргизии и Таджикистана договорились о прекращении огня и об отводе войск "
                     "от границы.\n")
    retreat = _only(events, "RETREAT")
    assert retreat.auxiliary == "future"
    assert {a.country for a in retreat.actor} == {"KGZ", "TJK"}


def test_troops_put_on_alert_are_one_sided_mobilization(process_text):
    events = _events(process_text, " date 2024-06-10 Новости\n\n"
                     "Армения привела войска в состояние повышенной боевой готовности.\n")
    alert = _only(events, "MOBILIZE")
    assert [a.country for a in alert.actor] == ["ARM"] and alert.recipient == []


def test_a_weekday_with_its_date_takes_the_date(process_text):
    events = _events(process_text, " date 2023-01-19 Новости\n\n"
                     "Профсоюзы Франции назначили следующую общенациональную забастовку на вторник, 31 января.\n")
    strike = _only(events, "PROTEST")
    assert strike.date.iso() == "2023-01-31" and strike.auxiliary == "future"


def test_a_decision_dated_by_weekday_to_act_from_a_date_takes_the_acts_date(process_text):
    events = _events(process_text, " date 2023-11-28 Новости\n\n"
                     "Правительство Эстонии во вторник приняло решение закрыть с 30 ноября последний пункт "
                     "пропуска на границе с Россией.\n")
    closure = _only(events, "SANCTION")
    assert closure.date.iso() == "2023-11-30" and closure.auxiliary == "future"


def test_an_agreement_is_not_dated_by_the_meeting_it_plans(process_text):
    events = _events(process_text, " date 2024-04-23 Новости\n\n"
                     "Министры иностранных дел Армении и Грузии достигли договоренности о проведении заседания "
                     "межправительственной комиссии во втором полугодии текущего года.\n")
    agreement = next(e for e in events if e.event == "AGREE")
    assert agreement.date.iso() == "2024-04-23"


def test_a_meeting_that_may_take_place_in_a_season_is_possible_and_ahead(process_text):
    events = _events(process_text, " date 2025-05-11 Новости\n\n"
                     "По данным СМИ, встреча Трампа и Си Цзиньпина может состояться уже осенью.\n")
    meeting = _only(events, "CONSULT")
    assert meeting.auxiliary == "hypothetical" and meeting.date.iso() == "2025-10-15"


def test_a_day_month_told_after_an_old_date_takes_its_year(process_text):
    events = _events(process_text, " date 2023-08-20 Обзор\n\n"
                     "В конце июня 2016 года Эрдоган направил Путину письмо, в котором принес извинения за гибель "
                     "летчика. Вскоре после этого, 9 августа, турецкий президент прибыл с визитом в Россию.\n")
    apology = next(e for e in events if e.event == "CONCEDE")
    assert [a.country for a in apology.actor] == ["TUR"] and apology.auxiliary == "historical"
    visit = next(e for e in events if e.event == "CONSULT")
    assert visit.date.iso() == "2016-08-09" and visit.auxiliary == "historical"


def test_a_crowd_protesting_at_a_parliament_is_protesters_against_it(process_text):
    events = _events(process_text, " date 2024-05-05 Протесты\n\n"
                     "Тбилиси, 5 мая. Тысячи человек вышли к зданию парламента Грузии, протестуя против "
                     "законопроекта об иноагентах.\n")
    protest = _only(events, "PROTEST")
    assert [(a.name, a.country) for a in protest.actor] == [("протестующие", "GEO")]
    assert [a.office for a in protest.recipient] == ["legislature"]


def test_supporters_of_an_organization_protest_as_it(process_text):
    events = _events(process_text, " date 2023-06-14 Протесты\n\n"
                     "Несколько сотен сторонников оппозиции провели акцию у здания правительства Армении, "
                     "требуя отставки премьер-министра.\n")
    protest = _only(events, "PROTEST")
    assert [a.office for a in protest.actor] == ["opposition"]
    assert [a.country for a in protest.recipient] == ["ARM"]


def test_a_crowd_that_does_not_protest_is_no_actor(process_text):
    assert not _events(process_text, " date 2023-02-07 Новости\n\nВ результате землетрясения в Турции погибли "
                                     "более ста человек.\n")


def test_an_unnamed_minister_described_by_country_is_the_one_named_before(process_text):
    events = _events(process_text, " date 2024-04-23 Визит\n\n"
                     "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Баку с официальным визитом. "
                     "В тот же день казахстанский министр был принят президентом Азербайджана Ильхамом Алиевым.\n")
    visits = [e for e in events if e.event == "CONSULT"]
    assert any(_names(e.actor) == {"Murat Nurtleu"} and _names(e.recipient) == {"Ilham Aliyev"} for e in visits)


def test_a_refused_trip_to_a_capital_named_by_adjective(process_text):
    events = _events(process_text, " date 2023-11-23 Саммит\n\n"
                     "Премьер-министр Армении Никол Пашинян отказался приехать в белорусскую столицу.\n")
    trip = _only(events, "CONSULT")
    assert trip.auxiliary == "negated" and [a.country for a in trip.recipient] == ["BLR"]
    assert trip.event_loc.name == "Минск"


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        # The tagger's lemma of "поверенного" is "поверить"; the summons is still a protest.
        ("МИД Филиппин вызвал временного поверенного в делах КНР.", "ACCUSE", "PHL", "CHN"),
        # A genitive owner of the subject acts: "сотрудники полиции Азербайджана задержали".
        ("Сотрудники полиции Азербайджана задержали двух граждан России.", "COERCE", "AZE", "RUS"),
    ],
)
def test_acts_of_bodies_named_through_their_people(process_text, text, event_type, actor, recipient):
    events = _events(process_text, " date 2024-06-10 Новости\n\n" + text + "\n")
    (event,) = [e for e in events if e.event == event_type]
    assert [a.country for a in event.actor] == [actor] and [a.country for a in event.recipient] == [recipient]


def test_a_titled_person_acts_not_the_body_of_the_title(process_text):
    events = _events(process_text, " date 2024-06-25 Новости\n\n"
                     "Верховный комиссар ООН по правам человека Фолькер Тюрк призвал власти Кении провести "
                     "расследование.\n")
    request = _only(events, "REQUEST")
    assert [a.name for a in request.actor] == ["Фолькер Тюрк"]


def test_readiness_to_receive_is_a_possible_meeting(process_text):
    events = _events(process_text, " date 2024-06-25 Новости\n\n"
                     "Президент Ирана выразил готовность принять в Тегеране официальную делегацию США.\n")
    assert [e.auxiliary for e in events if e.event == "CONSULT"] == ["hypothetical"]


def test_forces_of_two_states_patrolling_together_cooperate(process_text):
    events = _events(process_text, " date 2023-11-30 Новости\n\n"
                     "В ноябре ВМС Филиппин и США провели совместное патрулирование у побережья острова Палаван.\n")
    patrol = _only(events, "COOPERATE")
    assert {a.country for a in patrol.actor} == {"PHL", "USA"}


def test_a_quoted_name_does_not_make_drills_joint(process_text):
    events = _events(process_text, " date 2024-05-23 Новости\n\n"
                     "Китай начал учения «Совместный меч — 2024A» вокруг Тайваня.\n")
    assert [e.event for e in events] == ["MOBILIZE"]


def test_a_named_shoal_is_no_person_and_ships_stand_for_their_state(process_text):
    events = _events(process_text, " date 2023-12-10 Новости\n\n"
                     "Береговая охрана Китая применила водометы против филиппинских судов у мели Второй Томас.\n")
    coercion = _only(events, "COERCE")
    assert [a.country for a in coercion.actor] == ["CHN"] and [a.country for a in coercion.recipient] == ["PHL"]


def test_the_target_of_sanctions_is_no_actor_whatever_its_case(process_text):
    events = _events(process_text, " date 2025-01-16 Новости\n\n"
                     "Министерство финансов США ввело санкции против главнокомандующего суданской армией "
                     "Абдель Фаттаха аль-Бурхана.\n")
    sanction = _only(events, "SANCTION")
    assert [a.country for a in sanction.actor] == ["USA"]
    assert "USA" not in [a.country for a in sanction.recipient] and sanction.recipient


def test_no_one_acts_on_itself(process_text):
    events = _events(process_text, " date 2024-12-27 Новости\n\n"
                     "Финские власти задержали танкер, подозреваемый в повреждении кабеля между Финляндией "
                     "и Эстонией.\n")
    detention = _only(events, "COERCE")
    assert [a.country for a in detention.actor] == ["FIN"]
    assert "FIN" not in [a.country for a in detention.recipient]


def test_armed_movements_are_parties(process_text):
    events = _events(process_text, " date 2025-01-15 Новости\n\n"
                     "Израиль и ХАМАС достигли соглашения о прекращении огня.\n")
    agreement = _only(events, "AGREE")
    assert {a.name for a in agreement.actor} == {"Израиль", "ХАМАС"}
    (hamas,) = [a for a in agreement.actor if a.name == "ХАМАС"]
    assert (hamas.country, hamas.sector) == ("PSE", "REB")


def test_a_conditional_act_is_hypothetical_even_when_negated(process_text):
    events = _events(process_text, " date 2025-02-10 Новости\n\n"
                     "Трамп заявил, что если Иран не освободит задержанных американцев, США введут против "
                     "него новые санкции.\n")
    release = [e for e in events if e.event == "CONCEDE"]
    assert release and all(e.auxiliary == "hypothetical" for e in release)


def test_the_genitive_of_passive_sanctions_imposes_them(process_text):
    events = _events(process_text, " date 2024-06-10 Новости\n\n"
                     "Против России были введены новые санкции Евросоюза.\n")
    sanction = _only(events, "SANCTION")
    assert [a.country for a in sanction.recipient] == ["RUS"]
    assert [a.canonical or a.name for a in sanction.actor] == ["European Union"]


def test_a_gapped_clause_is_the_same_act_by_another(process_text):
    events = _events(process_text, " date 2025-02-08 Обмен\n\n"
                     "В субботу ХАМАС освободил трех израильских заложников, а Израиль — 183 палестинских "
                     "заключенных.\n")
    releases = [e for e in events if e.event == "CONCEDE"]
    assert sorted(a.name for e in releases for a in e.actor) == sorted(["ХАМАС", "Израиль"])
    assert all(len(e.actor) == 1 for e in releases)


def test_separate_talks_with_a_list_are_one_meeting_with_each(process_text):
    events = _events(process_text, " date 2024-10-02 Встречи в Дохе\n\n"
                     "В Дохе глава МИД Турции Хакан Фидан провел двусторонние встречи с министрами иностранных дел "
                     "Катара, Египта и Иордании.\n")
    meetings = [e for e in events if e.event == "CONSULT"]
    assert len(meetings) == 3
    assert all("Hakan Fidan" in _names(e.actor) for e in meetings)
    assert {frozenset(_names(e.actor + e.recipient)) - {"Hakan Fidan"} for e in meetings} == {
        frozenset({"Mohammed bin Abdulrahman Al Thani"}), frozenset({"Badr Abdelatty"}), frozenset({"Ayman Safadi"})}
    host = next(e for e in meetings if _names(e.recipient) == {"Mohammed bin Abdulrahman Al Thani"})
    assert host.mode == "visit" and _names(host.actor) == {"Hakan Fidan"}


def test_a_name_opened_by_initials_takes_the_surnames_case(process_text):
    events = _events(process_text, " date 2024-05-20 Встреча\n\n"
                     "В ходе визита С.В.Лавров провел переговоры с министром иностранных дел Лаоса.\n")
    meeting = _only(events, "CONSULT")
    assert "Sergey Lavrov" in _names(meeting.actor + meeting.recipient)


def test_the_target_of_an_act_asked_for_is_not_a_party_of_the_request(process_text):
    events = _events(process_text, " date 2025-03-03 Призыв\n\n"
                     "Президент Франции Эмманюэль Макрон призвал Россию прекратить удары по энергетическим "
                     "объектам Украины.\n")
    request = _only(events, "REQUEST")
    assert _names(request.actor) == {"Emmanuel Macron"}
    assert _names(request.recipient) == {"Россия"}


def test_naming_an_act_by_a_word_of_blame_accuses_its_author(process_text):
    events = _events(process_text, " date 2024-02-14 Заявление\n\n"
                     "Министр иностранных дел Литвы Габриэлюс Ландсбергис назвал решение Белоруссии "
                     "недружественным шагом. Президент Казахстана назвал визит Си Цзиньпина историческим.\n")
    accusation = _only(events, "ACCUSE")
    assert _names(accusation.actor) == {"Gabrielius Landsbergis"}
    assert _names(accusation.recipient) == {"Белоруссия"}


def test_the_leader_of_a_parliamentary_state_is_its_head_of_government(process_text):
    events = _events(process_text, " date 2024-05-10 Встреча\n\n"
                     "Лидеры Венгрии и Сербии встретились в пятницу в Белграде.\n")
    meeting = _only(events, "CONSULT")
    assert _names(meeting.actor + meeting.recipient) == {"Viktor Orbán", "Aleksandar Vučić"}


def test_a_nominative_before_a_subjectless_verb_is_its_subject(process_text):
    events = _events(process_text, " date 2019-06-03 Договор\n\n"
                     "Договор о дружбе и сотрудничестве Вьетнам и Камбоджа подписали еще в 1979 году.\n")
    signing = _only(events, "SUPPORT")
    assert _names(signing.actor) == {"Вьетнам", "Камбоджа"} and signing.auxiliary == "historical"


def test_declared_support_names_the_supported(process_text):
    events = _events(process_text, " date 2024-03-23 Поддержка\n\n"
                     "Япония заявила о поддержке Филиппин. Министр подтвердил поддержку Киеву.\n")
    support = _only(events, "SUPPORT")
    assert _names(support.actor) == {"Япония"} and _names(support.recipient) == {"Филиппины"}


def test_a_contrasted_clause_with_its_own_subject_is_another_clause(process_text):
    events = _events(process_text, " date 2024-10-09 Саммит\n\n"
                     "Премьер-министр Камбоджи Хун Манет поблагодарил таиландскую сторону за гостеприимство, "
                     "а премьер Таиланда похвалил организацию переговоров.\n")
    thanks = next(e for e in events if e.event == "SUPPORT" and e.trigger == "поблагодарил")
    assert _names(thanks.actor) == {"Hun Manet"} and _names(thanks.recipient) == {"Таиланд"}


def test_a_visit_destination_told_before_the_trigger(process_text):
    events = _events(process_text, " date 2024-06-05 Визит\n\n"
                     "Ташкент посетил президент Туркменистана Сердар Бердымухамедов. Казахстанский лидер прибыл "
                     "в Баку с официальным визитом.\n")
    visits = {frozenset(_names(e.actor)): _names(e.recipient) for e in events if e.event == "CONSULT"}
    assert visits[frozenset({"Serdar Berdimuhamedow"})] == {"Узбекистан"}
    assert visits[frozenset({"Kassym-Jomart Tokayev"})] == {"Азербайджан"}


def test_two_known_people_the_ner_joined_are_two(process_text):
    events = _events(process_text, " date 2023-03-13 Визит\n\n"
                     "Ранее Пекин посетил предшественник Шольца Ангела Меркель.\n")
    visit = _only(events, "CONSULT")
    assert _names(visit.actor) == {"Angela Merkel"} and _names(visit.recipient) == {"Китай"}


def test_a_capital_owning_an_act_or_targeted_stands_for_its_state(process_text):
    events = _events(process_text, " date 2022-05-20 Ответ\n\n"
                     "Президент Гайаны отклонил требование Каракаса о переговорах. Вашингтон ввел против Гаваны "
                     "новые санкции.\n")
    reject = next(e for e in events if e.event == "REJECT")
    assert _names(reject.recipient) == {"Венесуэла"}
    sanction = next(e for e in events if e.event == "SANCTION")
    assert _names(sanction.actor) == {"США"} and _names(sanction.recipient) == {"Куба"}


def test_a_demand_made_of_a_state_names_it_as_recipient(process_text):
    events = _events(process_text, " date 2025-03-13 Требование\n\n"
                     "Таджикистан потребовал от Киргизии вернуть технику.\n")
    request = _only(events, "REQUEST")
    assert _names(request.actor) == {"Таджикистан"} and _names(request.recipient) == {"Киргизия"}


def test_lists_of_sponsors_of_terrorism_sanction_and_concede(process_text):
    events = _events(process_text, " date 2021-01-12 Список\n\n"
                     "Госдепартамент США внес Кубу в список государств — спонсоров терроризма. Спустя четыре года "
                     "Вашингтон исключил Кубу из списка спонсоров терроризма.\n")
    assert {(e.event, frozenset(_names(e.recipient))) for e in events} >= {
        ("SANCTION", frozenset({"Куба"})), ("CONCEDE", frozenset({"Куба"}))}


def test_the_source_named_in_an_opening_as_clause_takes_no_part(process_text):
    events = _events(process_text, " date 2024-09-14 Обмен\n\n"
                     "Как сообщили в МИД Турции, Анкара выслала двух сотрудников посольства Ирана.\n")
    sanction = _only(events, "SANCTION")
    assert _names(sanction.actor) == {"Турция"}


def test_an_agreed_personal_meeting_is_the_agreeing_leaders_own(process_text):
    events = _events(process_text, " date 2023-05-29 Разговор\n\n"
                     "Президент России Владимир Путин провел телефонный разговор с президентом Казахстана "
                     "Касым-Жомартом Токаевым. Условились о проведении личной встречи в ближайшее время.\n")
    (planned,) = [e for e in events if e.event == "CONSULT" and e.auxiliary == "future"]
    assert _names(planned.actor + planned.recipient) == {"Vladimir Putin", "Kassym-Jomart Tokayev"}
    events = _events(process_text, " date 2023-05-29 Разговор\n\n"
                     "Президент России Владимир Путин провел телефонный разговор с президентом Казахстана "
                     "Касым-Жомартом Токаевым. Договорились провести консультации экспертов.\n")
    (planned,) = [e for e in events if e.event == "CONSULT" and e.auxiliary == "future"]
    assert _names(planned.actor + planned.recipient) == {"Россия", "Казахстан"}


def test_the_owner_of_a_subject_phrase_with_an_adjective_acts(process_text):
    events = _events(process_text, " date 2024-08-19 Инцидент\n\n"
                     "Корабли военно-морских сил Китая применили водометы против вьетнамских судов.\n")
    coercion = _only(events, "COERCE")
    assert {a.country for a in coercion.actor} == {"CHN"} and _names(coercion.recipient) == {"Вьетнам"}


def test_an_abbreviated_state_lifting_sanctions_from_a_target(process_text):
    events = _events(process_text, " date 2025-09-11 Санкции\n\n"
                     "В ответ ЕС снял санкции с казахстанской авиакомпании.\n")
    concession = _only(events, "CONCEDE")
    assert {a.canonical or a.name for a in concession.actor} == {"European Union"}
    assert _names(concession.recipient) == {"Казахстан"}


def test_each_country_of_a_list_of_adjectives_is_a_party(process_text):
    events = _events(process_text, " date 2025-09-10 Беспилотники\n\n"
                     "Российские беспилотники были сбиты польскими и нидерландскими истребителями.\n")
    assault = _only(events, "ASSAULT")
    assert _names(assault.actor) == {"Польша", "Нидерланды"} and _names(assault.recipient) == {"Россия"}


def test_a_reaction_to_an_act_told_before_is_aimed_at_its_performers(process_text):
    events = _events(process_text, " date 2024-01-12 Удары\n\n"
                     "Израиль нанес удары по объектам в Ливане. Правительство Иордании осудило удары.\n")
    accusation = _only(events, "ACCUSE")
    assert _names(accusation.recipient) == {"Израиль"}


def test_the_act_a_request_asks_for_is_no_event_of_its_own(process_text):
    events = _events(process_text, " date 2025-06-30 Требование\n\n"
                     "Официальный представитель МИД Мария Захарова потребовала от Азербайджана освободить журналистов.\n")
    assert [(e.event, _names(e.actor), _names(e.recipient)) for e in events] == [
        ("REQUEST", {"Maria Zakharova"}, {"Азербайджан"})]


def test_a_first_person_verb_in_an_interview_implies_the_interviewee(process_text):
    events = _events(process_text, " date 2024-06-17 Интервью\n\n"
                     "Министр иностранных дел Казахстана Мурат Нуртлеу ответил на вопросы нашего издания.\n\n"
                     "— Что вы ждете от саммита?\n\n"
                     "— Призываем киргизских коллег завершить делимитацию границы.\n")
    request = _only(events, "REQUEST")
    assert _names(request.actor) == {"Murat Nurtleu"} and _names(request.recipient) == {"Киргизия"}


def test_a_gapped_date_repeats_the_act_on_that_date(process_text):
    events = _events(process_text, " date 2023-11-28 Граница\n\n"
                     "Ранее, 10 ноября, Норвегия выслала двух российских дипломатов, а 14 ноября — еще трех.\n")
    dates = sorted(e.date.iso() for e in events if e.event == "SANCTION")
    assert dates == ["2023-11-10", "2023-11-14"]


def test_a_clause_after_posle_togo_kak_is_another_act(process_text):
    events = _events(process_text, " date 2016-01-05 Разрыв\n\n"
                     "Бахрейн разорвал дипломатические отношения с Ираном, после того как демонстранты "
                     "напали на посольство.\n")
    sanction = _only(events, "SANCTION")
    assert _names(sanction.actor) == {"Бахрейн"} and _names(sanction.recipient) == {"Иран"}


def test_a_state_after_a_directed_verb_with_a_subject_is_its_object(process_text):
    events = _events(process_text, " date 2019-06-20 Инцидент\n\n"
                     "Иранский зенитный комплекс сбил американский беспилотник над Ормузским проливом.\n")
    assault = _only(events, "ASSAULT")
    assert _names(assault.actor) == {"Иран"} and _names(assault.recipient) == {"США"}


def test_brussels_acting_is_the_eu_and_an_international_body_can_be_the_other_side(process_text):
    events = _events(process_text, " date 2025-07-18 Санкции\n\n"
                     "Евросоюз утвердил новый пакет санкций. В МИД России назвали решение Брюсселя "
                     "политически мотивированным.\n")
    accusation = _only(events, "ACCUSE")
    assert {a.canonical for a in accusation.recipient} == {"European Union"}
    doc = process_text(" date 2025-07-18 Переговоры\n\nПереговоры прошли в Брюсселе.\n")
    assert all(a.canonical != "European Union" for e in doc.events for a in e.actor + e.recipient)


def test_material_acts_stated_in_common_news_wording(process_text):
    events = _events(process_text, " date 2024-05-24 Граница\n\n"
                     "Армения передала под контроль Азербайджана четыре приграничных участка. "
                     "Канцлер заявил, что Германия будет поставлять Украине зенитные ракеты.\n")
    assert {e.event for e in events} >= {"RETREAT", "AID"}


def test_acts_agreed_on_or_called_for_are_no_events_of_their_own(process_text):
    events = _events(process_text, " date 2023-03-10 Договоренность\n\n"
                     "Египет и Турция договорились восстановить дипломатические отношения. Министерство обороны "
                     "Армении отвергло призыв Азербайджана отвести войска от границы.\n")
    assert sorted(e.event for e in events) == ["AGREE", "REJECT"]


def test_a_question_asserts_nothing(process_text):
    events = _events(process_text, " date 2025-07-08 Интервью\n\n"
                     "— Переговоры Аракчи и Уиткоффа сорваны окончательно?\n\n"
                     "— Министр иностранных дел Ирана встретился с министром иностранных дел Омана.\n")
    assert [e.event for e in events] == ["CONSULT"] and events[0].auxiliary is None


def test_the_act_one_is_accused_of_is_the_accuseds(process_text):
    events = _events(process_text, " date 2022-09-15 Граница\n\n"
                     "МИД Армении обвинил азербайджанскую сторону в обстреле приграничных сел и позиций в Сюникской "
                     "области с применением артиллерии и беспилотников.\n")
    assault = _only(events, "ASSAULT")
    assert _names(assault.actor) == {"Азербайджан"} and _names(assault.recipient) == {"Армения"}


def test_a_when_clause_is_another_act(process_text):
    events = _events(process_text, " date 2025-05-08 Визит\n\n"
                     "Президент Монголии примет участие в переговорах в Пекине в сентябре, когда в Тяньцзине "
                     "пройдет саммит ШОС.\n")
    assert all(a.canonical != "Shanghai Cooperation Organisation" for e in events for a in e.actor + e.recipient)


def test_a_body_does_not_act_on_its_own_state(process_text):
    events = _events(process_text, " date 2025-06-30 Обыск\n\n"
                     "Полиция Казахстана задержала в Алма-Ате двух казахстанских журналистов.\n\n"
                     "Сотрудники полиции Сербии провели обыск в белградском офисе сербской партии.\n")
    # Neither its own state nor a state of an earlier sentence is what a police search acts on.
    assert [e for e in events if e.event == "COERCE" and any(a.kind == "country" for a in e.recipient)] == []


def test_the_one_an_aide_serves_does_not_act_for_the_aide(process_text):
    events = _events(process_text, " date 2010-03-10 Визит\n\n"
                     "Помощник Хиллари Клинтон по европейским делам, который в среду посетил Белград, заявил о "
                     "поддержке Сербии. Помощник президента Франции посетил Бамако.\n")
    assert all("Хиллари Клинтон" not in {a.name for a in e.actor} for e in events)
    assert all(a.office != "head_of_state" for e in events for a in e.actor)


def test_chess_is_not_politics(process_text):
    events = _events(process_text, " date 2007-04-14 Шахматы\n\n"
                     "Шахматная федерация Израиля поддержит кандидатуру Кирсана Илюмжинова на выборах президента ФИДЕ.\n")
    assert events == ()


def test_a_gerund_after_a_comma_opens_a_clause_of_its_own(process_text):
    events = _events(process_text, " date 2011-01-15 Торговля\n\n"
                     "Правительство Канады смягчило ограничения, разрешив канадским компаниям торговать с Ираном.\n")
    assert all("Иран" not in {a.name for a in e.actor} for e in events)


def test_praise_of_a_capitals_efforts_is_praise_of_its_state(process_text):
    events = _events(process_text, " date 2024-03-05 Разговор\n\n"
                     "Министр иностранных дел Турции Хакан Фидан высоко оценил посреднические усилия Дохи.\n")
    support = _only(events, "SUPPORT")
    assert _names(support.recipient) == {"Катар"}


def test_the_person_an_occasion_names_is_no_party_of_the_condolences(process_text):
    events = _events(process_text, " date 2025-05-14 Соболезнования\n\n"
                     "Президент Казахстана Касым-Жомарт Токаев направил соболезнования президенту Узбекистана "
                     "Шавкату Мирзиёеву в связи с кончиной бывшего президента Ислама Каримова.\n")
    support = _only(events, "SUPPORT")
    assert _names(support.recipient) == {"Shavkat Mirziyoyev"}


def test_an_indeclinable_country_is_found_in_any_case(process_text):
    events = _events(process_text, " date 2024-02-20 Турне\n\n"
                     "Глава МИД Индии Субраманьям Джайшанкар в пятницу посетил Того.\n")
    visit = _only(events, "CONSULT")
    assert _names(visit.recipient) == {"Того"}


def test_after_which_goes_on_with_the_same_subject(process_text):
    events = _events(process_text, " date 2019-06-03 Турне\n\n"
                     "В понедельник Мевлют Чавушоглу прилетел в Бухарест, после чего посетил Болгарию и Сербию.\n")
    visits = [e for e in events if e.event == "CONSULT" and e.mode == "visit"]
    assert {next(iter(_names(v.recipient))) for v in visits} >= {"Болгария", "Сербия"}
    assert all(_names(v.actor) == {"Mevlut Cavusoglu"} for v in visits)


def test_a_bare_minister_is_the_minister_of_the_story(process_text):
    events = _events(process_text, " date 2022-11-03 Визит\n\n"
                     "Министр иностранных дел Венгрии Петер Сийярто прибыл в Анкару.\n\n"
                     "Министр также раскритиковал Евросоюз за антироссийские санкции.\n")
    accusation = _only(events, "ACCUSE")
    assert _names(accusation.actor) == {"Péter Szijjártó"}


def test_an_addressed_title_is_not_a_mention(process_text):
    events = _events(process_text, " date 2022-11-03 Интервью\n\n"
                     "Министр иностранных дел Венгрии Петер Сийярто ответил на вопросы газеты.\n\n"
                     "— Господин министр, в сентябре Евросоюз ввел новые санкции против Ирана.\n")
    assert all("Péter Szijjártó" not in _names(e.actor) for e in events if e.event == "SANCTION")


def test_setting_off_to_a_country_is_a_visit_but_not_beside_talks_there(process_text):
    alone = _events(process_text, " date 2023-03-01 Турне\n\n"
                    "Завтра Сергей Лавров отправится в Эсватини.\n")
    (visit,) = [e for e in alone if e.event == "CONSULT"]
    assert _names(visit.recipient) == {"Эсватини"} and visit.auxiliary == "future"
    framed = _events(process_text, " date 2023-03-01 Турне\n\n"
                     "Сергей Лавров отправился в Анкару, где провел переговоры с Мевлютом Чавушоглу.\n")
    (talks,) = [e for e in framed if e.event == "CONSULT"]
    assert _names(talks.recipient) | _names(talks.actor) >= {"Mevlut Cavusoglu"}


def test_an_adjective_names_a_state_beyond_the_main_partners(process_text):
    events = _events(process_text, " date 2021-01-15 Выборы\n\n"
                     "Генеральный секретарь ООН Антониу Гутерриш призвал угандийские власти обеспечить "
                     "прозрачный подсчет голосов.\n")
    request = _only(events, "REQUEST")
    assert {a.country for a in request.recipient} == {"UGA"}


def test_an_announced_package_of_aid_is_the_announcers(process_text):
    events = _events(process_text, " date 2024-03-07 Помощь\n\n"
                     "Франция объявила о новом пакете гуманитарной помощи Армении.\n")
    aid = _only(events, "AID")
    assert _names(aid.actor) == {"Франция"} and _names(aid.recipient) == {"Армения"}


def test_a_ceasefire_taking_effect_is_both_sides_retreat(process_text):
    events = _events(process_text, " date 2020-11-10 Карабах\n\n"
                     "Режим прекращения огня между Арменией и Азербайджаном вступил в силу в полночь.\n\n"
                     "Стороны договорились о прекращении огня.\n")
    retreat = _only(events, "RETREAT")
    assert _names(retreat.actor) == {"Армения", "Азербайджан"}
    assert all(e.event != "RETREAT" for e in events if "договорились" in e.mentions[0].sentence)


def test_handing_over_missiles_is_military_aid(process_text):
    events = _events(process_text, " date 2023-05-11 Помощь\n\n"
                     "Великобритания передала Украине крылатые ракеты большой дальности.\n")
    aid = _only(events, "AID")
    assert _names(aid.actor) == {"Великобритания"} and _names(aid.recipient) == {"Украина"}


def test_a_plans_rough_date_does_not_date_the_story(process_text):
    events = _events(process_text, " date 2023-04-14 Визит\n\n"
                     "Президент Бразилии Лула да Силва пригласил Си Цзиньпина посетить Бразилию в следующем году.\n\n"
                     "В тот же день Лула да Силва встретился с премьером Госсовета КНР Ли Цяном.\n")
    (meeting,) = [e for e in events if e.event == "CONSULT" and "Li Qiang" in _names(e.actor) | _names(e.recipient)]
    assert meeting.date.iso() == "2023-04-14"


def test_a_capitalized_title_before_a_name_is_not_part_of_it(process_text):
    events = _events(process_text, " date 2024-11-26 Визит\n\n"
                     "В Исламабаде Премьер-министр Шахбаз Шариф провел переговоры с Президентом Белоруссии "
                     "Александром Лукашенко.\n")
    talks = _only(events, "CONSULT")
    assert _names(talks.actor) | _names(talks.recipient) == {"Shehbaz Sharif", "Alexander Lukashenko"}


def test_joining_sanctions_is_a_sanction_and_refusing_to_join_is_negated(process_text):
    events = _events(process_text, " date 2022-03-02 Санкции\n\n"
                     "Сербия не присоединится к санкциям против России, заявил Александр Вучич.\n\n"
                     "Швейцария присоединилась к санкциям Евросоюза против Белоруссии.\n")
    sanctions = {(next(iter(_names(e.actor))), e.auxiliary) for e in events if e.event == "SANCTION"}
    assert sanctions == {("Сербия", "negated"), ("Швейцария", None)}


def test_a_nominals_agent_told_by_apposed_titles_takes_part(process_text):
    # The second title agrees with the first ("принца" genitive), though tagged accusative.
    events = _events(process_text, " date 2024-03-15 Звонок\n\n"
                     "Посол рассказал журналистам о беседе наследного принца, премьер-министра Королевства "
                     "Мухаммеда бен Салмана с президентом Турции Реджепом Тайипом Эрдоганом.\n")
    talk = _only(events, "CONSULT")
    assert _names(talk.actor) | _names(talk.recipient) == {"Mohammed bin Salman", "Recep Tayyip Erdogan"}


def test_one_named_among_those_released_is_no_party_of_the_release(process_text):
    events = _events(process_text, " date 2024-08-02 Обмен\n\n"
                     "Власти Белоруссии освободили пятерых заключенных, в том числе журналиста Игоря Лосика, "
                     "и передали их Литве.\n")
    release = _only(events, "CONCEDE")
    assert _names(release.recipient) == {"Литва"}


def test_ministers_stand_for_the_ministers_meeting_not_a_later_one_of_presidents(process_text):
    events = _events(process_text, " date 2023-06-10 Переговоры\n\n"
                     "Сергей Лавров провел переговоры с министром иностранных дел Индии Субраманьямом "
                     "Джайшанкаром.\n\n"
                     "Джайшанкар также рассказал о телефонном разговоре Владимира Путина с Нарендрой Моди.\n\n"
                     "Министры обсудили торговлю и поставки нефти.\n")
    meetings = {frozenset(_names(e.actor) | _names(e.recipient)) for e in events if e.event == "CONSULT"}
    assert meetings == {frozenset({"Sergey Lavrov", "Subrahmanyam Jaishankar"}),
                        frozenset({"Vladimir Putin", "Narendra Modi"})}
    (discussion,) = [e for e in events if e.event == "CONSULT" and any("Министры" in m.sentence for m in e.mentions)]
    assert _names(discussion.actor) == {"Sergey Lavrov", "Subrahmanyam Jaishankar"}


def test_a_colleague_is_the_holder_of_the_same_office(process_text):
    events = _events(process_text, " date 2024-08-12 Визит\n\n"
                     "Министр иностранных дел Китая Ван И провел переговоры с Субраманьямом Джайшанкаром.\n\n"
                     "Позднее Ван И был принят премьер-министром Индии Нарендрой Моди.\n\n"
                     "Ван И пригласил индийского коллегу посетить Китай.\n")
    (invitation,) = [e for e in events if e.event == "CONSULT" and e.auxiliary == "hypothetical"]
    assert _names(invitation.actor) == {"Subrahmanyam Jaishankar"}


def test_the_invited_is_the_guest_when_the_parser_hangs_it_on_the_infinitive(process_text):
    # The parser attaches "коллегу" to "посетить" here, and the subject to a verb after the semicolon.
    events = _events(process_text, " date 2024-07-04 Встреча\n\n"
                     "Владимир Путин провел переговоры с Реджепом Тайипом Эрдоганом.\n\n"
                     "Турецкий президент в очередной раз пригласил российского коллегу посетить Турцию; "
                     "по словам помощника президента России Юрия Ушакова, визит может состояться, но сроки "
                     "пока не определены.\n")
    (invitation,) = [e for e in events if e.event == "CONSULT" and e.auxiliary == "hypothetical"]
    assert (_names(invitation.actor), _names(invitation.recipient)) == ({"Vladimir Putin"}, {"Recep Tayyip Erdogan"})


def test_refusing_to_sign_or_extend_is_a_rejection_not_a_signing(process_text):
    events = _events(process_text, " date 2024-10-02 Без подписи\n\n"
                     "Премьер-министр Венгрии Виктор Орбан отказался подписывать совместное заявление "
                     "Евросоюза по Китаю. Власти Болгарии отказываются продлевать договор о транзите с Турцией. "
                     "Министр иностранных дел Эстонии отказался встретиться с министром иностранных дел Белоруссии.\n")
    rejects = [e for e in events if e.event == "REJECT"]
    assert sorted(a.country for e in rejects for a in e.actor) == ["BGR", "HUN"]
    assert all(e.auxiliary is None for e in rejects)
    assert not [e for e in events if e.event == "SUPPORT"]  # the refused signing is no signing
    (meeting,) = [e for e in events if e.event == "CONSULT"]  # a refused meeting is a meeting negated, no REJECT
    assert meeting.auxiliary == "negated"


def test_imperfective_partners_read_as_their_triggers(process_text):
    events = _events(process_text, " date 2024-10-02 Помощь\n\n"
                     "Правительство Японии выделяет Филиппинам кредит на закупку патрульных судов. "
                     "Президент Кении Уильям Руто поздравлял президента Танзании с победой на выборах.\n")
    assert {e.event for e in events} >= {"AID", "SUPPORT"}


def test_an_imperfective_partner_is_allowed_on_verbs_only(monkeypatch):
    from communique.data import DataFileError
    from communique.events import lexicon

    real = lexicon.load_yaml("triggers.yaml")
    broken = dict(real, triggers=[{"lemma": "визит", "imperfective": "визитировать", "pos": "NOUN",
                                   "type": "CONSULT", "kind": "visit"}])
    monkeypatch.setattr(lexicon, "load_yaml", lambda name: broken if name == "triggers.yaml" else real)
    lexicon.event_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="визит: only a verb"):
            lexicon.event_lexicon()
    finally:
        monkeypatch.undo()
        lexicon.event_lexicon.cache_clear()


def test_a_free_delivery_is_aid_and_joint_manoeuvres_are_cooperation(process_text):
    events = _events(process_text, " date 2024-02-14 Поставки\n\n"
                     "Правительство Турции безвозмездно передало Сирии партию генераторов. "
                     "Военно-морские силы Индии провели с Францией совместные маневры в Индийском океане.\n")
    aid = [e for e in events if e.event == "AID"]
    assert [(a.country, r.country) for e in aid for a in e.actor for r in e.recipient] == [("TUR", "SYR")]
    joint = _only(events, "COOPERATE")
    assert {a.country for a in joint.actor + joint.recipient} == {"IND", "FRA"}


def test_a_visit_to_a_country_is_hosted_by_its_leader_named_just_before(process_text):
    events = _events(process_text, " date 2024-06-11 Визит\n\n"
                     "Президенты Монголии и Казахстана Ухнаагийн Хурэлсух и Касым-Жомарт Токаев подписали "
                     "план действий. Монгольский лидер прибыл в Астану с государственным визитом накануне.\n"
                     "\nВ 2016 году Астану посетил президент Франции Франсуа Олланд.\n")
    visits = {e.date.year: e for e in events if e.event == "CONSULT" and e.mode == "visit"}
    assert _names(visits[2024].recipient) == {"Kassym-Jomart Tokayev"}
    # In 2016 someone else held the office: the country stays the host.
    assert [a.kind for a in visits[2016].recipient] == ["country"]


def test_a_country_adjective_before_ministry_is_that_country_s_body_named_before(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМинистерство обороны Литвы сообщило о новых "
                     "нарушениях воздушного пространства. Литовское ведомство обвинило Белоруссию в провокациях. "
                     "Польское министерство поддержало Литву.\n")
    accusation = next(e for e in events if e.event == "ACCUSE")
    assert [(a.kind, a.country) for a in accusation.actor] == [("organization", "LTU")]
    assert {a.country for a in accusation.recipient} == {"BLR"}
    support = next(e for e in events if e.event == "SUPPORT")
    assert [(a.kind, a.country) for a in support.actor] == [("country", "POL")]


def test_a_signed_decree_imposing_duties_is_the_signer_s_sanction_dated_by_its_signing(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nРаспоряжение о введении пошлин против "
                     "Белоруссии премьер-министр Литвы Гинтаутас Палуцкас подписал 10 ноября.\n")
    sanction = _only(events, "SANCTION")
    assert {a.country for a in sanction.actor} == {"LTU"} and {a.country for a in sanction.recipient} == {"BLR"}
    assert sanction.date.iso() == "2024-11-10"


def test_two_words_of_one_protest_in_a_sentence_are_one_event_with_its_target(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nТысячи жителей вышли на площадь перед парламентом в "
                     "Бишкеке, протестуя против решения правительства Киргизии.\n")
    protest = _only(events, "PROTEST")
    assert [(a.kind, a.country) for a in protest.recipient] == [("organization", "KGZ")]


def test_a_protest_is_aimed_at_the_one_its_demand_is_made_of(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nНесколько тысяч сторонников оппозиции вышли на "
                     "площадь в Белграде, требуя отставки премьер-министра Сербии Милоша Вучевича.\n")
    protest = _only(events, "PROTEST")
    assert [(a.kind, a.country) for a in protest.recipient] == [("person", "SRB")]


def test_a_rejected_accusation_is_aimed_at_the_accusers_told_before(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nОппозиция обвинила полицию Армении в избиении "
                     "задержанных. МВД Армении опровергло эти обвинения.\n")
    rejection = _only(events, "REJECT")
    assert [a.office for a in rejection.recipient] == ["opposition"]


def test_dispersing_a_crowd_and_force_used_to_drive_protesters_off_are_coercion_of_them(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ Минске ОМОН разогнал участников шествия. "
                     "В Ереване полиция применила слезоточивый газ, чтобы оттеснить протестующих от здания "
                     "парламента.\n")
    coercions = [e for e in events if e.event == "COERCE"]
    assert [(a.office for a in e.actor).__next__() for e in coercions] == ["riot_police", "police"]
    assert all([a.office for a in e.recipient] == ["protesters"] for e in coercions)


def test_a_partner_s_name_tagged_genitive_after_its_title_is_still_the_partner(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМинистр иностранных дел Кубы провел переговоры с "
                     "министром международных отношений и сотрудничества Намибии Наледи Мабузой.\n")
    talks = _only(events, "CONSULT")
    assert len(talks.actor + talks.recipient) == 2


def test_a_second_predicate_of_the_same_subject_ends_the_first_one_s_objects(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nАнкара обвинила Афины в эскалации напряженности, "
                     "и предложила пригласить к диалогу Италию.\n")
    accusation = _only(events, "ACCUSE")
    assert {a.country for a in accusation.recipient} == {"GRC"}


def test_police_and_protesters_of_no_named_state_are_of_the_state_where_they_act(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ Кишиневе полиция задержала десятки участников "
                     "акции.\n")
    arrest = _only(events, "COERCE")
    assert [(a.office, a.country) for a in arrest.actor + arrest.recipient] == [("police", "MDA"), ("protesters", "MDA")]


def test_an_act_in_a_letter_is_aimed_at_the_letter_s_addressee(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПремьер-министр Японии Сигэру Исиба направил "
                     "президенту Южной Кореи письмо, в котором принес извинения за инцидент.\n")
    apology = _only(events, "CONCEDE")
    assert [(a.kind, a.country) for a in apology.recipient] == [("person", "KOR")]


def test_an_act_said_in_the_present_is_of_the_report_s_day_not_of_the_past_told_before(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ марте 2023 года Турция обвинила Сирию в "
                     "обстрелах. Анкара призывает Дамаск вернуться к переговорам.\n")
    call = _only(events, "REQUEST")
    assert (call.date.iso(), call.auxiliary) == ("2024-11-12", None)


def test_asking_to_pass_on_greetings_is_a_courtesy_not_a_request(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Узбекистана Шавкат Мирзиёев попросил "
                     "передать наилучшие пожелания президенту Киргизии Садыру Жапарову.\n")
    assert not [e for e in events if e.event == "REQUEST"]


def test_an_official_of_an_international_body_is_no_state_s_counterpart(process_text):
    events = _events(process_text, " date 2025-06-12 Хроника\n\nВысокий представитель ЕС по иностранным делам Кая "
                     "Каллас выступила в Брюсселе. Премьер-министр Венгрии Виктор Орбан раскритиковал это решение.\n")
    assert not any("EST" in {a.country for a in e.recipient} for e in events)


def test_a_meeting_noun_whose_predicate_is_a_modal_verb_is_possible(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nНаблюдатели считают, что решать вопрос придется "
                     "президентам: встреча Эрдогана и Алиева может пройти уже зимой.\n")
    talks = _only(events, "CONSULT")
    assert talks.auxiliary == "hypothetical"


def test_a_meeting_that_was_due_is_one_that_did_not_take_place(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Сербии Александр Вучич не приехал в "
                     "Брюссель, где должна была пройти его встреча с премьер-министром Косово Альбином Курти.\n")
    (meeting,) = [e for e in events if e.event == "CONSULT" and e.trigger == "встреча"]
    assert meeting.auxiliary == "negated"


def test_an_exchange_of_prisoners_is_each_side_s_concession_to_the_other(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nАрмения и Азербайджан во вторник обменялись "
                     "пленными.\n")
    sides = {(a.country, r.country) for e in events if e.event == "CONCEDE" for a in e.actor for r in e.recipient}
    assert sides == {("ARM", "AZE"), ("AZE", "ARM")}


def test_greetings_passed_on_beside_a_real_request_leave_the_request(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Казахстана Касым-Жомарт Токаев попросил "
                     "Россию ускорить поставки зерна и передал наилучшие пожелания российскому народу.\n")
    assert [{a.country for a in e.recipient} for e in events if e.event == "REQUEST"] == [{"RUS"}]


def test_the_act_a_threat_promises_is_no_event_of_its_own(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПремьер-министр Венгрии Виктор Орбан пригрозил "
                     "ввести санкции против Украины.\n")
    assert [e.event for e in events] == ["THREATEN"]


def test_a_right_reserved_over_another_state_is_a_threat(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМИД Эстонии заявил, что Таллин оставляет за собой "
                     "право на ответные действия в отношении Москвы.\n")
    assert [(e.event, {a.country for a in e.actor}, {r.country for r in e.recipient}) for e in events] == [
        ("THREATEN", {"EST"}, {"RUS"})]


def test_a_warning_that_a_state_will_answer_is_a_threat(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Армении предупредил, что Ереван "
                     "ответит на любые провокации Баку.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("THREATEN", {"AZE"})]


def test_arrests_told_on_the_police_s_word_in_a_story_of_protests_are_the_police_s_on_the_protesters(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ Ереване тысячи человек вышли на митинг против "
                     "правительства.\n\nПо данным полиции, в ходе митинга были задержаны 35 человек.\n")
    arrests = _only(events, "COERCE")
    assert [a.office for a in arrests.actor] == ["police"] and [r.office for r in arrests.recipient] == ["protesters"]


def test_arrests_told_on_the_police_s_word_outside_protests_have_no_protesters(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПо данным полиции, в ходе рейда были задержаны "
                     "12 человек.\n")
    assert not [e for e in events if e.event == "COERCE"]


def test_sending_in_troops_is_a_mobilization(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nТурция объявила о вводе войск в Ливию.\n")
    assert [(e.event, {a.country for a in e.actor}) for e in events] == [("MOBILIZE", {"TUR"})]


def test_a_consequence_promised_on_what_another_side_fails_to_do_is_a_threat(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Турции Реджеп Тайип Эрдоган заявил, что "
                     "если Греция не прекратит провокации, Анкара будет действовать жестко.\n")
    assert [(e.event, _names(e.actor), {r.country for r in e.recipient}) for e in events] == [
        ("THREATEN", {"Recep Tayyip Erdogan"}, {"GRC"})]


def test_a_promise_on_what_another_side_does_is_no_threat(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМинистр иностранных дел Ирана заявил, что если "
                     "Вашингтон вернется к сделке, Тегеран выполнит свои обязательства.\n")
    assert not [e for e in events if e.event == "THREATEN"]


def test_a_framing_meeting_of_other_parties_that_took_place_is_a_meeting_of_its_own(process_text):
    events = _events(process_text, " date 2025-03-20 Переговоры\n\nВ Анкаре 20 марта министр иностранных дел Турции "
                     "Хакан Фидан провел переговоры с министром иностранных дел Азербайджана Джейхуном Байрамовым.\n\n"
                     "Встреча была подготовлена по итогам телефонного разговора Реджепа Тайипа Эрдогана и Ильхама "
                     "Алиева, состоявшегося 2 марта.\n")
    meetings = {(frozenset(_names(e.actor + e.recipient)), e.date.iso() if e.date else None)
                for e in events if e.event == "CONSULT"}
    assert (frozenset({"Recep Tayyip Erdogan", "Ilham Aliyev"}), "2025-03-02") in meetings


def test_the_state_owning_a_judged_act_by_its_adjective_is_the_one_judged(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПосол Японии в Маниле Кадзуя Эндо осудил действия "
                     "китайских кораблей, напомнив, что обязательства Токио распространяются на филиппинские суда.\n")
    assert [{r.country for r in e.recipient} for e in events if e.event == "ACCUSE"] == [{"CHN"}]


def test_calling_a_presence_an_occupation_is_an_accusation(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМИД Сирии назвал присутствие турецких войск на "
                     "севере страны оккупацией.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("ACCUSE", {"TUR"})]


def test_a_date_on_the_verb_stating_a_noun_dates_it_past_the_noun_s_topic(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nСоглашение о прекращении огня между Арменией и "
                     "Азербайджаном была достигнута 3 ноября.\n")
    assert [e.date.iso() for e in events if e.event == "AGREE"] == ["2024-11-03"]


def test_a_summoned_diplomat_stands_for_the_state_he_represents(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМИД Латвии вызвал временного поверенного в делах "
                     "Белоруссии Андрея Петрова.\n")
    assert [(e.event, {r.kind for r in e.recipient}, {r.country for r in e.recipient}) for e in events] == [
        ("ACCUSE", {"country"}, {"BLR"})]


def test_an_act_told_as_the_topic_of_a_report_is_a_claim_not_an_event(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ Минске назвали ложью сообщения о развертывании "
                     "белорусских войск у границы с Литвой.\n")
    assert not [e for e in events if e.event == "MOBILIZE"]


def test_a_passive_praise_with_its_agent_first_praises_the_owner_of_what_is_praised(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nСтороной Киргизии был высоко оценен вклад "
                     "Таджикистана в делимитацию границы.\n")
    assert [(e.event, {a.country for a in e.actor}, {r.country for r in e.recipient}) for e in events] == [
        ("SUPPORT", {"KGZ"}, {"TJK"})]


def test_the_target_of_a_passive_sanction_is_no_agent_of_it(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nОграничения против Белоруссии были введены "
                     "Литвой.\n")
    assert [(e.event, {a.country for a in e.actor}, {r.country for r in e.recipient}) for e in events] == [
        ("SANCTION", {"LTU"}, {"BLR"})]


def test_a_visit_an_invitation_only_asks_for_is_possible_and_an_accepted_one_planned(process_text):
    extended = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Казахстана Касым-Жомарт Токаев пригласил "
                       "Шавката Мирзиёева посетить Астану в удобное для него время.\n")
    accepted = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Казахстана Касым-Жомарт Токаев пригласил "
                       "Шавката Мирзиёева посетить Астану. Узбекский лидер приглашение принял.\n")
    assert [e.auxiliary for e in extended if e.event == "CONSULT"] == ["hypothetical"]
    assert [e.auxiliary for e in accepted if e.event == "CONSULT"] == ["future"]


def test_a_lifting_of_sanctions_told_as_a_noun_is_a_concession(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВашингтон объявил об отмене санкций против "
                     "Венесуэлы.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("CONCEDE", {"VEN"})]


def test_a_guest_received_by_two_hosts_has_a_meeting_with_each(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПремьер-министра Индии приняли президент России "
                     "Владимир Путин и председатель правительства России Михаил Мишустин.\n")
    hosts = sorted(_names(e.recipient).pop() for e in events if e.event == "CONSULT" and len(e.recipient) == 1)
    assert hosts == ["Mikhail Mishustin", "Vladimir Putin"]


def test_an_answer_promised_to_another_side_s_act_is_a_threat(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПосол Венгрии заявил, что решение Киева не "
                     "останется без ответа.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("THREATEN", {"UKR"})]


def test_troops_counted_as_the_subject_of_a_move_move_for_their_state(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМинистр сообщил, что к западной границе стянуты "
                     "около 3 тысяч армянских военнослужащих.\n")
    assert [(e.event, {a.country for a in e.actor}) for e in events if e.event == "MOBILIZE"] == [("MOBILIZE", {"ARM"})]


def test_an_accepted_invitation_plans_only_a_visit_invited_to(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nНаблюдатели считают, что встреча Эрдогана и Алиева "
                     "может пройти уже зимой. Приглашение на инвестиционный форум в Баку было принято.\n")
    assert [e.auxiliary for e in events if e.event == "CONSULT"] == ["hypothetical"]


def test_taking_part_in_a_body_s_meeting_is_a_meeting_with_that_body(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nГлава МИД Армении провел переговоры с коллегой из "
                     "Ирана. В пятницу министр примет участие в заседании Совета министров иностранных дел ОБСЕ.\n")
    planned = [e for e in events if e.event == "CONSULT" and e.auxiliary == "future"]
    assert [sorted(_names(e.actor + e.recipient)) for e in planned] == [["Ararat Mirzoyan", "OSCE"]]


def test_exercises_taken_part_in_are_joint(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nСербские военные впервые приняли участие в учениях "
                     "НАТО в Румынии.\n")
    assert [(e.event, sorted(_names(e.actor + e.recipient))) for e in events] == [("COOPERATE", ["NATO", "Сербия"])]


def test_police_force_in_a_story_of_protests_is_used_on_the_protesters(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ Ереване третий день продолжаются акции протеста "
                     "против передачи сел Азербайджану.\n\nВо вторник полиция применила светошумовые гранаты у "
                     "здания правительства.\n")
    force = [e for e in events if e.event == "COERCE"]
    assert [[r.office for r in e.recipient] for e in force] == [["protesters"]]


def test_a_bill_withdrawn_in_a_story_of_protests_yields_to_the_protesters(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nВ Бишкеке тысячи человек вышли на митинг против "
                     "нового налогового кодекса.\n\nВо вторник правительство Киргизии отозвало законопроект из "
                     "парламента.\n")
    yielded = [e for e in events if e.event == "CONCEDE"]
    assert [[r.office for r in e.recipient] for e in yielded] == [["protesters"]]


def test_the_one_who_welcomes_an_act_did_not_do_it(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nЕвросоюз приветствовал отмену ограничений на въезд "
                     "и призвал власти Сербии продолжить реформы.\n")
    assert sorted(e.event for e in events) == ["REQUEST", "SUPPORT"]


def test_who_decides_on_an_act_does_it(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПравительство Никарагуа приняло решение о высылке "
                     "посла Нидерландов.\n")
    assert [(e.event, {a.country for a in e.actor}, {r.country for r in e.recipient}) for e in events] == [
        ("SANCTION", {"NIC"}, {"NLD"})]


def test_a_state_named_after_the_verb_a_nominal_act_hangs_from_is_its_target(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nСовет национальной безопасности и обороны Украины "
                     "признал Иран пособником агрессии и принял решение о разрыве отношений с Тегераном.\n")
    assert [({a.country for a in e.actor}, {r.country for r in e.recipient}) for e in events if e.event == "SANCTION"] \
        == [({"UKR"}, {"IRN"})]


def test_an_invitation_accepted_in_the_passive_is_no_reception_and_the_visit_keeps_its_year(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nШавкат Мирзиёев пригласил Садыра Жапарова посетить "
                     "Узбекистан с официальным визитом в 2026 году, приглашение было с благодарностью принято.\n")
    visits = [e for e in events if e.event == "CONSULT"]
    assert [(e.auxiliary, e.date.year, _names(e.actor)) for e in visits] == [("future", 2026, {"Sadyr Japarov"})]


def test_a_sanction_on_goods_from_a_country_strikes_that_country(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПрезидент Турции Реджеп Тайип Эрдоган провел "
                     "переговоры с канцлером Германии. Анкара ввела заградительные пошлины на сталь из Китая.\n")
    assert [{r.country for r in e.recipient} for e in events if e.event == "SANCTION"] == [{"CHN"}]


def test_a_ban_on_trade_or_port_calls_is_a_sanction(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nРумыния запретила заход российских танкеров в свои "
                     "порты. Власти Узбекистана объявили о запрете на въезд граждан Афганистана.\n")
    assert sorted((e.event, tuple(sorted(r.country for r in e.recipient))) for e in events) == [
        ("SANCTION", ("AFG",)), ("SANCTION", ("RUS",))]


def test_a_warning_against_an_act_asks_for_restraint_and_the_act_is_not_told(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМИД Китая предостерег Японию от поставок вооружений "
                     "Филиппинам.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("REQUEST", {"JPN"})]


def test_a_subjectless_act_a_speaker_announces_is_the_speaker_s(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПремьер-министр Испании Педро Санчес заявил, что "
                     "отзовет посла из Аргентины.\n")
    assert [(e.event, _names(e.actor), {r.country for r in e.recipient}) for e in events] == [
        ("SANCTION", {"Pedro Sánchez"}, {"ARG"})]


def test_a_decision_judged_is_not_the_judge_s_act(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМИД Венесуэлы заявил, что не признает решение о "
                     "разрыве отношений с Аргентиной.\n")
    assert not [e for e in events if e.event == "SANCTION"]


def test_support_expressed_to_a_dative_is_support_of_it(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nПравительство Эстонии выразило поддержку Литве.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("SUPPORT", {"LTU"})]


def test_a_warship_named_by_its_flag_stands_for_its_state(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nХуситы атаковали ракетами британский фрегат в "
                     "Аденском заливе.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("ASSAULT", {"GBR"})]


def test_a_negation_before_the_auxiliary_of_a_governor_negates_the_event(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nМинистр иностранных дел Армении Арарат Мирзоян не "
                     "будет участвовать в заседании Совета министров иностранных дел ОДКБ.\n")
    assert [(e.event, e.auxiliary) for e in events] == [("CONSULT", "negated")]


def test_soldiers_deployed_at_a_border_are_a_troop_move(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nЛитва развернула у границы с Россией "
                     "дополнительный контингент военных.\n")
    assert [(e.event, {r.country for r in e.recipient}) for e in events] == [("MOBILIZE", {"RUS"})]


def test_troops_or_peacekeepers_called_home_are_a_withdrawal(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nГермания отозвала своих военных из Мали, а Италия "
                     "вывела миротворцев из Ливана.\n")
    assert sorted((e.event, tuple(sorted(a.country for a in e.actor))) for e in events) == [
        ("RETREAT", ("DEU",)), ("RETREAT", ("ITA",))]


def test_a_protest_at_an_embassy_is_against_its_state(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nАктивисты провели пикет у здания посольства Китая "
                     "в Бишкеке. Около 300 человек пикетировали здание посольства Турции.\n")
    assert sorted(tuple(sorted(r.country for r in e.recipient)) for e in events if e.event == "PROTEST") == [
        ("CHN",), ("TUR",)]


def test_a_text_agreed_on_or_an_agreement_come_to_is_an_agreement(process_text):
    events = _events(process_text, " date 2024-11-12 Хроника\n\nЕгипет и Эфиопия согласовали текст соглашения о "
                     "плотине. Венгрия и Словакия пришли к соглашению о строительстве моста.\n")
    assert [e.event for e in events] == ["AGREE", "AGREE"]


def test_taking_part_in_a_protest_is_protesting_and_its_organizers_protest(process_text):
    crowd = _events(process_text, " date 2024-11-12 Хроника\n\nБолее трех тысяч человек приняли участие в акции "
                    "протеста в Кишиневе.\n")
    organized = _events(process_text, " date 2024-11-12 Хроника\n\nВ Братиславе прошел многотысячный митинг, "
                        "организованный оппозицией.\n")
    assert [(e.event, [a.office for a in e.actor]) for e in crowd] == [("PROTEST", ["protesters"])]
    assert [(e.event, [a.office for a in e.actor]) for e in organized] == [("PROTEST", ["opposition"])]


def test_an_earlier_date_describing_a_recalled_act_does_not_move_the_story_back(process_text):
    events = _events(process_text, " date 2024-05-21 Хроника\n\n20 мая посол Эстонии был вызван в МИД Латвии. "
                     "Этот шаг, сделанный 16 мая без объяснений, вызвал недоумение в Риге. Эстонской стороне "
                     "сообщено, что два сотрудника посольства Эстонии в Риге объявлены персонами нон грата и должны "
                     "покинуть территорию Латвии в течение 48 часов.\n")
    expulsion = _only(events, "SANCTION")
    assert expulsion.date.iso() == "2024-05-20"


def test_a_subject_before_a_relative_clause_makes_a_call_to_each_partner(process_text):
    events = _events(process_text, " date 2024-06-03 Хроника\n\nМинистр иностранных дел Германии Анналена Бербок, "
                     "которая находится с визитом в Азии, провела телефонные беседы с министром иностранных дел "
                     "Китая Ван И и министром иностранных дел Японии Ёко Камикавой.\n")
    calls = [e for e in events if e.event == "CONSULT"]
    assert sorted(sorted(a.country for a in e.actor + e.recipient) for e in calls) == [["CHN", "DEU"], ["DEU", "JPN"]]


def test_talks_with_two_partners_are_one_meeting(process_text):
    events = _events(process_text, " date 2024-06-03 Хроника\n\nПрезидент Франции Эмманюэль Макрон провел "
                     "телефонные переговоры с канцлером Германии Олафом Шольцем и премьер-министром Италии "
                     "Джорджей Мелони.\n")
    talks = _only(events, "CONSULT")
    assert sorted(a.country for a in talks.actor + talks.recipient) == ["DEU", "FRA", "ITA"]


def test_a_body_naming_a_persons_post_is_no_party_of_its_own(process_text):
    events = _events(process_text, " date 2024-06-03 Хроника\n\nКанада ввела санкции против главнокомандующего "
                     "мьянманской армией Мин Аун Хлайна.\n")
    sanction = _only(events, "SANCTION")
    assert [a.country for a in sanction.actor] == ["CAN"]
    assert [(a.kind, a.country) for a in sanction.recipient] == [("person", "MMR")]


def test_a_capital_speaks_for_its_state_with_a_particle_before_the_verb(process_text):
    events = _events(process_text, " date 2024-06-03 Хроника\n\nВ Тегеране также обвинили Вашингтон в срыве "
                     "переговоров.\n")
    accusation = _only(events, "ACCUSE")
    assert [a.country for a in accusation.actor] == ["IRN"]
    assert [a.country for a in accusation.recipient] == ["USA"]


def test_a_second_verb_of_the_subject_keeps_its_own_partners(process_text):
    events = _events(process_text, " date 2024-06-03 Хроника\n\nПремьер-министр Японии Фумио Кисида провел "
                     "переговоры с президентом Франции Эмманюэлем Макроном, а также вместе с министром обороны "
                     "Японии Минору Кихарой посетил совместные учения в Тихом океане.\n")
    talks = [e for e in events if e.event == "CONSULT" and e.trigger == "переговоры"]
    assert [sorted(a.country for a in e.actor + e.recipient) for e in talks] == [["FRA", "JPN"]]


def test_states_inside_the_charge_are_not_accused(process_text):
    events = _events(process_text, " date 2024-06-03 Хроника\n\nПхеньян обвинил Сеул в намерении разместить "
                     "на своей территории ракеты, нацеленные на Китай и Россию.\n")
    accusation = _only(events, "ACCUSE")
    assert [a.country for a in accusation.actor] == ["PRK"]
    assert [a.country for a in accusation.recipient] == ["KOR"]
