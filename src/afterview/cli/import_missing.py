"""Required notes fields an import did not find: named (exit 2), or asked for on a terminal. Never guessed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import typer

# Field, what to add to the notes, and the question asked on a terminal.
REQUIRED = (
    ("position", "the job, e.g. 'Position: Senior Backend Engineer'", "What was the position?"),
    ("company.name", "the company, e.g. 'Company: Acme'", "Which company?"),
    ("candidate.name", "your name, e.g. 'Me: Sam Rivera'", "Your name, as you sign your messages?"),
    ("interview.at", "when it started, e.g. 'yesterday at 2pm' or 'Nov 24 14:00'", "When did it start?"),
    ("interview.timezone", "where, e.g. 'New York time' or 'America/New_York'", "In which timezone (e.g. London)?"),
    ("interviewers", "who you met, e.g. 'Dana Lee, engineering manager'", "Who did you meet (one name)?"),
)


def _get(data: dict[str, Any], dotted: str) -> object:
    node: object = data
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def missing_required(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(field, hint) for field, hint, _ in REQUIRED if not _get(data, field)]


def _wall_time(today: date) -> Callable[[str], str]:
    def read(answer: str) -> str:
        from afterview.notes.plain_time import parse_when

        at, _ = parse_when(answer, ref=today, direction="past")
        return at.replace(tzinfo=None).isoformat(timespec="minutes")

    return read


def _zone(answer: str) -> str:
    from afterview.notes.timezones import region_of

    return region_of(answer)


def _text(answer: str) -> str:
    if not answer.strip():
        raise ValueError("please write something")
    return " ".join(answer.split())


def ask_missing(data: dict[str, Any], missing: list[tuple[str, str]], today: date) -> None:
    """Ask for each missing field until the answer reads; an empty answer leaves it missing."""
    readers: dict[str, Callable[[str], str]] = {"interview.at": _wall_time(today), "interview.timezone": _zone}
    questions = {field: question for field, _, question in REQUIRED}
    typer.echo("Your notes do not say these; type them (Enter to stop):")
    for field, _ in missing:
        while True:
            answer = typer.prompt(questions[field], default="", show_default=False)
            if not answer.strip():
                return
            try:
                value = readers.get(field, _text)(answer)
            except ValueError as exc:
                typer.echo(f"  {exc}. Please try again.")
                continue
            break
        if field == "interviewers":
            data["interviewers"] = [{"name": value}]
            continue
        parent, _, key = field.rpartition(".")
        node = data.setdefault(parent, {}) if parent else data
        node[key] = value
