"""Text normalisation in one place: full-width folding and the named punctuation classes.

Notices mix full-width and ASCII forms (，and , ；and ; ０-９ and 0-9). Two
ways to handle both, both defined here:

- `fold` maps full-width forms (U+FF01-FF5E, and the ideographic space U+3000)
  to ASCII one character for one. Rules written against the ASCII forms run on
  the folded copy; the length never changes, so every offset found there is an
  offset into the original text, and spans are sliced from the original.
- The named classes below list both widths, full-width first, for code that
  reads the original text. They are written as escapes: editors and
  NFKC-normalising tools silently turn full-width forms into ASCII, which once
  left sets like "。;;,," in the code that no longer matched "；" or "，".

`in_class(SENTENCE_END)` gives a regex character class body, e.g.
re.compile(f"[^{in_class(SENTENCE_END)}]+").
"""
from __future__ import annotations

import functools
import re

FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FOLD[0x3000] = 0x20

FULL_STOP = "\u3002"  # 。 (no ASCII twin: "." is also a decimal point)
SENTENCE_END = "\u3002\uff01\uff1f!?"  # 。！？!?
SEMICOLON = "\uff1b;"  # ；;
COMMA = "\uff0c,"  # ，,
COLON = "\uff1a:"  # ：:
ENUMERATION_COMMA = "\u3001"  # 、 (lists: 一、 and 甲、乙)
CLAUSE_SEP = COMMA + SEMICOLON  # where a long sentence may be cut
OPEN_PAREN = "\uff08("  # （(
CLOSE_PAREN = "\uff09)"  # ）)
SPACE = " \t\r\n\u3000"  # includes the ideographic space
FULLWIDTH_DIGITS = "\uff10-\uff19"  # ０-９, a regex range


def fold(text: str) -> str:
    """Full-width forms to ASCII, one character for one (offsets unchanged)."""
    if len(text) > _LONG:
        return _fold_long(text)
    return text.translate(FOLD)


_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


# (not 某某: a person's name, 钱某某多多少 stays; nor 多多少, the gap asked)
_AABB = re.compile(r"(?!某)([\u4e00-\u9fff])\1(?!多少)([\u4e00-\u9fff])\2")


def unreduplicated(text: str) -> str:
    """A reader's doubled two-character word said once (吃吃喝喝 → 吃喝, 清清楚楚 → 清楚): speech
    doubles words for emphasis, notices never do, and 吃吃喝喝 shares no word with 违规吃喝."""
    return _AABB.sub(r"\1\2", text)


def year_digits(text: str) -> str:
    """A year written in Chinese numerals (二〇二四年) in Arabic digits, one character for one, so that a
    question's period reads as the notice's does (offsets unchanged)."""
    return re.sub(r"[一二][〇零一二三四五六七八九]{3}(?=年)", lambda m: m.group(0).translate(_CN_DIGITS), text)


_LONG = 2000  # a whole notice: answering folds the same few texts once per sentence it reads


@functools.lru_cache(maxsize=64)
def _fold_long(text: str) -> str:
    return text.translate(FOLD)


def in_class(*classes: str) -> str:
    """The characters of the named classes, escaped for use inside a regex [...]."""
    return "".join(re.escape(c) for c in dict.fromkeys("".join(classes)))


def is_fullwidth(ch: str) -> bool:
    return ord(ch) in FOLD or ch in FULL_STOP + ENUMERATION_COMMA


# --------------------------------------------------------------------------- hard-wrapped text
# Text extracted from a PDF (or pasted from a fixed-width page) breaks every line at the page's
# width, mid-sentence and often between a measure and its figure. Rules that end a sentence or a
# clause at a line break then lose the measure. `fold_doc` is the folded copy of a whole notice
# with those wrap breaks turned into spaces (one character for one: offsets stay the notice's
# own; citations and spans still come from the original text, breaks included).
_ENDS_LINE = set("。!?;:;:!?")  # folded and full-width forms: a line ending here ends its sentence
_CLOSERS = set("”’\")]】」』")
_OPENS_ITEM = re.compile(
    r"\s*(?:[一二三四五六七八九十百]+[、.]|[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}(?:\.\d{1,2})*[、.](?!\d)"
    r"|第[一二三四五六七八九十\d]+[章节条部分项]|[①-⑳【■●◆▲□○◇·•\-—–])"
)
# (and a longer label whose value follows at once: 群众被骗损失金额：本月2417.6万元, a key-value line of a bulletin)
_LABEL_LINE = re.compile(r"\s*(?:[^\s:：,，。;；、]{2,6}[:：]|[^\s:：,，。;；、\d]{7,12}[:：][^\d\n]{0,4}\d)")
_TABLE_ROW = re.compile(r"\S(?:[ \xa0]{2,}|\t|\u3000|\s*\|\s*)\S")
_PAGE_LINE = re.compile(r"^\s*[-—–~]*\s*(?:第\s*)?\d{1,3}\s*(?:页|/\s*\d+)?\s*[-—–~]*\s*$")


