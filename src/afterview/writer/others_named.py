"""Other people named in a message, in the register of its greeting (writer70): "Dear Ms. Lindqvist, … I was glad to
meet Ms. Berg and Jonas as well." mixes two forms of address. After a greeting with a title, each other person is
named with theirs where the notes give one ('Ms. Berg', 'Dr. Osei'), else by full name ('Jonas Holm'); after a
greeting by first name, each by first name ('Ingrid', never 'Ms. Berg')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterview import salutation

if TYPE_CHECKING:
    from afterview.notes.model import Interviewer, Notes

_TITLE = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+\S", re.I)


def _titled(name: str) -> bool:
    return bool(_TITLE.match(name))


def other_name(other: Interviewer, notes: Notes, formal: bool) -> str:
    """How `other` is named beside a greeting that is `formal` (titled) or not (module doc)."""
    said = salutation.greeting_name(other, notes)
    if formal:
        return said if _titled(said) else other.name
    if not _titled(said):
        return said
    words = other.name.split()
    words = words[1:] if words and _titled(other.name) else words
    # a first name where the full name gives one in Western order; else the greeting's own form stays
    return words[0] if len(words) >= 2 and words[0][:1].isupper() else said


def others_named(person: Interviewer, notes: Notes, others: list[Interviewer]) -> list[str]:
    """The names of `others`, each in the register of the greeting to `person`."""
    formal = _titled(salutation.greeting_name(person, notes))
    return [other_name(o, notes, formal) for o in others]


def others_said(person: Interviewer, notes: Notes) -> str | None:
    """Up to two of the other interviewers, named in the register of the greeting to `person` and joined ('Ms. Berg
    and Jonas Holm'); None when they met no one else."""
    from afterview.writer.items import join

    others = [p for p in notes.interviewers if p.name != person.name][:2]
    return join(others_named(person, notes, others)) or None
