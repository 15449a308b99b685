"""Session 54, on invented notices (places 睉, 睊, 睋, 睌): a table typed with single spaces whose header cells
name their year and unit, the base of a comparison named with its own measure, a total that is the sum of the
parts a notice states apart, a ledger's record written as blocks with blank lines between, a month asked of a
running total, a campaign's own figure beside the year around it, and a reader's words for the field's.

- 县（区） 违规机构数（家） 2024年违规金额（万元） 2025年违规金额（万元）: a cell is its row's, of its column's year;
- 较2024年专项检查查实的违规金额1906.52万元 is last year's value, not what the notice reports;
- 8家 and 12家 暂停协议 under two problems, then 20家 in the overview: the total asked by 一共;
- 分解收费问题和串换药品问题: 收费 inside a problem's name is no act asked;
- 1.问题:…睋河镇收储库点…\\n\\n整改措施:…\\n\\n整改情况:…退还…8.64万元: the record's body is the figure's;
- 轮换计划完成率 is a result, not a plan; the overview's 整改完成率 is the whole the ledger details;
- 9月份当月 is not 专项行动开展以来…累计; 专项行动期间 is the campaign's months, not another year;
- 睊东县…尚有3处未销号 is a part when the city is asked; 睊河 and 睊水江 compared are named as rivers;
- 从全年看,2024年…8650.2万元 is the year around the winter campaign asked; 黑名单 is the 失信 list, 黑采砂点 an
  illegal one, and the one figure in 户次 is what 多少户次 asks.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

MEDICAL = """睉州市医疗保障局关于2025年定点医药机构专项检查发现问题整改情况的公示

2025年5月至8月，睉州市医疗保障局对全市定点医药机构开展专项检查。经检查，查实违规机构168家；涉及违规金额2418.36万元，较2024年专项检查查实的违规金额1906.52万元增加511.84万元。

一、检查发现的问题及整改情况

（一）分解收费问题
问题表现：41家定点医疗机构存在分解收费问题，涉及违规金额733.18万元。
整改情况：违规费用已全额退回；对其中违规较重的8家机构暂停医保服务协议。

（二）串换药品问题
问题表现：57家定点零售药店存在串换药品、违规刷卡结算等问题，涉及违规金额406.25万元。
整改情况：违规金额已全额追回；对其中12家药店暂停医保服务协议。

二、整改总体成效

截至2025年10月31日，对违规情节较重的20家定点医药机构暂停医保服务协议，医保基金监管震慑效应进一步显现。

各县（区）情况见下表。

表1 各县（区）违规问题查处情况
县（区） 违规机构数（家） 2024年违规金额（万元） 2025年违规金额（万元）
睉城区 52 612.40 845.16
睉东县 44 488.21 702.35
睉西县 38 401.77 519.66
睉山县 34 404.14 351.19
合计 168 1906.52 2418.36
"""

RIVERS = """睊州市水利局关于河湖“清四乱”专项行动进展情况的通报

2025年6月至10月，全市开展河湖“清四乱”专项行动。

一、总体情况

专项行动开展以来，全市累计清理河道312.6公里，拆除违法建筑2.41万平方米。其中，9月份当月清理河道48.3公里。专项行动期间，全市共立案查处涉河违法案件37起，取缔非法采砂点位14个。

从进度看，部分县（市、区）整改滞后，睊西县仍有21处问题未销号，睊东县省级督办问题尚有3处未销号。

二、重点河流整治情况

（一）睊河。睊河流经睊城区、睊东县。专项行动中排查发现问题126处，已全部销号。

（二）睊水江。专项行动中排查发现问题87处，销号率92.0%。
"""

GRAIN = """中共睋州市粮食和物资储备局党组关于巡察整改进展情况的通报

2024年4月至6月，市委第二巡察组对市粮食和物资储备局党组开展了巡察，反馈问题15个。

一、整改工作总体情况

截至2025年1月31日，15个具体问题中已完成整改12个，整改完成率80.0%；其余3个问题需长期坚持。

二、巡察反馈问题整改台账

（一）粮食购销环节的问题

1.问题：收购环节克扣斤两。睋河镇收储库点在秋粮收购中违规提高杂质扣量标准，涉及售粮农户186户。

整改措施：责令收储库点全额退还多扣粮款，对库点负责人进行问责。

整改情况：已完成。已向186户售粮农户退还多扣粮款8.64万元。

（二）储备粮管理的问题

2.问题：储备粮轮换计划执行不到位。2023年度市级储备粮轮换计划完成率仅为71%。

整改情况：已完成。2024年度实际完成轮换5.82万吨，完成率96.5%，较上年提高25.5个百分点。

3.问题：储备粮库存账实不符。截至2023年末，账实不符的库点21个。

整改情况：已完成。截至2025年6月末，账实不符的库点个数降至4个。
"""

WAGES = """睌川县人力资源和社会保障局关于2024年度根治欠薪冬季专项行动情况的公示

2024年11月1日至2025年1月31日，全县开展根治欠薪冬季专项行动。

截至2025年1月31日，已办结欠薪案件214件，为1908名劳动者追发工资2316.45万元，结案率96.8%。

分行业看，受理其他行业欠薪案件96件，涉及劳动者612人、金额524.3万元。其中，制造业41件，住宿餐饮业27件，其他行业28件。

