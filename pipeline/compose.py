"""Putting parts back together: short answers in the notice's words, and sums, differences and
comparisons computed from cited figures (marked `computed`, with every input cited).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from .evidence import Fact
from .types import Citation


@dataclass
class PartAnswer:
    question: str
    answer: str | None
    reason: str | None
    citations: list[Citation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    nearest: str | None = None  # what the notice gives instead, when refused
    computed: dict | None = None  # a change computed from a stated 由A…至B, with both inputs
    measure: float = 1.0  # how well the chosen fact's measure matches (the calibrated decision reads these)
    support: float = 1.0  # share of the question's distinctive words its evidence holds

    @property
    def answerable(self) -> bool:
        return self.answer is not None


def short_measure(fact: Fact) -> str:
    """The fact's measure without any other number in it (the answer states one figure per fact)."""
    from .textnorm import fold

    m = fact.measure
    if re.search(r"\d", fold(m)):
        # (the number's unit goes with it; a name's own digits, 12345热线, take no character of the name along)
        m = m[[x.end() for x in re.finditer(r"[\d.%]+[^\u4e00-\u9fff]*(?:[万亿千百]?[个件起人名户家元项条次所处吨亩米天年月日批宗座台辆套分]|万|亿)?", fold(m))][-1]:]
    while m and fold(m[0]) in " ,、:;的":
        m = m[1:]  # (超过50万元的强村 → 强村: what the number qualified is counted)
    while m and fold(m[-1]) in " ,、:;":
        m = m[:-1]
    return m


def _unbreak(s: str) -> str:
    """A span of hard-wrapped text without its line breaks (the answer's words; the citation keeps them)."""
    return re.sub(r"[ \t\u3000]*\r?\n[ \t\u3000]*", "", s)


def fact_text(fact: Fact) -> str:
    """`57万元(为农民工追讨欠薪)`: the figure as written, then what it measures, both the notice's words."""
    m = _unbreak(short_measure(fact))
    if getattr(fact, "elided_from", None) is not None:
        # 琜安市是97.2%: the body, then the measure said before it (…平均整改率是95.5%), both the notice's words
        copula = r"(?:是|为|达到?|只有|仅有?|有|则是?|也是?)$"
        m = re.sub(copula, "", m) + "·" + re.sub(copula, "", _unbreak(short_measure(fact.elided_from)))
    shown = _unbreak(fact.fig.text)
    if fact.fig.unit and not shown.endswith(fact.fig.unit) and re.fullmatch(r"[\d,.]+", shown):
        shown += fact.fig.unit  # a table cell's bare number, its unit from the column header
    return f"{shown}({m})" if m and m not in shown else shown


def fmt(x: float) -> str:
    return str(int(round(x))) if abs(x - round(x)) < 1e-9 else f"{x:.4f}".rstrip("0").rstrip(".")


def _label(part: PartAnswer) -> str:
    """A part's name in a comparison: the place it names, else its first words."""
    from .slots import _PLACE

    q = part.question.strip()
    m, last = _PLACE.match(q), None
    while m:  # 珑岙县 珑港镇…: the place the part is about is the last of the chain it opens with
        last = m
        m = _PLACE.match(q, len(q[:m.end()]) + len(q[m.end():]) - len(q[m.end():].lstrip()))
    if last:
        return last.group(0).strip()
    if (river := re.match(r"([\u4e00-\u9fff]{1,3}?(?:江|河|湖|水库))(?=在|的|中|里|段|流域|\s|$)", q)) and not re.match(r"河湖|江河|湖泊", q):
        return river.group(1)  # (眧河在专项行动中…: a river compared names its side)
    from .question import _entities

    if (named := [e for e in _entities(q) if q.startswith(e)]):
        return named[0]  # (皟州置业公司追缴回来的差价款: the body the part opens with)
    first = re.split(r"\s", q)[0]
    return first.split("的")[0][:10] if 2 <= len(first.split("的")[0]) else first[:10]  # 思政课满意度的提升幅度 → 思政课满意度


