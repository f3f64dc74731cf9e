"""WRITER59 (issue 17, class 1): a topic or problem of the reader's added on its own ("I was glad we talked about X.",
an item asked for by name or the one item a note falls back on) is never named and left where a highlight of the
candidate's shares ground with it: the two are said together (writer/also_tie.py). No tie is made up: an item no
highlight relates to, or whose related highlight the note already tells, is said as before. Notes invented here (a
tram depot, a botanical garden)."""

from __future__ import annotations

from pathlib import Path

from afterview.prompts import environment
from afterview.writer.also_tie import said_before, with_ties
from afterview.writer.items import Also
from helpers import requests_for

TRAM = """
candidate:
  name: Ines Vogt
  highlights:
    - rebuilt the bogie overhaul schedule, overhaul backlog 40 -> 12 bogies
    - 6 yrs tram driver before moving into maintenance
    - set up a spare parts kanban for the night shift, stock-outs 9 -> 2 a month
position: Depot Maintenance Planner
company:
  name: Linz Tram Works
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Vienna
  format: onsite
interviewers:
  - name: Petra Huber
    role: hiring_manager
    email: petra@tram.example
    topics:
      - the bogie overhaul backlog
      - {second}
"""


def _request(tmp_path: Path, second: str):  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes.yaml"
    notes.write_text(TRAM.format(second=second), encoding="utf-8")
    return next(r for label, r in requests_for(notes, "2026-11-16T15:00") if "thank_you" in label)


def test_a_topic_with_a_related_highlight_carries_it(tmp_path: Path) -> None:
    request = _request(tmp_path, "the winter timetable")
    items: list[Also] = [{"kind": "topic", "text": "the bogie overhaul backlog", "verb": False}]
    tied = with_ties(items, request, "Dear Petra,\n\nThank you for the conversation.\n")
    assert tied[0].get("tie", "").startswith("I rebuilt the bogie overhaul schedule"), tied


def test_a_topic_no_highlight_relates_to_is_left_untied(tmp_path: Path) -> None:
    request = _request(tmp_path, "the winter timetable")
    items: list[Also] = [{"kind": "topic", "text": "the staff canteen menu", "verb": False}]
    assert "tie" not in with_ties(items, request, "Dear Petra,\n\nThanks.\n")[0]


def test_a_highlight_the_note_already_tells_is_not_told_again(tmp_path: Path) -> None:
    request = _request(tmp_path, "the winter timetable")
    body = "I rebuilt the bogie overhaul schedule, and the overhaul backlog went from 40 to 12 bogies."
    items: list[Also] = [{"kind": "topic", "text": "the bogie overhaul backlog", "verb": False}]
    assert "tie" not in with_ties(items, request, body)[0]
    assert said_before("I rebuilt the bogie overhaul schedule", body)
    assert not said_before("I drove trams for six years", body)


def _said(items: list[Also], formal: bool = False) -> str:
    text = '{% import "fallback/_phrases.j2" as p %}{{ p.also_mentioned(items, formal, 0) }}'
    macro = environment().from_string(text)
    return macro.render(items=items, formal=formal).strip()


def test_an_added_topic_is_said_with_the_result_in_one_sentence() -> None:
    tie = "I rebuilt the bogie overhaul schedule, and the backlog went from 40 to 12 bogies"
    said = _said([{"kind": "topic", "text": "the bogie overhaul backlog", "verb": False, "tie": tie}])
    # (writer75: what it brought to mind, never how close the two are: "is close to my own work" claims ground)
    assert said == f"What you said about the bogie overhaul backlog brought to mind my own work, where {tie}.", said
    formal = _said([{"kind": "topic", "text": "the bogie overhaul backlog", "verb": False, "tie": tie}], formal=True)
    assert "called to mind my own work, where I rebuilt" in formal, formal


def test_an_added_problem_clause_is_followed_by_the_result() -> None:
    tie = "I set up a spare parts kanban, and stock-outs went from 9 to 2 a month"
    said = _said([{"kind": "challenge", "text": "night shifts run out of parts", "verb": True, "tie": tie}])
    point = "I have also been thinking about your point that night shifts run out of parts."
    assert said == f"{point} In my own work, {tie}."


def test_an_added_item_without_a_tie_is_said_as_before() -> None:
    said = _said([{"kind": "topic", "text": "the winter timetable", "verb": False}])
    assert said == "I was also glad we talked about the winter timetable."
