"""The other facts a head line of a meeting carries beside who was met ('call w/ Kirsty Nguyen - Digital Services
Mgr, Port Adelaide Library Service - zoom 2pm, ~45min'): the company, a part of its own written as an organisation's
name, and the time it started, a time of day said with no day. Each is a span of the line; a day is never guessed
here (the start is said back for the person to correct)."""

from __future__ import annotations

import re
from datetime import time

from afterview.notes.importing import mask_brackets
from afterview.notes.job_words import JOB_WORD

# 'Port Adelaide Library Service', 'Tides & Co', 'Bank of Ireland', 'St Mungo's': capitalised words, small joining
# words between them
_ORG = re.compile(r"^(?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|&|of|and|for|the|de|la|du|van|und|y))*$")
_NOT_ORG = re.compile(  # a format, a place of the meeting, or how long: no company
    r"\b(?:zoom|teams|meet|skype|webex|call|phone|video|onsite|on-site|in person|office|hq|min|mins|hr|hrs|hour|"
    r"today|yesterday|tomorrow|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\b",
    re.I,
)
_PART = re.compile(r"\s*[,;]\s*|\s+[-–—|]\s+")
# '2pm', '10:30', '2.30pm', '14:00': a time of day (never '~45min', '2 days')
_TIME = re.compile(r"(?<![\w:.~])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)?(?![\w:])", re.I)


def parts_of(line: str) -> list[str]:
    """The line's parts, split at commas and dashes outside brackets."""
    masked = mask_brackets(line.strip())
    out, start = [], 0
    for cut in _PART.finditer(masked):
        out.append(line.strip()[start : cut.start()])
        start = cut.end()
    out.append(line.strip()[start:])
    return [p.strip() for p in out if p.strip()]


def company_on_line(line: str, met: list[tuple[str, str | None]]) -> str | None:
    """The one part of a meeting line written as an organisation's name that is neither who was met, their
    title, a job, nor when or how it was held."""
    said = {w.casefold() for name, title in met for w in (name, title or "") if w}
    parts = parts_of(line)
    found = [
        part
        for part in parts
        if _ORG.fullmatch(part)
        and len(part.split()) >= 2
        and part.casefold() not in said
        and not any(name.casefold() in part.casefold() for name, _ in met)
        and not JOB_WORD.search(part)
        and not _NOT_ORG.search(part)
        and not re.search(r"\d", part)
    ]
    if len(found) == 2 and title_first(parts, found[0], met):  # 'w/ Ingrid Solberg - Curator of Collections,
        return found[1]  # Fjordside Maritime Museum': the part right after the name is the title
    return found[0] if len(found) == 1 else None


def title_first(parts: list[str], part: str, met: list[tuple[str, str | None]]) -> bool:
    """The part comes right after the part naming who was met, and holds no title read for them already."""
    at = parts.index(part)
    return at > 0 and any(name in parts[at - 1] for name, title in met if not title)


def time_on_line(line: str) -> time | None:
    """The one time of day the line says ('zoom 2pm', '@ 10:30'), when it says one and no more."""
    times = set()
    for found in _TIME.finditer(line):
        hour, minute, ap = int(found.group("h")), int(found.group("m") or 0), found.group("ap")
        if ap is None and found.group("m") is None:
            continue  # a bare number ('2 people') is no time
        if ap is not None:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ap[0].casefold() == "p" else 0)
        if hour > 23:
            continue
        times.add(time(hour, minute))
    return times.pop() if len(times) == 1 else None
