"""Classes of fault read from the spent blind14-blind20 halves (issue 15, checks19), each tested on cases made up
here: a cider house in the Pays d'Auge, with other names, trades and wordings than the drafts they were read from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.grammar.check import check_grammar
from afterview.guardrails.grammar.splices import comma_splices
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.personalization import check_personalization
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

CIDER = """
candidate:
  name: Ravi Menon
  highlights:
    - 5 years at Cidrerie Lemoine, Caen (40 staff)
    - Spanish DELE C1, Dutch NT2 level II
    - wrote R scripts to clean fermentation sensor logs
    - master's thesis on wild yeast in farmhouse perry (lab trials)
    - our team of 3 rewrote the bottling SOP -> breakage 9% -> 4%
position: Cellar Supervisor
company:
  name: Domaine du Verger Haut
  news:
    - planted 12 hectares of new orchard this spring
    - won the regional council's grant for orchard replanting
  pace: normal
  culture: casual
interview:
  at: 2026-11-25T10:00
  timezone: Europe/Paris
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Claire Dubois
    title: Cellar Master
    role: hiring_manager
    email: claire@verger.example
    primary_contact: true
    topics:
      - visitors from Spain and the Netherlands need tastings in their language
      - their tank data sits in spreadsheets, moving to a database
    challenges:
      - cracked lids on the 20 L kegs
      - late bottle deliveries from the glassworks
    rapport:
      - both grew up on apple farms
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _notes() -> Notes:
    return notes_from_text(CIDER, "cider.yaml")


def _findings(check: Check, said: str, greeting: str = "Dear Claire,", notes: str = CIDER) -> list[Finding]:
    n = notes_from_text(notes, "cider.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    body = f"{greeting}\n\nThank you for the visit to the cellar today. {said}\n\nBest regards,\nRavi Menon"
    draft = Draft(Kind.thank_you, "Claire Dubois", Channel.email, "Thank you", body, "test", "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Claire Dubois"), None)
    return [f for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"]


def _codes(check: Check, said: str, greeting: str = "Dear Claire,", notes: str = CIDER) -> set[str]:
    return {f.code for f in _findings(check, said, greeting, notes)}


# 1. Negativity: a verdict on a party's performance, blame, contempt for people who work another way, the
# candidate's effort held against the process, an answer demanded as owed.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Honestly, the glassworks seems rather careless with its loads.", id="party-careless"),
        pytest.param("The old label printer vendor was notoriously unreliable.", id="vendor-unreliable"),
        pytest.param("It is a pity your cellar hands pay for their mistakes every week.", id="blame-mistakes"),
        pytest.param(
            "Machine pressing always struck me as a crutch for people who never learned to build a cheese properly.",
            id="contempt-people-who-never-learned",
        ),
        pytest.param(
            "Considering that I took a day of leave and drove three hours for a forty-minute chat, I hoped for more.",
            id="effort-against-process",
        ),
        pytest.param("I deserve a clear explanation of how the panel decided.", id="answer-owed"),
        pytest.param("Though the pressing hall is clearly outdated, I enjoyed the tour.", id="though-outdated"),
        pytest.param("The crate register looked like a relic from another century.", id="thing-a-relic"),
        pytest.param("At Cidrerie Lemoine we would never have let the kegs leak like that.", id="former-standard"),
        pytest.param("I suppose an answer after a month is too much to hope for.", id="sneer-wait"),
        pytest.param("No pressure, I have only been waiting since October.", id="sneer-only-waiting"),
        pytest.param("I'm sure you have more important candidates to see.", id="sneer-others"),
        pytest.param("Nothing like a leaking keg to brighten the week, right?", id="sarcasm"),
        pytest.param("I always seem to keep losing out on roles like this.", id="self-pity-keep"),
        pytest.param("Maybe I am not what employers are looking for now.", id="self-pity-not-wanted"),
        pytest.param("The glassworks can't be relied on for a single date.", id="cannot-be-relied-on"),
        pytest.param("Their haulier has been letting you down all autumn.", id="letting-down"),
        pytest.param("I never got a reply to my note from the 2nd.", id="never-got-a-reply"),
        pytest.param("I still do not know where I stand, which makes it hard to plan my spring.", id="where-i-stand"),
    ],
)
def test_negativity_grievances_and_verdicts_are_caught(said: str) -> None:
    assert [f for f in _findings(check_negativity, said) if f.severity == "error"], said


