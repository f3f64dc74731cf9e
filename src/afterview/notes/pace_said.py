"""How a hiring pace is said in a sentence of notes ("they want to move quickly", "a busy quarter")."""

from __future__ import annotations

import re

# How a pace is said in a sentence ("they want to move quickly", "a busy period"); see the domain guide.
_PACE_SAID = (
    (
        "urgent",
        re.compile(
            r"\b(?:urgent\w*|asap|as soon as possible|fast[- ]moving|"
            r"(?:move|moving|hire|hiring|fill|filling|decide|deciding)\s+(?:\w+\s+){0,3}?(?:quickly|fast))\b",
            re.I,
        ),
    ),
    ("busy", re.compile(r"\b(?:busy|swamped|slammed|hectic|crunch time|stretched thin)\b", re.I)),
)


def pace_said(text: str) -> str | None:
    """'urgent' for 'they want to move quickly', 'busy' for 'a busy quarter'; None when neither is said."""
    return next((pace for pace, said in _PACE_SAID if said.search(text)), None)
