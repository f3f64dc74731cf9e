"""Which messages to draft, to whom and when (SPEC 3), and which to skip and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from afterview import timing
from afterview.notes.model import HistoryEntry, Interviewer, Notes
from afterview.public_holidays import closed_on
from afterview.vocabulary import Channel, Kind, Outcome, Role

CONCLUDED = {
    Outcome.offer: "the process has concluded: you have an offer",
    Outcome.rejected: "the process has concluded: you were not selected",
    Outcome.withdrawn: "the process has concluded: you withdrew",
}
NO_FOLLOW_UP = "told not to follow up"
OPTIONAL_FEEDBACK = "optional after a rejection; add --feedback-request to draft a short request for feedback"
EXCESSIVE = "two status checks went unanswered: no further follow-up; put your energy into other opportunities"


@dataclass(frozen=True)
class Planned:
    kind: Kind
    to: Interviewer
    channel: Channel
    send: timing.SendPlan


@dataclass(frozen=True)
class Skipped:
    """A message not drafted; `code` says why in one word: sent, concluded, no_follow_up,
    answered, excessive or optional (a feedback request after a rejection, drafted only when asked for)."""

    kind: Kind
    to: str
    reason: str
    code: str
    sent_on: date | None = None


@dataclass(frozen=True)
class Plan:
    messages: tuple[Planned, ...]
    skipped: tuple[Skipped, ...]
    contact: Interviewer
    reflection: bool


def point_of_contact(notes: Notes) -> Interviewer:
    """The primary contact; else the recruiter; else the hiring manager; else the first."""
    people = notes.interviewers
    for pick in (
        lambda i: i.primary_contact,
        lambda i: i.role is Role.recruiter,
        lambda i: i.role is Role.hiring_manager,
    ):
        found = next((i for i in people if pick(i)), None)
        if found:
            return found
    return people[0]


def status_check_channel(contact: Interviewer) -> Channel:
    """Email; a LinkedIn message when the contact has no email and is reached on LinkedIn (SPEC 2)."""
    return Channel.linkedin if contact.email is None and contact.channel is Channel.linkedin else Channel.email


def sent_at(notes: Notes, entry: HistoryEntry) -> datetime:
    """History times are wall times in the interview's timezone unless they carry an offset."""
    if entry.at.tzinfo is not None:
        return entry.at
    return entry.at.replace(tzinfo=notes.interview.zone)


def make_plan(notes: Notes, now: datetime, *, feedback_request: bool = False, reflect: bool = False) -> Plan:
    messages: list[Planned] = []
    skipped: list[Skipped] = []
    contact = point_of_contact(notes)
    outcome = notes.interview.outcome

    def history(kind: Kind, to: str | None = None) -> list[HistoryEntry]:
        found = [h for h in notes.history if h.kind is kind and (to is None or h.to == to)]
        return sorted(found, key=lambda h: sent_at(notes, h))

    def skip_sent(kind: Kind, entry: HistoryEntry) -> None:
        on = sent_at(notes, entry).astimezone(notes.zone_of(notes.interviewer(entry.to))).date()
        skipped.append(Skipped(kind, entry.to, f"already sent on {on.isoformat()}", "sent", on))

    thank_you_plans: dict[str, timing.SendPlan] = {}
    for person in notes.interviewers:
        done = history(Kind.thank_you, person.name)
        plan = timing.thank_you_plan(
            notes.interview.start,
            notes.interview.duration_minutes,
            notes.zone_of(person),
            now,
            sent_at(notes, done[0]) if done else None,
        )
        thank_you_plans[person.name] = plan
        if done:
            skip_sent(Kind.thank_you, done[0])
        elif outcome in CONCLUDED:
            skipped.append(Skipped(Kind.thank_you, person.name, CONCLUDED[outcome], "concluded"))
        else:
            messages.append(Planned(Kind.thank_you, person, person.channel, plan))

    checks = history(Kind.status_check)
    answered = [c for c in checks if c.replied]
    for entry in checks:
        skip_sent(Kind.status_check, entry)
    if outcome in CONCLUDED:
        skipped.append(Skipped(Kind.status_check, contact.name, CONCLUDED[outcome], "concluded"))
    elif notes.interview.no_follow_up:
        skipped.append(Skipped(Kind.status_check, contact.name, NO_FOLLOW_UP, "no_follow_up"))
    elif answered:
        on = sent_at(notes, answered[-1]).astimezone(notes.zone_of(contact)).date().isoformat()
        skipped.append(
            Skipped(
                Kind.status_check,
                contact.name,
                f"they answered your status check of {on}; follow their lead",
                "answered",
            )
        )
    elif len(checks) >= 2:
        skipped.append(Skipped(Kind.status_check, contact.name, EXCESSIVE, "excessive"))
    else:
        zone = notes.zone_of(contact)
        ty_plan = thank_you_plans[contact.name]
        ty_sent = history(Kind.thank_you, contact.name)
        base = timing.thank_you_base(ty_plan, sent_at(notes, ty_sent[0]) if ty_sent else None, now, notes.company.pace)
        ty_day = base.astimezone(zone).date()
        first = sent_at(notes, checks[0]).astimezone(zone).date() if checks else None
        plan = timing.status_check_plan(
            zone=zone,
            now=now,
            pace=notes.company.pace,
            decision_by=notes.interview.decision_by,
            thank_you_date=ty_day,
            thank_you_sent=bool(ty_sent),
            thank_you_late=not ty_sent and base != ty_plan.recommended_at,
            first_check_sent=first,
            holiday=lambda day: closed_on(day, zone.key),  # 'Fri 1 Jan': New Year's Day there; a Friday in Muscat
        )
        messages.append(Planned(Kind.status_check, contact, status_check_channel(contact), plan))

    if outcome is Outcome.rejected:
        done = history(Kind.feedback_request)
        if done:
            skip_sent(Kind.feedback_request, done[0])
        elif not feedback_request:
            skipped.append(Skipped(Kind.feedback_request, contact.name, OPTIONAL_FEEDBACK, "optional"))
        else:
            interview, zone = notes.interview, notes.zone_of(contact)
            ended = timing.interview_end(interview.start, interview.duration_minutes, zone)
            plan = timing.feedback_request_plan(zone, now, ended)
            messages.append(Planned(Kind.feedback_request, contact, Channel.email, plan))

    return Plan(tuple(messages), tuple(skipped), contact, reflect or outcome is Outcome.rejected)
