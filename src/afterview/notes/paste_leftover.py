"""What a paste read as free text leaves over, to be shown and never lost: the lines nothing was read from, the
parts of lines read otherwise, who the notes say will be in touch when no one read has that name, and the asides
(an impression, a note to yourself, what the job line says of the job) said with a word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from afterview.notes.asides import aside_kind
from afterview.notes.free_text import Line
from afterview.notes.importing import Checked, Fact
from afterview.notes.job_said import job_title
from afterview.notes.paste_sections import BULLET
from afterview.notes.paste_whose import caller, calls_line, said_by_contact
from afterview.notes.person_lines import PEOPLE_HEADER
from afterview.notes.self_notes import clean_requested

_STEP = re.compile(r"^(?:next\s+steps?|follow[- ]?ups?|then|after(?:wards)?)\s*:\s*", re.I)  # 'next step: Jo will call'


@dataclass
class Leftover:
    unread: list[str]
    kinds: dict[str, str]  # an unread line → what it is to a person ('challenges')
    asides: list[tuple[str, str]]  # (what it is, the words)


def leftover(
    lines: list[Line],
    data: dict[str, Any],
    checked: list[Checked],
    facts: list[Fact],
    *,
    whole: set[int],
    contact: set[int],
    decided: set[int],
    problems: tuple[set[int], set[int]],
    missed: list[tuple[Line, str]],
    told: list[str],
    from_job: dict[str, tuple[str, str]],
) -> Leftover:
    """By line number: `whole` the lines about the whole interview, `contact` those that say someone met will be in
    touch, naming no one ('said she'd call me'), `decided` the lines that say the decision,
    `problems` the headers of problems and the lines under them; `told` what lines said besides what was read."""
    headers, under = problems
    decided_lines = [line.text for line in lines if line.number in decided]
    own = [
        line.text
        for line in lines
        if line.number not in whole
        and calls_line(" " + _STEP.sub("", BULLET.sub("", line.text)), data.get("interviewers") or [])
    ]
    calls = caller(data, decided_lines + own)  # 'Anika will email', a line of its own: who is in touch
    quotes = {c.field: c.quote for c in checked if c.kept}
    used = {" ".join(c.quote.split()) for c in checked if c.kept} | {  # every line read, not one per field
        " ".join(f.quote.split()) for f in facts if f.field.endswith(".requested")
    }
    used |= {
        " ".join(quote.split())
        for name, (_, quote) in from_job.items()
        if any(p["name"] == name and p.get("title") == from_job[name][0] for p in data.get("interviewers", []))
    }
    used |= {
        " ".join(t.split())
        for t in own
        if t not in calls
        and (
            said_by_contact(BULLET.sub("", t), data)
            or any(p.get("primary_contact") for p in data.get("interviewers", []))
        )
    }
    used |= {" ".join(line.text.split()) for line in lines if line.number in headers or PEOPLE_HEADER.match(line.text)}
    unread = [
        line.text for line in lines if line.number not in whole | contact and " ".join(line.text.split()) not in used
    ]
    kinds = {line.text: "challenges" for line in lines if line.number in under and line.text in unread}
    titles = {p.get("title") for p in data.get("interviewers", [])} - {None}
    unread += [  # a part of a line read otherwise: shown, not lost (unless it was read as their title)
        part
        for line, part in missed
        if line.text not in unread
        and part not in unread
        and job_title(part) not in titles
        and line.text != quotes.get("interview.duration_minutes")  # 'she was sharp, ran 50 min': how long it was
    ]
    told = [t for t in told if not said_by_contact(t, data)]  # 'tasha will email': read, she is the contact
    unread += [c for c in [*told, *calls] if c not in unread]  # 'Jo will call': no one read by that name, shown
    asides = [(aside, u) for u in unread if (aside := aside_kind(BULLET.sub("", u)))]  # 'super friendly': no topic
    asides += [("a note to yourself", note) for note in clean_requested(data)]  # '(scrub names first)': never sent
    unread = [u for u in unread if not any(u == a for _, a in asides)]
    return Leftover(unread, kinds, [(k, BULLET.sub("", a)) for k, a in asides])
