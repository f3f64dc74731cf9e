"""A status check whose value line is the candidate's own news closes by offering more of THAT news, named as such:
"I am still very keen to join Fernway Health, and I would love to tell you more about it!" reads as an offer to tell
the hiring manager about their own company."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.notes.loader import notes_from_text
from afterview.notes.model import Kind
from afterview.pipeline import draft_all
from afterview.tone import Tone
from afterview.writer.template_writer import TemplateWriter

NOTES = """
candidate:
  name: Ines Moreau
  highlights: ["cut kiln rejects from 9% to 4% at Sorli Keramikk"]
  since_interview: ["finished a glaze chemistry course at the Nordic Ceramics Institute"]
position: Production Engineer
company: {name: Vittra Tiles, pace: normal}
interview: {at: 2026-11-10T10:00, timezone: Europe/Oslo, format: onsite}
interviewers:
  - name: Jonas Berg
    role: hiring_manager
    email: jonas@vittra.example
    topics: [glaze crazing on line 3]
    challenges: [kiln rejects rising since the new clay supplier]
history:
  - {kind: thank_you, to: Jonas Berg, at: 2026-11-10T15:00}
"""


@pytest.mark.parametrize("tone", [t.value for t in Tone])
def test_the_close_after_the_candidates_news_never_says_more_about_it(tone: str) -> None:
    notes = notes_from_text(NOTES, "vittra.yaml")
    moment = datetime(2026, 11, 20, 9, 0, tzinfo=notes.interview.zone)
    run = draft_all(notes, "vittra.yaml", moment, TemplateWriter(), tone=tone)
    checks = [d for _, d in run.drafts if d.kind is Kind.status_check]
    assert checks, [d.kind for _, d in run.drafts]
    body = checks[0].body
    assert "glaze chemistry course" in body, body  # the value line is the candidate's news
    assert "more about it" not in body and "say more about it" not in body, body
