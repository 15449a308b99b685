"""A table as text the outline parser can read: one block per row, each cell labelled by its column.

    序号：1
    反馈问题：…
    整改措施：一是…
    二是…
    责任单位：…

Rows are separated by a blank line, so the chunker cuts between rows before
it cuts inside one, and a label starts its line, like a `反馈问题：` heading in
running text. Shared by the HTML and DOCX loaders so both formats read alike.

A table is read as data only when its first row looks like a header (short
labels without figures or clauses) and it has at least two columns and two rows.
A two-column table whose left cells are all labels (反馈问题 | …, 整改措施 | …)
is a form, read as `label：value` lines. Anything else is a layout table (a
page wrapped in one cell), whose cells are read as plain paragraphs. A cell merged down over several rows is
written once, in its first row: repeating it would count its figures twice.
"""
from __future__ import annotations

import re

LABEL_MAX = 16  # characters; 整改完成时限 / 责任单位及责任人 fit, a sentence does not
_FW = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_NOT_LABEL = re.compile(r"[\d０-９，。；,;！？!?]")  # a label names a column: no figures, no clauses


def clean_cell(text: str) -> str:
    """Whitespace inside a cell squeezed; its own line breaks (一是…\n二是…) kept."""
    lines = [re.sub(r"[ \t\u3000\xa0]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def is_label(cell: str) -> bool:
    return len(cell) <= LABEL_MAX and "\n" not in cell and not _NOT_LABEL.search(cell)


def is_header(row: list[str]) -> bool:
    """Short distinct labels without figures or clauses; one blank (an unlabelled first column) is allowed."""
    cells = [c for c in row if c]
    return (
        len(cells) >= 2
        and len(row) - len(cells) <= 1
        and all(is_label(c) for c in cells)
        and len(set(cells)) == len(cells)
    )


def _one_line(row: list[str | None]) -> list[str | None]:
    """A header cell broken over lines (整改<br>时限) is one label."""
    return [c.replace("\n", "") if c else c for c in row]


def linearise(rows: list[list[str | None]]) -> str:
    """The rows of a data table as labelled blocks. `None` marks a cell continued from the row above.

    Each row is a list of cell texts, one per column (a cell spanning several
    columns appears once, in the first of them, then `None`s).
    """
    rows = [[clean_cell(c) if c else c for c in r] for r in rows]
    rows = [r for r in rows if any(r)]
    header = [c or "" for c in rows[0]]
    blocks = []
    above = None  # the first column's label in the row above
    for row in rows[1:]:
        if [c or "" for c in row] == header:  # a header repeated on each printed page
            continue
        if row and row[0] is None and above and is_label(above):
            # a row label merged down (县区 | 片区 over several rows) names every row it covers;
            # a merged cell holding figures is still written once
            row = [above, *row[1:]]
        above = row[0] if row else None
        lines = []
        for i, cell in enumerate(row):
            if not cell:
                continue
            label = header[i] if i < len(header) else ""
            lines.append(f"{label}：{cell}" if label else cell)
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _header_rows(grid: list[list[str | None]]) -> list[list[str | None]]:
    """Merge a two-row header (整改情况 spanning 整改措施 | 整改进展) into one row of labels."""
    top, second = _one_line(grid[0]), _one_line(grid[1]) if len(grid) > 1 else []
    if None not in top or not second or not any(second) or not all(c is None or is_label(c) for c in second):
        return grid
    filled, last = [], ""
    for c in top:
        last = c if c is not None else last
        filled.append(last)
    groups = {}  # a label over several columns: how many it spans
    for c in filled:
        groups[c] = groups.get(c, 0) + 1
    body = grid[2:]
    merged = []
    for i in range(len(filled)):
        sub = second[i] if i < len(second) and second[i] else None
        if sub is None:
            merged.append(filled[i])
        elif groups[filled[i]] > 1 and filled[i] != sub and _numeric_column(body, i):
            # 追缴资金(万元) over 应追缴 | 已追缴: a figure's column needs both (what is counted, and its unit)
            merged.append(_group_label(filled[i], sub))
        else:
            merged.append(sub)  # a text column (整改情况 over 整改措施 | 整改进展) is named by its own label
    return [merged, *body]  # type: ignore[list-item]


_UNIT_TAIL = re.compile(r"\s*[((][^()()]{1,6}[))]\s*$")
_NUMBER_CELL = re.compile(r"[\d.,%]+\s*\S{0,3}")


def _numeric_column(rows: list[list[str | None]], i: int) -> bool:
    cells = [r[i] for r in rows if i < len(r) and r[i]]
    return bool(cells) and sum(1 for c in cells if _NUMBER_CELL.fullmatch(c.strip().translate(_FW))) * 2 >= len(cells)


def _group_label(group: str, sub: str) -> str:
    """问题线索 + 受理(条) → 问题线索受理(条); 追缴资金(万元) + 已追缴 → 追缴资金已追缴(万元)."""
    unit = _UNIT_TAIL.search(group)
    if unit and not _UNIT_TAIL.search(sub):
        return group[:unit.start()] + sub + unit.group(0).strip()
    return group + sub


def data_rows(grid: list[list[str | None]]) -> list[list[str | None]] | None:
    """The grid with a one-row header when it is a data table, else None (a layout table)."""
    grid = [r for r in grid if any(r)]
    if len(grid) < 2:
        return None
    grid = _header_rows(grid)
    grid[0] = _one_line(grid[0])
    head = [c for c in grid[0] if c is not None]
    if not is_header(head):
        return None
    if not any(sum(1 for c in r if c) >= 2 for r in grid[1:]):
        return None  # a nav bar above one big cell: layout
    return grid


def pairs(grid: list[list[str | None]]) -> str | None:
    """A form (label | value per row) as `label：value` lines, else None."""
    rows = [[c for c in r if c] for r in grid]
    rows = [r for r in rows if r]
    if len(rows) < 2 or any(len(r) != 2 or not is_label(r[0]) for r in rows):
        return None
    if all(is_label(r[1]) for r in rows):
        return None  # labels on both sides: a header row over short values, not a form
    return "\n".join(f"{k}：{clean_cell(v)}" for k, v in rows)


def table_text(grid: list[list[str | None]]) -> str | None:
    """A data table or a form as labelled text; None for a layout table.

    A first row of one cell across the table (its title, 巡察反馈问题整改情况表) is
    written above the rows, not taken for the header.
    """
    grid = [r for r in grid if any(r)]
    if len(grid) > 2 and len(grid[0]) > 1 and sum(1 for c in grid[0] if c) == 1 and grid[0][0]:
        rest = table_text(grid[1:])
        return f"{clean_cell(grid[0][0])}\n\n{rest}" if rest else None
    rows = data_rows(grid)
    if rows is not None:
        return linearise(rows) or None
    return pairs(grid)
