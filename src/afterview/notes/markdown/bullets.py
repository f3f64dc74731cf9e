"""Bullets under a heading: tagged (`- Talked about: …`), untagged lines read by their words, When lines, history."""

from __future__ import annotations

import re

from afterview.errors import Problem
from afterview.notes.emails import is_email
from afterview.notes.markdown import labels as L
from afterview.notes.markdown.state import ReaderState
from afterview.notes.markdown.syntax import (
    _ASKED,
    _DAYLIKE,
    _DECIDE,
    _KNOWN,
    _NOT_FOLLOW,
    _REPLY,
    _SPLIT,
    _SPOKEN_TOPIC,
    _TAG,
    _WHERE,
    MAX_LINE,
    _flag,
    _Item,
    _last,
    _Located,
    _parse,
    _role,
    _Scope,
    _written,
)
from afterview.notes.paths import Path_, dotted, printable
from afterview.notes.plain_time import parse_minutes
from afterview.notes.said_of_person import about_them, is_contact
from afterview.notes.suggest import closest


class BulletReader(ReaderState):
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
            elif is_contact(text):  # "he's my main contact", "handles scheduling" (once: the heading may say it)
                if ("interviewers", scope.index, "primary_contact") not in self.lines:
                    self._tagged("primary_contact", "yes", item, scope)
            elif (doing := about_them(text))[0] == "doing" and doing[1]:  # "they're moving to Kafka"
                self._tagged("topics", doing[1], item, scope)
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
