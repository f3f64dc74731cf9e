"""The step of the hiring process the notes name as the one after the interview, said as a noun phrase.

Notes jot the process a recruiter or a manager set out ('next step = onsite panel + shop floor walk', 'process = CEO,
then a case study w/ the COO', 'next: reference call with the MD'). A status check asks about that step ('any update
on the onsite panel'), which the reader can answer in a line; a check that asks for 'any news since we spoke' fits
any interview. In a list of steps, the next one is the first that names no one the candidate has already met (the
CEO they met is behind them). A step jotted with a date, a figure or a verb of its own is not said (the noun phrase
would misread it); nothing then, and the check asks as before.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Kind
from afterview.writer.notice_reason import notice_reason
from afterview.writer.shorthand import prose
from afterview.writer.stages import more_follow

_LABEL = re.compile(r"^\s*(?P<label>next\s+steps?|next|process|then)\s*(?:=|:|->|-)\s*(?P<rest>.+?)\s*$", re.I)
_STEPS = re.compile(r"\s*(?:,\s*then\s+|\bthen\b|->|,|;)\s*", re.I)
_PARTS = re.compile(r"\s+(?:\+|&|and|plus)\s+", re.I)
# what a step jotted as a noun phrase holds: no figure, no date, no clause of its own
_NOT_A_NOUN = re.compile(
    r"\d|\?|\(|\)|\b(?:will|would|should|could|can|may|might|is|are|was|were|be|been|they|he|she|we|I|me|my|"
    r"call(?:s|ed)? me|email(?:s|ed)? me|get back|hear|if|when|by|before|after|tbc|tbd|maybe|probably)\b",
    re.I,
)
_LEAD = re.compile(r"^(?:a|an|the|one|final|last)\s+", re.I)
_MAX_WORDS = 7


def next_step(request: DraftRequest) -> str | None:
    """'the onsite panel' for 'next step = onsite panel + shop floor walk' among any interviewer's topics (the
    recipient's first); 'the case study with the COO' for 'process = CEO, then a case study w/ the COO' after an
    interview with the CEO; None when the notes name no step that reads as one."""
    notes = request.notes
    met = " ".join(f"{p.name} {p.title or ''} {p.role.value.replace('_', ' ')}" for p in notes.interviewers).lower()
    people = sorted(notes.interviewers, key=lambda p: p.name != request.planned.to.name)
    for person in people:
        for topic in person.topics:
            step = _step_of(topic, met)
            if step:
                return step
    for person in people:  # 'the 2-stage process, final w/ …', '2 more rounds - …': a step follows, unnamed
        if any(more_follow(t) for t in person.topics):
            return "the next stage"
    return None


def _step_of(topic: str, met: str) -> str | None:
    labelled = _LABEL.match(topic)
    if not labelled:
        return None
    for step in (s for s in _STEPS.split(labelled.group("rest")) if s and s.strip()):
        first = _PARTS.split(step.strip())[0]
        plain = _LEAD.sub("", prose(first).strip(" .")).strip()
        if not plain or _NOT_A_NOUN.search(plain) or len(plain.split()) > _MAX_WORDS:
            return None
        if _met_already(plain, met):
            continue
        return plain if _GERUND_WITH_OBJECT.match(plain) else "the " + plain
    return None


# 'meeting the chair', 'touring the plant with Ana': a step jotted as a gerund with its object is said as it is ('any
# update on meeting the chair'); "the meeting the chair" reads as a broken phrase
_GERUND_WITH_OBJECT = re.compile(r"^[A-Za-z]+ing\s+(?:(?:the|a|an|our|your|his|her|their|with|to|at)\b|[A-Z])")


def _met_already(step: str, met: str) -> bool:
    """'CEO' after an interview with the 'CEO and co-founder', 'recruiter screen' after one with the recruiter: a step
    that names someone already met (and at most a word for the meeting)."""
    words = [w.lower() for w in step.split()]
    known = [w for w in words if w in met.split()]
    return len(words) <= 2 and len(known) >= len(words) - 1 and bool(known)


def with_next_step(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """The context with `next_step` for a status check (the step to ask about) or a thank-you (the step offered
    flexibility), else None; and a status check's `notice_reason`, why the candidate asks about timing
    (writer/notice_reason.py), else ''."""
    step = next_step(request) if request.planned.kind in (Kind.status_check, Kind.thank_you) else None
    checks = request.planned.kind is Kind.status_check
    formal = request.tone == "formal"
    reason = notice_reason(request.planned.to, request.notes, formal=formal) if checks else ""
    return {**context, "next_step": step, "notice_reason": reason}
