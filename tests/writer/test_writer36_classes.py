"""Issue 17 (writer36): a thank-you names one of the reader's own items before it would go out as a form letter, and
a credential is never said as a deed. Notes invented here (a lager brewery, a timber yard); none is from a blind set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.guardrails.personalization import check_personalization
from afterview.writer import adapt
from afterview.writer.items import tie_clause
from afterview.writer.last_gate import checked
from afterview.writer.named_item import shaped
from afterview.writer.sentence_check import garbled_spans
from afterview.writer.template_writer import TemplateWriter
from helpers import requests_for

NOTES = """
candidate:
  name: Tuomas Virtanen
  highlights:
    - 5 yrs shift brewer at a 40 hL brewhouse in Tampere
    - certified Cicerone (Level 2)
    - cut wort losses 8% by retuning the whirlpool rest
position: Senior Brewer, Lager Production
company:
  name: Nordhavn Bryggeri A/S
  culture: formal
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Copenhagen
interviewers:
  - name: Signe Holm
    title: Head Brewer
    role: hiring_manager
    topics:
      - new canning line = 30k cans/hr, commissioning spring 2028
    challenges:
      - CHALLENGE
"""


def _thank_you(tmp_path: Path, challenge: str) -> tuple[str, object]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(NOTES.replace("CHALLENGE", challenge), encoding="utf-8")
    request = next(r for label, r in requests_for(notes, "2026-11-24T13:00") if "thank_you to Signe" in label)
    return TemplateWriter().write(request).body, request


@pytest.mark.parametrize(
    ("challenge", "said"),
    [
        ("hauliers drop loads at the wrong yard twice a week", "hauliers drop loads at the wrong yard twice a week"),
        ("frost delays -> crews booked onto blocks that cannot be felled, sitting idle", "frost delays"),
    ],
)
def test_a_thank_you_whose_items_the_gate_dropped_says_one_whole(tmp_path: Path, challenge: str, said: str) -> None:
    body, request = _thank_you(tmp_path, challenge)
    assert said in body  # their problem, by its clause or its head noun phrase
    assert not [f for f in check_personalization(*checked(body, request)) if f.code == "generic"]  # type: ignore[arg-type]
    assert not garbled_spans(body)
    assert "= 30k" not in body and "cans/hr" not in body  # the jotted equation is never said
    assert "also been thinking" not in body  # the one item of theirs: no "also"
    assert body == _thank_you(tmp_path, challenge)[0]  # deterministic


@pytest.mark.parametrize(
    "item",
    [
        "why do pallets come back late?",  # a question
        "next shift = 2 fitters + 1 lead",  # an equation
        "start date Mar",  # a label and its value
        "2nd shift allowance $3/hr",
        "Aarhus depot opens in Q3",  # a name before a bare singular subject
        "walked the yard w/ him, forklifts + the weighbridge",  # what they did with the candidate
        "family business, started by her uncle",  # a singular count noun with no article
        "oak vs. larch cladding",  # a comparison
    ],
)
def test_an_item_no_frame_says_cleanly_is_never_tried(item: str) -> None:
    assert shaped(item, "topic") is None


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("their drivers get the route sheet late -> trucks wait", "your drivers get the route sheet late"),
        ("kiln 4 rebuild, winter 2027 (after the big order)", "the kiln 4 rebuild"),
        ("graders log rejects on paper", "graders log rejects on paper"),
        ("family sawmill, started by her uncle", "the family sawmill"),
    ],
)
def test_an_item_is_said_by_its_clause_or_its_head(item: str, text: str) -> None:
    found = shaped(item, "topic")
    assert found is not None and found["text"] == text


@pytest.mark.parametrize(
    "highlight",
    [
        "chartered Professional Forester (Institute of Chartered Foresters)",
        "certified Scrum Master",
        "licensed Marine Surveyor, 2019",
        "registered Landscape Architect",
        "certified welding inspector (CWI)",
    ],
)
def test_a_credential_is_never_said_as_a_deed(highlight: str) -> None:
    assert adapt.classify(highlight) == "role"
    said = tie_clause(highlight)
    assert said is None or not re.match(r"I (?:chartered|certified|licensed|registered)\b", said)
    assert adapt.experience_noun(highlight).startswith("my experience as a")


@pytest.mark.parametrize(
    ("highlight", "clause"),
    [
        ("certified 40 forklift drivers", "I certified 40 forklift drivers"),
        ("licensed the drying patent to a Swedish mill", "I licensed the drying patent to a Swedish mill"),
        ("chartered a barge for the spring haul", "I chartered a barge for the spring haul"),
    ],
)
def test_a_credential_verb_with_its_object_is_still_a_deed(highlight: str, clause: str) -> None:
    assert adapt.classify(highlight) == "verb"
    assert tie_clause(highlight) == clause
