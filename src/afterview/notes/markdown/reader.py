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
from dataclasses import dataclass
from datetime import date
from typing import Any

from afterview.errors import NotesError, Problem
from afterview.notes.emails import is_email
from afterview.notes.markdown import labels as L
from afterview.notes.model import FIRST_YEAR, LAST_YEAR, Interviewer
from afterview.notes.paths import LineMap, Path_, dotted, printable
from afterview.notes.plain_time import parse_day, parse_minutes, parse_when
from afterview.notes.suggest import closest

MAX_ITEMS = 10_000
MAX_LINE = 4000  # characters in one bullet, wrapped lines included; the model allows 2000 per item
MAX_PROBLEMS = 20  # as for YAML: the first few say it is the wrong file

_HEADING = re.compile(r"^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^([-*+•]|\d{1,3}[.)])(?:\s+(.*))?$")
_TAG = re.compile(r"^([A-Za-z][A-Za-z '’/_\-]{0,40}?)\s*:(?:\s+(.*)|\s*)$")
_SPLIT = re.compile(r"\s+[·|]\s+")
# The whole line says it ("Told me not to follow up", "No follow-ups, please"); a line that goes on
# ("… not to follow up with the recruiter, but to email her") says something else.
_NOT_FOLLOW = re.compile(
    r"(?:\b(?:not|n[o']t|never|no need)\s+(?:to\s+)?follow[\s-]*(?:up|ups)|^\W*no\s+follow[\s-]*ups?)"
    r"(?:\s+(?:again|at all|please|with (?:us|them|me|her|him)|afterwards|after this))?\W*(?:please)?\W*$",
    re.I,
)
_DECIDE = re.compile(
    r"\b(?:decision|decide|decides|deciding|decided|hear back|get back to me|answer|respond)\w*\b.*?"
    r"\b(?:by|on|before|until)\s+(?P<day>.+?)[.!]?$",
    re.I,
)
_REPLY = re.compile(
    r"\s*[,;(—-]\s*(?P<reply>replied|they replied|got a reply|answered|reply|no reply|not replied|no answer|"
    r"unanswered|no response|never replied)\)?\.?$",
    re.I,
)
_ASKED = re.compile(  # "She asked me for my portfolio link", "I'll send them references": the line's whole point
    r"^(?:(?:she|he|they|[\w.-]+(?:\s[\w.-]+)?)\s+)?(?:asked|wants?|would like|requested)\s+(?:me\s+)?"
    r"(?:for|to send(?:\s+(?:them|her|him))?)\s+(?P<item>.+?)[.!]?$"
    r"|^(?:i'll|i will|i'd|i would|i promised to|promised to|i said i'd|i said i would)\s+send"
    r"(?:\s+(?:them|her|him))?\s+(?P<sent>.+?)[.!]?$",
    re.I,
)
_SPOKEN_TOPIC = re.compile(
    r"^(?:we\s+)?(?:talked about|discussed|spoke about|chatted about)\s+(?P<rest>\S.*)$"
    r"|^(?:she|he|they)\s+(?:asked about|talked about|spoke about)\s+(?P<rest2>\S.*)$",
    re.I,
)
_DAYLIKE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tomorrow|week)",
    re.I,
)
_WHENISH = re.compile(
    r"\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b|[A-Za-z_]+/[A-Za-z_]+"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)",
    re.I,
)


def _about_when(piece: str) -> bool:
    """A piece of the first heading that says when or how ('2026-11-24 14:00', 'video', '45 minutes')."""
    key = L.norm(piece)
    if key in L.FORMATS or (key.isdigit() and len(key) == 4):
        return True
    if re.fullmatch(r"\d+\s*(?:min|mins|minutes?|hours?|hrs?|h)", key):
        return True
    return bool(_WHENISH.search(piece))


_ROLE_SEPARATORS = (" — ", " – ", " - ", ", ", " | ", ": ")


@dataclass
class _Item:
    line: int
    indent: int
    text: str
    parent_tag: str | None = None  # a nested bullet inherits its parent's tag


@dataclass
class _Scope:
    kind: str  # interview | person | me | news | requested | history | since_interview | highlights | people
    line: int
    index: int = 0  # which interviewer
    default: str | None = None  # the tag of untagged bullets under a `### Talked about` sub-heading
    base: int | None = None  # under `## Interviewers`: the indent of the bullets that name a person
    person: _Scope | None = None  # …and the person they named last


