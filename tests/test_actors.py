"""Stage actors: knowledge base, names in every case, titles, countries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from communique.actors import ActorFinder
from communique.actors.countries import country_index
from communique.actors.kb import COLUMNS, default_kb, load_kb
from communique.data import DataFileError
from communique.nlp import analyze


def _mentions(text: str, day: date):
    analysis = analyze(text)
    return ActorFinder().find(analysis, lambda _i: day)


def _people(text: str, day: date = date(2025, 6, 1)):
    return {(m.actor.canonical or m.actor.name, m.actor.country, m.actor.office, m.case)
            for m in _mentions(text, day) if m.actor.kind == "person"}


def test_shipped_kb_is_valid_and_has_no_overlapping_tenures():
    # Its load time is measured by benchmarks/kb_load.py, not asserted here.
    kb = load_kb()
    assert kb.overlaps() == []
    countries = {t.country for p in kb.persons.values() for t in p.tenures if t.country}
    assert len(countries) >= 100


@pytest.mark.parametrize(
    ("office", "country", "day", "expected"),
    [
        ("head_of_state", "USA", date(2016, 6, 1), "Barack Obama"),
        ("head_of_state", "USA", date(2021, 6, 1), "Joe Biden"),
        ("head_of_state", "USA", date(2025, 6, 1), "Donald Trump"),
        ("foreign_minister", "RUS", date(2021, 6, 1), "Sergey Lavrov"),
    ],
)
def test_office_holder_depends_on_the_date(office, country, day, expected):
    tenure = default_kb().holder(office, country, day)
    assert tenure is not None and tenure.canonical == expected


def test_title_only_resolves_by_the_date_of_the_text():
    text = "Президент США выступил в Конгрессе."
    assert ("Joe Biden", "USA", "head_of_state", "Nom") in _people(text, date(2021, 3, 1))
    assert ("Donald Trump", "USA", "head_of_state", "Nom") in _people(text, date(2025, 3, 1))


def test_names_in_oblique_cases_and_a_typo():
    found = _people("Премьер-министр Индии Нарендра Моди провел переговоры с Председателем Китайской "
                    "Народной Республики Си Цзиньпином и с Мминистром иностранных дел России Сергеем Лавровым.",
                    date(2024, 10, 23))
    names = {f[0] for f in found}
    assert {"Narendra Modi", "Xi Jinping", "Sergey Lavrov"} <= names
    cases = {f[0]: f[3] for f in found}
    assert cases["Xi Jinping"] == "Ins" and cases["Narendra Modi"] == "Nom"


def test_unknown_official_keeps_title_office_and_country():
    found = _people("Заместитель министра иностранных дел Индонезии Ариф Хавас Огросено прибыл в Москву.")
    assert ("Ариф Хавас Огросено", "IDN", "deputy_foreign_minister", "Nom") in found


def test_genitive_possessor_is_kept_apart_from_the_subject():
    mentions = _mentions("Посланник генерального секретаря ЦК КПВ То Лама министр иностранных дел "
                         "Ле Хоай Чунг встретился с президентом Владимиром Путиным.", date(2026, 2, 24))
    cases = {m.actor.canonical: m.case for m in mentions if m.actor.kind == "person"}
    assert cases["To Lam"] == "Gen"
    assert cases["Le Hoai Trung"] == "Nom"
    assert cases["Vladimir Putin"] == "Ins"


def test_countries_names_adjectives_and_places():
    index = country_index()
    assert index.compound("российско-китайский") == ["RUS", "CHN"]
    mentions = _mentions("Казахстанская сторона и КНР подписали соглашение в Пекине.", date(2025, 1, 1))
    countries = [(m.actor.country, m.actor.entity_text) for m in mentions if m.actor.kind == "country"]
    assert ("KAZ", "Казахстанская сторона") in countries
    assert ("CHN", "КНР") in countries
    assert all(text != "Пекине" for _, text in countries)  # a place, not an actor


def _write_kb(path: Path, rows: list[str]) -> Path:
    path.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("A B,А Б,,RU,head_of_state,,2020-01-01,,,x", "alpha-3"),
        ("A B,А Б,,RUS,king,,2020-01-01,,,x", "unknown office"),
        ("A B,А Б,,RUS,head_of_state,,2020-13-01,,,x", "ISO date"),
        ("A B,А Б,,RUS,head_of_state,,2020-01-01,2019-01-01,,x", "before start"),
        ("A B,А Б,,RUS,head_of_state,,2020-01-01,,wd123,x", "Q-id"),
    ],
)
def test_kb_schema_is_validated(tmp_path, row, problem):
    with pytest.raises(DataFileError, match=problem):
        load_kb(_write_kb(tmp_path / "kb.csv", [row]))


def test_kb_overlap_check_finds_two_holders_on_one_day(tmp_path):
    kb = load_kb(_write_kb(tmp_path / "kb.csv", [
        "A B,А Б,,RUS,head_of_state,,2020-01-01,2022-01-01,,x",
        "C D,В Г,,RUS,head_of_state,,2021-06-01,,,x",
    ]))
    assert len(kb.overlaps()) == 1


def _actors(text: str, day: date = date(2025, 6, 1)):
    return [(m.actor.name, m.actor.kind, m.actor.country, m.actor.office) for m in _mentions(text, day)]


def test_state_bodies_and_international_organizations_are_actors():
    found = _actors("Турецкий МИД вызвал посла. Министерство иностранных дел Саудовской Аравии осудило удар. "
                    "Совет Безопасности ООН собрался на заседание. Госдепартамент выразил обеспокоенность.")
    assert ("МИД Турции", "organization", "TUR", "foreign_ministry") in found
    assert ("МИД Саудовской Аравии", "organization", "SAU", "foreign_ministry") in found
    assert ("Госдепартамент", "organization", "USA", "foreign_ministry") in found
    (un,) = [m.actor for m in _mentions("Совет Безопасности ООН собрался на заседание.", date(2025, 6, 1))]
    assert (un.canonical, un.sector, un.identifier_id) == ("United Nations", "IGO", "igo:IGOUNO")
    assert not [a for a in _actors("Правительство обсудило бюджет.") if a[1] == "organization"]  # whose?


def test_a_state_organ_is_canonically_its_state_and_a_group_of_a_country_is_not():
    found = {m.actor.name: m.actor for m in _mentions(
        "Вооруженные силы Норвегии провели стрельбы. Полиция Чили разогнала митинг. "
        "Хезболла выпустила ракеты по северу страны.", date(2025, 6, 1))}
    assert (found["Вооруженные силы Норвегии"].canonical, found["Вооруженные силы Норвегии"].sector) == ("Норвегия", "MIL")
    assert found["полиция Чили"].canonical == "Чили"
    assert found["Хезболла"].country == "LBN" and found["Хезболла"].canonical is None  # not an organ of Lebanon


def test_an_indeclinable_place_name_takes_its_case_from_its_relation():
    cases = {m.actor.name: m.case for m in _mentions("Токио и Сеул осудили запуск ракеты.", date(2025, 6, 1))}
    assert cases == {"Япония": "Nom", "Южная Корея": "Nom"}


def test_people_of_listed_states_take_the_case_of_the_noun_before_the_list():
    found = {m.actor.name: m.case for m in _mentions("Военные США и Японии отработали высадку десанта.", date(2025, 6, 1))}
    assert found == {"США": "Nom", "Япония": "Nom"}


def test_capitals_act_for_their_state_only_as_parties():
    acting = _actors("Вашингтон и Токио договорились продлить соглашение. Посол призвал Анкару к диалогу.")
    assert {("США", "USA"), ("Япония", "JPN"), ("Турция", "TUR")} <= {(a[0], a[2]) for a in acting}
    assert _actors("Переговоры прошли в Анкаре, делегация вылетела из Токио.") == []
    assert [a for a in _actors("Путин пригласил Эрдогана посетить Москву.") if a[1] == "country"] == []
    assert _actors("Токио, 3 марта. Переговоры завершились.") == []  # a dateline
    assert ("Азербайджан", "country", "AZE", None) in _actors("В Баку обвинили соседей в провокации.")


def test_a_title_in_the_genitive_is_whose_envoy_not_the_office():
    (envoy,) = [m for m in _mentions("Специальный представитель президента Франции Жан-Ив Ле Гал прибыл в Дакар.",
                                     date(2025, 6, 1)) if m.actor.kind == "person"]
    assert envoy.actor.office != "head_of_state" and envoy.case == "Nom"
    (wang,) = [m.actor for m in _mentions("Состоялась беседа с министром иностранных дел КНР Ван И.", date(2025, 6, 1))
               if m.actor.kind == "person"]
    assert wang.canonical == "Wang Yi"  # a one-letter last name is no initial


def test_plural_titles_with_countries_are_their_holders():
    found = _people("Стороны не исключили встречи президентов России и США.", date(2025, 3, 1))
    assert {(p[0], p[1]) for p in found} == {("Vladimir Putin", "RUS"), ("Donald Trump", "USA")}
    found = _people("Встреча министров иностранных дел Армении и Азербайджана.", date(2019, 3, 1))
    assert {p[0] for p in found} == {"Zohrab Mnatsakanyan", "Elmar Mammadyarov"}


def test_a_genitive_name_and_an_apposed_name_are_two_people():
    found = _people("Предшественник Мерца Олаф Шольц тоже начал с Парижа.", date(2025, 5, 7))
    assert {p[0] for p in found} == {"Friedrich Merz", "Olaf Scholz"}


def test_a_mans_first_name_fixes_the_case_of_his_unknown_surname():
    names = {m.actor.name for m in _mentions("США освободили Вадима Красикова. Вадима Петрова выступила с речью.",
                                             date(2024, 8, 1))}
    assert {"Вадим Красиков", "Вадима Петрова"} <= names


def test_title_of_another_office_in_one_country_and_an_adjective_inside_a_title():
    people = _people("Президент Ирана Масуд Пезешкиан и глава американской дипломатии Марко Рубио.")
    assert ("Masoud Pezeshkian", "IRN", "head_of_government", "Nom") in people
    assert ("Marco Rubio", "USA", "foreign_minister", "Nom") in people
    # By title alone, on a date: Iran's president is the head of government, not the Supreme Leader.
    titled = _people("Иранский президент выступил в ООН.", date(2023, 9, 19))
    assert {p[0] for p in titled} == {"Ebrahim Raisi"}


def test_plural_colleagues_and_friends_of_a_country_are_its_state():
    found = {(m.actor.kind, m.actor.country) for m in _mentions(
        "Призываем армянских друзей и американских партнеров к диалогу.", date(2024, 6, 1))}
    assert found == {("country", "ARM"), ("country", "USA")}


def test_reference_words_file_is_validated(monkeypatch):
    from communique.actors import references

    words = references.reference_words()
    assert "сторона" in words.country_heads and words.introduces_interview({"дать", "интервью"})
    monkeypatch.setattr(references, "load_yaml", lambda name: {"country_heads": ["Сторона"]})
    references.reference_words.cache_clear()
    try:
        with pytest.raises(DataFileError, match="references.yaml"):
            references.reference_words()
    finally:
        monkeypatch.undo()
        references.reference_words.cache_clear()


def test_a_country_name_quoted_after_a_party_word_is_no_country():
    mentions = _mentions("Сторонники оппозиционного блока «Армения» провели митинг.", date(2023, 6, 14))
    assert [m.actor.kind for m in mentions if m.actor.country == "ARM"] == []
    assert [m.actor.country for m in _mentions("Сторонники Армении провели митинг.", date(2023, 6, 14))] == ["ARM"]


def test_spokespeople_are_known_and_a_shared_office_names_no_one_by_title():
    kb = default_kb()
    zakharova = kb.find_person(["Мария", "Захарова"])
    assert zakharova is not None and zakharova.canonical == "Maria Zakharova"
    # China's ministry has several spokespeople at once: the title alone must not pick one.
    assert kb.holder("spokesperson", "CHN", date(2024, 6, 1)) is None
    assert kb.overlaps() == []


def test_a_genitive_name_after_a_title_is_whose_title_not_its_holder():
    mentions = _mentions("Министр иностранных дел Ирана и спецпосланник Трампа встретятся в Осло.", date(2025, 7, 8))
    (trump,) = [m for m in mentions if m.actor.canonical == "Donald Trump"]
    assert (trump.actor.entity_text, trump.case) == ("Трампа", "Gen")  # the envoy's owner, not the envoy


def test_an_office_taken_up_is_no_other_person():
    # On the day after the vote the office's holder is still the predecessor, who is not meant.
    mentions = _mentions("Путин поздравил Дональда Трампа с избранием на пост президента США.", date(2024, 11, 7))
    assert {m.actor.canonical for m in mentions if m.actor.kind == "person"} == {"Vladimir Putin", "Donald Trump"}


def test_a_name_whose_stem_ends_like_a_case_ending_still_matches():
    kb = default_kb()
    person = kb.find_person(["Олиги", "Нгему"])  # "-ему" is a case ending, but here "-у" is
    assert person is not None and person.canonical == "Brice Oligui Nguema"


def test_one_word_with_one_letter_off_is_another_word_not_a_known_name():
    kb = default_kb()
    assert kb.find_person(["Кабар"]) is None  # the news agency, not Kaboré
    assert kb.find_person(["Каборе"]).canonical == "Roch Marc Christian Kaboré"
    assert kb.find_person(["Сергеем", "Лавровым"]).canonical == "Sergey Lavrov"


def test_a_bare_title_is_the_holder_the_story_named_first():
    mentions = _mentions("Президент Азербайджана Ильхам Алиев встретился с президентом Таджикистана Эмомали Рахмоном. "
                         "Эмомали Рахмон пригласил его посетить Душанбе. Затем глава государства принял "
                         "президента Казахстана. Лидер «Хезболлы» выступил с речью.", date(2024, 11, 13))
    (head,) = [m for m in mentions if m.actor.entity_text == "глава государства"]
    assert head.actor.canonical == "Ilham Aliyev"
    assert all(m.actor.entity_text != "Лидер" for m in mentions)  # "лидер" alone is anyone's


def test_the_leader_called_rukovoditel_is_the_countrys_leader():
    people = _people("Премьер-министр Вьетнама поблагодарил индийского руководителя за сочувствие.", date(2024, 8, 1))
    assert ("Narendra Modi", "IND", "head_of_government", "Acc") in people or \
        "Narendra Modi" in {p[0] for p in people}


def test_a_leaders_administration_acts_for_the_state():
    mentions = _mentions("Администрация Джо Байдена смягчила ограничения на поездки на Кубу.", date(2024, 5, 1))
    assert ("country", "USA") in {(m.actor.kind, m.actor.country) for m in mentions}


def test_a_deictic_country_after_a_body_or_a_title_is_the_state_named_as_subject_before():
    mentions = _mentions("Власти Эстонии закрыли пункт пропуска на границе с Россией. Как сообщили в "
                         "министерстве внутренних дел страны, решение вступит в силу в пятницу. "
                         "Президент республики поддержал это решение.", date(2024, 3, 1))
    by_text = {m.actor.entity_text: m.actor for m in mentions}
    assert by_text["министерстве внутренних дел страны"].country == "EST"
    assert by_text["Президент республики"].country == "EST"
    assert by_text["Президент республики"].kind == "person"
    # A name that begins with the same noun is a name: "Республики Корея" is South Korea.
    named = _mentions("Президент Японии прибыл в Сеул. Министр иностранных дел Республики Корея встретил "
                      "его в аэропорту.", date(2024, 3, 1))
    assert "JPN" not in {m.actor.country for m in named if m.sentence == 1}


def test_a_person_unknown_to_the_kb_takes_the_country_named_in_the_post_before_the_name():
    people = _people("Командующий военно-морскими силами Пакистана адмирал Навид Ашраф посетил Анкару. "
                     "Эквадорский генерал Хосе Мартинес Вальдес вручил ноту.", date(2024, 3, 1))
    countries = {name: country for name, country, _office, _case in people}
    assert countries["Навид Ашраф"] == "PAK"
    assert countries["Хосе Мартинес Вальдес"] == "ECU"


def test_a_party_or_movement_no_list_knows_is_named_by_its_quoted_name():
    mentions = _mentions("Активисты движения «Зеленая волна» и члены партии «Новый путь» провели пикет; "
                         "в «Новый путь» не ответили.", date(2025, 6, 1))
    organizations = {(m.actor.name, m.actor.canonical, m.actor.sector, m.case)
                     for m in mentions if m.actor.kind == "organization"}
    assert organizations == {("движение «Зеленая волна»", "Зеленая волна", None, "Gen"),
                             ("партия «Новый путь»", "Новый путь", "PTY", "Gen")}


def test_a_title_going_on_after_and_is_not_a_bare_title_of_the_holder_named_before():
    mentions = _mentions("Министр иностранных дел Сербии Марко Джурич прибыл в Пекин. Он встретился с министром "
                         "иностранных дел и международного сотрудничества Танзании Махмудом Комбо.", date(2025, 6, 1))
    second = [m for m in mentions if m.sentence == 1 and m.actor.kind == "person"]
    assert all(m.actor.country != "SRB" or m.first_token == 0 for m in second)
    assert any("Комбо" in m.actor.name for m in second)


def test_the_eu_high_representative_is_one_mention_with_the_body_in_the_title():
    mentions = _mentions("Верховный комиссар ООН заявил о нарушениях. Высокий представитель ЕС по иностранным "
                         "делам Кая Каллас осудила арест журналистов.", date(2025, 6, 1))
    (kallas,) = [m for m in mentions if m.sentence == 1]
    assert (kallas.actor.office, kallas.actor.sector, kallas.first_token) == ("high_representative", "IGO", 0)


def test_an_organ_of_an_international_organization_keeps_its_name_and_the_organization_s_code():
    mentions = _mentions("Генассамблея ООН приняла резолюцию, а Совбез ООН отложил голосование.", date(2025, 6, 1))
    organs = [(m.actor.name, m.actor.canonical, m.actor.identifier_id) for m in mentions]
    assert organs == [("Генассамблея ООН", "United Nations", "igo:IGOUNO"), ("Совбез ООН", "United Nations", "igo:IGOUNO")]


def test_a_deputy_of_an_office_holder_acts_for_the_state_not_as_the_holder():
    found = _actors("Первый заместитель министра обороны Китая прибыл в Москву.")
    assert [(name, kind, country) for name, kind, country, _office in found] == [("Китай", "country", "CHN")]


def test_a_former_holder_with_no_name_is_neither_the_holder_nor_the_state():
    assert _actors("Бывший президент Франции выступил в Москве.") == []


def test_a_capital_joined_to_an_acting_capital_acts_for_its_state_too():
    found = _actors("Глава МИД Индии отверг требования Вашингтона и Лондона.")
    assert {(name, country) for name, kind, country, _office in found if kind == "country"} == {
        ("США", "USA"), ("Великобритания", "GBR")}


def test_companies_named_by_a_country_adjective_stand_for_their_state():
    found = _actors("Минфин США ввел санкции против иранских компаний.")
    assert ("Иран", "country", "IRN") in {(name, kind, country) for name, kind, country, _office in found}


def test_national_legislatures_and_security_councils_are_their_states_bodies():
    mentions = _mentions("Депутаты Верховной рады и Кнессета осудили решение, а Совет безопасности Армении "
                         "собрался на заседание.", date(2025, 6, 1))
    bodies = {(m.actor.country, m.actor.office) for m in mentions if m.actor.kind == "organization"}
    assert bodies == {("UKR", "legislature"), ("ISR", "legislature"), ("ARM", "security_council")}
