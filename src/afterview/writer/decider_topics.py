"""Whose topics a status check names: a recruiter hears the process, so the check to one names what the candidate
talked about with the person who decides (the hiring manager, else an executive), by name ("particularly after my
conversation with Dana about …"); anyone else, their own."""

from __future__ import annotations

from afterview.draft import DraftRequest
from afterview.notes.model import Interviewer, Kind, Notes, Role


def decider(notes: Notes) -> Interviewer | None:
    """The person who decides, with something talked about: the hiring manager, else an executive."""
    for role in (Role.hiring_manager, Role.executive):
        found = next((p for p in notes.interviewers if p.role is role and (p.topics or p.challenges)), None)
        if found:
            return found
    return None


def topics_from(request: DraftRequest) -> Interviewer:
    """The interviewer whose topics and problems this message may name."""
    person = request.planned.to
    if request.planned.kind is not Kind.status_check or person.role is not Role.recruiter:
        return person
    return decider(request.notes) or person
