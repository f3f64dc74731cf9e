"""A notes model → the text of a notes file in any of the forms afterview reads (YAML, JSON, TOML, Markdown)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from afterview.notes.model import Notes
from afterview.notes.recipient import requested_by_nobody

FORMATS = ("md", "yaml", "json", "toml")


def plain(notes: Notes) -> dict[str, Any]:
    """The notes as plain data, defaults left out, times as written ('2026-11-24T14:00')."""

    def convert(value: Any) -> Any:
        if isinstance(value, datetime):
            timespec = "minutes" if not value.second and not value.microsecond else "auto"
            return value.isoformat(timespec=timespec)
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [convert(v) for v in value]
        return value

    data = convert(notes.model_dump(mode="python", exclude_defaults=True))
    plain_data: dict[str, Any] = json.loads(json.dumps(data, default=lambda v: v.value))  # enums → their values
    if "requested" in plain_data:
        rest = requested_by_nobody(notes)
        if rest:
            plain_data["requested"] = rest
        else:
            del plain_data["requested"]
    return plain_data


def dump(notes: Notes, kind: str) -> str:
    if kind == "md":
        from afterview.notes.markdown.writer import to_markdown

        return to_markdown(notes)
    data = plain(notes)
    if kind == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if kind == "toml":
        return _toml(data)
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml(data: dict[str, Any]) -> str:
    """TOML for this shape: scalars and string lists at the top, then one table per section."""
    lines = [f"{k} = {_toml_value(v)}" for k, v in data.items() if not isinstance(v, dict) and not _tables(v)]
    for key, value in data.items():
        if isinstance(value, dict):
            lines += ["", f"[{key}]", *(f"{k} = {_toml_value(v)}" for k, v in value.items())]
        elif _tables(value):
            for entry in value:
                lines += ["", f"[[{key}]]", *(f"{k} = {_toml_value(v)}" for k, v in entry.items())]
    return "\n".join(lines).lstrip("\n") + "\n"


def _tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
