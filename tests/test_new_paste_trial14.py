"""`afterview new`'s paste reader (issue 14): the classes the fourteenth first-time-user trial showed.

Phrasings written for these tests (not the trial's), in other trades. 1: people under a header, their part in
[square brackets]; 2: '+' bullets and shorthand labels ('pain points:', 'both into', '+ send NAME …'); 3: a head line
carrying the company and the start time beside who was met, and a 'role:' line with an aside in brackets; 4: news,
a decision with its reason, and the candidate's own asides, none of them someone's topic; 5: see test_new_fix_keeps.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from afterview.notes.asides import aside_kind
from afterview.notes.news_said import news_said
from afterview.notes.paste import read_paste
from afterview.notes.worry_said import without_feeling
from test_new_paste_third import TODAY, asked_after  # TODAY: Wed 2 Dec 2026


def _person(data: dict[str, Any], first: str) -> dict[str, Any]:
    return next(p for p in data.get("interviewers") or [] if p["name"].startswith(first))


def _items(person: dict[str, Any]) -> list[str]:
    return [*person.get("topics", []), *person.get("challenges", []), *person.get("rapport", [])]


# --- 1. people under a header, one a line, the part in [square brackets] ---------------------------------------

PANEL = """\
Harbour Line Freight - Customs Broker - video 9am today
interviewers:
Amara Osei [compliance lead] - tariff codes, bonded warehouse audits
- pain points: entries held at the border for days
- both into bouldering
Luis Ferreira (ops manager, hiring mgr) - walked me thru the broker software
+ send Amara the HS code cheat sheet I made
"""


def test_a_person_with_the_part_in_square_brackets_under_a_header_is_an_interviewer() -> None:
    pasted = read_paste(PANEL, TODAY)
    amara = _person(pasted.data, "Amara")
    assert amara["name"] == "Amara Osei" and amara["title"] == "compliance lead"
    assert "tariff codes, bonded warehouse audits" in amara["topics"]
    assert not any("Amara" in item or "[" in item for item in _items(amara)), amara
    assert [p["name"] for p in pasted.data["interviewers"]] == ["Amara Osei", "Luis Ferreira"]


@pytest.mark.parametrize(
    "line",
    [
        "Rosa Lindqvist [sous chef] - prep lists",
        "- Rosa Lindqvist [sous chef]",
        "Rosa Lindqvist [sous chef], prep lists",
    ],
)
def test_square_brackets_read_as_round_ones_after_a_name(line: str) -> None:
    text = f"Saltmarsh Kitchen - Line Cook - onsite 3pm today\nppl:\nDevon Hart (head chef) - menu costing\n{line}\n"
    rosa = _person(read_paste(text, TODAY).data, "Rosa")
    assert rosa.get("title") == "sous chef"
    assert not any("Rosa" in item for item in _items(rosa))


def test_a_link_in_square_brackets_is_no_persons_part() -> None:
    text = "Saltmarsh Kitchen - Line Cook - onsite 3pm today\nDevon Hart (head chef)\n- [menu deck](https://x.test/a)\n"
    pasted = read_paste(text, TODAY)
    assert [p["name"] for p in pasted.data["interviewers"]] == ["Devon Hart"]


# --- 2. leading labels people write; the label never kept -------------------------------------------------------


def test_shorthand_labels_under_a_person_are_read_and_stripped() -> None:
    amara = _person(read_paste(PANEL, TODAY).data, "Amara")
    assert amara["challenges"] == ["entries held at the border for days"]
    assert amara["rapport"] == ["both into bouldering"]


@pytest.mark.parametrize(
    "line",
    ["+ send Amara the HS code cheat sheet I made", "- send Amara the HS code cheat sheet I made"],
)
def test_a_promise_on_a_plus_bullet_is_the_named_persons_without_the_verb(line: str) -> None:
    text = PANEL.replace("+ send Amara the HS code cheat sheet I made", line)
    amara = _person(read_paste(text, TODAY).data, "Amara")
    assert amara["requested"] == ["the HS code cheat sheet I made"]


def test_send_her_among_a_persons_bullets_is_that_persons_promise() -> None:
    text = (
        "Bramble & Oak Nurseries - Propagation Lead - onsite 9am today\npeople:\n"
        "Hetty Marsh (nursery manager) - cuttings schedule\n- send her the misting rota template\n"
        "Colm Byrne (head grower, hiring mgr) - peat-free trials\n- send him the compost notes\n"
    )
    data = read_paste(text, TODAY).data
    assert _person(data, "Hetty")["requested"] == ["the misting rota template"]
    assert _person(data, "Colm")["requested"] == ["the compost notes"]
    assert not data.get("requested")


def test_what_they_want_to_do_after_a_comma_is_a_topic_of_its_own() -> None:
    text = "Kestrel Print Co - Estimator - onsite 2pm today\nppl:\nOla Berg (print manager)\n"
    text += "- wide-format jobs, want to move quoting off email -> into the MIS\n"
    ola = _person(read_paste(text, TODAY).data, "Ola")
    assert ola["topics"] == ["wide-format jobs", "want to move quoting off email -> into the MIS"]


def test_a_phone_number_with_a_plus_is_no_bullet() -> None:
    from afterview.notes.free_text import lines_of

    assert [line.text for line in lines_of("+44 20 7946 0000\n+ bring ID")] == ["+44 20 7946 0000", "bring ID"]


# --- 3. a head line with several facts; an aside in the job's brackets ------------------------------------------

HEAD = """\
phone call w/ Ingrid Solberg - Curator of Collections, Fjordside Maritime Museum - teams 11:30, ~40min
role: Collections Assistant (9mo maternity cover, poss extension)
- moving the archive onto a new CMS in spring
"""


def test_the_company_and_the_start_time_on_the_meeting_line_are_read() -> None:
    pasted = read_paste(HEAD, TODAY)
    assert pasted.data["company"]["name"] == "Fjordside Maritime Museum"
    assert pasted.data["position"] == "Collections Assistant"
    assert str(pasted.time_said) == "11:30:00"
    assert pasted.unread == []  # the 'role:' line is the job's, not Ingrid's


def test_the_part_after_the_name_is_the_title_when_two_parts_read_as_names() -> None:
    text = "call w/ Ingrid Solberg - Keeper of Ships, Fjordside Maritime Museum - 11:30\n- the hull survey\n"
    assert read_paste(text, TODAY).data["company"]["name"] == "Fjordside Maritime Museum"


def test_a_time_said_with_no_day_is_read_back_as_todays() -> None:
    asked, data, _ = asked_after(read_paste(HEAD, TODAY), {"Your name": "Sam Rivera"})
    assert data["interview"]["at"] == "2026-12-02T11:30"
    assert any(q.text.startswith("  understood: Wed 02 Dec 2026, 11:30") for q in asked)
    assert not any(q.text == "When did it start?" for q in asked)
    assert not any(q.text == "Which company?" for q in asked)


def test_a_time_later_than_now_is_asked_not_guessed() -> None:
    text = HEAD.replace("teams 11:30", "teams 6:30pm")  # asked_after's now: 16:00
    asked, _, _ = asked_after(
        read_paste(text, TODAY), {"Your name": "Sam Rivera", "When did it start": "yesterday 6:30pm"}
    )
    assert any(q.text == "When did it start?" for q in asked)


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ("Collections Assistant (9mo maternity cover, poss extension)", "Collections Assistant"),
        ("Collections Assistant (9mo maternity cover", "Collections Assistant"),
        ("Collections Assistant, Fjordside", "Collections Assistant"),
    ],
)
def test_a_labelled_job_keeps_no_aside_and_no_open_bracket(value: str, title: str) -> None:
    text = f"role: {value}\ncompany: Fjordside Maritime Museum\nIngrid Solberg - curator\n"
    assert read_paste(text, TODAY).data["position"] == title


# --- 4. news, the decision and your own asides are nobody's topic -------------------------------------------------

ONE = """\
zoom w/ Pieter Claes - Head of Agronomy, Veldhoven Seeds - 10am, 50 min
- trialling drought-tolerant barley lines
- the board just approved funding for a second seed lab
- he's worried abt seed germination data living in spreadsheets
- greenhouse sensors sit idle most of the year
felt a bit rushed towards the end
decision early Feb pending budget sign-off
must ask re: relocation support next time
forgot to ask about the probation period
"""


def test_news_a_decision_and_asides_among_the_only_persons_lines_are_not_topics() -> None:
    pasted = read_paste(ONE, TODAY)
    pieter = _person(pasted.data, "Pieter")
    assert pieter["topics"] == ["trialling drought-tolerant barley lines"]
    assert pasted.data["company"]["news"] == ["the board just approved funding for a second seed lab"]
    assert pasted.data["interview"]["decision_by"].startswith("2027-02")
    kinds = dict((words, kind) for kind, words in pasted.asides)
    assert kinds["felt a bit rushed towards the end"] == "impressions"
    assert kinds["must ask re: relocation support next time"] == "a note to yourself"
    assert kinds["forgot to ask about the probation period"] == "a note to yourself"
    assert kinds["pending budget sign-off"] == "why they decide then"
    assert pasted.unread == []


def test_a_problem_in_plain_words_is_a_challenge_without_its_owners_feeling() -> None:
    pieter = _person(read_paste(ONE, TODAY).data, "Pieter")
    assert "seed germination data living in spreadsheets" in pieter["challenges"]
    assert "greenhouse sensors sit idle most of the year" in pieter["challenges"]
    assert not any("worried" in c or "he's" in c for c in pieter["challenges"])


@pytest.mark.parametrize(
    ("item", "news"),
    [
        ("the trust just opened a second walk-in clinic", True),
        ("recently signed the Arla contract", True),
        ("city secured a grant for 40 new bikes", True),
        ("she just got back from leave", False),
        ("moving payroll to a new system", False),
        ("i just finished my certificate", False),
    ],
)
def test_news_is_a_deed_just_done_or_money_won(item: str, news: bool) -> None:
    assert news_said(item) is news


@pytest.mark.parametrize(
    ("aside", "kind"),
    [
        ("check the dress code next time", "a note to yourself"),
        ("gotta ask about the on-call rota", "a note to yourself"),
        ("overtime not covered yet", "not talked about"),
        ("seemed a bit hurried at the start", "impressions"),
        ("asked about the on-call rota", None),
    ],
)
def test_the_candidates_own_asides_have_a_kind(aside: str, kind: str | None) -> None:
    assert aside_kind(aside) == kind


def test_a_feeling_is_taken_off_only_a_problem_that_follows_it() -> None:
    assert without_feeling("they're nervous about the ERP cutover") == "the ERP cutover"
    assert without_feeling("the worried-well clinic") == "the worried-well clinic"
