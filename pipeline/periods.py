"""The time phrase that scopes a figure (截至2022年4月底, 今年1-10月, 2021年, 一季度, 主题教育期间), as
evals/gold/LABELLING.md defines it: stated in the figure's sentence, never a "now" word (目前).

`find_periods` finds every time phrase of a folded text once; `period_of` picks a figure's.
"""
from __future__ import annotations

import bisect
import re

from .clauses import FUNCTION_LEAD, PREP, clause, quoted, sentence_start
from .types import Figure

_CN_D = "一二三四五六七八九十〇零"
_YEAR = rf"(?:\d{{4}}|[{_CN_D}]{{4}}|[今去前明上本当同次]|下一)年度?"
_MONTH = rf"(?:\d{{1,2}}|[{_CN_D}]{{1,3}})月份?"
_DAY = rf"(?:\d{{1,2}}|[{_CN_D}]{{1,3}})[日号]"
_RANGE_SEP = r"\s*[-—–~至到]\s*"
# (这一季度, 上一季度: this quarter, the last one; not the first)
_QUARTER = rf"(?:(?<![这该此每上下本])第?[一二三四1-4]|前[二三两])季度|[上下]半年|全年|年初|年底|年末|年中"
# one point in time: 2021年3月5日, 今年一季度, 4月底
_POINT = (rf"(?:{_YEAR}(?:{_QUARTER}|(?:\d{{1,2}}{_RANGE_SEP})?{_MONTH}(?:{_DAY})?)?"
          rf"|(?:\d{{1,2}}{_RANGE_SEP})?{_MONTH}(?:{_DAY})?|{_QUARTER})"
          r"(?:[上中下]旬|底|末|初|中)?")
# the time of the inspection itself (约谈时, 巡察时): the base a notice of its rectification compares with
INSPECTION_TIME = r"(?:约谈|巡察|巡视|审计|督察|检查|反馈|排查|核查|调查|暗访|督导)时"
_PERIOD = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:春季|秋季|春|秋)学期|(?:19|20)\d\d\s*[-—–~至到]\s*(?:19|20)\d\d学年度?|"  # a school's terms
    r"(?:(?:截至|截止|截止到|截至到|自|从|于|到)\s*)?"
    rf"{_POINT}(?:{_RANGE_SEP}{_POINT})?"
    r"(?:以来|至今|期间|为止|止|以前|前|内|起|同期(?!相?比))?"  # (去年同期,全院执结…986件: the same stretch a year before)
    rf"|(?:近|过去)[{_CN_D}两\d]+(?:年|个月|个季度)(?:来|以来)?"
    r"|(?:截至|截止到?|至)[\u4e00-\u9fff]{2,6}?时"  # 截至巡察时
    r"|(?:(?<=[,。;:\n])|^)" + INSPECTION_TIME + r"(?=[,，])"  # 约谈时,全市…: the inspection's own time
    r"|自[\u4e00-\u9fff]{1,8}?以来"  # 自反馈以来
    # 主题教育期间, 巡察期间: an event's span, opening a clause or after 在/于
    r"|(?:(?<=[,。;:\n、在于])|^)[\u4e00-\u9fff]{2,8}?期间内?"
    # since an event, opening a clause: 反馈以来, 专项整治开展以来 (自…以来 above)
    r"|(?:(?<=[,。;:\n、])|^)(?:(?![年月日])[\u4e00-\u9fff]){2,8}?以来"  # (a date's 以来 is matched above)
    # a bulletin's own issue: 本期, 本周(3月16日—3月22日), 上月
    r"|(?<![日成资基])(?:本|上)(?:期|周|月|季度)(?:\([^()\n]{4,24}\))?(?![间刊末初底限内])"
)
# in a sentence that also says 本期/本周, 累计 is the running total's time (本期6.8公里、累计27.4公里)
_ISSUE = re.compile(r"(?<![日成资基])(?:本|上)(?:期|周|月)(?![间刊末初底限内])")
_RUNNING = re.compile(r"累计(?=[\u4e00-\u9fff\d])")
# "Now" words name no time a question could ask about (evals/gold/LABELLING.md); a clause that
# says one cuts the figures after it off from an earlier time phrase.
SENTENCE_ENDS = "。!?\n\r"
_NOW = re.compile(r"截至目前|截止目前|到目前为止|(?<![项题科节条栏数])目前|(?<!担)当前|现阶段|现已|近期")  # not 项目前期
# what reads as a time phrase but is too vague or part of a word (前年, a lone 中/末)
_NOT_PERIOD = re.compile(r"^(?:于|到|从|自)?(?:前年|上年|年中|中|末|初|底)$")


