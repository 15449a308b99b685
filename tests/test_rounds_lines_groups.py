"""Session 57, on invented notices (places 瞂, 瞃, 瞆, 瞇): rounds a notice numbers, lines a notice labels, whose a
figure is when the notice names people or groups, and near misses those structures tell apart.

- (一)第一轮巡视整改情况 / (二)第二轮…, then 1.第一轮巡视反馈的…问题。整改情况:…: a figure told under another
  heading is still the first round's when its line says 第一; 两轮…一共 adds the rounds; 分别…哪一轮更多 names them;
- 林业：… / 水务：… / 农业：… lines: 水务这块 is asked of its line, not of the whole; 其中甲站…、乙站… names the parts
  of a whole, and a third station asked has no figure;
- …王某某…追索扣回X万元;…李某某…扣减其年薪30%: 李某某's amount is not stated;
- 对5家企业分别处…罚款,合计罚款Y万元: one of the five, asked by name, has no figure of its own;
- 每生150元,涉及学生800人,共计12万元: 收了多少钱 is the total; 多少名A和B: each counted;
- 虚增营业收入 is no 虚增利润; 初中 counted among the schools by kind is not 涉及学校's count; 挽回损失 is no loss;
- 累计补课36课时: lessons are a figure; 上个季度 of a third-quarter report is its second quarter; 次均 is an average;
- 退回的第二季度超标招待费: the quarter names the overspend, not the day it was paid back; what is left of a road
  whose length the plan states; an institution named only elsewhere has no share of the city's rate; a section's
  heading (违规对外担保问题) says what its figures are of.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, build_answerer, refused_with

ROUNDS = """中共瞂州港务集团有限公司委员会关于两轮巡视整改情况的通报

一、整改总体情况

（一）第一轮巡视整改情况

第一轮巡视反馈问题3个方面42个。截至2025年6月底，42个问题已完成整改39个，完成率92.9%。从领域分布看，港口建设领域问题16个、装卸收费领域问题11个、物资采购领域问题15个。

（二）第二轮巡视整改情况

第二轮巡视反馈问题19个。截至2025年6月底，已完成整改12个，完成率63.2%。从领域分布看，港口建设领域问题7个、装卸收费领域问题5个、物资采购领域问题7个。

二、分领域整改情况

（一）关于装卸收费管理不规范的问题

1.第一轮巡视反馈的装卸费稽核不严问题。整改情况：开展装卸费专项稽核，追缴少收装卸费1532.6万元，涉及货运船舶2.18万艘次，其中瞂北作业区追缴612.4万元、瞂南作业区追缴503.9万元。

2.第二轮巡视指出的堆存费减免审批不严问题。整改情况：追缴违规减免的堆存费418.7万元，涉及货主企业63家。
"""

LINES = """瞃川县农业农村局关于涉农项目资金专项检查情况的通报

一、总体情况

2025年5月至8月，全县共检查涉农项目326个，涉及资金9.84亿元，发现问题97个。

二、分行业情况

林业：检查项目58个，涉及资金1.26亿元，发现问题19个。
水务：检查项目74个，涉及资金3.05亿元，发现问题23个。
农业：检查项目194个，涉及资金5.53亿元，发现问题55个。

三、典型问题

瞃川县绿源苗木有限公司实际控制人赵某某组织瞃川县青禾园林工程有限公司等5家企业串通投标。县农业农村局会同县财政局对5家企业分别处中标金额5‰的罚款，合计罚款64.5万元。

瞃川县林场原场长王某某违规发放奖金，追索扣回已发放奖金12.6万元；原副场长李某某负有领导责任，扣减其年度绩效奖金30%。

瞃川县惠农农资贸易公司通过虚假购销虚增营业收入2.37亿元。该公司违规出借资金形成损失3400万元，截至9月底通过诉讼挽回损失1150万元。
"""

SCHOOLS = """瞆县教育局关于2025年第三季度规范办学行为督查情况的通报

一、基本情况

本次督查共覆盖学校64所，其中初中15所、小学38所、幼儿园11所。督查发现存在问题的学校26所。第二季度督查发现问题57个。县教育局约谈相关学校校长6人、分管副校长8人。

二、主要问题

1.瞆城第二中学：在收取课后服务费时捆绑收取“研学费”，每生150元，涉及学生800人，共计12万元。
2.瞆河镇中学：8月份连续3个周日组织初三学生到校补课，累计补课36课时，涉及学生215人。

三、检查费用

2025年第三季度，全县公立医院门诊次均检查费用88.6元，比第二季度的92.4元下降4.1%。
"""

VILLAGE = """瞇口村2025年第三季度村务公开

一、项目公开

1.实施二组通组道路硬化，长2.4公里，项目预算58.6万元。
2.更换村内太阳能路灯32盏，支出2.56万元。

二、监督整改情况

（一）项目进展。二组通组道路硬化项目于7月10日开工，截至9月30日已完成混凝土浇筑1.5公里，累计支付工程进度款26.4万元。

