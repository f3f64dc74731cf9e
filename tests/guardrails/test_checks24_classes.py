"""Negativity in the shapes the pooled spent corpora still missed (guardrails/negative_judgments.py, checks24): one
test per class, on sentences written here (never a corpus sentence), with a near miss of the same shape beside it."""

from __future__ import annotations

import pytest
from water_case import answered, chased, feedback, fired, letter, load, run, status, thanks

from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


def blocked(found: list[str]) -> bool:
    """Whether negativity gives an error (the other modules may name the same act by another code)."""
    return any(f.startswith("error:") for f in found)


# --- silence pointed at, and how long it took to hear -------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Both of my earlier notes have gone unanswered, so I am trying once more.",
        "Three calls to the office and not a word back from anyone.",
        "It has been a fortnight and nothing from you about the surveyor post.",
        "I was hoping to have heard something by now about the surveyor post.",
        "The process has taken a good deal longer than I anticipated.",
        "I trust the decision has not been postponed yet again.",
    ],
)
def test_silence_and_delay_pointed_at_are_a_process_complaint(notes, said) -> None:
    assert blocked(chased(notes, said))


def test_how_long_it_took_to_hear_is_a_complaint(notes) -> None:
    said = "It took well over three weeks to hear back, which was hard on my plans."
    assert "error:process_complaint" in answered(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "I know the survey season keeps everyone busy, so I wanted to check in on the surveyor post.",
        "The drainage permit at my last site took six weeks to get, so I know how slow councils can be.",
    ],
)
def test_a_plain_check_in_or_someone_elses_delay_is_no_complaint(notes, said) -> None:
    assert not chased(notes, said)


# --- a verdict on their thing, with no person beside it -----------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Frankly, that leaking pump house is an embarrassment for a utility of this size.",
        "Leaving the valves unlabelled for so long is hard to excuse.",
        "The rota was never really thought through, as far as I could see.",
        "An unfenced spillway like that is an accident waiting to happen.",
        "Your customer newsletters are a bit dull, if I may say so.",
        "I felt the written exercise was unfair to anyone new to the software.",
        "Honestly, the board should have fixed the metering years ago.",
    ],
)
def test_a_verdict_on_their_work_is_criticism(notes, said) -> None:
    assert blocked(thanks(notes, said))


def test_a_former_employer_that_never_took_it_seriously_is_criticism(notes) -> None:
    said = "At my previous utility, the directors never took leak reports seriously, so I learned to log them myself."
    assert blocked(thanks(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "I take water-quality reports seriously and log every one of them.",
        "I should have mentioned my certification months ago, so I attach it here.",
        "The new telemetry sounds far from dull, and I would enjoy learning it.",
    ],
)
def test_first_person_care_and_praise_are_no_verdict(notes, said) -> None:
    assert not blocked(thanks(notes, said))


# --- a jab at the person they chose, the decision argued, the candidate running themself down -----------------
def test_a_jab_at_the_chosen_candidate_is_passive_aggressive(notes) -> None:
    said = "I hope whoever you appointed can handle the winter bursts as well as I could have."
    assert blocked(answered(notes, said))


def test_a_better_employer_by_contrast_is_passive_aggressive(notes) -> None:
    said = "No matter; I will find an employer that actually values field experience."
    assert blocked(answered(notes, said))


def test_praise_of_their_values_is_no_jab(notes) -> None:
    said = "I would love to build my career with a team that values field experience the way yours does."
    assert not blocked(thanks(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "I am at a loss to understand what went wrong, since I met all of the criteria in the advert.",
        "I ticked every box in the job description, so the outcome puzzles me.",
    ],
)
def test_arguing_the_decision_is_a_dispute(notes, said) -> None:
    assert blocked(answered(notes, said))


@pytest.mark.parametrize(
    "said",
    [
        "My answers on the hydraulics questions were frankly dreadful.",
        "I think I made a fool of myself in the second half of the panel.",
    ],
)
def test_running_oneself_down_is_self_deprecation(notes, said) -> None:
    assert blocked(answered(notes, said))


def test_naming_what_to_improve_is_no_self_deprecation(notes) -> None:
    said = "I know my answer on pump curves could have been clearer, and I would welcome your advice on it."
    assert not answered(notes, said)


# --- facts: a day the candidate's own offer or hold runs out is no date from the notes --------------------------
def _dates(notes: Notes, said: str) -> list[str]:
    return [f for f in fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "facts") if "date" in f]


@pytest.mark.parametrize(
    "said",
    [
        "Another utility's offer expires on Thursday, so any news would help.",
        "I can keep the other offer open, but not past Wednesday.",
        "I will need an answer by Monday 14 December at the latest.",
    ],
)
def test_the_candidates_own_deadline_is_no_date_from_the_notes(notes, said) -> None:
    assert not _dates(notes, said)


