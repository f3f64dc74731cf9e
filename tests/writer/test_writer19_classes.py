"""WRITER19 (issue 17, blind run 18): a status check asks about the step of the process the notes name (not 'any news
since we spoke'), offers to work around the team's calendar, never says the team's pace back to it, never repeats a
result the interviewer heard at the interview and never leaves the company's news standing alone; a thank-you offers
the named step flexibility instead of saying the team's pace back; no 'stay in touch' line on LinkedIn and no hiring
process close to a peer. Notes invented here (a craft brewery, a county library service)."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import draft_json

BREWERY = """
candidate:
  name: Siobhan Kerrigan
  highlights:
    - 6 yrs cellar supervisor at a 40-barrel brewhouse in Cork
    - cut dry-hop losses 9% -> 4% w/ the packaging crew
position: Head of Production
company:
  name: Copper Kettle Brewing
  pace: {pace}
  culture: casual
  news:
    - opened a canning line in the old maltings
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Dublin
  format: onsite
interviewers:
  - name: Declan Burke
    title: Head Brewer
    role: hiring_manager
    email: declan@copperkettle.example
    topics:
      - dry-hop losses on the IPA line
  - name: Aoife Nolan
    title: People Partner
    role: recruiter
    email: aoife@copperkettle.example
    topics:
      - {steps}
  - name: Tomás Ryan
    title: Cellar Operator
    role: peer
    channel: handwritten
    topics:
      - how the cellar team rotates weekend cleaning
"""


def _run(
    tmp_path: Path, now: str, pace: str = "urgent", steps: str = "next step = tasting panel + cellar tour"
) -> dict:  # type: ignore[type-arg]
    return draft_json(tmp_path, BREWERY.format(pace=pace, steps=steps), "--now", now)


def _bodies(run: dict, kind: str) -> dict[str, str]:  # type: ignore[type-arg]
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == kind}


def test_a_status_check_asks_about_the_step_the_notes_name(tmp_path: Path) -> None:
    checks = _bodies(_run(tmp_path, "2026-11-27T10:00"), "status_check")
    assert checks, "a status check is planned ten days on"
    for body in checks.values():
        assert "the tasting panel" in body, body  # the step, by its name; the part after '+' is left out
        assert "cellar tour" not in body, body
        assert "work around the team's calendar" not in body, body  # writer76: an unasked offer is padding
        assert "since we spoke" not in body and "since our interview" not in body, body


def test_a_list_of_steps_asks_about_the_first_one_not_yet_met(tmp_path: Path) -> None:
    steps = "process = Head Brewer, then a trial brew day w/ the owner"
    checks = _bodies(_run(tmp_path, "2026-11-27T10:00", steps=steps), "status_check")
    assert any("the trial brew day with the owner" in body for body in checks.values()), checks


def test_a_step_jotted_with_a_date_or_a_clause_is_not_asked_about(tmp_path: Path) -> None:
    for steps in ("next step = panel on 3 Dec", '"next step: they will call me"'):
        checks = _bodies(_run(tmp_path, "2026-11-27T10:00", pace="normal", steps=steps), "status_check")
        for body in checks.values():
            assert "update on the" not in body and "timing for the" not in body, body
            assert "work around" not in body, body  # no step, no scheduling to offer flexibility on


def test_a_status_check_never_says_the_teams_pace_back_nor_a_stock_close(tmp_path: Path) -> None:
    for pace in ("urgent", "busy"):
        checks = _bodies(_run(tmp_path, "2026-11-27T10:00", pace=pace, steps="salary band discussed"), "status_check")
        for body in checks.values():
            lowered = body.lower()
            assert "busy time" not in lowered, body
            # WRITER63 (issue 17): an urgent team's quick timeline is acknowledged as what they said ("You mentioned
            # you were keen to decide quickly …"), never asserted as the candidate's reading of their pace
            assert "move quickly" not in lowered or (pace == "urgent" and "you mentioned" in lowered), body
            assert "hope to hear from you soon" not in lowered, body


def test_a_status_check_never_repeats_what_the_interviewer_heard_nor_leaves_news_alone(tmp_path: Path) -> None:
    checks = _bodies(_run(tmp_path, "2026-11-27T10:00", pace="normal"), "status_check")
    for body in checks.values():
        assert "I wanted to mention that" not in body, body
        assert "40-barrel" not in body, body  # a result told at the interview
        if "canning line" in body:  # the news is followed by the interest in the role, never left alone
            # WRITER27 (run27/run28 judges): said in the close, never as a stock tail on the news
            assert re.search(r"keen|interested|help with|help build", body), body
            assert len(re.findall(r"keen|interested", body)) <= 1, body  # once


def test_a_thank_you_offers_the_named_step_flexibility_without_saying_the_pace_back(tmp_path: Path) -> None:
    thanks = _bodies(_run(tmp_path, "2026-11-16T15:00"), "thank_you")
    for name in ("Declan Burke", "Aoife Nolan"):
        body = thanks[name]
        assert "moving quickly" not in body and "move quickly" not in body and "move fast" not in body, body
    assert any("the tasting panel around the team's" in thanks[n] for n in ("Declan Burke", "Aoife Nolan")), thanks


def test_a_card_to_a_peer_closes_on_thanks_not_on_the_hiring_process(tmp_path: Path) -> None:
    card = _bodies(_run(tmp_path, "2026-11-16T15:00"), "thank_you")["Tomás Ryan"]
    lowered = card.lower()
    for stock in ("next step", "next stage", "hear from you", "hearing from you", "work together", "part of the team"):
        assert stock not in lowered, card


LIBRARY = """
candidate:
  name: Priyanka Deshpande
  highlights:
    - ran the children's reading challenge for 3 branches
