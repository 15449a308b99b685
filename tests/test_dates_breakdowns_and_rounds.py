"""Session 52, on invented notices (places 眎, 眏, 眐, 眑, 眒, 眡, 眞, 眢, 眣): the time a figure stands at when its sentence names
no year, a breakdown told apart by the notice's own topic words, which round or base a figure is of, and a
reader's words for things the field names otherwise.

- 截至6月底 after 2024年底 in a notice of July 2025 is June 2025; 上半年 is covered by 1至6月; a winter over the
  turn of the year holds 今年冬天; a plan's deadline (于2025年10月底前) is its figure's time;
- 最后确认下来的 is not 初步识别疑似; 黄牛 is a …贩子, 网上 is 网络, 处理完 is 办结;
- 较2024年同期的139件 and 由2024年的…为2025年的… give a base, not the figure an unqualified question asks; a
  paragraph dated after the year asked (由2024年的…为2025年的…) is not that year's;
- 依法没收违法所得共计45600元。其中,…“票贩子”…,…“假票”…: the next sentence breaks it down, and the question
  naming one topic word asks that item;
- 2. 眎州大剧院。…该馆共打击…: the figure's own section is the body asked; 等4个项目 lists examples of the set;
  合同金额30万元以上的 marks off a set; 收回…8间重新公开招租 is the verb asked; 杨某某 is who did it;
- a 缺口 is money lacking, not spent; 本轮 is not 第一轮; the opening's second paragraph may date the campaign;
- 本月受理工单298件(上月263件),解决率94.2%: the parenthesis's time is its own figure's; a section headed by a
  street is that street's; 医学院 is a body of the university; a list's or a date's question needs the verb
  asked; a budget is not what was spent, 存款 is not 贷款, and a kind of fire counted apart has no loss of its own.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

TICKETS = """眎州市文化广电旅游局关于演出市场“票贩子”和“假票”专项整治情况的通报

眎文旅〔2025〕44号

各县（市、区）文化广电旅游局，市直有关单位：

近年来，我市大型演唱会、音乐节等演出活动日益增多，热门场次门票供不应求。一些不法分子趁机囤积、倒卖门票，或制售假票骗取观众钱财，严重扰乱演出市场秩序，损害消费者合法权益，群众反映强烈，必须依法予以打击。

为规范演出市场票务秩序，2025年5月至9月，市文化广电旅游局会同市公安局、市市场监督管理局，在全市开展为期5个月的演出票务秩序专项整治行动。整治期间，各有关部门密切配合，集中打击了一批扰乱票务秩序的违法违规行为。现将有关情况通报如下：

一、打击处理情况

1. 共打击“票贩子”83人。其中，刑事拘留9人，行政拘留47人，批评教育27人。

2. 依法没收违法所得共计45600元。其中，没收“票贩子”倒卖门票违法所得31200元，没收“假票”制售人员违法所得14400元。

3. 整治期间共立案查处票务违法案件146件。其中，查处网络倒卖门票案件58件，查处现场倒卖门票案件88件。

二、投诉举报办理情况

1. 整治期间，市文化广电旅游局共受理群众关于“票贩子”“假票”的投诉举报212件，较2024年同期的139件增加73件。

2. 已办结198件，办结率93.4%，其余14件正在调查处理中。

三、重点场馆整治情况

1. 眎州体育中心（打击“票贩子”41人，没收违法所得15800元）是本次整治的重点场馆。

2. 眎州大剧院。整治期间，该馆共打击“票贩子”22人，查获假票136张。该馆推行实名购票、实名入场，二次转售一律通过官方平台办理。
"""

STREAMS = """眏州市水务局关于全市农村黑臭水体治理工作进展情况的通报

各县（区）水务局：

现将全市农村黑臭水体治理工作进展情况通报如下。

一、排查情况

排查工作采取“卫星遥感+现场核实”相结合的方式进行。第一阶段，通过卫星遥感影像初步识别疑似黑臭水体268条，经现场逐一核实，剔除误判35条。经汇总，全市共排查出农村黑臭水体233条，其中卫星遥感发现197条，群众举报补充发现36条。

二、治理进展

2024年底，全市已完成治理黑臭水体96条，治理率为41.2%。截至6月底，全市已完成治理黑臭水体171条，治理率为73.4%，较2024年底提高32.2个百分点。今年1至6月，全市新完成治理黑臭水体75条，治理进度明显加快。

三、存在问题

部分县区财政压力较大，眏西县、眏北县治理资金缺口合计达2150万元，截污纳管等配套工程进度受到制约。

四、下一步工作