# villages and communities compared (琛口村和琛丰村哪个村…更多) are named too
_PLACE_OR_VILLAGE = re.compile(r"[^\s\d年月日份底旬了的在对把被给和与及开到从向为是有,。?;:]{1,8}?(?:省|(?<!超)市(?!场)|区|县|镇|乡|街道|开发区|经开区|高新区|新区|"
                               r"(?<!农)村(?![民干集级务委])|社区)")


def _own_label(parts: list[PartAnswer], i: int) -> str:
    """The name of parts[i] in a comparison: a place it names that no other part names (瑾坪乡 of
    `瑾源县…设施 瑾坪乡` against `瑾源县…设施 瑾口乡`), else its leading place."""
    from .slots import GENERIC_PLACES, branches

    def places(q: str) -> list[str]:  # (乡镇敬老院 is a kind of home: 乡镇 names no place)
        return [m.group(0).strip() for m in _PLACE_OR_VILLAGE.finditer(q) if m.group(0).strip() not in GENERIC_PLACES] \
            + branches(q)  # (甿南分公司 and 甿西分公司 of one group: the branches name the sides)

    others = " ".join(p.question for j, p in enumerate(parts) if j != i)
    from .slots import PERIOD, item_department

    head = PERIOD.sub("", parts[i].question.strip().split(" ")[0])
    if re.fullmatch(r"[\u4e00-\u9fff]{2,12}段", head) and head not in others:
        return head  # (2024年皡江干流皡阳段 / 皡东县段: the stretches of river compared name their sides)

    for tok in parts[i].question.strip().split(" ")[1:]:
        if (dept := item_department(tok)) and dept not in others:
            return dept  # (…行政处罚里 应急局 罚的钱 / … 住建局 …: the departments compared name the sides)
    ordinals = [m.group(0) for m in re.finditer(r"第[一二三四五六七八九十\d]+(?:轮|批|期|阶段|周|季度)", parts[i].question)]
    if ordinals and all(o not in others for o in ordinals):
        return ordinals[0]  # (工程建设领域在第一轮巡视中 / …第二轮…: the rounds compared name their sides)
    own = [name for name in places(parts[i].question) if name not in others]
    placed = any(places(p.question) for j, p in enumerate(parts) if j != i)
    if own and placed:
        return own[-1]
    label = _label(parts[i])
    if re.fullmatch(r"[\u4e00-\u9fff]{1,3}?(?:江|河|湖|水库)", label) and label not in others:
        return label  # (眧河 / 眧水江: the rivers compared name their sides)
    item = parts[i].question.strip().split(" ")[0] if " " in parts[i].question.strip() else ""
    if not placed and label == item and len(item) <= 8 and item not in others and all(" " in p.question.strip() for p in parts):
        return label  # (畂江 恢复的水域面积 / 畂湖 …: items named alone, a river or a lake, name their sides)
    if label in others or not placed:
        # one place, two measures compared (柘林区 群众满意度的提升幅度 / 柘林区 按期办结率的…): the measure names it
        rest = parts[i].question.strip().split(label, 1)[-1].strip()
        words = re.split(r"\s", rest)[0].split("的")[0] if rest else ""
        if len(words) >= 2 and _shares_run(words, others, 4):
            # (工贸行业被责令停产整顿的企业 / 危险化学品行业被…: the words all parts share name none of
            # them; what this part says that the others do not does)
            qs = [p.question.strip() for p in parts]
            pre = len(os.path.commonprefix(qs))
            suf = len(os.path.commonprefix([q[::-1] for q in qs]))
            end = max(pre, len(qs[i]) - suf)
            kind = re.match(r"行业|领域|系统|方面|企业|单位|部门|学校|医院|[类区县市镇乡村局]", qs[i][end:])
            own_words = qs[i][pre:end + (kind.end() if kind and end > pre else 0)].strip(" 的,")  # (工贸行业, not 工贸)
            if 2 <= len(own_words) <= 12 and not re.search(r"[\d\s]", own_words):
                return own_words
        words = re.sub(r"^(?:(?:19|20)\d\d年(?:度)?)", "", words)  # (2025年基层诊疗量: the year names no side)
        if len(words) >= 2:
            return words[:10]
    return label


