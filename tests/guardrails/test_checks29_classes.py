"""Classes blind29's tuning half showed the checks missing or misreading, checks29: one test per class, on notes and
sentences written here (never a corpus sentence), with a near miss of the same shape beside it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Ilse Varga
  highlights:
    - moved the chiller temperature logs at Brindle Foods from clipboards to sensors
    - trained eight pickers on the voice-picking headsets
  since_interview:
    - finished a food safety level 3 course
position: Cold Store Shift Supervisor
company:
  name: Polar Row Logistics
  news: [opened a second freezer hall in Gdansk]
interview:
  at: 2026-10-06T09:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Marek Zielinski
    title: Site Manager
    role: hiring_manager
    email: marek@polarrow.example
    topics: [night shift rota, the new freezer hall]
    challenges: [blast freezer logs are still kept on paper]
"""

WHEN = datetime(2026, 10, 6, 13, 0).astimezone()
LATER = datetime(2026, 10, 14, 10, 0).astimezone()


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    path: Path = tmp_path_factory.mktemp("notes") / "cold.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Marek,\n\nThank you for showing me round the cold store today and for the talk about the night shift "
        f"rota. {middle} I would be glad to help with the new freezer hall.\n\nKind regards,\nIlse"
    )
    return check_hand_written(
        notes, "Thank you", body, kind=Kind.thank_you, to="Marek Zielinski", now=WHEN, send_at=WHEN
    )


def status(notes: Notes, body: str) -> Draft:
    return check_hand_written(
        notes,
        "Cold Store Shift Supervisor",
        body,
        kind=Kind.status_check,
        to="Marek Zielinski",
        now=LATER,
        send_at=LATER,
    )


def feedback(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Marek,\n\nThank you for letting me know the outcome for the Cold Store Shift Supervisor role. "
        f"{middle} I would be grateful for any feedback you can share.\n\nKind regards,\nIlse"
    )
    return check_hand_written(
        notes, "Feedback", body, kind=Kind.feedback_request, to="Marek Zielinski", now=LATER, send_at=LATER
    )


def codes(draft: Draft, check: str) -> set[str]:
    return {f.code for f in draft.findings if f.check == check and f.severity in ("error", "warning")}


# --- a former employer's indifference: "never a priority there", "showed little interest" -----------------------
def test_a_former_employers_indifference_is_badmouthing(notes: Notes) -> None:
    middle = (
        "Sensor logging was never a priority at Brindle Foods, and the owners showed little interest in it, so I "
        "set it up on my own time."
    )
    assert "badmouthing" in codes(thank(notes, middle), "negativity")


def test_the_same_employer_named_plainly_is_clean(notes: Notes) -> None:
    middle = "At Brindle Foods I moved the chiller temperature logs from clipboards to sensors with the owners."
    assert codes(thank(notes, middle), "negativity") == set()


# --- their problem judged as a danger after a candour marker ---------------------------------------------------------
@pytest.mark.parametrize(
    "middle",
    [
        "Frankly, keeping blast freezer logs on paper in a site this size is a real risk.",
        "To be honest, the paper logs for the blast freezers looked out of date.",
    ],
)
def test_a_candid_verdict_of_danger_on_their_problem(notes: Notes, middle: str) -> None:
    assert codes(thank(notes, middle), "negativity")


def test_their_problem_named_plainly_is_clean(notes: Notes) -> None:
    middle = "You mentioned the blast freezer logs are still kept on paper; I moved our chiller logs to sensors."
    assert codes(thank(notes, middle), "negativity") == set()


# --- the candidate's performance or calling run down ---------------------------------------------------------------
@pytest.mark.parametrize(
    "middle",
    [
        "I know I performed badly on the rota question.",
        "I am honestly not sure I am cut out for a supervisor role.",
        "I'm probably being a nuisance by asking, but I would value your view.",
    ],
)
def test_running_oneself_down_is_self_deprecation(notes: Notes, middle: str) -> None:
    assert "self_deprecation" in codes(feedback(notes, middle), "negativity")


def test_a_plain_wish_to_improve_is_clean(notes: Notes) -> None:
    middle = "I enjoyed the rota question and would like to know where my answer could have gone further."
    assert codes(feedback(notes, middle), "negativity") == set()


# --- the decision itself called hard to understand (no 'I find it') --------------------------------------------------
@pytest.mark.parametrize(
    "middle",
    [
        "With six years on night shifts, it's hard to understand the decision.",
        "Honestly, it is difficult to accept the outcome after the trial shift went so well.",
    ],
)
def test_disputing_the_decision(notes: Notes, middle: str) -> None:
    assert "disputes_decision" in codes(feedback(notes, middle), "negativity")


def test_asking_what_the_chosen_candidate_brought_is_a_feedback_question(notes: Notes) -> None:
    middle = "Even a line on what the successful candidate brought that I didn't would help me."
    assert codes(feedback(notes, middle), "negativity") == set()


def test_accepting_the_decision_is_clean(notes: Notes) -> None:
    middle = "It's hard to hear, but I understand the decision and wish the new supervisor well."
    assert codes(feedback(notes, middle), "negativity") == set()


# --- a status check whose ask is a need to know, or a decision by a date after the role's long title -------------
@pytest.mark.parametrize(
    "ask",
    [
        "I really need to know one way or the other as soon as possible.",
        "I'd need a decision on the Cold Store Shift Supervisor, Night Operations and Freezer Hall role by Friday.",
    ],
)
def test_a_demanded_answer_is_still_a_status_question(notes: Notes, ask: str) -> None:
    body = (
        f"Dear Marek,\n\nI am writing about the Cold Store Shift Supervisor role. {ask} Since we spoke I finished a "
        "food safety level 3 course.\n\nKind regards,\nIlse"
    )
    assert "no_status_question" not in codes(status(notes, body), "purpose")


