"""What a question asks, as slots: who, what measure, which period, what type of answer, how many parts.

The question is folded (full-width ，？％ → ASCII, same length) before any rule reads it.
A question with several parts ("A和B分别多少", "X是多少?Y是多少?", "A加上B一共多少",
"A和B哪个多") becomes one Part per measure or named body; each part keeps the shared
context (the place, the programme) so it can be answered on its own. Every rule here
is a pattern of how questions are asked, never a notice's wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .periods import INSPECTION_TIME, small_int
from .question import ASK_JI, NOT_UNIT, WATER_KINDS, WATER_SUFFIX, QuestionInfo, analyse, some_ji
from .textnorm import fold, year_digits

# kinds of figures, by base unit (pipeline/numerals.normalize); anything else is a count
KIND_OF_UNIT = {
    "元": "money", "%": "percent", "个百分点": "points", "公里": "length", "米": "length", "千米": "length",
    "亩": "area", "平方米": "area", "公顷": "area", "平方公里": "area", "吨": "weight", "公斤": "weight",
    "立方米": "volume", "小时": "duration", "工作日": "duration", "自然日": "duration", "天": "duration", "分钟": "duration",
    "个月": "duration", "月": "duration", "年": "duration", "倍": "ratio",
    "千克": "weight", "千瓦": "power", "兆瓦": "power", "千瓦时": "energy", "度电": "energy",
    "个基点": "points", ":1": "ratio", "万分之": "percent", "千分之": "percent", "‰": "percent",
}
_QWORD = re.compile(r"多少|" + ASK_JI + r"(?=[\u4e00-\u9fff])|多长|多久|多大|多高|多远|多宽|多深|多厚|哪些|哪几|哪个|哪家|哪边|哪一|谁|什么|如何|怎么|怎样|是否|有没有|吗")
_NUMBER_Q = re.compile(r"多少|几(?=[个次家项名人件宗条户所场天年月位种批套处座辆台亩吨万亿元百千轮校篇份起笔张艘架本册例块盏具趟遍周期间棵株头只箱盒瓶类分]|部(?![门分署长位队委属级]))|多长|多久|多大|多高|比例|占比|比重|增速|百分之")
_LIST_Q = re.compile(r"哪些|有谁|哪(?:几|[两三四五六七八九十]|\d+)(?:个|家|项|所|位|名|种|条|人|起|批|件|处|座|类)|叫什么|什么名字|名称是什么")
_PERSON_Q = re.compile(r"由谁|是谁|谁(?:负责|担任|牵头)")
_DATE_Q = re.compile(r"什么时候|何时|哪一?天|哪一?年|几月几日|几号")
_YESNO_Q = re.compile(r"是否|有没有|吗[??]?$")
_SUM = re.compile(r"合计|总共|一共|加起来|共计|总计|之和|合起来|加上|两地|两处")
# "一共" alone often sums nothing the question lists ("党员和公职人员一共签了多少份"): then the items
# must each be a phrase of their own, and not one collective thing ("这几个工程")
_STRONG_SUM = re.compile(r"加起来|之和|合起来|加上|两地|两处")
# 共 alone before the act (第五轮、第六轮巡察反馈问题共整改完成多少个): altogether, as 一共 is, when the question
# lists items with 、 before it (a 和 is often inside one name: 预算执行和其他财政收支审计工作报告共反映问题); not
# the 共 of a word (公共, 共享, 共建, 共同, 共青团, 共产党)
_JOINED_GONG = re.compile(r"、[^,,;;??]{1,30}?(?<![公总一])共(?![青享建同性识产治管商赢计鸣振])(?=[\u4e00-\u9fff])")
_DIFF = re.compile(r"多多少|多出多少|少多少|相差|差多少|增加了?多少|减少了?多少|多了多少|少了多少|多几|少几"
                   r"|比(?![例率较]|重(?!复))[^,,??比]{2,14}?[多少](?![少收付发拨占用])[\u4e00-\u9fff]{1,2}了?(?:多少|几)"  # A比B多办了多少件
                   r"|[,,]比(?![例率较]|重(?!复))[^,,??比]{2,30}?(?:长|短|高|低|快|慢|早|晚)了?(?:多少|几)")  # A的期限,比B的期限长多少个月
_COMPARE = re.compile(r"相比|比较|(?:哪个|哪边|哪家|哪一?类|哪一?方面|谁)[^,,]{0,4}(?:更|多|少|大|小|高|低|长)|更多|更少|更长|更高|更大|多还是|少还是")
_EACH = re.compile(r"分别|各自|各有|各(?=多少|几|是|为|有|被)|各(?![类级项种地部个家单])[^\W\d了]{2,3}?了?(?=多少|几)")  # (各反馈了多少; not a light verb, 各用了多少)
_CONNECTOR = re.compile(r"加上|以及|相比|比起|(?<![村社])和|(?<=村)和(?=[\u4e00-\u9fff]{1,4}村)|与|跟|、|(?<![涉危普波顾企遍触论惠])及(?![时格早])|(?<![占对评排好类无])比(?=[^例率重较]|重复)")  # (占比和…: 占比 is a share, no 比 that compares)
# a period: 截至2022年4月底, 今年1-10月, 2021年前三季度, 一季度, 8月以来, 去年同期
PERIOD = re.compile(
    r"(?:(?:19|20)\d\d年)?(?:春季|秋季|春|秋)学期|(?:19|20)\d\d(?:至|到|—|-|–|~)(?:19|20)\d\d学年度?|"  # a school's terms
    r"(?:19|20)\d\d年?(?:至|到|—|-|–|~)(?:19|20)\d\d年(?:度)?|"  # 2023至2024年: a stretch of years
    r"(?:截至|截止|到)?(?:(?:19|20)\d\d年|今年|去年|(?<!提)前年|上年|(?<![比较与和同跟])上一年|本年|当年)?"
    r"(?:(?:前|第|(?<![这该此每上下本]))[一二三四1-4]季度|前三季度|上半年|下半年|全年|年度|\d{1,2}月\d{1,2}日(?:至|到|—|-|–|~)(?:\d{1,2}月)?\d{1,2}日(?:这一?周|那一?周|当周|这周|那周)?"
    r"|\d{1,2}(?:月?(?:-|—|–|至|到|~)\d{1,2})?月(?:份)?(?:底|末|以来|\d{1,2}日)?)"
    r"(?:以来|底|末)?|" + INSPECTION_TIME + r"(?=[,，多少增减提降的]|$)|"  # (…比约谈时多了几个: the inspection's time, the base compared with)
    r"(?:(?:19|20)\d\d年|今年|去年)?前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月|(?:19|20)\d\d年(?:以来|底|末)?|今年以来|去年以来|(?:截至|截止|到)(?:今年)?年(?:底|末)|今年|去年|(?<!提)前年|(?<![比较与和同跟])上一?年度|(?<![比较与和同跟])上一年|上年|\d{1,2}月起")
# a place-like head (鹤山市, 大亚湾开发区); never across a verb or particle (鹤山开了全市性会议)
_PLACE = re.compile(r"[^\s了的在对把被给和与及开到从向为是有,。?;:]{1,8}?(?:省|(?<!超)市(?!场)|区|县|镇|乡|街道|开发区|经开区|高新区|新区)")
# verbs that only restate the kind asked (花了多少钱 asks an amount of money, like 投入/支出)
# earning verbs before the money asked: 挣了多少钱, 赚了多少钱 (an income)
_EARN = re.compile(r"(?:挣|赚)(?:了|到了?)?(?:多少)?钱")
_KIND_VERB = re.compile(r"(?:花了|花费了?|花(?=多少)|(?<![使运利费应占作征挪采动试享])用了|投了|要投|打算投|拿出了?|搞了|来了)(?=多少|几)")
_FILLER = re.compile(r"需要|要(?=多少|几|多长|多久)|能够|可以|是多少|为多少|有多少|多少|多大(?![\u4e00-\u9fff])|几个|几(?=[\u4e00-\u9fff])|分别|各自|各(?![类项种])|一共|总共|共计|合计|总计|共有|大约|约(?=多少|几|\d)|是|为|(?<!国)有(?!限|关|效)|了|的|呢|吗|请问|目前|现在|到目前为止|通报中|通报|这次|此次|[,,。??;;:、“”\"()()\s]")


@dataclass
class Part:
    text: str  # the part's question, folded, with the shared context
    info: QuestionInfo  # the older term/unit analysis, for retrieval and the sentence checks
    measure: str  # what is counted or measured, in the question's words (专利授权量, 要回工资)
    period: str | None
    kinds: list[str]  # the kinds of figure that answer it; [] = any
    answer_type: str  # number | list | person | date | yesno | text
    who: list[str] = field(default_factory=list)  # named bodies: towns, villages, units, companies
    asks: int = 1  # quantities this part asks for (多少户、多少人 → 2)
    unit_word: str = ""  # the measure word right after 多少/几 (多少种 → 种)
    wants: list[str] = field(default_factory=list)  # the kind each 多少/几 asks for, in order ("" = any)
    topic: str = ""  # the measure read from the whole question, when it has clauses before the asking one
    whole: str = ""  # the whole question (folded) this part is from
    besides: str = ""  # the whole less this (…以外的): a figure whose clause names it is not the whole's
    # the period was said in another part of the question (截至10月底已整改多少个?有多少人被处分?), not this one
    period_inherited: bool = False
    others: list[str] = field(default_factory=list)  # the other items of a sum or comparison (their measures)
    rank: str = ""  # max | min | second: the item asked by its place in order (排第一的县区, 最低的项目)


@dataclass
class Slots:
    question: str
    folded: str
    info: QuestionInfo
    parts: list[Part]
    op: str | None  # sum | difference | compare | None (each part stands on its own)
    asking: bool = False  # parts are the asking clauses of one event (X多少?其中Y多少?)


def figure_kind(unit: str, base: str | None = None, kind: str | None = None) -> str:
    """count | money | percent | points | length | area | weight | volume | duration | ratio."""
    if kind:
        return kind
    if base is None:
        from .numerals import normalize

        base = normalize(1.0, unit)[1]
    return KIND_OF_UNIT.get(base, KIND_OF_UNIT.get(unit, "count"))


def answer_type(q: str) -> str:
    if _LIST_Q.search(q) or "名单" in q and not _NUMBER_Q.search(q):  # 从名单里拿掉了多少位: a count
        return "list"
    if _PERSON_Q.search(q):
        return "person"
    if _NUMBER_Q.search(q):
        return "number"
    if _DATE_Q.search(q):
        return "date"
    if _YESNO_Q.search(q):
        return "yesno"
    return "text"


# measure words that count things, as a question puts them after 多少/几 (多少笔, 几个; 多少袋 of goods,
# 几门 of courses, 几口 of wells: general classifiers, so that 多少袋 is never answered in 公斤)
COUNT_WORDS = "个种类项家件名人次户所条座台套批宗起处位场轮篇份笔张辆艘架本册例块盏具趟遍袋盒瓶箱桶罐棵株头只匹栋幢间门口部桌票"


def kinds_of(info: QuestionInfo) -> list[str]:
    return list(dict.fromkeys(figure_kind(u) for u in info.units))


def measure_phrase(q: str) -> str:
    """The question's measure: its asking clause without places, periods and question words.

    定海区…,帮农民工要回了多少工资? → 帮农民工要回工资; 鹤山市今年1-10月的专利授权量是多少件? → 专利授权量.
    """
    clauses = [c for c in re.split(r"[,,;;??。]", q) if c.strip()]
    asking = [c for c in clauses if _QWORD.search(c)] or clauses or [q]
    text = asking[0]
    if len(text) <= 8 and len(clauses) > 1:  # "一共多少钱" alone says too little: take the clause before
        i = clauses.index(text)
        text = (clauses[i - 1] if i else "") + text
    text = re.sub(r"[((][^))]*[))]", "", text)
    if REMAIN_Q.search(text):
        # 71项措施还有多少项没做完: what is counted is the measures; the total named and the 'not yet'
        # words belong to the remainder asked (derive.remainder), not to the measure
        text = re.sub(r"做完|办完|干完|弄完", "完成", text)
        text = re.sub(r"还有|还剩|剩余|剩下|尚未|仍未|还没有?|没有|没(?=[完做办干弄])|未(?=完)", "", text)
        text = re.sub(r"\d+(?:\.\d+)?(?:个|[项座条件家户人名处所])", "", text)
    text = re.sub(r"((?:19|20)\d\d年)度", r"\1", text)  # 2024年度 is a period whole, no 度 left behind
    # 在处理恶意欠薪案子时抓了几个人: a frame of when or where (在…时, 在…中, 在…过程中) sets the scene; what
    # is counted is said after it
    framed = re.sub(r"(?<![现正存所实内好自])在[^,,;;??]{2,14}?(?:的时候|时候|(?<![临及同按准适随暂当届定小])时(?![间候期段代点效限长])|过程中|期间)", "", text)
    text = framed if len(_FILLER.sub("", framed)) >= 3 else text
    # (专项整治中有几家企业…: the campaign is where they are counted, no qualifier of what is counted)
    # (在巡视整改中修订了多少项制度: the rectification a notice reports frames every figure it gives, whatever follows)
    # (工程建设领域在第一轮巡视中: a field said before 在 is what is counted, kept; a body's name before it, 盠江电力公司
    # 在巡视整改中, is who, and goes with the scene)
    scoped = re.sub(r"(?:[\u4e00-\u9fff]{0,10}(?:公司|集团|局|委|院|中心|[省市县区镇乡村]|街道|社区|学校|医院))?在?(?:(?!在)[\u4e00-\u9fff]){0,12}(?:整治|行动|检查|巡察|巡视|督查|督察|审计|治理|清理|排查|专项|活动|攻坚|整改)(?:中|里|期间|过程中)(?=有|[,,\s])"
                    r"|(?<![现正存所实内好自])在(?:巡视|巡察|审计|督察)?整改(?:工作)?(?:中|期间|过程中)", "", text)
    text = scoped if len(_FILLER.sub("", scoped)) >= 3 else text
    # (消防百日攻坚那段时间…着了多少起火, 审计以后要回来了多少, 到现在…花出去多少: when it happened, in a reader's
    # words; 被消防部门贴了封条: who did it; neither is what is counted)
    timed = re.sub(r"^[^,，]{0,12}?(?:那段时间|这段时间|那段日子|那阵子|这阵子)|^[\u4e00-\u9fff]{2,4}(?:以后|之后|过后)(?=[\u4e00-\u9fff]{2})"
                   r"|到现在|到目前|至今|被[\u4e00-\u9fff]{2,6}?(?:部门|机关)(?=[\u4e00-\u9fff]{2})", "", text)  # (not 被查单位: the ones checked)
    text = timed if len(_FILLER.sub("", timed)) >= 3 else text
    # 比去年同期少了 is what a notice writes 同比减少; 比上个月 is 环比 (before PERIOD strips the year)
    text = re.sub(r"(?:比|较|与)(?:去年|上年|上一年|前一年)同期(?:相比)?", "同比", text)
    text = re.sub(r"(?:比|较|与)(?:上个?月|上一个?月)(?:相比)?", "环比", text)
    text = _KIND_VERB.sub("", PERIOD.sub("", text))
    # 开学以来, 整治开展以来: since an event, a stretch of time like 今年以来, not a thing measured
    text = re.sub(r"(?:自|从)?(?:[\u4e00-\u9fff]{2}开展|[\u4e00-\u9fff]{2})以来", "", text)
    # 从亏钱变成赚钱 is what an enterprise report writes 扭亏为盈 (before 赚钱 is read as an income)
    text = re.sub(r"(?:从|由)?亏(?:钱|损)?(?:的)?(?:变成|变为|转为|转成|转变为)了?(?:赚钱|盈利|挣钱)", "扭亏为盈", text)
    text = _EARN.sub("收入", text)  # 挣了多少钱 asks an income, whatever the notice calls it
    text = re.sub(r"(?:多少|几)(?:[万千百亿](?=[吨亩人户件台辆套座]|平方|立方|公里|千瓦|千克|公斤))?(?:个百分点|千瓦时|千瓦|万元|亿元|元|平方米|公里|千米|分钟|公顷|人次|家次|[辆件户车艘架班]次|个月|小时|[个次家项名人件宗条户所场天位种批套处座辆台亩吨轮篇份起盏具米趟遍部]" + NOT_UNIT + ")", "", text)
    # (有多大比例是达标的, 百分之多少是合格的: the share of those that are so, a rate of it: 达标率)
    text = re.sub(r"(?:有)?(?:多大|多少)的?(?:比例|比重|占比)(?:是|为)?([\u4e00-\u9fff]{2,4}?)的$", r"\1率", text)
    if re.search(r"百分之(?:多少|几)", text):
        # (处理掉了百分之多少: the asking words say a share is asked, the answer type, and measure nothing; the
        # share is of the verb's act, 处理率, whatever complement the verb takes)
        text = re.sub(r"(?<=[\u4e00-\u9fff]{2})掉了?$", "", re.sub(r"百分之(?:多少|几)", "", text).strip(" ,,"))
    head = _PLACE.match(text)
    if head and len(head.group(0)) < len(text) - 1 and head.group(0) not in GENERIC_PLACES:
        text = text[head.end():]  # (乡镇敬老院 is a kind of home, not a place and a home)
        # (瘡城县委常委班子落实: the place's party committee and its team are who acted, not what is counted)
        text = re.sub(r"^(?:党?委|党组)(?:常委班子|常委会|领导班子|班子)?(?=[\u4e00-\u9fff]{2})", "", text)
    out = _FILLER.sub("", text)
    # (累计拆除的违法建设宗数: the number of 宗 is what is counted, as 多少宗 would ask; no word of the measure)
    out = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:宗|件|起|条|项|处|批次)数(?:量)?$", "", out)
    if len(re.sub(r"比|增加|减少|多出|相差|多|少", "", out)) < 3 and len(clauses) > 1 and asking[0] in clauses:
        i = clauses.index(asking[0])
        if i:  # "2022年比2021年增加了多少" measures what the clause before names
            before = re.sub(r"^[^,，]{0,12}?(?:那段时间|这段时间|那段日子|那阵子|这阵子|期间)$", "", measure_phrase(clauses[i - 1]))
            return before + out  # (消防百日攻坚那段时间,…着了多少起火: a time said before, no measure)
    return out


def _as_of(q: str) -> str | None:
    """The date a question's figures stand at (截至2024年11月30日), when it says one."""
    dated = [m for m in PERIOD.finditer(q) if re.search(r"(?:截至|截止|到|至)$", q[max(0, m.start() - 2):m.start()])
             or m.group(0).startswith(("截至", "截止"))]
    return dated[-1].group(0) if dated else None


