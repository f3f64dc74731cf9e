"""`afterview new`'s paste reader, eighth pass (issue 14): what the seventh first-time-user trial left.

Phrasings written for these tests (not the trial's): a promise said as owing or promising someone something
('owe Dana the …', 'promised Dana: …'); a problem said in plain words (a failure, an error rate, something
missing, a shortfall) filed as a challenge, not a topic.
"""

from __future__ import annotations

import pytest

from afterview.notes.paste import read_paste
from test_new_paste_third import TODAY, person

HEAD = """\
Birch Freight - Route Planner
video call today 3pm, 45 min
"""
DANA = "- Dana Okoro, ops manager - route planning for the north depot\n"
RAJ = "- Raj Mehta, recruiter - pay bands\n"
TAIL = "\nme: Sam Rivera\n"


def _read(text: str) -> dict:
    """Dana's line, then the text, then Raj's; a text that starts by naming Dana replaces her line."""
    first = "" if text.startswith("- Dana Okoro") else DANA
    return read_paste(HEAD + first + text + "\n" + RAJ + TAIL, TODAY).data


# --- 1. a promise said as owing or promising someone ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- promised Dana: send the depot heatmap I made",
        "- promised Dana - email the depot heatmap I made",
        "- owe Dana the depot heatmap I made",
        "- I still owe Dana the depot heatmap I made",
        "- told Dana I'd forward the depot heatmap I made",
        "- promised Dana to share the depot heatmap I made",
    ],
)
def test_a_promise_to_someone_is_theirs_to_be_sent(line: str) -> None:
    data = _read(line)
    assert person(data, "Dana Okoro").get("requested") == ["the depot heatmap I made"]
    assert "requested" not in person(data, "Raj Mehta")


def test_owing_no_one_named_is_no_promise_to_them() -> None:
    data = _read("- owe them nothing, honestly")
    assert "requested" not in person(data, "Dana Okoro")


# --- 2. problem-speak: a problem said in plain words ------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "problem"),
    [
        ("- their ETA model misses by hours on snow days", "their ETA model misses by hours on snow days"),
        ("- scanner data has gaps and duplicates, ~5% of scans missing", None),
        ("- label printers fail a few times a shift", "label printers fail a few times a shift"),
        ("- error rate on manual entries is around 3%", "error rate on manual entries is around 3%"),
        ("- not enough dispatchers for the night shift", "not enough dispatchers for the night shift"),
        ("- the old TMS crashes under load", "the old TMS crashes under load"),
    ],
)
def test_a_problem_said_in_plain_words_is_a_challenge(said: str, problem: str | None) -> None:
    dana = person(_read("- Dana Okoro, ops manager\n" + said), "Dana Okoro")
    challenges = dana.get("challenges") or []
    assert challenges, dana
    if problem:
        assert challenges == [problem]
    assert not any(c in (dana.get("topics") or []) for c in challenges)


def test_a_topic_then_a_problem_in_one_line_are_two_items() -> None:
    dana = person(_read("- Dana Okoro, ops manager\n- fleet telematics, the feed drops out in the hills"), "Dana")
    assert dana.get("topics") == ["fleet telematics"]
    assert dana.get("challenges") == ["the feed drops out in the hills"]


def test_a_plain_topic_stays_a_topic() -> None:
    dana = person(_read("- Dana Okoro, ops manager\n- expanding to two new depots next year"), "Dana")
    assert dana.get("topics") == ["expanding to two new depots next year"]
    assert "challenges" not in dana


# --- 3. a seniority word before a craft title: a peer -----------------------------------------------------


@pytest.mark.parametrize("title", ["sr eng", "Senior Accountant", "staff engineer", "Principal Data Scientist"])
def test_a_senior_craft_title_guesses_peer(title: str) -> None:
    from afterview.notes.answers import _guess_role_from_title

    assert _guess_role_from_title(title) == "peer"


@pytest.mark.parametrize(("title", "role"), [("Dir of Analytics", "hiring manager"), ("Sr Recruiter", "recruiter")])
def test_a_director_or_recruiter_is_not_guessed_peer(title: str, role: str) -> None:
    from afterview.notes.answers import _guess_role_from_title

    assert _guess_role_from_title(title) == role


