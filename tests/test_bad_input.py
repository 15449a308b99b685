"""Bad and odd input, generated here in tmp_path (no binary fixtures in the repository).

Each case puts one odd thing beside a good notice and runs `notices ingest` in
process (hash embedder). A bad file must be named on exactly one `error: ...`
line saying what is wrong, never a traceback; the good notice (and any odd but
valid one) must still be indexed with exact offsets; the exit code is 3
(partial) when anything was skipped or ignored and 0 otherwise.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from pipeline.index import Store

from .clihelp import NOTICE, ROOT, assert_errors, error_lines, invoke
from .conftest import CORPUS

GOOD = "dinghai-zhuanxiang-2019"
PHRASE = "拆除违建12处"
HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>巡察整改通报</title>
<style>body {{ color: red }}</style><script>var tracking = "不应出现的脚本";</script></head>
<body><div class="nav">首页 &gt; 通知公告</div>
<div class="article">{body}</div>
<script>document.write("不应出现的脚本")</script></body></html>
"""


@dataclass
class Expect:
    """What `notices ingest ARGS` must do for one case."""

    args: list[Path] | None = None  # default: the case folder
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file name, problem) per error line
    docs: dict[str, Callable[[Store, str], None] | None] = field(default_factory=dict)  # doc id -> extra check
    absent: list[str] = field(default_factory=list)  # doc ids that must not be indexed


def _text_is(expected: str, encoding: str | None = None, fmt: str = "txt"):
    def check(store: Store, doc_id: str) -> None:
        d = store.doc(doc_id)
        assert d.text == expected, (d.text[:80], expected[:80])
        assert d.source_format == fmt
        if encoding:
            assert d.encoding == encoding

    return check


# ---------------------------------------------------------------- encodings


def case_gbk(d: Path) -> Expect:
    (d / "gbk.txt").write_bytes(NOTICE.encode("gbk"))
    return Expect(docs={"gbk": _text_is(NOTICE, "gb18030")})


def case_gb18030_beyond_gbk(d: Path) -> Expect:
    text = NOTICE.replace("市自然资源局", "𠮷城镇自然资源所")  # U+20BB7 has no GBK code
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    (d / "gb18030.txt").write_bytes(text.encode("gb18030"))
    return Expect(docs={"gb18030": _text_is(text, "gb18030")})


def case_utf16_le_bom(d: Path) -> Expect:
    (d / "u16le.txt").write_bytes("\ufeff".encode("utf-16-le") + NOTICE.encode("utf-16-le"))
    return Expect(docs={"u16le": _text_is("\ufeff" + NOTICE, "utf-16-le")})


def case_utf16_be_bom(d: Path) -> Expect:
    (d / "u16be.txt").write_bytes("\ufeff".encode("utf-16-be") + NOTICE.encode("utf-16-be"))
    return Expect(docs={"u16be": _text_is("\ufeff" + NOTICE, "utf-16-be")})


def case_utf8_bom(d: Path) -> Expect:
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbf" + NOTICE.encode())

    def check(store, doc_id):
        _text_is("\ufeff" + NOTICE)(store, doc_id)  # the BOM stays at index 0 (labelling guide)
        text = store.doc(doc_id).text
        assert text.index(PHRASE) == NOTICE.index(PHRASE) + 1

    return Expect(docs={"bom": check})


def case_crlf(d: Path) -> Expect:
    crlf = NOTICE.replace("\n", "\r\n")
    (d / "crlf.txt").write_bytes(crlf.encode())

    def check(store, doc_id):
        _text_is(crlf)(store, doc_id)  # \r kept: offsets are into the text as stored
        assert any("\r\n" in c.text for c in store.chunks(doc_id))

    return Expect(docs={"crlf": check})


def case_latin1(d: Path) -> Expect:
    text = "Compte rendu: la délégation a visité les écoles, déjà rénovées à 80 %. Garçon, café, naïve.\n" * 3
    (d / "latin1.txt").write_bytes(text.encode("latin-1"))
    return Expect(docs={"latin1": _text_is(text, "cp1252")})


