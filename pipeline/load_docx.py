"""A Word .docx as the text the store keeps: paragraphs and tables in document order.

python-docx (MIT) reads the package. Data tables are linearised as in HTML
(pipeline/load_table.py); a layout table's cells are read as paragraphs.
Word's automatic list numbers (一、 (一) 1.) are not in a paragraph's text but
in numbering.xml; they are rendered here, because the outline parser reads
headings by their numbers. Headers, footers, comments and text boxes are left out.
"""
from __future__ import annotations

import io
import re
import zipfile

from .load_table import table_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "零一二三四五六七八九"
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream name in an encrypted Office file's directory


class Refused(ValueError):
    """The file cannot be read as .docx; the message says why and what to do."""


def read_docx(data: bytes) -> tuple[str, str | None]:
    """(text, title from the document properties); raises Refused."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        if ENCRYPTED in data:  # Office keeps a password-protected .docx inside an OLE container
            raise Refused("password-protected .docx: open it, remove the password (or save a copy without one) and ingest that")
        raise Refused("is a Word 97-2003 (.doc) or WPS file, not .docx: open it in Word or WPS and save it as .docx")
    if not data.startswith(b"PK"):
        raise Refused("not a .docx (not a zip package): open it in Word or WPS and save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            bad = z.testzip()
        if bad is not None:
            raise Refused(f"corrupt .docx (damaged part {bad}): open it in Word or WPS and save it again as .docx")
        if "word/document.xml" not in names:
            raise Refused("a zip file but not a Word document (no word/document.xml): save the notice as .docx")
        document = docx.Document(io.BytesIO(data))
        numbers = Numbering(document)
        blocks = [b for b in (_block(item, numbers) for item in _items(document.element.body, document._body)) if b]
        title = (document.core_properties.title or "").strip() or None
        pictures = len(document.element.body.xpath(".//w:drawing | .//w:pict"))
    except Refused:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, AttributeError, IndexError, TypeError, EOFError, OSError) as e:
        raise Refused(f"corrupt .docx ({_reason(e)}): open it in Word or WPS and save it again as .docx") from None
    except Exception as e:  # noqa: BLE001 - lxml's XMLSyntaxError and friends: the package is damaged
        raise Refused(f"corrupt .docx ({_reason(e)}): open it in Word or WPS and save it again as .docx") from None
    text = _join(blocks)
    if not text.strip():
        if pictures:
            raise Refused(f"Word document holds no text, only {pictures} picture(s) (a scanned notice?): run OCR on them, or get the text version")
        raise Refused("Word document holds no text: nothing to index")
    return text, title


def _reason(e: BaseException) -> str:
    msg = " ".join(str(e).split())[:120]
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def _join(blocks: list[tuple[str, bool]]) -> str:
    """Paragraphs one per line; a table's row blocks set off by blank lines (as in HTML)."""
    out = ""
    prev_table = False
    for text, is_table in blocks:
        if out and (is_table or prev_table):
            out += "\n"
        out += text + "\n"
        prev_table = is_table
    return out


def _block(item, numbers: "Numbering") -> tuple[str, bool] | None:
    from docx.table import Table

    if isinstance(item, Table):
        return _table(item, numbers)
    text = _squeeze(paragraph_text(item._p))
    if not text:
        return None
    return numbers.label(item) + text, False


_SKIP = {f"{W}del", f"{W}txbxContent", f"{W}pPr", f"{W}rPr", "{urn:schemas-microsoft-com:vml}textbox"}


def paragraph_text(p) -> str:
    """The paragraph's visible text, including what python-docx's `.text` leaves out: tracked
    insertions, smart tags, simple fields and inline content controls. Deleted text and text
    boxes (drawn over the page, not part of the running text) are left out."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag == f"{W}tab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _squeeze(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _table(table, numbers: "Numbering") -> tuple[str, bool] | None:
    grid: list[list[str | None]] = []
    above: list = []
    for row in table.rows:
        try:
            cells = row.cells
        except Exception:  # noqa: BLE001 - an irregular row python-docx cannot lay out: read its cells as found
            from docx.table import _Cell

            cells = [_Cell(tc, table) for tc in row._tr.tc_lst]
        out: list[str | None] = []
        for i, cell in enumerate(cells):
            merged_left = i > 0 and cell._tc is cells[i - 1]._tc
            merged_up = i < len(above) and cell._tc is above[i]._tc
            if merged_left or merged_up:
                out.append(None)  # a cell spanning columns or continued from the row above: written once
            else:
                out.append(_cell_text(cell, numbers))
        grid.append(out)
        above = cells
    text = table_text(grid)
    if text is not None:
        return text, True
    text = "\n".join(c for r in grid for c in r if c)  # a layout table: its cells are paragraphs
    return (text, False) if text else None


def _cell_text(cell, numbers: "Numbering") -> str:
    """A cell's paragraphs, and the text of a table nested in it, one per line."""
    parts = []
    for item in _items(cell._tc, cell):
        block = _block(item, numbers)
        if block:
            parts.append(block[0])
    return "\n".join(parts)


def _items(container, parent):
    """Paragraphs and tables in document order, including those inside content controls (w:sdt),
    which python-docx's iter_inner_content passes over."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == f"{W}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{W}tbl":
            yield Table(child, parent)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _items(content, parent)


class Numbering:
    """Word's automatic paragraph numbers, counted in document order as Word displays them."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (format, lvlText, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for a in root.iterchildren(f"{W}abstractNum"):
            lv = {}
            for lvl in a.iterchildren(f"{W}lvl"):
                fmt, text, start = _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", _val(lvl, "start")
                lv[int(lvl.get(f"{W}ilvl", "0"))] = (fmt, text, int(start) if start and start.isdigit() else 1)
            abstract[a.get(f"{W}abstractNumId")] = lv
        for num in root.iterchildren(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            for ilvl, spec in abstract.get(ref.get(f"{W}val") if ref is not None else None, {}).items():
                self.levels[(num.get(f"{W}numId"), ilvl)] = spec

    def label(self, paragraph) -> str:
        num_id, ilvl = _num_pr(paragraph)
        if num_id is None or (num_id, ilvl) not in self.levels:
            return ""
        fmt, pattern, start = self.levels[(num_id, ilvl)]
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a new item restarts the numbering under it
        if fmt in ("bullet", "none"):
            return ""

        def level(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            f = self.levels.get((num_id, k), (fmt, "", 1))[0]
            return _format(counts.get(k, self.levels.get((num_id, k), ("", "", 1))[2]), f)

        return re.sub(r"%(\d)", level, pattern)


def _val(el, tag: str) -> str | None:
    child = el.find(f"{W}{tag}")
    return child.get(f"{W}val") if child is not None else None


def _num_pr(paragraph) -> tuple[str | None, int]:
    """numId and level from the paragraph, else from its style chain."""
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for ppr in sources:
        if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
            ilvl = ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0
            num_id = str(ppr.numPr.numId.val)
            return (None if num_id == "0" else num_id), int(ilvl)
    return None, 0


def _format(n: int, fmt: str) -> str:
    if fmt.startswith(("chineseCounting", "ideographDigital", "japaneseCounting", "taiwaneseCounting")):
        return _chinese(n)
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


def _chinese(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out
