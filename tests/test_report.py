import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.corpus import load
from pipeline.report import Mark, digest_markdown, highlight, render_html
from pipeline.summarize import summarize_extractive
from pipeline.types import Document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
VOID = {"meta", "br", "hr", "img", "link", "input"}


class Nesting(HTMLParser):
    """Records mismatched end tags, ids, links and the text inside each kind of mark."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()
        self.text_in: dict[str, list[str]] = {}
        self.paths: list[tuple[str, list[str]]] = []  # (data, classes of the open elements)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        if tag not in VOID:
            self.stack.append((tag, (a.get("class") or "").split(" ")[0]))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]} ")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.paths.append((data, [c for _, c in self.stack if c]))
        for _, cls in self.stack:
            self.text_in.setdefault(cls, []).append(data)


def parse(page: str) -> Nesting:
    p = Nesting()
    p.feed(page)
    p.close()
    return p


@pytest.fixture(scope="module")
def corpus_page():
    docs = [d for d in load([CORPUS]) if isinstance(d, Document)]
    items = [(summarize_extractive(d).to_dict(), d.text) for d in docs]
    return items, render_html(items)


def test_report_is_well_formed_and_holds_every_figure(corpus_page):
    items, page = corpus_page
    p = parse(page)
    assert p.errors == [] and p.stack == []
    assert len(p.ids) == len(set(p.ids))
    assert all(h.startswith("#") and h[1:] in set(p.ids) for h in p.hrefs)  # every link lands
    unescaped = html.unescape(page)
    for s, _ in items:
        for f in s["figures"]:
            assert f["text"] in unescaped
            assert f"{s['doc']}:{f['start']}-{f['end']}" in unescaped  # title shows the span
    figs_marked = "".join(p.text_in.get("fig", []))
    assert all(f["text"] in figs_marked for s, _ in items for f in s["figures"])


def test_report_is_self_contained(corpus_page):
    _, page = corpus_page
    p = parse(page)
    assert not p.tags & {"script", "link", "img", "iframe", "object"}
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//)", page)
    assert "@import" not in page and "url(" not in page


def test_every_notice_text_is_reproduced_exactly(corpus_page):
    items, page = corpus_page
    blocks = re.findall(r'<div class="text">(.*?)</div><aside>', page, re.S)
    assert len(blocks) == len(items)
    for (s, text), block in zip(items, blocks):
        assert html.unescape(re.sub(r"<[^>]+>", "", block)) == text


def test_highlights_nest_figures_inside_measures_inside_the_issue():
    doc = Document("d", "大亚湾开发区\n针对治污问题。一是新建污水管网30.6公里。二是处理量达2.8万吨。\n")
    s = summarize_extractive(doc).to_dict()
    page = render_html([(s, doc.text)])
    p = parse(page)
    assert p.errors == []
    scope = page.index('class="scope"')
    issue = page.index('class="issue"', scope)
    measure = page.index('class="measure"', issue)
    fig = page.index('class="fig"', measure)
    assert scope < issue < measure < fig
    first = lambda data: next(path for d, path in p.paths if d == data)  # noqa: E731 - the notice text comes before the side list
    assert [c for c in first("30.6公里") if c in ("scope", "measure", "fig")] == ["scope", "measure", "fig"]
    assert [c for c in first("治污问题") if c in ("scope", "issue")] == ["scope", "issue"]


def test_stated_status_is_highlighted_once_and_linked_from_each_issue_it_covers():
    text = ("(一)反馈问题:档案管理不规范\n1.人事档案缺页\n2.会议记录不全\n整改状态:阶段性完成\n"
            "整改情况:一是补齐档案120卷。二是修订会议制度。\n")
    doc = Document("st", text)
    s = summarize_extractive(doc).to_dict()
    spans = {(i["status_span"]["start"], i["status_span"]["end"]) for i in s["issues"] if i["status_span"]}
    assert len(s["issues"]) == 3 and spans == {(text.index("阶段性完成"), text.index("阶段性完成") + 5)}
    page = render_html([(s, text)])
    p = parse(page)
    assert p.errors == [] and len(p.ids) == len(set(p.ids))
    assert "".join(p.text_in.get("status", [])).count("阶段性完成") == 1
    status_id = next(i for i in p.ids if "st" in i.rsplit("-", 1)[-1])
    assert p.hrefs.count("#" + status_id) == 3  # each issue's [status] lands on the words


def test_crossing_highlights_are_split_and_reopened():
    text = "abcdefghij"
    out = highlight(text, [Mark(0, 6, "measure", "m1"), Mark(4, 9, "measure", "m2"), Mark(5, 7, "fig", "f1")])
    p = parse(out)
    assert p.errors == [] and p.stack == []
    assert re.sub(r"<[^>]+>", "", out) == text
    assert p.ids == ["m1", "m2", "f1"]  # an id only on the first piece of a split mark
    assert out.count('class="measure"') == 3 and out.count('class="fig"') == 2


def test_everything_is_escaped():
    evil = '<script>alert(1)</script>" onmouseover="x'
    doc = Document("x<y", f"大亚湾开发区\n针对{evil}问题。一是新建管网3公里。\n",
                   meta={"title": "<b>标题</b>", "issuer": "a&b"})
    s = summarize_extractive(doc).to_dict()
    page = render_html([(s, doc.text)], title="<i>t</i>")
    assert "<script>" not in page and "<b>标题" not in page and "<i>t" not in page
    assert "&lt;script&gt;" in page and "a&amp;b" in page
    assert parse(page).errors == []
    md = digest_markdown([(s, doc.text)])
    assert "<script>" not in md and "\\<script\\>" in md


def test_digest_lists_issues_measures_figures_with_references():
    doc = Document("d", "大亚湾开发区\n针对治污问题。一是新建污水管网30.6公里。二是处理量达2.8万吨。\n")
    s = summarize_extractive(doc).to_dict()
    md = digest_markdown([(s, doc.text)])
    i = s["issues"][0]
    f1, f2 = s["figures"]
    assert f"### i1 {i['text']} `d:{i['start']}-{i['end']}`" in md
    assert "- **m1** 一是新建污水管网30.6公里。" in md
    assert f"  - f1 **30.6公里** `d:{f1['start']}-{f1['end']}`" in md
    assert f"  - f2 **2.8万吨** = 28,000 吨 `d:{f2['start']}-{f2['end']}`" in md
