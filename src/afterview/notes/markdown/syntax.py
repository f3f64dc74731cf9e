"""The Markdown notes' syntax: line patterns, the reader's small types and the helpers that read one value."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from afterview.notes.markdown import labels as L

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


def _iso(at: datetime) -> str:
    return str(at.isoformat(timespec="minutes" if not at.second and not at.microsecond else "auto"))


def _written(target: str, matched: str) -> str:
    return matched.capitalize() if matched else L.WRITTEN.get(target, target)


def _parse(parse: Callable[[str], int], value: str, field_: str) -> int:
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


def source_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) for each line that is not blank, a comment, a rule or code."""
    in_comment = False
    fence: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
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
