"""Calibrate when the llm engine asks the model (pipeline/choose.py), leaving one notice out.

The llm engine lists the extractive engine's checked candidates and lets the model choose. Two
numbers decide when a call is worth making; both are read from the candidates the extractive
machinery lists, without the model, on labelled questions:

- `choice_gap`: the model chooses among checked facts only when the best one's judge score leads
  the next by at most this. It is the largest lead at which the extractive pick of a one-part
  question was wrong and a lower checked candidate right (the only case a choice can fix), rounded
  up to a step of 0.5. Above it the extractive pick stands and no call is made.
- `soft_measure_min`: for a part the checks refuse, facts that pass every check but the support
  floor (`soft_support_min`, fixed at 0.10) and reach this measure match are offered to the model.
  It is just above the best soft measure match on any unanswerable question: a near miss is never
  offered on the notices calibrated on (the model takes most soft candidates it is shown).

--holdout reports each notice's questions under the values chosen on the other notices only.
--write merges the values into evals/abstain.json; copy it to pipeline/data/ (package data).

    python evals/calibrate_choice.py --corpus corpus --gold evals/gold --corpus evals/dev/corpus \\
        --gold evals/dev/gold ... [--holdout] [--write]

Never pass the held-out split (evals/heldout): it is scored, not tuned on.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's pipeline, not another installed copy
FILE = ROOT / "evals" / "abstain.json"
SOFT_SUPPORT = 0.10  # the support floor of a soft candidate (the floor the data is collected at)
COLLECT_MEASURE = 0.3  # soft candidates are collected down to this measure match


def collect(index: Path, corpus: Path, gold: Path) -> list[dict]:
    from pipeline.answer import answer_dict
    from pipeline.choose import ChoiceAnswerer
    from pipeline.evaluate import answer_correct, qa_type, read_jsonl
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever
    from pipeline.slots import read

    ingest([corpus], index, prune=True)
    engine = ChoiceAnswerer(Retriever(index), None)
    engine.x.cfg = dataclasses.replace(engine.x.cfg, soft_measure_min=COLLECT_MEASURE, soft_support_min=SOFT_SUPPORT)
    rows = []
    for g in read_jsonl(gold / "qa.jsonl"):
        ext = answer_dict(engine.x.ask(g["question"], g["id"]), check=False)
        plans = engine.plans(read(g["question"]))
        parts = []
        for p in plans:
            opts = [{"score": o.score, "soft": o.soft,
                     "right": len(plans) == 1 and g.get("answer") is not None
                     and answer_correct({"answerable": True, "answer": o.answer.answer}, g)} for o in p.options]
            parts.append({"refused": not p.default.answerable, "sentences": p.default.facts == [] and p.default.answerable, "opts": opts})
        docs = g.get("docs") or ([g["doc"]] if g.get("doc") else [])
        rows.append({"id": g["id"], "group": f"{corpus}:{docs[0] if len(docs) == 1 else '_cross'}", "type": qa_type(g),
                     "unanswerable": g.get("answer") is None, "extractive_right": answer_correct(ext, g), "parts": parts})
    by_prefix: dict[str, set] = {}
    for r in rows:  # an unanswerable question names no notice: it goes with its id prefix's notice
        by_prefix.setdefault(r["id"].split("-")[0], set()).add(r["group"])
    for r in rows:
        groups = {x for x in by_prefix[r["id"].split("-")[0]] if not x.endswith("_cross")}
        if r["group"].endswith("_cross") and len(groups) == 1:
            r["group"] = groups.pop()
    return rows


def lead(part: dict) -> float | None:
    checked = [o for o in part["opts"] if o["soft"] is None]
    return checked[0]["score"] - checked[1]["score"] if len(checked) > 1 and not part["sentences"] else None


def fixable_leads(rows: list[dict]) -> list[float]:
    """Leads at which a one-part question's extractive pick was wrong and a lower checked one right."""
    out = []
    for r in rows:
        if len(r["parts"]) != 1 or r["unanswerable"] or r["extractive_right"]:
            continue
        p = r["parts"][0]
        checked = [o for o in p["opts"] if o["soft"] is None]
        if not p["refused"] and (gap := lead(p)) is not None and any(o["right"] for o in checked[1:]):
            out.append(gap)
    return out


def near_miss_softs(rows: list[dict]) -> list[float]:
    return [o["soft"] for r in rows if r["unanswerable"] for p in r["parts"] if p["refused"]
            for o in p["opts"] if o["soft"] is not None]


def choose_values(rows: list[dict]) -> tuple[float, float]:
    leads = fixable_leads(rows)
    gap = math.ceil(max(leads) / 0.5) * 0.5 if leads else 0.0
    gap = max(gap, 0.5)  # never below a small tie margin: two facts this close are a coin toss
    softs = near_miss_softs(rows)
    soft = math.floor(max(softs) * 100 + 1) / 100 if softs else COLLECT_MEASURE
    return gap, soft


def outcome(rows: list[dict], gap: float, soft: float) -> dict:
    calls = fixable = offered_near = rescuable = 0
    for r in rows:
        call = False
        for p in r["parts"]:
            softs = [o for o in p["opts"] if o["soft"] is not None and o["soft"] >= soft]
            if p["refused"] and softs:
                call = True
                if r["unanswerable"]:
                    offered_near += 1
                elif len(r["parts"]) == 1 and any(o["right"] for o in softs):
                    rescuable += 1
            elif not p["refused"] and ((g := lead(p)) is not None and g <= gap or p["sentences"] and len(p["opts"]) > 1):
                call = True
        calls += call
    fixable = sum(g <= gap for g in fixable_leads(rows))
    return {"questions": len(rows), "calls": calls, "fixable_in_reach": fixable, "fixable": len(fixable_leads(rows)),
            "near_misses_offered_soft": offered_near, "refusals_with_a_right_soft": rescuable}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, default=ROOT / ".notices" / "calibrate-choice")
    ap.add_argument("--corpus", type=Path, action="append", required=True)
    ap.add_argument("--gold", type=Path, action="append", required=True)
    ap.add_argument("--holdout", action="store_true")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if len(args.corpus) != len(args.gold):
        ap.error("give one --gold per --corpus")
    if any("heldout" in str(p) for p in args.corpus + args.gold):
        ap.error("the held-out split is scored, never calibrated on")
    rows = []
    for n, (c, g) in enumerate(zip(args.corpus, args.gold)):
        rows += collect(args.index / str(n), c, g)
    gap, soft = choose_values(rows)
    out = {"choice_gap": gap, "soft_measure_min": soft, "soft_support_min": SOFT_SUPPORT,
           "choice_calibration": outcome(rows, gap, soft)}
    if args.holdout:
        held, total = {}, {}
        for grp in sorted({r["group"] for r in rows}):
            g_, s_ = choose_values([r for r in rows if r["group"] != grp])
            o = outcome([r for r in rows if r["group"] == grp], g_, s_)
            held[grp] = {"choice_gap": g_, "soft_measure_min": s_} | o
            for k, v in o.items():
                total[k] = total.get(k, 0) + v
        out["holdout"] = held
        out["choice_holdout"] = total
    print(json.dumps(out, ensure_ascii=False, indent=1))
    if args.write:
        data = json.loads(FILE.read_text(encoding="utf-8")) if FILE.exists() else {}
        data.update({k: v for k, v in out.items() if k not in ("holdout",)})
        FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
