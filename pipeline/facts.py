"""What each figure is a fact about: its measure, its period and its kind.

`annotate(text, figures)` fills `measure`/`period` (each an exact span of
`text`, or None) and `kind` on figures that `extract_figures` found in `text`;
`extract_figures` calls it, so every consumer gets annotated figures. The
conventions are evals/gold/LABELLING.md's; periods live in pipeline/periods.py.

The measure is read from the structure of the figure's clause, never from a
list of this corpus's phrases:
- `A、B、C分别为1个、2个、3个`: the i-th item of the list before 分别/依次;
- figures side by side (19户39人, 7处41平方米) share one measure;
- a preposition's object or a clause's head (对3所学校通报批评, 3户…予以清退):
  what follows the figure, what was counted and what was done to it;
- `VERB + 3个 + NOUN`: the noun after a count's measure word, unless it is a
  short generic noun after a verb (巡检3家医院) or the unit counts events
  (召开会议4次专题研究…);
- `OBJECT + 为/达/共/累计 + number`, `VERB…OBJECT + number`: the words before the
  number, after the clause's subject, time phrase, scope word (全市, 我区) and
  adverbs, and after any earlier figure of the same clause;
- changes (由19个调整为27个), restatements in parentheses, shares (仅占2.5%).
Only function words are listed here (adverbs, prepositions, linking verbs,
dummy verbs such as 进行/予以); every content word comes from the notice.
All rules run on the full-width-folded copy, so offsets are those of `text`.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from .clauses import FUNCTION_LEAD as _FUNCTION_LEAD, PREP as _PREP, WORD as _WORD
from .clauses import clause as _clause, labelled_below, sentence_start as _sentence_start
from .numerals import FOLD, normalize
from .periods import find_periods, period_of
from .textnorm import fold as _fold
from .types import Figure

# The Figure fields this module fills, in the order `notices figures` prints them.
FIELDS = ("measure", "measure_start", "measure_end", "period", "period_start", "period_end", "kind")

# ---------------------------------------------------------------- kinds

_KINDS: dict[str, str] = {}
for _kind, _units in {
    "money": "元 美元 欧元 港元 英镑 日元",
    "percent": "% ‰ 分之 万分之 千分之",
    "points": "个百分点 百分点 个基点 基点",
    "ratio": "倍 番 :1",
    "length": "米 公里 千米 厘米 毫米 km",
    "area": "平方米 平米 平方公里 平方千米 公顷 亩 ㎡",
    "weight": "吨 千克 公斤 克 毫克 微克 斤 kg",
    "volume": "立方米 立方 方 升 毫升",
    "duration": "个月 小时 个小时 分钟 工作日 个工作日 自然日 个自然日 季度 个季度 周 星期 个星期 学期 个学期 天 日 年 秒",
    "other": "千瓦 千瓦时 兆瓦 度电 千伏 分贝 dB",
}.items():
    for _u in _units.split():
        _KINDS[_u] = _kind


def base_unit_of(fig: Figure) -> str:
    return (fig.base_unit or normalize(1.0, fig.unit or "")[1]).split("/")[0]


def kind_of(unit: str) -> str:
    """count | money | length | area | weight | volume | percent | points | ratio | duration | other.

    From the unit as written (`万元` → money, `个百分点` → points, `万人次` → count);
    a rate takes the kind of its numerator (`元/生/餐` → money). Any other measure
    word (个, 家, 人, 件 …) and a bare 万/亿 count things.
    """
    _, base = normalize(1.0, unit or "")
    head = base.split("/")[0]
    if head in _KINDS:
        return _KINDS[head]
    if head.endswith("元"):
        return "money"
    return "count"


# ---------------------------------------------------------------- measures

_LINK_TAIL = re.compile(  # what links an object to its number: 逾期率为6.1%, 总数达1416件
    r"(?:以上|以下|左右|以内|不得少于|不少于|不低于|不超过|不高于|至少|最多|最少|少于|低于|高于|多于|高达|多达|长达|仅有|只有|仅|只|仍|也|都|"
    r"人民币|分别|依次|(?<![平人户])均|(?<![违签节制预合公])约|共|共计|累计|合计|总计|一共|总共|已|还|达到了|达到|超过|接近|增至|降至|减至|升至|提高至|提升至|"
    r"提高到|提升到|下降到|降低到|减少到|增加到|上升到|上升至|目前|当前|现在|[了的等之至占超逾从由]|"
    # single-character links that also end words: not 行为/成为, 发达/下达, 附近
    r"(?<![行作成认因称视更较极最])为|(?<![到发表下传送抵通])达|(?<![附接临将])近)+$"
)
_DUMMY_VERB = re.compile(r"进行|予以|给予|加以|作出|做出")
_RIGHT_STOP = re.compile(  # where the noun after a measure word ends
    r"进行|予以|给予|加以|作出|做出|已经|已|均|全部|及时|正在|都|分别|共|累计|并|被|将|以上|以下|左右|之多|等|"
    r"以及|及(?![时格])|和|与|或|、|"
    r"[\d]")
_CONJ = re.compile(r"以及|及(?![时格])|和|与|或|、")
_RIGHT_SKIP = re.compile(r"(?:以上|以下|以内|之内|左右|之多|余|多|的|内|整(?=[\s()（）,，。;；:：]|$))+")  # (壹佰万元整: the amount's own closing word)
# A clause's subject the headings did not name: an organisation or place (its suffix says so) right
# before a preposition or an adverb (街道为…, 区财政局已…).
_ORG_SUBJECT = re.compile(
    r"[\u4e00-\u9fff、]{0,24}?(?:局|委员会|委|办公室|办|院|厅|中心|站|所|街道|镇|乡|村|社区|区|县|市|省|公司|部门|部|处|科|队|组)"
    r"(?:\([^()]{1,6}\))?(?=为|对|向|给|帮|替|在|从|已|共|累计|先后|分别|均|都|还|又|再|也|积极|主动|及时|依法|通过|联合|会同|牵头|今年|全年)")
# measure words that count events (会议4次, 督查11轮次): what follows them is the purpose, not the thing
_EVENT_UNITS = {"次", "轮", "轮次", "场", "场次", "批", "批次", "期", "回", "人次", "户次", "家次", "件次"}
_SUBJECT_ADVERB = re.compile(r"分别|先后|累计|共计")
_ENUM = re.compile(r"分别|依次")
_PAIRS = {"“": "”", "‘": "’", '"': '"', "(": ")", "《": "》"}


_ITEM_MARK = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、")


def _trim(folded: str, s: int, e: int, subject: str | None, before_figure: bool = True) -> tuple[int, int]:
    """Strip spaces, punctuation, the subject, scope words and adverbs at both ends."""
    for _ in range(6):
        s0, e0 = s, e
        while s < e and not _WORD.match(folded[s]) and folded[s] not in "“‘\"《":
            s += 1
        while e > s and not _WORD.match(folded[e - 1]) and not (
                folded[e - 1] in "”’\"" or folded[e - 1] in "》)" and "《("[folded[e - 1] == ")"] in folded[s:e - 1]):
            e -= 1
        if subject and folded.startswith(subject, s) and e - s > len(subject):
            s += len(subject)
        m = _ITEM_MARK.match(folded, s, e)
        if m and m.end() < e and (s == 0 or folded[s - 1] in "(（\n"):
            s = m.end()  # ((四)开展联合执法行动不少于15次: the item's number is no word of the measure)
        m = _ORG_SUBJECT.match(folded, s, e)
        if m and m.end() < e:
            s = m.end()
        m = _FUNCTION_LEAD.match(folded, s, e)
        if m:
            s = m.end()  # all function words (且全市共有): no measure here
        m = _LINK_TAIL.search(folded, max(s, e - 16), e)  # links are short: search the tail only
        if m:
            e = m.start()  # all links (仅占, 达到): no measure here
        m = _SUBJECT_ADVERB.search(folded, s, e)
        if m and e - m.end() >= 2 and before_figure:
            s = m.end()  # 班子成员分别|联系企业: the subject ends at a distributing adverb
        if (s, e) == (s0, e0):
            break
    return s, e


def _balanced(folded: str, s: int, e: int) -> tuple[int, int]:
    """Drop an unmatched quote or bracket at either end, and an unclosed parenthesis at the end
    (镇(街 → 镇), so that a span reads whole."""
    t = folded[s:e]
    if t and t[0] in _PAIRS and _PAIRS[t[0]] not in t[1:]:
        s += 1
    t = folded[s:e]
    if t and t[-1] in _PAIRS.values() and not any(o in t[:-1] for o, c in _PAIRS.items() if c == t[-1]):
        e -= 1
    j = folded.rfind("(", s, e)
    if j > s and folded.find(")", j, e) < 0:
        e = j
    return s, e


def _after_dummy(folded: str, s: int, e: int) -> int:
    """`对3家基地进行联合检查`: what was done is after the last dummy verb."""
    last = None
    for m in _DUMMY_VERB.finditer(folded, s, e):
        last = m
    if last and e - last.end() >= 2:
        return last.end()
    return s


def _right_noun(folded: str, s: int, e: int, another_follows: bool = False) -> tuple[int, int] | None:
    """The noun phrase after a count's measure word (完成3个|房地产小区改造|). A conjunction ends it
    only when another figure follows (10个镇和|50个单位): else it joins nouns (小区及街道改造)."""
    m = _RIGHT_SKIP.match(folded, s, e)
    if m:
        s = m.end()
    if s >= e or not (_WORD.match(folded[s]) or folded[s] in "“《\""):
        return None
    if _DUMMY_VERB.match(folded, s, e):
        return s, e  # 对583户|予以保留|: what was done to them
    if _CONJ.match(folded, s, e):
        return None  # 2条|及…: the next item of a list, not a noun of this figure
    ne, p = e, s + 1
    while p < e:
        stop = _RIGHT_STOP.search(folded, p, e)
        if stop is None:
            break
        if folded.count("“", s, stop.start()) > folded.count("”", s, stop.start()):
            p = stop.end()  # inside a quote: “双报到、双服务”
            continue
        if _CONJ.fullmatch(stop.group()) and not another_follows:
            p = stop.end()
            continue
        ne = stop.start()
        break
    # `40种药品的重点监管` counts 药品; `12种慢性病纳入了…`: a verb (two characters, mostly) precedes 了
    j = folded.find("的", s + 1, ne)
    if j > s:
        ne = j
    j = folded.find("了", s + 1, ne)
    if j > s:
        ne = max(s + 1, j - 2)
    while ne > s and not _WORD.match(folded[ne - 1]) and folded[ne - 1] not in "”’\"":
        ne -= 1
    s, ne = _balanced(folded, s, ne)
    return (s, ne) if ne - s >= 1 else None


def _enum_item(folded: str, cs: int, fig: Figure, figs_in_clause: list[Figure], subject: str | None):
    """`A、B、C分别为1、2、3`: the item at the figure's place in the list before 分别."""
    m = None
    for x in _ENUM.finditer(folded, cs, fig.start):
        m = x
    if m is None:
        return None
    after = [f for f in figs_in_clause if f.start > m.start()]
    if fig not in after:
        return None
    owned = listed_owners(folded, cs, m.start(), len(after))
    if owned is not None and owned[1][1] > owned[1][0]:
        return owned[1]  # 县教育局、县卫生健康局和县农业农村局涉及金额分别为…: what is measured of each
    if owned is not None:
        # (2021年、2022年、2023年分别招聘中小学教师386名、…: what is measured stands between 分别 and the figures)
        s, e = _trim(folded, m.end(), after[0].start, subject)
        if e - s >= 2:
            return s, e
    s, e = _trim(folded, cs, m.start(), subject)
    if e <= s:
        return None
    items, p = [], s
    for i in range(s, e + 1):
        if i == e or folded[i] in "、和及与":
            if i > p:
                items.append((p, i))
            p = i + 1
    if len(items) == len(after) and len(items) > 1:
        a, b = items[after.index(fig)]
        return _trim(folded, a, b, subject)
    return (s, e) if len(items) > 1 or len(after) > 1 else None  # `领导分别认领问题27个`: no list


_OWNER_TIME = re.compile(r"(?:19|20)\d\d年(?:末|底|度|初)?|[一二三四]季度|[上下]半年")
_BASE_TIME = r"(?:(?:19|20)\d\d年|去年|上年|上一年|上季度|上一季度|上个?月|上周|上期)"
# (较2023年县级自查发现的问题机具比例(3.6%): the value in parentheses is the base's, of that time too)
_AGAINST_TIME = re.compile(r"(?:较|比|相比|同比)于?(?:(" + _BASE_TIME + r"[^,;。\d]{0,6}?(?:同期)?)的|(" + _BASE_TIME + r")[^,;。\d()]{0,16}?\()$")


def listed_owners(folded: str, s: int, e: int, n: int) -> tuple[list[tuple[int, int]], tuple[int, int]] | None:
    """`县教育局、县卫生健康局和县农业农村局涉及金额分别为…`, `2022年、2023年、2024年主业投资分别为…`: when
    folded[s:e], the words before 分别, list n bodies or times (each earlier item ending as the others do,
    or in a body's suffix, or each a year), the last item holds the last name and then what is measured of
    every one. Returns (the names' spans, the measure's span), or None when the items are themselves what
    is counted (违规吃喝、违规收送礼金问题分别为12起、8起)."""
    from .owners import _BODY

    s += len(re.match(r"[\s,:;]*(?:其中|分别是|包括)?", folded[s:e]).group(0))
    cuts = [i for i in range(s, e) if folded[i] == "、"]
    items = [(a, b) for a, b in zip([s] + [i + 1 for i in cuts], cuts + [e])]
    if len(items) + 1 == n:
        # A、B和C…: the last pair joined by 和/与/及 where the left one is a name like the others
        a, b = items[-1]
        for j in range(a + 2, b - 2):
            if folded[j] in "和与及" and (_BODY.fullmatch(folded, a, j) or _OWNER_TIME.fullmatch(folded, a, j)
                                         or len(items) > 1 and folded[j - 2:j] == folded[items[0][1] - 2:items[0][1]]):
                items[-1:] = [(a, j), (j + 1, b)]
                break
    if len(items) != n or n < 2:
        return None
    a0, b0 = items[0]
    if all(_OWNER_TIME.fullmatch(folded, a, b) for a, b in items[1:]) and (t := _OWNER_TIME.search(folded, a0, b0)) \
            and t.end() == b0 and t.start() - a0 >= 2:
        # 集团研发经费投入2022年、2023年、2024年分别为…: what is measured stands before the first time
        lead = _trim(folded, a0, t.start(), None)
        if lead[1] - lead[0] >= 2:
            return [(t.start(), b0)] + items[1:], lead
    texts = [folded[a:b] for a, b in items[:-1]]
    a, b = items[-1]
    last = folded[a:b]
    cut = None
    common = 0
    while common < min(len(t) for t in texts) - 1 and len({t[-common - 1:] for t in texts}) == 1:
        common += 1
    if all(_OWNER_TIME.fullmatch(t) for t in texts):
        m = _OWNER_TIME.match(last)
        cut = m.end() if m else None
    elif all(_BODY.fullmatch(t) for t in texts):
        ending = texts[0][-1:]
        if all(t.endswith(ending) for t in texts):
            k = last.find(ending, max(1, min(len(t) for t in texts) - 4))
            cut = k + 1 if k >= 0 else None
        if cut is None:
            cut = next((i for i in range(3, len(last) - 1) if _BODY.fullmatch(last[:i])), None)
        if cut is None and _BODY.fullmatch(last.rstrip()):
            cut = len(last.rstrip())  # 甅东区、甅西区、甅山县分别查处…: the last name ends otherwise (县 after 区)
    elif common >= 2:
        # 琈阳县第二人民医院扩建工程、…和琈河堤防加固工程多计工程价款: items that end alike (工程, 项目) name
        # the things, the words after the last one's ending what is measured of each
        k = last.find(texts[0][-common:], 1)
        cut = k + common if k >= 0 else None
    if cut is not None and cut == len(last.rstrip()) and len(items) >= 2 \
            and all(_OWNER_TIME.fullmatch(folded, x, y) or _BODY.fullmatch(folded, x, y) for x, y in items):
        # 2021年、2022年、2023年分别招聘中小学教师386名、452名、517名: nothing but the names before 分别;
        # what is measured of each is said after it (an empty span here; _enum_item reads it there)
        return items, (b, b)
    if cut is None or not re.match(r"[\u4e00-\u9fff]{2}", last[cut:]):
        return None
    ms, me = _trim(folded, a + cut, b, None)
    if me - ms < 2:
        return None
    return items[:-1] + [(a, a + cut)], (ms, me)


def _listed_owner(folded: str, figs: list[Figure], k: int) -> tuple[int, int] | None:
    """The span of the name or time a figure of a `A、B、C…分别为1、2、3` list is said of, or None."""
    fig = figs[k]
    cs, ce = _clause(folded, fig.start, fig.end)
    m = None
    for x in _ENUM.finditer(folded, cs, fig.start):
        m = x
    if m is None:
        return None
    after = [f for f in figs if m.start() < f.start and f.end <= ce]
    owned = listed_owners(folded, cs, m.start(), len(after)) if fig in after else None
    return owned[0][after.index(fig)] if owned else None


def respective_owner(text: str, fact) -> tuple[str, list[str]] | None:
    """(the name, all the names) when the figure is one of a list said 分别 of a list of names before it
    (玥川市、玥平市、玥山市位列后三名,得分分别为81.5分、80.2分、78.4分; 县教育局、县卫生健康局和县农业农村局
    涉及金额分别为…): the names pair with the figures in order. None when the lists differ in length or
    the figure is no such list's."""
    if fact.fig.sentence_start is None:
        return None
    lead = _fold(text[fact.fig.sentence_start:fact.fig.start])
    k = lead.rfind("分别")
    if k == -1:
        return None
    after = _fold(text[fact.fig.sentence_start + k:fact.clause_end + 40])
    figs = [x.start() for x in re.finditer(r"\d+(?:\.\d+)?", after)]
    here = len(lead) - k
    idx = sum(1 for x in figs if x < here)
    # (分别抽检2318批次、2096批次…: the verb said once, after 分别, before the figures it pairs)
    # (分别超标准列支会议费、培训费426.5万元、318.2万元和97.6万元: what was done may name things listed too)
    listed = re.match(r"分别(?:[\u4e00-\u9fff](?:[\u4e00-\u9fff]|、(?=[\u4e00-\u9fff])){0,23}?(?=\d))?(?:为|是|达|达到)?((?:\d+(?:\.\d+)?[^\d、,;。]{0,3}[、和及与])+\d+(?:\.\d+)?)", after)
    if not listed:
        return None
    n = len(re.findall(r"\d+(?:\.\d+)?", listed.group(1)))
    start = max(lead.rfind(c, 0, k) for c in ",;:。") + 1
    owned = listed_owners(lead, start, k, n)
    if owned is not None:
        names = [lead[a:b] for a, b in owned[0]]
    else:
        lists = list(re.finditer(r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})", lead[:k]))
        if not lists:
            return None
        names = lists[-1].group(1).split("、")  # the names listed last before 分别
        if len(names) + 1 == n and (pair := re.fullmatch(r"([\u4e00-\u9fff]{2,12})[和及与]([\u4e00-\u9fff]{2,12})", names[-1])):
            names[-1:] = [pair.group(1), pair.group(2)]  # A、B、C和D分别…: the last two joined by 和
        names[-1] = re.split(r"位列|分列|排名|均|等|的|在", names[-1])[0]
    if len(names) != n or idx >= len(names):
        return None
    return names[idx], names


def respective_measure(text: str, fact, facts: list) -> tuple[str, list[str]] | None:
    """(its measure, all the measures) when the figure is one of a list said 分别 of as many figures
    before it in its sentence (解决率72.4%,满意率76.9%,分别低于街道平均水平16.3个百分点和14.3个百分点):
    the k-th figure after 分别 says something of the k-th before. None otherwise."""
    s0 = fact.fig.sentence_start
    if s0 is None:
        return None
    lead = _fold(text[s0:fact.fig.start])
    k = lead.rfind("分别")
    if k == -1:
        return None
    after = _fold(text[s0 + k:fact.clause_end + 40])
    listed = re.match(r"分别(?:[\u4e00-\u9fff]{1,8}?(?=\d))?(?:为|是|达|达到)?((?:\d+(?:\.\d+)?[^\d、,;。]{0,4}[、和及与])+\d+(?:\.\d+)?)", after)
    if not listed:
        return None
    n = len(re.findall(r"\d+(?:\.\d+)?", listed.group(1)))
    idx = sum(1 for x in re.finditer(r"\d+(?:\.\d+)?", after) if x.start() < len(lead) - k)
    before = [g for g in facts if g.fig.doc == fact.fig.doc and g.fig.sentence_start == s0 and g.fig.end <= s0 + k]
    before.sort(key=lambda g: g.fig.start)
    before = before[-n:]
    if len(before) != n or idx >= n or not all(g.measure for g in before) or len({g.fig.unit for g in before}) != 1:
        return None  # (新建学校9所,新增学位6480个,其中…分别…: no parallel list of one thing)
    if respective_owner(text, fact) is not None:
        return None  # (城东区、瑎湖区分别新增学位…: the list pairs with names, not with the figures before)
    return before[idx].measure, [g.measure for g in before]


def _adjacent(folded: str, a: Figure, b: Figure) -> bool:
    """19户39人, `2620户,3676人`: nothing but a comma or a space between two figures."""
    gap = folded[a.end:b.start]
    if b.start < a.end or _WORD.search(gap) or any(c in gap for c in "。、;()"):
        return False
    if "," in gap:  # `230万元,9家企业通过复审` opens a clause of its own
        _, ce = _clause(folded, b.start, b.end)
        return not _WORD.search(folded, b.end, ce)
    return True


_UNIT_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|村|社区|县|区|市|旗|局|厅|委|办|院|校|公司)$")


