"""Drafts as .eml files a mail client opens as unsent messages (email channel only)."""

from __future__ import annotations

import email
from dataclasses import replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from typing import TYPE_CHECKING

from afterview.draft import Draft, Finding
from afterview.notes.model import Notes
from afterview.planning import Planned
from afterview.vocabulary import Channel

if TYPE_CHECKING:
    from afterview.pipeline import DraftRun

NO_ADDRESS = "no_address"

_POLICY = EmailPolicy(linesep="\n", utf8=True)


def draft_to_eml(notes: Notes, planned: Planned, draft: Draft) -> str:
    message = EmailMessage(policy=_POLICY)
    if planned.to.email:
        _set_address(message, "To", planned.to.name, planned.to.email)
    if notes.candidate.email:
        _set_address(message, "From", notes.candidate.name, notes.candidate.email)
    message["Subject"] = draft.subject or ""
    message["X-Unsent"] = "1"
    message["X-Afterview-Send-At"] = planned.send.recommended_at.isoformat()
    message.set_content(draft.body, charset="utf-8", cte="8bit")
    return message.as_string()


def is_email(draft: Draft) -> bool:
    return draft.channel is Channel.email


def with_address_findings(run: DraftRun) -> DraftRun:
    """The run with a warning on every email whose recipient has no address in the notes: its .eml
    opens with an empty To:, which is easy to miss until the mail client refuses to send."""
    drafts = []
    for planned, draft in run.drafts:
        if is_email(draft) and not planned.to.email:
            drafts.append((planned, replace(draft, findings=(*draft.findings, no_address_finding(run.notes, planned)))))
        else:
            drafts.append((planned, draft))
    return replace(run, drafts=tuple(drafts))


def no_address_finding(notes: Notes, planned: Planned) -> Finding:
    number = next(n for n, i in enumerate(notes.interviewers) if i.name == planned.to.name)
    return Finding(
        check="eml",
        severity="warning",
        code=NO_ADDRESS,
        message=f"{planned.to.name} has no email address in your notes, so the .eml has no To: line; "
        f"add interviewers[{number}].email, or fill in To: in your mail client.",
    )


def address_warnings(run: DraftRun) -> list[str]:
    """One line per email without a To: address, for the run's summary."""
    return [
        f"the .eml to {d.to} has no To: address ({d.to} has no email in your notes)"
        for _, d in run.drafts
        if any(f.check == "eml" and f.code == NO_ADDRESS for f in d.findings)
    ]


def _set_address(message: EmailMessage, header: str, name: str, address: str) -> None:
    """One address, built by the email library; if the written header would not read back as exactly
    that one address (a name crafted to look like header syntax), the name is left out."""
    user, _, domain = address.partition("@")
    wanted = Address(display_name=_display_name(name), username=user, domain=domain)
    message[header] = wanted
    if _read_back(message, header) != (wanted,):
        del message[header]
        message[header] = Address(username=user, domain=domain)


def _display_name(name: str) -> str:
    """Printable characters only (no line breaks of any kind), and no RFC 2047 encoded words: a mail
    client would decode '=?utf-8?q?…?=' into header text."""
    return "".join(ch for ch in name if ch.isprintable()).replace("=?", "= ?")


def _read_back(message: EmailMessage, header: str) -> tuple[Address, ...]:
    line = f"{header}: {message[header]}\n\n"
    parsed = email.message_from_string(line, policy=_POLICY)
    return tuple(parsed[header].addresses) if parsed[header] is not None else ()
