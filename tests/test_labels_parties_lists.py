"""Session 58, on invented notices (places 瞖, 瞗, 瞘, 瞙): a key-value line's label, whose figure a penalty is, lists
of places and of coded records, a later time's value said with only its verb, and near misses those structures tell
apart.

- 返还群众被骗资金：本月…；1—11月累计…: the label says what was done to every figure on its line (被骗走的钱 is the
  loss, not what was returned); the running total's period is 1—11月累计;
- 登记陪护96次，实际陪护43次: 真正 asks what really happened;
- 对该社处罚款…；对带队导游处罚款…: the party after 对 says whose penalty it is;
- 村干部 names no village; 分区看，A区…、B区…: each place's figure, not the whole's;
- 截至6月30日，…率提升至72.4%；截至9月30日，提升至84.6%: the later value has the same measure; the inspection's
  own time (督察时) is no date asked; a place's change is computed from its two values;
- 涉诈银行卡 asked of 封停涉诈电话卡: a sibling the notice names elsewhere; 配送覆盖率 asked of 排查覆盖率;
- three categories with their counts, and a sentence that names them all: each category's own count is added;
- records coded JZ-01…: what was recovered under two codes is added; 涉及6个单位 right after the amount not yet
  recovered answers 牵扯到几个单位.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, build_answerer, refused_with

MONTHLY = """瞖川市反电信网络诈骗工作月报

2025年第11期

一、全市主要指标

（本月数据统计时段为2025年11月1日至30日；累计数据为1—11月）

电信网络诈骗发案：本月386起；1—11月累计5012起；同比-15.2%
群众被骗损失金额：本月2417.6万元；1—11月累计3.66亿元；同比-9.8%
返还群众被骗资金：本月538.4万元；1—11月累计6240万元；同比+38.1%
封停涉诈电话卡：本月2874张；1—11月累计3.12万张；同比-4.6%
抓获违法犯罪嫌疑人：本月219人；1—11月累计2373人；同比+6.2%

打击方面，本月抓获的嫌疑人中，提供手机卡和银行卡的“两卡”违法犯罪人员143人。
"""

SCHOOLS = """瞗县教育局关于养老服务机构和学校陪护陪餐专项检查情况的通报

一、总体情况

本次专项检查共排查全县学校和养老机构46家，排查覆盖率100%。

二、分单位情况

瞗山镇中心敬老院：本年度院长陪护登记96次，实际陪护仅43次，给予院长政务警告处分。

三、下一步工作

全面推行大宗食材统一配送，明年春季学期统一配送覆盖率力争达到100%。
"""

TRAVEL = """瞘州市文化和旅游局关于旅游市场专项整治典型案例的通报

（一）瞘州市远途国际旅行社有限公司以不合理低价组织旅游活动案
2025年8月，该社以人均299元的价格招徕游客，涉及游客98人。市文化和旅游局依法对该社处罚款25万元，没收违法所得3.18万元；对带队导游处罚款0.8万元，并暂停其导游执业。

（二）瞘湖古镇景区门票违规涨价案
责令景区退还多收价款2.46万元。
"""

TOWN = """中共瞙阳镇委员会关于巡察整改情况的公示

截至2025年9月30日，19个问题已完成整改13个。通过整改，共清退违规资金52460元。19个问题分为“立行立改类”“限期整改类”“长期坚持类”三类。

一、立行立改类（问题8个，已完成8个，完成率100%）

1.村干部违规领取误工补贴问题。整改措施：清退违规领取的误工补贴46300元，涉及瞙家村、瞙田村等6个村14名村干部，其中瞙家村清退15200元，瞙田村清退11800元。

二、限期整改类（问题7个，已完成4个，完成率57.1%）

1.信访积案化解不到位问题。整改措施：化解信访积案5件。

三、长期坚持类（问题4个，已完成1个，完成率25%）

1.村级财务管理不规范问题。整改措施：规范村级经济合同96份。
"""

AUDIT = """瞖州市生态环境局关于环保督察整改和专项资金审计整改情况的公告

一、督察问题整改情况

督察时，全市9个省级以上工业园区污水集中处理率为63.8%，其中瞖北区经济开发区仅为48.6%、瞖南区化工园区为57.2%。

整改进展：截至6月30日，全市工业园区污水集中处理率提升至72.4%；截至9月30日，提升至84.6%，比督察时提高20.8个百分点，其中瞖北区经济开发区提升至79.3%、瞖南区化工园区提升至81.5%。

截至9月30日，全市已制作但未发放到企业的排污许可证正本1274份；分区看，瞖北区436份、瞖南区392份、瞖东区261份、瞖西区185份。

