"""Readers of the container formats news arrive in: HTML pages, JSON Lines, WARC crawls, feeds.

Each reader takes a name and decoded text or raw bytes and yields `RawDocument`s, or
`IngestError`s for the articles it cannot use; one bad article never stops its file.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date, datetime

from communique.records import IngestError, RawDocument

# JSON Lines fields (documented in README): text or html is required.
JSONL_TEXT_FIELDS = ("text", "html")


def html_document(name: str, html: str, *, url: str | None = None, source_format: str = "html",
                  fallback_date: date | None = None, fallback_date_source: str | None = None
                  ) -> RawDocument | IngestError:
    """Main text, title and publication date of an HTML page through trafilatura."""
    import trafilatura  # heavy import, only paid for HTML inputs

    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if extracted is None or not (extracted.text or "").strip():
        return IngestError(name, "HTML page has no article text")
    published = iso_date(extracted.date)
    return RawDocument(
        path=name,
        text=extracted.text,
        page_date_lines=visible_date_lines(html),
        source_format=source_format,
        meta_title=extracted.title or None,
        meta_date=published or fallback_date,
        meta_date_source="html metadata" if published else fallback_date_source,
        url=url or extracted.url or None,
        source=extracted.sitename or None,
    )


# Elements whose class or id says they hold the page's date ("article-date", "meta", "pubdate").
_DATE_HINT = ("date", "time", "meta", "publish", "posted", "byline")
# Longest text taken from such an element.
MAX_DATE_LINE_CHARS = 80


def visible_date_lines(html: str) -> tuple[str, ...]:
    """Short texts of <time> elements and of elements marked as dates: the date a page shows."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ()
    lines = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if element.tag == "time" or any(hint in marker for hint in _DATE_HINT):
            text = " ".join(element.text_content().split())
            if text and len(text) <= MAX_DATE_LINE_CHARS and text not in lines:
                lines.append(text)
    return tuple(lines)


def jsonl_documents(name: str, text: str) -> Iterator[RawDocument | IngestError]:
    """One article per line: {"text" or "html", "url", "title", "published", "source"}."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"line is not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not any(isinstance(record.get(f), str) and record[f].strip()
                                                   for f in JSONL_TEXT_FIELDS):
            yield IngestError(where, "record has no 'text' or 'html' field")
            continue
        published = iso_date(record.get("published"))
        if record.get("published") and published is None:
            yield IngestError(where, f"'published' is not an ISO date: {record['published']!r}")
            continue
        if isinstance(record.get("text"), str) and record["text"].strip():
            yield RawDocument(
                path=where, text=record["text"].replace("\r\n", "\n"), source_format="jsonl",
                meta_title=record.get("title") or None, meta_date=published,
                meta_date_source="jsonl 'published'" if published else None,
                url=record.get("url"), source=record.get("source"),
            )
        else:
            doc = html_document(where, record["html"], url=record.get("url"), source_format="jsonl",
                                fallback_date=published, fallback_date_source="jsonl 'published'")
            if isinstance(doc, RawDocument):
                doc = _with(doc, title=record.get("title"), source=record.get("source"), published=published)
            yield doc


def warc_documents(name: str, data: bytes) -> Iterator[RawDocument | IngestError]:
    """HTML response records of a WARC file (as news crawls publish them), gzipped or not."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from communique.errors import InputError
    from communique.ingest.decode import decode

    count = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            if "html" not in content_type.lower():
                continue
            count += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#{count}"
            crawled = iso_date(record.rec_headers.get_header("WARC-Date"))
            body = record.content_stream().read()
            try:
                html = decode(where, body)
            except InputError as exc:
                yield IngestError(where, exc.problem)
                continue
            yield html_document(where, html, url=url, source_format="warc",
                                fallback_date=crawled, fallback_date_source="WARC-Date (crawl time)")
    except ArchiveLoadFailed as exc:
        yield IngestError(name, f"not a readable WARC file ({exc})")
        return
    if count == 0:
        yield IngestError(name, "WARC file holds no HTML response records")


def feed_documents(name: str, data: bytes | str) -> Iterator[RawDocument | IngestError]:
    """Entries of an RSS or Atom feed: a file's content, or a URL fetched when online."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield IngestError(name, f"not a readable RSS/Atom feed ({parsed.get('bozo_exception', 'parse error')})")
        return
    source = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{name}#{number}"
        content = entry.get("content", [{}])[0].get("value") if entry.get("content") else entry.get("summary")
        if not content:
            yield IngestError(where, "feed entry has no content or summary")
            continue
        published = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
        if "<" in content:
            doc = html_document(where, f"<html><body><article>{content}</article></body></html>",
                                url=entry.get("link"), source_format="feed")
            if isinstance(doc, IngestError):
                yield doc
                continue
        else:
            doc = RawDocument(path=where, text=content, source_format="feed", url=entry.get("link"))
        yield _with(doc, title=entry.get("title"), source=source, published=published)


def _with(doc: RawDocument, *, title: str | None, source: str | None, published: date | None) -> RawDocument:
    """The document with the container's metadata, which outranks what the page says of itself."""
    from dataclasses import replace

    return replace(
        doc,
        meta_title=title or doc.meta_title,
        source=source or doc.source,
        meta_date=published or doc.meta_date,
        meta_date_source=f"{doc.source_format} metadata" if published else doc.meta_date_source,
    )


def _struct_date(value) -> date | None:
    return date(value.tm_year, value.tm_mon, value.tm_mday) if value else None


def iso_date(value) -> date | None:
    """The date of an ISO 8601 string ("2024-07-25", "2024-07-25T10:00:00+03:00"), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").date()
    except ValueError:
        return None
