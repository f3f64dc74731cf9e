"""`afterview new`'s paste reader, eleventh pass (issue 14): the classes the tenth first-time-user trial showed.

Phrasings written for these tests (not the trial's): a person line under a header of people whose aside says their
part in hiring; a lowercase job line of company, job and how/when it was held; the one person met named in the head
with an aside and the day and time after.
"""

from __future__ import annotations

from typing import Any

import pytest

from afterview.notes.paste import read_paste
from test_new_paste_third import TODAY, names, person

TAIL = "\nSam Rivera\n"


def _read(text: str) -> Any:
    return read_paste(text + TAIL, TODAY)


# --- 1. a person line with a parenthetical; a lowercase job line ----------------------------------------------


@pytest.mark.parametrize(
    ("job", "position", "company"),
    [
        (
            "harbor view marina - dock ops lead - zoom call tues 9am (annapolis)",
            "Dock Operations Lead",
            "Harbor View Marina",
        ),
        ("maple ridge farms - barn manager - phone today 2pm", "Barn Manager", "Maple Ridge Farms"),
    ],
)
def test_a_lowercase_job_line_with_how_and_when_gives_the_company_and_the_job(
    job: str, position: str, company: str
) -> None:
    text = job + "\npeople:\nNadia Brooks - Marina Ops Director (hiring mgr i think)\nCole Baker - HR\n"
    pasted = _read(text)
    assert pasted.data.get("position") == position
    assert pasted.data["company"]["name"] == company
    assert names(pasted) == ["Nadia Brooks", "Cole Baker"]


@pytest.mark.parametrize("aside", ["(hiring mgr i think)", "(hiring manager)", "(my future boss)"])
def test_a_person_line_whose_aside_is_their_part_in_hiring_is_a_person_not_the_job(aside: str) -> None:
    text = f"the panel:\nIrene Falk - Production Director {aside}\nHugo Brandt, line lead\n"
    pasted = _read(text)
    assert "Irene" not in str(pasted.data.get("company"))  # no job line: the job is asked, not taken from her line
    assert pasted.data.get("position") != "Production Director"
    assert names(pasted) == ["Irene Falk", "Hugo Brandt"]
    assert person(pasted.data, "Irene").get("title") == "Production Director"
    assert person(pasted.data, "Irene").get("role") == "hiring_manager"


@pytest.mark.parametrize(
    "head",
    ["phone w/ Marta Lindqvist (owner) fri 2:15, ~40 min", "zoom with Marta Lindqvist (owner) today at 11am, 40 min"],
)
def test_the_one_met_named_in_the_head_with_an_aside_then_when_is_read(head: str) -> None:
    text = f"Lindqvist Tile & Stone - estimator\n{head}\n- their prob: takeoffs done by hand\n"
    pasted = _read(text)
    assert names(pasted) == ["Marta Lindqvist"]
    assert person(pasted.data, "Marta").get("title") == "owner"
    assert person(pasted.data, "Marta").get("challenges") == ["takeoffs done by hand"]
    assert pasted.data["interview"].get("duration_minutes") == 40


# --- 3. a clock time with no am/pm; how long it ran; who will be in touch --------------------------------------


@pytest.mark.parametrize(("said", "clock"), [("fri 2:15", "14:15"), ("fri 7:45", "19:45"), ("fri 9:30", "09:30")])
def test_a_clock_time_without_am_or_pm_from_one_to_eight_is_the_afternoon(said: str, clock: str) -> None:
    pasted = _read(f"Lindqvist Tile & Stone - estimator\nphone w/ Marta Lindqvist (owner) {said}\n")
    assert pasted.data["interview"]["at"].endswith("T" + clock)


def test_a_clock_time_written_with_its_leading_zero_is_kept() -> None:
    pasted = _read("Lindqvist Tile & Stone - estimator\nphone w/ Marta Lindqvist (owner) fri 03:15\n")
    assert pasted.data["interview"]["at"].endswith("T03:15")


