"""Session 53, on invented notices (places 眱, 眲, 眳, 眴, 眹, 眻): whose figure an item of a list is, a
place called by its short name, a bound that is no value, a total over stretches the question narrows, the
quarter a quarterly report's figures are of, a kind of thing the notice never counts, and a lot or an
excess it never states.

- 其中眱城区查处12起,眱江区9起,眱阳县11起 (and 其中眻城区退还…、眻东区退还…): each item is its body's;
- 眲州 is 眲州市 when the notice names that city below its own (分市看,眲州市…追回率93.4%);
- 眳山乡隐患整改率仍低于90% is a line the rate is held to; the town's line (整改率88.7%) is its rate;
- 累计收回…4216亩,其中2024年…,2025年1—10月收回1343亩: the stretch asked has its own figure;
- 尚存…企业97户 is what there was, not what was cleared; 对37家企业记入信用扣分 is the act 扣了 asks;
- 在这轮大检查里: the scene, no act asked; 拿加班费、值班补贴当幌子: one thing asked, not two;
- 这三个月 is the report's quarter, 第二季度 another; 今年 is not one quarter; 价格违法案件 is a kind the notice
  never counts; 不合格食品的核查处置率 asks a rate of what was done to the failures;
- TJ-3标段 has no 审减 of its own when the list names TJ-2 and TJ-5; 超出概算 is not the amount itself;
- 眻州市“回头看”中: the campaign the notice reports, no other thing.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

MONTHLY = """眱州市纪委监委关于2025年10月全市查处违反中央八项规定精神问题情况的通报

各县（市、区）纪委监委，市纪委监委各派驻纪检监察组：

2025年10月，全市纪检监察机关共查处违反中央八项规定精神问题45起，批评教育帮助和处理61人，其中给予党纪政务处分38人。

本月，全市5个县（市、区）和市直单位均查处了违反中央八项规定精神问题，其中眱城区查处12起，眱江区9起，眱阳县11起，眱山市6起，眱源县4起，市直单位查处3起。今年以来，眱阳县累计查处64起，居各县（市、区）首位。

从问题类型看，违规收送名贵特产和礼品礼金问题17起，违规吃喝问题14起，违规发放津贴补贴问题8起，其他问题6起。
"""

PENSIONS = """眲南省人力资源和社会保障厅关于社会保险基金审计查出问题整改情况的公告

根据审计署眲南特派办审计意见，现将整改情况公告如下。

一、冒领养老金问题

审计发现，全省有2867名已死亡人员被继续发放养老金。截至2025年9月底，追回被冒领养老金2604.8万元，追回率89.3%。

分市看，眲州市被冒领养老金986.4万元、涉及1034人，已追回921.7万元，追回率93.4%；眲阳市被冒领养老金652.8万元、涉及597人，已追回548.3万元，追回率84.0%。

二、被占用资源收回问题

针对社保经办场所被侵占问题，各地累计收回被侵占的经办用房4216平方米，其中2024年收回2873平方米，2025年1—10月收回1343平方米。

三、“僵尸”参保单位问题

2023年底，全省尚存长期欠缴的“僵尸”参保单位97户，截至2025年10月底，累计清理注销“僵尸”参保单位23户。
"""

SAFETY = """眳东县应急管理局关于2024年安全生产“打非治违”专项行动情况的通报

各乡镇人民政府，县直有关单位：

2024年，全县开展安全生产“打非治违”专项行动，检查企业1326家次，发现隐患3415处，整改率94.7%，罚款286.5万元。

分乡镇看：
眳西镇：检查企业402家次，发现隐患1102处，整改率95.8%，罚款96.4万元。
眳山乡：检查企业118家次，发现隐患265处，整改率88.7%，低于全县平均水平6个百分点，罚款21.3万元。

存在问题：部分乡镇隐患整改不彻底，眳山乡隐患整改率仍低于90%，整改质量有待提升。

县住房和城乡建设局以加班费、值班补贴名义向干部职工违规发放津贴补贴共计37.6万元，已责令全部退回。
"""

FOOD = """眴东县市场监督管理局关于2025年第三季度食品安全监督抽检情况的通报

各乡镇人民政府，县直有关单位：

本季度，全县共完成食品安全监督抽检1286批次，检出不合格样品33批次，不合格率2.57%。第二季度抽检1102批次，不合格率2.90%。

本季度共立案查处食品安全违法案件12件，罚没款合计86420元；第二季度立案查处8件，罚没款合计53600元。

对本季度检出的不合格食品，截至9月30日，已完成核查处置30批次，核查处置率90.9%，第二季度不合格食品核查处置率为100%。
"""

ROAD = """眹州市交通投资集团有限公司关于眹阳高速公路建设项目审计整改情况的报告

一、项目基本情况

眹阳高速公路批复概算总投资86.73亿元，其中建筑安装工程费61.25亿元。项目共划分为6个土建施工标段。

