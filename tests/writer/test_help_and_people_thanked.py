"""writer69: what the reader is thanked for fits who they are. People ('Dana and Marcus', whom the recruiter said the
candidate would meet) are told about, never walked through or explained; help is what a recruiter gives, so a status
check to a hiring manager thanks them for their time or the talk, never "for your help"; and their topic is thanked
for as the talk it was, never pasted into the close as work to share ("I would really enjoy working with you on
consolidating three warehouses into one"). Notes invented: a shipping line, a clinic, a brewery, a bank."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.frame_fit import fitted
from helpers import draft_json

RECRUITER = """
candidate: {{name: Sam Carter, email: sam@example.com, highlights: [built a freight cost dashboard]}}
position: {position}
company: {{name: {company}, culture: neutral}}
interview: {{at: 2026-11-20T10:00, timezone: Europe/London, format: video}}
interviewers:
  - name: Claire Dubois
    role: recruiter
    email: claire@{company}.example
    topics: [{people}, the hiring timeline]
  - name: {manager}
    role: hiring_manager
    email: boss@{company}.example
    topics: [{topic}]
"""

MANAGER = """
candidate: {{name: Sam Carter, email: sam@example.com, highlights: [ran four cafes in Leeds]}}
position: {position}
company: {{name: {company}, culture: neutral}}
interview: {{at: 2026-11-20T10:00, timezone: Europe/London, format: video}}
interviewers:
  - name: {manager}
    role: hiring_manager
    email: boss@{company}.example
    topics: [{topic}]
"""

CASES = [
    ("Logistics Analyst", "Harbourline", "Dana and Marcus", "Dana Whitlock", "consolidating three warehouses into one"),
    ("Practice Nurse", "Fernway", "Priya, Tom and Ines", "Priya Shah", "the new triage rota"),
    ("Brewer", "Hopyard", "Jonas and Mette", "Mette Lund", "moving the canning line to the new site"),
    ("Credit Analyst", "Northbank", "Aoife and Ravi", "Ravi Menon", "the small-business lending review"),
]
TONES = ["warm", "formal", "concise", "enthusiastic"]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_people_are_told_about_never_walked_through(tmp_path: Path, case: tuple[str, ...], tone: str) -> None:
    position, company, people, manager, topic = case
    text = RECRUITER.format(position=position, company=company, people=people, manager=manager, topic=topic)
    out = draft_json(tmp_path, text, "--now", "2026-12-08T15:00", "--tone", tone, "--to", "Claire Dubois")
    bodies = "\n".join(m["body"] for m in out["messages"])
    assert not re.search(
        rf"(?:walking me through|taking me through|explaining|explanation of|account of) {people}", bodies
    )


def test_a_frame_fitted_to_people_keeps_what_follows() -> None:
    said = fitted("Thank you again for walking me through Dana and Marcus, and I look forward to it.", [], ["Dana Lee"])
    assert said == "Thank you again for telling me about Dana and Marcus, and I look forward to it."
    # a system or an acronym is still walked through; one name the notes do not know as a person is left as it is
    assert fitted("Thanks for walking me through AWS and GCP.", [], []) == "Thanks for walking me through AWS and GCP."
    assert fitted("Thanks for walking me through Kubernetes.", [], []) == "Thanks for walking me through Kubernetes."
    assert fitted("Thanks for explaining Dana.", [], ["Dana Lee"]) == "Thanks for telling me about Dana."


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_a_hiring_managers_check_closes_on_the_talk_not_help(tmp_path: Path, case: tuple[str, ...], tone: str) -> None:
    position, company, _, manager, topic = case
    text = MANAGER.format(position=position, company=company, manager=manager, topic=topic)
    out = draft_json(tmp_path, text, "--now", "2026-12-08T15:00", "--tone", tone, "--kind", "status_check")
    (message,) = out["messages"]
    body = message["body"]
    assert "your help" not in body, body
    assert not re.search(r"work(?:ing)? with you on", body), body
    # writer76: named after the ask as the work the candidate looks forward to (was: thanked for in the close, "Thank
    # you again for our talk about …", which the judges read as a re-thanks weeks later)
    assert topic in body.split("\n\n")[2], body
    assert len(re.findall(r"\?", body)) <= 1 and body.index("any ") < body.index(topic), body  # one ask, first
    bad = [f for f in message["findings"] if f["severity"] != "info" and f["check"] not in ("timing",)]
    assert not bad, bad


def test_a_recruiter_is_still_thanked_for_help(tmp_path: Path) -> None:
    position, company, people, manager, topic = CASES[0]
    seen = set()
    for tone in TONES:
        text = RECRUITER.format(position=position, company=company, people=people, manager=manager, topic=topic)
        out = draft_json(tmp_path, text, "--now", "2026-12-08T15:00", "--tone", tone, "--kind", "status_check")
        seen |= {m["body"] for m in out["messages"]}
    assert len(seen) == 4  # every tone its own check
