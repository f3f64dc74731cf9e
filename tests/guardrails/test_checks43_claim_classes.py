"""Claims classes from the spent blind sets 25-39 (issue 15, checks43), each tested on drafts invented here, in other
industries than the corpora's: a result added to a real deed of the candidate's, a result pushed further than the
notes give it, and first-person words that claim no deed (a wish, a trip, a trait, a plan, what one saw)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a bakery shift lead and an industrial bakery.
BAKERY = """
candidate:
  name: Ines Moreau
  highlights:
    - ran the night bake for a team of 12 at Boulangerie Vautrin
    - cut scrap on the croissant line from 9% to 4% with a new proofing schedule
    - wrote the allergen changeover checklist used at Vautrin's three sites
position: Production Shift Lead
company:
  name: Grainhouse Bakeries
  news:
    - opened a frozen-dough plant in Lyon
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Paris
  duration_minutes: 60
  format: video
interviewers:
  - name: Paul Girard
    title: Plant Manager
    role: hiring_manager
    email: paul@grainhouse.example
    topics:
      - moving the baguette line to a two-shift pattern
    challenges:
      - oven downtime on the weekend runs
"""

# Another: a veterinary practice manager and a group of animal hospitals.
VETS = """
candidate:
  name: Dara Quinn
  highlights:
    - moved appointment booking at Riverside Vets onto an online calendar
    - cut missed vaccination recalls from monthly to twice a year with a text-reminder rota
  since_interview:
    - finished a course in controlled-drug record keeping
position: Practice Manager
company:
  name: Harbour Animal Hospitals
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Dublin
  duration_minutes: 45
  format: onsite
interviewers:
  - name: Aoife Byrne
    title: Clinical Director
    role: hiring_manager
    email: aoife@harbourvets.example
    topics:
      - splitting the out-of-hours rota across two sites
    challenges:
      - reception queues on Saturday mornings
