"""Classes of fault from the spent blind sets (issue 15, checks13), each tested on cases made up here: other
industries and names than the examples they were read from."""

from __future__ import annotations

from datetime import timedelta

import pytest
from guardrail_corpus import Item, build

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.timing import check_timing
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a cold-chain logistics analyst and a pharmacy wholesaler.
WHOLESALE = """
candidate:
  name: Tomasz Wrona
  highlights:
    - rebuilt the temperature-excursion alerts for 60 refrigerated vans at Polfarm
    - cut spoiled insulin returns by 22% with a route re-plan
position: Cold Chain Analyst
company:
  name: Medivista
  news:
    - opened a second hub in Gdańsk
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: video
  outcome: rejected
interviewers:
  - name: Halina Kos
    title: Logistics Director
    role: hiring_manager
    email: halina@medivista.example
    topics:
      - reconciling courier handover scans with the warehouse ledger
      - vaccine stock forecasts for the winter season
      - night dispatch board, ~40 vans
    challenges:
      - drivers skip the temperature log on night runs
  - name: Joaquim Pedro Alves
    greet_as: Joaquim
    title: Fleet Systems Lead
    role: peer
    email: joaquim@medivista.example
    topics:
      - our returns reconciliation backlog
      - route data lands in three different tools
"""


def _notes(outcome: str = "pending") -> Notes:
    return notes_from_text(WHOLESALE.replace("outcome: rejected", f"outcome: {outcome}"), "wholesale.yaml")


def _claims(body: str, kind: Kind = Kind.thank_you, outcome: str = "pending") -> list[Finding]:
    n = _notes(outcome)
    at = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, at)
    draft = Draft(kind, "Halina Kos", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    return [f for f in check_claims(draft, CheckContext(n, at, plan, planned)) if f.severity != "info"]


def _fluency(body: str, to: str = "Halina Kos", kind: Kind = Kind.thank_you) -> set[str]:
    n = _notes()
    at = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, at)
    draft = Draft(kind, to, Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind and p.to.name == to), None)
    return {f.code for f in check_fluency(draft, CheckContext(n, at, plan, planned)) if f.severity == "warning"}


def _body(middle: str, greeting: str = "Dear Halina,") -> str:
    return f"{greeting}\n\n{middle}\n\nBest regards,\nTomasz"


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I liked hearing how the depot schedules its drivers today.", False),
        ("The branches, which today each keep their own ledger, would gain most.", False),
        ("I was curious how invoices are matched today, and I would be glad to help.", False),
        ("It sounds like the problems the clinics are facing today are mostly about staffing.", False),
        ("I enjoyed what you showed me today about the ledger.", True),
        ("It was a pleasure to meet the billing team today.", True),
        ("Thank you again for today.", True),
        ("I keep thinking about the points that we covered today.", True),
    ],
)
def test_today_as_nowadays_is_not_the_day_you_met(said: str, flagged: bool) -> None:
    """'how the depot schedules its drivers today' says how things stand, not when you met; sent the next morning
    it is right, while 'today' about the meeting still is the wrong day."""
    body = f"Dear Dana,\n\nThank you for the talk on event sourcing for billing. {said}\n\nBest regards,\nSam"
    item = Item(id="t", family="timing", label="bad", body=body, send_at="2026-11-25T09:00:00-05:00")
    draft, ctx = build(item)
    assert bool([f for f in check_timing(draft, ctx) if f.code == "same_day_wording"]) is flagged


@pytest.mark.parametrize(
    "said",
    [
        "I'd welcome any feedback on how I approached the discussion of courier handover scans with Marek.",
        "I felt I handled the question about vaccine stock forecasts for the winter season too briefly.",
        "Given the time I invested in the case study on courier handover scans, I hoped to hear more.",
    ],
)
def test_how_the_candidate_took_part_in_the_interview_claims_no_work(said: str) -> None:
    """'I approached the discussion of X' tells the conversation; X is theirs, and nothing is claimed done."""
    assert not [f for f in _claims(_body(said)) if f.code == "unsupported_claim"]


def test_work_done_on_their_item_is_still_claimed() -> None:
    said = "At Polfarm I reconciled courier handover scans with the warehouse ledger for every night run."
    assert "unsupported_claim" in {f.code for f in _claims(_body(said))}


@pytest.mark.parametrize(
    "said",
    [
        "I keep thinking about the temperature log drivers skip on night runs. It's a nice puzzle, because the"
        " answer is partly the vaccine stock forecasts and partly the second hub in Gdańsk.",
        "I keep thinking about the temperature log drivers skip on night runs. That is a harder question than it"
        " looks, because the vaccine stock forecasts for winter and the second hub in Gdańsk both pull at it.",
    ],
)
def test_a_reason_given_for_a_judgment_is_no_invented_cause(said: str) -> None:
    """'X is a hard problem, because …' argues for an opinion; it links nothing in the world as cause and effect."""
    assert "causal_link" not in {f.code for f in _claims(_body(said))}


