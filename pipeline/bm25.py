"""The BM25 side of the index: character 1-2-grams, published by the writer, read whole by readers.

Readers never write. The writer (ingest, under the index lock) builds each version into its
own directory `bm25-<signature>-<stamp>`, then replaces the pointer file `bm25.current` (a
write to a temporary file and an atomic rename) and only then removes the older versions.
A reader reads the pointer and loads the directory it names; if the writer removed that
directory in between, the pointer names a newer one and the reader reads it again. A reader
that finds no published version (an index from before this layout, or one whose first ingest
died before publishing) builds one in memory and keeps it to itself.

The published version is also the readers' view of the index: `Retriever` shows the notices
whose passages the published version holds, all of them, and no notice the writer has stored
since (see `whole_notices`), so a notice is searchable with all its passages or not at all.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path

from .types import Chunk

POINTER = "bm25.current"
LEGACY = "bm25"  # the single directory older versions replaced in place
_PUNCT = re.compile(r"[\s\u3000,。、;:?!“”‘’\"'()()《》【】\[\]<>〈〉·…—\-,.;:?!/|]+")


def bm25_tokens(text: str) -> list[str]:
    """Character unigrams and bigrams: robust to the paraphrases that defeat word segmenters."""
    from .textnorm import fold

    out: list[str] = []
    for run in _PUNCT.split(fold(text)):
        if not run:
            continue
        out.extend(run)
        out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


def token_ids(chunks: list[Chunk]) -> tuple[list[list[int]], dict[str, int]]:
    """Each chunk's tokens as vocabulary ids, built chunk by chunk.

    Handing bm25s lists of token strings kept every CJK character and bigram
    alive as its own str object (about 6 GB at 10k notices); ids cost one
    shared int reference per token.
    """
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in bm25_tokens(c.indexed_text())] for c in chunks]
    return ids, vocab


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text)
    os.replace(tmp, path)  # a reader opens the old file or the new one, never a half-written one


class BM25Index:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._model = None
        self._ids: list[str] = []
        self._docs: list[str] = []
        self.published: str | None = None  # the pointer's content this instance loaded

    # ------------------------------------------------------------ writer (under the index lock)

    def build(self, chunks: list[Chunk], signature: str) -> None:
        """Publish a new version for these chunks; older versions go once the pointer names the new one."""
        import bm25s

        name = f"bm25-{signature[:16]}-{time.time_ns():x}"
        tmp = self.root / f"{name}.tmp"
        model = bm25s.BM25()
        if chunks:
            model.index(token_ids(chunks), show_progress=False)
            model.save(str(tmp), show_progress=False)
        else:
            tmp.mkdir(parents=True, exist_ok=True)
        meta = {"signature": signature, "ids": [c.id for c in chunks], "docs": [c.doc for c in chunks]}
        (tmp / "ids.json").write_text(json.dumps(meta))
        os.replace(tmp, self.root / name)
        pointer = json.dumps({"dir": name, "signature": signature})
        _write_atomic(self.root / POINTER, pointer)
        for old in self.root.iterdir():
            if old.name in (LEGACY, "bm25.tmp") or (old.name.startswith("bm25-") and old.name != name):
                shutil.rmtree(old, ignore_errors=True)
        self._model, self._ids, self._docs = (model if chunks else None), meta["ids"], meta["docs"]
        self.published = pointer

    # ------------------------------------------------------------ readers

    def pointer(self) -> str | None:
        """The pointer's content (names the published version), or None when nothing is published."""
        try:
            return (self.root / POINTER).read_text()
        except OSError:
            pass
        if (self.root / LEGACY / "ids.json").exists():
            return json.dumps({"dir": LEGACY, "signature": None})
        return None

    def signature(self) -> str | None:
        """The chunk signature of the published version, read from the version itself (None if unreadable)."""
        p = self.pointer()
        try:
            return json.loads((self.root / json.loads(p)["dir"] / "ids.json").read_text())["signature"] if p else None
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def load(self) -> bool:
        """Load the published version; False when there is none. Retries when the writer swapped it meanwhile."""
        import bm25s

        for attempt in range(3):
            p = self.pointer()
            if p is None:
                return False
            try:
                folder = self.root / json.loads(p)["dir"]
                meta = json.loads((folder / "ids.json").read_text())
                model = bm25s.BM25.load(str(folder), show_progress=False) if meta["ids"] else None
            except (OSError, ValueError, KeyError):
                if attempt == 2:
                    raise
                continue  # removed or replaced under us: the pointer names a newer version now
            ids = meta["ids"]
            self._model, self._ids, self.published = model, ids, p
            self._docs = meta.get("docs") or [i.rsplit(":", 1)[0] for i in ids]
            return True
        return False

    def build_in_memory(self, chunks: list[Chunk]) -> None:
        """Nothing published: index these chunks for this reader only (nothing is written)."""
        import bm25s

        self._model = None
        if chunks:
            self._model = bm25s.BM25()
            self._model.index(token_ids(chunks), show_progress=False)
        self._ids, self._docs, self.published = [c.id for c in chunks], [c.doc for c in chunks], None

    @property
    def ids(self) -> list[str]:
        return self._ids

    def doc_chunk_ids(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for cid, doc in zip(self._ids, self._docs):
            out.setdefault(doc, set()).add(cid)
        return out

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def idf(self, token: str) -> float:
        """log(N/df) from the stored sparse matrix (CSC: one column per token)."""
        import math

        if self._model is None:
            return 0.0
        tid = self._model.vocab_dict.get(token)
        n = self._model.scores["num_docs"]
        if tid is None:
            return math.log(n + 1)
        ptr = self._model.scores["indptr"]
        return math.log((n + 1) / (int(ptr[tid + 1] - ptr[tid]) + 0.5))

    def rows_with_all(self, tokens: list[str], most: int = 4):
        """Rows (passages) that hold every one of `tokens`, from the postings of the rarest `most` of them.

        A superset of the passages holding a phrase with these tokens; empty when a token is unknown.
        """
        import numpy as np

        if self._model is None or not tokens:
            return np.arange(len(self._ids)) if not tokens else np.zeros(0, dtype=np.int64)
        vocab, ptr, ind = self._model.vocab_dict, self._model.scores["indptr"], self._model.scores["indices"]
        tids = {vocab.get(t) for t in tokens}
        if None in tids:
            return np.zeros(0, dtype=np.int64)
        rare = sorted(tids, key=lambda t: ptr[t + 1] - ptr[t])[:most]
        rows = ind[ptr[rare[0]]:ptr[rare[0] + 1]]
        for t in rare[1:]:
            rows = np.intersect1d(rows, ind[ptr[t]:ptr[t + 1]], assume_unique=True)
        return rows

    def scores(self, query: str):
        """(chunk ids, scores) for every chunk; zero scores where no token matches."""
        import numpy as np

        if self._model is None:
            return self._ids, np.zeros(len(self._ids))
        vocab = self._model.vocab_dict
        toks = [t for t in bm25_tokens(query) if t in vocab]
        if not toks:
            return self._ids, np.zeros(len(self._ids))
        return self._ids, self._model.get_scores(toks)


def whole_notices(store_chunks: list[Chunk], published: dict[str, set[str]]) -> list[Chunk]:
    """The stored chunks of the notices whose stored passages are exactly the published ones.

    A notice the writer stored after the last publication (new, or replaced with other
    passages) stays hidden until the next one; a notice it deleted has no stored text to show.
    """
    by_doc: dict[str, list[Chunk]] = {}
    for c in store_chunks:
        by_doc.setdefault(c.doc, []).append(c)
    return [c for doc, cs in by_doc.items() if {c.id for c in cs} == published.get(doc) for c in cs]
