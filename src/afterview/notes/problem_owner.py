"""Whose a line under a header of problems is ('their probs:' and the lines under it: problem_section.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.notes.paste_whose import led_by

_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+")


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text.casefold())} - _COMMON


_COMMON = {"their", "there", "with", "about", "abt", "from", "into", "that", "this", "they", "team", "work", "still"}


def problem_owner(
    row: str, names: Sequence[str], hiring: int | None, about: Sequence[str] = ()
) -> tuple[int | None, str]:
    """Whose a line under a header of problems is, and the problem: the one it is led by or names ('Lena: mktg +
    dev dont talk' is Lena's, without her name), else the one person whose title or topics (`about`, by index)
    share a word with it ('volunteer no-shows' is the volunteer manager's), else the hiring manager's (`hiring`),
    else the only one met's; (None, the line) when it names no one and there is no one to give it to."""
    text = _BULLET.sub("", row).strip(" .")
    n, rest = led_by(text, list(names))
    if n is not None:
        return n, rest.strip(" .")
    said = [k for k, name in enumerate(names) if re.search(rf"\b{re.escape(name.split()[0])}\b", text)]
    if len(set(said)) == 1:
        return said[0], text
    if said:
        return None, text
    sharing = [k for k, theirs in enumerate(about) if _words(theirs) & _words(text)]
    if len(sharing) == 1:
        return sharing[0], text
    if hiring is not None:
        return hiring, text
    return (0, text) if len(names) == 1 else (None, text)
