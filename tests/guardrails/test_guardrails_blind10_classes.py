"""Classes of fault found on blind10's tune half (issue 15), each tested on phrasings written here (never a corpus
sentence) and on notes of their own (ferry_case.py: a port operator in Busan)."""

from __future__ import annotations

import pytest
from ferry_case import fired, load, run

from afterview.draft import Draft
from afterview.vocabulary import Kind

THANKS = (
    "{greeting}\n\nThank you for this morning's conversation about the Terminal Scheduling Lead role. I enjoyed "
    "hearing about crane utilisation planning, and {middle}\n\nKind regards,\nTomás Herrera"
)
MIDDLE = "I would like to help move it out of spreadsheets."


def _thanks(tmp_path, middle: str) -> Draft:
    """The thank-you to Mr. Choi with `middle` as its second sentence's end, checked against the port notes."""
    return run(load(tmp_path), THANKS.format(greeting="Dear Mr. Choi,", middle=middle))


@pytest.mark.parametrize("greet", ["", "Mr. Choi"])
def test_a_title_with_the_family_name_written_first_is_right(tmp_path, greet) -> None:
    notes = load(tmp_path, greet=greet)
    draft = run(notes, THANKS.format(greeting="Dear Mr. Choi,", middle=MIDDLE))
    assert "error:wrong_surname" not in fired(draft, "facts")


def test_a_title_with_the_given_name_of_a_family_first_name_is_still_wrong(tmp_path) -> None:
    notes = load(tmp_path)
    draft = run(notes, THANKS.format(greeting="Dear Ms. Minseo,", middle=MIDDLE))
    assert "error:wrong_surname" in fired(draft, "facts")


def test_an_address_written_given_first_still_tells_the_family_name(tmp_path) -> None:
    """jisoo.park@ for Park Jisoo: 'Ms. Jisoo' is the given name with a title."""
    notes = load(tmp_path)
    body = "Dear Ms. Jisoo,\n\nIs there any news on the timeline for the Terminal Scheduling Lead role?\n\nBest,\nTomás"
    draft = run(notes, body, Kind.status_check, to="Park Jisoo")
    assert "error:wrong_surname" in fired(draft, "facts")


@pytest.mark.parametrize(
    "middle",
    [
        "cutting typhoon delays to two days is a goal I would enjoy working on.",
        "I would love to walk a quay with you one day and see the new cranes at work.",
    ],
)
def test_counts_in_words_that_the_notes_give_or_do_not_count(tmp_path, middle) -> None:
    """'about 5 days lost, goal 2': the bare 2 beside a count of days counts days too; 'one day' is some day."""
    draft = _thanks(tmp_path, middle)
    assert "error:unsupported_number" not in fired(draft, "facts")


def test_a_count_the_notes_give_otherwise_is_still_wrong(tmp_path) -> None:
    middle = "bringing typhoon delays from nine days down to two is a goal I would enjoy working on."
    draft = _thanks(tmp_path, middle)
    assert "error:unsupported_number" in fired(draft, "facts")


FINAL = (
    "Dear Jisoo,\n\nI hope your week is going well. {said} about the Terminal Scheduling Lead role, to ask whether a "
    "decision has been reached.\n\nThank you for all your help.\n\nBest regards,\nTomás Herrera"
)


def test_a_final_status_check_that_says_it_is_the_last_is_courteous(tmp_path) -> None:
    draft = run(load(tmp_path), FINAL.format(said="I am reaching out one last time"), Kind.status_check, "Park Jisoo")
    assert fired(draft, "negativity") == []


@pytest.mark.parametrize("said", ["I am trying one more time", "I am writing to you a third time"])
def test_pointing_at_the_repeated_asks_is_still_passive_aggressive(tmp_path, said) -> None:
    draft = run(load(tmp_path), FINAL.format(said=said), Kind.status_check, "Park Jisoo")
    assert "error:passive_aggressive" in fired(draft, "negativity")


FEEDBACK = (
    "Dear Jisoo,\n\nThank you for letting me know about the decision, and for offering to pass on the panel's "
    "feedback. {rest}\n\nBest regards,\nTomás Herrera"
)