def width(line: str) -> int:
    """Display width: a CJK or full-width character is two columns, anything else one."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


# (not inside an amount in thousands: ¥1,035,000.00 is one figure; pipeline/textables.py parts cells alike)
_SEP_COMMA = re.compile(r"\s*(?:，|(?<!\d,\d{3}),(?!\d{3}(?:,\d{3})*\.\d)(?!\d{3},\d{3}))\s*")


def _comma_cells(raw: str) -> int:
    """How many short cells a line splits into at its commas (0: not a row; a cell over 24 characters is prose)."""
    cells = [c for c in _SEP_COMMA.split(raw.strip()) if c]
    return len(cells) if len(cells) >= 3 and all(len(c) <= 24 for c in cells) else 0


def csv_cells(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The fields of a CSV line (ASCII commas part them, outside double quotes; a quoted field may hold
    commas and doubled quotes), as spans of their contents, empty fields kept; None when a quote is
    left open or the line has fewer than four fields."""
    out, i = [], a
    while True:
        if i < b and text[i] == '"':
            j = i + 1
            while True:
                j = text.find('"', j, b)
                if j == -1:
                    return None
                if j + 1 < b and text[j + 1] == '"':
                    j += 2
                    continue
                break
            out.append((i + 1, j))
            i = j + 1
            if i < b and text[i] != ",":
                return None
        else:
            j = text.find(",", i, b)
            j = b if j == -1 else j
            out.append((i, j))
            i = j
        if i >= b:
            break
        i += 1  # the comma
        if i == b:
            out.append((b, b))
            break
    while out and text[out[-1][0]:out[-1][1]].strip() == "\r":
        out.pop()
    return out if len(out) >= 4 else None


def _csv_fields(raw: str) -> int:
    """How many fields a CSV line holds (ASCII commas outside quotes; 0: fewer than four or a quote left open)."""
    cells = csv_cells(raw, 0, len(raw)) if "," in raw else None
    return len(cells) if cells else 0


def _comma_rows(raws: list[str]) -> set[int]:
    """Lines that are rows of a comma-separated table: next to a line of as many short cells, or of as
    many CSV fields (a pasted CSV export's cells may be long)."""
    out: set[int] = set()
    for count in (_comma_cells, _csv_fields):
        n = [count(r) for r in raws]
        out |= {i for i, k in enumerate(n) if k and ((i > 0 and n[i - 1] == k) or (i + 1 < len(n) and n[i + 1] == k))}
    return out