二、专项资金审计整改情况

问题编号：JZ-01｜问题：项目补助资金多拨付的问题｜涉及金额：多拨付项目补助资金64.2万元｜整改措施：已追回多拨付资金52.8万元，尚未追回11.4万元｜整改状态：部分完成
问题编号：JZ-02｜问题：重复申领补助的问题｜涉及金额：重复申领金额31.6万元｜整改措施：追回重复申领资金27.3万元，尚未追回4.3万元｜整改状态：部分完成

截至9月30日，审计指出的应追回资金共计95.8万元，已追回80.1万元，尚未追回15.7万元。

三、水质断面整改情况

督察时，全市8个国控断面中水质达标的仅5个。截至9月30日，水质达标断面增至7个，达标率为87.5%。

针对巡察反馈的部分单位违规发放津补贴问题，市财政局完成对全市74个预算单位的全面清查，截至9月30日，已清退违规发放津补贴268.4万元，尚有63.7万元未追回，涉及6个单位、97人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s58", [
        ("wochuan-fanzha-yuebao-2025-11", MONTHLY, "瞖川市"),
        ("guxian-peihu-jiancha-2025", SCHOOLS, "瞗县"),
        ("guzhou-lvyou-anli-2025", TRAVEL, "瞘州市"),
        ("moyang-xuncha-zhenggai-2025", TOWN, "瞙阳镇"),
        ("wozhou-huanbao-zhenggai-2025", AUDIT, "瞖州市"),
    ], "2025-12-05")


def test_a_lines_label_says_what_was_done(answerer):
    answered(answerer, "瞖川市11月份老百姓被电信诈骗骗走了多少钱？", "2417.6万元")


def test_a_running_total_on_a_labelled_line(answerer):
    answered(answerer, "今年前十一个月，瞖川警方一共抓了多少名电诈嫌疑人？", "2373人")


def test_a_sibling_of_the_head_noun_named_elsewhere(answerer):
    refused_with(answerer, "瞖川市本月封停了多少张涉诈银行卡？", "银行卡")


def test_what_really_happened(answerer):
    answered(answerer, "瞗山镇中心敬老院院长这一年真正陪护了几次？", "43次")


def test_another_kind_of_the_same_rate(answerer):
    refused_with(answerer, "瞗县今年秋季学期大宗食材统一配送覆盖率实际达到了多少？")


def test_the_party_a_penalty_is_said_of(answerer):
    answered(answerer, "搞低价团的远途旅行社被罚了多少钱？", "25万元")


def test_village_cadres_name_no_village(answerer):
    answered(answerer, "瞙阳镇村干部多拿的误工补贴，一共退回来多少钱？", "46300元")


def test_each_category_counted_on_its_own(answerer):
    answered(answerer, "瞙阳镇的立行立改类和长期坚持类问题加起来一共有多少个？", "12个")


def test_the_whole_not_a_listed_place(answerer):
    answered(answerer, "截至9月30日，瞖州有多少份排污许可证做好了却没发到企业手里？", "1274份")


def test_a_listed_places_own_figure(answerer):
    answered(answerer, "截至9月30日，瞖南区有多少份排污许可证还没发到企业？", "392份")


def test_a_later_value_said_with_its_verb_only(answerer):
    answered(answerer, "截至2025年9月30日，瞖州市工业园区污水集中处理率是多少？", "84.6%")


def test_the_inspections_time_is_no_date_asked(answerer):
    refused_with(answerer, "截至6月30日，瞖北区经济开发区的污水集中处理率是多少？")


def test_a_places_change_computed_from_its_two_values(answerer):
    answered(answerer, "截至9月30日，瞖北区经济开发区的污水集中处理率比督察时提高了多少个百分点？", "30.7个百分点")


def test_two_coded_records_added(answerer):
    answered(answerer, "瞖州市生态环境局在JZ-01和JZ-02两个问题上已追回的资金合计多少万元？", "80.1万元")


def test_those_involved_right_after_the_amount(answerer):
    d = answered(answerer, "瞖州市财政局清退违规发的津贴补贴，还有多少钱没要回来？牵扯到几个单位？", "63.7万元")
    assert "6个" in d["answer"] and "74个" not in d["answer"], d["answer"]


def test_a_summary_over_one_coded_record(answerer):
    answered(answerer, "瞖州市生态环境局专项资金审计整改中已追回的资金是多少？", "80.1万元")


def test_a_count_compared_with_the_inspections_time(answerer):
    d = answered(answerer, "截至9月30日，瞖州市水质达标的国控断面比督察时多了几个？", "相差2个")
    assert "7个" in d["answer"] and "5个" in d["answer"], d["answer"]