def _feedback(tmp_path, rest: str) -> Draft:
    """The feedback request to the recruiter after a rejection, with `rest` after its thanks."""
    return run(load(tmp_path, outcome="rejected"), FEEDBACK.format(rest=rest), Kind.feedback_request, "Park Jisoo")


@pytest.mark.parametrize(
    "rest",
    [
        "I would welcome that. A few lines on what the successful candidate offered that I did not would help me "
        "prepare for the next terminal role.",
        "I would really like that, whenever the panel has a moment.",
    ],
)
def test_asking_what_the_other_candidate_brought_is_a_feedback_question(tmp_path, rest) -> None:
    draft = _feedback(tmp_path, rest)
    assert fired(draft, "negativity") == []
    assert "error:no_feedback_question" not in fired(draft, "purpose")


def test_thanking_for_the_offer_alone_still_asks_nothing(tmp_path) -> None:
    rest = "I wish the team a good season."
    draft = _feedback(tmp_path, rest)
    assert "error:no_feedback_question" in fired(draft, "purpose")


def test_a_highlight_told_with_a_word_of_the_roles_title_is_supported(tmp_path) -> None:
    """The role's title names a field of work, not a problem of theirs the candidate could claim to have solved."""
    middle = (
        "at Puerto Austral Logistics I rebuilt the berth scheduling across 3 terminals and brought idle time down "
        "from 14% to 9%."
    )
    draft = _thanks(tmp_path, middle)
    assert "error:unsupported_claim" not in fired(draft, "claims")


@pytest.mark.parametrize(
    "middle",
    [
        "at Puerto Austral Logistics I cut berth idle time from 14% to 9% and rebuilt crane utilisation planning "
        "in spreadsheets for vessel delays.",
        "at Puerto Austral Logistics I rebuilt the crane plan across 3 terminals and fixed the vessel delays in the "
        "typhoon season.",
    ],
)
def test_their_challenge_claimed_beside_a_highlight_is_still_unsupported(tmp_path, middle) -> None:
    draft = _thanks(tmp_path, middle)
    assert "error:unsupported_claim" in fired(draft, "claims")


@pytest.mark.parametrize(
    "middle",
    [
        "it was a treat to meet a fellow Tasmanian so far from home.",
        "it was fun to swap stories about Brissie summers.",
        "the view from the Haeundae office made the long panel fly by.",
        "ports on both sides of the Pacific face the same typhoon season.",
    ],
)
def test_a_name_the_notes_hold_in_another_form_is_no_invented_name(tmp_path, middle) -> None:
    """A demonym of a notes place, a diminutive of one, a place in the notes' comments, a sea of the world map."""
    draft = _thanks(tmp_path, middle)
    assert "error:unsupported_name" not in fired(draft, "facts")


@pytest.mark.parametrize(
    "middle",
    [
        "it was a treat to hear that Haedong works with Evergreen Marine on the typhoon plan.",
        "I mentioned the project to Sandra Kowalski, who ran the crane pilot.",
    ],
)
def test_a_name_the_notes_never_hold_is_still_unsupported(tmp_path, middle) -> None:
    draft = _thanks(tmp_path, middle)
    assert "error:unsupported_name" in fired(draft, "facts")


def _grammar_warnings(tmp_path, middle: str) -> list[str]:
    """The grammar warnings of a thank-you with `middle` as a sentence of its own."""
    body = THANKS.format(greeting="Dear Mr. Choi,", middle="I would like to help with it.")
    body = body.replace("help with it.", f"help with it. {middle[0].upper()}{middle[1:]}")
    return fired(run(load(tmp_path), body), "grammar")


@pytest.mark.parametrize(
    "middle",
    [
        "I would be glad to be one of the three.",
        "the three days of manual checks on every vessel has stayed with me.",
        "just so you know, I have sent the port-security certificate to Jisoo.",
        "please pass on the crane plan if you can, I would enjoy reading it.",
    ],
)
def test_correct_sentences_get_no_grammar_warning(tmp_path, middle) -> None:
    """A number standing for its noun; an amount (one quantity) with a singular verb; a lead-in with a
    subordinator; a condition that may open the clause after its comma."""
    assert _grammar_warnings(tmp_path, middle) == []


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        ("this is one of the problem I would enjoy.", "warning:usage"),
        ("the five planners on the night shift has a hard job.", "warning:agreement"),
    ],
)
def test_the_same_shapes_with_a_real_fault_still_warn(tmp_path, middle, code) -> None:
    assert code in _grammar_warnings(tmp_path, middle)


