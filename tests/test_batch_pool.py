"""batch/pool.py: files drafted side by side, results in the order given, each thread's writer its own
and every writer closed once."""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

from afterview.batch.pool import draft_side_by_side, workers_for
from afterview.batch.runner import BatchSettings
from afterview.draft import Draft, DraftRequest
from afterview.seam import Author
from afterview.writer.template_writer import TemplateWriter

EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "examples"


class ClosingWriter:
    """The template writer's drafts, from a writer that holds a 'connection' and says which thread used it."""

    name = "closing"

    def __init__(self) -> None:
        self.closed = 0
        self.threads: set[int] = set()

    def write(self, request: DraftRequest) -> Draft:
        self.threads.add(threading.get_ident())
        return TemplateWriter().write(request)

    def close(self) -> None:
        self.closed += 1


def test_each_thread_gets_its_own_writer_and_every_writer_is_closed_once(tmp_path: Path) -> None:
    found = []
    for name in ("single.yaml", "panel.yaml", "rejected.yaml", "no-follow-up.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
        found.append(tmp_path / name)
    settings = BatchSettings(
        tone=None, output_format="text", provider="fake", clock=datetime.now(UTC), now="2026-11-24T16:00"
    )
    first, made = ClosingWriter(), []

    def another() -> Author:
        made.append(ClosingWriter())
        return Author.of(made[-1])

    out = tmp_path / "out"
    results = draft_side_by_side(
        found, {p: p.stem for p in found}, out, settings, None, Author.of(first), another, workers=2
    )
    assert [r.notes for r in results] == found and all(r.status == "drafted" for r in results)
    assert 1 <= len(made) <= 2  # one writer per worker thread, made when the thread first drafts
    assert all(len(w.threads) == 1 for w in made)  # never shared between threads
    assert first.closed == 1 and all(w.closed == 1 for w in made)


def test_one_worker_drafts_with_the_first_writer_only(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "single.yaml", tmp_path / "single.yaml")
    settings = BatchSettings(
        tone=None, output_format="text", provider="fake", clock=datetime.now(UTC), now="2026-11-24T16:00"
    )
    first = ClosingWriter()

    def another() -> Author:
        raise AssertionError("one worker needs no second writer")

    found = [tmp_path / "single.yaml"]
    (result,) = draft_side_by_side(
        found, {found[0]: "single"}, tmp_path / "out", settings, None, Author.of(first), another, workers=1
    )
    assert result.status == "drafted" and first.threads and first.closed == 1


def test_workers_wait_on_the_network_only() -> None:
    assert workers_for(10, None, waits_on_network=False) == 1
    assert workers_for(10, 8, waits_on_network=False) == 1
    assert workers_for(10, None, waits_on_network=True) == 4
    assert workers_for(2, 8, waits_on_network=True) == 2
