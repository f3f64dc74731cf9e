"""Classes of fault read from the spent blind15 held-out half (issue 15, checks14), each tested on cases made up
here: a library archivist and a city library, other names and wordings than the drafts they were read from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.grammar import check_grammar
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.purpose import check_purpose
from afterview.guardrails.tone import check_tone
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

# A made-up interview: a digital collections coordinator and a city library.
ARCHIVE = """
candidate:
  name: Lukas Berg
  highlights:
    - built the metadata-cleanup script in Python used by 12 cataloguers at Stadtarchiv Kiel
    - digitised 40,000 glass-plate negatives at Stadtarchiv Kiel (team of 4)
    - we cut the scanning backlog from 9 months to 3 at Stadtarchiv Kiel
    - photo-order turnaround 10 days -> 6 days after the new request form
    - 11 yrs in archives, last 4 as scanning lead at Stadtarchiv Kiel
  since_interview:
    - finished the IIIF image server course
position: Digital Collections Coordinator
company:
  name: Nordbib
  news:
    - opened a reading room for the map collection
    - signed a Danish-language digitisation contract
interview:
  at: 2026-11-26T10:00
  timezone: Europe/Berlin
  duration_minutes: 60
  format: video
  decision_by: 2026-12-10
  outcome: pending
interviewers:
  - name: Greta Holm
    title: Head of Collections
    role: hiring_manager
    email: greta@nordbib.example
    topics:
      - the newspaper microfilm migration
      - the donor letters exhibition
      - "next round: pension scheme details"
      - relocation package at the offer stage
    challenges:
      - loan requests sit in a shared inbox for weeks
      - the team reduced catalogue errors by 30% last year
      - new cataloguers take ~6 wks to learn the local scheme
      - map loans from Polish archives
    rapport:
      - both studied at Universite Laval
requested:
  - a 90-day plan outline
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _notes(outcome: str = "pending") -> Notes:
    return notes_from_text(ARCHIVE.replace("outcome: pending", f"outcome: {outcome}"), "archive.yaml")


