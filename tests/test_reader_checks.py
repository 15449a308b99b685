"""What dev35 taught (session 34), on invented notices (places 甀, 甁, 甂): a unit read whole (分贝), the
level reached said again after the work, a street's office is the street, a quantity of a material is no
count of machines, one case pointed at, the things that failed a check, names asked where the notice
counts people or lists posts or wrongdoings, which body of a kind is asked, a rate asked as a gap, a 分别
list of gaps, a period said of one part only, the running total at a later date, the means a question
names, a sum of two things stated apart and a whole whose items are both named, a 和 inside a name,
bodies of a kind named together, a reader's words for things (好处, 打官司) and verbs (瞒下, 叫去谈话)."""
import pytest

from pipeline.actions import action_conflict, asked_actions
from pipeline.question import analyse
from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with

COMPLAINTS = """甀州市第五批边督边改信访件办理情况公示

截至2024年6月3日，督察进驻以来全市累计受理督察组转办信访件326件，已办结281件，办结率86.2%。

受理编号：D甀0427
交办问题：甀东区甀湖路“甀香阁”等多家餐饮店油烟直排。
处理和整改情况：区市场监管局对3家餐饮店处以罚款3.6万元，责令安装油烟净化设施。

受理编号：D甀0431
交办问题：甀苑小区居民反映物流园夜间噪声扰民。
调查核实情况：经监测，甀苑小区边界夜间噪声为58分贝，超过限值8分贝。
处理和整改情况：加装隔声屏障260米。经复测，甀苑小区边界夜间噪声已降至48分贝。

受理编号：D甀0440
交办问题：甀西县甀江甀岭村段有人夜间盗采河砂。
调查核实情况：经查，甀岭村村民王某某等3人使用2台挖掘机在甀江甀岭村段夜间盗采河砂，共非法采砂约1.8万立方米。
处理和整改情况：县水利局没收违法所得5.4万元，并处罚款32万元；对甀石乡分管副乡长、县水利局河道管理股股长等3人给予政务警告处分。
"""

STREET = """甁川街道2024年10月接诉即办考评通报

10月份，街道办事处共接收市民服务热线派单1862件，已办结1795件。
甁北社区接单201件，解决率仅为72.4%，满意率76.9%，分别低于街道平均水平16.3个百分点和14.3个百分点。
本月抽检辖区食品经营户餐具样品240批次，检出不合格样品9批次。
医保飞检后，约谈定点医药机构主要负责人27人次。
"""

GROUP = """甂州城建集团关于经济责任审计整改情况的报告

一、甂江置业公司存在项目去化缓慢的问题。整改情况：公司采取分类促销、以租代售等措施，回笼资金7.93亿元。公司将闲置地块移交市土地储备中心，收回土地出让金2.18亿元。
二、甂城物业公司违规减免商户物业费及停车费。整改情况：追回违规减免费用86.47万元，其中物业费61.2万元、停车费25.27万元。
三、应收账款清收不力的问题。整改情况：累计清收欠款2.37亿元；通过诉讼追偿欠款4起、涉及金额3640万元。
四、截至2024年10月底，已整改到位问题24个。集团共追责问责19人，其中给予党纪政务处分4人。
五、甂州仁和康复医院违规收费12.6万元，甂山县中医医院违规收费9.8万元。
六、集团原副总经理钱某某收受供应商回扣46.5万元；其隐瞒4名已故职工的死亡信息，冒领补贴3.2万元。
"""

