"""How an output-contract event record becomes table rows (one place, used by saves and migrations)."""

from __future__ import annotations

import json

from communique.actors import entity_key
from communique.records import Actor


def event_columns(record: dict) -> dict:
    """The events-table columns of a record (everything but its id and the JSON itself)."""
    loc = record.get("event_loc") or {}
    return {
        "event": record["event"], "mode": record.get("mode"), "channel": record.get("channel"),
        "auxiliary": record.get("auxiliary"), "date": record.get("date"), "date_precision": record.get("date_precision"),
        "context": json.dumps(record.get("context") or [], ensure_ascii=False),
        "location": loc.get("name"), "location_country": loc.get("country"),
        "cameo": record.get("cameo"), "quad_code": record.get("quad_code"), "event_scale": record.get("event_scale"),
        "confidence": record.get("confidence"), "num_mentions": record.get("num_mentions"),
        "num_documents": record.get("num_documents"), "num_sources": record.get("num_sources"),
        "first_seen": record.get("first_seen"), "last_seen": record.get("last_seen"),
    }


def participant_rows(event_id: str, record: dict) -> list[dict]:
    rows = []
    for role in ("actor", "recipient"):
        for position, data in enumerate(record.get(role) or []):
            actor = Actor(**data)
            rows.append({
                "event_id": event_id, "role": role, "position": position, "entity_key": entity_key(actor),
                "name": actor.name, "canonical": actor.canonical, "identifier_id": actor.identifier_id,
                "country": actor.country, "office": actor.office, "sector": actor.sector, "kind": actor.kind,
                "entity_text": actor.entity_text,
            })
    return rows