class MarkdownReader:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.data: dict[str, Any] = {}
        self.lines: LineMap = {(): 1}
        self.problems: list[Problem] = []
        self.people: list[dict[str, Any]] = []
        self.deferred: list[tuple[str, str, int, Path_]] = []  # (what, raw text, line, path)
        self.title_line: int | None = None

    # --- driving -------------------------------------------------------------------------------

    def read(self) -> tuple[dict[str, Any], LineMap]:
        yaml_keys = list(re.finditer(r"^(candidate|position|company|interview|interviewers):", self.text, re.M))
        if len({key.group(1) for key in yaml_keys}) >= 2:
            line = self.text[: yaml_keys[0].start()].count("\n") + 1
            raise self._fail(line, "", "this looks like YAML, not Markdown notes; name the file .yaml")
        scope = _Scope("interview", 1)
        last: _Item | None = None
        stack: list[tuple[int, str | None]] = []  # (indent, tag) of the bullets enclosing the next one
        for count, (number, raw) in enumerate(self._lines(), start=1):
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

    def _lines(self) -> Any:
        """(line number, text) for each line that is not blank, a comment, a rule or code."""
        in_comment = False
        fence: str | None = None
        for number, raw in enumerate(self.text.splitlines(), start=1):
            line = raw.replace("\t", "    ").rstrip()
            stripped = line.strip()
            if fence is not None:
                if stripped.startswith(fence):
                    fence = None
                continue
            if in_comment:
                if "-->" in stripped:
                    in_comment = False
                    after = stripped.split("-->", 1)[1].strip()
                    if after:
                        yield number, after
                continue
            if stripped.startswith("<!--"):
                rest = stripped[4:]
                if "-->" not in rest:
                    in_comment = True
                    continue
                line = rest.split("-->", 1)[1]
                stripped = line.strip()
            if stripped.startswith(("```", "~~~")):
                fence = stripped[:3]
                continue
            if not stripped or re.fullmatch(r"([-*_])(\s*\1){2,}", stripped) or stripped.startswith(">"):
                continue
            yield number, line

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
            if target in L.LISTS:
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

    # --- bullets -------------------------------------------------------------------------------

    def _tag_of(self, item: _Item, scope: _Scope) -> str | None:
        found = _TAG.match(item.text)
        if not found:
            return None
        return self._table(scope).get(L.norm(found.group(1)))

    def _table(self, scope: _Scope) -> dict[str, str]:
        if scope.kind in ("person", "people"):
            return L.PERSON
        if scope.kind == "me":
            return L.ME
        if scope.kind == "interview":
            return L.INTERVIEW
        return {}

    def _item(self, item: _Item, scope: _Scope) -> None:
        try:
            self._parse_item(item, scope)
        except _Located as exc:
            self.problems.append(Problem(self.file, item.line, printable(exc.field), printable(exc.message)))

    def _parse_item(self, item: _Item, scope: _Scope) -> None:
        text = item.text
        if scope.kind == "skip":
            return
        if len(text) > MAX_LINE:
            raise _Located(
                "", f"this line is {len(text):,} characters long; a note is a short phrase (at most {MAX_LINE:,})"
            )
        if scope.kind == "history":
            self._history(text, item.line)
            return
        if scope.kind == "people":  # a list of people: each top-level bullet names one, nested ones are theirs
            if scope.base is None:
                scope.base = item.indent
            if item.indent <= scope.base:
                scope.person = self._person(text, item.line)
                return
            if scope.person is None:
                raise _Located("", "name the person first, e.g. '- Dana Lee — Engineering Manager (hiring manager)'")
            scope = scope.person
        table = self._table(scope)
        tagged = _TAG.match(text)
        if tagged:
            label, value = tagged.group(1), (tagged.group(2) or "").strip()
            target = table.get(L.norm(label))
            if target is not None:
                self._tagged(target, value, item, scope)
                return
            self._unknown_tag(label, text, scope)
        if item.parent_tag is not None:
            self._tagged(item.parent_tag, text, item, scope)
            return
        self._untagged(text, item, scope)

    def _unknown_tag(self, label: str, text: str, scope: _Scope) -> None:
        """A tag that is not known here: an error when it looks like a mistyped tag, else plain text."""
        key = L.norm(label)
        elsewhere = {"person": L.PERSON, "me": L.ME, "interview": L.INTERVIEW}
        if scope.kind in ("interview", "person", "me"):
            places = [_WHERE[kind] for kind, table in elsewhere.items() if kind != scope.kind and key in table]
            if places:
                raise _Located("", f"'{label}:' belongs {' or '.join(places)}")
        if scope.kind not in ("interview", "person", "me"):
            return
        table = self._table(scope)
        near = closest(key, table, cutoff=0.75)
        if near is not None:
            raise _Located("", f"unknown tag '{label}:'; did you mean '{_written(table[near], near)}:'?")
        if scope.kind == "interview" and len(key.split()) <= 3:
            raise _Located("", f"unknown tag '{label}:' here; {_KNOWN['interview']}")

    def _untagged(self, text: str, item: _Item, scope: _Scope) -> None:
        line = item.line
        if scope.default is not None:
            self._tagged(scope.default, text, item, scope)
            return
        if scope.kind in ("news", "requested"):
            path: Path_ = ("company", "news") if scope.kind == "news" else ("requested",)
            self._append(path, text, line)
            return
        if _NOT_FOLLOW.search(text):
            self._tagged("no_follow_up", "yes", item, scope)
            return
        asked = _ASKED.search(text)
        if asked and scope.kind in ("interview", "person"):
            self._tagged("requested", asked.group("item") or asked.group("sent"), item, scope)
            return
        decided = _DECIDE.search(text)
        if decided and _DAYLIKE.search(decided.group("day")):
            self._tagged("decision_by", decided.group("day"), item, scope)
            return
        outcome = L.OUTCOMES.get(L.norm(text.rstrip(".!")))
        if outcome is not None and outcome != "pending":
            self._tagged("outcome", outcome, item, scope)
            return
        if scope.kind == "person":
            key = L.norm(text)
            spoken = _SPOKEN_TOPIC.match(text)
            if spoken:  # "- We discussed the roadmap": the words say what it is
                self._tagged("topics", spoken.group("rest") or spoken.group("rest2"), item, scope)
                return
            if re.match(r"^we both\s+\S", text, re.I):
                self._tagged("rapport", text[3:].strip(), item, scope)
                return
            if is_email(text):
                self._tagged("email", text, item, scope)
            elif key in L.PRIMARY_WORDS:
                self._tagged("primary_contact", "yes", item, scope)
            else:
                self._tagged("topics", text, item, scope)
            return
        if scope.kind == "me":
            self._tagged("highlights", text, item, scope)
            return
        shown = text if len(text) <= 50 else text[:47] + "…"
        raise _Located(
            "", f"'{shown}' is not something afterview reads under the interview heading; {_KNOWN['interview']}"
        )

    def _tagged(self, target: str, value: str, item: _Item, scope: _Scope) -> None:
        line = item.line
        if target not in L.LISTS and target not in ("no_follow_up", "primary_contact"):
            parts = _SPLIT.split(value)
            if len(parts) > 1:
                value = self._split(parts, item, scope)
        path = self._path(target, scope, line)
        if target in L.LISTS:
            if not value:
                return  # `- Talked about:` with nested bullets below it
            self._append(path, value, line)
            return
        if target in ("when", "when_part"):
            self._when(value, line, partial=target == "when_part")
            return
        if target == "duration_minutes":
            value = str(_parse(parse_minutes, value, dotted(path)))
        elif target in ("no_follow_up", "primary_contact"):
            value = _flag(value, dotted(path))
        elif target == "decision_by":
            self.deferred.append(("day", value, line, path))
            self._set(path, value, line, scope)
            return
        elif target == "role":
            value = _role(value)
        else:
            vocab = {"format": L.FORMATS, "channel": L.CHANNELS, "outcome": L.OUTCOMES}.get(target)
            if vocab is not None:
                value = vocab.get(L.norm(value), value)
            elif target in ("pace", "culture"):
                value = L.level(value, L.PACES if target == "pace" else L.CULTURES) or value
        self._set(path, value, line, scope)

    def _split(self, parts: list[str], item: _Item, scope: _Scope) -> str:
        """`Email: a@b.example · Channel: email · Primary contact`: the first value, the rest handled here."""
        first, extra = parts[0], []
        table = self._table(scope)
        for part in parts[1:]:
            tagged = _TAG.match(part)
            known = tagged is not None and L.norm(tagged.group(1)) in table
            flag = scope.kind == "person" and L.norm(part) in L.PRIMARY_WORDS
            if known or flag:
                extra.append(part)
            elif extra:
                extra[-1] = f"{extra[-1]} · {part}"
            else:
                first = f"{first} · {part}"
        for part in extra:
            self._parse_item(_Item(item.line, item.indent, part), scope)
        return first

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

    def _when(self, value: str, line: int, *, partial: bool = False) -> None:
        earlier = next((d for d in self.deferred if d[0] == "when"), None)
        rest = []
        for part in re.split(r"\s*[,;·]\s*", value):
            key = L.norm(part)
            if key in L.FORMATS:
                self._set(("interview", "format"), L.FORMATS[key], line, None)
                continue
            if re.search(r"\d\s*(?:min|minutes?|hours?|hrs?|h)\b", part, re.I) and not re.search(r"\d:\d", part):
                try:
                    minutes = parse_minutes(part)
                except ValueError:
                    pass
                else:
                    self._set(("interview", "duration_minutes"), str(minutes), line, None)
                    continue
            rest.append(part)
        self.data.setdefault("interview", {})
        self.lines.setdefault(("interview",), line)
        if earlier is not None and (partial or earlier[3] == ("interview", "at", "part")):
            # a date on one line and the time on another: read them together
            self.deferred[self.deferred.index(earlier)] = (
                "when",
                f"{earlier[1]} {' '.join(rest)}",
                earlier[2],
                ("interview", "at"),
            )
            return
        self._set(("interview", "at"), "", line, None)
        self.deferred.append(
            ("when", " ".join(rest), line, ("interview", "at", "part") if partial else ("interview", "at"))
        )

    def _history(self, text: str, line: int) -> None:
        replied = "false"
        reply = _REPLY.search(text)
        if reply:
            replied = "false" if re.search(r"\bno|not|never|unanswered", reply.group("reply"), re.I) else "true"
            text = text[: reply.start()].strip()
        found = re.match(r"^(?P<kind>.+?)\s+to\s+(?P<rest>.+)$", text, re.I)
        if not found:
            raise _Located(
                "history",
                "write what you sent as '<kind> to <name> on <date and time>', e.g. "
                "'thank-you to Dana Lee on 2026-11-24 18:30, no reply'",
            )
        rest = found.group("rest")
        cut, width = _last(rest, " on "), 4  # by regex: lower() can change the length ("İ")
        if cut < 0:
            cut = _last(rest, " at ")
        if cut < 0:
            cut, width = rest.rfind(", "), 2  # "thank-you to Dana Lee, 2026-11-24 18:30"
        if cut < 0:
            raise _Located("history", f"'{text}' needs when you sent it, e.g. '… on 2026-11-24 18:30'")
        n = len(self.data.setdefault("history", []))
        entry = {
            "kind": L.KINDS.get(L.norm(found.group("kind")), found.group("kind").strip()),
            "to": rest[:cut].strip(),
            "at": "",
            "replied": replied,
        }
        self.data["history"].append(entry)
        for key in ("", "kind", "to", "at", "replied"):
            self.lines[("history", n, key) if key else ("history", n)] = line
        self.lines.setdefault(("history",), line)
        self.deferred.append(("sent", rest[cut + width :].strip(), line, ("history", n, "at")))

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

    def _fail(self, line: int, field_: str, message: str) -> NotesError:
        return NotesError([Problem(self.file, line, printable(field_), printable(message))])


