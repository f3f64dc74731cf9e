"""Whom the hour of the interview is thanked to, in a panel.

An interview early or late in the reader's day is worth a word of thanks (context._hour_note); but where a panel
shares the hour, the same thanks in every message runs out of wordings by the fifth person and reads as a form when
they compare notes (bench/writer_sweep.py: `fluency/shared_sentence`). The hour is then the point of contact's to be
thanked for (who set it), else the hiring manager's, else the first interviewer's; a panellist in a timezone of their
own met at an hour only theirs, and keeps it."""

from __future__ import annotations

from afterview.notes.model import Interviewer, Notes, Role


def hour_for(notes: Notes, person: Interviewer, note: str | None) -> str | None:
    """`note` (the hour said as 'early in your morning') where `person` is the one to thank for it, else None."""
    if not note or len(notes.interviewers) < 2:
        return note
    if person.timezone and notes.zone_of(person) != notes.interview.zone:
        return note  # their own hour, which no one else on the panel shares
    sharing = [p for p in notes.interviewers if not (p.timezone and notes.zone_of(p) != notes.interview.zone)]
    owner = (
        next((p for p in sharing if p.primary_contact), None)
        or next((p for p in sharing if p.role is Role.hiring_manager), None)
        or (sharing[0] if sharing else None)
    )
    return note if owner is None or owner.name == person.name else None
