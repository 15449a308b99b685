"""--embeddings openai: the index is built and searched through an OpenAI-compatible embeddings endpoint."""
import pytest

import pipeline.embed as embed
from pipeline.index import IndexError_
from pipeline.ingest import ingest
from pipeline.retrieve import Retriever
from pipeline.settings import load_settings


@pytest.fixture(autouse=True)
def fresh_embedder(monkeypatch):
    monkeypatch.setattr(embed, "_EMBEDDER", None)


def test_ingest_and_search_through_the_embeddings_endpoint(tmp_path, small_corpus, fake_openai):
    s = load_settings(index=tmp_path / "idx", embeddings="openai", base_url=fake_openai.base_url, api_key="sk-test", embedding_model="fake-embed")
    rep = ingest([small_corpus], s.index, settings=s)
    assert len(rep.added) == 2
    sent = fake_openai.embedding_requests
    assert sent and all(r["body"]["model"] == "fake-embed" for r in sent)
    hits = Retriever(s.index, settings=s).search("污水管网", k=3)
    assert hits and any("污水管网" in h.text for h in hits)
    # the query went through the endpoint too, marked as a query
    assert fake_openai.embedding_requests[-1]["body"].get("input_type") == "query"


def test_an_index_is_searched_with_the_embeddings_it_was_built_with(tmp_path, small_corpus, fake_openai):
    s = load_settings(index=tmp_path / "idx", embeddings="openai", base_url=fake_openai.base_url, api_key="k", embedding_model="fake-embed")
    ingest([small_corpus], s.index, settings=s)
    with pytest.raises(IndexError_, match="built with --embeddings openai"):
        Retriever(s.index, settings=load_settings(index=s.index))


def test_openai_embeddings_without_an_endpoint_is_a_clear_error(tmp_path, monkeypatch):
    from pipeline.settings import SettingsError

    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("NOTICES_EMBEDDINGS_URL", raising=False)
    with pytest.raises(SettingsError, match="NOTICES_EMBEDDINGS_URL"):
        embed.get_embedder(load_settings(index=tmp_path, embeddings="openai"))
