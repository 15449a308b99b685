"""Figures a notice reports: a number and its unit or measure word.

What counts is decided by /work/shared/labelling-guide.md. Every rule is a
pattern of the language or genre (dates, ordinals, slogans in quotes, titles,
document numbers, frequencies, ranks, programme names), never a particular
notice's sentence. Every Figure's `text` is `doc_text[start:end]`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

from .clauses import labelled_below
from .facts import annotate
from .numerals import FOLD, normalize, parse_number
from .types import Figure

_DIG = "0-9"
_CN = "零〇一二两三四五六七八九十百千万亿"
_NUM = re.compile(
    rf"(?P<pct>百分之)?(?P<num>[{_DIG}]+(?:,[{_DIG}]{{3}}(?![{_DIG}]))*(?:\.[{_DIG}]+)?"
    rf"|[{_CN}]+(?:点[零〇一二三四五六七八九]+[万亿]*)?|半)"  # 二点三亿: a Chinese decimal point
)
# a fraction (三分之二, 五分之一): a share, its value the quotient to four places, unit 分之; 百分之 is a percent
# (read with the number), 千分之/万分之 per-mille shares are left alone
_FRACTION = re.compile(rf"(?P<den>[{_DIG}]+|[二三四五六七八九十]+)分之(?P<num>[{_DIG}]+(?:\.[{_DIG}]+)?|[一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)")
# a number in two parts (1亿2300万元, 18万6千元, 3万5千元): the second part's digits fit under the first's unit
_COMPOUND = re.compile(rf"(?P<yi>[{_DIG}]+)亿(?P<wan>[{_DIG}]{{1,4}})(?=万)|(?P<w>[{_DIG}]+)万(?P<q>[{_DIG}])(?=千)")
# 万分之42, 千分之三: a share per myriad or per mille, its value the number after 分之
_PER_MYRIAD = re.compile(rf"(?P<per>万|千)分之(?P<num>[{_DIG}]+(?:\.[{_DIG}]+)?|[一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)")
_SEP = "-—–~至到"
_SPACE = " \u00a0"
_APPROX = "余多"
_PREFIXES = ("万亿", "千万", "百万", "十万", "亿", "万", "千", "百")
_BARE_BIG = ("万亿", "千万", "百万", "亿", "万")  # `3万` with no unit after still states a quantity


@dataclass(frozen=True)
class _Unit:
    cls: bool = False  # a classifier: `一` before it is usually the article "a"
    only: str | None = None  # "ar": only after Arabic digits
    not_next: str = ""  # characters that, right after it, make a different word
    duration: bool = False


_UNITS: dict[str, _Unit] = {}


def _add(names: str, **kw) -> None:
    for n in names.split():
        _UNITS[n] = _Unit(**kw)


_add("个 件 宗 例 篇 册 封 笔 块 片 辆 栋 幢 盒 瓶 粒 袋 箱 桶 颗 枚 根 棵 株 匹 艘 只 头", cls=True)
_add("个方面 方面 大项 小项 人次 户次 家次 件次 场次 批次 轮次 校次 车次 架次 班次 所次 期次 台次 辆次 艘次",
     cls=True)
_add("课时 学时", only="ar")  # (累计上课24课时: lessons counted)
# Classifiers, each with the characters that, right after it, make another word
# (项目, 人民, 处理, 台账, 部门, 一次性 …) rather than a measure word.
_CLASSIFIERS = """
项:目 批:复准示评发而判阅注 次:性日年月要序级数 条:例款理线幅形纹 名:单称义录片誉列字牌胜
位:于置列居次数 家:庭乡属族电具风书 种:植类子养质族田苗 支:持出付部援撑柱配书 套:餐用 份:额子
场:所地景面馆合 轮:胎流换 本:级地人身部科土市区县次轮期届单着来 张:贴家口
起:来步草诉点始到源床飞跑止身见 所:有在属谓以得需长述辖说用能 间:隔断接 处:理置罚分长室级于在事境
座:谈位右 台:账湾风阶山州上下前 部:门署分长队委级位属件落下 户:籍口外型主头
人:民大均口群才性格事文身物 组:织成建长合团员委会 队:伍员长 段:落时 门:口槛户店诊类峡前
"""
for _item in _CLASSIFIERS.split():
    _name, _not_next = _item.split(":")
    _add(_name, cls=True, not_next=_not_next)
# Chinese numerals before these are names (`七类人群`, `二期工程`, `三方协议`) or
# quarters (`一季度`); with Arabic digits they count.
_add("类 期", cls=True, only="ar")
_add("村 镇 乡 县 街道 社区 层", cls=True, only="ar")
_add("眼", cls=True, only="ar", not_next="睛光界前下里神")
# statistical tables count equipment in sets (164台（套）, 412台套) and visits per person (327个次)
_add("台（套） 台(套) 台套 台（件） 台(件) 个次", cls=True)
_add("桌", cls=True, not_next="面椅子布")  # 宴请亲友共46桌
_add("票", cls=True, only="ar", not_next="据价房务证")  # 现场投票满意62票
_add("剂", cls=True, only="ar")  # 中药饮片28剂
_add("款", cls=True, only="ar", not_next="项式额物子")  # 下架4款产品 (not 款项)
_add("盏 卷", cls=True, only="ar")
_add("具", cls=True, only="ar", not_next="体有备有")  # 更换灭火器1240具 (not 具体, 具有, 具备)
_add("对", cls=True, only="ar", not_next="照标接象于应待比外话口手称策此其全本各该象账")  # 58对新人
_add("岁 周岁 学分 字", only="ar", not_next="月数")
_add("成", only="cn", not_next="为立员果效绩本功分就熟型交长品年不")  # tenths: 提高两成, 降幅一成 (一成不变 is no figure)  # ages (49.6岁), credits, a document's length  # 关停自备井312眼 (wells)
_add("分", only="ar", not_next="钟之别类局配析解成管布散院公享批期担行摊红支队站")  # a score: 扣减信用分96分
_add("方", only="ar", not_next="面案式法向针位便")
_add("口", cls=True, only="ar", not_next="径岸号头述")
# Measures, money and percentages.
_add("元 美元 欧元 港元 英镑", not_next="旦素宵")
_add("吨 公斤 千克 克 毫克 微克 斤 升 毫升 立方米 立方 米 公里 千米 厘米 毫米 平方米 平米 平方公里 平方千米 公顷 亩 ㎡")
_add("km kg % % ‰ 个百分点 百分点 倍 千瓦 千瓦时 兆瓦 度电 千伏")
# a bank's changes in basis points (下降108个基点: hundredths of a point)
_add("个基点 基点")
# a ratio written with a colon, of which the second term is 1 (生师比19.6:1)
_add(":1", only="ar", not_next="0123456789.")
# per-myriad and per-mille shares written in words (万分之42, 千分之三): the number after 分之, the unit the words
_add("万分之 千分之")
_add("番")  # only in 翻N番, checked below
# a technical report's ASCII units (486mg/L, 2000t/d, 3260m², 268μg/m³, 8600kW), never the start of a
# longer Latin word (5min, 3mm is its own)
_add("mg μg ug t m mm m² m³ m2 m3 kW MW kWh L mL", only="ar",
     not_next="abcdefghijklnopqrstuvwxyzABCDEFGHIJKMNOPQRSTUVWXYZ0123456789")
# Durations. 月 alone and 季度 alone are calendar words (8月, 一季度): not units.
_add("个月 小时 个小时 分钟 个工作日 工作日 个自然日 自然日 个季度 个星期 星期 个学期 学期", duration=True)
_add("天", duration=True, not_next="然津地空气下堂使")
_add("周", duration=True, not_next="年岁边末围期转刊")
_add("年", duration=True, not_next="级代龄薪纪初末底中货会鉴报画终轻")
_add("日", duration=True)
_add("秒", duration=True, not_next="杀")
_add("分贝 dB")  # a noise level: 62分贝 (not a 62-point score)
_add("节", cls=True, only="ar")  # lessons: 报了96节课
_add("学时", only="ar")  # training hours: 累计48学时

_UNIT_RE = re.compile("|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)))

# What makes a number not a reported figure, by what stands before it.
_BEFORE_SKIP = [
    re.compile(r"第\s*$"),  # ordinals: 第十轮, 第二水质净化厂
    re.compile(r"每隔?$"),  # frequencies: 每半年, 每3个月
    re.compile(rf"第\s*[{_DIG}{_CN}]+\s*[{_SEP}]\s*$"),  # 第1至3批
    re.compile(r"最后$"),  # 最后一公里
    re.compile(r"(?:排名|排在|排位|位列|位居|名列|列第|倒数|居第)[第前]?\s*$"),  # ranks
    re.compile(r"(?:浏览|点击|阅读|访问)(?:次数|量|数)?\s*:?\s*$"),  # page furniture
    re.compile(r"(?:[A-Za-z_@#&=]|[A-Za-z0-9][-.:/:])$"),  # codes, times, URLs: G325, 8:30
    re.compile(rf"[{_DIG}][-—–~/]$"),  # second half of a phone number or date
    re.compile(r"[A-Za-z]\d+\+$"),  # a road chainage: K12+300
    re.compile(r"[(（]\s*附(?:图|照片|件|表)\s*$"),  # page furniture: （附图3张）, (附件2份)
]
# 前十轮 / 前三名: an ordinal range, unless 前 ends a word (目前, 当前, 提前 …).
_ORDINAL_FRONT = re.compile(r"(?<![目当此之提以日年月节会事空战面门跟向上前])前$")
_ORDINAL_UNITS = {"轮", "批", "期", "届", "名", "位", "次", "个季度", "轮次", "批次"}
# `只开展了一次`: 一 counts here rather than being the article.
_COUNTING = re.compile(r"(?:只|仅|共|累计|合计|总计|共计)[^,。;、\n]{0,5}$")
# Chinese-numeral phrases that are names: 八项规定, 四个意识, 两个维护.
_NAME_TAIL = re.compile(
    r"规定|意识|自信|维护|服从|确立|全面|形态|不变|区分开来|严禁|不准|禁止|禁令|原则|纪律|注意|务必|"
    r"必须|代表|责任|"
    r"(?:领导)?班子"  # 四套班子: the four leading bodies
)
# Programmes named by a duration: 三年行动计划, 百日攻坚.
_PROGRAMME_TAIL = re.compile(
    r"行动|计划|规划|攻坚|工程|会战|机制|活动|战略|一遇|[\u4e00-\u9fff]{0,3}?(?:机制|[生服经][活务济]圈)")
# 每年1次, 每月2次: how often, not how many
_FREQUENCY = re.compile(r"每(?:年|月|周|天|日|季度?|学期|星期|半年)(?:至少|不少于|不低于|最多|不超过)?\s*$")
_DAY_AFTER = re.compile(r"(?:内|以内|之内|以上|左右|后|以后|时间)")
_DAY_BEFORE = re.compile(r"(?:连续|历时|用时|为期|累计|共|仅|只|需|需要|用了|提前|延长|缩短|超过|不超过|限)\s*$")
_HALF_BEFORE = "上下每前后大多一"
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9/._~:?#@!$&'*+=%-]+"
                  r"|[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SENT_END = set("。!?;\n\r")
_QUOTES = {"“": "”’", "‘": "’", "「": "」", "『": "』", '"': '"'}


def _masks(text: str) -> tuple[bytearray, list[int]]:
    """Per character: inside a title/document number/URL (1), and the length of
    the shortest quote around it (a large number when none)."""
    hard = bytearray(len(text))
    quote = [10**6] * len(text)
    for m in _URL.finditer(text):
        hard[m.start():m.end()] = b"\1" * (m.end() - m.start())
    for open_, close, limit in (("《", "》", 200), ("〔", "〕", 12), ("[", "]", 12), ("【", "】", 12)):
        for m in re.finditer(re.escape(open_), text):
            j = text.find(close, m.end(), m.end() + limit)
            if j >= 0 and "\n" not in text[m.end():j]:
                hard[m.start():j + 1] = b"\1" * (j + 1 - m.start())
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _QUOTES:
            for j in range(i + 1, min(len(text), i + 62)):
                if text[j] in _QUOTES[ch]:
                    n = j - i - 1
                    for t in range(i + 1, j):
                        quote[t] = min(quote[t], n)
                    if ch == '"':
                        i = j  # the closing mark is not another opening
                    break
                if text[j] in "\n“「『" or (ch == '"' and text[j] == "“"):
                    break
        i += 1
    return hard, quote


def _masked(masks, pos: int, kind: str) -> bool:
    hard, quote = masks
    if hard[pos]:
        return True
    # Chinese numerals in quotes are slogans (“六进六入”); Arabic ones only in
    # short quotes (“蓝剑1号”): a long quote can cite real targets.
    return quote[pos] <= (40 if kind != "ar" else 10)


def _unit_at(text: str, k: int, kind: str) -> tuple[int, str] | None:
    """The unit written at k, after a number: (end, unit as written without 余/多)."""
    best: tuple[int, str] | None = None
    a1 = k + 1 if k < len(text) and text[k] in _APPROX else k
    for p in ("",) + _PREFIXES:
        if p and not text.startswith(p, a1):
            continue
        b = a1 + len(p)
        if p and a1 == k and b < len(text) and text[b] in _APPROX:
            b += 1  # 3万余米
        if p and b < len(text) and text[b] == " " and b + 1 < len(text) and text[b + 1] != " ":
            b += 1  # 860万\n元: a hard-wrapped line broke between the prefix and the unit (fold_doc made it a space)
        m = _UNIT_RE.match(text, b)
        if m:
            # the longest unit first, then shorter ones that also fit (个周末 → 个)
            w = m.group()
            for u in (w[:n] for n in range(len(w), 0, -1)):
                if u in _UNITS and _unit_ok(text, u, b + len(u), kind):
                    if u == "个":
                        t = re.match(r"[余多](月|小时|星期|工作日|自然日|学期|季度)", text[b + 1:b + 5])
                        if t:  # 3个多月: the unit is 个月
                            u2 = "个" + t.group(1)
                            e, rate = _rate(text, b + 1 + t.end())
                            best = (e, p + u2 + rate) if best is None or e > best[0] else best
                            break
                    e, rate = _rate(text, b + len(u))
                    if best is None or e > best[0]:
                        best = (e, p + u + rate)
                    break
        if p in _BARE_BIG and best is None:
            if (b >= len(text) or not re.match(r"[\u4e00-\u9fffA-Za-z]", text[b])
                    or re.match(r"以上|以下|左右|之多", text[b:b + 2])):
                best = (b, p)  # 超过3万。 50万以上
    return best


def _base(unit: str) -> str:
    head = unit.split("/")[0]
    if head in _UNITS:
        return head
    for p in _PREFIXES:
        if head.startswith(p) and head[len(p):] in _UNITS:
            return head[len(p):]
    return head


def _unit_ok(text: str, u: str, e: int, kind: str) -> bool:
    spec = _UNITS[u]
    if spec.only and spec.only != ("ar" if kind == "ar" else "cn"):
        return False
    if e < len(text) and text[e] in spec.not_next:
        # …but a word the classifier starts that is itself counted by it (48台风机: wind turbines, not 台风)
        return kind == "ar" and text[e:e + 2] in _COUNTED_AFTER.get(u, ())
    return True


# a two-character word after a classifier whose first character would otherwise make another word
# with it (台风 typhoon / 台账 ledger), but which that classifier counts
_COUNTED_AFTER = {"台": ("风机", "风扇")}


def _rate(text: str, e: int) -> tuple[int, str]:
    """A rate's denominators (`/年`, `/生/餐`): a known unit or a single character."""
    out = ""
    for _ in range(3):
        if e + 1 < len(text) and text[e] == "/":
            m = _UNIT_RE.match(text, e + 1)
            big = re.match(r"[万亿千百](?:元|张|人|户|吨|辆|台|件|个|次|亩|平方米|公里)", text[e + 1:e + 5])
            if m:
                seg = m.group()
            elif big:
                seg = big.group()  # (0.18件/亿元, 1.42件/万张: per hundred million yuan of assets, per ten thousand cards)
            elif "\u4e00" <= text[e + 1] <= "\u9fff" and (text[e + 1] in "年月日天周时次人户生餐亩吨台辆间件个位名家座套张份床班"
                                                             or not re.match(r"[\u4e00-\u9fff](?<![的以左之内和及或])", text[e + 2:e + 3])) \
                    or text[e + 1] in "dhaLs" and not re.match(r"[A-Za-z]", text[e + 2:e + 3]):
                seg = text[e + 1]  # (/年, /生; t/d, mg/L; not 318个/党纪政务处分→241人: a slash between two items)
            else:
                break
            out += text[e] + seg
            e += 1 + len(seg)
        else:
            break
    return e, out


