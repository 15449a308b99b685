"""Shared by the answer tests: an index of invented notices, and an ask whose every span and number is checked."""
from __future__ import annotations

import json

from pipeline.answer import Answerer, answer_dict
from pipeline.evaluate import numbers_grounded
from pipeline.schemas import schema_errors


def build_answerer(tmp_path_factory, name: str, notices, published: str):
    """(Answerer, {doc: text}) over `notices`: (doc id, text, place) triples, titled by their first line."""
    from pipeline.ingest import ingest
    from pipeline.retrieve import Retriever

    corpus = tmp_path_factory.mktemp(f"{name}-corpus")
    for doc, text, place, *more in notices:
        # (a fourth item, a dict, adds to or replaces the meta fields: an issuer, no place)
        meta = {"title": text.splitlines()[0], "place": place, "published": published} | (more[0] if more else {})
        (corpus / f"{doc}.txt").write_text(text, encoding="utf-8")
        (corpus / f"{doc}.meta.json").write_text(json.dumps({k: v for k, v in meta.items() if v is not None},
                                                            ensure_ascii=False), encoding="utf-8")
    root = tmp_path_factory.mktemp(f"{name}-index")
    rep = ingest([corpus], root)
    assert not rep.errors
    r = Retriever(root)
    return Answerer(r), {d.id: d.text for d in r.store.docs()}


def ask_checked(answerer, q: str) -> dict:
    """The printed answer, after checking it is schema-valid, every span exact and every number grounded."""
    a, texts = answerer
    d = answer_dict(a.ask(q), check=False)
    assert schema_errors(d, "answer") == []
    for c in d["citations"]:
        assert texts[c["doc"]][c["start"]:c["end"]] == c["quote"]
    for p in d.get("parts", []):
        for f in p.get("figures", []):
            assert texts[f["doc"]][f["start"]:f["end"]] == f["text"]
    assert numbers_grounded(d, texts)
    return d


def refused(d: dict) -> str:
    """The refusal's reason, after checking it is a refusal with no citations."""
    assert not d["answerable"] and d["citations"] == [] and d["reason"]
    return d["reason"]


def refused_with(answerer, q: str, *words: str) -> str:
    """Ask `q`, expect a refusal whose reason names every one of `words`."""
    why = refused(ask_checked(answerer, q))
    for w in words:
        assert w in why, (w, why)
    return why


def answered(answerer, q: str, start: str) -> dict:
    """Ask `q`, expect an answer that starts with `start` (the figure, before what it measures)."""
    d = ask_checked(answerer, q)
    assert d["answerable"] and d["answer"].startswith(start), d
    return d
