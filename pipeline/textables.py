"""Tables written as plain text inside a notice: rows of cells split by tabs, pipes, runs of spaces
or commas (a Markdown table, a tab-separated ledger, a space-aligned bulletin table, a CSV 附表).

The notice's text is never rewritten (offsets are sacred), so a row's figures are read with their
table around them: the header cell of their column says what they measure (排查问题数), the row's
first cell says whose they are (临河县), and the line that introduces the table gives their period
(截至2024年11月30日,各区县…情况如下:). HTML, CSV and spreadsheet files are linearised by their
loaders (header:value pairs) and need none of this.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# separators, strongest first; a comma counts only between short cells (prose has commas too)
_SEPS = (re.compile(r"\t+"), re.compile(r"\s*[||]\s*"), re.compile(r"(?: {2,}|\u3000+)"), re.compile(r"\s*[,,]\s*"))
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")  # a Markdown header rule |---|---|
_MAX_CELL = 24


@dataclass(frozen=True)
class Row:
    header: tuple[str, ...]  # the header row's cells
    cells: tuple[tuple[int, int], ...]  # this row's cells as spans of the text
    column: int  # the cell holding the position asked about (-1: none)
    caption: tuple[int, int] | None  # the line introducing the table
    sep: int = 0  # 0 tabs, 1 pipes, 2 runs of spaces, 3 commas

    def header_of(self, column: int | None = None) -> str:
        c = self.column if column is None else column
        return self.header[c] if 0 <= c < len(self.header) else ""


def _line(text: str, pos: int) -> tuple[int, int]:
    return text.rfind("\n", 0, pos) + 1, (text.find("\n", pos) if text.find("\n", pos) != -1 else len(text))


def _cells(text: str, a: int, b: int, sep: re.Pattern) -> list[tuple[int, int]]:
    out, start = [], a
    line = text[a:b]
    for m in sep.finditer(line):
        out.append((start, a + m.start()))
        start = a + m.end()
    out.append((start, b))
    out = [(s, e) for s, e in out if text[s:e].strip()]
    # trim each cell
    trimmed = []
    for s, e in out:
        while s < e and text[s] in " \u3000":
            s += 1
        while e > s and text[e - 1] in " \u3000\r":
            e -= 1
        trimmed.append((s, e))
    return trimmed


def _shape(text: str, a: int, b: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(separator index, cells) of a line that reads as a table row, else None."""
    if b - a < 3 or _RULE.match(text[a:b]):
        return None
    for i, sep in enumerate(_SEPS):
        cells = _cells(text, a, b, sep)
        if len(cells) >= 3 and (i < 3 or all(e - s <= _MAX_CELL for s, e in cells)):
            if i == 2 and any(e - s > 40 for s, e in cells):
                continue
            return i, cells
    return None


def row_at(text: str, pos: int) -> Row | None:
    """The table row holding `pos`, with its table's header and caption; None outside a table or on
    the header itself."""
    a, b = _line(text, pos)
    shape = _shape(text, a, b)
    if shape is None:
        return None
    kind, cells = shape
    # walk up over rows of the same shape (skipping a Markdown rule) to the header
    top, la = (a, b), a
    while la > 0:
        pa, pb = _line(text, la - 1)
        if _RULE.match(text[pa:pb]):
            la = pa
            continue
        s = _shape(text, pa, pb)
        if s is None or s[0] != kind or len(s[1]) != len(cells):
            break
        top, la = (pa, pb), pa
    if top[0] == a:
        return None  # the header itself, or a lone line
    header = tuple(text[s:e] for s, e in _cells(text, top[0], top[1], _SEPS[kind]))
    caption = None
    ca = top[0]
    while ca > 0:
        pa, pb = _line(text, ca - 1)
        if text[pa:pb].strip():
            caption = (pa, pb)
            break
        ca = pa
    column = next((i for i, (s, e) in enumerate(cells) if s <= pos < e), -1)
    return Row(header, tuple(cells), column, caption, kind)


def comma_rows(text: str) -> list[tuple[int, int]]:
    """The lines of comma-separated tables (a CSV 附表): there a comma parts cells, so 9,100% is two
    cells (9 and 100%), not nine thousand one hundred per cent."""
    out, pos = [], 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        row = row_at(text, pos) if end - pos >= 3 else None
        if row is not None and row.sep == 3:
            out.append((pos, end))
        pos = end + 1
    return out
