"""evals/refusals.py groups refusals by the form of their reason, masking the notice's words, and counts
what each check refuses: answerable questions (its cost) against unanswerable ones."""
import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location("refusals", Path(__file__).resolve().parent.parent / "evals" / "refusals.py")
refusals = importlib.util.module_from_spec(spec)
spec.loader.exec_module(refusals)


def test_reasons_of_one_check_share_a_form_whatever_the_notice_says():
    a = refusals.reason_form("period not covered: 2024年; the notice gives 全年")
    b = refusals.reason_form("period not covered: 一季度; the notice gives 截至3月底")
    assert a == b == "period not covered: X ; the notice gives X"
    # a multi-part question is filed under its first part's reason
    c = refusals.reason_form("part 1 (甲县多少?): period not covered: 2023年; the notice gives 2025年; part 2 (乙县多少?): measure not stated: 罚")
    assert c == a


def test_tally_counts_answerable_near_miss_and_off_topic_refusals_apart():
    rows = [
        {"answered": False, "unanswerable": False, "near_miss": None, "reason": "period not covered: 2024年; the notice gives 全年"},
        {"answered": False, "unanswerable": True, "near_miss": True, "reason": "period not covered: 上月; the notice gives 本月"},
        {"answered": False, "unanswerable": True, "near_miss": True, "reason": "period not covered: 2023年; the notice gives 2025年"},
        {"answered": False, "unanswerable": True, "near_miss": False, "reason": "measure not stated: 招录; the notice gives 出动"},
        {"answered": True, "unanswerable": False, "near_miss": None, "reason": ""},
    ]
    got = {form: (a, n, o) for form, a, n, o in refusals.tally(rows)}
    assert got["period not covered: X ; the notice gives X"] == (1, 2, 0)
    assert got["measure not stated: X ; the notice gives X"] == (0, 0, 1)
    assert len(got) == 2  # an answered question is no refusal
