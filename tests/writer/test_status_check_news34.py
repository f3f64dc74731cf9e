"""Stop 34 (issue 17, blind run22 and both judges of run23base/run24base): a status check that holds nothing of the
candidate's since the interview is never a bare ask: the company's news is its one piece of value, to a recruiter
too and on LinkedIn, and the interest in the role is said again before the thanks (the domain guide: "beyond
reiterating your interest and inquiring about the status"). News dated before the interview is never congratulated
late; "got" is written as a letter says it; a step jotted as a gerund with its object is asked about as it is.
Notes invented here (a river-pilot school, a seed cooperative)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.items import news_shape
from afterview.writer.next_step import _step_of
from afterview.writer.shapes import is_clause
from helpers import draft_json

PILOTS = """\
candidate:
  name: Marta Oyelaran
  email: marta@example.com
  highlights:
    - 5 yrs as deckhand on Danube barges
position: Trainee River Pilot
company:
  name: Drava Pilot School
  news:
    - NEWS
  culture: CULTURE
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Zagreb
  duration_minutes: 45
  format: onsite
interviewers:
  - name: Goran Vuković
    title: Chief Pilot
    role: ROLE
    CONTACT
    topics:
      - night passages on the lower Drava
"""


def _check(tmp_path: Path, news: str, *, role: str = "hiring_manager", culture: str = "neutral", tone: str = "") -> str:
    contact = "channel: linkedin" if role == "recruiter" else "email: goran@dps.example"
    notes = PILOTS.replace("NEWS", news).replace("ROLE", role).replace("CONTACT", contact).replace("CULTURE", culture)
    args = ["--now", "2026-11-20T10:00", *(["--tone", tone] if tone else [])]
    run = draft_json(tmp_path, notes, *args)
    checks = [m for m in run["messages"] if m["kind"] == "status_check"]
    assert len(checks) == 1, run["messages"]
    assert not [f for f in checks[0]["findings"] if f["severity"] == "error" and f["check"] != "timing"], checks[0]
    return str(checks[0]["body"])


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_a_check_with_nothing_of_the_candidates_says_the_news_then_the_interest(tmp_path: Path, tone: str) -> None:
    body = _check(tmp_path, "added a second simulator bridge in November", tone=tone)
    assert "second simulator bridge" in body, body
    # WRITER25 (run25/run26 judges): the interest is said once; WRITER27 (run27/run28 judges): never as a stock
    # tail on the news ("which makes me all the keener to join the team"), but in the close, as the guide asks
    said = next(p for p in body.split("\n\n") if "second simulator bridge" in p)
    assert not re.search(r"keener|interest in the", said), body
    assert len(re.findall(r"keen|interested", body)) <= 1, body
    for stock in ("Thank you for your help.", "time and consideration"):
        assert stock not in body, body


def test_news_from_before_the_interview_is_never_congratulated_nor_said(tmp_path: Path) -> None:
    # stop 50 (writer_blind52, both judges): "It was good to see that …" about October news in a December check read
    # as stale news told as fresh; it is left out, unless it leads to the reader's work (status_check.j2)
    body = _check(tmp_path, "opened a night-navigation course in October")
    assert "Congratulations" not in body, body
    assert "night-navigation course" not in body, body


def test_a_recruiter_on_linkedin_hears_the_news_and_the_interest(tmp_path: Path) -> None:
    body = _check(tmp_path, "added a second simulator bridge in November", role="recruiter", culture="casual")
    assert "\n\n" not in body.strip() and len(body) <= 300, body  # a LinkedIn message
    assert "second simulator bridge" in body and "keen" in body, body


def test_a_thing_with_a_capitalised_name_is_a_noun_and_heard_about(tmp_path: Path) -> None:
    item = "new fleet of 4 MV Sava launches for 2027"
    assert not is_clause(item)
    assert news_shape(item, "Drava Pilot School")["noun"]
    body = _check(tmp_path, item)
    assert re.search(r"I was glad to hear about the new fleet of (?:4|four) MV Sava launches for 2027[.,]", body), body


def test_got_is_written_as_a_letter_says_it() -> None:
    shape = news_shape("got a 2-year grant from the river authority", "Drava Pilot School")
    assert shape["clause"] == "Drava Pilot School received a 2-year grant from the river authority"
    assert shape["gerund"] == "the 2-year grant from the river authority"  # "Congratulations on the … grant"
    assert "got" not in str(news_shape("Osijek base got new radar", "Drava Pilot School")["clause"])


def test_a_gerund_after_a_gerund_leaves_the_news_to_its_clause() -> None:
    shape = news_shape("started selling seed kits abroad", "Seedkeepers Co-op")
    assert shape["gerund"] is None and shape["clause"] == "Seedkeepers Co-op started selling seed kits abroad"


@pytest.mark.parametrize(
    ("topic", "step"),
    [
        ("next: meeting the board chair", "meeting the board chair"),
        ("next = touring the yard w/ Ana", "touring the yard with Ana"),
        ("next step: briefing session", "the briefing session"),
        ("process = CEO, then a case study w/ the COO", "the case study with the COO"),
    ],
)
def test_a_step_jotted_as_a_gerund_with_its_object_is_said_as_it_is(topic: str, step: str) -> None:
    assert _step_of(topic, "ceo chief pilot") == step


# --- the feedback request: one point, and a close of its own -------------------------------------------------------

KILN = """\
candidate:
  name: Ruth Amankwah
  email: ruth@example.com
  highlights:
    - fired 3 wood kilns a season at a community pottery
