"""Metric code on tiny hand-made cases whose P, R and F1 are worked out by hand."""
import pytest

from pipeline.evaluate import (
    PRF, answer_correct, char_share, check_thresholds, citation_scores, match_figures, match_issues,
    numbers_grounded, same_quantity, subject_matches,
)


def fig(doc, start, text, value, unit, subject=None):
    return {"doc": doc, "start": start, "end": start + len(text), "text": text, "value": value, "unit": unit, "subject": subject}


def test_prf_is_not_recall_computed_as_precision():
    # 3 predictions, 2 right; 4 gold items, 2 found: P = 2/3, R = 2/4, F1 = 2PR/(P+R) = 0.5714
    p = PRF(tp_pred=2, n_pred=3, tp_gold=2, n_gold=4)
    assert p.precision == pytest.approx(2 / 3)
    assert p.recall == pytest.approx(0.5)
    assert p.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_figure_matching_by_overlap_and_base_unit_value():
    gold = [fig("a", 10, "5255.42万元", 5255.42, "万元"), fig("a", 40, "94家", 94, "家"), fig("a", 60, "80.9%", 80.9, "%"),
            fig("b", 5, "两次", 2, "次")]
    pred = [
        fig("a", 10, "5255.42万", 52554200, "元"),  # same quantity in base unit, overlapping span
        fig("a", 41, "94", 94, "家"),  # overlaps
        fig("a", 60, "80.9%", 8.09, "%"),  # wrong value
        fig("b", 5, "两次", 2, "次"),
        fig("b", 5, "两次", 2, "次"),  # duplicate: each gold matches at most one prediction
    ]
    prf, pairs, missed, spurious = match_figures(pred, gold)
    assert (prf.tp_gold, prf.n_gold, prf.n_pred) == (3, 4, 5)
    assert prf.precision == pytest.approx(3 / 5) and prf.recall == pytest.approx(3 / 4)
    assert [m["text"] for m in missed] == ["80.9%"]
    assert len(spurious) == 2


def test_figures_in_other_docs_or_apart_do_not_match():
    gold = [fig("a", 10, "30公里", 30, "公里")]
    assert match_figures([fig("b", 10, "30公里", 30, "公里")], gold)[0].tp_gold == 0
    assert match_figures([fig("a", 16, "30公里", 30, "公里")], gold)[0].tp_gold == 0


def test_same_quantity_across_units():
    assert same_quantity(1.2, "亿元", 12000, "万元")
    assert same_quantity(3, "万人", 30000, "人")
    assert not same_quantity(3, "万人", 30000, "元")


def test_issue_matching_by_overlap_or_shared_characters():
    gold = [{"doc": "a", "start": 0, "issue": "治污治水措施存在薄弱环节问题"}, {"doc": "a", "start": 100, "issue": "征地留用地突出问题"}]
    pred = [
        {"doc": "a", "start": 2, "end": 10, "text": "治水措施存在"},  # overlap
        {"doc": "a", "start": 300, "end": 309, "text": "征地留用地突出问题"},  # no overlap, ≥60% shared
        {"doc": "a", "start": 500, "end": 505, "text": "别的东西啊"},
    ]
    prf, missed, spurious = match_issues(pred, gold)
    assert (prf.precision, prf.recall) == (pytest.approx(2 / 3), 1.0)
    assert [s["text"] for s in spurious] == ["别的东西啊"]
    assert char_share("abcde", "abcxy") == pytest.approx(0.6)


def test_subject_matching_is_loose_about_party_suffixes():
    assert subject_matches("东营经济技术开发区", "东营经济技术开发区党工委")
    assert subject_matches("市医疗保障局", "市医疗保障局")
    assert not subject_matches("市卫生健康局", "市医疗保障局")
    assert not subject_matches(None, "鹤山市")


def test_answer_correctness_rules():
    gold = {"answer": "9家医院,464.63万元", "figures": ["9家", "464.63万元"]}
    assert answer_correct({"answerable": True, "answer": "督促9家医院退回4646300元"}, gold)
    assert not answer_correct({"answerable": True, "answer": "督促9家医院"}, gold)
    una = {"answer": None}
    assert answer_correct({"answerable": False, "answer": None, "citations": []}, una)
    assert not answer_correct({"answerable": False, "answer": None, "citations": [{"doc": "a"}]}, una)
    assert not answer_correct({"answerable": True, "answer": "5家"}, una)


