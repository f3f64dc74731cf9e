"""Classes of fault found on blind7's tune half, each tested on phrasings written here (never a corpus
sentence) and on notes of their own: a hospital pharmacy in Cardiff."""

from __future__ import annotations

import pytest
from pharmacy_case import NOTES, fired, load, run, status, thanks

from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load(NOTES, tmp_path_factory.mktemp("notes"))


# --- negativity: saying how long it has been is the reason for a status check, not a complaint ---------
@pytest.mark.parametrize(
    "said",
    [
        "It has been ten days since our conversation, so I wanted to check in.",
        "As it's been just over a week since the interview, I thought I would ask.",
        "It has been about two weeks since I met you and Owen.",
        "I'm writing because it's been a week since my visit to the pharmacy.",
    ],
)
def test_the_time_since_the_interview_is_no_complaint(notes, said: str) -> None:
    assert fired(run(notes, status(said), Kind.status_check), "negativity") == []


@pytest.mark.parametrize(
    "said",
    [
        "It has already been three weeks since my interview.",
        "It's been weeks since anyone wrote to me.",
        "It has been two weeks now, and still nothing.",
        "It's been ages since the interview.",
    ],
)
def test_an_impatient_wait_is_still_a_complaint(notes, said: str) -> None:
    assert fired(run(notes, status(said), Kind.status_check), "negativity")


# --- negativity: the notes' own words are subject matter ("hazardous", "expired"), not sentiment ----------
@pytest.mark.parametrize(
    "said",
    [
        "I finished the dangerous drugs course, because dangerous drugs and toxic spills are a constant risk.",
        "The toxic spills module was the hardest part of the dangerous drugs course, and I passed it.",
        "Expired stock on four recently audited wards is a dangerous risk I have dealt with before.",
    ],
)
def test_the_notes_vocabulary_is_not_scored_as_negative(notes, said: str) -> None:
    assert fired(run(notes, thanks(said)), "negativity") == []


def test_a_sentence_that_is_negative_in_its_own_words_still_is(notes) -> None:
    said = "Honestly my last job made me miserable, angry and bitter every single day."
    assert fired(run(notes, thanks(said)), "negativity")


# --- ai_tells: one dash per sentence, or a pair around one aside, is punctuation; many are a tell -----------
# (checks14: a pair around one aside was a tell here until clean drafts of blind15 showed it is ordinary punctuation)
@pytest.mark.parametrize(
    "said, tell",
    [
        ("The cabinets sound promising \u2014 I would like to help. My rota work fits \u2014 I think.", False),
        ("The cabinets \u2014 and the audit that prompted them \u2014 stayed with me.", False),
        ("The cabinets \u2014 and the audit \u2014 stayed with me. The rota \u2014 I think \u2014 fits.", True),
        ("Cabinets \u2014 yes. Audits \u2014 yes. Rotas \u2014 yes.", True),
    ],
)
def test_em_dashes_are_a_tell_when_many(notes, said: str, tell: bool) -> None:
    assert bool([c for c in fired(run(notes, thanks(said)), "ai_tells") if c.endswith("em_dash")]) is tell


# --- ai_tells: a chatbot's reply pasted around the email -------------------------------------------------
@pytest.mark.parametrize(
    "wrapped",
    [
        "Sure! Here is a draft of your thank-you note:\n\n" + thanks("I would like to help."),
        "Of course. Here's a more polished version of the email you can send:\n\n" + thanks("I would like to help."),
        thanks("I would like to help.") + "\n\nFeel free to tweak the wording to match your voice.",
        thanks("I would like to help.") + "\n\nLet me know if you'd like me to make it shorter or more formal!",
        "Absolutely \u2014 below is a revised follow-up message.\n\n" + thanks("I would like to help."),
    ],
)
def test_a_chatbot_reply_around_the_email_is_an_error(notes, wrapped: str) -> None:
    assert "error:assistant_wrapper" in fired(run(notes, wrapped), "ai_tells")


@pytest.mark.parametrize(
    "said",
    [
        "Here is the rota summary you asked for.",
        "Let me know if you need anything else from me.",
        "Feel free to reach out with any questions.",
        "Here's a short note on how I ran the audit.",
    ],
)
def test_offers_in_the_email_itself_are_not_a_chatbot_reply(notes, said: str) -> None:
    assert not [c for c in fired(run(notes, thanks(said)), "ai_tells") if c.endswith("assistant_wrapper")]


# --- negativity: pointing at a message they did not answer is passive aggression ----------------------------
@pytest.mark.parametrize(
    "said",
    [
        "As I said in my thank-you note, I can send the rota samples.",
        "As I mentioned in my follow-up email, the references are ready.",
        "I have attached the references again in case the first message went astray.",
        "Here they are again, in case my earlier email never reached you.",
    ],
)
def test_pointing_at_an_unanswered_message_is_passive_aggression(notes, said: str) -> None:
    assert "error:passive_aggressive" in fired(run(notes, status(said), Kind.status_check), "negativity")


def test_recalling_the_conversation_is_not(notes) -> None:
    said = "As I mentioned in our conversation, I can send the rota samples."
    assert fired(run(notes, status(said), Kind.status_check), "negativity") == []


# --- fluency: one word of praise or emphasis three times; a mail-merge greeting under a pasted preface -------
@pytest.mark.parametrize(
    "said",
    [
        "It was truly useful, and I am truly keen to help the team truly move faster.",
        "The talk was insightful, your questions were insightful, and the tour was insightful too.",
        "I am genuinely glad we met; the cabinets genuinely interest me and I genuinely want to help.",
    ],
)
def test_one_filler_word_three_times_is_a_seam(notes, said: str) -> None:
    assert "warning:repeated_word" in fired(run(notes, thanks(said)), "fluency")


@pytest.mark.parametrize(
    "said",
    [
        "The cabinets interest me; cabinets on every ward would cut expired stock, and I have set up cabinets before.",
        "I was really glad to meet you, and the cabinets are a great idea.",
        "I really enjoyed it. I really like the cabinets. I really hope to help.",
    ],
)
def test_subject_matter_or_two_fillers_are_not(notes, said: str) -> None:
    assert not [c for c in fired(run(notes, thanks(said)), "fluency") if c.endswith("repeated_word")]


def test_a_full_name_greeting_under_a_pasted_line_is_still_a_mail_merge(notes) -> None:
    body = "Below is the note for Owen.\n\n" + thanks("I would like to help.").replace("Dear Owen,", "Dear Owen Price,")
    assert "warning:mail_merge_greeting" in fired(run(notes, body), "fluency")


def test_a_filler_word_at_the_start_middle_and_end_of_a_note_is_a_habit_not_a_stutter(notes) -> None:
    body = thanks(
        "I left excited about the role. The rota work interests me. I liked the tour of the store. "
        "The team seemed kind. I was excited to see the robot. It was a good morning. I am excited to hear more."
    )
    assert not [c for c in fired(run(notes, body), "fluency") if c.endswith("repeated_word")]


@pytest.mark.parametrize(
    "body",
    [
        "Here's a quick note to say thank you for today, Owen. I enjoyed the tour and the talk about cabinets. Noor",
        "This is a short note to thank you for meeting me. Let me know if you'd like me to send the rota samples. Noor",
    ],
)
def test_a_human_opening_or_offer_is_no_chatbot_reply(notes, body: str) -> None:
    assert not [c for c in fired(run(notes, body), "ai_tells") if c.endswith("assistant_wrapper")]
