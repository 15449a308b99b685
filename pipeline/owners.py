"""Whose a figure is: the body or programme the structure closest to it names.

The outline's sections give a figure the subject of its heading, or the notice's own. Many notices
name the owner nearer the figure, in structures of the genre rather than in headings of their own:

- a numbered item that opens with a body: `（七）珣石村。针对…`, `6.珮安大药房…珮河分店：违规类型…`,
  `5.璋北县人民医院原副院长…问题` (a typical case names the unit before the person);
- a numbered item that names who answers for it: `(一)关于…的问题(责任单位:县财政局)`;
- a numbered item of a programme notice whose paragraph names its lead unit (`牵头单位：…`): the
  programme, as the outline already does for top-level headings;
- a paragraph that opens with a body and a colon: `璞宁县:整改质量不高…`;
- a record of `label：value` lines (a ledger read row by row) whose `责任单位` is a body of its own
  (`玙溪县人民政府`, `琇能新能源有限公司`), not a department of the notice's own body (`战略投资部`);
- a table row whose cell is a body (`第9名　璞水县　得分84.7分`).

Each is an owner span; the innermost one holding a figure names its subject. A notice's self-chosen
short name (`…有限公司（以下简称琇能集团）`) is how it names that body everywhere after. Pure string
work on the folded text; nothing here changes where chunks are cut.
"""
from __future__ import annotations

import re

from .question import WATER_KINDS, WATER_SUFFIX
from .types import Heading, Section

_SUFFIX = (
    r"(?:人民政府|政府|管理委员会|管委会|委员会|办事处|街道|社区|村|镇|乡|县|区|市|州|盟|旗|局|厅|委|办|"
    r"卫生院|医院|门诊部|诊所|院|中心|有限公司|分公司|公司|分店|药店|药房|集团|支行|银行|幼儿园|小学|中学|学校|"
    r"大学|学院|处|所|站|中队|大队|队|科|股|部|联合会|协会|合作社|社|厂|场|矿|粮库|直属库|储备库|分库|"
    r"农贸市场|市场|商场|超市|食堂|餐厅|饭店|酒店|宾馆|便利店|加油站)"
)
# a name holds no function word (是, 的, 对…): 一是全域推进农村 is no village
_BODY = re.compile(rf"[^\W\d_a-zA-Z是的了对在为将把从按由向等共]{{1,28}}{_SUFFIX}")
# what may follow a body that opens an item: punctuation, or the person of a typical case (原副院长…)
_AFTER_ITEM = re.compile(
    r"[。:;,\s(]|$|原|时任|党(?:委|组|工委|支部|总支)|主要负责人|负责人|工作人员|职工|干部|"
    r"[\u4e00-\u9fff]{0,4}?(?:书记|主任|院长|局长|所长|站长|镇长|乡长|村长|校长|经理|会计|出纳|科长|处长|队长|社长|厂长)"
)
# after a paragraph's opening body: a colon, or a speaker's post and name before it (市教育局副局长 顾振东:)
_AFTER_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,8}?副?(?:局长|处长|科长|主任|书记|委员|负责人|专员|主席|经理|总监|院长|校长|部长|厅长|"
                         r"县长|市长|区长|镇长|乡长|所长|站长|队长)\s*[\u4e00-\u9fff·]{2,4})?(?:\([^()]{1,8}\))?\s*[:]"
                         r"|。")  # (瓧坪乡。针对低保评定…: a paragraph titled by its body, then a full stop)
# words that start no body's name: a quantifier or a pronoun (各村, 全镇, 本单位, 部分乡镇)
_NOT_NAME = re.compile(r"^(?:[各全本我该每其此另某]|集团|公司|有的|部分|个别|相关|有关|所属|下属|农村|乡村|城乡|城区|城镇|社区|关于|针对|加强|落实|推进|开展|成立|完成|建立|健全|深化|强化|严格|全面|持续|扎实|积极|主动|切实|坚持|着力|"
                       r"围绕|督促|组织|召开|制定|出台|实施|投入|新建|改造|整治|清理|查处|累计|"
                       # a kind of body, not one body: 定点零售药店, 基层医疗机构, 民营医院, 村级组织
                       r"定点|基层|民营|公立|私立|村级|乡镇|县级|市级|省级|区级|行业|涉事|问题)")
