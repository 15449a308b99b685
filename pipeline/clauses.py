"""The clause grammar facts and periods share: where a clause or a sentence begins and ends, and the
function words (adverbs, conjunctions, prepositions, scope words) that open a clause.

All functions work on the full-width-folded copy of a notice (pipeline/textnorm.py), whose offsets
are the notice's own.
"""
from __future__ import annotations

import re

CLAUSE_END = set(",;。!?:\n\r[]→⇒➔➜➡")  # folded forms; 、 and ( ) are handled apart; quotes and titles sit inside clauses;
# an arrow chains the steps of a slide line (应追回 2367.5万元 → 已追回 2184.6万元): each step is a clause
# Adverbs, conjunctions, prepositions and scope words that open a clause before what is counted.
# A guard after a character keeps the words it begins (对象, 还款, 将来).
LEAD_WORDS = (
    "其中 另外 此外 同时 并且 而且 以及 已经 现已 目前 当前 共计 一共 总共 累计 合计 总计 全部 先后 分别 依次 陆续 "
    "逐步 仍然 正在 全面 集中 主动 积极 及时 依法 依规 按规定 进一步 切实 有效 首次 通过 截至目前 截止目前 "
    "到目前为止 其余 剩余 共有 现有 尚有 还有 仍有 辖区 按照 根据 依据 围绕 各级 各地 辖区内 区域内 对于 针对 另 并 且 和 与 又 再 也 已 共 均 都 仍 尚"
).split()
FUNCTION_LEAD = re.compile(
    "(?:" + "|".join(sorted(LEAD_WORDS, key=len, reverse=True)) + "|"
    r"[全我本该各](?:市|区|县|省|州|镇|乡|街道|村|社区|系统|局|委|院|校|所|国|盟|旗|部门|单位|行业|辖区)(?:\([^()]{1,6}\))?|"
    r"[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,、]|及(?![格时早])|还(?![款贷清债原])|对(?![象照接比策口话待应手称立])|把(?![关握控])|将(?![来近军])|"
    r"[有计约近超逾达为对]\s*(?=[\d一二三四五六七八九十两]))+"
)
# a preposition whose object is the figure: 对3所学校…, 为29家企业…, 将12种慢性病…
PREP = re.compile(r"(?<![针应面核比反绝相])对(?![象照接比策口话待应手称立])|(?<![行作成认因称视更较极最])为|"
                   r"(?<![即必])将(?![来近军])|把(?![关握控])|向|给|帮助|帮")
WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def labelled_below(text: str, start: int, end: int) -> bool:
    """A figure laid out as an infographic's: its number and unit on lines of their own (2136 / 件), or the
    figure alone on its line (94.7%), the label that names it on the next line (受理问题线索, 群众满意度)."""
    return text.startswith("\n", end) and ("\n" in text[start:end] or not text[text.rfind("\n", 0, start) + 1:start].strip())


def ends_clause(folded: str, i: int, marks=CLAUSE_END) -> bool:
    """folded[i] ends a clause; the comma of a number written with thousands commas (38,500元) does not."""
    if folded[i] not in marks:
        return False
    return not (folded[i] == "," and 0 < i < len(folded) - 1 and folded[i - 1].isdigit() and folded[i + 1].isdigit())


def clause(folded: str, pos: int, end: int) -> tuple[int, int]:
    """The clause holding [pos, end): between the nearest clause marks. A short parenthesis
    (学校(园)) belongs to its clause; a figure inside one has the parenthesis as its clause."""
    s = pos
    while s > 0 and not ends_clause(folded, s - 1) and folded[s - 1] != "(":
        if folded[s - 1] == ")":
            j = folded.rfind("(", max(0, s - 32), s - 1)
            if j < 0 or any(c in CLAUSE_END for c in folded[j + 1:s - 1]):
                break
            s = j
        else:
            s -= 1
    e = end
    while e < len(folded) and not ends_clause(folded, e) and folded[e] != ")":
        if folded[e] == "(":
            j = folded.find(")", e + 1, e + 32)
            if j < 0 or any(c in CLAUSE_END for c in folded[e + 1:j]):
                break
            e = j + 1
        else:
            e += 1
    return s, e


def quoted(folded: str, s: int, pos: int) -> bool:
    return folded.count("“", s, pos) > folded.count("”", s, pos) or folded.count("《", s, pos) > folded.count("》", s, pos)


def sentence_start(folded: str, pos: int, ends: str = "。!?;\n\r") -> int:
    s = pos
    while s > 0 and folded[s - 1] not in ends:
        s -= 1
    return s
