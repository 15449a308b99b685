"""What a question asks for: the measure word it wants, the names it uses, its content terms.

Chinese government units go by short names (市医保局 for 市医疗保障局); the
alias table holds the common general abbreviations, not any notice's wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# 多少X / 几X → the measure words an answer's figure should carry
_UNIT_WORDS = {
    "钱": ["元", "万元", "亿元", "千元"], "金额": ["元", "万元", "亿元"], "资金": ["元", "万元", "亿元"],
    "总额": ["元", "万元", "亿元"], "数额": ["元", "万元", "亿元"],
    "经费": ["元", "万元", "亿元"], "投资": ["元", "万元", "亿元"], "费用": ["元", "万元", "亿元"],
    "元": ["元", "万元", "亿元"], "万元": ["元", "万元", "亿元"], "亿元": ["元", "万元", "亿元"],
    "比例": ["%", "个百分点"], "比率": ["%", "个百分点"], "百分之": ["%"], "率": ["%", "个百分点"],
    "百分点": ["个百分点"], "人": ["人", "名", "人次", "万人", "位"], "名": ["名", "人", "人次", "位"], "位": ["位", "人", "名"],
    "人次": ["人次", "人"], "公里": ["公里", "千米", "米"], "千米": ["千米", "公里", "米"], "米": ["米", "公里", "万米"],
    "面积": ["平方米", "亩", "公顷", "万平方米", "万亩"], "长": ["公里", "米"],
    "长时间": ["小时", "个小时", "天", "个工作日", "工作日", "个自然日", "自然日", "分钟", "个月", "年"],
    "久": ["小时", "个小时", "天", "个工作日", "工作日", "个自然日", "自然日", "分钟", "个月", "年"],
    "天": ["天", "个工作日", "工作日", "个自然日", "自然日", "日"],
    "分钟": ["分钟"], "个点": ["个百分点"], "个基点": ["个基点"],  # 涨了几个点: percentage points, said plainly
    "节": ["节", "课时", "学时"], "课时": ["课时", "节", "学时"],  # (加了多少节课: lessons, 24课时)
    "趟": ["次", "趟", "架次", "车次", "班次", "航次"], "遍": ["次", "遍", "轮"],  # 飞了多少趟: times, 412架次
}
# the 几 that asks how many: not 这几/那几 (these), 好几/十几 (quite a few, a dozen or so), 几乎/几经/几十… (almost,
# through, dozens)
ASK_JI = r"(?<![这那好十])几(?![乎经十百千万])"
_WHAT = re.compile(r"哪些.{0,4}(?:方式|措施|办法|举措|工作)|做了什么|做了哪些|采取了?什么|采取了?哪些|怎么处理|如何处理|怎么整治|如何整治|怎么整改|如何整改|怎么办|怎么做|如何做|哪些措施|什么措施|哪些方式|哪些办法|什么处理|怎么解决|如何解决|由谁|是谁|怎么管|如何推进|怎么推进")
MEASURE_WORDS = "家个人名次件宗起条项户所场天年月周批篇册份亩吨米座辆台套间本期轮位处笔棵株头只块箱盒瓶盏具趟遍部桌票节"  # (几部法规)
# a measure word that opens a noun is not one (多少项目结余资金 asks money, not a count of 项)
NOT_UNIT = r"(?!(?<=节)[约省能日点]|(?<=项)目|(?<=家)[庭属]|(?<=名)[单额]|(?<=条)[件例]|(?<=人)[才民]|(?<=年)[终度底初薪]|(?<=间)[隔断]|(?<=部)[门分署长位队委属级])"
_MEASURE = re.compile(rf"(?:多少|{ASK_JI})(?:[万千百亿](?=[吨亩人户件台辆套座]|平方|立方|公里|千瓦|千克|公斤))?(个工作日|工作日|个自然日|自然日|个百分点|个基点|个点(?![位子名])|万元|亿元|元|平方公里|平方米|立方米|立方|千克|公斤|公里|公顷|人次|家次|户次|件次|车次|辆次|个月|个小时|小时|分钟|千米|千瓦时|千瓦|[{MEASURE_WORDS}]{NOT_UNIT})")
_STOP = re.compile(r"多少|几个|几次|几家|几项|几|什么|哪些|哪个|哪几|如何|怎样|怎么|是否|有没有|请问|分别|一共|总共|共计|合计|情况|了吗|吗|呢|了|的|是|被|把|给|都|有|在|对|过|？|\?|,|,|。")
_SUM = re.compile(r"合计|总共|一共|加起来|共计|总计|之和|总数|两地|两个地方|合起来")
_COMPARE = re.compile(r"相比|比较|哪个(?:更|多|少|大|小|高|低|长)|谁(?:更|多|少)|更多|更少|更长|更高|多还是|少还是|相差|差多少|多出|少了多少")

ALIASES = {
    "医保": "医疗保障", "卫健": "卫生健康", "人社": "人力资源和社会保障", "住建": "住房和城乡建设",
    "发改": "发展和改革", "市监": "市场监督管理", "市场监管": "市场监督管理", "自然资源": "自然资源",
    "文广旅体": "文化广电旅游体育", "文广旅": "文化广电旅游", "政数": "政务服务数据管理", "生态环境": "生态环境",
    "社保": "社会保险", "工商联": "工商业联合会", "纪委监委": "纪律检查委员会监察委员会", "农业农村": "农业农村",
    "交通": "交通运输", "教体": "教育和体育", "应急": "应急管理", "统计": "统计", "金融局": "金融工作局",
    "开发区": "经济技术开发区", "高新区": "高新技术产业开发区", "宣传部": "委宣传部", "残联": "残疾人联合会",
    "医美": "医疗美容",
}


@dataclass
class QuestionInfo:
    text: str
    expanded: str
    units: list[str] = field(default_factory=list)
    asks: int = 1  # how many quantities it asks for
    wants_figure: bool = False
    aggregate: str | None = None  # "sum" | "compare"
    terms: list[str] = field(default_factory=list)
    attribute: str = ""  # the thing whose amount is asked (逾期率 in 逾期率是多少)
    years: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # named towns, villages, units
    what: bool = False  # asks what was done (measures), not a quantity
    groups: list[list[str]] = field(default_factory=list)  # one unit family per quantity asked


def _same_family(a: str, b: str) -> bool:
    money = {"元", "万元", "亿元", "千元"}
    people = {"人", "名", "人次", "万人", "位"}
    pct = {"%", "个百分点"}
    return a == b or any(a in f and b in f for f in (money, people, pct))


def expand(q: str) -> str:
    extra = [full for short, full in ALIASES.items() if short in q and full not in q]
    return q + (" " + " ".join(extra) if extra else "")


# a verb whose object is money, then a bare 多少 (no measure word, no noun after it): an amount asked
_MONEY_VERB = re.compile(r"(?:出借|借|贷|罚|赔|补缴|补交|缴纳|缴|欠|挪用|套取|骗取|贪污|受贿|收受|侵占|退赔|花|掏|出资|拿出|支付|付|要(?=回)|追|讨)"
                         r"(?:出去|出|走|掉|回来|回|进去|了|给[^,,??]{0,6}?)*多少(?=了?(?:[??,,。]|$))")


# words for people a question counts (几个村干部, 多少个老师, …的残疾人有多少): counted in 人/名 by the notice
# rivers, lakes, canals and reservoirs by the last word of their names (畂江, 畂阳湖), and the words that only name
# the kind (河湖, 湖泊): the bodies a 河湖长制 notice gives a paragraph each (owners.py) and a question may ask about
WATER_SUFFIX = "江|河|湖|溪|渠|水库"
WATER_KINDS = frozenset({"河湖", "江河", "江湖", "湖泊", "河流", "河道", "沟渠", "港湾", "海湾", "水库", "山塘水库"})

PEOPLE_NOUNS = (r"(?:干部|人员|党员|职工|群众|村民|居民|学生|孩子|儿童|老人|教师|老师|医生|医师|护士|患者|对象|领导|书记|主任|"
                r"农民工|工人|民警|专家|代表|委员|法官|律师|[校院所科局处镇乡村区县市]长|[\u4e00-\u9fff]{1,3}者|[\u4e00-\u9fff]{1,3}员)")


def some_ji(q: str, start: int, end: int, same_clause: bool = True) -> bool:
    """The 几 at q[start:end] says "some", not "how many": a 多少 after it asks (几座煤矿…查出了多少处隐患;
    几个村…骗领的补偿款,已经要回来多少 — a 几 no 有/共 asks with, its clause a noun phrase, a 多少 after it)."""
    if not q.startswith("几", start):
        return False
    # (`same_clause` False: 几家企业一共欠了多少 may ask both; only a 几 whose clause is a noun phrase says "some")
    return same_clause and bool(re.match(r"[^,，;；?？。]*?多少", q[end:])) \
        or q[start - 1:start] not in ("有", "共", "了", "是", "到", "为", "过") \
        and bool(re.match(r"[^,，;；?？。]*?的[^,，;；?？。]*[,，][^;；?？。]*?多少", q[end:]))


# the words that count things after 多少 (多少袋, 多少批)
_COUNTERS = "个种类项家件名人次户所条座台套批宗起处位场轮篇份笔张辆艘架本册例块盏具趟遍袋盒瓶箱桶罐棵株头只匹栋幢间门部桌票吨斤克升"
# goods a notice counts or weighs, named after 多少 with no measure word (多少假烟, 多少违禁药品)
_GOODS = re.compile(r"(?:烟|酒|药品?|食品|商品|物品|货物|产品|器材|粮食?|化肥|农药|种子|饲料|燃油|成品油|烟花爆竹|图书|书刊|光盘)$")


def analyse(q: str) -> QuestionInfo:
    from .textnorm import fold

    original, q = q, fold(q)
    q = re.sub(r"(多少|几)个人(?![员才民])", r"\1人", q)  # 几个人被追责: people, counted in 人
    units: list[str] = []
    asks = 0
    for m in _MEASURE.finditer(q):
        if some_ji(q, m.start(), m.end()):
            continue  # (几座煤矿…查出了多少处隐患; 几个村…骗领的补偿款,已经要回来多少: the 几 says "some"; the 多少 asks)
        asks += 1
        w = m.group(1)
        # the measure word right after 多少 (多少家 → 家), widened by the table
        units.extend(_UNIT_WORDS.get(w, [w]))
    for m in re.finditer(r"(?:的|(?<=[\u4e00-\u9fff]{2}))([件人户家次项条起宗名所])数(?![据量字额学目])", q):
        # 立案的件数, 处分的人数: the measure word counted, as 多少件 would say it
        asks += 1
        units.extend(_UNIT_WORDS.get(m.group(1), [m.group(1)]))
    for m in re.finditer(rf"(?:多少|{ASK_JI})([\u4e00-\u9fff]{{1,4}}?|(?![{MEASURE_WORDS}])[\u4e00-\u9fff]{{5,9}}?)(?:[?？,,。]|$)", q):
        # (多少未消费的预付余额: an amount however many words qualify it, when no measure word counts it)
        noun = m.group(1)
        if _MEASURE.match(q, m.start()) and len(noun) > 1 and noun[0] in "个件人户家次项条起宗名所位种":
            continue  # 向多少户收了费: 多少户 counts households; the fee is what they were charged
        if re.search(r"(金|款|费|资金|收入|总值|产值|额|钱|投资|罚款|货值|案值|租|工资|薪|补贴|补助|奖|利润|税)$", noun):
            units.extend(["元", "万元", "亿元"])
        elif noun.endswith(("率", "进度")):
            units.extend(["%", "个百分点"])
        elif _GOODS.search(noun) and noun[0] not in _COUNTERS:  # (多少袋问题食品: the 袋 says how it is counted)
            # 收缴了多少假烟私烟: goods are counted (万条, 箱) or weighed, never answered by the fines they brought
            units.extend(["件", "吨", "立方米"])
    if re.search(r"(?:多少|" + ASK_JI + r")分(?![钟之别配类散析批摊管工担局行贝])", q):
        units.append("分")  # 验收打了多少分, 被扣了几分: points scored, a count in 分 (not 分钟)
    if re.search(r"多大年纪|多大岁数|年龄(?:是|为|有)?多[少大]|多少岁|几岁", q):
        units.append("岁")  # an age: 平均多大年纪 is answered in 岁
    if re.search(r"(?:多少|" + ASK_JI + r")(?![个件人户家次项条起宗名所位种])[^,,??。多少几]{0,10}?的[\u4e00-\u9fff]{0,2}?(?:钱|资金|款项?|费用?)", q):
        # 把多少违规发放的钱要了回来, 把多少违规收的饭钱退还: the money, however it is qualified
        units.extend(["元", "万元", "亿元"])
    if re.search(r"(?:多少|" + ASK_JI + r")(?:的)?(?:违法|违纪|违规|非法)?所得|(?:多少|" + ASK_JI + r")(?:的)?(?:罚没款|罚款|赃款)", q):
        units.extend(["元", "万元", "亿元"])  # 没收了多少违法所得: what was gained unlawfully is money
    if re.search(r"(?:多少|" + ASK_JI + r")(?:的)?(?:经济|财产|直接经济|直接财产|间接经济)?损失", q):
        units.extend(["元", "万元", "亿元"])  # 把多少损失找补了回来: a loss is counted in money
    if _MONEY_VERB.search(q):
        units.extend(["元", "万元", "亿元"])  # 借出去了多少? 被罚了多少?: a bare 多少 after a verb that moves money
    if re.search(r"(金额|收入|总值|产值|罚款|货值|案值|资金|款物|费用|金|(?<![条])款|费)(?:是|为|有|共)?(?:多少|" + ASK_JI + r")(?![个件人户家次项条起宗名所位种笔])", q):
        # (不良贷款有多少笔: loans counted, not their amount)
        # (偿债准备金是多少, 工程款是多少: a fund or a payment is an amount of money)
        units.extend(["元", "万元", "亿元"])
    if re.search(r"(?:率|进度)(?:是|为|有|由|从)?(?:多少|" + ASK_JI + r")", q):
        units.extend(["%", "个百分点"])
    # every 多少/几 with its own measure word (几天, 多少家): the nouns around them (科研经费) are what
    # is counted about, not the kind asked
    own_word = asks and asks == len(re.findall(r"多少|" + ASK_JI + r"(?=[\u4e00-\u9fff])", q))
    for word, us in _UNIT_WORDS.items():
        if len(word) > 1 and word in q and re.search(r"多少|几|金额|比例|面积", q) and not own_word:
            units.extend(us)
    asks += len(re.findall(r"金额多少|金额是多少|比例多少|面积多少", q))
    for m in re.finditer(r"多长时间|多久", q):
        units.extend(_UNIT_WORDS["长时间"])
    if re.search(r"(?:多少|" + ASK_JI + r")(?:个|名|位)?(?![人户件起次家所条项处辆])[\u4e00-\u9fff]{0,6}?" + PEOPLE_NOUNS, q):
        units.extend(["人", "名", "位"])  # 几个村干部, 多少个专职思政课老师: people, counted in 人/名 by the notice
    elif not units and re.search(r"(?:残疾人|困难群众|" + PEOPLE_NOUNS + ")"
                                 r"(?:一共|总共|共|还)?有(?:多少|" + ASK_JI + r")(?:个|名|位)?[??]?$", q):
        units.extend(["人", "名", "位"])  # 同时享受两项补贴的残疾人有多少: the people named before the bare ask
    if re.search(r"(?:多少|" + ASK_JI + r")单(?![位项据价独人元])", q):
        units.append("单")  # 多少单订单: orders, a count (not 多少单位)
    if re.search(r"(?:期间?|期限|时间|时长|时限|刑期)(?:是|为|有|要|需要)?多长(?!时间)", q):
        units.extend(_UNIT_WORDS["长时间"])  # 处分期间是多长, 工期多长: a stretch of time, not a length
    elif re.search(r"多长(?!时间)|多远|多宽|多深|多厚|多高(?![的]?(?:比例|比重|水平|标准))", q):
        units.extend(["公里", "千米", "米"])  # 铺了多长的水管, 人行道恢复到多宽: a length
    wants = bool(re.search(r"多少|多长时间|多久|几[个次家项名人件宗条户所场天年月]|金额|比例|百分之|数量|面积|长度|规模", q))
    agg = "sum" if _SUM.search(q) else ("compare" if _COMPARE.search(q) else None)
    expanded = expand(q)
    content = _STOP.sub(" ", expanded)
    # (倒卖挂号的黄牛: a reader's word is searched in the field's too, 贩子, or the passage may never be
    # retrieved; the sentences are still weighed by the question's own words, 公车 asked of a notice that
    # says 公务用车 everywhere)
    from .readers import _OFFICIAL, _OFFICIAL_RE

    expanded += "".join(" " + w for w in dict.fromkeys(_OFFICIAL[m.group(0)] for m in _OFFICIAL_RE.finditer(q)) if w not in expanded)
    terms = []
    for run in re.split(r"[\s、“”《》()()]+", content):
        terms.extend(run)
        terms.extend(run[i:i + 2] for i in range(len(run) - 1))
    seen, uniq = set(), []
    for u in units:
        if u not in seen:
            seen.add(u)
            uniq.append(u)
    groups: list[list[str]] = []
    for u in uniq:
        fam = next((g for g in groups if any(_same_family(u, x) for x in g)), None)
        if fam is None:
            groups.append([u])
        else:
            fam.append(u)
    return QuestionInfo(
        original, expanded, uniq, max(asks, 1), wants, agg, [t for t in terms if t.strip()], groups=groups,
        attribute=_attribute(q), what=bool(_WHAT.search(q)) and not wants, years=re.findall(r"(?:19|20)\d\d年", q), entities=_entities(q),
    )


def _entities(q: str) -> list[str]:
    # (癭川那边的县分中心: the unit of a place pointed at, named as a notice names it, 癭川县分中心)
    q = re.sub(r"([\u4e00-\u9fff]{2,4}?)(?:那边|这边|那里|这里)的(县|区|市)?(分中心|分公司|支行|分行|分局|营业部)", r"\1\2\3", q)
    # (替瓃源村代收…: the word that introduces a party is no part of its name)
    # (2025年瑅北新区, 关于瓃源村: the year's 年 and 关于's 于 are no part of it either)
    # (10月份璈北街道; 2024年城镇新增就业: 城镇 in general)
    found = [re.sub(r"^(?:替|帮|于|至|年|月份|月|日)(?=[\u4e00-\u9fff]{3})|^(?:年|月份|月|日)(?=[\u4e00-\u9fff]{2}$)", "", e) for e in _ENTITY.findall(q)]
    # (本月睶城区: the bulletin's own period before the name is no part of it)
    found = [re.sub(r"^(?:本月|本期|本周|本季度|当月|上月|今年|去年|全年|同期)(?=[\u4e00-\u9fff]{2})", "", e) for e in found]
    # (截至6月底乡镇…: the month's 底 and 乡镇, the towns in general, name no town; 4月底皔口镇: 底 is the month's)
    found = [e for e in found if not re.match(r"(?:底|初|末|中|上旬|中旬|下旬)(?:乡|镇)$", e)]
    found = [e[1:] if re.match(r"[底初末](?=[\u4e00-\u9fff]{3})", e) and f"月{e}" in q else e for e in found]
    # (在癮东的那家支行: the place a unit is in, pointed at, names it as its notice does: 癮东支行)
    found = [re.sub(r"^在?([\u4e00-\u9fff]{2,4}?)(?:的|这边的|那边的)?(?:那|这)(?:家|个|所|座)(?=[\u4e00-\u9fff]{2})", r"\1", e) for e in found]
    # (“三资”清理中甌东村: the work the question is set in, …中, is no part of the name; 珆口镇至珆坪村: nor is 至)
    found = [re.sub(r"^[\u4e00-\u9fff]{0,2}?(?:清理|清查|整改|整治|检查|巡察|巡视|审计|督察|排查|核查|公示|通报|期间|工作|行动|活动)中(?=[\u4e00-\u9fff]{3})", "", e) for e in found]
    # (市卫健委让医院把…: a verb that makes one party act on another runs between two words, no name holds it)
    out = [e for e in found if not _NOT_NAME.search(e) and not _GENERIC_ZONE.fullmatch(e) and not re.search(r".[让叫使督促要求]", e)
           # (瞖州市工业园区: the city's parks in general, no park named)
           and not _GENERIC_ZONE.fullmatch(re.sub(r"^[\u4e00-\u9fff]{1,4}?[省市县]", "", e))
           and not _GENERIC_KINDS.fullmatch(e)  # (医院药店的负责人: kinds of bodies, none named)
           and not (e.endswith("村") and re.search(re.escape(e) + r"(?:干部|民|级|集体|务|组|两委|医|书记|主任|党|霸|规民约|容村貌|[(（]社区)", q))]
    # (查出村干部…: 村 opens a word for village cadres, no village is named)
    # a company by its registered name (珙兴农业开发有限公司): 有 and 限 are part of the name here
    for m in _COMPANY.finditer(q):
        # the name starts after the last word that introduces a party (…承建企业珙兴…, …局对琋达…, 其中…)
        # (公示中璄兴建材有限公司: a scene set before it, …中, is no part of it either)
        name = re.split(r"企业|单位|其中|[的了在对向给与和及把被让除]|(?:公示|通报|整改|巡察|巡视|检查|审计|督察|整治|期间)中", m.group(1))[-1]
        if len(name) >= 6 and not any(name in e or e in name for e in out) and not re.search(r"[多少几某]", name):
            out.append(name)
    # a company named after its place or the scene it is asked in (皗州市顺捷物流公司, 典型案例中顺捷物流公司):
    # the place (not 全市, 本县) or the scene is no part of its name, and the name is more than a trade (物业公司)
    for m in re.finditer(r"(?:(?<![全本该各我每])(?<=[\u4e00-\u9fff][市县区])|(?<=案例中)|(?<=案件中))([\u4e00-\u9fff]{4,8}?(?:公司|集团))", q):
        name = m.group(1)
        if not _NOT_NAME.search(name) and not re.search(r"企业|国企|[多少几某]", name) \
                and not any(name in e or e in name for e in out):
            out.append(name)
    # a stretch of a river or road named as a body (皡江干流皡阳段, 皡东县段, 皡河皡溪镇段): a section of its own
    for m in re.finditer(r"(?:^|(?<=[年和与及、,]))([\u4e00-\u9fff]{2,11}?段)(?![落长时期内])", q):
        name = m.group(1)
        if len(name) >= 3 and not re.search(r"[的了在对把被为是有几多少哪]|阶段|时段|手段|地段|工段|片段|分段|各段|每段|全段|该段|本段|这段|那段", name):
            out = [e for e in out if e not in name] + ([name] if name not in out else [])
    # the city's or county's own units as one body (皞州市直单位 → 市直单位, as a notice names them beside its counties)
    for m in re.finditer(r"(?:^|(?<=[和与及、,]))(?:[\u4e00-\u9fff]{1,4}?)?([市县区](?:直|属)(?:单位|部门|机关|企业))|([市县区](?:直|属)(?:单位|部门|机关|企业))(?=[和与及、])", q):
        # (an item compared or listed, 皞东县和皞州市直单位; not where something happened, 借到县直机关干活的…)
        name = m.group(1) or m.group(2)
        if name not in out:
            out.append(name)
    from .lexicon import words

    # a party pointed at (被拉黑的那家丰禾农机店): the words after 那家 are its name, as short as a reader says it
    for m in re.finditer(r"(?:那|这)(?:家|个|所)([\u4e00-\u9fff]{2,8}?(?:店|公司|厂|超市|商行|经营部|服务部|合作社|酒店|宾馆|中介))(?![\u4e00-\u9fff]{0,2}(?:里|中))", q):
        name = m.group(1)
        if len(name) >= 5 and not re.search(r"[为的了在和与及对把被是有这那]|企业|[多少几某]", name) \
                and name[:2] not in words() and not any(name in e or e in name for e in out):
            # (这家农机店, 那家消费金融公司: a kind, no name; a name's first two characters are no common word)
            out.append(name)
    # a station or office of a place pointed at (盌岭那个治超站): named as its notice names it, 盌岭治超站
    for m in re.finditer(r"(?:^|(?<=[,,、和与及跟在]))([\u4e00-\u9fff]{2,4}?)的?(?:那|这)(?:个|家|所|座)([\u4e00-\u9fff]{1,4}?(?:站|所|中心|大队|中队|库))(?![\u4e00-\u9fff]{0,2}(?:里|中))", q):
        name = m.group(1) + m.group(2)
        if m.group(1) not in words() and not re.search(r"[为的了在和与及对把被是有这那多少几某]", m.group(1)) \
                and not any(name in e or e in name for e in out):
            out.append(name)
    # a case asked by its party (顺通加油站案和步锐体育用品店案): a notice of cases heads each with it
    for m in _CASE_PARTY.finditer(q):
        if len(m.group(1)) >= 4 and not any(m.group(1) in e or e in m.group(1) for e in out) and not _NOT_NAME.search(m.group(1)) and not re.search(r"[多少几某该此这那]", m.group(1)):
            out.append(m.group(1))
    return out


_CASE_PARTY = re.compile(r"(?:^|(?<=[,,、和与及跟在]))([\u4e00-\u9fff]{2,12}?(?:站|店|厂|经营部|门市部|行|社|场|馆|所|中心|公司|合作社))(?:的?案|一案|案件)")
# a registered company name: after a boundary, or after the words that introduce a party (承建企业…)
_COMPANY = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:有限责任公司|股份有限公司|有限公司))")
# 村里, 乡里, 镇里 (in the village) are places in general, not names: hence no 里 after a match
_ENTITY = re.compile(r"((?<![\u4e00-\u9fff])[\u4e00-\u9fff]{0,6}?第[一二三四五六七八九十\d]+(?:学校|中学|小学|幼儿园|中心|(?:人民|中心|中医)?医院)(?:[\u4e00-\u9fff]{1,2}部)?(?![局委厅办部处科站里])|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?(?:卫生院|卫生室|卫生服务中心|保健院|药店|药房|诊所|门诊部|光荣院|敬老院|福利院|养老院|疗养院|救助站)(?![局委厅办部处科站里])|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,5}?(?:镇|村|开发区|(?<![老主旧])新区|园区|(?<!城)乡(?!村(?:振兴|建设|治理|产业|旅游|发展|公路|学校|医生|教师|环境|人居))|街道|社区|公司|医院|中学|小学|幼儿园|学院|大学|集团|银行|分局|支行|分行|分中心|分公司|管理处|收费站|营业部|办事处|商场|商厦|购物广场|购物中心)(?![局委厅办部处科站里])|(?<=[,,、和与及])[\u4e00-\u9fff]{2,4}(?:镇|村|街道)(?![局委厅办部处科站里])|(?<=[镇乡])[\u4e00-\u9fff]{2,3}?(?:村|社区)(?![局委厅办部处科站里民]))")
# kinds of bodies said together, none named (医院药店, 定点医药机构)
_GENERIC_KINDS = re.compile(r"(?:医院|药店|药房|诊所|卫生院|学校|中学|小学|企业|公司|银行|单位|机构|村|社区|乡镇|城镇|城乡|街道|定点|医药|医疗|民营|民办|公办|公立|私立|各类|各级|基层|敬老院|养老院|福利院|光荣院)+")
# a kind of zone, not one named (经济开发区, 工业园区): 璬川经济开发区 is a name
_GENERIC_ZONE = re.compile(r"(?:经济|工业|产业|科技|高新|物流|农业|创业)+(?:技术)?(?:开发区|园区)")
_NOT_NAME = re.compile(r"[为的了在和与及对把被比某追回来建成给从向将是有这那几多少个]|合计|共计|总计|累计|一共|清查|排查|乡村$|农村$|^其中")  # (乡村振兴, 上半年农村垃圾: the countryside, no 乡 or 村; 其中原村干部: no 原村)
_ATTR_BEFORE = re.compile(r"([\u4e00-\u9fffA-Za-z]{0,4}(?:率|额|值|总数|数量|收入|资金|基金|金|款|款物|费|面积|长度|人数|户数|投资|资产|货值))(?:分别|各|共|一共)?(?:是|为|有|达到|达)?(?:多少|" + ASK_JI + r")")
_ATTR_AFTER = re.compile(r"(?:多少|" + ASK_JI + r")(?:[个名家人件宗起条项户所次元位种]|万元|亿元)?([\u4e00-\u9fff]{2,6}?(?:金|款|款物|费|资金|案件|企业|干部|线索|问题|资产|收入))(?:[?？,,。]|$)")
# words that only say "an amount" (金额多少): the unit check covers them, they name nothing
_GENERIC_ATTR = re.compile(r"金额|数量|人数|户数|比例|总数|资金|费用|总额|数额|款项|钱款")
_ATTR_COPULA = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8})(?:是|为)多少")
_ATTR_STOP = re.compile(r"^(?:一共|总共|共计|合计|分别|共|了|的|给予|对|在|中|被|还|又|再|已|给)+|(?:一共|总共|共计|合计|分别|共|了|的|是|为)+$")


def _attribute(q: str) -> str:
    """The words right before 是多少 (逾期率是多少) or right after 多少 (多少低保金)."""
    q = re.sub(r"[((][^))]*[))]", "", q)
    m = _ATTR_COPULA.search(q)
    if m:
        a = re.split(r"[的了对在中给把被]", m.group(1))[-1]
        if len(a) >= 2 and re.search(r"[A-Za-z]{2,}|总值|收入|总额|规模|产值|增速|余额", a):
            return a
    for pat in (_ATTR_AFTER, _ATTR_BEFORE):
        for m in pat.finditer(q):
            a = _ATTR_STOP.sub("", m.group(1))
            a = re.split(r"[了的对在中给把被]", a)[-1 if pat is _ATTR_BEFORE else 0]
            if len(a) >= 2 and not re.fullmatch(r"[一二三四五六七八九十]+", a) and not _GENERIC_ATTR.fullmatch(a):
                return a
    return ""


def name_core(name: str) -> str:
    """The distinctive part of a unit name: 市医疗保障局 → 医疗保障."""
    s = re.sub(r"^(中共|中国共产党)", "", name or "")
    s = re.sub(r"(党工委|党委|党组|工作委员会|委员会)$", "", s)
    s = re.sub(r"^(省|市|区|县|镇)", "", s)
    s = re.sub(r"(经济技术开发区|高新技术产业开发区|开发区|高新区|新区|管委会|街道|局|委|办|部|厅|中心|公司|集团|市|区|县)$", "", s)
    return s


def names_match(name: str, question: str) -> float:
    """How strongly a question refers to a unit/place name (0..1), tolerant of abbreviations."""
    core = name_core(name)
    if len(core) < 2:
        return 0.0
    q = expand(question)
    if core in q:
        return 1.0
    if any(short in core and full != short and core.replace(short, full) in q for short, full in ALIASES.items()):
        return 1.0  # 住建局 for 县住房和城乡建设局: the common short form, said in full
    longest = max((n for n in range(len(core), 1, -1) for i in range(len(core) - n + 1) if core[i:i + n] in q), default=0)
    if longest >= 3:
        return 0.9
    share = sum(1 for c in set(core) if c in q) / len(set(core))
    if share >= 0.5 and longest >= 1:
        return share
    return 0.9 if abbreviates(name, q) else 0.0


def abbreviates(name: str, text: str) -> bool:
    """A short name made of the first characters of a long one's words (城投集团 for 城市投资控股集团
    or 城市建设投资集团; the common ones, 人社 and 医保, are ALIASES): its core's characters stand in
    order in the text, within three times its length, and the name's own kind of body (集团, 局) follows within a few characters."""
    core = name_core(name)
    kind = name[name.find(core) + len(core):] if core and core in name else ""
    if len(core) < 2 or len(kind) < 1:
        return False
    # a word may be skipped whole (城投 for 城市建设投资: 建设 has no character in it)
    pat = "".join(re.escape(c) + "[\u4e00-\u9fff]{0,3}?" for c in core[:-1]) + re.escape(core[-1])
    for m in re.finditer(pat, text):
        if m.end() - m.start() <= 3 * len(core) and kind[-1] in text[m.end():m.end() + 10]:
            return True
    return False


