"""`afterview new`'s paste reader, fifth pass (issue 14): what the fifth first-time-user trial found.

Phrasings written for these tests (not the trial's): a job line whose format part has a parenthetical and whose
job is a trade or care job with a grade ('Social Worker II'); a labelled person line ('interviewer: …').
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from afterview.notes.paste import read_paste
from afterview.notes.paste_lines import position_and_company
from test_new_paste_third import person

TODAY = date(2026, 12, 2)  # a Wednesday


# --- 1. a job line whose format part has a parenthetical ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "position", "company"),
    [
        ("Harbor Clinic - Social Worker - phone (Zoom) tomorrow 9am", "Social Worker", "Harbor Clinic"),
        ("Pine County Schools - Bus Driver III - onsite (depot) fri 8am", "Bus Driver III", "Pine County Schools"),
        ("Riverbend Hospital - Patient Care Aide - video (Teams) 1pm", "Patient Care Aide", "Riverbend Hospital"),
        ("Northgate Bank - Teller 2 - onsite (branch 4) today 11am", "Teller 2", "Northgate Bank"),
    ],
)
def test_a_job_line_with_a_parenthetical_format_is_read(line: str, position: str, company: str) -> None:
    assert position_and_company(line) == (position, company)


def test_the_whole_job_line_is_read_not_left_unread() -> None:
    text = "Harbor Clinic - Youth Counselor - video (Teams) today 10:30am\nMaya Lin - program director\n- group homes\n"
    pasted = read_paste(text, TODAY)
    assert pasted.data["position"] == "Youth Counselor"
    assert pasted.data["company"]["name"] == "Harbor Clinic"
    assert pasted.data["interview"]["format"] == "video"
    assert not any("Harbor" in line for line in pasted.unread)


# --- 2. a labelled person line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("only one person: Dana Whitfield, unit manager", "Dana Whitfield", "unit manager"),
        ("interviewer: Raj Patel, site lead", "Raj Patel", "site lead"),
        ("met with: Gloria Mendez (HR director)", "Gloria Mendez", "HR director"),
        ("spoke with - Tom Becker, shift supervisor", "Tom Becker", "shift supervisor"),
    ],
)
def test_a_labelled_person_line_is_a_person(line: str, name: str, title: str) -> None:
    text = f"Day Care Aide at Sunny Days\n{line}\n- talked about staffing ratios\n"
    assert person(read_paste(text, TODAY).data, name)["title"] == title


def test_a_labelled_panel_line_is_each_person() -> None:
    text = "Day Care Aide at Sunny Days\npanel: Ann Cole (director), Ben Ortiz (lead teacher)\n- nap schedules\n"
    data = read_paste(text, TODAY).data
    assert person(data, "Ann Cole")["title"] == "director"
    assert person(data, "Ben Ortiz")["title"] == "lead teacher"


# --- 3. a decision span in shorthand -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("they decide in ~2 wks", date(2026, 12, 16)),
        ("decision in approx 1 wk", date(2026, 12, 9)),
        ("should hear back in 1-2wks", date(2026, 12, 16)),
        ("they'll decide within ~10 days", date(2026, 12, 12)),
        ("HM said they'd decide in ~2 mos", date(2027, 2, 2)),
        ("decision in about a mo", date(2027, 1, 2)),
    ],
)
def test_a_decision_span_in_shorthand_is_read(line: str, day: date) -> None:
    pasted = read_paste(f"Day Care Aide at Sunny Days\n{line}\n", TODAY)
    assert pasted.data["interview"]["decision_by"] == day.isoformat()
    assert not any("decide" in u or "decision" in u or "hear back" in u for u in pasted.unread)


# --- 4. common ground with '!!' after it; a cheer; nothing lost without a word -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "also went to Ohio University like me!! go bobcats",
        "grew up in Dayton same as me!!",
        "we both did Teach for America!!",
        "she also went to Purdue like me",
        "coaches little league just like me!!!",
        "coaches little league like me. go Cubs",
    ],
)
def test_common_ground_is_read_even_with_exclamations(line: str) -> None:
    text = f"Day Care Aide at Sunny Days\nAnn Cole - director\n- {line}\n- nap schedules\n"
    pasted = read_paste(text, TODAY)
    ann = person(pasted.data, "Ann Cole")
    assert len(ann.get("rapport", [])) == 1
    assert "!" not in ann["rapport"][0]
    assert not re.match(r"(?i)she\b", ann["rapport"][0])
    assert ann.get("topics") == ["nap schedules"]


def test_a_cheer_is_no_topic_and_is_shown_as_not_read() -> None:
    text = "Day Care Aide at Sunny Days\nAnn Cole - director\n- also went to Ohio University like me!! go bobcats\n"
    pasted = read_paste(text, TODAY)
    ann = person(pasted.data, "Ann Cole")
    assert not any("bobcats" in t for t in ann.get("topics", []))
    assert any("bobcats" in line for line in pasted.unread) or any("bobcats" in r for r in ann.get("rapport", []))


def test_nothing_a_paste_held_disappears_without_a_word() -> None:
    text = (
        "Day Care Aide at Sunny Days\nAnn Cole - director\n- grew up in Dayton same as me!!\n"
        "- omg so nervous!!\n- nap schedules\n"
    )
    pasted = read_paste(text, TODAY)
    shown = str(pasted.data) + " ".join(pasted.unread) + " ".join(a for _, a in pasted.asides)  # 'not kept (…)'
    for words in ("Dayton", "nervous", "nap schedules"):
        assert words in shown
