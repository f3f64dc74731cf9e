"""A week said as when they decide, read as that week's Friday (the end of its working week), and said back in the
words it was read from: 'next week', 'this week', 'end of next week', 'the week after next', 'the week of the 14th',
'prob wk of dec 14'. A week named by a weekend day ('the week of Sun the 13th') is the week that follows it. Never
the interview day or before it: then the next business day after it (decision_spans.after)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from afterview.notes.decision_spans import after
from afterview.notes.plain_time import parse_day

# 'next week', 'by the end of next week' (its Friday); 'this week', 'end of the week' (this Friday)
_WEEK = re.compile(r"(?:by\s+)?(?:(?:the\s+)?end\s+of\s+|later\s+)?(?:(next)|this|the)\s+week")
# 'the week after next', 'end of the week after next': two weeks on
_AFTER_NEXT = re.compile(r"(?:by\s+|in\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?week\s+after\s+next")
# 'the week of the 14th', 'wk of Dec 14', 'week of 12/14': the week the day said falls in
_WEEK_OF = re.compile(
    r"(?:by\s+|in\s+|during\s+)?(?:(?:the|that)\s+)?(?:end\s+of\s+(?:the\s+)?)?week\s+of\s+(?P<day>.+)"
)


def friday_of(day: date) -> date:
    """The Friday of the working week `day` falls in; a Saturday or Sunday: the Friday of the week after it."""
    return day + timedelta(days=(4 - day.weekday()) % 7)


def week_day(norm: str, ref: date) -> date | None:
    """The Friday of the week `norm` says (lowercase words, 'wk' written out as 'week'), counted from `ref`."""
    norm = re.sub(r"\bwks?\b", "week", norm)
    found = _WEEK.fullmatch(norm)
    if found:
        return after(friday_of(ref) + timedelta(days=7 if found.group(1) else 0), ref)
    if _AFTER_NEXT.fullmatch(norm):
        return after(friday_of(ref) + timedelta(days=14), ref)
    found = _WEEK_OF.fullmatch(norm)
    if found:
        try:
            day = parse_day(found.group("day"), ref=ref, direction="future")
        except ValueError:
            return None
        return after(friday_of(day), ref)
    return None
