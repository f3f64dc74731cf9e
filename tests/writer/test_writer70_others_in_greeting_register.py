"""WRITER70: other people named in a message in the register of its greeting, never "Dear Ms. Lindqvist, … I was glad
to meet Ms. Berg and Jonas as well." Notes invented here (a cold-chain firm, a law firm, a hospital, a school)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.notes.loader import load_notes
from afterview.writer.others_named import others_said

NOTES = """
candidate:
  name: Piet de Vries
position: {position}
company:
  name: {company}
  culture: formal
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Stockholm
interviewers:
  - name: {first}
    greet_as: {first_greet}
    role: hiring_manager
    email: a@example.com
    topics:
      - the export plan
  - name: {second}
    greet_as: {second_greet}
    role: peer
    email: b@example.com
  - name: {third}
    role: peer
    email: c@example.com
"""
CASES = [
    ("Quality Manager", "Nordfrost", "Karin Lindqvist", "Ms. Lindqvist", "Anna Berg", "Ms. Berg", "Jonas Holm"),
    ("Associate", "Hale & Rowe", "Margaret Hale", "Ms. Hale", "Kwame Osei", "Dr. Osei", "Tom Ridley"),
    ("Ward Manager", "Northgate Hospital", "Helen Shaw", "Dr. Shaw", "Rui Costa", "Mr. Costa", "Priya Lal"),
    ("Head of Science", "Hillcrest Academy", "David Marsh", "Mr. Marsh", "Jo Bright", "Ms. Bright", "Sam Reid"),
]


@pytest.mark.parametrize(("position", "company", "first", "first_greet", "second", "second_greet", "third"), CASES)
def test_others_follow_the_register_of_the_greeting(
    tmp_path: Path,
    position: str,
    company: str,
    first: str,
    first_greet: str,
    second: str,
    second_greet: str,
    third: str,
) -> None:
    path = tmp_path / "notes.yaml"
    fields = {"position": position, "company": company, "first": first, "second": second, "third": third}
    path.write_text(NOTES.format(first_greet=first_greet, second_greet=second_greet, **fields), encoding="utf-8")
    notes = load_notes(path)
    hm, _peer, plain = notes.interviewers
    # a titled greeting: the others by title where the notes give one, else by full name
    assert others_said(hm, notes) == f"{second_greet} and {third}"
    # a greeting by first name ('Dear Jonas'): the others by first name, never 'Ms. Berg'
    assert others_said(plain, notes) == f"{first.split()[0]} and {second.split()[0]}"
