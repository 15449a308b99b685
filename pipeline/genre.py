"""What the genre states outside its issues: overall progress and the inspection being answered.

A parse-stage module: rules about how rectification notices are written
(17个问题已完成整改14个; 市委第十轮巡察; 8月6日反馈巡察意见), over the text, each
result an exact span. The summary puts them in its `progress` and `inspection`.
"""
from __future__ import annotations

import re

from .textnorm import COMMA, FULLWIDTH_DIGITS, SEMICOLON, in_class
from .summary import DatedSpan, Inspection, Span
from .types import Issue

_COMMA, _SEMI = in_class(COMMA), in_class(SEMICOLON)
_N = rf"(?:[0-9{FULLWIDTH_DIGITS}]+|[零〇一二两三四五六七八九十百千]+)"
_CN = "一二三四五六七八九十"
# Overall progress statements, as the genre writes them.
_PROGRESS = [
    # 17个问题已完成整改14个 / 反馈的3个方面28个问题中已整改到位25个
    re.compile(rf"{_N}(?:个|项|条)(?:[^。{_SEMI}{_COMMA}\n]{{0,8}})?问题[^。{_SEMI}\n]{{0,12}}?"
               rf"(?:已|均已)?(?:全部)?(?:完成整改|整改完成|整改到位|整改|办结|销号){_N}(?:个|项|条)"),
    # 28个问题已全部完成整改 / 问题365宗,已全部完成整改
    re.compile(rf"{_N}(?:个|项|条)(?:[^。{_SEMI}{_COMMA}\n]{{0,8}})?问题[{_COMMA}]?(?:已|均已)全部(?:完成整改|整改完成|整改到位|办结|销号)"),
    # 已完成整改14个 / 累计整改问题30项
    re.compile(rf"(?:已|累计)(?:完成整改|整改完成|整改到位|整改)(?:问题)?{_N}(?:个|项|条)"),
    # 整改完成率85% / 整改率达到100%
    re.compile(rf"整改(?:完成|到位|办结)?率(?:达到?|为)?[0-9{FULLWIDTH_DIGITS}]+(?:[.\uff0e][0-9{FULLWIDTH_DIGITS}]+)?[%\uff05]"),
]
# Two counts in one statement are a notice-wide tally even inside an issue's passage.
_TALLY = re.compile(rf"{_N}(?:个|项|条).*{_N}(?:个|项|条)$|率")
_ROUND = re.compile(rf"(?:[{_CN}\d]+届)?(?:中央|省委|市委|区委|县委|州委|党委|党组)?第[{_CN}\d]+轮(?:专项)?(?:巡察|巡视)")
_TEAM = re.compile(rf"(?:中央|省委|市委|区委|县委|州委)(?:第[{_CN}\d]+)?(?:专项)?(?:巡视|巡察)组")
_DATE = r"\d{4}年\d{1,2}月(?:\d{1,2}日)?"
# a period or date counts only in the sentence that names the inspection or its feedback
_PERIOD = re.compile(rf"({_DATE}(?:至|到|—|\uff0d|-|~)(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}日)?)[^。\n]{{0,30}}?(?:巡视|巡察)")
_FEEDBACK = re.compile(rf"((?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)[{_COMMA}]?[^。\n]{{0,24}}?反馈了?(?:巡视|巡察)?(?:意见|情况)")
_HEAD = 2000  # inspection details are stated in a notice's opening

# `1.` numbers an item but `1.5万元` is a figure: a point before a digit is a decimal point
ITEM_MARK = re.compile(rf"(?:[{_CN}]+是|\d{{1,2}}(?:[\u3001\uff0e]|\.(?!\d))|[(\uff08][{_CN}\d]+[)\uff09])\s*")


def find_progress(text: str, issues: list[Issue] = ()) -> list[Span]:
    """Overall progress statements; inside an issue's passage only a tally of several counts."""
    found: list[tuple[int, int]] = []
    for pat in _PROGRESS:
        found += [(m.start(), m.end()) for m in pat.finditer(text)]
    scopes = [(i.start, i.scope_end or i.end) for i in issues]
    out: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:  # overlaps a longer match already kept
            continue
        inside = any(a <= s < b for a, b in scopes)
        if inside and not _TALLY.search(text[s:e]):
            continue  # one issue's own result, not the notice's progress
        out.append((s, e))
    return [Span.of(text, s, e) for s, e in out]


def find_inspection(text: str) -> Inspection | None:
    """The inspection's round, team and dates where the notice's opening states them."""
    head = text[:_HEAD]
    r, t = _ROUND.search(head), _TEAM.search(head)
    dates = [DatedSpan(text[m.start(1):m.end(1)], m.start(1), m.end(1), "period") for m in _PERIOD.finditer(head)]
    dates += [DatedSpan(text[m.start(1):m.end(1)], m.start(1), m.end(1), "feedback") for m in _FEEDBACK.finditer(head)
              if not any(d.start <= m.start(1) < d.end for d in dates)]
    if not (r or t or dates):
        return None
    return Inspection(round=Span.of(text, r.start(), r.end()) if r else None,
                      team=Span.of(text, t.start(), t.end()) if t else None,
                      dates=sorted(dates, key=lambda d: d.start))
