"""Classes of fault read from the spent blind16 held-out half and the real model's run6 drafts (issue 15, checks15),
each tested on cases made up here: a greenhouse grower and a farm company, other names and wordings than the drafts
they were read from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.personalization import check_personalization
from afterview.guardrails.tone import check_tone
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a greenhouse operations lead and a farm company in Ecuador.
FARM = """
candidate:
  name: Inés Carvajal
  highlights:
    - managed irrigation for 9 greenhouses at Verdeluz Farms (2020-2025)
    - cut water use by 18% at Verdeluz Farms, with the agronomy team (team of 5)
    - wrote an R script that turns sensor logs into yield charts
  since_interview:
    - finished the IPM pest scouting course
position: Greenhouse Operations Lead
company:
  name: Hortalia
  news:
    - opened its 4th site, in Latacunga
    - opens a packhouse in Salcedo on 15 Dec
    - won a Fairtrade award on 3 March 2025
interview:
  at: 2026-11-26T10:00
  timezone: America/Guayaquil
  duration_minutes: 60
  format: onsite
  outcome: pending
interviewers:
  - name: Tomás Ruiz
    title: Head of Production
    role: hiring_manager
    email: tomas@hortalia.example
    topics:
      - growing from 4 to 7 sites by 2029
      - packing line runs 2 days a week, want 3
      - "his q: how would I plan my first month on the farms?"
    challenges:
      - rose stems rejected at the Miami hub, ~6% of boxes
      - cold-room doors left open during loading
      - water bills up 30% at the Latacunga site
    rapport:
      - both grew up in Cuenca
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _notes() -> Notes:
    return notes_from_text(FARM, "farm.yaml")


def _codes(
    check: Check, said: str, kind: Kind = Kind.thank_you, at: datetime | None = None, opening: str | None = None
) -> set[str]:
    n = _notes()
    send = at or n.interview.start + timedelta(hours=3)
    plan = make_plan(n, n.interview.start + timedelta(hours=3))
    first = "Thank you for the conversation about growing from 4 to 7 sites." if opening is None else opening
    body = f"Dear Tomás,\n\n{first} {said}\n\n"
    body += "Kind regards,\nInés Carvajal"
    draft = Draft(kind, "Tomás Ruiz", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    return {f.code for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


# 1a. A figure another notes item gives, beside the thing that item counts, is supported even when the words around
# it share more with an item of another figure.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I bring the experience of running 9 greenhouses day to day.", False),
        ("Small changes add up across nine greenhouses when the packing line runs every day.", False),
        ("I bring the experience of running 12 greenhouses day to day.", True),
        ("Moving the packing line to 5 days a week would be a big change.", True),
    ],
)
def test_a_figure_of_another_item_said_with_its_thing_is_supported(said: str, flagged: bool) -> None:
    assert ("unsupported_number" in _codes(check_facts, said)) is flagged


# 1b. A demonym in another language's form of a place the notes name.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("It was a pleasure to meet a fellow Cuencano.", False),
        ("It was a pleasure to meet a fellow Cuencana.", False),
        ("It was a pleasure to meet a fellow Quiteño.", True),
    ],
)
def test_a_demonym_of_a_notes_place_in_any_language_is_supported(said: str, flagged: bool) -> None:
    assert ("unsupported_name" in _codes(check_facts, said)) is flagged


# 1c. A sharing site named as where the candidate's own work lives is no fact to support.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("My R script and a few sample yield charts are on GitLab if useful.", False),
        ("Here is the GitLab link to the yield charts my script draws.", False),
        ("I admired how GitLab's staff rebuilt their greenhouse dashboards.", True),
    ],
)
def test_a_sharing_site_for_the_candidates_own_work_is_supported(said: str, flagged: bool) -> None:
    assert ("unsupported_name" in _codes(check_facts, said)) is flagged


# 1d. Offering to take less pay is a plea (tone's), not a pay fact to support; a pay figure still is.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I would gladly begin on a reduced trial salary if that helps.", False),
        ("I could also come in at a more modest pay level at first.", False),
        ("My salary expectation is around USD 40,000 a year.", True),
    ],
)
def test_an_offer_of_lower_pay_is_no_pay_fact(said: str, flagged: bool) -> None:
    assert ("unsupported_pay" in _codes(check_facts, said) or "unsupported_money" in _codes(check_facts, said)) is (
        flagged
    )


