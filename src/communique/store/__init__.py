"""Stage 8, store: documents, events, their participants and mentions, behind one repository.

The URL picks the database: a file path means SQLite (WAL, FTS5), `postgresql://...` a
PostgreSQL server (full-text search with the russian configuration). Saving is idempotent: a
document is keyed by its content hash, and only reports from documents not stored before are
added. A new report of an event already stored (same type, parties and date, by the rules of
`communique.fuse`) is merged into that event, whose counts, first/last seen and chosen
details are recomputed from every stored report. Every save runs in one transaction, so a
failure leaves what was stored before intact.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Connection, and_, create_engine, delete, event, func, or_, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from communique.errors import CommuniqueError
from communique.fuse import PUBLICATION_SLACK_DAYS, merge, same_event
from communique.fuse.reprints import REPRINT_THRESHOLD, band_keys, signature_bytes, signature_of, similarity
from communique.output import document_record, event_from_record, event_record
from communique.records import Event, ProcessedDocument
from communique.store.rows import event_columns, participant_rows
from communique.store.schema import (
    SCHEMA_VERSION,
    api_tokens,
    document_bands,
    documents,
    events,
    mentions,
    participants,
    upgrade,
)

__all__ = ["Repository", "StoreError", "SaveResult", "EventFilter", "SCHEMA_VERSION", "database_url"]


class StoreError(CommuniqueError):
    """The database cannot be opened or written."""


@dataclass(frozen=True)
class SaveResult:
    documents_added: int
    events_added: int
    events_updated: int  # stored events that got new reports
    mentions_added: int


@dataclass(frozen=True)
class EventFilter:
    """What `Repository.events` selects; every field narrows the selection, None means any."""

    actor: str | None = None  # a name, canonical name or entity key of any participant
    country: str | None = None  # ISO alpha-3 of any participant
    dyad: tuple[str, str] | None = None  # two parties (names or ISO alpha-3), both taking part
    type: str | None = None  # PLOVER type
    mode: str | None = None
    auxiliary: str | None = None  # "none" selects events that happened as reported
    context: str | None = None
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    text: str | None = None  # words in the evidence sentences


def database_url(db: str) -> str:
    """A SQLAlchemy URL from a --db value: a URL as is (postgresql:// uses psycopg 3), else a SQLite path."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _describe(exc: SQLAlchemyError) -> str:
    return f"{exc.__class__.__name__}: {getattr(exc, 'orig', None) or exc}".splitlines()[0]


class Repository:
    """Reads and writes Communiqué's tables, the same on SQLite and PostgreSQL."""

    def __init__(self, db: str):
        self.db = db
        url = database_url(db)
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{db}: cannot open database (cannot create its folder: {exc.strerror})") from exc
        try:
            self.engine: Engine = create_engine(url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_connection)
            with self.engine.begin() as conn:
                self.found_version = upgrade(conn)
        except ValueError as exc:  # a schema newer than this code
            raise StoreError(f"{db}: {exc}") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"{db}: cannot open database ({_describe(exc)})") from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- writing -------------------------------------------------------------------------

    def save(self, processed: list[ProcessedDocument], fused_events: list[Event]) -> SaveResult:
        """Store new documents and their events in one transaction; what is stored stays as it is."""
        now = _now()
        docs_added = events_added = events_updated = mentions_added = 0
        try:
            with self.engine.begin() as conn:
                incoming = [d.document.doc_id for d in processed]
                known = set(conn.execute(select(documents.c.doc_id).where(documents.c.doc_id.in_(incoming))).scalars())
                new_docs: set[str] = set()
                for doc in processed:
                    if doc.document.doc_id in known | new_docs:
                        continue
                    self._insert_document(conn, doc, now)
                    new_docs.add(doc.document.doc_id)
                for ev in fused_events:
                    # Only reports from documents stored now: a document seen before adds nothing.
                    new_reports = [m for m in ev.mentions if m.doc_id in new_docs]
                    if not new_reports:
                        continue
                    ev = replace(ev, mentions=new_reports)
                    stored = self._find_same(conn, ev)
                    merged = self._recount(conn, merge(stored, ev) if stored else ev)
                    if stored:
                        self._update_event(conn, merged, now)
                        events_updated += 1
                    else:
                        merged = self._unique_id(conn, merged)
                        conn.execute(events.insert().values(event_id=merged.id, updated_at=now, **self._event_values(merged)))
                        self._write_participants(conn, merged)
                        events_added += 1
                    conn.execute(mentions.insert(), [{
                        "event_id": merged.id, "doc_id": m.doc_id, "start": m.start, "end": m.end,
                        "sentence": m.sentence, "date": m.date, "date_precision": m.date_precision, "place": m.place,
                        "place_country": m.place_country, "published": m.published, "added_at": now,
                    } for m in new_reports])
                    mentions_added += len(new_reports)
                docs_added = len(new_docs)
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.db}: cannot store results, nothing was written ({_describe(exc)})") from exc
        return SaveResult(docs_added, events_added, events_updated, mentions_added)

    def _insert_document(self, conn: Connection, doc: ProcessedDocument, now: str) -> None:
        record = document_record(doc)
        sig = signature_of(record["body"])
        if record["reprint_of"] is None:
            record["reprint_of"] = self._stored_original(conn, sig)
        record["attributed_to"] = json.dumps(record["attributed_to"], ensure_ascii=False)
        conn.execute(documents.insert().values(**record, added_at=now, minhash=signature_bytes(sig)))
        conn.execute(document_bands.insert(), [{"band_key": k, "doc_id": record["doc_id"]} for k in band_keys(sig)])
        if self.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts (doc_id, title, body) VALUES (:d, :t, :b)"),
                         {"d": record["doc_id"], "t": record["title"] or "", "b": record["body"]})

    def _stored_original(self, conn: Connection, sig) -> str | None:
        """The earliest stored document this body is a near-copy of (a reprint seen in an earlier run)."""
        candidates = conn.execute(
            select(documents.c.doc_id, documents.c.minhash, documents.c.reprint_of, documents.c.added_at)
            .join(document_bands, document_bands.c.doc_id == documents.c.doc_id)
            .where(document_bands.c.band_key.in_(band_keys(sig))).distinct()).all()
        close = [c for c in candidates if c.minhash and similarity(sig, c.minhash) >= REPRINT_THRESHOLD]
        if not close:
            return None
        first = min(close, key=lambda c: c.added_at)
        return first.reprint_of or first.doc_id

    def _find_same(self, conn: Connection, ev: Event) -> Event | None:
        """A stored event this one is another report of, if any."""
        query = select(events.c.record).where(events.c.event == ev.event)
        query = query.where(events.c.auxiliary.is_(None) if ev.auxiliary is None else events.c.auxiliary == ev.auxiliary)
        if ev.date is not None and ev.date.year is not None:
            day = ev.date.to_date()
            low = (day - timedelta(days=PUBLICATION_SLACK_DAYS + 31)).isoformat()
            high = (day + timedelta(days=PUBLICATION_SLACK_DAYS + 31)).isoformat()
            query = query.where(or_(events.c.date.is_(None), events.c.date.like("--%"),
                                    and_(events.c.date >= low, events.c.date <= high)))
        countries = {a.country for a in ev.actor + ev.recipient if a.country}
        if countries:
            # Reports of one event share a party's country: only those stored events are read.
            query = query.where(events.c.event_id.in_(
                select(participants.c.event_id).where(participants.c.country.in_(countries))))
        for (record,) in conn.execute(query.order_by(events.c.first_seen, events.c.event_id)):
            stored = event_from_record(json.loads(record))
            if same_event(stored, ev):
                return stored
        return None

    def _recount(self, conn: Connection, ev: Event) -> Event:
        """Report counts from the event's mentions; a reprint (by any stored link) is no new source."""
        doc_ids = {m.doc_id for m in ev.mentions}
        original = dict(conn.execute(select(documents.c.doc_id, documents.c.reprint_of)
                                     .where(documents.c.doc_id.in_(doc_ids))).all())
        sources = {original.get(d) or d for d in doc_ids}
        return replace(ev, num_mentions=len(ev.mentions), num_documents=len(doc_ids), num_sources=len(sources))

    def _unique_id(self, conn: Connection, ev: Event) -> Event:
        """An id not yet used: a different event may share the stable id's inputs (type, parties, date)."""
        base, n = ev.id, 1
        while conn.execute(select(events.c.event_id).where(events.c.event_id == ev.id)).first():
            n += 1
            ev = replace(ev, id=f"{base[:28]}-{n:03d}")
        return ev

    def _event_values(self, ev: Event) -> dict:
        record = event_record(ev)
        return {**event_columns(record), "record": json.dumps(record, ensure_ascii=False)}

    def _update_event(self, conn: Connection, ev: Event, now: str) -> None:
        conn.execute(update(events).where(events.c.event_id == ev.id).values(updated_at=now, **self._event_values(ev)))
        conn.execute(delete(participants).where(participants.c.event_id == ev.id))
        self._write_participants(conn, ev)

    def _write_participants(self, conn: Connection, ev: Event) -> None:
        rows = participant_rows(ev.id, event_record(ev))
        if rows:
            conn.execute(participants.insert(), rows)

    def create_token(self, name: str) -> str:
        """A new API token; only its hash is stored, so it is shown once."""
        if not name.strip():
            raise StoreError("a token needs a name (who or what uses it)")
        token = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(api_tokens.insert().values(token_hash=_hash(token), name=name.strip(), created_at=_now()))
        return token

    def token_name(self, token: str) -> str | None:
        """The name of a valid token, None for an unknown one."""
        with self.engine.connect() as conn:
            return conn.execute(select(api_tokens.c.name).where(api_tokens.c.token_hash == _hash(token))).scalar()

    # --- reading -------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for name, table in (("documents", documents), ("events", events), ("mentions", mentions))}

    def events(self, where: EventFilter | None = None, limit: int | None = None, offset: int = 0) -> list[dict]:
        """Stored events as output-contract records, by date, with every stored report."""
        query = self._event_query(where or EventFilter()).order_by(events.c.date, events.c.event_id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [json.loads(r) for r in conn.execute(query).scalars()]

    def count_events(self, where: EventFilter | None = None) -> int:
        query = self._event_query(where or EventFilter()).subquery()
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(query)).scalar_one()

    def event(self, event_id: str) -> dict | None:
        with self.engine.connect() as conn:
            record = conn.execute(select(events.c.record).where(events.c.event_id == event_id)).scalar()
        return json.loads(record) if record else None

    def _event_query(self, f: EventFilter):
        query = select(events.c.record)
        if f.type:
            query = query.where(events.c.event == f.type)
        if f.mode:
            query = query.where(events.c.mode == f.mode)
        if f.auxiliary:
            query = query.where(events.c.auxiliary.is_(None) if f.auxiliary == "none" else events.c.auxiliary == f.auxiliary)
        if f.context:
            query = query.where(events.c.context.like(f'%"{f.context}"%'))
        if f.since:
            query = query.where(events.c.date >= f.since)
        if f.until:
            query = query.where(events.c.date <= f.until)
        for party in ([f.actor] if f.actor else []) + ([f.country] if f.country else []) + list(f.dyad or ()):
            query = query.where(events.c.event_id.in_(select(participants.c.event_id).where(self._party(party))))
        if f.text:
            words = [w for w in f.text.split() if w]
            for word in words:
                query = query.where(events.c.event_id.in_(
                    select(mentions.c.event_id).where(self._folded(mentions.c.sentence).like(f"%{word.casefold()}%"))))
        return query

    def _party(self, party: str):
        """A participant condition: ISO alpha-3 code, entity key, or a name as written or canonical."""
        value = party.strip()
        if len(value) == 3 and value.isalpha() and value.isupper():
            return participants.c.country == value
        folded = value.casefold()
        return or_(participants.c.entity_key == value, self._folded(participants.c.canonical) == folded,
                   self._folded(participants.c.name) == folded)

    def _folded(self, column):
        """Case-folded text in SQL (SQLite's lower() folds ASCII only, so it gets Python's casefold)."""
        return func.casefold(column) if self.dialect == "sqlite" else func.lower(column)

    def actors(self, query: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        """Participants grouped by entity, with how many events each takes part in."""
        select_actors = (select(participants.c.entity_key, func.max(participants.c.name).label("name"),
                                func.max(participants.c.canonical).label("canonical"),
                                func.max(participants.c.country).label("country"),
                                func.max(participants.c.office).label("office"),
                                func.max(participants.c.kind).label("kind"),
                                func.count(func.distinct(participants.c.event_id)).label("events"))
                         .group_by(participants.c.entity_key))
        if query:
            like = f"%{query.casefold()}%"
            select_actors = select_actors.where(or_(self._folded(participants.c.name).like(like),
                                                    self._folded(participants.c.canonical).like(like)))
        select_actors = select_actors.order_by(text("events DESC"), participants.c.entity_key).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select_actors).mappings()]

    def dyad_timeline(self, first: str, second: str) -> list[dict]:
        """Per month: events in which both parties take part, and their mean PLOVER/Goldstein score."""
        records = self.events(EventFilter(dyad=(first, second)))
        months: dict[str, list[float]] = {}
        for r in records:
            if r.get("date") and not r["date"].startswith("--") and r.get("auxiliary") in (None, "historical"):
                months.setdefault(r["date"][:7], []).append(r["event_scale"])
        return [{"month": m, "events": len(v), "mean_score": round(sum(v) / len(v), 2), "total_score": round(sum(v), 2)}
                for m, v in sorted(months.items())]

    def documents(self, limit: int = 50, offset: int = 0, since: str | None = None, until: str | None = None,
                  ids: list[str] | None = None) -> list[dict]:
        """Document metadata (no bodies), newest first; `ids` selects those documents, whatever their number."""
        query = select(documents.c.doc_id, documents.c.path, documents.c.url, documents.c.title, documents.c.language,
                       documents.c.published, documents.c.attributed_to, documents.c.reprint_of, documents.c.added_at)
        if ids is not None:
            with self.engine.connect() as conn:
                return [_document_row(r) for r in conn.execute(query.where(documents.c.doc_id.in_(set(ids)))).mappings()]
        if since:
            query = query.where(documents.c.published >= since)
        if until:
            query = query.where(documents.c.published <= until)
        query = query.order_by(documents.c.published.desc(), documents.c.doc_id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [_document_row(r) for r in conn.execute(query).mappings()]

    def document(self, doc_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).mappings().first()
            if row is None:
                return None
            event_ids = list(conn.execute(select(mentions.c.event_id).where(mentions.c.doc_id == doc_id).distinct()).scalars())
        data = _document_row(row)
        data["body"] = row["body"]
        data["published_from"] = row["published_from"]
        data["events"] = sorted(event_ids)
        return data

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Documents whose title or body match the words of `query` (any inflection of a Russian word)."""
        words = [w for w in "".join(c if c.isalnum() or c.isspace() else " " for c in query).split() if w]
        if not words:
            return []
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                vector = "to_tsvector('russian', coalesce(title, '') || ' ' || body)"
                rows = conn.execute(text(
                    f"SELECT doc_id, ts_rank({vector}, plainto_tsquery('russian', :q)) AS rank FROM documents "
                    f"WHERE {vector} @@ plainto_tsquery('russian', :q) ORDER BY rank DESC, doc_id LIMIT :n"),
                    {"q": " ".join(words), "n": limit}).all()
            else:
                # FTS5 has no Russian stemmer: a word's stem as a prefix matches its case forms.
                match = " AND ".join(f'"{_stem(w)}"*' for w in words)
                rows = conn.execute(text("SELECT doc_id, bm25(documents_fts) AS rank FROM documents_fts "
                                         "WHERE documents_fts MATCH :m ORDER BY rank, doc_id LIMIT :n"),
                                    {"m": match, "n": limit}).all()
            ids = [r[0] for r in rows]
            found = {r["doc_id"]: r for r in conn.execute(select(documents).where(documents.c.doc_id.in_(ids))).mappings()}
        return [{**_document_row(found[i]), "snippet": _snippet(found[i]["body"], words)} for i in ids if i in found]


def _stem(word: str) -> str:
    """A crude stem for prefix search: Russian inflections change at most the last two or three letters."""
    word = word.casefold()
    return word if len(word) <= 4 else word[: max(4, len(word) - 2)]


def _snippet(body: str, words: list[str], width: int = 160) -> str:
    folded = body.casefold()
    at = min((i for i in (folded.find(_stem(w)) for w in words) if i >= 0), default=0)
    start = max(0, at - width // 3)
    return ("…" if start else "") + body[start:start + width].replace("\n", " ") + ("…" if start + width < len(body) else "")


def _document_row(row) -> dict:
    data = {k: row[k] for k in ("doc_id", "path", "url", "title", "language", "published", "reprint_of", "added_at")}
    data["attributed_to"] = json.loads(row["attributed_to"] or "[]")
    return data


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _sqlite_connection(dbapi_connection, _record) -> None:
    dbapi_connection.create_function("casefold", 1, lambda s: s.casefold() if isinstance(s, str) else s,
                                     deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()

