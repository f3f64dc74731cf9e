"""A question an interviewer put to the candidate, as the notes jot it: 'her q - how would I run a migration? (me: …)',
'his q: which CMS would I pick?', 'q = Revit or ArchiCAD?'. Read once here for the thank-you (writer/their_question.py)
and the feedback request (writer/feedback_focus.py)."""

from __future__ import annotations

import re

# 'her q - …', 'his q: …', 'Ana's question: …', 'asked me: …', 'q = …'
_ASKED = re.compile(
    r"^(?:(?:her|his|their|[A-Z][\w'-]*(?:'s)?)\s+)?(?:q|qn|question|asked(?: me)?)\s*(?:[:=]|-+|–)\s*(?P<q>.+)$", re.I
)
_ASIDE = re.compile(r"\s*\([^)]*\)?")


def asked_part(item: str) -> str | None:
    """'her q - how would I run a migration? (me: …)' → 'how would I run a migration': the question jotted after its
    label, without the candidate's answer in brackets; None for an item that is no question put to the candidate."""
    found = _ASKED.match(" ".join(item.split()))
    return _ASIDE.sub("", found.group("q")).split("?")[0].strip(" .,;:-") if found else None
