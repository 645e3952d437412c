"""Events as a GDELT 2.0 Event table file, for tools built on GDELT.

Layout: the 61 columns of the GDELT 2.0 Event table in GDELT's order (COLUMNS), TAB-separated,
one event a line, like GDELT's *.export.CSV files; unlike them the first line is a header of
the column names, so the file is self-describing (skip one line to load it like a GDELT file).
Text fields lose TABs and line breaks (GDELT files are not quoted).

Which events: future, hypothetical and negated events did not happen; GDELT rows are things
that happened, and its users count rows, so these are left out unless include_unrealized is
set. Historical events (recalled by an article) did happen and are kept, dated when they
happened.

Column by column:
- GLOBALEVENTID: a stable integer derived from the event id (the first 63 bits of its
  BLAKE2b digest), the same in every export of the same event.
- SQLDATE (YYYYMMDD), MonthYear (YYYYMM), Year, FractionDate: the event date; FractionDate
  is GDELT's YYYY.FFFF with FFFF = (MONTH * 30 + DAY) / 365. When the text gives no year
  ("--MM-DD") or no date, these four are empty: Communiqué does not guess a year.
- Actor1 = the first actor, Actor2 = the first recipient, else the second actor.
  ActorNCode: full CAMEO actor code (RUSGOV, IGOEUREEC; data/cameo_actors.yaml);
  ActorNName: a country's English ISO name (also for a state's organs: RUSGOV is RUSSIA), else the canonical (English) name, else the
  Russian nominative, upper-cased as GDELT writes names; ActorNCountryCode: CAMEO
  country code = ISO 3166-1 alpha-3 (empty for international organizations);
  ActorNKnownGroupCode: the organization's own CAMEO code (UNO, EEC, NAT...);
  ActorNType1Code..Type3Code: CAMEO role codes (GOV, MIL, GOV+MIL for a defence minister,
  IGO for organizations). Ethnic and religion codes are not coded: empty.
- IsRootEvent: 1 when a report of the event lies in the lead paragraph of its document (the
  body up to its first line break), 0 otherwise or when the document body is not at hand.
- EventCode = cameo, EventBaseCode = its first three digits, EventRootCode = its first two;
  QuadClass = quad_code; GoldsteinScale = event_scale.
- NumMentions = num_mentions (sentences), NumSources = num_sources (documents that are not
  reprints of one another), NumArticles = num_documents; counted from the mentions where the
  record lacks them.
- AvgTone: empty. Communiqué computes no tone; a 0 would claim neutral coverage.
- Actor1Geo_* and Actor2Geo_*: Type 0 and the rest empty: Communiqué places events, not
  actors.
- ActionGeo_*: from event_loc. Type 1 (country) when the place is a country, else 4 (world
  city); FullName "place, country" (GDELT style); CountryCode in FIPS 10-4 as GDELT writes it
  (data/fips.yaml: RUS -> RS, CHN -> CH); ADM1/ADM2/FeatureID empty; Lat/Long only when the
  record carries them (event_loc lat/lon). No event_loc: Type 0, rest empty.
- DATEADDED: YYYYMMDDHHMMSS of first_seen (the earliest publication of a report; midnight
  when only the day is known), else the time of the export (UTC).
- SOURCEURL: the url of the first mention's document, else its path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path

import pycountry

from communique.actors.countries import country_index
from communique.actors.names import fold
from communique.data import load_yaml
from communique.export.actors import cameo_actor

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
UNREALIZED = frozenset({"future", "hypothetical", "negated"})
GEO_NONE, GEO_COUNTRY, GEO_WORLD_CITY = 0, 1, 4
ACTOR_FIELDS = 10  # Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1..3
GEO_FIELDS = 8  # Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID


def write_gdelt(records: Iterable[dict], documents: Mapping[str, dict], path: Path, *,
                include_unrealized: bool = False, exported_at: datetime | None = None) -> int:
    """Write the header and one row per happened event; returns the number of event rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in gdelt_rows(records, documents, include_unrealized=include_unrealized, exported_at=exported_at):
            handle.write("\t".join(row) + "\n")
            count += 1
    return count


def gdelt_rows(records: Iterable[dict], documents: Mapping[str, dict], *,
               include_unrealized: bool = False, exported_at: datetime | None = None) -> Iterator[list[str]]:
    """The rows, as lists of 61 strings, of the events the export includes."""
    exported_at = exported_at or datetime.now(timezone.utc)
    for record in records:
        if record.get("auxiliary") in UNREALIZED and not include_unrealized:
            continue
        yield gdelt_row(record, documents, exported_at)


