"""WRITER27 (issue 17, run27/run28 judges): sentences built from notes items that read as written, and status checks
that bring something. Classes: a rapport item 'both <verb> <object>' said as a thing done; a passive news item
('booked by …') congratulated with its auxiliary; news known at the interview (a panelist's own topic) not
congratulated weeks later; no stock tail on the news ("which makes me all the keener …"); a peer's problem not quoted
back on a card as a fault; a check led in before its question on LinkedIn; "more stages to come" asked about as the next
stage, never "the decision". Notes invented here (a glassworks, a ferry yard, a bakery)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.items import news_shape, rapport_shape
from afterview.writer.known_news import news_known
from afterview.writer.passive_news import passive_participle
from helpers import draft_json


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("both blew our first vase at the same evening class in Murano", "we both blew our first vase"),
        ("both rowed the Tamar race in 2019", "we both rowed the Tamar race"),
        # near-misses: states stay states
        ("both big fans of the Rovers", "we are both big fans of the Rovers"),
        ("both from Cork", "we are both from Cork"),
    ],
)
def test_a_shared_deed_with_its_object_is_a_thing_done(item: str, said: str) -> None:
    clause = rapport_shape(item)["clause"] or ""
    assert clause.startswith(said), clause
    assert "are both blew" not in clause and "are both rowed" not in clause


@pytest.mark.parametrize(
    ("item", "passive"),
    [
        ("commissioned by the Royal Opera House for a stage chandelier", True),
        ("shortlisted for Glass Studio of the Year", True),
        ("selected as a supplier to Network Rail", True),
        # near-misses: the company acted, or 'by' measures a change
        ("opened a second furnace in Leith", False),
        ("cut lead times by 20%", False),
        ("increased output by half", False),
        ("moved to a bigger yard", False),
    ],
)
def test_a_news_item_done_to_the_company_is_read_as_passive(item: str, passive: bool) -> None:
    assert passive_participle(item) is passive


def test_a_passive_news_item_gets_its_auxiliary_in_every_frame() -> None:
    shape = news_shape("commissioned by the Royal Opera House for a stage chandelier", "Clearwater Glass")
    assert shape["gerund"] == "being commissioned by the Royal Opera House for a stage chandelier"
    assert shape["clause"] == "Clearwater Glass was commissioned by the Royal Opera House for a stage chandelier"
    active = news_shape("opened a second furnace in Leith", "Clearwater Glass")
    assert active["gerund"] == "opening a second furnace in Leith"


GLASS = """\
candidate:
  name: Rosa Delgado
  email: rosa@example.com
  highlights:
    - 6 yrs gaffer at a studio glassworks in Valencia
  since_interview: []
position: Senior Glassblower
company:
  name: Clearwater Glass
  news:
    - NEWS
  culture: neutral
  pace: PACE
interview:
  at: 2026-11-10T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Callum Reid
    title: Studio Director
    role: hiring_manager
    email: callum@clearwater.example
    topics:
      - TOPIC
    challenges:
      - kiln schedule clashes with the commissions
  - name: Priya Nair
    title: Glassblower
    role: peer
    channel: handwritten
    topics:
      - her colour-layering technique
    challenges:
      - studio annealer out of date
    rapport:
      - both blew our first vase at the same evening class
RECRUITER
"""

RECRUITER = """\
  - name: Lena Fox
    title: Talent Partner
    role: recruiter
    channel: linkedin
    primary_contact: true
    topics:
      - STAGES
