"""The send plan as an iCalendar file: one event with a reminder per planned message."""

from __future__ import annotations

import hashlib
import re
import shlex
from datetime import UTC, datetime, timedelta

from afterview.notes.model import Notes
from afterview.output import labels
from afterview.output.names import file_stems
from afterview.planning import Plan, Planned
from afterview.timing import SendPlan, day_stamp, stamp

EVENT_LENGTH = timedelta(minutes=15)
PRODID = "-//afterview//follow-up plan//EN"


_DIGEST = b"X-AFTERVIEW-DIGEST:"


def _digest(ical: bytes) -> str:
    return hashlib.sha256(ical).hexdigest()


def is_ours(raw: bytes) -> bool:
    """True for a calendar file afterview wrote and nobody changed since (its digest of the rest
    still matches), which --ics may replace; a calendar you edited, or added an event to, is yours."""
    first, _, rest = raw.partition(b"\r\n")
    line, _, after = rest.partition(b"\r\n")
    if first != b"BEGIN:VCALENDAR" or not line.startswith(_DIGEST):
        return False
    if line[len(_DIGEST) :].decode("ascii", "replace") != _digest(first + b"\r\n" + after):
        return False
    text = raw.replace(b"\r\n", b"\n").replace(b"\n ", b"").replace(b"\n\t", b"")  # unfold long lines
    lines = text.split(b"\n")
    uids = [line for line in lines if line.startswith(b"UID:")]
    return f"PRODID:{PRODID}".encode() in lines and all(uid.endswith(b"@afterview") for uid in uids)


def plan_to_ics(notes: Notes, plan: Plan, now: datetime, notes_file: str) -> bytes:
    """`notes_file` goes into each reminder's command, so it works from any folder: give it absolute."""
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
        kind = labels.KIND[planned.kind]
        event = icalendar.Event()
        event.add("uid", f"{stem}-{interview_id}@afterview")
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
    head = b"BEGIN:VCALENDAR\r\n"
    return head + _DIGEST + _digest(ical).encode() + b"\r\n" + ical[len(head) :]


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