position: Kiln Technician
company:
  name: Tamale Clayworks
  news:
    - NEWS
  culture: neutral
interview:
  at: 2026-11-10T10:00
  timezone: Africa/Accra
  duration_minutes: 45
  format: onsite
  outcome: rejected
interviewers:
  - name: Yaw Darko
    title: Workshop Lead
    role: hiring_manager
    email: yaw@clayworks.example
    topics:
      - his q - how would I plan firings for the Jan glaze-test peak vs the Mar orders?
history:
  - kind: thank_you
    to: Yaw Darko
    at: 2026-11-10T15:00
"""


def _feedback(tmp_path: Path, news: str, tone: str = "warm") -> str:
    run = draft_json(
        tmp_path, KILN.replace("NEWS", news), "--now", "2026-11-25T10:00", "--tone", tone, "--feedback-request"
    )
    (message,) = [m for m in run["messages"] if m["kind"] == "feedback_request"]
    assert not [f for f in message["findings"] if f["severity"] in ("error", "warning")], message
    return str(message["body"])


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_a_feedback_request_asks_about_their_question_as_one_point(tmp_path: Path, tone: str) -> None:
    body = _feedback(tmp_path, "opened a second gas kiln in October", tone)
    # the whole question, its shorthand written out once ("versus", months), never "how plan … compares with"
    assert "when you asked how I would plan firings for the January glaze-test peak versus the March orders" in body
    assert "how plan" not in body and "compares with" not in body, body
    assert "where I could have been stronger" not in body, body


def test_a_feedback_request_leaves_their_news_out(tmp_path: Path) -> None:
    # writer64 (issue 17): a congratulation beside a feedback request reads as distracted; it once wished them well
    # with the news ("Congratulations on opening a second gas kiln …"), now it offers to stay in touch instead
    body = _feedback(tmp_path, "opened a second gas kiln in October")
    assert "gas kiln" not in body and "Congratulations" not in body, body
    assert "future openings" in body, body
    body = _feedback(tmp_path, "new glaze lab for 2027")
    assert "glaze lab" not in body, body


# --- after the run23/run24 verdicts (spent): the same classes in other words ----------------------------------------


def test_a_team_jotted_as_the_doer_stays_the_doer() -> None:
    from afterview.writer.whole_result import whole_result

    said = whole_result("our sales team of 3 took repeat orders 20% -> 45% of revenue")
    assert said == "our sales team of three took repeat orders from 20% to 45% of revenue"
    assert whole_result("the team cut waiting times ~40 min -> ~15 min") == (
        "our team cut waiting times from about 40 minutes to about 15 minutes"
    )
    assert not str(whole_result("our crew of 4 took losses 9% -> 3%")).startswith("I ")


def test_a_requested_item_is_said_as_a_letter_says_it() -> None:
    from afterview.notes.recipient import said_item

    class _Notes:
        interviewers: tuple[object, ...] = ()

    assert said_item(_Notes(), "scans of the 4 restored maps before/after") == (  # type: ignore[arg-type]
        "before-and-after scans of the 4 restored maps"
    )
    assert said_item(_Notes(), "copies of 2 certificates") == "copies of two certificates"  # type: ignore[arg-type]


def test_a_casual_check_closes_in_its_register_and_asks_a_recruiter_about_the_team(tmp_path: Path) -> None:
    body = _check(tmp_path, "added a second simulator bridge in November", culture="casual")
    # (WRITER25: said with the news where there is news, in the same register)
    # (writer76: or the work looked forward to, named from the notes, instead of a form nudge)
    keen = ("keener to join", "I am still very keen to join", "look forward to most")
    assert body.startswith("Hi ") and any(k in body for k in keen), body
    assert "I remain very interested" not in body, body
    notes = PILOTS.replace("NEWS", "added a second simulator bridge").replace("ROLE", "recruiter")
    notes = notes.replace("CONTACT", "email: goran@dps.example").replace("CULTURE", "neutral")
    notes = notes.replace("company:\n", "company:\n  pace: busy\n")
    run = draft_json(tmp_path, notes, "--now", "2026-11-20T10:00")
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    assert "when the team expects to decide" in check or "by which the team expects" in check, check


def test_a_grade_jotted_after_the_title_is_said_before_it(tmp_path: Path) -> None:
    notes = PILOTS.replace("Trainee River Pilot", "River Pilot (Junior)").replace("NEWS", "added a simulator")
    notes = (
        notes.replace("ROLE", "hiring_manager").replace("CONTACT", "email: g@dps.example").replace("CULTURE", "neutral")
    )
    run = draft_json(tmp_path, notes, "--now", "2026-11-10T14:00")
    for message in run["messages"]:
        assert "(Junior)" not in message["body"] and "Junior River Pilot" in message["body"], message["body"]
        assert not [f for f in message["findings"] if f["severity"] == "error"], message["findings"]