def _breakdown_of(folded: str, figs: list[Figure], k: int) -> Figure | None:
    """`排查出…59处(珑港镇14处;珑岭乡9处;…)`: a figure in a parenthesis right after a total, each item
    a unit's name and its share, counts what the total counts. The total, or None."""
    fig = figs[k]
    j = folded.rfind("(", max(0, fig.start - 120), fig.start)
    if j <= 0 or ")" in folded[j:fig.start] or ")" not in folded[fig.end:fig.end + 120]:
        return None
    if "。" in folded[fig.end:folded.find(")", fig.end)]:
        return None
    item = re.split(r"[;;、,,(]", folded[j:fig.start])[-1].strip()
    if not _UNIT_NAME.search(item):
        return None
    total = next((f for f in reversed(figs[:k]) if f.end <= j), None)
    if total is None or folded[total.end:j].strip():
        return None
    return total


_PEER = re.compile(r"[^\W\d全本各该我每对在向为从和与及把被给的了]{1,6}?(?:经济开发区|开发区|高新区|新区|街道|社区|区|县|市|镇|乡|村|旗)")


def _peer_opener(folded: str, s: int, e: int, fig: Figure, wide: bool = True) -> int | None:
    """Where a clause's own place name ends, when the clause opens with it and another clause of the
    sentence opens with a different place of the same kind (区…区, 县…区) and holds a figure; else None."""
    m = _PEER.match(folded, s, e + 1 if e < fig.start else fig.start)
    if m is None or m.end() > fig.start or _NOT_PEER.search(m.group(0)):
        return None
    # (peers may stand in the sentence's other ;-clauses, `wide`: 其中,皕阳市658人,…;皕山市433人,…)
    ss = _sentence_start(folded, fig.start, "。\n\r" if wide else "。;\n\r")
    se = min((i for i in (folded.find(c, fig.end) for c in ("。\n" if wide else "。;\n")) if i >= 0), default=len(folded))
    name = m.group(0)
    for x in re.finditer(r"(?:^|(?<=[,:、;]))\s*(?:其中|分别是|包括)?[,:]?", folded[ss:se]):
        o = _PEER.match(folded, ss + x.end(), se)
        if o and o.group(0) != name and not _NOT_PEER.search(o.group(0)) and (o.end() <= s or o.start() >= fig.end) \
                and re.match(r"[^,;。]{0,12}?\d", folded[o.end():se]) and (o.group(0)[-1] == name[-1] or
                                                                      o.group(0)[-1] in "区县市" and name[-1] in "区县市" or
                                                                      o.group(0)[-1] in "镇乡" and name[-1] in "镇乡"):
            return m.end()
    return None


