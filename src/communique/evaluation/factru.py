"""Scores of the entity and actor layers on the factRuEval-2016 devset.

The corpus (format: its README.md) gives, per document `NAME`: `NAME.txt` (the text),
`NAME.tokens`, `NAME.spans` (typed token runs with character offsets), `NAME.objects`
(typed mentions made of spans), `NAME.coref` (mentions joined into objects, with name parts)
and `NAME.facts` (relations; here only `Occupation`: Who / Position / Where).

Mentions (`score_mentions`)
    Gold: every object mention of type Person (PER), Org (ORG), Location or LocOrg (LOC);
    other types are ignored. A mention covers its spans from the first character of the
    first to the last character of the last, descriptors included ("мэрии Москвы" is an
    Org). Mentions of the same type and extent are counted once.
    Predicted: the `EntitySpan`s of `communique.nlp.analyze(text)` (natasha NER).
    Two rules, both reported, each a one-to-one matching within a type (a gold mention and
    a prediction are each used at most once; pairs are taken in text order):
    - exact: same type, same start and end offsets;
    - overlap: same type and the character ranges intersect.

Occupations (`score_occupations`)
    Gold: every Occupation fact that names a person (Who), a position (Position) and an
    organization or place (Where); facts lacking one of them are counted apart
    (`OccupationReport.incomplete`), and a fact id listed twice counts once.
    Who and Where are objects of the .coref file, not strings: as factRuEval's own scorer
    (dialent, `EntityValue`) does, the names of a Where object are the fact's alternatives,
    the object's `name` values in the .coref file ("ФАО" beside "Всемирная продовольственная
    и сельскохозяйственная организация") and the text of the name spans (org_name, loc_name,
    geo_adj) of its mentions ("подмосковного" for Подмосковье; descriptor spans such as
    "концерн" are left out, so a bare "концерна" names nothing), and the surnames of a Who
    object are all its `lastname` values ("Pischetsrieder", "Пишетсридер").
    Predicted: `communique.actors.occupations.occupations(analysis)` over the whole text.
    A gold fact is recovered when one predicted occupation of its document has
    - the same person: a gold surname (a `lastname` of the object in the .coref file, else
      the first word of Who) equals, case-insensitively and with ё = е, one word of the
      predicted nominative name (East Asian names put the surname first);
    - the same position: the predicted head lemma equals a head lemma of one of the gold
      Position spans (head = the first word the dictionary reads as a noun first: "первого
      секретаря" -> "секретарь"; a span without one is a substantivized participle or
      adjective: "управляющий");
    - the same organization or place: for one of the Where names above, the head lemmas
      are equal ("муниципального собрания района Отрадное" ~ "муниципальное собрание ..."), or
      the lemmas of the predicted name form a contiguous run of the gold name's lemmas
      ("Левый фронт" in "движение Левый фронт", "Москвы" in "мэрия Москвы"), or both name the
      same country by the project's country index ("КНР" = "Китай", "российский" = "РФ").
    (factRuEval's scorer compares whole strings, edit distance at most 2, against the same
    names; these lemma rules accept inflected forms and parts of a name it would refuse.)
    Accuracy = recovered / complete gold facts, overall and per position (the head lemma of the
    fact's first Position span). Precision is also given: the share of predicted occupations
    that recover some gold fact of their document (the gold annotates each document's facts in
    full, but a prediction without a stated organization can never match).
"""

from __future__ import annotations

import logging
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from communique.errors import CommuniqueError

log = logging.getLogger(__name__)

# factRuEval object types scored as NER types; the others (Project, Facility, ...) are skipped.
NER_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
KINDS = ("PER", "ORG", "LOC")
_WORD = re.compile(r"[\w\-’']+")


class CorpusFormatError(CommuniqueError):
    """A factRuEval folder is missing or one of its files breaks the format."""


@dataclass(frozen=True)
class GoldMention:
    kind: str  # PER | ORG | LOC
    start: int
    end: int
    text: str
    source_type: str  # the factRuEval type: Person, Org, Location, LocOrg


