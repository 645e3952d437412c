"""The Meeting facts of factRuEval-2016 (.facts files) against the CONSULT events Communiqué finds.

Matching rule: a Meeting fact is found when one CONSULT event of its document has, for each of the
fact's participants, an actor whose name or canonical name contains one of the participant's words
(factRuEval writes "Саркози Николя", surname first; a text that names a person by given name only,
"встреча с Виктором", matches by that), compared case-insensitively with ё = е. A fact is counted as found in full when every
participant is there, and the participants found are reported too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from communique.records import Event


@dataclass(frozen=True)
class MeetingFact:
    document: str  # the text file's name
    participants: tuple[str, ...]  # as factRuEval writes them: "Саркози Николя"
    future: bool


def read_meetings(folder: Path | str) -> list[MeetingFact]:
    facts = []
    for path in sorted(Path(folder).glob("*.facts")):
        block: list[str] | None = None
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            if line.strip().endswith(" Meeting"):
                block = []
            elif block is not None and not line.strip():
                names = tuple(" ".join(x.split()[2:]) for x in block if x.startswith("Participant"))
                facts.append(MeetingFact(path.with_suffix(".txt").name, names, any("будущее" in x for x in block)))
                block = None
            elif block is not None:
                block.append(line.strip())
    return facts


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def participants_found(fact: MeetingFact, events: list[Event]) -> int:
    """The most participants of the fact that one CONSULT event of the document has."""
    best = 0
    for event in (e for e in events if e.event == "CONSULT"):
        names = [_fold(f"{a.name} {a.canonical or ''}") for a in event.actor + event.recipient]
        best = max(best, sum(any(_fold(w) in n.split() for w in p.split() for n in names)
                             for p in fact.participants))
    return best
