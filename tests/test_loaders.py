"""PDF, Word and HTML-table notices, built here as real files (reportlab, python-docx): what the loaders keep.

What the store keeps is the extracted text: page starts for PDFs, tables as
labelled row blocks, Word's list numbers written out. Refused files and whole
batches through the CLI are in test_formats_cli.py.
"""
from __future__ import annotations

import pytest

from pipeline.corpus import load_file
from pipeline.index import chunk_metadata
from pipeline.types import page_at

from .clihelp import NOTICE
from .docbuild import HTML_TABLE, PAGE1, PAGE2, TABLE, make_docx, make_table_pdf, sample_docx, sample_pdf, write

# ---------------------------------------------------------------- what each loader keeps


def test_pdf_text_pages_and_wrapped_lines(tmp_path):
    doc, errors = load_file(sample_pdf(tmp_path))
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


@pytest.mark.parametrize("repeat_header", [True, False])
def test_pdf_ruled_table_runs_over_pages_as_labelled_rows(tmp_path, repeat_header):
    rows = [TABLE[0]] + [[str(i), f"第{i}项问题，涉及资金{i}万元未按规定使用", f"一是追回资金{i}万元；二是完善制度{i}项", "市财政局", "已完成"]
                         for i in range(1, 41)]
    p = make_table_pdf(tmp_path / "long.pdf", "巡察反馈问题整改进展情况表", rows, "特此通报。", repeat_header=repeat_header)
    doc, errors = load_file(p)
    assert not errors and len(doc.pages) >= 2
    assert doc.text.startswith("巡察反馈问题整改进展情况表\n\n序号：1\n反馈问题：第1项问题，涉及资金1万元未按规定使用\n")
    for i in range(1, 41):  # every row, on either page, is one labelled block with its wrapped cells joined
        block = f"序号：{i}\n反馈问题：第{i}项问题，涉及资金{i}万元未按规定使用\n整改措施：一是追回资金{i}万元；二是完善制度{i}项\n责任单位：市财政局\n整改进展：已完成"
        assert block in doc.text, block
    assert doc.text.count("序号：") == 40 and doc.text.endswith("特此通报。\n")
    last = doc.text.index("序号：40\n")
    assert doc.page_at(last) == len(doc.pages) and doc.page_at(doc.text.index("序号：1\n")) == 1


def test_pdf_locked_only_against_copying_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    p = sample_pdf(tmp_path, encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0, canPrint=0))  # RC4
    doc, errors = load_file(p)
    assert not errors and PAGE2[1] in doc.text


def test_pdf_locked_with_aes_and_an_empty_user_password_is_read(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=sample_pdf(tmp_path, "plain"))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256", permissions_flag=0)
    with open(tmp_path / "aes.pdf", "wb") as f:
        writer.write(f)
    doc, errors = load_file(tmp_path / "aes.pdf")
    assert not errors and PAGE2[1] in doc.text and len(doc.pages) == 2


def test_pdf_chunks_carry_their_page(tmp_path):
    from pipeline.chunk import chunk_document
    from pipeline.parse import parse

    doc, _ = load_file(sample_pdf(tmp_path))
    chunks = chunk_document(doc, parse(doc.id, doc.text, doc.meta), size=40, overlap=10)
    assert {c.page for c in chunks} == {1, 2}
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text and c.page == doc.page_at(c.start)
        assert chunk_metadata(c)["page"] == c.page
    txt, _ = load_file(write(tmp_path / "plain.txt", NOTICE))
    assert all("page" not in chunk_metadata(c) for c in chunk_document(txt, parse(txt.id, txt.text, txt.meta)))


def test_docx_paragraphs_list_numbers_and_table(tmp_path):
    doc, errors = load_file(sample_docx(tmp_path))
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
    doc, _ = load_file(write(tmp_path / "t.html", HTML_TABLE))
    assert doc.source_format == "html"
    assert "巡察反馈问题整改进展情况表\n\n序号：1\n反馈问题：城区污水管网建设滞后\n整改措施：新建污水管网30.6公里" in doc.text
    assert "责任单位：市教育局\n整改进展：持续推进\n\n特此通报。\n" in doc.text
    two = ("<table><tr><th rowspan=2>问题</th><th colspan=2>整改情况</th></tr><tr><th>整改措施</th><th>整改<br>进展</th></tr>"
           "<tr><td>问题甲</td><td>一是整改A<br>二是整改B</td><td>已完成</td></tr></table>")
    two = two.replace("<table>", "<table><caption>整改情况表</caption>")
    doc, _ = load_file(write(tmp_path / "two.html", f"<html><body>{two}</body></html>"))
    assert doc.text == "整改情况表\n\n问题：问题甲\n整改措施：一是整改A\n二是整改B\n整改进展：已完成\n"


