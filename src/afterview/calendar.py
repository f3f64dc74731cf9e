"""The send plan as an iCalendar file: one event with a reminder per planned message."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from afterview.notes.model import Notes
from afterview.output import labels
from afterview.output.names import file_stems
from afterview.planning import Plan

EVENT_LENGTH = timedelta(minutes=15)
PRODID = "-//afterview//follow-up plan//EN"


def is_ours(raw: bytes) -> bool:
    """True for a calendar file afterview wrote (its PRODID, and only events it made), which --ics
    may replace; a calendar you added an event of your own to is yours."""
    text = raw.replace(b"\r\n", b"\n").replace(b"\n ", b"").replace(b"\n\t", b"")  # unfold long lines
    lines = text.split(b"\n")
    uids = [line for line in lines if line.startswith(b"UID:")]
    return (
        lines[0] == b"BEGIN:VCALENDAR"
        and f"PRODID:{PRODID}".encode() in lines
        and all(uid.endswith(b"@afterview") for uid in uids)
    )


def plan_to_ics(notes: Notes, plan: Plan, now: datetime) -> bytes:
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    interview_id = hashlib.sha256(
        f"{notes.company.name}\0{notes.position}\0{notes.interview.at.isoformat()}".encode()
    ).hexdigest()[:16]
    stems = file_stems(notes, ((p.kind.value, p.to.name) for p in plan.messages))  # one UID per message
    for planned, stem in zip(plan.messages, stems, strict=True):
        send = planned.send
        what = f"{labels.KIND[planned.kind]} to {planned.to.name}"
        event = icalendar.Event()
        event.add("uid", f"{stem}-{interview_id}@afterview")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", send.recommended_at)
        event.add("duration", EVENT_LENGTH)
        event.add("summary", f"Send: {what} ({notes.company.name}, {notes.position})")
        limit = labels.limit(send)
        event.add("description", f"{send.reason}\n{limit}".strip() + "\nDraft it with: afterview draft")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Time to send the {what.lower()}")
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical
