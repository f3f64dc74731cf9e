"""A decision timeline put in their mouth when the notes hold none (a `facts` error).

"You mentioned you hoped to decide by the end of November", "I was told I would hear back within two weeks": a
promise of theirs the candidate quotes back. With a `decision_by` in the notes the date checks compare the dates;
without one, and with no notes text that gives a timeline, the sentence states a fact the notes do not support,
and a status check built on it ("so I wanted to ask") rests on a promise nobody made.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.dates import MONTHS
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import sentences
from afterview.notes.model import Notes

_WHEN = (
    r"(?:by|before|within|in|at|around|toward|towards) (?:the )?(?:end|middle|start|beginning|close|first|second|last"
    r"|next|this|coming|mid|early|late|a week|a fortnight|a few|two|three|four|\d|[A-Z][a-z]+day\b|"
    + "|".join(month.capitalize() for month in MONTHS)
    + ")"
)
_SAID = re.compile(
    r"\b(?:you|the team|the panel|they|he|she|[A-Z][a-z]+) (?:\w+ )?(?:said|mentioned|told me|hoped|expected|planned"
    r"|aimed|indicated|estimated|promised|were hoping|was hoping|were planning|was planning|intended)\b[^.!?]{0,50}"
    r"\b(?:decide|decision|hear back|get back to me|come back to me|be in touch|an answer|next steps|a response)\b"
    rf"[^.!?]{{0,25}}\b{_WHEN}"
    r"|\bI was (?:told|promised|assured|informed) (?:that )?I(?:'d| would| should| might)"
    rf" (?:\w+ )?(?:hear|have|get|receive)\b[^.!?]{{0,40}}\b{_WHEN}",
)
# The candidate's own wish or demand between their words and the date: "since you said you're hiring urgently, I
# expect to hear back by Friday" quotes their pace, and the date is the candidate's (the tone check's, if pushy).
_OWN = re.compile(
    r"\b(?:so |then |and )?I(?:'d|\u2019d| would|'m|\u2019m| am)? (?:really )?(?:expect|expecting|need|needed|hope"
    r"|hoping|want|like|love|assume|trust|must|plan|planning|ask|asking|count on|look forward)\b"
)
_TIMELINE_IN_NOTES = re.compile(
    r"\b(?:decision|decide|deciding|hear back|answer|offer|next steps?|final round)\b[^.;\n]{0,40}"
    r"\b(?:by|within|in|before|end of|early|mid|late)\b",
    re.I,
)


@per_notes
def _has_timeline(notes: Notes) -> bool:
    return notes.interview.decision_by is not None or any(_TIMELINE_IN_NOTES.search(t) for t in notes_texts(notes))


def timeline_findings(body: str, notes: Notes) -> list[Finding]:
    if _has_timeline(notes):
        return []
    for sentence in sentences(body):
        m = _SAID.search(sentence.text)
        if m is not None and _OWN.search(m.group()):
            continue
        if m is not None:
            start = sentence.start + m.start()
            return [
                Finding(
                    "facts",
                    "error",
                    "unsupported_timeline",
                    f"'{m.group()}' quotes a decision timeline your notes do not hold (no decision_by).",
                    (start, start + len(m.group())),
                    "Add decision_by to the notes if they gave one; otherwise ask about the timeline instead.",
                )
            ]
    return []
