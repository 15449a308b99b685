"""What dev33 taught (session 33), on invented notices (places 瓵, 瓸): a figure of another dimension or
classifier answers no question (多少万吨 → 9个; 多少台 → 家次), the body asked is no part of what is measured,
a bulletin's 本周/累计 marker said last before a figure is its tally, a named term the notice never covers,
a 分别 list with its verb said once, the remainder of two earlier parts, a paragraph titled by its body,
a sentence under another body's heading, amounts listed are no names, verbs said otherwise."""
import pytest

from pipeline.actions import asked_actions, classes
from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with

GROUP = """瓵山能源集团关于巡视整改进展情况的通报

2024年，集团完成省内电煤供应1860万吨，同比增长7.4%；新增并网装机容量148万千瓦。
序号｜反馈问题｜整改措施｜责任部门｜整改状态
2｜主责主业投资占比偏低的问题｜清理退出非主业投资项目9个｜投资部｜已完成
5｜应收账款清收不力的问题｜清收历史应收账款11.7亿元，对清收不力的两家子企业主要负责人进行约谈｜财务部｜已完成
7｜违规选聘中介机构的问题｜对选聘中介机构情况开展全面复查，涉及合同143份、金额1,862.5万元，清退不合规中介机构7家，追回多付咨询费用386万元｜审计部｜已完成
集团巡视整改期间共给予党纪政务处分23人。
"""

BULLETIN = """瓸州市教育局校外培训专项整治工作简报（第7期）

2024年秋季学期开学以来，市教育局持续开展校外培训专项整治。
（一）检查情况。本周检查校外培训机构86家次，开学以来累计检查1243家次。分区县看，瓸城区本周检查31家次、累计452家次；瓸安县本周检查27家次、累计402家次。
（二）投诉办理。本周受理群众举报投诉17件，累计328件，办结率96.3%。
（三）抽检情况。全市共抽检培训教材1200批次，瓸东区、瓸西区、瓸河区和瓸山县分别抽检318批次、296批次、287批次和299批次。
（四）案件查处。全市立案查处违规培训案件683件，结案612件，结案率89.6%；责令停业整顿52家。
（五）市场监管部门对全市检查各类培训经营主体2738家次。

三、乡镇情况

瓸溪镇。针对村级收费不规范的问题，清退多收费用12.6万元。

瓸坪乡。针对低保评定优亲厚友的问题，对全乡1126户低保对象全面复核，清退不符合条件的93户142人。
"""

