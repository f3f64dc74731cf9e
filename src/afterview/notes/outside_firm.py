"""Whether a recruiter works for a firm other than the hiring company (a search firm, an agency, a freelancer): the
news is not theirs to be congratulated on (writer/news_framing.py), and they are a working contact greeted by first
name even where the company's culture is formal (salutation.py)."""

from __future__ import annotations

import re

from afterview.notes.model import Interviewer, Notes
from afterview.vocabulary import Role

# a title that says the person works for someone other than the hiring company
_OUTSIDE_TITLE = re.compile(
    r"\b(?:agency|agent|search|headhunt\w*|freelance\w*|external|independent|contract(?:ed|or)?|consultan\w*|"
    r"outsourced|rpo|third[- ]party)\b|\bvia\b|\bfor (?:the )?client\b",
    re.IGNORECASE,
)


def _domain(email: str | None) -> str | None:
    return email.rsplit("@", 1)[1].lower() if email and "@" in email else None


def from_outside(person: Interviewer, notes: Notes) -> bool:
    """Whether a recruiter works for a firm other than the hiring company: their title says so, or their address is
    at another domain than the one everyone else on the panel writes from."""
    if person.role is not Role.recruiter:
        return False
    if person.title and _OUTSIDE_TITLE.search(person.title):
        return True
    own = _domain(person.email)
    others = {d for p in notes.interviewers if p.name != person.name and (d := _domain(p.email))}
    return bool(own and others and own not in others)
