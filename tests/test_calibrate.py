"""evals/calibrate.py: the abstention floors are chosen from answers given at each measure floor,
because the measure floor also decides which fact answers (from labelled rows, no model)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cal():
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "evals" / "calibrate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def row(tm, group="a", una=False, blocked=False, right=True, measure=1.0, support=1.0):
    return {"id": f"{group}-1", "group": group, "unanswerable": una, "near_miss": una, "blocked": blocked, "tm": tm,
            "measure": measure, "support": support, "correct_if_answered": right and not blocked and not una}


def test_each_floor_is_judged_by_the_answers_given_at_it(cal):
    # at floor 0.3 the engine answers the near miss (its best fact scores 0.4) and picks a wrong fact for the
    # lookup (a weaker one passed the floor and outranked the right one); at 0.5 it refuses the near miss and
    # the right fact answers. Rows collected with no floor would have shown the wrong answer at 0.5 too.
    rows = [row(0.3, right=False, measure=0.6), row(0.3, una=True, measure=0.4),
            row(0.5, right=True, measure=0.8), row(0.5, una=True, blocked=True, measure=0.4)]
    tm, ts, tw = cal.best_pair(rows)
    assert tm == 0.5
    assert cal.outcome(rows, tm, ts, tw) == (1.0, 1.0)
    assert cal.outcome(rows, 0.3, ts, tw) == (0.0, 0.0)


def test_the_support_floor_is_chosen_within_the_rows_of_one_measure_floor(cal):
    rows = [row(0.5, support=0.3), row(0.5, una=True, support=0.1), row(0.5, group="b", support=0.5),
            row(0.6, blocked=True), row(0.6, una=True, blocked=True), row(0.6, group="b", blocked=True)]
    tm, ts, tw = cal.best_pair(rows)
    assert (tm, ts) == (0.5, 0.3)
    assert cal.outcome(rows, tm, ts, tw) == (1.0, 1.0)


def test_rows_of_the_older_format_are_still_gated_by_their_scores(cal):
    rows = [{"id": "a-1", "group": "a", "unanswerable": False, "blocked": False, "measure": 0.7, "support": 0.4,
             "correct_if_answered": True},
            {"id": "a-2", "group": "a", "unanswerable": True, "blocked": False, "measure": 0.2, "support": 0.4,
             "correct_if_answered": False}]
    tm, ts, tw = cal.best_pair(rows)
    assert 0.2 < tm <= 0.7
    assert cal.outcome(rows, tm, ts, tw) == (1.0, 1.0)