@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            "The late bottle deliveries sound like a frustrating problem for your cellar crew.", id="for-crew"
        ),
        pytest.param("It sounds frustrating when the keg lids crack in the cold room.", id="it-sounds"),
        pytest.param(
            "The glassworks is often late with its deliveries, and I'd like to help plan around it.", id="fact"
        ),
        pytest.param("I spent five years at Cidrerie Lemoine on the press line.", id="effort-is-experience"),
        pytest.param("I would welcome any explanation you can share of how the panel decided.", id="asks-kindly"),
        pytest.param("It was frustrating at first, but my team fixed it with a new seal.", id="solved-problem"),
        pytest.param("Admittedly I am new to perry, but I learn quickly.", id="admittedly-own"),
        pytest.param("At Cidrerie Lemoine we checked every keg lid before the cold room.", id="former-practice"),
        pytest.param("I understand the deliveries have been late this season.", id="late-deliveries"),
        pytest.param("I would be glad to hear where things stand when you have a moment.", id="asks-where-it-stands"),
        pytest.param("I wrote a pressing guide for people who never learned to run a press properly.", id="kind-guide"),
    ],
)
def test_neutral_restatements_and_sympathy_stay_clean(said: str) -> None:
    assert not _findings(check_negativity, said), said


# 2. Claims: a claim told from the candidate's own items in other words stays clean; a team deed told as "myself"
# does not.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param("I cleaned fermentation sensor logs with R scripts during my lab trials.", id="own-items-joined"),
        pytest.param(
            "I passed DELE C1 in Spanish and handled many tastings for visitors from Madrid at Cidrerie Lemoine.",
            id="credential-and-own-employer-with-one-word-of-theirs",
        ),
        pytest.param("I have sketched how a similar bottling SOP could work for your kegs.", id="sketched-how-could"),
    ],
)
def test_own_items_in_other_words_are_not_claims(said: str) -> None:
    assert "unsupported_claim" not in _codes(check_claims, said), said


def test_team_deed_told_with_an_emphatic_myself_is_solo_credit() -> None:
    found = _findings(check_claims, "I rewrote the bottling SOP myself and brought breakage down to 4%.")
    assert any("alone" in f.message for f in found if f.code == "unsupported_claim")


def test_their_work_claimed_with_one_own_word_still_fires() -> None:
    said = "At Cidrerie Lemoine I moved the tank data from spreadsheets into a database."
    assert "unsupported_claim" in _codes(check_claims, said)


# 3. Facts: a figure the words tie to the item that gives it; a place of the candidate's own history said as shared.
def test_figure_tied_to_the_item_that_gives_it_is_not_a_mismatch() -> None:
    said = "Our team cut bottle breakage by 4% at Cidrerie Lemoine in Caen, which I would like to repeat here."
    assert "unsupported_number" not in _codes(check_facts, said)


def test_other_figure_for_the_same_thing_is_still_a_mismatch() -> None:
    said = "Cidrerie Lemoine, with its 25 staff, taught me a lot."
    assert "unsupported_number" in _codes(check_facts, said)


def test_own_employer_said_as_shared_history_is_a_fact_error() -> None:
    said = "I loved learning that we both first pressed apples at Cidrerie Lemoine."
    assert "unsupported_shared" in _codes(check_facts, said)


@pytest.mark.parametrize(
    ("said", "swapped"),
    [
        pytest.param(
            "Congratulations on the national ministry's grant for replanting orchards.", True, id="other-owner"
        ),
        pytest.param("Congratulations on the regional council's grant for orchard replanting.", False, id="same-owner"),
        pytest.param(
            "Congratulations on the council's replanting grant for the orchards.", False, id="owner-shortened"
        ),
        pytest.param("I enjoyed the cellar master's tour of the press hall.", False, id="other-detail"),
    ],
)
def test_a_detail_given_to_another_owner_is_a_fact_error(said: str, swapped: bool) -> None:
    assert ("swapped_owner" in _codes(check_facts, said)) is swapped


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("I loved learning that we both grew up on apple farms.", id="rapport"),
        pytest.param("We both enjoyed the cellar tour in Caen, I think.", id="no-own-place"),
    ],
)
def test_shared_ground_the_notes_give_is_clean(said: str) -> None:
    assert "unsupported_shared" not in _codes(check_facts, said)


