"""The document-layer scorer (communique-docs/1)."""

from __future__ import annotations

from communique.evaluation.documents import evaluate_documents

GOLD = {"format": "communique-docs/1", "articles": [
    {"id": "a.txt", "published": "2024-05-14", "tolerance_days": 0,
     "body_paragraphs": ["Первый абзац статьи.", "Второй   абзац."], "boilerplate": ["Поделиться", "Фото: ТАСС"],
     "reprint_of": None},
    {"id": "news.jsonl#2", "published": None, "body_paragraphs": ["Текст."], "boilerplate": [],
     "reprint_of": "a.txt"},
    {"id": "gone.html", "published": "2024-01-01", "body_paragraphs": ["x"], "boilerplate": []},
]}


def test_scores_lines_dates_and_reprints():
    predicted = [
        {"doc_id": "1", "path": "/in/a.txt", "published": "2024-05-14",
         "body": "Первый абзац статьи.\n\nВторой абзац.\n\nФото: ТАСС", "reprint_of": None},
        {"doc_id": "2", "path": "/in/news.jsonl#2", "published": "2024-05-15", "body": "Текст.", "reprint_of": "1"},
    ]
    report = evaluate_documents(GOLD, predicted)
    assert report.missing == ["gone.html"]
    assert (report.boilerplate_tp, report.boilerplate_fn, report.body_removed) == (1, 1, 0)
    assert report.boilerplate_precision == 1.0 and report.boilerplate_recall == 0.5
    assert (report.dates_right, report.dates_total) == (1, 2)  # null expected, a date given
    assert report.reprint_f1 == 1.0


def test_removed_body_counts_against_precision():
    predicted = [{"doc_id": "1", "path": "a.txt", "published": "2024-05-14", "body": "Второй абзац."}]
    report = evaluate_documents({"format": "communique-docs/1", "articles": GOLD["articles"][:1]}, predicted)
    assert report.body_removed == 1 and report.boilerplate_tp == 2
    assert round(report.boilerplate_precision, 3) == 0.667
