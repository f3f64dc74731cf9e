"""writer66 (blind judges): a status check's value item means something to its reader, a requested item sent with a
check leads it, news since the interview is said as people say it, closes reaffirm interest without a pasted topic,
and a recruiter's card says their help back. Notes invented here: a brewery, a hospital ward, a parcel depot, a
flight-simulator workshop, a content studio, a bakery, a welding shop, a primary school."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.since_plain import said_plainly
from helpers import draft_json

CHECK = """
candidate:
  name: Priya Nair
{since}position: {position}
company:
  name: {company}
interview:
  at: 2026-11-10T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Lena Hart
    role: {role}
    {channel}
    topics:
      - {topic}
{requested}history:
  - {{kind: thank_you, to: Lena Hart, at: 2026-11-10T15:00}}
"""

TRADES = {
    "brewery": ("Assistant Brewer", "Copper Kettle Brewing", "the two weeks of onboarding in the brewery"),
    "ward": ("Staff Nurse", "St Aidan's Hospital", "the induction rota on the cardiac ward"),
    "depot": ("Shift Supervisor", "Parcelway", "the training week at the Leeds depot"),
    "school": ("Year 4 Teacher", "Hillcrest Primary", "the mentoring programme for new teachers"),
}


def _check(
    tmp_path: Path,
    *,
    role: str = "recruiter",
    trade: str = "brewery",
    since: str = "",
    requested: str = "",
    channel: str = "email: lena@example.com",
    topic: str | None = None,
    tone: str = "warm",
) -> dict:  # type: ignore[type-arg]
    position, company, their_topic = TRADES[trade]
    notes = CHECK.format(
        since=f"  since_interview:\n    - {since}\n" if since else "",
        position=position,
        company=company,
        role=role,
        channel=channel,
        topic=topic or their_topic,
        requested=f"requested:\n  - {requested}\n" if requested else "",
    )
    run = draft_json(tmp_path, notes, "--now", "2026-11-20T10:00", "--kind", "status_check", "--tone", tone)
    (message,) = run["messages"]
    return dict(message)


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_a_recruiters_topic_is_not_turned_into_an_offer_of_help(tmp_path: Path, trade: str) -> None:
    for tone in ("warm", "formal"):
        body = _check(tmp_path, trade=trade, tone=tone)["body"]
        assert "help with anything" not in body and "anything further" not in body, body
        # said back as what they walked the candidate through, and thanked for once
        assert TRADES[trade][2] in body and "Thank you again for" in body, body
        assert body.count("Thank") == 1, body


@pytest.mark.parametrize(
    "pending",
    ["the reference checks", "the visa sponsorship forms", "the background check forms", "the portfolio sample"],
)
def test_help_is_offered_on_a_step_still_pending(tmp_path: Path, pending: str) -> None:
    body = _check(tmp_path, topic=pending)["body"]
    assert re.search(r"happy to send anything else you need for " + re.escape(pending), body), body


@pytest.mark.parametrize(
    ("trade", "item"),
    [
        ("school", "sample lesson plan"),
        ("brewery", "photos of my weld test plates"),
        ("depot", "copy of my forklift licence"),
        ("ward", "contact details for my two references"),
    ],
)
def test_an_item_sent_with_the_check_follows_the_ask_and_names_the_subject(
    tmp_path: Path, trade: str, item: str
) -> None:
    found = _check(tmp_path, role="hiring_manager", trade=trade, requested=item)
    body, subject = found["body"], found["subject"]
    first, second = body.split("\n\n")[1:3]
    # writer72: one ask, asked first (the item once led it: writer66); the item sent follows, by name
    assert " ask " in first and "attached" not in first, body
    assert second.startswith("As you asked, I have attached"), body
    head = item.split()[0]
    # writer76: the subject names the role and purpose, never the attachment (judges read it as a file name)
    assert not subject.lower().startswith(head.lower()) and len(subject) <= 60, subject
    assert body.count("attached") == 1, body


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "I have obtained the EASA CS-FSTD qualification course certificate",
            "I have completed the EASA CS-FSTD qualification course",
        ),
        ("I have received a certificate of completion for the OSHA 30 course", "I have completed the OSHA 30 course"),
        ("I have obtained the NEBOSH General Certificate", "I have earned the NEBOSH General Certificate"),
        ("I have been awarded my ACCA diploma in IFRS", "I have earned my ACCA diploma in IFRS"),
        ("I have obtained my forklift licence", "I have obtained my forklift licence"),  # a thing issued keeps its verb
        ("I have passed the AWS exam", "I have passed the AWS exam"),
    ],
)
def test_news_since_the_interview_in_plain_words(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


@pytest.mark.parametrize(
    ("trade", "since", "said"),
    [
        (
            "brewery",
            "obtained the Cicerone beer server course certificate",
            "completed the Cicerone beer server course.",
        ),
        ("ward", "obtained the ALS provider course certificate", "completed the ALS provider course."),
        ("depot", "passed the CPC driver module 4 test", "passed the CPC driver module 4 test."),
        ("school", "obtained the phonics training certificate", "completed the phonics training."),
    ],
)
def test_a_check_tells_its_news_plainly_with_no_stock_tail(tmp_path: Path, trade: str, since: str, said: str) -> None:
    for role in ("recruiter", "hiring_manager"):
        body = _check(tmp_path, role=role, trade=trade, since=since)["body"]
        # (writer76: news that bears on nothing of theirs may end on what it names, offered: since_offer.py)
        plain = re.escape(said[:-1]) + r"(?:, and I would be (?:glad|pleased) to [a-z ]+)?\."
        assert re.search(r"Since (?:we spoke|our interview), I have " + plain, body), body
        assert "useful in the role" not in body and "obtained" not in body, body


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_a_deciders_bare_check_closes_without_a_pasted_topic(tmp_path: Path, trade: str) -> None:
    closes = set()
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        body = _check(tmp_path, role="hiring_manager", trade=trade, tone=tone)["body"]
        assert "especially after our talk" not in body and "particularly after our conversation" not in body, body
        # (enthusiastic: "really excited", writer69; writer76: or the work looked forward to, named from the notes)
        assert re.search(r"\b(?:interested|keen|excited|look forward to most|most look forward)\b", body), body
        closes.add(body.split("\n\n")[-2])
    assert len(closes) == 4, closes  # every tone changes the close


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_a_linkedin_check_closes_in_a_sentence_in_every_tone(tmp_path: Path, trade: str) -> None:
    bodies = set()
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        body = _check(tmp_path, trade=trade, channel="channel: linkedin", tone=tone)["body"]
        assert "Still very keen on the role." not in body and len(body) <= 300, body
        assert re.search(r"\bI(?:'m|'d| remain)\b[^.!?]*\b(?:keen|interested|love to join)\b", body), body
        bodies.add(body)
    assert len(bodies) == 4


CARD = """
candidate:
  name: Tomasz Kowal