def period_of(q: str) -> str | None:
    found = [m for m in PERIOD.finditer(q)]
    if not found:
        return None
    # 比2024年下降了多少个百分点: a year compared against is the base of the change, not the period asked
    # (the change is stated in the later year's figures)
    based = [m for m in found if re.search(r"[比较]$", q[:m.start()]) and _CHANGE_ASK.search(q, m.end())]
    if based and len(based) == len(found):
        return None
    found = [m for m in found if m not in based]
    # (2024年9月至2025年3月: two months joined by 至 are one stretch, asked whole)
    for a, b in zip(found, found[1:]):
        if re.fullmatch(r"\s*(?:至|到|—|-|–|~)\s*", q[a.end():b.start()]) and re.search(r"\d月$", a.group(0)):
            return q[a.start():b.end()]
    # (不算9月,…1—8月共立案多少件: the stretch left out is not the one asked)
    left_out = [m for m in found if re.search(r"(?:不算|不含|不包括|扣除|除去|除了?)$", q[:m.start()])]
    if left_out and len(left_out) < len(found):
        found = [m for m in found if m not in left_out]
    # 2023年度审计查出的问题,截至2024年11月30日已整改…: the year of the work names what is counted; the
    # date the figure stands at (截至…, or the later time) is the period asked
    if len(found) > 1 and (dated := _as_of(q)):
        return dated
    m = found[0]
    work_year = m.group(0).endswith("年") and q[m.end():m.end() + 1] == "度"
    if work_year and len(found) > 1:
        return found[-1].group(0)
    return m.group(0) + "度" if work_year else m.group(0)  # 2022年度审计: evidence.period_conflict


# after a 和 inside a body's name (自然资源和规划局): a few words without a particle, then the body's kind;
# before it, no body of its own (市教育局和市卫健局 are two)
_IN_BODY_NAME = re.compile(r"(?![省市县区镇乡])[^\s的了在对把被给和与及,,、。??]{1,5}?(?:局|厅|委员会|委|部|办公室|署|中心)"
                           r"|[^\s的了在对把被给和与及,,、。??]{1,2}(?:学院|研究院|研究所)"  # 信息科学与工程学院, not …整治和玳江师范学院
                           r"|[^\s的了在对把被给和与及,,、。??多少几哪]{0,4}?(?:医院|药房|药店|诊所|酒店|饭店|商店|超市|学校)(?![\u4e00-\u9fff]{0,2}(?:局|委|厅))")  # 瓻州仁和肾病医院
_BODY_TAIL = re.compile(r"(?:局|厅|委|部|办|室|署|中心|院|所|站|队|省|市|县|区|镇|乡|村|街道|社区|公司|集团)$")


def _split_conn(text: str, skip: str | tuple = "", until: int | None = None) -> list[str]:
    """Split at connectors (but `skip`, and none from `until` on), never inside a name: 中和街道和永宁街道
    → 中和街道 | 永宁街道."""
    out, start = [], 0
    # “不担当、不作为”类和“消极应付、冷硬横推”类: a connector inside quotes joins the words of one name
    quoted = [(q.start(), q.end()) for q in re.finditer(r"“[^“”]*”|\"[^\"]*\"", text)]
    for m in _CONNECTOR.finditer(text):
        if skip and m.group(0) in ((skip,) if isinstance(skip, str) else skip) or until is not None and m.start() >= until:
            continue
        if any(a < m.start() < b for a, b in quoted):
            continue
        if re.search(r"\d$", text[:m.start()]) and re.match(r"\d", text[m.end():]):
            continue  # 第2、6标段, 9和11号: numbers that share what they number are one item
        left = text[start:m.start()]
        if m.group(0) in "和与" and (inside := _IN_BODY_NAME.match(text, m.end())) \
                and not re.match(r"[\u4e00-\u9fff]{1,3}[省市县区](?:委|局|厅|政府)", inside.group(0)) and not _BODY_TAIL.search(left) \
                and not re.search(r"[的了在对把被给]", re.split(r"[,,、\s]", left)[-1]) \
                and not re.search(r"(?:整治|治理|行动|检查|领域|问题)$", left) \
                and not re.search(r"(?:局|委|办|厅|院|政府|中心|公司|集团)[\u4e00-\u9fff]{2,}$", re.split(r"[,,、\s]", left)[-1]):
            # 自然资源和规划局, 住房和城乡建设局: the 和 of one body's name (not after a body and what it did:
            # 人社局乱发技能补贴和民政局…)
            continue
        if m.group(0) in "和与" and len(word := re.split(r"[,,、\s]", left)[-1]) <= 3 and not _BODY_TAIL.search(word) \
                and re.match(r"[^\s的了在对把被给和与及,,、。??]{2,4}(?:学院|研究院|研究所)", text[m.end():]):
            continue  # 机械与车辆工程学院: a word too short to be an item of its own opens the name the 与 is inside
        if len(left.strip(",, ")) >= 2:
            out.append(left)
            start = m.end()
    out.append(text[start:])
    return out


_STRONG_CONN = re.compile(r"[,,]\s*(?:加上|以及|相比|比起|与|和|跟|同|比(?![例率较]|重(?!复)))")  # ,比…多多少: the two sides whole
_AGG_WORD = re.compile(r"加起来|合起来|一共|合计|总共|共计|总计")


def _split_items_conn(text: str) -> list[str]:
    """The items a sum or comparison combines: split at the strongest connector the question uses.
    "A和B,加上C" → [A和B, C] (a clause-level 加上 joins whole items); "A和B、C" → [A, B、C] (a 、 after
    the last 和 lists within the second item); "A、B和C" → [A, B, C]."""
    strong = list(_STRONG_CONN.finditer(text))
    if strong:
        cuts = [(m.start(), m.end()) for m in strong]
    else:
        # the words after the combining word (合计查处腐败和作风问题多少个) are what each item is asked
        # (收入合计比支出合计多出多少: a 合计 the connector follows names one side, it combines nothing)
        agg = next((m for m in _AGG_WORD.finditer(text) if text[m.end():m.end() + 1] not in "比和与跟同、"), None)
        until = agg.start() if agg and agg.start() > 0 else None
        conns = [m for m in _CONNECTOR.finditer(text) if until is None or m.start() < until]
        joins = [m for m in conns if m.group(0) != "、"]
        last = joins[-1].start() if joins else -1
        first = joins[0].start() if joins else -1
        # a 、 after the only 和 lists inside the last item (冒领高龄津贴、养老服务补贴)
        inner = len(joins) == 1 and any(m.group(0) == "、" for m in conns) and all(
            m.start() > last for m in conns if m.group(0) == "、") and first == last
        # (…追回的误工补贴及报酬和追回的工程超付资金: beside a 和, a 及 joins two nouns of one item)
        joined = {m.group(0) for m in joins}
        if "及" in joined and joined & {"和", "与", "跟"}:
            return _split_conn(text, ("、", "及") if inner else ("及",), until)
        return _split_conn(text, "、" if inner else "", until)
    out, start = [], 0
    for a, b in cuts:
        out.append(text[start:a])
        start = b
    out.append(text[start:])
    return out


_OWN_BODY = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|镇|乡|村|街道|社区|局|委|办|院|公司|集团|学校|中心|银行)")


def _each_items(q: str) -> list[str]:
    """"A和B分别/各 REST" → [A-version, B-version] of the question (the shared words kept)."""
    m = _EACH.search(q)
    if not m:
        return []
    head = q[:m.start()]
    tail = q[m.start():]
    clause_start = max(head.rfind(","), head.rfind(","), -1) + 1
    clause = head[clause_start:]
    segs = _split_conn(clause)
    if len(segs) < 2:
        # the bodies may stand in an earlier clause (惠州市和鹤山市的通报中,各自…)
        for prev in re.split(r"[,,]", head)[:-1]:
            segs2 = _split_conn(prev)
            if len(segs2) >= 2:
                return [head.replace(prev, s.strip(), 1) + tail for s in segs2 if len(s.strip()) >= 2]
        return []
    before = head[:clause_start]
    segs = [x.strip() for x in segs]
    lead = segs[0][:segs[0].rfind("的") + 1]
    if lead and len(segs[0]) - len(lead) >= 2 and (PERIOD.search(lead) or bare_name(lead[:-1])):
        # (畘江县的按时办结率和满意率分别是多少: a body's 的 holds for the later measures too)
        # 2022年…市场监管局查办的食品安全案件和药品医疗器械案件各有多少件: what the first item's 的 phrase says
        # (its time, its body, its verb) is said of a later bare item too, unless that one names its own body;
        # only a phrase that sets a time (专任教师中博士学位教师的比例和…比例: the 的 is the first item's own)
        segs = segs[:1] + [x if "的" in x or _OWN_BODY.match(x) else lead + x for x in segs[1:]]
    # (畟河超限检测站和流动治超中队本月查处超限车辆各多少辆: the bare first name takes the last one's predicate)
    segs = share_predicate(segs)
    counted = re.search(r"([两二三四五六七八九十\d]{1,2})(?:个|件|项|类|家|所|处|条)[\u4e00-\u9fff]{0,4}?的([\u4e00-\u9fff]{2,8})$", segs[-1])
    if counted and small_int(counted.group(1)) == len(segs):
        # (城镇老旧小区改造和城乡供水一体化两件实事的完成率各是多少: what follows the count is asked of each)
        segs = [x + "的" + counted.group(2) for x in segs[:-1]] + [segs[-1][:counted.start()] + "的" + counted.group(2)]
    return [before + x + tail for x in segs if len(x) >= 2]


def _indefinite_ji(clause: str) -> bool:
    """几 as "some", not "how many": 下属几所高校乱收的培训费, a clause naming a thing (its last words a
    noun after 的, no verb after it) whose only asking word is a 几 no 有/共 asks with."""
    from .actions import first_action

    words = list(_QWORD.finditer(clause))
    if len(words) != 1 or words[0].group(0) != "几" or clause[max(0, words[0].start() - 1):words[0].start()] in ("有", "共", "了", "是", "到", "为", "过"):
        return False
    rest = clause[words[0].end():].rstrip(" ,,")
    de = rest.rfind("的")
    tail = rest[de + 1:] if de >= 0 else ""
    return de >= 0 and len(tail) >= 2 and not re.search(r"[了被吗?？]", tail) and first_action(tail) is None


_PAUSED_ASK = re.compile(r"(?:(?<=多少[\u4e00-\u9fff])|(?<=几[\u4e00-\u9fff])|(?<=多少[\u4e00-\u9fff]{2})|(?<=几[\u4e00-\u9fff]{2}))"
                         r"、(?=[\u4e00-\u9fff]{1,8}?(?:多少|几[\u4e00-\u9fff]))")


def _asking_clauses(q: str) -> list[str]:
    """"X多少?有多少Y?" → one part per asking clause; the context before the first stays with each."""
    clauses = []
    for c in re.split(r"(?<=[??;;])|,(?=[^,,]*(?:多少|几[\u4e00-\u9fff]))", q):
        if not c.strip(" ,,??"):
            continue
        # (…交出来的礼品礼金有多少件次、值多少钱: a 、 before a second ask with words of its own splits too,
        # the second asking of what the first named; 多少户、多少人 does not split)
        pieces = _PAUSED_ASK.split(c)
        head = re.split(r"(?:有|共有|一共有|是)?(?:多少|几)", pieces[0])[0] if len(pieces) > 1 else ""
        clauses += pieces[:1] + [(head.rstrip(",") + "," if head.strip(",") else "") + x for x in pieces[1:]]
    # (…罚了多少钱?比去年同期少了百分之几?: 百分之几 asks too, at the end of its clause)
    asking = [i for i, c in enumerate(clauses) if (_QWORD.search(c) and not _indefinite_ji(c))
              or re.search(r"百分之几[??]?$", c.strip(" ,,"))]
    if len(asking) < 2:
        return []
    context = "".join(clauses[:asking[0]])
    # the place the first asking clause names goes on for the later ones (…汀湄市…立案处罚了多少家?罚没款多少?)
    # (a place that opens that clause; and only for a later part that names its own measure, 罚没款
    #多少, not one that goes on about the same thing, 降到了多少)
    opening = clauses[asking[0]].strip(" ,,")
    place = _PLACE.match(opening)
    while place and (more := _PLACE.match(opening, place.end())):
        place = re.match(re.escape(opening[:more.end()]), opening)  # 瑧州市瑧湖街道: the whole chain of places
    out = []
    # (…处分多少人?针对X的问题,查处多少起?: a clause after a question mark opens the next question; it
    # sets that one's scope, not the one before)
    starts = list(asking)
    for n in range(1, len(asking)):
        starts[n] = next((j for j in range(asking[n - 1] + 1, asking[n])
                          if clauses[j - 1].rstrip(" ").endswith(("?", "？", ";", "；"))), asking[n])
    for n, i in enumerate(asking):
        own = "".join(clauses[i:starts[n + 1]] if n + 1 < len(asking) else clauses[i:])
        if n:
            own = "".join(clauses[starts[n]:i]) + own
        said = measure_phrase(own)
        if n and place and not _PLACE.search(own) and place.group(0) not in context and len(said) >= 2 \
                and not _opens_with_project(own) \
                and not re.fullmatch(r"(?:降|升|增|减|提高|下降|上升|增加|减少|达|到|至|为|了)+", said):
            own = place.group(0) + own
        ctx = context
        if n and starts[n] > 0 and clauses[starts[n] - 1].rstrip(" ").endswith(("?", "？")) \
                and (mine_at := _PLACE.search(own)) and not re.search(r"[\d年月日]", mine_at.group(0)) \
                and (theirs_at := _PLACE.search(context)) and theirs_at.group(0) not in own \
                and mine_at.group(0) not in context:
            ctx = ""  # (瘶阳县…办结后,给予…多少人?瘷州市今年1月至8月给予…多少人?: a later question naming a place of its own)
        if n and (mine := period_of(own)) and (theirs := period_of(context)) and mine != theirs:
            ctx = context.replace(theirs, "")  # (截至10月底,…是多少?要求12月底前达到多少?: a later question's own time stands)
        out.append(ctx + own)
    return [o.strip(" ,,") for o in out]


_FOLLOW_UP_WORDS = re.compile(r"要求|目标|计划|力争|预计|达到|提高到|提升到|降到|降至|升至|增至|比|较|去年|上年|同期|同比|环比|"
                              r"涨|升|降|增|减|提高|提升|下降|上升|增加|减少|增长|多了|少了|到|至|达|为|了|前|底|末|"
                              r"[\u4e00-\u9fff]{0,6}?(?:局|厅|委|办|部|署|中心)")


def _follow_up(part: Part) -> bool:
    """A question clause with no measure of its own: once its bodies, times, targets and verbs of change
    are taken out, nothing of what is counted is left (要求…前达到多少, 比去年涨了多少)."""
    said = part.measure or ""
    for w in part.who:
        said = said.replace(w, "")
    if part.period:
        said = said.replace(fold(part.period), "")
    return len(re.sub(r"\d+", "", _FOLLOW_UP_WORDS.sub("", said))) < 2


_ORDINAL_LABEL = re.compile(r"第[一二三四五六七八九十\d]+(阶段|周|轮|批|期)")


