"""Session 43, on invented notices (places 瘛, 瘜, 瘝 and 瘞): the sides of a comparison, totals and the
base of a change.

- a city's name and a month said before the first of two districts compared (瘛州市9月份瘛东区和瘛西区…)
  hold for both; each district is asked its own figure, which a sentence a little further down gives
  (…分别查处11起、7起), not the city's total the question's words fill more of;
- the sides of a sum or comparison are counted alike: one side's best figure in another unit (1372项 of
  assets asked as a value) gives way to its figure in the unit of the other side;
- 一共 asked, and a department's figure scored first: the figure the notice states as the total (共…,
  累计…), larger and in the same unit, is the whole asked; a department asked by name keeps its own;
- a figure of the paragraph stated at the very date asked (…;截至2024年6月底,已完成131条) answers over the
  same measure at an earlier date that shares more of the question's words;
- a time the notice names only as the base of a change (与3月底相比,整改完成率提高41.2个百分点) is
  answered from the value it states and that change, computed; a time it never names is still refused;
- the work a question is set in (“三资”清理中…) is no part of a village's name, nor is a 村 that opens
  村“两委” or 村党支部 a village;
- a notice's short name that is only a kind of body (以下简称“公司”) names no one notice: a question about
  another company is not sent to it;
- 比以前快了多少天 asks the change between a stated 由…缩短至…; a remainder's whole may be the one earlier
  figure the done part's rate says it is a share of (办结126件,办结率98.4% of 交办128件);
- 多少已经去世的人 counts people, whatever they are paid; a figure whose own measure is only a generic word
  (金额4.3万元) does not answer a measure whose other words (招商引资签约) its sentence never says.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with

MONTHLY = """瘛州市纪委监委通报2024年9月全市查处违反中央八项规定精神问题情况

2024年9月，全市各级纪检监察机关紧盯中秋等重要节点，共查处违反中央八项规定精神问题46起，批评教育帮助和处理63人，其中给予党纪政务处分41人。查处的问题中，享乐主义、奢靡之风问题31起，形式主义、官僚主义问题15起。

从查处对象看，9月份处理的63人中，乡科级干部17人、一般干部和其他人员46人。

从地区分布看，瘛东区、瘛西区、瘛南县分别查处11起、7起、6起，市直单位查处9起，市属国有企业查处13起。

今年1-9月，全市共查处违反中央八项规定精神问题418起，批评教育帮助和处理602人，同比分别增长11.2%和9.8%。
"""

LEDGER = """瘜川县农村集体“三资”清理工作情况通报

今年以来，瘜川县开展农村集体“三资”清理，全县新登记入账资产1372项，价值2.65亿元；清收历年陈欠款项8365万元，规范村级财务收支2.1万笔。

瘜山镇“三资”清理中，全镇清理各类经济合同412份，其中瘜东村87份、瘜西村64份，纠正问题合同53份。

（二）村级组织建设。结合村“两委”调整，瘜山镇村党组织书记平均年龄由56.3岁降至49.7岁，大专以上学历占比提高到61.5%。
"""

PROGRESS = """瘝川县委巡察办关于县委第六轮巡察整改进展情况的通报

局党组对照反馈问题逐条制定整改措施138条。截至2023年底,138条整改措施已完成104条,完成率为75.4%;截至2024年6月底,已完成131条,完成率为94.9%。

县委第六轮巡察共反馈问题217个。截至6月底，已完成整改问题186个，整改完成率85.7%。与3月底相比，整改完成率提高41.2个百分点。其余31个问题正在推进，计划年底前全部完成。
"""

COMPANY = """瘛州能源股份有限公司关于巡视整改情况的公告

瘛州能源股份有限公司（以下简称“公司”）于2024年3月接受巡视，巡视反馈问题27个，截至9月30日已完成整改25个。公司全年清收应收账款6.27亿元。
"""

INSURANCE = """瘜阳县农业保险理赔专项整治情况通报

整治中查实禾信财产保险股份有限公司瘜阳支公司虚增承保面积3260亩，对其罚款30万元。整治后，全县农业保险平均结案周期由整治前的41天缩短至19天。

2023年6月，省督察组交办群众信访件128件。各乡镇逐件核查，按时限办理。

截至2024年12月20日，交办信访件已办结126件，办结率98.4%，未办结的信访件涉及历史遗留问题，正在分类化解。

巡察发现，瘜阳县有86名已死亡人员仍被继续发放城乡居民养老金，涉及金额41.2万元，已全部追回。4个社区11名“两委”成员在辖区企业违规兼职取酬，金额4.3万元，已全部退缴。
"""

FEES = """瘞州市涉企违规收费专项整治取得阶段性成效

截至10月底，我市涉企违规收费专项整治共排查收费单位1246家，发现违规收费问题387个，清退违规收费1.86亿元，惠及企业2.3万户。