def case_zero_width_chars(d: Path) -> Expect:
    text = NOTICE.replace("巡察", "巡\u200b察").replace("整改", "整\u200d改\ufeff")
    (d / "zwsp.txt").write_text(text, encoding="utf-8")
    return Expect(docs={"zwsp": _text_is(text, "utf-8")})


def case_odd_line_separators(d: Path) -> Expect:
    # U+2028/U+2029, NEL, form feed and vertical tab: str.splitlines() breaks on them, offsets must not care
    text = NOTICE.replace("\n一、", "\u2028一、").replace("\n二、", "\x85二、").replace("。一是", "。\x0c一是").replace(";二是", ";\x0b二是")
    text = text.replace("通报\n", "通报\u2029")
    (d / "seps.txt").write_text(text, encoding="utf-8")
    return Expect(docs={"seps": _text_is(text, "utf-8")})


def case_truncated_utf8(d: Path) -> Expect:
    (d / "cut.txt").write_bytes(NOTICE.rstrip("\n").encode()[:-1])  # half of the last character
    return Expect(errors=[("cut.txt", "last character is cut off")], docs={"cut": _text_is(NOTICE.rstrip("\n")[:-1] + "\ufffd")})


def case_truncated_gbk(d: Path) -> Expect:
    (d / "cutgbk.txt").write_bytes(NOTICE.rstrip("\n").encode("gbk")[:-1])
    return Expect(errors=[("cutgbk.txt", "last character is cut off")], docs={"cutgbk": _text_is(NOTICE.rstrip("\n")[:-1] + "\ufffd", "gb18030")})


def case_broken_utf16(d: Path) -> Expect:
    (d / "odd16.txt").write_bytes(b"\xff\xfe" + NOTICE.encode("utf-16-le") + b"\x41")  # odd byte count
    return Expect(errors=[("odd16.txt", "broken UTF-16")], absent=["odd16"])


def case_bom_only(d: Path) -> Expect:
    (d / "bomonly.txt").write_bytes(b"\xff\xfe" + " \n\t".encode("utf-16-le"))
    return Expect(errors=[("bomonly.txt", "only whitespace")], absent=["bomonly"])


# ---------------------------------------------------------------- not text


def case_empty(d: Path) -> Expect:
    (d / "empty.txt").write_bytes(b"")
    return Expect(errors=[("empty.txt", "empty file")], absent=["empty"])


def case_whitespace_only(d: Path) -> Expect:
    (d / "blank.txt").write_bytes(b" \r\n\t\n   \n")
    return Expect(errors=[("blank.txt", "only whitespace")], absent=["blank"])


def case_binary(d: Path) -> Expect:
    (d / "blob.txt").write_bytes(bytes(range(256)) * 8)
    return Expect(errors=[("blob.txt", "binary file")], absent=["blob"])


def case_office_file_given_explicitly(d: Path) -> Expect:
    p = d.parent / "report.docx"
    p.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"[Content_Types].xml" + bytes(64))
    return Expect(args=[d, p], errors=[("report.docx", "corrupt .docx")], absent=["report"])


def case_nul_in_middle(d: Path) -> Expect:
    data = (NOTICE * 60).encode()  # past the first 4 KB
    (d / "nul.txt").write_bytes(data + b"\x00" + NOTICE.encode())
    return Expect(errors=[("nul.txt", f"NUL byte at offset {len(data)}")], absent=["nul"])


def case_control_characters(d: Path) -> Expect:
    (d / "ctrl.txt").write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 40 + "通报".encode())
    return Expect(errors=[("ctrl.txt", "control characters")], absent=["ctrl"])


def case_fifty_megabytes(d: Path) -> Expect:
    block = (NOTICE * 200).encode()
    with open(d / "huge.txt", "wb") as f:
        while f.tell() < 50 * 1024 * 1024:
            f.write(block)
    return Expect(errors=[("huge.txt", "over the 20 MB limit")], absent=["huge"])


