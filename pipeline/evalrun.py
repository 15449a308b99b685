"""`notices eval`: run figures, summaries, search and ask over a labelled corpus and score them."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from .corpus import LoadError, load
from .errors import SettingsError
from .evaluate import (
    PRF, QAScore, check_thresholds, fact_accuracy, fact_matches, load_thresholds, match_figures, match_issues, read_jsonl,
    score_question, subject_accuracy,
)

PACKAGED = "packaged"  # run_eval's default gate: the thresholds.json shipped in the package


def default_thresholds() -> Path:
    """The gate `notices eval` applies unless --thresholds names another file."""
    from .resources import data_path

    return data_path("thresholds.json")


def figure_rows(doc) -> list[dict]:
    from .figures import extract_figures
    from .parse import parse

    outline = parse(doc.id, doc.text, doc.meta)
    return [dict(vars(f)) for f in extract_figures(doc.id, doc.text, outline.owner_at)]


def _fact_scores(pairs: list[tuple[dict, dict]], texts: dict[str, str]) -> dict:
    """Measure and period accuracy on matched figures (None where the gold labels none), and whether
    every predicted measure/period span is the text it claims."""
    out: dict = {}
    for field in ("measure", "period"):
        acc, _ = fact_accuracy(pairs, field)
        out[f"{field}_accuracy"] = None if acc is None else round(acc, 4)
        out[f"{field}_judged"] = sum(1 for _, g in pairs if g.get(field))
    # a period stated where the gold has none (目前, another sentence's date) is wrong too
    said = [(p, g) for p, g in pairs if p.get("period")]
    out["period_precision"] = round(sum(fact_matches(p, g, "period") for p, g in said) / len(said), 4) if said else None
    spans = [(p["doc"], p[f"{k}_start"], p[f"{k}_end"], p[k]) for p, _ in pairs for k in ("measure", "period") if p.get(k)]
    bad = sum(texts.get(d, "")[s:e] != t for d, s, e, t in spans)
    out["fact_spans_exact"] = round(1 - bad / len(spans), 4) if spans else None
    return out


def _wrong_facts(pairs: list[tuple[dict, dict]], field: str) -> list[dict]:
    return [{"doc": g["doc"], "start": g["start"], "text": g["text"], "gold": g.get(field), "predicted": p.get(field)}
            for p, g in fact_accuracy(pairs, field)[1]]


def issue_rows(summary: dict) -> list[dict]:
    return [{"doc": summary["doc"], "start": i["start"], "end": i["end"], "text": i["text"], "subject": i.get("subject")} for i in summary["issues"]]


def run_eval(
    corpus: Path,
    gold: Path,
    settings,
    *,
    engine: str = "extractive",
    thresholds: Path | str | None = PACKAGED,
    index: Path | None = None,
    log: Callable[[str], None] = lambda s: None,
    progress: Callable[[str, int, int], None] | None = None,
) -> dict:
    """Score every stage; `progress(stage, done, total)` is called after each notice and question."""
    t0 = time.perf_counter()
    if thresholds == PACKAGED:
        thresholds = default_thresholds()
    if thresholds is not None and not Path(thresholds).is_file():
        raise SettingsError(f"{thresholds}: thresholds file not found (--thresholds)")
    timings: dict[str, float] = {}
    tick = progress or (lambda stage, done, total: None)
    validity = Validity()
    docs, errors = [], []
    for item in load([corpus]):
        (errors if isinstance(item, LoadError) else docs).append(item)
    texts = {d.id: d.text for d in docs}
    gold_figs = read_jsonl(gold / "figures.jsonl")
    gold_issues = read_jsonl(gold / "issues.jsonl")
    gold_qa = read_jsonl(gold / "qa.jsonl")
    report: dict = {"corpus": str(corpus), "gold": str(gold), "engine": engine, "docs": len(docs),
                    "load_errors": [str(e) for e in errors]}

    # figures
    log("figures…")
    pred_figs = [row for d in docs for row in figure_rows(d)]
    fig_prf, pairs, missed, spurious = match_figures(pred_figs, gold_figs)
    report["figures"] = fig_prf.as_dict() | {"subject_accuracy": round(subject_accuracy(pairs), 4)} | _fact_scores(pairs, texts)
    report["figures_detail"] = {
        "per_doc": _per_doc(pred_figs, gold_figs, lambda p, g: match_figures(p, g)[0]),
        "missed": [_brief(g, "text") for g in missed],
        "spurious": [_brief(p, "text") for p in spurious],
        "wrong_subject": [{"doc": g["doc"], "start": g["start"], "text": g["text"], "gold": g.get("subject"), "predicted": p.get("subject")}
                          for p, g in pairs if g.get("subject") and not _subj_ok(p, g)],
        "wrong_measure": _wrong_facts(pairs, "measure"),
        "wrong_period": _wrong_facts(pairs, "period"),
    }

    timings["figures"] = round(time.perf_counter() - t0, 1)

    # summaries → issues
    t = time.perf_counter()
    log(f"summaries ({engine})…")
    from .llm.provider import make_provider
    from .summarize import summarize_extractive
    from .summary_llm import summarize_llm

    provider = make_provider(settings) if engine == "llm" else None
    summaries = []
    for n, d in enumerate(docs, 1):
        try:
            summaries.append((summarize_llm(d, provider) if provider else summarize_extractive(d)).to_dict())
        except Exception as e:  # noqa: BLE001 - a failing notice is reported, the rest is scored
            if getattr(e, "unreachable", False):
                raise  # every later call would fail the same way after its retries
            report.setdefault("summary_errors", []).append(f"{d.id}: {type(e).__name__}: {e}")
            validity.failed("summaries")
        else:
            validity.check("summaries", summaries[-1], "notice_summary", texts, doc=d.id)
        tick("summaries", n, len(docs))
    timings["summaries"] = round(time.perf_counter() - t, 1)
    used_by_summaries = _usage(provider)
    pred_issues = [row for s in summaries for row in issue_rows(s)]
    iss_prf, iss_missed, iss_spurious = match_issues(pred_issues, gold_issues)
    report["issues"] = iss_prf.as_dict()
    report["issues_detail"] = {
        "per_doc": _per_doc(pred_issues, gold_issues, lambda p, g: match_issues(p, g)[0]),
        "missed": [_brief(g, "issue") for g in iss_missed],
        "spurious": [_brief(p, "text") for p in iss_spurious],
    }

    # search + ask
    qa_metrics = {}
    if gold_qa:
        t = time.perf_counter()
        log("index…")
        from .answer import Answerer, answer_dict
        from .ingest import ingest
        from .retrieve import Retriever

        root = index or (settings.index / "eval" / _slug(corpus))
        ingest([corpus], root, prune=True, settings=settings, chroma_url=settings.chroma_url)
        retriever = Retriever(root, settings.chroma_url, settings)
        if engine == "llm":
            from .choose import ChoiceAnswerer

            answerer = ChoiceAnswerer(retriever, provider, settings, k=settings.k)
        else:
            answerer = Answerer(retriever, settings, k=settings.k)
        timings["index"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        log(f"{len(gold_qa)} questions…")
        score = QAScore()
        for n, g in enumerate(gold_qa, 1):
            try:
                pred = answer_dict(answerer.ask(g["question"], g.get("id")), check=False)
            except Exception as e:  # noqa: BLE001 - a failing question is scored as not answered
                if getattr(e, "unreachable", False):
                    raise
                report.setdefault("answer_errors", []).append(f"{g.get('id')}: {type(e).__name__}: {' '.join(str(e).split())}")
                validity.failed("answers")
                pred = {"id": g.get("id"), "question": g["question"], "answer": None, "answerable": False, "citations": []}
            else:
                validity.check("answers", pred, "answer", texts)
            tick("questions", n, len(gold_qa))
            hits = [h.__dict__ for h in retriever.search(g["question"], k=settings.k)]
            score.rows.append(score_question(g, pred, hits, texts) | {"citations": pred["citations"], "reason": pred.get("reason")})
        qa_metrics = score.metric()
        timings["questions"] = round(time.perf_counter() - t, 1)
        report["qa_detail"] = {"wrong": [_qa_brief(r) for r in score.rows if not r["correct"]],
                               "imprecise": [_qa_brief(r) for r in score.rows if r["type"] == "lookup" and r["correct"] and not r["precise"]],
                               "uncited_evidence": [_qa_brief(r) for r in score.rows if r["answered"] and r["citation_accuracy"] is not None and r["citation_accuracy"] < 1]}
    report["qa"] = qa_metrics | {"k": settings.k}
    report["retrieval"] = {"recall_at_k": qa_metrics.get("recall_at_k"), "k": settings.k}
    report["validity"] = validity.metric()
    report["validity_detail"] = validity.detail()

    failures = check_thresholds(report, load_thresholds(thresholds, engine)) if thresholds is not None else []
    report["threshold_failures"] = failures
    report["passed"] = not failures
    report["seconds"] = round(time.perf_counter() - t0, 1)
    report["timings"] = timings
    if (total := _usage(provider)) is not None:
        asked = len(gold_qa) if gold_qa else 0
        report["llm_usage"] = total | {"by_stage": {
            "summaries": _per(used_by_summaries, len(docs), "per_notice"),
            "questions": _per(_minus(total, used_by_summaries), asked, "per_question"),
        }}
    return report


_COUNTS = ("calls", "cache_hits", "retries", "prompt_tokens", "completion_tokens")


def _usage(provider) -> dict | None:
    u = getattr(provider, "usage", None)
    return None if u is None else u.as_dict()


def _minus(after: dict, before: dict) -> dict:
    out = {k: after[k] - before[k] for k in _COUNTS}
    out["cost"] = None if after.get("cost") is None else round(after["cost"] - (before.get("cost") or 0.0), 6)
    return out


def _per(u: dict, n: int, name: str) -> dict:
    """A stage's LLM usage with its average per notice or per question."""
    avg = {k: round(u[k] / n, 1) for k in ("calls", "prompt_tokens", "completion_tokens")} if n else None
    return u | {"n": n, name: avg}


