"""Whose a figure is, against the bodies a question names: the body checks of `evidence.judge`.

A question may name a body (a county, a village, a company, a sub-unit of the notice's own place, a
group or one of its members); a figure belongs to the body its sentence, its table row or record, its
paragraph's lead, its section's headings or its owner span (owners.py) names, and to the notice's own
place otherwise. Each check returns the reason the figure is not the asked body's, or None. Moved
out of evidence.py whole (session 16): the same rules, one job per module.
"""
from __future__ import annotations

import functools
import re

from .actions import said_action
from .slots import GENERIC_PLACES, Part
from .textables import _TOTAL_ROW, paragraph_start as _paragraph_start, record_start, row_name
from .textnorm import fold, fold_doc as folded_doc
from .types import Fact
from .wording import AFTER_PLACE_WORD, _content, _is_own_place, _measure_words, _share, bigrams, residue


def most_specific(name: str) -> str:
    """The last body of a chain of names: 安定区凤翔镇 is asked about 凤翔镇."""
    return re.split(r"(?<=[省市区县])(?=[\u4e00-\u9fff]{2,}(?:镇|乡|村|街道|社区|公司|医院|中学|小学|幼儿园|学院|集团))", name)[-1]


def section_headings(outline, pos: int) -> list[str]:
    """The headings a position sits under, innermost first (1.玚水县城市建设投资集团有限公司 above
    (1)对外出借资金逾期未收回问题): what a section's figures are about."""
    out, level = [], None
    for h in sorted((h for h in getattr(outline, "headings", None) or [] if h.start <= pos), key=lambda h: -h.start):
        if level is not None and h.level >= level:
            continue
        level = h.level
        out.append(re.split(r"[。;]", fold(h.text))[0][:40])  # a heading that runs on into a paragraph: its title
    return out


# a department asked (人社局, 县应急管理局), and one named in a figure's clause (…、市公安局148件; 县交通运输局4起、罚款6.4万元)
_DEPT_NAME = re.compile(r"(?:局|委|中心|办公室)$")
_ANY_DEPT = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:局|中心|办公室)")


def dept_forms(name: str) -> list[str]:
    """The words a department is named by: its core (人社), and the field's full words for it (人力资源和社会保障)."""
    from .question import ALIASES, name_core

    core = name_core(name)
    # (澄溪市医疗保障局: the place it belongs to opens the name; 市医疗保障局 in its own notice is the same body)
    bare = re.sub(r"^[\u4e00-\u9fff]{1,4}[省市县区州旗](?=[^省市县区州旗])", "", core)
    core = bare if len(bare) >= 2 else core
    if len(core) < 2:
        return []
    return [core] + [core.replace(short, full) for short, full in ALIASES.items() if short in core and full != short]


def dept_named_at(name: str, lead: str) -> bool:
    """A department asked (人社局, 应急局) is the one the figure's clause names last before it, in its
    own words or the field's (人力资源和社会保障局, 应急管理局), with no other department named between: in
    a list (市人力资源和社会保障局213件、市公安局148件) each figure is the body's named last before it."""
    for form in dept_forms(name):
        at = lead.rfind(form)
        if at >= 0 and not _ANY_DEPT.search(lead[at + len(form):]):
            return True
    return False



def bulleted_head(text: str, pos: int) -> str:
    """The nearest short bulleted line above `pos` in its block of lines (▶痵阳区·聚焦物业服务…, over
    查处问题→207个…): a poster's heading that names whose the lines under it are; "" when none. Read on
    the lines as printed, not as wrap-joined."""
    return _bulleted_head_of_line(text, text.rfind("\n", 0, pos))


_BULLET = re.compile(r"[ \u3000]*[▶►•●◆■□★☆◇▪]")


@functools.lru_cache(maxsize=4096)
def _bulleted_head_of_line(text: str, line: int) -> str:
    """bulleted_head for the line after the break at `line` (one answer per line: the checks ask it per figure)."""
    block = text.rfind("\n\n", 0, line + 1)
    block = 0 if block == -1 else block + 2
    if _BULLET.match(text, line + 1):
        return ""  # the figure's own line is a bulleted item: its own words say whose it is
    while line > block:
        up = text.rfind("\n", 0, line) + 1
        head = fold(text[up:line])
        if len(head) <= 40 and _BULLET.match(head) and not re.search(r"\d", head):
            return head  # (a heading, not another item: it holds no figure)
        line = up - 1
    return ""


_BRANCH_END = re.compile(r"(?:支行|分行|分公司|分中心|营业部|分理处|分院|校区)$")
_PARTY_IN_CLAUSE = re.compile(r"对([\u4e00-\u9fff]{2,30}?(?:有限责任公司|股份有限公司|有限公司|公司|银行|支行|分行|分公司|营业部))(?:处以|处|罚款|给予|没收|警告)[^,;。]{0,8}$")


