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
# jotted from the candidate's side with no label ('how I'd present monthly cash KPIs to the board', 'what I would
# change in the first 90 days', 'how would I sequence the refit'): the candidate as the subject is a question they
# put to the candidate, never a thing the interviewer explained (writer70)
_MINE_WH = re.compile(
    r"^(?P<q>(?:how|what|which|why|where|when|whether)\s+(?:(?:I|I'd|I’d)\s+|(?:would|should|could|will|might)\s+I\s+)"
    r"(?P<verb>[a-z][\w-]*)\b.*)$",
    re.I,
)


# a past of the candidate's own after a bare "I" ('how I cut scrap at Kora', 'how I ran the night shift')
_PAST = frozenset("cut ran led built made took brought drove sold won grew set put got kept went wrote gave".split())


def _mine_asked(text: str) -> str | None:
    """'how I'd present monthly cash KPIs to the board' → 'how I would present monthly cash KPIs to the board'; None for
    an item whose "I" did something in the past ('how I cut scrap at Kora' is the candidate's own record)."""
    found = _MINE_WH.match(text)
    verb = found.group("verb").lower() if found else ""
    if not found or verb.endswith("ed") or (verb in _PAST and re.match(r"(?i)^\w+\s+I\s", text)):
        return None
    question = re.sub(r"\bI(?:'|’)d\b", "I would", _ASIDE.sub("", found.group("q")))
    return question.split("?")[0].strip(" .,;:-")


def asked_part(item: str) -> str | None:
    """'her q - how would I run a migration? (me: …)' → 'how would I run a migration': the question jotted after its
    label, without the candidate's answer in brackets; None for an item that is no question put to the candidate."""
    text = " ".join(item.split())
    found = _ASKED.match(text)
    reported = None if found else _REPORTED.match(text)
    if reported:  # 'he asked what I draw with -> I showed him …': the candidate's answer after the arrow is not said
        return _ASIDE.sub("", re.split(r"\s*(?:->|→|=>)\s*", reported.group("q"))[0]).split("?")[0].strip(" .,;:-")
    return _ASIDE.sub("", found.group("q")).split("?")[0].strip(" .,;:-") if found else _mine_asked(text)


def reported(item: str) -> bool:
    """Whether `item` reports a question put to the candidate without a label ('he asked how long the cleanup took'):
    theirs to ask, never a thing they told, so it is no topic for 'all you told me about …'."""
    text = " ".join(item.split())
    return not _ASKED.match(text) and bool(_REPORTED.match(text))
