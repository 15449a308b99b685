"""Session 46, on invented notices (places 癋, 癎): a year before told in a sentence of its own, a level set
against its target, a table's row asked for one kind the notice tells apart elsewhere, and figures that are what
was found or a line, not the act or change asked.

- 去年同期,全县…办结…件 opens a sentence of its own: its figures are the same stretch a year before (a period, not
  a base of a comparison), and 比去年同期多了多少件 is the level less that figure;
- X比年初定下的目标多出多少 and 按整改目标,…上限比2023年实际支出少多少: the target and the level, each a part,
  their gap computed; 占到…的多少 asks a share;
- a village's 村民小组 asked (癎山村三组) of a figure its paragraph gives the village is refused; one its
  paragraph names answers;
- a table of courts whose 办结 column counts every kind of case: a kind the notice tells apart elsewhere
  (抚养费案件办结) asked of one court's row is refused; the row itself answers;
- 超预算金额 asked 追回了多少: what was found, not the act asked (转办的1,204件 counts what was transferred);
  仍不足8万元 asked 增加了多少: a line, no change;
- a section headed by a county's committee (（三）中共癎东县委反馈情况) whose paragraphs name county departments
  (县农业农村局) is that county's; 哪两个村干部 asks people, which a list of uses does not name; 纪检监察机关
  asked names the 纪委监委 a notice names; 中央和省级资金与县级配套资金哪个更多 compares two funds, 和 inside
  one of them, and 县级配套 is not read at the 省级 said before it.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.slots import read
from tests.answering import answered, ask_checked, build_answerer, refused_with

COURT = """癋川县人民法院关于涉企民生案件执行攻坚行动情况的通报

癋法〔2026〕12号

2026年3月1日至6月30日，我院开展涉企民生案件执行攻坚行动。

一、总体情况
攻坚行动期间，全院共受理涉企民生执行案件934件，办结812件，办结率86.94%；执行到位金额4127.56万元，同比增长12.4%。
从案件类型看，追索劳动报酬案件办结455件，执行到位金额2038.17万元；抚养费案件办结97件，执行到位金额131.42万元。
去年同期，全院办结涉企民生案件703件，执行到位金额3672.3万元。

二、各庭办理情况
单位	受理案件（件）	办结案件（件）	办结率（%）
执行局	512	451	88.09
癋东法庭	148	127	85.81
癋西法庭	139	118	84.89
癋桥法庭	135	116	85.93
合计	934	812	86.94

三、下一步工作
对未办结的122件案件，逐案制定执行方案，确保年底前全部清零。
"""

DUBAN = """中共癎州市委督查室关于重点督办事项办理情况的通报

一、总体情况
年初，市里确定全年督促追缴、退还群众资金的目标不少于6000万元。截至11月20日，全市累计督促追缴、退还群众资金6218.7万元。

按照整改目标，市国资集团本部2025年公务接待费控制在48万元以内，较2024年压减25%。2024年，集团本部公务接待费支出64万元。

市国资集团战略性新兴产业投资占年度投资总额的比重，2025年目标为18%。

截至10月底，市住建局已清退违规发放的加班补贴14.3万元，其余问题正在整改。


二、问题整改情况
市住建局抽查2022年以来实施的政府投资项目19个，其中7个超预算，超预算金额合计1532.6万元。

癎山村去年12月因主管道爆裂停水两天，影响全村211户。

癎北片区4个村集体经济底子薄，村集体年收入仍不足8万元。

癎山村五组鱼塘原承包费每年800元。合同到期后重新公开发包，年承包费提高到2600元。

省督察组转办的1,204件信访举报件已全部办结。

市委第二巡察组向市纪委监委移交问题线索9件。

巡察发现癎山村有1.6万元集体收益被用于接待、购买办公用品，已全额退回村集体账户。


（三）中共癎东县委反馈情况
县委常委会专题研究督办事项，县农业农村局、县财政局牵头落实。

一是清理集体资金。对问题村开展专项清理，收回村干部个人保管资金152.8万元，已全部纳入村级账户。


四、矿山修复
全市纪检监察机关对矿山修复资金开展监督检查37次。

全市9座废弃矿山已全部完成修复，累计投入资金1480万元，其中争取中央和省级资金870万元、县级配套610万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s46", [
        ("beichuan-fayuan-zhixing-2026", COURT, "癋川县"),
        ("juanzhou-ducha-2025", DUBAN, "癎州市"),
    ], "2026-07-10")


def test_the_year_before_in_a_sentence_of_its_own_is_a_period(answerer):
    d = answered(answerer, "攻坚行动期间癋川县法院办结的涉企民生案件比去年同期多了多少件？", "109件")
    assert "812件" in d["answer"] and "703件" in d["answer"]


def test_a_level_against_the_target_set_for_the_year(answerer):
    d = answered(answerer, "截至11月20日，癎州市累计督促追缴、退还的群众资金比年初定下的目标多出多少万元？", "相差218.7万元")
    assert "6218.7万元" in d["answer"] and "6000万元" in d["answer"]


def test_a_cap_set_as_a_target_against_last_years_actual(answerer):
    d = answered(answerer, "按整改目标，国资集团本部2025年公务接待费的上限比2024年实际支出少多少万元？", "相差16万元")
    assert "48万元" in d["answer"] and "64万元" in d["answer"]


def test_a_share_asked_with_zhan_dao_de_duoshao():
    (part,) = read("国资集团2025年战略性新兴产业投资实际占到年度投资总额的多少？").parts
    assert part.kinds == ["percent"]


def test_a_village_group_is_not_the_village(answerer):
    refused_with(answerer, "癎山村三组有多少户在去年冬天停水时受了影响？", "三组")


def test_a_group_its_paragraph_names(answerer):
    answered(answerer, "癎山村五组鱼塘重新发包后，一年的承包费是多少？", "2600元")


def test_a_verb_right_before_the_count_says_what_is_counted(answerer):
    answered(answerer, "省督察组转办了多少件信访举报件？", "1,204件")


def test_a_rows_figure_is_all_kinds_of_cases(answerer):
    refused_with(answerer, "癋桥法庭办结的抚养费案件有多少件？", "抚养费")
    answered(answerer, "癋桥法庭办结了多少件案件？", "116件")


def test_what_was_found_is_not_what_was_recovered(answerer):
    refused_with(answerer, "市住建局对超预算的政府投资项目已经追回了多少钱？", "追回")


def test_a_line_the_level_stays_under_is_no_change(answerer):
    refused_with(answerer, "癎北片区那几个村今年村集体收入实际增加了多少？", "change not stated")


def test_a_county_section_whose_departments_act_is_the_countys(answerer):
    answered(answerer, "癎东县收回了多少村干部个人保管的资金？", "152.8万元")


def test_the_generic_name_of_the_discipline_body(answerer):
    answered(answerer, "市委第二巡察组向纪检监察机关移交了多少件问题线索？", "9件")


def test_people_asked_by_their_number_are_not_a_list_of_uses(answerer):
    refused_with(answerer, "癎山村被违规花掉的集体收益，是哪两个村干部退回的？", "names not listed")


def test_two_funds_compared_with_he_inside_one(answerer):
    d = ask_checked(answerer, "矿山修复资金中，争取的中央和省级资金与县级配套资金哪个更多？多多少？")
    assert d["answerable"] and "870万元" in d["answer"] and "610万元" in d["answer"] and "260万元" in d["answer"], d
