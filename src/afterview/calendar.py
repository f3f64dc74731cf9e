"""The send plan as an iCalendar file: one event with a reminder per planned message."""

from __future__ import annotations

import hashlib
import re
import shlex
from datetime import UTC, datetime, timedelta

from afterview.notes.model import Notes
from afterview.options import slug
from afterview.output import labels
from afterview.planning import Plan, Planned
from afterview.timing import SendPlan, day_stamp, stamp

EVENT_LENGTH = timedelta(minutes=15)


def plan_to_ics(notes: Notes, plan: Plan, now: datetime, notes_file: str) -> bytes:
    """`notes_file` goes into each reminder's command, so it works from any folder: give it absolute."""
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
        kind = labels.KIND[planned.kind]
        event = icalendar.Event()
        event.add("uid", f"{planned.kind.value}-{slug(planned.to.name)}-{interview_id}@afterview")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", send.recommended_at)
        event.add("duration", EVENT_LENGTH)
        event.add("summary", f"Send: {kind} to {planned.to.name} ({notes.company.name}, {notes.position})")
        event.add("description", description(planned, notes_file))
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Time to send the {kind.lower()} to {planned.to.name}")
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical


def description(planned: Planned, notes_file: str) -> str:
    """Why this time; the deadline or window unless the reason already gives it; the command to draft it."""
    send = planned.send
    lines = [send.reason]
    if not _states_limit(send):
        lines.append(labels.limit(send))
    command = ["afterview", "draft", shell_word(notes_file), "--to", shell_word(planned.to.name, quote=True)]
    lines.append("Draft it with: " + " ".join([*command, "--kind", planned.kind.value]))
    return "\n".join(line for line in lines if line)


def _states_limit(send: SendPlan) -> bool:
    if send.deadline is not None:
        return stamp(send.deadline) in send.reason
    if send.window_start is not None and send.window_end is not None:
        return day_stamp(send.window_start) in send.reason and day_stamp(send.window_end) in send.reason
    return True


_PLAIN = re.compile(r"[\w@%+=:,./-]+")
_SPECIAL_IN_DOUBLE_QUOTES = set('"$`\\!')


def shell_word(text: str, *, quote: bool = False) -> str:
    """`text` as one shell word: bare when safe, else in double quotes ("Dana Lee"), else single quotes."""
    if _PLAIN.fullmatch(text) and not quote:
        return text
    if not _SPECIAL_IN_DOUBLE_QUOTES & set(text):
        return f'"{text}"'
    return shlex.quote(text)