# words ending like a place that name none (小区, 全市, 城区) or a whole (各区县)
_NOT_PEER = re.compile(r"^(?:全|各|本|该|我|小|城|辖|园|山|市|县|区|镇|乡|村)[区县市镇乡村]$|^[全各本该我每]")


def _whole_measure(folded: str, figs: list[Figure], k: int, done: dict[int, tuple[int, int]],
                   s: int, e: int) -> tuple[int, int] | None:
    """`全市累计取缔无证无照培训机构187家…分区县看,甊东区取缔52家`: a bare verb (or nothing) left of a
    peer's figure is the whole's measure said before it in the paragraph, of the same unit, that opens
    with that verb. None when no such whole is near."""
    verb = folded[s:e]
    if len(verb) > 3:
        return None
    fig = figs[k]
    p0 = max(folded.rfind("\n", 0, fig.start), 0)
    for g in reversed(figs[max(0, k - 15):k]):
        if g.start < p0:
            break
        if g.unit != fig.unit or g.start not in done:
            continue
        ms, me = done[g.start]
        if verb and folded.startswith(verb, ms) and me - ms > len(verb) + 1 and not _PEER.match(folded, ms, me):
            return ms, me
        if not verb and "其中" in folded[g.end:s] and me - ms >= 2 and not _PEER.match(folded, ms, me) \
                and re.match(r"[,;。、)\s]|$", folded[fig.end:fig.end + 1]):  # (瓎川市17条中已完成整治8条: a set of its own)
            return ms, me  # 共有2157人重复领取…其中,皕阳市658人: nothing but the place; 其中 says it is a part of that whole
    return None


