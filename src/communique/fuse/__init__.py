"""Stage 7, fuse: one event per real-world event, with every sentence that reports it.

Two coded events are the same event when their types and auxiliary modes are equal, their
participants are the same entities (a country stands for any of its officials), and their
dates agree within the precision of each. Merging keeps every mention and the most
specific details (a person over a country, a mode over none). Each mention carries what
its report said of date and place; `settle` chooses the best-supported value and keeps the
others as conflicts, so a wrong report does not silently win.
"""

from __future__ import annotations

from dataclasses import replace

from communique.actors import entity_key
from communique.events import with_id
from communique.records import Actor, Event, PartialDate, Place


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
    if "year" in (a.date_precision, b.date_precision):
        return a.date.year == b.date.year
    if "month" in (a.date_precision, b.date_precision):
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return gap == 0


def _codes_agree(a: Event, b: Event) -> bool:
    """Same CAMEO code, or one is the type's generic code (a meeting of unknown mode)."""
    return a.cameo == b.cameo or a.cameo.endswith("0") or b.cameo.endswith("0")


def _channels_agree(a: Event, b: Event) -> bool:
    """A phone call and a meeting in person are two events, whatever else they share."""
    return a.channel is None or b.channel is None or a.channel == b.channel


# Quad classes of conflict (PLOVER/CAMEO): verbal and material conflict.
CONFLICT_QUADS = (3, 4)
# Concessions are one side's: in an exchange of prisoners each side releases the other's.
SIDED_TYPES = ("CONCEDE",)


def _directions_agree(a: Event, b: Event) -> bool:
    """"Россия обвинила Азербайджан" and "Азербайджан обвинил Россию" are two acts: an act of conflict
    keeps its sides. Cooperation is often told both ways of one exchange ("поздравил" / "поблагодарил
    за поздравления"), and a meeting's roles vary with the report, so their sides may differ."""
    if (a.quad_code not in CONFLICT_QUADS and a.event not in SIDED_TYPES) or not (a.recipient and b.recipient):
        return True
    return _participants_match(a.actor, b.actor) and _participants_match(a.recipient, b.recipient)


def _completed_in_sentence(a: Event, b: Event) -> bool:
    """"Тысячи человек вышли к парламенту, протестуя против решения правительства": two words of one
    sentence tell one act by the same actors, one of them naming its target too."""
    same_sentence = {(m.doc_id, m.start) for m in a.mentions} & {(m.doc_id, m.start) for m in b.mentions}
    return bool(same_sentence) and (not a.recipient or not b.recipient) and _participants_match(a.actor, b.actor)


def same_event(a: Event, b: Event) -> bool:
    return (
        a.event == b.event
        and _channels_agree(a, b)
        and a.auxiliary == b.auxiliary
        and _codes_agree(a, b)
        and (_participants_match(a.actor + a.recipient, b.actor + b.recipient) or _completed_in_sentence(a, b))
        and _directions_agree(a, b)
        and _dates_agree(a, b)
    )


def _specific(a: list[Actor], b: list[Actor]) -> list[Actor]:
    """Of two descriptions of the same parties, the one naming more persons."""
    return a if sum(x.kind == "person" for x in a) >= sum(x.kind == "person" for x in b) else b


PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "publication": 3, "unknown": 4}


def stamp_reports(events: list[Event], published: str | None) -> list[Event]:
    """Write each event's date and place into its mentions: what this report says of them."""
    stamped = []
    for e in events:
        mentions = [m if m.date_precision else replace(
            m, date=e.date.iso() if e.date else None, date_precision=e.date_precision,
            place=e.event_loc.name if e.event_loc else None, place_country=e.event_loc.country if e.event_loc else None,
            published=published) for m in e.mentions]
        stamped.append(replace(e, mentions=mentions))
    return stamped


