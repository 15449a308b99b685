"""Notices of every format through the CLI: refused files, one line each, and a mixed folder end to end.

A file that cannot be read is one `error:` line naming it and saying what to
do, while the rest of the batch is indexed (exit 3). A folder mixing .txt,
.html (with a table), .pdf and .docx goes through ingest, search, ask,
figures and summarize with every span an exact slice of the stored text and
PDF spans carrying their page.
"""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from pipeline.corpus import load
from pipeline.index import Store

from .clihelp import NOTICE, assert_errors, error_lines, invoke
from .docbuild import HTML_TABLE, PAGE1, PAGE2, TABLE, docx_bytes, make_docx, make_pdf, sample_docx, sample_pdf, write
from .test_bad_input import GOOD, _check_index, _good_corpus

# ---------------------------------------------------------------- refused, one line each, the batch goes on


def _ole(p: Path) -> None:
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))


def bad_scanned_pdf(d):
    make_pdf(d / "scan.pdf", [PAGE1, PAGE2], image_pages=(1, 2))
    return "scan.pdf", "no text layer (a scanned PDF): run OCR first"


def bad_scanned_pdf_with_a_scanner_watermark(d):
    make_pdf(d / "app.pdf", [PAGE1, PAGE2], image_pages=(1, 2), watermark="扫描王 第1页")
    return "app.pdf", "no text layer (a scanned PDF): run OCR first"


def bad_scanned_pdf_image_inside_a_form(d):
    make_pdf(d / "form.pdf", [PAGE1], image_pages=(1,), image_in_form=True)
    return "form.pdf", "no text layer (a scanned PDF): run OCR first"


def bad_encrypted_pdf(d):
    make_pdf(d / "locked.pdf", [PAGE1], encrypt="secret")
    return "locked.pdf", "encrypted PDF that needs a password"


