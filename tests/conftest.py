"""Shared fixtures: the NLP models load once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = SHARED / "eval" / "seeds.gold.json"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline():
    from communique.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def process_text(pipeline, tmp_path_factory):
    """Run the whole pipeline over one text written to a temporary file."""
    folder = tmp_path_factory.mktemp("texts")
    counter = iter(range(10**6))

    def run(text: str, name: str | None = None):
        path = folder / (name or f"doc{next(counter)}.txt")
        path.write_text(text, encoding="utf-8")
        (result,) = list(pipeline.run([str(path)]))
        return result

    return run
