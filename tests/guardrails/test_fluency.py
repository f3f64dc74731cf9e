"""The `fluency` family: the seams of a form letter in any draft (issue 17), through `afterview check`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.fluency import check_fluency
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

runner = CliRunner()
NOW = "2026-11-24T17:00"

NOTES = """
candidate: {name: Sam Rivera, highlights: [led the Kafka migration at Northwind]}
position: Senior Backend Engineer
company: {name: Acme}
interview: {at: 2026-11-24T14:00, timezone: America/New_York}
interviewers:
  - name: Marcus Webb
    topics: [their component library's dark mode]
    challenges: [nightly batch jobs page the on-call team]
  - name: Nguyễn Thị Minh Khai
    topics: [relocation support]
"""

GOOD = """Subject: Thank you

Dear Marcus,

Thank you for talking with me today about the Senior Backend Engineer role at Acme. I enjoyed hearing about
your component library's dark mode, and I have been thinking about how nightly batch jobs page the on-call team.
When I led the Kafka migration at Northwind I saw a problem of a similar shape, and I would welcome the chance
to help. I look forward to hearing from you.

Best regards,
Sam Rivera
"""


def codes(tmp_path: Path, body: str, to: str = "Marcus Webb", kind: str = "thank_you") -> dict[str, str]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(NOTES, encoding="utf-8")
    text = tmp_path / "draft.txt"
    text.write_text(body, encoding="utf-8")
    result = runner.invoke(
        app,
        ["check", str(text), "--notes", str(notes), "--to", to, "--kind", kind, "--format", "json", "--now", NOW],
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)["findings"]
    return {f["code"]: f["severity"] for f in found if f["check"] == "fluency"}


def test_a_careful_draft_has_no_fluency_warnings(tmp_path: Path) -> None:
    assert not [c for c, s in codes(tmp_path, GOOD).items() if s == "warning"]


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        (
            "I have been thinking about how nightly batch jobs page the on-call team.",
            "You described a challenge: nightly batch jobs page the on-call team.",
            "pasted_item",
        ),
        ("your component library's dark mode", "their component library's dark mode", "copied_pronoun"),
        ("Dear Marcus,", "Dear Marcus Webb,", "mail_merge_greeting"),
        (
            "I look forward to hearing from you.",
            "If there is anything else I can provide, please let me know. Could you let me know the timeline?",
            "two_asks",
        ),
        (
            "I look forward to hearing from you.",
            "I would welcome the chance to help again with the Kafka migration work.",
            "repeated_phrase",
        ),
    ],
    ids=["pasted", "pronoun", "mail-merge", "two-asks", "repeated"],
)
def test_each_seam_is_a_warning(tmp_path: Path, old: str, new: str, code: str) -> None:
    assert old in GOOD
    body = GOOD.replace(old, new)
    found = codes(tmp_path, body)
    assert found.get(code) == "warning", (code, found, body)


def test_one_ask_first_then_an_offer_is_fine(tmp_path: Path) -> None:
    body = GOOD.replace(
        "I look forward to hearing from you.",
        "Is there any news on the timeline? Please let me know if any further information would be helpful.",
    )
    assert "two_asks" not in codes(tmp_path, body, kind="status_check")


def test_family_name_first_greeted_in_full_gets_a_greet_as_suggestion(tmp_path: Path) -> None:
    body = GOOD.replace("Dear Marcus,", "Dear Nguyễn Thị Minh Khai,").replace(
        "your component library's dark mode", "relocation support"
    )
    found = codes(tmp_path, body, to="Nguyễn Thị Minh Khai")
    assert found.get("greet_as") == "info"
    assert "mail_merge_greeting" not in found


def test_the_same_sentence_in_two_messages_of_a_run() -> None:
    notes = notes_from_text(NOTES, "notes.yaml")
    now = datetime(2026, 11, 24, 17, tzinfo=notes.interview.zone)
    plan = make_plan(notes, now)
    shared = "I appreciated how openly everyone described the work ahead of the team."

    def made(to: str, extra: str) -> Draft:
        body = f"Dear {to.split()[0]},\n\nThank you for your time today. {extra} {shared}\n\nBest,\nSam Rivera\n"
        return Draft(Kind.thank_you, to, Channel.email, "Thanks", body, "hand", "warm")

    one, two = made("Marcus Webb", "Your dark mode work was great."), made("Nguyễn Thị Minh Khai", "Thanks.")
    ctx = CheckContext(notes, now, plan, plan.messages[0], (two,))
    assert "shared_sentence" in {f.code for f in check_fluency(one, ctx)}
    alone = CheckContext(notes, now, plan, plan.messages[0], ())
    assert "shared_sentence" not in {f.code for f in check_fluency(one, alone)}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Thank you for talking with me today", "Thank you for talking with me in Oct"),
        ("I would welcome the chance\nto help.", "it took ~6 wks to fix.\nI would welcome the chance to help."),
        ("I would welcome the chance\nto help.", "we went 9 -> 15 engineers.\nI would welcome the chance to help."),
        ("I would welcome the chance\nto help.", "we went 9→15 engineers.\nI would welcome the chance to help."),
        ("I would welcome the chance\nto help.", "I worked w/ the SRE team.\nI would welcome the chance to help."),
        ("I would welcome the chance\nto help.", "I ran it for 3 yrs.\nI would welcome the chance to help."),
        ("I would welcome the chance\nto help.", "it failed b/c of load.\nI would welcome the chance to help."),
    ],
    ids=["month", "tilde-weeks", "arrow", "unicode-arrow", "with", "years", "because"],
)
def test_notes_shorthand_in_a_letter_is_a_warning(tmp_path: Path, old: str, new: str) -> None:
    assert old in GOOD
    found = codes(tmp_path, GOOD.replace(old, new))
    assert found.get("notes_shorthand") == "warning", found


@pytest.mark.parametrize(
    "kept",
    [
        "In October it took about six weeks to fix, from 9 to 15 engineers.",
        "I worked with the R&D team on C++ services for 3 years.",
        "Jan from the SRE team and I compared Datawrapper and D3 on 3 Oct.",
        "The notes are at https://example.com/w/notes for reference.",
    ],
)
def test_prose_is_not_shorthand(tmp_path: Path, kept: str) -> None:
    body = GOOD.replace("I look forward to hearing from you.", kept + " I look forward to hearing from you.")
    assert "notes_shorthand" not in codes(tmp_path, body)


@pytest.mark.parametrize(
    "compared",
    [
        "the Parquet vs ORC choice for the archive",
        "whether to move from Jenkins vs. GitLab CI",
        "S3 vs GCS for cold storage",
    ],
)
def test_versus_between_two_named_things_is_style_advice_not_a_seam(tmp_path: Path, compared: str) -> None:
    """A letter may compare two named products or formats; 'vs' between plain words the writer chose is style advice
    too (checks17: a warning only when copied from the notes, tested in test_checks17_classes)."""
    old = "I would welcome the chance\nto help."
    found = codes(tmp_path, GOOD.replace(old, f"I keep thinking about {compared}.\n" + old))
    assert found.get("notes_shorthand") in (None, "info"), found
    plain = codes(tmp_path, GOOD.replace(old, "I keep thinking about refunds vs credits.\n" + old))
    assert plain.get("notes_shorthand") == "info", plain


def test_a_tilde_before_a_figure_is_style_advice_not_a_seam(tmp_path: Path) -> None:
    """'~0.3% of units' is how engineers write email too (checks9): info; a jotted unit after it still warns."""
    old = "I would welcome the chance\nto help."
    assert codes(tmp_path, GOOD.replace(old, "it failed on ~2% of units.\n" + old)).get("notes_shorthand") == "info"
    found = codes(tmp_path, GOOD.replace(old, "it failed for ~2 wks.\n" + old))
    assert found.get("notes_shorthand") == "warning"