def who_conflict(part: Part, fact: Fact, text: str, context: str, outline=None) -> str | None:
    """A body the part names (a town, village, company) that is not the one this figure is for:
    named only after the figure's clause (that is another body's figure) or not at all (neither in
    its sentence, nor in the headings its section sits under)."""
    from .question import names_match

    f = fact.fig
    sent_start = f.sentence_start if f.sentence_start is not None else fact.clause_start
    sent_end = f.sentence_end if f.sentence_end is not None else fact.clause_end
    row = record_start(text, f.start)
    issuer = fold(text.lstrip().split("\n", 1)[0]).split("关于")[0]
    for whole in part.who:
        name = most_specific(whole)
        if re.fullmatch(r"[\u4e00-\u9fff]{1,4}?[县市区](?:敬老院|养老院|福利院|光荣院|卫生院)", name) and name not in folded_doc(text):
            continue  # (疸县敬老院 of a notice that names no such home: the county's homes, a kind, no body)
        if _DEPT_NAME.search(name) and (named := _ANY_DEPT.findall(fold(text[fact.clause_start:f.start]))) \
                and not dept_named_at(name, named[-1]) and not (f.subject and dept_named_at(name, fold(f.subject))):
            # (县教育体育局、县卫生健康局超预算支出分别为684.5万元、213.7万元: a list said 分别 gives each name its
            # own figure in turn, as the figure's subject says)
            # (市人力资源和社会保障局213件、市公安局148件: 148件 is 公安局's, asked 人社局; 县交通运输局4起、罚款6.4万元
            # is 交通运输局's, asked 住建局)
            return name
        # a unit of a place the notice never names (石桥镇卫生院 where only 乡镇卫生院 are spoken of): no figure
        # of the notice is its own, however like the kind's words its name reads
        place = re.match(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|村|县|区)(?=[\u4e00-\u9fff]{2,})", name)
        if place and not generic_place(place.group(0)) and not re.match(r"[各全本该每]|乡镇|县区|区县|城区", place.group(0)) \
                and place.group(0) not in folded_doc(text):
            return name
        # (对癮州农村商业银行股份有限公司罚款120万元, asked 癮河支行本身: the clause names the party it fines, the
        # whole bank, not the branch asked, which its record names only as where the wrong was done)
        if _BRANCH_END.search(name) and (party := _PARTY_IN_CLAUSE.search(fold(text[fact.clause_start:f.start]))) \
                and name not in party.group(1) and not names_match(name, party.group(1)) >= 1.0:
            return name
        para = text.rfind("\n", 0, f.start) + 1
        if re.search(r"(?:责任单位|牵头单位|责任部门|整改责任单位|被审计单位|被巡察单位|主责单位)[:：]\s*[^。;；,，\n]{0,12}?" + re.escape(name),
                     fold(text[min(para, row):f.start])):
            continue  # 责任单位：珵岭市城市建设投资集团有限公司。…资产入账13.57亿元: the record's own body, by its label
        # (a body the question names beside the owner, 汀溪镇汀湾村, or the notice's own, is not another's)
        owned = any(o.start <= f.start < o.end for o in getattr(outline, "owners", None) or []) \
            and not any(f.subject and (w in f.subject or names_match(w, f.subject) >= 0.9) for w in part.who) \
            and not (getattr(outline, "default_subject", None) and names_match(name, outline.default_subject) >= 0.9) \
            and not (re.search(r"[省市县区镇乡]$", name) and f.subject and (f.subject.startswith(name) or f.subject[0] == name[-1]))
        # (甲县 asked of 县水务局's span: a place holds its own 县… departments)
        if owned and f.subject and name not in f.subject and f.subject not in name and name not in text[sent_start:f.start] \
                and names_match(name, f.subject) < 0.9 and name not in fold(text[para:f.start]):
            # another body's own span (▶ 琦康骨科医院:…处违约金48.4万元), whatever the lines around it name; not a
            # body its speaker or owner names in the figure's own line (副区长 钱慕云：比如痀园新村。…投入资金2860万元)
            return name
        in_row = row < sent_start and name in text[row:sent_start]
        if in_row and name not in text[sent_start:f.start] and re.search(re.escape(name) + "、|、" + re.escape(name), fold(text[row:sent_start])):
            in_row = False  # one of a list the record opens with (珈山分公司、珈湖分公司仍有…): not the body of all its figures
        if in_row and name not in text[sent_start:f.start] and (kind := _KIND_END.search(name)) \
                and (other := re.search(r"\n\s*(?:[\u4e00-\u9fff]{1,4}[:：])?\s*([\u4e00-\u9fff]{2,16}?" + re.escape(kind.group(0)) + ")",
                                        (rest := fold(text[row:sent_start]))[rest.rfind(name) + len(name):])) \
                and not re.search(r"[该其本]", other.group(1)) and names_match(name, other.group(1)) < 0.9:
            # (单位:瓂州市第三人民医院;…\n单位:瓂西区中医医院;…处违约金19.57万元: a later line opens, after a short
            # label at most, with another body of its kind, and the figure is in that one's line)
            in_row = False
        before = fold(text[row:sent_start])
        if in_row and name not in text[sent_start:f.start] and len(name) >= 4 \
                and re.search(re.escape(name) + r"[^\d。;,]{0,8}\d", before) \
                and re.search(r"[\u4e00-\u9fff]{2}" + re.escape(name[-2:]), before.replace(name, "")):
            # 琿东支行清收处置5860万元、琿南支行4120万元…。…不良贷款率降至2.18%: one of several bodies of its kind,
            # each with its own figure, earlier in the paragraph; the later sentence is not about it
            in_row = False
        seg = re.split(r"[;；]", fold(text[sent_start:f.start]))
        if (kind := _KIND_END.search(name)) and name not in seg[-1] and name not in context and not _is_own_place(name, context) \
                and (opener := re.match(r"\s*([\u4e00-\u9fff]{2,16}?" + re.escape(kind.group(0)) + ")(?![、和与及等])", seg[-1])) \
                and set(name) - set(opener.group(1)) and names_match(name, opener.group(1)) < 1.0 \
                and not (f.subject and names_match(name, f.subject) >= 1.0) \
                and not re.match(r"[对在向为从将把给经由针关据按]", opener.group(1)) \
                and (opener.group(1)[:2] == name[:2] or named_as_body(opener.group(1), folded_doc(text))):
            # …璣州大学附属第一医院…退还多收费用213.6万元;璣州大学附属口腔医院退还多收费用18.4万元: a sentence,
            # or the stretch after a ;, that opens with another body of the kind asked is that body's (another:
            # a character of the name asked the opener lacks, 第一 of 附属第一医院; 县医院 for 瓂东县人民医院 lacks none;
            # a body: of the same owner, named again, or in a list, not 针对村…; not the figure's own section's body)
            return name
        if re.match(r"\s*(?:其余|其他|另外|另有|剩余|余下)", seg[-1]) and name not in seg[-1] \
                and re.search(re.escape(name) + r"[^\d。;]{0,12}\d", "".join(seg[:-1]) + _sentence_before(text, sent_start)):
            # …皙湖镇发现问题机具17台…;其余7个乡镇共发现问题机具26台: the rest, after the body asked had its own
            return f"{name}: the notice gives {f.text} ({fact.measure}) for the rest, not for {name}"
        if name in text[sent_start:f.start] or in_row:
            if _joined(name, fold(text[sent_start:f.start])) and not _group_asked(name, fold(text[sent_start:f.start]), fold(part.whole or part.text)):
                return f"{name}: the notice gives {f.text} ({fact.measure}) for a group it is one of"
            lead_in = fold(text[sent_start:f.start])
            at = lead_in.rfind(name)
            if at >= 0 and re.match(re.escape(name) + r"[\d.]+[^\d、,;。]{0,3}(?:、|和)?[^\d,;。]{0,12}?[\d.]+[^\d、,;。]{0,3}共", lead_in[at:]) \
                    or at > 0 and re.search(r"[\d.]+[^\d、,;。]{0,3}、$", lead_in[:at]) and re.match(re.escape(name) + r"[\d.]+[^\d,;。]{0,3}共", lead_in[at:]):
                # (癗湖校区7栋、癗山校区3栋共10栋…,惠及学生5320人: the body asked has its own count in the list; what
                # the sentence says after the 共 is the list's together)
                if f.start > at + sent_start + len(name) + 4:
                    return f"{name}: the notice gives {f.text} ({fact.measure}) for a group it is one of"
            if re.search(re.escape(name) + r"[^\d。;,]{0,12}分别[^\d。;,]{0,16}\d[^。;,]*?、[^。;,]*\d[^。;,]*[,;]", lead_in[lead_in.rfind(name):]):
                # 甿南分公司、甿西分公司分别新建…4个、3个,培训党务干部286人次: the names own the figures said 分别
                # of them; the clause after is the whole's
                return f"{name}: the notice gives {f.text} ({fact.measure}) for the whole; {name} is named only with its own figures before it"
            if re.search(r"其中[^。;]*?" + re.escape(name) + r"[^\d。;,]{0,6}\d", lead_in) \
                    and re.search(r"[,;]", lead_in[lead_in.rfind(name):]):
                # 其中珈山分公司52.7公里、…;入户安检居民用户14.6万户: an item of an earlier figure's breakdown,
                # not the body of the clauses after it
                return f"{name}: the notice gives {f.text} ({fact.measure}) for the whole; {name} is named only in a breakdown of another figure"
            continue  # named before the figure in its sentence, or in its table row
        post = fold(text[f.end:fact.clause_end])
        if name in post:
            if re.search(re.escape(name) + r"[^\d。;;]{0,6}\d", post):
                return name  # 76人(珑港镇18人;…): named after the figure with a figure of its own
            if re.search(re.escape(name) + r"[和、及与][\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,8}[和、及与]" + re.escape(name), post):
                # 剩余23处主要集中在璈桥镇和璈阳街道: the figure is the two places' together
                return f"{name}: the notice gives {f.text} ({fact.measure}) for a group it is one of"
            continue
        stem = re.sub(r"(?:镇|乡|村|街道|社区|公司|医院|学校|学院|集团)$", "", name)
        later = re.sub(r"《[^《》]{0,40}》", "", text[fact.clause_end:sent_end])  # (《皪州大学科研经费管理办法》: a document's title names no body)
        if name in later or len(stem) >= 2 and stem in later \
                and stem not in text[sent_start:fact.clause_end]:
            return name  # named only after this figure's clause: its own figure is another one
        lead = fold(text[sent_start:fact.clause_end])
        if len(stem) >= 2 and stem in lead:
            if re.search(re.escape(stem) + "[、,]|[、,]" + re.escape(stem), lead):
                return name  # one of a list (金塘、白泉…等镇): the figure is the group's, not this body's
            continue
        # (今年该院已完成…60张, the paragraph naming 疩城镇敬老院 before: 该院 is the body asked)
        if re.search("(?:该|此)" + re.escape(name[-1]), fold(text[sent_start:f.start])) \
                and name in fold(text[_paragraph_start(text, f.start):sent_start]):
            continue
        # (the structure nearest the figure may name its owner: an item or paragraph opening with the body,
        # a record's 责任单位, a table row's body — owners.py, carried as the figure's subject)
        if name not in context and names_match(name, text[sent_start:sent_end] + " " + context + " " + bulleted_head(text, f.start)) < 0.9 \
                and names_match(name, " ".join(section_headings(outline, f.start))) < 0.9 \
                and (names_match(name, f.subject or "") < 0.9 or re.search(r"全(?:省|市|区|县|州|镇|乡)", fold(text[sent_start:f.start]))) \
                and not (len(whole) >= 4 and fold(whole) in issuer) \
                and not title_object(name, text) \
                and not (only_body_of_section(name, text, f.start, outline) and not _WHOLE_OF.search(fold(part.text))):
            # (a sentence about the whole, 全市…, is not its owner's own figure; the body that issues the
            # notice, 国网琻山县供电公司关于…, owns every figure no other check gives another body)
            return name
    return None


def _sentence_before(text: str, pos: int) -> str:
    """The (folded) stretch of the full sentence before `pos`, back to its 。 or line break."""
    folded = folded_doc(text)
    return folded[max(folded.rfind(c, 0, pos) for c in "。\n") + 1:pos]


# the whole of the body asked (瑊塘村全村一共…): a section about one of its people tells no whole of it
_WHOLE_OF = re.compile(r"全(?:村|镇|乡|县|区|市|社区|街道|公司|集团)")
_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:自治区|街道|社区|省|市|州|区|县|旗(?!下)|镇|乡|村|支行|分行|公司|医院|学校|中心|局)(?![场长委级内外直属民])")


def _whole_of_named(name: str, folded: str, pos: int) -> bool:
    """全镇 said in the figure's sentence of a paragraph that speaks of the town asked (会议听取了瘹东镇…的汇报。…
    2024年全镇村级集体经济收入合计486万元): the whole of that town, not of the notice's place."""
    from .textables import paragraph_start

    p0 = paragraph_start(folded, pos)
    s0 = max(folded.rfind(c, p0, pos) for c in "。！？!?\n") + 1
    if not re.search("全" + re.escape(name[-1]), folded[max(s0, p0):pos]) or name not in folded[p0:pos]:
        return False
    last = folded.rfind(name, p0, pos) + len(name)
    return not any(m.group(0) != name and m.group(0)[-1] == name[-1] for m in _ADMIN.finditer(folded, last, pos))


def only_body_of_section(name: str, text: str, pos: int, outline) -> bool:
    """The body asked is named, alone, in the heading or the opening paragraph of the figure's section,
    and the section names no other body at its level or below before the figure (a decision about one
    person: 孙某某,…原任瑊宁县瑊南镇财政所会计 … 追回其冒领的养老金9.26万元; the county above the town is
    no rival): the section is about it."""
    heads = [h for h in getattr(outline, "headings", None) or [] if h.start <= pos and h.level <= 2 and h.kind == "numbered"]
    if not heads:
        return False
    # the nearest heading, then the nearest of each higher level (一、瓆口镇…项目 above （一）工程量虚报的问题)
    nearest = max(heads, key=lambda h: h.start)
    ancestors = [nearest] + sorted((h for h in heads if h.level < nearest.level
                                    and h.start == max(x.start for x in heads if x.level == h.level)), key=lambda h: -h.start)
    return any(_section_about(name, text, h.start, pos) for h in ancestors)


def _section_about(name: str, text: str, start: int, pos: int) -> bool:
    """only_body_of_section for the section that opens at `start`."""
    said = fold(text[start:pos])
    if re.search(r"全(?:省|市|区|县|州|镇|乡)[^。;\n]*$", said):
        return False  # (…全市开展危险废物专项排查,共检查企业268家: a sentence about the whole, whatever the section)
    lines = [ln for ln in said.split("\n") if ln.strip()]
    # the heading and the paragraph that opens the section (a 文号 or date line between is no paragraph)
    opening = "\n".join(lines[:1] + [ln for ln in lines[1:] if re.search(r"[,。;]", ln)][:1])
    opening = re.sub(r"^\s*[一二三四五六七八九十]+、", "", opening)  # (一、瓆口镇…: the heading's ordinal joins nothing)
    if name not in opening or re.search(re.escape(name) + r"[和、及与]|[和、及与含][\u4e00-\u9fff]{0,8}" + re.escape(name), opening):
        return False
    lv = level_of(name)
    for m in _BODY_NAME.finditer(said):
        other = m.group(0)
        if name in other or other in name or _NOT_PLACE.search(other):
            continue  # (孙某某在负责城乡: no name)
        if said[m.end():m.end() + 1] in "局委办厅站所队":
            continue  # (县农业农村局: a department's name, no village)
        olv = level_of(other)
        if lv is not None and olv is not None and olv < lv:
            continue  # the county the town lies in (原任瑊宁县瑊南镇…)
        if lv is None and olv is not None:
            continue  # a firm or unit asked: the places around it are no rival firm
        if lv is not None and olv is None:
            continue  # a place asked: a firm named in its section (施工单位…有限公司) is no rival place
        return False
    return True