def _ordinal_items(items: list[str]) -> list[str]:
    """第一阶段和第三阶段清退的费用 (第四周和第五周查处的车辆): items that are labels of one kind, the words
    after the last label are what every one of them is asked (the first item is no bare 第一阶段)."""
    if not 2 <= len(items) <= 4:
        return items
    last = _ORDINAL_LABEL.match(items[-1].split(" ")[-1])
    if not last or len(rest := items[-1].split(" ")[-1][last.end():]) < 2:
        return items
    out = []
    for it in items[:-1]:
        own = list(_ORDINAL_LABEL.finditer(it))
        bare = own and own[-1].end() == len(it) and own[-1].group(1) == last.group(1)
        out.append(it + rest if bare else it)
    out += items[-1:]
    first = _ORDINAL_LABEL.search(out[0])
    lead = out[0][:first.start()] if first else ""
    if len(lead.strip()) >= 2 and first.group(1) == last.group(1):
        # (工程建设领域在第一轮和第二轮巡视中: what is said before the first label is the context of each)
        out = out[:1] + [lead + it if _ORDINAL_LABEL.match(it) else it for it in out[1:]]
    return out


# 睃东、睃西、睃南、睃湖四个区: short names whose level the count after them says once for all
_SHARED_LEVEL = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})(?:这|等)?(?:[两二三四五六七八九十]|\d{1,2})个"
                           r"(区|县|镇|乡|村|街道|社区|市)")


def _shared_level(body: str) -> str:
    """Each short name of a list followed by 四个区 given the level (睃东 → 睃东区), so that each names its body."""
    m = _SHARED_LEVEL.search(body)
    if not m:
        return body
    names = m.group(1).split("、")
    if len(names) < 2 or any(n.endswith(m.group(2)) for n in names):
        return body
    return body[:m.start()] + "、".join(n + m.group(2) for n in names) + body[m.end(1):]


def _ends_with_period(item: str) -> bool:
    """The item's words end with a time (睆州县2024年度): a stretch of time, not a thing counted."""
    return any(len(item) - m.end() <= 1 and item[m.end():] in ("", "度") and m.end() - m.start() >= 3 for m in PERIOD.finditer(item))


_ROUNDS = re.compile(r"(?<![第\d])([两二三])(轮|批|期)(?=[\u4e00-\u9fff]{0,14}?(?:一共|合计|总共|共计|加起来|合起来|分别|各))")


def _ordinal_rounds(body: str) -> str:
    """两轮巡视一共反馈了多少个问题 → 第一轮和第二轮巡视…: rounds (batches, phases) asked together are the
    ordinals the notice numbers them by, each one item of the sum or the comparison."""
    m = _ROUNDS.search(body)
    if not m:
        return body
    n = 3 if m.group(1) == "三" else 2
    names = [f"第{'一二三'[i]}{m.group(2)}" for i in range(n)]
    return body[:m.start()] + "、".join(names[:-1]) + "和" + names[-1] + body[m.end():]


def split_parts(q: str) -> list[str]:
    return split_items(q)[0]


def split_items(q: str) -> tuple[list[str], str]:
    """The items a sum/comparison question combines, each with the question's shared context.

    "定海…检查中发现,学校多收的住宿费和校牌费加起来一共多少钱" →
    ["定海…检查中发现 学校多收的住宿费", "定海…检查中发现 校牌费"] (with a place-like head only).
    """
    q = fold(q)
    body = re.sub(r"[((][^))]*[))]", "", q).strip("??。 ")
    body = _ordinal_rounds(_shared_level(body))
    if (since := re.match(r"(?:与|跟|和|同)([^,]{2,12}?)(?:相比|比)[,]", body)) and PERIOD.fullmatch(since.group(1).rstrip("的")):
        return [], ""  # 与2024年相比,…缩短了多少天?: a time set against, no items of the question's
    named = _named_items(body)
    if named:
        return named
    if (gap := re.fullmatch(r"(?P<a>[^,，比]+?)比(?![例率较重])(?P<b>[^,，比]+?)(?P<ask>(?:多|少|高|低)出?了?(?:多少|几)[\u4e00-\u9fff]{0,4})", body)) \
            and "、" in gap.group("a") + gap.group("b"):
        # 享乐主义、奢靡之风问题比形式主义、官僚主义问题多多少起: each side is one named kind, its 、 inside the name
        head = _PLACE.match(gap.group("a"))
        b = gap.group("b") if not head or head.group(0) in gap.group("b") else head.group(0) + " " + gap.group("b")
        return [gap.group("a"), b], gap.group("ask")
    if re.search(r"哪个|哪一|哪项|哪类|谁", body) and len(re.findall(r"与|跟", body)) == 1 and "和" in body \
            and "\ue000" not in body and not re.search(r"[省市区县镇乡村局院司]和", body):
        # 争取的中央和省级资金与县级配套资金哪个更多: two sides set against each other by 与, a 和 inside one
        # side's name (中央和省级资金 is one fund)
        kept, ask = split_items(body.replace("和", "\ue000"))
        if len(kept) == 2:
            return [x.replace("\ue000", "和") for x in kept], ask.replace("\ue000", "和")
    segs = [x.strip(",, ") for x in _split_items_conn(body)]
    if len(segs) < 2:
        return [], ""
    if (other := re.search(r"[,,]\s*比(?![例率较]|重(?!复))([\u4e00-\u9fff]{1,4}?)(?:多出来?|少了?|多了?|高了?|低了?|增加了?|减少了?|长了?|短了?)(?:多少|几)", body)) \
            and not re.search(r"[省市区县镇乡村州局委院司行校]|社区|街道|年|月|季|期|前|\d", other.group(1)):
        # 重新量了一遍,比账上多出来多少亩: what the thing is set against (账上, 标准) is no second item of
        # the question's; the notice states the gap (较账面多出3850亩)
        return [], ""
    context = ""
    inner = [k for k, x in enumerate(segs[1:-1], 1) if "," in x]
    if inner:
        # 璞宁区校园餐和学生资助整治中,退还的…和追回的…加起来: a joined name in the opening clause is
        # context; the items are joined in the clause after it
        k = inner[-1]
        cut_at = body.find(segs[k]) + segs[k].rfind(",")
        rest = [x.strip(",, ") for x in _split_items_conn(body[cut_at + 1:])]
        opening = segs[:k] + [segs[k][:segs[k].rfind(",")]]
        if len(rest) >= 2 and len(rest) == len(opening):
            return _paired(opening, rest)
        # (涉企收费和医疗收费两项整治中,清退和退还的…: the opening clause counts its join, the items are there)
        if len(rest) >= 2 and not re.search(r"[两二三四五六七八九十]\s*(?:项|个|类|地|方面|部分|家)", body[:cut_at]):
            context, segs = body[:cut_at], rest
            segs[0] = context + "," + segs[0]
    if re.match(r"[^,]{0,8}?(?:的|等)(?:名义|名目|方式|形式|手段|理由)", segs[-1]):
        return [], ""  # 借加班费、课题费的名义…多发钱: the list names how, one thing is asked
    if re.search(r"比(?:原来|原先|最初|当初|原定)?(?:批下来|批复|定下|核定|批准)?的?(?:预算|概算|计划投资|合同价?)(?:多|少|超|高|低)", body):
        return [], ""  # 预计要比当初批下来的预算多花多少钱: the excess over a plan's own base, one thing asked
    if re.search(r"(?:拿|借|凭|利用|打着)[^,,的]{1,8}$", segs[0]) and re.match(r"[^,]{1,8}?(?:当|作为|做)[\u4e00-\u9fff]", segs[-1]):
        return [], ""  # 拿加班费、值班补贴当幌子乱发补贴: what was used as a cover, one thing is asked
    if len(segs) == 2 and re.match(r"[^,的]{1,5}的[\u4e00-\u9fff]{2,}", segs[-1]) \
            and re.search(r"(?:被|遭|受)[\u4e00-\u9fff]{1,3}$", segs[0].split(",")[-1]) and "的" not in segs[0].split(",")[-1]:
        return [], ""  # 各村被占用、乱花的集体资金: two things done to one noun, which the last item names; no items of a sum
    if re.match(r"[^,]*的(?:\d+|[一二三四五六七八九十两]+)(?:户|人|名|家|个|所|起|件)(?![\u4e00-\u9fff]{0,6}和)", segs[-1]) \
            and not re.search(r"\d|[一二三四五六七八九十两]+[户人名家个所起件]", segs[0]):
        # 拒不退还补贴、被申请支付令的5户一共欠了多少: the joined words describe one counted set (the 5户),
        # no items of a sum
        return [], ""
    first, last = segs[0], segs[-1]
    cut = first.rfind(",")
    if cut != -1:
        context, first = first[:cut], first[cut + 1:]
    rest = ""
    cut = last.find(",")
    if cut != -1:
        last, rest = last[:cut], last[cut:]
    items = [first] + segs[1:-1] + [last]
    m = _ENDS.search(last)
    shared = ((m.group(0) if m else "") + rest).strip(", ")
    shared = re.sub(r"^(?:相比|相较|比较)(?=,|$)", "", shared).strip(", ")  # A与B相比,哪个多: 相比 measures nothing
    # (…信访件一共罚的钱,和…的钱,哪个多: an earlier item's own 一共 says what it counts; only the words that
    # combine or compare the items are cut)
    items = [_ENDS.sub("", it).strip(", ") if k == len(items) - 1 or not _OWN_TOTAL.search(it) else it.strip(", ")
             for k, it in enumerate(items)]
    items = [it for it in items if len(it) >= 2]
    if len(items) == 2 and (kind := re.search(r"(?:问题|领域|方面|工作|整治|项目)$", items[0])) \
            and (at := items[1].find(kind.group(0))) > 0 and len(after := items[1][at + len(kind.group(0)):]) >= 3 \
            and re.search(r"的|中|里", after):
        # (“虚购虚销”问题和储备粮损失损耗问题整改中追缴的资金合计: the words after the second kind, what was done
        # in each, are asked of both)
        items = [items[0] + after, items[1]]
    if len(items) == 2 and _ends_with_period(items[0]) and (p1 := PERIOD.match(items[1])) and len(rest := items[1][p1.end():].lstrip("的")) >= 3:
        # (睆州县2024年度和2025年1—10月收缴的违法用地罚没款合计: two times, the measure said once after the second)
        items = [items[0] + rest, items[1]]
    head = re.match(r"^[\u4e00-\u9fff]{2,6}?(?:市|区|县|镇|开发区|经开区)", context)
    if head is None and len(items) >= 2:
        # 琬塘村整改中追回的…和农户退回的…: a place the first item opens with holds for items that name none
        head = re.match(r"^[\u4e00-\u9fff]{2,4}?(?:市|区|县|镇|乡|村|社区|街道)(?=[\u4e00-\u9fff\d])", items[0])  # (畟桥县11月份…)
        if head and (head.group(0)[-2:] in GENERIC_PLACES or any(_PLACE_WORD.search(it) or _BODY_WORD.search(it) or _opens_with_project(it)
                                                                  for it in items[1:])):
            head = None
        # (城建置业公司挽回的损失和清偿的拖欠账款: a later item that says what was done to which thing, 的 between)
        if head is None and len(items) >= 2 and all((len(it) <= 6 or len(it) <= 10 and "的" in it) and not _PLACE_WORD.search(it)
                                                    and not _BODY_WORD.search(it) for it in items[1:]):
            # 璽州鸿鑫建材有限公司被追缴的增值税加上滞纳金: the firm the first item opens with holds for a bare later one
            head = re.match(r"^[\u4e00-\u9fff]{2,14}?(?:有限责任公司|有限公司|公司|集团|医院)(?=[\u4e00-\u9fff])", items[0])
    # (…张某某非法收受的财物和李某某套取的…, …的工作经费,和皩州烟草局…: an item that opens with a party of its
    # own, a person or a place of its own name, is not the first item's place's)
    return [f"{head.group(0)} {it}" if head and head.group(0) not in it and not _own_party(it, head.group(0)) else it for it in items], shared


# an item that opens with its own party: a place's name (皩州烟草局, 皭阳市) or a person (李某某)
_OWN_PARTY = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,4}?(?<![超门菜夜股城集])(?P<lv>省|市|州|县|区|旗)(?![场长委级内外直属民])|[\u4e00-\u9fff]{1,3}某某?)")
_LEVEL = {"省": 4, "市": 3, "州": 3, "县": 2, "区": 2, "旗": 2, "镇": 1, "乡": 1, "街道": 1}


def _opens_with_project(clause: str):
    """A project, a road or an estate named at the clause's opening (…?眝阳高速项目还有多少补偿资金没拨付?): a body
    of the clause's own, whatever place an earlier clause named."""
    from .lexicon import words

    opens = re.match(r"\s*([\u4e00-\u9fff]{2,6}?)(?:项目|工程|高速|公路|铁路|标段|小区|水库)", clause)
    # (a name, not words: 发现问题项目多少个 counts projects, it names none)
    if opens and not re.search(r"[多少几哪这那该其各每本此]", opens.group(0)) and opens.group(1)[:2] not in words():
        return opens
    return None


def _own_party(item: str, head: str) -> bool:
    """The item opens with a person, or with a place no lower than the head's (皩州烟草局 beside 皨川县: another
    notice's body; 瑢江区 beside 瑢州市 is a district of it, and keeps the city)."""
    if re.match(r"\s*[\u4e00-\u9fff]{1,3}(?:江|河|湖|水库)(?=[\u4e00-\u9fff])", item) and not re.match(r"\s*(?:河湖|江河|湖泊|河道)", item):
        return True  # (…,和眧水江专项行动中查处的…: a river named is a body of its own, no part of the head's place)
    m = _OWN_PARTY.match(item)
    if not m:
        return False
    if not m.group("lv"):
        return True  # a person
    hl = next((v for k, v in _LEVEL.items() if head.endswith(k)), None)
    return hl is None or _LEVEL[m.group("lv")] >= hl


def _paired(opening: list[str], rest: list[str]) -> tuple[list[str], str]:
    """A和B两项整治中,清退和退还的费用合计: two joined lists of one length pair off (A's 清退, B's 退还),
    two items, not three. Each item is the later list's (what is combined); one that is only a verb
    takes the shared noun of the last (清退 → 清退的费用) and its own opening item for context."""
    m = _ENDS.search(rest[-1])
    shared = m.group(0).strip(", ") if m else ""
    rest = [_ENDS.sub("", r).strip(",, ") for r in rest]
    noun = rest[-1][rest[-1].index("的"):] if "的" in rest[-1] else ""
    items = []
    for o, r in zip(opening, rest):
        if len(r) <= 3 and "的" not in r:
            r += noun
        # the opening item says which campaign (医疗收费 of 涉企收费和医疗收费两项整治中), without the count
        o = re.sub(r"[两二三四五六七八九十]\s*(?:项|个|类|方面)?(?:专项)?(?:整治|整改|行动|工作)?中?$|(?:专项)?(?:整治|整改|行动|工作)中$", "", o.split(",")[-1])
        items.append(f"{o} {r}" if len(o) >= 2 else r)
    head = re.match(r"^[\u4e00-\u9fff]{2,6}?(?:市|区|县|镇|开发区|经开区)", opening[0])
    return [f"{head.group(0)} {it}" if head and head.group(0) not in it else it for it in items], shared


# kinds of area, not names (老旧小区, 工业园区): they end like a place and name none
GENERIC_PLACES = {"小区", "园区", "景区", "城区", "山区", "辖区", "片区", "库区", "街区", "校区", "营区", "市区", "郊区", "新区",
                  "矿区",  # (瓎山矿区: a mining area, no district; not 湖区 or 林区, which end districts' names)
                  "农村", "乡村", "县城", "市州", "省市", "市县", "县区", "区县", "乡镇", "镇村", "村镇", "城乡",
                  "城镇", "集镇"}  # (结合城镇老旧小区改造: towns in general)
# a body an item names of its own (瑠峰康宁医院已追回的…): the place another item opens with is not its
_BODY_WORD = re.compile(r"[\u4e00-\u9fff]{2,}(?:医院|公司|集团|银行|大学|学院|学校|中学|小学|幼儿园|卫生院|中心)|[\u4e00-\u9fff]{2}[省市县区]委")
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff](?:省|市|区|县|镇|乡|村|社区|街道)(?![场长委级内外直属民])")


_OWN_TOTAL = re.compile(r"(?:一共|总共|共计|合计)(?![^,,??]*(?:多少|几))[^,,??哪]*?[\u4e00-\u9fff]{2,}$")
_ENDS = re.compile(r"(?:加起来|合起来|一共|合计|总共|共计|相比|哪个|哪边|哪家|哪所|哪位|哪座|哪笔|哪一?项|哪一?类|哪一?方面|哪一个|各有|分别|多多少|多出|少多少|相差|差多少"
                   r"|谁(?=[^,，?？]{0,12}?(?:更|较)(?:多|少|高|低|大|小|长|短|快|慢|好))"  # (A和B谁追回的欠款更多)
                   r"|(?<=的)多[报算领收发付拨]了(?:多少|几)).*$")  # (…实际清退的多报了多少户: the gap asked)