@dataclass(frozen=True)
class GoldPosition:
    text: str  # as written ("министр торговли")
    start: int | None  # offsets of its span; None when the span is not in the .spans file
    end: int | None


@dataclass(frozen=True)
class GoldOccupation:
    fact_id: str
    person: str  # the Who text ("Лужков Юрий")
    surname: str
    positions: tuple[GoldPosition, ...]  # alternative spans of one position
    places: tuple[str, ...]  # alternative names of the organization or place (Where)
    attributes: tuple[tuple[str, str], ...] = ()  # e.g. ("Сложность", "повышенная")
    # Further names of the Where object: its `name` values in the .coref file and the name
    # spans of its mentions in the text ("ФАО" beside "Всемирная ... организация", "подмосковного").
    place_names: tuple[str, ...] = ()
    # Further last names of the Who object in the .coref file ("Pischetsrieder" and "Пишетсридер").
    other_surnames: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return bool(self.surname and self.positions and self.places)


@dataclass(frozen=True)
class FactRuDocument:
    name: str
    text: str
    mentions: tuple[GoldMention, ...]
    occupations: tuple[GoldOccupation, ...]


# -- loading -------------------------------------------------------------------------------


def load_corpus(folder: Path | str) -> list[FactRuDocument]:
    """Every document of a factRuEval folder (one per `.txt` with its annotation files), by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusFormatError(f"{folder}: not a directory")
    names = sorted(p.stem for p in folder.glob("*.txt"))
    if not names:
        raise CorpusFormatError(f"{folder}: no .txt documents")
    return [load_document(folder, name) for name in names]


def load_document(folder: Path | str, name: str) -> FactRuDocument:
    """One document: text, NER-typed gold mentions and gold Occupation facts.

    `.spans` and `.objects` are required; `.coref` and `.facts` may be absent (no facts).
    """
    folder = Path(folder)
    text = _read(folder / f"{name}.txt")
    typed = _read_spans(folder / f"{name}.spans", text)
    spans = {k: (start, end) for k, (start, end, _) in typed.items()}
    mentions = _read_mentions(folder / f"{name}.objects", spans, text)
    mention_names = _read_mention_names(folder / f"{name}.objects", typed, text)
    objects = _read_coref(folder / f"{name}.coref")
    surnames = {k: o.lastnames for k, o in objects.items() if o.lastnames}
    names = {k: tuple(dict.fromkeys([*o.names, *(mention_names[m] for m in o.mentions if m in mention_names)]))
             for k, o in objects.items()}
    occupations = _read_occupations(folder / f"{name}.facts", spans, surnames, names)
    return FactRuDocument(name, text, mentions, occupations)


def _read(path: Path) -> str:
    try:
        # newline="" keeps the offsets: they count characters of the file as it is.
        with path.open(encoding="utf-8", newline="") as handle:
            return handle.read()
    except OSError as exc:
        raise CorpusFormatError(f"{path}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise CorpusFormatError(f"{path}: not UTF-8 ({exc.reason})") from exc


def _lines(path: Path, required: bool = True) -> list[str]:
    if not path.exists() and not required:
        return []
    return _read(path).splitlines()


def _read_spans(path: Path, text: str) -> dict[str, tuple[int, int, str]]:
    """Span id -> (start, end, type): character offsets and the span type ("org_name", "job")."""
    spans = {}
    for number, line in enumerate(_lines(path), 1):
        fields = line.split("#")[0].split()
        if not fields:
            continue
        try:
            start, length = int(fields[2]), int(fields[3])
        except (IndexError, ValueError):
            raise CorpusFormatError(f"{path}:{number}: expected 'id type start length ...'") from None
        if start < 0 or start + length > len(text):
            raise CorpusFormatError(f"{path}:{number}: span {start}+{length} lies outside the text")
        spans[fields[0]] = (start, start + length, fields[1])
    return spans


def _read_mentions(path: Path, spans: dict[str, tuple[int, int]], text: str) -> tuple[GoldMention, ...]:
    mentions: dict[tuple[str, int, int], GoldMention] = {}
    for number, line in enumerate(_lines(path), 1):
        fields = line.split("#")[0].split()
        if not fields:
            continue
        if len(fields) < 3:
            raise CorpusFormatError(f"{path}:{number}: expected 'id type span-id ...'")
        kind = NER_TYPES.get(fields[1])
        if kind is None:
            continue
        missing = [s for s in fields[2:] if s not in spans]
        if missing:
            raise CorpusFormatError(f"{path}:{number}: unknown span {missing[0]}")
        start = min(spans[s][0] for s in fields[2:])
        end = max(spans[s][1] for s in fields[2:])
        mentions.setdefault((kind, start, end), GoldMention(kind, start, end, text[start:end], fields[1]))
    return tuple(sorted(mentions.values(), key=lambda m: (m.start, m.end, m.kind)))


# Span types that name an organization or place (descriptors such as "концерн" do not).
NAME_SPAN_TYPES = {"org_name", "loc_name", "geo_adj"}


def _read_mention_names(path: Path, spans: dict[str, tuple[int, int, str]], text: str) -> dict[str, str]:
    """Mention id -> the text of its name spans, first to last ("ФАО", "подмосковного"), for
    mentions of any type that have one; descriptor spans are left out."""
    names = {}
    for line in _lines(path):
        fields = line.split("#")[0].split()
        named = [spans[s] for s in fields[2:] if s in spans and spans[s][2] in NAME_SPAN_TYPES]
        if len(fields) >= 3 and named:
            names[fields[0]] = text[min(s[0] for s in named) : max(s[1] for s in named)]
    return names


@dataclass(frozen=True)
class _CorefObject:
    mentions: tuple[str, ...]  # mention ids of the .objects file
    names: tuple[str, ...]  # `name` values (organizations, places)
    lastnames: tuple[str, ...]  # `lastname` values (persons), in the file's order


def _read_coref(path: Path) -> dict[str, _CorefObject]:
    """Coref object id -> its mentions, names and last names."""
    objects = {}
    for record in _read(path).split("\n\n") if path.exists() else []:
        lines = [line.strip() for line in record.strip().splitlines()]
        if not lines or not lines[0]:
            continue
        object_id, *mention_ids = lines[0].split()
        names, lastnames = [], []
        for line in lines[1:]:
            key, _, value = line.partition(" ")
            if key.startswith("lastname") and value.strip():
                lastnames.append(value.strip())
            elif key == "name" and value.strip():
                names.append(value.strip())
        objects.setdefault(object_id, _CorefObject(tuple(mention_ids), tuple(names), tuple(lastnames)))
    return objects


def _read_occupations(path: Path, spans: dict[str, tuple[int, int]], surnames: dict[str, tuple[str, ...]],
                      object_names: dict[str, tuple[str, ...]] | None = None) -> tuple[GoldOccupation, ...]:
    facts: dict[str, GoldOccupation] = {}
    for record in _read(path).split("\n\n") if path.exists() else []:
        lines = [line.strip() for line in record.strip().splitlines() if line.strip()]
        if not lines:
            continue
        head = lines[0].split()
        if len(head) < 2:
            raise CorpusFormatError(f"{path}: fact header {lines[0]!r} lacks its type")
        if head[1] != "Occupation" or head[0] in facts:
            continue
        slots: dict[str, list[str]] = defaultdict(list)
        for line in lines[1:]:
            key, _, value = line.partition(" ")
            slots[key].extend(part.strip() for part in value.split("|") if part.strip())
        person, person_id = _strip_reference(slots.get("Who", [""])[0], "obj")
        lastnames = surnames.get(person_id or "", ())
        surname = lastnames[0] if lastnames else (person.split()[0] if person else "")
        positions = []
        for part in slots.get("Position", []):
            text, span_id = _strip_reference(part, "span")
            start, end = spans.get(span_id or "", (None, None))
            positions.append(GoldPosition(text, start, end))
        where = [_strip_reference(part, "obj") for part in slots.get("Where", [])]
        places = tuple(p for p, _ in where if p)
        more = [n for _, ref in where if ref for n in (object_names or {}).get(ref, ())]
        place_names = tuple(n for n in dict.fromkeys(more) if n not in places)
        attributes = tuple((key, value) for key, values in slots.items()
                           if key not in ("Who", "Position", "Where") for value in values)
        facts[head[0]] = GoldOccupation(head[0], person, surname, tuple(positions), places, attributes, place_names,
                                        tuple(n for n in dict.fromkeys(lastnames[1:]) if n != surname))
    return tuple(facts.values())


def _strip_reference(part: str, prefix: str) -> tuple[str, str | None]:
    """"obj48 Лужков Юрий" -> ("Лужков Юрий", "48"); a part without a reference stays whole."""
    first, _, rest = part.partition(" ")
    if first.startswith(prefix) and first[len(prefix):].isdigit():
        return rest.strip(), first[len(prefix):]
    return part.strip(), None


# -- mentions ------------------------------------------------------------------------------


@dataclass
class MentionCounts:
    """Counts of one NER type; `exact` and `overlap` count matched pairs under each rule."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0

    def precision(self, rule: str) -> float:
        return getattr(self, rule) / self.predicted if self.predicted else 0.0

    def recall(self, rule: str) -> float:
        return getattr(self, rule) / self.gold if self.gold else 0.0

    def f1(self, rule: str) -> float:
        p, r = self.precision(rule), self.recall(rule)
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: MentionCounts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.exact += other.exact
        self.overlap += other.overlap


