"""The reflection worksheet (SPEC 5): questions from the domain guide, seeded with the notes. Each item is said in a
form its question holds, or by its head noun phrase, or left out (writer/reflected.py): never pasted as jotted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from afterview import prompts
from afterview.notes.model import Notes
from afterview.writer.phrasing import clean
from afterview.writer.reflected import asked, clause_topic, problem, strongest

MAX_PEOPLE = 4


def _first(items: list[str], said: Callable[[str], Any]) -> Any:
    """What the first item that can be said says (said: one of writer/reflected.py's shapes)."""
    for item in items:
        found = said(item)
        if found:
            return found
    return None


def reflection_questions(notes: Notes) -> list[str]:
    people = []
    for p in notes.interviewers[:MAX_PEOPLE]:
        question = _first(p.topics, asked)
        topic = _first([t for t in p.topics if not asked(t)], clause_topic)
        people.append({"name": p.name, "asked": question, "topic": topic, "challenge": _first(p.challenges, problem)})
    text, _ = prompts.render(
        "fallback/reflection.j2",
        {
            "people": people,
            "highlight": _first(notes.candidate.highlights, strongest),
            "position": clean(notes.position),
            "company": notes.company.name,
        },
    )
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
