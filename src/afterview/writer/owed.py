"""Requested items a thank-you sends: which are still owed, to whom, and which message carries them."""

from __future__ import annotations

from afterview.draft import DraftRequest
from afterview.notes.model import Notes
from afterview.planning import point_of_contact
from afterview.vocabulary import Channel, Kind
from afterview.writer.relate import strength


def owed_by(request: DraftRequest) -> list[str]:
    """The requested items still owed that this message would send: the recipient's own, and the rest
    when it is the thank-you that carries what nobody in particular asked for."""
    from afterview.notes.recipient import items_for

    notes, to = request.notes, request.planned.to
    return items_for(notes, to.name, outstanding(notes), carries_rest(request))


def carries_requests(request: DraftRequest) -> bool:
    """Whether this thank-you sends requested items: the recipient's own, or those nobody in particular
    asked for (`carries_rest`). Each item is sent once, never to everyone."""
    planned = request.planned
    if planned.kind is not Kind.thank_you or planned.channel is not Channel.email:
        return False
    from afterview.notes.recipient import owner

    mine = any(owner(request.notes, item) == planned.to.name for item in outstanding(request.notes))
    return bool(planned.to.requested) or mine or carries_rest(request)


def carries_rest(request: DraftRequest) -> bool:
    """Whether this thank-you is the one that sends what nobody in particular asked for: an email to the
    interviewer whose conversation the items relate to most, else to the point of contact, else to the
    first interviewer who gets an email thank-you."""
    planned, notes = request.planned, request.notes
    if planned.kind is not Kind.thank_you or planned.channel is not Channel.email:
        return False
    thanked = {h.to for h in notes.history if h.kind is Kind.thank_you}
    people = [p for p in notes.interviewers if p.channel is Channel.email and p.name not in thanked]
    from afterview.notes.recipient import owner

    asked = " ".join(r for r in notes.requested if owner(notes, r) is None)
    scores = [sum(strength(asked, i) for i in (*p.topics, *p.challenges)) for p in people]
    if people and max(scores) > 1:
        return people[scores.index(max(scores))].name == planned.to.name
    contact = point_of_contact(notes)
    if contact in people:
        return contact.name == planned.to.name
    return bool(people) and people[0].name == planned.to.name


def already_sent(notes: Notes) -> list[str]:
    """Requested items a history entry records as sent (`included`)."""
    owed = set(outstanding(notes))
    return [r for r in notes.requested if r not in owed]


def outstanding(notes: Notes) -> list[str]:
    """Requested items not yet recorded as sent (`included` on a history entry)."""
    sent = {" ".join(i.casefold().split()) for h in notes.history for i in h.included}
    return [r for r in notes.requested if " ".join(r.casefold().split()) not in sent]
