"""WRITER70: a LinkedIn thank-you that said nothing but the meeting ('Hi Oskar, thank you for meeting me today. I look
forward to hearing from you.'). Within 300 characters it names their point, one more item of theirs (their problem) or
the company's news to a recruiter, and a short close. Notes invented here (a ceramics plant, a haulier, a kitchen, a
data team)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import draft_json

NOTES = """
candidate:
  name: Lea Novak
  highlights:
    - {highlight}
position: {position}
company:
  name: {company}
  news:
    - {news}
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Prague
interviewers:
  - name: Oskar Lind
    role: {role}
    channel: linkedin
    topics:
      - {topic}
    challenges:
      - {problem}
"""
CASES = [
    ("cut glaze rejects from 9% to 4% at Keramika", "Process Engineer", "Ceramo", "opened a second kiln hall in Brno",
     "glaze defects on line 3", "kiln downtime on the night shift"),
    ("rebuilt the dispatch rota for 40 drivers at Rollo", "Fleet Manager", "Roadwise", "won the Tesco chilled contract",
     "driver retention", "late deliveries in the north region"),
    ("ran the pastry section at Hotel Cora", "Sous Chef", "Larder Group", "opened a second restaurant in Leeds",
     "the new tasting menu", "food waste on the brunch service"),
    ("built the pipeline monitoring at Datavia", "Data Engineer", "Quillsoft", "raised a Series B",
     "the data platform roadmap", "pipeline failures in the data platform"),
]  # fmt: skip


def _linkedin(tmp_path: Path, notes: str, tone: str) -> str:
    run = draft_json(tmp_path, notes, "--now", "2026-11-10T15:00", "--tone", tone, "--kind", "thank_you")
    (message,) = [m for m in run["messages"] if m["channel"] == "linkedin"]
    assert message["ready"], (message["body"], message["findings"])
    body: str = message["body"]
    assert len(body.strip()) <= 300, (len(body), body)
    return body


@pytest.mark.parametrize(("highlight", "position", "company", "news", "topic", "problem"), CASES)
def test_a_linkedin_thank_you_names_their_problem_beside_the_meeting(
    tmp_path: Path, highlight: str, position: str, company: str, news: str, topic: str, problem: str
) -> None:
    fields = {"highlight": highlight, "position": position, "company": company, "news": news}
    notes = NOTES.format(role="hiring_manager", topic=topic, problem=problem, **fields)
    seen = set()
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        body = _linkedin(tmp_path, notes, tone)
        assert problem in body, body  # their point in their terms, besides the meeting
        assert "Congratulations" not in body and news not in body, body  # never the news to those who made it
        assert len(body.strip()) >= 180, (len(body), body)
        seen.add(body)
    assert len(seen) == 4  # every tone its own message


@pytest.mark.parametrize(("highlight", "position", "company", "news", "topic", "problem"), CASES)
def test_a_linkedin_thank_you_to_a_recruiter_may_carry_the_news(
    tmp_path: Path, highlight: str, position: str, company: str, news: str, topic: str, problem: str
) -> None:
    fields = {"highlight": highlight, "position": position, "company": company, "news": news}
    notes = NOTES.format(role="recruiter", topic="the hiring timeline", problem=problem, **fields)
    body = _linkedin(tmp_path, notes, "warm")
    said = news.split(" ", 1)[1]  # 'opened a second kiln hall' said as 'opening …' or whole
    assert said in body, body
