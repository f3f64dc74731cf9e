"""Required notes fields an import did not find: named (exit 2), or asked for on a terminal. Never guessed.

The questions go through `afterview new`'s one ask loop (notes/question.py): a bad answer is
explained and asked again, a start time is read as `new` reads it (a place named with it fills the
timezone; a UTC offset is refused, not dropped), and an empty answer stops asking.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afterview.notes.questionnaire import Ask, Say

# Field, what to add to the notes, and the question asked on a terminal.
REQUIRED = (
    ("position", "the job, e.g. 'Position: Senior Backend Engineer'", "Which position (at which company)?"),
    ("company.name", "the company, e.g. 'Company: Acme'", "Which company?"),
    ("candidate.name", "your name, e.g. 'Me: Sam Rivera'", "Your name, as you sign your messages?"),
    ("interview.at", "when it started, e.g. 'yesterday at 2pm' or 'Nov 24 14:00'", "When did it start?"),
    ("interview.timezone", "where, e.g. 'New York time' or 'America/New_York'", "In which timezone (e.g. London)?"),
    ("interviewers", "who you met, e.g. 'Dana Lee, engineering manager'", "Who did you meet? Name, and job title"),
)


def _get(data: dict[str, Any], dotted: str) -> object:
    node: object = data
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _put(data: dict[str, Any], dotted: str, value: object) -> None:
    parent, _, key = dotted.rpartition(".")
    node = data.setdefault(parent, {}) if parent else data
    node[key] = value


def missing_required(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(field, hint) for field, hint, _ in REQUIRED if not _get(data, field)]


def ask_missing(
    data: dict[str, Any], missing: list[tuple[str, str]], today: date, ask: Ask, say: Say, zone: str | None = None
) -> None:
    """Ask for each missing field until the answer reads; an empty answer leaves it (and the rest) missing."""
    from afterview.notes.answers import _person, _text, position_at_company
    from afterview.notes.questionnaire import Question, Questionnaire
    from afterview.notes.timezones import region_of

    questions = Questionnaire(ask, say, today=today, default_timezone=zone)
    place = str(_get(data, "interview.timezone") or zone or "UTC")
    readers: dict[str, Callable[[str], Any]] = {
        "interview.at": lambda text: questions.start(text, place),
        "interview.timezone": region_of,
        "interviewers": lambda text: _person(text, taken=set()),
        "position": position_at_company,  # 'Senior Backend Engineer at Acme' gives the company too
    }
    texts = {field: question for field, _, question in REQUIRED}
    say("Your notes do not say these; type them (Enter to stop):")
    for field, _ in missing:
        if _get(data, field):  # filled by an earlier answer ('2pm London' gives the timezone too)
            continue
        value = questions.get(Question(field, texts[field], required=False), _or_none(readers.get(field, _text)))
        if value is None:
            return
        if field == "interview.at":
            at, named = value
            _put(data, field, at.isoformat(timespec="minutes"))
            if named is not None and not _get(data, "interview.timezone"):
                _put(data, "interview.timezone", named)
        elif field == "position":
            position, company = value
            _put(data, field, position)
            if company is not None and not _get(data, "company.name"):
                _put(data, "company.name", company)
        elif field == "interviewers":
            person = {"name": value.name, "title": value.title, "role": value.role, "email": value.email}
            data["interviewers"] = [{k: v for k, v in person.items() if v is not None}]
        else:
            _put(data, field, value)


def _or_none(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """An empty answer is None (stop asking); anything else is read."""
    return lambda text: read(text) if text else None
