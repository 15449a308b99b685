"""Ruled tables in a PDF, read as the labelled row blocks HTML and Word tables become.

pypdf's text layer gives a table cell by cell on its own lines (序号 / 反馈问题 /
… / 1 / 城区污水管网建设滞 / 后 / …), which no parser can put back together.
pdfplumber (MIT, on pdfminer.six) finds a table by its ruling lines and gives
its cells; a page holding a data table is then read in horizontal bands: the
text above, the table as row blocks (pipeline/load_table.py), the text below.
Pages without one keep pypdf's text, so a plain PDF reads exactly as before.
"""
from __future__ import annotations

import io
import re
from typing import Callable

from .load_table import data_rows, table_text

_SENTENCE_END = tuple("。！？；：!?;:")
_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}[、.．](?!\d)|[一二三四五六七八九十]是)")


def cell_text(cell: str | None) -> str | None:
    """A cell's printed lines joined where they only wrap; a line ending a sentence, or one
    before a numbered point (一是… 1.…), keeps its break."""
    if cell is None:
        return None
    lines = [ln.strip() for ln in cell.splitlines() if ln.strip()]
    out: list[str] = []
    for ln in lines:
        if out and not out[-1].endswith(_SENTENCE_END) and not _OPENS.match(ln):
            out[-1] += ln
        else:
            out.append(ln)
    return "\n".join(out)


def pages_with_tables(data: bytes, tidy: Callable[[str], str]) -> dict[int, str]:
    """Text of each page (0-based) that holds a data table, bands tidied by `tidy`; other pages absent.

    Any failure here leaves the page to pypdf: this only ever improves a page.
    """
    try:
        import pdfplumber
    except ImportError:  # an install without it reads tables line by line, as pypdf gives them
        return {}
    out: dict[int, str] = {}
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - pypdf has already judged the file; its verdict stands
        return {}
    header: list = []  # the last table's header, for its continuation on the next page
    with pdf:
        for n, page in enumerate(pdf.pages):
            try:
                text = _page(page, tidy, header)
            except Exception:  # noqa: BLE001 - a page pdfplumber cannot lay out keeps pypdf's text
                continue
            if text is not None:
                out[n] = text
    return out


def _page(page, tidy: Callable[[str], str], header: list) -> str | None:
    """The page's text with its data tables as row blocks; None when it holds none.

    `header` carries the last data table's header row across pages: a table that
    runs on without repeating its header is read under the header it had.
    """
    tables = []
    for t in page.find_tables():
        grid = [[cell_text(c) for c in row] for row in t.extract()]
        rows = data_rows(grid)
        if rows is None and grid and header and len(grid[0]) == len(header) and not tables:
            rows = data_rows([header, *grid])  # only the page's first table can be a continuation
        if rows is not None:
            header[:] = rows[0]
        text = table_text(grid if rows is None else rows)
        if text:
            tables.append((t.bbox, text))
    if not tables:
        return None
    tables.sort(key=lambda x: x[0][1])
    parts: list[str] = []
    top = page.bbox[1]
    for (x0, y0, x1, y1), text in tables:
        if y0 > top:
            parts.append(tidy(_band(page, top, y0)))
        parts.append(text + "\n")
        top = max(top, y1)
    parts.append(tidy(_band(page, top, page.bbox[3])))
    # a blank line around each table's block, as in HTML and Word, so the chunker cuts there first
    blocks = [p.rstrip("\n") for p in parts if p.strip()]
    return "\n\n".join(blocks) + "\n"


def _band(page, y0: float, y1: float) -> str:
    if y1 - y0 < 1:
        return ""
    return page.crop((page.bbox[0], y0, page.bbox[2], y1), strict=False).extract_text() or ""
