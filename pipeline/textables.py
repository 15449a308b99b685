"""Tables written as plain text inside a notice: rows of cells split by tabs, pipes, runs of spaces
or commas (a Markdown table, a tab-separated ledger, a space-aligned bulletin table, a CSV 附表).

The notice's text is never rewritten (offsets are sacred), so a row's figures are read with their
table around them: the header cell of their column says what they measure (排查问题数), the row's
first cell says whose they are (临河县), and the line that introduces the table gives their period
(截至2024年11月30日,各区县…情况如下:). HTML, CSV and spreadsheet files are linearised by their
loaders as blocks of `header：value` lines, one block per row.

Either way a row is a record read whole: where it starts (record_start), whose it is (row_name:
its first value or cell, and whether its table has a total row, 合计), the same field in the total
row (total_row_cell), and whether its column holds targets rather than results (plan_column).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .actions import first_action
from .textnorm import csv_cells as _csv_cells

# separators, strongest first; a comma counts only between short cells (prose has commas too), and not
# inside an amount in thousands (¥1,035,000.00: one figure; 9,100% in a comma table is still two cells)
_SEPS = (re.compile(r"\t+"), re.compile(r"\s*[|\uff5c]\s*"), re.compile(r"(?: {2,}|\u3000+)"), re.compile(r"\s*(?<!\d,\d{3}),(?!\d{3}(?:,\d{3})*\.\d)(?!\d{3},\d{3})\s*"),
         re.compile(r"[ \u3000]"))  # (序号 区县 存量违建(处) 已拆除(处): an appended table typed with single spaces)
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")  # a Markdown header rule |---|---|
_MAX_CELL = 24


@dataclass(frozen=True)
class Row:
    header: tuple[str, ...]  # the header row's cells
    cells: tuple[tuple[int, int], ...]  # this row's cells as spans of the text
    column: int  # the cell holding the position asked about (-1: none)
    caption: tuple[int, int] | None  # the line introducing the table
    sep: int = 0  # 0 tabs, 1 pipes, 2 runs of spaces, 3 commas, 4 one cell per line

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
    return [_trimmed(text, s, e) for s, e in out if text[s:e].strip()]


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """A cell's span without the spaces around it."""
    while s < e and text[s] in " \u3000":
        s += 1
    while e > s and text[e - 1] in " \u3000\r":
        e -= 1
    return s, e


_BORDERED = re.compile(r"^[ \u3000]*[|\uff5c].*[|\uff5c][ \u3000\r]*$")


def bordered(text: str, a: int, b: int) -> bool:
    """text[a:b] is a Markdown row drawn with outer pipes (| 行政许可 | 18642 | | |)."""
    return bool(_BORDERED.match(text[a:b]))


def _bordered_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a Markdown row drawn with outer pipes (| 行政许可 | 18642 | | |), its empty cells
    kept as empty spans where they stand, so that every cell stays under its own column's header
    (the standard tables of a 政府信息公开年度报告 leave cells blank and repeat a header mid-table)."""
    line = text[a:b]
    bars = [a + m.start() for m in re.finditer(r"[|\uff5c]", line)]
    return [_trimmed(text, left + 1, right) for left, right in zip(bars, bars[1:])]


def _shape(text: str, a: int, b: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(separator index, cells) of a line that reads as a table row, else None."""
    if b - a < 3 or _RULE.match(text[a:b]):
        return None
    if bordered(text, a, b):
        cells = _bordered_cells(text, a, b)
        if len(cells) >= 3 and sum(e > s for s, e in cells) >= 1:
            return 1, cells
    for i, sep in enumerate(_SEPS):
        cells = _cells(text, a, b, sep)
        if len(cells) >= 3 and (i < 3 or all(e - s <= _MAX_CELL for s, e in cells)):
            if i == 2 and any(e - s > 40 for s, e in cells):
                continue
            if i == 4 and (len(cells) < 4 or any(e - s > 12 for s, e in cells) or re.search(r"[，。；：、,;:]", text[a:b])
                           or sum(bool(re.fullmatch(r"[\d.,%％]+", text[s:e])) for s, e in cells) < 2
                           and not all(re.search(r"[\u4e00-\u9fff(（]", text[s:e]) for s, e in cells)):
                continue  # (single spaces part cells only of short ones, figures in most rows, no prose)
            return i, cells
    return None


