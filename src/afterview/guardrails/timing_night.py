"""Night sends: our extension of SPEC 3. SPEC recommends a thank-you between 08:00 and 20:00 recipient-local and
a status check at 10:00, but has no rule for a message planned in the small hours. A send after 22:00 or before
06:00 recipient-local (any kind, any channel) lands on a phone at night: warn, and suggest the next morning."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from afterview.draft import Finding
from afterview.timing import stamp

NIGHT_FROM = time(22, 0)  # a send after this ...
NIGHT_UNTIL = time(6, 0)  # ... or before this, recipient-local, is a night send
MORNING = time(8, 0)  # SPEC 3.1's earliest recommended hour: what we suggest instead


def at_night(local: datetime) -> bool:
    """Whether a recipient-local moment is in the night: after 22:00 (22:00 itself is still evening) or before
    06:00."""
    wall = local.time().replace(tzinfo=None)
    return wall > NIGHT_FROM or wall < NIGHT_UNTIL


def next_morning(local: datetime) -> datetime:
    """08:00 on the morning after a night moment: the same date before 06:00, the next date after 22:00."""
    day = local.date() if local.time().replace(tzinfo=None) < NIGHT_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, MORNING, tzinfo=local.tzinfo)


def night_send(local: datetime, name: str) -> list[Finding]:
    """A `timing` warning for a send planned at night recipient-local, suggesting the next morning."""
    if not at_night(local):
        return []
    morning = next_morning(local)
    return [
        Finding(
            "timing",
            "warning",
            "night",
            f"Sending at {stamp(local)} is the middle of the night for {name}; schedule it for the next morning "
            f"({stamp(morning)}) instead.",
            None,
            f"Plan the send for {stamp(morning)}, their time.",
        )
    ]
