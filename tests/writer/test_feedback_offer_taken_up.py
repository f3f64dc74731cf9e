"""A feedback request answers what the reader said when they gave the news, as the notes' comments jot it: an offer
of feedback is thanked for and taken up, kind words ('I was close') are thanked for; the candidate's own plan ('ask
for feedback') is no offer, and a comment about someone else on the panel is not said to this reader."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.notes.loader import notes_from_text
from afterview.pipeline import draft_all
from afterview.writer.feedback_offer import offer_said
from afterview.writer.template_writer import TemplateWriter

NOTES = """{comment}
candidate:
  name: Ines Varga
  email: ines@example.com
  highlights:
    - 4 yrs route planning for a parcel depot
position: Dispatch Lead
company:
  name: Harbour Haulage
interview:
  at: 2026-11-16T11:00
  timezone: Europe/Lisbon
  outcome: rejected
interviewers:
  - name: Rui Matos
    role: hiring_manager
    email: rui@harbour.example
    topics:
      - cold-store slot booking for night arrivals
  - name: Carla Sousa
    role: recruiter
    email: carla@harbour.example
history:
  - kind: thank_you
    to: Rui Matos
    at: 2026-11-16T15:00
"""


def _said(comment: str, reader: str = "Rui Matos") -> dict[str, object]:
    return offer_said(notes_from_text(NOTES.format(comment=comment), "n.yaml"), reader)


def _feedback_body(comment: str) -> str:
    notes = notes_from_text(NOTES.format(comment=comment), "n.yaml")
    now = datetime(2026, 11, 24, 9, tzinfo=ZoneInfo("Europe/Lisbon"))
    run = draft_all(notes, "n.yaml", now, TemplateWriter(), feedback_request=True)
    (body,) = [d.body for _, d in run.drafts if d.kind.value == "feedback_request"]
    return body


def test_an_offer_of_feedback_jotted_in_a_comment_is_found_in_its_several_wordings() -> None:
    assert _said('# he said "happy to share a bit of feedback if you want"')["offered"] == "feedback"
    assert _said("# said I could write to him if I want feedback. I do.")["offered"] == "feedback"
    assert _said('# he added "glad to give some pointers" -> ask')["offered"] == "pointers"
    assert _said("# Rui offered me some feedback on the call")["offered"] == "feedback"


def test_the_candidates_own_plan_to_ask_is_no_offer() -> None:
    assert _said("# went with an internal candidate -> ask for feedback")["offered"] is None
    assert _said("# no feedback given, I want to ask for some")["offered"] is None


def test_kind_words_are_found_and_an_offer_alone_is_not_kind_words() -> None:
    assert _said("# he said I was a close second. Ask for feedback.")["kind_words"] is True
    assert _said("# Rui said I was very close")["kind_words"] is True
    assert _said("# happy to give feedback if I want it")["kind_words"] is False


def test_a_comment_naming_someone_else_on_the_panel_is_not_this_readers_offer() -> None:
    assert _said("# Carla said happy to give feedback if I want it")["offered"] is None
    assert _said("# Carla said happy to give feedback if I want it", "Carla Sousa")["offered"] == "feedback"


def test_the_request_thanks_for_the_offer_and_takes_it_up() -> None:
    body = _feedback_body('# he said "happy to share feedback if useful" and that I was a close second')
    assert "for your kind words, and for offering to share feedback" in body
    assert "take you up on" in body


def test_with_no_offer_the_request_asks_as_before() -> None:
    body = _feedback_body("# went with an internal candidate -> ask for feedback")
    assert "offering" not in body and "take you up on" not in body and "kind words" not in body
    assert "If you have a few minutes" in body or "If you are able to spare" in body
