"""Stage 1, ingest: files, directories, stdin and feed URLs to decoded `RawDocument`s.

Formats: plain text (any common encoding), HTML (trafilatura), JSON Lines (one article a
line), WARC crawls, RSS/Atom feeds, and gzip of any of these. A bad input or article yields
an `IngestError` naming it; the batch goes on.
"""

from __future__ import annotations

import gzip
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.errors import InputError
from communique.ingest.decode import decode
from communique.ingest.formats import feed_documents, html_document, jsonl_documents, warc_documents
from communique.records import IngestError, RawDocument

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# Files a directory walk picks up (also with .gz); a file named explicitly is read whatever its name.
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES
GZIP_MAGIC = b"\x1f\x8b"


def read_inputs(inputs: Iterable[str]) -> Iterator[RawDocument | IngestError]:
    """Yield records for files, directories (recursively, sorted), '-' (stdin) and feed URLs."""
    for item in inputs:
        if item == "-":
            yield from read_bytes("<stdin>", sys.stdin.buffer.read())
        elif item.startswith(("http://", "https://")):
            yield from feed_documents(item, item)  # feedparser fetches it when the machine is online
        elif Path(item).is_dir():
            yield from _read_directory(Path(item))
        else:
            yield from _read_path(Path(item))


def _read_directory(folder: Path) -> Iterator[RawDocument | IngestError]:
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and _content_suffix(p.name) in KNOWN_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    if not files:
        yield IngestError(str(folder), "directory holds no readable news files (.txt, .html, .jsonl, .warc, .rss, .gz)")
    for file in files:
        yield from _read_path(file)


def _content_suffix(name: str) -> str:
    """The suffix that tells the format, under a .gz: "a.jsonl.gz" -> ".jsonl"."""
    path = Path(name)
    if path.suffix.lower() == ".gz":
        path = Path(path.stem)
    return path.suffix.lower()


def _read_path(path: Path) -> Iterator[RawDocument | IngestError]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    yield from read_bytes(str(path), data)


def read_bytes(name: str, data: bytes) -> Iterator[RawDocument | IngestError]:
    """Records of one input's bytes, whatever its format."""
    if data.startswith(GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield IngestError(name, f"corrupt gzip file ({exc})")
            return
    suffix = _content_suffix(name)
    if suffix in WARC_SUFFIXES or data.lstrip()[:5] == b"WARC/":
        yield from warc_documents(name, data)
        return
    try:
        text = decode(name, data)
    except InputError as exc:
        yield IngestError(exc.path, exc.problem)
        return
    head = text.lstrip()[:512].lower()
    if suffix in FEED_SUFFIXES or (head.startswith("<?xml") and ("<rss" in head or "<feed" in head)) \
            or head.startswith(("<rss", "<feed")):
        yield from feed_documents(name, data)
    elif suffix in JSONL_SUFFIXES or head.startswith("{"):
        yield from jsonl_documents(name, text)
    elif suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
        yield html_document(name, text)
    else:
        yield RawDocument(path=name, text=text, source_format="text")
