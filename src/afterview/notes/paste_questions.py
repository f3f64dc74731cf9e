"""`afterview new` with pasted notes: the paste taken line by line, what was understood said back,
then only what the notes leave out (required first) or leave open, with `new`'s own questions,
checks and read-backs.
"""

from __future__ import annotations

import copy
import functools
from datetime import date, datetime
from typing import Any

from afterview.notes.about_person import AboutPerson
from afterview.notes.answers import _length_format_culture, _person, _text, position_at_company
from afterview.notes.decision_said import read_as
from afterview.notes.markdown import labels
from afterview.notes.model import FIRST_YEAR, LAST_YEAR
from afterview.notes.names import first_name
from afterview.notes.paste import Pasted
from afterview.notes.paste_people import confirm_people, read_back_person
from afterview.notes.paste_unread import add_unread, file_for_the_one
from afterview.notes.question import Ask, Question, Say, _check
from afterview.notes.questionnaire import Questionnaire
from afterview.notes.read_back import wrapped
from afterview.notes.title_words import written_out

MAX_LINES = 400

OFFER = Question(
    "paste",
    "Paste your notes (finish with an empty line or Ctrl-D), or press Enter to be asked question by question:",
    required=False,
)
MORE = Question("paste", "", required=False, paste=True)


def take_paste(ask: Ask) -> str:
    """The pasted notes: lines until an empty one or the end of input; '' when the first answer is empty.
    On a terminal a bracketed paste arrives as one answer of several lines (blank lines kept); when its
    last line ends in a newline, the Enter after it ends the notes (no second Enter on an empty line)."""
    first = ask(OFFER)
    if not first or not first.strip():
        return ""
    if "\n" in first.strip("\r\n") and first.endswith(("\n", "\r")):
        return first.rstrip("\r\n")
    lines = [first]
    while len(lines) < MAX_LINES:
        more = ask(MORE)
        if more is None or not more.strip():
            break
        lines.append(more)
    return "\n".join(lines)


def summary(data: dict[str, Any], said: str = "") -> list[str]:
    """Who, when and what the paste says, a line each (what it does not say is left out)."""
    out: list[str] = []
    company = (data.get("company") or {}).get("name")
    if data.get("position") or company:
        out.append(f"  the job: {data.get('position') or '?'} at {company or '?'}")
    interview = data.get("interview") or {}
    when = []
    if interview.get("at"):
        when.append(f"{datetime.fromisoformat(str(interview['at'])):%a %d %b %Y, %H:%M}")
    for key in ("timezone", "format"):
        if interview.get(key):
            when.append(str(interview[key]))
    if interview.get("duration_minutes"):
        when.append(f"{interview['duration_minutes']} minutes")
    if when:
        out.append("  when: " + ", ".join(when))
    for person in data.get("interviewers") or []:
        parts = [person.get("title"), labels.spoken(person["role"]) if person.get("role") else None]
        parts += ["your point of contact" if person.get("primary_contact") else None, person.get("email")]
        about = ", ".join(s for s in parts if s)
        out.append(f"  who: {person['name']}" + (f" ({about})" if about else ""))  # what of them: read back
    if data.get("candidate", {}).get("name"):
        out.append(f"  you: {data['candidate']['name']}")
    what = []
    if interview.get("decision_by"):
        day = date.fromisoformat(str(interview["decision_by"]))
        back = read_as(said, day)  # "'early january' (read as Fri 08 Jan 2027)": the words, and what they were read as
        what.append(f"decision: {back}" if back.startswith("'") else f"they decide by {back}")
    if interview.get("no_follow_up"):
        what.append("they asked you not to follow up")
    if data.get("requested"):
        what.append("to send: " + "; ".join(data["requested"]))
    if (data.get("company") or {}).get("news"):
        what.append("news: " + "; ".join(data["company"]["news"]))
    if data.get("candidate", {}).get("highlights"):
        what.append("your highlights: " + "; ".join(data["candidate"]["highlights"]))
    out += [f"  what: {w}" for w in what]
    return out


def say_unread(say: Say, pasted: Pasted) -> None:
    """The lines nothing was read from: left out, never guessed, so the person knows to add them."""
    if pasted.how != "free text" or not pasted.unread:
        return
    say("  not read (you can add them below, or to the notes file later):")
    for line in pasted.unread:
        for row in wrapped(f"    {line}"):
            say(row)


