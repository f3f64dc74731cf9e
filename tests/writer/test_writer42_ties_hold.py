"""Issue 17 (writer42): a tie is made only when it holds, and a question a highlight fits is answered with it whole.
A verb both items use ('found' ↔ 'hard to find') or a word family met only through the job's own title ('electrician'
↔ 'wiring' for an electrician) ties nothing; a change whose end is jotted in words ('-> same day') and one in hours
jotted 'h' are said whole. Notes invented here (a hospital laundry, a cold-chain courier, a farm electrician); none is
from a blind set."""

from __future__ import annotations

from pathlib import Path

from afterview.writer.arrow_result import with_result
from afterview.writer.items import _tie_clause
from afterview.writer.notes_traces import spelled_hours
from afterview.writer.pair_weight import job_stems, weigh
from afterview.writer.template_writer import TemplateWriter
from helpers import requests_for, thank_you_bodies


def test_a_light_verb_both_use_ties_nothing() -> None:
    quiet = job_stems("Laundry Shift Supervisor", "Riverside Hospital Linen")
    mine = "set up a stain-audit rota -> our team found torn sheets early"
    theirs = "hard to find anyone who can run both tunnel washers and ironers"
    assert weigh(mine, theirs, quiet=quiet) < 1
    # a content word both name still weighs whole
    assert weigh("set up a stain-audit rota for the tunnel washers", theirs, quiet=quiet) >= 1


def test_a_word_family_met_only_through_the_job_title_ties_nothing() -> None:
    mine = "passed the electrician entry exam w/ top marks in fault finding"
    theirs = "barns w/ old aluminium wiring - nobody knows where the runs go"
    assert weigh(mine, theirs, quiet=job_stems("Farm Electrician", "Brekke Agri")) == 0
    assert weigh(mine, theirs) >= 1  # the family itself is kept for any other job


def test_a_change_ending_in_words_is_said_with_its_result() -> None:
    said = with_result("built a booking sheet in Google Sheets -> dispatch time 3 days -> same day", _tie_clause)
    assert said == "I built a booking sheet in Google Sheets, and the dispatch time went from 3 days to the same day"


def test_hours_jotted_h_are_spelled_out() -> None:
    assert spelled_hours("fell from 4.5 h to 0.8 h.") == "fell from 4.5 to 0.8 hours."
    assert spelled_hours("a 2 h shift and 3 h-long runs") == "a 2 hours shift and 3 h-long runs"


NOTES = """
candidate:
  name: Oyelaran Adebisi
  highlights:
    - 5 yrs route planner at Frostline Couriers (fleet of 60 vans)
    - built a live temperature board w/ our drivers -> avg spoiled parcels 2.4 h -> 0.6 h a week
    - forklift licence
position: Cold-Chain Operations Manager
company:
  name: Kaduna Fresh Logistics
interview:
  at: 2026-09-08T10:00
  timezone: Africa/Lagos
interviewers:
  - name: Hauwa Bello
    title: Managing Director
    role: executive
    email: hauwa@kadunafresh.example
    topics:
      - her q - how would I get the partner farms' vans onto one temperature board
      - the new depot in Zaria
    challenges:
      - about 1 in 10 deliveries arrive warm in the dry season
"""


def _bodies(tmp_path: Path) -> dict[str, str]:
    return thank_you_bodies(tmp_path, NOTES, "2026-09-08T15:00")


def test_a_question_a_highlight_fits_is_answered_with_it_whole(tmp_path: Path) -> None:
    bodies = _bodies(tmp_path)
    body = next(iter(bodies.values()))
    assert "temperature board" in body.split("onto one temperature board", 1)[-1]  # answered after it is named
    assert "I built a live temperature board" in body
    assert " h." not in body and " h " not in body
    assert bodies == _bodies(tmp_path)  # deterministic


def test_an_outcome_jotted_in_words_is_said_beside_the_deed() -> None:
    from afterview.writer.outcome_said import with_outcome

    deed = "I coached 5 lifeguard trainees at the lido"
    assert with_outcome("coached 5 lifeguard trainees at the lido, all 5 qualified now", deed) == (
        f"{deed}, and all 5 are qualified now"
    )
    said = with_outcome("set up a leak-log sheet -> our crew found 9 hidden leaks", "I set up a leak-log sheet")
    assert said == "I set up a leak-log sheet, and our crew found 9 hidden leaks"  # the team's, as the team's
    assert with_outcome("set up a leak-log sheet", "I set up a leak-log sheet") == "I set up a leak-log sheet"


TOPICS = """
candidate:
  name: {name}
  highlights:
    - 6 yrs quality lead at a cannery in Setúbal
position: Quality Manager
company:
  name: Atlântico Conservas SA
  culture: formal
interview:
  at: 2026-04-14T10:00
  timezone: Europe/Lisbon
interviewers:
  - name: Beatriz Lobo
    title: Plant Director
    role: hiring_manager
    email: beatriz@atlantico.example
    topics:
      - the retort validation schedule for the new line
      - histamine sampling on incoming sardines
"""


def test_two_topics_are_joined_in_one_sentence_never_strung(tmp_path: Path) -> None:
    joined = 0
    names = ("Rita Gouveia", "Joana Matos", "Inês Freitas", "Marta Sequeira", "Sofia Carvalho", "Ana Brito")
    for name in (*names, "Clara Pinto", "Leonor Vaz", "Teresa Moura", "Helena Rocha", "Lúcia Reis", "Vera Lima"):
        notes = tmp_path / "notes.yaml"
        notes.write_text(TOPICS.format(name=name), encoding="utf-8")
        for label, request in requests_for(notes, "2026-04-14T15:00"):
            if "thank_you" not in label:
                continue
            body = TemplateWriter().write(request).body
            assert "also glad to discuss" not in body  # the strung frame
            joined += ", as well as the histamine sampling on incoming sardines" in body
    assert joined
