"""The notes file as pydantic models (SPEC section 1): the contract every other module reads."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cached_property
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from afterview.notes.emails import check_email
from afterview.notes.names import first_name, greeting
from afterview.notes.suggest import did_you_mean
from afterview.notes.timezones import check_timezone
from afterview.vocabulary import Channel, Culture, Format, Kind, Outcome, Pace, Role

__all__ = [
    "Candidate",
    "Channel",
    "Company",
    "Culture",
    "Format",
    "HistoryEntry",
    "Interview",
    "Interviewer",
    "Kind",
    "LocatedValueError",
    "Notes",
    "Outcome",
    "Pace",
    "Role",
]

MAX_TEXT = 2000  # characters in one free-text item; longer is pasted text, not a note
MAX_ITEMS = 50  # entries in one list of short phrases; the drafts and their checks read every one
MAX_PEOPLE = 30  # interviewers in one notes file (a panel is rarely more than eight)
MAX_HISTORY = 200  # messages already sent


def _text(value: object) -> object:
    """Strip text; an empty string means 'not given'."""
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value


def _text_list(value: object) -> object:
    """A list of short texts; a single text is accepted as a list of one."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list):
        return [_text(_jotted_pair(v)) for v in value]
    return value


def _jotted_pair(value: object) -> object:
    """`- hobby: climbing` is YAML's one-key mapping; in a list of notes its writer meant the text."""
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if inner is None:
            return str(key)
        if isinstance(inner, str):
            return f"{key}: {inner}"
    return value


_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


def _wall_time(value: object) -> object:
    if isinstance(value, date) and not isinstance(value, datetime):
        raise ValueError("needs a time as well as a date, e.g. 2026-11-24T14:00")
    if isinstance(value, str) and _DATE_ONLY.match(value):
        raise ValueError(f"'{value.strip()}' needs a time as well as a date, e.g. {value.strip()}T14:00")
    return value


# Far outside this range a date is a typo, and near datetime's own limits (years 1 and 9999)
# adding a few days or moving to another timezone overflows.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _plausible(value: object) -> object:
    if isinstance(value, date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"{value.isoformat()} is not a plausible date (year {value.year}); check the year")
    return value


_TIME_SCHEMA = {
    "type": "string",
    "pattern": r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?$",
    "examples": ["2026-11-24T14:00"],
}

_Str = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
Text = Annotated[_Str, BeforeValidator(_text)]
OptText = Annotated[_Str | None, BeforeValidator(_text)]
TextList = Annotated[list[Text], BeforeValidator(_text_list), Field(default_factory=list, max_length=MAX_ITEMS)]
WallTime = Annotated[datetime, BeforeValidator(_wall_time), AfterValidator(_plausible), WithJsonSchema(_TIME_SCHEMA)]
Day = Annotated[date, AfterValidator(_plausible)]

_email = check_email


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Candidate(Strict):
    name: Text = Field(description="Your name, as you sign your messages.")
    email: OptText = Field(None, description="Your email address (used as From: in .eml drafts).")
    highlights: TextList = Field(description="Experience of yours to tie back to their needs.")
    since_interview: TextList = Field(description="News of yours since the interview.")

    _check_email = field_validator("email")(_email)


class Company(Strict):
    name: Text = Field(description="The company's name, spelled as they spell it.")
    news: TextList = Field(description="Recent company news or achievements.")
    pace: Pace = Field(Pace.normal, description="How fast they hire: normal, busy or urgent.")
    culture: Culture = Field(Culture.neutral, description="How formal they are: formal, neutral or casual.")


class Interview(Strict):
    at: WallTime = Field(description="Local wall time the interview started, e.g. 2026-11-24T14:00.")
    timezone: Text = Field(description="IANA timezone of the interview, e.g. America/New_York.")
    duration_minutes: int = Field(60, gt=0, le=24 * 60, description="How long it lasted.")
    format: Format | None = Field(None, description="onsite, video or phone.")
    decision_by: Day | None = Field(None, description="The decision date the interviewer gave.")
    no_follow_up: bool = Field(False, description="True when told explicitly not to follow up.")
    outcome: Outcome = Field(Outcome.pending, description="pending, offer, rejected or withdrawn.")

    _check_tz = field_validator("timezone")(check_timezone)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def start(self) -> datetime:
        """The start as an aware datetime; a given offset is honoured, else the timezone's."""
        if self.at.tzinfo is not None:
            return self.at.astimezone(self.zone)
        return self.at.replace(tzinfo=self.zone)


