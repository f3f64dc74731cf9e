"""Classes of fault read from the spent blind16/blind17 halves and the real model's run7 drafts (issue 15, checks16),
each tested on cases made up here: a tile maker in Valencia, other names and wordings than the drafts they were read
from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from afterview.draft import Draft, Finding
from afterview.guardrails import CheckContext
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.grammar.mixups import word_mixups
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.personalization import check_personalization
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

TILES = """
candidate:
  name: Lucía Ferrer
  highlights:
    - ran glaze quality control for 3 kiln lines at Azulejos Levante (2019-2025)
    - cut kiln rejects from 7% to 4% at Azulejos Levante, with the QC team (team of 6)
    - built a Python dashboard for kiln temperature logs
    - ran a weekend ceramics class, ~20 regulars
  since_interview:
    - finished the ISO 9001 internal auditor course
position: Quality Engineer
company:
  name: Cerámica Turia
  news:
    - opened a second plant in Onda
    - signed a supply deal with a Dutch retailer
interview:
  at: 2026-11-26T10:00
  timezone: Europe/Madrid
  duration_minutes: 60
  format: video
  outcome: pending
interviewers:
  - name: Marta Soler
    title: Plant Manager
    role: hiring_manager
    email: marta@turia.example
    topics:
      - moving glaze checks from paper to tablets
      - the spectrophotometer bench
      - their SPC rollout, 8 KPIs by 2027
      - 5-year capex plan
    challenges:
      - glaze defects found only after firing
      - paper check sheets lost between shifts
      - scrap costs up 12% this year
    rapport:
      - both cycle to work
  - name: Jordi Vidal
    title: QC Technician
    role: peer
    email: jordi@turia.example
    timezone: America/Mexico_City
    topics:
      - colour matching for the Mexican distributor
  - name: Ana Ribas
    title: Recruiter
    role: recruiter
    email: ana@turia.example
    topics:
      - salary bands and start dates
requested:
  - a sample inspection checklist
