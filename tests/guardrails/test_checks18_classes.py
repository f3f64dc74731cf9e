"""Classes of fault read from the spent blind14-blind19 halves and the real model's run9 drafts (issue 15,
checks18), each tested on cases made up here: a porcelain works in Sopot, with other names, trades and wordings
than the drafts they were read from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.grammar.check import check_grammar
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.purpose import check_purpose
from afterview.guardrails.result_sizes import SIZE_WORDS, change_pairs, change_ratios, size_factor
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

KILN = """
candidate:
  name: Tomasz Wielgosz
  highlights:
    - ran the newsletter for the Gdańsk climbing club, subscribers 450 -> 1,400
    - kiln firing time 14 hours -> 7 hours at Ceramika Kaszuby
    - breakage 12% -> 8% (with the glazing team of 3)
    - introduced a glaze-mixing robot pilot at Ceramika Kaszuby
    - online shop orders from forty a week to ninety, team of 2
  since_interview:
    - completed the Gdańsk chamber course on production costing
position: Production Planner, Kiln Hall
company:
  name: Porcelana Sopot
  news:
    - opened a second showroom in Warsaw
  pace: normal
  culture: formal
interview:
  at: 2026-11-25T10:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Agata Nowicka
    title: Plant Manager
    role: hiring_manager
    email: agata@porcelana.example
    primary_contact: true
    topics:
      - moving to condition-based kiln maintenance
      - scheduling glaze batches for the 4 kilns
      - the checkout page of their web shop
    challenges:
      - kiln downtime after every holiday shutdown
      - glaze batch setup 50 min -> want under 30
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _notes(outcome: str = "pending") -> Notes:
    return notes_from_text(KILN.replace("outcome: pending", f"outcome: {outcome}"), "kiln.yaml")