class Validity:
    """Counts outputs that validate against their schema and spans that are exact.

    The engines validate what they emit; the eval checks again independently so a
    report can state "every output schema-valid, every span exact" as a measurement.
    """

    def __init__(self) -> None:
        self.n: dict[str, int] = {"summaries": 0, "answers": 0}
        self.valid: dict[str, int] = {"summaries": 0, "answers": 0}
        self.spans = 0
        self.bad_spans = 0
        self.problems: list[str] = []

    def failed(self, kind: str) -> None:
        self.n[kind] += 1

    def check(self, kind: str, obj: dict, schema: str, texts: dict[str, str], doc: str | None = None) -> None:
        from .schemas import schema_errors

        self.n[kind] += 1
        errors = schema_errors(obj, schema)
        if errors:
            self.problems.append(f"{kind} {obj.get('doc') or obj.get('id')}: {errors[0]}")
        else:
            self.valid[kind] += 1
        for where, span in _spans(obj, doc):
            self.spans += 1
            d, start, end, text = span
            if texts.get(d, "")[start:end] != text:
                self.bad_spans += 1
                self.problems.append(f"{kind} {where}: span {d}:{start}-{end} is not the text it claims")

    def metric(self) -> dict:
        total = sum(self.n.values())
        return {
            "outputs": total, "outputs_valid": sum(self.valid.values()),
            "outputs_schema_valid": round(sum(self.valid.values()) / total, 4) if total else None,
            "summaries": f"{self.valid['summaries']}/{self.n['summaries']}", "answers": f"{self.valid['answers']}/{self.n['answers']}",
            "spans_checked": self.spans, "spans_exact": round(1 - self.bad_spans / self.spans, 4) if self.spans else None,
        }

    def detail(self) -> list[str]:
        return self.problems[:50]