def wrap_breaks(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that wrap a line at the page's width, mid-sentence: the line break, or the
    breaks and the page furniture between (a page number, a running header) when the sentence
    carries on over a page.

    A notice is hard-wrapped when many of its lines that reach about the page's width stop
    mid-sentence; a notice written one paragraph a line ends its long lines with 。. A break is a
    wrap when the line before reaches the page's width and does not end its sentence, and the line
    after carries on (not an outline item)."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    # a row of a text table (columns lined up with runs of spaces, tabs or bars) is not prose
    # (nor is a line of a table with short comma-separated cells, one unit a line: 柘城区:得分95.7分,排名第1,…)
    rows = _comma_rows([raw for _, raw in lines])
    widths = [0 if _TABLE_ROW.search(raw.strip()) or i in rows else width(raw.rstrip())
              for i, (_, raw) in enumerate(lines)]
    ranked = sorted(w for w in widths if w >= 20)
    if len(ranked) < 4:
        return []
    # a line "reaches the page's width" when it is at least 60% of the widest lines' (the 90th
    # percentile: a PDF's lines are as wide as the page, less a column or a few where a figure or a
    # word was not split); a notice is hard-wrapped when many such lines stop mid-sentence
    full = max(30, 0.6 * ranked[int(0.9 * (len(ranked) - 1))])
    long = [i for i, w in enumerate(widths) if w >= full]
    open_ended = [i for i in long if not _ends_sentence(lines[i][1])]
    if len(open_ended) < 4 or len(open_ended) < 0.4 * len(long):
        return []
    seen: dict[str, int] = {}
    for _, raw in lines:
        seen[raw.strip()] = seen.get(raw.strip(), 0) + 1

    def furniture(j: int) -> bool:
        """Line j is a page number, or a line repeated on several pages next to one (a running header)."""
        raw = lines[j][1].strip()
        if _PAGE_LINE.match(raw):
            return True
        near_page = any(0 <= k < len(lines) and _PAGE_LINE.match(lines[k][1]) and lines[k][1].strip()
                        for k in (j - 2, j - 1, j + 1, j + 2))
        return bool(raw) and seen[raw] >= 2 and near_page

    out = []
    for i in range(len(lines) - 1):
        start, raw = lines[i]
        line = raw.rstrip()
        if not line or widths[i] < full or _ends_sentence(line):
            continue
        j = i + 1
        while j < len(lines) and j <= i + 4 and (not lines[j][1].strip() or furniture(j)):
            j += 1
        if j >= len(lines) or j > i + 4 or _OPENS_ITEM.match(lines[j][1].translate(FOLD)):  # (（二） as (二))
            continue
        if "→" in line or "→" in lines[j][1][:24]:
            continue  # (查处问题→146个／…: a poster's line of keywords pointing at figures stands alone)
        if _LABEL_LINE.match(lines[j][1]):
            continue  # (2.集体经营收入：59250.40元 then 其中：…, 盯住：… then 处理：…: the next line opens with a label of its own)
        if j > i + 1 and not any(furniture(k) for k in range(i + 1, j)):
            continue  # an empty line between: a paragraph ends here
        out.append((start + len(raw), lines[j][0]))
    # a page wraps its lines at one width: most of the lines broken mid-sentence are about as wide as
    # each other (a poster's lines of keywords, 查处问题→1,236个｜同比↑12.5%, stop mid-sentence at any width)
    broken = {a for a, _ in out}
    wrapped = sorted(widths[i] for i, (s, raw) in enumerate(lines) if s + len(raw) in broken)
    if wrapped:
        mid = wrapped[len(wrapped) // 2]
        if sum(abs(w - mid) <= 0.15 * mid for w in wrapped) < 0.5 * len(wrapped):
            return []
    return out


def _ends_sentence(line: str) -> bool:
    folded = line.rstrip().translate(FOLD)
    if not folded:
        return True
    last = folded[-1]
    if last in _CLOSERS and len(folded) > 1 and folded[-2] in _ENDS_LINE:
        last = folded[-2]
    return last in _ENDS_LINE


# Amounts in capitals (人民币壹佰贰拾万元整, the form cheques and audit findings use): a run of them reads as
# the everyday numerals, one character for one. 伍, 陆 and 拾 also stand in words (队伍, 陆续, 收拾), so a
# lone one counts only when a 拾/佰/仟/万/亿/元 stands right after it (伍万元, 陆元)
_CAPITALS = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億圆", "一二二三三四五六六七八九十百千万亿元")
_CAPITAL_RUN = re.compile(r"[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億万亿]+[元圆]?")
_CAPITAL_DIGIT = re.compile(r"[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]")


def _capitals(text: str) -> str:
    def one(m: re.Match) -> str:
        run = m.group(0)
        n = len(_CAPITAL_DIGIT.findall(run))
        if n >= 2 or (n == 1 and len(run) >= 2 and not _CAPITAL_DIGIT.fullmatch(run[-1])):
            return run.translate(_CAPITALS)
        return run

    return _CAPITAL_RUN.sub(one, text) if _CAPITAL_DIGIT.search(text) else text


@functools.lru_cache(maxsize=64)
def fold_doc(text: str) -> str:
    """`fold` of a whole notice, its wrap breaks (`wrap_breaks`) turned into spaces, its amounts in
    capitals (壹佰贰拾万元) into everyday numerals and its years in Chinese numerals (二〇二四年) into
    digits (a notice typed that way states its years as every other does)."""
    folded = year_digits(_capitals(text.translate(FOLD)))
    breaks = wrap_breaks(text)
    if not breaks:
        return folded
    chars = list(folded)
    for a, b in breaks:
        chars[a:b] = " " * (b - a)
        if a > 0 and chars[a - 1] == "\r":
            chars[a - 1] = " "
    return "".join(chars)