# --- 4. a weekday guessed after vague words wins, in the week they name -------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ('- they\'ll decide "early next week", maybe Tues', "2026-12-08"),  # TODAY is Wed 2 Dec
        ("- decision early next week, prob Thursday", "2026-12-10"),
        ("- hear back end of this week (likely Thurs)", "2026-12-03"),
        ("- decide early next week", "2026-12-09"),  # no weekday guessed: the latest sensible day, as before
    ],
)
def test_a_guessed_weekday_wins_over_vague_words(line: str, day: str) -> None:
    assert _read(line)["interview"]["decision_by"] == day


def test_a_typed_answer_with_a_guessed_weekday_reads_it() -> None:
    from afterview.notes.decision_said import _day_said

    assert _day_said("early next week, maybe Tues", TODAY).isoformat() == "2026-12-08"
    assert _day_said("next week or so, probably Monday", TODAY).isoformat() == "2026-12-07"


# --- 5. common ground said as 'same …' ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["same neighborhood as me growing up (Riverwest)", "went to the same high school", "we're both night owls"],
)
def test_sameness_is_common_ground_not_a_topic(said: str) -> None:
    dana = person(_read("- Dana Okoro, ops manager - route planning\n- " + said), "Dana")
    assert dana.get("rapport") == [said]
    assert said not in (dana.get("topics") or [])


def test_the_same_thing_said_of_work_is_no_common_ground() -> None:
    dana = person(_read("- Dana Okoro, ops manager - route planning\n- same time next quarter for the audit"), "Dana")
    assert "rapport" not in dana


# --- 6. the unread lines, all of them; read-backs a person scans, said again after a fix ------------------


def _asked(text: str, answers: dict[str, str], unread: list[str] | None = None):  # type: ignore[no-untyped-def]
    from test_new_paste_third import asked_after

    pasted = read_paste(HEAD + text + TAIL, TODAY)
    if unread is not None:
        pasted.unread = unread
    return asked_after(pasted, answers)


SIX = [
    f"aside number {k}: the {w} near the depot" for k, w in enumerate(("cafe", "gym", "park", "bus", "bank", "dock"))
]


def test_every_unread_line_is_offered_and_the_last_can_be_filed() -> None:
    asked, data, said = _asked(DANA + RAJ, {r"Not read": "6 Dana"}, unread=SIX)
    offer = [q.text for q in asked if "Not read" in q.text]
    assert len(offer) == 1 and all(any(line in s for s in said) for line in SIX)
    assert "the dock near the depot" in " ".join(person(data, "Dana Okoro")["topics"])
    assert not any("the cafe near" in t for p in data["interviewers"] for t in p.get("topics", []))
    assert any(s.startswith("  left out:") and SIX[0] in s for s in said)


def test_a_line_filed_under_someone_that_reads_as_nothing_is_kept_and_said() -> None:
    _, data, said = _asked(DANA + RAJ, {r"Not read": "Raj"}, unread=["he was class of '15"])
    assert "he was class of '15" in person(data, "Raj Mehta")["topics"]
    assert any("added to Raj" in s and "he was class of '15" in s for s in said)


def test_a_long_read_back_is_lines_a_person_scans() -> None:
    long = "- Dana Okoro, ops manager - " + ", ".join(["route planning for the north depot"] * 5)
    asked, _, _ = _asked(long + "\n" + RAJ, {})
    back = next(q.text for q in asked if q.text.startswith("  understood: Dana Okoro"))
    assert "route planning for the north depot" in back
    assert max(len(line) for line in back.splitlines()) <= 100
    assert back.splitlines()[0] == "  understood: Dana Okoro (ops manager)"
    assert back.splitlines()[-1].startswith("  Dana's part in hiring: hiring manager? — Enter keeps")


def test_a_fix_at_the_read_back_is_said_back() -> None:
    _, data, said = _asked(DANA + RAJ, {r"understood: Dana Okoro": "Challenge: drivers quit over night routes"})
    assert person(data, "Dana Okoro")["challenges"] == ["drivers quit over night routes"]
    at = said.index(next(s for s in said if s.startswith("  now: Dana Okoro")))
    assert "Challenge: drivers quit over night routes" in " ".join(said[at : at + 4])
    assert "route planning for the north depot" in " ".join(said[at : at + 4])  # what the fix did not name, kept


# --- 7. no part of a naming line or a decision line vanishes -------------------------------------------------


