"""`afterview new`'s read-back (issue 14, trial 14 class 5): a fix changes only what it names. A fix that replaces a
person's topics keeps an item that was never a topic (the company's news, read there by mistake) where it belongs, and
says each other item it drops. Items in my own words (a fleet depot), not the trial's.
"""

from __future__ import annotations

from typing import Any

from afterview.notes.paste_people import read_back_person
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from test_new_paste_third import TODAY


def _fix(person: dict[str, Any], answer: str, data: dict[str, Any]) -> list[str]:
    said: list[str] = []

    def ask(question: Question) -> str:
        return answer

    q = Questionnaire(ask, said.append, today=TODAY)
    assert read_back_person(q, 0, person, False, data)
    return said


def test_a_topic_fix_keeps_news_read_as_a_topic_and_says_what_it_left_out() -> None:
    person = {
        "name": "Noor Haddad",
        "title": "Fleet Manager",
        "role": "hiring_manager",
        "topics": ["EV charging rollout", "they opened a new depot in Leeds last month", "the parking at the yard"],
        "challenges": ["drivers log hours on paper"],
    }
    data: dict[str, Any] = {}
    said = _fix(person, "EV charging rollout; telematics", data)
    assert person["topics"] == ["EV charging rollout", "telematics"]
    assert person["challenges"] == ["drivers log hours on paper"]  # not named: kept
    assert data["company"]["news"] == ["they opened a new depot in Leeds last month"]
    assert any("kept as company news" in s for s in said)
    assert any("left out of Noor's talked about: the parking at the yard" in s for s in said)


def test_an_item_moved_to_another_kind_by_the_fix_is_not_said_as_left_out() -> None:
    person = {"name": "Noor Haddad", "role": "hiring_manager", "topics": ["drivers log hours on paper", "EV rollout"]}
    said = _fix(person, "EV rollout; Challenge: drivers log hours on paper", {})
    assert person["challenges"] == ["drivers log hours on paper"]
    assert not any("left out" in s for s in said)