"""


def _notes(news: str, topic: str = "the spring exhibition programme", *, stages: str | None = None) -> str:
    text = GLASS.replace("NEWS", news).replace("TOPIC", topic).replace("PACE", "normal")
    return text.replace("RECRUITER", RECRUITER.replace("STAGES", stages) if stages else "")


def _bodies(tmp_path: Path, text: str, now: str) -> dict[tuple[str, str], str]:
    run = draft_json(tmp_path, text, "--now", now)
    return {(m["kind"], m["to"]): str(m["body"]) for m in run["messages"]}


def test_news_is_congratulated_without_a_stock_tail_and_the_interest_follows_once(tmp_path: Path) -> None:
    text = _notes("commissioned by the Royal Opera House for a stage chandelier")
    bodies = _bodies(tmp_path, text, "2026-11-20T10:00")
    check = bodies[("status_check", "Callum Reid")]
    # writer61 (stop 53, in place of writer52's rule): the news comes after the ask, said whole
    assert check.index("Royal Opera House") > check.index("any news"), check
    assert "on commissioning by" not in check, check
    for stock in ("keener", "adds to my interest"):
        assert stock not in check, check
    assert len(re.findall(r"very (?:interested|keen)", check)) == 1, check


def test_news_that_was_a_panelists_topic_is_not_congratulated_as_new(tmp_path: Path) -> None:
    news = "won the Harbour Gallery lighting contract"
    text = _notes(news, topic="harbour gallery job - 9-month install, heritage rules")
    check = _bodies(tmp_path, text, "2026-11-20T10:00")[("status_check", "Callum Reid")]
    assert "Harbour Gallery" not in check, check
    # near-miss (writer61, stop 53, in place of writer52's rule): news nobody raised is news to congratulate the team
    # on, after the ask, never before it
    fresh = _bodies(tmp_path, _notes(news), "2026-11-20T10:00")[("status_check", "Callum Reid")]
    assert "Congratulations to the team on winning the Harbour Gallery" in fresh, fresh
    assert fresh.index("Harbour Gallery") > fresh.index("any news"), fresh


def test_news_known_reads_dates_and_topics_not_unrelated_words() -> None:
    from datetime import date

    import yaml

    from afterview.notes.model import Notes

    notes = Notes.model_validate(yaml.safe_load(_notes("x", topic="harbour gallery job - 9-month install")))
    day = date(2026, 11, 10)
    assert news_known("won the Harbour Gallery lighting contract", notes, day)
    assert news_known("opened a shop in Bath in September", notes, day)  # before the interview
    assert not news_known("opened a shop in Bath", notes, day)
    assert not news_known("launched the Clearwater spring range", notes, day)  # the company's own name is no tie


def test_a_peers_problem_is_not_quoted_back_on_a_card(tmp_path: Path) -> None:
    card = _bodies(tmp_path, _notes("opened a shop in Bath"), "2026-11-10T15:00")[("thank_you", "Priya Nair")]
    assert "annealer" not in card, card
    assert "we both blew our first vase" in card, card


def test_a_recruiter_check_on_linkedin_is_led_in_and_asks_about_the_next_stage(tmp_path: Path) -> None:
    text = _notes("opened a shop in Bath", stages="2 more stages - panel w/ directors + studio trial")
    check = _bodies(tmp_path, text, "2026-11-24T10:00")[("status_check", "Lena Fox")]
    assert len(check) <= 300, check
    assert not re.match(r"Hi Lena, (?:is|any)\b", check), check  # never a bare question after the name
    assert "next stage" in check, check
    assert "decide" not in check, check


def test_a_recruiter_with_no_stages_to_come_is_asked_about_the_decision(tmp_path: Path) -> None:
    text = _notes("opened a shop in Bath", stages="start date - they want someone in March")
    check = _bodies(tmp_path, text, "2026-11-24T10:00")[("status_check", "Lena Fox")]
    assert "next stage" not in check, check


# --- items glued to a place, a measure or a team (run27/run28: "beans Motril with the … lab", "the castle job with
# 14-month programme", "level 3 of the HACCP", "I would bring my … fitting with a team of 2 OTs to that work")


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("trucking olives Jaén -> the Seville mill for pressing", "trucking olives from Jaén to the Seville mill"),
        ("moving stock Leeds -> Bristol", "moving stock from Leeds to Bristol"),
    ],
)
def test_an_arrow_between_two_named_places_is_from_and_to(jotted: str, said: str) -> None:
    from afterview.writer.shorthand import prose

    assert prose(jotted).startswith(said), prose(jotted)


def test_an_arrow_that_leads_on_to_a_clause_is_not_read_as_a_move() -> None:
    from afterview.writer.shorthand import prose

    assert "from" not in prose("Q2 -> the crew doubles")


@pytest.mark.parametrize(
    ("name", "detail", "joined"),
    [
        ("the viaduct job", "9-month programme", "the viaduct job with a 9-month programme"),
        ("the museum refit", "18-month closure", "the museum refit with an 18-month closure"),
        ("the growth plan", "3 more kilns in 2027", "the growth plan with 3 more kilns in 2027"),  # a count: no article
    ],
)
def test_a_measured_detail_of_one_thing_takes_its_article(name: str, detail: str, joined: str) -> None:
    from afterview.writer.topic_detail import _joined

    assert _joined(name, detail) == joined


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("I passed WSET level 2", "I passed WSET level 2"),  # an acronym's grade: never 'level 2 of the WSET'
        ("I passed CSCS level 1", "I passed CSCS level 1"),
        ("I passed ILM Certificate in Leadership unit 3", "I passed unit 3 of the ILM Certificate in Leadership"),
    ],
)
def test_a_grade_of_an_acronyms_scheme_stays_as_jotted(clause: str, said: str) -> None:
    from afterview.writer.np_article import object_article

    assert object_article(clause) == said


def test_a_deed_done_with_a_team_is_no_noun_to_bring() -> None:
    from afterview.writer import adapt

    assert adapt.experience_noun("orthotic casting w/ a team of 3 physios, ~40 casts/mo") is None
    assert adapt.experience_noun("led the kiln rebuild") == "my experience leading the kiln rebuild"  # near-miss


@pytest.mark.parametrize(
    ("topic", "clause"),
    [
        ("how the returns queue is sorted", None),  # a way of working asked about: 'that the queue is sorted' is empty
        ("how they split the night shifts", "you split the night shifts"),  # near-miss: a fact of theirs
        ("how orders are packed by hand", "orders are packed by hand"),
    ],
)
def test_a_how_topic_ending_in_a_bare_passive_is_no_fact(topic: str, clause: str | None) -> None:
    from afterview.writer import adapt

    assert adapt.clause_form(topic) == clause


RETURNS = """\
candidate:
  name: Ines Duarte
  email: ines@example.com
  highlights:
    - ran the returns desk w/ a team of 4 -> refund time ~3 wks -> ~5 days
