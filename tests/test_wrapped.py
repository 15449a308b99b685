"""Hard-wrapped text (a PDF's lines broken at the page width, mid-sentence, with page numbers and a
running header between pages): the wrap breaks are no sentence or clause ends, so a figure keeps
the measure on the line before it; spans stay exact, breaks included. Notices written here."""

import pytest

from pipeline.figures import extract_figures
from pipeline.textnorm import fold_doc, wrap_breaks
from tests.answering import answered, build_answerer

WRAPPED = """石川县审计局关于2023年度县级预算执行审计发现问题整改情况的报告

　　根据审计法规定,现将2023年度县级预算执行和其他财政收支审计发现问题的整改情况报告如
下。今年审计共发现问题46个,涉及金额3.2亿元。截至2024年10月底,已整改到位问题39个,整改
率84.8%;通过上缴国库、归还原渠道等方式整改问题金额2.7亿元,制定完善制度规定15项。对6个
部门超范围列支的会议费和培训费38.5万元,已督促相关单位全部收回,县财政局已将代编预算分
— 2 —
石川县审计局关于审计发现问题整改情况的报告
解下达至具体单位和项目,细化率提高到96.4%。县农业农村局收回闲置超过两年的专项资金860万
元,统筹用于高标准农田建设。县水利局对未按期完工的农村饮水项目逐一约谈施工单位,目前已完
工2个,剩余1个计划于12月底前完工。
— 3 —
石川县审计局关于审计发现问题整改情况的报告
　　二、关于专项资金管理使用不规范的问题
　　县卫生健康局已收回违规发放的补贴12.6万元。
"""

PARAGRAPHS = """沙河镇关于巡察整改情况的通报
一、强化组织领导。镇党委召开专题会议5次,研究部署整改工作。
二、推进问题整改。巡察反馈的18个问题已整改完成15个,剩余3个正在推进。
三、完善制度机制。修订完善财务管理、项目管理等制度8项,堵塞管理漏洞。
四、下一步工作。持续巩固整改成果,建立长效机制,防止问题反弹回潮。
"""

TABLE = """乡镇          本期线索(条)    累计线索(条)    办结率(%)
芦荻镇        9               64              91.2
青杉乡        4               38              76.5
桐湾镇        7               51              88.0
柏坞镇        3               29              93.1
"""


def test_wrap_breaks_are_found_only_in_hard_wrapped_text():
    spans = wrap_breaks(WRAPPED)
    joined = ["".join(WRAPPED[a - 2:b + 2].split()) for a, b in spans]
    assert any("如下" in j for j in joined) and any("整改率" in j for j in joined)
    assert any("—2—" in j for j in joined)
    assert "代编预算分解下达" in "".join(fold_doc(WRAPPED).split())  # across the page number and the running header
    assert not any("题" in WRAPPED[b:b + 4] and "二、" in WRAPPED[b:b + 6] for _, b in spans)  # an outline item starts a line
    assert wrap_breaks(PARAGRAPHS) == [] and wrap_breaks(TABLE) == []


def test_fold_doc_keeps_offsets():
    folded = fold_doc(WRAPPED)
    assert len(folded) == len(WRAPPED)
    assert "\n" not in folded[WRAPPED.index("整改\n率"):WRAPPED.index("整改\n率") + 4]


def test_a_figure_keeps_the_measure_on_the_line_before():
    figs = {f.text: f for f in extract_figures("w", WRAPPED)}
    rate = figs["84.8%"]
    assert rate.measure and "整改" in rate.measure and "率" in rate.measure
    money = figs["860万\n元"]  # the span is exact, its break included
    assert WRAPPED[money.start:money.end] == "860万\n元" and "专项资金" in money.measure
    for f in figs.values():
        assert WRAPPED[f.start:f.end] == f.text
        assert WRAPPED[f.sentence_start:f.sentence_end] == f.sentence


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "wrapped", (("shichuan-2024", WRAPPED, "石川县"),), "2024-11-20")


def test_answers_read_across_wraps_and_pages(answerer):
    d = answered(answerer, "石川县审计发现问题的整改率是多少?", "84.8%")
    assert "\n" not in d["answer"]
    d = answered(answerer, "石川县农业农村局收回了多少闲置专项资金?", "860万元")
    assert any("860万\n元" in c["quote"] for c in d["citations"])
