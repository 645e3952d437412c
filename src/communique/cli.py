"""Command line: `communique run | extract | evaluate`. Thin: parses arguments, calls the core."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import typer  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402
from rich.table import Table  # noqa: E402

from communique.errors import CommuniqueError  # noqa: E402
from communique.records import IngestError, ProcessedDocument  # noqa: E402

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Communiqué: political events from Russian-language news, source-linked.")
# Piped output (CI logs, files) gets a wide table instead of Rich's 80-column default.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)

DEFAULT_DB = "communique.db"
DB_HELP = "Database: a SQLite file path or a URL (postgresql://user@host/db)."


KB_HELP = "Officeholders CSV to use instead of the shipped knowledge base (same schema)."


LANGUAGES_HELP = "ISO 639-1 codes lingua chooses among for documents and their lines (must include ru)."
DEFAULT_LANGUAGES_TEXT = "ru,en,zh,vi,kk,uk,be"


def _process(inputs: list[str], kb: Path | None, languages: str = DEFAULT_LANGUAGES_TEXT
             ) -> tuple[list[ProcessedDocument], int]:
    """Run the pipeline with a progress bar; print one error line per bad input."""
    from communique.actors import ActorFinder
    from communique.actors.kb import load_kb
    from communique.pipeline import Pipeline

    try:
        from communique.nlp.language import parse_languages

        pipeline = Pipeline(finder=ActorFinder(kb=load_kb(kb)) if kb else None, languages=parse_languages(languages))
    except CommuniqueError as exc:
        _fail(str(exc))
    except ValueError as exc:  # DataFileError: a knowledge file breaks its schema
        _fail(str(exc))
    processed: list[ProcessedDocument] = []
    failures = 0
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("extracting", total=None)
        for item in pipeline.run(inputs):
            if isinstance(item, IngestError):
                failures += 1
                err.print(f"[red]error[/red]: {item.path}: {item.message}", highlight=False, soft_wrap=True)
            else:
                processed.append(item)
            progress.advance(task)
    return processed, failures


def _print_labelled(label: str, lines: list[str]) -> None:
    """One line per finding, the label padded so the findings line up."""
    for line in lines:
        out.print(f"{label:<15} {line}", highlight=False)


def _fail(message: str) -> None:
    err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or '-' for stdin.")],
    db: Annotated[str, typer.Option(help=DB_HELP)] = DEFAULT_DB,
    kb: Annotated[Path | None, typer.Option(help=KB_HELP)] = None,
    languages: Annotated[str, typer.Option(help=LANGUAGES_HELP)] = DEFAULT_LANGUAGES_TEXT,
) -> None:
    """Extract events from INPUTS, store them in the database, and print a table of the events."""
    from communique.pipeline import fuse_across
    from communique.store import Repository

    try:
        repository = Repository(db)
    except CommuniqueError as exc:
        _fail(str(exc))
    processed, failures = _process(inputs, kb, languages)
    fused = fuse_across(processed)
    try:
        result = repository.save(processed, fused)
    except CommuniqueError as exc:
        _fail(str(exc))
    _print_events(fused)
    totals = repository.counts()
    out.print(f"{len(processed)} documents read ({failures} failed); added {result.documents_added} documents, "
              f"{result.events_added} events, {result.mentions_added} mentions ({result.events_updated} stored events "
              f"got new reports); database {db} holds "
              f"{totals['documents']} documents, {totals['events']} events.", highlight=False)
    if failures:
        raise typer.Exit(1)


def _print_events(events) -> None:
    table = Table(title="Events", show_lines=False)
    for column in ("date", "event", "mode", "aux", "actor", "recipient", "where", "reports"):
        table.add_column(column)
    for e in events:
        table.add_row(
            e.date.iso() if e.date else "?", e.event, e.mode or "", e.auxiliary or "",
            ", ".join(a.canonical or a.name for a in e.actor), ", ".join(a.canonical or a.name for a in e.recipient),
            e.event_loc.name if e.event_loc else "", str(len(e.mentions)),
        )
    out.print(table)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or '-' for stdin.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Directory for documents.jsonl and events.jsonl.")],
    kb: Annotated[Path | None, typer.Option(help=KB_HELP)] = None,
    languages: Annotated[str, typer.Option(help=LANGUAGES_HELP)] = DEFAULT_LANGUAGES_TEXT,
) -> None:
    """Extract events from INPUTS and write documents.jsonl and events.jsonl (the output contract)."""
    from communique.output import document_record, event_record, write_jsonl
    from communique.pipeline import fuse_across

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"{out_dir}: cannot create output directory ({exc.strerror})")
    processed, failures = _process(inputs, kb, languages)
    fused = fuse_across(processed)
    write_jsonl(out_dir / "documents.jsonl", [document_record(d) for d in processed])
    write_jsonl(out_dir / "events.jsonl", [event_record(e) for e in fused])
    out.print(f"{len(processed)} documents, {len(fused)} events written to {out_dir} ({failures} inputs failed)",
              highlight=False)
    if failures:
        raise typer.Exit(1)


@app.command()
def evaluate(
    output: Annotated[Path, typer.Argument(help="Directory written by `communique extract`.")],
    gold: Annotated[Path, typer.Option(help="Gold file in communique-gold/1 format.")],
) -> None:
    """Score an extract directory against gold: precision, recall, F1, mode accuracy, leaks, misses."""
    from communique.evaluation import evaluate as score
    from communique.evaluation import load_gold, load_output

    try:
        gold_data = load_gold(gold)
        documents, events = load_output(output)
    except CommuniqueError as exc:
        _fail(str(exc))
    report = score(gold_data, documents, events)
    for name, checks in report.document_checks.items():
        bad = [k for k, ok in checks.items() if not ok]
        if bad:
            out.print(f"document {name}: wrong {', '.join(bad)}", highlight=False)
    _print_labelled("false positive", report.false_positives)
    _print_labelled("missed", report.missed)
    _print_labelled("leak", report.leaks)
    for name, c in sorted(report.by_type.items()):
        scored = c.predicted - c.optional
        p = c.matched / scored if scored else 1.0
        r = c.recalled / c.gold if c.gold else 1.0
        out.print(f"type {name:<9} predicted {c.predicted:3} (optional {c.optional}) gold {c.gold:3} "
                  f"precision {p:.3f} recall {r:.3f}")
    for name, c in sorted(report.by_auxiliary.items()):
        scored = c.predicted - c.optional
        p = c.matched / scored if scored else 1.0
        r = c.recalled / c.gold if c.gold else 1.0
        out.print(f"auxiliary {name:<12} predicted {c.predicted:3} gold {c.gold:3} precision {p:.3f} recall {r:.3f}")
    doc_ok = sum(all(c.values()) for c in report.document_checks.values())
    out.print(f"documents {doc_ok}/{len(report.document_checks)} as gold (published date, body, boilerplate)")
    out.print(f"events predicted {report.predicted} (+{report.not_happened} future/hypothetical/negated and "
              f"{report.other_types} of types the gold does not annotate, not scored), "
              f"required gold {report.gold_required}, matched {report.recalled}")
    out.print(f"precision {report.precision:.3f} recall {report.recall:.3f} F1 {report.f1:.3f}")
    out.print(f"mode accuracy {report.mode_accuracy:.3f} channel accuracy {report.channel_accuracy:.3f} "
              f"role accuracy {report.role_accuracy:.3f} location accuracy {report.location_accuracy:.3f} "
              f"auxiliary accuracy {report.auxiliary_accuracy:.3f}")
    out.print(f"leaks {len(report.leaks)} missed {len(report.missed)}")


@app.command()
def explain(
    inputs: Annotated[list[str], typer.Argument(help="Files or directories to explain.")],
    kb: Annotated[Path | None, typer.Option(help=KB_HELP)] = None,
) -> None:
    """Print, sentence by sentence, the actors found, the triggers and why each gave an event or not."""
    from communique.actors import ActorFinder
    from communique.actors.kb import load_kb
    from communique.ingest import read_inputs
    from communique.pipeline import Pipeline

    try:
        pipeline = Pipeline(finder=ActorFinder(kb=load_kb(kb)) if kb else None)
    except (CommuniqueError, ValueError) as exc:
        _fail(str(exc))
    for raw in read_inputs(inputs):
        if isinstance(raw, IngestError):
            err.print(f"[red]error[/red]: {raw.path}: {raw.message}", highlight=False)
            continue
        found = pipeline.explain(raw)
        doc = found.document
        out.print(f"[bold]{doc.path}[/bold]  title: {doc.title!r}", highlight=False)
        out.print(f"  published {found.dates.published} ({found.dates.published_from}); language {found.analysis.language}",
                  highlight=False)
        for sent in found.analysis.sentences:
            mentions = [m for m in found.mentions if m.sentence == sent.index]
            notes = found.notes.get(sent.index, [])
            if not mentions and not notes:
                continue
            out.print(f"\n  [{sent.index}] {sent.text}", highlight=False)
            for m in mentions:
                a = m.actor
                who = a.canonical or a.name
                out.print(f"      actor  {doc.body[m.start:m.end]!r} -> {who} ({a.kind}, {a.country or '-'}, "
                          f"{a.office or '-'}) case {m.case or '?'}", highlight=False)
            for note in notes:
                out.print(f"      {note}", highlight=False)
        out.print(f"\n  {len(found.events)} events after merging within the document\n", highlight=False)


token_app = typer.Typer(no_args_is_help=True, help="API tokens: who may write through `communique serve`.")
app.add_typer(token_app, name="token")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Who or what uses the token (kept with its hash).")],
    db: Annotated[str, typer.Option(help=DB_HELP)] = DEFAULT_DB,
) -> None:
    """Create an API token and print it once; only its hash is stored."""
    from communique.store import Repository

    try:
        token = Repository(db).create_token(name)
    except CommuniqueError as exc:
        _fail(str(exc))
    out.print(token, highlight=False)


@app.command()
def serve(
    db: Annotated[str, typer.Option(help=DB_HELP)] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the REST API (events, actors, dyads, documents, search; POST /documents with a token)."""
    import uvicorn

    from communique.api import create_app

    try:
        application = create_app(db)
    except CommuniqueError as exc:
        _fail(str(exc))
    uvicorn.run(application, host=host, port=port, log_level="info")


