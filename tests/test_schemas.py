import copy

import jsonschema
import pytest

from pipeline import schemas
from pipeline.errors import DataError
from pipeline.schemas import SchemaError, load_prompt, load_schema, schema_errors, validate

SUMMARY = {
    "doc": "d", "title": "t", "issuer": None, "engine": "extractive",
    "inspection": {"round": {"text": "第十轮巡察", "start": 0, "end": 5}, "team": None,
                   "dates": [{"text": "8月6日", "start": 9, "end": 13, "kind": "feedback"}]},
    "progress": [{"text": "17个问题已完成整改14个", "start": 20, "end": 33}],
    "issues": [{
        "id": "d#i1", "parent": None, "subject": "惠州市", "text": "治污问题", "start": 40, "end": 44,
        "scope_end": 80, "status": None, "summary": "新建污水管网30.6公里。",
        "summary_span": {"start": 45, "end": 58},
        "measures": [{"id": "d#m1", "text": "新建污水管网30.6公里。", "start": 45, "end": 58,
                      "figure_ids": ["d#f1"]}],
    }],
    "figures": [{"id": "d#f1", "doc": "d", "start": 51, "end": 57, "text": "30.6公里", "value": 30.6,
                 "unit": "公里", "norm_value": 30600.0, "base_unit": "米", "subject": None,
                 "sentence": "新建污水管网30.6公里。", "sentence_start": 45, "sentence_end": 58}],
    "flags": [],
}
REPLY = {"issues": [{"id": "i1", "summary": "新建污水管网30.6公里。", "figure_ids": ["f1"]}]}


@pytest.mark.parametrize("name", ["notice_summary", "summary_reply"])
def test_schemas_load_and_are_valid_draft_2020_12(name):
    s = load_schema(name)
    assert s["$schema"].endswith("2020-12/schema")
    jsonschema.Draft202012Validator.check_schema(s)
    assert load_schema(name) is s  # cached


def test_valid_examples_pass():
    validate(SUMMARY, "notice_summary")
    validate(REPLY, "summary_reply")
    validate(SUMMARY | {"inspection": None, "engine": "llm", "prompt_version": "summarize.v1"}, "notice_summary")


def _broken(path, value):
    obj = copy.deepcopy(SUMMARY)
    *head, last = path
    target = obj
    for k in head:
        target = target[k]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return obj


@pytest.mark.parametrize("path,value,where", [
    (["engine"], "gpt", "engine"),
    (["flags"], KeyError, "(root)"),
    (["issues", 0, "summary"], "", "issues/0/summary"),
    (["issues", 0, "start"], -1, "issues/0/start"),
    (["issues", 0, "measures", 0, "figure_ids"], ["a", "a"], "issues/0/measures/0/figure_ids"),
    (["issues", 0, "invented"], 1, "issues/0"),
    (["figures", 0, "value"], "30.6", "figures/0/value"),
    (["progress", 0, "end"], None, "progress/0/end"),
    (["summary"], "extra top-level field", "(root)"),
])
def test_invalid_summaries_fail_with_the_path(path, value, where):
    obj = _broken(path, value)
    with pytest.raises(SchemaError) as ei:
        validate(obj, "notice_summary")
    assert any(e.startswith(where) for e in ei.value.errors), ei.value.errors
    assert "notice_summary" in str(ei.value)


@pytest.mark.parametrize("reply", [
    {},
    {"issues": [{"id": "i1", "summary": "x"}]},  # figure_ids missing
    {"issues": [{"id": "i1", "summary": "", "figure_ids": []}]},  # an empty summary
    {"issues": [{"id": "i1", "summary": "x", "figure_ids": [], "figures": []}]},  # the model may not write figures
    {"issues": [{"id": "i1", "summary": "x", "figure_ids": [3]}]},
    {"issues": [{"id": "i1", "summary": "x", "figure_ids": [], "start": 0}]},  # nor offsets
])
def test_invalid_replies_fail(reply):
    assert schema_errors(reply, "summary_reply")


def test_prompt_highest_version_and_env_override(tmp_path, monkeypatch):
    text, version = load_prompt("summarize")
    assert version == "summarize.v3" and "---user---" in text and "<<<\n{{outline}}\n>>>" in text
    (tmp_path / "summarize.v1.md").write_text("old", encoding="utf-8")
    (tmp_path / "summarize.v12.md").write_text("new", encoding="utf-8")
    (tmp_path / "summarize.v3.md").write_text("mid", encoding="utf-8")
    monkeypatch.setenv("NOTICES_PROMPTS", str(tmp_path))
    assert load_prompt("summarize") == ("new", "summarize.v12")
    # the override folder replaces files by name; the rest still come from the package
    assert load_schema("notice_summary")["title"] == "NoticeSummary"
    with pytest.raises(DataError, match="no_such.schema.json"):
        load_schema("no_such")
    monkeypatch.delenv("NOTICES_PROMPTS")
    assert load_prompt("summarize")[1] == "summarize.v3"
    schemas.clear_caches()
