"""Stage 8, store: documents, events and their mentions in SQLite (WAL) through SQLAlchemy Core.

One repository layer; the URL picks the database (a file path means SQLite). Saving is
idempotent: a document is keyed by its content hash, an event by its stable id, a mention by
(event, document, offset); storing the same input twice changes nothing. Every save runs in
one transaction, so a failure leaves what was stored before intact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from communique.errors import CommuniqueError
from communique.output import document_record, event_record
from communique.records import Event, ProcessedDocument

SCHEMA_VERSION = 1

metadata = MetaData()

schema_info = Table("schema_info", metadata, Column("version", Integer, nullable=False))

documents = Table(
    "documents", metadata,
    Column("doc_id", String(32), primary_key=True),
    Column("path", Text, nullable=False),
    Column("title", Text),
    Column("language", String(8)),
    Column("published", String(10)),
    Column("published_from", Text),
    Column("attributed_to", Text),  # JSON list
    Column("body", Text, nullable=False),
    Column("reprint_of", String(32)),
    Column("added_at", String(32), nullable=False),
)

events = Table(
    "events", metadata,
    Column("event_id", String(32), primary_key=True),
    Column("event", String(16), nullable=False, index=True),
    Column("mode", String(16)),
    Column("channel", String(16)),
    Column("auxiliary", String(16)),
    Column("date", String(10), index=True),
    Column("date_precision", String(16)),
    Column("cameo", String(4)),
    Column("quad_code", Integer),
    Column("event_scale", Float),
    Column("confidence", Float),
    Column("record", Text, nullable=False),  # the full output-contract JSON of the event
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("event_id", String(32), ForeignKey("events.event_id"), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
)


class StoreError(CommuniqueError):
    """The database cannot be opened or written."""


@dataclass(frozen=True)
class SaveResult:
    documents_added: int
    events_added: int
    mentions_added: int


def database_url(db: str) -> str:
    """A SQLAlchemy URL from a --db value: a URL as is, anything else a SQLite file path."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


class Repository:
    """Reads and writes Communiqué's tables."""

    def __init__(self, db: str):
        url = database_url(db)
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{db}: cannot open database (cannot create its folder: {exc.strerror})") from exc
        try:
            self.engine: Engine = create_engine(url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            metadata.create_all(self.engine)
            self._check_version()
        except SQLAlchemyError as exc:
            raise StoreError(f"{db}: cannot open database ({exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc})") from exc

    def _check_version(self) -> None:
        with self.engine.begin() as conn:
            version = conn.execute(select(schema_info.c.version)).scalar()
            if version is None:
                conn.execute(schema_info.insert().values(version=SCHEMA_VERSION))
            elif version > SCHEMA_VERSION:
                raise StoreError(f"database schema version {version} is newer than this Communiqué ({SCHEMA_VERSION})")

    def save(self, processed: list[ProcessedDocument], fused_events: list[Event]) -> SaveResult:
        """Store documents and fused events in one transaction; existing rows are kept as they are."""
        added_docs = added_events = added_mentions = 0
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            with self.engine.begin() as conn:
                known_docs = set(conn.execute(select(documents.c.doc_id)).scalars())
                for doc in processed:
                    record = document_record(doc)
                    if record["doc_id"] in known_docs:
                        continue
                    record["attributed_to"] = json.dumps(record["attributed_to"], ensure_ascii=False)
                    conn.execute(documents.insert().values(**record, added_at=now))
                    known_docs.add(record["doc_id"])
                    added_docs += 1
                for ev in fused_events:
                    exists = conn.execute(select(events.c.event_id).where(events.c.event_id == ev.id)).first()
                    if not exists:
                        conn.execute(events.insert().values(
                            event_id=ev.id, event=ev.event, mode=ev.mode, channel=ev.channel, auxiliary=ev.auxiliary,
                            date=ev.date.iso() if ev.date else None, date_precision=ev.date_precision, cameo=ev.cameo,
                            quad_code=ev.quad_code, event_scale=ev.event_scale, confidence=ev.confidence,
                            record=json.dumps(event_record(ev), ensure_ascii=False)))
                        added_events += 1
                    for m in ev.mentions:
                        found = conn.execute(select(event_mentions.c.start).where(
                            event_mentions.c.event_id == ev.id, event_mentions.c.doc_id == m.doc_id,
                            event_mentions.c.start == m.start)).first()
                        if not found:
                            conn.execute(event_mentions.insert().values(
                                event_id=ev.id, doc_id=m.doc_id, start=m.start, end=m.end, sentence=m.sentence))
                            added_mentions += 1
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store results, nothing was written ({exc.__class__.__name__})") from exc
        return SaveResult(added_docs, added_events, added_mentions)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
                "mentions": conn.execute(select(func.count()).select_from(event_mentions)).scalar_one(),
            }

    def events(self) -> list[dict]:
        """Every stored event as its output-contract record, with all stored mentions."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(events.c.event_id, events.c.record).order_by(events.c.date, events.c.event_id)).all()
            mentions = conn.execute(select(event_mentions, documents.c.path, documents.c.reprint_of).join(
                documents, documents.c.doc_id == event_mentions.c.doc_id)).mappings().all()
        by_event: dict[str, list[dict]] = {}
        sources: dict[str, set[str]] = {}
        for m in mentions:
            by_event.setdefault(m["event_id"], []).append(
                {"doc_id": m["doc_id"], "path": m["path"], "sentence": m["sentence"], "start": m["start"], "end": m["end"]})
            sources.setdefault(m["event_id"], set()).add(m["reprint_of"] or m["doc_id"])
        result = []
        for event_id, record in rows:
            data = json.loads(record)
            data["mentions"] = by_event.get(event_id, data["mentions"])
            # Counts from every stored report, so they stay true as new reports arrive.
            data["num_mentions"] = len(data["mentions"])
            data["num_documents"] = len({m["doc_id"] for m in data["mentions"]})
            data["num_sources"] = len(sources.get(event_id, ())) or data["num_documents"]
            result.append(data)
        return result


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
