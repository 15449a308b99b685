"""Checks on text a model wrote, for the llm engine (pipeline/choose.py): where a quote stands in
a passage, whether a number is a sum or difference of grounded ones, and the units a bare
number takes from the cited figure it came from.
"""
from __future__ import annotations

import re

from .types import Citation

_NUM = re.compile(r"\d+(?:\.\d+)?")


def find_quote(passage: str, quote: str) -> tuple[int, int] | None:
    """Offsets of a quote in a passage: verbatim, else ignoring whitespace differences."""
    i = passage.find(quote)
    if i != -1:
        return i, i + len(quote)
    q = re.sub(r"\s+", "", quote)
    if not q:
        return None
    pat = r"\s*".join(re.escape(ch) for ch in q)
    m = re.search(pat, passage)
    return (m.start(), m.end()) if m else None


def _fmt_num(v: float) -> str:
    return f"{v:.10f}".rstrip("0").rstrip(".")


def arithmetic(v: float, grounded: list[float]) -> tuple[str, str, tuple[float, ...]] | None:
    """(op, 'a+b=v', parts) when v is the sum of 2-3 grounded numbers or the difference of two, to
    the precision v is written with; None otherwise. A computed number is checked, never trusted."""
    from itertools import combinations

    decimals = len(_fmt_num(v).partition(".")[2])
    tol = 0.5 * 10 ** -decimals + 1e-9
    xs = list(dict.fromkeys(x for x in grounded if x != v))
    for n in (2, 3):
        for combo in combinations(xs, n):
            if abs(sum(combo) - v) <= tol:
                return "sum", "+".join(_fmt_num(x) for x in combo) + f"={_fmt_num(v)}", combo
    for a, b in combinations(xs, 2):
        if abs(abs(a - b) - v) <= tol:
            hi, lo = max(a, b), min(a, b)
            return "difference", f"{_fmt_num(hi)}-{_fmt_num(lo)}={_fmt_num(v)}", (hi, lo)
    return None


def snap_units(answer: str, cites: list[Citation], computed: dict[float, tuple[float, ...]] | None = None) -> str:
    """A bare number the model copied ("20000") becomes the cited figure it came from ("20000余份");
    a bare checked sum or difference takes the unit its cited parts share.

    Nothing is invented: the replacement is a figure's exact text in a cited span, or its unit.
    """
    from .figures import extract_figures

    figs = [f for c in cites for f in extract_figures(c.doc, c.quote)]
    out = answer
    for m in reversed(list(_NUM.finditer(answer))):
        num = m.group()
        after = answer[m.end():m.end() + 1]
        if after and not after.isspace() and after not in ",,。;;、))+=" :
            continue  # already followed by a unit or measure word
        fig = next((f for f in figs if f.text.startswith(num) and f.text != num), None)
        if fig is not None:
            out = out[:m.start()] + fig.text + out[m.end():]
        elif computed and (parts := computed.get(float(num))):
            units = {f.unit for p in parts for f in figs if abs(f.value - p) < 1e-9}
            if len(units) == 1:
                out = out[:m.start()] + num + units.pop() + out[m.end():]
    return out




def _json(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)