专项行动期间，全县共检查用人单位642家，将6家用人单位列入拖欠农民工工资失信联合惩戒对象名单，将11家用人单位列入重点关注名单。劳动保障监察员累计开展入户巡查3.26万户次。

从全年看，2024年全县累计受理欠薪案件613件，为劳动者追发工资8650.2万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s54", [
        ("cuozhou-yibao-jiancha-2025", MEDICAL, "睉州市"),
        ("jingzhou-qingsiluan-2025", RIVERS, "睊州市"),
        ("ezhou-liangchu-xuncha-2025", GRAIN, "睋州市"),
        ("wanchuan-qianxin-2025", WAGES, "睌川县"),
    ], "2025-11-20")


def test_a_spaced_table_cell_is_its_rows_of_its_columns_year(answerer):
    answered(answerer, "睉山县2024年专项检查被查出的违规金额有多少？", "404.14")
    d = ask_checked(answerer, "2025年专项检查中，睉城区和睉东县的违规金额哪个更多？")
    assert d["answer"].startswith("睉城区更多") and "845.16" in d["answer"] and "702.35" in d["answer"], d


def test_the_base_of_a_comparison_is_not_the_reported_value(answerer):
    answered(answerer, "睉州市专项检查查实的违规金额是多少？", "2418.36万元")


def test_a_total_that_sums_the_parts_stated_apart(answerer):
    answered(answerer, "睉州医保局这次一共暂停了多少家医院和药店的医保协议？", "20家")
    # (a question that names one problem's own section asks that section's figure, not the whole's)
    answered(answerer, "睉州这次专项检查里，有问题的药店一共违规用掉了多少医保钱？", "406.25万元")


def test_a_verb_inside_a_problems_name_is_no_act_asked(answerer):
    d = ask_checked(answerer, "睉州市分解收费问题和串换药品问题，违规金额合计多少万元？")
    assert d["answerable"] and d["answer"].startswith("1139.43万元"), d


def test_a_ledger_records_blocks_are_one_record(answerer):
    answered(answerer, "睋河镇收粮点克扣了农民的粮，后来退给农民多少钱？", "8.64万元")


def test_a_plans_completion_rate_is_a_result(answerer):
    answered(answerer, "2024年度睋州市储备粮轮换计划完成率是多少？", "96.5%")


def test_the_overview_states_the_whole_the_ledger_details(answerer):
    answered(answerer, "睋州市粮食和物资储备局巡察反馈问题的整改完成率是多少？", "80.0%")


def test_one_month_is_not_a_running_total(answerer):
    refused_with(answerer, "睊州市8月份当月清理了多少公里河道？", "8月份")
    answered(answerer, "睊州市9月份当月清理了多少公里河道？", "48.3公里")


def test_the_campaigns_own_stretch_is_not_another_year(answerer):
    refused_with(answerer, "睊州市2024年立案查处了多少起涉河违法案件？", "2024年")


def test_a_clause_opened_by_a_county_is_its_part(answerer):
    d = ask_checked(answerer, "睊州市省级督办问题还剩几处没有销号？")
    assert not d["answer"] or "3处" not in d["answer"], d


def test_rivers_compared_are_named(answerer):
    d = ask_checked(answerer, "睊河和睊水江在专项行动中排查发现的问题，哪条河更多？")
    assert d["answer"].startswith("睊河更多") and "126处" in d["answer"], d


def test_the_campaign_asked_is_not_the_year_around_it(answerer):
    answered(answerer, "睌川县冬季讨薪行动中，帮工人要回来的工钱一共有多少？", "2316.45万元")


def test_readers_words_for_the_fields(answerer):
    answered(answerer, "睌川县冬季治欠薪行动里，有几家老板因为欠薪上了黑名单？", "6家")
    answered(answerer, "睊州市专项行动一共端掉了多少个黑采砂点？", "14个")
    answered(answerer, "睌川县这次行动中，监察员上门查了多少户次？", "3.26万户次")


def test_a_name_only_one_notice_holds_names_that_notice(answerer):
    # (睉城区 is in no notice's title or meta, only in one notice's table: that notice is the one asked of)
    a, _ = answerer
    assert a.named_docs("睉城区定点药店被没收了多少违法所得？") == ["cuozhou-yibao-jiancha-2025"]
    assert a.named_docs("定点药店被没收了多少违法所得？") == []


def test_two_ends_stated_apart_give_the_change(answerer):
    d = ask_checked(answerer, "从2023年末到2025年6月末，睋州市账实不符的库点减少了多少个？")
    assert d["answerable"] and "17个(计算所得:21个-4个" in d["answer"], d


def test_an_item_of_a_breakdown_after_the_figure_has_only_its_own(answerer):
    refused_with(answerer, "睌川县冬季专项行动中住宿餐饮业的欠薪涉及多少金额？", "住宿餐饮业")


def test_an_earlier_years_column_is_not_the_reported_value(answerer):
    answered(answerer, "睉城区的违规金额是多少？", "845.16")


def test_a_breakdown_asked_after_its_whole_is_answered_whole(answerer):
    d = ask_checked(answerer, "睌川县其他行业欠薪案件涉及多少金额？其中住宿餐饮业多少件？")
    assert d["answerable"] and "524.3万元" in d["answer"] and "27件" in d["answer"], d
