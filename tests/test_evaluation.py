"""The gold matching rules of shared/eval/README.md."""

from __future__ import annotations

from communique.evaluation import evaluate, event_matches

GOLD_EVENT = {
    "id": "x-a", "type": "CONSULT", "mode": "visit", "channel": "in_person", "date": "2024-01-31",
    "date_tolerance_days": 0, "required": True,
    "participants": [
        {"role": "actor", "aliases": ["Ma Zhaoxu", "Ма Чжаосюй"], "country": "CHN"},
        {"role": "recipient", "aliases": ["Sergey Lavrov", "Лавров"], "country": "RUS"},
    ],
    "location": {"aliases": ["Москва"], "country": "RUS"},
    "evidence": "на встрече с министром",
}


def _actor(name, country, canonical=None, text=None):
    return {"entity_text": text or name, "name": name, "canonical": canonical, "identifier_id": None,
            "country": country, "office": None, "kind": "person"}


def _pred(actors, recipients=(), date="2024-01-31", event="CONSULT", auxiliary=None):
    return {"id": "p", "event": event, "mode": "visit", "channel": "in_person", "auxiliary": auxiliary,
            "date": date, "actor": list(actors), "recipient": list(recipients),
            "event_loc": {"name": "Москва", "country": "RUS"},
            "mentions": [{"doc_id": "d", "path": "x.txt", "sentence": "на встрече с министром", "start": 0, "end": 5}]}


def test_aliases_match_canonical_name_or_text_ignoring_case_and_yo():
    pred = _pred([_actor("Ма Чжаосюй", "CHN")], [_actor("Сергей Лавров", "RUS", canonical="SERGEY LAVROV")])
    assert event_matches(GOLD_EVENT, pred)


def test_extra_participant_type_or_date_breaks_the_match():
    base = [_actor("Ма Чжаосюй", "CHN")], [_actor("x", "RUS", canonical="Sergey Lavrov")]
    assert not event_matches(GOLD_EVENT, _pred(*base, date="2024-02-01"))
    assert not event_matches(GOLD_EVENT, _pred(*base, event="AGREE"))
    extra = _pred(base[0] + [_actor("Ван И", "CHN")], base[1])
    assert not event_matches(GOLD_EVENT, extra)


def test_month_day_only_when_the_year_is_unknown():
    gold = {**GOLD_EVENT, "match_month_day_only": True}
    pred = _pred([_actor("Ма Чжаосюй", "CHN")], [_actor("Лавров", "RUS")], date="--01-31")
    assert event_matches(gold, pred)
    assert not event_matches(GOLD_EVENT, pred)


def test_report_counts_leaks_optional_and_not_happened():
    gold = {"format": "communique-gold/1", "documents": [{
        "file": "x.txt", "events": [GOLD_EVENT, {**GOLD_EVENT, "id": "x-b", "type": "AGREE", "required": False}],
        "forbidden_participants": ["Нетаньяху"],
        "published": {"date": "2024-02-08", "tolerance_days": 1},
        "body": {"starts_with": "Президент", "ends_with": "в доверии."}, "boilerplate": ["Прямой эфир"],
    }]}
    docs = [{"doc_id": "d", "path": "/a/x.txt", "published": "2024-02-09",
             "body": "Президент сказал, что успех в доверии.\n\n(ТАСС)."}]
    good = _pred([_actor("Ма Чжаосюй", "CHN")], [_actor("Лавров", "RUS")])
    optional = {**good, "event": "AGREE"}
    leak = _pred([_actor("Биньямин Нетаньяху", "ISR")], [_actor("Лавров", "RUS")], date="2024-02-01")
    future = {**good, "auxiliary": "future", "date": "2024-03-01"}
    report = evaluate(gold, docs, [good, optional, leak, future])
    assert (report.recall, report.precision) == (1.0, 0.5)  # the optional match counts neither way
    assert len(report.leaks) == 1 and report.not_happened == 1
    assert report.document_checks["x.txt"] == {
        "present": True, "published": True, "body_start": True, "body_end": True, "boilerplate": True}


def test_a_gold_that_annotates_auxiliary_modes_scores_them():
    planned = {**GOLD_EVENT, "id": "x-f", "auxiliary": "future", "date": None}
    happened = {**GOLD_EVENT, "auxiliary": "historical"}
    gold = {"format": "communique-gold/1", "annotates_auxiliary": True,
            "documents": [{"file": "x.txt", "events": [happened, planned]}]}
    docs = [{"doc_id": "d", "path": "x.txt", "published": "2024-02-08", "body": "…"}]
    parties = [_actor("Ма Чжаосюй", "CHN")], [_actor("Лавров", "RUS")]
    report = evaluate(gold, docs, [_pred(*parties), _pred(*parties, date="2024-03-05", auxiliary="future")])
    # The happened prediction takes the historical gold (aux accuracy counts the difference);
    # the future prediction can only take the future gold, whatever its date.
    assert (report.precision, report.recall, report.not_happened) == (1.0, 1.0, 0)
    assert report.auxiliary_accuracy == 0.5
    negated = evaluate(gold, docs, [_pred(*parties, auxiliary="negated")])
    assert (negated.precision, negated.recall) == (0.0, 0.0)  # a refused meeting is not a planned one
    assert negated.by_auxiliary["negated"].predicted == 1 and negated.by_auxiliary["future"].gold == 1
