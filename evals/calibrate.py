"""Calibrate the extractive engine's abstention thresholds on the gold questions.

`ask` refuses when the best fact's measure match (evidence.AnswerConfig.measure_min)
or the share of the question's distinctive words its evidence holds (support_min,
stored as `threshold`) is too low. measure_min also steers which fact answers (a fact
below it is passed over for one above it), so every question is answered once per
measure_min of a small grid (MEASURE_GRID) with the support floor off, recording the
support of its weakest part and whether the answer would be right; the pair that
maximises the mean of answerable accuracy and abstention accuracy is chosen, with `support_waive` (a measure match good enough to answer a
paraphrase that shares few words with the notice; 1.01 = never). --holdout reports, for each notice in turn, its own
questions scored with the pair chosen on the other notices only (leave one notice
out); cross-notice questions form their own group. --write stores the pair and the
leave-one-out means in evals/abstain.json (package data).

    python evals/calibrate.py [--index DIR] [--corpus DIR --gold DIR]... [--measure-grid 0.45,0.532,0.6] [--holdout] [--write]

--corpus/--gold may be repeated to pool splits (the project corpus and evals/dev…), each split
answered over its own index (as `notices eval` answers it), each notice still its own
leave-one-out group. --rows FILE keeps the answered rows (JSON) and reuses them when present.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not another installed copy
FILE = ROOT / "evals" / "abstain.json"


# measure floors tried, each by answering every question as `notices eval` would at that floor
MEASURE_GRID = (0.35, 0.42, 0.5, 0.532, 0.57, 0.64)


def collect(index: Path, corpus: Path | list[Path], gold: Path | list[Path], grid: tuple = MEASURE_GRID) -> list[dict]:
    from pipeline.answer import Answerer, answer_dict
    from pipeline.evaluate import answer_correct, read_jsonl
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever

    corpora = corpus if isinstance(corpus, list) else [corpus]
    golds = gold if isinstance(gold, list) else [gold]
    if len(corpora) > 1:  # each split answered over its own index, as `notices eval` does
        rows = []
        for i, (c, g) in enumerate(zip(corpora, golds)):
            part = collect(index / f"split{i}", c, g, grid)
            for r in part:
                r["group"] = f"{r['group']}@{i}" if r["group"] == "_cross" else r["group"]
            rows += part
        return rows
    ingest(corpora, index, prune=True)
    a = Answerer(Retriever(index))
    base = a.cfg
    rows = []
    questions = [g for path in golds for g in read_jsonl(path / "qa.jsonl")]
    for n, tm in enumerate(grid, 1):
        # the support floor off (decided later, per pair); the measure floor as the engine would use it
        a.cfg = dataclasses.replace(base, measure_min=tm, support_min=-1.0)
        if hasattr(a, "matcher") and hasattr(a.matcher, "cfg"):
            a.matcher.cfg = a.cfg
        print(f"calibrate: measure_min {tm} ({n}/{len(grid)}), {len(questions)} questions", file=sys.stderr, flush=True)
        for g in questions:
            ans = a.ask(g["question"], g["id"])
            d = answer_dict(ans, check=False)
            docs = g.get("docs") or ([g["doc"]] if g.get("doc") else [])
            rows.append({
                "id": g["id"], "group": docs[0] if len(docs) == 1 else "_cross", "unanswerable": g.get("answer") is None,
                "near_miss": g.get("near_miss"), "blocked": not ans.answerable, "tm": tm,
                "measure": a.last_decision.get("measure", 1.0), "support": a.last_decision.get("support", 1.0),
                "correct_if_answered": ans.answerable and answer_correct(d, g),
            })
    # an unanswerable question names no notice: it belongs with the notice its id prefix's questions are on
    by_prefix: dict[str, set] = {}
    for r in rows:
        by_prefix.setdefault(r["id"].split("-")[0], set()).add(r["group"])
    for r in rows:
        groups = by_prefix.get(r["id"].split("-")[0], set()) - {"_cross"}
        if r["unanswerable"] and r["group"] == "_cross" and len(groups) == 1:
            r["group"] = next(iter(groups))
    return rows


WAIVE = (0.7, 0.8, 0.9, 1.0, 1.01)  # measure match above which low support is waived (1.01: never)


def answered(r: dict, tm: float, ts: float, tw: float = 1.01) -> bool:
    """Would the engine at floors (tm, ts, tw) answer? A row collected at a measure floor was already
    refused by the engine below it; rows of the older format (collected with no floor) are gated here."""
    return not r["blocked"] and r["measure"] >= tm and (r["support"] >= ts or r["measure"] >= tw)


def at(rows: list[dict], tm: float) -> list[dict]:
    """The rows answered at measure floor tm (all rows when they were collected with no floor)."""
    if not rows or "tm" not in rows[0]:
        return rows
    return [r for r in rows if r["tm"] == tm]


def outcome(rows: list[dict], tm: float, ts: float, tw: float = 1.01) -> tuple[float, float]:
    rows = at(rows, tm)
    ans = [r for r in rows if not r["unanswerable"]]
    una = [r for r in rows if r["unanswerable"]]
    acc = sum(r["correct_if_answered"] and answered(r, tm, ts, tw) for r in ans) / max(1, len(ans))
    abst = sum(not answered(r, tm, ts, tw) for r in una) / max(1, len(una))
    return acc, abst


def _grid(values: set, cap: int = 60) -> list[float]:
    """The candidate thresholds: every value seen, or `cap` quantiles of them when there are more."""
    vals = sorted(values)
    if len(vals) <= cap:
        return vals
    return sorted({vals[round(i * (len(vals) - 1) / (cap - 1))] for i in range(cap)})


def best_pair(rows: list[dict]) -> tuple[float, float, float]:
    import numpy as np

    floors = sorted({r["tm"] for r in rows}) if rows and "tm" in rows[0] else None
    ms = floors or _grid({round(r["measure"], 3) for r in rows} | {0.0})
    ss = _grid({round(r["support"], 3) for r in rows} | {0.0})
    best, key = None, None
    for tm in ms:
        sub = at(rows, tm) if floors else rows
        m = np.array([r["measure"] for r in sub])
        s = np.array([r["support"] for r in sub])
        open_ = ~np.array([r["blocked"] for r in sub])
        una = np.array([r["unanswerable"] for r in sub])
        right = np.array([bool(r["correct_if_answered"]) for r in sub]) & ~una
        n_ans, n_una = max(1, int((~una).sum())), max(1, int(una.sum()))
        for tw in WAIVE:
            for ts in ss:
                ok = open_ & (m >= tm) & ((s >= ts) | (m >= tw))
                score = ((right & ok).sum() / n_ans + (una & ~ok).sum() / n_una) / 2
                # ties: the lowest thresholds, then never waiving (answer when in doubt between equals)
                k = (score, -tm, -ts, tw)
                if key is None or k > key:
                    best, key = (tm, ts, tw), k
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, default=ROOT / ".notices" / "calibrate")
    ap.add_argument("--corpus", type=Path, action="append", help="repeat to pool splits (default: corpus/)")
    ap.add_argument("--gold", type=Path, action="append", help="one per --corpus (default: evals/gold)")
    ap.add_argument("--holdout", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--rows", type=Path, help="keep the answered rows here; reuse them when the file exists")
    ap.add_argument("--measure-grid", type=lambda v: tuple(float(x) for x in v.split(",")), default=MEASURE_GRID,
                    help="measure floors to answer at, comma-separated (each is one pass over every question)")
    args = ap.parse_args()
    if args.rows and args.rows.exists():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        rows = collect(args.index, args.corpus or [ROOT / "corpus"], args.gold or [ROOT / "evals" / "gold"], args.measure_grid)
        if args.rows:
            args.rows.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    tm, ts, tw = best_pair(rows)
    acc, abst = outcome(rows, tm, ts, tw)
    out = {"threshold": ts, "measure_min": tm, "support_waive": tw, "answerable_accuracy": round(acc, 4), "abstention_accuracy": round(abst, 4),
           "questions": len(at(rows, tm))}
    if args.holdout:
        held, tot_a, tot_u = {}, [], []
        for grp in sorted({r["group"] for r in rows}):
            train = [r for r in rows if r["group"] != grp]
            p = best_pair(train)
            test = at([r for r in rows if r["group"] == grp], p[0])
            a, b = outcome(test, *p)
            held[grp] = {"measure_min": p[0], "threshold": p[1], "support_waive": p[2], "answerable_accuracy": round(a, 4),
                         "abstention_accuracy": round(b, 4), "questions": len(test)}
            tot_a += [r["correct_if_answered"] and answered(r, *p) for r in test if not r["unanswerable"]]
            tot_u += [not answered(r, *p) for r in test if r["unanswerable"]]
        out["holdout"] = held
        out["holdout_answerable_accuracy"] = round(sum(tot_a) / max(1, len(tot_a)), 4)
        out["holdout_abstention_accuracy"] = round(sum(tot_u) / max(1, len(tot_u)), 4)
    print(json.dumps(out, ensure_ascii=False, indent=1))
    if args.write:
        data = json.loads(FILE.read_text(encoding="utf-8")) if FILE.exists() else {}
        data.update({k: v for k, v in out.items() if k != "holdout"})
        FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
