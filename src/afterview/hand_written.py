"""`afterview check`: a draft the candidate wrote, put through the same guardrails as ours."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from afterview.draft import Draft
from afterview.notes.model import Notes
from afterview.options import SendAt
from afterview.pipeline import checked
from afterview.planning import make_plan
from afterview.timing import resolve_send_at, send_moment
from afterview.tone import message_tone
from afterview.vocabulary import Channel, Kind, Role

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine

PROVIDER = "hand-written"


def check_hand_written(
    notes: Notes,
    subject: str | None,
    body: str,
    *,
    kind: Kind,
    to: str,
    now: datetime,
    send_at: SendAt,
    tone: str | None = None,
    grammar: GrammarEngine | None = None,
    provider: str = PROVIDER,
) -> Draft:
    """The draft with its findings; `send_at` None means at the plan's recommended time (else now). `provider` names
    who wrote it: a person (the default; the severity policy lowers errors of rules not trusted on people's drafts) or
    a model's provider (bench/guardrails_llm.py: every error stays one, as on the model's drafts in `draft`)."""
    plan = make_plan(notes, now, feedback_request=kind is Kind.feedback_request)
    planned = next((p for p in plan.messages if p.kind is kind and p.to.name == to), None)
    person = next((i for i in notes.interviewers if i.name == to), None)
    if planned is not None:
        channel = planned.channel
    elif kind is Kind.thank_you:
        channel = notes.interviewer(to).channel
    elif person is not None and person.channel is Channel.linkedin:
        # a message the plan does not hold (a status check to a peer) goes where the notes reach that person: a
        # LinkedIn contact gets a LinkedIn message, judged as one (no subject line), and the timing check says whom
        # to ask instead
        channel = Channel.linkedin
    else:
        channel = Channel.email
    role = person.role if person is not None else Role.other
    draft = Draft(
        kind=kind,
        to=to,
        channel=channel,
        subject=subject,
        body=body if body.endswith("\n") else body + "\n",
        provider=provider,
        tone=message_tone(notes.company.culture, tone, channel, role),
    )
    moment = send_moment(send_at, planned.send) if planned is not None else resolve_send_at(send_at, now)
    return checked(draft, notes, plan, planned, moment, [], grammar)
