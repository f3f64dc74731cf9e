"""Facts precision on clean sentences (blind9's false positives, as classes), on phrasings written here and the water
utility's notes (water_case.py): a question about pay states no pay fact, a deadline the candidate sets is no date
from the notes, and the country of an interviewer's timezone is in the notes."""

from __future__ import annotations

from datetime import datetime

import pytest
from water_case import NOTES, ZONE, fired, load, run, status

from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


def facts(notes: Notes, middle: str) -> list[str]:
    return fired(run(notes, status(middle), Kind.status_check, to="Aileen Stewart"), "facts")


def test_asking_them_about_pay_states_no_pay_fact(notes) -> None:
    assert facts(notes, "Could you also let me know the pay band for the position?") == []


@pytest.mark.parametrize(
    "said",
    [
        "My salary expectation is in line with the market.",
        "I currently earn a salary of £60,000 and would need more to move.",
    ],
)
def test_stating_my_own_pay_is_still_unsupported(notes, said) -> None:
    assert "error:unsupported_pay" in facts(notes, said)


def test_a_deadline_i_set_is_no_date_from_the_notes(notes) -> None:
    assert "error:unsupported_date" not in facts(notes, "I would appreciate an answer by Monday 14 December.")


def test_a_date_they_gave_misquoted_is_still_unsupported(notes) -> None:
    said = "I was told the panel would decide by 9 December, so I thought I would ask."
    assert "error:unsupported_date" in facts(notes, said)


def test_the_country_of_an_interviewers_timezone_is_in_the_notes(tmp_path) -> None:
    path = tmp_path / "water-tokyo.yaml"
    text = NOTES.replace("CULTURE", "neutral").replace(
        "    greet_as: Ms. Campbell\n", "    greet_as: Ms. Campbell\n    timezone: Asia/Tokyo\n"
    )
    path.write_text(text, encoding="utf-8")
    notes = load_notes(path)
    when = datetime(2026, 11, 24, 14, 0, tzinfo=ZONE)
    body = (
        "Dear Ms. Campbell,\n\nThank you for joining from Japan today to talk about the smart-meter rollout "
        "across Glasgow. I enjoyed it.\n\nBest,\nPriya"
    )
    draft = check_hand_written(
        notes, "Thank you", body, kind=Kind.thank_you, to="Fiona Campbell", now=when, send_at=when
    )
    assert not any(f.code == "unsupported_name" and "Japan" in f.message for f in draft.findings)
    other = check_hand_written(
        notes,
        "Thank you",
        body.replace("Japan", "Peru"),
        kind=Kind.thank_you,
        to="Fiona Campbell",
        now=when,
        send_at=when,
    )
    assert any(f.code == "unsupported_name" and "Peru" in f.message for f in other.findings)


@pytest.mark.parametrize(
    "said",
    [
        "Ms. Campbell mentioned the panel hoped to reach a decision by the middle of December.",
        "I was told I would hear back within two weeks, so I thought I would ask.",
    ],
)
def test_a_decision_timeline_the_notes_never_give_is_unsupported(notes, said) -> None:
    assert "error:unsupported_timeline" in facts(notes, said)


def test_asking_about_the_timeline_states_none(notes) -> None:
    assert "error:unsupported_timeline" not in facts(notes, "Could you tell me when the panel expects to decide?")


def test_a_timeline_the_notes_give_is_the_date_checks_business(tmp_path) -> None:
    path = tmp_path / "water-decision.yaml"
    text = NOTES.replace("CULTURE", "neutral").replace(
        "  format: onsite\n", "  format: onsite\n  decision_by: 2026-12-11\n"
    )
    path.write_text(text, encoding="utf-8")
    notes = load_notes(path)
    said = "I was told I would hear back within two weeks, so I thought I would ask."
    assert "error:unsupported_timeline" not in facts(notes, said)
