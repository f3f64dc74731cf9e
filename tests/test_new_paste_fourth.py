"""`afterview new`'s paste reader, fourth pass (issue 14): what the fourth first-time-user trial found.

Phrasings written for these tests (not the trial's): a read-back fix changes only the fields it names; a
question put to the candidate about their own experience is never the interviewer's topic with 'my' made
'your'; problem words make a challenge; a third-person pronoun for the person is not said back to them;
the candidate's own first-person lines are highlights; a decision phrase with a bracketed date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from afterview.notes.paste import read_paste
from test_new_paste_third import asked_after, person

TODAY = date(2026, 12, 2)  # a Wednesday

PASTE = """\
Granite Hardware - Store Operations Lead - interview today 2pm
Ruth Adeyemi - Dist. Ops Manager (hiring mgr)
- asked how I'd cut shrink in the garden center
- asked abt my forklift cert and OSHA 10
- receiving crew is understaffed on weekends
- we both grew up in Tulsa / she still roots for the Drillers
Colin Ames - recruiter
- benefits start after 60 days
- their POS rollout is behind schedule
I ran inventory counts for 3 stores at my old job
at my last job I set up a weekly safety huddle
they decide by end of next week (Fri Dec 11?) Colin said he'd call
me: Sam Rivera
"""


def ruth(data: dict[str, Any]) -> dict[str, Any]:
    return person(data, "Ruth Adeyemi")


# --- 1. a read-back fix changes only what it names ---------------------------------------------------


def test_a_title_is_not_cut_at_an_abbreviations_dot() -> None:
    assert ruth(read_paste(PASTE, TODAY).data)["title"] == "Dist. Ops Manager"
    jotted = "Data Clerk at Fenwick Mills\nOla Brandt - HR bus. partner\n- payroll cutover\n"
    assert person(read_paste(jotted, TODAY).data, "Ola Brandt")["title"] == "HR bus. partner"


def test_a_fix_with_a_role_and_a_challenge_keeps_the_common_ground() -> None:
    answers = {"understood: Colin Ames": "peer; the holiday schedule; Challenge: turnover among cashiers"}
    text = PASTE.replace("- benefits start", "- we both coached youth soccer\n- benefits start")
    _, data, _ = asked_after(read_paste(text, TODAY), answers)
    colin = person(data, "Colin Ames")
    assert colin["role"] == "peer"
    assert colin["topics"] == ["the holiday schedule"]
    assert colin["challenges"] == ["turnover among cashiers"]
    assert [r.removeprefix("both ") for r in colin["rapport"]] == ["coached youth soccer"]


def test_a_fix_with_only_a_challenge_keeps_the_topics() -> None:
    answers = {"understood: Colin Ames": "Challenge: long checkout lines"}
    _, data, _ = asked_after(read_paste(PASTE, TODAY), answers)
    colin = person(data, "Colin Ames")
    assert colin["challenges"] == ["long checkout lines"]
    assert colin["topics"] == ["benefits start after 60 days"]


def test_a_title_can_be_fixed_at_the_read_back() -> None:
    answers = {"understood: Ruth Adeyemi": "Title: District Operations Manager"}
    asked, data, _ = asked_after(read_paste(PASTE, TODAY), answers)
    assert ruth(data)["title"] == "District Operations Manager"
    assert ruth(data).get("challenges")  # kept
    back = next(q for q in asked if q.text.startswith("  understood: Ruth"))
    assert "Title:" in (back.hint or "") and "kept" in (back.hint or "")


# --- 2. what they asked me is not their topic said as theirs ------------------------------------------


def test_a_question_about_my_own_experience_is_no_topic_said_as_theirs() -> None:
    data = read_paste(PASTE, TODAY).data
    for topic in ruth(data).get("topics", []):
        assert not re.search(r"\b(?:you|your|you'd)\b", topic, re.I), topic
    assert "shrink in the garden center" in ruth(data).get("topics", [])
    assert any("forklift cert" in h for h in data["candidate"]["highlights"])


# --- 3. problem words make a challenge ---------------------------------------------------------------


def test_problem_words_file_a_challenge_not_a_topic() -> None:
    data = read_paste(PASTE, TODAY).data
    assert "receiving crew is understaffed on weekends" in ruth(data)["challenges"]
    assert "their POS rollout is behind schedule" in person(data, "Colin Ames")["challenges"]
    text = "Data Clerk at Fenwick Mills\nOla Brandt - controller\n- AP team is swamped, they're short two clerks\n"
    ola = person(read_paste(text, TODAY).data, "Ola Brandt")
    assert ola.get("challenges") and not ola.get("topics")


# --- 4. no third-person pronoun for the person said back to them -------------------------------------


def test_a_third_person_clause_about_them_is_not_kept() -> None:
    rapport = ruth(read_paste(PASTE, TODAY).data)["rapport"]
    assert [r.removeprefix("both ") for r in rapport] == ["grew up in Tulsa"]


# --- 5. the candidate's own lines are highlights; unread lines are asked about once ------------------


def test_first_person_lines_of_my_own_work_are_highlights() -> None:
    pasted = read_paste(PASTE, TODAY)
    highlights = pasted.data["candidate"]["highlights"]
    assert any("inventory counts for 3 stores" in h for h in highlights)
    assert any("weekly safety huddle" in h for h in highlights)
    assert not any("safety huddle" in line for line in pasted.unread)


def test_unread_lines_are_asked_about_once_as_the_summary_promises() -> None:
    text = PASTE + "the break room has a ping pong table\n"
    asked, data, said = asked_after(read_paste(text, TODAY), {r"^\s*Not read": "Colin"})
    prompts = [q for q in asked if q.text.lstrip().startswith("Not read")]
    assert len(prompts) == 1 and sum("ping pong" in s for s in said) == 2  # listed once, then said as added
    assert "the break room has a ping pong table" in person(data, "Colin Ames")["topics"]
    _, data, _ = asked_after(read_paste(text, TODAY), {})  # Enter leaves them out
    assert "the break room has a ping pong table" not in person(data, "Colin Ames")["topics"]


# --- 6. a decision phrase with a bracketed date and who will call ------------------------------------


def test_a_bracketed_date_in_a_decision_phrase_wins() -> None:
    pasted = read_paste(PASTE, TODAY)
    assert pasted.data["interview"]["decision_by"] == "2026-12-11"
    assert not any("decide" in line for line in pasted.unread)
    assert person(pasted.data, "Colin Ames").get("primary_contact") is True


def test_unread_lines_can_each_go_to_their_own_place() -> None:
    text = PASTE + "the break room has a ping pong table\nthey just opened a store in Joplin\n"
    pasted = read_paste(text, TODAY)
    places = {"the break room has a ping pong table": "Colin", "they just opened a store in Joplin": "news"}
    order = [places.get(line, "-") for line in pasted.unread]
    _, data, _ = asked_after(pasted, {r"^\s*Not read": ", ".join(order)})
    if "they just opened a store in Joplin" in pasted.unread:
        assert "they just opened a store in Joplin" in data["company"]["news"]
    assert "the break room has a ping pong table" in person(data, "Colin Ames")["topics"]
    assert "the break room has a ping pong table" not in ruth(data).get("topics", [])