def _read(text: str, i: int):
    """The number starting at i: (start, num_start, body_end, raw_end, value, kind, body, raw)."""
    m = _NUM.match(text, i)
    if not m:
        return None
    raw, ns, ne = m.group("num"), m.start("num"), m.end("num")
    kind = "half" if raw == "半" else ("ar" if raw[0] not in _CN else "cn")
    body, body_end = raw, ne
    if kind == "cn" and not m.group("pct"):
        # 三十万元: a trailing 万/亿 is read again as the unit's prefix (value 30, unit 万元)
        sm = re.fullmatch(r"(.*?)(万亿|万|亿)", raw)
        if sm and not re.search("[万亿]", sm.group(1)):
            body = sm.group(1)
            body_end = ns + len(body)
    value = parse_number(body) if body else 1.0
    if value is None:
        return None
    return m.start(), ns, body_end, ne, value, kind, body, raw


def _context_ok(text: str, start: int, body: str, raw: str, kind: str) -> bool:
    before = text[max(0, start - 12):start]
    if any(p.search(before) for p in _BEFORE_SKIP):
        return False
    if kind == "ar":
        digits = re.sub(r"[^0-9]", "", body)
        if body[0] == "0" and len(digits) >= 3 and "." not in body:
            return False  # 0546-…, area codes
        if len(digits) >= 11 and "." not in body:
            return False  # phone numbers, ICP numbers
        if re.fullmatch(r"12\d{3}", body) and re.search(r"热线|服务|平台|电话|举报|投诉", text[start + len(body):start + len(body) + 10]):
            return False  # 12333人社服务热线, 12345政务服务便民热线: a hotline's number, no 12333人
    if kind == "cn":
        if not raw.strip("零〇"):
            return False  # 零 alone: 零容忍, 零报告
        after = text[start + len(raw):start + len(raw) + 1]
        if raw[0] in "百千万亿" and not (re.search(r"(?:近|上|逾|超|超过|约)$", before) or after in _APPROX):
            return False  # 万家和超市, 千方百计: 百/千/万 without a digit are words
        if raw == "一" and re.search(r"[这那哪]$", before):
            return False  # 这一年, 那一次: which one, no quantity
        if raw == "一" and (re.search(r"一[升降增减进退上下]$", before) or re.match(r"[升降增减进退]一[升降增减进退]", text[start + 1:start + 4])):
            return False  # 一降一升, 一增一减: a pair of words, no quantity (一升 is no litre there)
    return True