# 2. Familiarity told with the candidate's own item on the same subject claims no work; bare, or beside an item on
# another subject, it does.
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("Water waste is a problem I know well. At Verdeluz Farms our team of five cut water use by 18%.", False),
        ("High bills are a problem I know well. At Verdeluz Farms our team of five cut water use by 18%.", False),
        ("High bills are a problem I know well: at Verdeluz Farms our team of five cut water use by 18%.", False),
        # an own item on another subject grounds nothing
        ("Open cold-room doors are a challenge I have solved before. I managed irrigation for 9 greenhouses.", True),
        ("Rejected rose stems at the Miami hub are a problem I know well.", True),
    ],
)
def test_familiarity_grounded_in_an_own_item_is_no_claim(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is claimed


# 3a. A team's deed said alone: "single-handedly" or beside "our discussion" shares nothing.
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("I liked our discussion, and I hope it came across that I cut water use by 18% at Verdeluz Farms.", True),
        ("At Verdeluz Farms I single-handedly cut water use by 18%.", True),
        ("At Verdeluz Farms I cut water use by 18% on my own.", True),
        ("At Verdeluz Farms I cut water use by 18% with the agronomy team.", False),
        ("I liked our discussion; at Verdeluz Farms we cut water use by 18%.", False),
    ],
)
def test_a_team_deed_said_alone_is_unsupported(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is claimed


# 3b. Two of their items joined as cause and effect, the effect named in one word.
@pytest.mark.parametrize(
    ("said", "linked"),
    [
        ("From what you said, the rejections are surely a result of cold-room doors left open during loading.", True),
        ("The rejections at the Miami hub sound hard, and so do the cold-room doors.", False),
    ],
)
def test_their_items_joined_as_cause_and_effect_are_a_causal_link(said: str, linked: bool) -> None:
    assert ("causal_link" in _codes(check_claims, said)) is linked


# 4a. Who asked whom: their question to the candidate thanked as the candidate's question they answered.
@pytest.mark.parametrize(
    ("said", "swapped"),
    [
        ("I was glad to hear how you answered my question about how I would plan my first month on the farms.", True),
        ("Thank you for your question about how I would plan my first month on the farms.", False),
        ("You asked me how I would plan my first month on the farms, and I have kept thinking about it.", False),
    ],
)
def test_their_question_told_as_the_candidates_is_swapped(said: str, swapped: bool) -> None:
    assert ("swapped_asker" in _codes(check_facts, said)) is swapped


# 4b. News dated after the send day told as done; news dated long before told as recent.
@pytest.mark.parametrize(
    ("said", "code", "flagged"),
    [
        ("Congratulations on opening the Salcedo packhouse on 15 December.", "news_not_yet", True),
        ("Good luck with the Salcedo packhouse opening on 15 December.", "news_not_yet", False),
        ("I hope the packhouse in Salcedo opens smoothly on 15 December.", "news_not_yet", False),
        ("Congratulations on your recent Fairtrade award.", "stale_news", True),
        ("Congratulations again on the Fairtrade award.", "stale_news", False),
    ],
)
def test_news_told_at_the_wrong_time_is_a_fact_error(said: str, code: str, flagged: bool) -> None:
    assert (code in _codes(check_facts, said)) is flagged


# 5a. A thank-you whose only words from a topic are the role's own title names nothing from the conversation.
@pytest.mark.parametrize(
    ("opening", "generic"),
    [
        ("Thank you for the chat about greenhouse operations and what the lead role means at Hortalia.", True),
        ("Thank you for the chat about the packing line and how often it runs.", False),
    ],
)
def test_the_roles_title_is_no_topic_reference(opening: str, generic: bool) -> None:
    assert ("generic" in _codes(check_personalization, "I look forward to hearing from you.", opening=opening)) is (
        generic
    )


# 5b. Negativity: a fault read into their problem, their problem made small, a former employer withholding access.
@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("If doors stay open during loading, it shows the crews aren't trained properly.", True),
        ("A simple checklist would solve that easily, and I could set it up.", True),
        ("At Verdeluz the owners never really involved the growers in planning.", True),
        ("My manager at Verdeluz never let me down when the harvest peaked.", False),
        ("Doors left open during loading are hard to police, and I would enjoy working on it.", False),
    ],
)
def test_these_remarks_are_negative(said: str, negative: bool) -> None:
    assert bool(_codes(check_negativity, said)) is negative


# 5c. Tone: a demand to be told where one stands, now.
@pytest.mark.parametrize(
    ("said", "pushy"),
    [
        ("I need to know where I stand by the end of the week.", True),
        ("I really need to hear back one way or the other.", True),
        ("I would be glad to know when you expect to decide.", False),
    ],
)
def test_a_demand_to_be_told_is_pushy(said: str, pushy: bool) -> None:
    assert ("pushy" in _codes(check_tone, said, Kind.status_check)) is pushy


# 3c. Told as done since the interview: only since_interview holds it (the highlights' words back nothing here).
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("Since we spoke I've finished the IPM pest scouting course and a drip irrigation refresher.", True),
        ("I have since completed an R yield charts workshop.", True),
        ("Since we spoke I've finished the IPM pest scouting course, which fits the Miami rejections.", False),
        ("Since our interview I have been sketching a water plan for Latacunga.", False),
    ],
)
def test_a_thing_told_as_done_since_the_interview_must_be_in_since_interview(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said, Kind.status_check)) is claimed


# 3d. The candidate's own work told as taken up by others, which its item does not say.
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("My R script for yield charts, which is now used by four growers in Ambato, could help here.", True),
        ("The R script I wrote for sensor logs has since been adopted across the cooperative.", True),
        ("My R script turns sensor logs into yield charts, and I would be glad to share it.", False),
    ],
)
def test_own_work_told_as_adopted_by_others_is_unsupported(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is claimed


# 3e. Two items joined by a connective of cause the older rule did not read.
@pytest.mark.parametrize(
    ("said", "linked"),
    [
        ("I wrote an R script for yield charts, cutting water use by 18% at Verdeluz Farms.", True),
        ("I wrote an R script for yield charts, so that water use fell by 18% at Verdeluz Farms.", True),
        ("I wrote an R script for sensor logs, which meant water use fell by 18% at Verdeluz.", True),
        ("I wrote an R script that turns sensor logs into yield charts, so that growers could read them.", False),
        ("At Verdeluz Farms we cut water use by 18%, and I also wrote an R script for yield charts.", False),
    ],
)
def test_own_items_joined_by_a_new_connective_are_a_causal_link(said: str, linked: bool) -> None:
    assert ("causal_link" in _codes(check_claims, said)) is linked