def _spaced_header(text: str, a: int, b: int, n: int) -> list[tuple[int, int]] | None:
    """The cells of a header typed with single spaces above rows of n cells, where the header's cells
    are longer than a row's may be because they name the year and unit of their column
    (县（区） 违规机构数（家） 2024年违规金额（万元） …): n short cells of words, no prose punctuation."""
    cells = _cells(text, a, b, _SEPS[4])
    if len(cells) != n or re.search(r"[，。；：、,;:]", text[a:b]) or any(e - s > _MAX_CELL for s, e in cells):
        return None
    if not all(re.search(r"[\u4e00-\u9fff]", text[s:e]) for s, e in cells):
        return None
    return cells


def _caption(text: str, top: int) -> tuple[int, int] | None:
    """The line introducing a table whose header starts at `top`: the first non-blank line above it."""
    while top > 0:
        pa, pb = _line(text, top - 1)
        if text[pa:pb].strip():
            return pa, pb
        top = pa
    return None


def _csv_header(text: str, a: int, b: int) -> bool:
    """A CSV header line: short labels, none a figure, no sentence punctuation."""
    cells = _csv_cells(text, a, b)
    return bool(cells) and not re.search(r"[。;；：:]", text[a:b]) and all(
        0 < e - s <= 16 and not re.search(r"\d", text[s:e].replace("（", "(").split("(")[0]) for s, e in cells)


def _csv_row(text: str, pos: int) -> Row | None:
    """The row of a CSV table pasted into a notice (a header line of labels, then lines with as many
    fields), its long cells and empty fields as they are; None elsewhere."""
    a, b = _line(text, pos)
    if "," not in text[a:b]:
        return None
    cells = _csv_cells(text, a, b)
    if cells is None:
        return None
    top = a
    while top > 0:
        pa, pb = _line(text, top - 1)
        above = _csv_cells(text, pa, pb)
        if above is None or len(above) != len(cells):
            break
        top = pa
        if _csv_header(text, pa, pb):
            break
    ta, tb = _line(text, top)
    if top == a or not _csv_header(text, ta, tb):
        return None
    header = tuple(text[s:e] for s, e in _csv_cells(text, ta, tb))
    column = next((i for i, (s, e) in enumerate(cells) if s <= pos < e), -1)
    return Row(header, tuple(cells), column, _caption(text, top), 3)


def _group_line(text: str, a: int, b: int) -> bool:
    """A short line of words alone, no cells and no sentence: a heading that groups the rows below it."""
    line = text[a:b].strip()
    return 2 <= len(line) <= 40 and not re.search(r"[。;；\t|｜]", line)


_FLAT_CELL = re.compile(r"[^\n。;；,，:：!?？！]{1,24}")
_FLAT_NUMBER = re.compile(r"[\d.,%％]+")


