"""WRITER18 (issue 17, blind run 17): the team's result said as the team's in every clause that states it; a tie made
through an acronym's plural or a problem whose noun carries a number ('12-zone panels'); a jotted comparison, a time
without its preposition and clipped words written out; a LinkedIn note to a peer in a light register whatever the
culture (unless a tone is chosen); no 'next steps' to an outside panellist and none after the company said it will
call; a status check offers a requested item only once a thank-you went without it; an organisation's unit left out
of running text; a family-name-first name greeted by its given name where first names are the norm. Notes invented
here (a ceramics works, a rail freight yard, a county roads office, a dental group)."""

from __future__ import annotations

import re
from pathlib import Path

from afterview import salutation
from afterview.tone import message_tone
from afterview.vocabulary import Channel, Culture, Role
from afterview.writer import adapt, relate, tie_pair
from afterview.writer.items import tie_clause
from afterview.writer.org_name import said_company
from afterview.writer.shorthand import prose
from afterview.writer.team_credit import team_deed
from helpers import draft_json


def _by(run: dict, kind: str, to: str) -> dict:  # type: ignore[type-arg]
    (message,) = [m for m in run["messages"] if m["kind"] == kind and m["to"] == to]
    return dict(message)


# --- the team's result is the team's -----------------------------------------------------------------------------


def test_a_result_tagged_with_its_team_is_said_as_the_teams() -> None:
    said = tie_clause("rebuilt the wagon dispatch board for 40 drivers (team of 5)")
    assert said == "I was part of a team of five that rebuilt the wagon dispatch board for 40 drivers"
    cut = tie_clause("cut kiln reject rates from 11% to 4% (crew of 3)")
    assert cut is not None and cut.startswith("I was part of a team of three that cut")


def test_a_result_jotted_with_we_or_our_team_is_said_as_my_team_and_i() -> None:
    assert (
        tie_clause("our team halved glaze defects in the east kiln")
        == "my team and I halved glaze defects in the east kiln"
    )
    said = tie_clause("we moved 300 shunting moves a week onto a shared schedule")
    assert said is not None and said.startswith("my team and I moved")
    assert tie_pair.with_result("we moved 300 shunting moves a week onto a shared schedule") == said


def test_the_candidates_own_result_stays_theirs() -> None:
    assert tie_clause("rebuilt the wagon dispatch board for 40 drivers") == (
        "I rebuilt the wagon dispatch board for 40 drivers"
    )
    assert team_deed("rebuilt the wagon dispatch board for 40 drivers") is None


def test_a_piece_of_work_with_its_measure_and_team_credits_the_team() -> None:
    said = tie_pair.with_result("glaze validation at Harwood Ceramics, reject rate 11% -> 4% (team of 2)")
    assert said is not None
    assert said.startswith("I was part of a team of two that worked on glaze validation at Harwood Ceramics")
    assert "from 11% to 4%" in said and "(team" not in said


def test_no_noun_or_having_frame_makes_the_teams_work_mine() -> None:
    for item in ("we launched a loyalty app for 9 clinics (team of 6)", "launched a loyalty app (team of 6)"):
        assert adapt.experience_noun(item) is None
        assert adapt.having(item) is None
    assert adapt.experience_noun("launched a loyalty app for 9 clinics") == (
        "my experience launching a loyalty app for 9 clinics"
    )


# --- a tie is found where the items relate -----------------------------------------------------------------------


def test_an_acronyms_plural_is_the_acronym() -> None:
    assert "api" in relate.stems("moving their APIs to gRPC")
    assert tie_pair.shared("designed a public API for 30 partners", "moving their APIs to gRPC") >= 1


def test_a_number_joined_to_its_noun_is_no_measure_in_their_problem() -> None:
    said = tie_pair.theirs("false alarms on their 12-zone fire panels")
    assert said is not None and "your 12-zone fire panels" in said
    assert tie_pair.theirs("PUE 1.45") is None  # a measure no frame holds


def test_their_things_after_a_plural_that_only_qualifies_are_yours() -> None:
    assert adapt.perspective("cracks in their welds", to_owner=True) == "cracks in your welds"
    assert adapt.perspective("drivers and their routes", to_owner=True) == "drivers and their routes"
    assert adapt.perspective("users abandon the form before saving their work", to_owner=True).endswith("their work")


