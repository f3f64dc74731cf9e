"""Our own checks on our own offline drafts, over the real notes of every spent writer_blind set.

    python bench/writer_self_check.py [--show 3] [SET_DIR ...]

The sweep (writer_sweep.py) drafts generated interviews; this drafts the notes that blind reference
authors wrote by hand (bench/writer_blind*/notes, each at its now.yaml moment, the default tone) and
counts the drafts our own checks mark: an error (NOT READY) or a warning. A draft the writer writes
and the checks reject is a fault of one or the other. Spent sets only: this is a development bench,
not evidence of quality.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import yaml

from afterview.cli.setup import set_up
from afterview.draft import Draft
from afterview.pipeline import draft_all
from afterview.planning import Planned
from afterview.writer.template_writer import TemplateWriter


def spent_drafts(sets: list[Path]) -> Iterator[tuple[str, Planned, Draft]]:
    """('set/notes', planned, draft) for every message of every notes file of `sets`, each at its now.yaml moment
    in the default tone."""
    for folder in sets:
        nows = yaml.safe_load((folder / "now.yaml").read_text(encoding="utf-8"))
        for path in sorted((folder / "notes").glob("*.yaml")):
            if path.stem not in nows:
                continue
            setup = set_up(path, str(nows[path.stem]))
            run = draft_all(setup.notes, str(path), setup.now, TemplateWriter(), tone=setup.tone, send_at=setup.send_at)
            for planned, draft in run.drafts:
                yield f"{folder.name}/{path.stem}", planned, draft


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="writer_blind set directories (default: all)")
    parser.add_argument("--show", type=int, default=3, help="print this many drafts of each finding code")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    sets = args.sets or sorted(p for p in here.glob("writer_blind*") if (p / "now.yaml").is_file())
    kinds: collections.Counter[str] = collections.Counter()
    codes: collections.Counter[tuple[str, str, str]] = collections.Counter()
    shown: dict[tuple[str, str, str], list[str]] = collections.defaultdict(list)
    started = time.perf_counter()
    for where, planned, draft in spent_drafts(sets):
        found = [f for f in draft.findings if f.severity in ("error", "warning")]
        worst = {f.severity for f in found}
        kinds["error" if "error" in worst else "warning" if worst else "clean"] += 1
        for f in found:
            key = (f.severity, f.check, f.code)
            codes[key] += 1
            if len(shown[key]) < args.show:
                shown[key].append(f"{where} → {planned.kind.value} to {planned.to.name}: {f.message}")
    total = sum(kinds.values())
    print(f"drafts: {total}; clean {kinds['clean']}, warning {kinds['warning']}, error {kinds['error']}")
    for key, n in codes.most_common():
        print(f"{n:4} {' '.join(key)}")
        for line in shown[key]:
            print(f"       {line}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