def _named_items(body: str) -> tuple[list[str], str] | None:
    """"…公厕和污水处理设施,瑾坪乡和瑾口乡哪个更多": the clause that compares or sums joins bare names; a
    connector in an earlier clause joins the words of what is asked about, not the items."""
    clauses = body.split(",")
    last = clauses[-1]
    m = _ENDS.search(last)
    if not m:
        return None
    names = [x.strip(", ") for x in _split_conn(last[:m.start()])]
    context = ",".join(clauses[:-1])
    if len(clauses) >= 2 and len(names) >= 2 and all(bare_name(n) for n in names):
        return [f"{context} {n}" for n in names], m.group(0).strip(", ")
    # 琛溪村、琛岭村、琛口村三个村清理违规占地合计: names joined and counted, then what each is asked
    lead = re.match(r"(?:(?:19|20)\d\d年度?|今年|去年|上年)(?:(?:前|第)?[一二三四1-4]季度|上半年|下半年|全年|\d{1,2}(?:-|—|至)\d{1,2}月)?", last)
    if lead:  # (2024年癭东县、癭川县两个分中心的…: the time opens the clause, before the names)
        context = (context + "," if context else "") + lead.group(0)
    counted = _COUNTED_NAMES.match(last[lead.end() if lead else 0:m.start()])
    if counted:
        names = [x.strip(", ") for x in _split_conn(counted.group("names"))]
        if len(names) >= 2 and len(names) == small_int(counted.group("n")) and all(_NAMED_BODY.fullmatch(n) for n in names):
            what = counted.group("what") or ""  # (…两个村合计清查…: what each is asked follows the combining word)
            # (两个市场监管分局: each name's own bureau, 瘚东区市场监管分局, is one body)
            sep = "" if re.match(r"[\u4e00-\u9fff]{1,8}?(?:局|分局|委|办|院|所|站|队|中心)", what) else " "
            return [f"{context} {n}{sep}{what}".strip() for n in names], m.group(0).strip(", ")
    return None


# (瘚东区和瘚南县两个市场监管分局…: 市 of 市场 is no kind of body counted; what each is asked keeps it)
_COUNTED_NAMES = re.compile(r"(?P<names>[^,]+?)(?P<n>[两二三四五六七八九十\d]{1,2})(?:个|家|地|所)(?:[\u4e00-\u9fff]{0,2}?"
                            r"(?:村|社区|镇|乡|街道|县|区|市|单位|部门|企业|学校|医院|项目|商场|公司|站)(?![场长委级内外直属民]))?(?P<what>[\u4e00-\u9fff“”]{2,}.*)?$")
_NAMED_BODY = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:省|市|区|县|镇|乡|街道|村|社区|局|委|厅|办|院|校|大学|学院|集团|公司|医院|商场|商厦|广场|站)")



_NAME = re.compile(r"[\u4e00-\u9fff]{1,14}?(?:省|(?<!超)市|区|县|镇|乡|街道|局|委|厅|办|院|政府|大学|学院|集团|公司|医院|站|队|中心|(?<=[\u4e00-\u9fff]{2})(?:村|社区|家园|花园|公寓|佳苑|小区)|(?<=[\u4e00-\u9fff])(?:江|河|湖|水库))")  # (璹和家园: a housing estate named)
_NAME_STOP = re.compile(r"[的了在被把对和与及向给从将为是有,,]|通报|材料|累计|[两三四五六七八九十几\d](?:地|个)")  # 三地累计办: a count of the items, not a name


def bare_name(item: str) -> bool:
    """An item that is only a place's or body's name (岷川省水利厅, 望岗区), no predicate."""
    # (璹和家园: the second character of a proper name may be any, 和 too)
    # (盉州城市投资发展集团有限公司: 有 of 有限公司 is the name's own, no verb)
    plain = re.sub(r"有限(?=(?:责任)?公司$)", "", item)
    return bool(_NAME.fullmatch(item)) and not _NAME_STOP.search(plain[:1] + plain[2:] if plain[1:2] == "和" else plain)


def share_predicate(items: list[str]) -> list[str]:
    """"A和B清退了多少": the connector joins names, the predicate follows the last one; each bare
    name takes it (A清退了多少, B清退了多少). Items that say more are kept as they are."""
    if len(items) < 2:
        return items
    last = items[-1].split(" ")[-1]

    def core(x: str) -> str:  # the item's own words after a stretch it opens with (2026年3月瑔城区 → 瑔城区)
        x = x.split(" ")[-1]
        m = PERIOD.match(x)
        if m is None and (m := PERIOD.search(x, 2, 16)) is not None and not bare_name(x[:m.start()]):
            m = None  # (甅州市10月份甅东区 → 甅东区: the whole's name and a time before the item's own name)
        x = x[m.end():] if m and m.end() < len(x) - 1 else x
        # (“百日攻坚”行动中眂城区: the campaign the item is asked in, then its own name)
        scene = re.match(r"[“”\"]?[^,，、]{0,12}?[“”\"]?[\u4e00-\u9fff]{0,6}?(?:中|期间|里)(?=[\u4e00-\u9fff]{2})", x)
        return x[scene.end():] if scene and bare_name(x[scene.end():]) else x

    def bare(x: str) -> bool:  # a body's name, or a category (国有资产方面, “消极应付”类) with nothing after it
        # (市住房和城乡建设局: a 和 inside a body's name is the name's own)
        return bare_name(x) or bool(_IN_BODY_NAME.fullmatch(x.split("和")[-1]) and bare_name(x.replace("和", "暨"))) \
            or bool(_CATEGORY.fullmatch(x)) or dated(x)

    def dated(x: str) -> bool:
        # a stretch of time compared with another (2025年3月比1月多查处了多少辆), after a name or alone
        m = re.search(r"(?:(?:19|20)\d\d年)?\d{1,2}月(?:份)?$|(?:(?:19|20)\d\d年)?(?:[一二三四]季度|上半年|下半年)$|(?:19|20)\d\d年$", x)
        return bool(m) and (m.start() == 0 or bare_name(x[:m.start()]))

    def kin(x: str) -> bool:
        # a name of the same kind as the last item's opening name: a place or body, or a word that ends
        # like it (工贸行业 and 危险化学品行业被责令停产整顿的企业: 行业 names the kind both are)
        return bare(x) or 2 <= len(x) <= 12 and not _NAME_STOP.search(x) and any(
            2 <= n < len(last) and last[:n].endswith(x[-2:]) and not _NAME_STOP.search(last[:n]) for n in range(2, len(last)))

    firsts = [core(it) for it in items[:-1]]
    code = r"[A-Za-z]{1,5}[-－—]?\d{1,4}"
    if all(re.search(code + "$", it) for it in items[:-1]) and (lead := re.match(code, last)) and len(last) > lead.end() + 1:
        # (YF-01和YF-03两个问题上已追回的资金: codes of records; what the last asks is asked of each, less the
        # count of them, 两个问题上)
        pred = re.sub(r"^(?:这|那)?[两二三四五六七八九十几]?[个项条类](?:问题|事项|项目)?(?:上|中|里)?(?:的)?", "", last[lead.end():])
        return [it + pred for it in items[:-1]] + [items[-1]]
    if bare(last):
        # 琫河镇违法占用耕地的面积比琫溪镇多多少: the later bare names take what the first item asks of its own
        first = firsts[0]
        # 甔州大学…巡察给机械工程学院和医学院一共反馈了多少: the first item ends with the later bare name's
        # peer (学院…学院); the later names take the words before it, not what follows the first name
        peer = next((k for k in range(1, len(first) - 2) if first.endswith(last[-2:]) and bare(first[k:]) and not bare(first[:k])),
                    None) if all(bare(core(it)) for it in items[1:]) else None
        if peer is not None and re.search(r"[给对向在从]$", first[:peer]):
            return [items[0]] + [items[0][:len(items[0]) - len(first) + peer] + it for it in items[1:]]
        cut = max((n for n in range(2, len(first)) if bare(first[:n])), default=0)
        pred = first[cut:] if cut else ""
        under = first.rfind("的")
        if under > 0 and bare(first[:under].replace("有限", "")) and bare(first[under + 1:]):
            return items  # (甿江交通投资集团有限公司的甿南分公司和甿西分公司: a name under a name, no predicate)
        if len(pred) < 2 or bare(first) or not all(bare(core(it)) for it in items[1:]) or bare(re.sub(r"^的", "", pred)):
            return items  # (璹城区的璹苑小区和璹和家园: a name under a place, no predicate of the first)
        return [items[0]] + [it + pred for it in items[1:]]
    if not any(kin(c) for c in firsts):
        return items
    # a 和 left inside the last item after the split is a name's own (市住房和城乡建设局的不合格案卷)
    cut = max((n for n in range(2, len(last)) if bare(re.sub("[和\ue000]", "暨", last[:n])) and last[n] not in "场直属"), default=0)  # (农贸市场: no city; 市直单位, 市属企业: the city's own units, one word)
    if not cut:
        # the name the last item opens with ends as the first item's does (行业…行业)
        ends = {c[-2:] for c in firsts if kin(c)}
        cut = min((n for n in range(2, len(last)) if last[:n][-2:] in ends and not _NAME_STOP.search(last[:n])), default=0)
    if not cut:
        return items
    if re.match(r"(?:至|到|—|-|–|~)", last[cut:]):
        # (眍山乡2021年至2023年的…: a stretch of years the name opens is all the items', not cut in two)
        cut = max((n for n in range(2, cut) if bare_name(last[:n])), default=cut)
    pred = last[cut:]
    return [it + pred if kin(c) else it for it, c in zip(items[:-1], firsts)] + [items[-1]]


_CATEGORY = re.compile(r"[^\s,,。??的了在对把被给和与及]{2,14}?(?:方面|领域|类)")


def tail(q: str) -> str:
    """The asking words a combined question ends with (…一共多少万元), shared by its parts."""
    m = re.search(r"[^,,、]*(?:多少|几|哪个|哪边|更多|更长)[^,,、]*$", q)
    return m.group(0) if m else ""


_BRANCH = re.compile(r"[\u4e00-\u9fff]{2}(?:分公司|子公司|分院|分行|支行|校区|分厂)")


def branches(text: str) -> list[str]:
    """A branch, campus or plant named with a two-character proper name (珈禾燃气珈山分公司, 珲江大学珲山校区); not
    一个分公司, 各分公司, 的分公司."""
    return [b for b in _BRANCH.findall(text) if not re.search(r"[的了在和与及对把被给从向各本该全其这那一二两三四五六七八九十几个多]", b[:2])]


_WATER_ASKED = re.compile(rf"(?:[\u4e00-\u9fff]{{1,6}}?[省市县区])?((?![沿护清全各本该这那河江湖])[\u4e00-\u9fff]{{1,3}}?(?:{WATER_SUFFIX}))(?=[\s的和与那里,、]|$)")


# 多少 before a clause that ends in the people or households it describes (多少已经去世的人, 多少没交押金的户)
_PEOPLE_AFTER_ASK = re.compile(r"多少(?![钱元万亿])[^\d??,,。;;]{1,12}?的(?:人|人员|村民|居民|群众|干部|党员|职工|户|农户|家庭|企业|商户|学生|患者|老人)(?![\u4e00-\u9fff]{0,2}?(?:钱|金|款|费))")


