"""WRITER70: a feedback request that asked about an interview topic as if the candidate had done the job ('what I
could have done better in scheduling twelve cranes across two berths'), and topics jotted from the candidate's side
('how I'd present monthly cash KPIs to the board') thanked as the interviewer's own explanation. Notes invented here (a
container port, a finance team, a ceramics line, a school, a retail chain)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.asked import asked_part
from helpers import draft_json

NOTES = """
candidate:
  name: Tomas Reyes
  highlights:
    - {highlight}
position: {position}
company:
  name: {company}
interview:
  at: 2026-11-20T10:00
  timezone: Europe/Madrid
  outcome: {outcome}
interviewers:
  - name: Ingrid Solberg
    role: hiring_manager
    email: ingrid@example.com
    topics:
      - {topic}
"""

REJECTED = [
    ("ran berth planning at Port of Valencia", "Terminal Operations Planner", "Harbourline",
     "scheduling twelve cranes across two berths"),
    ("closed the books in 4 days at Kora", "Financial Controller", "Mintfield",
     "consolidating three subsidiaries in one ledger"),
    ("cut line scrap by 20%", "Process Engineer", "Ceramo", "reducing glaze defects on line 3"),
    ("taught Year 9 science", "Science Teacher", "Hillcrest Academy", "running practicals with thirty students"),
]  # fmt: skip


@pytest.mark.parametrize(("highlight", "position", "company", "topic"), REJECTED)
def test_a_feedback_ask_is_about_the_answers_on_a_topic_never_the_job_as_done(
    tmp_path: Path, highlight: str, position: str, company: str, topic: str
) -> None:
    notes = NOTES.format(highlight=highlight, position=position, company=company, outcome="rejected", topic=topic)
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-25T10:00", "--feedback-request", "--tone", tone)
        (ask,) = [m for m in run["messages"] if m["kind"] == "feedback_request"]
        body = ask["body"]
        assert f"what would have strengthened my answers about {topic}" in body, body
        assert "done better in" not in body and f"approached {topic}" not in body, body
        # the decision acknowledged before the one ask
        assert body.index("letting me know" if "letting me know" in body else "decision") < body.index("strengthened")
        assert body.count("?") == 0 and ask["ready"], (body, ask["findings"])


MINE = [
    ("Financial Controller", "Mintfield", "how I'd present monthly cash KPIs to the board",
     "how I would present monthly cash KPIs to the board"),
    ("Store Manager", "Brightmart", "what I would change in the first 90 days",
     "what I would change in the first 90 days"),
    ("Maintenance Lead", "Corbel Paper", "how would I plan the shutdown of paper machine 2",
     "how I would plan the shutdown of paper machine"),
    ("Charge Nurse", "Northgate Hospital", "how I'd handle a family complaint on the ward",
     "how I would handle a family complaint on the ward"),
]  # fmt: skip


@pytest.mark.parametrize(("position", "company", "topic", "said"), MINE)
def test_a_topic_jotted_from_the_candidates_side_is_their_question_to_the_candidate(
    tmp_path: Path, position: str, company: str, topic: str, said: str
) -> None:
    fields = {"highlight": "led a team of 12", "position": position, "company": company, "topic": topic}
    notes = NOTES.format(outcome="pending", **fields)
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-20T15:00", "--tone", tone)
        (note,) = [m for m in run["messages"] if m["kind"] == "thank_you"]
        body = note["body"]
        assert f"question about {said}" in body, body
        for wrong in ("hear more about how I", "your account of", "Hearing about", "your explanation of", "how you"):
            assert wrong not in body, body
        assert note["ready"], (body, note["findings"])


def test_only_the_candidate_as_the_subject_of_a_plan_reads_as_their_question() -> None:
    assert asked_part("how I'd present monthly cash KPIs to the board") == (
        "how I would present monthly cash KPIs to the board"
    )
    assert asked_part("how would I plan the shutdown") == "how would I plan the shutdown"
    assert asked_part("how I cut scrap at Kora") is None  # the candidate's own past record
    assert asked_part("how I handled the 2023 recall") is None
    assert asked_part("how they schedule cranes") is None  # theirs
    assert asked_part("the crane schedule") is None
