"""The template writer's drafts pass every check with no errors, for every example and tone (issue 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.draft import DraftRequest
from afterview.guardrails import CheckContext, check_draft
from afterview.notes.loader import load_notes
from afterview.planning import make_plan
from afterview.vocabulary import Tone
from afterview.writer.template_writer import TemplateWriter
from helpers import EXAMPLES as EXAMPLE_DIR

EXAMPLES = sorted(EXAMPLE_DIR.glob("*.yaml"))


@pytest.mark.parametrize("tone", list(Tone), ids=lambda t: t.value)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_template_drafts_have_no_errors(path: Path, tone: Tone) -> None:
    notes = load_notes(path)
    now = notes.interview.start
    plan = make_plan(notes, now, feedback_request=True)
    writer = TemplateWriter()
    drafts = [(p, writer.write(DraftRequest(notes, p, tone.value, now))) for p in plan.messages]
    for planned, draft in drafts:
        siblings = tuple(d for _, d in drafts if d is not draft)
        ctx = CheckContext(notes, planned.send.recommended_at, plan, planned, siblings)
        errors = [(f.check, f.code, f.message) for f in check_draft(draft, ctx) if f.severity == "error"]
        assert errors == [], f"{draft.kind.value} to {draft.to}:\n{draft.body}"