def title_object(name: str, text: str) -> bool:
    """The body a notice's title says it is about (…审计局关于瑽溪镇党委原书记…整改情况的报告): every figure
    no other check gives another body is its own. Not one of a list the title names (关于甲镇、乙镇…)."""
    title = fold(text.lstrip().split("\n", 1)[0])
    at = title.find("关于")
    if at < 0 or len(name) < 2:
        return False
    obj = title[at + 2:]
    # (关于网民反映瓃平县瓃溪镇瓃源村违规收费等问题…: the village the complaint is about, said in the title)
    return name in obj and not re.search(re.escape(name) + r"[、和及与]|[、和及与]" + re.escape(name), obj)


_KIND_END = re.compile(r"(?:社区|村|镇|乡|街道|县|区|市|局|学校|医院|公司)$")


# places of one level, whatever each is called
_LEVELS = (("镇", "乡", "街道"), ("村", "社区"), ("县", "区", "市"))


def _of_its_level(kind: str) -> str:
    """A pattern for the body kind `kind` and the other kinds of its level (镇 → 镇|乡|街道)."""
    level = next((lv for lv in _LEVELS if kind in lv), (kind,))
    return "(?:" + "|".join(re.escape(x) for x in level) + ")"


def _joined(name: str, lead: str) -> bool:
    """The name, where the sentence last says it before the figure, stands joined to another body of
    its kind (琛华社区、琛安社区:…2.16万元): the figure is the pair's, not its own (对A村、B村开展检查,
    B村追缴…: said again alone, the figure is B村's)."""
    kind = _KIND_END.search(name)
    i = lead.rfind(name)
    if not kind or i < 0:
        return False
    k = _of_its_level(kind.group(0))  # (皰河镇、皰山乡等地: a town and a township are bodies of one kind)
    before, after = lead[:i], lead[i + len(name):]
    if re.search(r"分别|各自|依次", after) or re.match(r"[^\d。;;,,、和及与:：]{0,8}\d", after):
        return False  # 中华路街道、永定路街道分别有13个、42个: each its own; 琛安社区追缴1.2万元: its own figure
    return bool(re.search(r"[\u4e00-\u9fff]{1,8}?" + k + r"[、和及与]$", before) or re.match(r"[、和及与][\u4e00-\u9fff]{1,8}?" + k, after))


def named_as_body(name: str, folded: str) -> bool:
    """The notice names `name` as a body: twice, or in a list of its peers (璢东区、璢西区), or opening one of
    a sentence's stretches between semicolons (…;甓山县追回…;甓川高新区追回…): words that only end like
    one (针对村, 审计发现县) stand once and alone."""
    return folded.count(name) >= 2 or bool(re.search(re.escape(name) + "[、和]|、" + re.escape(name) + "|[;；]" + re.escape(name), folded))


def _group_asked(name: str, lead: str, question: str) -> bool:
    """Every body of the list the name stands in is asked (璻湾村、璻塘村 asked of 实施璻湾村、璻塘村…工程,
    新铺设供水管道12.4公里): the question asks the group's figure, not one member's."""
    kind = _KIND_END.search(name)
    i = lead.rfind(name)
    if not kind or i < 0:
        return False
    k = _of_its_level(kind.group(0))  # (瓅东街道和瓅口镇: bodies of one level, whatever each is called)
    item = r"[\u4e00-\u9fff]{1,8}?" + k
    for m in re.finditer(f"(?:{item}[、和及与])+{item}", lead):
        if m.start() <= i < m.end():
            members = re.split(r"[、和及与]", m.group(0))
            # (the list's first item may carry the verb before it, 实施璻湾村: a member is asked when its
            # name, read from the end, stands in the question)
            return len(members) >= 2 and all(any(x[j:] in question for j in range(max(1, len(x) - 2))) for x in members)
    return False


# the kinds of body a notice names (县中医院, 县自然资源局, 市教育局): a name ends in one
_BODY_END = re.compile(r"(?:局|委员会|委|办公室|厅|署|法院|检察院|医院|卫生院|卫生室|药店|药房|诊所|中心|公司|集团|学校|中学|小学|"
                       r"幼儿园|学院|大学|镇|乡|村|街道|社区|支行|分行)")
_NOT_LEAD = re.compile(r"^[的了在对把被给和与及从向将是有这那多少个中,、]")


def bodies_named(question: str, folded_text: str) -> list[tuple[str, str]]:
    """(name, kind) of the bodies the question names that the notice names too: the longest run
    ending in a body's kind (医院, 局) that the notice also has (县中医院 in …整改中县中医院退回…)."""
    q = fold(question)
    out: list[tuple[str, str]] = []
    for m in _BODY_END.finditer(q):
        e = m.end()
        if m.group(0) in ("村", "镇", "乡", "社区") and AFTER_PLACE_WORD.match(q, e):
            continue  # (瞁祥镇村干部: 村 opens a word for the villages' cadres, no village is named)
        for n in range(min(e, 14), len(m.group(0)) + 1, -1):  # (琥江省能源集团有限公司: eleven)
            name = q[e - n:e]
            if re.search(r"[^\u4e00-\u9fff]", name) or _NOT_LEAD.match(name) or name not in folded_text:
                continue
            if len(name) >= 3 and not any(name in o for o, _ in out):
                out.append((name, m.group(0)))
            break
    return out


_GROUP = r"[\u4e00-\u9fff]{0,3}等[\d一二三四五六七八九十两]+[家个所户名]"