def test_citation_accuracy_and_precision():
    texts = {"a": "前言。督促9家医院落实依规退回医保基金464.63万元。其他内容。"}
    gold = {"doc": "a", "evidence": "督促9家医院落实依规退回医保基金464.63万元"}
    s = texts["a"].index("督促")
    good = {"citations": [{"doc": "a", "start": s - 1, "end": s + 25}, {"doc": "a", "start": 0, "end": 2}]}
    acc, prec = citation_scores(good, gold, texts)
    assert acc == 1.0 and prec == 0.5
    half = {"citations": [{"doc": "a", "start": s, "end": s + 5}]}
    assert citation_scores(half, gold, texts)[0] == 0.0


def test_numbers_grounded():
    texts = {"a": "新建污水管网30.6公里。"}
    cite = [{"doc": "a", "start": 0, "end": 12}]
    assert numbers_grounded({"answer": "30.6公里", "citations": cite}, texts)
    assert not numbers_grounded({"answer": "31公里", "citations": cite}, texts)
    assert numbers_grounded({"answer": "合计61.2公里", "citations": cite, "computed": {"result": 61.2}}, texts)
    # an ASCII comma parts thousands (12,345元 grounds 12345, not 12), but ends a cell in a pasted CSV row
    texts = {"b": "全面从严治党,3,3,100%\n收入12,345元"}
    row, money = [{"doc": "b", "start": 0, "end": 16}], [{"doc": "b", "start": 17, "end": 26}]
    assert numbers_grounded({"answer": "3个;100%", "citations": row}, texts)
    assert numbers_grounded({"answer": "12345元", "citations": money}, texts)
    assert not numbers_grounded({"answer": "12元", "citations": money}, texts)


def test_thresholds_name_the_failing_metric():
    fails = check_thresholds({"figures": {"f1": 0.8}, "qa": {"lookup_accuracy": 0.95}}, {"figures": {"f1": 0.9}, "qa": {"lookup_accuracy": 0.9}})
    assert fails == ["figures.f1 = 0.8000 < 0.9"]


def test_lookup_precise_wants_the_figure_not_a_sentence():
    from pipeline.evaluate import answer_precise

    gold = {"answer": "57万元", "figures": ["57万元"], "question": "q"}
    short = {"answerable": True, "answer": "57万元(为农民工追讨欠薪)", "citations": []}
    sentence = {"answerable": True, "answer": "完成排查在建工程61个,约谈工程3个,为农民工追讨欠薪57万元,涉及农民工120人", "citations": []}
    long_one = {"answerable": True, "answer": "为农民工追讨欠薪57万元" + "并开展根治欠薪专项行动全面落实实名制管理" * 3, "citations": []}
    assert answer_precise(short, gold)
    assert answer_correct(sentence, gold) and not answer_precise(sentence, gold)  # 4 numbers > 1 + 1
    assert answer_correct(long_one, gold) and not answer_precise(long_one, gold)  # > max(60, 3 × 5) characters
    assert not answer_precise({"answerable": True, "answer": "56万元", "citations": []}, gold)


def test_abstention_is_reported_apart_for_near_misses_and_off_topic_questions():
    from pipeline.evaluate import QAScore

    rows = [
        {"type": "unanswerable", "near_miss": True, "correct": True},
        {"type": "unanswerable", "near_miss": True, "correct": False},
        {"type": "unanswerable", "near_miss": False, "correct": True},
        {"type": "lookup", "correct": True, "precise": False, "paraphrase": False, "answered": True,
         "citation_accuracy": 1.0, "citation_precision": 1.0, "grounded": True, "recall": 1.0},
    ]
    m = QAScore(rows).metric()
    assert m["abstention_accuracy"] == pytest.approx(2 / 3, abs=1e-4)  # metrics are rounded to 4 places
    assert m["abstention_near_miss"] == 0.5 and m["abstention_off_topic"] == 1.0
    assert m["lookup_accuracy"] == 1.0 and m["lookup_precise"] == 0.0


def test_a_gold_figure_is_matched_as_a_whole_number_not_a_tail_of_another():
    # 9起 is not stated by an answer of 29起; 3.5亿元 is not stated by 13.5亿元
    gold = {"answer": "9起", "figures": ["9起"]}
    assert not answer_correct({"answerable": True, "answer": "29起(计算所得:6起+23起)"}, gold)
    assert answer_correct({"answerable": True, "answer": "共9起"}, gold)
    gold = {"answer": "3.5亿元", "figures": ["3.5亿元"]}
    assert not answer_correct({"answerable": True, "answer": "13.5亿元"}, gold)
    assert answer_correct({"answerable": True, "answer": "3.5亿元(投资)"}, gold)
