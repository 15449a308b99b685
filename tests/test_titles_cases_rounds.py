"""Session 56, on invented notices (places 睲, 睳, 睴): what a line's title says of each of its clauses, whose a
case's figures are, when a case's remedy happened, a change asked between two stated levels, a gap to a reference,
a reader's verb of one family, and near misses the notices tell apart: another measure said beside the one asked,
a qualifier the notice never says, a quarter, a round or a year-end the notice does not cover, a change asked of
a level.

- 3.违规配备使用公务用车问题：本月未查处；1—10月累计查处6起: the title is what the second clause counts;
- 案例一：某医院…罚款 / 案例五：另一医院…违约金: a case's figures are its body's, and no other body's;
- 2025年7月,…发现该院在2024年1月至12月期间存在…问题,…违规使用医保基金X元。县医疗保障局追回医保基金X元: the
  recovery is of the case's time, not of the years the wrong ran;
- 由2024年的45天压减至2025年的28天: 与2024年相比缩短了多少天 is computed;
- 合同工期18个月…已超出合同工期11个月: 比合同约定晚了多久 is the excess, not the reference;
- 越级访87人次,同比减少52人次、下降37.4%: 人次比去年少了多少 is the count;
- 清退网箱养殖1.86万平方米: 撤掉 is a reader's word for it when the notice says no 撤掉 of anything;
- 城投集团清收应收账款15.2亿元、交投集团清收逾期债权7.9亿元: 交投清收的应收账款 is not stated;
- 购物卡、礼金共计2.86万元,以及名贵白酒6瓶: the liquor's value is not stated;
- 虚增收购量: 虚增的销售量 is another measure; 新设企业: 新设立的外资企业 too;
- 第一季度…, 第三季度…: 第二季度 is not stated; 上一轮: another round; 到年底: after the notice's date.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

MONTHLY = """睲川县纪委监委关于2025年10月违反中央八项规定精神问题查处情况的通报

一、总体情况

2025年1—10月，全县累计查处违反中央八项规定精神问题84起，处理121人，给予党纪政务处分73人。

二、分类情况

1.违规吃喝问题：本月查处3起、处理5人；1—10月累计查处27起。
2.违规收送礼品礼金问题：本月查处2起、处理2人；1—10月累计查处19起。
3.违规配备使用公务用车问题：本月未查处；1—10月累计查处6起。
4.违规发放津补贴问题：本月查处1起、处理1人；1—10月累计查处8起。

三、典型问题

1.睲川县住房和城乡建设局市政管理所原所长孙某某违规发放津补贴问题。2023年1月至2024年12月，孙某某以“加班补助”名义，违规向所内19名职工发放津补贴共计9.74万元。

2.睲川县林业局原副局长钱某某违规收受礼品礼金问题。2021年5月至2025年1月，钱某某多次收受管理服务对象所送购物卡、礼金共计2.86万元，以及名贵白酒6瓶。
"""

MEDICAL = """睳川县医疗保障局关于2025年1—10月医保基金违法违规使用典型案例的通报

2025年1—10月，全县共检查定点医药机构214家，追回医保基金318.6万元。第一季度追回医保基金96.2万元，第三季度追回医保基金121.5万元。现将典型案例通报如下。

案例一：睳川县康和医院串换项目收费案

2025年3月，县医疗保障局在日常检查中发现，睳川县康和医院在2023年1月至2024年12月期间，存在串换项目收费等问题，违规使用医保基金126432.50元。县医疗保障局追回违规使用的医保基金126432.50元，处违规金额1.5倍罚款189648.75元。

案例二：睳口镇中心卫生院虚记诊疗项目案

2025年4月，县医疗保障局发现，睳口镇中心卫生院存在虚记诊疗项目问题，违规使用医保基金81436.48元。县医疗保障局追回医保基金81436.48元，处罚款97723.78元。

案例三：睳川县中医院超标准收费案

2025年7月，县医疗保障局对睳川县中医院开展专项检查，发现该院在2024年1月至12月期间，存在超标准收取床位费问题，违规使用医保基金157903.18元。县医疗保障局追回医保基金157903.18元，按照协议约定扣除违约金31580.64元。
"""

REFORM = """睴州市国资委和营商环境建设局关于巡察整改和营商环境改善情况的通报

一、营商环境

