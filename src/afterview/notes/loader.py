"""Read a notes file into `Notes`, or raise NotesError naming file, line and field."""

from __future__ import annotations

import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from afterview.errors import NotesError, Problem
from afterview.notes import register_said
from afterview.notes.comments import remember as remember_comments
from afterview.notes.forms import form_of
from afterview.notes.model import LocatedValueError, Notes
from afterview.notes.parse import parse
from afterview.notes.paths import LineMap, dotted, printable
from afterview.notes.suggest import did_you_mean
from afterview.textfile import read_text_file

MAX_BYTES = 1_000_000  # a notes file is a page or two; more is a wrong file
MAX_PROBLEMS = 20  # a file with thousands of mistakes is the wrong file; the first few say so


def load_notes(path: Path, *, default_timezone: str | None = None) -> Notes:
    file = str(path)
    text = read_text(path, file)
    return notes_from_text(text, file, kind_of(path), default_timezone=default_timezone)


def kind_of(path: Path) -> str:
    """How to read a notes file: by its extension, YAML when the extension says nothing."""
    return form_of(path) or "yaml"


def read_text(path: Path, file: str, *, regular_only: bool = False) -> str:
    """The file as text, or a NotesError saying why it is not a readable text file."""
    return read_text_file(
        path,
        max_bytes=MAX_BYTES,
        noun="a notes file",
        empty="`afterview init` writes an example to start from",
        fail=lambda message, line: NotesError([Problem(file, line, "", message)]),
        regular_only=regular_only,
    )


def notes_from_text(text: str, file: str, kind: str = "yaml", *, default_timezone: str | None = None) -> Notes:
    data, lines = parse(text, file, kind)
    if not isinstance(data, dict):
        raise NotesError(
            [Problem(file, lines.get(()), "", "the notes must be a mapping with candidate, position, company, …")]
        )
    interview = data.get("interview")
    if default_timezone and isinstance(interview, dict) and not interview.get("timezone"):
        data["interview"] = {**interview, "timezone": default_timezone}
    registers = register_said.take_remarks(data, text, kind)  # 'old school', 'call me Bob': no topics
    try:
        notes = Notes.model_validate(data)
    except ValidationError as exc:
        problems = sorted((_problem(err, file, lines, data) for err in exc.errors()), key=_order)
        if kind == "md":
            from afterview.notes.markdown.hints import for_markdown

            problems = [for_markdown(p) for p in problems]
        if len(problems) > MAX_PROBLEMS:
            last = problems[MAX_PROBLEMS - 1]
            more = f" (and {len(problems) - MAX_PROBLEMS} more problems after this one)"
            problems = [*problems[: MAX_PROBLEMS - 1], Problem(last.file, last.line, last.field, last.message + more)]
        raise NotesError(problems) from None
    remember_comments(notes, text, kind)
    register_said.remember(notes, registers)
    return notes


def _order(problem: Problem) -> tuple[int, str]:
    return (problem.line or 0, problem.field)


def _problem(err: ErrorDetails, file: str, lines: LineMap, data: object) -> Problem:
    located = (err.get("ctx") or {}).get("error")
    loc: tuple[str | int, ...]
    if isinstance(located, LocatedValueError):
        loc, message = located.path, str(located)
    else:
        loc = _field_loc(err["loc"], data)
        message = _message(err, loc)
    return Problem(file, _line(lines, loc), printable(dotted(loc)), printable(message))


def _field_loc(loc: tuple[str | int, ...], data: object) -> tuple[str | int, ...]:
    """Drop pydantic's union/validator markers so the path matches the user's file."""
    out: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:  # noqa: SIM114 (mypy narrows each branch on its own)
            out.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and _model_at(tuple(out)) is not None:
            out.append(part)  # a missing or unknown key
            node = None
    return tuple(out)


def _line(lines: LineMap, loc: tuple[str | int, ...]) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _message(err: ErrorDetails, loc: tuple[str | int, ...]) -> str:
    kind = err["type"]
    value = err.get("input")
    shown = _show(value)
    if kind == "missing":
        if loc == ("interview", "timezone"):
            return (
                "required: the interview's IANA timezone, e.g. America/New_York (or set a default in the config file)"
            )
        return "required"
    if kind == "extra_forbidden":
        key = str(loc[-1])
        model = _model_at(loc[:-1])
        allowed = list(model.model_fields) if model else []
        return f"unknown key '{key}'" + did_you_mean(key, allowed, f" (known keys: {', '.join(allowed)})")
    if kind == "enum":
        options = _enum_values(loc)
        return f"{shown} is not one of {', '.join(options)}{did_you_mean(value, options)}"
    if kind in ("int_parsing", "int_type", "int_from_float", "finite_number"):
        return f"{shown} is not a whole number"
    if kind == "int_parsing_size":
        return f"{shown} is far too large a number"
    if kind == "string_unicode":
        return "contains an unpaired surrogate (e.g. \\ud800), which is not text; delete it"
    if kind in ("greater_than", "less_than_equal", "greater_than_equal", "less_than"):
        return f"{shown} is out of range: {err['msg'].lower().removeprefix('input should be ')}"
    if kind in ("bool_parsing", "bool_type"):
        return f"{shown} is not true or false"
    if kind.startswith("datetime"):
        return f"{shown} is not a date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-24T14:00"
    if kind.startswith("date"):
        return f"{shown} is not a date; write it as YYYY-MM-DD, e.g. 2026-12-05"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"is too long ({len(value)} characters; at most {err['ctx']['max_length']})"
    if kind == "too_short":
        return "needs at least one entry"
    if kind == "too_long":
        return f"has too many entries (at most {err['ctx']['max_length']})"
    if kind == "list_type":
        return f"should be a list (one '- item' per line), not {shown}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"should be a mapping of keys, not {shown}"
    if kind == "string_type":
        return "must not be empty" if value is None else f"should be text, not {shown}"
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    return str(err["msg"])


def _show(value: object) -> str:
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    model: type[BaseModel] | None = Notes
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        field = model.model_fields.get(part)
        model = _inner(field.annotation, BaseModel) if field else None
    return model


def _enum_values(loc: tuple[str | int, ...]) -> list[str]:
    model = _model_at(loc[:-1])
    field = model.model_fields.get(str(loc[-1])) if model else None
    enum = _inner(field.annotation, Enum) if field else None
    return [m.value for m in enum] if enum else []


def _inner(annotation: Any, base: type) -> Any:
    """The first class deriving from `base` inside list[…], Optional[…] or a union."""
    if isinstance(annotation, type) and issubclass(annotation, base):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            found = _inner(arg, base)
            if found is not None:
                return found
    return None
