"""Stage 1, ingest: files, directories and stdin to decoded `RawDocument`s.

Plain text is decoded (BOM, UTF-8, then charset-normalizer); HTML goes through
trafilatura, which keeps the main text and reads the title and date from the page.
A bad input yields an `IngestError` naming the file; the batch goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

import charset_normalizer

from communique.errors import InputError
from communique.records import IngestError, RawDocument

log = logging.getLogger(__name__)

# Files a directory walk picks up; a file named explicitly is read whatever its name.
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

# Share of control characters above which decoded "text" is taken for binary data.
# Real news text has none besides newlines and tabs; 1% leaves room for stray bytes.
MAX_CONTROL_SHARE = 0.01


def read_inputs(inputs: Iterable[str]) -> Iterator[RawDocument | IngestError]:
    """Yield one record per input file: files, directories (recursively, sorted) or '-'."""
    for item in inputs:
        if item == "-":
            yield _read_one("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield IngestError(str(path), "directory holds no .txt or .html files")
            for file in files:
                yield _read_path(file)
        else:
            yield _read_path(path)


def _read_path(path: Path) -> RawDocument | IngestError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return IngestError(str(path), f"cannot be read ({exc.strerror or exc})")
    return _read_one(str(path), data)


def _read_one(name: str, data: bytes) -> RawDocument | IngestError:
    try:
        text = decode(name, data)
    except InputError as exc:
        return IngestError(exc.path, exc.problem)
    if looks_like_html(name, text):
        return html_document(name, text)
    return RawDocument(path=name, text=text, source_format="text")


def decode(name: str, data: bytes) -> str:
    """Decode bytes of a text file; raises InputError for empty or binary content."""
    if not data.strip():
        raise InputError(name, "file is empty")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _checked_text(name, data.decode(codec, errors="strict"))
    try:
        return _checked_text(name, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _is_utf16_without_bom(data):
        raise InputError(name, "binary file (not text)")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(name, "binary file or unknown text encoding")
    return _checked_text(name, str(best))


def _is_utf16_without_bom(data: bytes) -> bool:
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4


def _checked_text(name: str, text: str) -> str:
    if not text.strip():
        raise InputError(name, "file is empty")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(name, "binary file (not text)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(name: str, text: str) -> bool:
    if Path(name).suffix.lower() in HTML_SUFFIXES:
        return True
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def html_document(name: str, html: str) -> RawDocument | IngestError:
    """Main text, title and publication date of an HTML page through trafilatura."""
    import trafilatura  # heavy import, only paid for HTML inputs

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if extracted is None or not (extracted.text or "").strip():
        return IngestError(name, "HTML page has no article text")
    return RawDocument(
        path=name,
        text=extracted.text,
        source_format="html",
        html_title=extracted.title or None,
        html_date=_iso_date(extracted.date),
    )


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").date()
    except ValueError:
        return None
