"""Model replies to JSON: fences, <think> blocks, prose around the object and truncation tolerated;
schema errors listed so that the model can be asked again."""
from __future__ import annotations

import json
import re
from typing import Any

import jsonschema

from ..errors import squeeze


_FENCE = re.compile(r"```[ \t]*(?:json[c5]?|JSON)?[ \t]*\n?(.*?)(?:```|$)", re.S)
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S | re.I)


def _close_truncated(s: str) -> str | None:
    """Close a JSON text cut off mid-way: drop a dangling key or comma, close the
    open string, arrays and objects. None when it is not simply truncated."""
    stack: list[str] = []
    in_str = esc = False
    cuts: list[tuple[int, list[str]]] = []  # safe places to cut, with the stack there
    for i, ch in enumerate(s):
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
            cuts.append((i + 1, stack.copy()))
        elif ch in "}]":
            if not stack or stack.pop() != ch:
                return None
            cuts.append((i + 1, stack.copy()))
        elif ch == ",":
            cuts.append((i, stack.copy()))
    if not stack and not in_str:
        return None
    tail = s + ('"' if in_str else "")
    candidates = [tail + "".join(reversed(stack))]
    candidates += [s[:pos] + "".join(reversed(st)) for pos, st in reversed(cuts[-20:])]
    for cand in candidates:
        try:
            json.loads(cand)
            return cand
        except ValueError:
            continue
    return None


def extract_json(text: str | None) -> Any:
    """Parse JSON out of a model reply: tolerate ```json fences, <think> blocks,
    prose around the object and simple truncation. Raises ValueError."""
    if not text or not text.strip():
        raise ValueError("empty reply")
    try:
        return json.loads(text)
    except ValueError:
        pass
    s = _THINK.sub("", text)
    if (m := _FENCE.search(s)) is not None:
        s = m.group(1)
    start = min((i for i in (s.find("{"), s.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise ValueError(f"no JSON object in reply: {squeeze(text, 80)!r}")
    try:
        return json.JSONDecoder().raw_decode(s, start)[0]
    except ValueError as e:
        err = e
    if (fixed := _close_truncated(s[start:].rstrip())) is not None:
        return json.loads(fixed)
    raise ValueError(f"invalid JSON: {err}")


def validation_errors(obj: Any, schema: dict) -> list[str]:
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(obj), key=lambda er: list(er.absolute_path))
    return [f"{'/'.join(map(str, er.absolute_path)) or '(root)'}: {er.message}" for er in errors[:20]]


def parse_reply(text: str | None, schema: dict) -> tuple[Any, list[str]]:
    try:
        obj = extract_json(text)
    except ValueError as e:
        return None, [f"reply is not valid JSON: {e}"]
    return obj, validation_errors(obj, schema)


def schema_instruction(schema: dict) -> str:
    return ("Reply with a single JSON object and nothing else (no prose, no code fences). "
            "It must validate against this JSON Schema:\n"
            + json.dumps(schema, ensure_ascii=False))


def reask_messages(messages: list[dict], reply: str | None, errors: list[str]) -> list[dict]:
    return [*messages, {"role": "assistant", "content": reply or ""},
            {"role": "user", "content": "Your reply was rejected:\n- " + "\n- ".join(errors)
             + "\nReply again with only the corrected JSON object."}]
