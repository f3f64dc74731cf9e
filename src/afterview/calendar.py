"""The send plan as an iCalendar file: one event with a reminder per planned message."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from afterview.notes.model import Notes
from afterview.options import slug
from afterview.output import labels
from afterview.planning import Plan

EVENT_LENGTH = timedelta(minutes=15)


def plan_to_ics(notes: Notes, plan: Plan, now: datetime) -> bytes:
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//afterview//follow-up plan//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    interview_id = hashlib.sha256(
        f"{notes.company.name}\0{notes.position}\0{notes.interview.at.isoformat()}".encode()
    ).hexdigest()[:16]
    for planned in plan.messages:
        send = planned.send
        what = f"{labels.KIND[planned.kind]} to {planned.to.name}"
        event = icalendar.Event()
        event.add("uid", f"{planned.kind.value}-{slug(planned.to.name)}-{interview_id}@afterview")
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
