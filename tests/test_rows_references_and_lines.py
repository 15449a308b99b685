"""Session 45, on invented notices (places 瘽, 瘿, 癀): tables as web pages and transcripts give them, parts
that point back, and figures that are lines or whole years rather than the value asked.

- a table copied off a web page one cell per line (序号 / 单位 / 问题数（个）/ … then 1 / 县水利局 / 29 / …): each
  row is its body's, its number cell no name, and the paragraph after the table is no row's; two rows are
  compared and summed;
- a rank column (排名, 上月排名) holds no quantity; 桌 and 票 are measure words;
- 泄漏报警 is no 漏报 (a word read across two), so 新装了多少台报警器 is 新安装…报警装置; 将…作为 is no plan;
- A和B两个街道一共… sums A and B; 5月份A镇的综合得分比B镇高出多少分 is a gap between two rows;
- 该镇 in a later question is the town the first named; a later part that names no body stays in the notice
  that answered the first;
- 低于75%的单位 is a line a rule draws, not a rate; 去年 said alone is the whole year, not its first quarter;
- units listed under a numbered part end where the next numbered part begins; 全镇 in a paragraph about a town is
  that town's whole;
- items listed with their values in brackets (拖欠农民工工资（211件）、…) are measured by their names; a difference
  of two kinds named with a 、 inside each is read whole; the one figure counted in the measure word asked (多少桌)
  answers in any words; what was planned (原定…18.5公里) is not what is done now (目前仅完成6.2公里), whose
  paragraph names the body the report is of; a promise (承诺：…新建12个) is no count of what was built, nor is the stock there was.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.actions import fact_action
from pipeline.figures import extract_figures
from pipeline.parse import parse
from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with

WEBTABLE = """中共瘽阳县委巡察办关于县委第六轮巡察整改进展情况的通报

县委第六轮巡察共向4个被巡察党组织反馈问题132个，已完成整改117个。

各被巡察单位整改进展情况见下表：
序号
单位
反馈问题数（个）
已整改（个）
退赔金额（万元）
建章立制（项）
1
县卫生健康局
41
37
52.6
8
2
县水利局
33
30
18.4
5
3
瘽东镇
31
28
27.9
4
4
瘽西乡
27
22
11.3
3
合计
132
117
110.2
20

从整改进度看，各单位进展不平衡。全县共召开整改推进会6次，约谈进度滞后单位负责人3人。
"""

HOTLINE = """瘽阳县接诉即办工作领导小组办公室关于2025年5月份考评排名情况的通报

5月份，县12345热线共受理群众诉求3651件，环比增长8.4%。群众满意率为90.7%。

排名	镇（街道）	受理量（件）	解决率	满意率	综合得分（分）	上月排名
1	瘽河镇	402	93.1%	95.2%	95.46	2
2	瘽城街道	788	91.8%	93.3%	93.27	1
3	瘽北街道	515	88.6%	90.1%	89.72	3
4	瘽岭镇	207	80.4%	84.6%	80.15	4

5月份，群众诉求量居前三位的热点问题依次为：拖欠农民工工资（211件）、物业管理（154件）、噪声扰民（96件）。

市民投票中，满意和基本满意共96票。现场满意率低于75%的单位，须在10个工作日内提交书面整改报告。
"""

GAS = """瘿州市燃气安全专项整治工作领导小组办公室关于三季度整治进展情况的通报

（一）报警装置加装。各地将餐饮场所作为整治重点，督促经营者落实“人走阀关”。三季度，全市餐饮等非居民用户新安装燃气泄漏报警装置3,207台，同比增长28.4%。

（二）检查情况。去年全市共检查燃气经营户2870户次，今年一季度检查640户次。

（三）疏导点。目前城区只有便民疏导点20个。我们向全市市民承诺：6月底前在城区新建便民疏导点12个。
"""

REVISIT = """中共癀山县委巡察办关于巡察整改“回头看”情况的通报

一、总体情况
县委对3个单位开展了巡察整改“回头看”。

二、各单位情况
县住房和城乡建设局
首轮巡察反馈问题38个，“回头看”发现新问题9个。

癀河镇
首轮巡察反馈问题44个，“回头看”发现新问题13个。

三、问责情况
“回头看”期间，县纪委监委共问责干部17名。

四、推进会
会议听取了癀东镇的汇报。2024年全镇村级集体经济收入合计312万元。
"""

VILLAGE = """瘿山村村务公开栏（2025年上半年）

一、惠民资金
上半年发放低保金，保障对象24户37人。

二、巡察整改
关于低保对象动态管理不到位问题。已完成整改，清退不符合条件的低保对象4户6人。
"""

MINUTES = """瘽阳县巡察整改推进会会议纪要

一、会议听取的情况
会议听取了县交通运输局的汇报。县交通运输局共收到反馈问题36个，已完成整改22个。会议指出，该局整改推进明显滞后，原定2025年4月底前完成的农村公路危桥改造18.5公里，目前仅完成6.2公里。

二、会议议定事项
（一）县交通运输局限期攻坚。于2025年9月30日前完成剩余12.3公里改造任务。
"""

CASES = """瘿州市纪委监委关于违反中央八项规定精神典型问题的通报

瘿州城投公司原副总经理郑某某违规操办婚宴问题。2024年10月，郑某某为其女儿操办婚宴，宴请管理服务对象共38桌，收受礼金9.6万元。

