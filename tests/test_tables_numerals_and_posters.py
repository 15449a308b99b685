"""Session 42, on invented notices (places 痷, 痸 and 痺): standard report tables, Chinese numerals and posters.

- a bordered Markdown table that leaves cells blank, heads groups of rows with a row of words in its first
  cell only and starts again under a header of its own mid-table (the national layout of a
  政府信息公开工作年度报告): every cell stays under its own column's header, a header's (单位：万元) is its
  cells' unit, and whole numbers whose header and row name no unit are counts whose measure word is unsaid;
- a notice typed in Chinese numerals states its years (二〇二四年) and months (九月底) as every other does;
- a clause opened by 其中 and a place names one part of the whole asked (全镇…,其中痸东村…);
- a poster's lines point from what is counted to its figure (查处问题→146个／党纪政务处分→98人): the words
  before the arrow are the measure, a slash between two items is no rate, and a bulleted line heading a
  block (▶痺南区·…) names whose its lines are;
- a time pointing at a figure (…｜2023年→1,764.5万元) is its time, its measure the line's figure's before it, and
  a poster's lines of keywords are no page wrapped mid-sentence;
- a rate in a table (亿元资产投诉量（件/亿元）) is read with its whole unit, and does not answer a count asked;
- what an inspection found and fed back (反馈问题) is not what was put right (整改完成);
- a date in brackets after another line's figure (期初余额：…元（截至3月31日）) is no time of the record's other
  lines, and a stock at the last month of the stretch asked (期末余额…截至6月30日) is where it ended;
- a later part that says only its act (…到6月底建好了多少亩?) asks it of the first part's object;
- 这两家 points back at the items, and a measure restated in brackets (完成率更高) is what each is asked;
- the scorer matches a bare number whose unit neither the notice nor the extractor states by its value.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.evaluate import match_figures
from pipeline.figures import extract_figures
from tests.answering import answered, build_answerer, refused_with

REPORT = """痷县人民政府2024年政府信息公开工作年度报告

一、总体情况

2024年，全县主动公开政府信息4127条，全年共收到政府信息公开申请74件。

二、主动公开政府信息情况

| 第二十条第（一）项 | | | |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 行政规范性文件 | 11 | 4 | 63 |
| 第二十条第（六）项 | | | |
| 信息内容 | 本年处理决定数量 | | |
| 行政处罚 | 3105 | | |
| 行政强制 | 88 | | |
| 第二十条第（八）项 | | | |
| 信息内容 | 本年收费金额（单位：万元） | | |
| 行政事业性收费 | 842.6 | | |
"""

TOWN = """中共痸河镇委员会关于巡察整改情况的公告

　　县委第二巡察组于二〇二三年十一月对痸河镇党委开展常规巡察，共反馈问题二十六个。截至二〇二四年九月底，全镇排查出违法建设四十一处，已拆除三十四处。全镇村级集体经济收入较上年同期增长百分之十二点四，其中痸东村村集体经济收入达到三十八万元。
"""

POSTER = """一图读懂｜痺州市整治群众身边不正之风成效

关键词：查处多了·举报少了
【全市数据·2024年】
受理信访举报→4,106件｜同比↓7.2%
查处问题→2,318个｜同比↑8.1%
党纪政务处分→1,402人
　其中村（社区）干部→611人·乡镇站所干部→284人
盯住：惠农补贴／集体“三资”／低保救助／医保基金／物业维修资金／校园餐
处理：惩治一批·警示一批·教育一批
领导包案：市县两级纪委书记带头包案·重点问题线索挂牌督办·一包到底·定期回访

【县区亮点】
▶痺南区·聚焦农村集体“三资”管理问题
查处问题→146个／党纪政务处分→98人
督促退还资金→312.5万元·惠及群众→4200户
"""


LEDGER = """痻口村村务财务公开栏
2024年第三季度（7月1日—9月30日）

一、财务收支情况（单位：元）
（一）期初余额：318204.16元（截至2024年6月30日）
（二）本季度收入合计：241650.40元
1.上级转移支付：182400.00元
2.集体经营收入：59250.40元
其中：山塘承包费36000.00元；门面租金23250.40元
（三）本季度支出合计：176830.55元
（四）期末余额：383024.01元（截至2024年9月30日）
"""

RATES = """痽州金融监管分局关于2024年第三季度银行业消费投诉情况的通报

一、总体情况
第三季度，辖区共受理银行业消费投诉1876件。全市巡察共反馈问题64个，截至9月底已整改完成51个。

二、投诉量居前的机构
| 排名 | 机构名称 | 投诉量（件） | 亿元资产投诉量（件/亿元） | 万张信用卡投诉量（件/万张） |
|---|---|---|---|---|
| 1 | 痽州银行股份有限公司 | 318 | 0.29 | 1.96 |
| 2 | 宏远银行痽州分行 | 204 | 0.35 | 2.41 |

三、农田建设
痽岭乡年度计划建设高标准农田5200亩，截至9月底已建成4380亩。痽河镇和痽岭乡巡察整改完成率分别为93.1%和80.4%。
"""

MEDICAL = """痺城县医保基金监管成效一览

