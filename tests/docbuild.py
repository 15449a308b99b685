"""Real PDF and Word files built at test time with what a user would have: reportlab and python-docx.

reportlab's built-in CID font STSong-Light (Adobe-GB1) needs no font file and
pypdf extracts it back as the same Unicode text (checked in test_loaders), so
no binary fixtures live in the repository.
"""
from __future__ import annotations

import io
from pathlib import Path

FONT = "STSong-Light"
LINE = 24  # characters per printed line when a paragraph is wrapped


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def wrap(paragraph: str, width: int = LINE) -> list[str]:
    """A paragraph as printed lines of `width` characters, the way a PDF lays it out."""
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)] or [""]


def make_pdf(path: Path, pages: list[list[str]], *, title: str | None = None, encrypt=None,
             page_numbers: bool = False, image_pages: tuple[int, ...] = (), watermark: str = "", image_in_form: bool = False) -> Path:
    """One PDF page per list of paragraphs (each wrapped at LINE characters).

    `encrypt`: a reportlab StandardEncryption or a user password. `image_pages`:
    1-based pages drawn as a picture only (a scan), with no text layer but the `watermark`
    a scanner app prints.
    """
    from reportlab.pdfgen import canvas

    _font()
    c = canvas.Canvas(str(path), encrypt=encrypt)
    if title:
        c.setTitle(title)
    for n, paragraphs in enumerate(pages, 1):
        if n in image_pages and image_in_form:  # as some scanners write it: the image inside a form XObject
            c.beginForm(f"scan{n}")
            c.drawImage(_scan_image(), 40, 400, width=500, height=380)
            c.endForm()
            c.doForm(f"scan{n}")
        elif n in image_pages:
            c.drawImage(_scan_image(), 40, 400, width=500, height=380)
            if watermark:
                c.setFont(FONT, 8)
                c.drawString(40, 20, watermark)
        else:
            c.setFont(FONT, 11)
            y = 800
            for para in paragraphs:
                for line in wrap(para):
                    c.drawString(40, y, line)
                    y -= 18
            if page_numbers:
                c.drawString(290, 30, f"- {n} -")
        c.showPage()
    c.save()
    return path


def make_table_pdf(path: Path, before: str, rows: list[list[str]], after: str, *, repeat_header: bool = False) -> Path:
    """A ruled table between two paragraphs, laid out by reportlab (cells wrap; a long table runs onto
    the next page, with its header repeated there only when `repeat_header`)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _font()
    style = ParagraphStyle("cjk", fontName=FONT, fontSize=9, leading=12, wordWrap="CJK")
    width = 460 / len(rows[0])
    table = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[width] * len(rows[0]),
                  repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path)).build([Paragraph(before, style), Spacer(1, 8), table, Spacer(1, 8), Paragraph(after, style)])
    return path


def _scan_image():
    """A grey picture standing in for a scanned page."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (200, 150), 255)
    draw = ImageDraw.Draw(img)
    for y in range(10, 140, 12):
        draw.line((10, y, 190, y), fill=60, width=3)
    return ImageReader(img)


def make_docx(path: Path, blocks: list, *, title: str | None = None) -> Path:
    """Paragraphs (str), numbered headings (("num", text) in Word's List Number style),
    and tables (a list of rows, the first the header; a cell of None merges into the one above)."""
    import docx

    d = docx.Document()
    if title:
        d.core_properties.title = title
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
        elif isinstance(block, tuple):
            d.add_paragraph(block[1], style="List Number")
        else:
            t = d.add_table(rows=len(block), cols=len(block[0]))
            for i, row in enumerate(block):
                for j, cell in enumerate(row):
                    if cell is not None:
                        t.cell(i, j).text = cell
            for i, row in enumerate(block):
                for j, cell in enumerate(row):
                    if cell is None and i > 0:
                        t.cell(i - 1, j).merge(t.cell(i, j))
    d.save(str(path) if isinstance(path, Path) else path)
    return path


def docx_bytes(blocks: list) -> bytes:
    buf = io.BytesIO()
    make_docx(buf, blocks)  # type: ignore[arg-type]  (python-docx saves to a stream too)
    return buf.getvalue()


# ---------------------------------------------------------------- a small notice in each format

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


def sample_pdf(d: Path, name: str = "notice", **kw) -> Path:
    return make_pdf(d / f"{name}.pdf", [PAGE1, PAGE2], title="巡察整改进展通报", page_numbers=True, **kw)


def sample_docx(d: Path, name: str = "word") -> Path:
    return make_docx(d / f"{name}.docx", ["关于巡察整改进展情况的通报", ("num", "市住建局"), "针对城区内涝问题，改造易涝点15处。", TABLE],
                     title="巡察整改通报")


def write(p: Path, text: str) -> Path:
    p.write_text(text, encoding="utf-8")
    return p