全年全市共清退不符合条件的低保对象61户。全年查处享乐主义、奢靡之风问题120起，形式主义、官僚主义问题75起。
"""


@pytest.fixture(scope="module")
def ans(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s45", [
        ("zy-webtable", WEBTABLE, "瘽阳县"), ("zy-hotline", HOTLINE, "瘽阳县"), ("yz-gas", GAS, "瘿州市"),
        ("hs-revisit", REVISIT, "癀山县"), ("ys-village", VILLAGE, "瘿山村"), ("yz-cases", CASES, "瘿州市"),
        ("zy-minutes", MINUTES, "瘽阳县")], "2025-06-10")


def test_a_one_cell_per_line_tables_rows_are_their_bodies():
    outline = parse("x", WEBTABLE)
    assert outline.owner_at(WEBTABLE.index("18.4")) == "县水利局"
    assert outline.owner_at(WEBTABLE.index("27.9")) == "瘽东镇"
    # a row's name alone on its line opens no section: the paragraph after the table is the notice's own
    assert outline.owner_at(WEBTABLE.index("6次")) != "瘽西乡"


def test_two_rows_of_a_one_cell_per_line_table_are_compared_and_summed(ans):
    d = answered(ans, "县卫生健康局和县水利局，哪个单位建章立制的数量更多？", "")
    assert "8" in d["answer"] and "5" in d["answer"]
    answered(ans, "瘽东镇和瘽西乡的退赔金额加起来是多少万元？", "39.2万元")


def test_a_rank_column_holds_no_figures_and_tables_and_votes_are_counted():
    texts = [f.text for f in extract_figures("x", HOTLINE)]
    assert "402" in texts and "95.46" in texts
    # 排名 and 上月排名 cells: the row's place in an order
    ranks = [f for f in extract_figures("x", HOTLINE) if f.text in ("1", "2", "3", "4")]
    assert ranks == []
    assert "96票" in texts
    assert "38桌" in [f.text for f in extract_figures("x", CASES)]


def test_a_word_read_across_two_is_no_verb():
    assert fact_action("全市餐饮等非居民用户新安装燃气泄漏报警装置") == "安装"


def test_a_fitting_asked_in_a_readers_words_is_answered(ans):
    answered(ans, "瘿州三季度给饭馆这类用气商户新装了多少台燃气报警器？", "3,207台")


def test_a_target_asked_where_only_what_was_done_is_stated_is_refused(ans):
    # (各地将餐饮场所作为整治重点: 将 as 把, no plan said)
    refused_with(ans, "瘿州市今年燃气泄漏报警装置的年度安装目标是多少台？", "not a plan or target")


def test_a_lists_count_said_again_names_no_item():
    s = read("5月份瘽城街道和瘽北街道两个街道一共受理了多少件诉求？")
    assert s.op == "sum" and [p.who for p in s.parts] == [["瘽城街道"], ["瘽北街道"]]


def test_two_rows_summed_and_set_against_each_other(ans):
    answered(ans, "5月份瘽城街道和瘽北街道两个街道一共受理了多少件诉求？", "1303件")
    answered(ans, "5月份瘽河镇的综合得分比瘽岭镇高出多少分？", "相差15.31分")


def test_a_later_question_pointing_back_at_the_town_asks_that_towns_figure(ans):
    d = answered(ans, "癀河镇首轮巡察被反馈了多少个问题？“回头看”又在该镇发现了多少个新问题？", "44个")
    assert "13个" in d["answer"] and "9个" not in d["answer"]


def test_units_listed_under_a_numbered_part_end_at_the_next_part(ans):
    answered(ans, "癀山县“回头看”期间共问责多少名干部？", "17名")


def test_a_later_part_naming_no_body_stays_in_the_first_parts_notice(ans):
    d = answered(ans, "瘿山村上半年领取低保金的保障对象有多少户？巡察整改中又清退了多少户不符合条件的低保对象？", "24户")
    assert "4户" in d["answer"] and "61户" not in d["answer"]


def test_a_line_a_rule_draws_is_not_the_rate_asked(ans):
    refused_with(ans, "瘽阳县现场满意率是多少？", "")  # (低于75%的单位: the line; the notice gives no such rate)


def test_a_year_before_said_alone_is_the_whole_year_not_its_first_quarter(ans):
    refused_with(ans, "去年一季度瘿州市检查了多少户次燃气经营户？", "period not covered")
    answered(ans, "去年瘿州市一共检查了多少户次燃气经营户？", "2870户次")


def test_items_with_values_in_brackets_are_measured_by_their_names():
    fig = next(f for f in extract_figures("x", HOTLINE) if f.text == "96件")
    assert fig.measure == "噪声扰民"


def test_a_gap_between_two_kinds_each_named_with_a_pause_mark(ans):
    answered(ans, "瘿州市全年查处的享乐主义、奢靡之风问题比形式主义、官僚主义问题多多少起？", "相差45起")


def test_the_one_figure_counted_in_the_measure_word_asked_answers(ans):
    answered(ans, "瘿州城投那位副总给女儿办婚宴，一共摆了多少桌酒席？", "38桌")


def test_a_promise_and_the_stock_are_not_what_was_built(ans):
    refused_with(ans, "瘿州市今年已经建成了多少个新的便民疏导点？", "")


def test_the_whole_of_a_town_a_paragraph_speaks_of_is_that_towns(ans):
    answered(ans, "癀东镇各村去年集体经济一共挣了多少钱？", "312万元")


def test_what_is_done_now_not_what_was_planned_of_the_body_the_paragraph_names(ans):
    answered(ans, "瘽阳县交通运输局原定2025年4月底前完成的农村公路危桥改造，目前完成了多少公里？", "6.2公里")
