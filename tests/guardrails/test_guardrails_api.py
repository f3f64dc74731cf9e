"""The stage as the pipeline sees it: ordered checks, cheap import, spans that point into the body."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from guardrail_corpus import FAMILIES, build, load_corpus, notes, run

from afterview.draft import Draft
from afterview.guardrails import CHECKS, CheckContext, check_draft
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind


def test_checks_are_an_explicit_ordered_tuple_of_every_family() -> None:
    assert {c.__name__ for c in CHECKS} == {f.__name__ for f in FAMILIES.values()}


def test_import_is_cheap() -> None:
    heavy = ["harper", "vaderSentiment", "tiktoken", "language_tool_python", "requests"]
    code = f"import sys, afterview.guardrails, afterview.tokens; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("item", [i for i in load_corpus() if i.label == "bad"], ids=lambda i: i.id)
def test_spans_point_into_the_body(item) -> None:  # type: ignore[no-untyped-def]
    for f in run(item):
        if f.span is not None:
            start, end = f.span
            assert 0 <= start < end <= len(item.body), f
        assert f.message.endswith((".", "?", "!", "'")), f.message


def test_check_draft_concatenates_in_order() -> None:
    item = next(i for i in load_corpus() if i.id == "all-good-dana")
    draft, ctx = build(item)
    bad = Draft(
        Kind.thank_you,
        "Dana Lee",
        Channel.email,
        None,
        "Dear [Name], I expect to hear back by Friday!!!",
        "t",
        "warm",
    )
    checks = [f.check for f in check_draft(bad, ctx)]
    order = [c.__name__.removeprefix("check_") for c in CHECKS]
    assert checks == sorted(checks, key=order.index)
    assert {"placeholders", "length", "tone", "grammar"} <= set(checks)
    assert all(f.severity == "info" for f in check_draft(draft, ctx))


def test_status_check_planned_is_looked_up_by_the_caller() -> None:
    n = notes("panel")
    now = datetime(2026, 12, 2, 11, tzinfo=ZoneInfo("America/Chicago"))
    plan = make_plan(n, now)
    planned = next(p for p in plan.messages if p.kind is Kind.status_check)
    body = next(i for i in load_corpus() if i.id == "all-good-status").body
    draft = Draft(Kind.status_check, planned.to.name, Channel.email, "Senior Backend Engineer role", body, "t", "warm")
    found = check_draft(draft, CheckContext(n, now, plan, planned))
    assert [f.code for f in found if f.severity != "info"] == []