@dataclass
class MentionReport:
    by_kind: dict[str, MentionCounts] = field(default_factory=lambda: {k: MentionCounts() for k in KINDS})

    @property
    def total(self) -> MentionCounts:
        total = MentionCounts()
        for counts in self.by_kind.values():
            total.add(counts)
        return total


def score_mentions(pairs: Iterable[tuple[FactRuDocument, list]]) -> MentionReport:
    """Per-type counts of NER spans (`EntitySpan`s, any object with kind/start/end) against gold."""
    report = MentionReport()
    for document, predicted in pairs:
        for kind in KINDS:
            gold = [(m.start, m.end) for m in document.mentions if m.kind == kind]
            found = sorted({(p.start, p.end) for p in predicted if p.kind == kind})
            counts = report.by_kind[kind]
            counts.gold += len(gold)
            counts.predicted += len(found)
            counts.exact += len(set(gold) & set(found))
            counts.overlap += _overlap_matches(gold, found)
    return report


def _overlap_matches(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> int:
    """One-to-one pairs of intersecting ranges, the largest intersections first, then text order."""
    pairs = sorted(((min(g[1], p[1]) - max(g[0], p[0]), g, p) for g in gold for p in found
                    if g[0] < p[1] and p[0] < g[1]), key=lambda x: (-x[0], x[1], x[2]))
    used_gold, used_found = set(), set()
    for _, g, p in pairs:
        if g not in used_gold and p not in used_found:
            used_gold.add(g)
            used_found.add(p)
    return len(used_gold)


# -- occupations ---------------------------------------------------------------------------


@dataclass
class OccupationReport:
    gold: int = 0  # complete gold facts
    recovered: int = 0
    incomplete: int = 0  # gold facts without a person, position or place: not scored
    predicted: int = 0
    predicted_matching: int = 0  # predictions that match some gold fact of their document
    by_position: dict[str, list[int]] = field(default_factory=dict)  # head lemma -> [gold, recovered]
    missed: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.recovered / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """Share of predictions that state a gold fact (gold lists each document's facts in full)."""
        return self.predicted_matching / self.predicted if self.predicted else 0.0


def score_occupations(pairs: Iterable[tuple[FactRuDocument, list]]) -> OccupationReport:
    """Gold Occupation facts recovered by predicted `Occupation`s (rules: module docstring)."""
    report = OccupationReport()
    for document, predicted in pairs:
        report.predicted += len(predicted)
        matching: set[int] = set()
        for fact in document.occupations:
            if not fact.complete:
                report.incomplete += 1
                continue
            key = min(head_lemmas(fact.positions[0].text) or {fact.positions[0].text.lower()})
            counts = report.by_position.setdefault(key, [0, 0])
            report.gold += 1
            counts[0] += 1
            hits = [k for k, p in enumerate(predicted) if occupation_matches(fact, p)]
            matching.update(hits)
            if hits:
                report.recovered += 1
                counts[1] += 1
            else:
                report.missed.append(f"{document.name} {fact.fact_id}: {fact.person} / "
                                     f"{' | '.join(p.text for p in fact.positions)} / {' | '.join(fact.places)}")
        report.predicted_matching += len(matching)
    return report


def occupation_matches(fact: GoldOccupation, predicted) -> bool:
    """Same person (surname), same position head lemma and an overlapping organization or place."""
    return (any(person_matches(surname, predicted.person) for surname in (fact.surname, *fact.other_surnames))
            and any(predicted.position in head_lemmas(p.text) for p in fact.positions)
            and any(place_matches(place, predicted.organization, predicted.country)
                    for place in (*fact.places, *fact.place_names)))


def person_matches(surname: str, name: str) -> bool:
    """Is the gold surname one word (or a run of words) of the predicted name?"""
    wanted = [_fold(w) for w in surname.split()]
    words = [_fold(w) for w in name.split()]
    return bool(wanted) and _contains(words, wanted)


def place_matches(gold: str, organization: str | None, country: str | None) -> bool:
    """Head lemmas equal, the gold name containing the predicted one, or the same country."""
    if not organization:
        return False
    gold_lemmas, found_lemmas = phrase_lemmas(gold), phrase_lemmas(organization)
    if not found_lemmas:
        return False
    gold_heads, found_heads = head_lemmas(gold), head_lemmas(organization)
    if gold_heads & found_heads or _contains(gold_lemmas, found_lemmas):
        return True
    found_country = country or _country_of(organization)
    return found_country is not None and found_country == _country_of(gold)


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    """Is `part` a contiguous run of `words`?"""
    words, part = tuple(words), tuple(part)
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


@cache
def phrase_lemmas(text: str) -> tuple[str, ...]:
    """Lemmas of the words of a phrase, quotes and punctuation dropped."""
    from communique.nlp import lemma_of

    return tuple(lemma_of(w) for w in _WORD.findall(text))


@cache
def head_lemmas(text: str) -> frozenset[str]:
    """Lemmas of the head of a phrase: its first word that the dictionary reads as a noun first;
    in a phrase without one, its last word as a substantivized adjective or participle
    ("управляющий", masculine nominative singular)."""
    from communique.nlp import morph_vocab

    words = _WORD.findall(text)
    for word in words:
        parses = morph_vocab().parse(word)
        if parses and parses[0].tag.POS == "NOUN":
            return frozenset(_fold(p.normal) for p in parses if p.tag.POS == "NOUN")
    if not words:
        return frozenset()
    forms = (p.inflect({"Nom", "Sing", "Masc"}) for p in morph_vocab().parse(words[-1]) if p.pos in ("ADJ", "VERB"))
    return frozenset(_fold(f.word) for f in forms if f is not None)


def _country_of(text: str) -> str | None:
    """The country a name or adjective stands for, by the country index (hyphenated words as written)."""
    from communique.actors.countries import country_index
    from communique.nlp import lemma_of

    key = tuple(_fold(w) if "-" in w else lemma_of(w) for w in _WORD.findall(text))
    found = country_index().phrases.get(key)
    return found[0] if found and found[1] in ("name", "adjective") else None


# -- the whole corpus ----------------------------------------------------------------------

# Where the devset lies: beside the repository, as ../shared/corpora/factRuEval-2016-devset.
DEVSET = Path("..") / "shared" / "corpora" / "factRuEval-2016-devset"


def default_corpus(start: Path) -> Path:
    """The devset beside the repository that holds `start` (its nearest folder with pyproject.toml)."""
    start = start.resolve()
    root = next((d for d in (start, *start.parents) if (d / "pyproject.toml").is_file()), start)
    return (root / DEVSET).resolve()


@dataclass
class FactRuReport:
    documents: int
    mentions: MentionReport
    occupations: OccupationReport
    seconds: float = 0.0
    # factRuEval's Meeting facts: (document, participants found, participants, names)
    meetings: list[tuple[str, int, int, str]] = field(default_factory=list)

    def lines(self, missed: bool = False) -> list[str]:
        """The report as printable lines: mention P/R/F1 per type and rule, occupation accuracy."""
        lines = [f"factRuEval-2016: {self.documents} documents, {self.seconds:.0f} s",
                 "mentions (natasha NER)  gold  pred |  exact P     R     F1 | overlap P     R     F1"]
        kinds = [*self.mentions.by_kind.items(), ("all", self.mentions.total)]
        for kind, c in kinds:
            lines.append(f"  {kind:<20} {c.gold:5} {c.predicted:5} |   " +
                         " | ".join(f"    {c.precision(r):.3f} {c.recall(r):.3f} {c.f1(r):.3f}" for r in ("exact", "overlap")))
        o = self.occupations
        lines.append(f"occupations: accuracy {o.accuracy:.3f} ({o.recovered}/{o.gold} gold facts; "
                     f"{o.incomplete} without person, position or place not scored); "
                     f"predicted {o.predicted}, precision {o.precision:.3f}")
        for position, (gold, recovered) in sorted(self.occupations.by_position.items(), key=lambda x: (-x[1][0], x[0])):
            lines.append(f"  {position:<20} {recovered:3}/{gold:<3} {recovered / gold:.2f}")
        if missed:
            lines.extend(f"missed {line}" for line in o.missed)
        for document, found, total, names in self.meetings:
            lines.append(f"  meeting {document}: {found}/{total} participants ({names})")
        full = sum(found == total for _, found, total, _ in self.meetings)
        lines.append(f"meetings: {full}/{len(self.meetings)} found with every participant (rule: evaluation/meetings.py)")
        return lines


def evaluate_corpus(folder: Path | str, progress: Callable[[str], None] | None = None) -> FactRuReport:
    """Run the nlp and actor layers over every document of a factRuEval folder and score them."""
    from communique.actors import ActorFinder
    from communique.actors.occupations import occupations
    from communique.nlp import analyze

    began = time.perf_counter()
    documents = load_corpus(folder)
    finder = ActorFinder()
    entity_pairs, occupation_pairs = [], []
    for document in documents:
        if progress:
            progress(document.name)
        analysis = analyze(document.text)
        found = occupations(analysis, finder)
        log.debug("%s: %d sentences, %d occupations", document.name, len(analysis.sentences), len(found))
        entity_pairs.append((document, [e for s in analysis.sentences for e in s.entities]))
        occupation_pairs.append((document, found))
    return FactRuReport(len(documents), score_mentions(entity_pairs), score_occupations(occupation_pairs),
                        time.perf_counter() - began, _meetings(folder, finder))


def _meetings(folder: Path | str, finder) -> list[tuple[str, int, int, str]]:
    """Each Meeting fact against the CONSULT events the whole pipeline finds in its document."""
    from communique.evaluation.meetings import participants_found, read_meetings
    from communique.pipeline import Pipeline, fuse_across

    pipeline = Pipeline(finder=finder)
    result = []
    for fact in read_meetings(folder):
        events = fuse_across([d for d in pipeline.run([str(Path(folder) / fact.document)]) if hasattr(d, "events")])
        result.append((fact.document, participants_found(fact, events), len(fact.participants),
                       ", ".join(fact.participants)))
    return result