def scope_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A body the question asks about that the figure's sentence counts only within a group: named
    before 等N家 (X等4家执收单位: the figure is the four's), or left out of a breakdown the sentence
    gives for a body of its kind (…93.72万元,其中县人民医院61.5万元, asked of 县中医院)."""
    f = fact.fig
    folded = folded_doc(text)
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    s1 = f.sentence_end if f.sentence_end is not None else fact.clause_end
    sent = folded[s0:s1]
    # past a semicolon the item goes on (涉及县林业局…等5个部门,问题金额86.42万元;截至…,已清退52.18万元)
    item = folded[max(folded.rfind("。", 0, s0), folded.rfind("\n", 0, s0)) + 1:fact.clause_end]
    for name, kind in bodies_named(question, folded):
        if name in fold(f.subject or ""):
            continue  # the body whose section or notice this is (中共琥江省能源集团有限公司委员会): its own figure
        if re.search(re.escape(name) + r"(?:、[\u4e00-\u9fff]{2,12}?)*" + _GROUP, item) \
                and not re.search(re.escape(name) + _GROUP, fold(question)):  # A、B等5个部门 (not asked as A等5家 itself)
            return f"{name}: the notice gives {f.text} for a group it is one of"
        after = folded[f.end:s1]
        if name in folded.lstrip().split("\n", 1)[0]:
            continue  # (十二届市委第五轮巡察 of a notice so titled: the body the whole notice is about, no part of a breakdown)
        if name not in sent and (m := re.search(r"其中([\u4e00-\u9fff]{2,10}?" + re.escape(kind) + ")(?![干民委级务两])", after)):
            return f"{name}: the notice breaks {f.text} down for {m.group(1)} only"
    return None


# administrative levels, from the province down (a name never starts with the 年 or 底 of a date before it, nor
# with 按: 截至2023年底痁县, 按痗县…的目标 name 痁县 and 痗县;
# 2025年珂西区 names 珂西区): a body one level below the notice's own is a sub-unit
_LEVEL = (("省", "自治区"), ("市", "州", "盟"), ("区", "县", "旗"), ("镇", "乡", "街道"), ("村", "社区"))
_COUNTY_LEVEL = 2  # index in _LEVEL of 区/县/旗
_ADMIN = re.compile(r"(?<![的了在和与及对把被从向将是有这那个中里])(?![年月日底初末按])(?:[\u4e00-\u9fff]{2,3}?(?<![年月])(?:自治区|街道|社区|省|(?<!超)市|州|盟|区|县|旗(?!下)|镇|乡|村(?!\s*[干两务医集组书庄(（“党委民级保会出文监]))"
                    # (a county of one character, 痗县, 沛县: not 全县, 该县, 各县)
                    r"|(?<![\u4e00-\u9fff])(?![全各本该每某一两此其首外邻省市区州])[\u4e00-\u9fff]县)(?![场长委级内外直属民县区镇乡村省城域]|市(?!场))")  # (村干部, 村两委, 村（社区）干部: no village named)
_NOT_PLACE = re.compile(r"[为的了在和与及对把被比某追回来建成给从向将是有这那几多少个后前于]|整改|巡察|巡视|督察|治理|专项|工作|管理|领域|系统|检查|排查|走访|深入|进入|覆盖|^[\u4e00-\u9fff]地区$|^(?:相关|有关|部分|所属|下辖|其他|其余|周边|重点|试点|农村|乡村|城市|城区|市区|城乡|全[省市区县镇乡村]|本[省市区县镇乡村]|各[省市区县镇乡村]|该[省市区县镇乡村]|[东西南北中]部|地市|县市|县区|市县|乡镇|镇村|村居)")


# 城区 and 新区 also end names of districts (东城区, 浦东新区): generic only after a generic word (老城区, 主城区)
_NAMED_TAILS = {"城区", "新区"}
_GENERIC_LEAD = re.compile(r"^(?:老|新|主|旧|全|本|各|该|中心|核心|重点|所在|周边)$")


# a verb of working with or going to (联合街道、社区开展…, 深入村组): the level after it is places in general
_COVERB_LEAD = re.compile(r"(?:联合|会同|配合|深入|走进|走访|依托|组织|指导|督促|协调|带领|动员|下沉|包联|进驻)(?:各|全)?"
                          r"(?:街道|社区|乡镇|镇|乡|村|村组|村居)$")


def generic_place(name: str) -> bool:
    """A kind of area (老旧小区, 工业园区, 主城区, 城中村), not a named place."""
    if name.endswith("城中村") or _COVERB_LEAD.search(name):
        return True  # an urban village: a kind of neighbourhood, like 老旧小区
    if name[-2:] not in GENERIC_PLACES:
        return False
    return name[-2:] not in _NAMED_TAILS or len(name) == 2 or bool(_GENERIC_LEAD.match(name[:-2]))


# the longest ending first: 社区 is a village's level, not the 区 of a district
_LEVEL_ENDS = sorted(((e, k) for k, ends in enumerate(_LEVEL) for e in ends), key=lambda ek: -len(ek[0]))


def level_of(name: str) -> int | None:
    for end, k in _LEVEL_ENDS:
        if name.endswith(end):
            return k
    return None


def blank_closed_parens(folded: str) -> str:
    """`folded` with every closed parenthesis (a breakdown: 珑港镇14处;珑岭乡9处) blanked, same length."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), folded)


def _without_peer_lists(lead: str) -> str:
    """The paragraph before a figure without its earlier sentences that list places side by side (从区域看,
    甐湖区抽检1054批次…;甐山县抽检803批次…): each of those places has its own figure there, and a later
    sentence (从品种看,食用农产品抽检1140批次) is the whole's again. The figure's own sentence stays."""
    sents = lead.split("。")
    if len(sents) < 2:
        return lead
    def peers(x: str) -> bool:
        # (围绕乡村振兴: the countryside, no village named)
        # (锦澜府小区, a housing estate: no district beside 皗湖区)
        names = {m.group(0) for m in _ADMIN.finditer(x) if level_of(m.group(0)) is not None
                 and m.group(0)[-2:] not in ("乡村", "农村", "城乡", "小区", "园区", "景区", "片区", "辖区")}
        return len({level_of(n) for n in names}) == 1 and len(names) >= 2
    return "。".join([" " * len(x) if peers(x) else x for x in sents[:-1]] + [sents[-1]])


def subunit_conflict(question: str, fact: Fact, text: str, context: str, outline=None) -> str | None:
    """A place the question asks about that sits below the notice's own (漱溪市鹭湾区 in a city's
    notice) and that the notice names somewhere, but not in this figure's sentence, its paragraph's
    lead or its section: the figure is the whole's, the sub-unit's is not given. A sub-unit that the
    sentence names only as one of a list (苇塘区、鹊溪县等…17人) is refused likewise."""
    own = [lv for n in context.split() if (lv := level_of(n)) is not None]
    if not own:
        return None
    if named_person_here(question, text, fact.fig.start):
        return None  # (璸安县张某某…被冒领的低保资金: the person the question names picks the case, wherever it is told)
    top = max(own)
    f = fact.fig
    folded = folded_doc(text)
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    s1 = f.sentence_end if f.sentence_end is not None else fact.clause_end
    p0 = min(_paragraph_start(text, s0), record_start(text, f.start))
    # a breakdown in parentheses closed before the figure (59处(珑港镇14处;…)…涉及金额326.8万元) names the
    # parts of the figure before it: a place named only there has no share of this figure
    before = _without_peer_lists(blank_closed_parens(folded[p0:f.start]))
    # (the sentence to its 。: 截至10月底,全市共清理…;拆除违法建设2186处 is the whole's past the ;)
    s00 = max(folded.rfind("。", 0, s0), folded.rfind("\n", 0, s0)) + 1
    if re.search(r"全[省市区县镇乡]", folded[s0:f.start]) or re.search(r"全[省市区县镇乡][^;。]*;[^。]*$", folded[s00:f.start]) \
            and not _ADMIN.search(folded[folded.rfind(";", s00, f.start) + 1:f.start]):
        before = folded[s0:f.start]  # 全市开展…共检查企业376家: the whole's figure, whatever place the record opened with
    after = folded[f.start:s1]
    # (共计2187.35万元,其中甲市663.2万元、乙市702.45万元: the places of a breakdown after the total are its
    # parts, not its owner)
    after = after[:k] if (k := after.find("其中")) > 0 else after
    scope = before + after + " " + context
    scope += " " + bulleted_head(text, f.start)
    whole_of = re.search(r"全([省市区县镇乡])", folded[s0:f.start])
    # (瓧坪乡。…对全乡1126户低保对象全面复核,清退…93户: 全乡 is the whole of the town the paragraph is about)
    if f.subject and (not whole_of or fold(f.subject).endswith(whole_of.group(1))):
        scope += " " + fold(f.subject)  # the structure nearest the figure names its owner (owners.py: a record's 责任单位)
    if whole_of:
        # ((二)畞阳市打造涉企诉求"直通车"。畞阳市在…。今年以来,全市共受理企业诉求8,915件: in a paragraph about
        # one city, 全市 is that city, whatever the notice's own place is)
        # (比如疐西县,巡察发现该县…: 该县 points back to the name, it is no second place)
        own = {m.group(0) for m in _ADMIN.finditer(folded[p0:s0]) if m.group(0).endswith(whole_of.group(1))
               and level_of(m.group(0)) is not None and len(m.group(0)) >= 3 and m.group(0)[-2] not in "该本此其各全"}
        if len(own) == 1:
            scope += " " + own.pop()
    q = _full_place_names(fold(question), folded, context)
    for m in _ADMIN.finditer(q):
        name = m.group(0)
        if len(name) > 3 and name[0] in "在对把被从向将给和与及到于替帮至的":
            name = name[1:]  # 在珮南县设立的, 下辖的皫北县: the particle is no part of the name
        if re.search(r"[全本各该此][省市县区镇乡村州]$", name) or re.search(r"[一二两三四五六七八九十\d几多]个?[省市县区镇乡村州]$", name):
            continue
        if re.fullmatch(r"[\u4e00-\u9fff]中[省市县区镇乡村州]", name) and m.start() > 0 \
                and q[m.start() - 1:m.start() + 1] in ("问题", "工作", "过程", "整治", "检查", "督查", "巡察", "巡视", "审计", "活动", "行动", "案件", "专项", "清理", "排查"):
            continue  # (…未及时征缴的问题中县财政局…: 问题中 is where, 县财政局 the body; no county 题中县)  # (5月份全县…: 份全县 read as a name; 全县 is the whole, which other checks read; 三个市: a count of places)
        lv = level_of(name)
        if lv is not None and lv < top and len(name) == 3 and name[-1] in "省市州" and name[:2] not in folded \
                and not any(name[:2] in p for p in context.split()) and not _NOT_PLACE.match(name) and not generic_place(name) \
                and not any(len(p) >= 2 and p in q for p in context.split()):
            # (江门市鹤山市… asked of 鹤山市's notice: the higher name only locates a place the notice does name)
            # (疍州市 asked of a county's notice that never names it, not even by its proper name: another
            # place's notice, not a higher level of this one's)
            return f"{name}: the notice does not name it; {f.text} ({fact.measure}) is not its figure"
        # a name the notice has, or one chained to the place above it (柏坞镇苇塘村): not a word that ends like one
        # (璙坪镇挪去修镇上道路: a town after a town is no chain, and no name; a chain goes down a level)
        chained = m.start() > 0 and q[m.start() - 1] in "省市区县镇乡州盟旗" \
            and (level_of(q[m.start() - 1]) is None or lv is None or lv > level_of(q[m.start() - 1]))
        if lv is None or lv < top or _NOT_PLACE.match(name) or generic_place(name) or name in context or title_object(name, text) \
                or re.search(r"[到往至]$", name[:-1]) or q[m.end():m.end() + 1] == "里" \
                or re.match(r"[容场民政级直属域貌霸规]", q[m.end():m.end() + 1]):
            # (被转到市里来办: a direction, 到市, and 市里, the level spoken of, name no body; 投诉市容问题,
            # 县级, 区域: the character starts a word of its own)
            continue  # (…审计局关于瑽溪镇党委原书记…的报告: the town the notice is about is no sub-unit of it)
        if lv == top:
            # a body of the notice's own level: a sibling (璋西县 asked of 琤溪县's notice) when the notice
            # never names it and it is no short form of the notice's own place
            if len(name) == 3 and name[-1] in "县区市旗" and not any(ch in name for ch in "全本各该") \
                    and name not in folded and not _is_own_place(name, context) and not any(p[:2] == name[:2] for p in context.split()):
                return f"{name}: the notice does not name it; {f.text} ({fact.measure}) is another body's figure"
            if len(name) == 3 and name[-1] in "县区市旗" and name in folded and name not in scope \
                    and not _is_own_place(name, context) and not any(p[:2] == name[:2] for p in context.split()):
                # a peer the notice names elsewhere (琜宁市是96.8%, in a city's own report): this figure,
                # in a sentence that does not name it, is the notice's own body's, not the peer's
                return f"{name}: figure not given; the notice gives {f.text} ({fact.measure}) for another body"
            continue
        if not (name in folded or chained):
            tails = [name[i:] for i in range(len(name) - 2)]  # 中渚溪县: the word before a name is no part of it
            # (a county's proper name is two characters and its level: 瑭南县; 局检查社区 is no county)
            if len(name) == 3 and name[-1] in "县区市旗" and lv <= _COUNTY_LEVEL and not any(ch in name for ch in "全本各该") \
                    and not any(t in folded for t in tails):
                # a county-level place below the notice's own that the notice never names (瑭南县 asked
                # of a province's notice): none of its figures is that place's
                return f"{name}: the notice does not name it; {f.text} ({fact.measure}) is not its figure"
            if len(name) == 3 and name[-1] in "镇乡" and name[:2] not in folded and not any(ch in name for ch in "全本各该城村集") \
                    and not generic_place(name):
                # a town the notice never names, not even by its proper name (琉坪镇卫生院 asked of a county
                # hospital's notice that counts what all 14 township health centres got): not its figure
                return f"{name}: the notice does not name it; {f.text} ({fact.measure}) is not its figure"
            continue
        if name not in scope and not (only_body_of_section(name, text, f.start, outline) and not _WHOLE_OF.search(q)) \
                and not _whole_of_named(name, folded, f.start):
            return f"{name}: figure not given; the notice gives {f.text} ({fact.measure}) for the whole, not for {name}"
        lead = folded[s0:f.start]
        seg = re.split(r"[;；]", lead)[-1].lstrip()
        opener = _ADMIN.match(seg)
        if opener and (_NOT_PLACE.search(opener.group(0)) or opener.group(0)[0] in "该本此其这那"):
            # (畁东区。检查小区312个…: 检查小区 is what was checked, no district opening the stretch; 该小区业主…:
            # the body the paragraph named, pointed back at)
            opener = None
        if opener and name not in seg and opener.group(0) not in name and level_of(opener.group(0)) == lv \
                and not re.match(r"[、和与及等]", seg[opener.end():]):
            # (…;璀山县…整改金额9860万元;璀水县…整改金额7120万元: each sentence, and each stretch after a ;,
            # that opens with a body at the level asked is that body's, not another's the paragraph named)
            return f"{name}: figure not given; the notice gives {f.text} ({fact.measure}) for {opener.group(0)}"
        # (其中甲区查处12起,乙区9起,丙县11起; 其中甲区退还127.3万元、乙区退还94.62万元: in a run of clauses
        # each opening with a body of the level asked, a clause's figure is the body it opens with)
        item = re.sub(r"^(?:其中|而|另有|另外|以及)", "", re.split(r"[,，;；、]", lead)[-1].lstrip())
        opener = _ADMIN.match(item)
        if opener and not re.search(r"[该本此其这那全各]", opener.group(0)) and not _NOT_PLACE.search(opener.group(0)) \
                and name not in item and opener.group(0) not in name and level_of(opener.group(0)) == lv \
                and not re.match(r"[、和与及等]", item[opener.end():]) and "分别" not in item:
            # (甲镇、乙镇、丙镇查处问题数分别为31个、27个、24个: the respective list is read by its order elsewhere)
            return f"{name}: figure not given; the notice gives {f.text} ({fact.measure}) for {opener.group(0)}"
        # one of a list the figure counts together: named before it with no number between (A、B等…17人),
        # where it is last named (…6.8公里,其中璻坪村4.3公里: its own figure)
        if (tail := re.search(re.escape(name) + r"[^\d]*$", lead)) and "分别" not in tail.group(0) \
                and (re.match(re.escape(name) + r"[、等]", lead[lead.rfind(name):]) or lead[:lead.rfind(name)].endswith("、")
                     and not re.search(r"\d[^\d、,]{0,4}、$", lead[:lead.rfind(name)])) \
                and not re.search(re.escape(name) + r"等", q) and not _group_asked(name, lead, q):
            # (璵润置业有限公司等4家房企 asked, or every body of the list: the group)
            return f"{name}: the notice gives {f.text} for a group it is one of"
    return None


@functools.lru_cache(maxsize=512)
def _places_named(folded: str) -> dict[str, str]:
    """The two-character short form of each city or county the notice names (眕州 → 眕州市), where only
    one of its names has that short form."""
    from .lexicon import words

    found: dict[str, set[str]] = {}
    for m in _ADMIN.finditer(folded):
        name = m.group(0)
        if len(name) == 3 and name[-1] in "市县区" and name[0] not in "该本此其这那全各每由上下所占" \
                and not re.search(r"[全本各该]", name) and level_of(name) is not None \
                and not _NOT_PLACE.match(name) and not generic_place(name) and name[:2] not in words():
            found.setdefault(name[:2], set()).add(name)  # (自查发现县委…: 发现 is a word, no place's short name)
    # (约谈县生态环境分局: a verb before a county's department is no place; a place is said on its own somewhere)
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1
            and re.search(re.escape(next(iter(names))) + r"(?:[被的在有共已累,、。;:和与及对(\n\d]|$)", folded)}


