"""`afterview new`: what a coach asks right after an interview, checked answer by answer, as notes data.

The questions know nothing of terminals: `ask` shows one and returns the answer (None when
the input has ended), `say` shows a remark. A bad answer is explained and asked again.
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from afterview.notes.answers import (
    ROLE_WORDS,
    _culture,
    _email,
    _format,
    _guess_role,
    _minutes,
    _new_name,
    _one_of_names,
    _role,
    _text,
    _yes_no,
)
from afterview.notes.markdown import labels
from afterview.notes.model import FIRST_YEAR, LAST_YEAR
from afterview.notes.names import first_name
from afterview.notes.plain_time import parse_day, parse_when
from afterview.notes.timezones import check_timezone, region_of

T = TypeVar("T")


@dataclass(frozen=True)
class Question:
    key: str  # what the answer fills, e.g. "interview.at" or "interviewers[0].topics"
    text: str
    hint: str = ""  # an example answer, shown in brackets
    default: str | None = None  # taken when the answer is empty
    required: bool = True
    completions: tuple[str, ...] = ()  # offered by Tab on a terminal
    more: bool = False  # a follow-up line of a list ("one per line, empty to finish")


class AnswersEnded(Exception):
    """The input ended while a question still needed an answer."""

    def __init__(self, question: Question) -> None:
        super().__init__(question.text)
        self.question = question


Ask = Callable[[Question], "str | None"]
Say = Callable[[str], None]


def timezone_names() -> tuple[str, ...]:
    return tuple(
        sorted(z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
    )


class Questionnaire:
    def __init__(
        self,
        ask: Ask,
        say: Say,
        *,
        today: date,
        default_timezone: str | None = None,
        now: datetime | None = None,
        clock: Callable[[str], datetime] | None = None,
    ) -> None:
        self.ask = ask
        self.say = say
        self.today = today
        self.now = now  # a wall time: an interview cannot start after it
        self.default_timezone = default_timezone
        self.clock = clock  # the wall time now in a timezone (None: `today`/`now` as given)
        self._said = ""  # the decision answer as typed

    def run(self) -> dict[str, Any]:
        say = self.say
        say("A few questions about the interview, while it is fresh. Press Enter to skip the optional ones.")
        position = self._get(Question("position", "What was the position?", "e.g. Senior Backend Engineer"), _text)
        company = self._get(Question("company.name", "Which company?", "e.g. Acme"), _text)
        zone = self._get(
            Question(
                "interview.timezone",
                "In which timezone was it?",
                "e.g. America/New_York, central time, London; Tab completes",
                default=self.default_timezone,
                completions=timezone_names(),
            ),
            region_of,
        )
        if self.clock is not None:  # 'today' is the date where the interview was, not on this machine
            self.now = self.clock(zone)
            self.today = self.now.date()
        at, said_zone = self._get(
            Question("interview.at", "When did it start?", "e.g. today 2pm, yesterday 14:00, 2026-11-24 14:00"),
            self._when,
        )
        zone = said_zone or zone
        say(f"  understood: {at:%a %d %b %Y, %H:%M} ({zone})")
        minutes = self._get(
            Question("interview.duration_minutes", "How long did it last?", "e.g. 45 minutes", default="60 minutes"),
            _minutes,
        )
        form = self._get(
            Question(
                "interview.format",
                "Onsite, video or phone?",
                required=False,
                completions=("onsite", "video", "phone"),
            ),
            _format,
        )
        me = self._get(Question("candidate.name", "Your name, as you sign your messages?", "e.g. Sam Rivera"), _text)
        people = self._people()
        requested = self._list(Question("requested", "What did you say you would send them?", "e.g. portfolio link"))
        decision = self._get(
            Question(
                "interview.decision_by",
                "When did they say they would decide?",
                "e.g. Dec 4, Friday, in two weeks; Enter if they did not say",
                required=False,
            ),
            lambda text: self._decision(text, at.date()),
        )
        if decision:  # read back, as the start time is ("next Friday": this week's to some, the week after to others)
            say(f"  understood: {decision:%a %d %b %Y}{_which_week(decision, self.today, self._said)}")
        culture = self._get(
            Question(
                "company.culture",
                "How formal were they?",
                "formal, neutral or casual",
                default="neutral",
                completions=("formal", "neutral", "casual"),
            ),
            _culture,
        )
        no_follow_up = self._get(
            Question("interview.no_follow_up", "Did they ask you not to follow up?", "y or n", default="n"), _yes_no
        )
        highlights = self._list(
            Question(
                "candidate.highlights",
                "What experience of yours fits the problems they described?",
                "e.g. led the Kafka migration at Northwind",
            )
        )
        interview: dict[str, Any] = {"at": at.isoformat(timespec="minutes"), "timezone": zone}
        interview["duration_minutes"] = minutes
        if form:
            interview["format"] = form
        if decision:
            interview["decision_by"] = decision.isoformat()
        if no_follow_up:
            interview["no_follow_up"] = True
        return {
            "candidate": {"name": me, "highlights": highlights},
            "position": position,
            "company": {"name": company, **({"culture": culture} if culture != "neutral" else {})},
            "interview": interview,
            "interviewers": people,
            "requested": requested,
        }

    # --- people --------------------------------------------------------------------------------

    def _people(self) -> list[dict[str, Any]]:
        people: list[dict[str, Any]] = []
        while True:
            first = not people
            names = {" ".join(p["name"].casefold().split()) for p in people}
            name = self._get(
                Question(
                    f"interviewers[{len(people)}].name",
                    "Who interviewed you? Their name" if first else "Anyone else? Their name",
                    "e.g. Dana Lee" if first else "Enter if that was everyone",
                    required=first,
                ),
                functools.partial(_new_name, taken=names),
            )
            if not name:
                break
            people.append(self._person(len(people), name))
        if len(people) > 1:
            names_list = tuple(p["name"] for p in people)
            contact = self._get(
                Question(
                    "primary_contact",
                    "Who is your point of contact for what happens next?",
                    "a name from above; Enter to let afterview choose",
                    required=False,
                    completions=names_list,
                ),
                lambda text: _one_of_names(text, names_list),
            )
            for person in people:
                if person["name"] == contact:
                    person["primary_contact"] = True
        return people

    def _person(self, n: int, name: str) -> dict[str, Any]:
        first = first_name(name)
        where = f"interviewers[{n}]"
        person: dict[str, Any] = {"name": name}
        title = self._get(
            Question(f"{where}.title", f"{first}'s job title?", "e.g. Engineering Manager", required=False), _text
        )
        if title:
            person["title"] = title
        role = self._get(
            Question(
                f"{where}.role",
                f"{first}'s part in hiring?",
                "hiring manager, recruiter, peer, executive or other",
                default=_guess_role(title),
                completions=ROLE_WORDS,
            ),
            _role,
        )
        if role != "other":
            person["role"] = role
        email = self._get(
            Question(f"{where}.email", f"{first}'s email address?", "Enter if you do not have it", required=False),
            _email,
        )
        if email:
            person["email"] = email
        for key, text, hint in (
            ("topics", f"What did you talk about with {first}?", "e.g. moving billing to event sourcing"),
            ("challenges", f"What problems did {first} mention?", "e.g. nightly batch jobs page the on-call team"),
            ("rapport", f"Anything you and {first} have in common?", "e.g. both ran the Chicago marathon"),
        ):
            items = self._list(Question(f"{where}.{key}", text, hint))
            if items:
                person[key] = items
        return person

    # --- asking --------------------------------------------------------------------------------

    def _get(self, question: Question, parse: Callable[[str], T]) -> T:
        while True:
            answer = self.ask(question)
            if answer is None:
                if question.required and question.default is None:
                    raise AnswersEnded(question)
                answer = ""
            answer = " ".join(answer.split())
            if not answer and question.default is not None:
                answer = question.default
            if not answer:
                if not question.required:
                    return parse("")
                self.say("  An answer is needed here.")
                continue
            try:
                return parse(answer)
            except ValueError as exc:
                message = str(exc).rstrip(".")
                self.say(f"  {message}{'' if message.endswith('?') else '.'} Please try again.")

    def _list(self, question: Question) -> list[str]:
        """One item per answer until an empty one."""
        items: list[str] = []
        hint = f"{question.hint}; one per line, Enter on an empty line when done" if question.hint else ""
        current = Question(question.key, question.text, hint, required=False)
        while len(items) < 20:
            item = self._get(current, _text)
            if not item:
                break
            items.append(item)
            current = Question(question.key, question.text, "", required=False, more=True)
        return items

    def _when(self, text: str) -> tuple[datetime, str | None]:
        at, zone = parse_when(text, ref=self.today, direction="past")
        if at.tzinfo is not None:
            raise ValueError("give the local time and the timezone name instead of a UTC offset, e.g. 14:00")
        if zone is not None:
            zone = check_timezone(zone)
        if not FIRST_YEAR <= at.year <= LAST_YEAR:
            raise ValueError(f"{at.date().isoformat()} is not a plausible date (year {at.year}); check the year")
        if at.date() > self.today:
            raise ValueError(f"{at.date().isoformat()} is in the future; when did the interview start?")
        if self.now is not None and at > self.now:
            raise ValueError(f"{at.strftime('%H:%M')} today is later than now; when did the interview start?")
        return at, zone

    def _decision(self, text: str, interview_day: date) -> date | None:
        self._said = text
        if not text or labels.norm(text) in ("no", "n", "none", "not said", "dont know", "unknown", "they did not say"):
            return None
        ref = max(interview_day, self.today)
        try:
            day = parse_day(text, ref=ref, direction="future")
        except ValueError:
            # "the recruiter said by Friday": the date after the last "by"/"on"/"before"/"around"/"until"
            tail = re.search(r".*\b(?:by|on|before|around|until|after)\s+(.+)$", text, re.I)
            if tail is None:
                raise
            day = parse_day(tail.group(1), ref=ref, direction="future")
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError(f"{day.isoformat()} is not a plausible date (year {day.year}); check the year")
        if day < interview_day:
            raise ValueError(f"{day.isoformat()} is before the interview ({interview_day.isoformat()})")
        return day


def _which_week(day: date, today: date, said: str) -> str:
    """A hint when a weekday said in words could be read as this week's or the next one's."""
    if 0 < (day - today).days < 7 and f"{day:%A}".casefold()[:3] in said.casefold():
        return f" (this week's {day:%A}; type the date if they meant the week after)"
    return ""
