"""The tie as the core of a thank-you: a highlight and the person's topic that count the same thing are
said together, each with its numbers; the highlight as the candidate's own sentence with its outcome."""

from __future__ import annotations

from afterview.writer.items import tie_clause
from afterview.writer.measure import deed_only, numbered_topic, outcome, same_measure, split_result, with_result
from afterview.writer.relate import pick_related
from afterview.writer.shorthand import prose


def test_a_result_counting_what_the_topic_counts_relates() -> None:
    highlight = "grew organic sign-ups at Fernleaf 12% -> 31% of new accounts in 2 yrs"
    topic = "target: 40% of new accounts from organic sign-ups by 2027, now ~25%"
    assert same_measure(highlight, topic)
    assert pick_related([highlight, "speak Portuguese"], topic, least=2) == highlight


def test_numbers_of_different_kinds_or_words_far_apart_do_not_relate() -> None:
    assert not same_measure("cut invoice errors by 40%", "hiring 3 engineers by March")
    assert not same_measure("planned 40 sites, churn 9% -> 5%", "95% population coverage by 2028")


def test_a_change_between_two_numbers_reads_as_a_sentence_with_went() -> None:
    item = "rebuilt the triage rota at St Anne's, ED waits 6 hrs -> 3 hrs in 4 months"
    assert split_result(item) == (
        "rebuilt the triage rota at St Anne's",
        "ED waits from 6 hours to 3 hours in 4 months",
    )
    assert with_result(item, "I rebuilt the triage rota at St Anne's") == (
        "I rebuilt the triage rota at St Anne's, and ED waits went from 6 hours to 3 hours in four months"
    )


def test_a_deed_and_its_outcome_keep_the_notes_link_and_invent_no_cause() -> None:
    item = "moved month-end close to a shared checklist -> close days cut from 9 to 5"
    said = tie_clause(item)
    assert said == "I moved month-end close to a shared checklist, with close days cut from 9 to 5"
    assert "which" not in said and "so that" not in said and "led to" not in said


def test_an_outcome_that_is_no_simple_change_is_left_out_rather_than_pasted() -> None:
    assert outcome("mgmt happy, 2 promos on team") is None
    assert with_result("ran the audit, mgmt happy, 2 promos", "I ran the audit") is None


def test_the_arrow_after_a_deed_never_reaches_a_letter() -> None:
    assert deed_only("automated drive-test analysis -> drive days cut by a third") == "automated drive-test analysis"
    assert deed_only("weekly -> daily releases") == "weekly -> daily releases"  # a change, said elsewhere
    assert deed_only("churn 9 -> 5 percent") == "churn 9 -> 5 percent"


def test_the_topic_is_said_as_theirs_with_its_numbers() -> None:
    said = numbered_topic("renewal target: 92% of members renewing by June, now ~81%", "renewal target")
    assert said == "your renewal target (92% of members renewing by June, now about 81%)"
    assert numbered_topic("renewal target for June", "renewal target") is None


def test_common_shorthand_in_a_measure_is_written_out() -> None:
    assert prose("pop coverage 71% -> 88%") == "population coverage from 71% to 88%"
    assert prose("pre-op appts up 20%") == "pre-op appointments up 20%"
    assert prose("pop music on the radio") == "pop music on the radio"


def test_a_problem_said_as_a_clause_is_tied_with_a_deed_that_carries_its_own_numbers() -> None:
    from afterview.writer.measured_tie import measured_tie

    tie = measured_tie(
        "cut chronic absenteeism from 22% to 15% with a family outreach team",
        ["their chronic absenteeism is around 18% this year"],
        "challenge",
        True,
    )
    assert tie == {
        "to": "challenge",
        "topic": "",
        "clause": "your chronic absenteeism is around 18% this year",
        "deed": "I cut chronic absenteeism from 22% to 15% with a family outreach team",
    }


def test_no_measured_tie_for_a_recruiter_or_without_a_shared_measure() -> None:
    from afterview.writer.measured_tie import measured_tie

    highlight = "planned 180 rural sites, pop coverage 71% -> 88% in 3 yrs"
    target = ["licence obligation: 95% population coverage by 2028, now ~84%"]
    assert measured_tie(highlight, target, "topic", False) is None
    assert measured_tie("planned 180 rural sites, churn 9% -> 5%", target, "topic", True) is None


PEER = """
candidate:
  name: Ana Costa
  email: ana@example.com
  highlights:
    - "automated appointment reminders (Twilio) -> no-shows cut by a third"
position: Clinic Operations Lead
company:
  name: Quill Health
interview:
  at: 2026-11-20T10:00
  timezone: Europe/Berlin
interviewers:
  - name: Bo Lind
    role: peer
    channel: linkedin
    topics:
      - appointment no-shows at the Mitte clinic
"""


def test_a_peer_hears_the_highlight_with_its_outcome_and_no_dangling_having() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from afterview.notes.loader import notes_from_text
    from afterview.pipeline import draft_all
    from afterview.writer.template_writer import TemplateWriter

    notes = notes_from_text(PEER, "peer.yaml")
    run = draft_all(notes, "peer.yaml", datetime(2026, 11, 20, 15, tzinfo=ZoneInfo("Europe/Berlin")), TemplateWriter())
    (body,) = [d.body for _, d in run.drafts if d.kind.value == "thank_you"]
    assert "I automated appointment reminders, with no-shows cut by a third." in body, body
    assert "->" not in body and "Twilio" not in body
