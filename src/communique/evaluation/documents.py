"""Scoring of the document layer against a `communique-docs/1` gold file.

Per article (matched by id: the file name, or `FILE#N` for the N-th article of a container):
- boilerplate removal, line level, boilerplate as the positive class: a gold boilerplate line
  absent from the predicted body is a true positive, one left in it a false negative (a string of
  fewer than 4 words only when it stands as a line of its own, since tags like "Сербия" also
  occur in prose); a gold
  body paragraph missing from the predicted body was removed wrongly (a false positive);
- publication date: right when within the gold tolerance (null must be null);
- reprints: the set of (reprint, original) pairs, precision/recall/F1.
Texts are compared with whitespace collapsed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from communique.errors import GoldFormatError

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class DocumentReport:
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    boilerplate_tp: int = 0
    boilerplate_fn: int = 0
    body_removed: int = 0  # gold body paragraphs missing from the predicted body
    body_total: int = 0
    dates_right: int = 0
    dates_total: int = 0
    date_errors: list[str] = field(default_factory=list)
    kept_boilerplate: list[str] = field(default_factory=list)
    lost_body: list[str] = field(default_factory=list)
    reprint_gold: set[tuple[str, str]] = field(default_factory=set)
    reprint_predicted: set[tuple[str, str]] = field(default_factory=set)

    @property
    def boilerplate_precision(self) -> float:
        denominator = self.boilerplate_tp + self.body_removed
        return self.boilerplate_tp / denominator if denominator else 1.0

    @property
    def boilerplate_recall(self) -> float:
        denominator = self.boilerplate_tp + self.boilerplate_fn
        return self.boilerplate_tp / denominator if denominator else 1.0

    @property
    def boilerplate_f1(self) -> float:
        p, r = self.boilerplate_precision, self.boilerplate_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_total if self.dates_total else 1.0

    @property
    def reprint_f1(self) -> float:
        hits = len(self.reprint_gold & self.reprint_predicted)
        p = hits / len(self.reprint_predicted) if self.reprint_predicted else 1.0
        r = hits / len(self.reprint_gold) if self.reprint_gold else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def load_document_gold(path: Path) -> dict:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldFormatError(f"{path}: cannot be read as JSON ({exc})") from exc
    if gold.get("format") != "communique-docs/1" or not isinstance(gold.get("articles"), list):
        raise GoldFormatError(f"{path}: not a communique-docs/1 file (format and articles required)")
    return gold


def article_id(path: str) -> str:
    """The id gold uses for a predicted document: its file name, with #N for a container's article."""
    return Path(path).name


def evaluate_documents(gold: dict, documents: list[dict]) -> DocumentReport:
    """Score predicted documents (documents.jsonl records) against document gold."""
    report = DocumentReport()
    by_id = {article_id(d["path"]): d for d in documents}
    id_of_doc = {d["doc_id"]: article_id(d["path"]) for d in documents}
    for article in gold["articles"]:
        report.articles += 1
        predicted = by_id.get(article["id"])
        if article.get("reprint_of"):
            report.reprint_gold.add((article["id"], article["reprint_of"]))
        if predicted is None:
            report.missing.append(article["id"])
            continue
        body = _norm(predicted.get("body") or "")
        body_lines = {_norm(line) for line in (predicted.get("body") or "").split("\n")}
        for paragraph in article.get("body_paragraphs", []):
            report.body_total += 1
            if _norm(paragraph) not in body:
                report.body_removed += 1
                report.lost_body.append(f"{article['id']}: {paragraph[:60]}")
        for line in article.get("boilerplate", []):
            if _kept(_norm(line), body, body_lines):
                report.boilerplate_fn += 1
                report.kept_boilerplate.append(f"{article['id']}: {line[:60]}")
            else:
                report.boilerplate_tp += 1
        if "published" in article:
            report.dates_total += 1
            if _date_right(article, predicted.get("published")):
                report.dates_right += 1
            else:
                report.date_errors.append(f"{article['id']}: gold {article['published']} got {predicted.get('published')}")
    for doc in documents:
        if doc.get("reprint_of") and doc["reprint_of"] in id_of_doc:
            report.reprint_predicted.add((article_id(doc["path"]), id_of_doc[doc["reprint_of"]]))
    return report


# A chrome string this short ("Сербия", a tag) also occurs in prose; it counts as kept only as a
# line of its own. Longer strings count wherever they occur in the body.
MIN_SUBSTRING_WORDS = 4


def _kept(line: str, body: str, body_lines: set[str]) -> bool:
    if not line:
        return False
    if len(line.split()) < MIN_SUBSTRING_WORDS:
        return line in body_lines
    return line in body


def _date_right(article: dict, got: str | None) -> bool:
    expected = article.get("published")
    if expected is None:
        return got is None
    if got is None:
        return False
    tolerance = article.get("tolerance_days", 0) or 0
    return abs((date.fromisoformat(got) - date.fromisoformat(expected)).days) <= tolerance