def test_a_cause_stated_between_two_of_their_items_still_is_one() -> None:
    said = "Drivers skip the temperature log on night runs, because the second hub in Gdańsk opened."
    assert "causal_link" in {f.code for f in _claims(_body(said))}


@pytest.mark.parametrize(
    ("said", "promised"),
    [
        ("I promise I would work tirelessly on the temperature log drivers skip on night runs.", False),
        ("I am sure we could work through the temperature log drivers skip on night runs together.", False),
        ("I am confident I can fix the temperature log drivers skip on night runs within a month.", True),
    ],
)
def test_effort_promised_is_no_promised_result(said: str, promised: bool) -> None:
    """'I promise I would work hard' pledges effort (the tone check's business); a fix by a date is a result."""
    assert ("promised_result" in {f.code for f in _claims(_body(said))}) is promised


def test_first_name_and_surname_without_the_middle_name_is_a_mail_merge() -> None:
    said = "Thank you for the talk about route data and the fleet telematics rollout."
    assert "mail_merge_greeting" in _fluency(_body(said, "Dear Joaquim Alves,"), to="Joaquim Pedro Alves")
    assert "mail_merge_greeting" not in _fluency(_body(said, "Dear Joaquim,"), to="Joaquim Pedro Alves")


def test_a_name_of_the_writers_own_said_three_times_is_a_refrain() -> None:
    """'the Poznań forum' three times in two sentences, where 'it' would do; a thing the notes name may recur."""
    said = (
        "Since we spoke I presented the route re-plan at the Poznań logistics forum. The Poznań forum was a good test,"
        " and the Poznań forum crowd asked sharp questions about insulin returns."
    )
    assert "repeated_phrase" in _fluency(_body(said))
    named = (
        "I enjoyed the talk about the temperature log. A temperature log that drivers skip is common, and the "
        "temperature log on night runs is where I would start."
    )
    assert "repeated_phrase" not in _fluency(_body(named))


@pytest.mark.parametrize(
    ("said", "two"),
    [
        (
            "I'm writing to ask whether there is any news on the Cold Chain Analyst role. Would you also be able to "
            "set up a call with Joaquim about the telematics rollout?",
            True,
        ),
        (
            "May I ask when the team expects to decide, and could you also introduce me to the Gdańsk hub manager?",
            True,
        ),
        ("I'm writing to ask whether there is any news on the Cold Chain Analyst role.", False),
    ],
)
def test_a_favour_beside_the_status_question_is_a_second_ask(said: str, two: bool) -> None:
    body = _body(f"I hope the Gdańsk hub is settling in. {said}")
    assert ("two_asks" in _fluency(body, kind=Kind.status_check)) is two


def test_a_jotted_item_pasted_into_the_sentence_is_a_seam() -> None:
    """'thanks for the talk on night dispatch board, ~40 vans': the item as jotted, its figure tacked on."""
    assert "pasted_item" in _fluency(_body("Thanks for the talk on night dispatch board, ~40 vans. It was useful."))
    assert "pasted_item" not in _fluency(_body("Thanks for the talk on the night dispatch board for 40 vans."))


def test_their_or_our_on_the_notes_own_words_is_the_notes_point_of_view() -> None:
    """'their route data' to the person whose item it is, and 'our returns reconciliation backlog' copied from an
    interviewer's item, speak as the notes do."""
    to_joaquim = _body("I keep thinking about how their route data lands in three tools.", "Dear Joaquim,")
    assert "copied_pronoun" in _fluency(to_joaquim, to="Joaquim Pedro Alves")
    ours = _body("I have been reading up on our returns reconciliation backlog since we spoke.")
    assert "copied_pronoun" in _fluency(ours)
    own = _body("At Polfarm their route data lived in three tools too.", "Dear Joaquim,")
    assert "copied_pronoun" not in _fluency(own, to="Joaquim Pedro Alves")


@pytest.mark.parametrize(
    ("said", "code"),
    [
        (
            "I know I'm only a graduate and not the strongest driver of change, but I'd still love the chance.",
            "desperate",
        ),
        ("I was slow on the forecasting question, and I hope it won't count against me.", "desperate"),
        ("I know others had more years in cold chain, and I hope you will still consider me.", "desperate"),
        ("After two rounds, I would expect at least a short note on why.", "demanding"),
        ("A reason is the least a candidate can ask for.", "demanding"),
        (
            "I also have a final interview with Farmalog on Thursday, so it would help if you could decide soon.",
            "leverage",
        ),
    ],
)
def test_appeals_demands_and_a_race_with_another_process_are_pressure(said: str, code: str) -> None:
    from afterview.guardrails.pressure import pressure_findings

    assert code in {f.code for f in pressure_findings(said)}


