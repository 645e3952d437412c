"""Stage 7, fuse: one event per real-world event, with every sentence that reports it.

Two coded events are the same event when their types and auxiliary modes are equal, their
participants are the same entities (a country stands for any of its officials), and their
dates agree within the precision of each. Merging keeps every mention and the most
specific details (stated date over publication date, a person over a country, a mode and
a place over none).
"""

from __future__ import annotations

from dataclasses import replace

from communique.actors import entity_key
from communique.events import with_id
from communique.records import Actor, Event, PartialDate


def _participants_match(a: list[Actor], b: list[Actor]) -> bool:
    """Does every party of one side stand for a party of the other (country ~ its officials)?"""
    def covered(x: Actor, side: list[Actor]) -> bool:
        return any(entity_key(x) == entity_key(y) or (x.kind == "country" and x.country == y.country)
                   or (y.kind == "country" and y.country == x.country) for y in side)
    return all(covered(x, b) for x in a) and all(covered(y, a) for y in b)


# A date that is only the publication date may lie this many days after the event itself.
PUBLICATION_SLACK_DAYS = 3


def _dates_agree(a: Event, b: Event) -> bool:
    """Equal dates, or within the slack of a publication-date fallback; an unknown year fits any."""
    if a.date is None or b.date is None:
        return True
    if a.date.year is None or b.date.year is None:
        return (a.date.month, a.date.day) == (b.date.month, b.date.day)
    gap = abs((a.date.to_date() - b.date.to_date()).days)
    if "publication" in (a.date_precision, b.date_precision):
        return gap <= PUBLICATION_SLACK_DAYS
    if "month" in (a.date_precision, b.date_precision):
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return gap == 0


def _codes_agree(a: Event, b: Event) -> bool:
    """Same CAMEO code, or one is the type's generic code (a meeting of unknown mode)."""
    return a.cameo == b.cameo or a.cameo.endswith("0") or b.cameo.endswith("0")


def _channels_agree(a: Event, b: Event) -> bool:
    """A phone call and a meeting in person are two events, whatever else they share."""
    return a.channel is None or b.channel is None or a.channel == b.channel


def same_event(a: Event, b: Event) -> bool:
    return (
        a.event == b.event
        and _channels_agree(a, b)
        and a.auxiliary == b.auxiliary
        and _codes_agree(a, b)
        and _participants_match(a.actor + a.recipient, b.actor + b.recipient)
        and _dates_agree(a, b)
    )


def _specific(a: list[Actor], b: list[Actor]) -> list[Actor]:
    """Of two descriptions of the same parties, the one naming more persons."""
    return a if sum(x.kind == "person" for x in a) >= sum(x.kind == "person" for x in b) else b


def _better_date(a: Event, b: Event) -> tuple[PartialDate | None, str]:
    rank = {"day": 0, "month": 1, "publication": 2, "unknown": 3}
    return (a.date, a.date_precision) if rank[a.date_precision] <= rank[b.date_precision] else (b.date, b.date_precision)


def merge(a: Event, b: Event) -> Event:
    """One event from two reports of it; `a` is the earlier-found report."""
    date, precision = _better_date(a, b)
    keep_roles = a if (a.recipient or not b.recipient) else b
    mentions = a.mentions + [m for m in b.mentions if (m.doc_id, m.start) not in {(x.doc_id, x.start) for x in a.mentions}]
    return replace(
        a,
        mode=a.mode or b.mode,
        channel=a.channel or b.channel,
        date=date,
        date_precision=precision,
        actor=_specific(keep_roles.actor, (b if keep_roles is a else a).actor) if keep_roles.recipient == [] else keep_roles.actor,
        recipient=keep_roles.recipient,
        event_loc=a.event_loc or b.event_loc,
        context=sorted(set(a.context) | set(b.context), key=lambda c: (c != "diplomatic", c)),
        confidence=max(a.confidence, b.confidence),
        quantity=a.quantity or b.quantity,
        mentions=mentions,
    )


def fuse_events(events: list[Event]) -> list[Event]:
    """Merge reports of the same event; the result has stable ids, in order of first report."""
    fused: list[Event] = []
    for event in events:
        for i, existing in enumerate(fused):
            if same_event(existing, event):
                fused[i] = merge(existing, event)
                break
        else:
            fused.append(event)
    return [with_id(e) for e in fused]


def count_reports(event: Event, original: dict[str, str]) -> Event:
    """The event with its report counts: mentions, documents, and sources (reprints fold into their original)."""
    documents = {m.doc_id for m in event.mentions}
    sources = {original.get(doc_id, doc_id) for doc_id in documents}
    return replace(event, num_mentions=len(event.mentions), num_documents=len(documents), num_sources=len(sources))