def _part(text: str, whole: QuestionInfo | None = None) -> Part:
    info = analyse(re.sub(r"(?<=[这那])几", "些", text))  # 这几个工程 counts nothing
    if whole is not None and not info.units:
        info.units, info.groups = list(whole.units), [list(g) for g in whole.groups]
        info.wants_figure = info.wants_figure or whole.wants_figure
        if set(info.units) <= {"个百分点"} and re.search(r"率|占比|比重|比例", text):
            # 哪个整改完成率更高?高多少个百分点: each side is a rate; the gap between two is in points
            info.units, info.groups = ["%", "个百分点"], [["%"], ["个百分点"]]
    if whole is not None and re.search(r"[\u4e00-\u9fff]{1,8}(?:率|占比|比重)$", re.split(r"[\s的,]", text.strip(" ??。"))[-1]):
        # (…审计整改 整改完成率, a compared side that ends in its rate: a rate, whatever the other side's words)
        info.units, info.groups = ["%", "个百分点"], [["%"], ["个百分点"]]
    kind = answer_type(text)
    if re.search(r"(?:率|增速|占比|比重|比例|投入强度)(?:是|为|有|达到|多高|多少|[\u4e00-\u9fff]{0,6}多少)", text) and not re.search(r"金额|多少钱", text) \
            or re.search(r"(?:占比|比重|比例)(?:是|为|有|大约|约)?多少(?![钱元])", text):  # 金额占比多少: the share, not the amount
        info.units = ["%", "个百分点"]
    if re.search(r"占[^,,??]{1,30}?(?:百分之几|多大比例|多大比重|比例是多少|几成)", text) \
            or re.search(r"占(?:到|了)?[^,,??占]{2,30}?的多少(?:[??]|$)", text):  # (实际占到年度投资总额的多少: a share)
        info.units = ["%"]  # 紧急止付的资金约占全市的百分之几: a share, never the amount itself
    if not info.units and re.search(r"(?:几|多少)成(?![本绩果员立交为效])", text):
        info.units, info.wants_figure = ["%"], True  # 水费能收上来几成: a share in tenths, a percent
    if re.search(r"(?:率|满意度|占比|比例|比重)的?(?:提升|提高|上升|下降|降低|增长)?(?:幅度|增幅|降幅)", text):
        info.units = ["个百分点"]  # 满意度的提升幅度: a rate's change is in points, not a rate
    if whole is None and re.search(r"(?:提高|提升|上升|下降|降低|增长|增加|减少|[高低])了?(?:多少|几)个百分点", text) \
            and not re.search(r"[比较](?!年初|上年|去年|上一年|前一年|同期|上月|上季度|上半年|整改前|之前|以前|原来)[\u4e00-\u9fff]", text):
        # 不良贷款率比年初下降了多少个百分点: the change, never the rate itself (two things compared,
        # 明年的目标比今年的结果高多少个百分点, are a rate each: the gap is computed)
        info.units = ["个百分点"]
    if kind not in ("number", "list") and info.wants_figure and info.units:
        kind = "number"  # (哪几家 counts nothing: it asks the names)
    if kind != "list" and _CHANGE_HOW.search(text):
        kind = "number"  # 同比变化如何: the change the notice states beside the figure (同比下降14.3%)
    kinds = kinds_of(info)
    if not kinds and _PEOPLE_AFTER_ASK.search(text):
        kinds = ["count"]  # 有多少已经去世的人还在领养老金: the people are counted, whatever they are paid
    if not kinds and re.search(r"(?:资金|(?<![黄])金|款|费用?|金额|钱|投资|收入|支出)(?:[\s,,??]|$)", text):  # (养老金, 租金, 违约金)
        kinds = ["money"]  # an amount of money compared or summed without 多少钱
    if re.search(rf"多少(?![{COUNT_WORDS}])[\u4e00-\u9fff]{{0,2}}?(?:收益|收入|经费|补贴|奖金|罚款|利润|价值|货值|案值|总值|产值|金额|钱)|(?:价值|货值|案值|总值|产值|金额|收益|净值|原值|余额|估值|市值)(?:是|为|有|达|共)?多少", text) \
            and "money" not in kinds and not re.search(r"率|比例|占比|比重", text):
        kinds = ["money"]  # 拿到了多少收益, 评估价值是多少: an amount, whatever count the question also names
        # (not 多少户领补贴的人家, 多少条补贴发放记录: a measure word after 多少 counts its own things)
    if not kinds and re.search(r"(?:金|费|款|资金|工资|收入|价格|单价|标准)(?:上调|提高|增加|上涨|涨|下调|降低|减少)了?(?:多少|几)(?![个家名人户件起次项所处条])", text):
        kinds = ["money", "percent"]  # 基本养老金上调了多少: money raised, by an amount or a share; no count of anything
    if not kinds and re.search(r"多少(?![钱元万亿个百])[^\d??,,。;;]{0,8}?" + _MONEY_WORD + r"(?=[??,,。;;]|$)", text) and not _ASK_UNIT.search(text):
        kinds = ["money"]  # 讨回了多少被拖欠的工资, 拿了多少回扣: a bare 多少 before a money noun that ends the clause
    if not kinds and not _ASK_UNIT.search(text) and re.search(_MONEY_WORD + r"(?:还|仍|尚)(?:有|剩)?(?:多少|几)(?![\u4e00-\u9fff]{0,3}?(?:人|名|户|家|个))", text):
        kinds = ["money"]  # 少交党费还有多少没有补交上来: what is left of a money noun said right before is money
    if not kinds and not _ASK_UNIT.search(text) and re.search(r"多少", text) \
            and re.search(r"(?:土地|耕地|林地|草地|宅基地|用地|农田|山林|闲置地|空地|荒地|撂荒地)", text) and not re.search(r"钱|金|款|费|宗|块|处|亩产|单产|产量|亩均", text):
        kinds = ["area"]  # 占去的集体土地拿回来多少: land is measured in 亩
    if not kinds and not _ASK_UNIT.search(text) \
            and re.search(r"多少[\u4e00-\u9fff]{0,3}?(?:河沙|河砂|砂石|沙石|砂|沙子|泥土|土方|渣土|石料|矿石|煤炭?|原油|燃油|汽油|柴油|粮食?|垃圾|废水|污水|废渣|废物|淤泥|木材)(?=[??,,。;;]|$)", text):
        kinds = ["volume", "weight"]  # 偷挖了多少河沙: a quantity of a material, in 立方米 or 吨, not the diggers counted
    if not kinds and _MONEY_BEFORE.search(text) and not _ASK_UNIT.search(text):
        kinds = ["money"]  # 虚增的利润调减了多少: an amount of money named before a bare 多少
    if not kinds and re.search(rf"(?:多少|{ASK_JI})[{COUNT_WORDS}]{NOT_UNIT}", text):
        kinds = ["count"]
    wants = [_ask_kind(m.group(1)) for m in _ASK.finditer(text) if not some_ji(text, m.start(), m.end(), same_clause=False)]
    # 收回了多少亩土地和多大面积的房屋: 多大面积, 多长 ask a quantity too, beside a 多少
    # (拆掉的面积有多大: the area said before the asking word; a bare 多大 asks any size, 多长 a length)
    other_asks = [("area" if m.group(1) or "面积" in text[max(0, m.start() - 4):m.start()] else "duration" if m.group(2)
                   else "length" if m.group(0).startswith("多长") else "") for m in _HOW_BIG.finditer(text)]
    if wants and other_asks:
        wants += other_asks
    elif not wants and other_asks and not kinds:
        # (拆掉的违章建筑加起来有多大: a size, never a count of them; 多大面积 an area, 多长时间 a duration)
        kinds = list(dict.fromkeys(k for k in other_asks if k)) or ["area", "volume", "weight", "length", "money", "percent", "points", "duration", "ratio", "other"]
    if "money" in wants and "money" not in kinds and kinds:
        kinds.append("money")
    elif not kinds and any(wants):
        kinds = [k for k in dict.fromkeys(wants) if k]
    if kinds in (["count"], ["money"]) and re.search(r"(?:比|较)(?:(?:上年|去年|上一年|前一年)同期|(?:19|20)\d\d年(?:同期)?|上年|去年|上一年|前一年)"
                                                 r"[^,,??]{0,4}?(?:降|升|增|减|多|少|下降|上升|增加|减少|增长)了?(?:多少|几)(?=[??,,。]|$)", text):
        # 上访人次比上年同期降了多少, 追回金额较2023年增长了多少: the change of a count or an amount over a year,
        # said as a share (同比下降31.6%, 较2023年增长23.6%) as often as in its own unit
        kinds.append("percent")
    uw = next((m for m in re.finditer(rf"(?:多少|几)(万元|亿元|元|个小时|个月|公里|平方米|[{COUNT_WORDS}亩吨米]{NOT_UNIT})", text)
               if not some_ji(text, m.start(), m.end(), same_clause=False)), None)
    clauses = [c for c in re.split(r"[,;?。]", text) if c.strip()]
    # (查医保基金时,对违规的定点医院…罚了多少钱: a clause that says when sets the scene, it qualifies no figure)
    topic = "".join(measure_phrase(c) if _QWORD.search(c) else _FILLER.sub("", PERIOD.sub("", c)) for c in clauses
                    if _QWORD.search(c) or not re.search(r"(?:时|的时候|期间|过程中)$", c.strip())) if len(clauses) > 1 else ""
    who = list(info.entities)
    # a body inside a named one (北原工业大学机械工程学院): the inner one is what is asked about
    # (癮江银行在癮东的那家支行: the branch in 癮东, named as its notice names it, 癮东支行)
    who += [inner for m in re.finditer(r"(?:大学|集团|公司|医院|学校|银行)([\u4e00-\u9fff]{2,8}?(?:学院|分公司|子公司|分院|研究所|中心|分行|支行|校区)|[\u4e00-\u9fff]学院)", text)
            if not re.search(r"[一二两三四五六七八九十几个各全本该其所有多的在]",
                             (inner := re.sub(r"^在([\u4e00-\u9fff]{2,4}?)(?:的|这边的|那边的)?[这那](?:家|个|所)", r"\1", m.group(1)))[:-2])]  # (清查两个校区: no name)
    # a hospital's department (瑠南区人民医院神经内科): a part of the hospital, asked of its own
    who += [m.group(1) for m in re.finditer(r"医院([\u4e00-\u9fff]{0,4}?(?:内科|外科|科室|病区|中心|[儿妇骨眼牙皮肤]科))(?![长主室])", text)
            if m.group(1) not in who]
    # 城发集团下面的置业公司: a company under the group named first is what is asked about, not its parent
    # (a department's unit, 农业农村局下属的农技推广中心, is still read with the department it belongs to)
    for m in re.finditer(r"([\u4e00-\u9fff]{2,12}?(?:集团|公司))(?:下面|下属|下辖|所属|旗下)的?([\u4e00-\u9fff]{2,10}?公司)", text):
        inner = re.sub(r"^(?:[那这](?:家|个)|该)(?=[\u4e00-\u9fff]{2})", "", m.group(2))  # (下面那家煤业公司: the one the notice names)
        who = [w for w in who if w != m.group(1) and w not in m.group(1) and w != m.group(2)] + ([inner] if inner not in who else [])
    who += [n for n in branches(text) if n not in who and not any(n in w for w in who)]
    # (旗下的金控子公司: a reader's 子公司 is the company the notice names 金控公司)
    who = [re.sub(r"(?<=[\u4e00-\u9fff]{2})子公司$", "公司", w) for w in who]
    # a river or lake a part opens with (畂江那些非法挖沙的案子, 畂湖 恢复的水域面积): the water body asked about,
    # as a 河湖长制 notice names its paragraphs (owners.py)
    if (water := _WATER_ASKED.match(fold(text))) and water.group(1) not in who and water.group(1) not in WATER_KINDS:
        who.append(water.group(1))
    # 替瓃源村代收安装费的那家供水公司: a body named inside a clause that describes another (the firm that
    # acted for the village) says which one is meant; the one asked is the firm, not the village
    who = [w for w in who if not re.search(r"(?:替|帮|为|给|向)" + re.escape(w) + r"[^??,,。]{1,12}的那(?:家|个|名|位|所)", fold(text))]
    rank = rank_asked(text, who)
    if rank and kind in ("text", "list") and re.search(r"哪", text):
        kind = "number"  # 整改率最低的是哪个项目: the item is found by its figure
    return Part(text, info, measure_phrase(_RANK_WORDS.sub("", text) if rank else text), period_of(text), kinds, kind, who,
                len([m for m in re.finditer(r"多少|" + ASK_JI + r"(?=[\u4e00-\u9fff])", text) if not some_ji(text, m.start(), m.end(), same_clause=False)])
                + (len(other_asks) if wants else 0) or 1,
                uw.group(1) if uw else "", wants, topic, rank=rank)


_MONEY_NOUN = r"(?:利润|收入|收益|资金|经费|补贴|补助|奖金|奖励|罚款|罚没款|税款|工资|欠薪|工钱|租金|价款|款项|费用|人民币|钱)"
# the noun a clause ends on, when it names money by its form: a fee (好处费, 伙食费), a payment (贿款),
# a fund or deposit (保证金, 公积金), a kickback (回扣), pay (薪酬)
_MONEY_WORD = r"(?:" + _MONEY_NOUN[3:-1] + r"|回扣|薪酬|[\u4e00-\u9fff]{1,3}?(?<!浪|消|花)费|[\u4e00-\u9fff]{1,3}?款|[\u4e00-\u9fff]{1,2}?(?<!黄)金)"
# a money noun, then at most a verb or two, then a bare 多少 (no measure word after it)
_MONEY_BEFORE = re.compile(_MONEY_NOUN +
                           r"[\u4e00-\u9fff]{0,4}?(?:了|的)?(?:是|为|有|共|达)?多少(?=[??,,。]|$)")
_ASK_UNIT = re.compile(r"(?:多少|" + ASK_JI + r")(?:钱|万元|亿元|元|个百分点|[个种类项家件名人次户所条座台套批宗起处位场轮篇份盏具亩吨米天]" + NOT_UNIT + ")")
_ASK = re.compile(r"(?:多少|" + ASK_JI + r")(钱|万元|亿元|元|个工作日|工作日|个自然日|自然日|个百分点|个基点|个小时|个月|公里|千米|平方米|亩|吨|小时|分钟|天|[个种类项家件名人次户所条座台套批宗起处位场轮篇份盏具]" + NOT_UNIT + ")?")


def _ask_kind(word: str | None) -> str:
    """The kind of figure one 多少/几 asks for: 多少钱 → money, 几处 → count, 多少 alone → any."""
    if not word:
        return ""
    if word in ("钱", "万元", "亿元", "元"):
        return "money"
    return figure_kind(word.removeprefix("个") if word in ("个工作日", "个自然日", "个小时", "个月") else word) \
        if word in ("个百分点", "个基点", "公里", "千米", "平方米", "亩", "吨", "小时", "分钟", "天", "工作日", "个工作日", "自然日", "个自然日", "个小时", "个月") else "count"


def _item_place(item: str) -> str | None:
    """The county-level place an item of a sum or comparison names: at its start (琚山市三地累计办结的…),
    or after a description of it (排第一的瑜城区), or after the stretch it opens with (2026年3月瑔城区)."""
    at = PERIOD.match(item) or re.match(r"(?:本月|本期|本周|本季度|当月|上月|上周)(?=[\u4e00-\u9fff]{2})", item)
    if at and at.end() < len(item):
        item = item[at.end():]  # (本月睶城区: a bulletin's own stretch, then the place)
    m = re.match(r"[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗)", item)
    if m and not re.search(r"[的了第在对和与]", m.group(0)):
        if (at := PERIOD.match(item, m.end())) and (inner := re.match(r"[\u4e00-\u9fff]{1,6}?(?:区|县|旗)", item[at.end():])) \
                and not re.search(r"[的了第在对和与]", inner.group(0)):
            return inner.group(0)  # (甅州市10月份甅东区: the whole's place and a time before the item's own)
        return m.group(0)
    m = re.fullmatch(r"[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗)", item.rsplit("的", 1)[-1])
    return m.group(0) if m else None


# a government department or centre an item names (人社局, 县应急管理局, 市不动产登记中心)
_DEPARTMENT = re.compile(r"(?:涉及|对|在|由|被|给|向)?((?:[\u4e00-\u9fff]{1,3}?[省市县区])?[\u4e00-\u9fff]{2,10}?(?:局|委|中心|办公室))$")


def item_department(item: str) -> str | None:
    """The department an item of a sum or comparison is (公安局 in 人社局和公安局哪家…), or None; not a
    generic one (各局, 该局, 市局)."""
    m = _DEPARTMENT.search(item.split(" ")[-1])
    if not m or re.search(r"[的了和与及哪各该本其这那]", m.group(1)):
        return None
    core = re.sub(r"^(?:[\u4e00-\u9fff]{1,3}?[省市县区])", "", m.group(1)) if len(m.group(1)) > 4 else m.group(1)
    return m.group(1) if len(re.sub(r"(?:局|委|中心|办公室)$", "", core)) >= 2 else None


_HOW_BIG = re.compile(r"多大(面积)?(?!比例|幅度|规模|程度|年纪|岁数)|多长(时间)?")
_BETWEEN = re.compile(r"从(?P<a>[^,,??从到至]{2,16}?)(?:到|至)(?P<b>[^,,??]{2,16}?)(?=[,,]?[\u4e00-\u9fff]{0,12}?"
                      r"(?:(?:增加|减少|增长|下降|提高|降低|上升|多|少)了?(?:多少|几)|又[\u4e00-\u9fff]{1,4}?了?(?:多少|几)))")
# 从6月底到9月底又整改了多少个: what was done between two dates, the running total's rise
_AGAIN_ASK = re.compile(r"又(?P<verb>[\u4e00-\u9fff]{1,4}?)了?((?:多少|几)[^,,??]*)")
_CHANGE_ASK = re.compile(r"(?:增加|减少|增长|下降|提高|降低|上升|多|少)了?((?:多少|几)[^,,??]*)")


# 疦州水务集团的整改完成率比疦州文旅集团高多少个百分点: one measure of two bodies, the gap asked
_BODY_END = r"(?:集团|公司|[省市县区镇乡村]|街道|社区|医院|学校|大学|局|中心|商场|商厦|广场)"
_BODY_GAP = re.compile(r"^(?P<t>(?:(?:19|20)\d\d年)?(?:\d{1,2}(?:[-—至]\d{1,2})?月份?|[一二三四]季度|[上下]半年|今年|去年|全年)?[,，]?)"
                       r"(?P<a>[\u4e00-\u9fff]{1,16}?" + _BODY_END + r")的(?P<m>[\u4e00-\u9fff]{2,12}?)比(?P<b>[\u4e00-\u9fff]{1,16}?" + _BODY_END
                       + r")(?:的)?(?:(?P=m)|平均水平|平均值|均值|水平)?(?:高|低|多|少)(?:出|了)?(?P<ask>(?:多少|几)[^,，?？]{0,5})[?？]?$")


def _body_gap(q: str, info: QuestionInfo) -> Slots | None:
    """"A的整改完成率比B高多少个百分点": the measure said once, of A, set against B's: a difference of the
    two bodies' own figures (each cited), not a change the notice states."""
    m = _BODY_GAP.match(q)
    if not m or re.search(r"年|月|季|期|(?<![以])前|(?<![以])上|去|同|目标|计划|标准|平均", m.group("b")) or m.group("a") == m.group("b") \
            or re.search(r"还|没|未|剩|尚", m.group("m")):  # (…还挂着没整改的问题比…多几个: what is left, read elsewhere)
        return None
    parts = []
    for who in (m.group("a"), m.group("b")):
        p = _part(f"{m.group('t').rstrip(',，')}{who}的{m.group('m')}是多少", info)  # (5月份瘵河镇的…比瘵岭镇高出多少分: the month is both's)
        p.whole, p.answer_type = q, "number"
        parts.append(p)
    return Slots(q, q, info, parts, "difference")


def _between_dates(q: str, info: QuestionInfo) -> Slots | None:
    """"X,从2024年11月30日到2025年5月31日增加了多少万元": the same measure at two dates, and the change
    between them (a difference of the two cited figures)."""
    m = _BETWEEN.search(q)
    if not m or len(re.findall(r"多少|" + ASK_JI, q)) != 1:
        return None
    pa, pb = PERIOD.match(q, m.start("a")), PERIOD.match(q, m.start("b"))
    if pa and pa.end() > m.end("a") and pb:
        pa = PERIOD.match(q[:m.end("a")], m.start("a"))  # (6月30日到8月20日 reads as one stretch: its first day alone)
    if not pa or not pb or pa.end() != m.end("a"):
        return None
    a, b = pa.group(0), pb.group(0)
    ask = _CHANGE_ASK.search(q, pb.end())
    again = _AGAIN_ASK.search(q, pb.end())
    if again and (not ask or again.start() < ask.start()):
        ask = again
    if not ask:
        return None
    # (又多落实了多少条: the rise is 多; 这段时间里又追回了: the stretch is the two dates', no words of the measure)
    verb = re.sub(r"^(?:多|再|新)(?=[\u4e00-\u9fff])", "", ask.group("verb")) if ask is again else ""
    what = re.sub(r"这段时间里?|这段期间|这期间|这一时期|期间", "", q[:m.start()] + q[pb.end():ask.start()] + verb).strip(",, ")
    # what is counted after the asking words (多少条整改措施) is the measure's noun
    noun = re.sub(r"^(?:多少|几)[个条件项家人户名起次批份处宗万亿千百元吨亩]*", "", ask.group(ask.re.groups)).strip("??")
    parts = []
    for when in (a, b):
        p = _part(f"截至{when} {what} {ask.group(ask.re.groups)}".strip(), info)
        p.whole, p.period, p.answer_type = q, "截至" + when, "number"
        p.measure = measure_phrase(what + noun if len(noun) >= 2 and noun not in what else what)
        parts.append(p)
    parts[0].measure = parts[1].measure  # (the target is a level of the same measure; 目标 in its text lets a plan answer)
    return Slots(q, q, info, parts, "difference")