def _findings(check: Check, said: str, kind: Kind = Kind.thank_you) -> list[Finding]:
    n = _notes("rejected" if kind is Kind.feedback_request else "pending")
    send = n.interview.start + timedelta(hours=3)
    if kind is Kind.status_check:
        send = n.interview.start + timedelta(days=9)
    plan = make_plan(n, send, feedback_request=kind is Kind.feedback_request)
    body = f"Dear Ms. Nowicka,\n\nThank you for the tour of the kiln hall. {said}\n\nKind regards,\nTomasz Wielgosz"
    draft = Draft(kind, "Agata Nowicka", Channel.email, "Thank you", body, "test", "formal")
    planned = next((p for p in plan.messages if p.kind is kind and p.to.name == "Agata Nowicka"), None)
    return [f for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"]


# 1. Sizes of a change read as one ratio, however written.
def test_change_pairs_read_separators_multipliers_and_words() -> None:
    assert change_pairs("subscribers 450 -> 1,400") == [(450.0, 1400.0)]
    assert change_pairs("orders 3k \u2192 9k a month") == [(3000.0, 9000.0)]
    assert change_pairs("from twelve days down to five") == [(12.0, 5.0)]
    assert change_pairs("one to one meetings") == []
    assert change_pairs("orders from forty a week to ninety") == [(40.0, 90.0)]
    assert change_ratios("downtime 9% -> 3%") == [3.0]
    assert size_factor("by a third") == 1.5
    assert size_factor("by two-thirds") == 3.0
    assert size_factor("fourfold") == 4.0


def test_times_as_well_counts_runs_not_a_ratio() -> None:
    assert not SIZE_WORDS.search("I have run the Dublin marathon 4 times as well.")
    assert SIZE_WORDS.search("Bookings rose to 4 times as many by spring.")


@pytest.mark.parametrize(
    "said",
    [
        # a result told as a factor of the notes' before -> after
        "The climbing club newsletter I ran nearly tripled its subscribers, which taught me to write short.",
        "At Ceramika Kaszuby I halved kiln firing time.",
        "With the glazing team of three we cut breakage by a third.",
        "With a colleague I more than doubled the weekly online shop orders.",
        # a highlight's project as the subject of the sentence
        "The glaze-mixing robot pilot I introduced at Ceramika Kaszuby taught me how to bring in new equipment"
        " without stopping a line.",
        # credit to them, then another thing of theirs: no deed of the candidate given to them
        "I enjoyed hearing about your work and the team's experience of the kilns.",
    ],
)
def test_results_retold_in_other_words_stay_clean(said: str) -> None:
    assert [f.message for f in _findings(check_claims, said) if f.severity == "error"] == []


def test_a_since_item_named_before_its_verb_stays_clean() -> None:
    said = (
        "I have kept thinking about the glaze batches since our conversation, and the production costing course I"
        " completed with the Gdańsk chamber gave me a clearer way to plan kiln slots."
    )
    assert [f.message for f in _findings(check_claims, said, Kind.status_check) if f.severity == "error"] == []


@pytest.mark.parametrize(
    "said",
    [
        "I doubled the climbing club newsletter's subscribers in a year.",  # 3.1x, not 2x
        "At Ceramika Kaszuby I cut kiln firing time by two-thirds.",  # halved, not cut to a third
        "With the glazing team we halved breakage.",  # a third off, not half
    ],
)
def test_a_size_the_notes_do_not_give_is_still_caught(said: str) -> None:
    assert "unsupported_claim" in {f.code for f in _findings(check_claims, said)}


def test_a_course_not_in_since_interview_is_still_caught_when_named_first() -> None:
    said = "Since our conversation, the forklift licence course I completed last week gave me a new way to plan."
    assert "unsupported_claim" in {f.code for f in _findings(check_claims, said, Kind.status_check)}


# 2. Grammar: style advice is no warning; real slips still are.
@pytest.mark.parametrize(
    "said",
    [
        "A checkout redesign could lift orders, and a rollout by region would show the effect.",
        "With some 200 moulds on the racks, I can see why scheduling matters.",
        "I wondered whether the panel found anything missing in my answers on glaze batches.",
        "I learned how stock moved between the kilns and the packing room.",
    ],
)
def test_style_advice_is_not_a_grammar_warning(said: str) -> None:
    assert _findings(check_grammar, said) == []


def test_a_real_slip_is_still_a_grammar_finding() -> None:
    assert _findings(check_grammar, "I look forward to hearing weather the decision has been made.") or _findings(
        check_grammar, "Your welcome to call me any time, and their is a sample log attached."
    )


# 3. Negativity said as candour, as a comparison with the writer's own, or as a reproach for the wait.
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Frankly, the discount scheme looks like it is wasting money on one-off buyers.", Kind.thank_you),
        ("To be honest, printing every batch sheet by hand is a recipe for lost orders.", Kind.thank_you),
        ("The scheduling sheet you showed me seemed basic compared with what I built at Kaszuby.", Kind.thank_you),
        ("I wrote to you on Monday and still haven't heard back, so here I am again.", Kind.status_check),
        ("As I made clear at the interview, I was the strongest candidate.", Kind.feedback_request),
        ("I think I am owed a proper explanation.", Kind.feedback_request),
    ],
)
def test_negativity_by_structure_is_caught(said: str, kind: Kind) -> None:
    assert any(f.severity == "error" for f in _findings(check_negativity, said, kind))


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("To be honest, I was nervous at first, but the tour put me at ease.", Kind.thank_you),
        ("As I said in the interview, condition-based maintenance is what I enjoy most.", Kind.thank_you),
        ("I emailed you the glaze sample log yesterday and look forward to hearing from you.", Kind.status_check),
        ("Compared with what I expected, the kiln hall was bigger and brighter.", Kind.thank_you),
    ],
)
def test_neutral_wordings_stay_clean(said: str, kind: Kind) -> None:
    assert [f.message for f in _findings(check_negativity, said, kind)] == []


# 5. Facts: one role with a comma is one role; the end of a change is not a count of what follows it.
def test_a_role_with_a_comma_told_as_two_is_a_facts_error() -> None:
    said = "I am very interested in the Production Planner and Kiln Hall positions."
    assert "split_position" in {f.code for f in _findings(check_facts, said)}
    assert "split_position" not in {
        f.code for f in _findings(check_facts, "I am very interested in the Production Planner, Kiln Hall role.")
    }


def test_the_end_of_a_change_is_not_counted_as_what_follows() -> None:
    said = "At Ceramika Kaszuby I took firing time from 14 hours to 7 and planned batches for four kilns."
    assert [f.message for f in _findings(check_facts, said) if "7" in f.message] == []


@pytest.mark.parametrize(
    "said",
    [
        "The course showed how to weight each glaze batch by its failure rate.",
        "It was good to see how Porcelana Sopot works day to day.",
    ],
)
def test_a_noun_that_is_a_verb_and_a_named_subject_after_how_stay_clean(said: str) -> None:
    assert _findings(check_grammar, said) == []


def test_a_bare_verb_after_how_and_a_noun_for_its_verb_are_still_flagged() -> None:
    # "how clone" is advice since checks36 ("Insert 'to'": right on 1 of 8 drafts, grammar/lint_trust.py)
    assert _findings(check_grammar, "I would love to breath the kiln hall air again.")


