"""Turn command-line flag values into checked values, or an InputError naming the flag."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from afterview.errors import InputError
from afterview.notes.model import FIRST_YEAR, LAST_YEAR, Notes
from afterview.notes.suggest import did_you_mean
from afterview.timing import SendAt as SendAt  # the --send-at values, defined with the rule that reads them
from afterview.timing import WhenDue as WhenDue


def _date_alone(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_moment(value: str | None, flag: str, zone: tzinfo, clock: datetime) -> datetime:
    """An ISO date-time; without an offset it is read in the interview's timezone."""
    if value is None:
        return clock.astimezone(zone)
    if value.strip().lower() == "now":
        return clock.astimezone(zone)
    moment = read_moment(value, flag)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def read_moment(value: str, flag: str) -> datetime:
    """An ISO 8601 date and time as written: naive without an offset, aware with one; a date alone, a
    year outside the notes' range or anything else is an InputError naming the flag."""
    text = value.strip()
    day = _date_alone(text)
    if day is not None:
        # A date alone would silently be midnight, and every thank-you then too early.
        raise InputError(f"{flag}: '{text}' needs a time as well as a date, e.g. {day.isoformat()}T16:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"{flag}: '{value}' is not a date and time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-24T16:00"
        ) from None
    _plausible_year(flag, value, moment.year)
    return moment


def _plausible_year(flag: str, value: str, year: int) -> None:
    """The notes' own range: near datetime's limits (years 1 and 9999) the timing rules overflow."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(
            f"{flag}: '{value.strip()}' is not a plausible date (year {year}); "
            f"use a year from {FIRST_YEAR} to {LAST_YEAR}"
        )


def parse_send_at(value: str | None, zone: tzinfo, now: datetime, *, default: SendAt = None) -> SendAt:
    """`--send-at`: a time, or 'now' (every message at that moment); 'recommended' (None: each message
    at its own recommended time). Not given: `default` (WhenDue for planned drafts, now for `check`)."""
    if value is None:
        return default
    if value.strip().lower() == "recommended":
        return None
    return parse_moment(value, "--send-at", zone, now)


def resolve_person(notes: Notes, name: str) -> str:
    """`--to` accepts a full name or an unambiguous first name, in any case."""
    wanted = " ".join(name.split()).casefold()
    names = [i.name for i in notes.interviewers]
    exact = [n for n in names if n.casefold() == wanted]
    if exact:
        return exact[0]
    by_first = [i.name for i in notes.interviewers if i.first_name.casefold() == wanted]  # "Anna" for "Dr. Anna Kim"
    if len(by_first) == 1:
        return by_first[0]
    did = did_you_mean(name, names)
    raise InputError(f"--to: '{name}' is not one of the interviewers ({', '.join(names)}){did}")
