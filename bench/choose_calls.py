"""What the llm engine's choosing costs and could gain, without a model: calls, prompt characters, and
the answers under two scripted choosers standing in for the model.

- `first`: takes the first listed candidate of every part (a model that always agrees with the
  extractive ranking); its answers should be the extractive engine's, one for one.
- `oracle`: takes the candidate holding a gold figure, and refuses an unanswerable question; the
  room a perfect chooser has over the extractive engine with the same candidates.

    .venv/bin/python bench/choose_calls.py [--index DIR] [--out bench/results/choose_calls.json]

Both choosers go through pipeline/choose.py exactly as a model's reply would (ids checked, answers
built from the chosen facts); nothing here is a network call.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import ROOT, load_now, machine, read_gold  # noqa: E402


class ScriptedChooser:
    """A provider whose reply is computed from the listed candidates; counts calls and prompt size."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.calls = 0
        self.prompt_chars = 0
        self.gold: list[str] = []
        self.unanswerable = False

    def complete(self, messages, schema, **_):
        self.calls += 1
        user = messages[-1]["content"]
        self.prompt_chars += sum(len(m["content"]) for m in messages if m["role"] == "user")
        listed = user.split("<<<CANDIDATES\n", 1)[1]
        ids = []
        for part in re.split(r"\n\n(?=部分\d)", listed):
            lines = re.findall(r"^(c\d+)\. ([^;|]*)", part, re.M)
            if self.mode == "oracle":
                if self.unanswerable:
                    return {"answerable": False, "ids": [], "answer": None}
                hit = [i for i, shown in lines if any(g in shown for g in self.gold)]
                ids.append(hit[0] if hit else lines[0][0])
            else:
                ids.append(lines[0][0])
        return {"answerable": True, "ids": ids, "answer": None}


def run(index: Path, mode: str, gold: list[dict]) -> dict:
    from pipeline.answer import answer_dict
    from pipeline.choose import ChoiceAnswerer
    from pipeline.evaluate import answer_correct, qa_type
    from pipeline.retrieve import Retriever
    from pipeline.settings import Settings

    chooser = ScriptedChooser(mode)
    engine = ChoiceAnswerer(Retriever(index, None, Settings(index=index)), chooser, Settings(index=index))
    right: dict[str, list[bool]] = {}
    t = time.perf_counter()
    for g in gold:
        chooser.gold, chooser.unanswerable = g.get("figures") or [], g.get("type") == "unanswerable"
        pred = answer_dict(engine.ask(g["question"], g["id"]), check=False)
        ok = (not pred["answerable"]) if g.get("type") == "unanswerable" else bool(pred["answerable"] and answer_correct(pred, g))
        right.setdefault(qa_type(g), []).append(ok)
    return {"chooser": mode, "questions": len(gold), "calls": chooser.calls, "prompt_chars": chooser.prompt_chars,
            "right": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(right.items())},
            "seconds": round(time.perf_counter() - t, 1)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, help="an index of corpus/ (built in a temp folder when absent)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "choose_calls.json")
    a = ap.parse_args(argv)
    from pipeline.ingest import ingest

    result = {"bench": "choose_calls", "date": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine(),
              "load_start": load_now(),
              "note": "oracle: a part with no candidate holding a gold figure (names/what questions) takes the first"}
    with tempfile.TemporaryDirectory() as tmp:
        index = a.index or Path(tmp) / "idx"
        if a.index is None:
            ingest([ROOT / "corpus"], index)
        gold = read_gold()
        result["runs"] = [run(index, mode, gold) for mode in ("first", "oracle")]
    result["load_end"] = load_now()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result["runs"], ensure_ascii=False))
    return result


if __name__ == "__main__":
    main()
