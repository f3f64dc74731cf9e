"""writer/topic_detail and the thank-you frames that use it (issue 17, blind run 13, classes 1, 2 and 4): a topic a
thank-you names carries what was said about it, or is named once in the opening; a problem promises no thought the
note never gives; the close and the padding hold no stock eagerness; a card opens on the conversation. The notes in
tests/writer/topic_notes are in trades no spent blind set used (ferries, hospital pharmacy, bike share, cheese caves,
tree surgery, printing)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from afterview.notes.loader import load_notes
from afterview.pipeline import draft_all
from afterview.writer.template_writer import TemplateWriter
from afterview.writer.topic_detail import better_clause, says_something, with_article, with_detail

NOTES = Path(__file__).parent / "topic_notes"


# --- the detail jotted after a thing, kept with its name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "said", "expected"),
    [
        ("loyalty app - 40k members in Leeds", "the loyalty app", "the loyalty app with 40k members in Leeds"),
        ("cold store, opening mid-2028", "the cold store", "the cold store opening in mid-2028"),
        ("new depot in Hull, 2027", "the new depot in Hull", "the new depot in Hull for 2027"),
        ("sorting line - second shift in May", "the sorting line", "the sorting line with a second shift in May"),
        ("tasting room: 3 new taps", "the tasting room", "the tasting room with 3 new taps"),
    ],
)
def test_a_detail_jotted_after_a_name_is_said_with_it(item: str, said: str, expected: str) -> None:
    assert with_detail([item], said) == expected


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("kiln rota - wants it weekly", "the kiln rota"),  # a wish of theirs, a clause: not a detail of a noun
        ("night shift, 4 on 4 off", "the night shift"),  # a count of nothing
        ("crew of 9, avg age 58", "the crew of 9"),  # notes shorthand
        ("orchard - Fridays", "the orchard"),  # one word says too little
        ("field days, 3 a year", "the field days"),  # a rate, not a thing
        ("yard founded 1952, 3rd generation", "the yard"),  # an ordinal with no article
        ("how the crew hands over - radio log", "how the crew hands over"),  # a clause takes no detail
    ],
)
def test_a_detail_that_would_not_read_as_part_of_the_name_is_left_out(item: str, said: str) -> None:
    assert with_detail([item], said) is None


def test_a_detail_of_another_item_is_never_joined_to_this_name() -> None:
    assert with_detail(["loyalty app - 40k members"], "the delivery vans") is None


def test_a_name_alone_says_nothing_and_a_detail_or_count_says_something() -> None:
    assert not says_something("the start date")
    assert not says_something("your gun map")
    assert says_something("the loyalty app with 40k members in Leeds")
    assert says_something("the crew of 14")
    assert says_something("how the team splits the night calls")


def test_a_noun_compound_led_by_an_ing_word_gets_its_article() -> None:
    assert with_article("marshalling yard") == "the marshalling yard"
    assert with_article("turning schedule") == "the turning schedule"
    assert with_article("cupping calibration with the farms") == "cupping calibration with the farms"
    assert with_article("the marshalling yard") == "the marshalling yard"


@pytest.mark.parametrize(
    ("item", "said", "read", "expected"),
    [
        (
            "interpreter quality all over the place for Tigrinya",
            "the interpreter quality",
            None,
            "interpreter quality is all over the place for Tigrinya",
        ),
        ("vandalism high near the station", "the vandalism", None, "vandalism is high near the station"),
        ("their delivery slots still on paper", "your delivery slots", None, "your delivery slots are still on paper"),
        # a plural read as if it were the verb ('times' in 'turnaround times all over …'): the verb given back
        (
            "pick times all over the place on Mondays",
            "pick times",
            "pick times all over the place on Mondays",
            "pick times are all over the place on Mondays",
        ),
        # a clause with its own verb stays as it was read
        ("boiler trips twice a week", "the boiler", "the boiler trips twice a week", "the boiler trips twice a week"),
    ],
)
def test_a_problem_jotted_without_its_verb_is_said_as_a_clause(
    item: str, said: str, read: str | None, expected: str
) -> None:
    assert better_clause(read, [item], said) == expected


# --- the drafts ---------------------------------------------------------------------------------------------------


def _thank_yous(name: str) -> dict[str, str]:
    path = NOTES / f"{name}.yaml"
    now_text = yaml.safe_load((NOTES / "now.yaml").read_text(encoding="utf-8"))[name]
    notes = load_notes(path)
    now = datetime.fromisoformat(now_text).replace(tzinfo=ZoneInfo(notes.interview.timezone))
    run = draft_all(notes, path.name, now, TemplateWriter())
    return {d.to: d.body for _, d in run.drafts if d.kind.value == "thank_you"}


ALL = sorted(p.stem for p in NOTES.glob("*.yaml") if p.stem != "now")
_EMPTY = re.compile(
    r"(?:It was good to hear about|I was also glad to hear about|I also liked learning about) [^.]+ as well\.|"
    r"and I have been thinking about it since\.|I am very interested in joining|I would very much like to|"
    r"I left even more interested|Our conversation confirmed my interest"
)


@pytest.mark.parametrize("name", ALL)
def test_no_thank_you_names_a_topic_with_nothing_said_or_closes_with_stock_eagerness(name: str) -> None:
    for person, body in _thank_yous(name).items():
        assert not _EMPTY.search(body), (person, body)


def test_names_alone_are_said_once_in_the_opening_as_what_they_walked_the_candidate_through() -> None:
    body = _thank_yous("print-shop-production-manager")["Kate Marsh"]
    first = body.split("\n\n")[1]
    assert "taking me through the pension scheme" in first.split(".")[0], body  # the opening line itself
    assert body.count("the pension scheme") == 1  # named once
    # the notice period is the candidate's own: never among what she is thanked for walking them through
    assert "notice period" not in body, body


def test_a_topic_with_its_detail_keeps_a_sentence_of_its_own() -> None:
    body = _thank_yous("ferry-terminal-operations-supervisor")["Tor Haugen"]
    assert "the new check-in kiosks with six lanes by summer" in body, body


def test_a_problem_without_a_tie_is_said_plainly_with_its_verb_given_back() -> None:
    body = _thank_yous("bike-share-fleet-manager")["Joan Puig"]
    # WRITER19: with nothing of the candidate's on it, the problem is never only said back; writer68 (stop 56): a
    # thank-you short of SPEC's floor says it with a question about it (no claimed expertise), as its verb gives it
    assert "your view of the vandalism" not in body
    if "vandalism" in body:
        said = next(p for p in body.split("\n\n") if "vandalism" in p)
        assert "vandalism is high in two districts" in said and "how the team is approaching it" in said, body
    # a figure with a thousands comma is never read as a small count ('of 1,200' → 'of one,200', stop 56)
    assert "one,200" not in body and "1,200 e-bikes" in body, body


def test_a_card_opens_on_what_was_talked_about_in_one_line() -> None:
    body = _thank_yous("arborist-crew-leader")["Owen Price"]
    greeting, opening = body.split("\n\n")[:2]
    assert greeting == "Hi Owen,"
    first = opening.split(".")[0]
    assert first.startswith("Thank you for ") and "the rigging kit" in first, body
    assert "Greenline Tree Care" in first or "Arborist Crew Leader" in first
    assert "the rigging kit" not in opening.split(".", 1)[1]  # named once, with the thanks