def _shares_run(a: str, b: str, n: int) -> bool:
    """`a` and `b` have a run of `n` characters in common."""
    return any(a[k:k + n] in b for k in range(len(a) - n + 1))


_HOW_MUCH_MORE = re.compile(r"(?:多|少|高|低|大|小|长|短)(?:多少|几)|相差|差多少|差距|多出|高出|低出")


# measure words that count the same things, said otherwise (cases: 起/件/宗; people: 人/名/位)
_SAME_COUNT = ({"起", "件", "宗", "例"}, {"人", "名", "位"}, {"个", "项"}, {"台", "台（套）", "台(套)", "台套", "套"})


def combine(op: str, question: str, parts: list[PartAnswer], labels: list[str] | None = None) -> tuple[str, dict] | None:
    """The composed answer text and its `computed` record; None when the units cannot be combined."""
    from .numerals import normalize

    inputs = []
    for p in parts:
        f = p.facts[0].fig
        v, base = normalize(f.value, f.unit)
        inputs.append({"doc": f.doc, "start": f.start, "end": f.end, "text": f.text, "value": v, "unit": base})
    kinds = {p.facts[0].kind for p in parts}
    units = {i["unit"] for i in inputs}
    if len(units) != 1 and (kinds != {"count"} or not any(units <= fam for fam in _SAME_COUNT)):
        return None  # 元 and 户 do not add up; 起 and 件 (both counts of cases) do; 5条线索 and 6人 do not
    unit = inputs[0]["unit"]
    values = [i["value"] for i in inputs]
    each = ";".join(fact_text(p.facts[0]) for p in parts)
    # shown in the inputs' own unit when they share one (136.8万元+48.63万元 = 185.43万元)
    own = {p.facts[0].fig.unit for p in parts}
    shown_unit, scale = (own.pop(), values[0] / parts[0].facts[0].fig.value) if len(own) == 1 and parts[0].facts[0].fig.value else (unit, 1.0)
    if len(units) != 1:
        # counts of one thing in two measure words (5起 + 23件): the sum is stated in the word the
        # question asks (合计多少件 → 28件), else in the first figure's
        fam = next(fam for fam in _SAME_COUNT if units <= fam)
        asked = [u for u in sorted(fam, key=len, reverse=True) if re.search(rf"(?:多少|几)\s*{re.escape(u)}", question)]
        shown_unit, scale = (asked[0] if asked else parts[0].facts[0].fig.unit), 1.0
    if unit == "元" and len({p.facts[0].fig.unit for p in parts}) > 1 and {p.facts[0].fig.unit for p in parts} <= {"万元", "亿元", "元"} \
            and "万元" in {p.facts[0].fig.unit for p in parts}:
        shown_unit, scale = "万元", 1e4  # 1.55亿元+8760万元 = 24260万元, not 242600000元
    if unit == "元" and (asked_money := re.search(r"(?:多少|几)\s*(亿元|万元)", question)):
        shown_unit, scale = asked_money.group(1), {"亿元": 1e8, "万元": 1e4}[asked_money.group(1)]  # 合计多少亿元 → 2.7225亿元
    if op == "share":
        # 玥山市查处的超限车辆约占全省查处总数的百分之几: the part over the whole, two cited counts or amounts
        if len(values) != 2 or not values[1] or values[0] >= values[1]:
            return None
        result = round(values[0] / values[1] * 100, 1)
        expr = f"{inputs[0]['text']}÷{inputs[1]['text']}"
        shown = f"{fmt(result)}%"
        return f"{shown}(计算所得:{expr});{each}", {"op": "share", "result": result, "unit": "%", "result_text": shown,
                                                       "expression": expr, "inputs": inputs}
    if op == "sum":
        result = sum(values)
        expr = "+".join(i["text"] for i in inputs)
        text = f"{fmt(result / scale)}{shown_unit}(计算所得:{expr})"
    elif op == "besides":
        # the whole less the part named (…以外的问题): a part that is not smaller than the whole is no part
        result = values[0] - values[1]
        if result <= 0:
            return None
        expr = f"{inputs[0]['text']}-{inputs[1]['text']}"
        text = f"{fmt(result / scale)}{shown_unit}(计算所得:{expr});{each}"
        op = "difference"
    elif op == "difference":
        result = abs(values[0] - values[1])
        if unit == "%":
            shown_unit = unit = "个百分点"  # two rates differ by points (91.0% - 85.5% = 5.5个百分点), not by a rate
        expr = f"{inputs[0]['text']}-{inputs[1]['text']}" if values[0] >= values[1] else f"{inputs[1]['text']}-{inputs[0]['text']}"
        text = f"相差{fmt(result / scale)}{shown_unit}(计算所得:{expr});{each}"
    else:
        big = max(range(len(values)), key=lambda i: values[i])
        if len(set(values)) == 1:
            text, result = f"一样多:{each}", values[0]
        else:
            result = values[big]
            name = labels[big] if labels else _own_label(parts, big)
            word = "高" if kinds & {"percent", "points", "ratio"} else "多"
            text = f"{name}更{word}:{each}"
            if _HOW_MUCH_MORE.search(question) and len(values) == 2:
                # 哪个更高?高多少: the gap too, from the same two cited figures (percent → 个百分点);
                # the computed number is then the gap
                gap = max(values) - min(values)
                gap_unit = "个百分点" if unit == "%" else shown_unit
                gap_text = f"{fmt(round(gap / (1.0 if unit == '%' else scale), 6))}{gap_unit}"
                expr = f"{inputs[big]['text']}-{inputs[1 - big]['text']}"
                text += f";{word}{gap_text}(计算所得:{expr})"
                return text, {"op": "difference", "result": round(gap, 6), "unit": "个百分点" if unit == "%" else unit,
                              "result_text": gap_text, "expression": expr, "inputs": inputs}
        expr = " vs ".join(i["text"] for i in inputs)
        op = "compare"
    shown = f"{fmt(result / scale)}{shown_unit}" if op != "compare" else f"{fmt(result)}{unit}"
    computed = {"op": op, "result": result, "unit": unit, "result_text": shown, "expression": expr, "inputs": inputs}
    return text, computed