@app.command("export")
def export_command(
    db: Annotated[str, typer.Option(help=DB_HELP)],
    format: Annotated[str, typer.Option("--format", help="plover-jsonl | gdelt-csv | parquet")],  # noqa: A002
    out_file: Annotated[Path, typer.Option("--out", help="File to write (replaced atomically).")],
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
) -> None:
    """Export stored events as PLOVER JSONL, GDELT 2.0 event CSV, or Parquet."""
    from datetime import date as calendar_date

    from communique.export import FORMATS, export_events
    from communique.store import EventFilter, Repository

    if format not in FORMATS:
        _fail(f"--format {format!r}: choose one of {', '.join(FORMATS)}")
    for label, value in (("--since", since), ("--until", until)):
        if value is not None:
            try:
                calendar_date.fromisoformat(value)
            except ValueError:
                _fail(f"{label} {value!r}: not a date in the form YYYY-MM-DD")
    try:
        repository = Repository(db)
        records = repository.events(EventFilter(since=since, until=until))
        cited = [m["doc_id"] for r in records for m in r["mentions"]]
        documents = {d["doc_id"]: d for d in repository.documents(ids=cited)}
        written = export_events(records, documents, format, out_file)
    except CommuniqueError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{out_file}: cannot write ({exc.strerror})")
    out.print(f"{written} events written to {out_file} ({format})", highlight=False)