position: Customer Operations Coordinator
company:
  name: Fenwick Outdoor
  news:
    - opened a second warehouse in Hexham in October
  culture: casual
interview:
  at: 2026-11-10T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Maeve Kerr
    title: Operations Manager
    role: hiring_manager
    email: maeve@fenwick.example
    topics:
      - how the returns desk is staffed
    challenges:
      - returns backlog ~600 parcels
"""


def test_a_status_check_never_repeats_the_tie_the_thank_you_made(tmp_path: Path) -> None:
    # the news undated: news dated before the interview is no longer said in a check (stop 50, status_check.j2)
    notes = RETURNS.replace("a second warehouse in Hexham in October", "a second warehouse in Hexham")
    run = draft_json(tmp_path, notes, "--now", "2026-11-24T10:00")
    bodies = {m["kind"]: str(m["body"]) for m in run["messages"]}
    assert "refund time went from about three weeks" in bodies["thank_you"], bodies["thank_you"]  # the thank-you's tie
    assert "refund time" not in bodies["status_check"], bodies["status_check"]
    assert "Hexham" in bodies["status_check"], bodies["status_check"]  # something else instead
    # a way of working they described is said as theirs, never as an empty fact ('that the returns desk is staffed')
    assert "that the returns desk is staffed" not in bodies["thank_you"], bodies["thank_you"]


def test_a_check_gives_up_the_news_the_thank_you_said_for_news_it_did_not(tmp_path: Path) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from afterview.draft import DraftRequest
    from afterview.notes.loader import load_notes
    from afterview.planning import make_plan
    from afterview.style import Style
    from afterview.vocabulary import Kind
    from afterview.writer.check_repeat import without_repeats
    from afterview.writer.items import news_shape

    path = tmp_path / "notes.yaml"
    text = RETURNS.replace(
        "    - opened a second warehouse in Hexham in October\n",
        "    - opened a second warehouse in Hexham\n    - 3 of its packers featured in a BBC piece on returns\n",
    )
    path.write_text(text, encoding="utf-8")
    notes = load_notes(path)
    now = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    (planned,) = [p for p in make_plan(notes, now).messages if p.kind is Kind.status_check]
    request = DraftRequest(notes=notes, planned=planned, now=now, tone="warm", style=Style())
    first = news_shape("opened a second warehouse in Hexham", "Fenwick Outdoor")
    context = {"news": first, "company": "Fenwick Outdoor", "tie_to": None}
    thanked = "Congratulations to you and the team on opening a second warehouse in Hexham."
    out = without_repeats(context, thanked, request)
    # the other news, told to the company: "its" in its subject is theirs ('your packers')
    assert out["news"] and out["news"]["clause"] == "three of your packers featured in a BBC piece on returns"
    # near-miss: a thank-you that said other things leaves the check's news as it was
    assert without_repeats(context, "Thank you for your time.", request)["news"] == first
