"""Events as a Parquet table, one row per event, for dataframe and SQL engines.

The schema is explicit (SCHEMA), so that an export with no events, or with a column empty
throughout, has the same types as any other. Nested data stays nested: participants and
mentions are lists of structs, context a list of strings. Participants hold actors and
recipients in order, each with its role ("actor" | "recipient"), its sector (given or
derived from the office) and its CAMEO actor code. date keeps the contract's text
("YYYY-MM-DD" or "--MM-DD"); event_date is the same as a date, null when the year is unknown.
conflicts (values reports disagree on) is a JSON text: its shape varies by field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from communique.export.actors import cameo_actor, sector_of

PARTICIPANT = pa.struct([
    ("role", pa.string()), ("entity_text", pa.string()), ("name", pa.string()),
    ("canonical", pa.string()), ("identifier_id", pa.string()), ("country", pa.string()),
    ("office", pa.string()), ("kind", pa.string()), ("sector", pa.string()), ("cameo_code", pa.string()),
])
MENTION = pa.struct([
    ("doc_id", pa.string()), ("path", pa.string()), ("url", pa.string()), ("sentence", pa.string()),
    ("start", pa.int64()), ("end", pa.int64()), ("date", pa.string()), ("published", pa.string()),
])
PLACE = pa.struct([("name", pa.string()), ("country", pa.string())])
QUANTITY = pa.struct([("what", pa.string()), ("value", pa.int64()), ("qualifier", pa.string()), ("text", pa.string())])
SCHEMA = pa.schema([
    ("id", pa.string()), ("event", pa.string()), ("mode", pa.string()), ("channel", pa.string()),
    ("auxiliary", pa.string()), ("context", pa.list_(pa.string())),
    ("date", pa.string()), ("event_date", pa.date32()), ("date_precision", pa.string()),
    ("cameo", pa.string()), ("quad_code", pa.int8()), ("event_scale", pa.float64()),
    ("confidence", pa.float64()), ("trigger", pa.string()), ("quantity", QUANTITY),
    ("num_mentions", pa.int32()), ("num_documents", pa.int32()), ("num_sources", pa.int32()),
    ("first_seen", pa.string()), ("last_seen", pa.string()), ("event_loc", PLACE),
    ("participants", pa.list_(PARTICIPANT)), ("mentions", pa.list_(MENTION)), ("conflicts", pa.string()),
])


def write_parquet(records: Iterable[dict], documents: Mapping[str, dict], path: Path) -> int:
    """Write the events as one Parquet file; returns the number of rows."""
    rows = [parquet_row(record, documents) for record in records]
    pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), path)
    return len(rows)


def parquet_row(record: dict, documents: Mapping[str, dict]) -> dict:
    iso = record.get("date")
    quantity = record.get("quantity")
    return {
        "id": record["id"],  # an event without an id is not an event record: fail, do not write it
        **{name: record.get(name) for name in ("event", "mode", "channel", "auxiliary", "date",
                                               "date_precision", "cameo", "quad_code", "event_scale",
                                               "confidence", "trigger", "num_mentions", "num_documents",
                                               "num_sources", "first_seen", "last_seen")},
        "context": list(record.get("context") or []),
        "event_date": date.fromisoformat(iso) if iso and not iso.startswith("--") else None,
        "quantity": {k: quantity.get(k) for k in QUANTITY.names} if quantity else None,
        "event_loc": {k: record["event_loc"].get(k) for k in PLACE.names} if record.get("event_loc") else None,
        "participants": [_participant(a, "actor") for a in record.get("actor") or []]
                        + [_participant(a, "recipient") for a in record.get("recipient") or []],
        "mentions": [_mention(m, documents) for m in record.get("mentions") or []],
        "conflicts": json.dumps(record["conflicts"], ensure_ascii=False) if record.get("conflicts") else None,
    }


def _participant(actor: dict, role: str) -> dict:
    row = {k: actor.get(k) for k in PARTICIPANT.names}
    row.update(role=role, sector=sector_of(actor), cameo_code=cameo_actor(actor).code or None)
    return row


def _mention(mention: dict, documents: Mapping[str, dict]) -> dict:
    row = {k: mention.get(k) for k in MENTION.names}
    row["url"] = (documents.get(mention.get("doc_id")) or {}).get("url")
    return row