# --- shorthand said as prose -------------------------------------------------------------------------------------


def test_a_jotted_comparison_is_said_as_one_thought() -> None:
    assert prose("kiln capacity vs. glaze costs") == "how kiln capacity compares with glaze costs"
    assert prose("route planning in Excel vs Optibus") == "comparing route planning in Excel with Optibus"
    assert prose("paper maps versus tablets") == "how paper maps compare with tablets"
    assert prose("rail vs road freight, next 5 yrs") == "how rail compares with road freight over the next 5 years"
    assert (
        prose("wagon loading vs. yard space, next 2 yrs")
        == "comparing wagon loading with yard space over the next 2 years"
    )
    assert prose("A vs B, C vs D") == "A versus B, C versus D"  # a list of comparisons keeps each
    assert prose("lease vs buy") == "lease versus buy"  # two courses of action, no subject to compare
    assert prose("chose Datawrapper vs. D3 for maps") == "chose Datawrapper versus D3 for maps"


def test_a_time_without_its_preposition_gets_one() -> None:
    assert prose("two audits landing same week") == "two audits landing in the same week"
    assert prose("both on the same day") == "both on the same day"
    assert prose("same day repairs") == "same day repairs"


def test_clipped_words_are_written_out() -> None:
    assert prose("e-comm returns and ops reviews") == "e-commerce returns and operations reviews"
    assert prose("mfg biz") == "manufacturing business"


# --- register per recipient ----------------------------------------------------------------------------------------


def test_a_linkedin_note_to_a_peer_is_warm_unless_a_tone_is_chosen() -> None:
    assert message_tone(Culture.formal, None, Channel.linkedin, Role.peer) == "warm"
    assert message_tone(Culture.formal, "formal", Channel.linkedin, Role.peer) == "formal"
    assert message_tone(Culture.formal, None, Channel.email, Role.peer) == "formal"
    assert message_tone(Culture.formal, None, Channel.linkedin, Role.hiring_manager) == "formal"


CERAMICS = """
candidate:
  name: Ines Carvalho
  highlights:
    - "glaze validation at Harwood Ceramics, reject rate 11% -> 4% (team of 3)"
    - wrote SPC charts for 2 kiln lines
position: Process Engineer
company:
  name: Lindqvist Porslin AB, Production Division
  culture: formal
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Stockholm
  format: onsite
interviewers:
  - name: Birgitta Holm
    title: Head of Production
    role: hiring_manager
    email: birgitta@porslin.example
    topics:
      - reject rates on the new glaze line
    challenges:
      - crazing on their 30-cm platters
  - name: Oskar Berg
    title: Kiln Technician
    role: peer
    channel: linkedin
    topics:
      - his kiln logging in Python vs Excel
  - name: Anders Lund
    title: Professor of Materials (external panel)
    role: other
    email: anders@kth.example
    topics:
      - thermal expansion of new glazes
requested:
  - my SPC chart templates
"""


def test_a_peer_on_linkedin_gets_a_first_name_and_a_short_close(tmp_path: Path) -> None:
    run = draft_json(tmp_path, CERAMICS, "--now", "2026-11-10T16:00")
    note = _by(run, "thank_you", "Oskar Berg")
    assert note["body"].startswith("Hi Oskar,") and "Sincerely" not in note["body"]
    assert note["tone"] == "warm" and note["ready"]
    assert not [f for f in note["findings"] if f["check"] in ("tone", "fluency") and f["severity"] != "info"]
    chosen = _by(
        draft_json(tmp_path, CERAMICS, "--now", "2026-11-10T16:00", "--tone", "formal"), "thank_you", "Oskar Berg"
    )
    assert chosen["body"].startswith("Dear") and chosen["tone"] == "formal"


def test_the_teams_result_is_tied_to_the_managers_problem_as_the_teams(tmp_path: Path) -> None:
    run = draft_json(tmp_path, CERAMICS, "--now", "2026-11-10T16:00")
    body = _by(run, "thank_you", "Birgitta Holm")["body"]
    assert "part of a team of three" in body
    assert not re.search(r"\bI (?:cut|validated|worked on glaze)", body)
    assert "(team" not in body


# --- status and closes -------------------------------------------------------------------------------------------


