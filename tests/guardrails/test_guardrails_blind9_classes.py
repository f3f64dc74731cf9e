"""Classes of fault found on blind9's tune half (issue 15), each tested on phrasings written here (never a corpus
sentence) and on notes of their own: the water utility in Glasgow (water_case.py)."""

from __future__ import annotations

import pytest
from water_case import NOTES, fired, letter, load, run, status

from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


@pytest.fixture(scope="module")
def among(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    """Fiona's challenge is worded with a preposition in it: 'high turnover among the survey crews'."""
    path = tmp_path_factory.mktemp("notes") / "water-among.yaml"
    text = NOTES.replace("CULTURE", "neutral").replace(
        "challenges: [a backlog of 300 unrepaired leaks in the east of the city]",
        "challenges: [high turnover among the survey crews]",
    )
    path.write_text(text, encoding="utf-8")
    return load_notes(path)


def rejected(middle: str) -> str:
    return (
        "Dear Ms. Campbell,\n\nThank you for letting me know that the panel chose another candidate for the Network "
        f"Operations Manager role. I understand. {middle}\n\nKind regards,\nPriya Nair"
    )


# --- purpose: asking for their view without the word 'feedback' -------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "If you were willing to share your view of my interview, even in a line or two, I would find it useful.",
        "I would welcome a few written comments about my candidacy, so that I can learn from it.",
        "Should the panel be willing to give its assessment of my answers, it would be valuable to me.",
    ],
)
def test_asking_for_their_view_is_a_feedback_question(notes, said) -> None:
    draft = run(notes, rejected(said), Kind.feedback_request)
    assert "error:no_feedback_question" not in fired(draft, "purpose")


def test_sharing_my_own_view_is_still_no_feedback_question(notes) -> None:
    draft = run(notes, rejected("I will keep my notes from the day and wish the team well."), Kind.feedback_request)
    assert "error:no_feedback_question" in fired(draft, "purpose")


# --- personalization: an item named by its nouns, not its prepositions ('turnover among the crews') -----------
@pytest.mark.parametrize(
    "said",
    [
        "I keep thinking about the survey crews and how hard it is to keep experienced people.",
        "Keeping good people in the survey crews through a long programme is work I care about.",
    ],
)
def test_an_item_with_a_preposition_is_referenced_by_its_nouns(among, said) -> None:
    body = f"Dear Ms. Campbell,\n\nThank you for meeting me today. {said}\n\nKind regards,\nPriya"
    assert "error:generic" not in fired(run(among, body), "personalization")


# --- claims: expertise claimed, then backed at once by one's own item that names the subject again -----------
def test_expertise_backed_by_my_own_item_in_the_next_sentence_is_held(notes) -> None:
    said = (
        "Pressure monitoring is a problem I know well. At Forth Water I built a dashboard that tracked 400 pressure "
        "sensors, so pressure data from the network is familiar ground for me."
    )
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims") == []


def test_expertise_followed_by_an_unrelated_item_is_still_a_claim(notes) -> None:
    said = (
        "Trunk main condition surveys are a problem I know well. I also trained 15 field crews on the new "
        "asset-management app."
    )
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


# --- negativity: a verdict on something of theirs the candidate saw, a jab at a session, people as disposable --
@pytest.mark.parametrize(
    "said",
    [
        "The asset-management app you showed me looked pretty cumbersome to update.",
        "After a fairly tedious induction session, the site visit was a welcome change.",
        "At my last job, management treated the field crews as expendable, and it showed.",
    ],
)
def test_these_verdicts_are_negative(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "negativity")


@pytest.mark.parametrize(
    "said",
    [
        "I know the leak backlog since the storms must be frustrating for the crews.",
        "I can imagine the backlog is a real headache in the winter months.",
        "The induction session was long but very useful.",
    ],
)
def test_sympathy_and_plain_description_are_not_negative(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "negativity") == []


# --- fluency: two sentences in a row opening the same way; a second question after 'Additionally' -----------
@pytest.mark.parametrize(
    "said",
    [
        "In all honesty, the surveys were the best part. In all honesty, I could talk about them all day.",
        "On top of that, the surveys were clear. On top of that, the crews were welcoming.",
    ],
)
def test_two_sentences_in_a_row_opening_alike_repeat_a_phrase(notes, said) -> None:
    assert "warning:repeated_phrase" in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "fluency")


@pytest.mark.parametrize(
    "said",
    [
        "In all honesty, the surveys were the best part. The crews sounded great. In all honesty, I liked it all.",
        "I would be glad to see the works. I would be happy to meet the crews as well.",
    ],
)
def test_a_lead_in_apart_or_a_subject_and_verb_twice_is_fine(notes, said) -> None:
    assert "warning:repeated_phrase" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "fluency")


@pytest.mark.parametrize(
    "said",
    [
        "Additionally, could you let me know whether the role includes on-call weekends?",
        "Could you kindly let me know when the onboarding would begin?",
    ],
)
def test_a_second_let_me_know_question_is_two_asks(notes, said) -> None:
    assert "warning:two_asks" in fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "fluency")


def test_an_offer_to_help_is_no_second_ask(notes) -> None:
    said = "Could you let me know if you need anything else from me?"
    assert "warning:two_asks" not in fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "fluency")


# --- negativity: running oneself down with a degree word ('came across as pretty inexperienced') --------------
@pytest.mark.parametrize(
    "said",
    [
        "I think I came across as rather unprepared on the survey questions.",
        "I probably came across as quite nervous in the second half.",
    ],
)
def test_coming_across_badly_with_a_degree_word_is_negative(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "negativity")