def test_asking_them_to_look_at_the_application_again_argues_with_the_decision(tmp_path) -> None:
    rest = "Could you look at my application again, or tell me what the successful candidate had that I did not?"
    draft = _feedback(tmp_path, rest)
    assert "error:argues_decision" in fired(draft, "purpose")


def test_the_comparison_asked_in_a_sentence_that_disputes_is_no_feedback_question(tmp_path) -> None:
    rest = (
        "I would like to know what the successful candidate offered that I did not, because I believe I was the "
        "strongest applicant you interviewed."
    )
    draft = _feedback(tmp_path, rest)
    assert "error:no_feedback_question" in fired(draft, "purpose")
    assert "error:disputes_decision" in fired(draft, "negativity")


def _negativity(tmp_path, middle: str, kind: Kind = Kind.thank_you) -> list[str]:
    if kind is Kind.thank_you:
        body = THANKS.format(greeting="Dear Mr. Choi,", middle=middle)
        return fired(run(load(tmp_path), body), "negativity")
    body = (
        "Dear Jisoo,\n\nThank you for letting me know about the decision on the Terminal Scheduling Lead role. "
        f"{middle} I would welcome any feedback on my interview.\n\nBest regards,\nTomás Herrera"
    )
    return fired(run(load(tmp_path, outcome="rejected"), body, kind, "Park Jisoo"), "negativity")


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        ("planning cranes in spreadsheets sounds like a bit of a shambles.", "error:harsh_restatement"),
        ("losing five days a typhoon is a rough place to be for a terminal.", "error:harsh_restatement"),
        ("I suspect it is holding Haedong back against the newer ports.", "error:harsh_restatement"),
        ("I would love to help Haedong catch up.", "error:harsh_restatement"),
        ("I know my answers on the automation side were not very strong.", "error:self_deprecation"),
        ("I am sorry I got a bit flustered when we came to the typhoon season.", "error:self_deprecation"),
    ],
)
def test_a_harsh_verdict_on_their_situation_or_on_oneself_is_negative(tmp_path, middle, code) -> None:
    assert code in _negativity(tmp_path, middle)


@pytest.mark.parametrize(
    "middle",
    [
        "It was disappointing to wait ten days only to receive a two-line email.",
        "The process has been slower than I was told to expect.",
    ],
)
def test_a_wait_told_as_a_letdown_is_a_complaint(tmp_path, middle) -> None:
    assert _negativity(tmp_path, middle, Kind.feedback_request) != []


@pytest.mark.parametrize(
    "middle",
    [
        "planning cranes in spreadsheets sounds like a real headache for the team, and I would like to help.",
        "I would love to help the team bring typhoon delays down to two days.",
        "I know my answers on the automation side could go deeper, so I have read up on it since.",
    ],
)
def test_sympathy_and_a_plan_to_help_stay_clean(tmp_path, middle) -> None:
    assert _negativity(tmp_path, middle) == []


@pytest.mark.parametrize(
    "middle",
    [
        "I understand the second automated quay has put pressure on crane utilisation planning.",
        "it is clear that the second automated quay is what has lifted the typhoon season vessel delays.",
    ],
)
def test_a_cause_joining_two_of_their_items_the_notes_keep_apart_is_a_claim(tmp_path, middle) -> None:
    draft = _thanks(tmp_path, middle)
    assert "error:causal_link" in fired(draft, "claims")


def test_a_link_one_notes_item_makes_is_theirs_to_repeat(tmp_path) -> None:
    middle = "I can see how the typhoon season is driving vessel delays of about five days."
    draft = _thanks(tmp_path, middle)
    assert "error:causal_link" not in fired(draft, "claims")


def test_experience_claimed_as_a_noun_is_checked_like_a_verb(tmp_path) -> None:
    rest = "I would value feedback on whether my experience fixing vessel delays in the typhoon season came across."
    draft = _feedback(tmp_path, rest)
    assert "error:unsupported_claim" in fired(draft, "claims")