def _full_place_names(q: str, folded: str, context: str) -> str:
    """The question with a place it calls by its short form (眕州被冒领的…) named as the notice names it
    (眕州市), when the notice names that place below its own."""
    for short, name in _places_named(folded).items():
        if name in context or short in context.split() or any(p.startswith(short) for p in context.split()):
            continue  # (the notice's own place: no sub-unit)
        # (only where what follows goes on about the place: 眕州被冒领…, 眕州的…; not 盄源分中心, 皟州产投集团)
        for m in re.finditer(re.escape(short) + r"(?=[被的在有共累已今去这那全各上下,、和与及对把将从给向是为?]|$)", q):
            if q[max(0, m.start() - 1):m.start()] and re.match(r"[\u4e00-\u9fff]", q[m.start() - 1]) \
                    and not re.match(r"[的在和与及对把被从向将给到于、,]", q[m.start() - 1]):
                continue  # (inside another word)
            q = q[:m.start()] + name + q[m.end():]
            break
    return q


def item_conflict(part: Part, fact: Fact, text: str) -> str | None:
    """The asked measure is an item the figure's sentence lists after it (“三公”经费支出2386.5万元,…其中公务
    接待费下降23.4%): the figure is the whole the item is part of, not the item's amount."""
    f = fact.fig
    folded = folded_doc(text)
    end = f.sentence_end if f.sentence_end is not None else fact.clause_end
    at = folded.find("其中", f.end, end)
    if at < 0:
        return None
    asked = _content(fold(part.measure))
    for name in sorted((n for n in part.who if len(n) >= 2), key=len, reverse=True):
        asked = asked.replace(_content(fold(name)), "")  # 庚华银行公务接待费: the body asked is no item
    left = residue(asked, _measure_words(fact.measure))
    grams = bigrams(left)
    start = f.sentence_start if f.sentence_start is not None else fact.clause_start
    if len(left) < 3 or _share(grams, folded[at:end]) < 0.75 or _share(grams, folded[start:f.start]) >= 0.5:
        return None
    return f"{left}: the notice lists it within {f.text} ({fact.measure}), not with an amount of its own there"


# the markers of a sentence's enumerated items: 一是…;二是…;三是…, ①…②…, (1)…(2)…
_ITEM_MARK = re.compile(r"(?:^|(?<=[,;。:\s]))(?:[一二三四五六七八九十]是|[①-⑩]|\([1-9一二三四五六七八九]\))")


def enumerated_conflict(part: Part, fact: Fact, text: str) -> str | None:
    """The figure stands in one enumerated item of its sentence (一是心电监护…重复收费,涉及2.31万人次) and
    the thing asked is another item's (三是超标准收取一次性医用耗材费用,金额188.96万元): that item's
    figures, if any, are its own."""
    f = fact.fig
    folded = folded_doc(text)
    # the whole sentence to its full stop (the items are parted by ;, which ends a figure's own sentence)
    a = max(folded.rfind(c, 0, f.start) for c in "。!?\n") + 1
    b = min([i for i in (folded.find(c, f.end) for c in "。!?\n") if i >= 0] or [len(folded)])
    marks = [m.start() for m in _ITEM_MARK.finditer(folded, a, b)]
    if len(marks) < 2:
        return None
    bounds = marks + [b]
    items = [(bounds[i], bounds[i + 1]) for i in range(len(marks))]
    mine = next(((x, y) for x, y in items if x <= f.start < y), None)
    if mine is None:
        return None
    asked = _content(fold(part.measure))
    for name in sorted((n for n in part.who if len(n) >= 2), key=len, reverse=True):
        asked = asked.replace(_content(fold(name)), "")
    grams = bigrams(asked)
    if len(grams) < 3 or _share(grams, _content(folded[mine[0]:mine[1]])) >= 0.5:
        return None
    other = max((it for it in items if it != mine), key=lambda it: _share(grams, _content(folded[it[0]:it[1]])))
    if _share(grams, _content(folded[other[0]:other[1]])) < 0.75:
        return None
    return f"{asked}: the notice gives {f.text} ({fact.measure}) for another item of its list, not for it"


def whole_set_conflict(part: Part, fact: Fact) -> str | None:
    """`<set>中,<one kind>有多少` (违反中央八项规定精神问题中,违规吃喝问题有多少起) and the figure counts the
    set itself (查处违反中央八项规定精神问题3427起): the whole, not the kind asked within it."""
    # (不动产登记中心一共…: the 中 of 中心, 中国, 中央 says no "among")
    m = re.search(r"([\u4e00-\u9fff“”]{4,})中(?![心国央])[,,]?([\u4e00-\u9fff“”]{2,}?)(?:有|共有|是|为)?(?:多少|几)", fold(part.text))
    if not m:
        return None
    whole, kind = _content(m.group(1)), _content(m.group(2))
    if re.match(r"一共|总共|共|合计|累计|总计|先后|已经|已|还", m.group(2)):
        return None  # 日常巡查中一共报上来多少条: 中 says during, and what follows is the count's verb, no kind
    own = [g for g in bigrams(kind) if g not in whole]
    fm = _content(fold(fact.measure))
    if len(own) < 2 or _share(bigrams(whole)[-4:], fm) < 0.75 or any(g in fm for g in own):
        return None
    return f"{kind}: the notice gives {fact.fig.text} ({fact.measure}) for the whole, not for {kind} within it"


def breakdown_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A total followed by its breakdown (58个(瑾溪镇15个;…;瑾湾镇10个)) when the question asks about a
    place the breakdown gives a figure of its own: the total is not that place's."""
    f = fact.fig
    paren = re.match(r"\s*\(([^()]{0,200})\)", fold(text[f.end:f.end + 210]))
    if not paren:
        return None
    for m in _ADMIN.finditer(fold(question)):
        name = re.sub(r"^[在于对从向到]", "", m.group(0))  # 在瑾湾镇揪出…: the place, not its preposition
        if level_of(name) is not None and re.search(re.escape(name) + r"[^\d。;]{0,6}\d", paren.group(1)):
            return f"{name}: the notice gives {f.text} ({fact.measure}) for the whole; {name}'s own figure is in its breakdown"
    return None


