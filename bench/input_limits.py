"""How fast hostile inputs are refused, against loading a normal notes file in the same run.

The tests only check that each input gets its located error and does not hang; the speeds live here:

    .venv/bin/python bench/input_limits.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

import fuzz_inputs as fuzz  # noqa: E402

from afterview.errors import InputError  # noqa: E402
from afterview.guardrails.draft_reader import read_draft  # noqa: E402
from afterview.notes.loader import load_notes, notes_from_text  # noqa: E402
from afterview.vocabulary import Kind  # noqa: E402

ALIAS_BOMB = (
    "a: &a ["
    + ",".join(['"lol"'] * 9)
    + "]\n"
    + "".join(f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))
)


def timed(action: Callable[[], object], runs: int) -> tuple[float, str]:
    """Median milliseconds of `runs` calls, and what the last call said."""
    times, said = [], ""
    for _ in range(runs):
        started = time.perf_counter()
        try:
            action()
            said = "accepted"
        except InputError as exc:
            said = str(exc).split(": ", 2)[-1][:60]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = fuzz.fifty_megabytes(folder)
        topic, _ = fuzz.one_megabyte_topic(folder)
        draft = folder / "draft.txt"
        draft.write_text("Subject: hi\n\n" + "word " * 4_000_000)
        cases: list[tuple[str, Callable[[], object]]] = [
            ("baseline: panel.yaml (a normal notes file)", lambda: load_notes(ROOT / "fixtures/examples/panel.yaml")),
            ("50 MB notes file", lambda: load_notes(big)),
            ("1 MB topic string", lambda: load_notes(topic)),
            ("240,000 one-letter values", lambda: notes_from_text("requested:\n" + "- a\n" * 240_000, "n.yaml")),
            ("alias bomb (9^9 values)", lambda: notes_from_text(ALIAS_BOMB, "n.yaml")),
            ("20 MB draft", lambda: read_draft(draft, kind=Kind.thank_you)),
        ]
        for label, action in cases:
            ms, said = timed(action, runs)
            print(f"{label:45} {ms:9.1f} ms  {said}")


if __name__ == "__main__":
    main()
