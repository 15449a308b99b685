"""Prompts, schemas and calibrated data are package data; an override folder replaces them file by file;
a missing file is an error naming it, never a silent default."""
import json
from importlib.resources import files

import pytest

from pipeline import resources, schemas
from pipeline.errors import DataError, NoticesError
from tests.conftest import ROOT


def test_packaged_files_are_the_checkout_files():
    pkg = files("pipeline")
    for name in ("answer.schema.json", "notice_summary.schema.json", "answer.v3.md", "answer_choice.schema.json", "summarize.v1.md"):
        assert pkg.joinpath("prompts", name).read_bytes() == (ROOT / "prompts" / name).read_bytes()
    for name in ("abstain.json", "thresholds.json"):
        assert pkg.joinpath("data", name).read_bytes() == (ROOT / "evals" / name).read_bytes()


def test_abstain_threshold_is_the_calibrated_one():
    from pipeline.answer import abstain_threshold

    assert abstain_threshold() == json.loads((ROOT / "evals" / "abstain.json").read_text())["threshold"]


def test_override_folder_replaces_one_file(tmp_path, monkeypatch):
    from pipeline.answer import abstain_threshold

    (tmp_path / "abstain.json").write_text('{"threshold": 0.5}')
    monkeypatch.setenv("NOTICES_PROMPTS", str(tmp_path))
    assert abstain_threshold() == 0.5
    assert resources.read_json("data", "thresholds.json")["version"]  # not overridden: the packaged one
    with resources.overrides(tmp_path / "elsewhere"):  # the --prompts flag wins over the environment
        assert abstain_threshold() != 0.5


@pytest.mark.parametrize("content,problem", [(None, "abstain.json"), ("{broken", "broken JSON"), ('{"x": 1}', "no field 'threshold'")])
def test_missing_or_broken_data_is_an_error_naming_the_file(tmp_path, monkeypatch, content, problem):
    from pipeline.answer import abstain_threshold

    monkeypatch.setattr(resources, "PACKAGES", {"prompts": "prompts", "data": "no-such-folder"})
    if content is not None:
        (tmp_path / "abstain.json").write_text(content)
    monkeypatch.setenv("NOTICES_PROMPTS", str(tmp_path))
    with pytest.raises(DataError, match=problem) as ei:
        abstain_threshold()
    assert isinstance(ei.value, NoticesError) and "\n" not in str(ei.value)


def test_cli_reports_a_missing_schema_in_one_line(tmp_path, monkeypatch):
    from tests.clihelp import NOTICE, invoke

    (tmp_path / "d.txt").write_text(NOTICE, encoding="utf-8")
    monkeypatch.setattr(resources, "PACKAGES", {"prompts": "no-such-folder", "data": "data"})
    schemas.clear_caches()
    try:
        res = invoke("summarize", tmp_path / "d.txt", "--prompts", tmp_path)
    finally:
        schemas.clear_caches()
    assert res.exit_code == 1
    lines = [x for x in res.stderr.splitlines() if x.startswith("error:")]
    assert len(lines) == 1 and "notice_summary.schema.json" in lines[0] and str(tmp_path) in lines[0], res.stderr