def combine_computed(op: str, question: str, parts: list[PartAnswer]) -> tuple[str, dict] | None:
    """Sides that are themselves computed (北塘区还有多少个未整改: 59个-55个) summed, differenced or compared,
    with each other or with cited figures: the result is computed from every side's cited inputs, each
    side's own computation kept as a step. None when a side cannot be combined (a share, other units)."""
    from .numerals import normalize

    if op not in ("sum", "difference", "compare"):
        return None
    sides = []  # (value in the base unit, base unit, shown unit, expression, inputs, step)
    for p in parts:
        c = p.computed
        if c:
            shown = re.sub(r"^[\d.]+", "", c.get("result_text") or "")
            if c.get("op") not in ("sum", "difference") or not isinstance(c.get("result"), (int, float)) or not shown:
                return None
            sides.append((float(c["result"]), c.get("unit"), shown, f"({c['expression']})", list(c.get("inputs") or []), c))
        else:
            f = p.facts[0].fig
            v, base = normalize(f.value, f.unit)
            sides.append((v, base, f.unit, f.text, [{"doc": f.doc, "start": f.start, "end": f.end, "text": f.text,
                                                     "value": v, "unit": base}], None))
    if len({s[1] for s in sides}) != 1 or len({s[2] for s in sides}) != 1:
        return None  # (a count and an amount, or one side in 万元 and one in 元: not shown together)
    values = [s[0] for s in sides]
    unit, shown_unit = sides[0][1], sides[0][2]
    first = parts[0].computed
    scale = 1.0
    if first and isinstance(first.get("result"), (int, float)):
        n = re.match(r"[\d.]+", first.get("result_text") or "")
        scale = first["result"] / float(n.group(0)) if n and float(n.group(0)) else 1.0
    elif parts[0].facts[0].fig.value:
        scale = values[0] / parts[0].facts[0].fig.value
    inputs = [i for s in sides for i in s[4]]
    steps = [s[5] for s in sides if s[5]]
    each = ";".join(p.answer or "" for p in parts)
    if op == "sum":
        result, expr = sum(values), "+".join(s[3] for s in sides)
        text = f"合计{fmt(result / scale)}{shown_unit}(计算所得:{expr});{each}"
    elif op == "difference":
        if len(sides) != 2:
            return None
        big = 0 if values[0] >= values[1] else 1
        result, expr = abs(values[0] - values[1]), f"{sides[big][3]}-{sides[1 - big][3]}"
        text = f"相差{fmt(result / scale)}{shown_unit}(计算所得:{expr});{each}"
    else:
        big = max(range(len(values)), key=lambda i: values[i])
        result, expr = values[big], " vs ".join(s[3] for s in sides)
        text = f"一样多:{each}" if len(set(values)) == 1 else f"{_own_label(parts, big)}更多:{each}"
    return text, {"op": op, "result": result, "unit": unit, "result_text": f"{fmt(result / scale)}{shown_unit}",
                  "expression": expr, "inputs": inputs, "steps": steps}