"""

Check = Callable[[Draft, CheckContext], list[Finding]]


def _notes() -> Notes:
    return notes_from_text(TILES, "tiles.yaml")


def _codes(
    check: Check, said: str, kind: Kind = Kind.thank_you, to: str = "Marta Soler", first: str | None = None
) -> set[str]:
    n = _notes()
    send: datetime = n.interview.start + timedelta(hours=3)
    if kind is Kind.status_check:
        send = n.interview.start + timedelta(days=8)
    plan = make_plan(n, send)
    opening = "Thank you for the conversation about the spectrophotometer bench." if first is None else first
    body = f"Dear {to.split()[0]},\n\n{opening} {said}\n\nKind regards,\nLucía Ferrer"
    draft = Draft(kind, to, Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is kind), None)
    found = check(draft, CheckContext(n, send, plan, planned))
    return {f.code for f in found if f.severity != "info" or f.code == "no_value"}  # no_value is advice (info)


# 1. Negativity said sideways: each speech act in words harmless alone; neutral mentions stay clean.
@pytest.mark.parametrize(
    "said",
    [
        # a decision's reasons presumed with a shrug; a reply wished for out loud
        "I was surprised, given that I ran three kiln lines, but I suppose the panel had its reasons.",
        "I'm sure the board had its reasons, even if I can't see them.",
        "No doubt you had your reasons for choosing someone else.",
        "It would be nice to hear something, even a no.",
        # surprise argued from one's record; doubt that the panel understood
        "I was rather taken aback, considering my six years in glaze control.",
        "I'm not convinced the panel really understood what I did at Azulejos Levante.",
        "I doubt the interviewers fully grasped how my kiln work applies here.",
        # the wait
        "I had hoped for a quicker answer, to be honest.",
        "Three weeks seems a long time for a single decision.",
        # sarcasm about the process
        "Good to know the decision date was more of a suggestion.",
        "I'll take the silence as a yes, then.",
        "Clearly the calendar at Cerámica Turia runs on its own time.",
        # a person's conduct on the day, gossip about a named colleague
        "Jordi rushed me through the colour matching questions.",
        "Between you and me, it was a pity that Jordi hurried us through the bench demo.",
        "Off the record, Ana didn't seem very interested in my answers.",
        "I got the impression Jordi had somewhere better to be.",
        # their problem or an employer judged
        "Paper check sheets are a relic, and it's no surprise they get lost.",
        "Azulejos Levante was badly managed, which is why I'm looking to move.",
    ],
)
def test_a_negative_aside_is_caught(said: str) -> None:
    assert _codes(check_negativity, said)


@pytest.mark.parametrize(
    "said",
    [
        "I was disappointed, as I had been looking forward to the role.",
        "I was sorry to hear the news, but I understand you had many strong candidates.",
        "It was a shame we ran out of time before the Onda plant.",
        "Between us and the kiln team, we cut rejects by a third.",
        "Jordi walked me through the colour matching, which was a highlight.",
        "Finding glaze defects only after firing is a hard problem, and I would enjoy working on it.",
        "It has been ten days since we spoke, so I wanted to follow up.",
        "Looking back, I could have given a clearer example about sampling, and I'd value your view.",
        "Between you and me, I was nervous before the plant tour.",
    ],
)
def test_a_neutral_sentence_stays_clean(said: str) -> None:
    assert not _codes(check_negativity, said)


# 2. A count of the candidate's own work that no own item gives is a claim; a figure reported of the company is not.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Since then I tested 240 glaze samples on my own kiln at home.", True),
        ("At Azulejos Levante we inspected 900 tiles a shift by hand.", True),
        ("I ran glaze quality control for 3 kiln lines.", False),
        ("I was glad to read that the Onda plant has lifted output by 20%.", False),
        ("The Dutch deal, which I understand raised exports by 12%, sounds exciting.", False),
        ("I cut kiln rejects by 45% at Azulejos Levante.", True),
    ],
)
def test_a_count_of_own_work_is_a_claim_and_a_reported_figure_is_not(said: str, flagged: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is flagged


def test_a_count_of_own_work_is_the_claims_check_not_the_facts_check() -> None:
    assert "unsupported_number" not in _codes(check_facts, "Since then I tested 240 glaze samples at home.")
    assert "unsupported_number" in _codes(check_facts, "The Onda plant has 240 kilns, I believe.")


# 3. Their pace quoted is no decision timeline; a date the candidate asks for after it is the candidate's.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Since you said you're hiring quickly, I hope to hear back by Friday.", False),
        ("You mentioned the team is stretched, so I'd like to hear back by the end of the month.", False),
        ("You said you hoped to make a decision by the end of November.", True),
        ("Marta mentioned she would decide by next Friday.", True),
    ],
)
def test_their_pace_quoted_is_no_decision_timeline(said: str, flagged: bool) -> None:
    got = _codes(check_facts, said, kind=Kind.status_check, first="I hope the week is going well.")
    assert ("unsupported_timeline" in got) is flagged


# 4a. An earlier exchange the notes do not hold ("as I said in my last email" is passive-aggressive: negativity's);
# 4b. the hour of the call told from the wrong side.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Is there any news on the warehouse robotics project that I mentioned earlier?", True),
        ("As we discussed, the new export office in Lyon will need a quality lead.", True),
        ("I have been thinking about the paper check sheets we discussed.", False),
        ("The kiln temperature dashboard I mentioned is on GitHub now.", False),
        ("As we discussed, moving glaze checks to tablets would help the night shift.", False),
        ("Is there any update on the Quality Engineer position we discussed?", False),
    ],
)
def test_an_earlier_exchange_must_be_in_the_notes(said: str, flagged: bool) -> None:
    got = _codes(check_facts, said, kind=Kind.status_check, first="I hope the week is going well.")
    assert ("invented_exchange" in got) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        # 10:00 in Madrid is 03:00 in Mexico City: early for him, not for her
        ("Thank you for joining so early; I know it was an early start for you.", False),
        ("It was an early start for me, but worth it.", True),
        ("The call was a bit early for me, but I enjoyed it.", True),
    ],
)
def test_the_hour_of_the_call_is_told_from_the_right_side(said: str, flagged: bool) -> None:
    got = _codes(check_facts, said, to="Jordi Vidal", first="Thank you for talking about colour matching.")
    assert ("wrong_side_hour" in got) is flagged


# 5. 'you're' after reported speech is right when a verb follows; the noun after it still wants 'your'.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Since you said you're hiring urgently, I wanted to follow up.", False),
        ("You mentioned you're recruiting for two roles.", False),
        ("Thank you for sharing you're hiring plans.", True),
        ("It was good to meet you're hiring manager.", True),
    ],
)
def test_youre_after_reported_speech(said: str, flagged: bool) -> None:
    assert any(f.code == "your_youre" for f in word_mixups(said)) is flagged


# 6. A status check whose value is a discussed subject or a named item of theirs is no bare ask.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Congratulations on the news from Onda.", False),
        ("I keep coming back to our talk about firing.", False),
        ("I remain very interested in the role and the team.", True),
    ],
)
def test_a_status_check_naming_a_discussed_subject_adds_value(said: str, flagged: bool) -> None:
    got = _codes(
        check_personalization,
        said,
        kind=Kind.status_check,
        first="I wanted to ask whether there is an update on the Quality Engineer role.",
    )
    assert ("no_value" in got) is flagged


# 7. Classes read from blind18's tune half (made-up cases here).
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        # taking part is no credit taken alone; a team's result told as one's own is
        ("I worked on rejects at Azulejos Levante for six years.", False),
        ("I cut kiln rejects from 7% to 4% single-handedly.", True),
        # work done together with the reader that no own item holds
        ("I keep thinking about the tablet checklist we designed together.", True),
        # a figure of theirs moved onto the candidate by a past deed
        ("At Azulejos Levante I negotiated our scrap costs down by 12% in a year.", True),
        ("I would love to help bring the 12% scrap rise back down.", False),
        # the item they asked for, prepared, is no claim of past work
        ("I have also finished the sample inspection checklist you asked for.", False),
        # a reason for wanting the role is no causal claim
        ("I remain very interested in the role because it matches my night-shift work.", False),
        # an irregular past and a hedged figure retell the item
        ("I have run a weekly ceramics class for around twenty teenagers.", False),
    ],
)
def test_blind18_claim_classes(said: str, flagged: bool) -> None:
    assert bool(_codes(check_claims, said) & {"unsupported_claim", "causal_link"}) is flagged


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("I enjoyed hearing how the team thinks about the next three years.", False),
        ("If you ever have ten minutes, I'd welcome a short call.", False),
        ("The 8 KPIs planned by 2027 sound like a good start.", False),
        ("The 9 KPIs planned by 2027 sound like a good start.", True),
    ],
)
def test_blind18_figure_classes(said: str, flagged: bool) -> None:
    assert bool(_codes(check_facts, said) & {"unsupported_number"}) is flagged


@pytest.mark.parametrize(
    "said",
    [
        "Honestly, the tablet app is one of the clunkier inspection tools I have used.",
        "At two stars, it is not hard to see why operators give up on the checklist app.",
    ],
)
def test_a_ranking_or_blame_by_inference_is_negative(said: str) -> None:
    assert _codes(check_negativity, said)


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Our discussion about glaze checks across the two plants were the highlight.", True),
        ("Thank you for showing me how tiles is glazed by hand.", True),
        ("I left even keener on the role then when I arrived.", True),
        ("It would suit three of you're kiln lines.", True),
        ("Combined with the tablet rollout, that would save a shift a week.", False),
        ("It will help before we expand into Portugal in 2030.", False),
    ],
)
def test_blind18_grammar_classes(said: str, flagged: bool) -> None:
    from afterview.guardrails.grammar import check_grammar

    got = {f.code for f in _findings(check_grammar, said)}
    assert bool(got & {"agreement", "then_than", "your_youre", "comma_splice", "verb_form"}) is flagged


def _findings(check: Check, said: str) -> list[Finding]:
    n = _notes()
    send = n.interview.start + timedelta(hours=3)
    plan = make_plan(n, send)
    opening = "Thank you for the conversation about the spectrophotometer bench."
    body = f"Dear Marta,\n\n{opening} {said}\n\nKind regards,\nLucía Ferrer"
    draft = Draft(Kind.thank_you, "Marta Soler", Channel.email, None, body, "test", "warm")
    planned = next((p for p in plan.messages if p.kind is Kind.thank_you), None)
    return [f for f in check(draft, CheckContext(n, send, plan, planned)) if f.severity != "info"]


# 5b. The long-sentence rule reads README's policy: info over 40 words, however long (checks24: the warning over 55
# was wrong on 12 drafts of the pooled spent corpora and alone right on one).
@pytest.mark.parametrize(("words", "severity"), [(40, None), (45, "info"), (55, "info"), (56, "info"), (90, "info")])
def test_long_sentence_policy(words: int, severity: str | None) -> None:
    from afterview.guardrails.grammar.rules import long_sentences

    sentence = " ".join(["glaze"] * (words - 1)) + " checks."
    found = long_sentences(sentence)
    assert (found[0].severity if found else None) == severity