（二）镇纪委监督发现问题整改情况。镇纪委在抽查中发现，瞇口村第二季度招待费支出2500.00元，超出镇定标准500.00元。7月20日，相关责任人已退回超标费用500.00元。

三、卫生健康

全市CT检查阳性率为71.2%。对瞇州市妇幼保健院检查申请不规范的问题予以通报。
"""

GROUP = """瞇州市国资委关于违规经营投资问题的通报

一、瞇州交投集团违规对外担保问题

瞇州交投集团所属瞇通公司为民营企业提供担保1.6亿元，经评估预计形成资产损失5200万元。

二、瞇州文旅集团投资决策失误问题

瞇州文旅集团未经可行性研究投资温泉项目，形成资产损失2900万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s57", [
        ("suizhou-gangwu-xunshi-2025", ROUNDS, "瞂州市"),
        ("suichuan-sheniong-jiancha-2025", LINES, "瞃川县"),
        ("suixian-banxue-ducha-2025q3", SCHOOLS, "瞆县"),
        ("mikou-cunwu-2025q3", VILLAGE, "瞇口村"),
        ("mizhou-guozi-tongbao-2025", GROUP, "瞇州市"),
    ], "2025-10-15")


def test_a_rounds_figure_told_under_another_heading(answerer):
    answered(answerer, "第一轮巡视整改中，瞂州港务集团追回了多少少收的装卸费？", "1532.6万元")


def test_two_rounds_added(answerer):
    d = answered(answerer, "瞂州港务集团两轮巡视一共反馈了多少个问题？", "61个")
    assert "计算所得" in d["answer"], d


def test_rounds_compared_name_their_sides(answerer):
    d = answered(answerer, "港口建设领域在第一轮和第二轮巡视中分别被反馈了多少个问题？哪一轮更多？", "第一轮更多")
    assert "16个" in d["answer"] and "7个" in d["answer"], d


def test_a_breakdown_that_names_other_parts(answerer):
    refused_with(answerer, "第一轮巡视整改中，瞂东作业区追缴了多少装卸费？", "瞂东作业区")


def test_a_labelled_line_answers_for_its_label(answerer):
    d = answered(answerer, "瞃川县水务这一块检查了多少个项目？", "74个")
    assert "326" not in d["answer"], d


def test_another_persons_figure(answerer):
    refused_with(answerer, "瞃川县林场原副场长李某某被扣减了多少万元绩效奖金？", "李某某")


def test_one_of_a_group_has_no_figure_of_its_own(answerer):
    refused_with(answerer, "瞃川县青禾园林工程有限公司被罚款多少万元？", "青禾园林工程有限公司")


def test_another_item_of_the_account(answerer):
    refused_with(answerer, "瞃川县惠农农资贸易公司通过虚假购销虚增了多少利润？", "利润")


def test_the_loss_not_what_was_won_back(answerer):
    answered(answerer, "瞃川县惠农农资贸易公司借钱给别人，最后亏了多少钱？", "3400万元")


def test_a_total_over_the_amount_per_head(answerer):
    answered(answerer, "瞆城第二中学捆绑收的研学费一共收了多少钱？", "12万元")


def test_a_count_asked_of_two_kinds(answerer):
    d = answered(answerer, "瞆县教育局约谈了多少名学校校长和分管副校长？", "6人")
    assert "8人" in d["answer"], d


def test_one_kind_counted_among_all(answerer):
    refused_with(answerer, "本次督查中，瞆县有多少所初中被发现存在问题？", "初中")


def test_lessons_are_counted(answerer):
    answered(answerer, "瞆河镇中学8月份周日给初三学生补了多少节课？", "36课时")


def test_the_quarter_before_of_a_quarterly_report(answerer):
    answered(answerer, "瞆县上个季度督查发现了多少个问题？", "57个")


def test_an_average_per_visit(answerer):
    answered(answerer, "瞆县第三季度公立医院门诊平均每次检查要花多少钱？", "88.6元")


def test_a_time_that_names_the_thing_not_the_act(answerer):
    answered(answerer, "瞇口村相关责任人退回的第二季度超标招待费是多少元？", "500.00元")


def test_what_is_left_of_a_whole_stated_where_the_thing_is_described(answerer):
    d = answered(answerer, "瞇口村二组通组道路硬化项目截至9月30日还有多少公里没有完成混凝土浇筑？", "0.9公里")
    assert "计算所得" in d["answer"], d


def test_an_institution_named_elsewhere_has_no_share_of_the_whole(answerer):
    refused_with(answerer, "瞇州市妇幼保健院的CT检查阳性率是多少？", "瞇州市妇幼保健院")


def test_a_sections_heading_says_its_figures_topic(answerer):
    d = answered(answerer, "瞇州交投集团违规担保预计形成的资产损失和瞇州文旅集团投资失误形成的资产损失合计多少？", "8100万元")
    assert "计算所得" in d["answer"], d