# ---------------------------------------------------------------- HTML


def case_html_saved_as_txt(d: Path) -> Expect:
    (d / "page.txt").write_text(HTML.format(body="<p>" + NOTICE.replace("\n", "</p><p>") + "</p>"), encoding="utf-8")

    def check(store, doc_id):
        doc = store.doc(doc_id)
        assert doc.source_format == "html" and doc.meta["title"] == "巡察整改通报"
        assert PHRASE in doc.text and "<p>" not in doc.text and "不应出现的脚本" not in doc.text and "color" not in doc.text

    return Expect(docs={"page": check})


def case_html_page(d: Path) -> Expect:
    body = "".join(f"<p>{ln}&nbsp;</p>\n" for ln in NOTICE.splitlines())
    (d / "site.html").write_text(HTML.format(body=f"<table><tr><td>{body}</td></tr></table>"), encoding="utf-8")

    def check(store, doc_id):
        doc = store.doc(doc_id)
        assert doc.source_format == "html" and PHRASE in doc.text and "不应出现的脚本" not in doc.text
        assert "\xa0" not in doc.text

    return Expect(docs={"site": check})


def case_html_without_text(d: Path) -> Expect:
    (d / "shell.html").write_text("<html><head><title></title><script>load()</script></head><body> </body></html>", encoding="utf-8")
    return Expect(errors=[("shell.html", "HTML page holds no text")], absent=["shell"])


# ---------------------------------------------------------------- meta.json


def _notice(d: Path, name: str) -> None:
    (d / f"{name}.txt").write_text(NOTICE, encoding="utf-8")


def case_meta_truncated(d: Path) -> Expect:
    _notice(d, "m1")
    (d / "m1.meta.json").write_text('{"title": "巡察整改', encoding="utf-8")
    def check(store, doc_id):
        assert store.doc(doc_id).meta == {}

    return Expect(errors=[("m1.meta.json", "broken JSON at line 1")], docs={"m1": check})


def case_meta_wrong_types(d: Path) -> Expect:
    _notice(d, "m2")
    (d / "m2.meta.json").write_text(json.dumps({"title": 42, "issuer": "市委巡察办", "published": "2021/5/1"}), encoding="utf-8")

    def check(store, doc_id):
        assert store.doc(doc_id).meta == {"issuer": "市委巡察办"}

    return Expect(
        errors=[("m2.meta.json", "field 'title' must be a string, got int"), ("m2.meta.json", "'published' must be YYYY-MM-DD")],
        docs={"m2": check},
    )


def case_meta_is_a_list(d: Path) -> Expect:
    _notice(d, "m3")
    (d / "m3.meta.json").write_text('[{"title": "巡察整改通报"}]', encoding="utf-8")
    return Expect(errors=[("m3.meta.json", "meta must be a JSON object")], docs={"m3": None})


def case_meta_not_utf8(d: Path) -> Expect:
    _notice(d, "m4")
    (d / "m4.meta.json").write_bytes(json.dumps({"title": "巡察整改通报"}, ensure_ascii=False).encode("gbk"))
    return Expect(errors=[("m4.meta.json", "not UTF-8")], docs={"m4": None})


def case_meta_is_a_directory(d: Path) -> Expect:
    _notice(d, "m5")
    (d / "m5.meta.json").mkdir()
    return Expect(errors=[("m5.meta.json", "cannot read meta file")], docs={"m5": None})


# ---------------------------------------------------------------- names and paths


def case_duplicate_doc_ids_across_folders(d: Path) -> Expect:
    for sub in ("a", "b"):
        (d / sub).mkdir()
        _notice(d / sub, "same")
    return Expect(errors=[("b/same.txt", "duplicate doc id 'same' (already loaded from")], docs={"same": None})


def case_names_with_spaces_and_chinese(d: Path) -> Expect:
    (d / "定海 专项 整治 (2019).txt").write_text(NOTICE, encoding="utf-8")
    return Expect(docs={"定海 专项 整治 (2019)": _text_is(NOTICE)})