def _flat_row(text: str, pos: int) -> Row | None:
    """The row of a table flattened one cell per line when it was copied from a web page: a run of
    short lines whose first N are the header's labels (none a number), then rows of N lines, each
    opening with its 序号 or its name (a total row, 合计, may hold its label in place of both); None
    elsewhere."""
    a, b = _line(text, pos)
    if not _FLAT_CELL.fullmatch(text[a:b].strip() or "。"):
        return None
    lines = [(a, b)]
    while lines[0][0] > 0:  # up to the first line of the run
        pa, pb = _line(text, lines[0][0] - 1)
        if not text[pa:pb].strip() or not _FLAT_CELL.fullmatch(text[pa:pb].strip()):
            break
        lines.insert(0, (pa, pb))
    at = len(lines) - 1
    while lines[-1][1] < len(text):  # down to its last
        na, nb = _line(text, lines[-1][1] + 1)
        if not text[na:nb].strip() or not _FLAT_CELL.fullmatch(text[na:nb].strip()):
            break
        lines.append((na, nb))
    cells = [(x + len(text[x:y]) - len(text[x:y].lstrip()), x + len(text[x:y].rstrip())) for x, y in lines]
    numeric = [bool(_FLAT_NUMBER.fullmatch(text[x:y])) for x, y in cells]
    if True not in numeric:
        return None
    # the row length: from one 序号 to the next (1 … 2), or from one row's name to the next's; the
    # header is that many lines above the first row (a caption above it is no cell)
    said = [text[x:y] for x, y in cells]
    if "1" in said and "2" in said[said.index("1"):]:
        numbered, r1 = True, said.index("1")
        n = said.index("2", r1) - r1
    else:
        numbered, r1 = False, numeric.index(True) - 1
        r2 = next((k for k in range(r1 + 2, len(cells)) if not numeric[k]), None)
        if r1 < 1 or r2 is None:
            return None
        n = r2 - r1
    top = r1 - n
    if n < 3 or top < 0 or any(numeric[top:r1]) or at < top:
        return None
    if at < r1:
        return None  # the header itself
    cells, numeric, at = cells[top:], numeric[top:], at - top
    rows, i = [], n
    while i < len(cells):
        if numbered and numeric[i]:
            row = cells[i:i + n]
        else:
            # a row opening with its name; in a numbered table only a total row does (合计 for 序号 and 单位)
            row = cells[i:i + (n - 1 if numbered else n)]
            if numbered:
                row = [row[0]] + row
        if len(row) != n or numeric[i] != numbered and not (numbered and _TOTAL_ROW.search(text[slice(*cells[i])])):
            return None
        figures = sum(bool(_FLAT_NUMBER.fullmatch(text[x:y])) for x, y in row[1 + numbered:])
        if figures < max(2, n - 3):
            return None  # a run of short prose lines holds no figures
        rows.append((i, row))
        i += n if numbered and numeric[i] or not numbered else n - 1
    for start, row in rows:
        width = n if (not numbered or numeric[start]) else n - 1
        if start <= at < start + width:
            column = at - start + (0 if width == n else 1)
            header = tuple(text[x:y] for x, y in cells[:n])
            return Row(header, tuple(row), column, _caption(text, cells[0][0]), 4)
    return None


def row_at(text: str, pos: int) -> Row | None:
    """The table row holding `pos`, with its table's header and caption; None outside a table or on
    the header itself."""
    a, b = _line(text, pos)
    if (csv := _csv_row(text, pos)) is not None:
        return csv
    shape = _shape(text, a, b)
    if shape is None:
        return _flat_row(text, pos)
    kind, cells = shape
    # walk up over rows of the same shape (skipping a Markdown rule) to the header
    top, la = (a, b), a
    while la > 0:
        pa, pb = _line(text, la - 1)
        if _RULE.match(text[pa:pb]):
            la = pa
            continue
        s = _shape(text, pa, pb)
        if s is None and kind == 4 and _spaced_header(text, pa, pb, len(cells)) is not None:
            top = (pa, pb)  # (a header whose cells name their units are longer than a row's cells: its table's top)
            break
        spread = kind <= 1 and (_group_line(text, pa, pb) or not text[pa:pb].strip()) and bool(re.search(r"\d", text[top[0]:top[1]]))
        if s is None and pa > 0 and (spread or _group_line(text, pa, pb)):
            # a group's heading between rows ((二)防范化解重大金融风险方面): the table goes on above it; for a
            # table drawn with tabs or bars, past blank lines around the heading too (not above its own header:
            # a line of words alone, no figure, heads a table; not for commas or spaces, which prose has)
            qa = pa
            while spread and qa > 0 and pa - qa < 400:
                xa, xb = _line(text, qa - 1)
                if text[xa:xb].strip() and not _group_line(text, xa, xb):
                    break
                qa = xa
            above = _shape(text, *_line(text, qa - 1)) if qa > 0 else None
            if above is not None and above[0] == kind and len(above[1]) == len(cells):
                la = qa
                continue
        if s is None or s[0] != kind or len(s[1]) != len(cells):
            break
        top, la = (pa, pb), pa
    if kind == 1 and bordered(text, a, b):
        # a bordered table that starts again under a header of its own mid-table (信息内容 | 本年处理决定数量
        # after a group's heading row): the nearest such header above the row is its header
        if _sub_header(text, a, b, top):
            return None
        pa = a
        while pa > top[0]:
            pa, pb = _line(text, pa - 1)
            if _sub_header(text, pa, pb, top):
                top = (pa, pb)
                break
        header = tuple(text[s:e] for s, e in _bordered_cells(text, *top))
        if (second := _second_header(text, top, len(cells))) is not None:
            if second == (a, b):
                return None  # the header's second line
            header = _two_level(header, tuple(text[s:e] for s, e in _bordered_cells(text, *second)))
        column = next((i for i, (s, e) in enumerate(cells) if s <= pos <= e and (s < e or s == pos)), -1)
        return Row(header, tuple(cells), column, _caption(text, top[0]), kind) if top[0] != a else None
    header = tuple(text[s:e] for s, e in _cells(text, top[0], top[1], _SEPS[kind]))
    if all(re.search(r"\d", h) for h in header):
        header = ()  # every cell of the first line holds a figure: a table without a header, that line a row
        if top[1] == b and top[0] == a and (b >= len(text) or _shape(text, *_line(text, b + 1)) is None
                                             or _shape(text, *_line(text, b + 1))[0] != kind):
            return None  # a lone line
    elif top[0] == a:
        return None  # the header itself, or a lone line
    column = next((i for i, (s, e) in enumerate(cells) if s <= pos < e), -1)
    return Row(header, tuple(cells), column, _caption(text, top[0]), kind)