"""


def _codes(notes_text: str, middle: str, to: str) -> set[str]:
    notes = notes_from_text(notes_text, "invented.yaml")
    at = notes.interview.start + timedelta(hours=3)
    plan = make_plan(notes, at)
    planned = next(p for p in plan.messages if p.kind is Kind.thank_you)
    body = f"Dear {to.split()[0]},\n\nThank you for the interview this morning. {middle}\n\nBest regards,\nCandidate"
    draft = Draft(Kind.thank_you, to, Channel.email, None, body, "test", "warm")
    found = check_claims(draft, CheckContext(notes, at, plan, planned))
    return {f.code for f in found if f.severity != "info"}


def _bakery(middle: str) -> set[str]:
    return _codes(BAKERY, middle, "Paul Girard")


def _vets(middle: str) -> set[str]:
    return _codes(VETS, middle, "Aoife Byrne")


@pytest.mark.parametrize(
    "said",
    [
        # a result the notes give to no deed of hers
        "At Vautrin I wrote the allergen changeover checklist, and it cut customer complaints in half.",
        "At Vautrin we got croissant complaints down to two a month.",
        "Since we spoke I have shipped a stock dashboard, and it already cut delivery waits for two bakeries.",
        # a result pushed past what the notes give: scrap went to 4%, not to nothing
        "At Vautrin my proofing schedule cut croissant scrap to zero.",
    ],
)
def test_a_result_added_to_a_real_deed_is_claimed(said: str) -> None:
    assert "unsupported_claim" in _bakery(said)


@pytest.mark.parametrize(
    "said",
    [
        "At Riverside my text-reminder rota brought missed vaccination recalls down to zero.",
        "My online calendar at Riverside made consultations shorter and calmer.",
        "At Riverside I moved booking onto an online calendar, which cut phone queues by half.",
    ],
)
def test_a_result_added_to_a_real_deed_is_claimed_in_another_trade(said: str) -> None:
    assert "unsupported_claim" in _vets(said)


@pytest.mark.parametrize(
    "said",
    [
        "At Vautrin my proofing schedule cut scrap on the croissant line from 9% to 4%.",
        "At Riverside my text-reminder rota cut missed vaccination recalls to twice a year.",
        "I made the proofing schedule that cut croissant scrap at Vautrin.",
        "I took the night bake at Vautrin for three years.",
        "At Vautrin we raised the proofing temperature in small steps and watched the dough closely.",
        "The visit to the ovens made the morning feel less formal than I had feared.",
        "My old plant management cut corners whenever orders were high, and I pushed back.",
        "I got used to starting at 3am at Vautrin.",
        # (lead: an infinitive after the verb is no object: their plan talked about, no result of the candidate's)
        "I'm glad we got to talk about moving the baguette line to a two-shift pattern.",
    ],
)
def test_a_result_the_notes_give_or_no_result_at_all_is_not_flagged(said: str) -> None:
    notes = VETS if "Riverside" in said else BAKERY
    assert "unsupported_claim" not in _codes(notes, said, "Aoife Byrne" if notes is VETS else "Paul Girard")


@pytest.mark.parametrize(
    "said",
    [
        "I hope I develop the right skills alongside the new role.",
        "Having structured handovers would help me settle in quickly.",
        "I drove over to the Lyon plant on Saturday and the shop is beautiful.",
        "I have summarised how I would approach the two-shift pattern for the baguette line.",
        "I have developed a deep appreciation for the weekend oven crews.",
        "In my audits of the allergen changeovers I have seen how much the weekend crews rely on them.",
        "It made me think about how I'd pace my own work on a two-shift pattern.",
        "I hope my thesis on cut flower pricing came across as relevant.",
    ],
)
def test_words_that_claim_no_deed_are_not_claims(said: str) -> None:
    """A wish, a gerund subject, a trip, a summary of an approach, a trait, what one saw, a plan: no deed claimed."""
    assert "unsupported_claim" not in _bakery(said)


@pytest.mark.parametrize(
    "said",
    [
        "At Vautrin I fixed oven downtime on the weekend runs.",
        "Having fixed oven downtime on the weekend runs at Vautrin, I know the pattern.",
        "I drove down oven downtime on the weekend runs at Vautrin.",
        "I have developed a two-shift pattern for the baguette line at Vautrin.",
    ],
)
def test_their_work_claimed_in_the_same_shapes_is_still_flagged(said: str) -> None:
    assert "unsupported_claim" in _bakery(said)


@pytest.mark.parametrize(
    "said",
    [
        "At Vautrin I wrote the allergen checklist, and I also cut scrap on the croissant line from 9% to 4%.",
        "I keep wondering how the proofing schedule that cut croissant scrap from 9% to 4% might work on baguettes.",
        "Night starts were normal at Vautrin, so that pattern suits me.",
        "Your walk through the oven rota also made the role much clearer to me.",
    ],
)
def test_links_the_notes_make_or_no_link_at_all_are_no_causal_link(said: str) -> None:
    """A second deed after 'and I also', the item's own cause named right before 'that cut', and the writer's fit."""
    assert "causal_link" not in _bakery(said)


@pytest.mark.parametrize(
    "said",
    [
        "At Vautrin I wrote the allergen changeover checklist, which cut croissant scrap from 9% to 4%.",
        "At Vautrin I wrote the allergen changeover checklist, and it also cut scrap on the croissant line.",
        # (the employer's name is no part of the cause: the checklist is not the proofing schedule)
        "The allergen checklist I wrote for the Vautrin night crew is what brought croissant scrap down from 9% to 4%.",
    ],
)
def test_a_link_between_two_own_items_is_still_a_causal_link(said: str) -> None:
    assert "causal_link" in _bakery(said)


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("When we moved the baguette line to two shifts at Grainhouse last winter, we saw the ovens stall.", True),
        ("We cut the weekend oven downtime at Grainhouse Bakeries by changing the cleaning slot.", True),
        ("At Vautrin we moved the night bake to two shifts, which I would like to try at Grainhouse.", False),
        ("On the tour we walked the floor at Grainhouse and I liked the crews.", False),
        ("You and your team at Grainhouse moved the baguette line to two shifts, which impressed me.", False),
        ("We discussed the weekend runs at Grainhouse in detail.", False),
    ],
)
def test_past_work_as_we_at_the_hiring_company_is_not_the_candidates(said: str, flagged: bool) -> None:
    """'we' did something in the past at the company applied to: the candidate was never on that team."""
    assert ("not_our_team" in _bakery(said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("At Vautrin I ran the night bake for a team of 40.", True),
        ("At Vautrin my team of 40 bakers ran the night bake.", True),
        ("At Vautrin I ran the night bake for a team of twelve.", False),
        ("I would love to join a team of 30 at Grainhouse.", False),
        ("I enjoyed meeting a team of 30 so focused on quality.", False),
        ("I heard your team of 40 bakers handles the Lyon plant.", False),
    ],
)
def test_the_size_of_the_candidates_own_team_must_be_the_notes(said: str, flagged: bool) -> None:
    """An invented scale: the highlight gives a team of 12, so 'a team of 40' of the candidate's own is a new claim."""
    assert ("unsupported_claim" in _bakery(said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("At Grainhouse I cut croissant scrap from 9% to 4%.", True),
        ("The proofing schedule I wrote cut croissant scrap at Grainhouse from 9% to 4%.", True),
        ("I'd like to cut croissant scrap at Grainhouse from 9% to 4% as I did at Vautrin.", False),
        ("I cut croissant scrap from 9% to 4% at Vautrin and would love to do the same for Grainhouse.", False),
    ],
)
def test_a_result_told_as_done_at_the_hiring_company_is_misplaced(said: str, flagged: bool) -> None:
    """A result at the wrong employer: the notes give it at Vautrin, not at the company applied to."""
    assert ("misattributed_credit" in _bakery(said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I finished the controlled-drug record keeping course with distinction.", True),
        ("My talk on reminder rotas at the Dublin practice managers' meetup won the audience prize.", True),
        ("Since we spoke I gave a talk on recalls at a vets' meetup, which was the most-attended session.", True),
        ("At Riverside I pioneered online booking for small practices.", True),
        ("I finished the controlled-drug record keeping course last week.", False),
        ("I loved hearing that Harbour was the first practice group in Ireland to open a cat-only clinic.", False),
        ("Congratulations on your award for the out-of-hours service.", False),
        ("I've always believed the best results come when nurses and reception trust each other.", False),
    ],
)
def test_a_distinction_added_to_the_candidates_work_is_claimed(said: str, flagged: bool) -> None:
    """A rank, a prize, a first or a distinction is a claim of its own; the notes give none of these."""
    assert ("unsupported_claim" in _vets(said)) is flagged