# after a comparison's base time, a noun phrase with 的 and then a figure: that figure is the base's own
# value (较2024年飞行检查查实的违规金额2473.18万元), not a change (较上年增加12个)
_BASE_VALUE = re.compile(r"(?![^\d,;。:]*?(?:增|减|提高|降|上升|下跌|多|少|高|低|翻))[^\d,;。:]{0,24}?的[^\d,;。:]{0,16}?\d")


def find_periods(folded: str) -> list[tuple[int, int]]:
    out = []
    for m in _PERIOD.finditer(folded):
        s, e = m.span()
        if e - s < 2 or _NOT_PERIOD.match(m.group()) and not (
                m.group() == "上年" and s > 0 and (folded[s - 1] in "(（" or folded[s - 1] in ",，;；" and re.match(r"\d|为\d|是\d", folded[e:e + 2]))):
            continue  # (82.47分(上年79.88分): last year's value beside this year's is of last year)
        # a period is not the tail of a word or a number (第2021年, 12019年), nor the base of a
        # comparison (比去年同期, 较上年)
        if s > 0 and folded[s - 1].isdigit():
            continue
        if s > 0 and folded[s - 1] in "比较" and not _BASE_VALUE.match(folded, e):
            continue  # (but 较2024年飞行检查查实的违规金额2473.18万元: the base's own value is of its time)
        if folded.startswith(("同期", "相比"), e):
            continue
        out.append((s, e))
    for m in _RUNNING.finditer(folded):
        a = max(folded.rfind(c, 0, m.start()) for c in SENTENCE_ENDS) + 1
        b = min([i for i in (folded.find(c, m.end()) for c in SENTENCE_ENDS) if i != -1] or [len(folded)])
        if _ISSUE.search(folded, a, b):
            out.append(m.span())
    out.sort()
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if merged and merged[-1][1] == s and folded.startswith("累计", s):
            merged[-1] = (merged[-1][0], e)  # 1—10月累计: the running total's stretch, said whole
        else:
            merged.append((s, e))
    return merged


