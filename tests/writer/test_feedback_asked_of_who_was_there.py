"""writer61 (issue 17): a feedback request asks its reader about what they can judge. Written to the HR contact, it
never asks them to critique a conversation with someone else ("any feedback … for example on my conversation with
Fiona about matching puppies to raisers" read as an awkward fit to writer_blind54's judges): the request stays
general. Written to the person who held that conversation, it may name it. Notes invented here (a seed bank)."""

from __future__ import annotations

from afterview.notes.model import Notes
from afterview.writer.feedback_focus import feedback_focus

SEED_BANK = {
    "candidate": {"name": "Ruth Okafor"},
    "position": "Collections Officer",
    "company": {"name": "Kew Seed Vault"},
    "interview": {"at": "2026-11-16T10:00", "timezone": "Europe/London", "format": "onsite"},
    "interviewers": [
        {
            "name": "Marcus Hale",
            "role": "hiring_manager",
            "email": "marcus@seedvault.example",
            "topics": ["the drying-room protocols for orchid seed"],
        },
        {"name": "Dana Price", "role": "recruiter", "email": "dana@seedvault.example"},
    ],
}


def test_the_managers_talk_is_named_only_to_the_manager() -> None:
    notes = Notes.model_validate(SEED_BANK)
    said = feedback_focus(notes, "Marcus Hale")
    assert said is not None and said.startswith("our conversation about ") and "orchid seed" in said
    assert feedback_focus(notes, "Dana Price") is None  # HR was not in it: no critique of it asked of her


def test_an_exercise_set_in_the_interview_is_named_to_anyone() -> None:
    data = {**SEED_BANK, "interviewers": [dict(SEED_BANK["interviewers"][0]), SEED_BANK["interviewers"][1]]}
    data["interviewers"][0]["topics"] = ["case study on seed-viability testing schedules"]
    said = feedback_focus(Notes.model_validate(data), "Dana Price")
    assert said == "the case study on seed-viability testing schedules", said