def settle(event: Event) -> Event:
    """Choose date and place by the reports' support; keep the values they disagree on.

    A date: the most precise one wins (stated day over month over the publication-date fallback);
    among equally precise dates, the one most documents give; a tie goes to the earliest report.
    A place: the one most documents give, a tie to the earliest. Reports that say nothing do not vote.
    """
    conflicts: dict[str, list[dict]] = {}
    date, precision = event.date, event.date_precision
    dates = _fold_yearless(_votes(event, lambda m: (m.date, m.date_precision) if m.date else None))
    if dates:
        (value, precision), _ = min(dates.items(), key=lambda kv: (PRECISION_RANK.get(kv[0][1], 9), -kv[1][0], kv[1][1]))
        date = PartialDate.from_iso(value)
        if len({v for v, _ in dates}) > 1:
            conflicts["date"] = [{"value": v, "precision": p, "reports": n} for (v, p), (n, _) in
                                 sorted(dates.items(), key=lambda kv: (PRECISION_RANK.get(kv[0][1], 9), -kv[1][0]))]
    event_loc = event.event_loc
    places = _votes(event, lambda m: (m.place, m.place_country) if m.place else None)
    if places:
        (name, country), _ = min(places.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
        event_loc = Place(name, country)
        if len(places) > 1:
            conflicts["place"] = [{"value": n, "country": c, "reports": k} for (n, c), (k, _) in
                                  sorted(places.items(), key=lambda kv: -kv[1][0])]
    return _seen(replace(event, date=date, date_precision=precision, event_loc=event_loc, conflicts=conflicts))


def _fold_yearless(votes: dict[tuple, tuple[int, int]]) -> dict[tuple, tuple[int, int]]:
    """A report without a year ("--02-24") supports the dated value with its month and day: no conflict."""
    folded = dict(votes)
    for (value, precision), (count, first) in votes.items():
        if not value.startswith("--"):
            continue
        full = [k for k in folded if not k[0].startswith("--") and k[0][4:] == value[1:] and k[1] == precision]
        if full:
            target = max(full, key=lambda k: folded[k][0])
            n, f = folded[target]
            folded[target] = (n + count, min(f, first))
            del folded[(value, precision)]
    return folded


def _votes(event: Event, value_of) -> dict[tuple, tuple[int, int]]:
    """value -> (documents giving it, position of its first report); one vote per document."""
    votes: dict[tuple, tuple[int, int]] = {}
    seen: set[tuple] = set()
    for position, m in enumerate(event.mentions):
        value = value_of(m)
        if value is None or (m.doc_id, value) in seen:
            continue
        seen.add((m.doc_id, value))
        count, first = votes.get(value, (0, position))
        votes[value] = (count + 1, first)
    return votes


def _seen(event: Event) -> Event:
    published = sorted(m.published for m in event.mentions if m.published)
    return replace(event, first_seen=published[0] if published else None, last_seen=published[-1] if published else None)


def merge(a: Event, b: Event) -> Event:
    """One event from two reports of it; `a` is the earlier-found report (its id is kept)."""
    # The report with roles, and of two with roles the one naming more persons ("Моди -> Путин"
    # over "Моди -> Россия").
    with_roles = [e for e in (a, b) if e.recipient] or [a, b]
    keep_roles = max(with_roles, key=lambda e: sum(x.kind == "person" for x in e.actor + e.recipient))
    known = {(x.doc_id, x.start) for x in a.mentions}
    mentions = a.mentions + [m for m in b.mentions if (m.doc_id, m.start) not in known]
    merged = replace(
        a,
        mode=a.mode or b.mode,
        channel=a.channel or b.channel,
        date=a.date if PRECISION_RANK[a.date_precision] <= PRECISION_RANK[b.date_precision] else b.date,
        date_precision=min(a.date_precision, b.date_precision, key=PRECISION_RANK.__getitem__),
        actor=_specific(keep_roles.actor, (b if keep_roles is a else a).actor) if keep_roles.recipient == [] else keep_roles.actor,
        recipient=keep_roles.recipient,
        event_loc=a.event_loc or b.event_loc,
        context=sorted(set(a.context) | set(b.context), key=lambda c: (c != "diplomatic", c)),
        confidence=max(a.confidence, b.confidence),
        quantity=a.quantity or b.quantity,
        mentions=mentions,
    )
    return settle(merged)


def fuse_events(events: list[Event]) -> list[Event]:
    """Merge reports of the same event; the result has stable ids, in order of first report."""
    fused: list[Event] = []
    for event in events:
        for i, existing in enumerate(fused):
            if same_event(existing, event):
                fused[i] = merge(existing, event)
                break
        else:
            fused.append(settle(event))
    return [with_id(e) for e in fused]


def count_reports(event: Event, original: dict[str, str]) -> Event:
    """The event with its report counts: mentions, documents, and sources (reprints fold into their original)."""
    documents = {m.doc_id for m in event.mentions}
    sources = {original.get(doc_id, doc_id) for doc_id in documents}
    return replace(event, num_mentions=len(event.mentions), num_documents=len(documents), num_sources=len(sources))