二、审计发现问题的整改情况

1．结算多计工程款问题。审计审减工程款4862.37万元，其中TJ-2标段2153.8万元、TJ-5标段1427.65万元。整改情况：已追回多付工程款1235.6万元，其中TJ-2标段512.3万元、TJ-5标段601.7万元、TJ-3标段121.6万元。

2．超概算问题。受材料价格上涨等因素影响，项目预计总投资超出批复概算14620万元。整改情况：已按程序报批调整概算。
"""

PROPERTY = """眻州市住房和城乡建设局关于物业服务专项整治“回头看”情况的通报

各区住房和城乡建设局：

按照全市物业服务专项整治“回头看”工作安排，现将有关情况通报如下。

截至8月底，累计向4217户业主退还违规收取的物业费386.45万元，其中眻城区退还127.3万元、眻东区退还94.62万元；督促追回被挪用的小区公共收益61.37万元，已全部返还至小区公共收益账户。

坚持整改与问责并重，对37家物业服务企业记入信用扣分，累计扣分538分，其中9家企业已被列入重点监管名单。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s53", [
        ("yuzhou-jiwei-yuebao-2025", MONTHLY, "眱州市"),
        ("ernan-shebao-zhenggai-2025", PENSIONS, "眲南省"),
        ("sandong-dafeizhiwei-2024", SAFETY, "眳东县"),
        ("sidong-choujian-2025", FOOD, "眴东县"),
        ("jiuzhou-gaosu-shenji-2025", ROAD, "眹州市"),
        ("yanzhou-wuye-huitoukan-2025", PROPERTY, "眻州市"),
    ], "2025-11-05")


def test_each_item_of_a_list_is_its_bodys(answerer):
    answered(answerer, "2025年10月眱阳县查处违反中央八项规定精神问题多少起？", "11起")
    d = ask_checked(answerer, "眻城区和眻东区向业主退还的违规收取物业费加起来是多少万元？")
    assert "127.3万元" in d["answer"] and "94.62万元" in d["answer"], d


def test_a_city_called_by_its_short_name(answerer):
    answered(answerer, "眲州被人冒名领走的养老金，收回来的比例有多高？", "93.4%")


def test_a_bound_is_not_the_rate(answerer):
    answered(answerer, "眳山乡查出来的安全隐患，改好的比例是多少？", "88.7%")


def test_the_stretch_asked_has_its_own_figure(answerer):
    answered(answerer, "2025年头十个月，各地收回了多少平方米被侵占的社保经办用房？", "1343平方米")


def test_what_there_was_is_not_what_was_cleared(answerer):
    answered(answerer, "眲南省清理注销了多少户长期欠缴的“僵尸”参保单位？", "23户")
    answered(answerer, "眻州住建部门这回给多少家物业公司扣了信用分？", "37家")


def test_a_scene_and_a_cover_are_no_parts(answerer):
    answered(answerer, "眳西镇在这轮专项行动里一共开了多少钱的罚单？", "96.4万元")
    d = answered(answerer, "眳东县住建局拿加班费、值班补贴当幌子乱发补贴，一共发了多少钱？", "37.6万元")
    assert len(d.get("parts") or [None]) == 1, d


def test_the_quarter_a_quarterly_report_speaks_of(answerer):
    answered(answerer, "眴东县市场监管局这三个月一共罚了多少钱？", "86420元")
    refused_with(answerer, "眴东县第一季度食品抽检的不合格率是多少？", "第一季度")
    refused_with(answerer, "眴东县市场监管局今年查处了多少起价格违法案件？")  # (not the quarter's 12件 of food cases)
    answered(answerer, "眴东县第三季度不合格食品的核查处置率是多少？", "90.9%")


def test_a_lot_and_an_excess_the_notice_does_not_state(answerer):
    refused_with(answerer, "眹阳高速TJ-3标段被审减了多少工程款？", "TJ-3")
    answered(answerer, "眹阳高速TJ-5标段被审减了多少工程款？", "1427.65万元")
    refused_with(answerer, "眹阳高速项目的建筑安装工程费超出概算多少？", "概算")


def test_the_campaign_the_notice_reports_is_no_other_thing(answerer):
    answered(answerer, "眻州市“回头看”中督促追回的被挪用小区公共收益是多少？", "61.37万元")


def test_a_later_question_naming_a_project_is_its_own():
    from pipeline.slots import read

    parts = read("眳东县2024年“打非治违”罚款一共多少？眹阳高速项目已追回多付工程款多少？").parts
    assert [p.text for p in parts] == ["眳东县2024年“打非治违”罚款一共多少?", "眹阳高速项目已追回多付工程款多少?"]
    # (a clause that opens with words, not a name, still takes the place the first clause named)
    parts = read("眳东县检查了多少家企业？发现问题项目多少个？").parts
    assert parts[1].text.startswith("眳东县"), parts[1].text