_DUTY = re.compile(r"[(]\s*(?:责任单位|责任部门|整改责任单位)[:]\s*([^()\n]+?)\s*[)]")
_PROGRAMME_LEAD = re.compile(r"(?:牵头单位|牵头部门|责任单位)[:]")
_RECORD_DUTY = re.compile(r"^(?:整改)?(?:责任单位|责任部门|牵头单位|牵头部门|责任主体)[:]\s*([^\n]+)", re.M)
_LABEL_LINE = re.compile(r"[^\n:。;]{1,12}[:]")
# a body of its own: named with its place or as an organisation, not a department of the notice's body
_OWN_BODY = re.compile(rf"^[\u4e00-\u9fff]*?[省市区县镇乡村旗州]|(?:街道|社区|人民政府|管委会|有限公司|公司|集团|医院|卫生院|门诊部|诊所|药店|药房|分店|学校|银行|大学|学院){'$'}")
_OVERSEER = re.compile(r"(?:纪委|监委|纪检监察组|纪工委|巡察办|巡视办|领导小组|领导小组办公室|整改办)$")
_ALIAS = re.compile(r"([\u4e00-\u9fff]{4,30}?)[(]以下(?:简称|称)[“\"]?([\u4e00-\u9fff]{2,10}?)[”\"]?[)]")


# a paragraph headed by a case named after its party (皬州悦颜医疗美容门诊部使用未经注册医疗器械案。); not a
# body that handles a case (瓡州市税务局稽查局联合公安等部门查处该案。)
_CASE_LINE = re.compile(rf"([^\W\d_a-zA-Z是的了对在为将把从按由向等共]{{2,24}}{_SUFFIX})(?=(?:(?!该|此|本|查处|办理|联合|侦办|审理|立案)[\u4e00-\u9fff“”\"]){{2,40}}?案[。:])")
# a heading that tells one body's work (皩源县分局整改情况, 县财政局整改落实情况)
# a paragraph opened by an enumerator and a body's name said as a sentence of its own (二是X有限公司。…)
_ENUMERATED_BODY = re.compile(r"(?:答[:：]\s*)?(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]+[,、:]?)\s*([^\W\d_a-zA-Z]{3,30}?)。")
_TOLD_OF = re.compile(r"(.{2,28}?)的?(?:巡察整改|问题整改|整改落实|整改|整治|工作|推进|落实)?(?:进展情况|情况|进展|成效)")
# a stretch of a river named as a heading (皡江干流皡阳段, 皡河皡溪镇段)
_WATER_STRETCH = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?(?:{WATER_SUFFIX})(?:干流|支流|干渠)?[\u4e00-\u9fff]{{1,6}}?段")
# a river, lake, canal or reservoir named before a colon (畂江:, 畂阳湖:), a body of a 河湖长制 notice
_WATER_LEAD = re.compile(rf"([\u4e00-\u9fff]{{1,6}}?(?:{WATER_SUFFIX}|湾|港))\s*[:]")


def body_at_start(s: str, after: re.Pattern = _AFTER_ITEM) -> str | None:
    """The longest body's name `s` opens with, when what follows it may follow a name there."""
    if _NOT_NAME.match(s):
        return None
    for i in range(min(len(s), 30), 2, -1):
        if _BODY.fullmatch(s, 0, i) and after.match(s, i):
            return s[:i]
    return None


def _own(name: str | None) -> str | None:
    """A body named as itself (its place, or an organisation's kind), not a category (基层水利站所).
    The discipline and inspection bodies that run a campaign report for the whole place, not as a
    unit of it: their paragraphs keep the section's subject."""
    return name if name and _OWN_BODY.search(name) and not _OVERSEER.search(name) else None


def first_body(listing: str) -> str | None:
    """The first unit of a `责任单位` listing (玙溪县人民政府，市水利局 → 玙溪县人民政府)."""
    first = re.split(r"[,、;。\s]|及|牵头|配合", listing.strip(), maxsplit=1)[0]
    return first if len(first) >= 3 and _BODY.fullmatch(first) and not _NOT_NAME.match(first) else None


