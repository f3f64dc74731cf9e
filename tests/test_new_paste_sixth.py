"""`afterview new`'s paste reader, sixth pass (issue 14): what the fifth first-time-user trial left.

Phrasings written for these tests (not the trial's): a paste that does not say how long the interview was (asked,
in the words people use); the 'Not read … add any?' prompt asked before the questions that would ask for the same
lines; what an interviewer does for a living ('runs the pharmacy', 'oversees the loading docks') never filed as what
they talked about; 'showed me around X' is the topic 'the X'; 'talked about X, Y a nightmare' is a topic and a
problem; 'asked situational questions, conflict with coworkers' is a question to me.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.notes.paste import read_paste
from afterview.notes.paste_questions import fill
from afterview.notes.question import Question
from afterview.notes.questionnaire import Questionnaire
from afterview.timing import thank_you_plan
from test_new_paste_third import KIM, LEO, NOT_A_PERSON, TODAY, asked_after, misread, person

# --- 1. the interview's length, asked when the paste does not give it ---------------------------------------

NO_LENGTH = """\
Pharmacy Technician at Redwood Health - video call today 9am
Lucia Brandt - pharmacy manager
- the compounding backlog
me: Jordan Ellis
"""


def _length_questions(asked: list[Question]) -> list[Question]:
    return [q for q in asked if q.text.startswith("How long was it")]


@pytest.mark.parametrize(
    ("said", "minutes"),
    [("45 min", 45), ("an hour", 60), ("1.5h", 90), ("90", 90), ("about 40 minutes", 40), ("half an hour", 30)],
)
def test_a_paste_without_a_length_asks_it_and_reads_the_answer(said: str, minutes: int) -> None:
    asked, data, _ = asked_after(read_paste(NO_LENGTH, TODAY), {"How long was it": said})
    length = _length_questions(asked)
    assert len(length) == 1 and length[0].default == "60 minutes"
    assert data["interview"]["duration_minutes"] == minutes


def test_enter_at_the_length_keeps_sixty_minutes() -> None:
    asked, data, _ = asked_after(read_paste(NO_LENGTH, TODAY), {})
    assert len(_length_questions(asked)) == 1
    assert data["interview"]["duration_minutes"] == 60


def test_the_length_is_asked_right_after_the_start() -> None:
    asked, _, _ = asked_after(read_paste(NO_LENGTH, TODAY), {})
    keys = [q.key for q in asked]
    assert keys.index("interview.duration_minutes") == keys.index("interview.at") + 1


@pytest.mark.parametrize("said", ["30 minute video call today 9am", "video call today 9am, 30 min", "1/2 hr"])
def test_a_paste_that_gives_the_length_is_not_asked_it(said: str) -> None:
    if said == "1/2 hr":
        said = "video call today 9am - about 30 minutes"
    text = NO_LENGTH.replace("video call today 9am", said)
    asked, data, _ = asked_after(read_paste(text, TODAY), {})
    assert _length_questions(asked) == []
    assert data["interview"]["duration_minutes"] == 30


def test_a_length_it_cannot_read_is_asked_again() -> None:
    answers = iter(["a while", "25 min"])
    lengths: list[str] = []
    said: list[str] = []

    def ask(question: Question) -> str:
        if question.text.startswith("How long was it"):
            lengths.append(question.text)
            return next(answers)
        return ""

    q = Questionnaire(ask, said.append, today=TODAY, now=datetime(2026, 12, 2, 16, 0), default_timezone="UTC")
    data = fill(q, read_paste(NO_LENGTH, TODAY))
    assert len(lengths) == 2
    assert any("'a while' is not a length" in line for line in said)
    assert data["interview"]["duration_minutes"] == 25


def test_the_format_said_with_the_length_is_kept_when_the_paste_has_none() -> None:
    text = NO_LENGTH.replace(" - video call today 9am", " - today 9am")
    _, data, _ = asked_after(read_paste(text, TODAY), {"How long was it": "25 min phone"})
    assert data["interview"]["duration_minutes"] == 25
    assert data["interview"]["format"] == "phone"


def test_a_thank_you_drafted_soon_after_a_short_interview_is_due_not_before_its_end() -> None:
    _, data, _ = asked_after(read_paste(NO_LENGTH, TODAY), {"How long was it": "30 min"})
    zone = ZoneInfo(data["interview"]["timezone"])
    start = datetime.fromisoformat(data["interview"]["at"]).replace(tzinfo=zone)
    now = start.replace(minute=45)  # 45 minutes after a 30-minute interview began
    plan = thank_you_plan(start, data["interview"]["duration_minutes"], zone, now)
    assert plan.state == "due" and "has not ended" not in plan.reason


# --- 2. 'Not read … add any?' before the questions that ask for the same lines ------------------------------

UNREAD = """\
Pharmacy Technician at Redwood Health - video call today 9am, 30 min
Lucia Brandt - pharmacy manager
- the compounding backlog
- My angle: the inventory tracker I built at Walgreens
Ray Osei - lead tech
me: Jordan Ellis
"""


def _first(asked: list[Question], pattern: str) -> int:
    found = [i for i, q in enumerate(asked) if re.search(pattern, q.text)]
    return found[0] if found else len(asked)


def test_the_unread_lines_are_offered_before_the_read_backs_and_the_questions_for_the_same_things() -> None:
    pasted = read_paste(UNREAD, TODAY)
    assert any("inventory tracker" in line for line in pasted.unread)
    asked, _, _ = asked_after(pasted, {})
    offer = _first(asked, r"^  Not read: ")
    assert offer < len(asked)
    for later in (r"^  understood: Lucia", r"^Anything else about Ray", r"^What experience of yours", "^Ray's part"):
        assert offer < _first(asked, later), later


def test_a_line_filed_as_mine_is_not_asked_for_again_as_your_experience() -> None:
    asked, data, _ = asked_after(read_paste(UNREAD, TODAY), {r"^  Not read: ": "mine"})
    assert data["candidate"]["highlights"] == ["the inventory tracker I built at Walgreens"]
    assert not any(q.text.startswith("What experience of yours") for q in asked)


def test_a_line_filed_under_a_person_with_nothing_read_is_theirs_and_they_are_not_asked_again() -> None:
    text = UNREAD.replace("My angle: the inventory tracker I built at Walgreens", "Side note: the new robot dispenser")
    asked, data, _ = asked_after(read_paste(text, TODAY), {r"^  Not read: ": "Ray"})
    assert person(data, "Ray Osei")["topics"] == ["the new robot dispenser"]
    assert not any(q.text.startswith("Anything else about Ray") for q in asked)
    backs = [q.text for q in asked if q.text.startswith("  understood: Ray Osei")]
    assert len(backs) == 1 and "the new robot dispenser" in backs[0]  # said back with the rest of Ray


def test_the_unread_lines_come_before_whose_are_these() -> None:
    pasted = misread(KIM, LEO)
    pasted.unread = ["Aside: the depot runs three shifts"]
    asked, _, _ = asked_after(pasted, {**NOT_A_PERSON, r"[Ww]hose": "Leo"})
    assert _first(asked, r"^  Not read: ") < _first(asked, r"[Ww]hose are these")
    assert _first(asked, r"[Ww]hose are these") < len(asked)


# --- 3. what the person does for a living is no topic ---------------------------------------------------------

PLANT = """\
Maintenance Planner at Kessler Foods - onsite today 10am, 45 min
Tom Reyes - plant manager
- {line}
- the new CMMS rollout
me: Jordan Ellis
"""


@pytest.mark.parametrize(
    "line",
    [
        "runs the whole plant",
        "manages hiring for three sites",
        "oversees the loading docks",
        "she supervises the overnight crew",
        "in charge of receiving",
        "been there 12 yrs",
        "leads the day crew",
    ],
)
def test_a_description_of_their_job_is_not_a_topic_and_is_shown_as_not_read(line: str) -> None:
    pasted = read_paste(PLANT.format(line=line), TODAY)
    tom = person(pasted.data, "Tom Reyes")
    assert tom.get("topics") == ["the new CMMS rollout"]
    assert not tom.get("challenges")
    assert line in pasted.unread or ("about them", line) in pasted.asides  # tenure: said back as 'not kept'


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("walked me thru packaging line", "the packaging line"),
        ("gave me a tour of cold storage", "the cold storage"),
        ("showed me around the boiler room", "the boiler room"),
        ("took us through their spare parts cage", "their spare parts cage"),
    ],
)
def test_a_place_they_showed_you_is_the_topic_said_as_a_place(line: str, topic: str) -> None:
    tom = person(read_paste(PLANT.format(line=line), TODAY).data, "Tom Reyes")
    assert tom.get("topics") == [topic, "the new CMMS rollout"]


@pytest.mark.parametrize(
    ("line", "topic", "challenge"),
    [
        ("went over the new WMS, pick rates terrible", "the new WMS", "pick rates terrible"),
        ("talked mostly about scheduling, overtime brutal", "scheduling", "overtime brutal"),
        ("talked about shift handoffs, night crew short 2 techs", "shift handoffs", "night crew short 2 techs"),
    ],
)
def test_a_topic_then_a_problem_after_a_comma_are_a_topic_and_a_challenge(
    line: str, topic: str, challenge: str
) -> None:
    tom = person(read_paste(PLANT.format(line=line), TODAY).data, "Tom Reyes")
    assert tom.get("topics") == [topic, "the new CMMS rollout"]
    assert tom.get("challenges") == [challenge]


@pytest.mark.parametrize(
    ("line", "challenges"),
    [
        ("runs the plant, 200 people", []),
        ("manages the night shift, turnover brutal", ["turnover brutal"]),
    ],
)
def test_after_their_job_only_a_problem_is_read(line: str, challenges: list[str]) -> None:
    pasted = read_paste(PLANT.format(line=line), TODAY)
    tom = person(pasted.data, "Tom Reyes")
    assert tom.get("topics") == ["the new CMMS rollout"]
    assert tom.get("challenges", []) == challenges
    assert challenges or line in pasted.unread


def test_a_list_of_topics_with_no_problem_is_left_as_it_was() -> None:
    tom = person(read_paste(PLANT.format(line="talked about pay, benefits"), TODAY).data, "Tom Reyes")
    assert tom.get("topics") == ["pay, benefits", "the new CMMS rollout"]


@pytest.mark.parametrize(
    ("line", "topics"),
    [
        ("asked situational questions, handling a difficult customer", ["handling a difficult customer"]),
        ("lots of behavioral questions abt lockout tagout", ["lockout tagout"]),
        ("asked STAR qs about my last job", []),
        ("asked a few technical q's", []),
    ],
)
def test_the_kind_of_questions_they_asked_you_is_no_topic_of_theirs(line: str, topics: list[str]) -> None:
    tom = person(read_paste(PLANT.format(line=line), TODAY).data, "Tom Reyes")
    assert tom.get("topics") == [*topics, "the new CMMS rollout"]


@pytest.mark.parametrize(
    ("head", "line", "title"),
    [
        ("Met Tom Reyes (hiring manager)", "runs the warehouse", "Warehouse manager"),
        ("Tom Reyes (hiring manager)", "supervises the night shift", "Night shift supervisor"),
        ("Tom Reyes - recruiter", "he leads the day crew", "Day crew lead"),
    ],
)
def test_with_no_title_given_a_job_that_names_what_they_run_is_their_title(head: str, line: str, title: str) -> None:
    text = PLANT.replace("Tom Reyes - plant manager", head).format(line=line)
    pasted = read_paste(text, TODAY)
    tom = person(pasted.data, "Tom Reyes")
    assert tom.get("title") == title and tom.get("topics") == ["the new CMMS rollout"]
    assert line not in pasted.unread  # read, as their title


@pytest.mark.parametrize(
    "lines",
    [
        ["manages hiring for three sites"],  # not one place they run
        ["runs the numbers"],
        ["runs the warehouse", "supervises the night shift"],  # two jobs: which is the title is not guessed
    ],
)
def test_a_job_that_is_no_plain_title_is_left_as_not_read(lines: list[str]) -> None:
    text = PLANT.replace("Tom Reyes - plant manager", "Tom Reyes (hiring manager)").format(line="\n- ".join(lines))
    pasted = read_paste(text, TODAY)
    tom = person(pasted.data, "Tom Reyes")
    assert "title" not in tom
    assert all(line in pasted.unread for line in lines)


def test_a_title_given_is_never_replaced_by_a_job_line() -> None:
    pasted = read_paste(PLANT.format(line="runs the warehouse"), TODAY)
    assert person(pasted.data, "Tom Reyes")["title"] == "plant manager"
    assert "runs the warehouse" in pasted.unread
