"""WRITER41 (issue 17, blind runs 38/39): a greeting names the person as people there do, from the evidence the
notes give (`greet_as`, a pronoun, a job title, a comment that says the name, the culture and the timezone); when
nothing settles it, a formal letter uses the safe form (title and family name; else the first name, or in Japan the
full name), never a guess
at a first name. Names and notes invented here: a Mongolian mining co-op, an Okinawan distillery, a Maltese
shipyard, a Gulf logistics firm, an Icelandic geothermal plant, a Spanish winery, Korean, Vietnamese and Hungarian
panels."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.salutation import greeting_line, greeting_name
from afterview.vocabulary import Channel
from helpers import draft_json


def _notes(tmp_path: Path, zone: str, culture: str, people: str, head: str = "") -> Notes:
    text = f"""{head}
candidate:
  name: Priya Raman
  highlights:
    - cut haul-road downtime 20% -> 8% at a quarry
position: Site Coordinator
company:
  name: Test Works
  culture: {culture}
interview:
  at: 2026-11-16T10:00
  timezone: {zone}
  format: onsite
interviewers:
{people}"""
    path = tmp_path / "notes.yaml"
    path.write_text(text, encoding="utf-8")
    return load_notes(path)


def _person(name: str, extra: str = "", role: str = "hiring_manager") -> str:
    return f"  - name: {name}\n    role: {role}\n{extra}"


def _greet(notes: Notes, name: str) -> str:
    person = next(p for p in notes.interviewers if p.name == name)
    return greeting_name(person, notes)


def test_a_mongolian_name_is_never_greeted_by_its_patronymic(tmp_path: Path) -> None:
    people = _person("Tsogt Saraa") + "    topics:\n      - her team's audit of the tailings dam\n"
    people += _person("Ganbold Erdene", role="recruiter")
    notes = _notes(tmp_path, "Asia/Ulaanbaatar", "formal", people)
    assert _greet(notes, "Tsogt Saraa") == "Ms. Saraa"  # the notes say 'her': title and the given name
    assert _greet(notes, "Ganbold Erdene") == "Ganbold Erdene"  # nothing says Mr. or Ms.: the full name
    neutral = _notes(tmp_path, "Asia/Ulaanbaatar", "neutral", _person("Ganbold Erdene"))
    assert _greet(neutral, "Ganbold Erdene") == "Erdene"  # the given name, as a first name is used


def test_a_name_the_comments_say_with_a_title_is_greeted_so(tmp_path: Path) -> None:
    head = "# panel of 2; Ms Oyun chaired, switched to Russian for a bit"
    notes = _notes(tmp_path, "Asia/Ulaanbaatar", "formal", _person("Batbold Oyun") + _person("Dr. Ian Reeve"), head)
    assert _greet(notes, "Batbold Oyun") == "Ms. Oyun"


def test_an_okinawan_surname_said_with_san_is_written_family_first(tmp_path: Path) -> None:
    # 'Kinjo' and 'Tamaki' are on no list of Japanese family names; the notes say how they are called
    head = "# Kinjo-san showed me the still house\n# Tamaki-sensei = master blender, reads every card"
    people = _person("Kinjo Haruto", role="peer") + _person("Tamaki Emi", role="other")
    notes = _notes(tmp_path, "Asia/Tokyo", "formal", people, head)
    assert _greet(notes, "Kinjo Haruto") == "Kinjo-san"
    assert _greet(notes, "Tamaki Emi") == "Tamaki-sensei"
    kinjo = notes.interviewers[0]
    assert greeting_line(notes, kinjo, "warm", Channel.linkedin) == "Hi Kinjo-san,"  # never 'Hi Kinjo'


def test_notes_that_say_family_names_come_first_are_read_so(tmp_path: Path) -> None:
    head = "# family names first, as on their cards"
    notes = _notes(tmp_path, "Asia/Tokyo", "formal", _person("Nakandakari Yui"), head)
    assert _greet(notes, "Nakandakari Yui") == "Nakandakari-san"
    without = _notes(tmp_path, "Asia/Tokyo", "formal", _person("Nakandakari Yui"))
    assert _greet(without, "Nakandakari Yui") == "Nakandakari Yui"  # unknown order: the full name, no guess


def test_a_formal_culture_without_a_pronoun_greets_the_first_name_never_with_the_surname(tmp_path: Path) -> None:
    people = _person("Joseph Vella") + _person("Claire Borg", "    rapport:\n      - she rows at the Kalkara club\n")
    notes = _notes(tmp_path, "Europe/Malta", "formal", people)
    assert _greet(notes, "Joseph Vella") == "Joseph"  # never a title guessed from it, never 'Joseph Vella'
    assert "Joseph Vella" not in _greet(notes, "Joseph Vella")
    assert _greet(notes, "Claire Borg") == "Ms. Borg"
    head = "# Joseph = hiring manager, he'll decide by Friday"
    said = _notes(tmp_path, "Europe/Malta", "formal", people, head)
    assert _greet(said, "Joseph Vella") == "Mr. Vella"  # a comment naming him alone says 'he'
    casual = _notes(tmp_path, "Europe/Malta", "casual", people)
    assert _greet(casual, "Joseph Vella") == "Joseph"


def test_a_comment_naming_two_people_says_no_ones_pronoun(tmp_path: Path) -> None:
    head = "# Joseph sat in for Claire, she was off sick"
    notes = _notes(tmp_path, "Europe/Malta", "formal", _person("Joseph Vella") + _person("Claire Borg"), head)
    assert _greet(notes, "Joseph Vella") == "Joseph"  # 'she' is not hers alone: no 'Ms.'
    assert _greet(notes, "Claire Borg") == "Claire"


def test_greet_as_always_wins(tmp_path: Path) -> None:
    head = "# Kinjo-san showed me the still house; Ms Oyun chaired"
    people = _person("Kinjo Haruto", "    greet_as: Haruto\n") + _person("Batbold Oyun", "    greet_as: Oyuka\n")
    notes = _notes(tmp_path, "Asia/Tokyo", "formal", people, head)
    assert _greet(notes, "Kinjo Haruto") == "Haruto"
    assert _greet(notes, "Batbold Oyun") == "Oyuka"


def test_an_arabic_name_in_a_formal_culture(tmp_path: Path) -> None:
    people = _person("Faris Al-Otaibi", "    greet_as: Mr. Faris\n") + _person("Huda Al-Shehri", role="other")
    people += _person("Maha Al-Dossary", "    topics:\n      - her fleet's fuel card rollout\n", role="other")
    notes = _notes(tmp_path, "Asia/Riyadh", "formal", people)
    assert _greet(notes, "Faris Al-Otaibi") == "Mr. Faris"
    assert _greet(notes, "Huda Al-Shehri") == "Huda"  # nothing says Ms.: never guessed, never the whole name
    assert _greet(notes, "Maha Al-Dossary") == "Ms. Al-Dossary"


@pytest.mark.parametrize(
    ("zone", "culture", "name", "extra", "expected"),
    [
        # Icelandic patronymics: the given name in every register, never 'Ms. Ásgeirsdóttir'
        ("Atlantic/Reykjavik", "formal", "Hrefna Ásgeirsdóttir", "    topics:\n      - her drilling plan\n", "Hrefna"),
        ("Atlantic/Reykjavik", "formal", "Einar Þórsson", "", "Einar"),
        # Spanish double surnames: the first surname after the title
        ("Europe/Madrid", "formal", "Lucía Ortega Ruiz", "    topics:\n      - her cellar move\n", "Ms. Ortega"),
        ("Europe/Madrid", "formal", "Lucía Ortega Ruiz", "", "Lucía"),
        # Korean, Vietnamese and Hungarian names, family name first
        ("Asia/Seoul", "formal", "Park Ji-hoon", "    topics:\n      - his QA backlog\n", "Mr. Park"),
        ("Asia/Seoul", "neutral", "Park Ji-hoon", "", "Park Ji-hoon"),  # whole, not a guess at the given name
        ("Asia/Ho_Chi_Minh", "formal", "Trần Thị Mai", "    topics:\n      - her vendor audit\n", "Ms. Mai"),
        ("Europe/Budapest", "formal", "Kovács Anna", "    topics:\n      - her plant audit\n", "Ms. Kovács"),
        ("Europe/Budapest", "formal", "Kovács Anna", "", "Kovács Anna"),
    ],
)
def test_names_of_many_cultures(zone: str, culture: str, name: str, extra: str, expected: str, tmp_path: Path) -> None:
    assert _greet(_notes(tmp_path, zone, culture, _person(name, extra)), name) == expected


SHIPYARD = """
# panel, formal, hard hats at the gate
candidate:
  name: Eszter Nagy
  highlights:
    - cut weld rework 12% -> 5% on hull blocks at a Gdańsk yard
position: Quality Engineer
company:
  name: Grand Harbour Ship Repair
  culture: formal
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Malta
  format: onsite
interviewers:
  - name: Joseph Vella
    title: Yard Manager
    role: hiring_manager
    email: joseph.vella@ghsr.example
    topics:
      - dry dock scheduling for the winter refits
  - name: Claire Borg
    title: HR Business Partner
    role: recruiter
    email: claire.borg@ghsr.example
    topics:
      - shift pattern and the start date
"""


def test_a_formal_draft_with_no_mr_or_ms_greets_the_first_name_and_suggests_greet_as(tmp_path: Path) -> None:
    out = draft_json(tmp_path, SHIPYARD, "--now", "2026-11-16T15:00")
    to_joseph = next(m for m in out["messages"] if m["to"] == "Joseph Vella")
    assert to_joseph["body"].startswith("Dear Joseph,")
    codes = {(f["severity"], f["code"]) for f in to_joseph["findings"]}
    assert ("warning", "mail_merge_greeting") not in codes
    assert ("info", "greet_as") in codes
    to_claire = next(m for m in out["messages"] if m["to"] == "Claire Borg")
    assert to_claire["body"].startswith("Dear Claire,")
    assert "Claire Borg" not in to_claire["body"]
