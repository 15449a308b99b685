"""Text normalisation in one place: full-width folding and the named punctuation classes.

Notices mix full-width and ASCII forms (，and , ；and ; ０-９ and 0-9). Two
ways to handle both, both defined here:

- `fold` maps full-width forms (U+FF01-FF5E, and the ideographic space U+3000)
  to ASCII one character for one. Rules written against the ASCII forms run on
  the folded copy; the length never changes, so every offset found there is an
  offset into the original text, and spans are sliced from the original.
- The named classes below list both widths, full-width first, for code that
  reads the original text. They are written as escapes: editors and
  NFKC-normalising tools silently turn full-width forms into ASCII, which once
  left sets like "。;;,," in the code that no longer matched "；" or "，".

`in_class(SENTENCE_END)` gives a regex character class body, e.g.
re.compile(f"[^{in_class(SENTENCE_END)}]+").
"""
from __future__ import annotations

import functools
import re

FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FOLD[0x3000] = 0x20

FULL_STOP = "\u3002"  # 。 (no ASCII twin: "." is also a decimal point)
SENTENCE_END = "\u3002\uff01\uff1f!?"  # 。！？!?
SEMICOLON = "\uff1b;"  # ；;
COMMA = "\uff0c,"  # ，,
COLON = "\uff1a:"  # ：:
ENUMERATION_COMMA = "\u3001"  # 、 (lists: 一、 and 甲、乙)
CLAUSE_SEP = COMMA + SEMICOLON  # where a long sentence may be cut
OPEN_PAREN = "\uff08("  # （(
CLOSE_PAREN = "\uff09)"  # ）)
SPACE = " \t\r\n\u3000"  # includes the ideographic space
FULLWIDTH_DIGITS = "\uff10-\uff19"  # ０-９, a regex range


def fold(text: str) -> str:
    """Full-width forms to ASCII, one character for one (offsets unchanged)."""
    if len(text) > _LONG:
        return _fold_long(text)
    return text.translate(FOLD)


_LONG = 2000  # a whole notice: answering folds the same few texts once per sentence it reads


@functools.lru_cache(maxsize=64)
def _fold_long(text: str) -> str:
    return text.translate(FOLD)


def in_class(*classes: str) -> str:
    """The characters of the named classes, escaped for use inside a regex [...]."""
    return "".join(re.escape(c) for c in dict.fromkeys("".join(classes)))


def is_fullwidth(ch: str) -> bool:
    return ord(ch) in FOLD or ch in FULL_STOP + ENUMERATION_COMMA
