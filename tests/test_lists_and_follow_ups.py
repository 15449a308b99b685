"""Session 36, on invented notices (places 畐, 畑, 畒): a results list by business (1. 名称：…), a
question that names one business and a figure outside its item, a second question that only says
"达到多少" of the first's measure, failures asked in a second question, 拖欠 asked where what was
recovered of it is stated, 多少笔 against 部, people asked (都有谁) where only a count is given, and a
supermarket that is no city."""
import pytest

from tests.answering import answered, ask_checked, build_answerer, refused_with

SAMPLING = """畐水县市场监督管理局2024年第三季度食品安全抽查结果公示

2024年7月至9月，畐水县市场监督管理局随机抽取6家单位开展食品安全监督抽查，共抽检食品样品112批次，检验合格106批次，不合格6批次，合格率94.6%。对抽检不合格的4家单位依法立案5件，罚款合计2.6万元，没收违法所得1930元。

一、抽查结果

1. 畐水县好又多超市有限公司（畐城镇）：抽检蔬菜、水果、粮食加工品等22批次，不合格1批次。对其处以罚款4000元，没收违法所得65元。整改结果：已整改。

2. 畐水县畐城镇丰收农贸市场：抽检蔬菜、禽蛋、水产品等28批次，不合格2批次，涉及经营户2户。对2户经营者分别处以罚款3000元、2000元。整改结果：已整改。

3. 畐水县畐河食品厂：抽检糕点、饼干等19批次，不合格2批次。对其处以罚款1.2万元，没收违法所得1865元。整改结果：限期整改。
"""

RIVER = """畑南省水利厅关于河湖“四乱”清理整治进展情况的通报

截至2024年10月底，全省累计排查河湖“四乱”问题1,842个，已整改销号1,690个，整改销号率91.7%。下一步，2024年12月底前，全省河湖“四乱”问题整改销号率达到97%以上。
"""

ESTATE = """畒州市住房和城乡建设局关于物业服务专项整治情况的通报

整治期间，全市应急拨付住宅专项维修资金1,102.5万元，用于更新改造老旧电梯164部。畒江高速公路运营有限公司依法追缴服务区商户拖欠租金1,386.2万元。
1-9月，全县给予党纪政务处分的党员干部74人，其中乡科级干部7人、村（社区）干部41人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "lists-follow-ups", [
        ("fushui-choujian-2024", SAMPLING, "畐水县"),
        ("tiannan-silun-2024", RIVER, "畑南省"),
        ("chouzhou-wuye-2024", ESTATE, "畒州市"),
    ], "2024-11-12")


def test_each_business_of_a_list_is_asked_by_its_short_name(answerer):
    d = answered(answerer, "畐水县市场监管局本次抽查中，好又多超市和畐河食品厂各被没收违法所得多少？", "65元")
    assert "1865元" in d["answer"]
    d = answered(answerer, "畐水县本次抽查中，好又多超市和丰收农贸市场哪家抽检的批次更多？", "丰收农贸市场更多")
    assert "28批次" in d["answer"] and "22批次" in d["answer"]


def test_a_business_asked_of_a_figure_outside_its_item_is_refused(answerer):
    refused_with(answerer, "畐水县丰收农贸市场两户卖不合格菜的摊主被没收了多少违法所得？", "丰收农贸市场")


def test_failures_asked_in_a_second_question_are_not_the_passes(answerer):
    d = answered(answerer, "畐水县市场监管局这次抽查，一共抽了多少批食品？有多少批没过关？", "112批次")
    assert "6批次" in d["answer"] and "106" not in d["answer"]


def test_a_second_question_of_the_firsts_measure_asks_its_target(answerer):
    d = answered(answerer, "截至2024年10月底，畑南省河湖“四乱”问题的整改销号率是多少？要求2024年12月底前达到多少？", "91.7%")
    assert "97%" in d["answer"]


def test_arrears_asked_where_what_was_recovered_of_them_is_stated(answerer):
    refused_with(answerer, "畒江高速公路运营有限公司的商户一共拖欠了多少租金？", "arrears")


def test_transactions_are_not_machines(answerer):
    from pipeline.evidence import count_word_conflict

    assert count_word_conflict(["笔"], "部") and count_word_conflict(["台"], "部") is None
    refused_with(answerer, "畒州市整治期间住宅专项维修资金应急使用一共审批了多少笔？")


def test_people_asked_by_name_where_only_a_count_is_given(answerer):
    refused_with(answerer, "畒州市1-9月受到党纪政务处分的乡科级干部都有谁？", "names not listed")


def test_a_problem_had_after_what_a_check_found_is_an_issue():
    from pipeline.parse import parse

    text = "畐水县第一中学食堂：抽检米面制品12批次，均合格。检查中发现该食堂存在餐饮具消毒记录不全的问题，已责令当场整改。\n"
    issues = [i.text for i in parse("d", "畐水县市场监督管理局抽查结果公示\n\n" + text, {}).issues]
    # (the clause after 发现 runs to 存在: the problem had is what follows it, not 该食堂存在…)
    assert "餐饮具消毒记录不全的问题" in issues
