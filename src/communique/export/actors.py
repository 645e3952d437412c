"""CAMEO and PLOVER codes of a participant, shared by the GDELT and PLOVER exports.

A participant of the output contract names its country, office and kind; the exports need
CAMEO's view of it: a full actor code ("RUSGOV", "IGOEUREEC"), the organization's own code
(GDELT KnownGroupCode), the role codes (GDELT Type1Code...) and the PLOVER sector. The rules
live in data/cameo_actors.yaml (roles, organizations, with sources) and data/offices.yaml
(office -> sector); the head of an organization is found through the officeholders
knowledge base, whose rows name the organization of each tenure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from communique.actors.kb import default_kb
from communique.actors.offices import office_lexicon
from communique.actors.names import fold
from communique.data import DataFileError, load_yaml, require_keys

ACTORS_FILE = "cameo_actors.yaml"
IGO = "IGO"


@dataclass(frozen=True)
class Organization:
    """An international organization as CAMEO codes it."""

    code: str  # full CAMEO actor code, e.g. IGOEUREEC
    known_group: str | None  # its own 3-character code, e.g. EEC
    types: tuple[str, ...]


@dataclass(frozen=True)
class CameoActor:
    """What the GDELT and PLOVER formats say of one participant."""

    code: str  # full CAMEO actor code; "" when nothing is known
    country: str | None  # CAMEO country code = ISO 3166-1 alpha-3; None for organizations
    known_group: str | None
    types: tuple[str, ...]  # CAMEO role/type codes, most general first
    sector: str | None  # Communiqué sector, as given or derived from the office


@dataclass(frozen=True)
class ActorCodebook:
    sector_roles: dict[str, tuple[str, ...]]
    office_roles: dict[str, tuple[str, ...]]
    by_name: dict[str, Organization]
    by_kb_code: dict[str, Organization]


@cache
def codebook() -> ActorCodebook:
    """The coding tables, read and checked once."""
    data = load_yaml(ACTORS_FILE)
    by_name: dict[str, Organization] = {}
    by_kb_code: dict[str, Organization] = {}
    for entry in data["organizations"]:
        require_keys(ACTORS_FILE, entry, ("code", "known_group", "types", "names"))
        if not str(entry["code"]).startswith(IGO):
            raise DataFileError(f"{ACTORS_FILE}: organization code {entry['code']!r} does not start with IGO")
        org = Organization(entry["code"], entry["known_group"], tuple(entry["types"]))
        for name in entry["names"]:
            key = _name_key(str(name))
            if key in by_name and by_name[key] != org:
                raise DataFileError(f"{ACTORS_FILE}: name {name!r} is given to two organizations")
            by_name[key] = org
        for kb_code in entry.get("kb") or []:
            by_kb_code[kb_code] = org
    return ActorCodebook(
        sector_roles={k: tuple(v) for k, v in data["sectors"].items()},
        office_roles={k: tuple(v) for k, v in (data.get("offices") or {}).items()},
        by_name=by_name,
        by_kb_code=by_kb_code,
    )


def sector_of(actor: dict) -> str | None:
    """The actor's sector: as recorded, else what its office implies (records written before actors had one)."""
    return actor.get("sector") or office_lexicon().sector_of(actor.get("office"))


def cameo_actor(actor: dict) -> CameoActor:
    """CAMEO's code of a participant record of the output contract."""
    book = codebook()
    sector = sector_of(actor)
    org = organization_of(actor, sector)
    if org is not None:
        return CameoActor(org.code, None, org.known_group, org.types, sector or IGO)
    if sector == IGO:  # an international official whose organization is not known
        return CameoActor(IGO, None, None, (IGO,), sector)
    country = actor.get("country")
    if actor.get("kind") == "country":
        roles: tuple[str, ...] = ()  # the state itself: CAMEO codes "Russia" as RUS
    else:
        roles = book.office_roles.get(actor.get("office") or "") or book.sector_roles.get(sector or "", _as_role(sector))
    return CameoActor((country or "") + "".join(roles), country, None, roles, sector)


def plover_code_and_sector(actor: dict) -> tuple[str | None, str | None]:
    """PLOVER's actor code (ISO alpha-3 or IGO) and sector: a primary code with at most one
    secondary (GOV, MIL, GOVMIL for a defence minister)."""
    coded = cameo_actor(actor)
    if coded.code.startswith(IGO):
        return IGO, None
    return coded.country, "".join(coded.types[:2]) or None


def organization_of(actor: dict, sector: str | None = None) -> Organization | None:
    """The international organization the actor is, or heads; None for anything else."""
    book = codebook()
    for text in (actor.get("canonical"), actor.get("name"), actor.get("entity_text")):
        if text and (org := book.by_name.get(_name_key(text))):
            return org
    if actor.get("kind") == "person" and (sector or sector_of(actor)) == IGO:
        for kb_code in _kb_organizations(actor.get("identifier_id")):
            if kb_code in book.by_kb_code:
                return book.by_kb_code[kb_code]
    return None


def wikidata_id(actor: dict) -> str | None:
    """The actor's Wikidata Q-id where the officeholders knowledge base records one."""
    person = default_kb().persons.get(actor.get("identifier_id") or "")
    if person is None:
        return None
    return next((t.wikidata for t in person.tenures if t.wikidata), None)


def _kb_organizations(identifier_id: str | None) -> list[str]:
    """Organizations of a person's tenures, latest first."""
    person = default_kb().persons.get(identifier_id or "")
    if person is None:
        return []
    tenures = sorted(person.tenures, key=lambda t: t.start, reverse=True)
    return [t.organization for t in tenures if t.organization]


def _as_role(sector: str | None) -> tuple[str, ...]:
    """A sector the table does not list is taken as a CAMEO role code when it has the form of one."""
    return (sector,) if sector and len(sector) == 3 and sector.isalpha() and sector.isupper() else ()


def _name_key(text: str) -> str:
    return " ".join(fold(text).replace("«", "").replace("»", "").replace('"', "").split())
