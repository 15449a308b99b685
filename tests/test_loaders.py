"""PDF, Word and HTML-table notices, built here as real files (reportlab, python-docx), and the ones refused.

The loaders' contract: what the store keeps is the extracted text, every span
emitted is an exact slice of it, PDF spans carry the page of their start, and
a file that cannot be read is one `error:` line naming it and saying what to
do, while the rest of the batch is indexed (exit 3).
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from pipeline.corpus import load, load_file
from pipeline.index import Store, chunk_metadata
from pipeline.types import page_at

from .clihelp import NOTICE, assert_errors, error_lines, invoke
from .docbuild import docx_bytes, make_docx, make_pdf
from .test_bad_input import GOOD, _check_index, _good_corpus

PAGE1 = [
    "关于市委第三轮巡察整改进展情况的通报",
    "一、市医疗保障局",
    # wrapped over three printed lines; 节约费用903.989万元 is cut between two of them
    "针对药品集中采购推进不力问题。一是完善采购制度，节约费用903.989万元；二是开展专项检查3次，追回医保基金58万元。",
]
PAGE2 = ["二、市自然资源局", "针对农村乱占耕地建房问题，已完成整改，拆除违建12处，复耕耕地30亩。"]
TABLE = [
    ["序号", "反馈问题", "整改措施", "责任单位", "整改进展"],
    ["1", "城区污水管网建设滞后", "新建污水管网30.6公里，完成3个小区雨污分流改造", "市住建局", "已完成"],
    ["2", "校外培训机构监管不到位", "排查培训机构46家，关停无证机构9家", "市教育局", "持续推进"],
]
HTML_TABLE = (
    "<html><head><meta charset='utf-8'><title>整改进展情况表</title></head><body><p>巡察反馈问题整改进展情况表</p><table>"
    + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
    + "</table><p>特此通报。</p></body></html>"
)


def _pdf(d: Path, name: str = "notice", **kw) -> Path:
    return make_pdf(d / f"{name}.pdf", [PAGE1, PAGE2], title="巡察整改进展通报", page_numbers=True, **kw)


def _docx(d: Path, name: str = "word") -> Path:
    return make_docx(d / f"{name}.docx", ["关于巡察整改进展情况的通报", ("num", "市住建局"), "针对城区内涝问题，改造易涝点15处。", TABLE],
                     title="巡察整改通报")


# ---------------------------------------------------------------- what each loader keeps


def test_pdf_text_pages_and_wrapped_lines(tmp_path):
    doc, errors = load_file(_pdf(tmp_path))
    assert not errors and doc.source_format == "pdf" and doc.meta["title"] == "巡察整改进展通报"
    assert doc.text.index(PAGE2[0]) == doc.pages[1] and doc.pages[0] == 0 and len(doc.pages) == 2
    for para in PAGE1 + PAGE2:  # the CID font comes back as the same Unicode text, wrapped lines joined
        assert para + "\n" in doc.text
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text  # running page numbers dropped
    at = doc.text.index("拆除违建12处")
    assert doc.page_at(at) == 2 and doc.page_at(doc.text.index("903.989万元")) == 1
    assert doc.page_at(doc.pages[1] - 1) == 1 and doc.page_at(doc.pages[1]) == 2


def test_page_of_a_span_is_the_page_of_its_start():
    assert page_at([0, 100, 250], 0) == 1 and page_at([0, 100, 250], 99) == 1
    assert page_at([0, 100, 250], 100) == 2 and page_at([0, 100, 250], 10_000) == 3
    assert page_at([], 5) is None


def test_pdf_locked_only_against_copying_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    p = _pdf(tmp_path, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0, canPrint=0))
    doc, errors = load_file(p)
    assert not errors and PAGE2[1] in doc.text


def test_pdf_chunks_carry_their_page(tmp_path):
    from pipeline.chunk import chunk_document
    from pipeline.parse import parse

    doc, _ = load_file(_pdf(tmp_path))
    chunks = chunk_document(doc, parse(doc.id, doc.text, doc.meta), size=40, overlap=10)
    assert {c.page for c in chunks} == {1, 2}
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text and c.page == doc.page_at(c.start)
        assert chunk_metadata(c)["page"] == c.page
    txt, _ = load_file(_write(tmp_path / "plain.txt", NOTICE))
    assert all("page" not in chunk_metadata(c) for c in chunk_document(txt, parse(txt.id, txt.text, txt.meta)))


def _write(p: Path, text: str) -> Path:
    p.write_text(text, encoding="utf-8")
    return p


def test_docx_paragraphs_list_numbers_and_table(tmp_path):
    doc, errors = load_file(_docx(tmp_path))
    assert not errors and doc.source_format == "docx" and doc.pages == [] and doc.meta["title"] == "巡察整改通报"
    assert "1.市住建局\n针对城区内涝问题" in doc.text  # Word's automatic number is rendered
    assert "序号：1\n反馈问题：城区污水管网建设滞后\n整改措施：新建污水管网30.6公里" in doc.text
    assert "\n\n序号：2\n反馈问题：校外培训机构监管不到位\n" in doc.text  # one block per row
    assert "整改进展：持续推进" in doc.text and "序号\n" not in doc.text  # the header row is labels, not a row


def test_docx_merged_cells_are_written_once(tmp_path):
    rows = [["序号", "反馈问题", "责任单位"], ["1", "问题甲，涉及资金12万元", "市财政局"], ["2", "问题乙", None]]
    doc, _ = load_file(make_docx(tmp_path / "merged.docx", [rows]))
    assert doc.text.count("市财政局") == 1 and "反馈问题：问题乙" in doc.text


def test_html_table_rows_labelled_by_header_and_two_row_header(tmp_path):
    doc, _ = load_file(_write(tmp_path / "t.html", HTML_TABLE))
    assert doc.source_format == "html"
    assert "巡察反馈问题整改进展情况表\n\n序号：1\n反馈问题：城区污水管网建设滞后\n整改措施：新建污水管网30.6公里" in doc.text
    assert "责任单位：市教育局\n整改进展：持续推进\n\n特此通报。\n" in doc.text
    two = ("<table><tr><th rowspan=2>问题</th><th colspan=2>整改情况</th></tr><tr><th>整改措施</th><th>整改<br>进展</th></tr>"
           "<tr><td>问题甲</td><td>一是整改A<br>二是整改B</td><td>已完成</td></tr></table>")
    doc, _ = load_file(_write(tmp_path / "two.html", f"<html><body>{two}</body></html>"))
    assert doc.text == "问题：问题甲\n整改措施：一是整改A\n二是整改B\n整改进展：已完成\n"


def test_form_table_is_read_as_label_value_lines(tmp_path):
    form = [["反馈问题", "城区污水管网建设滞后，雨污混流"], ["整改措施", "新建污水管网30.6公里"], ["整改状态", "完成"]]
    html = "<html><body><p>一、市住建局</p><table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in form) + "</table></body></html>"
    doc, _ = load_file(_write(tmp_path / "form.html", html))
    assert doc.text == "一、市住建局\n\n反馈问题：城区污水管网建设滞后，雨污混流\n整改措施：新建污水管网30.6公里\n整改状态：完成\n"
    word, _ = load_file(make_docx(tmp_path / "form.docx", ["一、市住建局", form]))
    assert word.text == doc.text


def test_layout_table_is_read_as_paragraphs(tmp_path):
    page = "<html><body><table><tr><td>首页</td><td>通知公告</td></tr><tr><td colspan=2><p>一、市医疗保障局</p><p>节约费用903万元。</p></td></tr></table></body></html>"
    doc, _ = load_file(_write(tmp_path / "layout.html", page))
    assert doc.text == "首页\n通知公告\n一、市医疗保障局\n节约费用903万元。\n"


# ---------------------------------------------------------------- refused, one line each, the batch goes on


def _ole(p: Path) -> None:
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))


def bad_scanned_pdf(d):
    make_pdf(d / "scan.pdf", [PAGE1, PAGE2], image_pages=(1, 2))
    return "scan.pdf", "no text layer (a scanned PDF): run OCR first"


def bad_encrypted_pdf(d):
    make_pdf(d / "locked.pdf", [PAGE1], encrypt="secret")
    return "locked.pdf", "encrypted PDF that needs a password"


def bad_truncated_pdf(d):
    data = _pdf(d.parent, "whole").read_bytes()
    (d / "cut.pdf").write_bytes(data[: len(data) // 2])
    return "cut.pdf", "corrupt PDF"


def bad_pdf_that_is_a_web_page(d):
    (d / "download.pdf").write_text("<!DOCTYPE html><html><body>404 Not Found</body></html>", encoding="utf-8")
    return "download.pdf", "not a PDF but an HTML page (a failed download?)"


def bad_blank_pdf(d):
    make_pdf(d / "blank.pdf", [[]])
    return "blank.pdf", "PDF holds no text"


def bad_zero_byte_pdf(d):
    (d / "zero.pdf").write_bytes(b"")
    return "zero.pdf", "empty file (0 bytes)"


def bad_word_97_doc(d):
    _ole(d / "old.doc")
    return "old.doc", "save it as .docx"


def bad_wps(d):
    _ole(d / "kingsoft.wps")
    return "kingsoft.wps", "WPS .wps is not read: open it in Word or WPS and save it as .docx"


def bad_doc_renamed_docx(d):
    _ole(d / "renamed.docx")
    return "renamed.docx", "Word 97-2003 (.doc) or WPS file, not .docx"


def bad_truncated_docx(d):
    data = docx_bytes(["通报", TABLE])
    (d / "cut.docx").write_bytes(data[: len(data) - 300])
    return "cut.docx", "corrupt .docx"


def bad_zip_not_word(d):
    with zipfile.ZipFile(d / "attachments.docx", "w") as z:
        z.writestr("notice.txt", NOTICE)
    return "attachments.docx", "not a Word document"


def bad_empty_docx(d):
    make_docx(d / "empty.docx", [])
    return "empty.docx", "Word document holds no text"


def bad_zero_byte_docx(d):
    (d / "zero.docx").write_bytes(b"")
    return "zero.docx", "empty file (0 bytes)"


def bad_html_only_an_image(d):
    (d / "scan.html").write_text("<html><body><p> </p><img src='notice.jpg'></body></html>", encoding="utf-8")
    return "scan.html", "holds no text, only 1 image(s) (a scanned notice?): run OCR"


def bad_ofd(d):
    (d / "gov.ofd").write_bytes(b"PK\x03\x04" + bytes(40))
    return "gov.ofd", "OFD is not read: export it as PDF"


BAD = {name[4:]: fn for name, fn in sorted(globals().items()) if name.startswith("bad_")}


def test_at_least_eight_kinds_are_refused():
    assert len(BAD) >= 8, len(BAD)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for var in ("NOTICES_INDEX", "NOTICES_CHROMA_URL", "NOTICES_EMBEDDINGS", "NOTICES_ENGINE", "NOTICES_DEBUG"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("kind", sorted(BAD))
def test_refused_with_one_line_and_the_rest_indexed(kind, tmp_path, hash_embedder):
    d = _good_corpus(tmp_path)
    name, problem = BAD[kind](d)
    res = invoke("ingest", d, "--index", tmp_path / "idx")
    assert_errors(res.stderr, [(name, problem)])
    assert res.exit_code == 3, (res.exit_code, res.stdout, res.stderr)
    _check_index(tmp_path / "idx", {GOOD: None}, absent=[Path(name).stem])


def test_image_given_by_name_is_refused(tmp_path, hash_embedder):
    d = _good_corpus(tmp_path)
    photo = tmp_path / "photo.JPG"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    res = invoke("ingest", d, photo, "--index", tmp_path / "idx")
    assert_errors(res.stderr, [("photo.JPG", "an image is not read: run OCR on it first")])
    assert res.exit_code == 3


def test_partly_scanned_pdf_is_indexed_with_a_warning(tmp_path, hash_embedder):
    d = _good_corpus(tmp_path)
    make_pdf(d / "half.pdf", [PAGE1, PAGE2], image_pages=(2,))
    res = invoke("ingest", d, "--index", tmp_path / "idx")
    assert_errors(res.stderr, [("half.pdf", "page(s) 2 have no text layer (scanned?)")])
    assert res.exit_code == 3
    store = _check_index(tmp_path / "idx", {GOOD: None, "half": None}, absent=[])
    assert PAGE1[2] in store.doc("half").text and PAGE2[1] not in store.doc("half").text


# ---------------------------------------------------------------- a mixed folder, end to end


@pytest.fixture
def mixed(tmp_path) -> Path:
    d = tmp_path / "mixed"
    d.mkdir()
    _write(d / "plain.txt", NOTICE)
    _write(d / "table.html", HTML_TABLE)
    _pdf(d, "paged")
    _docx(d, "word")
    return d


def _spans(obj, doc_text: str, path: str = "") -> int:
    """Check every {start, end, text|quote} object under `obj` against the notice text; return how many."""
    n = 0
    if isinstance(obj, dict):
        said = obj.get("text", obj.get("quote"))
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(said, str):
            assert doc_text[obj["start"]:obj["end"]] == said, (path, obj)
            n += 1
        for k, v in obj.items():
            n += _spans(v, doc_text, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            n += _spans(v, doc_text, f"{path}[{i}]")
    return n


def test_mixed_folder_ingest_search_ask_figures_summarize(mixed, tmp_path, hash_embedder):
    root = tmp_path / "idx"
    res = invoke("ingest", mixed, "--index", root, "--json")
    assert res.exit_code == 0 and not error_lines(res.stderr), res.stderr
    assert sorted(json.loads(res.stdout)["added"]) == ["paged", "plain", "table", "word"]
    store = Store(root)
    assert {i: store.doc(i).source_format for i in store.doc_ids()} == {"paged": "pdf", "plain": "txt", "table": "html", "word": "docx"}
    assert store.doc("paged").pages[1] == store.doc("paged").text.index(PAGE2[0])

    for doc_id, query in [("plain", "拆除违建12处"), ("table", "排查培训机构46家"), ("paged", "复耕耕地30亩"), ("word", "改造易涝点15处")]:
        text = store.doc(doc_id).text
        res = invoke("search", query, "--doc", doc_id, "--format", "json", "--k", "2", "--index", root)
        hits = json.loads(res.stdout)["results"]
        assert res.exit_code == 0 and hits and _spans(hits, text) == len(hits)
        assert any(query in h["text"] for h in hits)
        for h in hits:
            assert h.get("page") == (store.doc(doc_id).page_at(h["start"]) if doc_id == "paged" else None)
    res = invoke("search", "复耕耕地30亩", "--doc", "paged", "--k", "1", "--index", root)
    assert res.stdout.startswith("[1] paged p.2:"), res.stdout

    res = invoke("ask", "市自然资源局复耕耕地多少亩?", "--format", "json", "--index", root)
    a = json.loads(res.stdout)
    assert res.exit_code == 0 and a["answerable"], a
    cites = [c for c in a["citations"] if c["doc"] == "paged"]
    assert cites and all(c["page"] == 2 for c in cites) and _spans(cites, store.doc("paged").text) == len(cites)
    from pipeline.schemas import validate

    validate(a, "answer")  # `page` is part of the published answer schema
    text_out = invoke("ask", "市自然资源局复耕耕地多少亩?", "--index", root).stdout
    assert " paged p.2:" in text_out, text_out

    res = invoke("figures", mixed, "--format", "jsonl")
    assert res.exit_code == 0, res.stderr
    rows = [json.loads(ln) for ln in res.stdout.splitlines()]
    docs = {d.id: d for d in load([mixed])}
    assert {r["doc"] for r in rows} == {"paged", "plain", "table", "word"}
    for r in rows:
        assert docs[r["doc"]].text[r["start"]:r["end"]] == r["text"]
        assert r.get("page") == docs[r["doc"]].page_at(r["start"])
    assert {r["text"] for r in rows if r["doc"] == "table"} >= {"30.6公里", "46家", "9家"}

    res = invoke("summarize", mixed)
    assert res.exit_code == 0, res.stderr
    summaries = {s["doc"]: s for s in map(json.loads, res.stdout.splitlines())}
    assert set(summaries) == {"paged", "plain", "table", "word"}
    for doc_id, s in summaries.items():
        assert _spans(s, docs[doc_id].text) > 0, doc_id


def test_gold_builder_anchors_into_the_stored_text_of_every_format(mixed, tmp_path):
    import subprocess
    import sys

    from .clihelp import ROOT

    gold = tmp_path / "gold"
    (gold / "src").mkdir(parents=True)
    labels = {"table": ("46家", "排查培训机构46家"), "paged": ("30亩", "复耕耕地30亩"), "word": ("15处", "改造易涝点15处"),
              "plain": ("12处", "拆除违建12处")}
    for doc_id, (text, anchor) in labels.items():
        row = {"text": text, "anchor": anchor, "value": float(text[:-1]), "unit": text[-1]}
        (gold / "src" / f"{doc_id}.figures.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "evals" / "gold" / "build.py"), "--corpus", str(mixed), "--gold", str(gold)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    docs = {d.id: d for d in load([mixed])}
    rows = [json.loads(ln) for ln in (gold / "figures.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} == set(labels)
    for r in rows:
        assert docs[r["doc"]].text[r["start"]:r["start"] + len(r["text"])] == r["text"]


def test_docx_tracked_changes_read_as_accepted(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    p = d.add_paragraph("拆除违建")
    p._p.append(parse_xml(f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>12处</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>10处</w:delText></w:r></w:del>'))
    d.save(str(tmp_path / "tracked.docx"))
    doc, _ = load_file(tmp_path / "tracked.docx")
    assert doc.text == "拆除违建12处\n"  # the inserted figure is there, the deleted one is not