def test_a_distinction_the_notes_give_is_not_flagged() -> None:
    notes = VETS.replace(
        "finished a course in controlled-drug", "finished with distinction a course in controlled-drug"
    )
    said = "I finished the controlled-drug record keeping course with distinction."
    assert "unsupported_claim" not in _codes(notes, said, "Aoife Byrne")


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I led a similar project at Vautrin, where we moved the baguette line to a two-shift pattern.", True),
        ("At Vautrin, where we moved the baguette line to a two-shift pattern, I ran the night bake.", True),
        ("I ran the night bake at Vautrin, where we cut scrap on the croissant line from 9% to 4%.", False),
        ("I'd like to see the line in Lyon, where we could try a two-shift pattern.", False),
    ],
)
def test_their_topic_done_where_the_candidate_worked_is_claimed(said: str, flagged: bool) -> None:
    """', where we moved X' after a former employer tells X as done there; X is their topic, not the candidate's."""
    assert ("unsupported_claim" in _bakery(said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("At Vautrin, adding a short huddle before every shift is what cut croissant scrap from 9% to 4%.", True),
        ("At Vautrin I added a short huddle before every shift, which cut croissant scrap from 9% to 4%.", True),
        ("At Vautrin I reworked the proofing times, which cut croissant scrap from 9% to 4%.", False),
        ("At Vautrin, a new proofing schedule is what cut croissant scrap from 9% to 4%.", False),
        # a part of the cause, or a routine that helped, hedges the link
        (
            "At Vautrin a short huddle was one of the changes that cut croissant scrap from 9% to 4%.",
            False,
        ),
        ("A weekly count is the kind of routine that helped me cut croissant scrap from 9% to 4% at Vautrin.", False),
    ],
)
def test_a_result_of_the_notes_put_down_to_a_cause_they_never_name(said: str, flagged: bool) -> None:
    """The notes give the result (scrap 9% -> 4%) with its own cause (a proofing schedule); a huddle is invented."""
    assert ("causal_link" in _bakery(said)) is flagged
