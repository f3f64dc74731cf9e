"""The notes data a paste read as free text gives: each fact checked as `import` checks what it keeps (a span of
the paste, nothing guessed), then what only the whole reading can say (a title from the job a person said they do,
a topic said as theirs, the only one met as the hiring manager, what each asked for under them)."""

from __future__ import annotations

from datetime import date
from typing import Any

from afterview.notes.free_text import Line
from afterview.notes.head_met import hiring_in_head
from afterview.notes.importing import Checked, Fact, check_facts, notes_data
from afterview.notes.job_said import toured
from afterview.notes.paste_said import as_theirs


def checked_data(
    flat: str,
    lines: list[Line],
    facts: list[Fact],
    names: list[str],
    from_job: dict[str, tuple[str, str]],
    asked_of_me: set[str],
    today: date,
) -> tuple[list[Checked], dict[str, Any]]:
    """The facts checked (but what each asked for), and the notes data they give; `from_job` holds the title of
    each one whose lines say the job they do, `asked_of_me` the topics that were questions asked of you."""
    checked = check_facts(flat, [f for f in facts if not f.field.endswith(".requested")], today=today)
    data = notes_data(checked)
    tours = {f.value: f.quote for f in facts if f.field.endswith(".topics")}
    for person in data.get("interviewers", []):
        if not person.get("title") and person["name"] in from_job:  # 'runs the building': 'Building manager'
            person["title"] = from_job[person["name"]][0]  # what they asked, said as theirs ('how you handle …')
        person["topics"] = [
            as_theirs(t) if t in asked_of_me else toured(t, tours.get(t, "")) for t in person.get("topics", [])
        ] or None
        if person["topics"] is None:
            person.pop("topics")
    met_all = data.get("interviewers") or []  # '… actual interview w/ hiring mgr': the only one met is the hiring mgr
    if len(met_all) == 1 and not met_all[0].get("role") and hiring_in_head([x.text for x in lines[:3]], names):
        met_all[0]["role"] = "hiring_manager"
    for f in facts:  # what a person asked for: checked as a list of the notes, filed under them
        if f.field.endswith(".requested"):
            kept = check_facts(flat, [Fact("requested", f.value, f.quote)], today=today)
            index = int(f.field[len("interviewers[") : f.field.index("]")])
            if kept[0].kept and index < len(data.get("interviewers", [])):
                data["interviewers"][index].setdefault("requested", []).append(f.value)
    return checked, data