部门收费：针对部分部门下属单位借行政审批之机强制企业接受有偿服务的问题，市市场监管局对全市34个政府部门及所属事业单位开展全面检查，查实违规收费问题126个，督促退还企业1.02亿元，涉及企业9860户。

行业协会收费：市民政局清理规范行业协会商会收费，督促退还会员企业2380万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "sides", [
        ("chizhou-jiwei-bagui-2024", MONTHLY, "瘛州市"),
        ("jichuan-sanzi-qingli-2024", LEDGER, "瘜川县"),
        ("xichuan-xuncha-jinzhan-2024", PROGRESS, "瘝川县"),
        ("yizhou-sheqi-shoufei-2024", FEES, "瘞州市"),
        ("chizhou-nengyuan-gonggao-2024", COMPANY, None, {"issuer": "瘛州能源股份有限公司董事会"}),
        ("jiyang-nongxian-lipei-2024", INSURANCE, "瘜阳县"),
    ], "2024-11-08")


def test_a_place_and_month_before_the_first_side_hold_for_both():
    parts = read("瘛州市9月份瘛东区和瘛西区查处的违反中央八项规定精神问题，哪个区更多？").parts
    assert [p.who for p in parts] == [["瘛东区"], ["瘛西区"]]
    assert [p.period for p in parts] == ["9月份", "9月份"]


def test_each_district_compared_is_answered_with_its_own_figure(answerer):
    d = answered(answerer, "瘛州市9月份瘛东区和瘛西区查处的违反中央八项规定精神问题，哪个区更多？", "瘛东区更多")
    assert "11起" in d["answer"] and "7起" in d["answer"] and "46起" not in d["answer"]


def test_a_side_answered_in_another_unit_takes_its_figure_in_the_others_unit(answerer):
    d = answered(answerer, "瘜川县新登记入账资产的价值和清收的历年陈欠款项，哪个更多？各是多少？", "新登记入账资产")
    assert "2.65亿元" in d["answer"] and "8365万元" in d["answer"] and "1372项" not in d["answer"]


def test_a_total_asked_is_the_figure_stated_as_the_total(answerer):
    answered(answerer, "瘞州这回整治乱收费，一共给企业退了多少钱？", "1.86亿元")
    answered(answerer, "瘞州市市场监管局督促退还企业多少钱？", "1.02亿元")  # (a department asked: its own)


def test_a_time_named_only_as_the_base_of_a_change_is_computed(answerer):
    d = answered(answerer, "瘝川县县委第六轮巡察反馈问题在3月底时的整改完成率是多少？", "44.5%")
    assert d["computed"]["expression"] == "85.7%-41.2个百分点"
    refused_with(answerer, "瘝川县县委第六轮巡察反馈问题在1月底时的整改完成率是多少？", "period not covered")


def test_the_work_a_question_is_set_in_and_village_bodies_are_no_village_names(answerer):
    assert read("瘜山镇“三资”清理中，瘜东村清理了多少份经济合同？").parts[0].who == ["瘜山镇", "瘜东村"]
    answered(answerer, "瘜山镇“三资”清理中，瘜东村清理了多少份经济合同？", "87份")
    answered(answerer, "瘜山镇整改后村党支部书记平均多大年纪?", "49.7岁")


def test_a_short_name_that_is_only_a_kind_of_body_names_no_notice(answerer):
    a, _ = answerer
    assert "公司" not in a.places("chizhou-nengyuan-gonggao-2024")
    assert a.named_docs("禾信财产保险股份有限公司瘜阳支公司虚增承保面积多少亩？") != ["chizhou-nengyuan-gonggao-2024"]
    answered(answerer, "禾信财产保险股份有限公司瘜阳支公司虚增承保面积多少亩？", "3260亩")


def test_a_change_asked_as_faster_is_computed_from_its_two_ends(answerer):
    d = answered(answerer, "瘜阳县农险理赔专项整治后，平均结案时间比以前快了多少天？", "22天")
    assert d["computed"]["expression"] == "41天-19天"


def test_the_whole_of_a_remainder_is_found_by_the_rate_of_the_done_part(answerer):
    d = answered(answerer, "瘜阳县督察组交办的信访件中还有多少件未办结？", "2件")
    assert d["computed"]["expression"] == "128件-126件"


def test_people_asked_before_what_they_are_paid_are_counted(answerer):
    answered(answerer, "瘜阳县巡察发现，有多少已经去世的人还在领城乡居民养老金？", "86名")


def test_a_generic_measure_word_alone_answers_no_specific_measure(answerer):
    refused_with(answerer, "瘜阳县今年招商引资签约金额是多少？")
    answered(answerer, "瘜阳县社区“两委”成员违规兼职取酬的金额是多少？", "4.3万元")


def test_the_figure_at_the_date_asked_answers_over_the_same_measure_at_another(answerer):
    answered(answerer, "截至2024年6月底,瘝川县巡视整改措施已完成多少条?", "131条")