@app.command("evaluate-documents")
def evaluate_documents_command(
    output: Annotated[Path, typer.Argument(help="Directory written by `communique extract`.")],
    gold: Annotated[Path, typer.Option(help="Gold file in communique-docs/1 format.")],
) -> None:
    """Score the document layer: boilerplate removal F1 (line level), publication dates, reprints."""
    from communique.evaluation import load_output
    from communique.evaluation.documents import evaluate_documents, load_document_gold

    try:
        gold_data = load_document_gold(gold)
        documents, _events = load_output(output)
    except CommuniqueError as exc:
        _fail(str(exc))
    report = evaluate_documents(gold_data, documents)
    _print_labelled("missing", report.missing)
    _print_labelled("chrome kept", report.kept_boilerplate)
    _print_labelled("body lost", report.lost_body)
    _print_labelled("date wrong", report.date_errors)
    out.print(f"articles {report.articles}, missing {len(report.missing)}")
    out.print(f"boilerplate removal precision {report.boilerplate_precision:.3f} recall {report.boilerplate_recall:.3f} "
              f"F1 {report.boilerplate_f1:.3f} (lines: {report.boilerplate_tp} removed, {report.boilerplate_fn} kept; "
              f"{report.body_removed}/{report.body_total} body paragraphs lost)")
    out.print(f"publication date accuracy {report.date_accuracy:.3f} ({report.dates_right}/{report.dates_total})")
    out.print(f"reprint F1 {report.reprint_f1:.3f} (gold pairs {len(report.reprint_gold)}, "
              f"found {len(report.reprint_predicted)}, right {len(report.reprint_gold & report.reprint_predicted)})")


@app.command()
def factru(
    corpus: Annotated[Path | None, typer.Option(
        help="factRuEval-2016 folder (.txt, .spans, .objects, .coref, .facts); "
             "default: ../shared/corpora/factRuEval-2016-devset beside the repository.")] = None,
    missed: Annotated[bool, typer.Option(help="Also list the gold occupations not recovered.")] = False,
) -> None:
    """Score NER mentions (per-type precision, recall, F1) and occupations (accuracy) on factRuEval-2016."""
    from communique.evaluation.factru import default_corpus, evaluate_corpus

    folder = corpus or default_corpus(Path.cwd())
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("scoring", total=None)
        try:
            report = evaluate_corpus(folder, progress=lambda _name: progress.advance(task))
        except (CommuniqueError, ValueError) as exc:  # ValueError: DataFileError, a knowledge file breaks its schema
            _fail(str(exc))
    for line in report.lines(missed=missed):
        out.print(line, highlight=False)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    sys.exit(main())