def test_no_next_steps_to_an_outside_panellist(tmp_path: Path) -> None:
    run = draft_json(tmp_path, CERAMICS, "--now", "2026-11-10T16:00")
    body = _by(run, "thank_you", "Anders Lund")["body"]
    assert not re.search(r"next (?:step|stage|round)|hearing from you|hear from you", body)
    assert "Production Division" not in body  # the unit is no part of the name in running text


def test_no_next_stage_after_the_company_said_it_will_call(tmp_path: Path) -> None:
    notes = CERAMICS.replace("  format: onsite\n", "  format: onsite\n  no_follow_up: true\n")
    run = draft_json(tmp_path, notes, "--now", "2026-11-10T16:00")
    body = _by(run, "thank_you", "Birgitta Holm")["body"]
    assert not re.search(r"next (?:step|stage)", body)


def test_a_requested_item_is_attached_in_a_status_check_only_after_a_thank_you_went_without_it(
    tmp_path: Path,
) -> None:
    later = ("--now", "2026-11-19T10:00")
    before = _by(draft_json(tmp_path, CERAMICS, *later), "status_check", "Birgitta Holm")["body"]
    assert "SPC chart templates" not in before  # this run's thank-you sends them
    sent = CERAMICS + "history:\n  - kind: thank_you\n    to: Birgitta Holm\n    at: 2026-11-10T17:00\n"
    after = _by(draft_json(tmp_path, sent, *later), "status_check", "Birgitta Holm")["body"]
    # writer52 (issue 17): owed after a thank-you that went without it, so attached, never offered "if it would help"
    assert "If it would help" not in after and re.search(r"I have attached (?:the |my )?SPC chart templates", after), (
        after
    )


def test_an_organisations_unit_is_left_out_of_running_text() -> None:
    assert said_company("Harbour City Council, Roads Division") == "Harbour City Council"
    assert said_company("Kowhai Dental Group, Finance Team") == "Kowhai Dental Group"
    assert said_company("Smith, Jones & Partners") == "Smith, Jones & Partners"
    assert said_company("Trans Kft.") == "Trans Kft"


def test_a_family_name_first_name_without_greet_as_is_greeted_whole_where_first_names_are_the_norm(
    tmp_path: Path,
) -> None:
    # issue 17 item 3: the full name, never a guessed given name (writer69, stop 56; "Dear Min-jun," before)
    notes = CERAMICS.replace("culture: formal", "culture: neutral").replace("Birgitta Holm", "Kim Min-jun")
    body = _by(draft_json(tmp_path, notes, "--now", "2026-11-10T16:00"), "thank_you", "Kim Min-jun")["body"]
    assert body.startswith("Dear Kim Min-jun,")
    from afterview.notes.model import Interviewer

    person = Interviewer(name="Kim Min-jun", role=Role.hiring_manager)
    assert salutation.greeting_name(person) == "Kim Min-jun"  # no notes: nothing says first names are the norm


def test_check_and_revise_read_the_peers_linkedin_tone_as_draft_does(tmp_path: Path) -> None:
    """One tone per message for every command: `check` judges and `revise` starts from the tone `draft` writes in."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from afterview.hand_written import check_hand_written
    from afterview.notes.loader import load_notes
    from afterview.revise.session import Session
    from afterview.vocabulary import Kind
    from afterview.writer.template_writer import TemplateWriter

    path = tmp_path / "ceramics.yaml"
    path.write_text(CERAMICS, encoding="utf-8")
    notes = load_notes(path)
    now = datetime(2026, 11, 10, 16, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    said = "Hi Oskar,\n\nThanks for comparing kiln logging in Python and Excel with me today.\n\nBest,\nInes\n"

    def checked_tone(to: str, tone: str | None) -> str:
        draft = check_hand_written(notes, None, said, kind=Kind.thank_you, to=to, now=now, send_at=now, tone=tone)
        return draft.tone

    assert checked_tone("Oskar Berg", None) == "warm"
    assert checked_tone("Oskar Berg", "formal") == "formal"
    assert checked_tone("Birgitta Holm", None) == "formal"
    tones = {
        t.planned.to.name: t.current.tone
        for t in Session.start(notes, now, TemplateWriter(), None, tmp_path / "out").threads
        if t.planned.kind is Kind.thank_you
    }
    assert tones["Oskar Berg"] == "warm" and tones["Birgitta Holm"] == "formal"
