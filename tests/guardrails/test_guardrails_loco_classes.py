"""Classes of fault the blind8 held-out half missed or flagged wrongly (issue 15), each tested on phrasings written
here (never a corpus sentence) and on notes of their own: the water utility in Glasgow (water_case.py)."""

from __future__ import annotations

import pytest
from water_case import NOTES, feedback, fired, letter, load, run, status

from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


@pytest.fixture(scope="module")
def casual(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("casual", tmp_path_factory.mktemp("notes"))


@pytest.fixture(scope="module")
def european(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    """The company's news names a demonym, 'European'."""
    path = tmp_path_factory.mktemp("notes") / "water-european.yaml"
    text = NOTES.replace("CULTURE", "neutral").replace(
        "news: [opened a new treatment works at Milngavie]",
        "news: [won a European award for the Milngavie treatment works]",
    )
    path.write_text(text, encoding="utf-8")
    return load_notes(path)


@pytest.fixture(scope="module")
def no_start(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    """No one asked about a start date: when the candidate can start is theirs to support."""
    path = tmp_path_factory.mktemp("notes") / "water-no-start.yaml"
    text = NOTES.replace("CULTURE", "neutral").replace(
        "[the hiring timeline, a March start date]", "[the hiring timeline]"
    )
    path.write_text(text, encoding="utf-8")
    return load_notes(path)


# --- grammar: a modal before a past form ("I would appreciated", "we could discussed") -------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I would appreciated a copy of the survey plan.",
        "We could discussed the leak backlog in more detail next time.",
        "I will attached the certificate to my next email.",
        "I should mentioned that I have worked with acoustic loggers.",
    ],
)
def test_a_modal_before_a_past_form_is_a_grammar_error(notes, said) -> None:
    # Harper reads some of these itself ("will attached"); the class must be caught, by either
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "grammar")


@pytest.mark.parametrize(
    "said",
    [
        "I would appreciate a copy of the survey plan.",
        "I would have liked more time on the trunk mains.",
        "I would need about a month to hand over my work.",
        "We could proceed with the survey plan in March.",
        "I would be pleased to send the certificate.",
    ],
)
def test_a_modal_before_its_verb_is_fine(notes, said) -> None:
    assert "warning:modal_past" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "grammar")


# --- placeholders: an editing instruction left in parentheses ("(insert award name)") --------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Congratulations on the (insert award name) for the new works.",
        "My portfolio is here: (add link before sending).",
        "I can start on (fill in date) if that suits.",
        "I was glad to hear about the (name of the prize) you won.",
    ],
)
def test_an_editing_instruction_in_parentheses_is_a_placeholder(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "placeholders")


@pytest.mark.parametrize(
    "said",
    [
        "The survey plan (and the March start) both sound right to me.",
        "My dashboard (built at Forth Water) tracked 400 pressure sensors.",
        "I have passed the NEBOSH certificate (the general one) since we spoke.",
    ],
)
def test_an_ordinary_aside_in_parentheses_is_no_placeholder(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Kind regards,")), "placeholders") == []


# --- tone: asking whether they have other roles is no leverage ---------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Are there any other roles coming up at Clyde Valley Water that I could apply for?",
        "Do you know whether other positions are coming up in the network team next year?",
        "If other roles come up in operations, I would be glad to hear about them.",
    ],
)
def test_asking_about_their_other_roles_is_no_leverage(notes, said) -> None:
    assert "error:leverage" not in fired(run(notes, feedback(said), Kind.feedback_request), "tone")


def test_my_other_roles_coming_to_a_head_are_still_leverage(notes) -> None:
    said = "I have other roles coming to a decision this week, so I would need to hear from you soon."
    assert "error:leverage" in fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "tone")


# --- facts: a place named by its demonym in the notes ("European" supports "Europe") ------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Winning an award against utilities from across Europe is quite something.",
        "The award from Europe must have been a proud moment for the team.",
    ],
)
def test_a_place_whose_demonym_the_notes_use_is_supported(european, said) -> None:
    assert "error:unsupported_name" not in fired(run(european, letter("Dear Ms. Campbell,", said, "Best,")), "facts")