下半年，各县（区）要对照“到2025年底，全市农村黑臭水体治理率达到90%以上”的目标，倒排工期、挂图作战。眏江、眏河两条重点河流沿线的黑臭水体要于2025年10月底前全部完成治理，治理率达到100%。
"""

AUDIT = """眐阳县审计局关于眐溪镇原党委书记经济责任审计发现问题整改情况的报告

一、工程项目结算审核把关不严问题

审计抽查镇政府组织实施的工程项目11个，发现眐溪镇污水处理站工程、眐塘村文化广场工程等4个项目存在多计工程量、高套定额等情况，送审结算金额1,862.40万元，审计审减173.25万元。

整改情况：已完成整改。镇政府已按审定金额重新办理结算，并制定《政府投资项目结算管理办法》，明确合同金额30万元以上的工程项目结算须经第三方造价机构审核。

二、镇属资产出租管理不规范问题

审计发现，镇属商铺长期低价出租，部分租赁合同到期后未收回。

整改情况：正在整改。已收回到期商铺8间重新公开招租，年租金收入增加5.2万元；剩余3间将于合同到期后统一收回。
"""

RECHECK = """眑水县纪委监委关于医保基金管理突出问题专项整治“回头看”情况的通报

2023年，县纪委监委牵头开展了第一轮医保基金管理突出问题专项整治。2025年1月至5月，县纪委监委会同县医疗保障局开展专项整治“回头看”。现将有关情况通报如下。

一、查办案件情况

本轮“回头看”中，县纪委监委共受理医保领域问题线索38件，较第一轮的52件下降26.9%；立案17件19人，其中科级干部4人；给予党纪政务处分15人。

第一轮专项整治期间，全县共立案25件29人，给予党纪政务处分22人。

（一）县医疗保障服务中心原主任杨某某违纪违法问题。2019年至2023年，杨某某利用职务便利，违规报销本人及亲属医疗费用18.6万元。

二、整改规范情况

全县定点医药机构由2024年的412家清理规范为2025年的386家。专项整治中，全县追回违规使用医保基金236.5万元，追回率为88.6%。
"""

WAGES = """眒山区人力资源和社会保障局关于冬季根治欠薪专项行动情况的通报

2024年12月1日至2025年1月31日，眒山区根治拖欠农民工工资工作领导小组办公室组织开展冬季专项行动，共为1862名劳动者追讨工资待遇2976.4万元，其中为1544名农民工追讨工资2513.8万元。

行动期间，区人社局联合区交通运输局对在建交通项目逐一核查，共为交通工程领域915名农民工追讨工资1480.2万元。
"""


STREET = """眡州市眡东区眡河街道办事处关于2025年5月份接诉即办工作情况的通报

一、总体情况

5月份，街道共受理市民服务热线派单工单1142件，响应率100%，解决率92.6%，满意率90.8%。

二、各社区情况

1.眡园社区：本月受理工单298件（上月263件），解决率94.2%，满意率92.7%。

2.眡湖社区：本月受理工单241件（上月255件），解决率89.6%，满意率88.1%。

三、眡湖社区专项整改情况

针对老旧小区物业管理问题，辖区纳入专项整改的工单86件，占街道同类工单的41.3%。
"""

CAMPUS = """中共眞州大学委员会关于巡视整改进展情况的通报

2025年，学校本科招生计划为4860人。其中，计算机学院本科招生计划420人，经管学院本科招生计划310人。学校对就业率低的专业实行减招、停招，停招专业7个；新增人工智能、智能制造工程等新工科专业5个。学校新校区建设正在有序推进。

2024年，学校业务招待费支出86.5万元，较2023年下降21.4%。
"""

FIRES = """眢州市消防救援支队关于冬春火灾防控工作情况的通报

行动期间，全市共接报火灾286起，同比下降12.5%；直接财产损失734.2万元，同比下降9.8%。从起火原因看，电气火灾103起，占火灾总数的36.0%。

行动期间，全市共检查单位1.2万家次，罚款198.3万元。
"""

BANK = """中共眣东农村商业银行股份有限公司委员会关于巡察整改进展情况的通报

截至2024年末，全行涉农贷款余额52.17亿元，不良贷款余额1.68亿元，不良率2.41%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s52", [
        ("shizhou-piaowu-zhengzhi-2025", TICKETS, "眎州市", {"published": "2025-10-20"}),
        ("yaozhou-heichou-shuiti-2025", STREAMS, "眏州市", {"published": "2025-07-15"}),
        ("chengxi-jingze-zhenggai-2025", AUDIT, "眐阳县", {"published": "2025-08-05"}),
        ("yaoshui-yibao-huitoukan-2025", RECHECK, "眑水县", {"published": "2025-06-10"}),
        ("shenshan-qianxin-2025", WAGES, "眒山区", {"published": "2025-02-20"}),
        ("shihe-jiesujiban-2025", STREET, "眡东区", {"published": "2025-06-05"}),
        ("zhenzhou-daxue-xunshi-2025", CAMPUS, "眞州市", {"published": "2025-10-10"}),
        ("yuanzhou-xiaofang-2025", FIRES, "眢州市", {"published": "2025-04-10"}),
        ("yudong-nongshang-xuncha-2025", BANK, "眣东县", {"published": "2025-01-20"}),
    ], "2025-09-01")