# how far a level still is from its target (…覆盖率离整改目标还差多少个百分点, 按年底目标,…满意度还需要提高多少个
# 百分点, 要求…达到95%以上,这比截至7月31日的…还要提高多少个百分点): the target and the level now, each a part
# (还差多少家次才能完成全年计划: what the gap is for, after 才, is no unit)
_STILL = r"还(?:差|需要?|要|得)?(?:再)?(?:提高|提升|增加|降低|下降|减少|压减|完成|压降)?了?(?:多少|几)(?P<unit>[^,,??才]*)(?:才[^,,??]*)?[??]?$"
_GOAL = r"(?:目标|要求|任务|计划)(?:值|数)?"
_TO_TARGET = (
    re.compile(rf"^(?P<what>[^??]+?)(?:离|距离?|比)(?P<goal>[^,,??]{{0,12}}?{_GOAL})[^,,??]{{0,4}}?{_STILL}"),
    re.compile(rf"^(?P<goal>(?:按照?|根据|对照|照)[^,,??]{{0,24}}?{_GOAL})(?:来?算|测算|计算)?[,,](?P<what>[^??]+?){_STILL}"),
    re.compile(rf"^(?P<goal>[^??]*?(?:{_GOAL}|计划)[^,,??]*?(?:达到|提高到|提升到|不低于|降至|降到|控制在)[^,,??]*?)[,,]"
               rf"(?:这|其|那)?(?:比|较|离|距离?)(?P<what>[^,,??]+?){_STILL}"),
)


# a level beside its target by how much it is over or under (…累计追缴的资金比年初定下的目标多出多少万元; 按整改
#目标,…业务招待费的上限比2023年实际支出少多少万元): the target and the level, each a part
_OVER = r"(?:多出?|超出?|超过|高出?|少|低)了?(?:多少|几)(?P<unit>[^,,??]*)[??]?$"
_TARGET_WORD = r"(?:目标|任务|上限|计划)(?:值|数)?"
_BY_TARGET = (
    re.compile(rf"^(?P<what>[^??]+?)(?:比|较)(?P<goal>[^,,??比]{{0,12}}?{_TARGET_WORD}){_OVER}"),
    re.compile(rf"^(?P<goal>[^??]*?{_TARGET_WORD}[^,,??比]{{0,6}}?)[,,]?(?:比|较)(?P<what>[^,,??]+?){_OVER}"),
)
_TARGET_SAYING = re.compile(r"(?:按照?|根据|对照)[^,,]{0,10}?[,,]|(?:年初|当初|原先|事先)?(?:定下|确定|制定|设定|提出|要求)?的?(?:全年|年度)?" + _TARGET_WORD)


def _target_and_level(q: str, info: QuestionInfo, target: str, now: str, unit: str) -> list:
    """The two number parts of a gap between a target and a level, each asked as a level (a gap in points
    between two rates: each side is a rate)."""
    parts = []
    for t in (target, now):
        p = _part(t.replace("多少个百分点", "多少"), info)
        p.whole, p.answer_type = q, "number"
        if "百分点" in unit or "%" in (info.units or []):
            p.info.units, p.info.groups, p.kinds = ["%"], [["%"]], ["percent"]
        parts.append(p)
    return parts


def _by_target(q: str, info: QuestionInfo) -> Slots | None:
    """"X比目标多出多少" / "目标比X少多少": the target the notice sets for X's measure and the level it is
    compared with, each a part, the answer their difference (computed from the two cited figures)."""
    if len(re.findall(r"多少|" + ASK_JI, q)) != 1:
        return None
    for i, pattern in enumerate(_BY_TARGET):
        if (m := pattern.search(q)):
            break
    else:
        return None
    what, goal, unit = m.group("what").strip(",, "), m.group("goal").strip(",, "), m.group("unit")
    if i == 0 and len(re.sub(r"(?:定下|确定|制定|设定|提出)的?|[的了]", "", _TARGET_SAYING.sub("", PERIOD.sub("", goal)))) >= 2:
        return None  # (比省里下达的年度任务多出多少套: a target named by who set it is an item of its own)
    if i == 0:
        # (the target is set for a year, not for the day the level is counted to)
        target, now = f"{PERIOD.sub('', what).strip(',, ')}的目标是多少{unit}", f"{what}是多少{unit}"
    else:
        # (the level compared names only its time and kind, 2023年实际支出: the target's measure is its measure)
        core = re.sub(r"(?:定下|确定|制定|设定|提出)的?", "", _TARGET_SAYING.sub("", PERIOD.sub("", goal))).strip(",, 的")
        if len(core) < 2:
            return None
        target, now = f"{goal}是多少{unit}", f"{core} {what}是多少{unit}"
    parts = _target_and_level(q, info, target, now, unit)
    if i == 0:
        parts[0].measure = parts[1].measure  # (the target is a level of the same measure)
    else:
        parts[0].measure = parts[1].measure = measure_phrase(core)
    return Slots(q, q, info, parts, "difference")


def _to_target(q: str, info: QuestionInfo) -> Slots | None:
    """"X离目标还差多少": the target the notice sets for X and X's level now, each a part, the answer
    their difference (computed from the two cited figures; either not stated, the question is refused)."""
    if len(re.findall(r"多少|" + ASK_JI, q)) != 1:
        return None
    for i, pattern in enumerate(_TO_TARGET):
        m = pattern.search(q)
        if m:
            break
    else:
        return None
    what, goal, unit = m.group("what").strip(",, "), m.group("goal").strip(",, "), m.group("unit")
    if i == 2:
        # (这比截至7月31日的整改完成率…: the level compared is of the body the target names, 全市)
        scope = re.search(r"全[省市县区镇乡村]", goal)
        lead = scope.group(0) if scope and scope.group(0) not in what else ""
        target, now = f"{goal},是多少{unit}", f"{lead}{what}是多少{unit}"
    elif i == 1 and re.search(r"计划|任务", goal):
        # 照全年执法检查计划算,…上半年检查完之后还差多少家次: the plan names what it counts (执法检查), the level
        # is what was done by then
        what = re.sub(r"(?:完了?)?(?:之后|以后)$", "", what)
        target, now = f"{re.sub(r'^(?:按照?|根据|对照|照)', '', goal)}是多少{unit}", f"{what}是多少{unit}"
    else:
        target, now = f"{what}的目标是多少{unit}", f"{what}目前是多少{unit}"
    parts = _target_and_level(q, info, target, now, unit)
    parts[0].measure = parts[1].measure  # (the target is a level of the same measure; 目标 in its text lets a plan answer)
    return Slots(q, q, info, parts, "difference")


_BESIDES = re.compile(r"(?:除了?|除去)?(?P<x>[^,,??以之]{2,16}?)(?:以外|之外)的?(?P<y>[^,,??]{0,16}?)(?:共有|还有|有)?(?:多少|几)")


_BESIDES_REST = re.compile(r"除(?:了|去|开)?(?P<x>[^,,??]{2,12}?)(?:以外|之外|外)?[,,](?P<w>[\u4e00-\u9fff]{0,8}?)(?:其余|其他|其它|剩下|剩余)的?"
                           r"(?:地方|地区|单位|部门|[县区市镇乡村])?(?P<y>[^??]*?(?:多少|几))")


def _besides(q: str, info: QuestionInfo) -> Slots | None:
    """"…反馈的问题中,党的建设方面以外的问题有多少个": the whole less the part named, each a part of its own,
    the answer their difference (computed from the two cited figures)."""
    m = _BESIDES.search(q) or _BESIDES_REST.search(q)
    if not m or len(re.findall(r"多少|" + ASK_JI, q)) != 1 or PERIOD.fullmatch(m.group("x")) \
            or re.match(r"(?:这|此|该|上述|其)", m.group("x")):
        return None
    lead = q[:m.start()]
    if m.re is _BESIDES_REST:
        # …中,除去瑭城区,其余地方合计退还了多少万元: the whole, and the place left out, each asked
        # (除皩源县分局以外,皩州全市其余地方…: the whole named before 其余 is the whole asked)
        whole = f"{lead}{m.group('w')}{q[m.start('y'):]}"
        part_of = f"{lead}{m.group('x')}{q[m.start('y'):]}"
    else:
        whole = f"{lead}{m.group('y') or ''}{q[m.end('y'):]}"
        part_of = f"{lead}{m.group('x')}的{q[m.start('y'):]}"
    parts = []
    for t in (whole, part_of):
        p = _part(t, info)
        p.whole, p.answer_type = q, "number"
        parts.append(p)
    parts[0].besides = m.group("x")
    return Slots(q, q, info, parts, "besides")


_SHARE_Q = re.compile(r"^(?P<a>[^??]+?)(?:约|大约|大概|大致)?占(?P<b>[^,,??]+?)的?(?:多大|多少|几)?(?:比例|比重|百分比|份额|百分之几|几成)")


def share_items(question: str) -> tuple[str, str] | None:
    """(part, whole) of "A占B的多大比例/百分之几" (A and B each a quantity the notice may state), or None.
    The share is computed from the two (compose.combine "share") only where the notice states none."""
    q = fold(question)
    m = _SHARE_Q.search(q.split("?")[-2] if q.count("?") > 1 else q)
    if not m:
        return None
    a, b = m.group("a").strip(" ,,"), m.group("b").strip(" ,,")
    if len(a) < 2 or len(b) < 2 or re.search(r"多少|几", a):
        return None  # (合计有多少名…?占…: the part is the answer to another clause; not read here)
    return a, b


# an item asked by its place in a ranking: the first, the last, the second (not a stated 最高 figure asked
# as such, 最高补助多少元: only with the item's kind, 排第一的县区, 最低的是哪个项目)
_RANK_MAX = re.compile(r"排(?:名)?第一|排在第一|位列第一|第一名|名列第一|首位|(?:最多|最高|最大)的(?:是)?(?:哪|[\u4e00-\u9fff]{1,4}(?:县|区|市|镇|村|项目|单位|医院|季度|类|家))|(?:哪|哪一)[个家类项所][^,,??]{0,16}最(?:多|高|大)")
_RANK_MIN = re.compile(r"垫底|最后一名|排(?:名)?最后|倒数第一|末位|(?:最少|最低|最小)的(?:是)?(?:哪|[\u4e00-\u9fff]{1,4}(?:县|区|市|镇|村|项目|单位|医院|季度|类|家))|(?:哪|哪一)[个家类项所][^,,??]{0,16}最(?:少|低|小)")
_RANK_SECOND = re.compile(r"排(?:名)?第二|第二名|位列第二|排第二")
_RANK_KIND = re.compile(r"县区|县市区|区县|[县区市镇村]|项目|单位|医院|季度|类型|类|家|个|哪")
_RANK_WORDS = re.compile(r"排(?:名)?第[一二]|排在第一|位列第[一二]|第[一二]名|名列第一|首位|垫底|最后一名|排(?:名)?最后|倒数第一|末位|最(?:多|高|大|少|低|小)")


def rank_asked(text: str, who: list[str] | tuple = ()) -> str:
    """max / min / second when the part asks for an item by its place in order, else "" (also when it
    names the item right after: 第一名玥州市 asks 玥州市's own figure; or before, the place said of it:
    璉北县销号率在全市垫底,是多少 asks 璉北县's own figure, whether or not the notice ranks)."""
    t = fold(text)
    if re.search(r"比[^,??]{0,8}(?:最[多少高低大小]|排(?:名)?第|垫底|最后)", t):
        return "vs"  # 比最少的季度多多少: a gap to a ranked item (not composed here: refused, not guessed)
    for rx, rank in ((_RANK_SECOND, "second"), (_RANK_MIN, "min"), (_RANK_MAX, "max")):
        m = rx.search(t)
        if m:
            named = re.match(r"(?![的之是])(?!县区|区县|市县)[\u4e00-\u9fff]{1,3}(?:市|县|区|镇|村)", t[m.end():])
            # (排名第一的县 or 哪个县垫底 asks which; 璉北县…垫底 says it of the body the question names)
            opener = re.match(r"(?![全本该各])[\u4e00-\u9fff]{1,4}?(?:县|区|市|镇|乡|村|街道)", t[:m.start()])
            said_of = "哪" not in t and not t[m.end():].startswith("的") \
                and (opener or any(fold(w) in t[:m.start()] for w in who))
            return "" if named or said_of else rank
    return ""


_CHANGE_HOW = re.compile(r"(?:同比|环比|较上年|比上年|较去年|比去年|较上月|比上月)[^,,??]{0,4}(?:变化|增减|升降|涨跌)(?:如何|怎样|怎么样|情况|多少)")
_UNIT_ONLY = re.compile(r"^(?:万元|亿元|元|个百分点|平方米|公里|[" + COUNT_WORDS + r"亩吨米天])$")


_TWO_TOP = re.compile(r"(?:最多|最高|最大|排(?:名)?前|前)的?(?:两|二|2)(?:个|家|项|类|名|所|村|县|区)")
_VS_RANK = ((re.compile(r"比(?:排(?:名)?)?(?:最少|最低|最小|垫底|最后|倒数第一)"), "min"),
            (re.compile(r"比(?:排(?:名)?)?(?:第二|排第二)"), "second"),
            (re.compile(r"比(?:排(?:名)?)?(?:最多|最高|最大|第一)"), "max"))


def _ranked_pair(question: str, q: str, info: QuestionInfo) -> Slots | None:
    """Two items of one list, each asked by its place in order, then combined: 哪个村新增集体收入最多、
    哪个最少?两者相差多少 (max − min), 最多的是哪类?比排第二的多多少 (max − second), 追回最多的两家合计
    (max + second). pipeline/factanswer.ranked_item finds each item in the list; compose combines."""
    if _TWO_TOP.search(q) and _SUM.search(q):
        ranks, op = ["max", "second"], "sum"
    elif "哪" not in q and not any(rx.search(q) for rx, _ in _VS_RANK):
        return None  # 排名第一和排名最后的县区: two items joined, read as items by read()
    else:
        has = [r for rx, r in ((_RANK_MAX, "max"), (_RANK_SECOND, "second"), (_RANK_MIN, "min")) if rx.search(q)]
        has += [r for rx, r in _VS_RANK if rx.search(q) and r not in has]
        if len(has) < 2 or not _DIFF.search(q):
            return None
        ranks, op = [r for r in ("max", "second", "min") if r in has][:2], "difference"
    clauses = [c for c in re.split(r"(?<=[??;;])", q) if c.strip(" ??")]
    first = next((i for i, c in enumerate(clauses) if _RANK_WORDS.search(c) or _TWO_TOP.search(c)), None)
    if first is None:
        return None
    text = "".join(clauses[:first + 1])
    # what is ranked: the ranking clause (to its comma) less its which-words, rank words and a second which-clause
    ranking = next(c for c in re.split(r"[,,]", clauses[first]) if _RANK_WORDS.search(c) or _TWO_TOP.search(c))
    said = re.sub(r"[、,,]\s*哪(?:一)?[个家类项所村县区]?最(?:多|少|高|低|大|小)", "", ranking)
    said = re.sub(r"哪(?:一)?[个家类项所]|是哪[\u4e00-\u9fff]?|(?:两|二|2)(?:个|家|项|类|名|所)|合计|加起来|一共", "", _TWO_TOP.sub("", said))
    measure = measure_phrase(_RANK_WORDS.sub("", said))
    if len(_RANK_KIND.sub("", measure)) < 2:
        return None
    parts = []
    for r in ranks:
        p = _part(text, info)
        p.rank, p.measure, p.whole, p.answer_type = r, measure, q, "number"
        p.others = [measure]
        parts.append(p)
    return Slots(question, q, info, parts, op)


def _own_clause_total(q: str) -> bool:
    """一共 said in a later asking clause that joins nothing (…有几份案卷…对不上?涉及的罚款一共多少钱?): that
    clause asks its own total, the question is two asks, not a sum of items."""
    clauses = [c for c in re.split(r"(?<=[??])", q) if c.strip(" ??")]
    if len(clauses) < 2 or _STRONG_SUM.search(q) or _SUM.search(clauses[0]) \
            or re.search(r"[两二三四五六七八九十][个家所项类座条]?[\u4e00-\u9fff]?(?:一共|合计|加起来|总共|共计|共)|两者|二者|三者|这[两二三几]", q):
        return False  # (甲县和乙县各追回多少?两县一共追回多少钱?: the later clause sums the items named)
    later = [c for c in clauses[1:] if _SUM.search(c)]
    # (…上交了几笔?一共多少钱?: a bare 一共多少钱 after a count asks the money of what was counted)
    return all(not re.search(r"和|与|跟|(?<![涉以])及|、|同(?!比|期)", c)
               and (len(measure_phrase(_SUM.sub("", c))) >= 2
                    or re.fullmatch(r"(?:一共|总共|共计|合计)(?:是|有)?多少(?:钱|元|万元)[??]?", c.strip())
                    and re.search(rf"(?:多少|几)[{COUNT_WORDS}]", clauses[0]) and not re.search(r"各|分别", clauses[0]))
               for c in later)


_RESUMED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![和与及、])(?:这|那)?[两二三四五六七八九十](?:[个家所]?(?:街道|乡镇|镇|乡|县区|县|区|市|单位|部门|企业|医院|学校|地|村|社区)|[个家所])"
                            r"(?=(?:的|之间)?(?:一共|总共|合计|加起来|合起来|共|分别|各|都|谁|哪)(?!计划))")


