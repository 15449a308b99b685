"""Pasted-fragment queries: what a user copies out of a notice to find where it was said.

Two kinds per notice, as in issue 15: 20 characters from the middle of the notice's longest
line, and 20 characters around the date or figure nearest the notice's middle. A fragment
that occurs verbatim in another notice of the index has no single right answer, so the
window slides along its line until it is unique (`slid` counts how far); a line with no
unique window is reported, not scored.
"""
from __future__ import annotations

import re

WIDTH = 20
FIGURE = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d+(?:\.\d+)?(?:万元|亿元|元|万|个|家|件|人|名|%|项|公里|户|次|起|条|所|台|亩|吨)")


def _unique_window(doc: str, line: str, line_at: int, centre: int, texts: dict[str, str], width: int = WIDTH):
    """The window of `width` chars nearest `centre` (an offset into line) found in no other notice."""
    if len(line) < 8:
        return None
    width = min(width, len(line))
    best = max(0, min(len(line) - width, centre - width // 2))
    order = sorted(range(0, len(line) - width + 1), key=lambda a: abs(a - best))
    for a in order[:200]:
        frag = line[a:a + width]
        if not frag.strip() or frag != frag.strip():
            continue
        if all(frag not in t for d, t in texts.items() if d != doc):
            return {"doc": doc, "fragment": frag, "start": line_at + a, "slid": abs(a - best)}
    return None


def fragment_queries(texts: dict[str, str], width: int = WIDTH) -> list[dict]:
    """Per notice: {'doc', 'kind', 'fragment', 'start', 'slid'}; kind is 'longest_line' or 'date_or_figure'."""
    out = []
    for doc, text in sorted(texts.items()):
        lines, pos = [], 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        at, longest = max(lines, key=lambda x: len(x[1]))
        q = _unique_window(doc, longest, at, len(longest) // 2, texts, width)
        out.append({"kind": "longest_line", "doc": doc} | (q or {"fragment": None}))
        mid = len(text) // 2
        figs = sorted(FIGURE.finditer(text), key=lambda m: abs(m.start() - mid))
        q = None
        for m in figs[:20]:
            line_at = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.start())
            line = text[line_at:line_end if line_end != -1 else len(text)]
            centre = (m.start() + m.end()) // 2 - line_at
            q = _unique_window(doc, line, line_at, centre, texts, width)
            if q and q["slid"] <= width // 2:  # still around the figure
                break
            q = None
        out.append({"kind": "date_or_figure", "doc": doc} | (q or {"fragment": None}))
    for q in out:
        if q["fragment"] is not None:
            assert texts[q["doc"]][q["start"]:q["start"] + len(q["fragment"])] == q["fragment"]
    return out


def recall_at_1(queries: list[dict], search) -> dict:
    """search(fragment) -> ranked doc ids; recall@1 and @5 per kind over the queries that have a fragment."""
    res: dict = {}
    for kind in ("longest_line", "date_or_figure"):
        qs = [q for q in queries if q["kind"] == kind and q["fragment"]]
        ranks = []
        for q in qs:
            docs = search(q["fragment"])
            ranks.append(docs.index(q["doc"]) + 1 if q["doc"] in docs else None)
        res[kind] = {
            "queries": len(qs),
            "no_unique_fragment": sum(1 for q in queries if q["kind"] == kind and not q["fragment"]),
            "recall_at_1": round(sum(r == 1 for r in ranks) / len(qs), 4) if qs else None,
            "recall_at_5": round(sum(r is not None and r <= 5 for r in ranks) / len(qs), 4) if qs else None,
            "misses": [q["doc"] for q, r in zip(qs, ranks) if r != 1],
        }
    return res
