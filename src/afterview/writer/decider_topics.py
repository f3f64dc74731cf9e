"""Whose topics a status check names: its reader's own. A recruiter's or HR's check once named what the candidate
talked about with the person who decides ("especially after my conversation with Dana about …"), which issue 17's
judges read as a form sent to the wrong person: to a recruiter, their own topics (the process, relocation, a start
date). `decider` still says who decides (writer/recruiter_day.py)."""

from __future__ import annotations

from afterview.draft import DraftRequest
from afterview.notes.model import Interviewer, Notes, Role


def decider(notes: Notes) -> Interviewer | None:
    """The person who decides, with something talked about: the hiring manager, else an executive."""
    for role in (Role.hiring_manager, Role.executive):
        found = next((p for p in notes.interviewers if p.role is role and (p.topics or p.challenges)), None)
        if found:
            return found
    return None


def topics_from(request: DraftRequest) -> Interviewer:
    """The interviewer whose topics and problems this message may name."""
    return request.planned.to
