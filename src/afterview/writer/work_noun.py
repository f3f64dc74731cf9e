"""A highlight jotted as the name of a piece of work ('RFID pilot on 4,000 uniforms', 'wash-water reuse project')
said as the candidate's part in it: 'I worked on an RFID pilot on 4,000 uniforms'. 'Worked on' is the least a
highlight of the candidate's own says; never 'led' or 'ran', which the notes do not."""

from __future__ import annotations

import re

from afterview.writer.gate import has_verb
from afterview.writer.shapes import classify

# Head nouns that name a piece of work someone takes part in.
WORK_NOUNS = frozenset(
    (
        "project pilot programme program rollout migration initiative trial redesign overhaul study audit upgrade "
        "implementation launch rebuild conversion consolidation campaign"
    ).split()
)
_TAIL = re.compile(r"\s+(?:on|for|at|in|across|with|of|to)\s+", re.I)
_MINE = re.compile(r"\b(?:I|my|me|our|we)\b")
# letters whose names start with a vowel sound: 'an RFID pilot', 'an MRP rollout', 'a KPI audit'
_VOWEL_LETTERS = set("AEFHILMNORSX")


def worked_on(deed: str) -> str | None:
    """'RFID pilot on 4,000 uniforms' → 'I worked on an RFID pilot on 4,000 uniforms'; None unless the deed is a
    noun phrase whose head names a piece of work."""
    text = deed.strip(" ,;.")
    if not text or has_verb(text) or _MINE.search(text) or ", " in text or classify(text) != "noun":
        return None
    head = _TAIL.split(text, maxsplit=1)[0].split()
    if not head or head[-1].lower().rstrip("s") not in WORK_NOUNS:
        return None
    return f"I worked on {_article(text)}"


def _article(phrase: str) -> str:
    first = phrase.split(maxsplit=1)[0]
    if first.isupper() and len(first) > 1:  # an acronym said by its letters
        vowel = first[0] in _VOWEL_LETTERS
    else:
        low = first.lower()
        vowel = low[:1] in "aeio" or (low[:1] == "u" and not low.startswith(("uni", "use", "usu")))
    return ("an " if vowel else "a ") + (phrase if first.isupper() else phrase[:1].lower() + phrase[1:])