def test_a_part_of_a_naming_line_after_the_title_is_shown_as_not_read() -> None:
    pasted = read_paste(
        HEAD + "- Dana Okoro, sr planner, the night dispatch desk - route planning\n" + RAJ + TAIL, TODAY
    )
    dana = person(pasted.data, "Dana Okoro")
    assert dana.get("title") == "sr planner"
    assert "the night dispatch desk" in pasted.unread or any(
        "the night dispatch desk" in t for t in dana.get("topics", [])
    )


def test_a_bracketed_aside_after_a_title_is_shown_not_dropped() -> None:
    pasted = read_paste(HEAD + "- Dana Okoro, ops manager (north region) - route planning\n" + RAJ + TAIL, TODAY)
    assert "(north region)" in pasted.unread


def test_the_part_in_hiring_and_the_contact_said_on_the_naming_line_are_read_not_shown() -> None:
    text = "- Dana Okoro, ops manager (hiring mgr), my main contact - route planning\n"
    pasted = read_paste(HEAD + text + RAJ + TAIL, TODAY)
    assert pasted.unread == []
    assert person(pasted.data, "Dana Okoro").get("primary_contact") is True


def test_who_will_write_after_the_decision_is_their_contact_or_shown() -> None:
    said = "- decision by Fri Dec 11, Raj emails the offer details\n"
    pasted = read_paste(HEAD + DANA + RAJ + said + TAIL, TODAY)
    assert person(pasted.data, "Raj Mehta").get("primary_contact") is True
    said = "- decision by Fri Dec 11, Jo from HR will call\n"
    pasted = read_paste(HEAD + DANA + RAJ + said + TAIL, TODAY)
    assert pasted.data["interview"]["decision_by"] == "2026-12-11"
    assert any("Jo from HR will call" in line for line in pasted.unread)


@pytest.mark.parametrize(
    ("job", "shown"),
    [
        ("Birch Freight - Route Planner (north region) - video, today 3pm, 45 min", ["(north region)"]),
        ("Birch Freight - Route Planner (final round) - video, today 3pm, 45 min", []),
        ("Route Planner at Birch Freight (remote) - today 3pm, 45 min", []),
    ],
)
def test_a_bracketed_aside_on_the_job_title_is_shown_when_nothing_reads_it(job: str, shown: list[str]) -> None:
    pasted = read_paste(job + "\n" + DANA + RAJ + TAIL, TODAY)
    assert pasted.data["position"] == "Route Planner"
    # said once as 'not kept (about the job): (north region)': the notes have no place for it, and it is not lost
    assert [a for k, a in pasted.asides if k == "about the job"] == shown
    assert not [line for line in pasted.unread if line.startswith("(")]


# --- 8. the timezone the places in the notes suggest ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Raj said the team sits in the Milwaukee office", ("America/Chicago", "Milwaukee")),
        ("hybrid, 2 days a week at the Denver hub", ("America/Denver", "Denver")),
        ("onsite in Salt Lake City", ("America/Denver", "Salt Lake City")),
        ("teams in Chicago and London", None),  # two zones: no guess
        ("met Victoria Stanley from North ops", None),  # a person's name, a direction: no place
        ("the Lakeshore Science Center in New Jersey", None),
    ],
)
def test_a_city_in_the_notes_suggests_its_timezone(text: str, zone: tuple[str, str] | None) -> None:
    from afterview.notes.place_zones import zone_in_notes

    assert zone_in_notes(text, ["Raj Mehta"]) == zone


def test_a_name_is_no_place() -> None:
    from afterview.notes.place_zones import zone_in_notes

    assert zone_in_notes("Sydney Park walked me through the Boston office", ["Sydney Park"]) == (
        "America/New_York",
        "Boston",
    )


