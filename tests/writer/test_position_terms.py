"""The role as a letter names it: a bracketed term of the job ('(summer 2027)', '(6-month contract)') stays out of
the sentence, a bracketed part of the name ('(iOS)', '(Pastry)') stays in. Titles invented for this test."""

from __future__ import annotations

import pytest

from afterview.writer.org_name import said_position


@pytest.mark.parametrize(
    ("position", "said"),
    [
        ("Deckhand Trainee (summer 2027)", "Deckhand Trainee"),
        ("Data Analyst (6-month contract)", "Data Analyst"),
        ("Ward Clerk (maternity cover)", "Ward Clerk"),
        ("Mobile Engineer (iOS)", "Mobile Engineer (iOS)"),
        ("Chef de Partie (Pastry)", "Chef de Partie (Pastry)"),
        ("Harbour Pilot", "Harbour Pilot"),
    ],
)
def test_a_bracketed_term_of_the_job_stays_out(position: str, said: str) -> None:
    assert said_position(position) == said