def fill(q: Questionnaire, pasted: Pasted) -> dict[str, Any]:
    """The paste's notes data with what it leaves out asked for: the position and company, when (read
    back), how long it was, your name; the lines nothing was read from, offered once; who was there and
    their part in hiring; then what each person talked about and your highlights when the paste (or a
    line you filed) has none, and the decision date read back."""
    data = copy.deepcopy(pasted.data)
    position = data.get("position")
    company_data = data.setdefault("company", {})
    company = company_data.get("name")
    if not position:
        position, said = q.get(
            Question("position", "Which position, at which company?", "e.g. Senior Backend Engineer at Acme"),
            position_at_company,
        )
        company = company or said
    elif company and _a_persons_name(str(company), data.get("interviewers") or []):  # a misread job line
        question = Question("position", "Which position, at which company?", "e.g. Senior Backend Engineer at Acme")
        fixed = q._get(
            _check(question, f"the job: {position} at {company} (is {company} a person?)", "the job and company"),
            lambda text: position_at_company(text) if text.strip() else None,
        )
        if fixed is not None:
            position, company = fixed[0], fixed[1] or company
    elif pasted.job_or_title and written_out(pasted.job_or_title[1]) == written_out(
        str(position)
    ):  # 'w Marisol Ortega - Studio Director @ …'
        position = _job_or_title(q, data, pasted.job_or_title, str(position), str(company or ""))
    if not company:
        company = q.get(Question("company.name", "Which company?", "e.g. Acme"), _text)
    data["position"], company_data["name"] = written_out(str(position)), company
    interview = data.setdefault("interview", {})
    known = datetime.fromisoformat(str(interview["at"])) if interview.get("at") else None
    at, zone = q._start(interview.get("timezone"), known, pasted.zone_said, pasted.day_said, pasted.time_said)
    interview["at"], interview["timezone"] = at.isoformat(timespec="minutes"), zone
    if not interview.get("duration_minutes"):  # its end is when a thank-you may go: asked, never left to a guess
        _length(q, interview, company_data)
    if pasted.format_doubt and interview.get("format"):  # 'phone screen -> … onsite': the last named, said back
        interview["format"] = _confirm_format(q, str(interview["format"]))
    elif not interview.get("format"):  # never left to a default: 'a call' is asked phone or video, unsaid asked
        held = _ask_format(q, pasted.call_said)
        if held:
            interview["format"] = held
    candidate = data.setdefault("candidate", {})
    if not candidate.get("name"):
        candidate["name"] = q.get(
            Question("candidate.name", "Your name, as you sign your messages?", "e.g. Sam Rivera"), _text
        )
    people = data.get("interviewers") or []
    unread = pasted.unread if pasted.how == "free text" else []
    if not people:
        people = q._people(more=not unread)
        offered, got = bool(unread), set[int]()
        if unread and len(people) == 1:  # the one met, named now: the lines re-read as theirs
            left = file_for_the_one(q, unread, people[0], data)
            got, unread = ({0} if len(left) < len(unread) else set()), left
        if unread:  # asked once there is someone to file a line under, before 'Anything else about …?'
            got |= add_unread(q, unread, people, data, pasted.kinds)
        if offered:
            _after_unread(q, people, got, data)
    else:
        if unread:  # before the read-backs and the questions that would ask for the same lines again
            add_unread(q, unread, people, data, pasted.kinds)
        read = [id(p) for p in people]
        people = confirm_people(q, people, data)  # part in hiring, what was read of each said back
        pasted_people = [p for p in people if id(p) in read]  # not the ones asked for afresh
        if pasted.maybe_people:  # a line that starts with a name went unread: someone may be missing
            _anyone_else(q, people)
        for n, person in enumerate(pasted_people):
            if not any(person.get(k) for k in ("topics", "challenges", "rapport")):
                taken = any(p.get("primary_contact") for p in people)
                about = AboutPerson(email=person.get("email"), primary_contact=bool(person.get("primary_contact")))
                q.more_about(n, first_name(person["name"]), about, taken)
                person.update(about.fields())
                if about.requested:
                    person.setdefault("requested", []).extend(about.requested)
    data["interviewers"] = people
    if not candidate.get("highlights"):
        candidate["highlights"] = q._list(
            Question(
                "candidate.highlights",
                "What experience of yours fits the problems they described?",
                "e.g. led the Kafka migration at Northwind; Enter to skip",
            )
        )
    _confirm_sends(q, data, people)
    if not data.get("requested"):
        data.pop("requested", None)
    if not interview.get("decision_by"):  # not read from the paste: asked, Enter to skip
        decision, silent = q._decide(at.date())
        if decision is not None:
            interview["decision_by"] = decision.isoformat()
        if silent:
            interview["no_follow_up"] = True
    elif interview.get("decision_by"):
        q.said = pasted.decision_said or q.said  # or the words of a line filed as the decision
        day = date.fromisoformat(str(interview["decision_by"]))
        if day <= at.date() or not FIRST_YEAR <= day.year <= LAST_YEAR:  # on the interview day: a misreading
            said = f"'{q.said}', read as {day:%a %d %b %Y}" if q.said else f"by {day:%a %d %b %Y}"
            when = "the interview day" if day == at.date() else "before the interview"
            q.say(f"  your notes say they decide {said}, which is {when}; not kept")
            decision, silent = q._decide(at.date())
        elif q.decision_said_back:  # filed from a line in the not-read step and said back there: not asked twice
            decision, silent = day, False
        else:
            decision, silent = q.confirm_decision(day, False, at.date())
        if decision is None:
            interview.pop("decision_by")
        else:
            interview["decision_by"] = decision.isoformat()
        if silent:
            interview["no_follow_up"] = True
    return data


