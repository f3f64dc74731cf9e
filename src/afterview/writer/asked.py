"""A question an interviewer put to the candidate, as the notes jot it: 'her q - how would I run a migration? (me: …)',
'his q: which CMS would I pick?', 'q = Revit or ArchiCAD?', or reported: 'he asked how long the cleanup took'. Read
once here for the thank-you (writer/their_question.py) and the feedback request (writer/feedback_focus.py)."""

from __future__ import annotations

import re

# 'her q - …', 'his q: …', 'Ana's question: …', 'asked me: …', 'q = …'
_ASKED = re.compile(
    r"^(?:(?:her|his|their|[A-Z][\w'-]*(?:'s)?)\s+)?(?:q|qn|question|asked(?: me)?)\s*(?:[:=]|-+|–)\s*(?P<q>.+)$", re.I
)
# 'he asked how long the cleanup took', 'Ana asked me whether I had used Epic': the question reported, no label; a
# capitalised name only ('customers asked why the app crashes' is a topic of theirs, not a question to the candidate)
_REPORTED = re.compile(
    r"^(?:(?:he|she|they|(?-i:[A-Z][\w'-]*))\s+)?asked(?:\s+me)?\s+"
    r"(?P<q>(?:how|what|when|where|which|why|who|whether|if)\b.+)$",
    re.I,
)
_ASIDE = re.compile(r"\s*\([^)]*\)?")


def asked_part(item: str) -> str | None:
    """'her q - how would I run a migration? (me: …)' → 'how would I run a migration': the question jotted after its
    label, without the candidate's answer in brackets; None for an item that is no question put to the candidate."""
    text = " ".join(item.split())
    found = _ASKED.match(text)
    reported = None if found else _REPORTED.match(text)
    if reported:  # 'he asked what I draw with -> I showed him …': the candidate's answer after the arrow is not said
        return _ASIDE.sub("", re.split(r"\s*(?:->|→|=>)\s*", reported.group("q"))[0]).split("?")[0].strip(" .,;:-")
    return _ASIDE.sub("", found.group("q")).split("?")[0].strip(" .,;:-") if found else None


def reported(item: str) -> bool:
    """Whether `item` reports a question put to the candidate without a label ('he asked how long the cleanup took'):
    theirs to ask, never a thing they told, so it is no topic for 'all you told me about …'."""
    text = " ".join(item.split())
    return not _ASKED.match(text) and bool(_REPORTED.match(text))