【医保基金】
检查定点医药机构→862家
2024年追回医保基金→1,426.8万元｜2023年→985.2万元
移送公安机关欺诈骗保案件→6起
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "tables", [
        ("anxian-zhengwu-gongkai-2024", REPORT, "痷县"),
        ("chihe-gonggao-2024", TOWN, "痸河镇", {"published": "2024-10-12"}),
        ("bizhou-poster-2024", POSTER, "痺州市"),
        ("huokou-cunwu-2024", LEDGER, "痻口村", {"published": "2024-10-10"}),
        ("yuzhou-tousu-2024", RATES, "痽州市", {"published": "2024-10-20"}),
        ("bicheng-yibao-2024", MEDICAL, "痺城县"),
    ], "2025-01-20")


def test_a_bordered_table_keeps_each_cell_under_its_own_header():
    figs = {f.text: f for f in extract_figures("report", REPORT)}
    assert figs["3105"].unit == "" and figs["88"].unit == ""  # 本年处理决定数量: a count, its measure word unsaid
    assert figs["842.6"].unit == "万元"  # 本年收费金额（单位：万元）
    assert figs["63"].unit == "件"  # 现行有效件数
    assert all(f.text != "2024" for f in extract_figures("report", REPORT) if f.start > REPORT.index("|"))


def test_a_count_under_a_mid_table_header_answers(answerer):
    answered(answerer, "痷县2024年作出了多少件行政处罚决定？", "3105")
    answered(answerer, "痷县2024年收了多少行政事业性收费？", "842.6")


def test_years_and_months_in_chinese_numerals_are_read(answerer):
    answered(answerer, "痸河镇到2024年9月底拆了多少处违法建设？", "三十四处")
    refused_with(answerer, "痸河镇到2022年9月底拆了多少处违法建设？")  # (another year: not this figure)


def test_a_place_after_qizhong_is_a_part_of_the_whole_asked(answerer):
    refused_with(answerer, "痸河镇全镇村级集体经济收入是多少万元？", "a part of it")
    answered(answerer, "痸河镇痸东村的村集体经济收入是多少？", "三十八万元")


def test_a_poster_line_points_from_its_measure_to_its_figure():
    figs = {f.text: f for f in extract_figures("poster", POSTER)}
    assert "146个" in figs and figs["146个"].unit == "个"  # not 146个/党: a slash between two items is no rate
    assert "98人" in figs


def test_a_bulleted_line_heading_a_block_names_whose_its_lines_are(answerer):
    answered(answerer, "痺南区督促退还了多少资金？", "312.5万元")
    answered(answerer, "痺州市痺南区查处了多少个问题？", "146个")


def test_a_bare_number_without_a_written_unit_is_matched_by_value():
    gold = [{"doc": "d", "start": 10, "text": "96", "value": 96, "unit": "件"}]
    bare = [{"doc": "d", "start": 10, "end": 12, "text": "96", "value": 96.0, "unit": ""}]
    read = [{"doc": "d", "start": 10, "end": 12, "text": "96", "value": 96.0, "unit": "人"}]
    assert match_figures(bare, gold)[0].f1 == 1.0
    assert match_figures(read, gold)[0].f1 == 0.0  # a unit read where none is written must still agree


def test_a_time_pointing_at_a_figure_is_its_time(answerer):
    figs = {f.text: f for f in extract_figures("poster", MEDICAL)}
    from pipeline.facts import annotate

    annotate(MEDICAL, list(figs.values()))
    assert figs["985.2万元"].period == "2023年" and figs["985.2万元"].measure == "追回医保基金"
    answered(answerer, "痺城县2024年追回的医保基金比2023年多出多少？", "相差441.6万元")


def test_a_poster_s_lines_are_no_page_wrapped_mid_sentence():
    from pipeline.textnorm import wrap_breaks

    assert wrap_breaks(POSTER + MEDICAL) == []


def test_a_rate_is_read_whole_and_answers_no_count(answerer):
    answered(answerer, "宏远银行痽州分行每亿元资产有多少件投诉？", "0.35件/亿元")
    from tests.answering import ask_checked

    d = ask_checked(answerer, "痽州银行股份有限公司第三季度信用卡业务投诉有多少件？")
    assert not (d["answer"] or "").startswith("1.96")  # (a rate per 10,000 cards is no count of complaints)


def test_what_was_fed_back_is_not_what_was_put_right(answerer):
    answered(answerer, "痽州市巡察反馈的问题截至9月底整改完成了多少个？", "51个")
    refused_with(answerer, "截至2023年底，痽州市已经整改完成了多少个巡察问题？")
    refused_with(answerer, "痸河镇已经整改完成了多少个巡察问题？")  # (only the count fed back, 二十六个, is stated)


def test_a_date_after_another_line_s_figure_is_not_the_record_s(answerer):
    answered(answerer, "痻口村2024年第三季度的门面租金收入是多少？", "23250.40元")
    answered(answerer, "痻口村2024年第三季度期末余额是多少？", "383024.01元")


def test_a_later_part_saying_only_its_act_asks_the_first_part_s_object(answerer):
    d = answered(answerer, "痽岭乡今年打算建多少亩高标准农田？到9月底建好了多少亩？", "5200亩")
    assert "4380亩" in d["answer"]


def test_a_measure_restated_in_brackets_is_what_each_item_is_asked(answerer):
    d = answered(answerer, "痽河镇和痽岭乡这两家，谁的巡察整改完成得更好（完成率更高）？", "痽河镇")
    assert "93.1%" in d["answer"] and "80.4%" in d["answer"]
