"""Export events in the formats other event-data tools read.

- plover-jsonl: PLOVER event records, one JSON object a line, with the evidence (plover.py);
- gdelt-csv: the 61 columns of the GDELT 2.0 Event table, TAB-separated with a header line;
  events that did not happen (future, hypothetical, negated) are left out unless asked for
  (gdelt.py);
- parquet: one row per event with nested participants and mentions (parquet.py).

Input: event records of the output contract (events.jsonl) and the document records they cite
(documents.jsonl), by doc_id. A file is written under a temporary name beside its target and
renamed once complete, so a failed export leaves the previous file, or none, never half of one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from communique.export.gdelt import write_gdelt
from communique.export.parquet import write_parquet
from communique.export.plover import write_plover

FORMATS = ("plover-jsonl", "gdelt-csv", "parquet")


def export_events(records: Iterable[dict], documents: Mapping[str, dict], fmt: str, path: str | Path, *,
                  include_unrealized: bool = False) -> int:
    """Write `records` to `path` in format `fmt`; returns the number of rows (events) written.

    include_unrealized: gdelt-csv only; also write future, hypothetical and negated events.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    target = Path(path)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        if fmt == "plover-jsonl":
            count = write_plover(records, documents, partial)
        elif fmt == "gdelt-csv":
            count = write_gdelt(records, documents, partial, include_unrealized=include_unrealized)
        else:
            count = write_parquet(records, documents, partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