def _codes(check: Check, said: str, kind: Kind = Kind.thank_you, at: datetime | None = None, **kw: str) -> set[str]:
    n = _notes(kw.get("outcome", "pending"))
    send = at or n.interview.start + timedelta(hours=3)
    plan = make_plan(n, n.interview.start + timedelta(hours=3))
    body = f"Dear Ms Holm,\n\nThank you for the conversation about the newspaper microfilm migration. {said}\n\n"
    body += "Kind regards,\nLukas Berg"
    draft = Draft(kind, "Greta Holm", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    return {f.code for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"}


# 1. A relative clause before its verb: "the sheet I built for 60 singers in Porto gave ..." names the work first.
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("The cleanup script I built for 12 cataloguers in Kiel gave everyone one list of broken records.", False),
        ("The Python tool I wrote at Stadtarchiv Kiel made the cataloguers' fixes visible to everyone.", False),
        ("The glass-plate workflow I designed for the team in Kiel kept every plate traceable.", False),
        ("The loan tracker I built at Stadtarchiv Kiel cleared the shared inbox in a week.", True),
        ("The exhibition planner I built at Stadtarchiv Kiel shortened the donor letters work.", True),
        ("The cleanup scripts I've built in Kiel have saved the cataloguers hours.", False),
        ("Microfilm migration is what I spent most of my time on at Stadtarchiv Kiel.", True),
        ("Glass-plate negatives are what I spent most of my time on at Stadtarchiv Kiel.", False),
    ],
)
def test_a_relative_clause_names_its_work_before_the_candidate(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is claimed


@pytest.mark.parametrize(
    "said",
    [
        "I know I stumbled on the question about loan requests and mishandled the shared inbox example.",
        "I rambled on the microfilm migration question, I'm afraid.",
    ],
)
def test_running_oneself_down_about_the_interview_claims_no_work(said: str) -> None:
    assert "unsupported_claim" not in _codes(check_claims, said)


# 2. Credit: a team's result said as the candidate's alone.
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("At Stadtarchiv Kiel I cut the scanning backlog from 9 months to 3.", True),
        ("I digitised 40,000 glass-plate negatives at Stadtarchiv Kiel.", True),
        ("We digitised 40,000 glass-plate negatives at Stadtarchiv Kiel.", False),
        ("My team and I cut the scanning backlog from 9 months to 3.", False),
        ("With three colleagues I digitised 40,000 glass-plate negatives in Kiel.", False),
        ("I built the metadata-cleanup script in Python for 12 cataloguers.", False),
        ("I would love to cut the loan backlog the way we did the scanning backlog.", False),
        ("I cut the scanning backlog from 9 months to 3 after we added a second scanner.", True),
        ("I cut the scanning backlog from 9 months to 3 together with two colleagues.", False),
    ],
)
def test_a_team_result_said_as_the_candidates_alone_is_unsupported(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is claimed


@pytest.mark.parametrize(
    ("said", "ours"),
    [
        ("I am excited about how we'll digitise the map collection and how we train new cataloguers.", True),
        ("I am excited about how we will scale the reading rooms.", True),
        ("At Stadtarchiv Kiel we cut the scanning backlog from 9 months to 3.", False),
    ],
)
def test_the_companys_future_and_ways_in_the_first_person(said: str, ours: bool) -> None:
    assert ("not_our_team" in _codes(check_claims, said)) is ours


@pytest.mark.parametrize(
    ("said", "linked"),
    [
        ("It is clear that the map reading room is what prompted the newspaper microfilm migration.", True),
        ("The map reading room clearly sparked the newspaper microfilm migration.", True),
        (
            "Congratulations on the map reading room. It is no surprise after the newspaper microfilm migration;"
            " readers clearly wanted more.",
            True,
        ),
        ("The reading room for the map collection prompted me to read up on map metadata.", False),
    ],
)
def test_one_of_their_things_told_as_the_cause_of_another(said: str, linked: bool) -> None:
    assert ("causal_link" in _codes(check_claims, said)) is linked


# 3. Facts: a percent of common speech; the weekday the letter is sent.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Nordbib is 100% where I want to be.", False),
        ("I'm 100% committed to the role.", False),
        ("I would give it 110% from day one.", False),
        ("We got 100% of the plates scanned.", True),
        ("Our error checks were 100% accurate.", True),
    ],
)
def test_a_percent_of_common_speech_is_no_figure(said: str, flagged: bool) -> None:
    assert ("unsupported_number" in _codes(check_facts, said)) is flagged


@pytest.mark.parametrize(("said", "flagged"), [("Have a great Friday.", False), ("Enjoy your Tuesday.", True)])
def test_the_weekday_it_is_sent_is_the_candidates_to_name(said: str, flagged: bool) -> None:
    friday = datetime.fromisoformat("2026-11-27T09:00:00+01:00")
    assert ("unsupported_date" in _codes(check_facts, said, at=friday)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Thank you also for going through the pension scheme details with me.", True),
        ("I appreciated the detail on the pension scheme.", True),
        ("Thank you for explaining the relocation package so clearly.", True),
        ("I look forward to hearing about the pension scheme details in the next round.", False),
        ("I enjoyed hearing about the donor letters exhibition.", False),
    ],
)
def test_what_the_notes_put_off_to_a_later_round_was_not_discussed(said: str, flagged: bool) -> None:
    assert ("not_yet_discussed" in _codes(check_facts, said)) is flagged