def _resumed_count(m: re.Match) -> str:
    """瘵城街道和瘵北街道两个街道一共…: the list's count said again after items that already carry its noun names
    no item of its own, and is dropped; 瑦东、瑦西、瑦湖三个街道: items named short take their kind from it, and it stays."""
    before = m.string[:m.start()]
    noun = re.sub(r"^(?:这|那)?[两二三四五六七八九十][个家所]?", "", m.group(0))
    return "" if re.search(r"[和与及、]", before) and noun and before.endswith(noun[-1]) else m.group(0)


_BODY_BACK = re.compile(r"(?:该|此|这个)(镇|乡|县|区|市|局|村|街道|社区|单位|公司|集团|医院|学校)")


def _named_back(q: str) -> str:
    """A later question that points back at the body the first named (瘶河镇…?“回头看”又在该镇发现了多少个新问题?):
    that body, named, so the later part is judged for it and not for the notice as a whole."""
    clauses = re.split(r"(?<=[?？])", q)
    if len(clauses) < 2 or not any(_BODY_BACK.search(c) for c in clauses[1:]):
        return q
    first = _part(clauses[0]).who
    out = [clauses[0]]
    for c in clauses[1:]:
        if (m := _BODY_BACK.search(c)) and len(names := [w for w in first if w.endswith(m.group(1)) or m.group(1) == "单位"]) == 1:
            c = c[:m.start()] + names[0] + c[m.end():]
        out.append(c)
    return "".join(out)


# where the body a clause opens with ends: at the first word that goes on about it
_AFTER_OPENER = re.compile(r"被|的|在|有|共|一共|总共|累计|已|把|对|将|给|向|从|是|今年|去年|这次|本次|上半年|全年")


def _what_about(q: str) -> str:
    """安居乐家被责令停业整顿多少天?锦程置业呢?: "and B?" asks the clause before again, of B in place of the
    body that clause opens with."""
    m = re.search(r"(^|[??。;])([^??。;,]+?(?:多少|几)[^??。;]*)[??]\s*(?:那|那么|还有|而)?([\u4e00-\u9fff“”]{2,12}?)呢[??]", q)
    if not m:
        return q
    asked, other = m.group(2), m.group(3)
    opener = _PLACE.match(asked) or PERIOD.match(asked)  # (皙河镇发现了多少台?皙山镇呢?; 今年查处了多少起?去年呢?)
    keep = 0
    while opener and (more := _PLACE.match(asked, opener.end())):
        keep, opener = opener.end(), more  # (皙州市皙河镇…?皙山镇呢?: the last place of the chain is the one replaced)
    cut = opener.end() if opener else next((x.start() for x in _AFTER_OPENER.finditer(asked) if x.start() >= 2), None)
    if cut is None or cut > 14 or re.search(r"多少|几", asked[:cut]):
        return q
    return q[:m.end(2)] + "?" + asked[:keep] + other + asked[cut:] + "?" + q[m.end():]


_COUNT_PAIR = re.compile(r"(?P<ask>(?:多少|几)[名个位家所项件起条户])(?P<a>[\u4e00-\u9fff]{2,10}?)(?:和|与|及|以及)(?P<b>[\u4e00-\u9fff]{2,10})(?P<end>[??]?)$")


def _count_of_pair(q: str) -> str:
    """约谈了多少名学校校长和分管副校长 → 约谈了学校校长和分管副校长各多少名: one count asked of two kinds
    the notice counts apart; each is asked (a sum only when the question says 一共, 合计…)."""
    m = _COUNT_PAIR.search(q)
    if not m or _SUM.search(q) or _JOINED_GONG.search(q) or re.search(r"[??]", q[:m.start()]):
        return q
    head = re.search(r"(?:问题|案件|行为|线索|事项|现象|人员|企业|单位|机构|项目|资金)$", m.group("b"))
    if head and not m.group("a").endswith(head.group(0)):
        return q  # (多少个群众身边不正之风和腐败问题: one kind of problem, its head word said once for both)
    return q[:m.start()] + m.group("a") + "和" + m.group("b") + "各" + m.group("ask") + m.group("end")


def read(question: str) -> Slots:
    """The slots of a question; parts > 1 when it asks about several measures or bodies."""
    q = re.sub(r"(多少|几)口人", r"\1人", year_digits(fold(question)))  # 涉及几口人: people of a household, counted in 人
    # (今年头十个月, 攻坚头五周: a reader's 头 is the notice's 前)
    q = re.sub(r"(?<![\u4e00-\u9fff]{2}[的个])头([一二三四五六七八九十两\d]{1,3})(个月|周|天|个季度|季度)", r"前\1\2", q)
    q = _named_back(q)
    q = _RESUMED_COUNT.sub(_resumed_count, q)
    q = _what_about(q)
    q = _count_of_pair(q)
    info = analyse(q)
    if (between := _between_dates(q, info)) is not None:
        return between
    if (target := _to_target(q, info)) is not None or (target := _by_target(q, info)) is not None:
        return target
    if (besides := _besides(q, info)) is not None:
        return besides
    if (pair := _ranked_pair(question, q, info)) is not None:
        return pair
    if (gap := _body_gap(q, info)) is not None:
        return gap
    op = None
    total = _SUM.search(q) or _JOINED_GONG.search(q)
    gap = _DIFF.search(q)
    if total and not _own_clause_total(q) \
            and not (_COMPARE.search(q) and (conn := re.search(r"[,,]?\s*(?:与|和|跟|同)", q)) and total.start() < conn.start()) \
            and not (gap and re.search(r"比", q[total.end():gap.end()]) and not _STRONG_SUM.search(q)):
        # (收入合计比支出合计多出多少: 合计 names each side; the two are subtracted, not added)
        # (A中…资金合计,与B…的各类资金,分别是多少?哪个多?: the 合计 says what A's figure is; the two compared)
        op = "sum"
    elif (d := _DIFF.search(q)) and not (re.search(r"[??;;]\s*(?:比|较|同比|相比)[^??]*$", q[:d.start()])
                                         or re.search(r"(?:比|较)(?:去年|上年|上一年|前一年|同期|整改前|原来|原先|之前|以前|起初)", q)
                                         or re.search(r"^[^,,]{0,6}?(?:和|与|同|跟)(?:去年|上年|上一年|前一年|同期|整改前|上学期|上季度|上个?月|上半年|上一轮|上轮)[^,,]{0,4}?相比", q)):
        op = "difference"  # "A比B多多少"; "…?比去年同期少了多少" asks the notice's own comparison
        if re.search(r"(?:哪个|哪边|哪家|哪里|哪一?类|哪一?方面|谁)[^,,??]{0,12}(?:更|多|少|大|小|高|低)", q) and not _LIST_Q.search(q):
            op = "compare"  # 哪边更多?多多少: name the larger, then the gap (compose.combine)
    elif _COMPARE.search(q) and not _LIST_Q.search(q) \
            and not re.search(r"^[^,,]{0,6}?(?:和|与|同|跟)(?:去年|上年|上一年|前一年|同期|整改前|上学期|上季度|上个?月|上半年|上一轮|上轮)[^,,]{0,4}?相比", q):
        op = "compare"  # (和上学期相比,…少了多少起: the notice's own change against an earlier time, no two items)
    texts: list[str] = []
    measures: list[str] = []
    each_first = []
    if op:
        # A和B各自还剩多少…?两家合计多少: the first clause asks each item its own figure, the next combines them
        clauses = [c for c in re.split(r"(?<=[??])", q) if c.strip(" ??")]
        if len(clauses) >= 2 and _EACH.search(clauses[0]) and not _EACH.search("".join(clauses[1:])):
            each_first = _each_items(clauses[0].strip())
    if op:
        items, shared_tail = split_items(q)
        items = share_predicate(items)
        items = _ordinal_items(items)
        if len(items) == 2 and re.search(r"(?:整治|行动|斗争|治理|活动)$", items[-1].split(" ")[-1]) \
                and not re.search(r"(?:整治|行动|斗争|治理|活动)", items[0]):
            # 群众身边不正之风和腐败问题集中整治: the 和 is inside one campaign's name, no two items
            items = []
    if op and len(each_first) >= 2 and any("?" in it for it in items):
        # (the items a plain split finds run over the first clause's ?: the first clause's own items stand)
        items, texts, measures = each_first, list(each_first), list(each_first)
    elif op:
        counted = re.search("(?:" + "一二三四五六七八九十"[len(items) - 1:len(items)] + ("|两" if len(items) == 2 else "") + f"|{len(items)})"
                            + r"(?:个|家|所|项|类|地|处|条|座|件)", q) \
            if 2 <= len(items) <= 10 else None  # 骨科、检验科、心血管内科三个科室…合计: the items it counts, summed
        kinds_after = r"(?:科室|单位|部门|地方|机构|企业|学校|医院|产品|行业|品种|领域|方面|实事|事项|任务|工程|村|镇|乡|县|区|市|街道|社区|公司|项目|小区|河流|湖泊|水库|河|湖|江|溪|道路|公路|路|[合共一总各分])"
        if counted and counted.group(0) in items[-1].split(" ")[-1] \
                and re.match(kinds_after, items[-1].split(" ")[-1].partition(counted.group(0))[2] or "合"):
            # (瓉川县两项补贴清理中: a count of a named thing, 两项补贴, counts no item)
            # …心血管内科三个科室向患者退还的费用: what follows the count is asked of every item
            last, _, said = items[-1].partition(counted.group(0))
            said = re.sub(r"^[\u4e00-\u9fff]{0,2}?(?:科室|单位|部门|地方|机构|企业|学校|医院|产品|行业|品种|领域|方面|实事|事项|任务|工程)?", "", said) if said else ""
            if said:
                items = [f"{it} {said}" for it in items[:-1]] + [f"{last} {said}"]
            elif len(last.split(" ")[-1]) >= 2 and bare_name(last.split(" ")[-1]) or _WATER_ASKED.fullmatch(last.split(" ")[-1]):
                items = items[:-1] + [last]  # (畋江和畋河两条河一共…: the count names no item; the last is its name)
        lasts = [it.split(" ")[-1] for it in items]
        # (超期合同和无效合同合计: items of one head noun; not a verb's direction, 租出去、调剂出去)
        parallel = len(lasts) >= 2 and all(len(x) >= 4 and x[-2:] == lasts[0][-2:] for x in lasts) and len({x[:-2] for x in lasts}) == len(lasts) \
            and not re.fullmatch(r"[出回起下上过进]来|[出回下上过进]去|完成|到位|整改|处理", lasts[0][-2:])
        if op == "sum" and not _STRONG_SUM.search(q) and not counted and not parallel and (
                any(len(it.split(" ")[-1]) < 5 and not bare_name(it.split(" ")[-1]) and not PERIOD.fullmatch(it.split(" ")[-1])
                    and not re.match(r"第[\d一二三四五六七八九十]+", it.split(" ")[-1]) for it in items) or re.search(r"这几|这些|等(?:几|[^,,]{0,3}工程)", q)):
            items = []
        which = re.search(r"(?:哪个|哪边|哪家|哪一?项|哪一个|哪一方|哪一?类|谁)([^,,??]*?)(?:更|较)?(?:多|少|高|低|大|小|长|短)(?=[,,??]|$)", shared_tail)
        # 哪个累计追回的资金更多: the words between the which-word and the comparative are what each item is asked
        # (not when it is only a verb of change, 提高得更多, nor when the question offers alternatives in
        # parentheses there, 追回(退回)的: then the whole question's measure stands)
        named = which and re.sub(r"[的得地了]|提高|增加|增长|提升|减少|下降|降低|缩短", "", which.group(1))
        alt = re.search(r"(?:哪个|哪边|哪家|哪一?项|哪一个|哪一方|哪一?类)[^,,??]*[((]", q)
        shared = which.group(1) if named and len(named) >= 2 and not alt else \
            re.sub(r"(?:哪个|哪边|哪家|哪一?项|哪一个|哪一方|哪一?类)[^,,]*", "", shared_tail)
        if which:
            # 哪个村退还的金额更多: the kind after the which-word (村, 镇, 单位) names the items, not what they are asked
            shared = re.sub(r"^(?:村|镇|乡|县|区|市|街道|社区|单位|部门|学校|医院|企业|支行|公司)(?=[\u4e00-\u9fff]{2})", "", shared)
        if op == "difference":
            shared = re.sub(r"^多[报算领收发付拨]了?(?=多少|几)", "", shared)  # (多报了多少户: the gap's words, no act of the items)
        # (这两家,谁的整改完成得更好(完成率更高)?: the words pointing back at the items are none of what each is
        # asked, and a measure restated in parentheses beside the comparison says it in the notice's terms)
        demonstrative = r"这(?:两|几|二|三)(?:家|个|地|所|者|位|处|方|类|项)|两者|二者"
        shared = re.sub(demonstrative, "", shared)
        items = [re.sub(demonstrative, "", it).strip() or it for it in items]
        if (restated := re.search(r"[((]([\u4e00-\u9fff]{2,10}?)(?:更|较)(?:高|多|大|低|少|小|快|好)[))]", q)):
            shared = re.sub(r"^谁的?|[((][^()]*[))]", "", shared) + " " + restated.group(1)
        texts = [f"{it} {shared}".strip() for it in items]
        asked = _FILLER.sub("", re.sub(r"(?:多少|几)(?:万元|亿元|元|个百分点)|(?:多多少|多出|少多少|相差|差多少|加起来|合起来|更多|更少|各有|分别)"
                                       r"|(?:哪(?:一|个|家|边)?(?:方面|类|项|个|家|边|里)?|谁)(?:更|较)?(?:多|少|高|低|大|小)?", "", shared))
        if op == "difference":
            asked = re.sub(r"^多[报算领收发付拨]了?", "", asked)  # (多报了多少户: the gap's words, no measure)
        measures = [f"{it} {asked}" for it in items]
        if len(texts) < 2:
            texts, op = [], None
    asking = gap_of_parts = False
    if not texts:
        texts = _each_items(q)
        if not texts:
            texts, asking = _asking_clauses(q), True
            own_last = [c for c in re.split(r"(?<=[??])", q) if c.strip(" ??")][-1:]
            if len(texts) >= 3 and own_last and _GAP_OF_PARTS.fullmatch(own_last[0].strip(" ,,。??")):
                # 网友说被欠了多少?人社局核实的是多少?两者相差多少?: the last clause names nothing of its own;
                # it asks the gap between the two figures the clauses before it ask
                texts, op, gap_of_parts = texts[:-1], "difference", True
            elif len(texts) >= 3 and own_last and re.fullmatch(r"(?:那么)?(?:哪边|哪个|哪家|哪一?方|哪里|谁)(?:的)?(?:更|较|要)?(?:多|少|高|低|大|小|长|短)(?:一些|些)?",
                                                                own_last[0].strip(" ,,。??")):
                # …诫勉谈话了多少人?…诫勉谈话了多少人?哪边更多?: the last clause names nothing of its own; it
                # compares the figures the clauses before it ask
                texts, op, gap_of_parts = texts[:-1], "compare", True
    if len(texts) < 2:
        one = _part(q)
        one.whole = q
        return Slots(question, q, info, [one], None)
    parts = [_part(t, None if asking else info) for t in texts[:4]]
    if asking:
        for prev, p in zip(parts, parts[1:]):
            if not p.info.units and not p.kinds and prev.kinds and _follow_up(p) and re.search(r"要求|目标|计划|力争|预计", p.text) \
                    and not re.search(r"比|较|同比|环比|涨|降|增|减|提高|下降|上升|增加|减少|百分之|几成", p.text):
                # (a change asked, 比去年同期少了百分之几, is the change's own: the topic below)
                # …整改销号率是多少?要求2024年12月底前达到多少?: a later question
                # that names no measure of its own, nor a change, asks the one before it (a target of it)
                units, groups = list(prev.info.units), [list(g) for g in prev.info.groups]
                p.info = analyse(prev.text.rstrip("??") + "," + p.text)  # (its sentences are found as the one before's)
                p.info.units, p.info.groups, p.kinds = units, groups, list(prev.kinds)
                p.measure = prev.measure
    if gap_of_parts:
        for p in parts[1:]:
            if not p.info.units and parts[0].info.units:
                # (…人社局核实的是多少?两者相差多少?: the side that names no unit is counted as the other)
                p.info.units, p.info.groups, p.kinds = list(parts[0].info.units), [list(g) for g in parts[0].info.groups], list(parts[0].kinds)
    if op and measures:
        # 琚城区、琚宁县、琚山市三地…合计: items that are each a county-level place ask each place's own
        # figure (towns and units are already bodies a part names; cities and counties only here)
        lead = [_item_place(it.split(" ")[-1]) for it in items[:4]]
        if all(lead) and len(set(lead)) == len(lead) == len(parts):
            for p, name in zip(parts, lead):
                if name not in p.who:
                    p.who.append(name)
        # (人社局和公安局哪家差评更多: departments compared, each asked its own figure)
        depts = [item_department(it) for it in items[:4]]
        if all(depts) and len(set(depts)) == len(depts) == len(parts):
            for p, name in zip(parts, depts):
                if name not in p.who:
                    p.who.append(name)
    dated = _as_of(q)
    if dated and 0 <= (ask_end := min((i for i in (q.find("?"), q.find("？")) if i >= 0), default=-1)) < q.find(dated):
        # (…第二阶段立案查处了多少件?截至2024年10月底全市累计问责多少人?: a date said after the first question
        # mark is the later question's own, not the date every part stands at)
        dated = None
    # 珞川县1—10月查处的…中,“A”类和“B”类哪一类多: the stretch the question opens with holds for every item
    stretch = period_of(q) if op and measures else None
    if stretch:
        # only a stretch said before the first item opens the question (东营经开区2021年拆除的… is that item's)
        first = items[0].split(" ")[-1] if items else ""
        at, item_at = q.find(stretch), q.find(first) if first else -1
        if first and item_at < 0:
            # (an item that took the predicate it shares with the others, 甅州市10月份甅东区 查处的…: where its
            # own words start)
            k = next((k for k in range(len(first), 2, -1) if first[:k] in q), 0)
            item_at = q.find(first[:k]) if k else -1
        placed = at > item_at >= 0  # (琹山村2025年第三季度收入…比支出…: the first item's place, then the stretch)
        if placed and (own := _item_place(q[at:])) is not None \
                and not q[item_at:at].endswith(own) and re.fullmatch(r"[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗)", q[item_at:at]):
            # (甅州市10月份甅东区和甅西区…: the whole's place, the stretch, then the first item's own name: the
            # stretch opens the question for every item)
            placed = False
        if at < 0 or item_at < 0 or at + len(stretch) > item_at \
                and not (0 <= at - item_at and re.fullmatch(r"(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|镇|乡|村|街道|社区))?", q[item_at:at])):
            # (2025年瑅北新区的投诉办结率和全市的…: said first in the question, it opens it, first item or not)
            stretch = None
        elif re.match(r"截至|截止|到", stretch) and op in ("difference", "compare"):
            # 截至9月30日,累计…比集中整治阶段…多多少: the date the first side stands at, not the other's
            if parts[0].period is None:
                parts[0].period = stretch
            stretch = None
    # (the first item's place, set before a later item that names none, 甗城县 违规收送…: no place of its own)
    first_place = re.match(r"[\u4e00-\u9fff]{2,4}?(?:市|区|县|镇|乡|村|社区|街道)(?= )", parts[0].text if parts else "") \
        or re.match(r"[\u4e00-\u9fff]{2,4}?(?:市|区|县|镇|乡|村|社区|街道)", parts[0].text if parts else "")
    for p in parts:
        p.whole = q
        own = p.text[first_place.end() + 1:] if first_place and p is not parts[0] and p.text.startswith(first_place.group(0) + " ") else p.text
        if stretch and p.period is None and not (placed and p is not parts[0]
                                                 and (_PLACE_WORD.search(own) or [w for w in p.who if own is p.text or w != first_place.group(0)]
                                                      or re.search(r"集团|公司|医院|学校|大学|银行|[局厅委]", own))
                                                 and not re.search(r"全(?:省|市|县|区|镇|乡)", p.text)):
            # (东营经开区2021年拆除的违建和鹤山市的: a stretch said inside the first item's own place is that
            # item's; another place named by a later item is asked at its own time)
            p.period = stretch
        if dated and (p.period is None or p.period.endswith("年度")) and op not in ("difference", "compare") \
                and not re.search(r"下一步|今后|接下来|计划|年内|年底前|打算|将要|要求", p.text) \
                and not (p is not parts[0] and re.search(r"现在|目前|如今|眼下|当前|至今", p.text)) \
                and not (p is not parts[0] and p.who and parts[0].who and not set(p.who) & set(parts[0].who)
                         and dated in fold(parts[0].text) and dated not in fold(p.text)):
            # (甲局截至8月底修订的…与乙区出台的…一共多少项: the date said inside the first item is that item's own)
            # (…完成率是多少?下一步计划年内再完成多少投资?: what is still to come is not as of the date)
            # (…到2024年底花掉了多少?…现在有多少名成员?: a later part asked as of now is not as of the date)
            # 截至11月30日已整改金额和整改率: the date the figures stand at holds for every part
            p.period_inherited = p.period is None and dated not in fold(p.text)
            p.period = dated
    first_year = re.match(r"(?:19|20)\d\d年(?=[上下]半年|第?[一二三四]季度|前三季度|\d{1,2}月)", parts[0].period or "")
    for p in parts[1:]:
        if first_year and p.period and not p.who and not _PLACE_WORD.search(p.text.replace(p.period, "")) and re.fullmatch(r"[上下]半年|第?[一二三四]季度|前三季度|\d{1,2}(?:-\d{1,2})?月(?:份)?", p.period):
            p.period = first_year.group(0) + p.period  # 2024年上半年和下半年: the year holds for the later stretch too
    for p, m in zip(parts, measures):
        p.measure = measure_phrase(m)  # the item's own words, not the shared asking tail
        for name in p.who:
            if item_department(name) and len(p.measure.replace(name, "")) >= 2:
                p.measure = p.measure.replace(name, "")  # (人社局 被差评得: whose it is, not what it counts)
    if len(parts) == 2 and op:
        # 瓨城区和瓨安县开学以来累计检查…各多少家次: an item that is only its body's name is measured by the
        # words the other item carries
        def _own(p):
            bare = p.measure
            for w in sorted(p.who, key=len, reverse=True):
                bare = bare.replace(w, "")
            return _FILLER.sub("", bare)
        for p, o in ((parts[0], parts[1]), (parts[1], parts[0])):
            if len(_own(p)) < 2 <= len(_own(o)):
                p.measure = _own(o)
    if any(p.rank for p in parts):
        # 排第一的县区和垫底的县区得分相差多少: each side's measure is what is ranked (得分), not its place
        stripped = [measure_phrase(_RANK_WORDS.sub("", p.measure)) for p in parts]
        longest = max(stripped, key=lambda m: len(_RANK_KIND.sub("", m)))
        for p, m in zip(parts, stripped):
            if p.rank:
                p.measure = m if len(_RANK_KIND.sub("", m)) >= 2 else longest
    if op and measures:
        for p in parts:
            p.others = [o.measure for o in parts if o is not p]
        if op:
            p.answer_type = "number"
    if op and measures:
        # each item is one quantity combined: the shared asking words (分别是多少?相差多少人) count no
        # second figure of its own (892人 and the 1563人 of the clause before it)
        for p, it in zip(parts, items):
            n = len(re.findall(r"多少|" + ASK_JI + r"(?=[\u4e00-\u9fff])", it))
            p.asks, p.wants = max(n, 1), p.wants[:max(n, 1)]
    if op in ("difference", "compare"):
        for p in parts:
            if set(p.info.units) == {"个百分点"} and re.search(r"率|占比|比重|比例", p.measure) \
                    and not re.search(r"幅度|增幅|降幅|提高|提升|上升|下降|降低|增长|减少|增加", p.text):
                # (满意度的提升幅度与落实率的提升幅度: each side is a change, in points itself)
                # A的完成率与B的相差多少个百分点: each side is a rate; only the gap between them is in points
                p.info.units, p.info.groups = ["%", "个百分点"], [["%"], ["个百分点"]]
                p.wants = ["percent" if w == "points" else w for w in p.wants]
                p.kinds = ["percent"]
        # "X,2022年比2021年增加了多少": the parts differ by period; the change asked is no measure word
        for p in parts:
            p.measure = _CHANGE_TAIL.sub("", p.measure)
        named = max((p.measure for p in parts), key=len)
        for p in parts:
            # a side that names only its period and the unit (2024年全年…少多少万元) asks the other's measure
            if len(_UNIT_ONLY.sub("", p.measure)) < 2 and len(named) >= 2:
                p.measure = named
    for p in parts:
        if len(p.measure) < 2:  # a part that differs only by its period or body: the question's measure
            p.measure = measure_phrase(q)
            if op in ("difference", "compare") and len(_CHANGE_TAIL.sub("", p.measure)) >= 2:
                p.measure = _CHANGE_TAIL.sub("", p.measure)
    if asking:
        for p in parts[1:]:
            # (…一共罚了多少钱?比去年同期少了百分之几?: a part that names only a change against an earlier
            # time asks the change of what the part before it named)
            bare_change = len(_CHANGE_WORDS.sub("", p.measure)) <= 1 and len(parts[0].measure) >= 2 and not p.who
            if (_ANAPHOR.search(p.text) or bare_change) and not p.topic:
                p.topic = parts[0].measure  # 整改要求把这个比例提到多少: the measure the first part named
                p.info = analyse(parts[0].measure + " " + p.text)  # its words are the first part's, for support
                if bare_change and not CHANGE_Q.search(p.text) and not re.search(r"同比|环比|百分之几|百分点|幅度", p.text):
                    # (整改前收多少: what was charged before, 接运遗体; a change asked keeps its own words,
                    # which the change's clause says: 较上年同期提高)
                    p.measure = parts[0].measure + p.measure
            elif not p.topic and len(parts[0].measure) >= 2 and bare_name(_SUBSET.sub("", p.measure)):
                # (…一共给了多少人党纪政务处分?其中瓙山县有多少人?: a part that names only a body asks the
                # first part's measure of that body)
                p.topic = parts[0].measure
                p.info = analyse(parts[0].measure + " " + p.text)
                p.measure = parts[0].measure
    said = {tuple(p.kinds) for p in parts if p.kinds}
    if op in ("sum", "difference", "compare") and len(said) == 1:
        for p in parts:
            if not p.kinds:
                p.kinds = list(next(iter(said)))  # (…资金,与…节日福利总额相比: items combined are of one kind)
    return Slots(question, q, info, parts, op, asking)