def dedupe(cites: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for c in cites:
        if (c.doc, c.start, c.end) not in seen:
            seen.add((c.doc, c.start, c.end))
            out.append(c)
    return out


def part_dicts(parts: list[PartAnswer], cites: list[Citation]) -> list[dict]:
    """Per-part answers for the output: each part's citation as an index into `citations`."""
    index = {(c.doc, c.start, c.end): i for i, c in enumerate(cites)}
    out = []
    for p in parts:
        d = {"question": p.question, "answer": p.answer, "answerable": p.answerable,
             "citations": [index[(c.doc, c.start, c.end)] for c in p.citations if (c.doc, c.start, c.end) in index],
             "figures": [{"doc": f.fig.doc, "start": f.fig.start, "end": f.fig.end, "text": f.fig.text} for f in p.facts]}
        if p.reason:
            d["reason"] = p.reason
        out.append(d)
    return out


def change(a: Fact, b: Fact) -> tuple[str, dict] | None:
    """由A提高到B asked as 提高了多少: B − A from the two cited figures (percent → 个百分点)."""
    from .numerals import normalize

    (va, ua), (vb, ub) = normalize(a.fig.value, a.fig.unit), normalize(b.fig.value, b.fig.unit)
    if ua != ub:
        return None
    diff = abs(vb - va)
    unit = "个百分点" if ua == "%" else ua
    if ua != "%" and a.fig.unit == b.fig.unit:
        diff, unit = abs(b.fig.value - a.fig.value), b.fig.unit
    expr = f"{b.fig.text}-{a.fig.text}" if vb >= va else f"{a.fig.text}-{b.fig.text}"
    inputs = [{"doc": f.fig.doc, "start": f.fig.start, "end": f.fig.end, "text": f.fig.text, "value": v, "unit": ua}
              for f, v in ((a, va), (b, vb))]
    text = f"{fmt(diff)}{unit}(计算所得:{expr})"
    return text, {"op": "difference", "result": diff, "unit": unit, "result_text": f"{fmt(diff)}{unit}",
                  "expression": expr, "inputs": inputs}
