"""Session 36, on invented notices (places 畇, 畊): two questions asked in one, where a sum or a
difference belongs to one of them, not to the whole (…多少起?一共处理了多少人?)."""
import pytest

from pipeline.slots import sub_questions
from tests.answering import answered, ask_checked, build_answerer

GROUP = """畇江电力集团党委关于2023年至2024年作风建设情况的通报

2023年，集团各级纪检机构查处违反中央八项规定精神问题17起，处理21人，其中给予党纪政务处分9人。
2024年，集团各级纪检机构查处违反中央八项规定精神问题12起，处理16人，其中给予党纪政务处分7人。
"""

TOUR = """畊州市委第二巡察组关于对畊州市交通运输局巡察整改情况的通报

巡察期间，畊州市委第二巡察组向畊州市交通运输局移交问题线索7条。市纪委监委据此给予党纪政务处分4人，组织处理5人。
截至2024年9月底，反馈的38个问题已整改34个，整改完成率89.5%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "in-one", [
        ("yunjiang-dianli-zuofeng-2024", GROUP, "畇江电力集团", {"place": None}),
        ("jiezhou-jiaotong-xuncha-2024", TOUR, "畊州市"),
    ], "2024-10-20")


def test_a_later_clause_asked_of_the_first_clauses_items():
    subs = sub_questions("畇江电力集团2023年和2024年一共查处违反中央八项规定精神问题多少起？一共处理了多少人？")
    assert subs == ["畇江电力集团2023年和2024年一共查处违反中央八项规定精神问题多少起?", "畇江电力集团2023年和2024年一共处理了多少人?"]


def test_clauses_that_only_compare_or_point_back_stay_one_question():
    assert sub_questions("畇江电力集团2023年和2024年各查处多少起？哪一年更多？") is None
    assert sub_questions("畇江电力集团2023年和2024年各处理多少人？两者相差多少人？") is None
    assert sub_questions("畊州市交通运输局和畇江电力集团各移交多少条线索？两家合计多少条？") is None
    assert sub_questions("2023年和2024年共处理多少人？占查处问题的多大比重？") is None


def test_each_question_in_one_is_answered_with_its_own_sum(answerer):
    d = answered(answerer, "畇江电力集团2023年和2024年一共查处违反中央八项规定精神问题多少起？一共处理了多少人？", "29起")
    assert "37人" in d["answer"]  # 21人 + 16人, the second question's own sum
    assert [p["answerable"] for p in d["parts"]] == [True, True] and len(d["citations"]) >= 2


def test_a_count_then_a_sum_of_another_measure(answerer):
    # the 一共 of the second question adds its own two figures; the first is a count of clues
    d = answered(answerer, "畊州市委第二巡察组向畊州市交通运输局移交了几条问题线索？据此给予党纪政务处分和组织处理的一共多少人？", "7条")
    assert "9人" in d["answer"]
    assert d["computed"]["op"] == "sum"


def test_one_question_refused_refuses_the_whole(answerer):
    d = ask_checked(answerer, "畇江电力集团2023年和2024年一共查处违反中央八项规定精神问题多少起？一共追回了多少万元？")
    assert not d["answerable"] and "part 2" in d["reason"]


def test_the_llm_engine_answers_each_question_in_one_too(answerer, fake_openai):
    from dataclasses import replace

    from pipeline.answer import answer_dict
    from pipeline.choose import ChoiceAnswerer
    from pipeline.llm.provider import OpenAIProvider

    a, texts = answerer
    engine = ChoiceAnswerer(a.r, OpenAIProvider(fake_openai.base_url, "sk-test", "fake-model", timeout=5, max_retries=0))
    engine.x.cfg = replace(engine.x.cfg, choice_gap=-1.0)  # no choice left to the model: the checked facts answer
    d = answer_dict(engine.ask("畇江电力集团2023年和2024年一共查处违反中央八项规定精神问题多少起？一共处理了多少人？"))
    assert d["engine"] == "llm" and d["answerable"] and d["answer"].startswith("29起") and "37人" in d["answer"]
    assert len(d["parts"]) == 2 and all(texts[c["doc"]][c["start"]:c["end"]] == c["quote"] for c in d["citations"])