def _figure_ok(text: str, start: int, ns: int, value: float, kind: str, body: str,
               unit: str, end: int) -> bool:
    """Rules that need both the number and its unit."""
    base = _base(unit)
    spec = _UNITS.get(base)
    if spec is None and unit not in _BARE_BIG:
        return False
    before = text[max(0, start - 12):start]
    after = text[end:end + 6]
    if base in _ORDINAL_UNITS and _ORDINAL_FRONT.search(before):
        return False  # 前十轮, 前三名
    if base in ("次", "轮", "场", "回") and _FREQUENCY.search(before):
        return False  # 每年1次
    if base == "分" and re.search(r"[时点:]\s*$", text[max(0, ns - 2):ns]):
        return False  # 9时30分 is a time of day, not a score
    if base == "番" and not before.endswith("翻"):
        return False  # 一番努力
    if base == "年" and (kind == "ar" and value >= 1000 or kind == "cn" and 1900 <= value <= 2100
                         or re.match(rf"[{_DIG}{_CN}]+月", after)):
        return False  # 2019年, 二千零二十四年, 2020年度, 19年3月
    if base == "日" and (re.search(r"月\s*$", text[max(0, ns - 3):ns])
                        or not (_DAY_AFTER.match(after) or _DAY_BEFORE.search(before))):
        return False  # 6月30日 is a date; 30日内 is a duration
    if kind == "half" and before[-1:] in _HALF_BEFORE:
        return False  # 上半年, 一半
    if spec is not None and spec.duration and _PROGRAMME_TAIL.match(after):
        return False  # 三年行动计划, 百日攻坚
    if kind == "cn":
        if _NAME_TAIL.match(after):
            return False  # 八项规定, 四个意识
        if len(body) == 1 and end - ns == 2 and (
                re.match(rf"[{_CN}][\u4e00-\u9fff]", after)
                or (len(before) >= 2 and before[-2] in _CN and before[-1] in _UNITS)):
            return False  # two numeral-measure pairs make an idiom: 一户一档, 三番五次
        if body == "一" and spec is not None and spec.cls and not _COUNTING.search(before):
            return False  # 一批, 一项重要任务: the article "a"
        if body == "四" and base == "周":
            return False  # 四周 = all around
    return True


