"""A feedback request that acknowledges the news and asks for the reader's judgement in other words (stop 55, lead;
classes from blind41's one after-run, drafts invented here on the notes of test_purpose_lead53): the news met as it
came ("thanks for calling to tell me", "thanks for the heads-up", "you have chosen another …", "hoping for a
different answer", "the new hire", "Understood, thank you.") and the ask put as comments on, an assessment of, what
they noticed about, how it looked from their side, how the work was assessed. Near misses beside each: a request
with no word of the news, and a sentence that names the work without asking what they made of it."""

from __future__ import annotations

import pytest
from test_purpose_lead53 import _codes

ASK = "Would you share any feedback on my interview?"
ACK = "Thank you for letting me know about the decision."


@pytest.mark.parametrize(
    "opening",
    [
        "Thank you for calling to tell me that you have gone with another chemist.",
        "Thanks for phoning me on Tuesday about the lab role.",
        "Thanks for the heads-up about the Senior Chemist role.",
        "I understand you have chosen another applicant for the lab, and I wish them well.",
        "I was hoping for a different answer, of course, but I enjoyed meeting the team.",
        "I hope the new hire enjoys the lab as much as I would have.",
        "Understood, and thank you.",
    ],
)
def test_the_news_met_in_other_words_is_acknowledged(opening: str) -> None:
    body = f"Hi Maren,\n\n{opening}\n\n{ASK}\n\nThanks,\nAmara"
    assert "no_acknowledgement" not in _codes("feedback_request", body)


@pytest.mark.parametrize(
    "opening",
    [
        "I hope the peak season is easing.",
        "Could you take a moment to tell me how the method transfer is going?",
        "It was good to see the new lab building on my visit.",
    ],
)
def test_no_word_of_the_news_is_still_no_acknowledgement(opening: str) -> None:
    body = f"Hi Maren,\n\n{opening}\n\n{ASK}\n\nThanks,\nAmara"
    assert "no_acknowledgement" in _codes("feedback_request", body)


@pytest.mark.parametrize(
    "ask",
    [
        "I would be grateful for any comments you can offer on my method validation exercise.",
        "I would very much like to hear your honest assessment of my presentation.",
        "May I ask what you and Dr. Okoro noticed about my titration work?",
        "Would you let me know how it looked from your side?",
        "I would appreciate knowing how my case exercise was assessed.",
    ],
)
def test_their_judgement_asked_for_in_other_words_is_a_feedback_ask(ask: str) -> None:
    body = f"Hi Maren,\n\n{ACK}\n\n{ask}\n\nThanks,\nAmara"
    assert "no_feedback_question" not in _codes("feedback_request", body)


@pytest.mark.parametrize(
    "line",
    [
        "I enjoyed the method validation exercise very much.",
        "My presentation covered the HPLC queue and the stability backlog.",
        "I wish the team every success with the new lab.",
    ],
)
def test_naming_the_work_without_asking_is_no_feedback_ask(line: str) -> None:
    body = f"Hi Maren,\n\n{ACK}\n\n{line}\n\nThanks,\nAmara"
    assert "no_feedback_question" in _codes("feedback_request", body)