class Interviewer(Strict):
    name: Text = Field(description="Their name, exactly as they spell it.")
    greet_as: OptText = Field(
        None, description="How a greeting names them, e.g. 'Dana', 'Dr. Lee' or 'Minh Khai' (optional)."
    )
    title: OptText = Field(None, description="Their job title, free text.")
    role: Role = Field(Role.other, description="hiring_manager, recruiter, peer, executive or other.")
    email: OptText = Field(None, description="Their email address.")
    channel: Channel = Field(Channel.email, description="How to thank them: email, handwritten or linkedin.")
    timezone: OptText = Field(None, description="Their IANA timezone, if not the interview's.")
    primary_contact: bool = Field(False, description="True for your point of contact.")
    topics: TextList = Field(description="What you discussed with this person (short phrases).")
    challenges: TextList = Field(description="Problems of theirs that came up.")
    rapport: TextList = Field(description="Personal common ground.")
    requested: TextList = Field(
        description="What this person asked you for (optional); each item is one of the notes' `requested` too."
    )

    _check_email = field_validator("email")(_email)
    _check_tz = field_validator("timezone")(lambda v: None if v is None else check_timezone(v))

    @property
    def first_name(self) -> str:
        return first_name(self.name)

    @property
    def greeting_name(self) -> str:
        """`greet_as`; else 'Dana', 'Dr. Kim' when the notes give a title, or the full name when the
        family name comes first ('Nguyễn Thị Minh Khai')."""
        return greeting(self.name, self.greet_as)


class HistoryEntry(Strict):
    kind: Kind = Field(description="thank_you, status_check or feedback_request.")
    to: Text = Field(description="The interviewer it went to, by name.")
    at: WallTime = Field(description="When you sent it, in the interview's timezone.")
    replied: bool = Field(False, description="True if they answered.")
    included: TextList = Field(
        description="Requested items this message sent, as written under `requested` (e.g. portfolio link)."
    )


class Notes(Strict):
    """Everything the candidate noted about one interview."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
        title="afterview notes",
    )

    candidate: Candidate
    position: Text = Field(description="The job applied for.")
    company: Company
    interview: Interview
    interviewers: list[Interviewer] = Field(
        min_length=1, max_length=MAX_PEOPLE, description="Everyone you met, at least one."
    )
    requested: TextList = Field(description="Materials they asked you for.")
    history: list[HistoryEntry] = Field(
        default_factory=list, max_length=MAX_HISTORY, description="What you already sent."
    )

    @model_validator(mode="after")
    def _requested_by_people(self) -> Notes:
        """What a person asked for is one of the notes' `requested` too (after the items listed there)."""
        listed = list(self.requested)
        listed += [item for person in self.interviewers for item in person.requested if item not in listed]
        if listed != self.requested:
            object.__setattr__(self, "requested", listed)  # frozen: set once, while validating
        return self

    @model_validator(mode="after")
    def _cross_checks(self) -> Notes:
        names = [i.name for i in self.interviewers]
        folded = [" ".join(n.casefold().split()) for n in names]
        for n, name in enumerate(names):
            if folded[n] in folded[:n]:
                raise LocatedValueError(("interviewers", n, "name"), f"'{name}' appears twice; list each person once")
        primaries = [n for n, i in enumerate(self.interviewers) if i.primary_contact]
        if len(primaries) > 1:
            raise LocatedValueError(
                ("interviewers", primaries[1], "primary_contact"),
                f"only one interviewer can be the primary contact ({names[primaries[0]]} already is)",
            )
        decision_by, day = self.interview.decision_by, self.interview.start.date()
        if decision_by is not None and decision_by < day:
            raise LocatedValueError(
                ("interview", "decision_by"),
                f"{decision_by.isoformat()} is before the interview ({day.isoformat()}); check the date",
            )
        for n, entry in enumerate(self.history):
            if entry.to not in names:
                did = did_you_mean(entry.to, names, f" (interviewers: {', '.join(names)})")
                raise LocatedValueError(("history", n, "to"), f"'{entry.to}' is not one of the interviewers{did}")
        return self

    def interviewer(self, name: str) -> Interviewer:
        return next(i for i in self.interviewers if i.name == name)

    def zone_of(self, person: Interviewer) -> ZoneInfo:
        return ZoneInfo(person.timezone) if person.timezone else self.interview.zone


class LocatedValueError(ValueError):
    """A cross-field error that knows which field it is about (the model root cannot say)."""

    def __init__(self, path: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.path = path