def bad_truncated_pdf(d):
    data = sample_pdf(d.parent, "whole").read_bytes()
    (d / "cut.pdf").write_bytes(data[: len(data) // 2])
    return "cut.pdf", "corrupt PDF"


def bad_pdf_that_is_a_web_page(d):
    (d / "download.pdf").write_text("<!DOCTYPE html><html><body>404 Not Found</body></html>", encoding="utf-8")
    return "download.pdf", "not a PDF but an HTML page (a failed download?)"


def bad_blank_pdf(d):
    make_pdf(d / "blank.pdf", [[]])
    return "blank.pdf", "PDF holds no text"


def bad_zero_byte_pdf(d):
    (d / "zero.pdf").write_bytes(b"")
    return "zero.pdf", "empty file (0 bytes)"


def bad_word_97_doc(d):
    _ole(d / "old.doc")
    return "old.doc", "save it as .docx"


def bad_wps(d):
    _ole(d / "kingsoft.wps")
    return "kingsoft.wps", "WPS .wps is not read: open it in Word or WPS and save it as .docx"


def bad_doc_renamed_docx(d):
    _ole(d / "renamed.docx")
    return "renamed.docx", "Word 97-2003 (.doc) or WPS file, not .docx"


def bad_truncated_docx(d):
    data = docx_bytes(["通报", TABLE])
    (d / "cut.docx").write_bytes(data[: len(data) - 300])
    return "cut.docx", "corrupt .docx"


def bad_zip_not_word(d):
    with zipfile.ZipFile(d / "attachments.docx", "w") as z:
        z.writestr("notice.txt", NOTICE)
    return "attachments.docx", "not a Word document"


def bad_empty_docx(d):
    make_docx(d / "empty.docx", [])
    return "empty.docx", "Word document holds no text"


def bad_password_protected_docx(d):
    from pipeline.load_docx import ENCRYPTED

    (d / "secret.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000) + ENCRYPTED + bytes(100))
    return "secret.docx", "password-protected .docx: open it, remove the password"


def bad_docx_with_only_a_picture(d):
    import docx
    from PIL import Image

    Image.new("L", (60, 40), 128).save(d.parent / "page.png")
    w = docx.Document()
    w.add_picture(str(d.parent / "page.png"))
    w.save(str(d / "photo.docx"))
    return "photo.docx", "holds no text, only 1 picture(s) (a scanned notice?): run OCR"


def bad_zero_byte_docx(d):
    (d / "zero.docx").write_bytes(b"")
    return "zero.docx", "empty file (0 bytes)"


def bad_html_only_an_image(d):
    (d / "scan.html").write_text("<html><body><p> </p><img src='notice.jpg'></body></html>", encoding="utf-8")
    return "scan.html", "holds no text, only 1 image(s) (a scanned notice?): run OCR"


def bad_ofd(d):
    (d / "gov.ofd").write_bytes(b"PK\x03\x04" + bytes(40))
    return "gov.ofd", "OFD is not read: export it as PDF"


BAD = {name[4:]: fn for name, fn in sorted(globals().items()) if name.startswith("bad_")}


def test_at_least_eight_kinds_are_refused():
    assert len(BAD) >= 8, len(BAD)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for var in ("NOTICES_INDEX", "NOTICES_CHROMA_URL", "NOTICES_EMBEDDINGS", "NOTICES_ENGINE", "NOTICES_DEBUG"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("kind", sorted(BAD))
def test_refused_with_one_line_and_the_rest_indexed(kind, tmp_path, hash_embedder):
    d = _good_corpus(tmp_path)
    name, problem = BAD[kind](d)
    res = invoke("ingest", d, "--index", tmp_path / "idx")
    assert_errors(res.stderr, [(name, problem)])
    assert res.exit_code == 3, (res.exit_code, res.stdout, res.stderr)
    _check_index(tmp_path / "idx", {GOOD: None}, absent=[Path(name).stem])


def test_image_given_by_name_is_refused(tmp_path, hash_embedder):
    d = _good_corpus(tmp_path)
    photo = tmp_path / "photo.JPG"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    res = invoke("ingest", d, photo, "--index", tmp_path / "idx")
    assert_errors(res.stderr, [("photo.JPG", "an image is not read: run OCR on it first")])
    assert res.exit_code == 3


def test_partly_scanned_pdf_is_indexed_with_a_warning(tmp_path, hash_embedder):
    d = _good_corpus(tmp_path)
    make_pdf(d / "half.pdf", [PAGE1, PAGE2], image_pages=(2,))
    res = invoke("ingest", d, "--index", tmp_path / "idx")
    assert_errors(res.stderr, [("half.pdf", "page(s) 2 have no text layer (scanned?)")])
    assert res.exit_code == 3
    store = _check_index(tmp_path / "idx", {GOOD: None, "half": None}, absent=[])
    assert PAGE1[2] in store.doc("half").text and PAGE2[1] not in store.doc("half").text


# ---------------------------------------------------------------- a mixed folder, end to end


@pytest.fixture
def mixed(tmp_path) -> Path:
    d = tmp_path / "mixed"
    d.mkdir()
    write(d / "plain.txt", NOTICE)
    write(d / "table.html", HTML_TABLE)
    sample_pdf(d, "paged")
    sample_docx(d, "word")
    return d


def _spans(obj, doc_text: str, path: str = "") -> int:
    """Check every {start, end, text|quote} object under `obj` against the notice text; return how many."""
    n = 0
    if isinstance(obj, dict):
        said = obj.get("text", obj.get("quote"))
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and isinstance(said, str):
            assert doc_text[obj["start"]:obj["end"]] == said, (path, obj)
            n += 1
        for k, v in obj.items():
            n += _spans(v, doc_text, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            n += _spans(v, doc_text, f"{path}[{i}]")
    return n


def test_mixed_folder_ingest_search_ask_figures_summarize(mixed, tmp_path, hash_embedder):
    root = tmp_path / "idx"
    res = invoke("ingest", mixed, "--index", root, "--json")
    assert res.exit_code == 0 and not error_lines(res.stderr), res.stderr
    assert sorted(json.loads(res.stdout)["added"]) == ["paged", "plain", "table", "word"]
    store = Store(root)
    assert {i: store.doc(i).source_format for i in store.doc_ids()} == {"paged": "pdf", "plain": "txt", "table": "html", "word": "docx"}
    assert store.doc("paged").pages[1] == store.doc("paged").text.index(PAGE2[0])

    for doc_id, query in [("plain", "拆除违建12处"), ("table", "排查培训机构46家"), ("paged", "复耕耕地30亩"), ("word", "改造易涝点15处")]:
        text = store.doc(doc_id).text
        res = invoke("search", query, "--doc", doc_id, "--format", "json", "--k", "2", "--index", root)
        hits = json.loads(res.stdout)["results"]
        assert res.exit_code == 0 and hits and _spans(hits, text) == len(hits)
        assert any(query in h["text"] for h in hits)
        for h in hits:
            assert h.get("page") == (store.doc(doc_id).page_at(h["start"]) if doc_id == "paged" else None)
    res = invoke("search", "复耕耕地30亩", "--doc", "paged", "--k", "1", "--index", root)
    assert res.stdout.startswith("[1] paged p.2:"), res.stdout

    res = invoke("ask", "市自然资源局复耕耕地多少亩?", "--format", "json", "--index", root)
    a = json.loads(res.stdout)
    assert res.exit_code == 0 and a["answerable"], a
    cites = [c for c in a["citations"] if c["doc"] == "paged"]
    assert cites and all(c["page"] == 2 for c in cites) and _spans(cites, store.doc("paged").text) == len(cites)
    from pipeline.schemas import validate

    validate(a, "answer")  # `page` is part of the published answer schema
    text_out = invoke("ask", "市自然资源局复耕耕地多少亩?", "--index", root).stdout
    assert " paged p.2:" in text_out, text_out

    res = invoke("figures", mixed, "--format", "jsonl")
    assert res.exit_code == 0, res.stderr
    rows = [json.loads(ln) for ln in res.stdout.splitlines()]
    docs = {d.id: d for d in load([mixed])}
    assert {r["doc"] for r in rows} == {"paged", "plain", "table", "word"}
    for r in rows:
        assert docs[r["doc"]].text[r["start"]:r["end"]] == r["text"]
        assert r.get("page") == docs[r["doc"]].page_at(r["start"])
    assert {r["text"] for r in rows if r["doc"] == "table"} >= {"30.6公里", "46家", "9家"}

    res = invoke("summarize", mixed)
    assert res.exit_code == 0, res.stderr
    summaries = {s["doc"]: s for s in map(json.loads, res.stdout.splitlines())}
    assert set(summaries) == {"paged", "plain", "table", "word"}
    for doc_id, s in summaries.items():
        assert _spans(s, docs[doc_id].text) > 0, doc_id


def test_gold_builder_anchors_into_the_stored_text_of_every_format(mixed, tmp_path):
    import subprocess
    import sys

    from .clihelp import ROOT

    gold = tmp_path / "gold"
    (gold / "src").mkdir(parents=True)
    labels = {"table": ("46家", "排查培训机构46家"), "paged": ("30亩", "复耕耕地30亩"), "word": ("15处", "改造易涝点15处"),
              "plain": ("12处", "拆除违建12处")}
    for doc_id, (text, anchor) in labels.items():
        row = {"text": text, "anchor": anchor, "value": float(text[:-1]), "unit": text[-1]}
        (gold / "src" / f"{doc_id}.figures.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "evals" / "gold" / "build.py"), "--corpus", str(mixed), "--gold", str(gold)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    docs = {d.id: d for d in load([mixed])}
    rows = [json.loads(ln) for ln in (gold / "figures.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} == set(labels)
    for r in rows:
        assert docs[r["doc"]].text[r["start"]:r["start"] + len(r["text"])] == r["text"]


def test_every_bad_kind_in_one_batch_one_line_each(mixed, tmp_path, hash_embedder):
    expected = [BAD[kind](mixed) for kind in sorted(BAD)]
    res = invoke("ingest", mixed, "--index", tmp_path / "idx", "--json")
    assert_errors(res.stderr, expected)
    assert res.exit_code == 3
    assert sorted(json.loads(res.stdout)["added"]) == ["paged", "plain", "table", "word"]
