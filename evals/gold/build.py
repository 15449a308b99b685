"""Build the gold files of evals/gold/ from the hand-written label sources.

Labellers write what they read in `src/<doc>.{figures,issues,qa}.jsonl`,
locating each item by an `anchor`: a short quote that occurs exactly once in
the notice and contains the item's text.  This script turns anchors into
offsets, so no offset is ever typed by hand, and refuses anything ambiguous.

    python evals/gold/build.py [--corpus corpus] [--gold evals/gold]

A notice may be any file `notices ingest` reads (.txt, .html, .pdf, .docx):
it is loaded by the same loader, so offsets are into the text the store keeps.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's pipeline, not an installed one


def locate(doc_text: str, anchor: str, text: str, where: str) -> int:
    hits = []
    i = doc_text.find(anchor)
    while i != -1:
        hits.append(i)
        i = doc_text.find(anchor, i + 1)
    if len(hits) != 1:
        raise ValueError(f"{where}: anchor occurs {len(hits)} times: {anchor!r}")
    inner = anchor.find(text)
    if inner == -1:
        raise ValueError(f"{where}: text {text!r} not inside anchor {anchor!r}")
    if anchor.find(text, inner + 1) != -1:
        raise ValueError(f"{where}: text {text!r} occurs twice inside anchor {anchor!r}")
    return hits[0] + inner


SENTENCE_ENDS = "。!?!?\n"


def sentence_bounds(doc_text: str, at: int) -> tuple[int, int]:
    """The sentence holding offset `at`: from after the previous 。!? or line break to the next one, inclusive."""
    start = max(doc_text.rfind(c, 0, at) for c in SENTENCE_ENDS) + 1
    ends = [e for e in (doc_text.find(c, at) for c in SENTENCE_ENDS) if e != -1]
    return start, (min(ends) + 1 if ends else len(doc_text))


def locate_in_sentence(doc_text: str, fig_start: int, fig_len: int, phrase: str, key: str,
                       where: str, hint: str | None = None) -> int:
    """Offset of `phrase` (a figure's measure or period) in the figure's own sentence.

    The occurrence nearest the figure wins (a tie goes to the one before it, since Chinese puts
    the governing verb before the number); occurrences overlapping the figure's own text are not
    candidates.  `hint` (the label's `measure_anchor`) narrows the choice to the occurrence inside
    that quote when the phrase recurs near the figure.
    """
    s, e = sentence_bounds(doc_text, fig_start)
    sent = doc_text[s:e]
    lo, hi = 0, len(sent)
    if hint is not None:
        if sent.count(hint) != 1:
            raise ValueError(f"{where}: {key}_anchor occurs {sent.count(hint)} times in the figure's sentence: {hint!r}")
        lo = sent.find(hint)
        hi = lo + len(hint)
    fs, fe = fig_start - s, fig_start - s + fig_len
    hits = []
    i = sent.find(phrase, lo)
    while i != -1 and i + len(phrase) <= hi:
        j = i + len(phrase)
        if j <= fs or i >= fe:
            gap = fs - j if j <= fs else i - fe
            hits.append((gap, j > fs, i))
        i = sent.find(phrase, i + 1)
    if not phrase or not hits:
        raise ValueError(f"{where}: {key} {phrase!r} not in the figure's sentence: {sent.strip()[:60]!r}")
    return s + min(hits)[2]


def notice_text(corpus: Path, doc: str) -> tuple[str | None, str]:
    """(the stored text of notice `doc`, where it was looked for); None when no file holds it."""
    from pipeline.corpus import NOTICE_SUFFIXES, load_file

    files = [corpus / f"{doc}{s}" for s in sorted(NOTICE_SUFFIXES) if (corpus / f"{doc}{s}").is_file()]
    if not files:
        return None, f"no corpus file {corpus / doc}.{{{','.join(s[1:] for s in sorted(NOTICE_SUFFIXES))}}}"
    if len(files) > 1:
        raise ValueError(f"{doc}: more than one corpus file ({', '.join(f.name for f in files)}); keep one")
    d, problems = load_file(files[0], doc)
    if d is None:
        raise ValueError(f"{files[0]}: {'; '.join(p.message for p in problems)}")
    return d.text, str(files[0])


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: broken JSON: {e}") from None
    return rows


def build(corpus: Path, gold: Path) -> dict[str, int]:
    src = gold / "src"
    out: dict[str, list[dict]] = {"figures": [], "issues": [], "qa": []}
    errors: list[str] = []
    for kind in out:
        for path in sorted(src.glob(f"*.{kind}.jsonl")):
            doc = path.name[: -len(f".{kind}.jsonl")]
            try:
                doc_text, doc_file = notice_text(corpus, doc)
                rows = read_jsonl(path)
            except ValueError as e:
                errors.append(str(e))
                continue
            for n, row in enumerate(rows, 1):
                where = f"{path.name}:{n}"
                try:
                    if kind == "qa":
                        if any(r["id"] == row["id"] for r in out["qa"]):
                            raise ValueError(f"{where}: question id {row['id']} is used twice")
                        out[kind].append(row)
                        continue
                    if doc_text is None:
                        raise ValueError(f"{where}: {doc_file}")
                    text = row["text"] if kind == "figures" else row["issue"]
                    start = locate(doc_text, row.pop("anchor", text), text, where)
                    if kind == "figures":
                        for key in ("measure", "period"):
                            hint = row.pop(f"{key}_anchor", None)
                            if key in row:
                                row[f"{key}_start"] = locate_in_sentence(
                                    doc_text, start, len(text), row[key], key, where, hint)
                    out[kind].append({"doc": doc, "start": start, **row})
                except (ValueError, KeyError) as e:
                    errors.append(f"{where}: {e}" if isinstance(e, KeyError) else str(e))
    if errors:
        raise SystemExit("\n".join(errors))
    for kind, rows in out.items():
        if kind != "qa":
            rows.sort(key=lambda r: (r["doc"], r["start"]))
        with open(gold / f"{kind}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return {k: len(v) for k, v in out.items()}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--gold", type=Path, default=Path("evals/gold"))
    a = ap.parse_args()
    print(json.dumps(build(a.corpus, a.gold)))
    sys.exit(0)