# 4. Self-reflection in a feedback request is no dispute.
@pytest.mark.parametrize(
    ("said", "disputed"),
    [
        ("I would value any feedback on where I could have been a stronger candidate.", False),
        ("I would love to hear how I could have made a stronger case.", False),
        ("Honestly, I would have been a better hire than whoever you chose.", True),
        ("I think you could have made a better choice.", True),
    ],
)
def test_asking_where_one_could_have_been_stronger_is_no_dispute(said: str, disputed: bool) -> None:
    codes = _codes(check_negativity, said, Kind.feedback_request, outcome="rejected")
    assert ("disputes_decision" in codes) is disputed


# 5. Grammar: 'were' after a plural subject is a verb, not a slip for 'where'.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("The rules about where people could stand while it was moving were the first thing we agreed on.", False),
        ("The loan requests that sat in the inbox while we were moving offices were the first thing I sorted.", False),
        ("I went were the boxes are.", True),
    ],
)
def test_were_is_only_a_slip_for_where_where_a_place_is_meant(said: str, flagged: bool) -> None:
    assert ("typo" in _codes(check_grammar, said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("The number of loan requests caused by late returns are clearly a strain on the desk.", True),
        ("A number of loan requests are still open.", False),
        ("I enjoyed hearing how the scanners needs to be calibrated every week.", True),
        ("I saw that the volunteers needs more training.", True),
        ("I enjoyed hearing how the reading rooms work on Sundays.", False),
        ("I liked how the news helps readers.", False),
    ],
)
def test_agreement_with_the_subject_harper_does_not_parse(said: str, flagged: bool) -> None:
    assert ("agreement" in _codes(check_grammar, said)) is flagged


# 6. Tone and negativity, each in its own family.
@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("You said a decision would come by 10 December, so I had expected to hear from you by now.", "impatient"),
        ("I had hoped to get an answer already, given the timeline you mentioned.", "impatient"),
        ("I am confident you will not find a more committed candidate for the role.", "presumptuous"),
    ],
)
def test_pressure_said_politely_is_still_pressure(said: str, code: str) -> None:
    late = datetime.fromisoformat("2026-12-14T10:00:00+01:00")
    assert code in _codes(check_tone, said, Kind.status_check, at=late)


def test_a_question_about_finding_someone_is_no_pressure() -> None:
    assert "presumptuous" not in _codes(check_tone, "Do you think you will find a stronger fit internally?")


@pytest.mark.parametrize(
    ("said", "harsh"),
    [
        ("Your loan desk is, frankly, chaotic: requests vanish in the inbox.", True),
        ("A shared inbox is not a tracking system.", True),
        ("It sounds like the microfilm index is pretty much useless right now.", True),
        ("I know the shared inbox is not ideal, and I would be glad to help.", False),
        ("The migration plan is not a plan for the map room, but it is a start.", False),
    ],
)
def test_a_harsh_verdict_on_their_thing_is_negativity(said: str, harsh: bool) -> None:
    codes = _codes(check_negativity, said)
    assert bool(codes & {"harsh_restatement", "negative_remark"}) is harsh
    assert not (_codes(check_tone, said) & {"harsh_restatement", "negative_remark"})


# --- classes read from blind16's tune half (checks14), on the made-up archive interview --------------------------
@pytest.mark.parametrize(
    ("said", "kind", "code"),
    [
        (
            "I would really value a few words of feedback on how I handled the microfilm question.",
            "fr",
            "no_feedback_question",
        ),
        ("Do you have a sense of when you'll decide?", "sc", "no_status_question"),
        ("Even a short reply about the decision would help me plan.", "sc", "no_status_question"),
    ],
)
def test_asks_said_with_an_adverb_or_a_verb_still_ask(said: str, kind: str, code: str) -> None:
    if kind == "fr":
        codes = _codes(
            check_purpose,
            f"Thank you for letting me know your decision. {said}",
            Kind.feedback_request,
            outcome="rejected",
        )
    else:
        late = datetime.fromisoformat("2026-12-14T10:00:00+01:00")
        codes = _codes(check_purpose, said, Kind.status_check, at=late)
    assert code not in codes