# 4. Fluency and grammar precision.
def test_their_owned_by_a_plural_thing_is_no_copied_pronoun() -> None:
    said = "The 20 L kegs and their cracked lids sound like a stubborn problem."
    assert "copied_pronoun" not in _codes(check_fluency, said)


def test_their_copied_from_the_notes_still_fires() -> None:
    said = "I enjoyed hearing how their cracked lids are handled."
    assert "copied_pronoun" in _codes(check_fluency, said)


@pytest.mark.parametrize("greeting", ["Claire chérie,", "Claire madame,", "Claire ji!", "Claire dear!! Lovely day"])
def test_name_with_an_honorific_on_the_greeting_line_is_no_third_person(greeting: str) -> None:
    assert "third_person_recipient" not in _codes(check_fluency, "I enjoyed the tasting.", greeting)


def test_recipient_named_in_the_third_person_still_fires() -> None:
    said = "Claire mentioned that the kegs crack in the cold room."
    assert "third_person_recipient" in _codes(check_fluency, said, "Hi,")


def test_aside_inside_a_lead_in_is_no_comma_splice() -> None:
    said = "I can't be sure yet, but in my five years on the line, including two on nights, I have seen this before."
    assert not comma_splices(said)


def test_comma_splice_still_fires() -> None:
    assert comma_splices("The press hall was impressive, I loved the old oak vats.")


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("I wanted to ask whether the schedule for the autumn pressing runs have been set.", id="whether"),
        pytest.param("I have finished my thesis, which were marked last week.", id="which-were"),
    ],
)
def test_singular_subject_with_a_plural_verb_is_agreement(said: str) -> None:
    assert "agreement" in _codes(check_grammar, said)


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("I have attached my notes, which are short.", id="plural-antecedent"),
        pytest.param("I shared the results of the trials, which were good.", id="of-phrase"),
        pytest.param("I wonder whether the casks in the cellar were cleaned.", id="plural-head"),
    ],
)
def test_agreement_stays_quiet_when_the_verb_fits(said: str) -> None:
    assert "agreement" not in _codes(check_grammar, said)


# 6. Personalization precision: a status check that shares one of the candidate's own results and offers to send
# the work behind it adds value; an offer alone, or a result alone, does not.
def _status_codes(said: str) -> set[str]:
    n = _notes()
    send = n.interview.start + timedelta(days=9)
    plan = make_plan(n, send, feedback_request=False)
    body = (
        "Dear Claire,\n\nI hope you are well. I am writing to ask whether there is any update on the Cellar "
        f"Supervisor role. {said}\n\nKind regards,\nRavi Menon"
    )
    draft = Draft(Kind.status_check, "Claire Dubois", Channel.email, "Cellar Supervisor", body, "test", "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.status_check), None)
    found = check_personalization(draft, CheckContext(n, send, plan, planned))
    return {f.code for f in found if f.severity != "info" or f.code == "no_value"}  # no_value is advice (info)


@pytest.mark.parametrize(
    ("said", "no_value"),
    [
        pytest.param(
            "My thesis on wild yeast in farmhouse perry came up briefly; I would be happy to send it.",
            False,
            id="own-result-and-offer",
        ),
        pytest.param("I would be happy to send anything else you need.", True, id="offer-alone"),
        pytest.param("My thesis on wild yeast in farmhouse perry came up briefly.", True, id="result-alone"),
    ],
)
def test_status_check_value_from_own_work_offered(said: str, no_value: bool) -> None:
    assert ("no_value" in _status_codes(said)) is no_value


def test_the_wait_said_to_sound_frustrating_is_still_a_complaint() -> None:
    said = "It seems frustrating that the wait for a decision has gone on this long."
    assert [f for f in _findings(check_negativity, said) if f.severity == "error"]


# 7. Classes read from the blind21 tune half, on cider-house cases.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param("I was surprised to lose out to a less qualified cellar hand.", id="rival-less-qualified"),
        pytest.param("It was a welcome change to meet a manager who actually listens.", id="contrast-actually"),
    ],
)
def test_the_chosen_one_or_a_former_contact_run_down_by_contrast(said: str) -> None:
    assert [f for f in _findings(check_negativity, said) if f.severity == "error"], said


