"""Markdown notes → the same plain data and line map the YAML reader gives (see labels.py for the words).

    # Senior Backend Engineer at Acme          the interview: position at company
    - When: 2026-11-24 14:00 America/New_York, 60 minutes, video
    ## Dana Lee — Engineering Manager (hiring manager)     one heading per person
    - Talked about: moving billing to event sourcing
    ## Me: Sam Rivera                          your side: highlights, news since
    ## Company news / ## Asked me for / ## Sent

Mistakes that only Markdown can make (an unknown tag, a date that cannot be read, a second
`# ` heading) are NotesErrors here; everything else is left for the model to judge.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from afterview.errors import NotesError, Problem
from afterview.notes.markdown import labels as L
from afterview.notes.markdown.bullets import BulletReader
from afterview.notes.markdown.syntax import (
    _BULLET,
    _HEADING,
    MAX_ITEMS,
    MAX_PROBLEMS,
    _about_when,
    _iso,
    _Item,
    _Located,
    _Scope,
    source_lines,
)
from afterview.notes.model import FIRST_YEAR, LAST_YEAR
from afterview.notes.paths import LineMap, Path_, dotted, printable
from afterview.notes.plain_time import parse_day, parse_when
from afterview.notes.suggest import closest


class MarkdownReader(BulletReader):
    # --- driving -------------------------------------------------------------------------------

    def read(self) -> tuple[dict[str, Any], LineMap]:
        yaml_keys = list(re.finditer(r"^(candidate|position|company|interview|interviewers):", self.text, re.M))
        if len({key.group(1) for key in yaml_keys}) >= 2:
            line = self.text[: yaml_keys[0].start()].count("\n") + 1
            raise self._fail(line, "", "this looks like YAML, not Markdown notes; name the file .yaml")
        scope = _Scope("interview", 1)
        last: _Item | None = None
        stack: list[tuple[int, str | None]] = []  # (indent, tag) of the bullets enclosing the next one
        for count, (number, raw) in enumerate(source_lines(self.text), start=1):
            if count > MAX_ITEMS:
                raise self._fail(number, "", f"too many lines (more than {MAX_ITEMS:,}); is this the right file?")
            heading = _HEADING.match(raw) if not raw.startswith(" ") else None
            if heading:
                if last is not None:
                    self._item(last, scope)
                last, stack = None, []
                try:
                    scope = self._heading(len(heading.group(1)), (heading.group(2) or "").strip(), number, scope)
                except _Located as exc:
                    self.problems.append(Problem(self.file, number, printable(exc.field), printable(exc.message)))
                    scope = _Scope("skip", number)  # what follows belongs to a heading we could not read
                continue
            indent = len(raw) - len(raw.lstrip())
            stripped = raw.strip()
            bullet = _BULLET.match(stripped)
            if bullet is None and last is not None and indent > last.indent:
                last.text = f"{last.text} {stripped}"  # a wrapped line continues the bullet above
                continue
            if last is not None:
                self._item(last, scope)
            while stack and stack[-1][0] >= indent:
                stack.pop()
            body = (bullet.group(2) or "").strip() if bullet else stripped
            item = _Item(number, indent, body, stack[-1][1] if stack else None)
            stack.append((indent, self._tag_of(item, scope) or item.parent_tag))
            last = item if body else None
        if last is not None:
            self._item(last, scope)
        self._finish()
        if len(self.problems) > MAX_PROBLEMS:
            more = len(self.problems) - MAX_PROBLEMS
            cut = self.problems[MAX_PROBLEMS - 1]
            self.problems[MAX_PROBLEMS - 1] = Problem(
                cut.file, cut.line, cut.field, f"{cut.message} (and {more} more problems after this one)"
            )
            del self.problems[MAX_PROBLEMS:]
        if self.problems:
            raise NotesError(self.problems)
        return self.data, self.lines

    # --- headings ------------------------------------------------------------------------------

    def _heading(self, level: int, text: str, line: int, scope: _Scope) -> _Scope:
        key = L.norm(text)
        if level == 1:
            if self.title_line is not None:
                raise self._fail(
                    line,
                    "",
                    f"a second '# ' heading (the first is on line {self.title_line}); one interview per file, "
                    "and each person gets a '## Name — Title (role)' heading",
                )
            self.title_line = line
            self.lines[("interview",)] = line
            self._title(text, line)
            return _Scope("interview", line)
        # `### Talked about` under a person (or `### Highlights` under Me) tags the bullets below it
        if scope.kind in ("person", "me"):
            target = self._table(scope).get(key)
            if target in L.LISTS and (level > 2 or target != "requested"):  # '## Asked me for': the notes' own
                return _Scope(scope.kind, scope.line, scope.index, target)
        me = re.match(
            r"^(me|about me|myself|candidate|the candidate)(?:(?:\s*[:(,]|\s+[—–-])\s*(.*?)\)?)?$", text, re.I
        )
        if me:
            self._me(line)
            name = (me.group(2) or "").strip()
            if name:
                self._set(("candidate", "name"), name, line, _Scope("me", line))
            return _Scope("me", line)
        section = L.SECTIONS.get(key)
        if section == "interview":
            return _Scope("interview", line)
        if section in ("news", "requested", "history", "since_interview", "highlights", "people"):
            if section in ("since_interview", "highlights"):
                self._me(line)
                return _Scope("me", line, default=section)
            return _Scope(section, line)
        if key in L.NOT_PEOPLE:
            raise _Located(
                "",
                f"'## {text}' is not a section afterview reads (it would be taken for a person's name); "
                "use '## Company news', '## Asked me for', '## Sent', '## Me: Your Name', or a person's heading "
                "'## Name — Title (role)', or put these lines under the first heading",
            )
        person = re.match(r"^(?:interviewer|person)(?:\s*[:—–-]\s*(.*)|)$", text, re.I)
        if person:
            return self._person(person.group(1) or "", line)
        near = closest(key, [k for k in L.SECTIONS if len(k) > 3], cutoff=0.8) if key else None
        if near and not re.search(r"[—–(,|]| - ", text):
            raise self._fail(
                line,
                "",
                f"'{text}' is not a section; did you mean '## {near.capitalize()}'? "
                "(a person's heading is '## Name — Title (role)')",
            )
        return self._person(text, line)

    def _title(self, text: str, line: int) -> None:
        """'Position at Company', optionally followed by when and how: '— 2026-11-24 14:00 America/New_York, video'."""
        pieces = re.split(r"(\s+[—–|·]\s+|,\s+|\s+-\s+)", text)
        when: list[str] = []
        while len(pieces) >= 3 and _about_when(pieces[-1]):
            when.insert(0, pieces[-1])
            del pieces[-2:]
        text = "".join(pieces).strip()
        if when:
            self._when(", ".join(when), line)
        for word in (" at ", " @ "):
            if word in text:
                position, company = text.rsplit(word, 1)
                if position.strip() and company.strip():
                    self._set(("position",), position.strip(), line, None)
                    self._set(("company", "name"), company.strip(), line, None)
                    return
        for word in (" — ", " – ", " | "):
            if word in text:
                position, company = text.split(word, 1)
                if position.strip() and company.strip():
                    self._set(("position",), position.strip(), line, None)
                    self._set(("company", "name"), company.strip(), line, None)
                    return
        if text and L.norm(text) not in L.SECTIONS:
            self._set(("position",), text, line, None)

    def _finish(self) -> None:
        if self.title_line is not None:  # what the first heading should have said is missing: point at it
            missing: list[Path_] = [("position",), ("company",), ("company", "name"), ("interview", "at")]
            for where in missing:
                self.lines.setdefault(where, self.title_line)
        interview = self.data.get("interview", {})
        start: date | None = None
        when_failed = False
        for what, raw, line, path in sorted(self.deferred, key=lambda d: d[0] != "when"):
            try:
                if what == "when":
                    try:
                        at, zone = parse_when(raw)
                    except ValueError as exc:
                        when_failed = True
                        if "needs a year" in str(exc) or "relative to today" in str(exc):
                            raise ValueError(f"'{raw}' needs the full date, e.g. 2026-11-24 14:00") from None
                        raise
                    if not FIRST_YEAR <= at.year <= LAST_YEAR:
                        when_failed = True
                        raise ValueError(
                            f"{at.date().isoformat()} is not a plausible date (year {at.year}); check the year"
                        )
                    interview["at"] = _iso(at)
                    start = at.date()
                    if zone:
                        if interview.get("timezone"):
                            raise _Located(
                                "interview.timezone", "given twice (in the When line and on its own); keep one"
                            )
                        interview["timezone"] = zone
                        self.lines[("interview", "timezone")] = line
                    else:
                        self.lines.setdefault(("interview", "timezone"), line)
                elif what == "day":
                    interview["decision_by"] = parse_day(raw, ref=start, direction="future").isoformat()
                else:
                    at, _ = parse_when(raw, ref=start, direction="future")
                    self.data["history"][int(path[1])]["at"] = _iso(at)
            except ValueError as exc:
                cascade = ("needs a year", "outside the calendar", "relative to today")
                if when_failed and any(words in str(exc) for words in cascade):
                    continue  # follows from the When line's mistake, reported already
                field_ = exc.field if isinstance(exc, _Located) else dotted(path[:2] if what == "when" else path)
                message = exc.message if isinstance(exc, _Located) else str(exc)
                if start is None and "needs a year" in message:
                    message = message.replace(
                        "needs a year here", "needs a year (there is no '- When:' line to count from)"
                    )
                self.problems.append(Problem(self.file, line, printable(field_), printable(message)))


def parse_markdown(text: str, file: str) -> tuple[dict[str, Any], LineMap]:
    return MarkdownReader(text, file).read()
