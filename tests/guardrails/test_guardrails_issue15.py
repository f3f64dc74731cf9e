"""Issue 15 through the real CLI and the real checks: claims and purpose are errors, pressure and
pleading are errors, a stock opener is an error only in a model's draft, style advice is info."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from guardrail_corpus import Item, build
from typer.testing import CliRunner

from afterview.cli import app
from afterview.guardrails import check_draft
from helpers import PANEL as PANEL_FILE

PANEL = str(PANEL_FILE)
runner = CliRunner()


def check(tmp_path: Path, body: str, *extra: str) -> tuple[int, dict]:
    draft = tmp_path / "draft.txt"
    draft.write_text(body, encoding="utf-8")
    result = runner.invoke(
        app,
        ["check", str(draft), "--notes", PANEL, "--now", "2026-11-24T16:00", "--format", "json", "--strict", *extra],
    )
    return result.exit_code, json.loads(result.stdout)


def errors(doc: dict) -> set[tuple[str, str]]:
    return {(f["check"], f["code"]) for f in doc["findings"] if f["severity"] == "error"}


STATUS = """Subject: Checking in

Dear Priya,

I hope your week is going well. Since we spoke I passed the AWS Solutions Architect exam, and I saw
that Acme launched Acme Pay in Europe; congratulations to the whole team. {ask}

Best regards,
Sam Rivera
"""


def test_a_status_check_that_never_asks_about_the_decision_is_not_ready(tmp_path: Path) -> None:
    args = ("--kind", "status_check", "--to", "Priya Shah", "--send-at", "2026-12-02T10:00")
    code, doc = check(tmp_path, STATUS.format(ask="How is the relocation support work going?"), *args)
    assert code == 1 and ("purpose", "no_status_question") in errors(doc)
    code, doc = check(tmp_path, STATUS.format(ask="Is there any update on the timeline for the role?"), *args)
    assert ("purpose", "no_status_question") not in errors(doc)


THANKS = """Subject: Thank you for today

Dear Dana,

Thank you for taking the time to talk with me today about the Senior Backend Engineer role at Acme.
{middle} The challenge you described, nightly batch jobs that page the on-call team, has stayed with me
since our conversation. It was also fun to learn that we both ran the Chicago marathon.

Thank you again for your time. I am very interested in joining Acme and look forward to hearing
about the next steps.

Best regards,
Sam Rivera
"""


def test_their_challenge_claimed_as_the_candidates_work_is_an_error(tmp_path: Path) -> None:
    claimed = "I have been working on moving billing to event sourcing, and I am fixing nightly batch jobs too."
    code, doc = check(tmp_path, THANKS.format(middle=claimed), "--to", "Dana Lee")
    # checks23: the rule still reports an error; in a hand-written draft the severity policy makes it a warning
    lowered = {(f["check"], f["code"]) for f in doc["findings"] if f.get("lowered_from") == "error"}
    assert code == 0 and ("claims", "unsupported_claim") in lowered
    honest = (
        "I enjoyed our discussion of moving billing to event sourcing. When I led the Kafka migration at "
        "Northwind, I learned how much replays matter, and I would welcome the chance to help."
    )
    code, doc = check(tmp_path, THANKS.format(middle=honest), "--to", "Dana Lee")
    assert code == 0, doc["findings"]


def test_pressure_and_pleading_are_errors_but_other_projects_are_not_leverage(tmp_path: Path) -> None:
    topic = "I enjoyed our discussion of moving billing to event sourcing."
    for sentence in (
        "I am weighing other offers, so I would appreciate a decision by Friday if at all possible.",
        "This opportunity would mean everything to me right now.",
    ):
        code, doc = check(tmp_path, THANKS.format(middle=f"{topic} {sentence}"), "--to", "Dana Lee")
        assert code == 1 and any(c == "tone" for c, _ in errors(doc)), sentence
    fine = f"{topic} I am happy to share more about my other projects if that would help."
    code, doc = check(tmp_path, THANKS.format(middle=fine), "--to", "Dana Lee")
    assert code == 0, doc["findings"]


def test_a_stock_opener_is_an_error_only_in_a_models_draft() -> None:
    body = (
        "Dear Dana,\n\nI hope this email finds you well. Thank you for our talk about moving billing to "
        "event sourcing.\n\nBest regards,\nSam Rivera\n"
    )
    draft, ctx = build(Item(id="x", family="all", label="good", body=body))
    by_hand = [f for f in check_draft(draft, ctx) if f.code == "stock_opening"]
    by_model = [f for f in check_draft(replace(draft, provider="openai"), ctx) if f.code == "stock_opening"]
    assert [f.severity for f in by_hand] == ["warning"] and [f.severity for f in by_model] == ["error"]


def test_one_em_dash_is_punctuation_and_style_advice_is_info() -> None:
    body = (
        "Dear Dana,\n\nThank you for the talk about moving billing to event sourcing — it stayed with me. "
        "I have a passion for reliable billing, and I would like to find out more about the team.\n\n"
        "Best regards,\nSam Rivera\n"
    )
    draft, ctx = build(Item(id="x", family="all", label="good", body=body))
    flagged = [(f.check, f.code) for f in check_draft(draft, ctx) if f.severity != "info"]
    assert ("ai_tells", "em_dash") not in flagged and not [c for c in flagged if c[0] == "grammar"], flagged


def test_json_on_stdout_stays_json_when_harper_prints_debug_lines(tmp_path: Path) -> None:
    # Harper's gerund rule prints "gerund_form: ..." to file descriptor 1 ("looking forward to hear")
    import subprocess
    import sys

    draft = tmp_path / "draft.txt"
    draft.write_text("Dear Dana,\n\nThank you. I am looking forward to hear from you.\n\nBest,\nSam Rivera\n")
    args = [sys.executable, "-m", "afterview", "check", str(draft), "--notes", PANEL, "--format", "json"]
    out = subprocess.run([*args, "--now", "2026-11-24T16:00"], capture_output=True, text=True, check=False)
    doc = json.loads(out.stdout)
    assert any(f["check"] == "grammar" and f["severity"] == "warning" for f in doc["findings"])
