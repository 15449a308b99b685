"""Session 51, on invented notices (places 盠, 盦, 盨, 盩): who a paragraph or a line is about, the campaign a
notice dates in its opening, and a reader's words for the acts and the things counted.

- 一是市住房和城乡建设局。巡察反馈该局问题24条…: the paragraph is the bureau's, and 市住建局 asked takes it over the
  round's 共反馈问题312条; 十一届市委 of a notice so titled is no part of a breakdown;
- 盠州城市投资发展集团有限公司: 有 of 有限公司 is no verb, so the sum's predicate reaches the first item;
- 对整改工作推进不力的8人次进行了问责: a verb whose work failed says whom; 追究责任 is 问责;
- 盦山镇:…立案12宗 after 立案查处违法用地案件39宗: a line per town says the measure short;
- 变回耕地 is 复耕; a bare 面积 names no measure; 2024年 asked of a notice whose opening dates its campaign 2025;
- 排查隐患27处 answers 查出了多少个安全问题 over a sentence of the ones not put right; 全县 asked is not one
  town's home; the first of two questions searches its own words;
- 连罚带收缴 asks fines and confiscation, 没过关 is 不合格, 两家商场 counts the two malls named;
- 前五周 said before the figure is the weeks asked, 头五周 is 前五周 and 扣分 is 记分; 还给 gives money back,
  and a record's 整改结果 paragraph answers for the problem stated above it.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.actions import asked_actions
from pipeline.slots import measure_phrase
from tests.answering import answered, build_answerer, refused_with

ROUND = """盠州市委巡察办负责人就十一届市委第三轮巡察整改情况答记者问

问：请介绍一下本轮巡察整改的总体情况。

答：2025年1月，各巡察组共反馈问题312条。截至5月底，已完成整改289条。本轮巡察共移交问题线索48件，其中移交市纪委监委43件、移交市委组织部5件。

问：能否介绍一下重点单位的整改情况？

答：一是市住房和城乡建设局。巡察反馈该局问题24条，该局党组立行立改8条，截至5月底已完成整改21条。

二是盠州城市投资发展集团有限公司。巡察反馈该集团问题31条，集团党委立行立改11条，截至5月底已完成整改27条。针对经营性资产出租管理不规范的问题，集团清理出低价出租、长期空置的房产和土地39处，追缴拖欠租金512.4万元。

问：对整改不力的怎么处理？

答：整改期间，全市累计问责76人次。盠江电力公司对整改工作推进不力的8人次进行了问责，盠源矿业公司问责11人次。各单位坚持追究责任与建章立制相结合。
"""

LAND = """盦平县自然资源局关于乱占耕地违法用地专项整治情况的通报

盦自然资〔2025〕21号

各乡镇人民政府，县直有关单位：

2025年4月至9月，县自然资源局会同县农业农村局、县综合行政执法局，在全县开展乱占耕地违法用地专项整治行动，现将有关情况通报如下。

一、总体进展

截至2025年9月30日，全县已完成整改违法图斑174个，拆除违法建（构）筑物2.93万平方米，复耕534.6亩；立案查处违法用地案件39宗，罚款317.5万元。本次专项整治共投入整治资金412.8万元。

二、各乡镇情况

盦山镇：认定违法图斑61个、面积288.4亩，已整改55个，复耕151.2亩，立案12宗。
盦河镇：认定违法图斑48个、面积231.7亩，已整改40个，复耕127.5亩，立案8宗。
"""

HOMES = """盨阳县民政局关于全县养老机构安全隐患排查整治结果的公示

2025年3月至6月，县民政局会同县消防救援大队等部门对全县养老机构开展了安全隐患排查整治专项行动，现将结果公示如下。

专项行动中，全县共排查出各类安全隐患198处，其中重大隐患4处，已全部整改销号。

1.盨阳县中心敬老院：排查隐患29处，已整改29处，整改率100%。
2.盨城镇敬老院：排查隐患23处，已整改23处，整改率100%。
3.盨河镇敬老院：排查隐患27处，已整改21处，整改率77.8%。
合计：排查隐患198处，已整改184处，整改率92.9%。

截至6月30日，全县尚有14处隐患未完成整改。其中，盨河镇敬老院未整改隐患6处，主要是消防水池容量不足。
"""

BIKES = """盩江区市场监督管理局关于电动自行车及充电器质量安全专项整治情况的通报

专项整治期间，区局以“神秘买家”方式在盩购优选电商平台开展网络抽检42批次，检出不合格9批次。全区共立案查处违法案件27件，罚没款合计98.6万元，其中罚款83.2万元、没收违法所得15.4万元。

（一）盩江万嘉购物广场。抽检电动自行车及充电器18批次，不合格3批次，罚没款5.6万元。

（二）盩湖百联商厦。抽检电动自行车及充电器14批次，不合格2批次，罚没款1.85万元。
"""

TRUCKS = """盫州市交通运输局关于货车超限超载治理“百日攻坚”行动阶段进展情况的通报

