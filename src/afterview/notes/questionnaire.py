"""`afterview new`: what a coach asks right after an interview, checked answer by answer, as notes data.

The questions know nothing of terminals: `ask` shows one and returns the answer (None when
the input has ended), `say` shows a remark. A bad answer is explained and asked again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from afterview.notes.about_person import AboutPerson, read_about_person
from afterview.notes.answers import (
    ROLE_WORDS,
    Person,
    _length_format_culture,
    _person,
    _role,
    _split_items,
    _text,
    guess_role,
    position_at_company,
)
from afterview.notes.asides import is_format
from afterview.notes.asking_decision import DecisionQuestions
from afterview.notes.names import first_name
from afterview.notes.paste_said import deadline_off
from afterview.notes.place_zones import zone_answer
from afterview.notes.question import AnswersEnded, Ask, Question, Say, timezone_names
from afterview.notes.read_back import wrapped
from afterview.notes.recipient import for_whom
from afterview.notes.started import read_start

__all__ = ["AnswersEnded", "Ask", "Question", "Questionnaire", "Say"]


class Questionnaire(DecisionQuestions):
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
        super().__init__(ask, say)
        self.today = today
        self.now = now  # a wall time: an interview cannot start after it
        self.default_timezone = default_timezone
        self.clock = clock  # the wall time now in a timezone (None: `today`/`now` as given)
        self.said = ""  # the decision answer as typed
        self.decision_said_back = False  # the decision was filed from a line and said back: not asked again

    def run(self) -> dict[str, Any]:
        say = self.say
        say("A few questions about the interview, while it is fresh. Enter takes the [default] or skips.")
        position, company = self._get(
            Question("position", "Which position, at which company?", "e.g. Senior Backend Engineer at Acme"),
            position_at_company,
        )
        if company is None:
            company = self._get(Question("company.name", "Which company?", "e.g. Acme"), _text)
        at, zone = self._start()
        minutes, form, culture = self._get(
            Question(
                "interview.duration_minutes",
                "How long was it, and how?",
                "e.g. 45 min video, 30 min phone, onsite; add 'formal' or 'casual' if it was",
                default="60 minutes",
                completions=("minutes", "onsite", "video", "phone", "formal", "casual"),
            ),
            lambda text: _length_format_culture(text, 60),
        )
        me = self._get(Question("candidate.name", "Your name, as you sign your messages?", "e.g. Sam Rivera"), _text)
        people = self._people()
        requested = self._to_send(people)
        decision, no_follow_up = self._decide(at.date())
        if no_follow_up:
            say("  understood: they asked you not to follow up (no status check will be drafted)")
        news = self._list(
            Question("company.news", "Any company news they mentioned?", "e.g. opened a Berlin office; Enter to skip")
        )
        highlights = self._list(
            Question(
                "candidate.highlights",
                "What experience of yours fits the problems they described?",
                "e.g. led the Kafka migration at Northwind; Enter to skip",
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
        company_data: dict[str, Any] = {"name": company}
        if culture and culture != "neutral":
            company_data["culture"] = culture
        if news:
            company_data["news"] = news
        return {
            "candidate": {"name": me, "highlights": highlights},
            "position": position,
            "company": company_data,
            "interview": interview,
            "interviewers": people,
            "requested": requested,
        }

    # --- when -----------------------------------------------------------------------------------

    def _start(
        self,
        zone: str | None = None,
        known: datetime | None = None,
        suggested: tuple[str, str] | None = None,
        day: date | None = None,
        at_time: time | None = None,
    ) -> tuple[datetime, str]:
        """When it started, and where: the default timezone unless the answer names a place. `zone` and
        `known`: what pasted notes said (a start is read back, and asked for when it is after now);
        `suggested`: the timezone a place in the notes suggests, and the place (Enter takes it); `at_time`: a time
        of day the notes say with no day ('zoom 2pm'), read back as today's when that is past."""
        default = zone or self.default_timezone
        if default is None:  # nothing to offer: ask for the place first, so 'today' is that place's day
            place = f"{suggested[1]} is in your notes: Enter for {suggested[0]}, or e.g." if suggested else "e.g."
            default = self._get(
                Question(
                    "interview.timezone",
                    "In which timezone was it?",
                    f"{place} America/New_York, central time, London; Tab completes",
                    default=suggested[0] if suggested else None,
                    completions=timezone_names(),
                ),
                zone_answer,  # a region, 'central time', or a city people name ('Porto')
            )
        hint = "e.g. today 2pm, yesterday 14:00, 2026-11-24 14:00"
        if self.default_timezone is not None:
            hint = f"e.g. today 2pm, yesterday 14:00; {default} time unless you add a place: today 2pm London"
        place = default
        now = self.clock(place) if self.clock is not None else self.now
        if known is None and day is None and at_time is not None:  # 'zoom 2pm': today's 2pm, said back
            known = datetime.combine(now.date() if now is not None else self.today, at_time)
            known = None if now is not None and known > now else known
        if known is not None and now is not None and known > now:
            self.say(f"  your notes say it started {known:%a %d %b %Y, %H:%M} ({place}), which is after now")
            known = None
        question = Question("interview.at", "When did it start?", hint)
        parse: Callable[[str], tuple[datetime, str | None]] = lambda text: self.start(text, place)  # noqa: E731
        if day is not None and known is None:  # 'wed' in the notes, no time: only the time is asked
            question = Question("interview.at", f"What time did it start on {day:%a %d %b}?", "e.g. 2pm, 14:00")
            parse = lambda text: self.start(_on_day(text, day), place)  # noqa: E731

        def shown(said: tuple[datetime, str | None]) -> str:
            return f"{said[0]:%a %d %b %Y, %H:%M} ({said[1] or place})"

        if known is None:
            at, named = self._confirmed(question, parse, shown, "another time")
        else:
            given: tuple[datetime, str | None] = (known, None)
            at, named = self._read_back(question, given, parse, shown, "another time")
        zone = named or default
        if self.clock is not None:
            self.now = self.clock(zone)
            self.today = self.now.date()
        return at, zone

    def start(self, text: str, zone: str) -> tuple[datetime, str | None]:
        """'today 2pm', 'yesterday 14:00 London': the wall time, and the place's timezone when one is named."""
        return read_start(text, zone, today=self.today, now=self.now, clock=self.clock)

    # --- people --------------------------------------------------------------------------------

    def _people(self, more: bool = True) -> list[dict[str, Any]]:
        """Each interviewer (name and title, part in hiring, anything else unless not `more`), and what they asked
        you for."""
        people: list[dict[str, Any]] = []
        while True:
            first = not people
            names = {" ".join(p["name"].casefold().split()) for p in people}
            contact = any(p.get("primary_contact") for p in people)  # someone is already the point of contact
            person = self._get(
                Question(
                    f"interviewers[{len(people)}].name",
                    "Who interviewed you? Name, and job title if you know it"
                    if first
                    else "Anyone else? Name, and job title",
                    "e.g. Dana Lee, Engineering Manager" if first else "Enter if that was everyone",
                    required=first,
                ),
                functools.partial(_person, taken=names, contact_taken=contact),
            )
            if person is None:
                return people
            hiring = any(p.get("role") == "hiring_manager" for p in people)
            people.append(self._about(len(people), person, contact, more=more, hiring_taken=hiring))

    def _about(
        self, n: int, person: Person, contact_taken: bool, *, more: bool = True, hiring_taken: bool = False
    ) -> dict[str, Any]:
        first = first_name(person.name)
        where = f"interviewers[{n}]"
        data: dict[str, Any] = {"name": person.name}
        if person.title:
            data["title"] = person.title
        role = person.role or self.part_in_hiring(where, first, person.title, hiring_taken)
        if role != "other":
            data["role"] = role
        about = AboutPerson(email=person.email, primary_contact=person.primary_contact)
        if more:
            self.more_about(n, first, about, contact_taken)
        data.update(about.fields())
        if about.requested:  # "she asked me for references": hers
            data["requested"] = _once(about.requested)
        return data

    def part_in_hiring(self, where: str, first: str, title: str | None, hiring_taken: bool = False) -> str:
        """Their part in hiring, the default guessed from their job title (never a second hiring manager)."""
        return self._get(
            Question(
                f"{where}.role",
                f"{first}'s part in hiring?",
                "hiring manager, recruiter, peer, executive or other",
                default=guess_role(title, hiring_taken),
                completions=ROLE_WORDS,
            ),
            _role,
        )

    def more_about(self, n: int, first: str, about: AboutPerson, contact_taken: bool) -> None:
        """What they talked about, a problem the team has, common ground: read into `about`."""
        where = f"interviewers[{n}]"
        hint = "Enter to skip"
        if n == 0:
            example = "the billing rewrite; Challenge: flaky deploys; In common: both from Ohio; main contact"
            hint = f"e.g. {example}; {hint}"
        elif not contact_taken and not about.primary_contact:
            hint = "e.g. the hiring timeline; main contact; " + hint
        self._items(  # each answer is added to `about` as it is read; a clash is explained and asked again
            Question(
                f"{where}.topics",
                f"Anything else about {first} — what they talked about, a problem the team has, "
                "something you have in common?",
                hint,
            ),
            functools.partial(_about_more, into=about, taken=contact_taken, say=self.say, first=first),
        )

    def _to_send(self, people: list[dict[str, Any]]) -> list[str]:
        """What you said you would send; 'references for Tom' is Tom's (his `requested`), an item without
        a name is the notes' own (the draft sends it to whoever it relates to)."""
        first = first_name(people[0]["name"])
        example = f"e.g. portfolio link, or portfolio link for {first}" if len(people) > 1 else "e.g. portfolio link"
        names = [p["name"] for p in people]
        answers = self._items(
            Question("requested", "What did you say you would send them?", f"{example}; Enter if nothing"),
            functools.partial(self._whose, names=names),
        )
        said = {" ".join(i.casefold().split()) for p in people for i in p.get("requested", ())}
        nobody: list[str] = []
        for thing, n in (found for answer in answers for found in answer):
            key = " ".join(thing.casefold().split())
            if n is None:
                if key not in said:  # said about a person and again here: once, theirs
                    nobody.append(thing)
                continue
            theirs = people[n].setdefault("requested", [])
            if key not in {" ".join(i.casefold().split()) for i in theirs}:
                theirs.append(thing)
            said.add(key)
        return [item for item in _once(nobody) if " ".join(item.casefold().split()) not in said]

    def _whose(self, text: str, names: list[str]) -> list[tuple[str, int | None]]:
        """One answer's items, each with the person it is for (read back as it is read)."""
        found = []
        for item in _split_items(text):  # 'my references for Elena by tomorrow': the day is no part of the item
            item, when = deadline_off(item)
            thing, n = for_whom(item, names)
            thing, later = deadline_off(thing)
            if when or later:
                self.say(f"  not kept: '{when or later}' (the notes keep what you send, not when)")
            found.append((thing, n))
        for thing, n in found:
            if n is not None:
                self.say(f"  understood: {thing}, for {first_name(names[n])} (written under their name)")
        return found


def _on_day(text: str, day: date) -> str:
    """'2pm' on the day the notes give ('2026-12-02 2pm'); an answer with a day of its own as it is."""
    has_day = re.search(
        r"\d{4}-\d|\d/\d|today|yesterday|day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)|[a-z]{3,}\s+\d", text, re.I
    )
    return text if has_day else f"{day.isoformat()} {text}"


def _once(items: list[str]) -> list[str]:
    """Each item once (the first time it was said), whatever its case."""
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())


def _about_more(text: str, into: AboutPerson, taken: bool, say: Say, first: str) -> AboutPerson:
    """One answer about a person, read and added to what is known of them; a ValueError changes nothing."""
    about = read_about_person(text)
    if about.primary_contact and taken:
        raise ValueError("someone else is already your point of contact; name one person")
    into.merge(about)
    if about.primary_contact:
        say(f"  understood: {first} is your point of contact (the status check goes to them)")
    for item in about.aside:
        what = "how the interview was held" if is_format(item) else f"about {first}"
        say(f"  kept out of your messages: '{item}' is {what}, not something you talked about")
    if about.said():  # what was filed, read back: 'understood: Talked about: …; In common: …' (wrapped)
        for row in wrapped(f"  understood: {about.said()}"):
            say(row)
    return about