_GAP_OF_PARTS = re.compile(r"(?:两者|二者|两项|两个数?|两数|前后|这两个?数?|它们|上述两[个项]?数?)(?:之间)?(?:相差|差距是?|差|相比)?了?(?:多少|几)[\u4e00-\u9fff]{0,4}"
                           r"|(?:两者|二者|前后|它们)(?:之间)?(?:多|少|差)了?(?:多少|几)[\u4e00-\u9fff]{0,4}|(?:相差|差距是?)(?:多少|几)[\u4e00-\u9fff]{0,4}")
_SUBSET = re.compile(r"^(?:其中|里面|这当中|当中|这里面|这其中)")


_CHANGE_TAIL = re.compile(r"(?:比|较)?(?:增加|减少|增长|下降|多出|相差|多|少)了?$")
# what a part that asks only a change says: the comparison, its direction, the unit of the change
_CHANGE_WORDS = re.compile(r"同比|环比|(?:比|较|与|和|跟)?(?:去年|上年|上一年|前一年|同期|上月|上个月|上季度|上半年)(?:同期)?(?:相比)?"
                           r"|(?:整改|整治|治理|改造|整顿|清理)[前后]|原来|原先|之前|以前|起初|现在|目前|如今"
                           r"|增加|减少|增长|下降|上升|降低|提高|提升|增|降|多|少|百分之几|百分点|几个|多少|幅度|了|是|要|为|的")
_ANAPHOR = re.compile(r"(?:这个|这一|该|此|这项|这些)(?=[\u4e00-\u9fff])")


# questions that ask how much something changed (提高了多少), what is left (还剩, 还没有完成的), the
# value before (整改前): pipeline/derive.py computes them, pipeline/nearmiss_sets.py lets them be
CHANGE_Q = re.compile(r"(?:提高|增加|增长|提升|减少|下降|降低|缩短|压缩|少|多|快|慢|(?<![核扣])降|上升|涨)了?(?:多少|几)"  # (比以前快了多少天)
                      r"|(?:比|较)[^,;?。]{0,10}?(?<![多至])[多少](?:花|用|收|发|支|拨|付|赚|挣|卖)了?(?:多少|几)"  # 比去年同期少花了多少
                      r"|(?:比|较)[^,;?。]{0,10}?(?<![多至])[多少][\u4e00-\u9fff]{1,2}了(?:多少|几)")  # 比上年同期多追回了多少

# (多少个村没有按规定公示 counts a set the notice names by a negation, not what is left of a task: a
# bare 没有 after 多少 asks what is left only when what follows it is finishing, 没有完成/整改到位/办结)
REMAIN_Q = re.compile(r"还有[^??,,]*(?:没有|没|未)|还没有?|仍未|还剩|剩余|剩下|尚未|多少[^??,,]{0,8}(?:还没|(?:没有|没|未)(?=[^??,,]{0,4}(?:完|到位|结|销号|整改|落实|兑现|追回|收回|修复|拆除|清退|退还)))")
# (整治前, 治理前, 改造前: the state before the campaign, said with its own verb)
BEFORE_Q = re.compile(r"(?:整改|整治|治理|改造|整顿|清理)前|上年|去年|上一年|前一年|原来|原先|之前|以前|起初|(?:19|20)\d\d年同期")


_DEICTIC = re.compile(r"两地|两家|两者|二者|两边|双方|这两[个家项地所类]?|两[个所项类](?:单位|地方|学校|医院|机构|部门)?")
_LEADING_LINK = re.compile(r"^(?:据此|此外|另外|同时|那么|并且?|而且?|又)[,,]?")
_REFERS_BACK = re.compile(r"比|相差|差(?:多少|几|距)|哪|双方|分别|各")
_POINTS_BACK = re.compile(r"^(?:占|其中|这当中|当中)|前者|后者|两者|二者|它们")


def _clause_content(clause: str) -> str:
    """What a question clause asks in words of its own: its asking, filler, comparison and pointing words
    taken out (哪边多,多多少 and 两家合计多少万元 leave nothing; 一共处理了多少人 leaves 处理)."""
    c = _ASK.sub("", re.sub(r"百分之几|几成", "", clause))
    c = _DEICTIC.sub("", c)
    c = re.sub(r"哪(?:一|个|家|边|里|方)?(?:方面|类|项|个|家|边|里)?的?(?:更|较|要)?(?:多|少|高|低|大|小|长|短)?", "", c)
    c = re.sub(r"相差|多出|更(?:多|少|高|低|大|小|长|短)|多大(?:的)?|比例|比重|占比", "", _DIFF.sub("", _SUM.sub("", c)))
    return "".join(re.findall(r"[\u4e00-\u9fff]", _FILLER.sub("", c)))


def sub_questions(q: str) -> list[str] | None:
    """Two or more questions asked in one (…移交了几条问题线索?据此给予处分和组织处理的一共多少人?): each
    clause ending in a question mark asks a figure of its own, in words of its own, and a sum or a
    difference one of them asks is that clause's, not the whole question's. Each later clause that names no
    body of its own is asked of what the first names: its items (A和B各有几期?两地培训人次合计多少?) or its
    bodies and frame (与2023年相比,2024年瑥阳市…?问责人数少了多少人?). None when any later clause only
    compares, adds up or points back at what an earlier one asked (各是多少?哪个更多?相差多少?): one
    question then, read whole."""
    q = fold(q)
    clauses = [c.strip(" ,") for c in re.split(r"(?<=[??])", q) if c.strip(" ,??")]
    if len(clauses) < 2 or len(clauses) > 4 or not all(_NUMBER_Q.search(c) for c in clauses):
        return None
    first = clauses[0].rstrip("??")
    items, tail = split_items(first)
    lead = first[:len(first) - len(tail)].rstrip(" ,") if len(items) >= 2 and tail and first.endswith(tail) else ""
    if "比" in lead:
        lead = ""  # (A比B多多少: two sides of a difference, not items a later clause is asked of)
    if not lead:
        names = [m for m in _PLACE.finditer(first)] + [m for m in _NAMED_BODY.finditer(first)]
        ask = _NUMBER_Q.search(first)
        names = [m for m in names if m.end() <= ask.start()]
        lead = first[:max(m.end() for m in names)] if names else ""
    out = [clauses[0]]
    for c in clauses[1:]:
        if len(_clause_content(c)) < 2 or re.fullmatch(r"[两二三四五六七八九十\d]{1,2}[\u4e00-\u9fff]{1,2}", _clause_content(c)):
            return None  # (两轮合计多少个: the earlier clause's items added up, no question of its own)
        own_body = _PLACE_WORD.search(c) or _BODY_WORD.search(c) or _opens_with_project(c)
        if _POINTS_BACK.search(c) or _REFERS_BACK.search(c) and not own_body:
            return None
        c = _LEADING_LINK.sub("", c)
        if not own_body:
            if not lead:
                return None
            prefix = lead
            if (mine := period_of(c)) and (theirs := period_of(prefix)) and mine != theirs:
                prefix = prefix.replace(theirs, "")
            c = prefix + _DEICTIC.sub("", c, count=1)
        out.append(c)
    return out