# a header cell that is only a unit (| | 件 | 人 |): the second line of a header says what its group counts in
_UNIT_CELL = re.compile(r"[(（]?(?:万元|亿元|元|个|件|人|人次|户|家|起|条|次|项|处|所|宗|批次|亩|公里|米|吨|%|％|个百分点)[)）]?")


def _second_header(text: str, top: tuple[int, int], n: int) -> tuple[int, int] | None:
    """The second line of a bordered table's two-line header (| 县(市、区) | 处置问题线索 | 立案 | | 处分 | |
    over | | 件 | 件 | 人 | 党纪 | 政务 |): the line under the first (past a rule) with as many cells, words
    or units in two or more and no figure, where the first leaves a cell blank for a group spanning two
    columns, or the second leaves its row-name cell blank."""
    first = [text[s:e] for s, e in _bordered_cells(text, *top)]
    pos = top[1] + 1
    while pos < len(text):
        la, lb = _line(text, pos)
        if not _RULE.match(text[la:lb]):
            break
        pos = lb + 1
    else:
        return None
    if not bordered(text, la, lb):
        return None
    cells = [text[s:e] for s, e in _bordered_cells(text, la, lb)]
    if len(cells) != n or len(first) != n or sum(bool(c) for c in cells) < 2 \
            or any(re.search(r"\d", c) for c in cells):
        return None
    return (la, lb) if ("" in first[1:] or not cells[0]) else None


def _two_level(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """One label per column from a two-line header: a group over the blank cells to its right, and under it
    a unit (立案 over 件 | 人 → 立案(件), 立案(人)) or a label of its own (处分 over 党纪 | 政务 → 处分党纪)."""
    out, group = [], ""
    for i, (top, sub) in enumerate(zip(first, second)):
        group = top if top or i == 0 else group
        top = top or group
        if not sub or sub == top:
            out.append(top)
        elif _UNIT_CELL.fullmatch(sub):
            out.append(f"{top}({sub.strip('()（）')})" if top else sub)
        elif re.search(r"[数量额率]$|^[已未应]", sub) or first_action(sub) is not None:
            out.append(top + sub)  # what is done to the group, or how it is counted: 问题线索 over 受理 → 问题线索受理
        else:
            out.append(sub + top)  # a kind of the group: 处分 over 政务 → 政务处分
    return tuple(out)


def _group_row(text: str, a: int, b: int) -> bool:
    """A bordered row holding words in its first cell only (| 第二十条第（五）项 | | | |): a group's heading."""
    cells = _bordered_cells(text, a, b) if bordered(text, a, b) else []
    return len(cells) >= 2 and cells[0][1] > cells[0][0] and all(e == s for s, e in cells[1:])


def _sub_header(text: str, a: int, b: int, top: tuple[int, int]) -> bool:
    """A bordered row below a table's first line that heads the rows after it: words in two cells or
    more, no figure, right under a group's heading row."""
    if a <= top[0] or not bordered(text, a, b) or _RULE.match(text[a:b]):
        return False
    cells = [text[s:e] for s, e in _bordered_cells(text, a, b)]
    if sum(bool(c) for c in cells) < 2 or any(re.search(r"\d", c) for c in cells[1:]):
        return False
    pa, pb = _line(text, a - 1)
    while pa > top[0] and _RULE.match(text[pa:pb]):  # (a rule drawn under the first line)
        pa, pb = _line(text, pa - 1)
    return _group_row(text, pa, pb)


def comma_rows(text: str) -> list[tuple[int, int]]:
    """The commas that part the cells of comma-separated tables (a CSV 附表), as (start, end) runs between
    cells: there 9,100% is two cells (9 and 100%), not nine thousand one hundred per cent; a comma
    inside a quoted CSV field stays the cell's own."""
    out, pos = [], 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        row = row_at(text, pos) if end - pos >= 3 else None
        if row is not None and row.sep == 3:
            cells = sorted(row.cells)
            out += [(e, s) for (_, e), (s, _) in zip(cells, cells[1:])]
            out.append((cells[-1][1], end))
            if cells[0][0] > pos:
                out.append((pos, cells[0][0]))
        pos = end + 1
    return out


# ------------------------------------------------------------ records: a row read as a whole
def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


_LABEL_LINE = re.compile(r"[^\n：:。;;]{1,24}[：:]")


def record_start(text: str, pos: int) -> int:
    """Where the line holding pos begins, or, for a `label：value` line of a table read row by row
    (pipeline/load_table.py), where its row's block of such lines begins: 县区：琅湖区 names the row."""
    start = paragraph_start(text, pos)
    if not _LABEL_LINE.match(text, start):
        return start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev:start - 1].strip() and _BLOCK_LINE.match(text, start) and not _RECORD_OPENER.match(text, start):
            # a ledger's record written as blocks with blank lines between (4.问题:…/整改措施:…/完成时限:…/
            # 整改情况:…): the blocks above, up to the line that opens the record, are the record's
            k = prev
            while k > 0 and not text[k:text.find("\n", k) if text.find("\n", k) >= 0 else len(text)].strip():
                k = text.rfind("\n", 0, k - 1) + 1
            if k < start and (_BLOCK_LINE.match(text, k) or _RECORD_OPENER.match(text, k)):
                start = k
                continue
            break
        if not _LABEL_LINE.match(text, prev) or not text[prev:start - 1].strip():
            break
        start = prev
    return start


