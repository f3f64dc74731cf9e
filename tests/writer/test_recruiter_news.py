"""The company's news in a thank-you (issue 17): told only to the recruiter, never to the people who made it
(WRITER20); a run of notes to one company never repeats a sentence (two notes side by side read as a form letter).
Notes written for this test."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()

NOTES = """
candidate:
  name: Aroha Tane
  highlights:
    - rebuilt the ticket triage rota at Kōwhai Health, cutting wait times by a third
position: Service Desk Lead
company:
  name: Riverstone Transit
  culture: neutral
  news:
    - opened a second depot in Hamilton
interview:
  at: 2026-11-24T10:00
  timezone: Pacific/Auckland
interviewers:
{people}
"""
PERSON = """  - name: {name}
    role: {role}
    email: {slug}@riverstone.example
    topics:
      - {topic}
"""
PEOPLE = [
    ("Mere Walker", "recruiter", "the interview schedule and the on-call allowance"),
    ("Tom Haddad", "hiring_manager", "the ticket backlog after the depot move"),
    ("Lena Ruiz", "peer", "how the team hands over between shifts"),
    ("Kiri Moana", "other", "the rollout of new radios to drivers"),
]


def _drafts(tmp_path: Path, people: list[tuple[str, str, str]]) -> list[dict]:
    text = NOTES.format(
        people="".join(PERSON.format(name=n, role=r, slug=n.split()[0].lower(), topic=t) for n, r, t in people)
    )
    notes = tmp_path / "notes.yaml"
    notes.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["draft", str(notes), "--now", "2026-11-24T13:00", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return [m for m in json.loads(result.stdout)["messages"] if m["kind"] == "thank_you"]


def _sentences(body: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 4}


def test_the_recruiters_note_may_carry_the_news_but_no_two_notes_share_a_sentence(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path, PEOPLE)
    assert len(drafts) == len(PEOPLE)
    for n, a in enumerate(drafts):
        for b in drafts[n + 1 :]:
            shared = _sentences(a["body"]) & _sentences(b["body"])
            assert not shared, (a["to"], b["to"], shared)


def test_only_the_recruiter_hears_the_companys_news(tmp_path: Path) -> None:
    # WRITER20 (blind run 20): "Congratulations on opening …" to the people who made it says nothing of the candidate
    # or the role; the recruiter, who runs the process and not the work, may hear it where the note needs the words
    for draft in _drafts(tmp_path, PEOPLE):
        if draft["to"] != "Mere Walker":
            assert "depot in Hamilton" not in draft["body"], draft["body"]


def test_two_recruiters_at_one_company_are_told_the_news_in_different_words(tmp_path: Path) -> None:
    people = [PEOPLE[0], ("Ana Folau", "recruiter", "relocation support and the start date"), PEOPLE[1]]
    said = [
        s
        for d in _drafts(tmp_path, people)
        if d["to"] != "Tom Haddad"
        for s in _sentences(d["body"])
        if "Hamilton" in s
    ]
    assert len(said) == len(set(said))
