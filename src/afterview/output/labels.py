"""Human words for kinds, channels, states and times, shared by every text-like output."""

from __future__ import annotations

from datetime import datetime

from afterview.planning import Planned
from afterview.timing import SendPlan, day_stamp, stamp
from afterview.vocabulary import Channel, Kind

KIND = {
    Kind.thank_you: "Thank-you",
    Kind.status_check: "Status check",
    Kind.feedback_request: "Feedback request",
}
CHANNEL = {Channel.email: "email", Channel.handwritten: "handwritten card", Channel.linkedin: "LinkedIn message"}
STATE = {
    "not_yet": "not yet",
    "due": "due",
    "overdue": "overdue",
    "sent": "sent",
    "late": "late",
}


def title(planned: Planned) -> str:
    final = " (final)" if planned.send.final else ""
    who = f"{planned.to.name}, {planned.to.title}" if planned.to.title else planned.to.name
    return f"{KIND[planned.kind]}{final} to {who} ({CHANNEL[planned.channel]})"


def when(moment: datetime) -> str:
    return f"{stamp(moment)} {moment.year} ({moment.tzinfo})"


def limit(send: SendPlan) -> str:
    """The deadline of a thank-you or the window of a status check, in a few words."""
    if send.deadline is not None:
        return f"deadline {stamp(send.deadline)}"
    if send.window_start is not None and send.window_end is not None:
        return f"window {day_stamp(send.window_start)} – {day_stamp(send.window_end)}"
    return ""


def send_line(send: SendPlan) -> str:
    parts = [STATE[send.state], f"recommended {when(send.recommended_at)}", limit(send)]
    return " · ".join(p for p in parts if p)
