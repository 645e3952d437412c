"""Plain typed records exchanged between the pipeline stages.

Every record that points into text carries character offsets into the cleaned body
(`CleanDocument.body`), so evidence can always be shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class RawDocument:
    """One input as read from disk or stdin, decoded but not cleaned (stage: ingest)."""

    path: str  # file name; "file#N" for the N-th article of a JSONL, WARC or feed file
    text: str
    source_format: str  # "text" | "html" | "jsonl" | "warc" | "feed"
    meta_title: str | None = None  # title from metadata (HTML <title>, JSONL field, feed entry)
    meta_date: date | None = None  # publication date from metadata
    meta_date_source: str | None = None  # which metadata gave it, for `published_from`
    url: str | None = None
    source: str | None = None  # the outlet, where the input names it
    page_date_lines: tuple[str, ...] = ()  # dates the page shows outside the article ("Опубликовано: ...")


@dataclass(frozen=True)
class IngestError:
    """An input that could not be read; the batch goes on without it."""

    path: str
    message: str


@dataclass(frozen=True)
class CleanDocument:
    """Article body with site chrome removed (stage: clean)."""

    doc_id: str
    path: str
    title: str | None
    body: str
    header_date: date | None  # the ` date YYYY-MM-DD` line or HTML metadata
    header_date_source: str | None
    removed_lines: tuple[str, ...]
    attributed_to: tuple[str, ...] = ()
    preamble: tuple[str, ...] = ()  # removed lines before the body: where a page prints its date
    url: str | None = None


@dataclass(frozen=True)
class Token:
    index: int  # position in its sentence
    text: str
    start: int  # offsets into the body
    end: int
    lemma: str
    pos: str
    feats: dict[str, str]
    head: int  # index of the head in the sentence, -1 for the root
    rel: str


@dataclass(frozen=True)
class EntitySpan:
    """A named-entity span found by NER: PER, LOC or ORG."""

    kind: str
    start: int
    end: int
    text: str
    first_token: int
    last_token: int  # inclusive


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    entities: tuple[EntitySpan, ...]


@dataclass(frozen=True)
class Analysis:
    """Linguistic analysis of a body (stage: nlp)."""

    language: str
    sentences: tuple[Sentence, ...]
    foreign_segments: tuple[tuple[int, int, str], ...] = ()  # (start, end, language) kept from the models


@dataclass(frozen=True)
class PartialDate:
    """A calendar date whose year may be unknown."""

    month: int
    day: int
    year: int | None = None

    def to_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year else None

    def iso(self) -> str:
        if self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"--{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        """The inverse of `iso`: "YYYY-MM-DD" or "--MM-DD"."""
        if value.startswith("--"):
            return cls(int(value[2:4]), int(value[5:7]))
        return cls(int(value[5:7]), int(value[8:10]), int(value[:4]))


@dataclass(frozen=True)
class TimeExpression:
    """A date stated in a sentence, resolved as far as the text allows."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str  # "explicit" | "month" (dated to the 15th, or 5th/25th for its start/end; a quarter or a season
    # to its middle) | "year" (dated to 1 July; a half-year to its middle) | "same_day" | "next_day" | "days_before" | "relative"
    # | "weekday"
    value: PartialDate | None  # None for "same_day": resolved against the previous event
    background: bool  # introduced by "Ранее", "До этого", ...


@dataclass(frozen=True)
class DocumentDates:
    """Publication date and the dates stated in the text (stage: time)."""

    published: date | None
    published_from: str
    dateline: PartialDate | None  # the date the news itself is about ("Тяньцзинь. 31 августа.")
    expressions: tuple[TimeExpression, ...]
    year_hint: int | None  # the year the text points to when no date gives it
    dateline_place: str | None = None  # "Москва" of "МОСКВА, 3 апреля —": where the news was filed


@dataclass(frozen=True)
class Actor:
    """A participant as the output contract defines it (stage: actors)."""

    entity_text: str
    name: str  # normalized nominative form of the text
    canonical: str | None
    identifier_id: str | None
    country: str | None  # ISO 3166-1 alpha-3
    office: str | None
    kind: str  # "person" | "country" | "organization" | "group"
    sector: str | None = None  # PLOVER/CAMEO sector: GOV, MIL, PTY, IGO, DIP, ...


@dataclass(frozen=True)
class ActorMention:
    """An actor mentioned in a sentence, with its title chunk and grammatical case."""

    actor: Actor
    sentence: int
    start: int
    end: int
    first_token: int
    last_token: int
    case: str | None  # grammatical case of the chunk head: Nom, Gen, Dat, Acc, Ins, Loc
    plural_reference: bool = False  # "главы государств": stands for earlier participants
    stands_for: frozenset[str] = frozenset()  # offices those participants may hold ("министры"); empty: any
    compound: bool = False  # a part of "российско-китайский": names its noun's parties
    implied: bool = False  # the subject a first-person verb implies ("Призываем ..."): spans that verb


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None


@dataclass(frozen=True)
class EventMention:
    """One sentence reporting an event, with what that report said of its date and place.

    The reported details are kept per report so that fusion can see where reports disagree
    and choose the best-supported value (`communique.fuse.settle`).
    """

    doc_id: str
    path: str
    sentence: str
    start: int
    end: int
    date: str | None = None  # ISO date (or --MM-DD) this report gives the event
    date_precision: str | None = None
    place: str | None = None
    place_country: str | None = None
    published: str | None = None  # publication date of the reporting document


@dataclass
class Event:
    """One coded event (stage: events), merged across reports by fuse."""

    event: str  # PLOVER type
    mode: str | None
    channel: str | None
    auxiliary: str | None  # historical | future | hypothetical | negated
    context: list[str]
    date: PartialDate | None
    date_precision: str  # "day" (stated) | "month" | "year" (only these stated) | "publication" (fallback) | "unknown"
    actor: list[Actor]
    recipient: list[Actor]
    event_loc: Place | None
    cameo: str
    quad_code: int
    event_scale: float
    confidence: float
    trigger: str
    quantity: dict | None = None
    mentions: list[EventMention] = field(default_factory=list)
    id: str = ""
    num_mentions: int = 0  # set by fuse: sentences reporting the event
    num_documents: int = 0  # documents among them
    num_sources: int = 0  # documents that are not reprints of one another
    first_seen: str | None = None  # earliest publication date among the reports
    last_seen: str | None = None  # latest publication date among the reports
    # Values the reports disagree on: {"date": [{"value", "precision", "reports"}], "place": [...]}
    conflicts: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ProcessedDocument:
    """Everything the pipeline learned about one document."""

    document: CleanDocument
    language: str
    dates: DocumentDates
    events: tuple[Event, ...]
    reprint_of: str | None = None
