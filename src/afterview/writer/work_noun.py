"""A highlight jotted as the name of a piece of work ('RFID pilot on 4,000 uniforms', 'wash-water reuse project')
said as the candidate's part in it: 'I worked on an RFID pilot on 4,000 uniforms'. 'Worked on' is the least a
highlight of the candidate's own says; never 'led' or 'ran', which the notes do not."""

from __future__ import annotations

import re

from afterview.writer.gate import has_verb
from afterview.writer.shapes import _article, classify, lower_first
from afterview.writer.tag_aside import carries_credit, split_tag, tag_words

# Head nouns that name a piece of work someone takes part in.
WORK_NOUNS = frozenset(
    (
        "project pilot programme program rollout migration initiative trial redesign overhaul study audit upgrade "
        "implementation launch rebuild conversion consolidation campaign"
    ).split()
)
# a piece of work named as an activity, said without an article ('I worked on ELISA optimisation')
_ACTIVITY_WORK = frozenset("optimisation optimization validation".split())
_TAIL = re.compile(r"\s+(?:on|for|at|in|across|with|of|to)\s+", re.I)
_MINE = re.compile(r"\b(?:I|my|me|our|we)\b")


def worked_on(deed: str) -> str | None:
    """'RFID pilot on 4,000 uniforms' → 'I worked on an RFID pilot on 4,000 uniforms'; None unless the deed is a
    noun phrase whose head names a piece of work."""
    text, tag = split_tag(deed.strip(" ,;."))
    if carries_credit(tag) and not tag_words(tag):
        return None  # shared with someone the note would not name: never said as the candidate's alone
    if not text or has_verb(text) or _MINE.search(text) or ", " in text or classify(text) != "noun":
        return None
    head = _TAIL.split(text, maxsplit=1)[0].split()
    last = head[-1].lower() if head else ""
    if not head or (last.rstrip("s") not in WORK_NOUNS and last not in _ACTIVITY_WORK):
        return None
    after = tag_words(tag)  # '(thesis)' → 'for my thesis' (writer/tag_aside.py)
    named = lower_first(text) if last in _ACTIVITY_WORK else _article(lower_first(text))
    return f"I worked on {named}" + (f" {after}" if after else "")
