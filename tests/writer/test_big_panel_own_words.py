"""writer74: a big panel's thank-yous share no sentence. The hour (an interview early in the readers' morning) is
thanked for once, to the point of contact, and to a panellist in a timezone of their own; the offer a thin note ends
on names each reader's own topic once the stock lines would run out (five or more people). Notes invented: a
warehouse, a hospital, a school, a software team."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import draft_json

PANEL = """
candidate: {{name: Ana Costa, email: ana@example.com, highlights: [{highlight}]}}
position: {position}
company: {{name: {company}}}
interview: {{at: 2026-11-24T07:00, timezone: Europe/London, format: onsite}}
interviewers:
  - {{name: Dana Lee, role: hiring_manager, email: dana@x.example, primary_contact: true, topics: [{t0}]}}
  - {{name: Marcus Webb, role: peer, email: marcus@x.example, topics: [{t1}]}}
  - {{name: Priya Shah, role: recruiter, email: priya@x.example, topics: [the hiring timeline]}}
  - {{name: Tom Okafor, role: peer, email: tom@x.example, topics: [{t2}]}}
  - {{name: Zhang Wei, greet_as: Wei, role: executive, email: zhang@x.example, topics: [{t3}]}}
  - {{name: Elena Ruiz, role: peer, email: elena@x.example, timezone: America/New_York, topics: [{t4}]}}
"""

TRADES = [
    ("Warehouse Manager", "Northgate Foods", "cut pick errors by 40%",
     ["the peak-season staffing plan", "the cold-chain audit", "the new WMS rollout", "the growth plan",
      "supplier scorecards"]),
    ("Ward Manager", "St Aidan's", "cut medication errors by a third",
     ["night shift handovers", "the falls audit", "the e-rostering rollout", "the new surgical wing", "agency spend"]),
    ("Head of Science", "Riverside Academy", "raised science passes to 74%",
     ["the curriculum review", "the lab refit", "the mentoring scheme", "the sixth-form plan", "exam board changes"]),
    ("Platform Engineer", "Tidewater", "cut deploy times from 40 to 8 minutes",
     ["the Kubernetes migration", "the on-call rotation", "the build cache", "the platform roadmap", "error budgets"]),
]  # fmt: skip


@pytest.mark.parametrize("case", TRADES, ids=[c[1] for c in TRADES])
@pytest.mark.parametrize("tone", ["concise", "formal"])
def test_a_big_panel_shares_no_sentence(tmp_path: Path, case: tuple[str, str, str, list[str]], tone: str) -> None:
    position, company, highlight, topics = case
    text = PANEL.format(
        position=position, company=company, highlight=highlight, **{f"t{i}": t for i, t in enumerate(topics)}
    )
    out = draft_json(tmp_path, text, "--now", "2026-11-24T12:00", "--tone", tone, "--kind", "thank_you")
    messages = out["messages"]
    assert len(messages) == 6
    shared = [f for m in messages for f in m["findings"] if f.get("code") == "shared_sentence"]
    assert not shared, shared
    early = {m["to"] for m in messages if "early in your morning" in m["body"]}
    assert early <= {"Dana Lee", "Elena Ruiz"} and "Dana Lee" in early, early  # the hour thanked once, to the contact
