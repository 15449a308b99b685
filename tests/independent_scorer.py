"""A second implementation of the guide's figure-matching rule, written apart from pipeline.evaluate.

Different on purpose: its own unit table, and an optimal (maximum bipartite)
matching instead of greedy, so that agreement means the rule, not the code,
was implemented twice.
"""
MULT = {"万": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6, "千万": 1e7, "万亿": 1e12}
KEEP = {"千米", "千克", "千瓦", "百分点"}
SAME = {"个方面": "个", "方面": "个", "个小时": "小时", "日": "天", "平米": "平方米", "％": "%", "百分点": "个百分点"}


def base(value, unit):
    unit = unit.strip()
    for p in sorted(MULT, key=len, reverse=True):
        if unit.startswith(p) and len(unit) > len(p) and unit not in KEEP and not unit.startswith("百分"):
            rest = unit[len(p):]
            if rest.startswith(("余", "多")):
                rest = rest[1:]
            return value * MULT[p], SAME.get(rest, rest)
    return value, SAME.get(unit, unit)


def f1(pred, gold):
    def ok(p, g):
        if p["doc"] != g["doc"]:
            return False
        ge = g["start"] + len(g["text"])
        if not (p["start"] < ge and g["start"] < p["end"]):
            return False
        (v1, u1), (v2, u2) = base(p["value"], p["unit"]), base(g["value"], g["unit"])
        return u1 == u2 and abs(v1 - v2) <= 1e-6 * max(1, abs(v1), abs(v2))

    edges = {gi: [pi for pi, p in enumerate(pred) if ok(p, g)] for gi, g in enumerate(gold)}
    owner = {}

    def augment(gi, seen):
        for pi in edges[gi]:
            if pi not in seen:
                seen.add(pi)
                if pi not in owner or augment(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    matched = sum(augment(gi, set()) for gi in edges)
    p = matched / len(pred) if pred else 0.0
    r = matched / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0