def test_experience_the_highlights_hold_is_no_claim_whatever_follows(tmp_path) -> None:
    middle = "my experience leading the yard-planning team would let me support the crane planners from day one."
    draft = _thanks(tmp_path, middle)
    assert fired(draft, "claims") == []


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        (
            "the crane plan I drafted after the typhoon, together with my notes on the second quay, give a fair "
            "picture of my approach.",
            "warning:agreement",
        ),
        ("I think the berth schedule has more slack in it then it seems.", "warning:then_than"),
        ("I was glad to hear your aiming to automate the crane plan next year.", "warning:your_youre"),
        ("Could you tell me whose the right person to send my references to?", "warning:whose_whos"),
    ],
)
def test_agreement_past_an_aside_and_homophones_in_new_frames(tmp_path, middle, code) -> None:
    assert code in _grammar_warnings(tmp_path, middle)


@pytest.mark.parametrize(
    "middle",
    [
        "the crane plan I drafted, together with my notes on the second quay, gives a fair picture of my approach.",
        "the crane plans, together with my notes, give a fair picture of my approach.",
        "I read more about the quay and then it all made sense.",
        "I admired your planning to the last detail.",
        "I would like to know whose team the role sits in.",
    ],
)
def test_the_same_frames_written_correctly_stay_clean(tmp_path, middle) -> None:
    assert _grammar_warnings(tmp_path, middle) == []


def _fluency(tmp_path, body: str, kind: Kind = Kind.thank_you, to: str = "Choi Minseo") -> list[str]:
    return fired(run(load(tmp_path), body, kind, to), "fluency")


@pytest.mark.parametrize(
    "middle",
    [
        "Could you send me the crane study you mentioned, and would you be free for a call next week?",
        "Let me know when the panel meets, and send over the berth schedule if you can.",
    ],
)
def test_two_requests_in_one_sentence_are_two_asks(tmp_path, middle) -> None:
    body = THANKS.format(greeting="Dear Mr. Choi,", middle="I would like to help with it. " + middle)
    assert "warning:two_asks" in _fluency(tmp_path, body)


def test_one_request_with_its_reason_is_one_ask(tmp_path) -> None:
    middle = "I would like to help with it. Could you send me the crane study you mentioned, and the date it ran?"
    assert "warning:two_asks" not in _fluency(tmp_path, THANKS.format(greeting="Dear Mr. Choi,", middle=middle))


def test_a_one_line_message_asks_in_its_greeting_sentence(tmp_path) -> None:
    body = (
        "Hi Jisoo, is there any news on the Terminal Scheduling Lead decision? Also, could you tell me who "
        "should get my two references? Thanks, Tomás"
    )
    assert "warning:two_asks" in _fluency(tmp_path, body, Kind.status_check, "Park Jisoo")


def test_interest_declared_twice_is_a_refrain(tmp_path) -> None:
    body = (
        "Dear Jisoo,\n\nI remain very interested in the Terminal Scheduling Lead role, and I wanted to ask whether "
        "there is news on the timeline.\n\nSince we spoke I finished the IMO port-security course. I remain very "
        "interested in bringing it to Haedong.\n\nBest regards,\nTomás"
    )
    assert "warning:repeated_phrase" in _fluency(tmp_path, body, Kind.status_check, "Park Jisoo")


def test_an_offer_made_twice_in_plain_words_is_how_letters_run(tmp_path) -> None:
    body = (
        "Dear Jisoo,\n\nIs there any news on the timeline for the Terminal Scheduling Lead role? I would be glad to "
        "send my references.\n\nI would be glad to talk again at the next stage.\n\nBest regards,\nTomás"
    )
    assert "warning:repeated_phrase" not in _fluency(tmp_path, body, Kind.status_check, "Park Jisoo")


def _notes_with(tmp_path, old: str, new: str):
    from ferry_case import NOTES

    from afterview.notes.loader import load_notes

    text = NOTES.replace("CULTURE", "formal").replace("OUTCOME", "pending").replace("    GREET\n", "")
    path = tmp_path / "variant.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_notes(path)


def test_the_part_of_a_jotted_item_before_its_arrow_is_a_specific_reference(tmp_path) -> None:
    notes = _notes_with(
        tmp_path,
        "[crane utilisation planning in spreadsheets]",
        '["berth congestion at night -> trucks queue past the gate until 2am and drivers complain"]',
    )
    body = (
        "Dear Mr. Choi,\n\nThank you for this morning. I keep thinking about the berth congestion at night and how "
        "a planner could ease it.\n\nKind regards,\nTomás Herrera"
    )
    assert "error:generic" not in fired(run(notes, body), "personalization")