# an institution named short by its ordinal (三院 for 第三人民医院, 一附院 for 附属第一医院, 二中 for 第二中学):
# the way readers name numbered hospitals and schools
ORDINAL_SHORT = re.compile(r"(?<![第\d一二三四五六七八九十])([一二三四五六七八九十]{1,2})(附)?(院|中|小)(?![\u4e00-\u9fff]?(?:士|长|校|学|心|队|间|期|旬))")
_ORDINAL_KIND = {"院": r"(?:人民|中心|中医)?医院", "中": r"中学", "小": r"小学"}


def ordinal_short_names(question: str, texts: list[str]) -> str:
    """The question with a numbered institution's short name (瓂州三院, 璣州大学一附院) written as the one
    full name the notices give it (瓂州市第三人民医院, 璣州大学附属第一医院); unchanged where no notice
    names one, or several do (市第三人民医院 and 县第三人民医院: not for this question to choose)."""
    from .textnorm import fold

    q = fold(question)
    for m in reversed(list(ORDINAL_SHORT.finditer(q))):
        n, affiliated, kind = m.groups()
        lead = "附属第" if affiliated else "第"
        full = re.compile(r"[\u4e00-\u9fff]{0,10}?" + ("" if affiliated else r"(?<!附属)") + lead + n + _ORDINAL_KIND[kind])
        names = {x.group(0) for t in texts for x in full.finditer(fold(t))}
        tails = {x[x.find(lead):] for x in names}
        if len(tails) != 1:
            continue
        tail = tails.pop()
        # the owner said before the short name (瓂州 of 瓂州市第三人民医院) is written once, the full name's way
        before, k, owner = q[:m.start()], 0, ""
        for o in sorted({x[:x.find(lead)] for x in names}, key=len, reverse=True):
            k = next((i for i in range(min(len(before), len(o)), 1, -1) if before[-i:] in o), 0)
            if k:
                owner = o[o.find(before[-k:]):]
                break
        q = q[:m.start() - k] + owner + tail + q[m.end():]
    return q