def test_a_party_met_before_is_no_work_claimed() -> None:
    said = "The last recruiter I dealt with never replied, so this was a pleasure."
    assert "unsupported_claim" not in _codes(check_claims, said)


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        pytest.param("Since we met, our team finished the forklift safety course.", False, id="no-such-item"),
        pytest.param("Since we met, our team passed the Dutch NT2 level II exam.", True, id="own-credential-as-team"),
        pytest.param("Since we met, I passed the Dutch NT2 level II exam again.", False, id="said-as-mine"),
    ],
)
def test_a_credential_of_the_candidate_told_as_the_teams(said: str, fires: bool) -> None:
    found = [f for f in _findings(check_claims, said) if "team" in f.message and "alone; say 'I'" in f.message]
    assert bool(found) is fires


def test_jotted_items_pasted_as_a_label_before_a_colon() -> None:
    item = "relocation to Caen, start date March"
    notes = notes_from_text(CIDER.replace("      - late bottle deliveries", f"      - {item}\n      - late"), "c.yaml")
    send = notes.interview.start + timedelta(hours=3)
    plan = make_plan(notes, send, feedback_request=False)
    body = "Dear Claire,\n\nThank you for today. Relocation to Caen, start date March: both fine for me.\n\nBest,\nRavi"
    draft = Draft(Kind.thank_you, "Claire Dubois", Channel.email, "Thank you", body, "test", "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you), None)
    codes = {f.code for f in check_fluency(draft, CheckContext(notes, send, plan, planned))}
    assert "pasted_item" in codes


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        pytest.param("I hope you are well. The keg lids stayed with me, and I hope you're well rested.", True, id="x2"),
        pytest.param(
            "I think the lids crack in the cold. I think R could help, and I think I could start.", True, id="3"
        ),
        pytest.param("I think the lids crack in the cold, and I think R could help.", False, id="hedge-twice"),
        pytest.param("I hope the new orchard thrives. The keg lids stayed with me.", False, id="hope-once"),
    ],
)
def test_a_formula_twice_or_a_hedge_three_times_is_a_repeat(said: str, fires: bool) -> None:
    assert ("repeated_phrase" in _codes(check_fluency, said)) is fires


@pytest.mark.parametrize(("jotted", "flagged"), [("tank racking, Sep-Oct rush", False), ("tank racking rush", True)])
def test_a_month_range_jotted_with_a_hyphen_names_both_months(jotted: str, flagged: bool) -> None:
    notes = notes_from_text(
        CIDER.replace("      - late bottle deliveries", f"      - {jotted}\n      - late"), "m.yaml"
    )
    send = notes.interview.start + timedelta(hours=3)
    plan = make_plan(notes, send, feedback_request=False)
    body = "Dear Claire,\n\nThank you for today. I could help with racking in September.\n\nBest,\nRavi Menon"
    draft = Draft(Kind.thank_you, "Claire Dubois", Channel.email, "Thank you", body, "test", "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you), None)
    found = {f.code for f in check_facts(draft, CheckContext(notes, send, plan, planned))}
    assert ("unsupported_date" in found) is flagged


@pytest.mark.parametrize(
    ("said", "fires"),
    [
        pytest.param(
            "I was sorry to lose out to a younger cellar hand, and would value your view.", True, id="younger"
        ),
        pytest.param("I understand you went with an internal applicant this time.", True, id="internal"),
        pytest.param("I understand you went with another candidate, and I wish them well.", False, id="neutral"),
    ],
)
def test_the_one_they_chose_described_where_the_notes_never_do(said: str, fires: bool) -> None:
    assert ("unsupported_rival" in _codes(check_facts, said)) is fires