@pytest.mark.parametrize(("line", "minutes"), [("- she was sharp, ran 50 min", 50), ("- lasted about 1.5 hrs", 90)])
def test_how_long_it_ran_said_below_the_head_is_the_length_and_not_unread(line: str, minutes: int) -> None:
    pasted = _read("Quarry Lane Bakery - Shift Supervisor - onsite today 9am\nIrene Falk, Production Director\n" + line)
    assert pasted.data["interview"]["duration_minutes"] == minutes
    assert not any("ran" in u or "lasted" in u for u in pasted.unread)


@pytest.mark.parametrize("said", ["- decision by fri, hugo will call either way", "- hugo will email me"])
def test_a_first_name_in_lowercase_who_will_be_in_touch_is_the_point_of_contact(said: str) -> None:
    text = "Quarry Lane Bakery - Shift Supervisor - onsite today 9am\npanel:\nIrene Falk, Production Director\n"
    pasted = _read(text + "Hugo Brandt, HR\n\n" + said + "\n")
    assert person(pasted.data, "Hugo").get("primary_contact") is True
    assert not any("hugo" in u for u in pasted.unread)


# --- 2. lines led by a first name jotted in lowercase ---------------------------------------------------------


def test_a_line_led_by_a_first_name_in_lowercase_is_that_persons() -> None:
    text = "Quarry Lane Bakery - Shift Supervisor - onsite today 9am\npanel:\nIrene Falk, Production Director\n"
    text += "Hugo Brandt, HR\n\n- hugo: night shift turnover is brutal\n- irene - the oven line keeps jamming\n"
    pasted = _read(text)
    assert person(pasted.data, "Hugo").get("challenges") == ["night shift turnover is brutal"]
    assert person(pasted.data, "Irene").get("challenges") == ["the oven line keeps jamming"]
    assert pasted.unread == []


# --- 2. with one person met, named after the paste, the lines are theirs -------------------------------------


def test_the_one_met_named_after_the_paste_gets_every_unread_line_and_a_read_back() -> None:
    from test_new_paste_third import asked_after

    text = (
        "Birchwood Glass & Glazing - estimator\nphone call, 30 min\n\n"
        "- their prob: quotes take a week bc everything is measured by hand\n"
        "- we both did Habitat for Humanity builds\n"
        "- the weather was odd today\n"
    )
    pasted = read_paste(text, TODAY)
    assert pasted.data.get("interviewers") is None and len(pasted.unread) == 3  # no one read at paste time
    answers = {
        r"would decide": "Dec 9",
        r"Who interviewed": "Nell Ostrowski, owner",
        r"Not read": "-",
        r"When did": "today 10am",
        r"Your name": "Sam Rivera",
    }
    asked, data, said = asked_after(pasted, answers)
    nell = person(data, "Nell")
    assert nell.get("challenges") == ["quotes take a week bc everything is measured by hand"]
    assert nell.get("rapport") == ["both did Habitat for Humanity builds"]
    assert any("added to Nell" in s and "measured by hand" in s for s in said), said
    assert nell.get("topics") == ["the weather was odd today"]  # every unlabelled line is hers, said back to fix
    assert not any(q.text.lstrip().startswith("Not read") for q in asked)
    assert any(q.text.startswith("  understood: Nell Ostrowski") for q in asked)


# --- 4. a vague decision time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day", "words"),
    [
        # mid-month: the 15th; early: the 10th; the end, or the month said whole: its last business day
        ("- they decide after the holidays, 'mid-feb' he said", "2027-02-15", "mid-feb"),
        ("- decision early march", "2027-03-10", "early march"),
        ("- deciding by end of month", "2026-12-31", "by end of month"),
        ("- decision sometime in january", "2027-01-29", "sometime in january"),  # the 31st is a Sunday
    ],
)
def test_a_decision_said_as_part_of_a_month_is_read_by_the_written_rule_and_kept_in_its_words(
    line: str, day: str, words: str
) -> None:
    pasted = _read("Quarry Lane Bakery - Shift Supervisor - onsite today 9am\nIrene Falk, Production Director\n" + line)
    assert pasted.data["interview"]["decision_by"] == day
    assert pasted.decision_said.strip("'\"") == words
    assert not pasted.unread