class _Located(ValueError):
    def __init__(self, field_: str, message: str) -> None:
        super().__init__(message)
        self.field = field_
        self.message = message


_WHERE = {
    "person": "under a person's heading ('## Dana Lee — Engineering Manager (hiring manager)')",
    "me": "under '## Me: Your Name' (for yours)",
    "interview": "under the first heading ('# Senior Backend Engineer at Acme')",
}
_KNOWN = {
    "interview": "start the line with When:, Decision by:, Pace:, Culture:, Format:, Duration:, Outcome: "
    "or write e.g. 'Told me not to follow up'",
}


def _last(text: str, word: str) -> int:
    found = [m.start() for m in re.finditer(re.escape(word), text, re.I)]
    return found[-1] if found else -1


def _iso(at: Any) -> str:
    return str(at.isoformat(timespec="minutes" if not at.second and not at.microsecond else "auto"))


def _written(target: str, matched: str) -> str:
    return matched.capitalize() if matched else L.WRITTEN.get(target, target)


def _parse(parse: Any, value: str, field_: str) -> Any:
    try:
        return parse(value)
    except ValueError as exc:
        raise _Located(field_, str(exc)) from None


def _flag(value: str, field_: str) -> str:
    key = L.norm(value)
    if not key or key in L.YES:
        return "true"
    if key in L.NO:
        return "false"
    raise _Located(field_, f"'{value}' is not yes or no; write the line alone (it means yes) or leave it out")


def _role(text: str) -> str:
    return L.role(text) or text.strip()


def split_person_heading(text: str) -> tuple[str, str | None, list[str]]:
    """'Dana Lee — Engineering Manager (hiring manager)' → ('Dana Lee', 'Engineering Manager', ['hiring manager'])."""
    extras: list[str] = []
    found = re.match(r"^(.*?)\s*\(([^()]*)\)$", text)
    if found and found.group(1).strip():
        text = found.group(1).strip()
        extras = [part.strip() for part in found.group(2).split(",") if part.strip()]
    for separator in _ROLE_SEPARATORS:
        if separator in text:
            name, title = text.split(separator, 1)
            return name.strip(), title.strip() or None, extras
        if text.endswith(separator.rstrip()):
            return text[: -len(separator.rstrip())].strip(), None, extras
    return text.strip(), None, extras


def parse_markdown(text: str, file: str) -> tuple[dict[str, Any], LineMap]:
    return MarkdownReader(text, file).read()