def unlisted_item_conflict(question: str, fact: Fact, text: str) -> str | None:
    """The figure is one item of a 其中 breakdown whose items are things of one kind (其中厅局级干部21人、县处级
    干部97人), and the question asks another thing of that kind the breakdown does not list (乡科级干部): no item
    of the list is that thing's figure. The reason, or None."""
    f = fact.fig
    folded = folded_doc(text)
    a = f.sentence_start if f.sentence_start is not None else fact.clause_start
    at = folded.rfind("其中", a, f.start)
    if at < 0:
        return None
    stop = re.search(r"[,;。:\n]", folded[at:])
    run = folded[at + 2:at + stop.start() if stop else len(folded)]
    if f.start >= at + 2 + len(run):
        return None  # (the figure is past the breakdown's own clause)
    labels = [m.group(1) for piece in run.split("、") if (m := re.search(r"([\u4e00-\u9fff]{2,10})\d", piece))]
    if len(labels) < 2:
        return None
    kind = labels[0]
    for lbl in labels[1:]:
        k = 0
        while k < min(len(kind), len(lbl)) and kind[-1 - k] == lbl[-1 - k]:
            k += 1
        kind = kind[len(kind) - k:]
    if len(kind) < 2 or len(kind) >= min(len(x) for x in labels):
        return None  # (no kind the items share beyond their names: 物业费61.2万元、停车费25.27万元 share 费 only)
    q = fold(question).replace("的", "")  # (业主自筹的资金 is the list's 业主自筹资金)
    # each thing by the two characters before the kind (厅局级干部 of 立案审查调查厅局级干部)
    things = {lbl[-(len(kind) + 2):] for lbl in labels}
    asked = [m.group(0)[-(len(kind) + 2):] for m in re.finditer(r"[\u4e00-\u9fff]{2}" + re.escape(kind), q)]
    if not asked or any(a in things for a in asked):
        return None  # (an item the list gives is asked: its own figure answers)
    windows = [q[max(0, m.start() - 4):m.start()] for m in re.finditer(re.escape(kind), q)]
    if any(t[:-len(kind)] in w for t in things for w in windows):
        return None  # (停车费收益 asked of 停车收益: the item the list gives, said with a word more)
    if any(all(ch in w for ch in t[:-len(kind)]) for t in things for w in windows):
        return None  # (租价偏低的合同 of 低价合同: the item's words, said in another order)
    return f"{asked[0]}: the notice's breakdown lists {'、'.join(sorted(things))}, with no figure for it"


def named_person_here(question: str, text: str, pos: int) -> bool:
    """The question names a person by the notices' anonymised form (刘某某, 王某) that the paragraph
    holding `pos` names too: the record asked is that person's case."""
    from .textables import paragraph_start

    a = paragraph_start(text, pos)
    para = fold(text[a:pos + 200])
    return any(m.group(0) in para for m in re.finditer(r"[\u4e00-\u9fff]某某?", fold(question)))


# a body's own kind at the end of its name (甓山县康宁医院, 恒达建材有限公司): evidence.py's body inside a
# place, and part_conflict's firm named after its city
_BODY_KINDS = "医院|卫生院|公司|集团|学校|中学|小学|幼儿园|银行|支行|酒店|超市|药店|诊所|厂"


def part_conflict(question: str, fact: Fact, text: str) -> str | None:
    """The converse of subunit_conflict: the question asks about a place (郗原县) and the figure's
    clause gives it for a place below that one which the question never names (茶陂乡…累计办结率58.1%)."""
    q = fold(question)
    # (畁州市恒泰物业服务有限公司多收的物业费: a place that opens a firm's name asks the firm, whose work in an
    # estate is its own, not a part of the city's)
    asked = [lv for m in _ADMIN.finditer(q) if (lv := level_of(m.group(0))) is not None and not _NOT_PLACE.search(m.group(0))
             and not re.match(rf"[\u4e00-\u9fff]{{2,14}}?(?:有限责任公司|有限公司|公司|集团|{_BODY_KINDS})", q[m.end():])]
    if not asked:
        return None
    f = fact.fig
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    if named_person_here(q, text, f.start):
        return None  # (璷阳县…刘某某侵占的…: the person the question names picks the case, wherever it happened)
    if re.search(r"[那这](?:伙|帮|个|家|起|名|位|几个|几名|几家|件|宗)[\u4e00-\u9fff]{0,12}?(?:人|案|事|企业|公司|村民|商户|老板|干部)", q):
        return None  # (瓹西县瓹江边那伙人偷挖了多少: one case pointed at, not the county's whole; where it happened is its own)
    # the figure's own clause group, up to the figure; a parenthesis closed before it (a breakdown by
    # town, 珑港镇18人;珑湾乡14人) names the parts of the figure before the parenthesis, not of this one
    folded = folded_doc(text)
    closes, opens = folded.find(")", s0, f.start), folded.find("(", s0, f.start)
    if closes >= 0 and (opens < 0 or closes < opens):  # the sentence began inside the parenthesis (at a ;)
        s0 = max(folded.rfind("(", max(0, s0 - 200), s0), s0 - 200, 0)
    seg = blank_closed_parens(folded[s0:f.start])
    lead = re.split(r"[;;]", seg)[-1]
    line0 = folded.rfind("\n", 0, f.start) + 1
    if (label := re.match(r"\s*([\u4e00-\u9fff]{2,12}?)[:：]", folded[line0:s0 + 1])) and _ADMIN.fullmatch(label.group(1)):
        lead = label.group(1) + "," + lead  # (瘧东街道:检查单位745家,…。督查期间发生火灾11起: the line's label is whose it is)
    for m in _ADMIN.finditer(lead):
        name = m.group(0)
        lv = level_of(name)
        stem = re.sub(r"(?:街道|社区|镇|乡|村)$", "", name)
        # only towns, townships, streets and villages: a 区 in a notice's sentence is as often a kind of
        # zone (超采区, 保护区) as a district, a 新村 a housing estate
        if lv is not None and lv > max(asked) and lv >= 3 and stem not in q and name[1:] not in q and not _NOT_PLACE.search(name) \
                and not generic_place(name) and not name.endswith("新村") \
                and not (name.endswith("村") and re.match(r"[\"“”]?[级民务干集委两组党]", lead[m.end():m.end() + 2])):
            # (结合村级组织换届: 村级 is a level of bodies, no village named)
            # (审计发现璙溪镇、璙河乡5个项目虚报…共计2,316.5亩: what a check found, listed by where it was
            # found and summed, is all it found; the whole's figure)
            if "、" in (lead[m.start() - 1:m.start()] + lead[m.end():m.end() + 1]) and re.search(r"共计|合计|总计|共", lead[m.end():]) \
                    and said_action(lead[:m.start() + 1], frozenset({"find"})):
                continue
            if re.search(r"、[^,;。]{0,30}$", lead[:m.start()]) and re.match(r"[^,;。]{0,20}?等\s*(?:\d+|[一二三四五六七八九十两]+)[个家处项所座]", lead[m.end():]):
                continue  # (…集镇污水管网工程、璙山村道路硬化工程等5个项目…审减286.74万元: an example of the set counted)
            if any(len(a.group(0)) >= 3 and lead[:m.start()].endswith(a.group(0)) for a in _ADMIN.finditer(q)):
                continue  # (用于甑北镇甑坪村产业路建设,新建产业路4.6公里: where in the town asked the work is, not a share of it)
            return f"{name}: the notice gives {f.text} ({fact.measure}) for {name}, a part of what is asked"
    # (五、眃桥街道治理情况 … 辖区纳入…监管资金1582.6万元: a section headed by a place below the one asked is
    # that place's, though its sentences never name it again)
    # (a heading line of its own, not a numbered case that runs on: 五、盙南镇盙石村党支部书记…问题。2023年…)
    heads = list(re.finditer(r"(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]{1,3}[、.．]([^\n。]{2,30})(?=\n)", folded[:f.start]))
    if heads:
        for m in _ADMIN.finditer(heads[-1].group(1)[:16]):
            name, lv = m.group(0), level_of(m.group(0))
            stem = re.sub(r"(?:街道|社区|镇|乡|村)$", "", name)
            if m.start() == 0 and lv is not None and lv > max(asked) and lv >= 3 and stem not in q and name[1:] not in q \
                    and not _NOT_PLACE.search(name) and not generic_place(name):
                return f"{name}: the notice gives {f.text} ({fact.measure}) in {name}'s section, a part of what is asked"
    # a housing estate named before the figure (其中,璹安佳苑清退…38户) is a part of the district asked, as a town is
    for m in re.finditer(r"(?<![的在和与及对把被从向将])[\u4e00-\u9fff]{2,4}?(?:小区|家园|花园|佳苑|公寓|新苑|华庭)", lead):
        name = m.group(0)
        listed = "、" in lead[max(0, m.start() - 1):m.start()] or re.match(r"[\u4e00-\u9fff]{0,2}、", lead[m.end():])
        if name not in q and not generic_place(name) and not re.match(r"[老新旧各全本该其所]", name) and name[:2] not in q \
                and not listed:  # (…区块、金平公寓区块、…共计197户: one of the estates all counted together)
            return f"{name}: the notice gives {f.text} ({fact.measure}) for {name}, a part of what is asked"
    return None


# a question that reads a table row by row: a ranking, each unit, one of them
_PER_ROW_Q = re.compile(r"哪|各|分别|每|最|排名|排第|第[一二三四五六七八九十\d]+名")


def row_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A table's row for one place (琅川县) answers for that place: asked for the whole (全市受理的线索)
    when the table has a total row, it is a part's figure, and the total row answers. A question that
    reads the table row by row (哪个县最多, 各县) or names the row is left alone."""
    got = row_name(text, fact.fig.start)
    if got is None:
        return None
    name, totalled = got
    q = fold(question)
    if not totalled or _TOTAL_ROW.search(name) or level_of(name) is None or generic_place(name) or _PER_ROW_Q.search(q):
        return None
    stem = re.sub(r"(?:自治区|街道|社区|[省市州盟区县旗镇乡村])$", "", name)
    if name in q or len(stem) >= 2 and stem in q:
        return None
    return f"{name}: the notice gives {fact.fig.text} ({fact.measure}) for {name}'s row; the table's total row gives the whole"


def _dept_variants(name: str) -> list[str]:
    """A department as a question names it, with and without the place before it (疩县人社局 → 人社局); a
    short name keeps its level's character (畄州市监局 → 市监局, not 监局)."""
    m = re.match(r"^([\u4e00-\u9fff]{1,4}?)([省市县区]|街道|镇|乡)(?=[\u4e00-\u9fff]{2})", name)
    if not m:
        return [name]
    rest = name[m.end():]
    return [name, rest if len(rest) >= 3 else m.group(2) + rest]


