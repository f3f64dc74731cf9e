"""`afterview new`'s paste reader, seventh pass (issue 14): what the sixth first-time-user trial left.

Phrasings written for these tests (not the trial's): nothing a pasted line holds disappears without a word (each
part filed or shown as not read); a naming line's parts read one by one (a topic, a question about my own work, common
ground said with 'too'/'as well'), a bracketed detail kept with the part it belongs to; 'lol'/'haha' left off common
ground.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from afterview.notes.paste import read_paste
from afterview.notes.paste_questions import fill, say_summary
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from test_new_paste_third import TODAY, person

HEAD = """\
Cedar Freight - Operations Analyst
video call today 3pm, 45 min

"""
TAIL = "\nme: Sam Rivera\n"


def _read(line: str) -> tuple[dict, list[str]]:
    pasted = read_paste(HEAD + line + "\n- Ana Cruz, recruiter - pay bands and the hybrid schedule\n" + TAIL, TODAY)
    return person(pasted.data, "Tomas Berg"), pasted.unread + [a for _, a in pasted.asides]  # shown, either way


def _filed(who: dict) -> str:
    return " | ".join(str(v) for k, v in who.items() if k in ("topics", "challenges", "rapport", "requested"))


# --- 1. every part of a pasted line is filed or shown as not read --------------------------------------------


def test_a_naming_line_is_read_part_by_part() -> None:
    line = (
        "- Tomas Berg, lead planner - warehouse slotting, asked about my python scheduling scripts. "
        "he plays chess too (talked about the city open)"
    )
    pasted = read_paste(HEAD + line + TAIL, TODAY)
    tomas = person(pasted.data, "Tomas Berg")
    assert tomas.get("topics") == ["warehouse slotting"]
    assert pasted.data["candidate"].get("highlights") == ["my python scheduling scripts"]
    ground = tomas.get("rapport") or []
    assert len(ground) == 1 and "chess" in ground[0] and "the city open" in ground[0]
    assert not ground[0].lower().startswith("he ")


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("- Tomas Berg, lead planner - warehouse slotting. super chill", "super chill"),
        ("- Tomas Berg, lead planner - warehouse slotting, asked how I'd prioritize", "asked how I'd prioritize"),
        ("- Tomas Berg, lead planner - warehouse slotting; runs the night crew", "runs the night crew"),
    ],
)
def test_a_part_nothing_was_read_from_is_shown_as_not_read(line: str, part: str) -> None:
    tomas, unread = _read(line)
    assert tomas.get("topics") == ["warehouse slotting"]
    assert any(part in u for u in unread), unread
    assert part not in _filed(tomas)


def test_a_later_line_with_one_part_read_shows_the_other() -> None:
    line = "- Tomas Berg, lead planner\n- dock scheduling is a mess. kinda intense"
    tomas, unread = _read(line)
    assert tomas.get("challenges") == ["dock scheduling is a mess"]
    assert any("kinda intense" in u for u in unread), unread


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("she runs half marathons too", "runs half marathons too"),
        ("he roots for the Mariners as well", "roots for the Mariners as well"),
        ("we both grew up in Tacoma haha", "both grew up in Tacoma"),
        ("both coached little league lol!!", "both coached little league"),
    ],
)
def test_common_ground_said_with_too_or_as_well_and_no_laughter(said: str, kept: str) -> None:
    tomas, _ = _read(f"- Tomas Berg, lead planner\n- {said}")
    assert tomas.get("rapport") == [kept]


# --- 2. a typed answer about a person is read as a pasted line is, and read back ------------------------------


def _answered_once(text: str, asked: str, answer: str) -> tuple[dict, list[str]]:
    """What `new` files and says when the first question starting `asked` is answered, the rest with Enter."""
    said: list[str] = []
    answers = {asked: answer}

    def ask(question: Question) -> str:
        return answers.pop(asked, "") if question.text.startswith(asked) else ""

    q = Questionnaire(
        ask, said.append, today=TODAY, now=datetime(2026, 12, 2, 16, 0), default_timezone="America/New_York"
    )
    return fill(q, read_paste(text, TODAY)), said


ONLY_NAMED = HEAD + "- Tomas Berg, lead planner\n" + TAIL


@pytest.mark.parametrize(
    ("answer", "topics", "ground"),
    [
        ("yard layout, we both like chess (the city open)", ["yard layout"], ["both like chess (the city open)"]),
        ("carrier onboarding, he plays chess too", ["carrier onboarding"], ["plays chess too"]),
    ],
)
def test_a_typed_answer_is_split_tagged_and_read_back(answer: str, topics: list[str], ground: list[str]) -> None:
    data, said = _answered_once(ONLY_NAMED, "Anything else about Tomas", answer)
    tomas = person(data, "Tomas Berg")
    assert tomas.get("topics") == topics
    assert tomas.get("rapport") == ground
    assert f"  understood: Talked about: {topics[0]}; In common: {ground[0]}" in said


# --- 3. a job line whose company ends in lowercase company words ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "position", "company"),
    [
        ("Lakeview dental group - Front Desk Coordinator", "Front Desk Coordinator", "Lakeview dental group"),
        ("Mercy health partners - Billing Specialist", "Billing Specialist", "Mercy health partners"),
        ("Front Desk Coordinator - Elm Street family clinic", "Front Desk Coordinator", "Elm Street family clinic"),
    ],
)
def test_a_dashed_job_line_with_lowercase_company_words(line: str, position: str, company: str) -> None:
    pasted = read_paste(
        HEAD.replace("Cedar Freight - Operations Analyst", line) + "- Tomas Berg, lead planner" + TAIL, TODAY
    )
    assert pasted.data.get("position") == position
    assert pasted.data.get("company", {}).get("name") == company
    assert line not in pasted.unread


# --- 4. the 'Not read … add any?' answer: unmistakable forms, what was left out said --------------------------

TWO_UNREAD = (
    HEAD
    + "- Tomas Berg, lead planner - warehouse slotting\n\n"
    + "also brought up my forklift license\n"
    + "the lobby had a huge aquarium\n"
    + TAIL
)


def _offer(answers: list[str]) -> tuple[dict, list[str], list[str]]:
    """What `new` files and says when the 'Not read' question is answered with each of `answers` in turn."""
    said: list[str] = []
    offers: list[str] = []
    left = list(answers)

    def ask(question: Question) -> str:
        if question.text.lstrip().startswith("Not read"):
            offers.append(f"{question.text} ({question.hint})")
            return left.pop(0) if left else ""
        return ""

    q = Questionnaire(
        ask, said.append, today=TODAY, now=datetime(2026, 12, 2, 16, 0), default_timezone="America/New_York"
    )
    return fill(q, read_paste(TWO_UNREAD, TODAY)), said, offers


def test_the_two_lines_are_offered() -> None:
    assert read_paste(TWO_UNREAD, TODAY).unread == [
        "also brought up my forklift license",
        "the lobby had a huge aquarium",
    ]


def test_a_lone_dash_for_several_lines_is_asked_again_with_an_example() -> None:
    data, said, offers = _offer(["-", "1 mine, 2 -"])
    assert len(offers) == 2
    assert any("e.g." in s and "1 -" in s for s in said), said
    assert data["candidate"].get("highlights") == ["also brought up my forklift license"]
    assert not data.get("company", {}).get("news")
    assert any(s.strip().startswith("left out:") and "aquarium" in s for s in said), said


def test_numbered_answers_name_the_lines_they_add() -> None:
    data, said, _ = _offer(["2 news"])
    assert data["company"].get("news") == ["the lobby had a huge aquarium"]
    assert not data["candidate"].get("highlights")
    assert any(s.strip().startswith("left out:") and "forklift" in s for s in said), said


def test_the_offer_shows_the_numbered_form() -> None:
    _, said, offers = _offer([""])
    assert len(offers) == 1
    told = " ".join(" ".join(s.split()) for s in said)  # the help is wrapped to the terminal's width
    assert len(re.findall(r"'1 -, 2 \w+(?: challenge)?'", told)) == 1  # the help, said once


# --- 5. the interview's format is no topic ------------------------------------------------------------------


@pytest.mark.parametrize("said", ["1:1", "one-on-one", "a 1 on 1 chat", "panel interview", "phone screen", "1x1"])
def test_the_format_of_the_interview_is_no_topic(said: str) -> None:
    tomas, _ = _read(f"- Tomas Berg, lead planner - {said}. warehouse slotting")
    assert tomas.get("topics") == ["warehouse slotting"]


@pytest.mark.parametrize("said", ["panel", "1 on 1", "one on one"])
def test_a_typed_format_is_no_topic(said: str) -> None:
    data, _ = _answered_once(ONLY_NAMED, "Anything else about Tomas", f"{said}; yard layout")
    assert person(data, "Tomas Berg").get("topics") == ["yard layout"]


# --- 6. what they want in the hire is nothing I send ---------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "wants someone to own the dock schedule + train new hires",
        "needs somebody who can clean up the carrier data",
        "looking for a person to run the weekly ops review",
        "wants a self-starter who knows SQL",
    ],
)
def test_what_they_want_in_the_hire_is_not_something_to_send(said: str) -> None:
    pasted = read_paste(HEAD + f"- Tomas Berg, lead planner - warehouse slotting. {said}" + TAIL, TODAY)
    tomas = person(pasted.data, "Tomas Berg")
    assert not tomas.get("requested") and not pasted.data.get("requested")
    assert any(said in u for u in pasted.unread), pasted.unread


def test_what_they_asked_me_for_is_still_an_item() -> None:
    pasted = read_paste(
        HEAD + "- Tomas Berg, lead planner - warehouse slotting. asked me for 2 references" + TAIL, TODAY
    )
    assert person(pasted.data, "Tomas Berg").get("requested") == ["2 references"]


# --- 7. a promise typed with a person and a deadline ----------------------------------------------------------

PROMISED = HEAD + "- Tomas Berg, lead planner - warehouse slotting\n\npromised: send Tomas my route study\n" + TAIL


@pytest.mark.parametrize(
    ("answer", "when"),
    [
        ("my route study (2 pages) for Tomas by tomorrow", "by tomorrow"),
        ("my route study (2 pages) for Tomas by Friday", "by Friday"),
        ("my route study (2 pages) to Tomas tmrw", "tmrw"),
        ("my route study (2 pages) for Tomas by Dec 4", "by Dec 4"),
    ],
)
def test_a_typed_promise_with_a_deadline_is_the_item_for_the_person(answer: str, when: str) -> None:
    data, said = _answered_once(PROMISED, "  understood: you said you would send", answer)
    assert person(data, "Tomas Berg").get("requested") == ["my route study (2 pages)"]
    assert not data.get("requested")
    assert any(when in s and "not kept" in s for s in said), said


def test_a_pasted_promise_says_its_deadline_is_not_kept() -> None:
    text = PROMISED.replace("promised: send Tomas my route study", "promised: send Tomas my route study by Friday")
    pasted = read_paste(text, TODAY)
    assert person(pasted.data, "Tomas Berg").get("requested") == ["my route study"]
    said: list[str] = []
    say_summary(said.append, pasted)
    assert any("by Friday" in s and "not kept" in s for s in said), said
