"""The general Chinese word list the engine reads words with: 同义词词林扩展版 (HIT-SCIR), its synonym groups
(pipeline/data/synonyms.json; see pipeline/synonyms.py for what the project keeps of it).

Two uses, kept apart from the thesaurus so that the modules that read words (actions, question) need not
import it: the groups themselves (synonyms.py), and the set of their words, to tell a common word from a
name (丰禾 is no word, 消费 is) or a verb read across two words (活动|工作 holds no 动工).
"""
from __future__ import annotations

from functools import lru_cache

from .resources import read_json


@lru_cache(maxsize=1)
def groups() -> tuple[tuple[str, ...], ...]:
    """The thesaurus's synonym groups, each a tuple of its words."""
    return tuple(tuple(line.split()) for line in read_json("data", "synonyms.json")["groups"])


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Every word of the groups."""
    return frozenset(w for g in groups() for w in g)
