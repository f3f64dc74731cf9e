"""Classes blind30 (spent) showed the facts, purpose, personalization and fluency checks misreading, checks32: one
test per class, on notes and sentences written here (never a corpus sentence), each with a near miss beside it."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Ilse Haugen
  highlights:
    - translated 30 episodes of a Thai sitcom into Norwegian
    - built a glossary tool in Python
  since_interview:
    - finished a course on audio description
position: Localisation Specialist
company:
  name: Fjordline Media
  news: [signed a catalogue deal with a Danish broadcaster]
interview:
  at: 2026-10-08T09:00
  timezone: Europe/Oslo
  duration_minutes: 60
  format: video
  decision_by: 2026-10-20
interviewers:
  - name: Rune Dahl
    title: Head of Localisation
    role: hiring_manager
    email: rune@fjordline.example
    topics:
      - rendering Bokmål dialect jokes
      - the shared terminology sheet
    challenges:
      - clients sending late script changes
  - name: Siri Lund
    title: Recruiter
    role: recruiter
    email: siri@fjordline.example
    topics:
      - the written translation test
      - relocation support
"""

WHEN = datetime(2026, 10, 14, 10, 0).astimezone()


@pytest.fixture(scope="module")
def notes() -> Notes:
    return notes_from_text(NOTES, "subs.yaml")


def draft(notes: Notes, body: str, kind: Kind = Kind.thank_you, to: str = "Rune Dahl") -> Draft:
    return check_hand_written(notes, "Hello", body, kind=kind, to=to, now=WHEN, send_at=WHEN)


def codes(d: Draft, check: str) -> set[str]:
    return {f.code for f in d.findings if f.check == check and f.severity != "info"}


def letter(middle: str, to: str = "Rune") -> str:
    return f"Dear {to},\n\n{middle}\n\nKind regards,\nIlse"


def test_a_hyphenated_short_form_of_two_notes_words_is_no_new_name(notes: Notes) -> None:
    said = "Thank you for the call. The Bokmål jokes reminded me of my T-sitcom work, and I enjoyed it."
    assert "unsupported_name" not in codes(draft(notes, letter(said)), "facts")
    # a hyphenated word whose parts the notes do not write side by side is still a new name
    made_up = "Thank you for the call. The Bokmål jokes reminded me of my K-pop work, and I enjoyed it."
    assert "unsupported_name" in codes(draft(notes, letter(made_up)), "facts")


def test_an_abbreviation_in_the_plural_is_no_name(notes: Notes) -> None:
    said = "Thank you for the call. The Bokmål jokes were fun, and the course covered speaker IDs and music cues."
    assert "unsupported_name" not in codes(draft(notes, letter(said)), "facts")


def test_the_candidates_own_act_since_the_interview_may_carry_its_date(notes: Notes) -> None:
    sent = "Just checking in on the Localisation Specialist role: is there any news on the decision?"
    own = draft(notes, letter(f"{sent} I sent the glossary sample Rune asked for on 12 October."), Kind.status_check)
    assert "unsupported_date" not in codes(own, "facts")
    # a date the notes cannot support, said of their side, still warns
    theirs = draft(notes, letter(f"{sent} I saw the deal was signed on 12 October."), Kind.status_check)
    assert "unsupported_date" in codes(theirs, "facts")


def test_a_month_of_the_candidates_own_plan_is_theirs(notes: Notes) -> None:
    plan = "Thank you for the call. I can hand in my notice in December, and the Bokmål jokes were fun."
    assert "unsupported_date" not in codes(draft(notes, letter(plan)), "facts")
    work = "Thank you for the call. I could help with the script changes in December, and the Bokmål jokes were fun."
    assert "unsupported_date" in codes(draft(notes, letter(work)), "facts")


@pytest.mark.parametrize(
    ("ask", "asks"),
    [
        ("Could you let me know if there is any news on the written translation test?", True),
        ("Is there any update on when the take-home exercise will be sent?", True),
        ("Would you kindly confirm that my application is still under consideration.", True),
        ("I wanted to ask whether the relocation support covers a first month of rent.", False),
        ("Is there any update on the catalogue deal with the broadcaster?", False),
    ],
)
def test_a_status_check_asks_about_a_task_of_the_process(notes: Notes, ask: str, asks: bool) -> None:
    body = letter(f"I hope your week is going well. {ask} I have since finished the audio description course.", "Siri")
    found = codes(draft(notes, body, Kind.status_check, "Siri Lund"), "purpose")
    assert ("no_status_question" not in found) is asks


def test_gratitude_promised_for_a_favour_is_no_thanks(notes: Notes) -> None:
    plea = letter("I enjoyed the Bokmål jokes. If you can put in a word for me, I would be forever grateful.")
    assert "no_thanks" in codes(draft(notes, plea), "purpose")
    thanks = letter("I enjoyed the Bokmål jokes, and I am grateful for your time today.")
    assert "no_thanks" not in codes(draft(notes, thanks), "purpose")


def test_what_i_could_have_done_better_asks_for_feedback(notes: Notes) -> None:
    body = letter("Thanks for letting me know. I'd love to hear what I could've done better in the written test.")
    assert "no_feedback_question" not in codes(draft(notes, body, Kind.feedback_request), "purpose")
    body = letter("Thanks for letting me know. I wish the team all the best with the Danish deal.")
    assert "no_feedback_question" in codes(draft(notes, body, Kind.feedback_request), "purpose")


def test_an_item_named_by_a_word_that_is_no_everyday_english(notes: Notes) -> None:
    rare = letter("Thanks for the chat today! Your Bokmål examples made me smile.")
    assert "generic" not in codes(draft(notes, rare), "personalization")
    # an everyday word of an item ('shared') names nothing on its own
    common = letter("Thanks for the chat today! I am glad we shared a laugh, and I am keen on the role.")
    assert "generic" in codes(draft(notes, common), "personalization")


def test_a_vs_copied_from_the_notes_warns_only_as_a_pasted_fragment(notes: Notes) -> None:
    text = NOTES.replace("      - the shared terminology sheet", "      - subtitles vs dubbing")
    vs_notes = notes_from_text(text, "vs.yaml")
    inside = letter("Thank you for today. Subtitles vs dubbing is a debate I could have for hours.")
    assert "notes_shorthand" not in codes(draft(vs_notes, inside), "fluency")
    pasted = letter("Thank you for today. I enjoyed the part about this question: subtitles vs dubbing.")
    assert "notes_shorthand" in codes(draft(vs_notes, pasted), "fluency")


def test_where_the_candidate_saw_the_news_is_theirs_to_say(notes: Notes) -> None:
    seen = "Thank you for the call. I saw the Danish catalogue deal on Facebook, and the Bokmål jokes were fun."
    assert "unsupported_name" not in codes(draft(notes, letter(seen)), "facts")
    # a feed named as a partner the notes never give is still a new name
    partner = "Thank you for the call. The deal with Facebook sounds big, and the Bokmål jokes were fun."
    assert "unsupported_name" in codes(draft(notes, letter(partner)), "facts")
