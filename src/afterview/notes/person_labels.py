"""A labelled person line in a paste ('just 1 person: Janet Okafor, clinical supervisor', 'interviewer: …',
'met with: …', 'panel: Ann Cole (director), Ben Ortiz (lead teacher)'): the label names no one, so the line is
read as the people after it, one line each, in the shape the paste reader knows ('Ann Cole (director)')."""

from __future__ import annotations

import re

_LABEL = re.compile(
    r"^(?P<lead>\s*(?:[-*•·+]\s*)?)"
    r"(?i:(?:(?:just|only)\s+)?(?:(?:\d+|one|two|three|four)\s+)?"
    r"(?:person|people|ppl|interviewers?|panel(?:ists)?|panel\s+was|met\s+with|met|spoke\s+(?:with|to)|"
    r"talked\s+(?:with|to)|interviewed\s+(?:with|by)|with|w/))"
    r"(?:\s*:\s*|\s+[-–—]\s+)(?P<rest>(?:Dr\.?\s+)?[A-Z][\w'’-]+\s+[A-Z].*)$"
)
# between people: after a closing bracket (',' '&' 'and' ';'), or a ';' or ' & ' before a capital
_BETWEEN = re.compile(r"(?<=\))\s*(?:,|&|\band\b|;)\s*(?=[A-Z])|\s*;\s*(?=[A-Z])|\s+(?:&|\+)\s+(?=[A-Z])")


def unlabel(text: str) -> str:
    """The text with each labelled person line made the lines of the people it names."""
    out: list[str] = []
    for line in text.splitlines():
        found = _LABEL.match(line)
        if found is None:
            out.append(line)
            continue
        out += [
            found.group("lead") + person.strip() for person in _BETWEEN.split(found.group("rest")) if person.strip()
        ]
    return "\n".join(out)
