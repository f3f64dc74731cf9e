"""With two or more people met, a line that names none of them (NEW16 class 3) goes to the one whose lines it is
in; under a line or two of only names, to the hiring manager when one is marked; else it is offered in the
not-read step, where one key (a first name's first letter) files it. Never the last one named by default."""

from __future__ import annotations

from datetime import date
from typing import Any

from afterview.notes.paste import read_paste
from test_new_paste_third import asked_after

TODAY = date(2026, 12, 2)
JOB = "Harrow Valley Co-op - Produce Buyer - onsite today 11am\n"


def person(data: dict[str, Any], first: str) -> dict[str, Any]:
    return next(p for p in data["interviewers"] if p["name"].startswith(first))


def test_two_on_one_line_the_lines_under_them_go_to_the_hiring_manager_not_the_last_named() -> None:
    text = JOB + (
        "Lena Voss (store manager, hiring mgr) & Omar Said (produce lead)\n"
        "- shrink on berries is brutal every summer\n"
        "- we both grew up on dairy farms\n"
        "- Omar: wants help redoing the cooler layout\n"
        "- she'll email me about a second round\n"
    )
    data = read_paste(text, TODAY).data
    lena, omar = person(data, "Lena"), person(data, "Omar")
    assert "shrink on berries is brutal every summer" in lena.get("challenges", []) + lena.get("topics", [])
    assert lena.get("rapport")
    assert lena.get("primary_contact") is True
    assert not omar.get("primary_contact")
    assert not any("berries" in t for t in omar.get("challenges", []) + omar.get("topics", []))
    assert any("cooler layout" in t for k in ("topics", "challenges", "requested") for t in omar.get(k, []))


def test_two_on_lines_of_their_own_one_after_the_other_the_notes_under_them_are_the_hiring_managers() -> None:
    text = JOB + (
        "Omar Said - produce lead\n"
        "Lena Voss - store manager, hiring manager\n"
        "- their ordering is all phone calls and a fax machine\n"
        "- said they'd get back to me\n"
    )
    pasted = read_paste(text, TODAY)
    lena, omar = person(pasted.data, "Lena"), person(pasted.data, "Omar")
    lena_items = lena.get("challenges", []) + lena.get("topics", [])
    assert any("fax machine" in t for t in lena_items)
    assert not omar.get("topics") and not omar.get("challenges")
    assert lena.get("primary_contact") is True
    assert not pasted.unread


def test_three_in_sections_a_line_naming_none_is_the_sections_own() -> None:
    text = JOB + (
        "\nLena Voss, store manager\n- margins on organics\n"
        "\nOmar Said, produce lead\n- the cooler layout\n- he will call me Monday\n"
        "\nRosa Kim, HR\n- benefits start day one\n"
    )
    pasted = read_paste(text, TODAY)
    assert person(pasted.data, "Omar").get("primary_contact") is True
    assert not person(pasted.data, "Lena").get("primary_contact")
    assert "he will call me Monday" not in " ".join(pasted.unread)


def test_three_with_no_hiring_manager_the_lines_naming_none_are_offered_and_one_key_files_each() -> None:
    text = JOB + (
        "Lena Voss (store manager), Omar Said (produce lead), Rosa Kim (HR)\n"
        "- the berry shrink numbers are ugly\n"
        "- benefits start on day one\n"
    )
    pasted = read_paste(text, TODAY)
    assert not any(p.get("topics") or p.get("challenges") for p in pasted.data["interviewers"])
    assert "the berry shrink numbers are ugly" in " ".join(pasted.unread)
    answers = {r"Not read": "1 o, 2 r", r"part in hiring": "", r"Your name": "Ida Berg"}
    _, data, said = asked_after(pasted, answers)
    omar, rosa = person(data, "Omar"), person(data, "Rosa")
    assert any("berry shrink" in t for t in omar.get("challenges", []) + omar.get("topics", []))
    assert any("benefits" in t for t in rosa.get("topics", []) + rosa.get("challenges", []))
    assert "Omar (o)" in " ".join(said)


def test_a_line_ending_in_a_sigh_is_still_read_for_whose_line_it_is() -> None:
    text = JOB + (
        "Lena Voss (store manager, hiring manager) & Omar Said (produce lead)\n"
        "- Lena: inventory counts = a nightmare, last spring lost a whole pallet -> they ate the cost, ugh\n"
        "- their card reader dies twice a week, yikes\n"
    )
    pasted = read_paste(text, TODAY)
    lena = person(pasted.data, "Lena")
    assert any("inventory counts" in t for t in lena.get("challenges", []) + lena.get("topics", []))
    assert any("card reader dies" in t for t in lena.get("challenges", []) + lena.get("topics", []))
    assert not any("ugh" in t.split() or "yikes" in t for t in lena.get("challenges", []) + lena.get("topics", []))
    assert not pasted.unread


def test_a_place_named_like_a_person_is_not_offered_as_someone_met() -> None:
    text = JOB + (
        "Rosa Kim (produce lead), Omar Said (store manager)\n"
        "- spent ages on the Pine Hollow trail and the Mill Creek branch lol\n"
        "- Vera Stone from the regional office sat in\n"
    )
    pasted = read_paste(text, TODAY)
    _, _, said = asked_after(pasted, {r"Your name": "Ida Berg"})
    help_said = " ".join(said)
    assert "Vera" in help_said  # a person named in the lines: offered
    assert "or Pine" not in help_said and "Mill to add" not in help_said and "or Mill" not in help_said
