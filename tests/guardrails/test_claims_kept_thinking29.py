"""'I have continued to think about your remarks on X' is thought, not work on X (issue 15; the lead's mend after
the offline writer's own formal line was called an unsupported claim). Work said with "continued to" still is.
Notes invented here (a seed bank)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.vocabulary import Kind

NOTES = """
candidate:
  name: Ilse Brandt
  highlights:
    - catalogued 9,000 wheat accessions at a university herbarium
position: Collections Officer
company:
  name: Nordhavn Seed Vault
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Copenhagen
interviewers:
  - name: Jonas Holm
    role: hiring_manager
    topics:
      - replacing the old cold rooms with Frigotec units
"""


@pytest.fixture
def notes(tmp_path: Path):
    path = tmp_path / "notes.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def claims(notes, sentence: str) -> list[str]:
    body = f"Dear Jonas,\n\nThank you for meeting with me today. {sentence}\n\nKind regards,\nIlse Brandt"
    found = check_hand_written(
        notes, "Thank you", body, kind=Kind.thank_you, to="Jonas Holm", now=notes.interview.start, send_at=None
    )
    return [f.code for f in found.findings if f.check == "claims"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have continued to think about your remarks on replacing the old cold rooms with Frigotec units.",
        "I kept coming back to replacing the old cold rooms with Frigotec units.",
        "I have continued to reflect on replacing the old cold rooms with Frigotec units.",
    ],
)
def test_thinking_on_is_no_claim(notes, sentence: str) -> None:
    assert claims(notes, sentence) == []


def test_work_said_with_continued_is_still_a_claim(notes) -> None:
    sentence = "I have continued to work on replacing the old cold rooms with Frigotec units."
    assert "unsupported_claim" in claims(notes, sentence)
