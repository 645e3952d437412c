"""Reprint detection with MinHash LSH."""

from __future__ import annotations

from communique.fuse.reprints import ReprintIndex

STORY = (
    "Министр иностранных дел Турции Хакан Фидан провел в Анкаре переговоры с министром иностранных дел "
    "Египта Бадром Абдель Аты. Стороны обсудили ситуацию в секторе Газа, гуманитарную помощь населению "
    "анклава и восстановление инфраструктуры. Министры также рассмотрели ход подготовки визита президента "
    "Египта в Турцию и договорились продолжить консультации на уровне заместителей министров. По словам "
    "Фидана, Анкара и Каир намерены расширять торговлю и сотрудничество в энергетике, в том числе "
    "поставки сжиженного природного газа. Абдель Аты отметил, что отношения двух стран переживают подъем."
)


def test_a_reprint_with_small_edits_is_linked_to_the_first_copy():
    index = ReprintIndex()
    assert index.original_of("a", STORY) is None
    edited = "АНКАРА, 4 февраля. /Анадолу/. " + STORY.replace("переживают подъем", "переживают заметный подъем")
    assert index.original_of("b", edited) == "a"
    assert index.original_of("c", STORY) == "a"


def test_another_story_about_the_same_people_is_not_a_reprint():
    index = ReprintIndex()
    index.original_of("a", STORY)
    other = ("Глава МИД Египта Бадр Абдель Аты и турецкий министр иностранных дел Хакан Фидан в среду "
             "встретились в Каире на полях конференции по восстановлению Газы. Министры договорились "
             "готовить визит президента Турции в Египет и обсудили поставки газа и торговлю между странами.")
    assert index.original_of("b", other) is None
