"""Severity that follows measured precision (issue 15, checks23; guardrails/severity_policy.py), on cases made up here:
a cable-car operator in the Julian Alps. A rule our blind corpora show is often wrong warns in a draft the candidate
wrote and stays an error in one a model (or the template writer) wrote; a rule of exact fact keeps its error in both;
`afterview check --strict` exits by the same verdict."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.draft import Draft
from afterview.guardrails import severity_policy
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.pipeline import checked
from afterview.planning import make_plan
from afterview.vocabulary import Kind

ROPEWAY = """
candidate:
  name: Maja Kranjc
  highlights:
    - 5 yrs as a lift mechanic at Krvavec, 2 chairlifts and a gondola
    - cut unplanned stoppages 14 -> 5 a season by logging bearing temperatures
    - trained 6 seasonal operators on evacuation drills
  since_interview:
    - passed the EN 1709 inspection course
position: Ropeway Maintenance Lead
company:
  name: Vogel Žičnice
  news:
    - opened a new eight-seat gondola in January
  pace: normal
  culture: neutral
interview:
  at: 2026-11-25T10:00
  timezone: Europe/Ljubljana
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Tomaž Zupan
    title: Technical Director
    role: hiring_manager
    email: tomaz@vogel.example
    primary_contact: true
    topics:
      - the haul rope's splice inspections
    challenges:
      - the summer bike season wears the grips faster