def test_title_row_across_the_table_is_written_above_it(tmp_path):
    title = f"<tr><td colspan={len(TABLE[0])}>巡察反馈问题整改情况表</td></tr>"
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
    doc, _ = load_file(write(tmp_path / "titled.html", f"<html><body><table>{title}{rows}</table></body></html>"))
    assert doc.text.startswith("巡察反馈问题整改情况表\n\n序号：1\n反馈问题：城区污水管网建设滞后\n")
    word, _ = load_file(make_docx(tmp_path / "titled.docx", [[["巡察反馈问题整改情况表"] + [""] * 4] + TABLE]))
    assert word.text.startswith("巡察反馈问题整改情况表\n\n序号：1\n")


def test_form_table_is_read_as_label_value_lines(tmp_path):
    form = [["反馈问题", "城区污水管网建设滞后，雨污混流"], ["整改措施", "新建污水管网30.6公里"], ["整改状态", "完成"]]
    html = "<html><body><p>一、市住建局</p><table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in form) + "</table></body></html>"
    doc, _ = load_file(write(tmp_path / "form.html", html))
    assert doc.text == "一、市住建局\n\n反馈问题：城区污水管网建设滞后，雨污混流\n整改措施：新建污水管网30.6公里\n整改状态：完成\n"
    word, _ = load_file(make_docx(tmp_path / "form.docx", ["一、市住建局", form]))
    assert word.text == doc.text


def test_layout_table_is_read_as_paragraphs(tmp_path):
    page = "<html><body><table><tr><td>首页</td><td>通知公告</td></tr><tr><td colspan=2><p>一、市医疗保障局</p><p>节约费用903万元。</p></td></tr></table></body></html>"
    doc, _ = load_file(write(tmp_path / "layout.html", page))
    assert doc.text == "首页\n通知公告\n一、市医疗保障局\n节约费用903万元。\n"


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


def test_pdf_cell_lines_join_where_they_only_wrap():
    from pipeline.load_pdf_tables import cell_text

    assert cell_text("城区污水管网建设滞\n后") == "城区污水管网建设滞后"
    assert cell_text("一是追回资金12万\n元；\n二是完善制度\n3项") == "一是追回资金12万元；\n二是完善制度3项"
    assert cell_text("一是追回资金\n二是完善制度") == "一是追回资金\n二是完善制度"  # a numbered point starts its line
    assert cell_text(None) is None


def test_store_keeps_pages_and_an_older_store_gains_the_column(tmp_path):
    import sqlite3

    from pipeline.index import Store

    old = sqlite3.connect(tmp_path / "store.db")  # the docs table as it was before PDFs
    old.executescript(
        "CREATE TABLE docs(id TEXT PRIMARY KEY, sha256 TEXT, path TEXT, meta TEXT, text TEXT, encoding TEXT, source_format TEXT, ingested_at REAL);"
        "INSERT INTO docs VALUES('old', '', '', '{}', '拆除违建12处', 'utf-8', 'txt', 0);"
        "CREATE TABLE state(key TEXT PRIMARY KEY, value TEXT); INSERT INTO state VALUES('schema', '1');"
    )
    old.commit()
    old.close()
    store = Store(tmp_path)
    assert store.doc("old").pages == [] and store.doc("old").text == "拆除违建12处"
    doc, _ = load_file(sample_pdf(tmp_path))
    store.put_doc(doc, [])
    assert store.doc(doc.id).pages == doc.pages and len(doc.pages) == 2


def test_docx_content_controls_and_nested_tables_are_read(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    d.add_paragraph("一、市住建局")
    d.element.body.insert(1, parse_xml(f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>改造易涝点15处。</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    outer = d.add_table(rows=1, cols=1)
    outer.cell(0, 0).paragraphs[0].text = "附表"
    inner = outer.cell(0, 0).add_table(rows=2, cols=2)
    for (i, j), text in {(0, 0): "反馈问题", (0, 1): "整改措施", (1, 0): "管网老化", (1, 1): "更新管网8公里"}.items():
        inner.cell(i, j).text = text
    d.save(str(tmp_path / "controls.docx"))
    doc, _ = load_file(tmp_path / "controls.docx")
    assert doc.text.startswith("一、市住建局\n改造易涝点15处。\n")
    assert "附表\n反馈问题：管网老化\n整改措施：更新管网8公里" in doc.text
