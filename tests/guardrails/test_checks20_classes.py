"""Classes of fault read from the spent blind17-blind21 halves (issue 15, checks20), each tested on cases made up
here: a bicycle workshop in Porto, with other names, trades and wordings than the drafts they were read from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.placeholders import check_placeholders
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

WORKSHOP = """
candidate:
  name: Nadia Ferreira
  highlights:
    - 4 years at Oficina Rodas, Porto, wheel building and repairs
    - cut repair turnaround 5 days -> 2 days (team of 3, parts board)
    - hand-built 60 wheelsets for the city courier fleet (we were a crew of 2)
    - summer at a bike-rental shop in Aveiro, team of 5 -> fleet checks 15 min -> 9 min per bike
  since_interview:
    - passed the wheel-building course at the Lisbon cycling school
position: Workshop Lead
company:
  name: Ciclo Norte
  news:
    - opening a second workshop in Matosinhos in May
    - installed a 2.5 t hydraulic lift for cargo bikes
  pace: normal
  culture: casual
interview:
  at: 2026-11-25T10:00
  timezone: Europe/Lisbon
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Rui Tavares
    title: Workshop Manager
    role: hiring_manager
    email: rui@ciclonorte.example
    primary_contact: true
    topics:
      - e-cargo bike servicing for delivery firms
    challenges:
      - ~25% of repairs come back within a month
      - brake bleeding takes 50 min per bike
      - online bookings doubled, the front desk falls behind
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _findings(check: Check, said: str, notes: str = WORKSHOP) -> list[Finding]:
    n = notes_from_text(notes, "workshop.yaml")
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send, feedback_request=False)
    body = f"Hi Rui,\n\nThank you for the visit to the workshop today. {said}\n\nBest,\nNadia Ferreira"
    draft = Draft(Kind.thank_you, "Rui Tavares", Channel.email, "Thank you", body, "test", "casual")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you and p.to.name == "Rui Tavares"), None)
    return [f for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"]


def _codes(check: Check, said: str, notes: str = WORKSHOP) -> set[str]:
    return {f.code for f in _findings(check, said, notes)}


# 1. Claims: a team's result told as 'I' (words of the interviewer's problem in another part of the sentence share
# nothing; a crew named anywhere in the item shares it; a compound verb is a deed); time spent somewhere is no deed.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            "You said each crew loses a morning to brake bleeding \u2014 at Oficina Rodas I cut repair turnaround"
            " from 5 days to 2 with a parts board.",
            id="unit-crew-in-other-part",
        ),
        pytest.param("I hand-built 60 wheelsets for the city courier fleet myself.", id="crew-item-compound-verb"),
        pytest.param(
            "Bleeding takes 50 min per bike; I cut repair turnaround to 2 days with a parts board.", id="semi"
        ),
    ],
)
def test_team_result_told_as_i_is_a_claim(said: str) -> None:
    assert "unsupported_claim" in _codes(check_claims, said), said


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("With a team of three, I cut repair turnaround from 5 days to 2 with a parts board.", id="with"),
        pytest.param("With one colleague I hand-built the 60 wheelsets for the city courier fleet.", id="colleague"),
        pytest.param("I spent a summer at a bike-rental shop in Aveiro, fixing rental bikes.", id="spent-summer"),
        pytest.param("I spent two years at Oficina Rodas on wheel building.", id="spent-years"),
    ],
)
def test_shared_or_presence_is_no_solo_claim(said: str) -> None:
    assert "unsupported_claim" not in _codes(check_claims, said), said


# 2. Claims: 'our team of N' with the size of the candidate's own past team is that team; a company thing named
# with a decimal figure ("our new 2.5 t lift") is still theirs.
def test_own_team_of_its_size_is_the_past_team() -> None:
    said = (
        "At Oficina Rodas we had no online bookings; our team of three took bookings at the desk by hand, which worked."
    )
    assert "not_our_team" not in _codes(check_claims, said)


