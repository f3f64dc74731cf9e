"""The reader's state: the data read so far, where each value was, and how a value is stored."""

from __future__ import annotations

from typing import Any

from afterview.errors import NotesError, Problem
from afterview.notes.markdown import labels as L
from afterview.notes.markdown.syntax import (
    _Located,
    _role,
    _Scope,
    split_person_heading,
)
from afterview.notes.model import Interviewer
from afterview.notes.paths import LineMap, Path_, dotted, printable


class ReaderState:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.data: dict[str, Any] = {}
        self.lines: LineMap = {(): 1}
        self.problems: list[Problem] = []
        self.people: list[dict[str, Any]] = []
        self.deferred: list[tuple[str, str, int, Path_]] = []  # (what, raw text, line, path)
        self.title_line: int | None = None

    def _me(self, line: int) -> None:
        if "candidate" not in self.data:
            self.data["candidate"] = {}
            self.lines[("candidate",)] = line

    def _person(self, text: str, line: int) -> _Scope:
        n = len(self.people)
        person: dict[str, Any] = {}
        self.people.append(person)
        self.data["interviewers"] = self.people
        self.lines.setdefault(("interviewers",), line)
        self.lines[("interviewers", n)] = line
        scope = _Scope("person", line, n)
        name, title, extras = split_person_heading(text)
        if name:
            self._set(("interviewers", n, "name"), name, line, scope)
        if title:
            self._set(("interviewers", n, "title"), title, line, scope)
        for extra in extras:
            if L.norm(extra) in L.PRIMARY_WORDS:
                self._set(("interviewers", n, "primary_contact"), "true", line, scope)
            else:
                self._set(("interviewers", n, "role"), _role(extra), line, scope)
        return scope

    def _path(self, target: str, scope: _Scope, line: int) -> Path_:
        if scope.kind == "person" and target in Interviewer.model_fields:
            return ("interviewers", scope.index, target)
        if target in ("name", "email", "highlights", "since_interview"):
            self._me(line)
            return ("candidate", target)
        if target in ("company", "news", "pace", "culture"):
            self.data.setdefault("company", {})
            self.lines.setdefault(("company",), line)
            return ("company", "name" if target == "company" else target)
        if target in ("position", "requested"):
            return (target,)
        self.data.setdefault("interview", {})
        self.lines.setdefault(("interview",), line)
        return ("interview", target)

    # --- storing -------------------------------------------------------------------------------

    def _set(self, path: Path_, value: str, line: int, scope: _Scope | None) -> None:
        node: Any = self.data
        for part in path[:-1]:
            node = node[part] if isinstance(part, int) else node.setdefault(part, {})
        key = path[-1]
        if key in node:
            first = self.lines.get(path)
            raise _Located(dotted(path), f"given twice (first on line {first}); keep one")
        node[key] = value
        self.lines[path] = line

    def _append(self, path: Path_, value: str, line: int) -> None:
        node: Any = self.data
        for part in path[:-1]:
            node = node[part] if isinstance(part, int) else node.setdefault(part, {})
        items = node.setdefault(path[-1], [])
        self.lines.setdefault(path, line)
        self.lines[(*path, len(items))] = line
        items.append(value)

    def _fail(self, line: int, field_: str, message: str) -> NotesError:
        return NotesError([Problem(self.file, line, printable(field_), printable(message))])