def test_a_place_the_notes_never_name_is_still_unsupported(european) -> None:
    said = "Winning an award against utilities from across Asia is quite something."
    assert "error:unsupported_name" in fired(run(european, letter("Dear Ms. Campbell,", said, "Best,")), "facts")


# --- fluency: one phrase of praise said three times ("I am very grateful … I am very grateful …") ------------
@pytest.mark.parametrize(
    "said",
    [
        "I am truly excited about the rollout, and I am truly excited about the surveys. The team was great, "
        "and the control room was busy. I am truly excited about the role.",
        "It was really inspiring to see the works. The surveys were clear. It was really inspiring to hear about "
        "the meters, and it was really inspiring to meet the crews.",
    ],
)
def test_a_phrase_of_praise_said_three_times_is_a_fluency_warning(notes, said) -> None:
    assert "warning:repeated_phrase" in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "fluency")


def test_a_phrase_of_praise_said_twice_is_fine(notes) -> None:
    said = "I am truly excited about the rollout. The crews were busy. I am truly excited about the role."
    assert "warning:repeated_phrase" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "fluency")


# --- fluency: a second question beside the status question ("Also, could you tell me whether …?") -----------
@pytest.mark.parametrize(
    "said",
    [
        "Also, could you tell me whether the March start date is fixed?",
        "Separately, could you tell me if the role is hybrid?",
        "Could you also tell me when the onboarding would begin?",
    ],
)
def test_a_second_question_beside_the_status_question_is_two_asks(notes, said) -> None:
    draft = run(notes, status(said), Kind.status_check, to="Aileen Stewart")
    assert "warning:two_asks" in fired(draft, "fluency")


def test_one_status_question_with_an_offer_is_one_ask(notes) -> None:
    said = "Please let me know if you need anything else from me."
    assert "warning:two_asks" not in fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "fluency")


# --- negativity: an idiom of stakes is no negative sentence ("live or die by", "make or break") -------------
@pytest.mark.parametrize(
    "said",
    [
        "Big rollouts live or die by the quality of their data.",
        "Crew training can make or break a rollout like this one.",
        "Field projects sink or swim on their planning.",
    ],
)
def test_an_idiom_of_stakes_is_not_negative(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "negativity") == []


# --- facts: planning around a notice period says nothing about when I can start ------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I need to plan my notice period, so any news would help.",
        "Knowing the timeline would help me manage my notice period.",
    ],
)
def test_planning_a_notice_period_is_no_availability_fact(no_start, said) -> None:
    draft = run(no_start, status(said), Kind.status_check, to="Aileen Stewart")
    assert "error:unsupported_availability" not in fired(draft, "facts")


def test_stating_a_notice_period_is_still_an_availability_fact(no_start) -> None:
    said = "My notice period is six weeks, if that helps with planning."
    draft = run(no_start, status(said), Kind.status_check, to="Aileen Stewart")
    # the rule's error (`fired` reads it); in this hand-written draft the severity policy makes it advice, info
    # (checks24: severity_policy.OWN_WORD, the candidate's own word about themselves)
    assert "error:unsupported_availability" in fired(draft, "facts")
    assert [f.severity for f in draft.findings if f.code == "unsupported_availability"] == ["info"]


# --- grammar: an -ing word describing the plural noun after it is no gerund subject ("Rising costs are") -----
@pytest.mark.parametrize(
    "said",
    [
        "Rising repair costs are a worry for every utility.",
        "Growing leak backlogs are hard on the crews.",
        "Overlapping shift patterns were the hardest part of my last role.",
    ],
)
def test_an_ing_word_before_a_plural_noun_is_no_gerund_subject(notes, said) -> None:
    assert "warning:agreement" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar")


def test_a_gerund_with_its_own_phrase_still_takes_a_singular_verb(notes) -> None:
    said = "Managing the crews across three depots are a big job."
    assert "warning:agreement" in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar")
