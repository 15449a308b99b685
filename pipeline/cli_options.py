"""Every command's setting options come from `Settings`: one declaration, one flag, one env var, one default.

`settings_command(app, "index", "k", …)` adds an option per named setting to a
command (flag, env var and default shown in its `--help`), builds the Settings
object from them (flag > environment > default) and passes it as `settings=`.
It also runs the command the way every command runs: failures the user is
meant to read (NoticesError) become one line on stderr, anything else one line
with its type name, a traceback only with --debug / NOTICES_DEBUG; the
`prompts` override folder applies for the length of the command.
"""
from __future__ import annotations

import functools
import inspect
import typing
from pathlib import Path
from typing import Optional

import typer

from . import resources
from .errors import user_message
from .settings import DEFAULTS, ENV, HELP, TYPES, env_value, load_settings

EXIT_FAILED, EXIT_PARTIAL = 1, 3

# groups of settings that commands use together
STORE = ("index", "chroma_url", "embeddings", "embedding_model", "embeddings_url", "base_url", "api_key", "timeout")
LLM = ("engine", "model", "base_url", "api_key", "timeout", "max_retries", "structured", "cache", "no_cache",
       "price_in", "price_out", "prompts")


def err(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)


def python_type(name: str) -> type:
    typ = TYPES[name]
    for word, t in (("Path", Path), ("bool", bool), ("int", int), ("float", float)):
        if word in typ:
            return t
    return str


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def option(name: str):
    default = DEFAULTS[name]
    shown = f" (default: {default})" if default is not None and default is not False else ""  # [brackets] would be read as markup
    return typer.Option(None, flag(name), envvar=ENV[name], help=HELP[name] + shown, show_default=False, show_envvar=True)


def settings_command(app: typer.Typer, *names: str, name: str | None = None):
    """Register fn as a command taking the named settings as options, called with `settings=`."""
    names = tuple(dict.fromkeys(names + ("debug",)))

    def deco(fn):
        hints = typing.get_type_hints(fn)  # resolved in fn's module, whose names typer cannot see from here
        sig = inspect.signature(fn)
        own = [p.replace(annotation=hints.get(p.name, p.annotation)) for p in sig.parameters.values() if p.name != "settings"]
        extra = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=option(n), annotation=Optional[python_type(n)])
                 for n in names]

        @functools.wraps(fn)
        def run(*args, **kwargs):
            flags = {n: kwargs.pop(n) for n in names}
            debug = bool(flags["debug"]) or env_value("debug")
            try:
                s = load_settings(**flags)
                with resources.overrides(s.prompts):
                    return fn(*args, settings=s, **kwargs)
            except typer.Exit:
                raise
            except KeyboardInterrupt:
                err("interrupted; finished work is kept (rerun to continue)")
                raise typer.Exit(130) from None
            except Exception as e:  # noqa: BLE001 - the user gets one line, developers get --debug
                if debug:
                    raise
                err(user_message(e))
                raise typer.Exit(EXIT_FAILED) from None

        run.__signature__ = sig.replace(parameters=own + extra)
        run.__annotations__ = {p.name: p.annotation for p in own + extra}
        del run.__wrapped__  # typer must see the signature above, not fn's
        return app.command(name)(run)

    return deco
