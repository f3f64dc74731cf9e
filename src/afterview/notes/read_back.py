"""What `afterview new` says back, in lines a person scans: one line for who, one per kind of item
('Talked about: …', 'Challenge: …'), each wrapped at WIDTH columns, never cut short."""

from __future__ import annotations

import textwrap
from typing import Any

from afterview.notes.markdown import labels

WIDTH = 100  # columns: what a person reads at a glance on a laptop's terminal
ITEMS = (("topics", "talked about"), ("challenges", "challenge"), ("rapport", "in common"))


def wrapped(line: str, indent: int | None = None, width: int = WIDTH) -> list[str]:
    """The line wrapped at `width`, its later lines indented past its own indent (or by `indent`)."""
    lead = len(line) - len(line.lstrip(" "))
    more = " " * (lead + 4 if indent is None else indent)
    return textwrap.wrap(line, width, subsequent_indent=more, break_long_words=False, break_on_hyphens=False) or [line]


def terminal_width() -> int:
    """WIDTH, or less on a narrower terminal (a pipe is WIDTH wide, so its output is the same on every machine)."""
    import shutil

    return max(40, min(WIDTH, shutil.get_terminal_size((WIDTH + 1, 24)).columns - 1))


def said_of(person: dict[str, Any]) -> str:
    """'Talked about: a; b. Challenge: c': as a fix would be typed."""
    return ". ".join(f"{word.capitalize()}: " + "; ".join(person[k]) for k, word in ITEMS if person.get(k))


def who(person: dict[str, Any]) -> str:
    """'Dana Lee (Engineering Manager, hiring manager)'."""
    parts = [person.get("title"), labels.spoken(person["role"]) if person.get("role") else None]
    about = ", ".join(p for p in parts if p)
    return str(person["name"]) + (f" ({about})" if about else "")


def person_lines(person: dict[str, Any], lead: str = "  understood: ") -> list[str]:
    """Who they are, then a line for each kind of item read of them (wrapped), as `new` says them back."""
    out = wrapped(lead + who(person))
    for key, word in ITEMS:
        if person.get(key):
            out += wrapped(f"    {word.capitalize()}: " + "; ".join(person[key]), indent=6)
    if person.get("requested"):
        out += wrapped("    To send them: " + "; ".join(person["requested"]), indent=6)
    return out
