"""Check the dev set's .html label sources until build.py loads .html through the loader.

Every figure/issue anchor, QA evidence and near-miss quote of an .html notice must lie inside the text of
one element (a cell or paragraph), so it survives any text extraction, and each anchor must occur exactly
once in the page's text (and contain its item's text once).

    python evals/dev/check_html_anchors.py [--corpus evals/dev/corpus] [--gold evals/dev/gold]
"""
from __future__ import annotations

import argparse
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

SKIP = {"script", "style", "head", "title"}


class Texts(HTMLParser):
    """Collects the text of each element body (entities decoded), skipping <head>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        self.chunks.append("")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        self.chunks.append("")

    def handle_data(self, data):
        if not self.skip:
            self.chunks[-1] += data if self.chunks else data


def chunks_of(path: Path) -> list[str]:
    p = Texts()
    p.chunks.append("")
    p.feed(path.read_text(encoding="utf-8"))
    return [c for c in p.chunks if c.strip()]


def check(corpus: Path, gold: Path) -> list[str]:
    errs = []
    for page in sorted(corpus.glob("*.html")):
        doc, chunks = page.stem, chunks_of(page)
        def count(q: str) -> int:
            return sum(c.count(q) for c in chunks)
        for kind in ("figures", "issues", "qa"):
            src = gold / "src" / f"{doc}.{kind}.jsonl"
            if not src.exists():
                errs.append(f"{src}: missing")
                continue
            for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                row, where = json.loads(line), f"{src.name}:{n}"
                if kind == "qa":
                    ev = row.get("evidence") or []
                    for q in ([ev] if isinstance(ev, str) else ev) + ([row["nearest"]] if row.get("nearest") else []):
                        if count(q) < 1:
                            errs.append(f"{where}: quote not inside one element: {q!r}")
                    continue
                text = row["text"] if kind == "figures" else row["issue"]
                anchor = row.get("anchor", text)
                if count(anchor) != 1:
                    errs.append(f"{where}: anchor occurs {count(anchor)} times in element texts: {anchor!r}")
                if anchor.count(text) != 1:
                    errs.append(f"{where}: {text!r} not once inside anchor {anchor!r}")
    return errs


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("evals/dev/corpus"))
    ap.add_argument("--gold", type=Path, default=Path("evals/dev/gold"))
    a = ap.parse_args()
    problems = check(a.corpus, a.gold)
    print("\n".join(problems) or "html anchors ok")
    sys.exit(1 if problems else 0)