# 3. Purpose: the ask is a speech act, in any wording; a blunt demand is still the ask (tone judges its manner).
@pytest.mark.parametrize(
    "said",
    [
        "I was sorry to hear the news. If you have a moment, what could I have done better?",
        "I respect the decision. Was there one thing in my glaze case study that held me back?",
        "Thank you for the call. Anything you can tell me about how I came across would help me a great deal.",
        "I received the decision, and I expect a written explanation of why I was not chosen.",
    ],
)
def test_a_feedback_ask_in_other_wordings_is_an_ask(said: str) -> None:
    assert "no_feedback_question" not in {f.code for f in _findings(check_purpose, said, Kind.feedback_request)}


def test_a_feedback_request_without_any_ask_is_still_flagged() -> None:
    said = "I received the decision. I know I fell short on the glaze case study, and I wish the team well."
    assert "no_feedback_question" in {f.code for f in _findings(check_purpose, said, Kind.feedback_request)}


# 1b. The candidate's own item retold with its plain benefit, or with who uses it as the item says.
@pytest.mark.parametrize(
    "said",
    [
        "At Ceramika Kaszuby I introduced a glaze-mixing robot pilot, which made batch records much easier to keep.",
        "I ran the climbing club newsletter, which now reaches 1,400 subscribers.",
    ],
)
def test_own_items_with_a_plain_benefit_stay_clean(said: str) -> None:
    assert [f.message for f in _findings(check_claims, said) if f.severity == "error"] == []


def test_a_count_of_users_the_item_does_not_give_is_still_caught() -> None:
    said = "I introduced the glaze-mixing robot pilot, which is now used at three plants."
    assert "unsupported_claim" in {f.code for f in _findings(check_claims, said)}


def test_a_size_told_of_an_item_without_one_is_caught_beside_an_item_with_one() -> None:
    # the firing-time item halves, but the sentence tells of the robot pilot, whose item gives no size
    said = "My glaze-mixing robot pilot halved mixing time at Ceramika Kaszuby, and I would bring that to your kilns."
    assert "unsupported_claim" in {f.code for f in _findings(check_claims, said)}


def test_their_challenge_told_as_work_named_before_i_did_is_caught() -> None:
    said = "I keep thinking about the downtime work I did on kilns after every holiday shutdown."
    assert "unsupported_claim" in {f.code for f in _findings(check_claims, said)}


