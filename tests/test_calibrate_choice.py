"""evals/calibrate_choice.py: when the llm engine asks the model, from labelled rows (no model)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cal():
    spec = importlib.util.spec_from_file_location("calibrate_choice", ROOT / "evals" / "calibrate_choice.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def row(group, unanswerable=False, right=True, refused=False, opts=(), sentences=False):
    return {"id": f"{group}-1", "group": group, "type": "unanswerable" if unanswerable else "lookup",
            "unanswerable": unanswerable, "extractive_right": right,
            "parts": [{"refused": refused, "sentences": sentences,
                       "opts": [{"score": s, "soft": soft, "right": r} for s, soft, r in opts]}]}


def test_the_gap_reaches_the_widest_lead_a_choice_could_fix_and_the_soft_floor_clears_every_near_miss(cal):
    rows = [
        # the extractive pick wrong, the second checked candidate right, 0.65 behind: a choice can fix it
        row("a", right=False, opts=[(3.0, None, False), (2.35, None, True)]),
        # a near miss whose refused part has soft candidates up to 0.717
        row("b", unanswerable=True, refused=True, opts=[(1.0, 0.717, False), (0.9, 0.31, False)]),
        # a refusal a soft candidate (0.74) would answer right
        row("c", right=False, refused=True, opts=[(1.0, 0.74, True)]),
        # the extractive pick right and far ahead: no call
        row("d", opts=[(5.0, None, True), (1.0, None, False)]),
    ]
    gap, soft = cal.choose_values(rows)
    assert gap == 1.0 and soft == 0.72
    out = cal.outcome(rows, gap, soft)
    assert out == {"questions": 4, "calls": 2, "fixable_in_reach": 1, "fixable": 1,
                   "near_misses_offered_soft": 0, "refusals_with_a_right_soft": 1}
    # left out, a notice is scored with the values the others give: without "a" the gap falls to its floor
    gap_wo_a, _ = cal.choose_values([r for r in rows if r["group"] != "a"])
    assert gap_wo_a == 0.5 and cal.outcome([rows[0]], gap_wo_a, soft)["fixable_in_reach"] == 0
    # without "b", no near miss sets the floor: the collection floor, and b's 0.717 would be offered
    _, soft_wo_b = cal.choose_values([r for r in rows if r["group"] != "b"])
    assert cal.outcome([rows[1]], 1.0, soft_wo_b)["near_misses_offered_soft"] == 1


def test_the_held_out_split_is_refused(cal, monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["calibrate_choice.py", "--corpus", "evals/heldout/corpus", "--gold", "evals/heldout/gold"])
    with pytest.raises(SystemExit):
        cal.main()
    assert "held-out" in capsys.readouterr().err
