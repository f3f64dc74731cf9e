"""A notes model → Markdown notes that read back to the same model (checked on every write)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from afterview.errors import InputError
from afterview.notes.markdown.labels import WRITTEN, spoken
from afterview.notes.model import Notes
from afterview.notes.recipient import requested_by_nobody


def wall_time(at: datetime) -> str:
    """'2026-11-24 14:00', with seconds or a UTC offset only when the notes have them."""
    timespec = "minutes" if not at.second and not at.microsecond else "auto"
    return at.isoformat(sep=" ", timespec=timespec)


def to_markdown(notes: Notes) -> str:
    """The Markdown form of `notes`; plain headings where they read back exactly, labelled bullets where not."""
    from afterview.notes.markdown.reader import parse_markdown

    for safe in (False, True):
        text = _Writer(notes, safe=safe).write()
        try:
            data, _ = parse_markdown(text, "notes.md")
            again = Notes.model_validate(data)
        except Exception:  # a value the short form cannot carry: try the labelled form
            continue
        if again == notes:
            return text
    raise InputError(
        "these notes cannot be written as Markdown without changing them (a value contains ' · ' followed by "
        "a tag); keep them as YAML"
    )


class _Writer:
    def __init__(self, notes: Notes, *, safe: bool) -> None:
        self.notes = notes
        self.safe = safe
        self.out: list[str] = []
        # every field the model has must be written: a field added to the model and not here fails loudly
        self.data = notes.model_dump(mode="json", exclude_defaults=True)

    def write(self) -> str:
        self._interview()
        self._me()
        for n, person in enumerate(self.notes.interviewers):
            self._person(n, person)
        self._section("Company news", self._take("company", "news"))
        self._take("requested")  # what nobody in particular asked for (the rest is under each person)
        self._section("Asked me for", requested_by_nobody(self.notes))
        self._history()
        self._check_all_taken()
        return "\n".join(self.out).rstrip("\n") + "\n"

    def _take(self, *path: str | int) -> Any:
        node: Any = self.data
        for part in path[:-1]:
            node = node[int(part)] if isinstance(node, list) else node.get(part, {})
        if isinstance(node, dict):
            return node.pop(path[-1], None)
        return None

    def _check_all_taken(self) -> None:
        def leaves(node: Any, where: str) -> list[str]:
            if isinstance(node, dict):
                return [leaf for k, v in node.items() for leaf in leaves(v, f"{where}.{k}" if where else k)]
            if isinstance(node, list):
                return [leaf for n, v in enumerate(node) for leaf in leaves(v, f"{where}[{n}]")]
            return [where]

        left = leaves(self.data, "")
        if left:
            raise InputError(f"cannot write {', '.join(left)} as Markdown yet; keep these notes as YAML")

    def _bullet(self, label: str, value: object) -> None:
        self.out.append(f"- {label}: {value}")

    def _interview(self) -> None:
        interview = self.notes.interview
        position, company = self._take("position"), self._take("company", "name")
        heading = f"{position} at {company}"
        if self.safe or " at " in company or " @ " in company or heading.endswith("#"):
            self.out.append("# Interview")
            self._bullet("Position", position)
            self._bullet("Company", company)
        else:
            self.out.append(f"# {heading}")
        self._take("interview", "at")
        self._take("interview", "timezone")
        self._take("interview", "duration_minutes")
        when = f"{wall_time(interview.at)} {interview.timezone}, {interview.duration_minutes} minutes"
        if self._take("interview", "format") is not None and interview.format is not None:
            when += f", {interview.format.value}"
        self._bullet("When", when)
        decision = self._take("interview", "decision_by")
        if decision is not None:
            self._bullet(WRITTEN["decision_by"], decision)
        levels = []
        for key in ("pace", "culture"):
            value = self._take("company", key)
            if value is not None:
                levels.append(f"{WRITTEN[key]}: {value}")
        if levels:
            self.out.append("- " + " · ".join(levels))
        outcome = self._take("interview", "outcome")
        if outcome is not None:
            self._bullet("Outcome", outcome)
        if self._take("interview", "no_follow_up"):
            self.out.append("- Told me not to follow up")

    def _me(self) -> None:
        candidate = self.notes.candidate
        self.out.append("")
        name = self._take("candidate", "name")
        if self.safe or name.endswith(")"):
            self.out.append("## Me")
            self._bullet("Name", name)
        else:
            self.out.append(f"## Me: {name}")
        if self._take("candidate", "email") is not None:
            self._bullet("Email", candidate.email)
        for key in ("highlights", "since_interview"):
            for item in self._take("candidate", key) or []:
                self._bullet(WRITTEN[key], item)

    def _person(self, n: int, person: Any) -> None:
        def take(key: str) -> Any:
            return self._take("interviewers", n, key)

        name, title, role = take("name"), take("title"), take("role")
        self.out.append("")
        heading = name + (f" — {title}" if title else "") + (f" ({spoken(role)})" if role else "")
        if self.safe or not _plain_heading(heading, name, title, role):
            self.out.append("## Interviewer")
            self._bullet("Name", name)
            if title:
                self._bullet("Title", title)
            if role:
                self._bullet("Role", spoken(role))
        else:
            self.out.append(f"## {heading}")
        contact = []
        for key in ("email", "channel", "timezone"):
            value = take(key)
            if value is not None:
                contact.append(f"{WRITTEN[key]}: {value}")
        if take("primary_contact"):
            contact.append("Primary contact")
        if contact:
            self.out.append("- " + " · ".join(contact))
        greet = take("greet_as")
        if greet is not None:
            self._bullet(WRITTEN["greet_as"], greet)
        for key in ("topics", "challenges", "rapport", "requested"):
            for item in take(key) or []:
                self._bullet(WRITTEN[key], item)

    def _section(self, heading: str, items: list[str] | None) -> None:
        if items:
            self.out.extend(["", f"## {heading}", *(f"- {item}" for item in items)])

    def _history(self) -> None:
        entries = self._take("history") or []
        if not entries:
            return
        self.out.extend(["", "## Sent"])
        for entry, sent in zip(entries, self.notes.history, strict=True):
            replied = "replied" if entry.pop("replied", False) else "no reply"
            self.out.append(f"- {spoken(sent.kind.value)} to {sent.to} on {wall_time(sent.at)}, {replied}")
            for key in ("kind", "to", "at"):
                entry.pop(key, None)


def _plain_heading(heading: str, name: str, title: str | None, role: str | None) -> bool:
    """Whether `## heading` reads back as this person (and not as a section, Me, or another split)."""
    import re

    from afterview.notes.markdown import labels
    from afterview.notes.markdown.syntax import split_person_heading

    key = labels.norm(heading)
    if key in labels.SECTIONS or key in labels.PERSON or key in labels.ME or heading.endswith("#"):
        return False
    if re.match(r"^(me|about me|myself|candidate|the candidate|interviewer|person)\b", heading, re.I):
        return False
    got_name, got_title, extras = split_person_heading(heading)
    return (got_name, got_title, extras) == (name, title, [spoken(role)] if role else [])