def test_a_stand_with_no_year_a_half_year_and_a_winter(answerer):
    answered(answerer, "截至2025年6月底，眏州市农村黑臭水体治理率是多少？", "73.4%")
    answered(answerer, "眏州今年上半年又新治好了多少条黑臭水体？", "75条")
    answered(answerer, "眒山区今年冬天帮多少个农民工要回了工钱？", "1544名")


def test_a_first_guess_is_not_what_was_confirmed(answerer):
    # (268条 were only a first guess, 初步识别疑似; 197条 is what the satellite found once checked)
    d = ask_checked(answerer, "眏州用卫星从天上找出来、最后确认下来的黑臭水体有多少条？")
    assert not (d["answer"] or "").startswith("268"), d


def test_a_shortfall_is_not_money_spent(answerer):
    refused_with(answerer, "眏州治理那些黑臭水体一共花了多少钱？", "缺口")


def test_a_plans_deadline_is_its_time(answerer):
    # (100% is the two rivers' target by 2025年10月底, not the year's end asked)
    d = ask_checked(answerer, "到2025年底全市黑臭水体治理率要达到多少？")
    assert not (d["answer"] or "").startswith("100%"), d


def test_a_readers_words_and_a_base_of_comparison(answerer):
    answered(answerer, "眎州这回整治，一共抓了多少个倒卖门票的黄牛？", "83人")
    answered(answerer, "群众举报票贩子、假票的事，眎州市文旅局已经处理完了多少件？", "198件")
    answered(answerer, "眎州这次整治，查了多少起在网上倒卖门票的案子？", "58件")
    answered(answerer, "整治以后，眑水县的定点医药机构砍到了多少家？", "386家")


def test_a_breakdown_in_the_next_sentence_named_by_the_topic(answerer):
    answered(answerer, "眎州从制售假票的人手里收缴了多少非法所得？", "14400元")


def test_years_the_notice_does_not_report(answerer):
    # (the campaign is dated in the opening's second paragraph, 2025年5月至9月)
    refused_with(answerer, "眎州市2024年全年一共收到多少件关于票贩子和假票的投诉举报？", "2024")
    # (the paragraph dates its work 2025, 由2024年的…为2025年的…; the rate's sentence names no year)
    refused_with(answerer, "眑水县2024年的医保基金追回率是多少？", "2024")


def test_a_section_of_the_body_asked(answerer):
    d = answered(answerer, "眎州体育中心和眎州大剧院，哪家打击的“票贩子”更多？各多少人？", "")
    assert "41人" in d["answer"] and "22人" in d["answer"], d


def test_examples_of_a_set_a_threshold_and_a_verb_after_the_figure(answerer):
    answered(answerer, "眐溪镇那几个工程项目的结算价被审计砍掉了多少钱？", "173.25万元")
    answered(answerer, "眐溪镇已收回重新公开招租的商铺有多少间？", "8间")


def test_a_person_and_a_round(answerer):
    answered(answerer, "杨某某违规报销了多少万元医疗费用？", "18.6万元")
    refused_with(answerer, "眑水县第一轮专项整治中有多少名科级干部被立案？")


def test_a_parenthesis_time_and_a_streets_section(answerer):
    answered(answerer, "眡园社区本月的解决率是多少？", "94.2%")
    refused_with(answerer, "眡河街道本月一共有多少件工单纳入了专项整改？")  # (86件 is 眡湖社区's)


def test_a_college_a_list_and_a_date_not_stated(answerer):
    refused_with(answerer, "眞州大学医学院2025年本科招生计划是多少人？", "医学院")
    refused_with(answerer, "眞州大学停招的7个本科专业具体是哪些？")
    refused_with(answerer, "眞州大学新校区什么时候建成交付？", "date")


def test_another_sum_than_the_one_stated(answerer):
    refused_with(answerer, "眞州大学2024年业务招待费的年度预算是多少？", "预算")
    refused_with(answerer, "眣东农商银行2024年末各项存款余额是多少？", "存")
    refused_with(answerer, "眢州的电气火灾造成了多少直接财产损失？", "电气火灾")