VILLAGES = """瓵河镇农村集体三资清理结果公示

全镇收回历年拖欠的承包费、租金等集体资金286.43万元。

一、瓵河村

收回拖欠租金、承包费78.65万元。

二、瓵湾村

收回集体资金64.17万元。

三、瓵塘村

收回集体资金55.21万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "bulletins", [
        ("yushan-nengyuan-2024", GROUP, "瓵山"),
        ("sizhou-jiaoyu-2024", BULLETIN, "瓸州市"),
        ("yuhe-sanzi-2024", VILLAGES, "瓵河镇"),
    ], "2024-11-08")


def test_an_amount_of_another_dimension_answers_no_weight_asked():
    q = read("瓵山能源集团2024年碳排放量减少了多少万吨？").parts[0]
    assert q.kinds == ["weight"] and "万吨" not in q.measure  # 多少万吨: a weight, its unit no part of the measure
    assert read("新增并网装机多少万千瓦？").parts[0].kinds == ["power"]


def test_a_topic_the_notice_never_speaks_of_is_refused(answerer):
    # the group's name is in every clause of its notice: no match of what is measured
    refused_with(answerer, "瓵山能源集团2024年碳排放量减少了多少万吨？", "measure not stated")
    # visits to businesses (家次) count no machines (多少台)
    refused_with(answerer, "瓸州市2024年对全市多少台电梯开展了安全检查？", "measure word not stated", "台")


def test_a_size_asked_with_duo_da_is_answered_by_its_figure(answerer):
    answered(answerer, "瓵山能源集团这次新接上电网的装机一共有多大？", "148万千瓦")


def test_amounts_listed_are_no_names(answerer):
    refused_with(answerer, "瓵山能源集团因清收不力约谈了哪两家子企业的主要负责人？", "names not listed")


def test_a_prose_cell_of_a_table_row_says_its_own_words(answerer):
    answered(answerer, "瓵山能源集团花钱请中介多付出去的咨询费，后来要回来多少？", "386万元")


def test_the_marker_said_last_before_a_figure_is_its_tally(answerer):
    refused_with(answerer, "瓸州这周老百姓举报的投诉，处理完了几件？", "处理完")  # 受理 17件 is no 办结
    answered(answerer, "瓸安县开学以来累计检查校外培训机构多少家次？", "402家次")
    d = answered(answerer, "瓸城区和瓸安县开学以来累计检查校外培训机构各多少家次？哪个更多？", "瓸城区更多")
    assert "452家次" in d["answer"] and "402家次" in d["answer"] and "31家次" not in d["answer"]


def test_a_named_term_the_notice_never_covers(answerer):
    refused_with(answerer, "2024年春季学期瓸州市一共检查了多少家次校外培训机构？", "period not covered", "秋季学期")


def test_a_respectively_list_with_its_verb_said_once(answerer):
    d = answered(answerer, "瓸河区和瓸山县哪个抽检培训教材的批次更多？各是多少批次？", "瓸山县更多")
    assert "287批次" in d["answer"] and "299批次" in d["answer"]


def test_what_is_left_of_two_earlier_parts(answerer):
    d = answered(answerer, "瓸州市立案查处了多少件违规培训案件？结案多少件？还有多少件没有结案？", "683件")
    assert "71件" in d["answer"]


def test_a_paragraph_titled_by_its_body_owns_its_figures():
    from pipeline.parse import parse

    o = parse("b", BULLETIN)
    assert o.owner_at(BULLETIN.index("93户")) == "瓸坪乡"
    assert o.owner_at(BULLETIN.index("12.6万元")) == "瓸溪镇"


def test_a_sentence_under_the_heading_of_the_body_asked_is_its(answerer):
    d = answered(answerer, "瓵河镇瓵河村和瓵湾村一共收回集体资金多少万元？", "142.82万元")
    assert "78.65万元" in d["answer"] and "55.21万元" not in d["answer"]


def test_verbs_said_otherwise():
    assert asked_actions("一共让多少家店关门整顿了？") == ["关门整顿"]  # the count is the object of 让
    assert classes("关门整顿") & classes("停业整顿") and classes("停开") & classes("停运")
    assert classes(asked_actions("瓸州市医保局上门查了多少家药店？")[0]) & classes("检查")
    assert asked_actions("移交的线索，纪委立了几个案？") == ["立案"]  # a verb split by the ask
    # 巡视整改, 集中整治 name the programme: no action asked
    assert asked_actions("瓵山能源集团巡视整改，一共给予了多少人党纪政务处分？") != ["整改"]


def test_closed_for_rectification_said_otherwise(answerer):
    answered(answerer, "瓸州这次整治，一共让多少家培训机构关门整顿了？", "52家")


def test_a_clause_after_a_question_mark_opens_the_next_part():
    parts = read("甲县给予党纪政务处分多少人？针对违规吃喝问题，查处多少起？").parts
    assert parts[0].text.endswith("多少人?") and "针对违规吃喝问题" in parts[1].text


def test_things_counted_are_not_people(answerer):
    refused_with(answerer, "瓸州市瓸坪乡查处了多少个群众身边腐败问题？")


APPENDED = """瓸州市城市管理局关于2024年上半年违法建设治理情况的通报

一、总体情况

上半年全市共拆除存量违法建设1923处，拆除面积27.8万平方米。

二、下一步工作

下半年计划拆除存量违建1000处。

瓸州市城市管理局
2024年7月15日

附表

2024年上半年各区县存量违法建设拆除情况统计表

序号 区县 存量违建(处) 已拆除(处) 拆除面积(平方米) 完成率
1 瓸城区 412 389 52360 94.4%
2 瓸东区 538 461 78415 85.7%
3 瓸山县 395 284 63210 71.9%
"""


def test_a_table_typed_with_single_spaces_is_read_by_its_header():
    from pipeline.textables import row_at

    row = row_at(APPENDED, APPENDED.index("78415"))
    assert row is not None and row.header_of() == "拆除面积(平方米)"
    assert row_at(APPENDED, APPENDED.index("瓸州市城市管理局\n2024")) is None  # no table in prose lines


def test_an_appended_table_is_no_part_of_the_next_steps(tmp_path_factory):
    a = build_answerer(tmp_path_factory, "appended", [("sizhou-weijian-2024", APPENDED, "瓸州市")], "2024-07-15")
    answered(a, "瓸州市瓸东区上半年拆掉的存量违建一共有多大面积？", "78415平方米")


def test_under_a_body_is_no_banner():
    from pipeline.bodies import _ADMIN

    # 城投旗下那块地: 旗下 says under the firm, no banner (旗, a county-level place) named 城投旗
    assert not any(m.group(0).endswith("旗") for m in _ADMIN.finditer("瓸宁县城投旗下那块闲置地挂牌卖出去,成交了多少钱?"))
    assert any(m.group(0) == "瓸右旗" for m in _ADMIN.finditer("瓸右旗查处了多少起案件?"))