def period_of(folded: str, fig: Figure, periods: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The time phrase scoping the figure: the nearest one before it in its own clause, or one that
    opens an earlier clause of its sentence (截至11月底, …; 2021年列入…,其中…), unless a "now" word
    comes between; else one after the figure in its clause introduced by 于/在 (已于9月份搬至…).
    A time phrase inside quotes or a title names something (“今年项目个数”, 《2019年…安排》)."""
    ss = sentence_start(folded, fig.start, SENTENCE_ENDS)
    cs, ce = clause(folded, fig.start, fig.end)
    i = bisect.bisect_left(periods, (fig.start, fig.start))
    for ps, pe in reversed(periods[:i]):
        if ps < ss:
            break
        if pe > fig.start or quoted(folded, ss, ps):
            continue
        if ps > 0 and folded[ps - 1] in "比较" and re.search(r"\d", folded[pe:fig.start]):
            continue  # (较2023年的5987.6万元增长22.6%: the base's time is the base value's, not the change's)
        if folded.rfind("(", ss, ps) > folded.rfind(")", ss, ps) and ")" in folded[pe:fig.start]:
            continue  # (本月受理工单276件(上月241件),解决率93.1%: a parenthesis's time is its own figure's)
        if re.fullmatch(r"[ \t\u3000]*(?:→|->|⟶)[ \t\u3000]*", folded[pe:fig.start]):
            return ps, pe  # (…→2,938.2万元|2023年→1,764.5万元: a poster's time pointing at its figure)
        if folded[max(0, ps - 1):ps] in ("由", "从") and re.search(r"\d[^\d,;。]*?(?:到|至|为)$", folded[pe:fig.start]):
            continue  # 强村由2023年的41个增加到57个: the time is the earlier value's; the new one is the sentence's
        if ps < cs:
            c0, _ = clause(folded, ps, pe)
            m = FUNCTION_LEAD.match(folded, c0, ps)
            opens = not folded[c0:ps].strip() or m and m.end() == ps and not PREP.search(m.group()) \
                or bool(re.search(r"[|\t]\s*$", folded[c0:ps]))  # (| 7至10月受理…: a time that opens a table's cell)
            # 以来/期间/至今 only ever scope what follows (省审计厅今年以来会同…); other dates may name a thing
            adverbial = folded.endswith(("以来", "期间", "至今", "为止"), ps, pe) and not PREP.search(folded, c0, ps)
            # 公告了截至2024年11月30日的整改进展:已整改…: a 截至 date says when what follows stands
            as_of = folded.startswith(("截至", "截止"), ps) and ":" in folded[pe:fig.start]
            if not (opens or adverbial or as_of):
                continue  # inside an earlier clause (对2021年以来发放的资金…): not the sentence's time
            if ";" in folded[pe:fig.start] and folded[ss:c0].strip():
                continue  # past a semicolon only the time that opens the sentence holds
        return None if _NOW.search(folded, pe, fig.start) else (ps, pe)
    for ps, pe in periods[i:i + 3]:
        if fig.end <= ps and pe <= ce and "于" in folded[ps - 1:ps + 1] and not quoted(folded, ss, ps):
            return ps, pe
    return None



def sentence_end_of(folded: str, start: int) -> int:
    """Where the sentence that opens at `start` ends (its 。, ! or ?, or its line's end)."""
    ends = [i for c in "。!?\n" if (i := folded.find(c, start)) >= 0]
    return min(ends) if ends else len(folded)


def scope_period(text: str, folded: str, fig: Figure, heading: str | None = None) -> str | None:
    """A time a figure's own sentence does not say but its paragraph or section does: the paragraph
    opens with one (`10月,全县查处…11个。其中…违规吃喝问题4个`), or, when no sentence before the
    figure in its paragraph names a time, its heading (folded) names months (`一、1—10月全县查处情况`). None
    when a "now" word or another time phrase comes between: the later figures are not of that time."""
    p0 = text.rfind("\n", 0, fig.start) + 1
    ss = sentence_start(folded, fig.start, SENTENCE_ENDS)
    before = find_periods(folded[p0:fig.start])
    # (答:2021年至2023年,全市…。同期累计加装电梯587台: a speaker's or a field's label may come first)
    label = len(before) == 1 and re.fullmatch(r"\s*[\u4e00-\u9fff]{1,6}:\s*", folded[p0:p0 + before[0][0]])
    # (2025年7月,县医疗保障局…发现该院在2024年1月至12月期间存在…问题。县医疗保障局追回…: a time inside the
    # opening sentence's own clauses, when the wrong happened, does not scope the sentences after it)
    first_end = sentence_end_of(folded, p0)
    inner = [b for b in before[1:] if p0 + b[1] <= first_end]
    if ss > p0 and (len(before) == 1 or len(inner) == len(before) - 1 and ss >= first_end) and (before[0][0] == 0 or label) \
            and folded[p0 + before[0][1]:p0 + before[0][1] + 1] == ",":
        ps, pe = p0 + before[0][0], p0 + before[0][1]
        if not _NOW.search(folded, pe, fig.start):
            return text[ps:pe]
        return None
    if heading and not before and not _NOW.search(folded, p0, fig.start):
        found = find_periods(heading)
        if len(found) == 1 and not quoted(heading, 0, found[0][0]):
            phrase = heading[found[0][0]:found[0][1]]
            sp = span(phrase)
            if sp is not None and sp.m0 is not None:  # months, not a bare year (2024年审计…: the audited year)
                return phrase
    return None

# ------------------------------------------------------------------ what span of time a phrase covers
# A period is compared as a span of months, so that 三季度 is not 下半年, 1至6月 is not 1至10月 and
# 2024年全年 is not 2024年前三季度, whatever words say them.
_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九十", start=0)} | {"两": 2}


def small_int(s: str) -> int | None:
    """A count or month written in digits or in characters up to 十九 (3, 三, 十, 十二, 两), else None."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN_NUM.get(s[1], 0)
    if len(s) == 1 and s in _CN_NUM:
        return _CN_NUM[s]
    return None


_M = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"


class Span:
    """Months m0..m1 of year y (None when not said); `cum` when only the end is said (截至…, …以来
    runs to the notice's date)."""

    def __init__(self, y: int | None, m0: int | None, m1: int | None, cum: bool, since: bool = False):
        self.y, self.m0, self.m1, self.cum, self.since = y, m0, m1, cum, since
        self.whole = False  # a year before the notice's, said with no months: all twelve
        self.part = False  # a stretch of the year said only as the same as another's (去年同期): not all of it

    def __repr__(self) -> str:  # for test failures
        return f"Span({self.y}, {self.m0}, {self.m1}, cum={self.cum}, since={self.since})"


def month_range(p: str) -> str:
    """1月至5月, 1到5月 → 1-5月: one way to write a stretch of months."""
    return re.sub(r"(\d{1,2})月?(?:至|到|~|—)(\d{1,2})月", r"\1-\2月", p)


def span(phrase: str | None, year: int | None = None) -> Span | None:
    """The months a period phrase covers, or None when it says no year, quarter or month (巡察期间)."""
    if not phrase:
        return None
    from .textnorm import year_digits

    p = month_range(year_digits(phrase))  # (二〇二五年全年: the year in Chinese numerals)
    y = None
    if (m := re.search(r"((?:19|20)\d\d)年", p)):
        y = int(m.group(1))
    elif year and re.search(r"今年|本年|当年|^(?:截至|截止|到)?年(?:底|末)", p):
        y = year  # (到年底: this year's end, the year the notice speaks in)
    elif year and re.search(r"去年|上年", p):
        y = year - 1
    cum = bool(re.search(r"截至|截止|^到|为止|止$|^至", p))
    since = bool(re.search(r"以来|至今|起$", p))
    m0 = m1 = None
    if (m := re.search(rf"{_M}\s*(?:-|—|–|~|至|到)\s*{_M}月", p)):
        m0, m1 = small_int(m.group(1)), small_int(m.group(2))
    elif (m := re.search(rf"前{_M}个月", p)):
        m0, m1 = 1, small_int(m.group(1))  # 前10个月: the year's first ten
    elif (m := re.search(r"前([一二三两1-3])季度", p)):
        m0, m1 = 1, 3 * (small_int(m.group(1)) or (2 if m.group(1) == "两" else 0))
    elif (m := re.search(r"第?([一二三四1-4])季度", p)):
        q = small_int(m.group(1))
        m0, m1 = 3 * q - 2, 3 * q
    elif "上半年" in p:
        m0, m1 = 1, 6
    elif "下半年" in p:
        m0, m1 = 7, 12
    elif re.search(r"全年|年底|年末", p):
        m0, m1 = 1, 12
    elif re.search(r"年初", p) and not re.search(r"以来|至今", p):
        m0 = m1 = 1  # (年初,经逐户摸底…143户: where the year started, not where a quarter ended)
    elif (m := re.search(rf"{_M}月", p)):
        m1 = small_int(m.group(1))
        m0 = None if (cum or re.search(r"底|末", p)) else m1
    # (去年全市…共检查4150户次: a year before the notice's, said alone, is the whole of it)
    past_year = y is not None and bool(year) and y < year and m0 is None and m1 is None and not since and not cum
    if since:
        if m1 is not None and m0 is None:
            m0 = m1
        m1 = None
    if y is None and m0 is None and m1 is None:
        return None
    if m0 == 1 and m1 is not None and re.search(r"截至|截止", p) is None:
        cum = False  # 1-10月: a stretch from the year's start
    out = Span(y, m0, m1, cum, since)
    # (去年同期: the same stretch of the year before as the notice's own, some months of it, not all twelve)
    out.whole = past_year and "同期" not in p
    out.part = "同期" in p and m0 is None and m1 is None
    return out


def spans_conflict(asked: Span, own: Span) -> bool:
    """The figure's span is not the one asked: another year, another end, or another start."""
    if asked.y is not None and own.y is not None and asked.y != own.y:
        return True
    if asked.since or own.since:
        return False  # …以来 runs to the notice's date; only the year is compared
    if own.m0 is None and own.m1 is None:
        # a year alone: as much of it as the notice covers; a year before the notice's is all of it, and
        # does not answer a part of it asked (去年 said, 去年一季度 asked)
        if getattr(own, "part", False):
            return asked.m1 == 12 and asked.m0 in (None, 1)  # (去年同期 said, 2024年全年 asked)
        return getattr(own, "whole", False) and asked.m1 is not None and not (asked.m1 == 12 and asked.m0 in (None, 1))
    if asked.m0 is None and asked.m1 is None:
        return False  # a year asked (今年, 2024年): the notice's figure for it so far answers
    a0, a1 = asked.m0, asked.m1
    if a1 != own.m1:
        return True
    if asked.cum or own.cum:
        # 截至9月底 answers 1-9月 (the year so far), not 三季度
        start = own.m0 if asked.cum else a0
        return start is not None and start != 1
    return a0 != own.m0
