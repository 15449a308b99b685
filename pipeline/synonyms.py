"""A general Chinese thesaurus, to read a reader's words in the notice's: 病人 for 患者, 噪音 for 噪声.

A reader asks in words of their own; a notice states its figures in the field's. The thesaurus is
同义词词林扩展版 (HIT-SCIR), published long before any notice here was written, so it is knowledge
the project could not have fitted to its own splits. Only its synonym groups (codes ending in '=')
are kept, words of two characters or more (pipeline/data/synonyms.json).

The groups are broad (检查 sits with 检验 and 查实), so a word is only ever read as a synonym that
the candidate figure's own clause uses, never expanded blindly; and two words the field's action
classes (pipeline/actions.py) tell apart stay apart: 核查 is no 核销, whatever a thesaurus says.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .actions import classes
from .lexicon import groups

_LONGEST = 6  # the longest word looked up (groups hold a few longer idioms, never asked as measures)


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for words in groups():
        for w in words:
            out.setdefault(w, set()).update(x for x in words if x != w)
    return {w: frozenset(s) for w, s in out.items()}


def synonyms(word: str) -> frozenset[str]:
    return _table().get(word, frozenset())


def _words(phrase: str) -> list[tuple[int, int, str]]:
    """The thesaurus words in `phrase`, longest first at each place, not overlapping."""
    table = _table()
    out, i = [], 0
    while i < len(phrase):
        for n in range(min(_LONGEST, len(phrase) - i), 1, -1):
            w = phrase[i:i + n]
            if w in table:
                out.append((i, i + n, w))
                i += n
                break
        else:
            i += 1
    return out


def _apart(a: str, b: str) -> bool:
    """Two words the field's action classes both know and keep in different classes."""
    ca, cb = classes(a), classes(b)
    return bool(ca and cb and not ca & cb)


def in_words_of(asked: str, text: str, notice: str = "", keep: str = "") -> str:
    """`asked` with each of its words that `text` lacks replaced by a synonym that `text` uses
    (甈州三院多收病人的钱退回去 against 退还多收患者费用 → 多收患者的钱退还去); unchanged when none.
    A word the notice itself uses anywhere (`notice`) is its own word, meant as it says: 处理率 asked of a
    notice that speaks of 处理 elsewhere is no 处置率. Words inside `keep` (the asked measure's head, the
    thing counted: 处理率) stay the reader's: a near synonym there names another measure."""
    if not asked or not text:
        return asked
    k0 = asked.rfind(keep) if keep else -1
    parts, last = [], 0
    for a, b, w in _words(asked):
        if w in text or w in notice or k0 >= 0 and a < k0 + len(keep) and b > k0:
            continue
        found = [s for s in synonyms(w) if s in text and not _apart(w, s) and not re.fullmatch(r"\d+", s)]
        if found:
            parts += [asked[last:a], max(found, key=len)]
            last = b
    return "".join(parts) + asked[last:] if parts else asked