def test_company_thing_with_a_decimal_figure_is_theirs() -> None:
    said = "Since the arrival of our new 2.5 t hydraulic lift, I have thought about how cargo bikes could move faster."
    assert "not_our_team" in _codes(check_claims, said)


# 3. Claims: their change given as the reason is no result claimed; their thing worked on, told as done, is.
def test_their_change_as_the_reason_is_no_result_claimed() -> None:
    said = "I passed the wheel-building course, which should help at the desk now that online bookings have doubled."
    assert "unsupported_claim" not in _codes(check_claims, said)


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Since we met I got your brake bleeding down to 30 min by using a new jig.", id="got-yours-down"),
        pytest.param(
            "In Braga, where I introduced e-cargo bike servicing for delivery firms, the vans were always late.",
            id="place-where-i",
        ),
    ],
)
def test_their_work_told_as_done_is_a_claim(said: str) -> None:
    assert "unsupported_claim" in _codes(check_claims, said), said


def test_their_work_offered_is_no_claim() -> None:
    said = "I'd love to get your brake bleeding down to 30 min with a bleed jig."
    assert "unsupported_claim" not in _codes(check_claims, said)


# 4. Facts: a share in words that does not fit the notes' percent; a place swapped in a news item with one more of
# its words; four capitals spelling a word are shouting, not a name; a TODO before an instruction is a placeholder.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param("It surprised me that almost half of repairs come back within a month.", id="almost-half"),
        pytest.param("Two thirds of repairs coming back within a month is a lot to absorb.", id="two-thirds"),
    ],
)
def test_share_in_words_against_the_notes_percent(said: str) -> None:
    assert "unsupported_number" in _codes(check_facts, said), said


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("It surprised me that about a quarter of repairs come back within a month.", id="a-quarter"),
        pytest.param("Nearly a third of repairs coming back within a month is costly.", id="nearly-third"),
        pytest.param("At Oficina Rodas we cut repair turnaround by half with a parts board.", id="by-half"),
    ],
)
def test_share_in_words_that_fits(said: str) -> None:
    assert "unsupported_number" not in _codes(check_facts, said), said


def test_news_place_swapped_with_one_more_word() -> None:
    assert "wrong_place" in _codes(check_facts, "Good luck opening the workshop in Braga this spring.")
    assert "wrong_place" not in _codes(check_facts, "Good luck opening the workshop in Matosinhos this spring.")


def test_capitals_spelling_a_word_are_no_name() -> None:
    assert "unsupported_name" not in _codes(check_facts, "Your new truing stand is a NEAT step up.")
    assert "unsupported_name" in _codes(check_facts, "I trained on the SRAM kit at Oficina Rodas.")


def test_todo_before_an_instruction_is_a_placeholder() -> None:
    said = "The brake bleeding demo was great, and TODO check the lift capacity."
    assert "placeholder" in _codes(check_placeholders, said)
    assert "unsupported_name" not in _codes(check_facts, said)


# 5. Negativity: a verdict of disorder or makeshift work on their problem, even when it quotes the problem; a neutral
# restatement or the candidate's own improvising is none.
@pytest.mark.parametrize(
    "said",
    [
        pytest.param(
            "Honestly, 50 minutes to bleed one bike's brakes seems pretty disorganised for a shop your size.",
            id="disorganised",
        ),
        pytest.param("Your e-cargo bike servicing for delivery firms sounded a bit improvised to me.", id="improvised"),
        pytest.param("The front desk looked rather haphazard when the bookings came in.", id="haphazard"),
    ],
)
def test_verdict_on_their_problem_is_negativity(said: str) -> None:
    assert [f for f in _findings(check_negativity, said) if f.severity == "error"], said


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Bleeding brakes in 50 minutes per bike sounds like a lot of careful work.", id="restatement"),
        pytest.param("At Oficina Rodas we improvised a parts board out of pegboard and it stuck.", id="own-improvised"),
    ],
)
def test_neutral_restatement_is_no_negativity(said: str) -> None:
    assert not [f for f in _findings(check_negativity, said) if f.severity == "error"], said


