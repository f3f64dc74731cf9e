"""WRITER21 (issue 17, blind run 22): a thank-you takes up the reader's own problem with the candidate's evidence.
A measured result jotted in any order is said whole (deed, change, credit); a problem of theirs is related to a result
through a small family of everyday words (a short-staffed rota and sick-cover gaps; thin giving and a donor base), and
an executive hears it too; the offer names what they raised. Notes invented here (a city library, a bike shop, a
community choir, a ferry café)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer import tie_pair
from afterview.writer.logistics import reaction
from afterview.writer.whole_result import whole_result
from helpers import draft_json

# --- a measured result said whole ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("highlight", "said"),
    [
        (
            "grew member base ~250 -> ~900 w/ a membership team of 4",
            "I grew our member base from about 250 to about 900 with a membership team of four",
        ),
        (
            "late returns ~9/wk -> ~2/wk w/ the counter crew (team of 6)",
            "working with the counter crew, a team of six, we brought late returns down from about 9 a week to about 2"
            " a week",
        ),
        (
            "shift plans for 20 baristas, no-cover days 8/month -> 1/month",
            "I worked on shift plans for 20 baristas, and no-cover days fell from 8 a month to 1 a month",
        ),
        (
            "ran the newsletter for uni cycling club, readers ~120 -> ~800 in a yr",
            "I ran the newsletter for the university cycling club, and readers rose from about 120 to about 800 in a"
            " year",
        ),
        (
            "water use per wash ~-30% w/ the site team (rain tanks + timers)",
            "working with the site team, we cut water use per wash by about 30% through rain tanks and timers",
        ),
        ("loan visits ~4k -> ~11k/yr (team of 3)", "working with a team of three, we grew loan visits from about"),
    ],
)
def test_a_jotted_result_is_said_whole_with_its_credit(highlight: str, said: str) -> None:
    out = whole_result(highlight)
    assert out is not None and out.startswith(said), out


@pytest.mark.parametrize(
    "highlight",
    [
        "6 yrs at a city library, visits ~4k -> ~11k",  # years of service are no deed
        "speak Welsh and Breton",  # no change at all
        "set up the loan desk, then the café, visits 3 -> 9",  # a third part
        "grew 3 -> 9",  # a deed with nothing it acted on
    ],
)
def test_what_cannot_be_read_whole_is_left_to_the_other_readers(highlight: str) -> None:
    assert whole_result(highlight) is None


# --- their problem taken up with related evidence --------------------------------------------------------------------


def test_a_staffing_problem_meets_a_cover_result_through_the_family() -> None:
    problem = "their volunteer shortage -> desk closed on Saturday afternoons"
    highlights = ["10 yrs in libraries", "rotas for 40 volunteers, unstaffed shifts 12/month -> 2/month", "knit"]
    pair = tie_pair.best_pair([problem], highlights, problems=(problem,))
    assert pair is not None
    assert pair[1] == highlights[1]
    assert pair[2] == "Your point about the volunteer shortage stayed with me.", pair[2]
    assert "from 12 a month to 2 a month" in pair[3]


def test_a_giving_problem_meets_a_donor_result_and_is_said_with_its_verb() -> None:
    problem = "their gifts mostly 1-off, few regular supporters"
    highlights = ["grew donor base ~300 -> ~1,100 w/ a fundraising team of 2", "plays the cello"]
    pair = tie_pair.best_pair([problem], highlights, problems=(problem,))
    assert pair is not None
    assert pair[2] == "You mentioned that your gifts are mostly one-off."
    assert "from about 300 to about 1,100" in pair[3] and "with a fundraising team of" in pair[3], pair[3]


def test_an_unrelated_result_makes_no_tie() -> None:
    problem = "their volunteer shortage -> desk closed on Saturday afternoons"
    assert tie_pair.best_pair([problem], ["catalogue errors ~8% -> ~1%"], problems=(problem,)) is None


_SHOP = """\
candidate:
  name: Ines Moreau
  email: ines@example.com
  highlights:
    - 7 yrs running a bike workshop in Lyon
    - booked service slots for 6 mechanics, repair waits ~3 wks -> ~1 wk
    - parts stock-outs ~20% -> ~5% w/ the buyer
    - mentoring scheme w/ a team of 2, staff leaving ~6/yr -> ~2/yr
    - rides randonneurs
position: Workshop Manager
company:
  name: Roue Libre
  culture: neutral
interview:
  at: 2026-10-06T10:00
  timezone: Europe/Paris
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Paul Garnier
    title: Owner
    role: hiring_manager
    email: paul@rouelibre.example
    primary_contact: true
    topics:
      - moving to online booking
      - parts stock-outs in the spring rush
    challenges:
      - their repairs backlog -> customers wait 3 weeks in spring
  - name: Claire Dubois
    title: Managing Director
    role: executive
    email: claire@rouelibre.example
    topics:
      - opening a second shop
    challenges:
      - their staff turnover, few mechanics stay past a year