FARM = """甎阳县农业农村局关于高标准农田建设项目问题整改情况的公示

全县共实施项目3个，总投资8600万元，核减工程款212.5万元。

一、甎口镇2023年高标准农田建设项目

项目建设面积1.5万亩，总投资2250万元。

（一）工程量虚报的问题。经复核，施工单位甎阳县恒达建设工程有限公司虚报灌溉沟渠1.2公里，多计工程款96.35万元。

二、甎河镇2023年高标准农田建设项目

项目建设面积1.1万亩，总投资2880万元。

（一）质量不达标的问题。经抽检，部分沟渠质量不达标，已返工沟渠2.6公里，核减工程款43.8万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "reader", [
        ("yizhou-xinfang-2024", COMPLAINTS, "甀州市"),
        ("cichuan-jiesu-2024", STREET, "甁川街道"),
        ("bizhou-chengjian-2024", GROUP, "甂州市"),
        ("zhuanyang-nongtian-2024", FARM, "甎阳县"),
    ], "2024-11-08")


def test_a_unit_read_whole_and_the_level_reached_after_the_work(answerer):
    assert read("噪音降到了多少分贝？").parts[0].info.units == [] or "分" not in read("噪音降到了多少分贝？").parts[0].info.units
    # 58分贝 is what was measured first; 已降至48分贝, said later of the same measure, is the level reached
    answered(answerer, "甀苑小区晚上的噪音整改后降到了多少分贝？", "48分贝")


def test_one_case_pointed_at_and_a_material_counted_by_volume(answerer):
    assert read("那伙人一共偷挖了多少河沙？").parts[0].kinds == ["volume", "weight"]
    answered(answerer, "甀西县甀江边那伙人一共偷挖了多少河沙？", "1.8万立方米")


def test_a_streets_office_is_the_street_itself(answerer):
    answered(answerer, "甁川街道10月份一共接到了多少件热线派单？", "1862件")


def test_what_failed_a_check(answerer):
    answered(answerer, "甁川街道本月抽检餐具，有多少批次没过关？", "9批次")


def test_names_the_notice_does_not_give(answerer):
    # posts listed, no person named
    refused_with(answerer, "甀西县非法采砂案中被给予政务警告处分的3名干部叫什么名字？", "names not listed")


def test_a_rate_asked_as_a_gap_and_a_respective_list_of_gaps(answerer):
    answered(answerer, "甁北社区的群众满意度比全街道平均低了多少？", "14.3个百分点")


def test_a_period_said_of_one_part_only(answerer):
    d = answered(answerer, "甂州城建集团截至2024年10月底已整改到位多少个问题？有多少人被给予党纪政务处分？", "24个")
    assert "4人" in d["answer"]


def test_a_running_total_at_a_later_date(answerer):
    refused_with(answerer, "截至2024年5月底，甀州市累计办结了多少件督察组转办的信访件？", "period not covered", "6月3日")


def test_the_means_a_question_names(answerer):
    answered(answerer, "甂江置业公司通过促销卖房、以租代售收回了多少钱？", "7.93亿元")
    # 打官司 is 诉讼: the notice says what its lawsuits did elsewhere, and only as an amount involved
    refused_with(answerer, "甂州城建集团通过打官司实际追回了多少欠款？")


def test_two_things_summed_by_name_and_a_whole_whose_items_are_both_named(answerer):
    d = answered(answerer, "甀西县非法采砂案中，没收违法所得和罚款合计多少万元？", "37.4万元")
    assert d["computed"]["op"] == "sum"
    answered(answerer, "甂城物业公司违规免掉的物业费和停车费，后来追回来多少钱？", "86.47万元")


def test_a_and_inside_a_name():
    assert [p.text for p in read("甂州仁和康复医院和甂山县中医医院哪家违规收费更多？").parts] == ["甂州仁和康复医院 违规收费", "甂山县中医医院 违规收费"]


def test_bodies_of_a_kind_named_together_are_no_body(answerer):
    assert read("医院药店的负责人一共被叫去谈话多少人次？").parts[0].who == []
    assert asked_actions("医院药店的负责人一共被叫去谈话多少人次？") == ["叫去谈话"]
    answered(answerer, "甁川街道医保飞检后，医院药店的负责人一共被叫去谈话多少人次？", "27人次")


def test_a_readers_words_for_things_and_acts(answerer):
    answered(answerer, "甂州城建集团原副总经理钱某某从供应商那里一共拿了多少好处？", "46.5万元")
    answered(answerer, "甂州城建集团原副总经理钱某某瞒下了几位去世职工的消息？", "4名")
    assert asked_actions("瓿城物业公司退还多收车位管理费涉及多少户业主") == ["退还", "涉及"]
    assert asked_actions("整改后有几处租出去了？") == ["租出去"]


def test_a_body_named_by_the_heading_above_the_figures_section(answerer):
    # 一、甎口镇…项目 heads the section; （一）工程量虚报的问题 is its sub-section: the town's figures
    answered(answerer, "甎口镇的高标准农田项目，施工方多报了多少公里灌溉渠？", "1.2公里")
    answered(answerer, "甎河镇的农田项目返工了多少公里沟渠？", "2.6公里")


def test_a_count_named_by_its_measure_word_and_an_act_said_after_whom():
    assert analyse("甊州市办理校外培训退费的家长户数").units == ["户"]
    # 对整改不力的2家燃气企业主要负责人进行约谈: 整改不力 says whom; 约谈 is what was done to them
    assert action_conflict("一共约谈了多少家企业？", "市住建局对整改不力的", "家燃气企业主要负责人进行约谈") is None