def aliases(text: str) -> dict[str, str]:
    """The notice's short names: the long name (without 中共/党委) → what the notice calls it after."""
    # (a generic word is no name: 以下简称“集团” says which body, not what to call it in a list of bodies)
    return {_core(m.group(1)): m.group(2) for m in _ALIAS.finditer(text)
            if len(_core(m.group(1))) >= 4 and len(m.group(2)) >= 3}


def _core(name: str) -> str:
    name = re.sub(r"^(?:中共|中国共产党)", "", name)
    return re.sub(r"(?:党工委|党委|党组|党总支|委员会)$", "", name)


def named(subject: str | None, short: dict[str, str]) -> str | None:
    """The subject as the notice names it once it has given it a short name."""
    if not subject or not short:
        return subject
    core = _core(subject)
    for long, name in short.items():
        # (the long name is read back to where its run of characters starts: 巡视组对琇江省…有限公司)
        if core == long or (len(core) >= 6 and long.endswith(core)) or (len(long) >= 6 and long in core and len(core) - len(long) <= 4):
            return name
    return subject


def same_body(a: str, b: str) -> bool:
    """Two names of one body: equal cores, or one the other's abbreviation (市市场监管局 for
    瑀州市市场监督管理局: the short one's characters in order in the long one, the same kind at the end)."""
    a, b = _core(a), _core(b)
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or short[-1] != long[-1]:
        return short == long
    it = iter(long)
    return all(ch in it for ch in short)


def owner_sections(doc: str, text: str, headings: list[Heading], strip_marker) -> list[Section]:
    """Owner spans of `text` (folded: ASCII punctuation), innermost meant to win. `strip_marker` is the
    outline's own (parse.strip_marker: every numbering style it reads as a heading)."""
    out: list[Section] = []
    numbered = [h for h in headings if h.kind in ("numbered", "problem")]
    for i, h in enumerate(numbered):
        end = next((g.start for g in numbered[i + 1:] if g.level <= h.level), len(text))
        line_end = text.find("\n", h.start)
        line = text[h.start:line_end if line_end != -1 else len(text)]
        title = strip_marker(line.strip())
        duty = _DUTY.search(line)
        who = first_body(duty.group(1)) if duty else None
        who = who or _own(body_at_start(title))
        if not who and (told := _TOLD_OF.fullmatch(title)):
            who = _own(body_at_start(told.group(1) + "。"))  # (三、皩源县分局整改情况: the body whose work the section tells)
        if not who and (stretch := _WATER_STRETCH.fullmatch(title)):
            who = stretch.group(0)  # (（一）皡江干流皡阳段: a heading that names a stretch of a river owns its section)
        if who:
            out.append(Section(doc, h.start, end, who, None, h))
            continue
        nxt = next((g.start for g in headings if g.start > h.start), len(text))
        if h.level >= 2 and _PROGRAMME_LEAD.search(text, h.start, min(nxt, end)):
            name = re.split(r"[。:;(]", title, maxsplit=1)[0].strip()
            if 2 <= len(name) <= 30:
                out.append(Section(doc, h.start, end, name, None, h))
    heads = {h.start for h in headings}
    pos = 0
    for raw in text.splitlines(keepends=True):
        a, b = pos, pos + len(raw.rstrip("\n"))
        pos += len(raw)
        lead = len(raw) - len(raw.lstrip(" \u3000\t▶►•●◆■□·-—"))  # (a bullet before the body is no word)
        if a + lead in heads or b - a < 8:
            continue
        who = _own(body_at_start(text[a + lead:b], _AFTER_LEAD))
        if not who and (told := _ENUMERATED_BODY.match(text, a + lead, b)) and not _NOT_NAME.match(told.group(1)) \
                and body_at_start(told.group(1) + "。") == told.group(1):
            who = _own(told.group(1))  # (二是盉州城市投资发展集团有限公司。巡察反馈该集团问题35条…: the body it tells of)
        if not who and (case := _CASE_LINE.match(text, a + lead, b)) and not _NOT_NAME.match(case.group(1)):
            who = _own(case.group(1))  # (◆ 皬州悦颜医疗美容门诊部使用未经注册医疗器械案。经查,…: the case's party)
        water = _WATER_LEAD.match(text, a + lead, b)
        if not who and water and not _NOT_NAME.match(water.group(1)) and water.group(1) not in WATER_KINDS:
            who = water.group(1)  # (畂湖:排查问题386个…: a paragraph opened by a river's or a lake's name is its)
        if who:
            out.append(Section(doc, a, b, who))
    out += _records(doc, text) + _rows(doc, text) + _problems_of(doc, text)
    return out