def test_a_past_weekday_that_is_not_the_interviews_still_shows(notes) -> None:
    assert _dates(notes, "I enjoyed the site visit this past Thursday very much.")


# --- grammar: agreement read where no plural subject is -------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Keeping enough trained crews for that many reservoirs is a task I would relish.",
        "Working in the same depot as the engineers is something I would value.",
        "I have looked at so many vacancies and this is the one that excites me.",
        "You said the asset register lives in a folder that nobody updates.",
        "The damage frost causes for the older mains is a problem I know well.",
    ],
)
def test_no_plural_subject_no_agreement_warning(notes, said) -> None:
    found = fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar")
    assert not [f for f in found if f.endswith(":agreement")]


@pytest.mark.parametrize(
    "said",
    [
        "The leaks you found in the north district is a good place to start.",
        "The engineers is keen to try new sensors, I gathered.",
    ],
)
def test_a_plural_subject_with_a_singular_verb_still_shows(notes, said) -> None:
    found = fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar")
    assert any(f.endswith(":agreement") for f in found), found


# --- grammar: a homophone rule where the word is right (blind25 tune's classes, own sentences) ------------------
@pytest.mark.parametrize(
    "said",
    [
        "Reliable meters matter even more then, and that is where I can help.",
        "Your question on weather go/no-go calls for the crews stayed with me.",
        "It is the clearest sense I have had of how a network control room runs.",
    ],
)
def test_the_right_word_is_no_homophone_slip(notes, said) -> None:
    found = fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar")
    assert not found, found


@pytest.mark.parametrize(
    "said",
    ["The new meters read faster then the old ones.", "I am not sure weather the panel has met yet."],
)
def test_the_homophone_slip_still_shows(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar")


# --- claims: 'our' of the conversation, and "we won't" ------------------------------------------------------------
def test_our_discussion_with_its_subject_between_is_shared(notes) -> None:
    said = "Our pressure versus flow discussion was the best part of the afternoon."
    assert "error:not_our_team" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


def test_we_wont_is_no_win_of_theirs(notes) -> None:
    said = "With the relocation support, we won't lose much on the move north."
    assert "error:not_our_team" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


def test_their_win_told_as_ours_still_shows(notes) -> None:
    said = "I was delighted to hear we won the metering contract for the west of the city."
    assert "error:not_our_team" in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


# --- negativity: their failure called avoidable, the outcome called their loss ------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Frankly, the burst on the ring main last winter was an entirely avoidable failure.",
        "Losing pressure across a district like that should never happen again.",
    ],
)
def test_their_failure_called_avoidable_is_criticism(notes, said) -> None:
    assert blocked(chased(notes, said))


def test_the_outcome_called_their_loss_is_a_jab(notes) -> None:
    said = "I have since taken another post, which suits me well, though perhaps less so for your team."
    assert blocked(answered(notes, said))


def test_a_problem_to_avoid_is_no_verdict(notes) -> None:
    said = "Much of the leakage I traced at my last utility was avoidable with better logging, and I would bring that."
    assert not blocked(thanks(notes, said))


# --- claims: a cause asked about is no cause stated -----------------------------------------------------------
def test_a_cause_asked_about_is_no_causal_link(notes) -> None:
    said = (
        "I would like to understand whether it was my dashboard of 400 pressure sensors that cut burst mains by a"
        " quarter in your view."
    )
    assert "causal_link" not in " ".join(fired(run(notes, feedback(said), Kind.feedback_request), "claims"))


# --- the lucky hits the pooled measure lost, made rules: "its" before a passive, their record as "ours" -----------
def test_its_before_a_passive_verb_wants_its_apostrophe(notes) -> None:
    said = "The pressure log is always late because its copied out by hand each evening."
    assert any(f.endswith(":its_its") for f in thanks(notes, said, "grammar"))


def test_its_speed_is_a_possessive(notes) -> None:
    said = "The new telemetry impressed me, and its speed in reporting bursts most of all."
    assert not any(f.endswith(":its_its") for f in thanks(notes, said, "grammar"))


def test_their_record_told_as_ours_is_not_our_team(notes) -> None:
    said = "With the smart-meter rollout, next winter could be our quietest for bursts ever, and our best season yet."
    assert "error:not_our_team" in thanks(notes, said, "claims")


# --- a harsh verdict stays one when it is about their own challenge; a mild word about it does not ---------------
def test_a_harsh_verdict_on_their_challenge_is_still_criticism(notes) -> None:
    said = "Honestly, the backlog of 300 unrepaired leaks in the east of the city was an avoidable failure."
    assert blocked(thanks(notes, said))


def test_a_pledge_that_it_cannot_recur_is_no_verdict(notes) -> None:
    said = "On the backlog of unrepaired leaks, I would set up weekly triage so it can't happen again."
    assert not blocked(thanks(notes, said))
