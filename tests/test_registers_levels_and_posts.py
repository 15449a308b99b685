"""Session 41, on invented notices (places 痡, 痣, 痦 and 痬): registers, levels of government and posts.

- a register of numbered records of `label：value` lines (1.\\n问题：…\\n涉及金额：…\\n责任单位：…): the record's
  责任单位, though it comes after the figure, owns it, and its 问题 line says what its amounts are about;
- 没整改的钱 asked of (已整改X万元，未整改Y万元): the amount said done is the other side;
- a 和 between a body and what it did and another body (人社局乱发补贴和民政局…) joins two items, not one name;
- a level of government asked (各区, 区级) is not answered by another level's figure (市级财政…);
- a post written a line per clause: 全年 in a block that opens 2024年 is 2024, not another year asked;
- 比去年同期多罚了多少万元 asks a change, which a level and a rate of change do not give;
- 其余…已纳入下半年计划 said after a whole's figures makes neither the whole nor its 其中 items a plan;
- a level with the base of its comparison (386亩,较2023年排查时的1240亩下降68.9%) gives the fall on that year.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, build_answerer, refused_with


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    register = """痡州市2023年度审计查出问题整改清单

1.
问题：市人社局向不符合条件的86人发放职业技能提升补贴。
涉及金额：24.6万元
整改结果：已追回其中70人的补贴（已整改19.8万元，未整改4.8万元）。
责任单位：市人力资源和社会保障局
整改状态：持续整改

2.
问题：市民政局向已死亡人员继续发放高龄津贴。
涉及金额：13.2万元
整改结果：已追回大部分资金（已整改10.5万元，未整改2.7万元）。
责任单位：市民政局
整改状态：持续整改

3.
问题：医疗设备购置后长期闲置。
涉及金额：830万元
整改结果：已调剂使用部分设备（已整改512.4万元，未整改317.6万元）。
责任单位：市卫生健康委员会
整改状态：持续整改
"""
    levels = """痣州市加装电梯工作情况通报

今年以来，全市加装电梯210部。市级财政对每部电梯补贴10万元，区级另行给予配套补贴，上半年市级共拨付补贴资金2100万元。
"""
    post = """数说这一年 | 痦州医保基金监管

今天，小编用一组数据带你“数说”2024年的基金监管👇

📌 一、全年成绩单

2024年，全市共检查定点医药机构1830家。
全年追回医保基金8960万元，作出行政处罚1460万元。

📌 二、大气与执法

1—9月，全市查处大气环境违法案件62起，罚款930万元，同比分别增长12.7%和18.2%。
"""
    roads = """痬县农村公路和农田情况通报

（一）开展农村公路路域环境整治行动。截至5月底，全县修补路面坑槽1.6万平方米，排查整治安全隐患点120处，已整改104处，其余隐患点已纳入下半年计划，持续整改。其中，痬河镇修补路面坑槽5100平方米，痬岭乡修补路面坑槽3300平方米。
（二）农田撂荒问题。排查发现撂荒面积412亩，较2023年排查时的1180亩下降65.1%。
"""
    return build_answerer(tmp_path_factory, "registers", [
        ("yixian-roads-2024", roads, "痬县"),
        ("puzhou-qingdan-2024", register, "痡州市"),
        ("zhizhou-dianti-2024", levels, "痣州市"),
        ("youzhou-post-2025", post, "痦州市", {"published": "2025-01-16"}),
    ], "2024-12-20")


def test_a_record_s_owner_after_its_figures_owns_them(answerer):
    answered(answerer, "痡州市审计整改清单中，市卫生健康委员会医疗设备闲置问题已整改多少万元？", "512.4万元")


def test_the_undone_side_is_asked_not_the_done(answerer):
    answered(answerer, "痡州市人社局和民政局这两项审计问题，没整改的钱加起来一共多少？", "7.5万元")


def test_a_body_and_its_act_and_another_body_are_two_items(answerer):
    answered(answerer, "痡州市人社局乱发技能补贴和民政局给去世老人发津贴，哪个问题涉及的钱更多？多多少？", "人社局")


def test_another_level_s_figure_does_not_answer(answerer):
    refused_with(answerer, "痣州市各区对每部加装电梯给了多少配套补贴？", "市级")
    answered(answerer, "痣州市加装电梯，市里每部补贴多少钱？", "10万元")


def test_a_whole_year_in_a_block_of_a_year_is_that_year(answerer):
    refused_with(answerer, "痦州市医保部门2023年作出的行政处罚金额是多少？", "period not covered")
    answered(answerer, "痦州市医保部门2024年作出的行政处罚金额是多少？", "1460万元")


def test_a_change_in_money_asked_of_a_level_and_a_rate(answerer):
    refused_with(answerer, "痦州1—9月大气环境违法罚款比去年同期多罚了多少万元？", "change not stated")


def test_a_plan_for_what_is_left_makes_no_item_a_plan(answerer):
    answered(answerer, "痬县修补农村公路坑槽，痬河镇补了多少平方米？", "5100平方米")


def test_a_fall_from_the_base_of_a_comparison(answerer):
    answered(answerer, "痬县农田撂荒面积比上一年减少了多少亩？", "768亩")