（一）路面执法力度持续加大。前五周，全市累计检测货车201376辆次，查处超限超载车辆1873辆，卸载（驳载）货物12684吨，罚款214.6万元。

（二）联合惩戒形成震慑。公安交管部门依法对超限超载车辆驾驶员实施记分处罚，共对1652名驾驶员记分，累计记分5318分。

第一周：检测货车38215辆次，查处超限车辆412辆，卸载货物2976吨。
第二周：检测货车40127辆次，查处超限车辆386辆，卸载货物2713吨。
"""

FUND = """盬西省住房公积金管理中心关于2024年度审计发现问题整改情况的公告

问题一：部分受托银行违规收取费用

审计发现，2021年至2023年，部分受托银行在办理个人住房贷款业务时，向借款人违规收取抵押登记代办费、评估费等费用143.27万元。

整改措施：省中心对相关受托银行分管负责人进行集体约谈，责令立即退还。

整改结果：截至2025年3月31日，受托银行已向借款人退回违规收取的费用131.05万元；尚有12.22万元因借款人联系方式变更暂未退回。

问题二：部分单位未按规定缴存住房公积金

审计发现，全省有207家单位未按规定为职工缴存住房公积金，涉及金额4862.3万元。

整改结果：截至2025年3月31日，已督促168家单位补缴住房公积金3917.4万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s51b", [
        ("lizhou-xuncha-dajizhewen-2025", ROUND, "盠州市"),
        ("youping-gengdi-2025", LAND, "盦平县"),
        ("xuyang-yanglao-2025", HOMES, "盨阳县"),
        ("zhoujiang-diandongche-2025", BIKES, "盩江区"),
        ("yanzhou-zhichao-2025", TRUCKS, "盫州市"),
        ("guxi-gongjijin-2025", FUND, "盬西省"),
    ], "2025-10-15")


def test_what_the_question_asks_done():
    assert asked_actions("盩江这回整治电动车,监管部门连罚带收缴,总共拿回多少钱?") == ["罚", "收缴"]
    assert asked_actions("集团党委把巡视反馈问题细化成了多少项整改任务?") == []
    assert "巡视整改" not in measure_phrase("盍源矿业公司在巡视整改中修订了多少项制度?")


def test_a_paragraph_opened_by_a_body_is_its(answerer):
    answered(answerer, "十一届市委第三轮巡察共移交问题线索多少件？", "48件")
    answered(answerer, "城投集团清出来多少处租金偏低或者一直闲着的房子和地块？", "39处")
    d = answered(answerer, "第三轮巡察中，市住建局和城投集团哪个被反馈的问题更多？", "城投集团更多")
    assert "24条" in d["answer"] and "31条" in d["answer"]
    answered(answerer, "市住房和城乡建设局和盠州城市投资发展集团有限公司立行立改的问题加起来一共多少条？", "19条")


def test_who_was_held_to_account(answerer):
    answered(answerer, "盠江电力公司和盠源矿业公司在巡视整改中一共问责了多少人次？", "19人次")
    answered(answerer, "整改期间，盠州前前后后一共追究了多少人次的责任？", "76人次")


def test_lines_per_town_and_a_campaign_dated_in_the_opening(answerer):
    answered(answerer, "盦河镇今年把多少亩被违法占用的地重新变回了耕地？", "127.5亩")
    answered(answerer, "到9月底，盦平县今年拆掉的违章建筑一共有多大面积？", "2.93万平方米")
    answered(answerer, "盦山镇和盦河镇，哪个镇立案查处的违法用地案件更多？", "盦山镇更多")
    refused_with(answerer, "盦平县2024年在乱占耕地整治上投入了多少资金？", "2024")


def test_a_homes_line_and_the_whole_county(answerer):
    answered(answerer, "盨河那家敬老院这回一共查出了多少个安全问题？", "27处")
    d = answered(answerer, "全县养老机构这次一共排查出多少处安全隐患？其中盨河镇敬老院还有几处没有整改完？", "198处")
    assert "6处" in d["answer"], d


def test_fines_and_confiscation_failed_batches_and_two_malls(answerer):
    answered(answerer, "盩江这回整治电动车，监管部门连罚带收缴，总共拿回多少钱？", "98.6万元")
    answered(answerer, "监管部门在盩购优选网上匿名下单、买来送检的电动车和充电器，有几批没过关？", "9批次")
    answered(answerer, "盩江万嘉购物广场和盩湖百联商厦两家商场的罚没款合计多少万元？", "7.45万元")


def test_the_weeks_asked_and_points_on_a_licence(answerer):
    answered(answerer, "盫州市百日攻坚行动前五周卸载（驳载）货物多少吨？", "12684吨")
    answered(answerer, "盫州这回治超攻坚头五周，一共给驾驶员扣了多少分？", "5318分")


def test_what_the_records_result_says_was_given_back(answerer):
    answered(answerer, "银行向买房贷款的人乱收的代办费、评估费，已经还给人家多少钱了？", "131.05万元")