position: Community Librarian
company:
  name: Harrowgate County Libraries
interview:
  at: 2026-11-16T10:00
  timezone: Europe/London
  format: video
interviewers:
  - name: Gareth Lloyd
    title: Resourcing Adviser
    role: recruiter
    channel: linkedin
    topics:
      - process = recruiter screen, then a shadow morning at Eastfield branch
"""


def test_a_linkedin_thank_you_offers_the_step_and_says_no_goodbye(tmp_path: Path) -> None:
    run = draft_json(tmp_path, LIBRARY, "--now", "2026-11-16T15:00")
    (note,) = _bodies(run, "thank_you").values()
    assert "stay in touch" not in note, note
    assert "the shadow morning at the Eastfield branch" in note, note  # a named branch takes "the" (writer45)


# --- a measured result said whole, with its change and its team ----------------------------------------------------


def test_a_measured_highlight_keeps_its_change_and_its_team() -> None:
    from afterview.writer.credited_result import credited_result

    said = credited_result("ran a root-cause review on label misprints, reprints 40/week -> 6/week, w/ team of 4")
    assert said == (
        "I ran a root-cause review on label misprints with a team of four, and reprints fell from 40 a week to 6 a week"
    )
    crew = credited_result("dough rest time 50 min -> 35 min, w/ the night crew")
    assert crew is not None and crew.startswith("with the night crew, we brought dough rest time")
    assert "down from 50 minutes to 35 minutes" in crew
    ours = credited_result("our pharmacy team of 12 cut avg dispensing wait 45 min -> 20 min")
    assert ours == "our pharmacy team of 12 cut the average dispensing wait from 45 minutes to 20 minutes"


def test_a_highlight_without_a_team_or_a_readable_change_is_left_to_the_usual_clauses() -> None:
    from afterview.writer.credited_result import credited_result

    assert credited_result("rebuilt the proofing schedule, waste 9% -> 5%") is None  # no team: the usual clause
    assert credited_result("w/ team of 3, complaints ~20% of orders -> ~5%") is None  # words after a figure
    assert credited_result("sourdough starter kept alive since 2019") is None


BAKERY = """
candidate:
  name: Marguerite Laval
  highlights:
    - 7 yrs production lead at an industrial bakery in Lyon
    - ran a root-cause review on burnt batches, rejects 30/week -> 8/week, w/ team of 3
    - food hygiene level 3
position: Bakery Production Manager
company:
  name: Golden Crust Bakeries
  news:
    - opened a third oven line in Leeds
interview:
  at: 2026-11-16T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Owen Price
    title: Operations Director
    role: hiring_manager
    email: owen@goldencrust.example
    topics:
      - his q - how would I reduce waste on the night shift?
      - the new oven line
    challenges:
      - night shift rejects are too high, mostly burnt trays
  - name: Nia Evans
    title: Quality Lead
    role: hiring_manager
    email: nia@goldencrust.example
    topics:
      - the allergen audit in spring
    challenges:
      - rejects on the croissant line, about 1 tray in 10
"""


def test_their_question_is_answered_with_the_credited_result_and_their_problem_not_said_back(tmp_path: Path) -> None:
    thanks = _bodies(draft_json(tmp_path, BAKERY, "--now", "2026-11-16T15:00"), "thank_you")
    owen = thanks["Owen Price"]
    assert "with a team of three" in owen and "from 30 a week to 8 a week" in owen, owen
    assert "burnt trays" not in owen, owen  # their problem is used (the answer), never only restated
    assert "third oven line" not in owen, owen  # no congratulation beside the answer
    assert "I also" not in owen, owen  # no second item dropped in flat


def test_a_problem_with_a_related_result_is_answered_with_it(tmp_path: Path) -> None:
    thanks = _bodies(draft_json(tmp_path, BAKERY, "--now", "2026-11-16T15:00"), "thank_you")
    nia = thanks["Nia Evans"]
    assert "rejects on the croissant line" in nia and "team of three" in nia, nia  # their problem, then the result


def test_where_the_notes_ask_for_no_contact_the_thank_you_offers_no_more(tmp_path: Path) -> None:
    notes = LIBRARY.replace("  format: video\n", "  format: video\n  no_follow_up: true\n").replace(
        "    channel: linkedin\n", "    email: gareth@harrowgate.example\n"
    )
    (body,) = _bodies(draft_json(tmp_path, notes, "--now", "2026-11-16T15:00"), "thank_you").values()
    lowered = body.lower()
    # no time offered for a next step they have not asked for (the padding lines of a thin note stay: its length)
    for offer in ("short notice", "flexible", "diary open", "find time", "whatever comes next"):
        assert offer not in lowered, body


def test_a_recruiter_hears_the_process_help_without_the_pace_said_back(tmp_path: Path) -> None:
    thanks = _bodies(_run(tmp_path, "2026-11-16T15:00", pace="normal", steps="salary band discussed"), "thank_you")
    aoife = thanks["Aoife Nolan"]
    # WRITER22 (blind runs 23-24): an offer of time with no step named ("I can find time at short notice if that
    # helps") reads as a form letter; the recruiter hears the process help and the close alone
    assert not re.search(r"short notice|flexible|diary open|find time|whatever comes next", aoife), aoife
    assert "quickly" not in aoife and "busy" not in aoife, aoife
