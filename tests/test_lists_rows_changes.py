"""Session 55, on invented notices (places 睗, 睘, 睙): lists said 分别 over a list of things done, compound
verbs, a change said right after its level, a count said with its size, a wrong named by its item's title,
what an act got said apart from the whole it acted on, a town's villages summed from a table, a level said once
for a list of short names, a kind of a measure the notice never breaks out, and a change between two periods
each stated with its own level.

- 甲局、乙局、丙局分别超标准列支差旅费、接待费12.3万元、8.6万元和5.2万元: the i-th office's figure is the i-th;
- 补收回来 asks what 收回 says (整改中 before 收回 is the scene, no act of the figure's);
- 货车超限率0.52%,同比下降0.27个百分点: 跟去年比降了多少 is the change, not the level;
- 拆除违法建筑物63处、面积8420平方米: 拆了多少违章建筑 is the count with its size;
- 1.关于违规领取失业保险金的问题。…仍领取失业保险金186.4万元,已追回162.3万元: the title says the wrong, and what
  was got back is the second figure;
- 睗口镇上村|…, 睗口镇下村|… with a county 合计 row: the town's villages summed;
- 联合街道、社区开展: a verb and places in general, no 街道 of that name;
- 睘东、睘西、睘南三个区: each short name a 区;
- 其中,国省干线超限率…,农村公路超限率…: 高速公路的超限率 is a kind the notice never states;
- 净利润 is not the 利润总额 stated; a reader's 城投子公司 is the 城投公司 named;
- 2024年…按期办结率仅为82.4% and 2025年1—6月…按期办结率96.5%: the change between the two, in points;
- 2024年度和2025年1—10月收缴的罚没款: each time with the measure said once after the second.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

AUDIT = """睗州市审计局关于2024年度市级预算执行审计查出问题整改情况的报告

一、部门预算执行方面

1.关于超标准列支差旅费接待费的问题。市林业局、市水务局、市体育局分别超标准列支差旅费、接待费12.3万元、8.6万元和5.2万元，已通过个人退回、调整账目等方式全部整改。

2.关于违规领取失业保险金的问题。215人在就业后仍领取失业保险金186.4万元，已追回162.3万元，其余已移交司法机关追缴。

3.关于少收国有资产租金的问题。市机关事务中心2022年以来低价出租门面房，整改中收回少收的租金差额7.8万元。

二、村级巡察整改情况

各村整改情况如下：
村(社区)|反馈问题(个)|已整改(个)|收回资金(万元)
睗口镇上村|14|13|6.42
睗口镇下村|11|11|3.18
睗河镇新村|16|15|9.07
睗河镇老街社区|12|10|4.33
合计|53|49|23.00

三、自然资源执法

2024年度，全市立案查处违法用地案件41宗，收缴罚没款903.6万元。2025年1—10月，全市立案查处违法用地案件56宗，收缴罚没款1268.45万元。全市累计拆除违法建筑物63处、面积8420平方米。

四、市属国有企业

2025年1—9月，市属国有企业实现利润总额6.85亿元，上缴国有资本收益1.2亿元。所属企业中，城投公司实现利润总额2.1亿元。
"""

TRAFFIC = """睘州市交通运输局关于2025年1—9月治超工作情况的通报

一、总体情况

1—9月，全市货车超限率为0.46%，同比下降0.19个百分点；其中，国省干线公路超限率为0.39%，农村公路超限率为0.71%。全市共建成非现场执法点38个，其中今年新建非现场执法点11个。

二、各区情况

睘东区：查处超限车辆1326辆，货车超限率0.52%，同比下降0.27个百分点。
睘西区：查处超限车辆984辆，货车超限率0.41%，同比下降0.12个百分点。
睘南区：查处超限车辆1150辆，货车超限率0.44%，同比下降0.08个百分点。
"""

SCHOOL = """睙川市教育局关于2024—2025学年校外培训治理情况的通报

(一)睙东区。区教育局建立监管台账，学科类机构由318家压减至14家。全学年查处隐形变异培训46起，罚款31.2万元。

(二)睙南区。区教育局联合街道、社区开展“敲门行动”，本学年查处隐形变异培训58起，其中查处住家教师违规培训21起。学科类机构由247家压减至12家。

(三)信访工作。巡察发现，2024年全市教育系统信访事项按期办结率仅为82.4%。整改后，2025年1—6月，全市教育系统受理信访事项57件，按期办结55件，按期办结率96.5%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s55", [
        ("shizhou-shenji-zhenggai-2025", AUDIT, "睗州市"),
        ("huanzhou-zhichao-2025", TRAFFIC, "睘州市"),
        ("xichuan-shuangjian-2025", SCHOOL, "睙川市"),
    ], "2025-11-20")


def test_a_list_said_respectively_over_things_done(answerer):
    answered(answerer, "睗州市体育局开会出差超标花了多少钱？", "5.2万元")


def test_a_compound_verb_asks_what_either_part_says(answerer):
    answered(answerer, "睗州市机关事务中心门面房租金收低了，整改时补收回来多少？", "7.8万元")


def test_a_change_said_right_after_its_level(answerer):
    answered(answerer, "睘东区货车超载的比例跟去年比降了多少？", "0.27个百分点")


def test_a_count_said_with_its_size(answerer):
    d = answered(answerer, "睗州市拆掉了多少违章建筑？", "63处")
    assert "8420平方米" in d["answer"], d


def test_the_items_title_names_the_wrong(answerer):
    answered(answerer, "睗州市有人找到工作后还在领失业金，冒领了多少钱？", "186.4万元")


def test_what_an_act_got_is_said_apart_from_the_whole(answerer):
    answered(answerer, "睗州市审计整改中，已追回的违规领取失业保险金是多少？", "162.3万元")


def test_a_towns_villages_summed_from_a_table(answerer):
    d = answered(answerer, "睗口镇的两个村整改中合计收回资金多少万元？", "9.6万元")
    assert d["answer"].count("计算所得") == 1 and "6.42" in d["answer"] and "3.18" in d["answer"], d


def test_a_verb_before_places_in_general_names_no_place(answerer):
    d = ask_checked(answerer, "睙东区和睙南区本学年查处隐形变异培训各多少起？哪个区更多？")
    assert d["answerable"] and "睙南区更多" in d["answer"] and "46起" in d["answer"] and "58起" in d["answer"], d


def test_a_level_said_once_for_short_names(answerer):
    d = ask_checked(answerer, "睘东、睘西、睘南三个区一共查处超限车辆多少辆？")
    assert d["answerable"] and d["answer"].startswith("3460辆"), d


def test_a_kind_of_the_measure_never_stated(answerer):
    refused_with(answerer, "睘州市高速公路的货车超限率是多少？", "高速公路")


def test_a_net_figure_is_not_the_gross_one(answerer):
    refused_with(answerer, "睗州市属国企2025年1—9月的净利润是多少？", "净利润")
    answered(answerer, "睗州市属国企2025年1—9月的利润总额是多少？", "6.85亿元")


def test_a_readers_subsidiary_is_the_company_named(answerer):
    answered(answerer, "睗州市属国企旗下的城投子公司今年前三季度挣了多少利润？", "2.1亿元")


def test_a_change_between_two_periods_each_stated(answerer):
    answered(answerer, "睙川市教育系统2025年1—6月的信访事项按期办结率比2024年提高了多少个百分点？", "14.1个百分点")


def test_two_times_with_the_measure_said_once(answerer):
    answered(answerer, "睗州市2024年度和2025年1—10月收缴的违法用地罚没款合计多少万元？", "2172.05万元")