企业开办全流程办理时间由2024年的8个小时压减至2025年的3.5个小时。社会投资一般工业项目从立项到取得施工许可的审批时间由2024年的45天压减至2025年的28天。2025年1-9月，全市新设立经营主体2.84万户，其中新设企业9736户。截至2025年9月30日，全市梳理“堵点”问题138个，已整改销号131个。2025年1-9月，12345热线受理涉及“堵点”的企业诉求2415件，办结2386件。

二、信访和工程

全市越级访87人次，同比减少52人次、下降37.4%。睴水河治理项目合同工期18个月，截至审计时已超出合同工期11个月。睴泉水库水源地清退网箱养殖1.86万平方米，拆除违规建筑6420平方米。

三、国企整改

截至8月底，睴州城投集团清收应收账款15.2亿元、睴州交投集团清收逾期债权7.9亿元。睴州粮库与贸易企业签订虚假购销合同11份，虚增收购量2150吨。市属企业整改成效评估平均得分82.6分，最高分95.5分。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s56", [
        ("shuichuan-sifeng-2025-10", MONTHLY, "睲川县"),
        ("suichuan-yibao-anli-2025", MEDICAL, "睳川县"),
        ("suizhou-zhenggai-yingshang-2025", REFORM, "睴州市"),
    ], "2025-11-12")


def test_a_lines_title_is_what_its_later_clause_counts(answerer):
    answered(answerer, "今年前十个月，睲川县查了多少起公车方面违规的问题？", "6起")


def test_a_unit_named_by_its_own_name_after_its_parents(answerer):
    answered(answerer, "睲川县市政管理所原所长孙某某违规发放的津补贴一共多少钱？", "9.74万元")


def test_a_change_asked_of_a_level_alone(answerer):
    refused_with(answerer, "2025年1—10月，睲川县给予党纪政务处分的人数同比增长了多少？", "change not stated")


def test_the_thing_valued_has_a_figure_of_its_own(answerer):
    refused_with(answerer, "睲川县林业局原副局长钱某某收受的名贵白酒价值多少元？", "名贵白酒")


def test_a_cases_figures_are_its_bodys_own(answerer):
    refused_with(answerer, "睳川县中医院被处以多少罚款？", "睳川县中医院")
    d = answered(answerer, "睳口镇中心卫生院和睳川县康和医院被处的罚款合计多少元？", "287372.53元")
    assert "计算所得" in d["answer"], d


def test_a_remedy_is_of_its_cases_time(answerer):
    refused_with(answerer, "睳川县2024年全年追回医保基金多少万元？", "period not covered")


def test_a_quarter_the_notice_does_not_state(answerer):
    refused_with(answerer, "睳川县第二季度追回医保基金多少万元？", "第二季度")
    answered(answerer, "睳川县第三季度追回医保基金多少万元？", "121.5万元")


def test_a_change_between_two_stated_levels(answerer):
    d = ask_checked(answerer, "与2024年相比，睴州市社会投资一般工业项目审批时间缩短了多少天？企业开办全流程办理时间缩短了多少小时？")
    assert d["answerable"] and d["answer"].startswith("17天") and "4.5个小时" in d["answer"], d


def test_a_cutoff_date_is_the_year_so_far(answerer):
    d = ask_checked(answerer, "截至2025年9月30日，睴州市梳理的“堵点”问题还有多少个未整改销号？12345热线涉及“堵点”的企业诉求还有多少件未办结？")
    assert d["answerable"] and d["answer"].startswith("7个") and "29件" in d["answer"], d


def test_a_gap_to_a_reference_is_the_excess(answerer):
    answered(answerer, "睴水河那个治理项目比合同约定晚了多久？", "11个月")


def test_the_count_named_is_what_changed(answerer):
    answered(answerer, "睴州市越级上访的人次比去年少了多少？", "52人次")


def test_a_readers_verb_of_the_same_family(answerer):
    answered(answerer, "睴泉水库水源地撤掉了多大面积的养鱼网箱？", "1.86万平方米")


def test_a_head_said_of_the_neighbours_only(answerer):
    refused_with(answerer, "睴州交投集团清收了多少应收账款？", "账款")
    answered(answerer, "睴州城投集团清收了多少应收账款？", "15.2亿元")


def test_a_qualifier_the_notice_never_says(answerer):
    refused_with(answerer, "睴州粮库通过虚假合同虚增了多少吨销售量？", "销售")
    refused_with(answerer, "2025年1-9月睴州市新设立的外资企业有多少户？", "外资")


def test_another_round_or_a_later_date(answerer):
    refused_with(answerer, "睴州市属企业上一轮整改成效评估的最高分是多少？", "上一轮")
