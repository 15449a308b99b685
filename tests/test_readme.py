"""README's command and settings tables say what `notices CMD --help` says, so they cannot drift."""
import re
from pathlib import Path

import pytest
import typer

from pipeline.cli import app
from pipeline.settings import DEFAULTS, ENV
from tests.test_settings import flags_in, help_text

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)
SETTING_FLAGS = {"--" + n.replace("_", "-"): n for n in ENV}


def table(heading: str) -> list[list[str]]:
    """The rows of the first table after `heading`, as lists of cells (escaped pipes kept inside a cell)."""
    lines = README.split(heading + "\n", 1)[1].splitlines()
    first = next(n for n, ln in enumerate(lines) if ln.startswith("|"))
    rows = []
    for ln in lines[first + 2:]:  # after the header and its |---| line
        if not ln.startswith("|"):
            break
        rows.append([c.strip() for c in re.split(r"(?<!\\)\|", ln)[1:-1]])
    assert rows, f"no table under {heading!r}"
    return rows


def command_rows() -> dict[str, str]:
    rows = {}
    for cells in table("### Commands"):
        m = re.match(r"`notices (\w+)", cells[0])
        assert m, cells
        rows[m.group(1)] = " ".join(cells)
    return rows


@pytest.fixture(scope="module")
def helps() -> dict[str, set[str]]:
    return {c: flags_in(help_text(c)) for c in COMMANDS}


def test_every_command_has_one_row():
    assert sorted(command_rows()) == COMMANDS


def test_the_options_a_row_names_exist(helps):
    for cmd, row in command_rows().items():
        named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", row))
        assert named <= helps[cmd], f"README names {sorted(named - helps[cmd])} for `notices {cmd}`, its --help does not"


def test_every_option_of_its_own_is_in_the_row(helps):
    for cmd, row in command_rows().items():
        own = helps[cmd] - set(SETTING_FLAGS) - {"--help"}
        missing = [f for f in sorted(own) if not re.search(rf"{f}(?![\w-])", row)]
        assert not missing, f"`notices {cmd}` takes {missing}; README's command table does not say"


def test_settings_table_is_the_settings(helps):
    rows = {c[1].strip("`"): c for c in table("### Settings")}
    assert set(rows) == set(SETTING_FLAGS), "README's settings table lists other flags than Settings"
    for flag, name in SETTING_FLAGS.items():
        env, _, default, used_by, _ = rows[flag]
        assert env == f"`{ENV[name]}`", flag
        d = DEFAULTS[name]
        assert default == ("off" if d is False else "none" if d is None else f"`{d}`"), flag
        using = [c for c in ("ingest", "search", "ask", "summarize", "figures", "eval") if flag in helps[c]]
        assert used_by == ("all" if set(using) == set(COMMANDS) else ", ".join(using)), flag
