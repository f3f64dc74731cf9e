"""Fuzz the input loaders with >= 10,000 generated files and count how each one ended.

    python bench/fuzz.py [--notes 7000] [--drafts 2000] [--config 2000] [--cli 200] [--paths 80] [--seed 20261124]
    python bench/fuzz.py --paths-only [--paths 80]

Loaders: the notes loader (YAML, JSON, TOML: structured mutations of a valid file, line and
byte edits, noise), the draft reader of `afterview check`, and the config loader; then
`afterview draft` itself on a sample of fuzzed notes files. Every input must end as a valid
result or our own InputError naming file and line; "unlocated" is our error without them,
"traceback" anything else. Exits 1 if either count is not zero. The inputs come from the
hypothesis strategies in tests/reliability/fuzz_inputs.py, generated from a fixed seed.
Also times the size limits: a 50 MB notes file and one with a 1 MB topic.

Then the output side (tests/reliability/fuzz_paths.py): `batch` and `draft --out` on folders
with clashing notes file names, interviewers whose names slug alike (separators, lookalikes,
200-byte multi-byte names), pipes, device links and link loops in the input folder, symlinked
locks, manifests, folders and drafts and pipes in the output folder. Counts tracebacks, hangs,
paths changed outside --out, and folders whose files do not match their messages one to one;
exits 1 if any is not zero.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

import fuzz_inputs as fuzz
import fuzz_paths
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from afterview.config import load_settings
from afterview.guardrails.draft_reader import read_draft
from afterview.notes.loader import load_notes
from afterview.vocabulary import Kind

KINDS = ["valid", "error", "unlocated", "traceback"]


def run(
    label: str, strategy: st.SearchStrategy[Any], count: int, seed_value: int, check: Callable[[Any], fuzz.Outcome]
) -> tuple[collections.Counter[str], list[str], float]:
    counts: collections.Counter[str] = collections.Counter()
    failures: list[str] = []

    @seed(seed_value)
    @settings(
        max_examples=count,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def loop(item: Any) -> None:
        outcome = check(item)
        counts[outcome.kind] += 1
        if outcome.kind in ("unlocated", "traceback") and len(failures) < 5:
            failures.append(outcome.detail)

    started = time.perf_counter()
    loop()
    return counts, failures, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=7000)
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--config", type=int, default=2000)
    parser.add_argument("--cli", type=int, default=200)
    parser.add_argument("--paths", type=int, default=80, help="output-side cases (about 1 s each)")
    parser.add_argument("--paths-only", action="store_true", help="run only the output-side cases")
    parser.add_argument("--seed", type=int, default=20261124)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="afterview-fuzz-"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AFTERVIEW_CONFIG"):
        os.environ.pop(name, None)
    os.environ["XDG_CONFIG_HOME"] = str(folder / "no-config")

    def notes(item: tuple[str, bytes]) -> fuzz.Outcome:
        path = fuzz.write(folder, *item)
        return fuzz.judge(lambda: load_notes(path), str(path))

    def drafts(item: tuple[tuple[str, bytes], Kind]) -> fuzz.Outcome:
        (name, raw), kind = item
        path = fuzz.write(folder, name, raw)
        return fuzz.judge(lambda: read_draft(path, kind=kind), str(path))

    def config(item: tuple[str, bytes]) -> fuzz.Outcome:
        path = fuzz.write(folder, *item)
        return fuzz.judge(lambda: load_settings({"AFTERVIEW_CONFIG": str(path)}), str(path))

    def cli(item: tuple[tuple[str, bytes], bool]) -> fuzz.Outcome:
        (name, raw), to_folder = item
        path = fuzz.write(folder, name, raw)
        return fuzz.draft_via_cli(path, folder / "out" if to_folder else None)

    loaders = [
        ("notes", fuzz.notes_files(), args.notes, notes),
        ("draft reader", st.tuples(fuzz.draft_files(), st.sampled_from(list(Kind))), args.drafts, drafts),
        ("config", fuzz.config_files(), args.config, config),
        ("cli draft", st.tuples(st.one_of(fuzz.plausible_notes(), fuzz.notes_files()), st.booleans()), args.cli, cli),
    ]
    bad = 0
    if args.paths:
        bad += paths(folder / "paths", args.paths, args.seed)
    if args.paths_only:
        return 1 if bad else 0
    print(f"\n{'loader':<14}" + "".join(f"{k:>11}" for k in KINDS) + f"{'total':>8}{'seconds':>9}")
    total = 0
    for label, strategy, count, check in loaders:
        counts, failures, elapsed = run(label, strategy, count, args.seed, check)
        bad += counts["unlocated"] + counts["traceback"]
        total += sum(counts.values())
        print(f"{label:<14}" + "".join(f"{counts[k]:>11}" for k in KINDS) + f"{sum(counts.values()):>8}{elapsed:>9.1f}")
        for detail in failures:
            print("    " + detail.strip().replace("\n", "\n    "))
    print(f"{'all':<14}{'':>44}{total:>8}")

    print("\nsize limits:")
    for label, seconds, message in fuzz.size_limit_timings(folder):
        print(f"  {label:<22} {seconds * 1000:7.1f} ms  {message}")
    print(f"\n{bad} inputs ended in a traceback or an error without file and line" if bad else "\nno tracebacks")
    return 1 if bad else 0


def paths(folder: Path, count: int, seed_value: int) -> int:
    """The output-side cases; prints the counts and returns how many were bad."""
    kinds: collections.Counter[str] = collections.Counter()
    outside: list[str] = []
    mismatches: list[str] = []
    details: list[str] = []
    messages = files = 0
    rng = random.Random(seed_value)
    started = time.perf_counter()
    for n in range(count):
        verdict = fuzz_paths.run_case(folder / f"case{n}", rng.randrange(2**32))
        kinds[verdict.kind] += 1
        outside += verdict.outside
        mismatches += verdict.mismatches
        messages += verdict.messages
        files += verdict.files
        if verdict.kind in ("traceback", "hang") and len(details) < 5:
            details.append(verdict.detail)
    elapsed = time.perf_counter() - started
    print(f"output paths: {count} cases in {elapsed:.1f} s (batch and draft --out, traps in both folders)")
    ran = f"ran {kinds['ok']}, refused with exit 2 {kinds['refused']}"
    print(f"  {ran}, tracebacks {kinds['traceback']}, hangs {kinds['hang']}")
    print(f"  paths changed outside --out: {len(outside)}")
    print(f"  messages drafted: {messages}, files written for them: {files}, folders that differ: {len(mismatches)}")
    for line in [*details, *outside[:5], *mismatches[:5]]:
        print("    " + line.strip().replace("\n", "\n    "))
    return kinds["traceback"] + kinds["hang"] + len(outside) + len(mismatches)


if __name__ == "__main__":
    sys.exit(main())