def _range_ok(v1: float, v2: float, unit: str) -> bool:
    base = _base(unit)
    if base == "年" and (v1 >= 1000 or v2 >= 1000):
        return False  # 2019-2020年
    if v1 == 1 and base in _ORDINAL_UNITS | {"季度", "届"}:
        return False  # 1-11批: an ordinal range
    return v2 >= v1  # a falling pair is a code or a date, not a range


def _quantity(text: str, r) -> tuple[int, str, int, bool] | None:
    """Unit, range and 余/多 after a number: (end, unit, resume_at, is_figure)."""
    start, ns, k, raw_end, value, kind, body, _raw = r
    if text.startswith("百分之", start):
        return raw_end, "%", raw_end, True  # 百分之九十五
    # a range: 65-70%, 3至5个, 65%-70%
    for with_first_unit in (False, True):
        j, u1 = k, None
        if with_first_unit:
            u1 = _unit_at(text, k, kind)
            if not u1:
                break
            j = u1[0]
        # 3个到5个 is a change from one count to another; only 65%-70% repeats the unit
        if j < len(text) and text[j] in (_SEP if u1 is None else _SEP[:-2]):
            r2 = _read(text, j + 1)
            if r2 and r2[0] == j + 1 and (kind == "ar") == (r2[5] == "ar"):
                u2 = _unit_at(text, r2[2], r2[5])
                if u2 and (u1 is None or u2[1] == u1[1]):
                    end, unit = u2
                    ok = _range_ok(value, r2[4], unit) and _figure_ok(
                        text, start, ns, value, kind, body, unit, end)
                    return end, unit, end, ok
    u = _unit_at(text, k, kind)
    if u is None:
        j = k
        while j < len(text) and j - k < 2 and text[j] in _SPACE + "*":
            j += 1  # 237054.47 万元; a post's bold number, **386**件
        if j > k:
            u = _unit_at(text, j, kind)
            if u and u[1] in _BARE_BIG:
                u = None
    nl = k + 1 if text[k:k + 1] in tuple(_APPROX) else k  # (2760余 / 个)
    if u is None and text.startswith("\n", nl) and not text[text.rfind("\n", 0, start) + 1:start].strip():
        # an infographic's text (2136 / 件 / 受理问题线索): the number alone on its line, its unit alone on
        # the next; the surface form keeps the line break (offsets stay exact)
        u = _unit_at(text, nl + 1, kind)
        if u and (u[1] in _BARE_BIG or text[u[0]:u[0] + 1] not in ("\n", "") and text[u[0]:text.find("\n", u[0]) if "\n" in text[u[0]:] else len(text)].strip()):
            u = None
    if u is None:
        return None
    end, unit = u
    return end, unit, end, _figure_ok(text, start, ns, value, kind, body, unit, end)


