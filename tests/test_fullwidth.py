"""Full-width and mixed punctuation get the same results as their ASCII twins.

Notices and the people asking about them use both widths (，and , ？and ? ０-９
and 0-9). Folding maps one to the other character for character, so every
result must be the same up to folding: the same spans (offsets), the same
numbers, the same answers. Each case here is a pair of twins that differ only
in width; the expected results are the ASCII twin's, computed, not typed in.
"""
import json

import pytest

from pipeline.figures import extract_figures
from pipeline.summarize import summarize_extractive
from pipeline.textnorm import fold
from pipeline.types import Document
from tests.clihelp import invoke

ASCII_PUNCT = ",;:()%!?"
WIDE = {c: chr(ord(c) + 0xFEE0) for c in ASCII_PUNCT + "0123456789"}

NOTICE = (
    "关于市委第三轮巡察整改进展情况的通报\n"
    "截至目前,巡察反馈的28个问题,已完成整改25个,整改完成率89.3%。\n"
    "一、市医疗保障局\n"
    "针对药品集中采购推进不力问题。一是完善采购制度,节约费用903.989万元;二是开展专项检查3次;"
    "三是清退多收的住宿费12万元,校牌费3.5万元。\n"
    "二、市自然资源局\n"
    "针对农村乱占耕地建房问题,已完成整改,拆除违建12处(其中住宅8处),复垦耕地45.6亩。\n"
    "三、市住房和城乡建设局\n"
    "针对老旧小区改造滞后问题:2021年改造小区25个,惠及居民3200户!\n"
)

QUESTIONS = [
    "市医疗保障局节约费用多少万元?",
    "市自然资源局拆除违建多少处?",
    "市住房和城乡建设局2021年改造了多少个小区,惠及多少户居民?",
    "市自然资源局拆除违建(包括住宅)多少处,复垦耕地多少亩?",
    "市医疗保障局清退的住宿费和校牌费加起来一共多少钱?",
    "市医疗保障局开展专项检查时,清退的住宿费和校牌费加起来一共多少钱?",
    "市教育局新建学校多少所?",
]


def wide(text: str) -> str:
    """The full-width twin: every ASCII punctuation mark and digit in its full-width form."""
    return "".join(WIDE.get(c, c) for c in text)


def mixed(text: str) -> str:
    """Every other widenable character full-width, as pasted text often is."""
    out, n = [], 0
    for c in text:
        if c in WIDE:
            n += 1
            out.append(WIDE[c] if n % 2 else c)
        else:
            out.append(c)
    return "".join(out)


def folded(obj):
    """A result with every string folded to ASCII: what twins must agree on."""
    if isinstance(obj, str):
        return fold(obj)
    if isinstance(obj, dict):
        return {k: folded(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [folded(v) for v in obj]
    return obj


def test_the_twins_are_twins():
    assert fold(wide(NOTICE)) == NOTICE and fold(mixed(NOTICE)) == NOTICE
    assert wide(NOTICE) != NOTICE and "\uff0c" in wide(NOTICE) and "\uff1f" in wide(QUESTIONS[0])


# ---------------------------------------------------------------- notices

@pytest.mark.parametrize("twin", [wide, mixed], ids=["full-width", "mixed"])
def test_figures_of_a_full_width_notice_are_those_of_its_ascii_twin(twin):
    def rows(text):
        return [(f.start, f.end, fold(f.text), f.value, f.unit, f.norm_value, f.base_unit, f.subject)
                for f in extract_figures("n", text)]

    assert rows(twin(NOTICE)) == rows(NOTICE) and len(rows(NOTICE)) >= 10


@pytest.mark.parametrize("twin", [wide, mixed], ids=["full-width", "mixed"])
def test_summary_of_a_full_width_notice_is_that_of_its_ascii_twin(twin):
    ascii_summary = summarize_extractive(Document("n", NOTICE)).to_dict()
    assert len(ascii_summary["issues"]) == 3 and ascii_summary["progress"]
    assert folded(summarize_extractive(Document("n", twin(NOTICE))).to_dict()) == ascii_summary


# ---------------------------------------------------------------- questions, through `notices ask`

def _index(tmp_path, notice: str, name: str):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "n.txt").write_text(notice, encoding="utf-8")
    index = tmp_path / f"{name}-idx"
    assert invoke("ingest", folder, "--index", index).exit_code == 0
    return index


def _ask(index, notice: str, questions: list[str]) -> list[dict]:
    qfile = index.parent / f"{index.name}-{len(list(index.parent.glob('*.jsonl')))}.jsonl"
    qfile.write_text("".join(json.dumps({"id": f"q{n}", "question": q}, ensure_ascii=False) + "\n"
                             for n, q in enumerate(questions)), encoding="utf-8")
    res = invoke("ask", "--questions", qfile, "--format", "jsonl", "--index", index)
    assert res.exit_code == 0, res.stderr
    out = [json.loads(line) for line in res.stdout.splitlines()]
    for a in out:
        del a["id"], a["question"]  # the echo of the question as asked
        for c in a["citations"]:
            assert notice[c["start"]:c["end"]] == c["quote"]
    return out


@pytest.fixture(scope="module")
def ascii_index(tmp_path_factory):
    return _index(tmp_path_factory.mktemp("ascii"), NOTICE, "ascii")


@pytest.fixture(scope="module")
def ascii_answers(ascii_index):
    answers = _ask(ascii_index, NOTICE, QUESTIONS)
    assert [a["answerable"] for a in answers] == [True] * 6 + [False]  # the cases mean something
    assert [a["computed"]["result"] for a in answers[4:6]] == [120000 + 35000] * 2  # 12万元 + 3.5万元
    return answers


def test_a_full_width_notice_answers_as_its_ascii_twin(ascii_answers, tmp_path):
    index = _index(tmp_path, wide(NOTICE), "wide")
    assert folded(_ask(index, wide(NOTICE), QUESTIONS)) == ascii_answers


@pytest.mark.parametrize("twin", [wide, mixed], ids=["full-width", "mixed"])
@pytest.mark.parametrize("n", range(len(QUESTIONS)))
def test_a_full_width_question_gets_the_answer_of_its_ascii_twin(ascii_index, ascii_answers, twin, n):
    assert _ask(ascii_index, NOTICE, [twin(QUESTIONS[n])]) == [ascii_answers[n]]