def test_a_title_with_the_given_name_where_greet_as_names_the_family_name_is_a_facts_error() -> None:
    text = KILN.replace("  - name: Agata Nowicka\n", "  - name: Nowicka Agata\n    greet_as: Ms. Nowicka\n")
    n = notes_from_text(text.replace("Agata Nowicka", "Nowicka Agata"), "kiln.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    for greeting, wrong in (("Ms. Agata", True), ("Ms. Nowicka", False)):
        body = f"Dear {greeting},\n\nThank you for the tour of the kiln hall.\n\nKind regards,\nTomasz Wielgosz"
        draft = Draft(Kind.thank_you, "Nowicka Agata", Channel.email, "Thank you", body, "test", "formal")
        planned = next((p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Nowicka Agata"), None)
        codes = {f.code for f in check_facts(draft, CheckContext(n, send, plan, planned))}
        assert ("wrong_surname" in codes) is wrong, greeting


def test_effect_for_affect_is_still_flagged() -> None:
    assert _findings(check_grammar, "Holiday shutdowns can effect the kiln schedule for weeks.")


def test_an_own_result_beside_their_news_stays_clean() -> None:
    said = (
        "With the second showroom in Warsaw open, reliable kilns matter more: at Ceramika Kaszuby I introduced a"
        " glaze-mixing robot pilot and cut kiln firing time from 14 hours to 7 hours, and I would bring that care to"
        " your showrooms."
    )
    assert [f.message for f in _findings(check_facts, said)] == []


# blind20 tune half: classes read there, tested on the porcelain works.
def test_a_while_after_a_verb_is_no_grammar_warning() -> None:
    assert _findings(check_grammar, "The kiln hall tour took a while, and I enjoyed every minute of it.") == []


@pytest.mark.parametrize(
    "said",
    [
        "Thank you for letting me know, even if it took a while to hear back.",
        "Thank you for telling me. I doubt the person you chose has run a kiln hall, but I wish them well.",
    ],
)
def test_a_jab_at_the_wait_or_at_the_one_chosen_is_negativity(said: str) -> None:
    assert any(f.severity == "error" for f in _findings(check_negativity, said, Kind.feedback_request))


@pytest.mark.parametrize(
    "said",
    [
        "I would appreciate knowing whether my kiln example came across as relevant, or what I should have stressed.",
        "Could you tell me what the decision was based on? It would help me prepare.",
    ],
)
def test_more_feedback_wordings_are_an_ask(said: str) -> None:
    assert "no_feedback_question" not in {f.code for f in _findings(check_purpose, said, Kind.feedback_request)}


def test_a_part_of_a_count_in_the_notes_keeps_its_unit() -> None:
    pilot = "    - introduced a glaze-mixing robot pilot at Ceramika Kaszuby\n"
    text = KILN.replace(pilot, pilot + "    - 8 yrs in ceramics, 3 of them on night shifts\n")
    n = notes_from_text(text, "kiln.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Agata Nowicka"), None)
    for years, ok in (("three years", True), ("five years", False)):
        body = (
            f"Dear Ms. Nowicka,\n\nHaving run night shifts for {years}, I know kilns.\n\nKind regards,\nTomasz Wielgosz"
        )
        draft = Draft(Kind.thank_you, "Agata Nowicka", Channel.email, "Thank you", body, "test", "formal")
        codes = {f.code for f in check_facts(draft, CheckContext(n, send, plan, planned)) if f.severity == "error"}
        assert ("unsupported_number" not in codes) is ok, years


@pytest.mark.parametrize(
    "said",
    [
        # their challenge's figures told as the candidate's own result, with a hedge
        "My scheduling sheet cut glaze batch setup from 50 minutes to under 30.",
    ],
)
def test_their_topic_or_figures_told_as_own_work_are_caught(said: str) -> None:
    assert "unsupported_claim" in {f.code for f in _findings(check_claims, said)}


@pytest.mark.parametrize(
    "said",
    [
        "I enjoyed our conversation about scaling glaze batches from 4 to 6 kilns.",
        "I'd be glad to help plan the glaze batches so that fewer kilns sit idle after holiday shutdowns.",
        "I hope we'll get to work together on the kiln hall.",
    ],
)
def test_their_topic_an_aim_and_a_shared_hope_stay_clean(said: str) -> None:
    assert [f.message for f in _findings(check_claims, said) if f.severity == "error"] == []


def test_a_final_check_that_says_so_is_not_passive_aggressive() -> None:
    said = "I wanted to ask one last time whether a decision has been made on the Production Planner role."
    assert [f.message for f in _findings(check_negativity, said, Kind.status_check)] == []
    again = "I am asking you one more time whether a decision has been made on the Production Planner role."
    assert any(f.code == "passive_aggressive" for f in _findings(check_negativity, again, Kind.status_check))


# Stop 34, the careful references of writer_blind23/24 (spent): three errors on drafts a coach wrote, each a class.
def test_their_own_date_said_back_with_an_auxiliary_sets_no_deadline() -> None:
    from afterview.guardrails.pressure import pressure_findings

    for said in (
        "I wanted to ask about the timeline, as you had planned to reach a decision by Tuesday 8 December.",
        "I understand the board has hoped to decide by Friday.",
    ):
        assert not [f for f in pressure_findings(said) if f.code == "pushy"], said
    assert [f for f in pressure_findings("I would need a decision by Tuesday 8 December.") if f.code == "pushy"]


def test_a_count_that_opens_a_rate_is_no_count_of_the_notes() -> None:
    notes = KILN.replace(
        "    - kiln firing time 14 hours -> 7 hours at Ceramika Kaszuby\n",
        "    - cracked plates ~1 in 9 pieces -> ~1 in 25 pieces by slowing the cool-down\n"
        "    - packed 400 pieces a day\n",
    )
    n = notes_from_text(notes, "kiln.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send)
    planned = next(p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Agata Nowicka")

    def facts(said: str) -> list[str]:
        body = f"Dear Ms. Nowicka,\n\n{said}\n\nKind regards,\nTomasz Wielgosz"
        draft = Draft(Kind.thank_you, "Agata Nowicka", Channel.email, "Thank you", body, "test", "formal")
        return [f.code for f in check_facts(draft, CheckContext(n, send, plan, planned)) if f.severity == "error"]

    assert "unsupported_number" not in facts("I brought cracking down from one piece in nine to one in twenty-five.")
    assert "unsupported_number" in facts("I packed seven pieces a day at my last plant.")


def test_an_ies_word_stems_as_its_ing_form() -> None:
    from afterview.guardrails.text import stem

    assert stem("flies") == stem("flying") == "fly" and stem("dries") == stem("drying")
    assert stem("ties") == "tie" and stem("retries") == "retry"