def case_newline_in_file_name(d: Path) -> Expect:
    (d / "bad\nname.txt").write_bytes(b"")
    return Expect(errors=[("bad\\nname.txt", "empty file")], absent=["bad\nname"])


def case_file_named_only_suffix(d: Path) -> Expect:
    p = d.parent / ".txt"
    p.write_text(NOTICE, encoding="utf-8")
    return Expect(args=[d, p], errors=[("/.txt", "empty doc id")], absent=[""])


def case_folder_named_like_a_file(d: Path) -> Expect:
    (d / "folder.txt").mkdir()  # a directory where a notice file would be: searched, not read
    _notice(d / "folder.txt", "inside")
    return Expect(docs={"inside": None})


def case_path_does_not_exist(d: Path) -> Expect:
    return Expect(args=[d, d.parent / "no-such-notice.txt"], errors=[("no-such-notice.txt", "no such file or directory")])


def case_folder_with_no_notices(d: Path) -> Expect:
    other = d.parent / "attachments"
    other.mkdir()
    (other / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (other / "readme.md").write_text("说明", encoding="utf-8")
    return Expect(args=[d, other], errors=[("attachments", "folder holds no notices (.txt, .html, .pdf or .docx)")])


def case_symlink_loop(d: Path) -> Expect:
    os.symlink(d / "loop-b.txt", d / "loop-a.txt")
    os.symlink(d / "loop-a.txt", d / "loop-b.txt")
    os.symlink(d, d / "self")  # a directory loop: must not recurse forever
    return Expect(errors=[("loop-a.txt", "symlink loop"), ("loop-b.txt", "symlink loop")], absent=["loop-a", "loop-b"])


def case_dangling_symlink(d: Path) -> Expect:
    os.symlink(d / "gone" / "deleted.txt", d / "link.txt")
    return Expect(errors=[("link.txt", "dangling symlink")], absent=["link"])


def case_dangling_symlink_given_explicitly(d: Path) -> Expect:
    p = d.parent / "moved.txt"
    os.symlink(d.parent / "elsewhere.txt", p)
    return Expect(args=[d, p], errors=[("moved.txt", "dangling symlink")])


def case_unreadable_file(d: Path) -> Expect:
    p = d / "secret.txt"
    p.write_text(NOTICE, encoding="utf-8")
    p.chmod(0)
    try:
        with open(p, "rb"):
            readable = True
    except PermissionError:
        readable = False
    if readable:
        pytest.skip("running as root: chmod 000 does not stop reading (the simulated case below covers it)")
    return Expect(errors=[("secret.txt", "cannot read: Permission denied")], absent=["secret"])


def case_unreadable_file_simulated(d: Path) -> Expect:
    p = d / "locked.txt"
    p.write_text(NOTICE, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    _PATCHES.append((Path, "read_bytes", read_bytes))
    return Expect(errors=[("locked.txt", "cannot read: Permission denied")], absent=["locked"])


def case_named_pipe(d: Path) -> Expect:
    os.mkfifo(d / "pipe.txt")  # reading it would block forever
    return Expect(errors=[("pipe.txt", "not a regular file")], absent=["pipe"])


def case_device_given_explicitly(d: Path) -> Expect:
    return Expect(args=[d, Path("/dev/zero")], errors=[("/dev/zero", "not a regular file")])


def case_long_line_without_punctuation(d: Path) -> Expect:
    text = "巡察整改" * 1500 + "\n"  # 6000 characters, not one separator
    (d / "oneline.txt").write_text(text, encoding="utf-8")

    def check(store, doc_id):
        chunks = store.chunks(doc_id)
        assert len(chunks) > 10 and chunks[-1].end == len(text) - 1

    return Expect(docs={"oneline": check})


_PATCHES: list = []

CASES = {name[5:]: fn for name, fn in sorted(globals().items()) if name.startswith("case_")}


def test_there_are_at_least_25_kinds():
    assert len(CASES) >= 25, len(CASES)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for var in ("NOTICES_INDEX", "NOTICES_CHROMA_URL", "NOTICES_EMBEDDINGS", "NOTICES_ENGINE", "NOTICES_DEBUG"):
        monkeypatch.delenv(var, raising=False)


def _check_index(root: Path, want: dict, absent: list[str]) -> Store:
    store = Store(root)
    ids = set(store.hashes())
    assert GOOD in ids
    assert set(want) <= ids, ids
    assert not set(absent) & ids
    for doc_id in ids:
        doc = store.doc(doc_id)
        chunks = store.chunks(doc_id)
        assert chunks, doc_id
        for c in chunks:  # every stored span is exact into the stored text
            assert doc.text[c.start:c.end] == c.text
    for doc_id, check in want.items():
        if check is not None:
            check(store, doc_id)
    return store


def _good_corpus(tmp_path: Path, *cases, meta: bool = False) -> Path:
    """A corpus folder with the good notice (and its meta), then each bad case written beside it."""
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(CORPUS / f"{GOOD}.txt", d)
    if meta:
        shutil.copy(CORPUS / f"{GOOD}.meta.json", d)
    for case in cases:
        case(d)
    return d


@pytest.mark.parametrize("case", sorted(CASES))
def test_ingest_names_the_bad_file_and_keeps_the_rest(case, tmp_path, hash_embedder, monkeypatch):
    d = _good_corpus(tmp_path, meta=True)
    _PATCHES.clear()
    exp = CASES[case](d)
    for obj, attr, value in _PATCHES:
        monkeypatch.setattr(obj, attr, value)
    root = tmp_path / "idx"
    res = invoke("ingest", *(exp.args or [d]), "--index", root)
    assert_errors(res.stderr, exp.errors)
    assert res.exit_code == (3 if exp.errors else 0), (res.exit_code, res.stdout, res.stderr)
    if exp.errors:
        assert f"{len(exp.errors)} file(s) skipped" in res.stdout or "skipped" in res.stdout
    _check_index(root, exp.docs, exp.absent)

    # what was indexed is searchable, with spans that are exact slices of the stored text
    store = Store(root)
    for doc_id in [GOOD, *exp.docs]:
        text = store.doc(doc_id).text
        query = "低保专项治理" if doc_id == GOOD else text.lstrip("\ufeff")[:12]
        res = invoke("search", query, "--doc", doc_id, "--format", "json", "--k", "3", "--index", root)
        assert res.exit_code == 0 and not error_lines(res.stderr), res.stderr
        hits = json.loads(res.stdout)["results"]
        assert hits and all(h["doc"] == doc_id and text[h["start"]:h["end"]] == h["text"] for h in hits)


def test_ingest_where_every_input_is_bad_fails(tmp_path, hash_embedder):
    d = tmp_path / "corpus"
    d.mkdir()
    case_empty(d)
    res = invoke("ingest", d, tmp_path / "missing.txt", "--index", tmp_path / "idx")
    assert_errors(res.stderr, [("empty.txt", "empty file"), ("missing.txt", "no such file")])
    assert res.exit_code == 1


def test_rerun_reports_the_same_bad_files_and_changes_nothing(tmp_path, hash_embedder):
    d = _good_corpus(tmp_path, case_gbk, case_empty, case_meta_truncated)
    root = tmp_path / "idx"
    first = invoke("ingest", d, "--index", root, "--json")
    again = invoke("ingest", d, "--index", root, "--json")
    for res in (first, again):
        assert res.exit_code == 3
        assert_errors(res.stderr, [("empty.txt", "empty file"), ("m1.meta.json", "broken JSON")])
    assert json.loads(again.stdout)["unchanged"] == 3 and json.loads(again.stdout)["added"] == []


# ---------------------------------------------------------------- other commands' inputs


@pytest.fixture
def small_index(tmp_path, hash_embedder) -> Path:
    d = _good_corpus(tmp_path, meta=True)
    root = tmp_path / "idx"
    res = invoke("ingest", d, "--index", root)
    assert res.exit_code == 0, res.stderr
    return root


def _questions(tmp_path: Path) -> Path:
    q = tmp_path / "questions.jsonl"
    q.write_text(
        "\n".join([
            json.dumps({"id": "q1", "question": "低保专项治理核对了多少户?"}, ensure_ascii=False),
            '{"id": "q2", "question": "定海区公布了多少个',  # cut off mid-line
            json.dumps({"id": "q3", "text": "缺少 question 字段"}, ensure_ascii=False),
            "",
            json.dumps({"id": "q4", "question": "会同多少家单位开展集中整治?"}, ensure_ascii=False),
        ]) + "\n",
        encoding="utf-8",
    )
    return q


@pytest.mark.parametrize("command", ["search", "ask"])
def test_questions_file_with_a_broken_line_and_a_missing_field(command, tmp_path, small_index):
    q = _questions(tmp_path)
    res = invoke(command, "--questions", q, "--index", small_index)
    assert_errors(res.stderr, [("questions.jsonl:2", "broken JSON"), ("questions.jsonl:3", "missing field 'question'")])
    assert res.exit_code == 3
    out = [json.loads(ln) for ln in res.stdout.splitlines() if ln.strip()]
    assert [o["id"] for o in out] == ["q1", "q4"]  # the good lines are still answered, in order


@pytest.mark.parametrize("command", ["search", "ask"])
def test_questions_with_a_unicode_line_separator_inside_a_question(command, tmp_path, small_index):
    q = tmp_path / "questions.jsonl"
    lines = [json.dumps({"id": "q1", "question": "低保专项治理\u2028核对了多少户?"}, ensure_ascii=False),
             json.dumps({"id": "q2", "question": "会同多少家单位\x85开展集中整治?"}, ensure_ascii=False)]
    q.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = invoke(command, "--questions", q, "--index", small_index)
    assert res.exit_code == 0 and not res.stderr, res.stderr
    assert [json.loads(ln)["id"] for ln in res.stdout.splitlines() if ln.strip()] == ["q1", "q2"]


@pytest.mark.parametrize("command", ["search", "ask"])
def test_questions_file_that_is_not_utf8_or_a_directory(command, tmp_path, small_index):
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes(json.dumps({"id": "q1", "question": "核对了多少户"}, ensure_ascii=False).encode("gbk"))
    res = invoke(command, "--questions", gbk, "--index", small_index)
    assert res.exit_code == 1
    assert_errors(res.stderr, [("gbk.jsonl", "not UTF-8")])

    folder = tmp_path / "qdir"
    folder.mkdir()
    res = invoke(command, "--questions", folder, "--index", small_index)
    assert res.exit_code == 1
    assert_errors(res.stderr, [("qdir", "Is a directory")])


@pytest.mark.parametrize("query,k", [("", "5"), ("   \u3000\n", "5"), ("低保", "0"), ("低保", "-3")])
def test_empty_query_or_no_k_finds_nothing_rather_than_anything(query, k, small_index):
    res = invoke("search", query, "--k", k, "--index", small_index, "--format", "json")
    if res.exit_code == 0:
        assert json.loads(res.stdout)["results"] == [] and not res.stderr
    else:  # or the CLI refuses it (usage error or one line)
        assert res.exit_code in (1, 2) and "Traceback" not in res.stderr
    res = invoke("ask", query, "--k", k, "--index", small_index, "--json")
    if res.exit_code == 0:
        assert json.loads(res.stdout)["answerable"] is False
    else:
        assert res.exit_code in (1, 2) and "Traceback" not in res.stderr


def test_index_path_that_is_a_file(tmp_path, small_corpus, hash_embedder):
    f = tmp_path / "index.txt"
    f.write_text("not a folder", encoding="utf-8")
    res = invoke("ingest", small_corpus, "--index", f)
    assert res.exit_code == 1
    assert_errors(res.stderr, [("index.txt", "is a file, not a directory")])
    res = invoke("search", "低保", "--index", tmp_path / "never-built")
    assert res.exit_code == 1
    assert_errors(res.stderr, [("never-built", "no index at")])


def test_figures_names_bad_files_and_keeps_the_rest(tmp_path):
    d = _good_corpus(tmp_path, case_empty, case_symlink_loop)
    res = invoke("figures", d, "--format", "jsonl")
    assert res.exit_code == 3
    assert_errors(res.stderr, [("empty.txt", "empty file"), ("loop-a.txt", "symlink loop"), ("loop-b.txt", "symlink loop")])
    rows = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert rows and {r["doc"] for r in rows} == {GOOD}


def test_summarize_names_bad_files_and_keeps_the_rest(tmp_path):
    d = _good_corpus(tmp_path, case_binary, case_dangling_symlink, case_meta_is_a_list)
    res = invoke("summarize", d, "--out", tmp_path / "out")
    assert res.exit_code == 3, (res.stdout, res.stderr)
    report = [ln for ln in res.stderr.splitlines() if ln.startswith("summarized ")]
    assert len(report) == 1 and "2 notice(s)" in report[0]
    rest = "\n".join(ln for ln in res.stderr.splitlines() if not ln.startswith("summarized "))
    assert_errors(rest, [("blob.txt", "binary file"), ("link.txt", "dangling symlink"), ("m3.meta.json", "meta must be a JSON object")])
    docs = [json.loads(ln)["doc"] for ln in (tmp_path / "out" / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(docs) == sorted([GOOD, "m3"])


# ---------------------------------------------------------------- gold sources


def _gold_setup(tmp_path: Path, lines: list[str]) -> tuple[Path, Path]:
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    (gold / "src").mkdir(parents=True)
    (corpus / "demo.txt").write_text(NOTICE, encoding="utf-8")
    (gold / "src" / "demo.figures.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus, gold


def _build_gold(corpus: Path, gold: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "evals" / "gold" / "build.py"), "--corpus", str(corpus), "--gold", str(gold)],
        capture_output=True, text=True, timeout=60,
    )


def test_gold_with_an_anchor_that_is_not_in_the_notice(tmp_path):
    good = {"anchor": "节约费用903.989万元", "text": "903.989万元", "value": 903.989, "unit": "万元"}
    bad = {"anchor": "节约费用930.989万元", "text": "930.989万元", "value": 930.989, "unit": "万元"}  # digits swapped
    corpus, gold = _gold_setup(tmp_path, [json.dumps(good, ensure_ascii=False), json.dumps(bad, ensure_ascii=False)])
    res = _build_gold(corpus, gold)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "demo.figures.jsonl:2" in lines[0] and "anchor occurs 0 times" in lines[0], res.stderr
    assert not (gold / "figures.jsonl").exists()  # nothing half-built is written

    # fixed, the same source builds and the offset points at the text
    (gold / "src" / "demo.figures.jsonl").write_text(json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    res = _build_gold(corpus, gold)
    assert res.returncode == 0, res.stderr
    row = json.loads((gold / "figures.jsonl").read_text(encoding="utf-8"))
    assert NOTICE[row["start"]:row["start"] + len(row["text"])] == "903.989万元"


def test_gold_with_text_outside_its_anchor(tmp_path):
    bad = {"anchor": "拆除违建12处", "text": "13处", "value": 13, "unit": "处"}
    corpus, gold = _gold_setup(tmp_path, [json.dumps(bad, ensure_ascii=False)])
    res = _build_gold(corpus, gold)
    assert res.returncode != 0 and "Traceback" not in res.stderr
    assert res.stderr.strip().count("\n") == 0 and "demo.figures.jsonl:1" in res.stderr and "not inside anchor" in res.stderr


def test_gold_with_a_broken_json_line(tmp_path):
    corpus, gold = _gold_setup(tmp_path, ['{"anchor": "拆除违建12处", "text": "12处"'])
    res = _build_gold(corpus, gold)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr and "demo.figures.jsonl:1" in res.stderr and "broken JSON" in res.stderr