# the blocks of one record of a rectification ledger, and the line that opens a record (4.问题:, 问题四:)
_BLOCK_LINE = re.compile(r"[ \u3000]*(?:整改措施|整改目标|整改时限|完成时限|责任单位|责任领导|责任人|整改情况|整改结果|整改进展|整改成效|"
                         r"整改状态|下步打算|下一步打算|下一步措施|存在问题|问题描述|问题表现|审计指出问题|问题)[ \u3000]*[:：]")
_RECORD_OPENER = re.compile(r"[ \u3000]*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?[ \u3000]*"
                            r"(?:问题[一二三四五六七八九十\d]{0,3}|存在问题|问题描述|审计指出问题)[ \u3000]*[:：]"
                            r"|[ \u3000]*问题[一二三四五六七八九十\d]{1,3}[ \u3000]*[:：]")


# the row of a table that totals the others (合计, 全市): a whole's figure
_TOTAL_ROW = re.compile(r"合计|总计|共计|小计|总体|全部|全[省市区县]|[省市区县]级合计")


def _total_record(text: str, label: str):
    """The `label：合计` line of a table read as `label：value` blocks, or None."""
    return re.search(r"(?:^|\n)" + re.escape(label) + r"[：:]\s*(?:" + _TOTAL_ROW.pattern + r")\s*\n", text)


def _same_table(text: str, pos: int, row: Row):
    """The other rows of pos's plain-text table (lines of the same shape): below it, then above it."""
    line0 = text.rfind("\n", 0, pos) + 1
    at = line0
    while (end := text.find("\n", at)) >= 0:
        r = row_at(text, end + 1)
        if r is None or len(r.cells) != len(row.cells):
            break
        yield r
        at = end + 1
    at = line0
    while at > 0:
        at = text.rfind("\n", 0, at - 1) + 1
        r = row_at(text, at)
        if r is None or len(r.cells) != len(row.cells):
            break
        yield r


def _is_total(text: str, r: Row) -> bool:
    return bool(_TOTAL_ROW.fullmatch(text[r.cells[0][0]:r.cells[0][1]].strip()))