def gdelt_row(record: dict, documents: Mapping[str, dict], exported_at: datetime) -> list[str]:
    actors, recipients = record.get("actor") or [], record.get("recipient") or []
    actor1 = actors[0] if actors else None
    actor2 = recipients[0] if recipients else (actors[1] if len(actors) > 1 else None)
    cameo = record.get("cameo") or ""
    mentions = record.get("mentions") or []
    num_documents = record.get("num_documents") or len({m["doc_id"] for m in mentions})
    row = [
        str(global_event_id(record["id"])), *_date_fields(record.get("date")),
        *_actor_fields(actor1), *_actor_fields(actor2),
        "1" if _in_lead(mentions, documents) else "0",
        cameo, cameo[:3], cameo[:2], _text(record.get("quad_code")), _number(record.get("event_scale")),
        str(record.get("num_mentions") or len(mentions)), str(record.get("num_sources") or num_documents),
        str(num_documents), "",
        *_no_geo(), *_no_geo(), *_action_geo(record.get("event_loc")),
        _date_added(record.get("first_seen"), exported_at), _source_url(mentions, documents),
    ]
    assert len(row) == len(COLUMNS)
    return [_clean(value) for value in row]


def global_event_id(event_id: str) -> int:
    """A positive 63-bit integer that is the same for the same event id in every run."""
    digest = hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & (2**63 - 1)


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 (data/fips.yaml)."""
    return dict(load_yaml("fips.yaml")["fips"])


def _date_fields(iso: str | None) -> list[str]:
    if not iso or iso.startswith("--"):
        return ["", "", "", ""]
    day = date.fromisoformat(iso)
    fraction = day.year + (day.month * 30 + day.day) / 365
    return [f"{day:%Y%m%d}", f"{day:%Y%m}", f"{day.year}", f"{fraction:.4f}"]


def _actor_fields(actor: dict | None) -> list[str]:
    if actor is None:
        return [""] * ACTOR_FIELDS
    coded = cameo_actor(actor)
    types = [*coded.types[:3], "", "", ""][:3]
    return [coded.code, _actor_name(actor), coded.country or "", coded.known_group or "", "", "", "", *types]


def _actor_name(actor: dict) -> str:
    name = None
    country = actor.get("country")
    # A state's canonical name is Russian; its organs are canonically the state (RUSGOV: "RUSSIA").
    if country and (actor.get("kind") == "country" or actor.get("canonical") == country_index().names.get(country)):
        name = _english_country_name(country)
    name = name or actor.get("canonical") or actor.get("name") or actor.get("entity_text") or ""
    return name.upper()


def _in_lead(mentions: list[dict], documents: Mapping[str, dict]) -> bool:
    for mention in mentions:
        body = (documents.get(mention.get("doc_id")) or {}).get("body")
        if body:
            lead_start = len(body) - len(body.lstrip("\n"))
            lead_end = body.find("\n", lead_start)
            if mention.get("start", len(body)) < (len(body) if lead_end < 0 else lead_end):
                return True
    return False


def _no_geo() -> list[str]:
    return [str(GEO_NONE)] + [""] * (GEO_FIELDS - 1)


def _action_geo(place: dict | None) -> list[str]:
    if not place or not place.get("name"):
        return _no_geo()
    name, country = place["name"], place.get("country")
    country_name = _english_country_name(country) if country else ""
    if country and fold(name) in _country_names(country):
        geo_type, full_name = GEO_COUNTRY, country_name or name
    else:
        geo_type, full_name = GEO_WORLD_CITY, ", ".join(p for p in (name, country_name) if p)
    fips = fips_codes().get(country or "", "")
    lat, lon = place.get("lat"), place.get("lon", place.get("long"))
    return [str(geo_type), full_name, fips, "", "", _number(lat), _number(lon), ""]


@cache
def _country_names(iso3: str) -> frozenset[str]:
    """Names a place field may give a country by (Russian as the pipeline writes them, English)."""
    names = {country_index().names.get(iso3, "")}
    for entry in load_yaml("countries.yaml")["countries"]:
        if entry["iso3"] == iso3:
            names.update([entry["name"], *entry.get("names", [])])
    country = pycountry.countries.get(alpha_3=iso3)
    if country is not None:
        names.update(getattr(country, attr, "") for attr in ("name", "common_name", "official_name"))
    return frozenset(fold(n) for n in names if n)


@cache
def _english_country_name(iso3: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return ""
    return getattr(country, "common_name", None) or country.name


def _date_added(first_seen: str | None, exported_at: datetime) -> str:
    moment = exported_at
    if first_seen:
        try:
            moment = datetime.fromisoformat(first_seen)
        except ValueError:
            pass
    return f"{moment:%Y%m%d%H%M%S}"


def _source_url(mentions: list[dict], documents: Mapping[str, dict]) -> str:
    if not mentions:
        return ""
    first = mentions[0]
    document = documents.get(first.get("doc_id")) or {}
    return document.get("url") or document.get("path") or first.get("path") or ""


def _number(value: float | int | None) -> str:
    return "" if value is None else format(float(value), "g")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _clean(value: str) -> str:
    """GDELT files are not quoted: a TAB or line break inside a field would break the row."""
    return " ".join(value.replace("\t", " ").splitlines()) if value else value
