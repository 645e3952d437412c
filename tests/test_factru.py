"""factRuEval-2016: the loader, the scoring rules, the occupation extractor and the devset floors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.actors.occupations import Occupation, occupation_knowledge, occupations
from communique.actors.positions import position_lexicon
from communique.cli import app
from communique.evaluation.factru import (
    CorpusFormatError,
    FactRuDocument,
    GoldMention,
    GoldOccupation,
    GoldPosition,
    default_corpus,
    evaluate_corpus,
    load_corpus,
    load_document,
    occupation_matches,
    score_mentions,
    score_occupations,
)
from communique.records import EntitySpan

from .conftest import ROOT, SHARED

DEVSET = SHARED / "corpora" / "factRuEval-2016-devset"

# -- a two-sentence document in the corpus format -------------------------------------------

TEXT = "Мэр Казани Ильсур Метшин открыл в Москве выставку. Её организовал фонд «Культура»."
WORDS = ["Мэр", "Казани", "Ильсур", "Метшин", "открыл", "в", "Москве", "выставку", ".",
         "Её", "организовал", "фонд", "«", "Культура", "»", "."]


def _tokens() -> list[tuple[int, int, str]]:
    """(token id, start, text) of WORDS, found left to right in TEXT."""
    found, at = [], 0
    for k, word in enumerate(WORDS):
        at = TEXT.index(word, at)
        found.append((1000 + k, at, word))
        at += len(word)
    return found


def _span_line(span_id: int, kind: str, first: int, count: int) -> str:
    tokens = _tokens()[first : first + count]
    start = tokens[0][1]
    length = tokens[-1][1] + len(tokens[-1][2]) - start
    ids = " ".join(str(t[0]) for t in tokens)
    texts = " ".join(t[2] for t in tokens)
    return f"{span_id} {kind} {start} {length} {tokens[0][0]} {count}  # {ids} {texts}"


def write_document(folder: Path, name: str = "book_1") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    tokens = _tokens()
    sentence_break = WORDS.index(".") + 1
    token_lines = [f"{i} {s} {len(w)} {w}" for i, s, w in tokens]
    token_lines.insert(sentence_break, "")
    (folder / f"{name}.tokens").write_text("\n".join(token_lines) + "\n", encoding="utf-8")
    spans = [
        _span_line(5, "job", 0, 1),
        _span_line(6, "loc_name", 1, 1),
        _span_line(7, "name", 2, 1),
        _span_line(8, "surname", 3, 1),
        _span_line(9, "loc_name", 6, 1),
        _span_line(10, "org_descr", 11, 1),
        _span_line(11, "org_name", 13, 1),
        _span_line(12, "prj_name", 7, 1),
    ]
    (folder / f"{name}.spans").write_text("\n".join(spans) + "\n", encoding="utf-8")
    (folder / f"{name}.objects").write_text(
        "20 Person 7 8 # Ильсур Метшин\n"
        "21 LocOrg 6 # Казани\n"
        "22 Location 9 # Москве\n"
        "23 Location 9 # Москве\n"  # the same extent twice: counted once
        "24 Org 10 11 # фонд Культура\n"
        "25 Project 12 # выставку\n", encoding="utf-8")
    (folder / f"{name}.coref").write_text(
        "1 20\nfirstname Ильсур\nlastname Метшин\n\n2 21\nname Казань\n\n3 24\nname фонд Культура\n\n",
        encoding="utf-8")
    (folder / f"{name}.facts").write_text(
        "1-0 Occupation\nWho obj1 Метшин Ильсур\nPosition span5 Мэр\nWhere obj2 Казань | город Казань\n"
        "Фаза начало\n\n"
        "1-1 Occupation\nWho obj1 Метшин Ильсур\nWhere obj3 фонд Культура\n\n"
        "1-2 Meeting\nParticipant obj1 Метшин Ильсур\n\n", encoding="utf-8")
    return folder


# -- loading ----------------------------------------------------------------------------------


def test_loader_reads_mentions_with_character_offsets(tmp_path):
    document = load_document(write_document(tmp_path), "book_1")
    assert document.text == TEXT
    found = [(m.kind, m.text, m.source_type) for m in document.mentions]
    assert found == [("LOC", "Казани", "LocOrg"), ("PER", "Ильсур Метшин", "Person"),
                     ("LOC", "Москве", "Location"), ("ORG", "фонд «Культура", "Org")]
    assert all(TEXT[m.start : m.end] == m.text for m in document.mentions)


def test_loader_reads_occupation_facts(tmp_path):
    document = load_document(write_document(tmp_path), "book_1")
    first, second = document.occupations  # the Meeting fact is not an occupation
    assert (first.fact_id, first.person, first.surname) == ("1-0", "Метшин Ильсур", "Метшин")
    assert first.positions == (GoldPosition("Мэр", 0, 3),)
    assert first.places == ("Казань", "город Казань")
    assert first.place_names == ("Казани",)  # the name span of the object's mention in the text
    assert first.attributes == (("Фаза", "начало"),)
    assert first.complete and not second.complete  # no Position: not scored


def test_loader_reads_a_folder_and_rejects_broken_files(tmp_path):
    assert [d.name for d in load_corpus(write_document(tmp_path / "ok"))] == ["book_1"]
    with pytest.raises(CorpusFormatError, match="not a directory"):
        load_corpus(tmp_path / "absent")
    broken = write_document(tmp_path / "broken")
    (broken / "book_1.objects").write_text("20 Person 7 99 # Ильсур ?\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="unknown span 99"):
        load_corpus(broken)
    outside = write_document(tmp_path / "outside")
    (outside / "book_1.spans").write_text("5 job 80 10 1000 1  # 1000 Мэр\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="outside the text"):
        load_corpus(outside)


def test_default_corpus_lies_beside_the_repository():
    assert default_corpus(ROOT / "src" / "communique") == (ROOT.parent / "shared" / "corpora"
                                                          / "factRuEval-2016-devset").resolve()


# -- scoring rules ----------------------------------------------------------------------------


def _document(mentions=(), facts=()) -> FactRuDocument:
    return FactRuDocument("doc", TEXT, tuple(mentions), tuple(facts))


def test_mentions_match_exactly_or_by_overlap_one_to_one():
    gold = [GoldMention("PER", 11, 24, "Ильсур Метшин", "Person"), GoldMention("LOC", 4, 10, "Казани", "LocOrg")]
    predicted = [EntitySpan("PER", 11, 17, "Ильсур", 2, 2), EntitySpan("PER", 18, 24, "Метшин", 3, 3),
                 EntitySpan("LOC", 4, 10, "Казани", 1, 1), EntitySpan("ORG", 4, 10, "Казани", 1, 1)]
    report = score_mentions([(_document(gold), predicted)])
    per, loc, org = (report.by_kind[k] for k in ("PER", "LOC", "ORG"))
    assert (per.gold, per.predicted, per.exact, per.overlap) == (1, 2, 0, 1)  # two halves match one name once
    assert (loc.exact, loc.overlap) == (1, 1)
    assert (org.gold, org.predicted, org.overlap) == (0, 1, 0)  # a right span of the wrong type is wrong
    assert per.precision("overlap") == 0.5 and per.recall("overlap") == 1.0
    assert report.total.f1("exact") == pytest.approx(2 * (1 / 4) * (1 / 2) / (1 / 4 + 1 / 2))


def _fact(places=("муниципальное собрание района Отрадное",), position="депутат", surname="Вельмакин"):
    return GoldOccupation("1-0", f"{surname} Михаил", surname, (GoldPosition(position, None, None),), places)


def _predicted(person="Михаил Вельмакин", position="депутат", organization="Отрадное", country=None):
    return Occupation(person, position, position, organization, country, 0, 0, 1, "title-name")


@pytest.mark.parametrize("predicted, recovered", [
    (_predicted(), True),  # the gold name contains the predicted one
    (_predicted(organization="муниципального собрания района Отрадное"), True),  # the same head, inflected
    (_predicted(person="Вельмакина"), False),  # a surname not in the nominative
    (_predicted(person="Михаил Пономарев"), False),
    (_predicted(position="сопредседатель"), False),
    (_predicted(organization="Москвы"), False),
    (_predicted(organization=None), False),
])
def test_occupation_matching_rule(predicted, recovered):
    assert occupation_matches(_fact(), predicted) is recovered


def test_loader_reads_every_name_of_the_place_and_person(tmp_path):
    folder = write_document(tmp_path)
    # The organization has an abbreviation and a descriptor; the person two spellings of the surname.
    (folder / "book_1.coref").write_text(
        "1 20\nfirstname Ильсур\nlastname Метшин\nlastname Metshin\n\n"
        "2 21\nname Казань\nname КЗН\ndescriptor город\n\n", encoding="utf-8")
    fact = load_document(folder, "book_1").occupations[0]
    assert fact.place_names == ("КЗН", "Казани")  # names, not the descriptor "город"
    assert fact.other_surnames == ("Metshin",)
    assert occupation_matches(fact, _predicted("Ильсур Metshin", "мэр", "КЗН"))
    assert not occupation_matches(fact, _predicted("Ильсур Metshin", "мэр", "Татарстан"))


def test_occupation_places_match_by_country_and_positions_by_head():
    fact = _fact(places=("Китай",), position="первого заместителя председателя", surname="Ху")
    assert occupation_matches(fact, _predicted("Ху Цзиньтао", "заместитель", "КНР", "CHN"))
    assert occupation_matches(fact, _predicted("Ху Цзиньтао", "заместитель", "китайский"))
    assert not occupation_matches(fact, _predicted("Ху Цзиньтао", "председатель", "КНР", "CHN"))
    assert not occupation_matches(fact, _predicted("Ху Цзиньтао", "заместитель", "Япония", "JPN"))


def test_occupation_report_counts_gold_facts_and_predictions():
    facts = (_fact(), _fact(position="сопредседатель", places=("движение Солидарность",)),
             GoldOccupation("1-2", "Вельмакин Михаил", "Вельмакин", (), ("Солидарность",)))
    predicted = [_predicted(), _predicted(position="координатор", organization="Левый фронт")]
    report = score_occupations([(_document(facts=facts), predicted)])
    assert (report.gold, report.recovered, report.incomplete) == (2, 1, 1)
    assert report.accuracy == 0.5 and report.precision == 0.5
    assert report.by_position == {"депутат": [1, 1], "сопредседатель": [1, 0]}
    assert len(report.missed) == 1 and "сопредседатель" in report.missed[0]


# -- the extractor, on sentences written for these tests -------------------------------------


@pytest.fixture(scope="session")
def extract():
    from communique.actors import ActorFinder
    from communique.nlp import analyze

    finder = ActorFinder()
    return lambda text: [(o.person, o.position, o.organization) for o in occupations(analyze(text), finder)]


@pytest.mark.parametrize("text, expected", [
    # POSITION + genitive place + NAME
    ("Губернатор Свердловской области Евгений Куйвашев открыл новый мост.",
     [("Евгений Куйвашев", "губернатор", "Свердловской области")]),
    # the name in the title's case, put in the nominative
    ("Отставку мэра Твери Сергея Соколова приняли депутаты.", [("Сергей Соколов", "мэр", "Твери")]),
    # NAME, POSITION ORG: a quoted name is the organization
    ("Игорь Сечин, глава компании «Роснефть», прибыл в Пекин.", [("Игорь Сечин", "глава", "Роснефть")]),
    # POSITION ORG in PLACE NAME
    ("Посол Франции в Москве Пьер Леви вручил награды.", [("Пьер Леви", "посол", "Франции")]),
    # titles stacked before one name
    ("Лидер партии «Зелёные», депутат Тверской городской думы Анна Смирнова выступила с докладом.",
     [("Анна Смирнова", "лидер", "Зелёные"), ("Анна Смирнова", "депутат", "Тверской городской думы")]),
    # a place adjective
    ("Вчера тверской губернатор Игорь Руденя посетил завод.", [("Игорь Руденя", "губернатор", "тверской")]),
    # copula with the post in the instrumental
    ("Новым мэром Новосибирска стал Анатолий Локоть.", [("Анатолий Локоть", "мэр", "Новосибирска")]),
    # the genitive name is governed by the title, not in apposition to it
    ("С представителями Иванова встретились журналисты.", []),
    # a plural post is no one's title
    ("Заседание кабинета министров Михаил Мишустин провел в Москве.", []),
])
def test_extractor_finds_posts_by_grammar(extract, text, expected):
    assert extract(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an organization implied by the common noun of the chain, named before in the text
    ("Партия «Зелёный путь» провела съезд в Самаре. Лидер партии Олег Савельев выступил с речью.",
     [("Олег Савельев", "лидер", "Зелёный путь")]),
    # the object of "назначить" holds the post, not its subject
    ("Губернатор назначил Максима Орлова министром финансов Тверской области.",
     [("Максим Орлов", "министр", "Тверской области")]),
    # a resolved pronoun as the subject of a copula
    ("Пётр Сидоров приехал в Казань. Он является депутатом Государственного совета Татарстана.",
     [("Пётр Сидоров", "депутат", "Государственного совета")]),
    # "быть" hanging on the post; a converb shares its verb's subject
    ("Вадим Белов был министром торговли Молдавии.", [("Вадим Белов", "министр", "Молдавии")]),
    ("Ещё будучи министром экономики Литвы, Витаутас Гринюс поддержал реформу.",
     [("Витаутас Гринюс", "министр", "Литвы")]),
    # a post sought is not held
    ("Ирина Котова стала кандидатом на пост губернатора Псковской области.", []),
    # apposition past another description; a second organization after "и"
    ("Антон Гущин, опытный хозяйственник, директор завода «Электрон», встретился с рабочими.",
     [("Антон Гущин", "директор", "Электрон")]),
    ("Инна Лосева, член правления «Телекома» и совета директоров «Энергосбыта», подала в отставку.",
     [("Инна Лосева", "член", "Телекома"), ("Инна Лосева", "член", "Энергосбыта")]),
    # "один из" + a plural post
    ("Анна Белова стала одним из основателей движения «Новая волна».",
     [("Анна Белова", "основатель", "Новая волна")]),
    # a title after "свой" belongs to the named subject of its clause
    ("Совет директоров «Трансгаза» единогласно поддержал своего председателя Андрея Фомина.",
     [("Андрей Фомин", "председатель", "Совет директоров «Трансгаза»")]),
    # a post of a state without a country: the one country the text names
    ("Премьер-министр Кирилл Носов провёл совещание. Экономика Белоруссии растёт.",
     [("Кирилл Носов", "премьер-министр", "Белоруссия")]),
    # a description as subject, for the person named before whom the knowledge base knows in that office
    ("Сергей Лавров прибыл в Женеву. Министр иностранных дел России заявил, что переговоры будут трудными.",
     [("Сергей Лавров", "министр", "России")]),
    # ... but not for a person who never held it
    ("Сергей Лавров прибыл в Женеву. Министр обороны России заявил, что учения пройдут в срок.", []),
    # "из" with a name belongs to the post
    ("Журналист из Германии Пауль Шмидт дал интервью.", [("Пауль Шмидт", "журналист", "Германии")]),
])
def test_extractor_links_across_sentences_and_clauses(extract, text, expected):
    assert extract(text) == expected


def test_extractor_splits_nested_titles_by_case_and_tree():
    """A genitive name after a nominative title, hanging on a title inside its chain."""
    from communique.actors import ActorFinder
    from communique.nlp import analyze

    text = "Заместитель главы вооружённых сил генерал-лейтенанта Виктора Зубова отправили в отставку."
    found = {(o.person, o.position, o.organization) for o in occupations(analyze(text), ActorFinder())}
    assert found == {("Виктор Зубов", "глава", "вооружённых сил"),
                     ("Виктор Зубов", "генерал-лейтенант", "вооружённых сил")}


def test_occupations_data_file_is_valid():
    knowledge = occupation_knowledge()
    assert {"президент", "министр", "премьер-министр"} <= knowledge.national_posts
    assert {"страна", "государство"} <= knowledge.country_nouns
    assert {"партия", "компания", "движение"} <= knowledge.organization_nouns
    assert {"назначить", "назвать"} <= knowledge.object_verbs and "кандидат" in knowledge.candidacy_nouns


def test_positions_data_file_is_valid():
    lexicon = position_lexicon()
    assert {"мэр", "губернатор", "депутат", "министр", "президент", "глава", "председатель", "директор",
            "руководитель", "сопредседатель", "координатор", "лидер", "посол", "премьер-министр", "спикер",
            "пресс-секретарь", "заместитель"} <= set(lexicon.governs)
    assert lexicon.governs["управляющий"] == "Ins" and "экс-" in lexicon.prefixes


# -- the command line -------------------------------------------------------------------------


def test_factru_command_prints_scores(tmp_path):
    runner = CliRunner()
    assert "Usage" in runner.invoke(app, ["factru", "--help"]).output
    result = runner.invoke(app, ["factru", "--corpus", str(write_document(tmp_path / "corpus")), "--missed"])
    assert result.exit_code == 0, result.output
    assert "PER" in result.output and "ORG" in result.output and "LOC" in result.output
    assert "occupations: accuracy" in result.output and "(1/1 gold facts; 1 without" in result.output
    missing = runner.invoke(app, ["factru", "--corpus", str(tmp_path / "absent")])
    assert missing.exit_code == 2 and "not a directory" in missing.output


# -- quality floor on the whole devset ---------------------------------------------------------

# Measured on the devset below (2 cores, about 35 s); mention floors sit 0.01 under. The
# occupation accuracy floor is the measured figure itself (157/196; one fact fewer, 156/196 =
# 0.796, fails), the precision floor one prediction under. Re-measure with `communique factru`
# when the corpus, natasha, the actor layer or the occupation rules change. (On a fixed split,
# every third document by sorted name held out while the rules were developed on the other two
# thirds: dev 121/148 = 0.818, held out 36/48 = 0.750; before, 100/148 and 35/48.)
DEVSET_SHA256 = "9f8fa7db34fd2560bf78ce6ec2fa88ede5b028f0c87991f05cd60ea680994a56"
MENTION_F1_FLOORS = {  # kind: (exact, overlap); measured .920/.953, .504/.737, .876/.917
    "PER": (0.910, 0.943),
    "ORG": (0.494, 0.727),
    "LOC": (0.866, 0.907),
}
OCCUPATION_ACCURACY_FLOOR = 0.80  # measured 0.801 (157/196)
OCCUPATION_PRECISION_FLOOR = 0.77  # measured 0.776 (166/214)


def _corpus_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".spans", ".objects", ".coref", ".facts"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.mark.slow
def test_devset_floors():
    if not DEVSET.is_dir():
        pytest.fail(f"{DEVSET} is missing: ../shared must stand beside the checkout")
    assert _corpus_digest(DEVSET) == DEVSET_SHA256, "the devset changed: re-measure and update the floors"
    report = evaluate_corpus(DEVSET)
    assert report.documents == 122
    for kind, (exact, overlap) in MENTION_F1_FLOORS.items():
        counts = report.mentions.by_kind[kind]
        assert counts.f1("exact") >= exact, (kind, counts)
        assert counts.f1("overlap") >= overlap, (kind, counts)
    occupations_ = report.occupations
    assert occupations_.gold == 196 and occupations_.incomplete == 14
    assert occupations_.accuracy >= OCCUPATION_ACCURACY_FLOOR, occupations_.missed
    assert occupations_.precision >= OCCUPATION_PRECISION_FLOOR


@pytest.mark.slow
def test_the_meeting_facts_of_the_devset_are_found(pipeline):
    from communique.evaluation.meetings import participants_found, read_meetings
    from communique.pipeline import fuse_across

    from .conftest import SHARED

    folder = SHARED / "corpora" / "factRuEval-2016-devset"
    facts = read_meetings(folder)
    assert len(facts) == 5
    found = []
    for fact in facts:
        events = fuse_across(list(pipeline.run([str(folder / fact.document)])))
        found.append((participants_found(fact, events), len(fact.participants)))
    assert sum(got == total for got, total in found) >= 4, found
    assert all(got >= total - 1 for got, total in found), found