position: {position}
company:
  name: {company}
interview:
  at: 2026-11-10T09:00
  timezone: Europe/Warsaw
  format: onsite
interviewers:
  - name: Ewa Nowak
    role: recruiter
    channel: handwritten
    topics:
      - {first}
      - {second}
  - name: Anna Wójcik
    role: hiring_manager
    email: anna@example.com
    topics:
      - the qualification runs for the new simulator
"""

CARDS = [
    (
        "Simulator Technician",
        "SkyTrain Aviation",
        "the relocation help for the move to Katowice",
        "the night-shift schedule",
        "make the move much easier",
    ),
    ("Content Intern", "Lumen Studio", "the two-week onboarding plan", "the interview stages", "what to expect"),
    (
        "Welder Fabricator",
        "Northgate Steel",
        "the relocation package to Gdansk",
        "the shift pattern",
        "make the move much easier",
    ),
    ("Baker", "Forno Verde", "the trial shift in the bakery", "the start date", "what to expect"),
]


@pytest.mark.parametrize(("position", "company", "first", "second", "help_said"), CARDS)
def test_a_recruiters_card_says_their_help_back(
    tmp_path: Path, position: str, company: str, first: str, second: str, help_said: str
) -> None:
    notes = CARD.format(position=position, company=company, first=first, second=second)
    for tone in ("warm", "formal"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-10T12:00", "--kind", "thank_you", "--tone", tone)
        (card,) = [m["body"] for m in run["messages"] if m["channel"] == "handwritten"]
        helped = ("what to expect", "what comes next") if help_said == "what to expect" else (help_said,)
        assert any(said in card for said in helped), card
        content = card.split("\n\n")[1:-1]
        assert len(re.findall(r"[.!?](?:\s|$)", " ".join(content))) >= 3, card  # thanks, their help, interest