# 针对瑷江县“衔接资金…”问题: a problem named as one body's, in quotes, up to the next such problem
_PROBLEM_OF = re.compile(r"针对\s*([^\W\d_a-zA-Z“”\"]{3,30})\s*(?:的)?[“\"]")


def _problems_of(doc: str, text: str) -> list[Section]:
    """Sentences answering a problem the notice names as one body's (针对X“…”问题,…): X's,
    up to the next such problem or the paragraph's end."""
    out = []
    hits = [(m, _own(body_at_start(m.group(1), re.compile(r"$")))) for m in _PROBLEM_OF.finditer(text)]
    for i, (m, who) in enumerate(hits):
        if not who:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if i + 1 < len(hits):
            end = min(end, hits[i + 1][0].start())
        out.append(Section(doc, m.start(), end, who))
    return out


def _records(doc: str, text: str) -> list[Section]:
    """Blocks of `label：value` lines that open with a label and name a body of its own as 责任单位."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):  # blocks of lines between blank lines
        a, block = m.start(), m.group(0)
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines and re.fullmatch(r"\d{1,3}\s*[.、．]?|[（(]\s*(?:[一二三四五六七八九十]+|\d{1,3})\s*[)）]|[一二三四五六七八九十]+、", lines[0]):
            lines = lines[1:]  # (1.\n问题：…\n涉及金额：…: an item's number on a line of its own opens the record)
        if len(lines) < 3 or not _LABEL_LINE.match(lines[0]):
            continue
        if sum(bool(_LABEL_LINE.match(ln)) for ln in lines) < 3:
            continue
        duty = _RECORD_DUTY.search(block)
        who = first_body(duty.group(1)) if duty else None
        if _own(who):
            out.append(Section(doc, a, m.end(), who))
    return out


def _rows(doc: str, text: str) -> list[Section]:
    """Rows of a plain-text table with a cell that is a body's name (a ranking's 璞水县)."""
    from .textables import row_at

    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        a, b = pos, pos + len(raw.rstrip("\n"))
        pos += len(raw)
        if b - a < 1:
            continue
        if not re.search(r"[\t| \u3000]", text[a:b]):
            # a table flattened one cell per line (1 / 县水利局 / 29 / …): the row, read from its first line, is
            # its body cell's
            row = row_at(text, a)
            if row is not None and row.sep == 4 and row.cells and row.cells[0][0] == a and len(row.cells) >= 3:
                for s, e in row.cells[:3]:
                    cell = text[s:e].strip()
                    if 3 <= len(cell) <= 20 and _BODY.fullmatch(cell) and not _NOT_NAME.match(cell) and _own(cell):
                        out.append(Section(doc, row.cells[0][0], row.cells[-1][1], cell))
                        break
            continue
        if b - a < 4:
            continue
        row = row_at(text, a)
        if row is None or row.sep == 4 and not re.search(r"[\t|]| {2,}|\u3000", text[a:b]) and len(row.header) < 3:
            continue  # (single spaces part the cells of a table with a header of its own: 乡镇（街道） 机构数 已整改 已关停)
        for s, e in row.cells[:3]:
            cell = text[s:e].strip()
            if 3 <= len(cell) <= 20 and _BODY.fullmatch(cell) and not _NOT_NAME.match(cell) and _own(cell):
                out.append(Section(doc, a, b, cell))
                break
    return out
