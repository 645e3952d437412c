"""The tables, version 2, and the migrations that bring an older database up to it.

Each migration is a function of one connection, run in the transaction that also writes the
new version number, so a failed migration leaves the database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
)

SCHEMA_VERSION = 2

metadata = MetaData()

schema_info = Table("schema_info", metadata, Column("version", Integer, nullable=False))

documents = Table(
    "documents", metadata,
    Column("doc_id", String(32), primary_key=True),  # hash of the content: the same text twice is one row
    Column("path", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("language", String(8)),
    Column("published", String(10), index=True),
    Column("published_from", Text),
    Column("attributed_to", Text),  # JSON list
    Column("body", Text, nullable=False),
    Column("reprint_of", String(32)),
    Column("added_at", String(32), nullable=False),
    Column("minhash", LargeBinary),  # MinHash signature of the body, to find reprints across runs
)

# LSH bands of the stored signatures: a new document sharing a band key with a stored one is a
# reprint candidate (communique.fuse.reprints).
document_bands = Table(
    "document_bands", metadata,
    Column("band_key", String(200), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id"), primary_key=True),
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
    Column("context", Text),  # JSON list
    Column("location", Text),
    Column("location_country", String(3)),
    Column("cameo", String(4)),
    Column("quad_code", Integer),
    Column("event_scale", Float),
    Column("confidence", Float),
    Column("num_mentions", Integer),
    Column("num_documents", Integer),
    Column("num_sources", Integer),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("updated_at", String(32)),
    Column("record", Text, nullable=False),  # the full output-contract JSON of the event
)

participants = Table(
    "event_participants", metadata,
    Column("event_id", String(32), ForeignKey("events.event_id"), primary_key=True),
    Column("role", String(10), primary_key=True),  # actor | recipient
    Column("position", Integer, primary_key=True),
    Column("entity_key", Text, nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("canonical", Text),
    Column("identifier_id", Text),
    Column("country", String(3), index=True),
    Column("office", String(40)),
    Column("sector", String(8)),
    Column("kind", String(16), nullable=False),
    Column("entity_text", Text),
)

mentions = Table(
    "event_mentions", metadata,
    Column("event_id", String(32), ForeignKey("events.event_id"), primary_key=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("date", String(10)),  # what this report says of the event
    Column("date_precision", String(16)),
    Column("place", Text),
    Column("place_country", String(3)),
    Column("published", String(10)),
    Column("added_at", String(32)),
)
Index("event_mentions_doc", mentions.c.doc_id)

api_tokens = Table(
    "api_tokens", metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256 of the token; the token itself is never stored
    Column("name", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)


def create_search_index(conn: Connection) -> None:
    """Full-text search over document titles and bodies: FTS5 in SQLite, tsvector('russian') in PostgreSQL."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
                          "doc_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"))
        conn.execute(text("INSERT INTO documents_fts (doc_id, title, body) SELECT doc_id, coalesce(title, ''), body "
                          "FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM documents_fts)"))
    elif conn.dialect.name == "postgresql":
        conn.execute(text("CREATE INDEX IF NOT EXISTS documents_search ON documents USING GIN "
                          "(to_tsvector('russian', coalesce(title, '') || ' ' || body))"))


def _add_columns(conn: Connection, table: Table, names: list[str]) -> None:
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    for name in names:
        if name not in have:
            column = table.c[name]
            conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{name}" {column.type.compile(conn.dialect)}'))


def _v1_to_v2(conn: Connection) -> None:
    """Version 1 kept events as JSON records only: add the columns and tables that filters need."""
    _add_columns(conn, documents, ["url", "minhash"])
    _add_columns(conn, events, ["context", "location", "location_country", "num_mentions", "num_documents",
                                "num_sources", "first_seen", "last_seen", "updated_at"])
    _add_columns(conn, mentions, ["date", "date_precision", "place", "place_country", "published", "added_at"])
    metadata.create_all(conn, tables=[participants, api_tokens, document_bands])
    from communique.store.rows import event_columns, participant_rows  # the one way records become rows

    for event_id, record in conn.execute(select(events.c.event_id, events.c.record)).all():
        data = json.loads(record)
        data.setdefault("first_seen", None)
        data.setdefault("last_seen", None)
        data.setdefault("conflicts", {})
        conn.execute(events.update().where(events.c.event_id == event_id).values(
            **event_columns(data), record=json.dumps(data, ensure_ascii=False)))
        rows = participant_rows(event_id, data)
        if rows:
            conn.execute(participants.insert(), rows)
    from communique.fuse.reprints import band_keys, signature_bytes, signature_of

    for doc_id, body in conn.execute(select(documents.c.doc_id, documents.c.body)).all():
        sig = signature_of(body)
        conn.execute(documents.update().where(documents.c.doc_id == doc_id).values(minhash=signature_bytes(sig)))
        conn.execute(document_bands.insert(), [{"band_key": k, "doc_id": doc_id} for k in band_keys(sig)])
    create_search_index(conn)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2}


def current_version(conn: Connection) -> int | None:
    if not inspect(conn).has_table("schema_info"):
        return None
    return conn.execute(select(func.max(schema_info.c.version))).scalar()


def upgrade(conn: Connection) -> int:
    """Create a new database or migrate an old one to SCHEMA_VERSION; returns the version found."""
    version = current_version(conn)
    if version is None:
        metadata.create_all(conn)
        create_search_index(conn)
        conn.execute(schema_info.insert().values(version=SCHEMA_VERSION))
        return SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise ValueError(f"database schema version {version} is newer than this Communiqué ({SCHEMA_VERSION})")
    found = version
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
        conn.execute(schema_info.delete())
        conn.execute(schema_info.insert().values(version=version))
    return found
