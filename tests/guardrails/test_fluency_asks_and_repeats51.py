"""Fluency classes of blind43 said in other words (checks51): two requests joined in one sentence ("…, and would it
be possible to …", "please confirm …, and let me know …", "… and also whether you could …", "is X, and can I see
Y?"); one ask announced at the top and asked at the end with news between (one ask, not two); a phrase said twice
in one sentence; and 'I need to' before two verbs, which is plain speech."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("trade", "kind", "body"),
    [
        (
            "bakery",
            Kind.thank_you,
            "Thank you for the tour of the laminating line. Could you let me know when I "
            "should expect a decision, and would it be possible to meet the night bakers before then?",
        ),
        (
            "wind",
            Kind.thank_you,
            "Thank you for Tuesday. I have attached my CV and two inspection reports. Please "
            "confirm receipt of the reports, and let me know whether the rope access course is paid by the company.",
        ),
        (
            "pharmacy",
            Kind.status_check,
            "I wanted to ask whether there is any update on the Senior Clinical "
            "Pharmacist role, and also whether you could send me the details of the rota in writing.",
        ),
        (
            "freight",
            Kind.thank_you,
            "Great to meet you today. Quick question: is the Monterrey office open on "
            "Saturdays, and can I see the depot schedule in writing?",
        ),
    ],
)
def test_two_asks_in_one_sentence_are_flagged(trade: str, kind: Kind, body: str) -> None:
    assert "two_asks" in codes(check(trade, kind, body), "fluency")


@pytest.mark.parametrize(
    ("trade", "body"),
    [
        (
            "bakery",
            "I am writing to ask about the status of the Production Lead role. Since we met I have finished "
            "a food safety refresher course. Could you let me know whether a decision has been made?",
        ),
        (
            "wind",
            "I wanted to ask whether a decision has been made on the Blade Technician Lead role. I have since "
            "renewed my GWO certificates. I would be grateful for any update you can share.",
        ),
        (
            "pharmacy",
            "I wanted to ask about the status of the Senior Clinical Pharmacist role. I read about the "
            "satellite pharmacy in Nashik with interest. Is there a decision yet?",
        ),
        (
            "freight",
            "I am writing to ask how the Logistics Analyst decision is going. I followed the news of the Guatemala "
            "routes. Could you tell me whether there is any news on the decision?",
        ),
    ],
)
def test_an_announced_ask_asked_again_is_one_ask(trade: str, body: str) -> None:
    assert "two_asks" not in codes(check(trade, Kind.status_check, body), "fluency")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "The Instagram orders really got me thinking, really got me thinking about the morning bake."),
        (
            "wind",
            "It was really good to hear about the Norway contract, and it was really good to hear how the "
            "crews rotate.",
        ),
        ("pharmacy", "I was glad to learn about Nashik and I was glad to learn how the stock moves there."),
        ("freight", "The depot forecasts sound like a fun puzzle, and the van routes sound like a fun puzzle too."),
    ],
)
def test_a_phrase_said_twice_in_one_sentence_is_flagged(trade: str, line: str) -> None:
    found = check(trade, Kind.thank_you, f"Thank you for Tuesday. {line} I would be glad to help.")
    assert "repeated_phrase" in codes(found, "fluency")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "I need to give notice by Friday, so I need to plan my move to Lyon soon."),
        ("wind", "I want to learn the Norway turbines, and I want to lead a crew there one day."),
        ("pharmacy", "I have to finish a course this month, and I have to move from Nagpur too."),
        ("freight", "I hope to see the depots soon, and I hope to meet the drivers as well."),
    ],
)
def test_a_need_or_wish_before_two_verbs_is_no_repeat(trade: str, line: str) -> None:
    found = check(trade, Kind.thank_you, f"Thank you for Tuesday. {line} Thank you again.")
    assert "repeated_phrase" not in codes(found, "fluency")