def test_a_name_the_notes_give_with_a_slash_may_be_said_twice(tmp_path) -> None:
    notes = _notes_with(tmp_path, "[opened a second automated quay]", "[the LNG bunkering / shore power rollout]")
    body = (
        "Dear Mr. Choi,\n\nThank you for this morning. Crane utilisation planning will matter even more with the LNG "
        "bunkering rollout.\n\nI would like to help the team plan for the LNG bunkering rollout.\n\n"
        "Kind regards,\nTomás Herrera"
    )
    assert "warning:repeated_phrase" not in fired(run(notes, body), "fluency")


@pytest.mark.parametrize(
    "said",
    [
        "I have a final interview on Monday with another shipping group, so I would like to know where I stand.",
        "Before I commit to the other process, I would like to know whether the role is still open to me.",
    ],
)
def test_another_process_brought_up_to_hurry_them_is_leverage(tmp_path, said) -> None:
    body = (
        f"Dear Jisoo,\n\nI am writing about the Terminal Scheduling Lead role. {said}\n\nSince we met I finished the "
        "IMO port-security course.\n\nKind regards,\nTomás Herrera"
    )
    assert "error:leverage" in fired(run(load(tmp_path), body, Kind.status_check, "Park Jisoo"), "tone")


def test_another_group_of_their_own_people_is_no_leverage(tmp_path) -> None:
    body = (
        "Dear Jisoo,\n\nIs there any news on the timeline for the Terminal Scheduling Lead role? I would be glad to "
        "meet another group of the planners if that helps the panel decide.\n\nKind regards,\nTomás Herrera"
    )
    assert "error:leverage" not in fired(run(load(tmp_path), body, Kind.status_check, "Park Jisoo"), "tone")


@pytest.mark.parametrize(
    ("said", "wrong"), [("Haedong Ports", True), ("Haedong Terminals", False), ("Haedong's", False)]
)
def test_the_company_name_with_a_word_swapped_is_wrong(tmp_path, said, wrong) -> None:
    middle = f"I would like to bring that to {said} crane planning."
    draft = _thanks(tmp_path, middle)
    assert ("error:wrong_company_name" in fired(draft, "facts")) is wrong


@pytest.mark.parametrize(
    ("middle", "wrong"),
    [
        ("losing roughly six days in the typhoon season to vessel delays sounds hard.", True),
        ("I cut berth idle time from 14% to 6% at Puerto Austral Logistics.", True),
        ("losing about five days in the typhoon season to vessel delays sounds hard.", False),
        ("I cut berth idle time from 14% to 9% across 3 terminals.", False),
    ],
)
def test_a_figure_beside_the_words_of_a_notes_item_must_be_that_items_figure(tmp_path, middle, wrong) -> None:
    """'about 5 days lost' and 'from 14% to 9%': other numbers of the notes ('3', a date) do not support it."""
    draft = _thanks(tmp_path, middle)
    assert ("error:unsupported_number" in fired(draft, "facts")) is wrong


def test_a_cause_of_work_in_the_roles_own_field_is_no_link_between_their_items(tmp_path) -> None:
    """'Terminal Scheduling Lead': scheduling is the role's field, not a second item of theirs."""
    middle = "I can see the second automated quay is driving a lot of terminal scheduling."
    draft = _thanks(tmp_path, middle)
    assert "error:causal_link" not in fired(draft, "claims")


@pytest.mark.parametrize(
    "middle",
    [
        "that is a tough spot for any planner, and I would like to help.",
        "I would love to help the crews catch up on the crane backlog.",
        "I stumbled on a paper about typhoon berth planning that I will send on.",
    ],
)
def test_empathy_a_backlog_and_a_find_are_not_negative(tmp_path, middle) -> None:
    assert _negativity(tmp_path, middle) == []


def test_a_number_beside_an_items_words_that_counts_something_else_is_not_its_figure(tmp_path) -> None:
    middle = "the three of us talked for a while about berth idle time across terminals."
    draft = _thanks(tmp_path, middle)
    assert "error:unsupported_number" not in fired(draft, "facts")