@pytest.mark.parametrize(
    ("said", "code", "flagged"),
    [
        ("With so many autumn days lost to weather, I know the scanning rota is tight.", "weather_whether", False),
        ("I am not sure weather the panel has met yet.", "weather_whether", True),
        ("I led the re-cataloguing of the glass plates.", "miscellaneous", False),
        ("I appreciated you honesty about the loan requests.", "you_your", True),
        ("This internship mean everything to me.", "agreement", True),
        ("Each scanner need a daily check.", "agreement", True),
        ("This team need a lead, I think.", "agreement", False),
        ("The licences for the glass-plate scans are in order.", "spelling", False),
        ("The licenses for the scans are in ordr.", "spelling", True),
    ],
)
def test_grammar_classes_of_blind16(said: str, code: str, flagged: bool) -> None:
    assert (code in _codes(check_grammar, said)) is flagged


@pytest.mark.parametrize(
    ("said", "code", "flagged"),
    [
        ("It is a busy month for the library, so please don't feel rushed.", "process_jab", False),
        ("Their management never planned around the winter closures.", "badmouthing", True),
        (
            "The way loan requests get tracked at the moment sounded pretty painful and outdated.",
            "harsh_restatement",
            True,
        ),
    ],
)
def test_negativity_classes_of_blind16(said: str, code: str, flagged: bool) -> None:
    assert (code in _codes(check_negativity, said)) is flagged


@pytest.mark.parametrize(
    ("said", "code", "flagged"),
    [
        ("Thank you also for the courtesy of telling me directly.", "passive_aggressive", False),
        ("I'm not sure the panel fully appreciated how my Kiel work applies here.", "disputes_decision", True),
        (
            "I was surprised, as the questions about the loan desk were rather unfair, and the panel seem rushed.",
            "criticism",
            True,
        ),
    ],
)
def test_feedback_request_negativity_of_blind16(said: str, code: str, flagged: bool) -> None:
    codes = _codes(
        check_negativity, f"Thank you for letting me know. {said}", Kind.feedback_request, outcome="rejected"
    )
    assert (code in codes) is flagged


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("I know the six weeks new cataloguers need to learn the scheme is a long time.", "unsupported_number"),
        ("The new request form cut photo-order turnaround by about 40%.", "unsupported_number"),
    ],
)
def test_figures_the_notes_give_in_shorthand_or_as_a_change(said: str, code: str) -> None:
    assert code not in _codes(check_facts, said)


@pytest.mark.parametrize(
    "said",
    [
        "Greta and I touched on the loan requests too, so I'd love to hear how that is going.",
        "I have attached the 90-day plan outline you asked for; I built its milestones around the microfilm migration.",
    ],
)
def test_talk_and_preparing_what_they_asked_for_claim_no_work(said: str) -> None:
    assert "unsupported_claim" not in _codes(check_claims, said)


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("The map loans could grow well beyond Poland.", False),
        ("It was fun to find we both studied at Université Laval.", False),
        ("The map loans could grow well beyond Hungary.", True),
    ],
)
def test_a_name_the_notes_hold_in_another_form(said: str, flagged: bool) -> None:
    assert ("unsupported_name" in _codes(check_facts, said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Congratulations on the Swedish-language digitisation contract.", True),
        ("Congratulations on the Danish-language digitisation contract.", False),
        ("The Swedish press archive sounded fascinating.", False),
    ],
)
def test_a_kind_swapped_inside_a_detail_of_the_notes(said: str, flagged: bool) -> None:
    assert ("swapped_detail" in _codes(check_facts, said)) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Having spent the last four years as scanning lead in Kiel, I know the microfilm side well.", False),
        ("Having spent the last seven years as scanning lead in Kiel, I know the microfilm side well.", True),
    ],
)
def test_a_count_after_last_shares_the_unit_of_its_line(said: str, flagged: bool) -> None:
    assert ("unsupported_number" in _codes(check_facts, said)) is flagged
