"""Account for each refusal check: how many answerable questions it refuses (its cost) against how
many unanswerable ones (what it is for), pooled over labelled splits.

Every check of the extractive engine that refuses writes a reason in a fixed form ("period not
covered: …", "…: figure not given; the notice gives … for another body"). Grouping refusals by that
form, with the notice's own words masked, says which checks earn their keep on notices they were not
written for, and which mostly refuse questions the notice does answer. A check whose cost is not
below its use is a candidate to narrow or drop; whether dropping it answers rightly is for the eval
to say, since a check may also stop a wrong part from being combined.

    python evals/refusals.py [--corpus DIR --gold DIR]... [--index DIR] [--rows FILE]

--corpus/--gold may be repeated (each split answered over its own index, as `notices eval` does);
the default is the project corpus. Never pass evals/heldout: it is scored, not tuned on.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not another installed copy


def reason_form(reason: str) -> str:
    """The form of a refusal reason with the notice's and the question's words masked: the first
    part's reason of a multi-part question, its quotes and numbers as X."""
    r = re.sub(r"^part \d+ \([^)]*\): ", "", reason or "")
    r = re.split(r"; part \d+ \(", r)[0]
    r = re.sub(r"[\u4e00-\u9fff\uff10-\uff190-9.%“”《》（）()、·\-—，]+", "X", r)
    return re.sub(r"(?:X\s*)+", "X ", r).strip()[:80] or "(no reason)"


def tally(rows: list[dict]) -> list[tuple[str, int, int, int]]:
    """(form, answerable refused, near-miss refused, off-topic refused) per reason form, most used first."""
    t: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        if r["answered"]:
            continue
        k = reason_form(r["reason"])
        t[k][0 if not r["unanswerable"] else 1 if r.get("near_miss") else 2] += 1
    return sorted(((k, *v) for k, v in t.items()), key=lambda x: (-(x[1] + x[2] + x[3]), x[0]))


def collect(index: Path, corpus: Path, gold: Path) -> list[dict]:
    from pipeline.answer import Answerer, answer_dict
    from pipeline.evaluate import read_jsonl
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever

    ingest([corpus], index, prune=True)
    a = Answerer(Retriever(index))
    rows = []
    for g in read_jsonl(gold / "qa.jsonl"):
        ans = a.ask(g["question"], g["id"])
        rows.append({"id": g["id"], "unanswerable": g.get("answer") is None, "near_miss": g.get("near_miss"),
                     "answered": ans.answerable, "reason": answer_dict(ans, check=False).get("reason") or ""})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, default=ROOT / ".notices" / "refusals")
    ap.add_argument("--corpus", type=Path, action="append", help="repeat to pool splits (default: corpus/)")
    ap.add_argument("--gold", type=Path, action="append", help="one per --corpus (default: evals/gold)")
    ap.add_argument("--rows", type=Path, help="keep the answered rows here; reuse them when the file exists")
    args = ap.parse_args()
    corpora = args.corpus or [ROOT / "corpus"]
    golds = args.gold or [ROOT / "evals" / "gold"]
    if len(corpora) != len(golds):
        ap.error("give one --gold for each --corpus")
    if any("heldout" in str(p) for p in corpora + golds):
        ap.error("evals/heldout is scored, never tuned on: leave it out")
    if args.rows and args.rows.exists():
        rows = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        rows = []
        for i, (c, g) in enumerate(zip(corpora, golds)):
            print(f"refusals: {c}", file=sys.stderr, flush=True)
            rows += collect(args.index / f"split{i}", c, g)
        if args.rows:
            args.rows.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print("answerable  near-miss  off-topic  reason form (refusals by check)")
    for form, ans, near, off in tally(rows):
        print(f"{ans:10} {near:10} {off:10}  {form}")


if __name__ == "__main__":
    main()
