"""Text → plain data plus a map from field path to line, for YAML, JSON and TOML.

YAML is read as text: every scalar stays the string the user typed (so `no`,
`0800` and `2026-11-24` keep their meaning until the model decides what the field
is), duplicate keys are errors, and tags are ignored rather than executed.
"""

from __future__ import annotations

import json
import re
from typing import Any

from afterview.errors import NotesError, Problem

Path_ = tuple[str | int, ...]
LineMap = dict[Path_, int]

MAX_NODES = 100_000  # aliases can make a tiny file expand enormously
MAX_DEPTH = 40
_NULLS = {"", "~", "null", "Null", "NULL"}


def parse(text: str, file: str, kind: str) -> tuple[Any, LineMap]:
    if kind == "json":
        return _parse_json(text, file)
    if kind == "toml":
        return _parse_toml(text, file)
    return _parse_yaml(text, file)


def _fail(file: str, line: int | None, message: str, field: str = "") -> NotesError:
    return NotesError([Problem(file, line, field, message)])


def _parse_yaml(text: str, file: str) -> tuple[Any, LineMap]:
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or bracket is found where the scanner gives up, often the end of
        # the file: point at where it opened instead.
        opened = bool(exc.context and ("quoted" in exc.context or "flow" in exc.context))
        mark = (exc.context_mark if opened else None) or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or "cannot be read"
        if opened and exc.context:
            problem = f"{exc.context.removeprefix('while ')} that starts here: {problem}"
        raise _fail(file, line, f"not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise _fail(file, None, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise _fail(file, None, "not valid YAML: nested too deeply") from None
    if root is None:
        raise _fail(file, 1, "the file has no content")
    lines: LineMap = {(): root.start_mark.line + 1}
    return _Converter(file, lines).convert(root, ()), lines


class _Converter:
    def __init__(self, file: str, lines: LineMap) -> None:
        self.file = file
        self.lines = lines
        self.nodes = 0

    def convert(self, node: Any, path: Path_) -> Any:
        import yaml

        self.nodes += 1
        line = node.start_mark.line + 1
        if self.nodes > MAX_NODES:
            raise _fail(self.file, line, "too many values (are anchors and aliases expanding?)")
        if len(path) > MAX_DEPTH:
            raise _fail(self.file, line, "nested too deeply")
        if isinstance(node, yaml.ScalarNode):
            if node.style is None and node.value in _NULLS:
                return None
            return node.value
        if isinstance(node, yaml.SequenceNode):
            items = []
            for n, child in enumerate(node.value):
                self.lines[(*path, n)] = child.start_mark.line + 1
                items.append(self.convert(child, (*path, n)))
            return items
        mapping: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise _fail(self.file, key_line, "a key must be plain text", dotted(path))
            key = key_node.value
            if key in first_seen:
                raise _fail(
                    self.file,
                    key_line,
                    f"duplicate key '{key}' (first given on line {first_seen[key]})",
                    dotted((*path, key)),
                )
            first_seen[key] = key_line
            self.lines[(*path, key)] = key_line
            mapping[key] = self.convert(value_node, (*path, key))
        return mapping


def _parse_json(text: str, file: str) -> tuple[Any, LineMap]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(file, exc.lineno, f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise _fail(file, None, "not valid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. a number of more than 4300 digits
        raise _fail(file, None, f"not valid JSON: {exc}") from None
    # Valid JSON is YAML flow syntax once tabs (only ever whitespace in valid JSON) are
    # spaces, so the YAML reader finds duplicate keys and where each field is.
    try:
        _, lines = _parse_yaml(text.replace("\t", " "), file)
    except NotesError as exc:
        if any(p.message.startswith("duplicate key") for p in exc.problems):
            raise
        lines = {(): 1}  # valid JSON the YAML reader cannot follow: fields located at line 1
    return data, lines


_TOML_LINE = re.compile(r"at line (\d+)")
_TOML_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_TOML_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=""")


def _parse_toml(text: str, file: str) -> tuple[Any, LineMap]:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        message = str(exc).split(" (at ")[0]
        raise _fail(file, int(found.group(1)) if found else None, f"not valid TOML: {message}") from None
    except RecursionError:
        raise _fail(file, None, "not valid TOML: nested too deeply") from None
    except ValueError as exc:  # e.g. a number of more than 4300 digits
        raise _fail(file, None, f"not valid TOML: {exc}") from None
    return data, _toml_lines(text)


def _toml_lines(text: str) -> LineMap:
    """Where tables, array-of-table items and keys are; inline tables fall back to their parent."""
    lines: LineMap = {(): 1}
    table: Path_ = ()
    counts: dict[Path_, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        header = _TOML_HEADER.match(raw)
        if header:
            parts = tuple(p.strip().strip("\"'") for p in header.group(2).split("."))
            resolved: Path_ = ()
            for part in parts[:-1]:
                resolved = (*resolved, part)
                if resolved in counts:
                    resolved = (*resolved, counts[resolved] - 1)
            resolved = (*resolved, parts[-1])
            lines.setdefault(resolved, number)
            if header.group(1) == "[[":
                counts[resolved] = counts.get(resolved, 0) + 1
                resolved = (*resolved, counts[resolved] - 1)
            table = resolved
            lines[table] = number
            continue
        key = _TOML_KEY.match(raw)
        if key:
            parts = tuple(p.strip().strip("\"'") for p in key.group(1).split("."))
            lines[(*table, *parts)] = number
    return lines


def dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