@pytest.mark.parametrize(
    "said",
    [
        "I'm just a phone call away if anything comes up, but I'd still welcome a written summary.",
        "I expect the new hub will need the same alert rules.",
        "I have an interview tomorrow with my current team lead about the winter rota, so it is a busy week.",
        "I hope you will have a restful weekend.",
    ],
)
def test_plain_sentences_beside_those_shapes_are_no_pressure(said: str) -> None:
    from afterview.guardrails.pressure import pressure_findings

    assert not pressure_findings(said)


def test_two_words_said_apart_three_times_are_no_name_repeated() -> None:
    said = (
        "I enjoyed hearing how vans queue at the dock before the night runs. Loading vans at a busy dock takes care,"
        " and I hope the vans stay cool at the dock this winter."
    )
    assert "repeated_phrase" not in _fluency(_body(said))


def _facts(body: str, kind: Kind = Kind.thank_you) -> set[str]:
    from afterview.guardrails.facts import check_facts

    n = notes_from_text(
        WHOLESALE.replace("      - night dispatch board, ~40 vans\n", "      - a fleet of 60 vans, 2 depots\n"),
        "wholesale.yaml",
    )
    at = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, at)
    draft = Draft(kind, "Halina Kos", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    return {f.code for f in check_facts(draft, CheckContext(n, at, plan, planned)) if f.severity == "error"}


def test_one_set_against_many_is_no_count() -> None:
    """'Keeping one van cold is hard enough; doing it for many of them is the job': a contrast, not a count."""
    said = "Keeping one van cold on a night run is hard enough; doing it for many of them is the real job."
    assert "unsupported_number" not in _facts(_body(said))
    assert "unsupported_number" in _facts(_body("I understand the team runs one van on the night route."))


def test_a_hedged_range_holding_the_notes_figure_matches_it() -> None:
    """'two or three depots' where the notes say 2 depots holds their figure; 'five depots' does not."""
    assert "unsupported_number" not in _facts(
        _body("Running cold chain across two or three depots is my kind of work.")
    )
    assert "unsupported_number" in _facts(_body("Running cold chain across five depots is my kind of work."))


def test_news_of_the_appointment_is_the_decision() -> None:
    from afterview.guardrails.purpose import check_purpose

    n = _notes()
    at = n.interview.start + timedelta(days=10)
    plan = make_plan(n, at)
    body = _body("I am writing to ask whether there is any news about the Cold Chain Analyst appointment.")
    draft = Draft(Kind.status_check, "Halina Kos", Channel.email, None, body, "test", "warm")
    found = check_purpose(draft, CheckContext(n, at, plan, None))
    assert "no_status_question" not in {f.code for f in found}


@pytest.mark.parametrize(
    ("said", "jab"),
    [
        ("I must admit I was surprised that the panel spent so little time on my cold chain audits.", True),
        ("Three interviews squeezed into one hour felt a bit rushed, and I could not finish my answers.", True),
        ("I felt the format did not give me a fair chance to walk through the Polfarm alerts.", True),
        ("I was rather surprised not to have heard back after the date you gave.", True),
        ("I was pleasantly surprised that the panel asked about the insulin route re-plan.", False),
        ("I was surprised that the vans carry their own data loggers; it is a neat setup.", False),
    ],
)
def test_a_complaint_about_how_they_ran_the_interview_is_a_jab(said: str, jab: bool) -> None:
    from afterview.guardrails.negativity import check_negativity

    n = _notes()
    at = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, at)
    draft = Draft(Kind.thank_you, "Halina Kos", Channel.email, None, _body(said), "test", "warm")
    codes = {f.code for f in check_negativity(draft, CheckContext(n, at, plan, None)) if f.severity == "error"}
    assert ("process_jab" in codes) is jab, codes


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("The Cold Chain Analyst role meant the world to me.", "desperate"),
        ("I'd be grateful for a yes or no by Thursday.", "pushy"),
        ("I can't keep my other offers on hold for long.", "leverage"),
    ],
)
def test_more_shapes_of_pressure(said: str, code: str) -> None:
    from afterview.guardrails.pressure import pressure_findings

    assert code in {f.code for f in pressure_findings(said)}


def test_as_soon_as_possible_of_the_candidates_own_promise_is_not_pushy() -> None:
    from afterview.guardrails.tone import check_tone

    n = _notes()
    at = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, at)

    def pushy(said: str) -> bool:
        draft = Draft(Kind.thank_you, "Halina Kos", Channel.email, None, _body(said), "test", "warm")
        return "pushy" in {f.code for f in check_tone(draft, CheckContext(n, at, plan, None))}

    assert not pushy("Thank you for the talk. I will send the route re-plan slides as soon as possible.")
    assert pushy("Thank you for the talk. Please let me know your decision as soon as possible.")