def row_name(text: str, pos: int) -> tuple[str, bool] | None:
    """(the name of the table row holding pos, whether its table has a row that totals the others): a
    `label：value` block's first value (县(市、区)：琅川县), or a plain-text table's first cell."""
    start = record_start(text, pos)
    first = re.match(r"([^\n：:]{1,24})[：:]([^\n]{1,24})\n", text[start:start + 60])
    if first and start < paragraph_start(text, pos):
        return first.group(2).strip(), _total_record(text, first.group(1)) is not None
    row = row_at(text, pos)
    if row is None or not row.cells:
        return None
    name = _name_cell(text, row)
    return name, any(_is_total(text, r) for r in _same_table(text, pos, row))


def total_row_cell(text: str, pos: int) -> tuple[int, int] | None:
    """The span, in the table's total row, of the field holding pos in its own row (问题线索办结数(件)：931
    for 琅川县's …：171; a plain-text table's cell in the same column); None when there is none."""
    return row_cell(text, pos, _TOTAL_ROW.pattern)


def row_cell(text: str, pos: int, name: str) -> tuple[int, int] | None:
    """The span, in the row whose name matches the pattern `name` (合计, or a place asked: 琼岑区), of
    the field holding pos in its own row; None when the table has no such row or field."""
    start = record_start(text, pos)
    first = re.match(r"([^\n：:]{1,24})[：:]", text[start:start + 30])
    line0 = text.rfind("\n", 0, pos) + 1
    field = re.match(r"([^\n：:]{1,24})[：:]", text[line0:line0 + 30])
    if first and field and start < line0:
        m = re.search(r"(?:^|\n)" + re.escape(first.group(1)) + r"[：:]\s*(?:" + name + r")\s*\n", text)
        if m is None:
            return None
        f = re.compile(r"\n" + re.escape(field.group(1)) + r"[：:][^\n]*").search(text, m.end() - 1)
        gap = text.find("\n\n", m.end())
        return (f.start() + 1, f.end()) if f and (gap < 0 or f.start() < gap) else None
    row = row_at(text, pos)
    if row is None or row.column < 0:
        return None
    return next((r.cells[row.column] for r in _same_table(text, pos, row)
                 if re.fullmatch(name, _name_cell(text, r))), None)


def _name_cell(text: str, r: Row) -> str:
    """A row's name: its first cell, or its second when the first is only the row's number (序号 1, 2, …)."""
    first = text[r.cells[0][0]:r.cells[0][1]].strip()
    if re.fullmatch(r"\d{1,3}\.?", first) and len(r.cells) > 2:
        return text[r.cells[1][0]:r.cells[1][1]].strip()
    return first


_PLAN_HEADER = re.compile(r"目标|任务|计划")
_DONE_HEADER = re.compile(r"进展|进度|完成|情况|成效|结果|落实")


def plan_column(text: str, pos: int) -> bool:
    """The figure stands in a ledger's column of what is to be done (整改目标, 整改任务), not of what was
    done (整改进展, 完成情况): a target. Read from a plain-text table's header or a `label：value` line."""
    row = row_at(text, pos)
    if row is not None:
        header = row.header_of()
    else:
        line = text[text.rfind("\n", 0, pos) + 1:pos]
        # the last label of the line before the figure (年度目标：…12000人。实际完成：…13460人: 实际完成)
        labels = list(re.finditer(r"(?:^|(?<=[。;；]))\s*([^\n：:。;；]{1,16})[：:]", line))
        m = labels[-1] if labels else None
        header = m.group(1) if m and record_start(text, pos) < text.rfind("\n", 0, pos) + 1 else ""
    # (子任务①压减法人户数：… under 整改进展 names one item of the work, numbered; not a column of targets)
    return bool(_PLAN_HEADER.search(header)) and not _DONE_HEADER.search(header) and not re.search(r"[①-⑳]|子任务", header)


def prefix_row_cells(text: str, pos: int, prefix: str) -> list[tuple[int, int]]:
    """The cells, in the column holding pos, of every row of its plain-text table whose name opens with
    `prefix` and says more (睂口镇河湾村, 睂口镇石桥村 … for 睂口镇): the rows of the parts of a body the table
    lists no row of its own for. Empty when the table has a row named `prefix` itself."""
    row = row_at(text, pos)
    if row is None or row.column < 0:
        return []
    rows = [row] + list(_same_table(text, pos, row))
    names = [_name_cell(text, r) for r in rows]
    if any(n == prefix for n in names):
        return []
    got = sorted({r.cells[row.column] for r, n in zip(rows, names) if n.startswith(prefix) and len(n) > len(prefix)})
    return got
