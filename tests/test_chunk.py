from hypothesis import given, settings, strategies as st

from pipeline.chunk import chunk_document, split_spans
from pipeline.parse import parse
from pipeline.types import Document

from .conftest import CORPUS

SENTENCES = ["针对治污问题。", "一是加快推进污水管网建设,新建管网30.6公里。", "重复的句子。", "\n", "大亚湾开发区\n", "  ", "二是完成3个小区改造;", "。"]


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(st.sampled_from(SENTENCES) | st.text(alphabet="问题整改。\n ,一二三是12", max_size=30), min_size=1, max_size=80),
    size=st.integers(min_value=8, max_value=200),
    overlap_frac=st.floats(min_value=0.0, max_value=0.9),
)
def test_every_span_is_exact_even_with_repeated_text(parts, size, overlap_frac):
    text = "".join(parts)
    overlap = int(size * overlap_frac)
    spans = split_spans(text, size, overlap)
    prev = -1
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert start > prev  # chunks advance through the text in order
        assert text[start:end].strip() == text[start:end]
        prev = start
    # together the chunks cover every non-blank character
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def test_full_stop_stays_with_its_sentence():
    text = "第一句话说了一些事情。第二句话也说了一些事情。第三句话还在说事情。"
    for s, e in split_spans(text, 14, 0):
        assert not text[s:e].startswith("。")


def test_corpus_chunks_carry_outline_and_header():
    text = (CORPUS / "huizhou-xuncha-2021.txt").read_text(encoding="utf-8")
    doc = Document(id="hz", text=text, meta={"title": "T"})
    chunks = chunk_document(doc, parse("hz", text))
    assert chunks
    for c in chunks:
        assert text[c.start:c.end] == c.text
        assert c.header.startswith("T")
        assert c.header not in c.text
    # a chunk never straddles two units' sections
    units = [c.subject for c in chunks if c.text.startswith("市医疗保障局")]
    assert units == ["市医疗保障局"]
