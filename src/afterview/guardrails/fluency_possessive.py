"""A possessive copied from the person's own notes item into the message to them, with the noun it owns: "his
sketch-to-CAD workflow (Rhino -> SolidWorks)" becomes "walking me through his sketch-to-CAD workflow"; "their
worry: automation in plant 2 = fewer jobs" becomes "I understand their worry that automation ...". The rest of the
item is reworded, so only the possessive and its noun are copied as written."""

from __future__ import annotations

import re

_POSSESSIVE = frozenset({"his", "her", "their"})
# Nouns too common to tell a copy from the writer's own words ("their team", "his time").
_COMMON = frozenset(
    "team teams work time company role people side end own way view thoughts plans plan job part".split()
)


def copied_possessive(text: str, m: re.Match[str], body: str) -> tuple[re.Match[str] | None, str]:
    """The possessive of notes item `text` (its pronoun matched by `m`) with its noun, found in lower-case `body`;
    and the phrase that was found (or the item text unchanged)."""
    if m.group().lower() not in _POSSESSIVE:
        return None, text
    words = text[m.start() :].split()
    if len(words) < 2:
        return None, text
    noun = words[1].strip(".,;:!?()\"'")
    if len(noun) < 4 or noun in _COMMON:
        return None, text
    phrase = f"{words[0]} {noun}"
    hit = re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", body)
    return (hit, phrase) if hit else (None, text)
