"""Calibrate the extractive engine's abstention threshold on the gold questions.

The threshold is the lowest evidence score at which `ask` still answers. It is
chosen to maximise the mean of answerable accuracy and abstention accuracy,
and written to evals/abstain.json with the numbers it was chosen on. With
--holdout it also reports, for each notice in turn, the scores on that
notice's questions with the threshold calibrated on the other notices only.

    python evals/calibrate.py [--index DIR] [--holdout] [--write]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def collect(index: Path) -> list[dict]:
    from pipeline.answer import Answerer, answer_dict
    from pipeline.evaluate import answer_correct, read_jsonl
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever

    ingest([ROOT / "corpus"], index, prune=True)
    r = Retriever(index)
    a = Answerer(r)
    a.threshold = -10.0  # answer everything; record the score the decision would be made on
    rows = []
    for g in read_jsonl(ROOT / "evals" / "gold" / "qa.jsonl"):
        ans = a.ask(g["question"], g["id"])
        d = answer_dict(ans)
        score = ans.flags and None
        docs = g.get("docs") or ([g["doc"]] if g.get("doc") else [])
        rows.append({
            "id": g["id"], "docs": docs, "unanswerable": g.get("answer") is None,
            "blocked": not ans.answerable, "score": a.last_score,
            "correct_if_answered": answer_correct(d, g) if ans.answerable else False,
        })
    return rows


def outcome(rows: list[dict], t: float) -> tuple[float, float]:
    ans = [r for r in rows if not r["unanswerable"]]
    una = [r for r in rows if r["unanswerable"]]
    acc = sum(r["correct_if_answered"] and not r["blocked"] and r["score"] >= t for r in ans) / max(1, len(ans))
    abst = sum(r["blocked"] or r["score"] < t for r in una) / max(1, len(una))
    return acc, abst


def best_threshold(rows: list[dict]) -> float:
    cands = sorted({round(r["score"], 3) for r in rows if r["score"] is not None} | {0.0})
    return max(cands, key=lambda t: (sum(outcome(rows, t)) / 2, -t))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, default=ROOT / ".notices" / "calibrate")
    ap.add_argument("--holdout", action="store_true")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    rows = collect(args.index)
    t = best_threshold(rows)
    acc, abst = outcome(rows, t)
    out = {"threshold": t, "answerable_accuracy": round(acc, 4), "abstention_accuracy": round(abst, 4), "questions": len(rows)}
    if args.holdout:
        docs = sorted({d for r in rows for d in r["docs"] if len(r["docs"]) == 1})
        held = {}
        for d in docs:
            train = [r for r in rows if d not in r["docs"]]
            test = [r for r in rows if r["docs"] == [d] or (r["unanswerable"] and r["id"].split("-")[0] == _prefix(rows, d))]
            td = best_threshold(train)
            a, b = outcome(test, td)
            held[d] = {"threshold": td, "answerable_accuracy": round(a, 4), "abstention_accuracy": round(b, 4), "questions": len(test)}
        out["holdout"] = held
    print(json.dumps(out, ensure_ascii=False, indent=1))
    if args.write:
        (ROOT / "evals" / "abstain.json").write_text(json.dumps({k: out[k] for k in ("threshold", "answerable_accuracy", "abstention_accuracy", "questions")}, indent=1) + "\n")


def _prefix(rows, doc):
    """The id prefix of a notice's own questions (hz for hz-01…), used to find its unanswerable ones."""
    from collections import Counter

    counts = Counter(r["id"].split("-")[0] for r in rows if r["docs"] == [doc])
    return counts.most_common(1)[0][0] if counts else ""


if __name__ == "__main__":
    main()
