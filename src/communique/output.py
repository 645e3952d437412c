"""The output contract of `communique extract` (shared/eval/README.md): documents.jsonl, events.jsonl."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from communique.records import Actor, Event, EventMention, PartialDate, Place, ProcessedDocument


def document_record(doc: ProcessedDocument) -> dict:
    clean = doc.document
    return {
        "doc_id": clean.doc_id,
        "path": clean.path,
        "url": clean.url,
        "title": clean.title,
        "language": doc.language,
        "published": doc.dates.published.isoformat() if doc.dates.published else None,
        "published_from": doc.dates.published_from,
        "attributed_to": list(clean.attributed_to),
        "body": clean.body,
        "reprint_of": doc.reprint_of,
    }


def actor_record(actor: Actor) -> dict:
    """entity_text, name, canonical, identifier_id, country, office, kind — the contract's actor."""
    return asdict(actor)


def event_record(event: Event) -> dict:
    return {
        "id": event.id,
        "event": event.event,
        "mode": event.mode,
        "channel": event.channel,
        "auxiliary": event.auxiliary,
        "context": event.context,
        "date": event.date.iso() if event.date else None,
        "date_precision": event.date_precision,
        "actor": [actor_record(a) for a in event.actor],
        "recipient": [actor_record(a) for a in event.recipient],
        "event_loc": asdict(event.event_loc) if event.event_loc else None,
        "cameo": event.cameo,
        "quad_code": event.quad_code,
        "event_scale": event.event_scale,
        "confidence": event.confidence,
        "trigger": event.trigger,
        "quantity": event.quantity,
        "num_mentions": event.num_mentions,
        "num_documents": event.num_documents,
        "num_sources": event.num_sources,
        "first_seen": event.first_seen,
        "last_seen": event.last_seen,
        "conflicts": event.conflicts,
        "mentions": [asdict(m) for m in event.mentions],
    }


def event_from_record(record: dict) -> Event:
    """The Event an output-contract record describes (the store keeps events as records)."""
    loc = record.get("event_loc")
    return Event(
        event=record["event"], mode=record.get("mode"), channel=record.get("channel"),
        auxiliary=record.get("auxiliary"), context=list(record.get("context") or []),
        date=PartialDate.from_iso(record["date"]) if record.get("date") else None, date_precision=record.get("date_precision") or "unknown",
        actor=[Actor(**a) for a in record.get("actor", [])], recipient=[Actor(**a) for a in record.get("recipient", [])],
        event_loc=Place(loc["name"], loc.get("country")) if loc else None,
        cameo=record["cameo"], quad_code=record["quad_code"], event_scale=record["event_scale"],
        confidence=record.get("confidence", 0.0), trigger=record.get("trigger", ""), quantity=record.get("quantity"),
        mentions=[EventMention(**m) for m in record.get("mentions", [])], id=record["id"],
        num_mentions=record.get("num_mentions", 0), num_documents=record.get("num_documents", 0),
        num_sources=record.get("num_sources", 0), first_seen=record.get("first_seen"),
        last_seen=record.get("last_seen"), conflicts=record.get("conflicts") or {},
    )


def write_jsonl(path: Path, records: list[dict]) -> None:
    """Write records one JSON object a line, through a temporary file so a crash leaves no half file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)
