"""Throughput of the whole pipeline: documents per second and peak memory, printed.

Usage: .venv/bin/python benchmarks/throughput.py [DIR ...]   (default: the bundled corpora)
Model loading is timed apart from processing. Run with OPENBLAS_NUM_THREADS=1 (set here).
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "examples" / "corpus", ROOT / "testsets" / "second" / "corpus", ROOT / "testsets" / "documents" / "inputs"]


def main(folders: list[str]) -> None:
    from communique.nlp import load_models
    from communique.pipeline import Pipeline

    start = time.perf_counter()
    load_models()
    pipeline = Pipeline()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    documents = characters = events = 0
    for item in pipeline.run([str(f) for f in folders]):
        if hasattr(item, "events"):
            documents += 1
            characters += len(item.document.body)
            events += len(item.events)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"models and knowledge loaded in {loaded:.1f} s")
    print(f"{documents} documents ({characters / 1000:.0f}k characters of body, {events} events) in {elapsed:.1f} s: "
          f"{documents / elapsed:.1f} documents/s, {characters / elapsed / 1000:.1f}k characters/s, one process")
    print(f"peak resident memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:] or [str(p) for p in DEFAULT])