def _spans(obj, doc: str | None, where: str = ""):
    """Every (path, (doc, start, end, text)) in a nested output: dicts with start/end and text or quote."""
    if isinstance(obj, dict):
        doc = obj["doc"] if isinstance(obj.get("doc"), str) else doc
        text = obj.get("text", obj.get("quote"))
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(text, str):
            yield where or "/", (doc, obj["start"], obj["end"], text)
        for k, v in obj.items():
            yield from _spans(v, doc, f"{where}/{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _spans(v, doc, f"{where}/{i}")


def _subj_ok(p, g) -> bool:
    from .evaluate import subject_matches

    return subject_matches(p.get("subject"), g.get("subject"))


def _per_doc(pred, gold, fn) -> dict:
    out = {}
    for d in sorted({x["doc"] for x in gold} | {x["doc"] for x in pred}):
        prf: PRF = fn([p for p in pred if p["doc"] == d], [g for g in gold if g["doc"] == d])
        out[d] = prf.as_dict()
    return out


def _brief(x: dict, key: str) -> dict:
    return {"doc": x["doc"], "start": x["start"], "text": x[key], "subject": x.get("subject")}


def _qa_brief(r: dict) -> dict:
    return {k: r.get(k) for k in ("id", "type", "paraphrase", "near_miss", "question", "gold", "predicted", "reason", "citation_accuracy")}


def _slug(p: Path) -> str:
    import hashlib

    return p.resolve().name + "-" + hashlib.sha256(str(p.resolve()).encode()).hexdigest()[:8]


def markdown(report: dict) -> str:
    f, i, q = report["figures"], report["issues"], report["qa"]
    lines = [
        f"# notices eval — {report['corpus']} ({report['engine']})", "",
        f"**{'PASSED' if report['passed'] else 'FAILED'}**" + ("" if report["passed"] else ": " + "; ".join(report["threshold_failures"])), "",
        "| metric | value |", "|---|---|",
        f"| figures P / R / F1 | {f['precision']:.3f} / {f['recall']:.3f} / {f['f1']:.3f} ({f['matched']}/{f['gold']} gold, {f['predicted']} predicted) |",
        f"| figure subject accuracy | {f['subject_accuracy']:.3f} |",
        *[f"| figure {k} accuracy | {f[k + '_accuracy']:.3f} ({f[k + '_judged']} judged) |"
          for k in ("measure", "period") if f.get(k + "_accuracy") is not None],
        f"| issues P / R / F1 | {i['precision']:.3f} / {i['recall']:.3f} / {i['f1']:.3f} |",
    ]
    for k, v in q.items():
        if isinstance(v, float):
            lines.append(f"| qa {k} | {v:.3f} |")
    for split, m in (q.get("by_split") or {}).items():
        lines.append(f"| qa [{split}] | " + ", ".join(f"{k} {v:.3f}" for k, v in m.items() if isinstance(v, float)) + " |")
    v = report.get("validity") or {}
    if v:
        lines.append(f"| schema-valid summaries / answers | {v['summaries']} / {v['answers']} |")
        exact = round((v["spans_exact"] or 0) * v["spans_checked"])
        lines.append(f"| spans exact (text == doc_text[start:end]) | {exact} of {v['spans_checked']} |")
    if report.get("llm_usage"):
        u = report["llm_usage"]
        lines.append(f"| LLM calls / cache hits / retries | {u['calls']} / {u['cache_hits']} / {u['retries']} |")
        lines.append(f"| LLM tokens prompt / completion | {u['prompt_tokens']:,} / {u['completion_tokens']:,} |")
        for stage, per, each in (("summaries", "per_notice", "notice"), ("questions", "per_question", "question")):
            st = (u.get("by_stage") or {}).get(stage)
            if st and st.get(per):
                a = st[per]
                lines.append(f"| LLM {stage}: calls / tokens prompt / completion | {st['calls']} / {st['prompt_tokens']:,} / "
                             f"{st['completion_tokens']:,} ({st['n']} {each}s; per {each} {a['calls']:g} / "
                             f"{a['prompt_tokens']:,.0f} / {a['completion_tokens']:,.0f}) |")
    if report.get("timings"):
        lines.append(f"| time | {report['seconds']:.1f} s (" + ", ".join(f"{k} {t:.1f} s" for k, t in report["timings"].items()) + ") |")
    lines += ["", "## Per notice", "", "| doc | figures F1 | issues F1 |", "|---|---|---|"]
    fd, idd = report["figures_detail"]["per_doc"], report["issues_detail"]["per_doc"]
    for d in sorted(set(fd) | set(idd)):
        lines.append(f"| {d} | {fd.get(d, {}).get('f1', 0):.3f} | {idd.get(d, {}).get('f1', 0):.3f} |")
    for title, rows in (("Missed figures", report["figures_detail"]["missed"]), ("Spurious figures", report["figures_detail"]["spurious"]),
                        ("Figures with the wrong subject", report["figures_detail"]["wrong_subject"]),
                        ("Figures with the wrong measure", report["figures_detail"].get("wrong_measure", [])),
                        ("Figures with the wrong period", report["figures_detail"].get("wrong_period", [])),
                        ("Missed issues", report["issues_detail"]["missed"]), ("Spurious issues", report["issues_detail"]["spurious"])):
        lines += ["", f"## {title} ({len(rows)})", ""]
        lines += [f"- `{r['doc']}:{r['start']}` {r['text']}" + (f" — gold {r['gold']!r}, predicted {r['predicted']!r}" if "gold" in r else "") for r in rows]
    problems = report.get("validity_detail") or []
    problems += report.get("summary_errors", []) + report.get("answer_errors", [])
    if problems:
        lines += ["", f"## Invalid outputs and failures ({len(problems)})", ""] + [f"- {p}" for p in problems]
    wrong = (report.get("qa_detail") or {}).get("wrong", [])
    lines += ["", f"## Questions answered wrongly ({len(wrong)})", ""]
    lines += [f"- {r['id']} ({r['type']}{', paraphrase' if r['paraphrase'] else ''}): {r['question']} — gold: {r['gold']} — got: {(r['predicted'] or 'abstained: ' + str(r.get('reason') or ''))[:120]}" for r in wrong]
    loose = (report.get("qa_detail") or {}).get("imprecise", [])
    lines += ["", f"## Right lookups that are not precise ({len(loose)})", ""]
    lines += [f"- {r['id']}: {r['question']} — gold: {r['gold']} — got: {(r['predicted'] or '')[:160]}" for r in loose]
    return "\n".join(lines) + "\n"
