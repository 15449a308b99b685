"""A data table with a two-level header (colspan groups over sub-columns, rowspan row labels), as
statistical notices publish them: a figure's column is named by its group and its own label (the
unit often sits in the group), a row label merged down names every row, and a bare number under a
header with a unit is a figure. Tables written here."""

from pipeline.figures import extract_figures
from pipeline.load_table import table_text

TWO_LEVEL = [
    ["片区", "县区", "问题线索", None, "追缴资金(万元)", None, "整改完成率"],
    [None, None, "受理(条)", "办结(条)", "应追缴", "已追缴", None],
    ["东片", "北湖区", "46", "41", "128.6", "117.2", "89.1%"],
    [None, "南溪县", "33", "30", "96.4", "96.4", "100%"],
    ["西片", "石门县", "12", "9", "20.5", "18.0", "75.0%"],
]


def test_a_figure_column_is_named_by_its_group_and_its_own_label():
    text = table_text(TWO_LEVEL)
    assert "问题线索受理(条)：46" in text and "追缴资金已追缴(万元)：117.2" in text
    assert "整改完成率：89.1%" in text  # a column under no group keeps its label


def test_a_text_column_keeps_its_own_label():
    grid = [["问题", "整改情况", None], [None, "整改措施", "整改进展"], ["问题甲", "一是整改A", "已完成"],
            ["问题乙", "二是整改B", "推进中"]]
    assert table_text(grid).startswith("问题：问题甲\n整改措施：一是整改A\n整改进展：已完成")


def test_a_row_label_merged_down_names_every_row_it_covers():
    blocks = table_text(TWO_LEVEL).split("\n\n")
    assert blocks[1].startswith("片区：东片\n县区：南溪县")
    assert blocks[2].startswith("片区：西片\n县区：石门县")


def test_bare_numbers_under_a_header_with_a_unit_are_figures():
    text = "各县区进展如下。\n\n" + table_text(TWO_LEVEL) + "\n"
    figs = extract_figures("t", text)
    got = {(f.text, f.unit) for f in figs}
    assert ("46", "条") in got and ("117.2", "万元") in got and ("89.1%", "%") in got
    money = next(f for f in figs if f.text == "117.2")
    assert money.norm_value == 1_172_000
    for f in figs:
        assert text[f.start:f.end] == f.text
    assert not any(f.text == "9" and f.unit != "条" for f in figs)


def test_a_row_label_with_a_unit_gives_its_row_of_bare_numbers_a_unit_and_a_measure():
    """A statistics table by year: the unit sits in the row label (办结案件（件）), not the header."""
    text = ("全市两年主要指标如下。\n\n| 指标 | 2024年 | 2025年 |\n| --- | --- | --- |\n"
            "| 办结案件（件） | 2413 | 2760 |\n| 罚没款（万元） | 812.5 | 903.1 |\n")
    figs = {f.text: f for f in extract_figures("t", text)}
    assert figs["2413"].unit == "件" and figs["2760"].unit == "件"
    assert figs["903.1"].unit == "万元" and figs["903.1"].norm_value == 9031000
    assert figs["2413"].measure == "办结案件"
    assert text[figs["2413"].measure_start:figs["2413"].measure_end] == "办结案件"


def test_a_header_noun_ending_in_its_measure_word_is_the_unit():
    text = "上半年各市数据如下:\n城市\t检测车辆\t罚款(万元)\n岚州市\t48631\t412.6\n岚阳市\t35208\t356.2\n"
    got = {(f.text, f.unit) for f in extract_figures("t", text)}
    assert ("48631", "辆") in got and ("35208", "辆") in got and ("356.2", "万元") in got
    assert not any(t == "岚州市" for t, _ in got)


def test_equipment_in_sets_ages_and_pairs_are_counted():
    text = "为12个卫生院配备设备38台（套），干部平均年龄降至47.2岁，调解矛盾纠纷58对，对照清单整改。"
    got = {f.text: f for f in extract_figures("t", text)}
    assert got["38台（套）"].value == 38 and got["38台（套）"].base_unit == "台"
    assert got["47.2岁"].unit == "岁" and got["58对"].value == 58


def test_tenths_are_a_share():
    from pipeline.facts import kind_of

    got = {f.text: f for f in extract_figures("t", "收入超10万元的村占比提高两成，九成以上群众满意，做法一成不变。")}
    assert got["两成"].value == 2 and got["两成"].norm_value == 20 and got["九成"].unit == "成" and kind_of("成") == "percent"
    assert "一成" not in got