def _job_or_title(q: Questionnaire, data: dict[str, Any], doubt: tuple[str, str], position: str, company: str) -> str:
    """The job read right after the one met may be their title: said back, Enter keeps it as the job; a job typed
    replaces it, and what was read becomes their title."""
    name, read = doubt
    question = Question("position", "Which position did you apply for?", "e.g. Project Coordinator")
    shown = f"the job: {position} at {company} (or is {read} {first_name(name)}'s title?)"
    fixed = q._get(
        _check(question, shown, "the job you applied for"),
        lambda text: (position_at_company(text)[0] or text.strip()) if text.strip() else None,
    )
    if fixed is None:
        return position
    person = next((p for p in data.get("interviewers") or [] if p.get("name") == name), None)
    if person is not None and not person.get("title"):
        person["title"] = read
    return str(fixed)


def _after_unread(q: Questionnaire, people: list[dict[str, Any]], got: set[int], data: dict[str, Any]) -> None:
    """People asked for afresh, after the unread lines: who got lines is read back (a misfiling fixed there), the
    others asked what else they talked about."""
    for n, person in enumerate(people):
        if n in got:
            boss_taken = any(p.get("role") == "hiring_manager" for p in people if p is not person)
            read_back_person(q, n, person, boss_taken, data, len(people) == 1)
            continue
        about = AboutPerson(email=person.get("email"), primary_contact=bool(person.get("primary_contact")))
        q.more_about(n, first_name(person["name"]), about, any(p.get("primary_contact") for p in people))
        person.update(about.fields())
        if about.requested:
            person.setdefault("requested", []).extend(about.requested)


def _length(q: Questionnaire, interview: dict[str, Any], company: dict[str, Any]) -> None:
    """How long the interview was ('45 min', 'an hour', '1.5h', '90'; Enter keeps 60 minutes), with a format or
    how formal it was when the answer adds one and the paste did not say it."""
    minutes, form, culture = q.get(
        Question(
            "interview.duration_minutes",
            "How long was it?",
            "e.g. 45 min, an hour, 1.5h; Enter keeps 60 minutes",
            default="60 minutes",
            completions=("minutes",),
        ),
        lambda text: _length_format_culture(text, 60),
    )
    interview["duration_minutes"] = minutes
    if form and not interview.get("format"):
        interview["format"] = form
    if culture and culture != "neutral" and not company.get("culture"):
        company["culture"] = culture


_FORMAT_KEYS = {"o": "onsite", "v": "video", "p": "phone"}