def test_a_decision_typed_as_part_of_a_month_is_accepted_and_read_back_in_its_words() -> None:
    from test_new_paste_third import asked_after

    pasted = _read("Quarry Lane Bakery - Shift Supervisor - onsite today 9am\nIrene Falk, Production Director\n")
    asked, data, _ = asked_after(pasted, {r"would decide": "mid-Jan", r"Irene's part": "hiring manager"})
    assert data["interview"]["decision_by"] == "2027-01-15"
    back = [q.text for q in asked if q.text.lstrip().startswith("understood: 'mid-Jan'")]
    assert back and "(read as Fri 15 Jan 2027)" in back[0]
    assert not any("not a date" in q.text for q in asked)


# --- 5. the not-read step files a promise or the decision -----------------------------------------------------


def test_the_not_read_step_files_a_line_as_a_promise_or_the_decision_and_says_so() -> None:
    from test_new_paste_third import asked_after

    text = (
        "Quarry Lane Bakery - Shift Supervisor - onsite today 9am\npanel:\nIrene Falk, Production Director\n"
        "Hugo Brandt, HR\n\n- my food handler card (scan)\n- hiring call after the holidays, mid jan\n"
    )
    pasted = _read(text)
    assert len(pasted.unread) == 2, pasted.unread
    answers = {r"Not read": "1 promise, 2 decision", r"Irene's part": "hiring manager", r"Hugo's part": "recruiter"}
    asked, data, said = asked_after(pasted, answers)
    assert data.get("requested") == ["my food handler card (scan)"]
    assert data["interview"]["decision_by"] == "2027-01-15"
    help_said = " ".join(said)
    assert "'promise'" in help_said and "'decision'" in help_said  # offered in the step's help
    assert not any(q.text == "When did they say they would decide?" for q in asked)


# --- 6. an abbreviated position is written out ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("job", "position"),
    [
        ("Lakeside Credit Union - Member Svcs Assoc - phone today 10am", "Member Svcs Associate"),
        ("fernbrook animal hospital - kennel ops mgr - onsite today 9am", "Kennel Operations Manager"),
        ("Halvorsen Logistics - Sr. Payroll Coord - phone today 10am", "Senior Payroll Coordinator"),
        ("Harbor Arts Council - Asst Dir of Programs - video today 1pm", "Assistant Director of Programs"),
    ],
)
def test_a_position_jotted_short_is_written_out_where_the_word_means_one_thing(job: str, position: str) -> None:
    pasted = _read(job + "\nNoor Haddad, recruiter\n")
    assert pasted.data.get("position") == position


def test_a_short_word_that_could_mean_two_things_is_left_as_written() -> None:
    pasted = _read("Tidewater Games - Dev Lead - video today 10am\nNoor Haddad, recruiter\n")
    assert pasted.data.get("position") == "Dev Lead"


def test_a_company_named_like_someone_met_is_read_back_with_a_fix() -> None:
    from afterview.notes.paste import Pasted
    from test_new_paste_third import asked_after

    pasted = Pasted(
        {
            "position": "Production Director",
            "company": {"name": "Irene Falk"},
            "candidate": {"name": "Sam Rivera"},
            "interview": {"at": "2026-12-02T09:00", "timezone": "America/New_York", "decision_by": "2026-12-09"},
            "interviewers": [{"name": "Irene Falk", "role": "hiring_manager"}, {"name": "Hugo Brandt"}],
        },
        "free text",
    )
    answers = {r"Irene Falk a person": "Shift Supervisor at Quarry Lane Bakery", r"Hugo's part": "recruiter"}
    _, data, _ = asked_after(pasted, answers)
    assert data["position"] == "Shift Supervisor"
    assert data["company"]["name"] == "Quarry Lane Bakery"