def test_a_real_terminal_offers_the_notes_timezone_and_scans_read_backs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from afterview.notes.loader import load_notes
    from test_new_command import paste_notes, reply, spawn, until_written

    target = tmp_path / "notes.md"
    paste = (
        "Birch Freight - Route Planner - video, today 3pm, 45 min\r"
        "- Dana Okoro, sr planner - route planning, their ETA model misses badly on snow days\r"
        "- Raj Mehta, recruiter - pay bands, hybrid 2 days in the Milwaukee office\r"
        "- promised Dana: send the depot heatmap\r"
        "- they decide early next week, maybe Tues\r"
        "me: Sam Rivera"
    )
    child = spawn(str(target), "--now", "2026-12-02T22:00", tz="UTC")
    try:
        paste_notes(child, paste)
        reply(child, "", "")
        child.expect("From your notes")
        child.expect(r"Milwaukee is in your notes: Enter for America/Chicago")
        reply(child, "Tab completes", "")
        reply(child, "understood: Wed 02 Dec 2026, 15:00 \\(America/Chicago\\)", "")
        child.expect("understood: Dana Okoro \\(sr planner\\)")
        child.expect("Challenge: their ETA model misses badly on snow days")
        reply(child, "Dana's part in hiring: peer\\?", "")
        reply(child, "understood: Raj Mehta", "")
        reply(child, "What experience of yours", "")
        reply(child, "you said you would send the depot heatmap for Dana", "")
        reply(child, "maybe Tues. \\(read as Tue 08 Dec 2026\\)", "")
        until_written(child)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    notes = load_notes(target)
    assert notes.interview.timezone == "America/Chicago"
    dana = notes.interviewers[0]
    assert dana.role.value == "peer" and dana.challenges == ["their ETA model misses badly on snow days"]
    assert dana.requested == ["the depot heatmap"]


@pytest.mark.parametrize(
    "line",
    [
        "- TODO: send Dana the depot heatmap I made",
        "- sending Dana the depot heatmap I made tonight",
        "- I said I'd get Dana the depot heatmap I made",
        "- i'll email dana the depot heatmap I made",
        "- I'm sending the depot heatmap I made over to Dana",
    ],
)
def test_a_promise_jotted_as_a_to_do_is_theirs(line: str) -> None:
    data = _read(line)
    assert person(data, "Dana Okoro").get("requested") == ["the depot heatmap I made"]
    assert not data.get("requested")


def test_getting_better_is_no_promise() -> None:
    data = _read("- need to get better at SQL window functions")
    assert "requested" not in person(data, "Dana Okoro") and not data.get("requested")


@pytest.mark.parametrize(
    "said",
    [
        "forecasts are off by 20% most weeks",
        "support tickets pile up over weekends",
        "they can't find enough drivers",
        "accuracy dropped since the new model",
        "month-end close takes 6 days, way too long",  # a verdict after a comma: the whole line is the problem
    ],
)
def test_more_problem_speak_is_a_challenge(said: str) -> None:
    dana = person(_read("- Dana Okoro, ops manager\n- " + said), "Dana")
    assert dana.get("challenges") == [said] and "topics" not in dana


@pytest.mark.parametrize("said", ["moving to Snowflake in Q1", "hiring a second analyst next year"])
def test_plans_are_topics_not_problems(said: str) -> None:
    dana = person(_read("- Dana Okoro, ops manager\n- " + said), "Dana")
    assert dana.get("topics") == [said] and "challenges" not in dana


@pytest.mark.parametrize("said", ["turns out we know the same people at Acme", "grew up two towns over from me"])
def test_people_and_places_shared_are_common_ground(said: str) -> None:
    dana = person(_read("- Dana Okoro, ops manager - route planning\n- " + said), "Dana")
    assert dana.get("rapport") == [said]


def test_a_place_near_me_is_no_common_ground_with_them() -> None:
    dana = person(_read("- Dana Okoro, ops manager - route planning\n- the new depot is near my place"), "Dana")
    assert "rapport" not in dana


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("- decision next week, Tuesday probably", "2026-12-08"),
        ("- hear back early next wk (Tues?)", "2026-12-08"),
        ("- they decide next week sometime, maybe Wed or Thu", "2026-12-10"),  # the later of the two
        ("- should hear back by Thurs-ish", "2026-12-03"),
    ],
)
def test_a_weekday_guessed_after_or_in_brackets_wins(line: str, day: str) -> None:
    assert _read(line)["interview"]["decision_by"] == day


def test_what_is_filed_about_someone_typed_is_said_back_in_lines_a_person_scans() -> None:
    from afterview.notes.about_person import AboutPerson
    from afterview.notes.questionnaire import _about_more

    said: list[str] = []
    long = "; ".join(f"the {w} rollout at the north depot and its night crews" for w in ("scanner", "label", "dock"))
    _about_more(long, AboutPerson(), False, said.append, "Dana")
    assert said and said[0].startswith("  understood: Talked about: the scanner rollout")
    assert max(map(len, said)) <= 100 and "the dock rollout" in " ".join(said)