"""

OPENING = (
    "Dear Tomaž,\n\nThank you for taking the time to show me the drive station on Wednesday and for walking me through"
    " the haul rope's splice inspections. I enjoyed hearing how the team plans the work around the bike season, and I"
    " would be glad to bring my experience logging bearing temperatures on the lifts at Krvavec to it."
)
CLOSING = "\n\nI look forward to hearing from you.\n\nKind regards,\nMaja Kranjc\n"
# An untrusted rule (claims: unsupported_claim): the team's challenge told as the candidate's own past work.
CLAIMED = " Last winter I rebuilt the worn grips on every chair before the bike season, so I know that problem well."
# A trusted rule of exact fact (placeholders): a blank left to fill.
BLANK = " I have attached my [certificate name] for your files."
CLEAN = " I also recently passed the EN 1709 inspection course, which covered splice checks in detail."


def _notes() -> Notes:
    return notes_from_text(ROPEWAY, "ropeway.yaml")


def _hand(said: str) -> Draft:
    n = _notes()
    moment = n.interview.start + timedelta(hours=3)
    body = OPENING + said + CLOSING
    return check_hand_written(n, "Thank you", body, kind=Kind.thank_you, to="Tomaž Zupan", now=moment, send_at=moment)


def _written_by(provider: str, said: str) -> Draft:
    """The same text as `_hand`'s, checked as a draft `provider` wrote (the pipeline's `checked`)."""
    n = _notes()
    moment = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, moment, feedback_request=False)
    planned = next(p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Tomaž Zupan")
    draft = replace(_hand(said), provider=provider, findings=())
    return checked(draft, n, plan, planned, moment, [], None)


def _severities(draft: Draft, code: str) -> set[str]:
    return {f.severity for f in draft.findings if f.code == code}


def test_an_untrusted_rule_warns_in_a_hand_written_draft() -> None:
    draft = _hand(CLAIMED)
    assert _severities(draft, "unsupported_claim") == {"warning"}
    assert draft.ready


@pytest.mark.parametrize("provider", ["replay", "openai", "template"])
def test_the_same_rule_is_an_error_in_a_draft_a_model_or_the_template_wrote(provider: str) -> None:
    draft = _written_by(provider, CLAIMED)
    assert _severities(draft, "unsupported_claim") == {"error"}
    assert not draft.ready


def test_a_draft_edited_by_hand_in_revise_is_the_candidates() -> None:
    assert _severities(_written_by("hand-edited", CLAIMED), "unsupported_claim") == {"warning"}


@pytest.mark.parametrize("provider", ["hand-written", "replay"])
def test_a_rule_of_exact_fact_keeps_its_error_in_every_draft(provider: str) -> None:
    draft = _hand(BLANK) if provider == "hand-written" else _written_by(provider, BLANK)
    assert _severities(draft, "placeholder") == {"error"}
    assert not draft.ready


def test_the_clean_near_miss_stays_clean_in_both() -> None:
    # the candidate's own course since the interview: no claim, whoever wrote it
    for draft in (_hand(CLEAN), _written_by("replay", CLEAN)):
        assert not _severities(draft, "unsupported_claim")
        assert draft.ready, [(f.code, f.severity) for f in draft.findings]


# The table itself: exact families and codes are trusted whatever they measure; the rules measured below the
# threshold are not; a code too rare to measure alone follows its family's pool.
def test_the_table_trusts_exact_facts_and_distrusts_the_measured_low() -> None:
    assert severity_policy.trusted("placeholders", "placeholder")
    assert severity_policy.trusted("timing", "too_early")
    assert severity_policy.trusted("length", "too_long")
    assert severity_policy.trusted("facts", "wrong_recipient")
    assert severity_policy.trusted("facts", "misspelled_name")
    assert not severity_policy.trusted("claims", "unsupported_claim")
    for (check, code), (fired, false) in severity_policy.UNTRUSTED.items():
        assert not severity_policy.trusted(check, code)
        assert fired >= severity_policy.MIN_FIRINGS and (fired - false) / fired < severity_policy.THRESHOLD
    for family, (fired, false) in severity_policy.UNTRUSTED_FAMILIES.items():
        assert not severity_policy.trusted(family, "a_code_never_measured")
        assert (fired - false) / fired < severity_policy.THRESHOLD


# checks21's start date and checks22's exclamatory thank-you are instances of the policy now.
def test_a_start_date_the_notes_do_not_hold_follows_the_policy() -> None:
    said = " I would be available to start from the first of March."
    # checks24: the candidate's own word about themselves is advice in their draft (severity_policy.OWN_WORD)
    assert _severities(_hand(said), "unsupported_availability") == {"info"}
    assert _severities(_written_by("replay", said), "unsupported_availability") == {"error"}


def test_a_warm_exclamatory_note_without_thanks_follows_the_policy() -> None:
    n = _notes()
    moment = n.interview.start + timedelta(hours=3)
    body = "Hi Tomaž!!\n\nGreat meeting you today! The splice inspections were so interesting!!\n\nMaja\n"
    draft = check_hand_written(n, "Today", body, kind=Kind.thank_you, to="Tomaž Zupan", now=moment, send_at=moment)
    assert _severities(draft, "no_thanks") == {"warning"}
    plan = make_plan(n, moment, feedback_request=False)
    planned = next(p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Tomaž Zupan")
    model = checked(replace(draft, provider="replay", findings=()), n, plan, planned, moment, [], None)
    assert _severities(model, "no_thanks") == {"error"}


runner = CliRunner()


def _cli(tmp_path: Path, said: str) -> tuple[int, dict]:
    notes = tmp_path / "ropeway.yaml"
    notes.write_text(ROPEWAY, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Subject: Thank you\n\n" + OPENING + said + CLOSING, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "check",
            str(draft),
            "--notes",
            str(notes),
            "--now",
            "2026-11-25T13:00",
            "--send-at",
            "2026-11-25T13:00",
            "--kind",
            "thank_you",
            "--to",
            "Tomaž Zupan",
            "--format",
            "json",
            "--strict",
        ],
    )
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def test_afterview_check_calls_a_draft_with_only_untrusted_findings_ready(tmp_path: Path) -> None:
    code, doc = _cli(tmp_path, CLAIMED)
    assert any(f["code"] == "unsupported_claim" and f["severity"] == "warning" for f in doc["findings"])
    assert doc["ready"] is True and code == 0


def test_afterview_check_still_fails_a_draft_with_an_exact_fault(tmp_path: Path) -> None:
    code, doc = _cli(tmp_path, BLANK)
    assert doc["ready"] is False and code == 1


def test_the_text_report_says_why_a_rule_only_warns() -> None:
    from afterview.output.text import findings_lines

    lines = findings_lines(_hand(CLAIMED))
    claimed = [line for line in lines if "unsupported_claim" in line]
    assert claimed and all(line.lstrip().startswith("warning") and "often wrong" in line for line in claimed)
    assert not any("often wrong" in line for line in findings_lines(_hand(BLANK)) if "placeholder" in line)