# --- tone: 'as quickly as possible' of the candidate's own learning is no pressure ---------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I would want to learn the asset-management app as quickly as possible.",
        "I plan to get my NEBOSH refresher done as quickly as I can.",
    ],
)
def test_my_own_speed_is_no_deadline(notes, said) -> None:
    assert "error:pushy" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "tone")


def test_their_answer_as_quickly_as_possible_is_still_pushy(notes) -> None:
    said = "Please let me know your decision as quickly as possible."
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "tone")


# --- facts: availability whose date is a placeholder is the placeholders check's -----------------------------
def test_availability_with_a_placeholder_date_is_no_availability_fact(tmp_path) -> None:
    path = tmp_path / "water-no-start.yaml"
    path.write_text(
        NOTES.replace("CULTURE", "neutral").replace(
            "[the hiring timeline, a March start date]", "[the hiring timeline]"
        ),
        encoding="utf-8",
    )
    notes = load_notes(path)
    said = "I could be available to start from [earliest start date], if that suits."
    draft = run(notes, status(said), Kind.status_check, to="Aileen Stewart")
    assert "error:unsupported_availability" not in fired(draft, "facts")
    assert fired(draft, "placeholders")


# --- claims: 'our' for their line while 'we are seeing' it, with a past employer later in the sentence --------
def test_our_for_what_we_are_seeing_now_is_their_team(notes) -> None:
    said = "The bursts we are seeing in our backlog of unrepaired leaks are like the ones I mapped at Forth Water."
    assert "error:not_our_team" in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


def test_our_with_a_past_employer_is_still_the_past_team(notes) -> None:
    said = "At Forth Water our dashboard tracked 400 pressure sensors."
    assert "error:not_our_team" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


# --- claims: running what the notes say was someone else's ('supported the lead, whose program …') -----------
def test_running_a_program_the_notes_give_to_the_one_i_supported_is_inflated(tmp_path) -> None:
    path = tmp_path / "water-whose.yaml"
    path.write_text(
        NOTES.replace("CULTURE", "neutral").replace(
            "supported the network team whose acoustic leak-detection pilot, led by Colin Reid, cut burst mains by a "
            "quarter",
            "supported the network lead at Forth Water, whose acoustic leak-detection pilot cut burst mains by a "
            "quarter",
        ),
        encoding="utf-8",
    )
    notes = load_notes(path)
    said = "At Forth Water I ran an acoustic leak-detection pilot that cut burst mains by a quarter."
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


# --- negativity: a verdict on whatever they showed me ('the spreadsheets you showed me looked painful') ---------
@pytest.mark.parametrize(
    "said",
    [
        "The leak spreadsheets you showed me looked pretty painful to keep up to date.",
        "The survey forms your team shared with me seemed rather archaic.",
    ],
)
def test_a_verdict_on_what_they_showed_me_is_negative(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "negativity")


def test_a_plain_word_about_what_they_showed_me_is_fine(notes) -> None:
    said = "The leak spreadsheets you showed me were a clear picture of the backlog."
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "negativity") == []


# --- grammar: 'out of date' after a verb, and a figure with a letter ('x7'), are no errors ---------------------
@pytest.mark.parametrize(
    "said",
    [
        "The old asset register at Forth Water was out of date when I joined.",
        "The dashboard cut reporting time x4 in its first year.",
    ],
)
def test_out_of_date_and_a_figure_with_a_letter_are_no_grammar_warnings(notes, said) -> None:
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "grammar") == []


# --- claims: a cause and effect their own item states; a hedge word is no part of what is claimed ---------------
def test_a_link_their_item_states_is_no_causal_claim(tmp_path) -> None:
    path = tmp_path / "water-because.yaml"
    path.write_text(
        NOTES.replace("CULTURE", "neutral").replace(
            "challenges: [a backlog of 300 unrepaired leaks in the east of the city]",
            "challenges: [repairs running late because of missing valve records]",
        ),
        encoding="utf-8",
    )
    notes = load_notes(path)
    said = (
        "My experience building a dashboard for 400 pressure sensors at Forth Water fits well with the problem of "
        "repairs running late because of missing valve records."
    )
    assert "error:causal_link" not in fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


def test_a_hedge_word_does_not_make_my_own_work_unsupported(notes) -> None:
    said = "I trained crews on almost exactly that."
    assert fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims") == []


# --- grammar: an interjection after a dash, then a clause ("… in Milngavie - congrats, that must …") ----------
@pytest.mark.parametrize(
    "said",
    [
        "I read that the new works at Milngavie is open - congrats, that must have been a huge project.",
        "I saw the Milngavie works opened last week - well done, it looks like a big step for the city.",
    ],
)
def test_an_interjection_before_a_clause_is_no_comma_splice(notes, said) -> None:
    # (a formal letter: in a casual one a comma splice is advice only, checks12)
    assert "warning:comma_splice" not in fired(
        run(notes, letter("Dear Ms Campbell,", said, "Kind regards,")), "grammar"
    )


def test_a_real_comma_splice_after_a_dash_is_still_one(notes) -> None:
    said = "I read about the new works at Milngavie - the project looks huge, it must have taken years."
    # advice since checks36 (a comma splice was right on 2 of 8 drafts across blind25-33), still shown
    found = run(notes, letter("Dear Ms Campbell,", said, "Kind regards,")).findings
    assert any(f.code == "comma_splice" and f.severity == "info" for f in found)
