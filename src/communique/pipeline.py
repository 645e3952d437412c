"""The straight line: ingest → clean → nlp → time → actors → events → fuse.

The CLI, the API and the tests call these functions; none of them holds logic of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from communique.actors import ActorFinder
from communique.clean import clean_document
from communique.events import EventExtractor
from communique.fuse import count_reports, fuse_events, stamp_reports
from communique.fuse.reprints import ReprintIndex
from communique.ingest import read_inputs
from communique.nlp import analyze
from communique.nlp.language import DEFAULT_LANGUAGES
from communique.records import (
    ActorMention,
    Analysis,
    CleanDocument,
    DocumentDates,
    Event,
    IngestError,
    ProcessedDocument,
    RawDocument,
)
from communique.time import date_document, resolve

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Explanation:
    """What every stage found in one document, with the event stage's decisions per sentence."""

    document: CleanDocument
    analysis: Analysis
    dates: DocumentDates
    mentions: tuple[ActorMention, ...]
    notes: dict[int, list[str]]
    events: tuple[Event, ...]


class Pipeline:
    """Holds the loaded models and lexicons; processes documents one at a time."""

    def __init__(self, finder: ActorFinder | None = None, extractor: EventExtractor | None = None,
                 languages: tuple[str, ...] = DEFAULT_LANGUAGES):
        self.finder = finder or ActorFinder()
        self.extractor = extractor or EventExtractor()
        self.languages = languages  # the set lingua chooses among

    def process(self, raw: RawDocument) -> ProcessedDocument:
        """All stages over one raw document; events are merged within the document."""
        found = self.explain(raw)
        return ProcessedDocument(found.document, found.analysis.language, found.dates, found.events)

    def explain(self, raw: RawDocument) -> Explanation:
        """All stages over one document, keeping what each found (for `communique explain`)."""
        clean = clean_document(raw)
        analysis = analyze(clean.body, self.languages)
        dates = date_document(clean, analysis)
        mentions = self.finder.find(analysis, _sentence_dater(dates))
        events, notes = self.extractor.extract(clean, analysis, dates, mentions)
        reports = stamp_reports(events, dates.published.isoformat() if dates.published else None)
        return Explanation(clean, analysis, dates, tuple(mentions), notes, tuple(fuse_events(reports)))

    def run(self, inputs: Iterable[str]) -> Iterator[ProcessedDocument | IngestError]:
        """Process every input; a bad input yields its IngestError and the batch goes on."""
        reprints = ReprintIndex()
        for item in read_inputs(inputs):
            if isinstance(item, IngestError):
                yield item
                continue
            processed = self.process(item)
            original = reprints.original_of(processed.document.doc_id, processed.document.body)
            if original is not None:
                processed = replace(processed, reprint_of=original)
            yield processed


def _sentence_dater(dates: DocumentDates):
    """The date a sentence speaks of (its own stated date, else the document's), for the KB."""
    stated: dict[int, date] = {}
    for expr in dates.expressions:
        value = resolve(expr, dates.published, None) if expr.kind == "explicit" else None
        if value and value.year and expr.sentence not in stated:
            stated[expr.sentence] = value.to_date()
    fallback = dates.published or (dates.dateline.to_date() if dates.dateline else None)
    return lambda index: stated.get(index, fallback)


def fuse_across(documents: list[ProcessedDocument]):
    """Events of many documents fused into one list, with report counts (a reprint is no new source)."""
    fused = fuse_events([e for d in documents for e in d.events])
    original = {d.document.doc_id: d.reprint_of or d.document.doc_id for d in documents}
    return [count_reports(e, original) for e in fused]
