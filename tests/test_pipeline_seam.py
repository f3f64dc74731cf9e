"""`pipeline.draft_all`'s repair, fallback and variant branches, driven by the scripted FakeWriter
(providers/fake.py) through the real guardrails: what the pipeline keeps, and what it asks the writer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from afterview.draft import Draft, DraftRequest
from afterview.errors import ProviderUnavailable
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.options import SendAt, WhenDue, parse_moment
from afterview.pipeline import VARIANT_TRIES, DraftRun, draft_all, draft_requests
from afterview.providers.fake import FakeRepairer, FakeWriter, ScriptExhausted
from afterview.seam import Author
from afterview.vocabulary import Kind
from afterview.writer.template_writer import TemplateWriter

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "examples"
NOW = "2026-11-24T16:00"
PLACEHOLDER = "Thank you, [Your Name]."


def load(example: str) -> tuple[Notes, datetime]:
    notes = load_notes(EXAMPLES / example)
    return notes, parse_moment(NOW, "--now", notes.interview.zone, datetime.now())


def good_bodies(notes: Notes, now: datetime) -> list[str]:
    """A body that passes every check for each planned message, in plan order (the template writer's)."""
    return [TemplateWriter().write(r).body for r in draft_requests(notes, now)[1]]


def run(notes: Notes, now: datetime, writer: FakeWriter, send_at: SendAt = None) -> DraftRun:
    return draft_all(notes, "notes.yaml", now, writer, send_at=send_at if send_at is not None else WhenDue(now))


def errors(draft: Draft) -> set[str]:
    return {f.check for f in draft.findings if f.severity == "error"}


def test_a_first_draft_that_passes_is_kept_without_repair() -> None:
    notes, now = load("single.yaml")
    bodies = good_bodies(notes, now)
    writer = FakeRepairer(bodies)
    result = run(notes, now, writer)
    assert [d.body for _, d in result.drafts] == bodies
    assert all(d.provider == "fake" and d.fallback is None and d.ready for _, d in result.drafts)
    assert "repair" not in writer.purposes and writer.purposes.count("write") == len(bodies)


def test_a_content_error_fixed_mechanically_is_kept_without_a_repair_call() -> None:
    notes, now = load("single.yaml")
    good, second = good_bodies(notes, now)
    writer = FakeRepairer([f"{good}\n{PLACEHOLDER}", second], fixes=[good])
    thanks = run(notes, now, writer).drafts[0][1]
    assert thanks.body == good and thanks.provider == "fake" and thanks.fallback is None and thanks.ready
    assert "repair" not in writer.purposes


def test_a_content_error_is_repaired_with_the_findings_and_the_repair_is_kept() -> None:
    notes, now = load("single.yaml")
    good, second = good_bodies(notes, now)
    writer = FakeRepairer([f"{good}\n{PLACEHOLDER}", second], repairs=[good])
    thanks = run(notes, now, writer).drafts[0][1]
    assert thanks.body == good and thanks.fallback is None and thanks.ready
    repair = next(c for c in writer.calls if c.purpose == "repair")
    assert repair.kind == Kind.thank_you.value and "placeholders" in {f.check for f in repair.findings}


def test_a_repair_that_still_fails_falls_back_to_the_template_with_the_reason() -> None:
    notes, now = load("single.yaml")
    good, second = good_bodies(notes, now)
    writer = FakeRepairer([f"{good}\n{PLACEHOLDER}", second], repairs=[f"{good}\n{PLACEHOLDER}"])
    thanks = run(notes, now, writer).drafts[0][1]
    assert thanks.provider == "template" and thanks.body == good
    assert thanks.fallback == "the LLM's draft still failed the placeholders check after one repair (placeholder)"


def test_provider_unavailable_on_write_falls_back_with_its_cause_and_asks_no_repair() -> None:
    notes, now = load("single.yaml")
    good, second = good_bodies(notes, now)
    writer = FakeRepairer([ProviderUnavailable("connection refused"), second])
    thanks, check = (d for _, d in run(notes, now, writer).drafts)
    assert thanks.provider == "template" and thanks.fallback == "connection refused" and thanks.body == good
    assert check.provider == "fake" and check.fallback is None
    assert "repair" not in writer.purposes


def test_provider_unavailable_on_repair_falls_back_naming_both_failures() -> None:
    notes, now = load("single.yaml")
    good, second = good_bodies(notes, now)
    writer = FakeRepairer([f"{good}\n{PLACEHOLDER}", second], repairs=[ProviderUnavailable("read timed out")])
    thanks = run(notes, now, writer).drafts[0][1]
    assert thanks.provider == "template" and thanks.body == good
    assert thanks.fallback == (
        "the LLM's draft failed the placeholders check (placeholder); the repair round failed: read timed out"
    )


def test_near_copies_are_written_again_in_other_structures_until_they_stand_apart() -> None:
    notes, now = load("panel.yaml")
    bodies = good_bodies(notes, now)
    second = notes.interviewers[1].first_name
    first = [bodies[1].replace(second, notes.interviewers[0].first_name), bodies[1]]  # the same note to two
    writer = FakeWriter([*first, *bodies[len(first) :], bodies[0]], varies=True)
    result = run(notes, now, writer)
    rewritten = [c for c in writer.calls if c.variant]
    assert [c.variant for c in rewritten] == [1] and rewritten[0].to == notes.interviewers[0].name
    assert result.drafts[0][1].body == bodies[0]
    assert all("similarity" not in errors(d) for _, d in result.drafts)


def test_variants_stop_after_the_cap_and_keep_the_last_checked_draft() -> None:
    notes, now = load("panel.yaml")
    bodies = good_bodies(notes, now)
    copy = bodies[0].replace(notes.interviewers[0].first_name, "{name}")
    first = [copy.replace("{name}", i.first_name) for i in notes.interviewers[:2]]
    retries = [first[0]] * VARIANT_TRIES  # every structure comes back the same
    writer = FakeWriter([*first, *bodies[len(first) :], *retries, *[first[1]] * VARIANT_TRIES], varies=True)
    result = run(notes, now, writer)
    variants = [c.variant for c in writer.calls if c.to == notes.interviewers[0].name and c.variant]
    assert variants == list(range(1, VARIANT_TRIES + 1))
    assert "similarity" in errors(result.drafts[0][1])


def test_a_writer_that_does_not_vary_is_never_asked_for_variants() -> None:
    notes, now = load("panel.yaml")
    bodies = good_bodies(notes, now)
    copy = bodies[0].replace(notes.interviewers[0].first_name, "{name}")
    first = [copy.replace("{name}", i.first_name) for i in notes.interviewers[:2]]
    writer = FakeWriter([*first, *bodies[len(first) :]])
    result = run(notes, now, writer)  # a variant call would exhaust the script and fail the test
    assert not any(c.variant for c in writer.calls)
    assert "similarity" in errors(result.drafts[0][1])


def test_timing_findings_are_not_fed_to_the_repair_round() -> None:
    notes, now = load("single.yaml")
    good, second = good_bodies(notes, now)
    before_the_interview = parse_moment("2026-11-20T08:00", "--send-at", notes.interview.zone, now)
    writer = FakeRepairer([f"{good}\n{PLACEHOLDER}", second], repairs=[good])
    thanks = run(notes, now, writer, send_at=before_the_interview).drafts[0][1]
    assert "timing" in errors(thanks)  # still there: when to send is the user's choice
    repair = next(c for c in writer.calls if c.purpose == "repair")
    checks = {f.check for f in repair.findings}
    assert "placeholders" in checks and "timing" not in checks


def test_a_timing_error_alone_asks_no_repair() -> None:
    notes, now = load("single.yaml")
    bodies = good_bodies(notes, now)
    before_the_interview = parse_moment("2026-11-20T08:00", "--send-at", notes.interview.zone, now)
    writer = FakeRepairer(bodies)
    thanks = run(notes, now, writer, send_at=before_the_interview).drafts[0][1]
    assert errors(thanks) == {"timing"} and thanks.provider == "fake"
    assert "repair" not in writer.purposes


def test_the_seam_reads_each_ability_once_into_the_author() -> None:
    plain, repairing = Author.of(FakeWriter([])), Author.of(FakeRepairer([], name="llm", varies=True))
    assert plain.repair is None and plain.fix_mechanically is None and not plain.varies and plain.dry_run is None
    assert repairing.repair is not None and repairing.fix_mechanically is not None and repairing.varies
    assert repairing.name == "llm" and Author.of(repairing) is repairing
    template = Author.of(TemplateWriter())
    assert template.varies and template.repair is None and template.close is None and template.breaker is None


def test_an_exhausted_script_fails_loudly() -> None:
    notes, now = load("single.yaml")
    request: DraftRequest = draft_requests(notes, now)[1][0]
    with pytest.raises(ScriptExhausted):
        FakeWriter([]).write(request)
