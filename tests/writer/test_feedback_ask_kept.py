"""A feedback request always asks for feedback: when the example the ask names draws a fault and the writer's
last gate takes the sentence, the note asks again without the example; a question the interviewer put to the
candidate is the example even when it was jotted as their problem."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.notes.loader import notes_from_text
from afterview.pipeline import draft_all
from afterview.writer.feedback_focus import feedback_focus
from afterview.writer.template_writer import TemplateWriter

NOTES = """
candidate:
  name: Ines Varga
  email: ines@example.com
  highlights:
    - 4 yrs route planning for a parcel depot
position: Dispatch Lead
company:
  name: Harbour Haulage
  culture: formal
interview:
  at: 2026-11-16T11:00
  timezone: Europe/Lisbon
  outcome: rejected
interviewers:
  - name: Rui Matos
    role: hiring_manager
    email: rui@harbour.example
    topics:
      - cold-store slot booking for night arrivals
    challenges:
      - "his q - how would I re-plan the rounds when two drivers call in sick?"
history:
  - kind: thank_you
    to: Rui Matos
    at: 2026-11-16T15:00
"""


def _feedback_body(notes_text: str) -> str:
    notes = notes_from_text(notes_text, "n.yaml")
    now = datetime(2026, 11, 24, 9, tzinfo=ZoneInfo("Europe/Lisbon"))
    run = draft_all(notes, "n.yaml", now, TemplateWriter(), feedback_request=True)
    (body,) = [d.body for _, d in run.drafts if d.kind.value == "feedback_request"]
    return body


def test_a_question_jotted_as_their_problem_is_what_the_feedback_would_help_with() -> None:
    focus = feedback_focus(notes_from_text(NOTES, "n.yaml"))
    assert focus is not None and focus.startswith("my answer about how I would re-plan the rounds")


def test_the_ask_survives_when_its_example_would_repeat_the_topic_already_thanked_for() -> None:
    # no question to name: the example falls back to the manager's first topic, which the thanks names too
    body = _feedback_body(
        NOTES.replace(
            '      - "his q - how would I re-plan the rounds when two drivers call in sick?"\n',
            "      - night rounds short of drivers\n",
        )
    )
    assert "feedback" in body.split("\n\n", 2)[2]  # asked after the greeting and the thanks
