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
             page_numbers: bool = False, image_pages: tuple[int, ...] = ()) -> Path:
    """One PDF page per list of paragraphs (each wrapped at LINE characters).

    `encrypt`: a reportlab StandardEncryption or a user password. `image_pages`:
    1-based pages drawn as a picture only (a scan), with no text layer.
    """
    from reportlab.pdfgen import canvas

    _font()
    c = canvas.Canvas(str(path), encrypt=encrypt)
    if title:
        c.setTitle(title)
    for n, paragraphs in enumerate(pages, 1):
        if n in image_pages:
            c.drawImage(_scan_image(), 40, 400, width=500, height=380)
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
