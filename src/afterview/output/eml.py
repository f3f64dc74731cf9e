"""Drafts as .eml files a mail client opens as unsent messages (email channel only)."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy

from afterview.draft import Draft
from afterview.notes.model import Notes
from afterview.planning import Planned
from afterview.vocabulary import Channel

_POLICY = EmailPolicy(linesep="\n", utf8=True)


def draft_to_eml(notes: Notes, planned: Planned, draft: Draft) -> str:
    message = EmailMessage(policy=_POLICY)
    if planned.to.email:
        message["To"] = _address(planned.to.name, planned.to.email)
    if notes.candidate.email:
        message["From"] = _address(notes.candidate.name, notes.candidate.email)
    message["Subject"] = draft.subject or ""
    message["X-Unsent"] = "1"
    message["X-Afterview-Send-At"] = planned.send.recommended_at.isoformat()
    message.set_content(draft.body, charset="utf-8", cte="8bit")
    return message.as_string()


def is_email(draft: Draft) -> bool:
    return draft.channel is Channel.email


def _address(name: str, email: str) -> str:
    user, _, domain = email.partition("@")
    return str(Address(display_name=name, username=user, domain=domain))
