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


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the session; a test needing it fails (never skips) without it."""
    import shutil
    import tempfile

    from .pg_server import TestCluster

    # Not under pytest's tmp folder: that one is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="communique-pg-"))
    os.chmod(folder, 0o755)
    cluster = TestCluster(folder)
    try:
        yield cluster.start()
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


_DATABASES = iter(range(10**6))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database of each backend: the same store tests run on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "communique.db")
    import psycopg

    server = request.getfixturevalue("postgres_server")
    name = f"t{next(_DATABASES)}_{os.getpid()}"
    admin = server.replace("/communique_test?", "/postgres?")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.replace("/communique_test?", f"/{name}?")