"""


def _thank_yous(tmp_path: Path) -> dict[str, str]:
    run = draft_json(tmp_path, _SHOP, "--now", "2026-10-06T16:00")
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == "thank_you"}


def test_the_hiring_manager_hears_the_problem_the_result_and_an_offer_naming_it(tmp_path: Path) -> None:
    body = _thank_yous(tmp_path)["Paul Garnier"]
    assert "repairs backlog" in body, body
    assert "from about three weeks to about one week" in body, body
    assert body.index("repairs backlog") < body.index("three weeks"), body


def test_no_topic_is_named_with_nothing_said_beside_the_tie(tmp_path: Path) -> None:
    body = _thank_yous(tmp_path)["Paul Garnier"]
    assert "online booking" not in body, body  # nothing of the candidate's says anything about it


def test_the_executive_hears_their_problem_with_the_evidence(tmp_path: Path) -> None:
    body = _thank_yous(tmp_path)["Claire Dubois"]
    assert "staff turnover" in body, body
    assert "from about 6 a year to about 2 a year" in body, body


# --- a recruiter's terms of the job are reacted to, never "our conversation about" them -----------------------------


@pytest.mark.parametrize(
    ("item", "said"),
    [
        (
            "6-month apprenticeship, 4 days/wk in the workshop",
            "Six months, four days a week in the workshop, sounds like a good way to learn the work from the inside.",
        ),
        ("remote-first team and relocation package", "The relocation package would make the move much easier to plan."),
        ("hybrid schedule, 2 days in the office", "The hybrid schedule sounds like a good balance."),
    ],
)
def test_the_terms_of_the_job_get_a_reaction(item: str, said: str) -> None:
    assert reaction(item) == said


@pytest.mark.parametrize("item", ["12-month contract", "salary band and bonus", "start date in March", None])
def test_terms_a_reaction_cannot_honestly_meet_are_left_alone(item: str | None) -> None:
    assert reaction(item) is None  # a senior contract's length is no way 'to learn the work from the inside'


_INTERN = """\
candidate:
  name: Jonas Berg
  email: jonas@example.com
  highlights:
    - built a booking page for a climbing gym
position: Web Intern
company:
  name: Fjell Tours
  culture: casual
interview:
  at: 2026-09-14T10:00
  timezone: Europe/Oslo
  duration_minutes: 30
  format: video
interviewers:
  - name: Sigrid Lunde
    title: Recruiter
    role: recruiter
    channel: linkedin
    primary_contact: true
    topics:
      - 4-month internship, 2 days/wk in the office
"""


def test_the_recruiter_hears_a_reaction_to_the_terms_not_a_pasted_item(tmp_path: Path) -> None:
    run = draft_json(tmp_path, _INTERN, "--now", "2026-09-14T15:00")
    body = next(m["body"] for m in run["messages"] if m["kind"] == "thank_you")
    assert "our conversation about" not in body, body
    assert "sounds like a good way to learn the work from the inside" in body, body


# --- register by culture and relation ---------------------------------------------------------------------------------

_TRUST = """\
candidate:
  name: Maren Holt
  email: maren@example.com
  highlights:
    - 5 yrs as archivist at a county record office
position: Archivist
company:
  name: Harbour Heritage Trust
  culture: formal
interview:
  at: 2026-10-12T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Hugh Pemberton
    greet_as: Mr Pemberton
    title: Director
    role: hiring_manager
    email: hugh@hht.example
    primary_contact: true
    topics:
      - the parish map collection
    rapport:
      - both rowed at school in Whitby
  - name: Ada Quist
    title: Conservator
    role: peer
    email: ada@hht.example
    topics:
      - how the map cabinets are kept dry
"""


def test_a_formal_reader_hears_common_ground_as_a_pleasure_not_fun(tmp_path: Path) -> None:
    for seed in ("2026-10-12T15:00", "2026-10-12T16:00", "2026-10-12T17:00"):
        run = draft_json(tmp_path, _TRUST, "--now", seed)
        body = next(m["body"] for m in run["messages"] if m["to"] == "Hugh Pemberton" and m["kind"] == "thank_you")
        assert "fun" not in body and "nice surprise" not in body, body


def test_a_peer_hears_no_colleague_named_without_a_reason(tmp_path: Path) -> None:
    run = draft_json(tmp_path, _TRUST, "--now", "2026-10-12T15:00")
    body = next(m["body"] for m in run["messages"] if m["to"] == "Ada Quist" and m["kind"] == "thank_you")
    assert "Hugh" not in body and "Mr Pemberton" not in body, body


def test_no_close_is_the_stock_line_alone() -> None:
    from afterview.writer.process_close import THANKS_ONLY, WAITING

    for closes in (*THANKS_ONLY.values(), *WAITING.values()):
        assert not any(close.endswith(("time and consideration.", "for your help.")) for close in closes), closes


def test_two_recruiters_of_one_company_never_get_the_same_reaction(tmp_path: Path) -> None:
    notes = _INTERN.replace(
        "      - 4-month internship, 2 days/wk in the office\n",
        "      - 4-month internship, 2 days/wk in the office\n"
        "  - name: Ola Vik\n    title: Talent Partner\n    role: recruiter\n    channel: linkedin\n"
        "    topics:\n      - 4-month internship, 2 days/wk in the office\n",
    )
    run = draft_json(tmp_path, notes, "--now", "2026-09-14T15:00")
    bodies = [m["body"] for m in run["messages"] if m["kind"] == "thank_you"]
    assert len(bodies) == 2
    assert sum("learn the work from the inside" in body for body in bodies) == 1, bodies
