"""A past employer whose name begins with the hiring company's first word ("Usina Santa Clara" beside "Usina Boa
Esperança", "Hospital San Rafael" beside "Hospital Mater") is another organisation: the candidate's result told there
stays the candidate's, never `misattributed_credit` (stop 58, blind44: 20 false alarms on one notes file). The same
result told at the hiring company, by its whole name or its first word alone, still is."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

NOTES = """
candidate:
  name: Rafa Lins
  highlights:
    - {highlight}
position: {position}
company:
  name: {company}
interview:
  at: 2026-11-25T10:00
  timezone: Europe/Lisbon
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Ana Reis
    title: Director
    role: hiring_manager
    email: ana@example.com
    topics:
      - the plan for next season
"""

# (company, the past employer sharing its first word, the candidate's highlight, a sentence told at the past employer)
CASES = [
    ("Usina Boa Esperança", "Usina Santa Clara", "raised fermentation yield 4% at Usina Santa Clara",
     "At Usina Santa Clara I raised fermentation yield by 4% by tightening yeast recycling."),
    ("Hospital Mater", "Hospital San Rafael", "cut ward readmissions 18% at Hospital San Rafael",
     "In my time at Hospital San Rafael I cut ward readmissions by 18%."),
    ("Banco Atlântico", "Banco Norte", "grew SME lending 25% at Banco Norte",
     "At Banco Norte I grew SME lending by 25% in two years."),
    ("Grand Hotel Lisboa", "Grand Palace Resort", "lifted guest scores 12% at Grand Palace Resort",
     "At Grand Palace Resort I lifted guest scores by 12%."),
]  # fmt: skip


def _codes(case: tuple[str, str, str, str], said: str) -> set[str]:
    company, _, highlight, _ = case
    notes = notes_from_text(NOTES.format(highlight=highlight, position="Lead", company=company), "n.yaml")
    send = notes.interview.start + timedelta(hours=3)
    plan = make_plan(notes, send, feedback_request=False)
    body = f"Dear Ana,\n\nThank you for today. {said}\n\nBest regards,\nRafa Lins"
    draft = Draft(Kind.thank_you, "Ana Reis", Channel.email, "Thank you", body, "test", "neutral")
    planned = next(p for p in plan.messages if p.kind is Kind.thank_you)
    return {f.code for f in check_claims(draft, CheckContext(notes, send, plan, planned))}


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_a_result_at_a_past_employer_sharing_the_first_word_stays_the_candidates(case: tuple[str, ...]) -> None:
    assert "misattributed_credit" not in _codes(case, case[3])


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_the_same_result_told_at_the_hiring_company_is_still_misattributed(case: tuple[str, ...]) -> None:
    company, past = case[0], case[1]
    assert "misattributed_credit" in _codes(case, case[3].replace(past, company))
    first = company.split()[0]
    # the company by its first word alone, with no other name after it
    assert "misattributed_credit" in _codes(case, case[3].replace(past, first))