def _asked_departments(question: str) -> list[str]:
    """The departments a question names, each without a preposition before it (瑩阳县对县水利局 → 县水利局)
    or a word that points at it (癝阳乡那个农业服务中心 → 农业服务中心)."""
    # (not a 中心 that opens a longer body's name: 睎口镇中心卫生院 is a clinic, no department)
    q = fold(question)
    return [re.split(r"[对向给把被由在和与及的]|[那这][个家所]|该", m.group(0))[-1] for m in _ANY_DEPT.finditer(q)
            if not re.match(r"卫生院|医院|小学|中学|学校|幼儿园|所|站", q[m.end():])]


def _abbreviates(short: str, full: str) -> bool:
    """市监局 of 市市场监管局, 住建局 of 县住房和城乡建设局: the short name's characters, its kind's last one
    aside, stand in order in the full name, the first among its first few."""
    kind = re.search(r"(?:局|中心|办公室)$", short)
    core = short[:kind.start()] if kind else short
    if len(core) < 2 or kind is None or not full.endswith(kind.group(0)):
        return False
    at = full.find(core[0])
    if not 0 <= at <= 3:
        return False
    for ch in core[1:]:
        at = full.find(ch, at + 1)
        if at < 0:
            return False
    return True


_SUBJECT_DEPT = re.compile(r"(?:^|其中[,，]?|[,，;；。])\s*((?:[\u4e00-\u9fff]{1,4}?[省市县区])?[\u4e00-\u9fff]{2,14}?(?:局|中心|办公室))"
                           r"(?=[\u4e00-\u9fff]{1,8}?\d)[^,，;；。]*[,，]\s*[^,，;；。]*$")


def dept_subject_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A department the question names (人社局…办结率) and a figure that follows another department's own
    count in its sentence (其中,县住房和城乡建设局办结71条,办结率91.0%): the rate is that department's."""
    f = fact.fig
    asked = [x for d in _asked_departments(question) for x in _dept_variants(d)]
    if not asked or _ANY_DEPT.search(fold(text[fact.clause_start:f.start])):
        return None
    sent_start = f.sentence_start if f.sentence_start is not None else fact.clause_start
    if any(len(d) >= 3 and d in fold(text[sent_start:f.start]) for d in asked):
        return None  # (县审计局对县水利局…查出问题23个: the department asked is named in the sentence, the audited one)
    subj = _SUBJECT_DEPT.search(fold(text[sent_start:fact.clause_start]))
    if subj is not None and re.search(r"[该本我此其]局$|[该本我此其]中心$", subj.group(1)):
        return None  # (巡察反馈该局问题24条,该局党组立行立改8条: 该局 points back at the body named before)
    if subj is None or any(dept_named_at(d, subj.group(1)) or d in subj.group(1) or _dept_variants(subj.group(1))[-1] in d
                           or _abbreviates(d, subj.group(1)) for d in asked):
        return None
    return f"{asked[-1]}: figure not given; the notice gives {f.text} ({fact.measure}) for {subj.group(1)}"


def owner_dept_conflict(question: str, fact: Fact, text: str, outline=None) -> str | None:
    """A department the question names, and a figure inside another department's own record (a register's
    block whose 责任单位：市民政局 line owns its amounts, wherever in the block): that department's figure."""
    f = fact.fig
    owner = next((o.subject for o in getattr(outline, "owners", None) or [] if o.start <= f.start < o.end and o.subject == f.subject), None)
    if not owner or not re.search(r"(?:局|委|委员会|办公室|中心)$", fold(owner)):
        return None
    asked = [x for d in _asked_departments(question) for x in _dept_variants(d)]
    subj = fold(owner)
    # (璸山区人力资源和社会保障局就业服务中心 is a unit of the 人社局 asked: any department its name holds)
    held = [subj] + [m.group(0) for m in _ANY_DEPT.finditer(subj)]
    if not asked or any(dept_named_at(d, h) or d in h or _abbreviates(d, h) or _dept_variants(h)[-1] in d for d in asked for h in held):
        return None
    if any(len(d) >= 3 and d in fold(text[record_start(text, f.start):f.start]) for d in asked):
        return None  # (the department asked named in the figure's own record before it: the record speaks of it)
    return f"{asked[-1]}: figure not given; the notice gives {f.text} ({fact.measure}) for {owner}"


def listed_dept_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A department the question names, which the notice names only as one item of a list of departments
    each with its own figure (县住房和城乡建设局78条、县教育局63条、县人力资源和社会保障局52条): a figure whose
    sentence does not name it is not its own (the whole's 办结率96.9%, 人社局的办结率 asked)."""
    f = fact.fig
    folded = folded_doc(text)
    sent_start = f.sentence_start if f.sentence_start is not None else fact.clause_start
    sent_end = f.sentence_end if f.sentence_end is not None else fact.clause_end
    sent = folded[sent_start:sent_end]
    head = fold("\n".join(text.lstrip().split("\n")[:3]))
    for whole in _asked_departments(question):
        d = _dept_variants(whole)[-1]
        forms = [x for v in _dept_variants(whole) for x in dept_forms(v) if len(x) >= 3]
        if not forms or any(x in sent or x in head for x in forms):
            continue  # (the notice's issuer, 市市场监管局 over its own notice, speaks for every figure)
        before = [m for m in _ANY_DEPT.finditer(folded[max(0, min(f.start - 400, _paragraph_start(text, f.start))):sent_start])
                  if not re.search(r"[我本该其此](?:局|中心|办公室)$", m.group(0))]  # (…反馈我局: the speaker's own)
        if before and any(x in before[-1].group(0) for x in forms):
            continue  # (璂州市自然资源局局长 孙某某：…我们…: the department named last before the figure speaks)
        for m in re.finditer("|".join(map(re.escape, forms)), folded):
            if not re.match(r"[\u4e00-\u9fff]{0,4}\d", folded[m.end():m.end() + 6]):
                continue
            a = max(folded.rfind(c, 0, m.start()) for c in "。;；\n") + 1
            b = min([x for x in (folded.find(c, m.end()) for c in "。;；\n") if x >= 0] or [len(folded)])
            if len(re.findall(_ANY_DEPT.pattern + r"(?=[\u4e00-\u9fff]{0,4}\d)", folded[a:b])) >= 3:
                return f"{d}: figure not given; the notice gives {d} only as one item of a list of departments, and {f.text} ({fact.measure}) is not its own"
    return None


# a body's own headquarters and the units under it: two levels of one organisation, neither the other's
_ORG_TOP = re.compile(r"本部|总部|机关本级|本级")
_ORG_UNDER = re.compile(r"下属|所属|子公司|分公司|二级单位|基层单位|成员单位")


def org_level_conflict(question: str, fact: Fact, text: str) -> str | None:
    """集团本部 asked, 下属子公司追责问责21人 stated (or the other way round): the figure counts the other level
    of the organisation, which the question leaves out."""
    f = fact.fig
    q = fold(question)
    folded = folded_doc(text)
    a = max(folded.rfind(c, 0, fact.clause_start - 1) for c in ",，;；。\n") + 1
    local = folded[a:f.start] + fold(fact.measure or "")
    for asked, other in ((_ORG_TOP, _ORG_UNDER), (_ORG_UNDER, _ORG_TOP)):
        if (qa := asked.search(q)) and not other.search(q) and (lo := other.search(local)) and not asked.search(local):
            return f"{qa.group(0)}: figure not given; the notice gives {f.text} ({fact.measure}) for {lo.group(0)} units"
    return None


def _row_label(text: str, row) -> str:
    """A table row's name: its cells that are not bare numbers or ranks (序号, 第1名), joined."""
    return " ".join(cell for a, b in row.cells if (cell := text[a:b].strip())
                    and not re.fullmatch(r"第?[\d.,，%()（）\s-]+名?|第?[一二三四五六七八九十]+名?", cell))


def unnamed_row_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A cell of a table with no total row is its own row's figure (疨北镇安泰养老院 | 10): asked for the
    whole (一共揪出了多少处隐患), naming no row and not reading the table row by row, it is a part's, and
    the total said in prose answers (or nothing does). A row is named by two characters of its name that
    no other row's name has (福利 of 社会福利中心)."""
    from .textables import _same_table, row_at

    f = fact.fig
    row = row_at(text, f.start)
    if row is None or row.column < 0 or not re.fullmatch(r"[\d.,，]+\s*[^\d\s]{0,3}", text[row.cells[row.column][0]:row.cells[row.column][1]].strip()):
        return None  # (a ledger's cell of prose, 向客户退还不当收费135.6万元, is read by its words, not its row)
    rows = [row] + list(_same_table(text, f.start, row))
    raw = [_row_label(text, r) for r in rows]
    labels = [fold(re.sub(r"[(（][^)）]*[)）]", "", x)) for x in raw]
    q = fold(question)
    own = labels[0]
    if len(rows) < 3 or len(own) < 2 or any(_TOTAL_ROW.search(x) for x in labels) or _PER_ROW_Q.search(q):
        return None
    first = next((c for c in raw[0].split(" ") if c), "")
    if not re.search(r"(?:院|所|站|中心|公司|集团|局|委|[省市县区镇乡村]|街道|社区|学校|公寓|园|厂|店|馆|队)$", fold(re.sub(r"[(（][^)）]*[)）]", "", first))):
        return None  # (a row of a measure, 受理投诉 by year, is not a body's: the columns say whose)
    others = labels[1:]
    if any(own[i:i + 2] in q and not any(own[i:i + 2] in o for o in others) for i in range(len(own) - 1)):
        return None
    return f"{own}: the notice gives {f.text} ({fact.measure}) in {own}'s row of a table; the question names no row"


_JOIN = re.compile(r"\s*[、和及与]\s*")


def paren_owner_conflict(question: str, fact: Fact, text: str) -> str | None:
    """A value in parentheses right after a place's name is that place's (满意率方面,畘山县(96.30%)、畘东区
    (95.82%)…): a question that names another place of the same level, and not this one, asks another value."""
    f = fact.fig
    folded = folded_doc(text)
    if folded[f.start - 1:f.start] != "(" or folded[f.end:f.end + 1] != ")":
        return None
    m = re.search(r"([\u4e00-\u9fff]{1,8}?(?:自治区|街道|社区|省|市|州|区|县|旗|镇|乡|村))$", folded[max(0, f.start - 10):f.start - 1])
    if not m:
        return None
    own = m.group(1)
    q = fold(question)
    if own in q or (lv := level_of(own)) is None:
        return None
    for a in _ADMIN.finditer(q):
        name = a.group(0)
        if level_of(name) == lv and name in folded and name != own and not own.endswith(name) and not name.endswith(own):
            return f"{name}: figure not given; the notice gives {f.text} ({fact.measure}) for {own}"
    return None


def group_conflict(question: str, fact: Fact, text: str) -> str | None:
    """The question names one place, and the figure's clause gives the figure for that place listed
    with others it never names (督促琅江市、琅阳市清退…436户): the group's figure, not the one
    place's. A list the clause splits (分别, 各) is left to the other checks."""
    q = fold(question)
    def a_place(name: str) -> bool:  # (乡村振兴, 部分乡: words that end like a place and name none)
        return not _NOT_PLACE.search(name[1:]) and not generic_place(name) and "乡村" not in name and "城乡" not in name

    asked = [m.group(0) for m in _ADMIN.finditer(q) if a_place(m.group(0))]
    if not asked:
        return None
    f = fact.fig
    folded = folded_doc(text)
    # a place broken over a wrapped line (琅阳 市) is one name here; offsets are not needed
    # (畘北新区(93.08%)、畘江县(92.51%): names each with its own value in parentheses are no group)
    seg = re.sub(r"\s+", "", blank_closed_parens(re.sub(r"\([^()]*\d[^()]*\)", "|", folded[fact.clause_start:f.start])))
    if re.search(r"分别|各", seg + folded[f.end:fact.clause_end]):
        return None
    names = [m for m in _ADMIN.finditer(seg) if a_place(m.group(0))]
    s0 = getattr(f, "sentence_start", None)
    s0 = fact.clause_start if s0 is None else s0
    if not names and s0 < fact.clause_start:
        # 对琾川市、琾溪市等4个…城市挂牌督办,督办案件178件: the places the sentence opened with, when the
        # figure's own clause names none, are those it counts
        seg = re.sub(r"\s+", "", blank_closed_parens(folded[s0:f.start]))
        for a in asked:
            if (lst := re.search(r"((?:[\u4e00-\u9fff]{2,6}、)*" + re.escape(a[-3:]) + r"(?:、[\u4e00-\u9fff]{2,6})*)等(?:其余|其他|另外)?(?:\d+|[一二三四五六七八九十两]+)个", seg)) \
                    and "、" in lst.group(1):
                return f"{a[-3:]}: the notice gives {f.text} ({fact.measure}) for {lst.group(0)} together, not for {a[-3:]} alone"
    same = lambda a, b: a.endswith(b[-3:]) or b.endswith(a[-3:])  # noqa: E731 - 促琅江市 is 琅江市
    i = 0
    while i < len(names):
        j = i
        while j + 1 < len(names) and _JOIN.fullmatch(seg[names[j].end():names[j + 1].start()]):
            j += 1
        members = [m.group(0) for m in names[i:j + 1]]
        hit = [m for m in members if any(same(m, a) for a in asked)]
        rest = [m for m in members if m not in hit and m[-3:] not in q]
        if len(members) > 1 and hit and rest:
            named = next(a for a in asked if same(hit[0], a))
            return (f"{named[-3:]}: the notice gives {f.text} ({fact.measure}) for "
                    f"{'、'.join(m[-3:] for m in members)} together, not for {named[-3:]} alone")
        i = j + 1
    return None


_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10})等(?:\d+|[一二三四五六七八九十两]+)(?:批次|[座个所家条处项名户村批种类])")


