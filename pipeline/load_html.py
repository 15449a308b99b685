"""An HTML page reduced to the text the store keeps: line breaks at block boundaries, data tables
linearised row by row with each cell labelled by its column header (pipeline/load_table.py).
"""
from __future__ import annotations

import re

from .load_table import table_text

BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "title", "dd", "dt", "blockquote", "pre", "td", "th", "caption",
}
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "iframe", "svg"}
ROW_BREAK = "\x00"  # lexbor drops NULs from page text, so every one here is ours
_MAX_SPAN = 50  # a colspan/rowspan beyond this is a broken attribute, not a layout


class NoText(ValueError):
    """The page holds no text; the message says why and what to do."""


def _span(node, attr: str) -> int:
    try:
        return max(1, min(_MAX_SPAN, int((node.attributes.get(attr) or "1").strip())))
    except ValueError:
        return 1


def _rows(table) -> list:
    """The table's own <tr>s (not those of tables nested in its cells)."""
    out = []
    for child in table.iter():
        if child.tag == "tr":
            out.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child.iter() if c.tag == "tr")
    return out


def table_grid(table, cell_text) -> list[list[str | None]]:
    """Cell texts on a grid; a cell spanning columns or continuing from a row above leaves `None`."""
    grid: list[list[str | None]] = []
    below: dict[int, int] = {}  # column -> rows a rowspan still covers
    for tr in _rows(table):
        row: list[str | None] = []

        def skip_spanned() -> None:
            while below.get(len(row), 0) > 0:
                below[len(row)] -= 1
                row.append(None)

        for cell in tr.iter():
            if cell.tag not in ("td", "th"):
                continue
            skip_spanned()
            cols, down = _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(cols):
                if down > 1:
                    below[len(row)] = down - 1
                row.append(cell_text(cell) if k == 0 else None)
        skip_spanned()
        grid.append(row)
    return grid


def html_to_text(html: str) -> tuple[str, str | None]:
    """Reduce a page to its text with line breaks at block boundaries; return (text, <title>).

    Raises NoText when nothing is left, saying whether the page holds only images.
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    images = 0

    def walk(node, out: list[str]) -> None:
        nonlocal images
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                out.append(child.text_content or "")
            elif tag in SKIP_TAGS or tag in ("-comment", "!doctype"):
                continue
            elif tag == "img":
                images += 1
            elif tag == "table" and (table := table_text(table_grid(child, cell_text))) is not None:
                caption = next((cell_text(c) for c in child.iter() if c.tag == "caption"), "")
                # the marker survives tidy() as one blank line around and between the row blocks
                out.append(f"\n{caption}\n{ROW_BREAK}\n" + table.replace("\n\n", f"\n{ROW_BREAK}\n") + f"\n{ROW_BREAK}\n")
            else:
                block = tag in BLOCK_TAGS
                if block:
                    out.append("\n")
                walk(child, out)
                if block:
                    out.append("\n")

    def cell_text(cell) -> str:
        parts: list[str] = []
        walk(cell, parts)
        return tidy("".join(parts).replace(ROW_BREAK, ""))

    out: list[str] = []
    root = tree.body or tree.root
    if root is not None:
        walk(root, out)
    text = tidy("".join(out), keep_blank=True)
    if not text.strip():
        if images:
            raise NoText(f"HTML page holds no text, only {images} image(s) (a scanned notice?): run OCR on the images, or save the notice's text")
        raise NoText("HTML page holds no text")
    return text + "\n", title or None


def tidy(text: str, keep_blank: bool = False) -> str:
    """Squeeze spaces and drop empty lines; with keep_blank a ROW_BREAK line becomes one blank line."""
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln == ROW_BREAK:
            if keep_blank and out and out[-1]:
                out.append("")
        elif ln:
            out.append(ln.replace(ROW_BREAK, ""))
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
