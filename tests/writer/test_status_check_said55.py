"""writer55 (issue 17): a status check reads as written, not assembled. The reader's problem is said as a problem of
the role, never as a thing to help with ("I would love to help with losing techs" says the opposite); the company's
news colours the interest, never joined to it by "and" as a second act; one rule for what says more than a label,
computed once for both channels (writer/check_terms.py); an owed "LinkedIn recommendation" is no link. Notes invented
here (a boatyard, a bakery)."""

from __future__ import annotations

import re
from pathlib import Path

from afterview.writer.check_terms import check_terms, linked, problem_line
from afterview.writer.owed import waits_on
from helpers import draft_json

BOATYARD = """
candidate:
  name: Ilse Vermeer
  highlights:
    - ran the night shift at a bottling plant
position: Yard Foreman
company:
  name: Harlingen Boatworks
  culture: {culture}
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Amsterdam
  format: onsite
interviewers:
  - name: Joost Bakker
    role: hiring_manager
    email: joost@boatworks.example
    topics:
      - the spring refit season
    challenges:
      - losing welders to the wind-farm yards in Eemshaven
"""

BAKERY = """
candidate:
  name: Tomasz Nowak
  highlights:
    - forklift licence
position: Night Baker
company:
  name: Korte Bakery
  culture: {culture}
  news:
    - opened a second shop in Delft in December
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Amsterdam
  format: onsite
interviewers:
  - name: Anouk de Vries
    role: hiring_manager
    email: anouk@korte.example
    topics:
      - sourdough schedules
"""


def _check(tmp_path: Path, notes: str, tone: str) -> str:
    run = draft_json(tmp_path, notes, "--now", "2026-12-10T10:00", "--tone", tone)
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(check)


def test_their_problem_is_said_as_a_problem_never_as_a_thing_to_help_with(tmp_path: Path) -> None:
    for culture, tone in (("neutral", "warm"), ("formal", "formal")):
        check = _check(tmp_path, BOATYARD.format(culture=culture), tone)
        assert not re.search(r"help (?:with )?(?:it|losing)|love to help\b", check), check
        # writer61: nor named alone after the ask, with nothing of the candidate's that answers it ("The part of the
        # role I keep coming back to is …" read as a stranded line to writer_blind54's judges); the close names
        # what they talked about
        assert not re.search(r"keep (?:coming back|returning) to", check), check
        # writer69: thanked for as the talk it was, never pasted in as work to share ("I would really enjoy working
        # with you on the spring refit season")
        # (writer76: named after the ask as the work the candidate looks forward to, no longer thanked in the close)
        assert "the spring refit season" in check.split("\n\n")[2], check
        assert "working with you on" not in check and "work with you on" not in check, check


def test_a_problem_line_follows_the_problems_form() -> None:
    # a clause of theirs is what the candidate keeps coming back to; a noun phrase, the part of the role
    assert problem_line("how your quotes take about five days", formal=False) == (
        "I keep coming back to how your quotes take about five days."
    )
    assert problem_line("your point that the kiln runs cold on Mondays", formal=True) == (
        "I have continued to reflect on your point that the kiln runs cold on Mondays."
    )
    assert problem_line("the rock armour supply", formal=False) == (
        "The part of the role I keep coming back to is the rock armour supply."
    )


def test_only_a_problem_that_says_more_than_a_label_is_named() -> None:
    base = {"tone": "warm", "still_owed": None, "challenge_clause": None, "problem_noun": False}
    assert check_terms({**base, "challenge": "AOG parts"})["problem_line"] is None  # a bare jotted head
    assert check_terms({**base, "challenge": "AOG parts", "problem_noun": True})["problem_says"]  # a frame holds it
    said = check_terms({**base, "challenge": None, "challenge_clause": "the kiln runs cold"})
    assert said["problem"] == "your point that the kiln runs cold" and said["problem_says"]
    assert check_terms({**base, "challenge": "parts arrive late every week"})["problem_says"]  # more than 3 words


def test_news_follows_the_ask_never_joined_to_the_interest_by_and(tmp_path: Path) -> None:
    for culture, tone in (("neutral", "warm"), ("formal", "formal"), ("neutral", "enthusiastic")):
        check = _check(tmp_path, BAKERY.format(culture=culture), tone)
        assert not re.search(r"(?:Congratulations|glad to see|good to see|glad to hear)[^.]*, and I ", check), check
        assert "second shop" in check, check  # nothing else of value: the news is said
        # writer61: after the ask, never before it (one ask, asked first; writer_blind54's judges read a news line
        # opening the check as oddly placed)
        assert "second shop" not in check.split("\n\n")[1] and "second shop" in check.split("\n\n")[2], check
        # the interest, in the close (writer76: or the work looked forward to, after the news in its paragraph)
        interest = re.search(r"interested|keen", check.split("\n\n")[3])
        assert interest or "look forward to most" in check.split("\n\n")[2], check


def test_news_dated_before_the_interview_is_not_said_in_a_check(tmp_path: Path) -> None:
    # October news in a December check reads as stale news told as fresh (writer_blind52, both judges): left out,
    # on either channel; the December news above (after the interview) is said
    old = BAKERY.replace("in December", "in October")
    for culture, tone in (("neutral", "warm"), ("formal", "formal")):
        check = _check(tmp_path, old.format(culture=culture), tone)
        assert "second shop" not in check, check
        assert re.search(r"any (?:news|update)|decision|timeline", check), check  # still asks
    linkedin = old.replace("    email: anouk@korte.example\n", "    channel: linkedin\n")
    check = _check(tmp_path, linkedin.format(culture="neutral"), "warm")
    assert "second shop" not in check, check


def test_an_owed_linkedin_recommendation_is_no_link() -> None:
    assert not linked("the LinkedIn recommendation from my last manager")
    assert linked("the link to my portfolio") and linked("links to the two case studies")
    assert not linked("https://example.com/portfolio link")  # a link the notes carry is no link to send later


def test_an_owed_item_that_waits_keeps_its_time() -> None:
    assert waits_on("copy of lead auditor cert when it arrives")
    assert waits_on("transcript once issued")
    assert not waits_on("references from my last two employers")
