"""Warm `ask` latency on the corpus: p50/p95 per question, extractive engine, in one process.

What a user of the library (or a long-lived `ask --questions` batch) sees once the index,
the embedding model and each notice's facts are loaded: every gold question of
`evals/gold/qa.jsonl` is asked `--rounds` times after one warm-up round, and each call is
timed. The first (cold) round is reported apart, with the one-off loads it pays for.

    .venv/bin/python bench/ask_latency.py [--index DIR] [--rounds 2]

Writes bench/results/ask.json. Target (issue 11): warm p50 under 150 ms.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import ROOT, Timer, load_now, machine, ms, peak_rss_mb, read_gold  # noqa: E402

TARGET_P50_MS = 150.0


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, help="an index of corpus/ (built in a temp folder when absent)")
    ap.add_argument("--rounds", type=int, default=2, help="warm rounds over all questions (default 2)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "ask.json")
    args = ap.parse_args(argv)

    from pipeline.answer import Answerer
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever
    from pipeline.settings import Settings

    gold = read_gold()
    result: dict = {"bench": "ask_latency", "date": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine(),
                    "questions": len(gold), "rounds": args.rounds, "engine": "extractive", "load_start": load_now()}
    tmp = None
    index = args.index
    if index is None:
        tmp = tempfile.TemporaryDirectory(prefix="ask-bench-")
        index = Path(tmp.name) / "idx"
    settings = Settings(index=index)
    if args.index is None:
        with Timer() as t:
            ingest([ROOT / "corpus"], index, settings=settings)
        result["ingest_s"] = round(t.wall, 1)
    with Timer() as t:
        r = Retriever(index, None, settings)
        a = Answerer(r, settings, k=settings.k)
    result["open_s"] = round(t.wall, 2)

    cold = []
    for q in gold:  # pays for the model load, each notice's facts and the measure embeddings once
        t0 = time.perf_counter()
        a.ask(q["question"], q["id"])
        cold.append(time.perf_counter() - t0)
    warm = []
    for _ in range(args.rounds):
        for q in gold:
            t0 = time.perf_counter()
            a.ask(q["question"], q["id"])
            warm.append(time.perf_counter() - t0)
    result["cold_round"] = ms(cold)
    result["warm"] = ms(warm)
    result["target_warm_p50_ms"] = TARGET_P50_MS
    result["meets_target"] = result["warm"]["p50_ms"] < TARGET_P50_MS
    result["peak_rss_mb"] = peak_rss_mb()
    result["load_end"] = load_now()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if tmp is not None:
        tmp.cleanup()
    return result


if __name__ == "__main__":
    main()