def _sentence(text: str, bounds: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_left(bounds, pos)
    s = bounds[i - 1] + 1 if i > 0 else 0
    while s < pos and text[s] in " \t\r\n\u3000\u00a0\ufeff":
        s += 1
    if i < len(bounds):
        b = bounds[i]
        e = b if text[b] in "\r\n" else b + 1
    else:
        e = len(text)
    return s, e


def extract_figures(doc: str, text: str,
                    subject_at: Callable[[int], str | None] | None = None) -> list[Figure]:
    """Every figure the notice reports, in order of position."""
    source = text
    from .textnorm import fold_doc

    text = fold_doc(source)  # same length: rules see ASCII forms and wrapped lines joined, spans come from `source`
    from .textables import comma_rows

    for a, b in comma_rows(source):  # a CSV row's commas part cells (same length, spans unchanged)
        text = text[:a] + re.sub(r"[,,]", "|", text[a:b]) + text[b:]
    masks = _masks(text)
    bounds = [i for i, ch in enumerate(text) if ch in _SENT_END]
    out: list[Figure] = []
    pos = 0
    while True:
        m = _NUM.search(text, pos)
        if not m:
            break
        r = _read(text, m.start())
        if r is None:
            raw = m.group("num")
            # 统一三个 reads as 一三: start again after the 一 of the word before
            pos = m.start() + 1 if raw[0] == "一" and len(raw) > 1 and "〇" not in raw else m.end()
            continue
        start, ns, _k, raw_end, value, kind, body, raw = r
        pos = raw_end
        if kind == "ar" and (cm := _COMPOUND.match(text, ns)) and not _masked(masks, ns, kind):
            # 1亿2300万元, 18万6千元: a number written in two parts, in the unit of the last (12300万元, 186000元)
            if cm.group("yi"):
                value, u = float(int(cm.group("yi")) * 10000 + int(cm.group("wan"))), _unit_at(text, cm.end(), kind)
            else:
                value, u = float(int(cm.group("w")) * 10000 + int(cm.group("q")) * 1000), _unit_at(text, cm.end() + 1, kind)
            if u and (cm.group("yi") or not u[1].startswith(("万", "亿", "千"))):
                out.append(_figure(doc, source, text, bounds, start, u[0], value, u[1], subject_at))
                pos = u[0]
                continue
        if (pm := _PER_MYRIAD.match(text, start)) is not None:
            v = parse_number(pm.group("num"))
            if v is not None and not _masked(masks, ns, kind):
                out.append(_figure(doc, source, text, bounds, start, pm.end(), v, pm.group("per") + "分之", subject_at))
            pos = pm.end()
            continue
        if (fr := _fraction(text, start)) is not None:
            if not _masked(masks, ns, kind):
                fig = _figure(doc, source, text, bounds, start, fr[0], fr[1], "分之", subject_at)
                if fig.value <= 1:
                    out.append(fig)
            pos = fr[0]
            continue
        if _masked(masks, ns, kind):
            # a short quote that ends with the figure and its unit (更正为“3865.2万元”, 原文“共反馈问题263个”)
            # cites a figure; one that names a thing (“蓝剑1号”) does not
            got = None if masks[0][ns] or kind != "ar" else _quantity(text, r)
            if not (got and got[3] and text[got[0]:got[0] + 1] in "”’」』\"" and _UNITS.get(_base(got[1])) is not None):
                continue
        if kind == "ar" and start > 0 and text[start - 1] in "¥￥" and not _masked(masks, ns, kind) \
                and not re.match(r"\s*(?:[万亿千百]?元|[万亿])", text[raw_end:raw_end + 3]):
            # ¥1,035,000.00: an amount in yuan the sign says, with no unit word after it (￥3,600元 has one)
            out.append(_figure(doc, source, text, bounds, start - 1, raw_end, value, "元", subject_at))
            continue
        if not _context_ok(text, start, body, raw, kind):
            continue
        found = _quantity(text, r)
        if found is None:
            continue
        end, unit, resume, ok = found
        pos = max(pos, resume)
        if not ok:
            continue
        if text[end:end + 1] == "半" and unit in ("年", "个月", "小时", "个小时", "天", "周") and text[end + 1:end + 2] not in ("年", "月", "天"):
            value, end = value + 0.5, end + 1  # 留党察看一年半, 两个半月: and a half (not 一年半年)
            pos = max(pos, end)
        out.append(_figure(doc, source, text, bounds, start, end, value, unit, subject_at))
    cells = _table_cells(doc, source, out, bounds, text, subject_at)
    if cells:
        out = sorted(out + cells, key=lambda f: f.start)
    for i, f in enumerate(out):
        f.id = f"{doc}#f{i + 1}"
    return annotate(source, out, folded=text)  # measure, period and kind: pipeline/facts.py


def _fraction(text: str, start: int) -> tuple[int, float] | None:
    """(end, value) of a fraction starting at `start` (三分之二 → 0.6667), else None."""
    m = _FRACTION.match(text, start)
    if not m:
        return None
    den, num = parse_number(m.group("den")), parse_number(m.group("num"))
    if not den or num is None:
        return None
    return m.end(), round(num / den, 4)


def _figure(doc: str, source: str, text: str, bounds: list[int], start: int, end: int, value: float, unit: str,
            subject_at: Callable[[int], str | None] | None) -> Figure:
    norm_value, base_unit = normalize(value, unit)
    ss, se = _sentence(text, bounds, start)
    if se <= end and labelled_below(text, start, end):
        # an infographic's figure (clauses.labelled_below): the label line after it is its sentence's
        nl = text.find("\n", end + 1)
        se = len(text) if nl < 0 else nl
    return Figure(
        id="", doc=doc, start=start, end=end, text=source[start:end],
        value=value, unit=unit, norm_value=norm_value, base_unit=base_unit,
        subject=subject_at(start) if subject_at else None,
        sentence_start=ss, sentence_end=se, sentence=source[ss:se],
    )


# a column header that names its cells' unit: 反馈问题数(个), 金额(万元), 整改率(%); a two-level header
# read into one label keeps its parent's unit before the child's name: 问题线索(件)受理数
# (any measure word a figure may carry, 清理合同(份), 储备粮(万吨), with or without a 万/亿 before it)
_HEADER_UNITS = sorted(set(_UNITS) | {p + u for p in ("万", "亿", "千", "百万") for u in _UNITS if not _UNITS[u].duration}
                       | {"万元", "亿元", "千元"}, key=len, reverse=True)
_HEADER_UNIT = re.compile(r"[((](?:单位[:：]\s*)?((?:" + "|".join(map(re.escape, _HEADER_UNITS)) + r")(?:/(?:"
                          + "|".join(map(re.escape, _HEADER_UNITS)) + r"|[\u4e00-\u9fff]{1,2}))?)[))](?=[^()\n]{0,10}$)")
# (亿元资产投诉量(件/亿元): a rate's header names its whole unit, the numerator's and the denominator's)
# a column or row of a bordered Markdown table that numbers, dates or ranks its rows, not counts
_RANK_HEADER = re.compile(r"排名|名次|排序|序号|编号|位次")
_NOT_COUNT = re.compile(r"序号|编号|排名|名次|排序|年份|年度|日期|时间|代码|电话|邮编|批次|期号")
# a header that is a noun ending in its own measure word (检测车辆, 受理案件): cells count that
_COUNT_HEADER = re.compile(r"^[^\d()（）\s率比额金款费]{1,8}(?<![人户次])数$")  # 问题数, 反馈问题数 (not 人数: 人)
_DONE_HEADER = re.compile(r"^(?:已|未|尚未|累计)[\u4e00-\u9fff]{1,4}$")  # 已整改, 已办结
_NOUN_UNIT = re.compile(r"^[^\d()（）\s]{1,8}(辆|件|户|家|人|名|起|宗|项|条|座|所|台|套|吨)数?$")  # 检测车辆, 涉及人数
_BARE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_LABEL_CELL = re.compile(r"(?m)^(?P<label>[^\s:,。;]{1,24}[(][^()\n]{1,6}[)][^\s:,。;()]{0,10})[:][ \t]*"
                         r"(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*$")


# the line introducing a table names the units its header leaves out: (单位:万元) for every column,
# (案卷数单位:件;平均分单位:分) for the columns those words head
_CAPTION_UNIT = re.compile(r"(?:([^\s,;、()::。]{1,8}?))?单位[::为是]\s*(" + "|".join(map(re.escape, _HEADER_UNITS)) + r")(?![\u4e00-\u9fff])")


def caption_unit(caption: str, header: list[str], col: int) -> str | None:
    """The unit a table's caption gives column `col` (folded caption and header): the unit of the
    caption's measure the column's header names (案卷数 in 评查案卷数); a column it does not name
    (优秀, 合格 after 评查案卷数) counts in the unit of the nearest named column before it; with no
    measure named, the one unit stated is every column's."""
    said = [(m.group(1) or "", m.group(2)) for m in _CAPTION_UNIT.finditer(caption)]
    if not said or not 0 < col < len(header):
        return None
    if len(said) == 1 and not said[0][0]:
        return said[0][1]

    def named(h: str) -> str | None:
        return next((u for w, u in said if w and (w in h or len(h) >= 2 and h in w)), None)

    for c in range(col, 0, -1):
        if (u := named(header[c])) is not None:
            return u
    return None


_NOTE_UNIT = re.compile(r"(?:注|说明|备注)\s*[:：][^\n]{0,20}?单位(?:为|是|均为|:|：)\s*(万元|亿元|元|个|家|人|名|件|起|处|所|项|户|条|次|人次|亩|公里|吨)(?![\u4e00-\u9fff])")


def note_unit(source: str, row_end: int) -> str | None:
    """The unit a note right under a table gives all its cells (注：表中单位为家。), read from the line
    after the table's last row; None when there is no such note."""
    from .textables import row_at

    pos = row_end + 1
    while pos < len(source):
        end = source.find("\n", pos)
        end = len(source) if end == -1 else end
        if end - pos >= 3 and row_at(source, pos) is not None:
            pos = end + 1
            continue
        m = _NOTE_UNIT.match(source, pos)
        return m.group(1) if m else None
    return None


def prose_unit(source: str, head: str) -> str | None:
    """The unit the notice's prose counts a column's measure in (政务处分85人 for a column headed 政务处分
    whose cells are bare): the one unit every figure said right after the header's words carries; None
    when the prose never says it, or says it in two units."""
    from .textnorm import fold

    words = re.sub(r"[((][^()]*[))]", "", fold(head)).strip()
    if len(words) < 2 or re.search(r"\d", words):
        return None
    folded = fold(source)
    pattern = r"[^\d,;。:\n]{0,4}?\d[\d.,]*(" + "|".join(map(re.escape, _PROSE_UNITS)) + r")(?![\u4e00-\u9fff])"
    units = {m.group(1) for m in re.finditer(re.escape(words) + pattern, folded)}
    if not units and len(noun := re.sub(r"(?:总数|数量|数|量)$", "", words)[-2:]) == 2 and noun != words:
        # (清理合同数 over bare cells, the text: 共清理各类经济合同330份: the thing the header counts, said with its unit)
        units = {m.group(1) for m in re.finditer(re.escape(noun) + pattern, folded)}
    return units.pop() if len(units) == 1 else None


_PROSE_UNITS = ("人次", "批次", "人", "件", "个", "户", "家", "起", "宗", "项", "条", "处", "所", "名", "次", "份", "栋", "套", "座", "台", "辆", "张", "部", "间")


def _table_cells(doc: str, source: str, found: list[Figure], bounds: list[int], text: str,
                 subject_at) -> list[Figure]:
    """Bare numbers in the cells of a plain-text table whose column header names the unit
    (反馈问题数(个) over a column of 12, 9, …): figures whose text is the number as printed and whose
    unit is the header's (pipeline/textables.py reads the table)."""
    from .textables import row_at
    from .textnorm import fold

    taken = [(f.start, f.end) for f in found]
    out: list[Figure] = []
    pos = 0
    while pos < len(source):
        end = source.find("\n", pos)
        end = len(source) if end == -1 else end
        row = row_at(source, pos) if end - pos >= 3 else None
        if row is not None:
            first = source[row.cells[0][0]:row.cells[0][1]] if row.cells else ""
            for col, (s, e) in enumerate(row.cells):
                cell = source[s:e]
                if not _BARE.fullmatch(cell.strip()) or any(a < e and s < b for a, b in taken) or any(f.start == s for f in out):
                    continue  # (a table flattened one cell per line shows its row once per line)
                # the unit is the column header's (罚款(万元)), else the row label's (出动执法人员（人次）
                # over a row of years), else the header's own noun when it ends in a measure word (检测车辆)
                head = row.header_of(col)
                if _RANK_HEADER.search(head):
                    continue  # (排名, 上月排名: a place in an order, no quantity; 名 is no unit there)
                unit = _HEADER_UNIT.search(fold(head))  # 金额（元） as 金额(元)
                by_row = None if unit or col == 0 else _HEADER_UNIT.search(fold(first))
                noun = None if unit or by_row else _NOUN_UNIT.search(head)
                found_unit = unit or by_row or noun
                named = None if found_unit else caption_unit(fold(source[row.caption[0]:row.caption[1]]) if row.caption else "",
                                                             [fold(h) for h in row.header], col)
                if not found_unit and not named and col > 0:
                    named = note_unit(source, end)  # (注:表中单位为家。: the note under the table gives every cell's unit)
                if not found_unit and not named and col > 0 and "." not in cell:
                    named = prose_unit(source, head)  # (政务处分 over 16; the text: 政务处分85人)
                if not found_unit and not named and "." not in cell:
                    # 问题数 over whole numbers counts things (个); 已整改 beside it counts the same things
                    named = "个" if _COUNT_HEADER.match(head) or (
                        col > 0 and _DONE_HEADER.match(head) and _COUNT_HEADER.match(row.header_of(col - 1))) else None
                if not found_unit and not named and "." not in cell and row.sep == 1 and source[pos:end].lstrip().startswith(("|", "\uff5c")) \
                        and not _NOT_COUNT.search(head + first) and not re.fullmatch(r"(?:19|20)\d\d", cell.strip()) and col > 0:
                    # a bordered table's whole numbers whose header and row name no unit (本年处理决定数量, 自然人 ×
                    # 予以公开) count things: a count whose measure word the notice leaves unsaid
                    named = ""
                if not found_unit and named is None:
                    continue
                fig = cell_figure(f"{doc}#t{len(out) + 1}", doc, source, text, bounds, s, e,
                                  found_unit.group(1) if found_unit else named, subject_at)
                if by_row:  # what the row's cells measure is its label
                    ls = row.cells[0][0]
                    le = ls + by_row.start()
                    while le > ls and source[le - 1] in " \u3000":
                        le -= 1
                    if le > ls:
                        fig.measure_start, fig.measure_end, fig.measure = ls, le, source[ls:le]
                out.append(fig)
        pos = end + 1
    # a table linearised as `label：value` lines (pipeline/load_table.py): 问题线索受理(条)：46
    for m in _LABEL_CELL.finditer(fold(source)):  # （件）： read as (件): ; lines as printed (not joined)
        s, e = m.span("v")
        unit = _HEADER_UNIT.search(m.group("label"))
        if not unit or any(a < e and s < b for a, b in taken) or any(f.start == s for f in out):
            continue
        cell = cell_figure(f"{doc}#t{len(out) + 1}", doc, source, text, bounds, s, e, unit.group(1), subject_at)
        # what the cell measures is its label (the lines around it are other cells, not its clause)
        cell.measure_start, cell.measure_end = m.span("label")
        cell.measure = source[cell.measure_start:cell.measure_end]
        out.append(cell)
    return out


def cell_figure(fid: str, doc: str, source: str, text: str, bounds: list[int], s: int, e: int, unit: str,
                subject_at) -> Figure:
    """A table cell's bare number source[s:e] as a figure whose unit is its header's."""
    cell = source[s:e]
    value = float(cell.replace(",", ""))
    norm_value, base_unit = normalize(value, unit)
    ss, se = _sentence(text, bounds, s)
    return Figure(id=fid, doc=doc, start=s, end=e, text=cell, value=value, unit=unit, norm_value=norm_value,
                  base_unit=base_unit, subject=subject_at(s) if subject_at else None,
                  sentence_start=ss, sentence_end=se, sentence=source[ss:se])
