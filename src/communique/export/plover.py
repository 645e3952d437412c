"""Events as PLOVER JSONL: one PLOVER event record a line, with Communiqué's evidence.

Field names follow the PLOVER specification ("JSON Data Fields", PLOVER manual 0.7b1,
openeventdata/PLOVER), which also asks for newline-delimited JSON. POLECAT, the dataset coded
in PLOVER, publishes the same content as columns; its names are given in brackets.

PLOVER field        <- output contract (events.jsonl)
- id                <- id  [Event ID]
- date              <- date: YYYY-MM-DD; "--MM-DD" (ISO 8601 with the year left out) when the
                       text gives no year; null when there is no date  [Event Date]
- event             <- [event]: PLOVER allows a list of categories  [Event Type]
- mode              <- mode  [Event Mode]
- context           <- context, plus the auxiliary mode where PLOVER has a context value for it
                       (future, historical, hypothetical), so that readers of context alone do
                       not take a future event for a past one  [Contexts]
- source, recipient <- actor, recipient: lists of PLOVER actor objects  [Actor ..., Recipient ...]
    code            <- country (ISO alpha-3), or IGO for an international organization
                       [Actor Country]
    sector          <- sector, else derived from office (offices.yaml), as CAMEO role codes:
                       GOV, MIL, PTY, GOVMIL for a defence minister; diplomats are GOV
                       (data/cameo_actors.yaml)  [Primary Actor Sector]
    actor_text      <- entity_text: the name as the text writes it  [Actor Name Raw]
    identifier_id   <- Wikidata Q-id where the officeholders base records one, as PLOVER asks;
                       else Communiqué's identifier_id ("kb:..." ids are its own)  [Wiki Actor ID]
    identifier_text <- canonical  [Actor Name]
    office          <- office  [Actor Title]
    (extensions) name: the Russian nominative; kind; cameo_code: the full CAMEO actor code
- event_loc         <- event_loc as a PLOVER location: name, cc3 (ISO alpha-3) and
                       country_code (ISO alpha-2, geonames' country code)  [Placename, Country]
- event_text        <- [trigger]: the words that express the event
- quad_code         <- quad_code  [Quad Code]
- event_scale       <- event_scale (Goldstein score of the CAMEO code)  [Goldstein]
- text, text_info   <- the sentence of the first mention and its offsets {doc_id, start, end}
                       into that document's body
- cite_info         <- the first mention's document: url, title, publication (the agencies it
                       cites), language, coder, codebook
- coder             <- "communique <version>"
Communiqué extensions, kept under their contract names: cameo, channel, auxiliary (null,
historical, future, hypothetical, negated: the only place "negated" appears, PLOVER has no
value for it), date_precision, confidence, quantity, num_mentions, num_documents,
num_sources, first_seen, last_seen, conflicts, and evidence: every mention (doc_id, path,
url, sentence, start, end and what that report said of date and place).

All events are written, unrealized ones included: each says what it is in auxiliary/context.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path

import pycountry

from communique.export.actors import cameo_actor, plover_code_and_sector, wikidata_id

CODEBOOK = "PLOVER 0.7b1; CAMEO 1.1b3 event codes"
AUXILIARY_CONTEXTS = frozenset({"future", "historical", "hypothetical"})  # PLOVER context values
EXTENSIONS = ("cameo", "channel", "auxiliary", "date_precision", "confidence", "quantity",
              "num_mentions", "num_documents", "num_sources", "first_seen", "last_seen", "conflicts")


def write_plover(records: Iterable[dict], documents: Mapping[str, dict], path: Path) -> int:
    """Write one PLOVER record a line; returns the number of records."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            handle.write(json.dumps(plover_record(record, documents), ensure_ascii=False) + "\n")
            count += 1
    return count


def plover_record(record: dict, documents: Mapping[str, dict]) -> dict:
    """The PLOVER form of one event record of the output contract."""
    mentions = record.get("mentions") or []
    first = mentions[0] if mentions else None
    context = list(record.get("context") or [])
    if record.get("auxiliary") in AUXILIARY_CONTEXTS and record["auxiliary"] not in context:
        context.append(record["auxiliary"])
    plover = {
        "id": record["id"],
        "date": record.get("date"),
        "event": [record["event"]],
        "mode": record.get("mode"),
        "context": context,
        "source": [_plover_actor(a) for a in record.get("actor") or []],
        "recipient": [_plover_actor(a) for a in record.get("recipient") or []],
        "event_loc": _plover_location(record.get("event_loc")),
        "event_text": [record["trigger"]] if record.get("trigger") else [],
        "quad_code": record.get("quad_code"),
        "event_scale": record.get("event_scale"),
        "text": first["sentence"] if first else None,
        "text_info": {"doc_id": first["doc_id"], "start": first["start"], "end": first["end"]} if first else None,
        "cite_info": _cite_info(documents.get(first["doc_id"]) if first else None),
        "coder": _coder(),
    }
    plover.update({key: record.get(key) for key in EXTENSIONS})
    plover["evidence"] = [_evidence(m, documents) for m in mentions]
    return plover


def _plover_actor(actor: dict) -> dict:
    code, sector = plover_code_and_sector(actor)
    return {
        "code": code,
        "sector": sector,
        "actor_text": actor.get("entity_text"),
        "identifier_id": wikidata_id(actor) or actor.get("identifier_id"),
        "identifier_text": actor.get("canonical"),
        "office": actor.get("office"),
        "name": actor.get("name"),
        "kind": actor.get("kind"),
        "cameo_code": cameo_actor(actor).code or None,
    }


def _plover_location(place: dict | None) -> dict | None:
    if not place:
        return None
    country = pycountry.countries.get(alpha_3=place["country"]) if place.get("country") else None
    location = {"name": place.get("name"), "cc3": place.get("country"),
                "country_code": country.alpha_2 if country else None}
    for key in ("latitude", "longitude"):
        value = place.get(key, place.get(key[:3]))
        if value is not None:
            location[key] = value
    return location


def _cite_info(document: dict | None) -> dict:
    info = {"coder": _coder(), "codebook": CODEBOOK}
    if document:
        info.update({
            "url": document.get("url"),
            "title": document.get("title"),
            "publication": ", ".join(document.get("attributed_to") or []) or None,
            "language": document.get("language"),
        })
    return info


def _evidence(mention: dict, documents: Mapping[str, dict]) -> dict:
    document = documents.get(mention.get("doc_id")) or {}
    return {**mention, "url": document.get("url")}


@cache
def _coder() -> str:
    try:
        return f"communique {metadata.version('communique')}"
    except metadata.PackageNotFoundError:
        return "communique"
