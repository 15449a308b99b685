"""One settings object: every field is a flag and an env var in the --help of the commands that use it."""
import re
from dataclasses import fields

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.settings import DEFAULTS, ENV, Settings, SettingsError, load_settings

COMMANDS = ("ingest", "search", "ask", "summarize", "figures", "eval")


def help_text(command: str) -> str:
    res = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "300", "TERMINAL_WIDTH": "300"})
    assert res.exit_code == 0, res.output
    return res.output


def flags_in(text: str) -> set[str]:
    """The options a --help lists: the first word of a row of its options table (not flags named in prose)."""
    return set(re.findall(r"^\W (--[a-z][a-z-]*)", text, re.M))


@pytest.fixture(scope="module")
def helps() -> dict[str, str]:
    return {c: help_text(c) for c in COMMANDS}


def test_every_setting_is_a_flag_with_its_env_var(helps):
    for f in fields(Settings):
        flag = "--" + f.name.replace("_", "-")
        using = [c for c, text in helps.items() if flag in flags_in(text)]
        assert using, f"setting {f.name} has no flag in any command"
        for c in using:
            assert ENV[f.name] in helps[c], f"`notices {c} --help` lists {flag} without {ENV[f.name]}"


def test_k_is_one_setting_in_search_ask_and_eval(helps):
    for c in ("search", "ask", "eval"):
        assert "--k" in flags_in(helps[c]) and "NOTICES_K" in helps[c]
        assert f"(default: {DEFAULTS['k']})" in helps[c]


def test_precedence_flag_over_env_over_default(monkeypatch):
    assert load_settings().k == DEFAULTS["k"]
    monkeypatch.setenv("NOTICES_K", "3")
    assert load_settings().k == 3
    assert load_settings(k=11).k == 11
    monkeypatch.setenv("NOTICES_DEBUG", "1")
    monkeypatch.setenv("NOTICES_PROMPTS", "/tmp/p")
    s = load_settings()
    assert s.debug is True and str(s.prompts) == "/tmp/p"


@pytest.mark.parametrize("env,value,problem", [
    ("NOTICES_K", "many", "NOTICES_K='many' is not a valid int"),
    ("NOTICES_K", "0", "k must be at least 1"),
    ("NOTICES_ENGINE", "gpt", "NOTICES_ENGINE / --engine"),
    ("NOTICES_STRUCTURED", "xml", "NOTICES_STRUCTURED / --structured"),
])
def test_bad_setting_is_one_line_naming_it(monkeypatch, env, value, problem):
    monkeypatch.setenv(env, value)
    with pytest.raises(SettingsError, match=re.escape(problem)):
        load_settings()
    from tests.clihelp import invoke

    res = invoke("search", "低保")
    if res.exit_code == 2:  # click read the env var and refused its type: a usage error naming it
        assert env in " ".join(res.stderr.split())
    else:
        assert res.exit_code == 1 and res.stderr.count("\n") == 1 and problem in res.stderr


def test_cli_k_reaches_the_search(monkeypatch, tmp_path, hash_embedder):
    import json

    from tests.clihelp import NOTICE, invoke

    (tmp_path / "n.txt").write_text(NOTICE * 3, encoding="utf-8")
    assert invoke("ingest", tmp_path / "n.txt", "--index", tmp_path / "idx").exit_code == 0
    monkeypatch.setenv("NOTICES_K", "1")
    res = invoke("search", "拆除违建", "--index", tmp_path / "idx", "--json")
    assert len(json.loads(res.stdout)["results"]) == 1
    res = invoke("search", "拆除违建", "--index", tmp_path / "idx", "--json", "--k", "2")
    assert len(json.loads(res.stdout)["results"]) == 2


def test_debug_shows_the_failure_instead_of_one_line(tmp_path, monkeypatch):
    from pipeline.errors import IndexError_

    args = ["search", "低保", "--index", str(tmp_path / "none")]
    quiet = CliRunner().invoke(app, args)
    assert quiet.exit_code == 1 and quiet.stderr.startswith("error: no index at")
    assert isinstance(CliRunner().invoke(app, [*args, "--debug"]).exception, IndexError_)
    monkeypatch.setenv("NOTICES_DEBUG", "1")
    assert isinstance(CliRunner().invoke(app, args).exception, IndexError_)