def _ask_format(q: Questionnaire, call: bool) -> str | None:
    """How it was held, when the paste does not say it: 'a call' (phone or video?) offers phone, Enter takes it;
    else nothing is offered and Enter leaves it unsaid."""

    def _format(text: str) -> str | None:
        said = text.strip().casefold()
        if not said:
            return "phone" if call else None
        held = _FORMAT_KEYS.get(said[:1]) if len(said) == 1 else labels.FORMATS.get(labels.norm(said))
        if held is None:
            raise ValueError("type o (onsite), v (video) or p (phone), or Enter to skip")
        return held

    asked = "Your notes say a call: by phone or video?" if call else "How was it held? Onsite, video or phone?"
    hint = "p phone, v video, o onsite; Enter for phone" if call else "o onsite, v video, p phone; Enter to skip"
    return q.get(Question("interview.format", asked, hint, default="phone" if call else None, required=False), _format)


def _confirm_format(q: Questionnaire, read: str) -> str:
    """How it was held, read from notes that name more than one way: Enter keeps it, one letter changes it."""

    def _format(text: str) -> str:
        said = text.strip().casefold()
        if not said:
            return read
        held = _FORMAT_KEYS.get(said[:1]) if len(said) == 1 else labels.FORMATS.get(labels.norm(said))
        if held is None:
            raise ValueError("type o (onsite), v (video) or p (phone), or Enter to keep it")
        return held

    return q.get(
        Question(
            "interview.format",
            f"  understood: {read} (your notes name more than one way) — Enter keeps it, or o onsite, v video, p phone",
            required=False,
        ),
        _format,
    )


def _confirm_sends(q: Questionnaire, data: dict[str, Any], people: list[dict[str, Any]]) -> None:
    """What you said you would send and to whom, always asked: read from the paste it is shown (Enter keeps
    it, an answer replaces the whole list); else `new`'s own question."""
    names = [p["name"] for p in people]
    read: list[tuple[str, int | None]] = [(t, None) for t in data.get("requested") or []]
    read += [(t, n) for n, p in enumerate(people) for t in p.get("requested") or []]
    if not read:
        data["requested"] = q._to_send(people)
        return
    shown = "; ".join(t if n is None else f"{t} for {first_name(names[n])}" for t, n in read)
    question = Question(
        "requested",
        f"  understood: you said you would send {shown} — Enter keeps it, or type what you would send and to whom",
        "'nothing' if nothing",
        required=False,
    )

    def parse(text: str) -> list[tuple[str, int | None]] | None:
        if not text:
            return None
        if labels.norm(text) in ("nothing", "none", "no", "n", "nothing to send"):
            return []
        return q._whose(text, names)

    again = q._get(question, parse)
    if again is None:
        return
    data["requested"] = [t for t, n in again if n is None]
    for n, person in enumerate(people):
        person.pop("requested", None)
        if any(m == n for _, m in again):
            person["requested"] = [t for t, m in again if m == n]


def say_summary(say: Say, pasted: Pasted) -> None:
    say("From your notes:")
    for line in summary(pasted.data, pasted.decision_said):
        for row in wrapped(line):
            say(row)
    for when in pasted.not_kept:  # 'by Friday' after a promise: the notes keep what you send, not when
        say(f"  not kept: '{when}' (when you said you would send it; the notes keep what, not when)")
    for kind in dict.fromkeys(k for k, _ in pasted.asides):  # read, and no part of any message: said once
        for row in wrapped(f"  not kept ({kind}): " + "; ".join(a for k, a in pasted.asides if k == kind), 14):
            say(row)
    say_unread(say, pasted)


def _anyone_else(q: Questionnaire, people: list[dict[str, Any]]) -> None:
    """`new`'s own 'Anyone else?' after the people the paste named, each new one asked about as `new` asks."""
    while len(people) < 20:
        taken = {" ".join(p["name"].casefold().split()) for p in people}
        contact = any(p.get("primary_contact") for p in people)
        question = Question(
            f"interviewers[{len(people)}].name",
            "Anyone else? Name, and job title",
            "Enter if that was everyone",
            required=False,
        )
        person = q.get(question, functools.partial(_person, taken=taken, contact_taken=contact))
        if person is None:
            return
        people.append(q._about(len(people), person, contact))


def _a_persons_name(company: str, people: list[dict[str, Any]]) -> bool:
    """'Gary Whitcomb' read as the company while Gary is someone met: the job line was misread."""
    first = company.casefold().split()[0] if company.split() else ""
    return any(first == p["name"].casefold().split()[0] for p in people if p.get("name"))
