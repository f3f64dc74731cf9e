"""Classes of fault counted across the spent blind corpora (issue 15, checks21: claims and facts), each tested on cases
made up here: a honey cooperative in the Azores, with other names, trades and wordings than the drafts they were read
from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext, check_draft
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

APIARY = """
candidate:
  name: Inês Medeiros
  highlights:
    - 6 yrs running hives at Serrano Apiaries (Terceira), 300 colonies
    - winter colony losses 30% -> 12% over 3 seasons, w/ the extension officer
    - started a queen-rearing programme, 20 -> 90 queens a year (w/ 2 coworkers)
    - relabelled every jar for the EU organic mark
  since_interview:
    - finished a 3-day course on varroa counts
position: Apiary Supervisor
company:
  name: Cooperativa Flor do Mar
  news:
    - won a regional prize for heather honey
  pace: normal
  culture: casual
interview:
  at: 2026-11-25T10:00
  timezone: Atlantic/Azores
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Duarte Sousa
    title: Operations Manager
    role: hiring_manager
    email: duarte@flordomar.example
    primary_contact: true
    topics:
      - moving hives between islands for the pollination season
    challenges:
      - swarms lost in late spring
      - honey extraction backs up in August
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _codes(said: str, check: Check = check_claims) -> set[str]:
    n = notes_from_text(APIARY, "apiary.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    body = f"Hi Duarte,\n\nThank you for showing me the extraction room today. {said}\n\nBest,\nInês Medeiros"
    draft = Draft(Kind.thank_you, "Duarte Sousa", Channel.email, "Thank you", body, "test", "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Duarte Sousa"), None)
    return {f.code for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


# A result the notes share with a person ("w/ the extension officer", "w/ 2 coworkers": notes shorthand for "with")
# told as the candidate's alone; and a word that merely starts with "co" before the 'I' ("in the Concelho", "as COO")
# is no sharing of the credit.
@pytest.mark.parametrize(
    "said",
    [
        "On Terceira I brought winter colony losses down from 30% to 12% over three seasons.",
        "In the Concelho da Praia, I cut winter colony losses from 30% to 12%.",
        "As COO of the apiary I cut winter colony losses from 30% to 12% in three seasons.",
        "I built up a queen-rearing programme from 20 to 90 queens a year, all by myself.",
    ],
)
def test_result_shared_with_a_person_told_as_i_is_a_claim(said: str) -> None:
    assert "unsupported_claim" in _codes(said)


# A second deed of the same 'I' after "and" carries the result: "I moved X and cut Y".
def test_second_deed_after_and_is_read_as_the_candidates() -> None:
    said = "At Serrano I moved the hive records onto tablets and cut winter colony losses from 30% to 12%."
    assert "unsupported_claim" in _codes(said)


# The credit shared in the sentence: the partner named beside the 'I', "we", "with two coworkers".
@pytest.mark.parametrize(
    "said",
    [
        "At Serrano Apiaries, the extension officer and I cut winter colony losses from 30% to 12% over three seasons.",
        "With two coworkers I started a queen-rearing programme, from 20 to 90 queens a year.",
        "We cut winter colony losses from 30% to 12% at Serrano Apiaries over three seasons.",
        # a deed the notes give to the candidate alone stays hers to tell, tools beside it or not
        "I relabelled every jar for the EU organic mark with a shared tracker.",
    ],
)
def test_shared_credit_or_own_deed_is_no_solo_claim(said: str) -> None:
    assert "unsupported_claim" not in _codes(said)


# A count of people by their role is who the work was for, not who shared it ("with 40 farmers").
def test_people_the_work_was_for_share_no_credit() -> None:
    notes = APIARY.replace("relabelled every jar for the EU organic mark", "ran hive inspections with 40 farmers")
    n = notes_from_text(notes, "apiary.yaml")
    from afterview.guardrails.claim_credit import _own_items

    shared, solo = _own_items(n)
    assert any("inspection" in " ".join(s) for s in solo)
    assert not any("inspection" in " ".join(s) for s in shared)


# A past employer called by the first word of its name: its "we" is the candidate's past team, not theirs.
@pytest.mark.parametrize(
    "said",
    [
        "At Serrano, over three seasons we raised overwinter survival a long way, together with our extension officer.",
        "In my years with Serrano we raised our queen output every spring.",
    ],
)
def test_past_employer_by_its_first_word_is_the_past_team(said: str) -> None:
    assert "not_our_team" not in _codes(said)


def test_their_team_in_the_first_person_is_still_caught() -> None:
    assert "not_our_team" in _codes("I think we launched our heather honey line at exactly the right moment.")


# Their problem told as solved already, in the past perfect ("I had already fixed") or in a cleft whose subject
# points back to the sentence that named it ("That is a problem I already solved").
@pytest.mark.parametrize(
    "said",
    [
        "I was surprised, as I had already solved extraction backing up in August on my family's farm.",
        "You mentioned the swarms lost in late spring. That is a problem I already solved at Serrano.",
        "Extraction backing up in August came up twice. This is something I have already fixed elsewhere.",
    ],
)
def test_their_problem_told_as_solved_is_a_claim(said: str) -> None:
    assert "unsupported_claim" in _codes(said)


@pytest.mark.parametrize(
    "said",
    [
        # experience of that kind of problem, not its solution
        "You mentioned the swarms lost in late spring. That is something I have worked on, and I'd like to learn more.",
        "I had hoped to see the extraction room, and I was glad we had time for it.",
        # the pointer's sentence is the candidate's own item
        "At Serrano we brought winter colony losses from 30% to 12%. That is something I have done before.",
    ],
)
def test_experience_or_own_item_is_no_claim_of_their_problem(said: str) -> None:
    assert "unsupported_claim" not in _codes(said)


# A link between two of the candidate's items the notes keep apart is still a claim, "so that" with a past result too.
@pytest.mark.parametrize(
    "said",
    [
        "I relabelled every jar for the EU organic mark, which cut winter colony losses from 30% to 12%.",
        "I relabelled every jar for the EU organic mark, so that winter colony losses fell from 30% to 12%.",
    ],
)
def test_two_own_items_fused_are_a_causal_link(said: str) -> None:
    assert "causal_link" in _codes(said)


# No cause and effect claimed: "so that" + "is" ("that" is the subject), an aim in the present or with a modal, the
# candidate's own feeling as what "because" explains, and "turned up" (found).
@pytest.mark.parametrize(
    "said",
    [
        "Since we met I finished the course on varroa counts, so that is current for the whole spring.",
        "The queen-rearing sheet I used could be adapted for the hives so that swarms are never lost in late spring.",
        "I was sorry to miss the tasting, because I was really looking forward to the heather honey.",
        "I keep thinking about the August inspection that turned up a backlog at the extraction line.",
    ],
)
def test_aims_feelings_and_findings_are_no_causal_link(said: str) -> None:
    assert "causal_link" not in _codes(said)


# The candidate's own figure placed at the company is theirs moved; the same number counting something else (the
# company's years, a day of the month) is no figure of the candidate's.
def test_own_figure_told_of_the_company_is_misattributed() -> None:
    said = "I can picture queen output at Cooperativa Flor do Mar going from 20 to 90 queens a year."
    assert "misattributed_credit" in _codes(said)


@pytest.mark.parametrize(
    "said",
    [
        "I read the island paper's piece on Cooperativa Flor do Mar's 90 years of honey before our interview.",
        "I am writing about my interview on 20 November for the Apiary Supervisor role at Cooperativa Flor do Mar.",
    ],
)
def test_same_number_counting_something_else_is_not_misattributed(said: str) -> None:
    assert "misattributed_credit" not in _codes(said)


def _fact_codes(body: str, notes: str = APIARY) -> set[str]:
    n = notes_from_text(notes, "apiary.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    draft = Draft(Kind.thank_you, "Duarte Sousa", Channel.email, "Thank you", body, "test", "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Duarte Sousa"), None)
    return {f.code for f in check_facts(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


# A farewell in another language is no name; a capitalised word the notes do not hold, in the body, still is.
@pytest.mark.parametrize("closing", ["Um abraço,", "Liebe Grüße,", "Met vriendelijke groet,", "Saludos cordiales,"])
def test_a_farewell_in_any_language_is_no_name(closing: str) -> None:
    body = f"Hi Duarte,\n\nThank you for showing me the extraction room today.\n\n{closing}\nInês Medeiros"
    assert "unsupported_name" not in _fact_codes(body)


def test_an_unknown_name_in_the_body_is_still_unsupported() -> None:
    body = "Hi Duarte,\n\nThank you for the tour, and for the story about Valdemoro.\n\nUm abraço,\nInês Medeiros"
    assert "unsupported_name" in _fact_codes(body)


# A demonym of a short place the notes name ("a fellow Berner" for Bern) is that place; a made-up one is not.
def test_demonym_of_a_short_place_in_the_notes() -> None:
    rapport = "    primary_contact: true\n    rapport:\n      - both lived in Bern\n"
    notes = APIARY.replace("    primary_contact: true\n", rapport)
    body = "Hi Duarte,\n\nThank you for today. It was fun to meet a fellow Berner.\n\nBest,\nInês Medeiros"
    assert "unsupported_name" not in _fact_codes(body, notes)
    other = body.replace("Berner", "Genfer")
    assert "unsupported_name" in _fact_codes(other, notes)


# A start date the notes do not hold: the candidate's own word in a draft they wrote (a warning), an invention in a
# model's draft (an error); since checks23 the severity policy decides, in check_draft.
# (checks24: in their own draft it is advice, info: severity_policy.OWN_WORD)
@pytest.mark.parametrize(("provider", "severity"), [("hand-written", "info"), ("replay", "error")])
def test_a_start_date_is_an_error_only_where_it_could_be_invented(provider: str, severity: str) -> None:
    n = notes_from_text(APIARY, "apiary.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    body = (
        "Hi Duarte,\n\nThank you for showing me the extraction room today. I am available to start from February."
        "\n\nBest,\nInês Medeiros"
    )
    draft = Draft(Kind.thank_you, "Duarte Sousa", Channel.email, "Thank you", body, provider, "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Duarte Sousa"), None)
    found = {(f.severity, f.code) for f in check_draft(draft, CheckContext(n, send, plan, planned))}
    assert (severity, "unsupported_availability") in found


# "my work on X" as the subject of a sentence: the work is X, not what the sentence goes on to say of it.
def test_my_work_on_an_own_item_then_its_verb_is_no_claim() -> None:
    said = "My work on the queen-rearing programme always benefited from seeing how hives were moved between islands."
    assert "unsupported_claim" not in _codes(said)


def test_my_work_on_their_problem_is_still_a_claim() -> None:
    assert "unsupported_claim" in _codes("My work on the extraction backlog in August was my main job last summer.")
