"""The reflection worksheet (SPEC 5): questions from the domain guide, seeded with the notes."""

from __future__ import annotations

from afterview import prompts
from afterview.notes.model import Notes
from afterview.writer.phrasing import as_topic, clean, pick

MAX_PEOPLE = 4


def reflection_questions(notes: Notes) -> list[str]:
    people = [
        {"name": p.name, "topic": pick(p.topics, 0, as_topic), "challenge": pick(p.challenges, 0)}
        for p in notes.interviewers[:MAX_PEOPLE]
    ]
    text, _ = prompts.render(
        "fallback/reflection.j2",
        {
            "people": people,
            "highlight": pick(notes.candidate.highlights, 0),
            "position": clean(notes.position),
            "company": notes.company.name,
        },
    )
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
