"""Facts precision on blind12's held-out half (issue 15), as classes written here on notes of their own
(clinic_case.py): a short form of a name in the notes, a department or function capitalised as a title or a team,
a figure the notes give in another form (a derived difference or relative change, a fraction), and a figure read
against the words of its own clause only. Recall stays: a new organisation, a wrong figure."""

from __future__ import annotations

import pytest
from clinic_case import fired, load, run, thanks


@pytest.mark.parametrize(
    ("middle", "flagged"),
    [
        ("I am glad Rafa and Marg will join the next call.", False),
        ("I know Purchasing and Finance will want a say in the after-hours coverage budget.", False),
        ("At Bowvalley I worked closely with the Accounts Receivable team on invoice disputes.", False),
        ("At Bowvalley I worked closely with Henderson Vet Supply on invoice disputes.", True),
        ("I am glad Dominic from your team will join the next call.", True),
    ],
)
def test_short_forms_and_functions_are_no_new_names(tmp_path, middle, flagged) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:unsupported_name" in fired(draft, "facts")) is flagged, (middle, fired(draft, "facts"))


@pytest.mark.parametrize(
    ("middle", "flagged"),
    [
        ("At Bowvalley I cut invoice disputes by 30% with itemised estimates.", False),
        ("At Bowvalley I cut invoice disputes by thirty percent with itemised estimates.", False),
        ("At Bowvalley I rebuilt the reminder flow and no-shows fell by 8 points.", False),
        ("At Bowvalley I rebuilt the reminder flow and no-shows fell by 57%.", False),
        ("At Bowvalley I rebuilt the reminder flow and no-shows fell from fourteen to six percent.", False),
        ("At Bowvalley I rebuilt the reminder flow and no-shows dropped from 14% to 5%.", True),
        ("At Bowvalley I cut invoice disputes by 40% with itemised estimates.", True),
    ],
)
def test_a_figure_in_another_form_is_the_notes_figure(tmp_path, middle, flagged) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:unsupported_number" in fired(draft, "facts")) is flagged, (middle, fired(draft, "facts"))
    # an own result retold with another figure is the facts check's wrong number, not also a claim (checks51: blind43
    # labelled 'by 35%' for the notes' 28% facts only)
    assert "error:unsupported_claim" not in fired(draft, "claims"), (middle, fired(draft, "claims"))


def test_a_figure_is_read_against_its_own_clause(tmp_path) -> None:
    notes = load(tmp_path)
    middle = "At Bowvalley no-shows ended the year at 6% and the invoice disputes over estimates fell too."
    assert "error:unsupported_number" not in fired(run(notes, thanks(middle)), "facts")


@pytest.mark.parametrize(
    ("middle", "flagged"),
    [
        ("I could make a February start work if that helps.", True),
        ("I could make a November start work if that helps.", False),
    ],
)
def test_a_month_naming_a_start_is_a_date_to_check(tmp_path, middle, flagged) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:unsupported_date" in fired(draft, "facts")) is flagged, (middle, fired(draft, "facts"))


def test_a_spanish_title_is_no_name(tmp_path) -> None:
    middle = "Please pass my thanks to Sr. Ortiz as well for the tour of the records room."
    assert "error:unsupported_name" not in fired(run(load(tmp_path), thanks(middle)), "facts")


@pytest.mark.parametrize(
    ("middle", "flagged"),
    [
        ("At Bowvalley my itemised estimates halved invoice disputes within a year.", True),
        ("At Bowvalley I rebuilt the appointment reminder flow and more than halved no-shows.", False),
        ("At Bowvalley I cut invoice disputes by 30 % with itemised estimates.", False),
    ],
)
def test_a_result_sized_in_a_word_must_be_the_notes_size(tmp_path, middle, flagged) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:unsupported_claim" in fired(draft, "claims")) is flagged, (middle, fired(draft, "claims"))
