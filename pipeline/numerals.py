"""Numbers and units as Chinese notices write them.

`parse_number` reads one number (Arabic, Chinese or mixed); `normalize` turns a
value and its unit into a base unit. Both are pure: the eval uses `normalize`
to compare predicted and gold figures, so it must not depend on any state.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Full-width forms (０-９, ．, ，, ％, ／ …) fold to ASCII one character for one,
# so offsets in a folded copy of a text are offsets in the text.
from .textnorm import FOLD  # noqa: E402 - re-exported: figures.py reads it from here

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)

# `1,234` / `1,234.5` (separators only between groups of exactly three digits)
_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_TOKEN = re.compile(rf"\d+(?:\.\d+)?|[{CN_CHARS}]")
_CN_DECIMAL = re.compile(r"([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)([万亿]*)")
# 余/多/来 say "more than"; the number they follow is the value as written
_APPROX_TAIL = re.compile(r"(?:余|多|来|左右)+$")


def _number(s: str) -> float:
    return float(s.replace(",", ""))


def _parse_cn(s: str) -> float | None:
    """Chinese (or mixed `1.2万`, `1万2千`) numeral; None when it is not one number."""
    D = Decimal
    total = D(0)  # closed 亿 sections
    wan = D(0)  # the closed 万 section
    section = D(0)  # below 万
    pending: Decimal | None = None  # a digit still waiting for its unit
    last_small: int | None = None  # the last 十/百/千 in this section
    last_big: int | None = None
    zero = False  # 零 seen since the last unit (一百零五)
    prev_digit = False
    for tok in _TOKEN.findall(s):
        if tok[0].isdigit() or tok in CN_DIGITS:
            if prev_digit and not zero:
                return None  # two digits with no unit between: 十四五, 二〇一九
            if tok in ("零", "〇"):
                zero, prev_digit, pending = True, True, None
                continue
            pending = D(tok) if tok[0].isdigit() else D(CN_DIGITS[tok])
            prev_digit = True
        elif tok in CN_SMALL:
            u = CN_SMALL[tok]
            if last_small is not None and u >= last_small:
                return None  # 十百, 百百: units fall within a section
            section += (D(1) if pending is None else pending) * u
            last_small, pending, prev_digit, zero = u, None, False, False
        else:  # 万 / 亿
            u = CN_BIG[tok]
            part = section + (pending or 0)
            if last_big is not None and u == last_big:
                return None  # 万万
            if last_big is not None and u > last_big:  # 一万亿: multiplies all before
                total = (total + wan + part) * u
                wan = D(0)
            elif u == CN_BIG["亿"]:
                total += (wan + (part or D(1))) * u
                wan = D(0)
            else:
                wan += (part or D(1)) * u
            section, pending, last_small, last_big = D(0), None, None, u
            prev_digit = zero = False
    if pending is not None:
        if last_small is not None and not zero:
            pending *= D(last_small) / 10  # colloquial 一百五 = 150: next place down
        elif last_small is None and last_big is not None and not zero:
            pending *= D(last_big) / 10  # 两万五 = 25000
        section += pending
    return float(total + wan + section)


def parse_number(s: str) -> float | None:
    """The value of one written number, or None.

    Handles `1,234` / `1,234.5`, full-width digits, Chinese numerals
    (`两`, `三十六`, `一万二千`, `一百零五`, `二点三亿`), `半`, mixed `1.2万` / `3万`, and a
    trailing 余/多 (`二十余` → 20).
    """
    if not isinstance(s, str):
        return None
    t = s.translate(FOLD).strip()
    t = _APPROX_TAIL.sub("", t).strip()
    if not t:
        return None
    if t == "半":
        return 0.5
    if t.startswith("百分之"):
        return parse_number(t[3:])
    m = _ARABIC.fullmatch(t)
    if m:
        return _number(t)
    # an Arabic number with separators followed by Chinese units (1,234万)
    m = re.match(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t)
    if m and t[m.end():] and all(c in CN_BIG or c in CN_SMALL for c in t[m.end():]):
        t = t[: m.end()].replace(",", "") + t[m.end():]
    m = _CN_DECIMAL.fullmatch(t)
    if m:  # 二点三亿, 十二点五: the integer part, then one digit a place
        whole = _parse_cn(m.group(1))
        if whole is None:
            return None
        value = Decimal(repr(whole)) + Decimal("0." + "".join(str(CN_DIGITS[c]) for c in m.group(2)))
        for c in m.group(3):
            value *= CN_BIG[c]
        return float(value)
    if not re.fullmatch(rf"(?:\d+(?:\.\d+)?|[{CN_CHARS}])+", t):
        return None
    return _parse_cn(t)


# ---------------------------------------------------------------- units

# Multiplier prefixes on a unit, longest first (万亿元 before 万元).
_PREFIXES = [("万亿", 10**12), ("千亿", 10**11), ("百亿", 10**10), ("十亿", 10**9),
             ("千万", 10**7), ("百万", 10**6), ("十万", 10**5),
             ("亿", 10**8), ("万", 10**4), ("千", 10**3), ("百", 10**2)]
# Units that begin with a prefix character but are units in their own right.
_KEEP = ("千米", "千克", "千瓦时", "千瓦", "千伏", "千帕", "千卡", "千焦", "百分点", "百分比", "万分之", "千分之")
# Spellings of one unit, so that `3个方面` and `3个`, `2个小时` and `2小时` meet.
_SYNONYMS = {"平米": "平方米", "㎡": "平方米", "百分点": "个百分点", "个方面": "个", "方面": "个",
             "个小时": "小时", "个工作日": "工作日", "个自然日": "自然日", "个季度": "季度", "个学期": "学期",
             "个星期": "周", "星期": "周", "日": "天", "公斤": "千克", "kg": "千克",
             "台(套)": "台", "台套": "台", "台(件)": "台", "周岁": "岁", "基点": "个基点",
             "t": "吨", "m": "米", "mm": "毫米", "km": "公里", "m²": "平方米", "m2": "平方米", "m³": "立方米", "m3": "立方米",
             "kW": "千瓦", "mg": "毫克", "μg": "微克", "ug": "微克", "L": "升", "mL": "毫升"}  # equipment counted in sets is counted in 台
_APPROX = "余多"


def _scale(head: str) -> tuple[int, str]:
    """Split a unit head into its multiplier and base (`万余吨` → 10000, `吨`)."""
    mult = 1
    head = head.lstrip(_APPROX)
    while True:
        if head.startswith(_KEEP) or head in _SYNONYMS:
            break
        for p, k in _PREFIXES:
            if head.startswith(p):
                mult *= k
                head = head[len(p):].lstrip(_APPROX)
                break
        else:
            break
    return mult, head


def normalize(value: float, unit: str) -> tuple[float, str]:
    """Value and unit in the base unit: (5255.42, "万元") → (52554200.0, "元").

    Any 万/亿/千/百 prefix multiplies (`万人次`, `亿元`, `万平方米`); units that
    merely begin with such a character stay (`千米`, `千克`, `百分点`). A rate
    keeps its denominator (`万吨/年` → `吨/年`, `8元/生/餐` unchanged).
    Unknown units come back unchanged; a bare prefix (`万`) gives unit "".
    """
    u = (unit or "").translate(FOLD).replace(" ", "")
    if u == "成":  # tenths (两成): a share, in percent
        return float(value) * 10, "%"
    head, sep, rest = u.partition("/")
    mult, base = _scale(head)
    base = _SYNONYMS.get(base, base)
    out_unit = base + (sep + rest if sep else "")
    if mult == 1:
        return float(value), out_unit if u else unit
    try:
        v = float(Decimal(repr(float(value))) * mult)
    except (InvalidOperation, ValueError, OverflowError):
        v = float(value) * mult
    return v, out_unit
