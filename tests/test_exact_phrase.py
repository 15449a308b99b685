"""A pasted fragment of a notice ranks that notice first (issue 15 item 4).

Index: every notice of corpus/, evals/dev/corpus/ and 10 synthetic notices (hash embedder: the
lookup must not depend on the dense side). Queries: per notice, 20 characters from the middle
of its longest line and 20 around the date or figure nearest its middle (bench/fragments.py;
a window that also occurs in another notice slides until it is unique).
"""
from __future__ import annotations

import json

import pytest

from bench.fragments import fragment_queries
from pipeline.corpus import LoadError, load
from pipeline.ingest import ingest
from pipeline.retrieve import Retriever
from pipeline.textnorm import fold

from .clihelp import invoke
from .conftest import CORPUS, ROOT

DEV = ROOT / "evals" / "dev" / "corpus"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    import pipeline.embed as embed

    from bench.synth import generate

    from .conftest import HashEmbedder

    tmp = tmp_path_factory.mktemp("exact")
    generate(tmp / "syn", 10, seed=7)
    paths = [CORPUS, DEV, tmp / "syn"]
    emb = HashEmbedder()
    saved = embed._EMBEDDER, embed.get_embedder
    embed._EMBEDDER, embed.get_embedder = emb, lambda settings=None: emb
    try:
        assert not ingest(paths, tmp / "idx").errors
        texts = {d.id: d.text for d in load(paths) if not isinstance(d, LoadError)}
        yield tmp / "idx", texts, Retriever(tmp / "idx")
    finally:
        embed._EMBEDDER, embed.get_embedder = saved


def test_every_notice_is_first_for_its_own_fragments(index):
    root, texts, r = index
    queries = fragment_queries(texts)
    assert len(texts) >= 25 and all(q["fragment"] for q in queries)
    misses = []
    for q in queries:
        hits = r.search(q["fragment"], k=5)
        if not hits or hits[0].doc != q["doc"]:
            misses.append((q["kind"], q["doc"], q["fragment"], [h.doc for h in hits]))
        assert fold(q["fragment"]) in fold(hits[0].text) or hits[0].doc != q["doc"]
    assert not misses, f"{len(misses)} of {len(queries)} fragments missed rank 1: {misses[:5]}"


def test_width_and_line_breaks_in_a_paste_do_not_matter(index):
    root, texts, r = index
    q = next(q for q in fragment_queries(texts) if any(c in q["fragment"] for c in ",，;；:："))
    swapped = q["fragment"].translate(str.maketrans(",，;；:：", "，,；;：:"))
    assert r.search(swapped, k=3)[0].doc == q["doc"]
    broken = q["fragment"][:9] + "\n" + q["fragment"][9:]
    assert r.search(broken, k=3)[0].doc == q["doc"]


def test_phrase_hits_rank_before_everything_else(index):
    root, texts, r = index
    phrase = "整改"  # short: only a quoted query is taken as a phrase
    holders = sum(phrase in t for t in texts.values())
    assert holders > 5
    hits = r.search(f"“{phrase}”", k=8)
    assert len(hits) == 8 and all(phrase in h.text for h in hits)
    # a long query found nowhere verbatim is answered by fusion as before
    assert r.search("惠州市医保局一共节约了多少医保费用呢", k=5)


def test_search_exact_flag_returns_only_verbatim_passages(index):
    root, texts, r = index
    doc, text = next((d, t) for d, t in sorted(texts.items()) if "污水" in t)
    res = invoke("search", "污水", "--exact", "--index", root, "--format", "json", "--k", "20")
    assert res.exit_code == 0, res.stderr
    hits = json.loads(res.stdout)["results"]
    assert hits and all("污水" in h["text"] and texts[h["doc"]][h["start"]:h["end"]] == h["text"] for h in hits)
    assert doc in {h["doc"] for h in hits}
    none = invoke("search", "这句话不在任何通报里出现过", "--exact", "--index", root, "--format", "json")
    assert none.exit_code == 0 and json.loads(none.stdout)["results"] == []
