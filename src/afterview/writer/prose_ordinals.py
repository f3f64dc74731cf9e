"""A small ordinal jotted in digits is spelled in a letter: 'the 2nd warehouse opening' → 'the second warehouse
opening', 'your remarks on the 3rd-generation workshop' → 'the third-generation workshop' (writer_blind54's judges
read both as pasted notes). A date keeps its digits ('the 3rd of December', '3rd Dec', 'December 3rd', 'on the 3rd'),
and so does an ordinal beside another figure ('3rd of 40'), where the figures of a sentence stay alike.
"""

from __future__ import annotations

import re

_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
# 1st … 10th, then a lowercase word or a hyphened one ('3rd-generation'), never a month, 'of' a month or a figure
_ORDINAL = re.compile(
    rf"(?<![\w$£€.,:/-])(?P<n>[1-9]|10)(?P<suffix>st|nd|rd|th)\b"
    rf"(?=(?P<gap>-| )(?!{_MONTH})(?!of (?:{_MONTH}|\d))(?P<next>[a-z]))",
    re.I,
)
_RIGHT = {1: "st", 2: "nd", 3: "rd"}
_MONTH_BEFORE = re.compile(rf"{_MONTH}\.?,? $")


def spelled(body: str) -> str:
    """`body` with each small ordinal in prose spelled (module doc)."""

    def spell(found: re.Match[str]) -> str:
        n = int(found["n"])
        if found["suffix"].lower() != _RIGHT.get(n, "th") or _MONTH_BEFORE.search(body[: found.start()]):
            return found.group()  # '2th', '1nd': not an ordinal a reader would know, left as written
        word = _WORDS[n - 1]
        return word.capitalize() if _starts_sentence(body, found.start()) else word

    return _ORDINAL.sub(spell, body)


def _starts_sentence(body: str, at: int) -> bool:
    before = body[:at].rstrip(" ")
    return not before or before[-1] in ".!?\n"