@pytest.mark.parametrize(
    ("line", "day", "shown"),
    [
        (
            "- decision by Fri Dec 11, they're also interviewing 2 others",
            "2026-12-11",
            "they're also interviewing 2 others",
        ),
        ("- they decide next week; 3 finalists left", "2026-12-11", "3 finalists left"),
        ("- decision by Dec 11 - second round would be onsite", "2026-12-11", "second round would be onsite"),
    ],
)
def test_what_a_decision_line_says_after_its_date_is_shown(line: str, day: str, shown: str) -> None:
    pasted = read_paste(HEAD + DANA + RAJ + line + TAIL, TODAY)
    assert pasted.data["interview"]["decision_by"] == day
    assert shown in pasted.unread
    assert not any(shown in t for p in pasted.data["interviewers"] for t in p.get("topics", []))


def test_a_rate_said_to_be_high_is_a_problem_and_a_rate_mentioned_is_not() -> None:
    dana = person(_read("- Dana Okoro, ops manager\n- the mis-scan rate at the dock is high, lots of rework"), "Dana")
    assert dana.get("challenges") == ["the mis-scan rate at the dock is high, lots of rework"]
    dana = person(_read("- Dana Okoro, ops manager\n- fuel rates came up in passing"), "Dana")
    assert "challenges" not in dana


def test_someone_to_be_in_touch_on_a_line_of_its_own_is_the_contact() -> None:
    pasted = read_paste(HEAD + DANA + RAJ + "- they decide next week. Dana will email\n" + TAIL, TODAY)
    assert person(pasted.data, "Dana Okoro").get("primary_contact") is True
    assert not any("will email" in line for line in pasted.unread)


def test_my_own_report_after_a_promise_line_is_a_highlight() -> None:
    text = "- told Raj I'd send my portfolio\n- I talked up my 3 yrs running the Harbor depot night shift\n"
    pasted = read_paste(HEAD + DANA + RAJ + text + TAIL, TODAY)
    assert pasted.data["candidate"]["highlights"] == ["my 3 yrs running the Harbor depot night shift"]
    assert not pasted.unread


def test_when_they_will_be_in_touch_is_when_they_decide() -> None:
    pasted = read_paste(HEAD + DANA + RAJ + "- next steps - Raj emails by next Wed, maybe Tues\n" + TAIL, TODAY)
    assert pasted.data["interview"]["decision_by"] == "2026-12-08"
    pasted = read_paste(HEAD + DANA + RAJ + "- I'll email Raj by Friday with my availability\n" + TAIL, TODAY)
    assert "decision_by" not in pasted.data.get("interview", {})


def test_a_title_before_a_colon_is_their_title() -> None:
    pasted = read_paste(HEAD + "Dana Okoro, Fleet Analyst: the routes are a mess\n" + RAJ + TAIL, TODAY)
    dana = person(pasted.data, "Dana Okoro")
    assert dana.get("title") == "Fleet Analyst"
    assert dana.get("challenges") == ["the routes are a mess"]
    assert not pasted.unread


def test_a_sentence_after_an_abbreviation_is_its_own() -> None:
    line = "- Dana Okoro, ops manager - on-time rate fell 9% YoY. she's a climber too\n"
    dana = person(read_paste(HEAD + line + RAJ + TAIL, TODAY).data, "Dana")
    assert dana.get("challenges") == ["on-time rate fell 9% YoY"]
    assert dana.get("rapport") == ["a climber too"]


def test_a_labelled_job_line_with_commas_names_the_job_and_company() -> None:
    text = "Interview notes: Route Planner, Birch Freight Co, video today 3pm, 45 min\n" + DANA + RAJ + TAIL
    pasted = read_paste(text, TODAY)
    assert (pasted.data["position"], pasted.data["company"]["name"]) == ("Route Planner", "Birch Freight Co")


def test_a_person_line_with_commas_is_no_job_line() -> None:
    pasted = read_paste(HEAD + "Helen Brooks, Nurse Manager, Mercy West\n" + RAJ + TAIL, TODAY)
    assert pasted.data["position"] == "Route Planner"
    assert person(pasted.data, "Helen Brooks").get("title") == "Nurse Manager"


def test_my_promise_to_email_by_a_day_is_not_when_they_decide() -> None:
    text = "- promised to email her the depot heatmap by Friday\n- they'll decide early next week, maybe Tues\n"
    pasted = read_paste(HEAD + DANA + text + TAIL, TODAY)
    assert pasted.data["interview"]["decision_by"] == "2026-12-08"
    assert pasted.decision_said == "early next week, maybe Tues"
