"""Word-level helpers the evidence checks share: character bigrams, what one phrase has that another
lacks, a phrase's content characters, and whether a name is the notice's own place."""
from __future__ import annotations

import re


def bigrams(s: str) -> list[str]:
    s = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", s)
    return [s[i:i + 2] for i in range(len(s) - 1)] or ([s] if s else [])


def residue(a: str, b: str) -> str:
    """The characters of `a` not covered by any bigram it shares with `b`."""
    keep = [True] * len(a)
    for i in range(len(a) - 1):
        if a[i:i + 2] in b:
            keep[i] = keep[i + 1] = False
    return "".join(ch for ch, k in zip(a, keep) if k and "\u4e00" <= ch <= "\u9fff" or k and ch.isalnum())


def _content(s: str) -> str:
    return re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", re.sub(r"[\d.,%]+", "", s))


def _measure_words(measure: str) -> str:
    """A measure's words without a table header's unit in parentheses (追回医保基金(万元) → 追回医保基金)."""
    return _content(re.sub(r"[((][^()()]{1,8}[))]\s*$", "", measure))


def _share(grams: list[str], text: str) -> float:
    return sum(g in text for g in grams) / len(grams) if grams else 0.0


def _is_own_place(name: str, context: str) -> bool:
    """The notice's own place (the issuer's, the title's: in `context`), said in full or short."""
    own = context.split()
    return name in own or name[:-1] in own or any(len(p) >= 2 and name.startswith(p) and len(name) - len(p) <= 1 for p in own)


# what follows 村/镇/乡/社区 when the word names no village or town (村干部, 村民, 镇级, 社区两委): the places'
# cadres, people or level in general
AFTER_PLACE_WORD = re.compile(r"干部|民(?!政)|级|集体|务|组|两委|委|医|书记|主任")
def runs(a: str, b: str) -> list[str]:
    """The stretches of `a` not covered by any bigram it shares with `b`."""
    keep = [True] * len(a)
    for i in range(len(a) - 1):
        if a[i:i + 2] in b:
            keep[i] = keep[i + 1] = False
    out, cur = [], ""
    for ch, k in zip(a, keep):
        if k:
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])


def notice_topic(folded: str) -> str:
    """What the whole notice is about: its title and its lead paragraph (…集中整治 in the lead of an
    interview on that campaign), whose words qualify every figure, not one of them."""
    paras = [x for x in folded.lstrip().split("\n") if x.strip()]
    return _content(" ".join(paras[:1] + [x for x in paras[1:2] if len(x) <= 300]))