# 6. Negativity: the candidate's know-how of weak points is expertise, not a negative sentence.
def test_know_how_of_weak_points_reads_neutral() -> None:
    said = "After four years of wheel building I know where spokes are weakest and why cheap rims crack."
    assert "negative_sentence" not in _codes(check_negativity, said)


# 7. Clean near-misses read from the blind22 tune half (checks20), on a second invented workshop: a team the
# candidate ran is their own deed; a rate in words is a share; pain borne by them is sympathy; the decision as a
# possibility is no self-deprecation; an effect on the conversation is no result; a coast their timezone gives is
# in the notes; one thing tried before the whole range is no count.
LOFT = (
    WORKSHOP.replace(
        "    - 4 years at Oficina Rodas, Porto, wheel building and repairs\n",
        "    - ran the service desk at Oficina Rodas 3 yrs, team of 5\n",
    )
    .replace("    primary_contact: true\n", "    primary_contact: true\n    timezone: America/Toronto\n")
    .replace("      - ~25% of repairs come back within a month\n", "      - ~30% of repairs come back within a month\n")
    .replace("    challenges:\n", "    rapport:\n      - both raced cyclocross in Braga\n    challenges:\n")
)


@pytest.mark.parametrize(
    ("check", "said", "code"),
    [
        pytest.param(
            check_claims,
            "At Oficina Rodas, where I ran the service desk for three years, repairs flowed.",
            "unsupported_claim",
            id="ran-own-team",
        ),
        pytest.param(
            check_facts,
            "Losing roughly three repairs in ten within a month is a real cost.",
            "unsupported_number",
            id="rate-in-words",
        ),
        pytest.param(
            check_negativity,
            "Three mechanics leaving in a year is painful for a shop of your size.",
            "criticism",
            id="pain-for-them",
        ),
        pytest.param(
            check_negativity,
            "If it isn't the right fit this time, I'd still be glad to hear your view.",
            "self_deprecation",
            id="decision-possible",
        ),
        pytest.param(
            check_claims,
            "We both raced cyclocross in Braga, which made the start of the conversation easy.",
            "causal_link",
            id="effect-on-talk",
        ),
        pytest.param(
            check_facts,
            "Thank you for joining from the East Coast so early in your day.",
            "unsupported_name",
            id="coast-of-timezone",
        ),
        pytest.param(
            check_facts,
            "It may be worth truing one wheelset first before moving the whole bench over.",
            "unsupported_number",
            id="one-before-whole",
        ),
    ],
)
def test_clean_near_misses_read_clean(check: Check, said: str, code: str) -> None:
    assert code not in _codes(check, said, LOFT), said


# 8. Claims: a deed whose object comes before the 'I' ("the checklist I designed at X") is told of that object, not
# of the place's team.
HEAD = WORKSHOP.replace(
    "    - 4 years at Oficina Rodas, Porto, wheel building and repairs\n",
    "    - head mechanic at Oficina Rodas, Porto, workshop team of 6\n    - designed a tubeless-setup checklist\n",
)


def test_object_before_the_i_is_the_deed() -> None:
    said = "I would adapt the tubeless-setup checklist I designed at Oficina Rodas."
    assert "unsupported_claim" not in _codes(check_claims, said, HEAD)


def test_led_item_with_our_team_still_shares_its_result() -> None:
    notes = WORKSHOP.replace(
        "    - 4 years at Oficina Rodas, Porto, wheel building and repairs\n",
        "    - led the courier repair line at Oficina Rodas, our team of 4 serviced 300 bikes a month\n",
    )
    said = "At Oficina Rodas I serviced 300 bikes a month on the courier line."
    assert "unsupported_claim" in _codes(check_claims, said, notes)