def listed_member_conflict(question: str, fact: Fact, text: str) -> str | None:
    """The question names one thing that the figure's sentence counts with others (317.5万元,完成琰山水库、
    琰塘水库等5座水库渗漏隐患处置): the figure is the group's, not that one thing's."""
    f = fact.fig
    folded = folded_doc(text)
    a = f.sentence_start if f.sentence_start is not None else fact.clause_start
    b = f.sentence_end if f.sentence_end is not None else fact.clause_end
    q = fold(question)
    for m in _LISTED.finditer(folded, a, b):
        # (蔬菜、禽蛋、水产品等32批次: goods, two characters each, only for the list's own count)
        goods = m.group(0)[-2:] == "批次" or m.group(0)[-1] in "批种类"
        things = goods and m.start() <= f.start < m.end()
        if goods and not things:
            continue  # (耕地地力保护补贴、低保、临时救助等17类: the kinds listed are no count of this figure)
        least = 2 if things else 3
        members = [x for x in m.group(1).split("、") if len(x) >= least]
        # (the first member may carry the verb before it: 完成琰山水库 names 琰山水库)
        named = [next(x[i:] for i in range(len(x) - least + 1) if x[i:] in q) for x in members
                 if x in q or any(x[i:] in q for i in range(len(x) - least + (1 if things else 0)))]
        own = re.split(r"[,;。]", folded[m.end():b])[0]  # (…等32批次,…分别处以罚款3000元、2000元: another clause's 分别)
        if named and len(named) < len(members) and not re.search(r"分别|各", folded[a:m.start()] + m.group(0) + own):
            return f"{named[0]}: the notice gives {f.text} ({fact.measure}) for {m.group(0)} together, not for {named[0]} alone"
    return None


def sibling_section_conflict(question: str, fact: Fact, text: str, outline=None) -> str | None:
    """The figure stands under a heading that is only a body's name ((四)心血管内科, (一)瑢湖区) and the
    question names another body of that kind the notice also names (影像科, listed in the opening
    only): the figure is the heading's body's, not the one asked."""
    from .owners import _BODY, _NOT_NAME, _SUFFIX, same_body
    from .parse import strip_marker

    heads = section_headings(outline, fact.fig.start)
    if not heads:
        return None
    title = strip_marker(heads[0].strip()).strip(" 。:")
    q, folded = fold(question), folded_doc(text)
    kind = re.search(_SUFFIX + "$", title)
    if not kind or not _BODY.fullmatch(title) or _NOT_NAME.match(title) or len(title) > 16:
        # a case's heading that opens with the body it is about (案例一：睎川县仁济医院过度诊疗、串换项目收费案)
        # and a body of that kind the question names that opens another heading of the notice (案例五：睎川县中医院…)
        case = re.match(r"(?:(?:典型)?案例|案件)?[一二三四五六七八九十\d]{0,3}[:：、.．]?\s*([\u4e00-\u9fff]{2,20}?" + _INSTITUTION + ")", title)
        if not case:
            return None
        body = case.group(1)
        others = [fold(strip_marker(h.text.strip())) for h in getattr(outline, "headings", None) or []]
        for m in re.finditer(_INSTITUTION, q):
            e = m.end()
            name = next((q[e - n:e] for n in range(min(e, 12), len(m.group(0)) + 1, -1)
                         if re.fullmatch(r"[\u4e00-\u9fff]+", q[e - n:e]) and any(re.sub(r"^(?:(?:典型)?案例|案件)?[一二三四五六七八九十\d]{0,3}[:：、.．]?\s*", "", o).startswith(q[e - n:e]) for o in others)), None)
            if name and name not in body and body not in name and not same_body(name, body):
                return f"{name}: the notice gives {fact.fig.text} ({fact.measure}) under the case of {body}, not for {name}"
        return None
    for m in re.finditer(re.escape(kind.group(0)), q):
        e = m.end()
        name = next((q[e - n:e] for n in range(min(e, 10), len(kind.group(0)) + 1, -1)
                     if re.fullmatch(r"[\u4e00-\u9fff]+", q[e - n:e]) and q[e - n:e] in folded), None)
        # a name the notice uses as one (listed with 、, or a heading's: 清查村集体资产 names no 村), not the
        # heading's own under another spelling (市政数局 is 市政务服务数据管理局), nor the notice's own in its
        # title (the whole asked: whole_conflict's)
        used = name and re.search(rf"(?:^|\n|、|[)）])\s*{re.escape(name)}(?=[、,。:;等\n])|{re.escape(name)}、", folded)
        if used and not _NOT_NAME.match(name) and name not in title and title not in name and not same_body(name, title) \
                and name not in folded[:folded.find("\n")]:
            return f"{name}: the notice gives {fact.fig.text} ({fact.measure}) under {title}, not for {name}"
    return None


# bodies a case is about (a hospital, a shop, a firm), not the places their names open with
_INSTITUTION = r"(?:卫生院|医院|门诊部|诊所|药店|药房|大药房|有限公司|公司|集团|超市|商场|酒店|宾馆|饭店|餐厅|加油站|幼儿园|小学|中学|学校|学院|合作社|厂|养老院|敬老院)"


_LEADING_PLACES = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}?(?:省|(?<!超)市(?!场)|州|县|区|镇|乡|街道))+")


def owned_elsewhere_conflict(question: str, fact: Fact, text: str, outline=None) -> str | None:
    """The question names a body the notice gives an item of its own (2. 甽水县甽城镇鲜丰农贸市场：…), by
    that name or by its name without the places it opens with, and the figure stands outside every item
    of that body and its sentence does not name it: the figure is another body's or the whole's (没收违法
    所得2716元 in the opening, asked of 鲜丰农贸市场)."""
    owners = getattr(outline, "owners", None) or []
    if not owners:
        return None
    q, f = fold(question), fact.fig
    s0 = f.sentence_start if f.sentence_start is not None else fact.clause_start
    s1 = f.sentence_end if f.sentence_end is not None else fact.clause_end
    sentence = fold(text[s0:s1])
    spans: dict[str, list] = {}
    for o in owners:
        name = fold(o.subject or "")
        core = _LEADING_PLACES.sub("", name)
        asked = name if name in q else core if len(core) >= 4 and core in q else None
        if asked:
            spans.setdefault(asked, []).append(o)
    para = fold(text[min(_paragraph_start(text, f.start), record_start(text, f.start)):f.start])
    heads = " ".join(section_headings(outline, f.start)) if outline is not None else ""
    for asked, its in spans.items():
        if any(o.start <= f.start < o.end for o in its) or asked in sentence or (f.subject and asked in fold(f.subject)) \
                or asked in para or asked in fold(heads):
            continue  # (2.瓿城物业公司存在…问题。…共计86.47万元: its paragraph names it, whatever spans were read)
        return f"{asked}: the notice gives {f.text} ({fact.measure}) outside {asked}'s own item; its figure is not given there"
    return None