def _region(folded: str, s: int, e: int, periods: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The stretch after the figure read whole: what was counted and what was done to it
    (学校通报批评, 残疾人基地进行联合检查); after a time phrase inside it (企业已于7月底|完成搬迁)."""
    i = bisect.bisect_left(periods, (s, s))
    for ps, pe in periods[i:i + 2]:
        if pe < e - 1 and "于" in folded[ps - 1:ps + 1]:  # an adverbial time (已于7月底), not a noun's (当年度考核)
            s = pe
    m = _RIGHT_SKIP.match(folded, s, e)
    s = m.end() if m else s
    if _CONJ.match(folded, s, e):
        return None  # 给予党纪政务处分7人|、组织处理19人次: the next item of a list, not this figure's
    # 19户|按规定程序|予以及时注销: an adverbial of manner before the dummy verb says how, not what
    adv = re.match(r"(?:按照|依照|依据|根据|按|依|经)[^,,;;。\d]{1,10}?(?=进行|予以|给予|加以)", folded[s:e])
    if adv:
        s += adv.end()
    s, e = _trim(folded, s, e, None, before_figure=False)
    return _balanced(folded, s, e) if e > s else None


# a sentence that opens with its topic (满意率方面,…): the measure of the values it lists by name
_TOPIC = re.compile(r"\s*(?:从|在|就)?([\u4e00-\u9fff]{2,10}?)(?:方面|来看|看)[,:]")
_OWNER_END = re.compile(r"(?:省|市|区|县|镇|乡|街道|村|社区|局|委|院|校|公司|集团|中心|站|队)$")


def _measure(folded: str, figs: list[Figure], k: int, subject: str | None,
             periods: list[tuple[int, int]], done: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The measure's span for figs[k]; `done` holds the spans found for earlier figures (by start)."""
    fig = figs[k]
    if labelled_below(folded, fig.start, fig.end):
        # an infographic's figure (2136 / 件 / 受理问题线索; 94.7% / 群众满意度): the next line names what it counts
        ls = fig.end + 1
        le = folded.find("\n", ls)
        le = len(folded) if le < 0 else le
        if _WORD.search(folded, ls, le):
            return _balanced(folded, *_trim(folded, ls, le, subject, before_figure=False))
    base = max(0, fig.start - 24)
    if (arrow := re.search(r"([^\s·•/|,;:。→]{2,20})[ \t\u3000]*(?:→|->|⟶)[ \t\u3000]*$", folded[base:fig.start])) and _WORD.search(arrow.group(1)):
        # 查处问题→1,236个 / 督促退还维修资金→593.7万元·惠及居民→1.2万户: a poster's line points from what is
        # counted to its figure (after the time phrase that opens it: 2024年追回医保基金→…)
        ls, le = base + arrow.start(1), base + arrow.end(1)
        for ps, pe in periods:
            if ls <= ps < le and pe <= le:
                ls = pe
        if ls >= le and k > 0 and done.get(figs[k - 1].start) and "\n" not in folded[figs[k - 1].end:fig.start]:
            return done[figs[k - 1].start]  # (…|2023年→1,764.5万元: the same measure as the line's figure before, another time)
        if ls < le:
            return _balanced(folded, *_trim(folded, ls, le, subject))
    line0 = folded.rfind("\n", 0, fig.start) + 1
    if not _WORD.search(folded, line0, fig.start) and (colon := re.match(r"[ \t]*:[ \t]*", folded[fig.end:fig.end + 4])):
        # ▶ 18个：查纠养老服务补贴发放不规范问题: a line that gives the figure first, what it counts after the colon
        ls = fig.end + colon.end()
        le = min([i for i in (folded.find("\n", ls), folded.find("(", ls)) if i >= 0] or [len(folded)])
        if _WORD.search(folded, ls, le):
            return _balanced(folded, *_trim(folded, ls, le, subject, before_figure=False))
    if fig.start > 0 and folded[fig.start - 1] == "(" and folded[fig.end:fig.end + 1] == ")" \
            and _OWNER_END.search(folded, max(0, fig.start - 13), fig.start - 1):
        # 按时办结率方面,…畘东区(99.12%)、畘阳市(98.86%)位列前三名: the name before the parenthesis says
        # whose value it is; what is measured is the topic the sentence opens with
        ss = fig.sentence_start if fig.sentence_start is not None else _sentence_start(folded, fig.start)
        topic = _TOPIC.match(folded, ss)
        if topic and topic.end() <= fig.start:
            return topic.span(1)
    if fig.start > 0 and folded[fig.start - 1] == "(" and folded[fig.end:fig.end + 1] == ")" \
            and re.match(r"[、;。]|$", folded[fig.end + 1:fig.end + 2]):
        # 依次为:拖欠农民工工资(386件)、城乡供水(352件)…: a list of items, each with its value in
        # parentheses; what each counts is the item's name
        ls = max(folded.rfind(c, 0, fig.start - 1) for c in "、:,;。\n") + 1
        listed = folded[fig.end + 1:fig.end + 2] == "、" or folded[ls - 1:ls] == "、"  # (a list: 、 on either side)
        if listed and 2 <= fig.start - 1 - ls <= 14 and not re.search(r"\d|低于|高于|超过|不足|达到", folded[ls:fig.start - 1]) \
                and _WORD.search(folded, ls, fig.start - 1) and not _OWNER_END.search(folded, ls, fig.start - 1):
            # (not a body's value, 县市场监督管理局(100%)、璛桥街道(95.2%): whose it is, not what it measures)
            return ls, fig.start - 1
    cs, ce = _clause(folded, fig.start, fig.end)
    if (label := LINE_LABEL.match(folded[line0:fig.end])) and cs >= line0 + label.end() \
            and not _WORD.search(_without_periods(folded, cs, fig.start, periods)):
        # 抓获违法犯罪嫌疑人:本月236人;1—10月累计2154人: a key-value line's label measures every figure on it;
        # the clause before the figure says only which period
        return line0 + label.start(1), line0 + label.end(1)
    a = k
    while a > 0 and figs[a - 1].start >= cs:
        a -= 1
    b = k + 1
    while b < len(figs) and figs[b].end <= ce:
        b += 1
    in_clause = figs[a:b]
    prev = [f for f in in_clause if f.end <= fig.start]
    last = figs[k - 1] if k > 0 else None
    inherit = done.get(last.start) if last is not None else None
    enum = _enum_item(folded, cs, fig, in_clause, subject)
    if enum and enum[1] > enum[0]:
        return enum
    # 19户39人, 4个方面12项具体问题: figures side by side share one measure, found by the first
    if inherit and _adjacent(folded, last, fig):
        return inherit
    if inherit and last.unit == fig.unit and _listed_place(folded, fig) is not None and "、" in folded[last.end:fig.start]:
        return inherit  # (睺阳区523张、睺东区417张: each place's figure counts what the first one does)
    if _listed_place(folded, fig) is not None:
        # (…处理率…提升至86.9%,…,其中睷北县经济开发区提升至81.7%; …1274份;分区看,瞖北区436份: a place, a verb of
        # change or none, the measure the sentence's figure before it in the same unit has)
        for g in reversed(figs[max(0, k - 8):k]):
            if re.search(r"[。\n]", folded[g.end:fig.start]):
                break
            if g.unit == fig.unit and done.get(g.start) and _listed_place(folded, g) is None:
                return done[g.start]
    if inherit and last.unit == fig.unit and not re.search(r"[。\n]", folded[last.end:fig.start]) \
            and re.fullmatch(r"(?:已|再|进一步|又)?(?:提升|提高|上升|增加|增长|降低|下降|减少|压缩|压减|降|升|增|减|达)(?:至|到)|达到|为",
                             _without_periods(folded, cs, fig.start, periods).strip(" ,;")):
        # 截至6月30日,…处理率提升至78.5%;截至9月30日,提升至86.9%: a later time's value, its clause only a time and
        # the change's verb, is the same measure's
        return inherit
    # 全年立案156件,较2023年的143件上升9.1%: the value compared against is the same measure at another time
    if inherit and last.unit == fig.unit and re.search(r"(?:较|比|相比|同比)(?:于)?[^,;。]{1,12}?的$", folded[cs:fig.start]) and not re.search(r"[;。]", folded[last.end:fig.start]):
        return inherit
    total = _breakdown_of(folded, figs, k)
    if total is not None and done.get(total.start):
        return done[total.start]
    g = k
    while g + 1 < len(figs) and _adjacent(folded, figs[g], figs[g + 1]) and figs[g + 1].end <= ce:
        g += 1
    tail = figs[g]
    ls = prev[-1].end if prev else cs
    if prev and re.match(r"(?:以上|以下|以内)?的", folded[prev[-1].end:fig.start]) \
            and re.search(r"(?:超过|超出|不足|低于|高于|达到|大于|小于|在)$", folded[cs:prev[-1].start]):
        ls = cs  # 年经营性收入超过50万元的强村由…41个: a threshold qualifies the noun counted; it is no earlier figure's
    # A list of figure items (拆除违建12处、清理垃圾30吨): the item between the 、 marks.
    j = folded.rfind("、", ls, fig.start)
    if j >= 0 and (prev or re.search(r"\d[^\d、]{0,4}$", folded[cs:folded.rfind("、", cs, fig.start)])):
        ls = j + 1
    # after the clause's last time phrase (近三十年|无人居住: a duration that is the time phrase itself)
    i = bisect.bisect_right(periods, (fig.end, fig.end))
    ls_before, period_at = ls, None
    for ps, pe in reversed(periods[:i]):
        if pe <= fig.start or ps <= fig.start < pe:
            if min(pe, fig.start) > ls:
                period_at = ps
            ls = max(ls, min(pe, fig.start))
            break
    # 欠税余额由2024年底的4.35亿元下降到2025年的3.08亿元: the time phrase stands between the change's
    # words and its figures; 由/从 before it opens a change, and 到/至/为 before it goes on with one
    said = folded[ls_before:period_at].rstrip() if period_at is not None and period_at >= ls_before else ""
    if period_at is not None and re.fullmatch(r"的?", folded[ls:fig.start].strip()):
        if said.endswith(("由", "从")):
            cs0, ce0 = _trim(folded, ls_before, len(said) + ls_before - 1, subject)
            if ce0 > cs0:
                return _balanced(folded, cs0, ce0)
        if inherit and prev and re.search(r"(?:到|至|为)$", said):
            return inherit
    rs = max(tail.end, next((pe for ps, pe in periods[max(0, i - 1):i + 1] if ps <= fig.start < pe), 0))
    if folded.startswith("(", rs):  # 184239人次(其中…)享受到…: what follows the parenthesis
        j = folded.find(")", rs, rs + 40)
        rs = j + 1 if j > 0 else rs
    nxt = [f for f in in_clause if f.start >= rs]
    re_ = nxt[0].start if nxt else ce
    kind = fig.kind or kind_of(fig.unit)
    s, e = _trim(folded, ls, fig.start, subject)
    if prev and (inset := re.match(r"[\u4e00-\u9fff]{1,6}?(?:当中|之中|中|里)(?=[,，]?\s*(?:已|共|均|有|其|仍|尚|还))", folded[s:e])):
        s += inset.end()  # 反馈的66个问题中已整改49个: the set named after the earlier figure, then what was done of it
        s, e = _trim(folded, s, e, subject)
    narrow = _peer_opener(folded, s, e, fig, wide=False)
    peer = narrow if narrow is not None else _peer_opener(folded, s, e, fig)
    if narrow is None and peer is not None and _whole_measure(folded, figs, k, done, peer, e) is None:
        peer = None  # (琜安市是97.2%,…;琜宁市是96.8%: peers across a ; only strip the place when the whole's measure is found)
    if peer is not None:
        # 分区县看,甊东区取缔52家,甊西区取缔46家…; 其中,甊东区纳入监管资金6240万元,甊西区4980万元: each clause
        # opens with its own place, a peer of the next clause's; the name says whose figure it is, not what
        # it counts. What is left is the measure, or a bare verb of the whole's measure said just before
        s = peer
        whole = _whole_measure(folded, figs, k, done, s, e)
        if whole is not None:
            return whole
        if e <= s:
            return inherit if inherit and last.unit == fig.unit and k > 0 and _clause(folded, last.start, last.end)[0] >= _sentence_start(folded, fig.start) \
                and re.match(r"[,;。、)\s]|$", folded[fig.end:fig.end + 1]) else None  # (瓎川市17条中已完成整治8条: a set of its own)
    if (scope := re.match(r"(?:从|在|就|围绕)[^\d,;。]{2,40}?等?(?:方面|领域|环节)", folded[s:e])) and e - s - scope.end() >= 2:
        s, e = _trim(folded, s + scope.end(), e, subject)  # 从理论学习、…等方面共查摆问题19个: the aspects scope it; 查摆问题 is the measure
    heads = e <= s  # nothing but function words before the figure: it opens its clause
    raw_left = folded[ls:fig.start].rstrip()
    # `将党支部由19个调整为27个`: a change; what changes stands before 由/从, and the new value shares it
    if raw_left.endswith(("由", "从")) and e > s and nxt and re.search("[为到至]", folded[fig.end:nxt[0].start]):
        return _balanced(folded, s, e)
    if inherit and prev and raw_left[-1:] in ("为", "到", "至") and folded[max(cs, prev[-1].start - 2):prev[-1].start].rstrip()[-1:] in ("由", "从"):
        return inherit
    right = _right_noun(folded, rs, re_, bool(nxt))
    # `巡察反馈的26个问题`: a relative clause before a generic noun says what is counted
    # …unless a preposition makes the counted things an object and a dummy verb follows them:
    # `对负有责任的27名人员进行了追责问责` counts people held to account, not "those responsible"
    acted_on = bool(_PREP.search(folded, ls, fig.start)) and bool(_DUMMY_VERB.search(folded, rs, re_))
    if raw_left.endswith("的") and e > s and right and right[1] - right[0] <= 2 and not acted_on:
        return _balanced(folded, _after_dummy(folded, s, e), e)
    if kind == "count" and heads and nxt and right and base_unit_of(fig) not in _EVENT_UNITS \
            and _SUBJECT_ADVERB.match(folded, right[1]) or kind == "count" and heads and nxt and right and folded[right[1]:right[1] + 1] == "共":
        return right  # 8个被巡察单位共收到反馈问题211个: the count opens its clause, its noun is who did what the next counts
    if kind in ("count", "duration") and rs < re_ and (heads or _PREP.search(folded, ls, fig.start)):
        # 对3所学校通报批评, 为29家企业拨付资金; `3户…进行了清退`: the figure is an object or heads
        # its clause, so what was done follows it
        region = _region(folded, rs, re_, periods)
        if region:
            return region
    if right and base_unit_of(fig) in _EVENT_UNITS and e - s >= 4:
        right = None  # 召开党组会议4次|专题研究…: an event counter follows the event it counts
    if (right and kind == "count" and right[1] - right[0] <= 2 and 2 <= e - s <= 6
            and base_unit_of(fig) not in _EVENT_UNITS and not _PREP.search(folded, ls, fig.start)):
        right = None  # 巡检3家|医院: a generic noun after a verb; the verb says what was done
    if right and (kind == "count" or heads or e - s <= 2 and not _PREP.match(folded, right[0])
                  or re.match(r"(?:左右|以上|多|余)?的", folded[rs:rs + 3]) and e - s <= 4):
        return right  # 完成3个|房地产小区改造|; 发放1400万元|创新券|; 完成80%左右的|桩基工程量|
    # `从4周延长至12周`, `提高5个百分点(达到65%)`: a change or restatement of the figure before
    if inherit and (prev and folded[fig.start - 1] in "至到" and e - s <= 2
                    or cs > 0 and folded[cs - 1] == "(" and e - s <= 2 and not re.search(r"已|完成|未|尚", folded[cs:fig.start])
                    and not re.search(r"[。\n]", folded[last.end:fig.start])):  # (not the figure of a line before: 限期整改类(问题6个)
        # (…问题(已整改49个): the part done, said in the brackets, is no restatement of the figure before)
        return inherit
    # `低于全市(17.3%)12.3个百分点`: a value in parentheses belongs to the word before them
    if cs > 0 and folded[cs - 1] == "(" and ce < len(folded) and folded[ce] == ")" and not _WORD.search(folded, cs, fig.start):
        ps, _ = _clause(folded, cs - 2, cs - 1)
        return _trim(folded, max(ps, prev[-1].end if prev else ps), cs - 1, subject) or None
    if prev and folded[ls:fig.start].strip() == ")" and done.get(prev[-1].start):
        return done[prev[-1].start]
    if e > s:
        return _balanced(folded, _after_dummy(folded, s, e), e)
    # `仅占2.5%`, `占56.51%`: nothing but links before the figure; they are the notice's words for a share
    words = [m.span() for m in _WORD.finditer(folded, ls, fig.start)]
    if words and "占" in folded[ls:fig.start]:
        return words[0][0], words[-1][1]
    if right:
        return right
    # `压缩至90个、55个`, `全年不得少于48次`: the measure of the figure before in the sentence
    ss = fig.sentence_start if fig.sentence_start is not None else _sentence_start(folded, fig.start)
    same = [f for f in figs[max(0, k - 12):k] if f.start >= ss and f.start in done]
    like = [f for f in same if (f.kind or kind_of(f.unit)) == kind] or same
    if like:
        return done[like[-1].start]
    # `整改完成率:100%`: the clause ends at a colon right before the figure
    if cs > 0 and folded[cs - 1] == ":" and e <= s:
        ps, _ = _clause(folded, cs - 1, cs - 1)
        s, e = _trim(folded, ps, cs - 1, subject)
        if e - s >= 2:
            return s, e
    return None


# a key-value line's label, its value at once (返还群众被骗资金：本月612.3万元; folded text): not a speaker's
# line of prose (宋佳明：我来回答这个问题…)
LINE_LABEL = re.compile(r"[ \t\u3000]*([^\d\n:,;。]{2,16}):(?=[^\d,;。\n]{0,6}\d)")


def _without_periods(folded: str, s: int, e: int, periods: list[tuple[int, int]]) -> str:
    """folded[s:e] with its time phrases cut out."""
    out, at = [], s
    for ps, pe in periods:
        if pe <= s or ps >= e:
            continue
        out.append(folded[at:max(at, ps)])
        at = max(at, min(pe, e))
    out.append(folded[at:e])
    return "".join(out)


def annotate(text: str, figures: Iterable[Figure], *, folded: str | None = None) -> list[Figure]:
    """Fill measure, period and kind on figures found in `text` (in place); returns them.

    Each measure/period is an exact span: text[measure_start:measure_end] == measure.
    Pure string work: one pass for time phrases, then a look around each figure.
    """
    figs = sorted(figures, key=lambda f: f.start)
    folded = folded if folded is not None else text.translate(FOLD)
    periods = find_periods(folded)
    done: dict[int, tuple[int, int]] = {}
    for k, f in enumerate(figs):
        f.kind = kind_of(f.unit)
        subject = f.subject if f.subject and len(f.subject) >= 2 else None
        i = bisect.bisect_right(periods, (f.start, len(folded)))
        inside_period = i > 0 and periods[i - 1][0] <= f.start and f.end <= periods[i - 1][1]  # 近三个月来
        if f.measure and f.measure_start is not None:  # set where it was found (a table cell's label)
            m = (f.measure_start, f.measure_end)
        else:
            m = None if inside_period else _measure(folded, figs, k, subject, periods, done)
        if m and m[1] > m[0]:
            done[f.start] = m
            f.measure_start, f.measure_end = m
            f.measure = text[m[0]:m[1]]
        p = period_of(folded, f, periods)
        cs0 = max(folded.rfind(c, 0, f.start) for c in ",;。\n") + 1
        if (against := _AGAINST_TIME.search(folded, cs0, f.start)) is not None:
            p = against.span(1) if against.group(1) else against.span(2)  # 全年立案156件,较2023年的143件: the value compared against is of that year
            said = re.match(r"[\s,:]*(?:其中|同时|而|但)?[\s,:]*", folded[cs0:against.start()])
            a0 = cs0 + said.end()
            if against.start() - a0 >= 2 and re.fullmatch(r"[\u4e00-\u9fff()]+", folded[a0:against.start()]) \
                    and not (f.measure_start is not None and a0 <= f.measure_start < against.start()):
                # (罚没款总额较2023年的205.3万元增长88.7%: what the clause names before 较 is what that value measures)
                f.measure_start, f.measure_end = a0, against.start()
                f.measure = text[a0:against.start()]
        if (own := _listed_owner(folded, figs, k)) is not None:
            from .owners import _BODY

            if _OWNER_TIME.fullmatch(folded, *own):
                p = own  # 2022年、2023年、2024年…分别为286.4亿元、331.7亿元、402.5亿元: each figure its year
            elif _BODY.fullmatch(folded, *own):
                f.subject = text[own[0]:own[1]]  # …县卫生健康局和…分别为…、834万元…: the body it is said of
        elif (peer := _peer_owner(folded, f)) is not None:
            f.subject = text[peer[0]:peer[1]]
        elif (place := _listed_place(folded, f)) is not None:
            f.subject = text[place[0]:place[1]]
        if p:
            f.period_start, f.period_end = p
            f.period = text[p[0]:p[1]]
    return figs


# a place as an item of a list (睺阳区523张、睺东区417张): a name ending in a level's word
_PLACE_ITEM = re.compile(r"[^\W\d_a-zA-Z了的在对把被给为是有和与及共完成]{1,8}?(?:自治县|新区|街道|社区|区|县|市|镇|乡|村|旗)")


def _listed_place(folded: str, fig: Figure) -> tuple[int, int] | None:
    """`分县(区)看,睺阳区523张、睺东区417张、睺川县386张`: a list whose items are each a place and its figure;
    the place before the figure, after the 、 or the clause's start, owns it. Its span, or None."""
    cs = max(folded.rfind(c, 0, fig.start) for c in ",;:。\n|、") + 1
    # (其中睷北县经济开发区提升至81.7%、睷南县化工园区提升至84.2%: a 其中 before the first, a verb of change after each)
    at = cs + (3 if folded.startswith("其中,", cs) else 2 if folded.startswith("其中", cs) else 0)
    verb = re.search(r"(?:仅|只|已)?(?:(?:提升|提高|上升|增加|下降|降低|减少|降|升|增|减)(?:至|到)|达到|为|达)$", folded[at:fig.start])
    end = at + verb.start() if verb and verb.end() == fig.start - at else fig.start
    item = _PLACE_ITEM.fullmatch(folded, at, end)
    if item is None:
        return None
    cs = at
    # (the list: a 、 joins this item to a neighbour of the same shape, a place and a figure)
    change = r"(?:(?:仅|只|已)?(?:(?:提升|提高|上升|增加|下降|降低|减少|降|升|增|减)(?:至|到)|达到|为|达))?"
    before = folded[cs - 1:cs] == "、" and re.search(r"(?:" + _PLACE_ITEM.pattern + ")" + change + r"[\d.]+[^\d、,;。]{0,3}$", folded[max(0, cs - 20):cs - 1])
    after = re.match(r"[^\d、,;。]{0,3}、(?:" + _PLACE_ITEM.pattern + ")" + change + r"[\d.]+", folded[fig.end:fig.end + 20])
    return (cs, end) if before or after else None


def _peer_owner(folded: str, fig: Figure) -> tuple[int, int] | None:
    """`其中,皕阳市658人,重复领取512.3万元;皕山市433人,…`: the place a ;-clause opens with, a peer of
    another clause's in the sentence, owns every figure of that ;-clause after it. Its span, or None."""
    s0 = max(folded.rfind(c, 0, fig.start) for c in ";。\n") + 1
    lead = re.match(r"[\s,:]*(其中|分[\u4e00-\u9fff]{1,6}看|从[\u4e00-\u9fff]{1,8}看|具体(?:来)?看)?[\s,:]*", folded[s0:fig.start])
    if not lead.group(1) and folded[s0 - 1:s0] != ";":
        return None  # (a sentence's own opening, 有关市县已追回…: no part of a breakdown)
    if re.match(r"[^(]*\)", folded[s0:fig.start]):
        return None  # (对象76人(…;珑湾乡14人),已停发并追回…41.35万元: the ; of a list closed in brackets)
    s0 += lead.end()
    end = _peer_opener(folded, s0, fig.start, fig)
    if end is None or _PEER.search(folded, end, fig.start):
        return None  # (畢北新区(93.08%)、畢江县(92.51%): a nearer place owns it)
    from .owners import _NOT_NAME

    if _NOT_NAME.match(folded[s0:end]) or re.search(r"农村|乡村|城乡|城镇|全|各", folded[s0:end]):
        return None  # (;落实农村公路养护资金15.8亿元: a verb and its object, no place)
    return s0, end
