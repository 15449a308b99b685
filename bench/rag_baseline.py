"""Plain RAG baseline: what a LangChain user would build, scored like `notices eval`.

The SAME retriever (pipeline.retrieve.Retriever.search, top k, k = NOTICES_K, default 8)
returns chunks; they are stuffed into one prompt ("answer the question from the
context; if the context does not say, answer 不知道") and sent, as plain chat, to the
SAME model through the same OpenAI-compatible endpoint (OPENAI_BASE_URL, NOTICES_MODEL).
Like a RetrievalQA chain with return_source_documents, its citations are the chunks it
was given; an answer that says 不知道 is an abstention (no answer, no citations). The
questions are evals/gold/qa.jsonl and the scorer is pipeline.evaluate's, as in
`notices eval`: lookup, lookup_precise, multi, abstention (near-miss / off-topic),
citation accuracy and precision, numbers grounded (every number in the answer is in
the chunks given), plus seconds, calls and tokens per question.

    .venv/bin/python bench/rag_baseline.py [--limit 40] [--ours] [--k 8] [--out FILE]

`--limit N` runs a deterministic stratified subset (by kind: lookup / multi /
unanswerable, paraphrase, near-miss; evenly spaced within each kind), the same N
questions every run. `--ours` also runs our llm engine (`ask --engine llm`: pipeline's
ChoiceAnswerer) on the same questions in the same run, so the JSON holds both side by
side. The LLM call cache is off for both: every call is made.
Prints the JSON and writes bench/results/rag_baseline.json (or --out).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import GOLD, ROOT, load_now, machine, read_gold  # noqa: E402

SYSTEM = ("Use the following pieces of context to answer the question at the end. "
          "Answer in Chinese, briefly, from the context only. "
          "If the context does not say, answer 不知道.")
USER = "Context:\n{context}\n\nQuestion: {question}\nHelpful Answer:"
DONT_KNOW = "不知道"
MAX_TOKENS = 256  # a bounded answer; the stuffed prompt is the cost


def stratum(g: dict) -> tuple:
    from pipeline.evaluate import qa_type

    return qa_type(g), bool(g.get("paraphrase")), g.get("near_miss")


def stratified(gold: list[dict], n: int | None) -> list[dict]:
    """n questions drawn from every kind in proportion to its size (largest remainder), evenly
    spaced within the kind, in an order where every prefix is stratified as well: the same
    subset and order every run. None or n >= len: all, in gold order."""
    if not n or n >= len(gold):
        return list(gold)
    groups: dict[tuple, list[int]] = {}
    for i, g in enumerate(gold):
        groups.setdefault(stratum(g), []).append(i)
    quota = {k: n * len(v) / len(gold) for k, v in groups.items()}
    take = {k: int(q) for k, q in quota.items()}
    for k in sorted(quota, key=lambda k: (-(quota[k] - take[k]), str(k)))[: n - sum(take.values())]:
        take[k] += 1
    picked = []  # (position within its kind as a fraction, kind's first index, index)
    for k, idx in groups.items():
        m = take[k]
        picked += [((j + 0.5) / m, idx[0], idx[int(j * len(idx) / m)]) for j in range(m)]
    # interleaved by that fraction, so every prefix of the run (a run stopped early) is stratified too
    return [gold[i] for _, _, i in sorted(picked)]


def abstained(answer: str | None) -> bool:
    return not (answer or "").strip() or DONT_KNOW in answer


def context(hits) -> str:
    return "\n\n".join(f"来源: {h.doc}{' / ' + h.subject if h.subject else ''}\n{h.text}" for h in hits)


class Baseline:
    """retriever.search -> one stuffed prompt -> plain chat completion (temperature 0)."""

    def __init__(self, retriever, base_url: str, api_key: str | None, model: str, k: int, timeout: float = 900):
        import openai

        self.r, self.model, self.k = retriever, model, k
        self.client = openai.OpenAI(base_url=base_url, api_key=api_key or "no-key", timeout=timeout, max_retries=2)

    def ask(self, question: str) -> tuple[dict, dict]:
        hits = self.r.search(question, k=self.k)
        messages = [{"role": "system", "content": SYSTEM},
                    {"role": "user", "content": USER.format(context=context(hits), question=question)}]
        resp = self.client.chat.completions.create(model=self.model, messages=messages, temperature=0, max_tokens=MAX_TOKENS)
        text = (resp.choices[0].message.content or "").strip() if resp.choices else ""
        u = resp.usage
        usage = {"calls": 1, "prompt_tokens": getattr(u, "prompt_tokens", 0) or 0,
                 "completion_tokens": getattr(u, "completion_tokens", 0) or 0}
        if abstained(text):
            pred = {"answer": None, "answerable": False, "citations": [], "raw": text}
        else:  # a RetrievalQA answer with its source documents
            pred = {"answer": text, "answerable": True, "raw": text,
                    "citations": [{"doc": h.doc, "start": h.start, "end": h.end, "quote": h.text} for h in hits]}
        return pred, usage


def _summary(rows: list[dict], score) -> dict:
    n = len(rows)
    tot = {k: sum(r[k] for r in rows) for k in ("seconds", "calls", "prompt_tokens", "completion_tokens")}
    return {"metrics": score.metric(),
            "totals": {k: round(v, 1) for k, v in tot.items()},
            "per_question": {k: round(v / n, 1) for k, v in tot.items()} if n else None,
            "errors": [r["error"] for r in rows if r.get("error")]}


def run(settings, questions: list[dict], texts: dict[str, str], retriever, *, ours: bool, log=lambda s: None,
        checkpoint=lambda partial: None) -> dict:
    """Every question through the baseline (and ours); `checkpoint(results so far)` after each one."""
    from pipeline.evaluate import QAScore, score_question

    systems = {"baseline": Baseline(retriever, settings.base_url, settings.api_key, settings.model, settings.k, settings.timeout)}
    if ours:
        from dataclasses import replace

        from pipeline.answer import answer_dict
        from pipeline.choose import ChoiceAnswerer
        from pipeline.llm.provider import make_provider

        provider = make_provider(replace(settings, no_cache=True))
        answerer = ChoiceAnswerer(retriever, provider, settings, k=settings.k)

        def ask_ours(q, qid):
            before = provider.usage.as_dict()
            try:
                pred = answer_dict(answerer.ask(q, qid), check=False)
            finally:
                after = provider.usage.as_dict()
                used = {k: after[k] - before[k] for k in ("calls", "prompt_tokens", "completion_tokens")}
            return pred, used

    out: dict = {}
    for name in ["baseline"] + (["ours"] if ours else []):
        score, rows = QAScore(), []
        for n, g in enumerate(questions, 1):
            t0 = time.perf_counter()
            err = None
            try:
                pred, used = systems["baseline"].ask(g["question"]) if name == "baseline" else ask_ours(g["question"], g.get("id"))
            except Exception as e:  # noqa: BLE001 - a failing question is scored as not answered
                if getattr(e, "unreachable", False):
                    raise
                err = f"{g.get('id')}: {type(e).__name__}: {' '.join(str(e).split())[:200]}"
                pred, used = {"answer": None, "answerable": False, "citations": []}, {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0}
            secs = time.perf_counter() - t0
            hits = [h.__dict__ for h in retriever.search(g["question"], k=settings.k)]
            row = score_question(g, pred, hits, texts)
            score.rows.append(row)
            rows.append({"id": g["id"], "type": row["type"], "correct": row["correct"], "precise": row["precise"],
                         "answered": row["answered"], "grounded": row["grounded"], "predicted": (pred.get("answer") or pred.get("raw") or "")[:200],
                         "seconds": round(secs, 2), **used, **({"error": err} if err else {})})
            log(f"{name} {n}/{len(questions)} {g['id']} {'ok' if row['correct'] else 'wrong'} {secs:.1f} s")
            out[name] = _summary(rows, score) | {"questions": rows}
            checkpoint(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="a deterministic stratified subset of N questions")
    ap.add_argument("--ours", action="store_true", help="also run our llm engine on the same questions")
    ap.add_argument("--k", type=int, default=None, help="chunks per question (default: NOTICES_K, 8)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--gold", type=Path, default=GOLD, help="qa.jsonl")
    ap.add_argument("--index", type=Path, default=Path("/tmp/notices-rag-baseline-idx"))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "rag_baseline.json")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    from pipeline.corpus import LoadError, load
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever
    from pipeline.settings import load_settings, require_llm

    s = load_settings(k=a.k, index=a.index)
    require_llm(s)
    log = (lambda m: None) if a.quiet else (lambda m: print(m, file=sys.stderr, flush=True))
    gold = read_gold(a.gold)
    questions = stratified(gold, a.limit)
    texts = {d.id: d.text for d in load([a.corpus]) if not isinstance(d, LoadError)}
    load_start = load_now()
    t0 = time.perf_counter()
    ingest([a.corpus], a.index, prune=True, settings=s, chroma_url=s.chroma_url)
    retriever = Retriever(a.index, s.chroma_url, s)
    kinds: dict[str, int] = {}
    for g in questions:
        key = "/".join(str(x) for x in stratum(g))
        kinds[key] = kinds.get(key, 0) + 1

    def write(results: dict, done: bool) -> str:
        report = {
            "bench": "rag_baseline",
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "model": s.model, "base_url": re.sub(r"//[^@/]*@", "//", s.base_url or ""), "k": s.k,
            "prompt": {"system": SYSTEM, "user": USER, "max_tokens": MAX_TOKENS, "temperature": 0},
            "questions": {"gold": str(a.gold.relative_to(ROOT) if a.gold.is_relative_to(ROOT) else a.gold),
                          "total_in_gold": len(gold), "run": len(questions),
                          "subset": (f"stratified: {len(questions)} of {len(gold)}, evenly spaced within each kind "
                                     "(type/paraphrase/near_miss)") if len(questions) < len(gold) else "all",
                          "by_kind": kinds, "ids": [g["id"] for g in questions]},
            "machine": info, "load_start": load_start, "load_end": load_now(),
            "seconds": round(time.perf_counter() - t0, 1),
            # a run stopped part-way leaves what it had: each system's questions so far, scored
            "partial": not done,
            **results,
        }
        text = json.dumps(report, ensure_ascii=False, indent=1)
        a.out.parent.mkdir(parents=True, exist_ok=True)
        tmp = a.out.with_suffix(".tmp")
        tmp.write_text(text + "\n", encoding="utf-8")
        tmp.replace(a.out)
        return text

    info = machine()
    results = run(s, questions, texts, retriever, ours=a.ours, log=log, checkpoint=lambda r: write(r, False))
    print(write(results, True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