def test_a_status_check_that_asks_nothing_is_still_caught(notes: Notes) -> None:
    body = (
        "Dear Marek,\n\nI am writing about the Cold Store Shift Supervisor role. Since we spoke I finished a food "
        "safety level 3 course, and I saw the news about the second freezer hall in Gdansk.\n\nKind regards,\nIlse"
    )
    assert "no_status_question" in codes(status(notes, body), "purpose")


# --- 'speed things up' offered as help with their work is no pressure -------------------------------------------------
def test_help_to_speed_their_work_up_is_no_pressure(notes: Notes) -> None:
    middle = "Sensors for the blast freezer logs would be one way I could help speed things up."
    assert "pushy" not in codes(thank(notes, middle), "tone")


def test_speeding_their_decision_up_is_still_pressure(notes: Notes) -> None:
    body = (
        "Dear Marek,\n\nIs there any news on the Cold Store Shift Supervisor role? If there is any way to speed "
        "things up on your side, I would be grateful. Since we spoke I finished a food safety level 3 course."
        "\n\nKind regards,\nIlse"
    )
    assert "pushy" in codes(status(notes, body), "tone")


# --- a bump is a nudge at their silence (tone), not a passive-aggressive remark (negativity) --------------------
def test_a_bump_is_the_tones(notes: Notes) -> None:
    body = (
        "Dear Marek,\n\nJust bumping this up your inbox: is there any news on the Cold Store Shift Supervisor role? "
        "Since we spoke I finished a food safety level 3 course.\n\nKind regards,\nIlse"
    )
    draft = status(notes, body)
    assert "impatient" in codes(draft, "tone")
    assert "passive_aggressive" not in codes(draft, "negativity")


# --- one ask said again softly is one ask ---------------------------------------------------------------------------
def test_the_same_ask_said_again_softly_is_one_ask(notes: Notes) -> None:
    body = (
        "Dear Marek,\n\nSince we spoke I finished a food safety level 3 course. Is there any news on the decision "
        "for the Cold Store Shift Supervisor role? I would be grateful for an update whenever convenient."
        "\n\nKind regards,\nIlse"
    )
    assert "two_asks" not in codes(status(notes, body), "fluency")


def test_a_second_question_is_still_two_asks(notes: Notes) -> None:
    body = (
        "Dear Marek,\n\nSince we spoke I finished a food safety level 3 course. Is there any news on the decision "
        "for the Cold Store Shift Supervisor role? And could you tell me when the timeline for the Gdansk hall is "
        "set?\n\nKind regards,\nIlse"
    )
    assert "two_asks" in codes(status(notes, body), "fluency")


# --- a status check one word short only by our count (a spaced dash is a word to a word processor) ------------------
def _status_of(words: int, dash: bool) -> str:
    head = "Dear Marek,\n\nIs there any news on the Cold Store Shift Supervisor role?"
    tail = "\n\nKind regards,\nIlse"
    filler = " ".join(["Since we spoke I finished a food safety level 3 course and read the Gdansk news."] * 4).split()
    used = len(head.split()) + len(tail.split())
    middle = " ".join(filler[: words - used])
    return f"{head} {'— ' if dash else ''}{middle}{tail}"


def test_a_draft_at_the_minimum_by_a_word_processors_count_is_not_short(notes: Notes) -> None:
    draft = status(notes, _status_of(49, dash=True))
    assert "too_short" not in codes(draft, "length")


def test_a_draft_short_by_both_counts_is_still_short(notes: Notes) -> None:
    draft = status(notes, _status_of(48, dash=False))
    assert "too_short" in codes(draft, "length")


# --- 'space' in its uncountable sense needs no article; the hiring sense still does ---------------------------------
def test_space_as_room_to_store_things_needs_no_article(notes: Notes) -> None:
    middle = "Planning pallet slots in the chillers taught me a lot about space."
    assert "missing_article" not in codes(thank(notes, middle), "grammar")


def test_a_described_space_without_its_article_is_still_caught(notes: Notes) -> None:
    middle = "The new freezer hall looks like wonderful space to work in."
    assert "missing_article" in codes(thank(notes, middle), "grammar")


# --- a thing asked for, then a second question after "and whether", in one sentence ---------------------------------
def test_a_thing_then_a_whether_question_is_two_asks(notes: Notes) -> None:
    middle = "Could you also tell me the night shift allowance, and whether the start date can move?"
    assert "two_asks" in codes(thank(notes, middle), "fluency")


def test_one_question_with_two_parts_is_one_ask(notes: Notes) -> None:
    middle = "Could you tell me whether the night shift rota is fixed, and if so, how often it changes?"
    assert "two_asks" not in codes(thank(notes, middle), "fluency")


# --- the bare verb after a contracted 'have', when it is a noun too and its object follows ---------------------------
def test_a_bare_verb_after_ive_before_its_object(notes: Notes) -> None:
    middle = "Since we spoke I've finish the food safety level 3 course."
    assert "verb_form" in codes(thank(notes, middle), "grammar")


def test_ive_before_a_noun_and_to_is_possession(notes: Notes) -> None:
    middle = "I've finished the food safety level 3 course, and I've work to do on my Polish."
    assert "verb_form" not in codes(thank(notes, middle), "grammar")


def test_the_candidates_own_inattention_at_a_former_employer_is_no_badmouthing(notes: Notes) -> None:
    middle = "At Brindle Foods I paid little attention to the sensors at first, and then moved every log onto them."
    assert "badmouthing" not in codes(thank(notes, middle), "negativity")
