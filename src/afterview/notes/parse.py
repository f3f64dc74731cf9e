"""Text → plain data plus a map from field path to line, for YAML, JSON and TOML (Markdown: markdown/reader.py).

YAML is read as text: every scalar stays the string the user typed (so `no`,
`0800` and `2026-11-24` keep their meaning until the model decides what the field
is), duplicate keys are errors, and tags are ignored rather than executed.
"""

from __future__ import annotations

import json
import re
from typing import Any

from afterview.errors import NotesError, Problem
from afterview.notes.paths import LineMap, Path_, dotted, printable
from afterview.notes.yaml_hints import yaml_hint

# A real notes file has a few hundred values. Aliases can make a tiny file expand
# enormously, and the pure-Python YAML reader needs seconds for 100,000 plain ones.
MAX_NODES = 10_000
MAX_DEPTH = 40
_NULLS = {"", "~", "null", "Null", "NULL"}
_TOO_MANY = f"too many values (more than {MAX_NODES:,}; are anchors and aliases expanding?)"


def parse(text: str, file: str, kind: str) -> tuple[Any, LineMap]:
    if kind == "md":
        from afterview.notes.markdown.reader import parse_markdown

        return parse_markdown(text, file)
    if kind == "json":
        return _parse_json(text, file)
    if kind == "toml":
        return _parse_toml(text, file)
    return _parse_yaml(text, file)


def _fail(file: str, line: int | None, message: str, field: str = "") -> NotesError:
    return NotesError([Problem(file, line, printable(field), printable(message))])


def _parse_yaml(text: str, file: str) -> tuple[Any, LineMap]:
    import yaml

    try:
        root = _compose(text)
    except _TooMany as exc:
        raise _fail(file, exc.line, _TOO_MANY) from None
    except _TooDeep as exc:
        raise _fail(file, exc.line, "not valid YAML: nested too deeply") from None
    except yaml.reader.ReaderError as exc:
        # A control character or similar: the reader knows the offset, not the line.
        line = text[: exc.position].count("\n") + 1 if isinstance(exc.position, int) else None
        code = exc.character if isinstance(exc.character, int) else None
        what = f"the control character U+{code:04X}" if code is not None else "a control character"
        raise _fail(file, line, f"not valid YAML: {what} is not allowed in text; delete it") from None
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or bracket is found where the scanner gives up, often the end of
        # the file: point at where it opened instead.
        opened = bool(exc.context and ("quoted" in exc.context or "flow" in exc.context))
        mark = (exc.context_mark if opened else None) or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or "cannot be read"
        hint = yaml_hint(problem, exc.context or "", _line_text(text, line))
        if opened and exc.context:
            problem = f"{exc.context.removeprefix('while ')} that starts here: {problem}"
        raise _fail(file, line, f"not valid YAML: {problem}" + (f"; {hint}" if hint else "")) from None
    except yaml.YAMLError as exc:
        raise _fail(file, None, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise _fail(file, None, "not valid YAML: nested too deeply") from None
    if root is None:
        raise _fail(file, 1, "the file has no content")
    lines: LineMap = {(): root.start_mark.line + 1}
    return _Converter(file, lines).convert(root, ()), lines


def _line_text(text: str, line: int | None) -> str:
    if line is None:
        return ""
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


class _TooDeep(Exception):
    def __init__(self, line: int | None) -> None:
        self.line = line


class _TooMany(_TooDeep):
    pass


def _compose(text: str) -> Any:
    """`yaml.compose` that stops at MAX_DEPTH levels instead of recursing until Python gives up."""
    import yaml

    class Loader(yaml.SafeLoader):
        depth = 0
        nodes = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            self.depth += 1
            self.nodes += 1
            try:
                if self.depth > MAX_DEPTH + 1 or self.nodes > MAX_NODES:
                    mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                    line = mark.line + 1 if mark else None
                    raise _TooDeep(line) if self.depth > MAX_DEPTH + 1 else _TooMany(line)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    loader = Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


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
            raise _fail(self.file, line, _TOO_MANY)
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
        raise _fail(file, _deep_line(text), "not valid JSON: nested too deeply") from None
    except ValueError:  # a number of more than 4300 digits
        raise _fail(file, _long_number_line(text), f"not valid JSON: {_LONG_NUMBER}") from None
    # Valid JSON is YAML flow syntax once tabs (only ever whitespace in valid JSON) are
    # spaces, so the YAML reader finds duplicate keys and where each field is.
    try:
        _, lines = _parse_yaml(text.replace("\t", " "), file)
    except NotesError as exc:
        problem = exc.problems[0]
        if not problem.message.startswith("not valid YAML") or "nested too deeply" in problem.message:
            # a duplicate key, or more values or nesting than any notes file has
            raise _fail(file, problem.line, problem.message.replace("YAML", "JSON"), problem.field) from None
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
        line = int(found.group(1)) if found else len(text.splitlines()) or 1  # "(at end of document)"
        raise _fail(file, line, f"not valid TOML: {message}") from None
    except RecursionError:
        raise _fail(file, _deep_line(text), "not valid TOML: nested too deeply") from None
    except ValueError:  # a number of more than 4300 digits
        raise _fail(file, _long_number_line(text), f"not valid TOML: {_LONG_NUMBER}") from None
    return data, _toml_lines(text)


_LONG_NUMBER = "a number has more than 4300 digits; no value in notes is that long"


def _long_number_line(text: str) -> int | None:
    found = re.search(r"\d{4300}", text)
    return text[: found.start()].count("\n") + 1 if found else None


def _deep_line(text: str) -> int | None:
    """The line where brackets first nest deeper than MAX_DEPTH (strings skipped), for errors only."""
    depth, line, quote, escaped = 0, 1, "", False
    for char in text:
        if char == "\n":
            line += 1
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif char in "]}":
            depth -= 1
    return None


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
            for end in range(1, len(parts)):  # `a.b = 1` is where `a` starts, too
                lines.setdefault((*table, *parts[:end]), number)
            lines[(*table, *parts)] = number
    return lines
