"""Pooled precision and recall per family over several spent corpora (both halves each), with every miss.

    PYTHONPATH=src .venv/bin/python bench/guardrails_pool.py --dev        # blind2..blind24 (development pool)
    PYTHONPATH=src .venv/bin/python bench/guardrails_pool.py --check      # blind25..blind28 (own held-out check)
    PYTHONPATH=src .venv/bin/python bench/guardrails_pool.py --corpora blind9 blind10 --misses out.txt

Every corpus here is spent; the numbers are development numbers, not evidence. Scoring is
blind2_corpus.score's: a family fires on a warning or an error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind2_corpus as b2

ROOT = b2.HERE.parent
DEV = ("blind2", "blind3", "blind5", "blind7", "blind8", "blind9", *(f"blind{n}" for n in range(10, 25)))
CHECK = ("blind25", "blind26", "blind27", "blind28")


def items_of(name: str) -> list[b2.Item]:
    root = ROOT / name
    return [item for half in ("tune", "heldout") for item in b2.load(half, root)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--dev", action="store_true")
    group.add_argument("--check", action="store_true")
    group.add_argument("--corpora", nargs="+")
    parser.add_argument("--misses", type=Path, help="write every miss here, one line each")
    args = parser.parse_args()
    names = DEV if args.dev else CHECK if args.check else tuple(args.corpora)
    tallies = {f: b2.Tally() for f in b2.families()}
    clean = 0
    errors: list[str] = []
    warnings: list[str] = []
    lines: list[str] = []
    for name in names:
        report = b2.score(items_of(name), ROOT / name)
        for fam, t in report.per_family.items():
            tallies[fam].tp += t.tp
            tallies[fam].fp += t.fp
            tallies[fam].fn += t.fn
        clean += report.clean
        errors += report.clean_with_error
        warnings += report.clean_with_warning
        for kind, item_id, family, findings in report.misses:
            shown = "; ".join(f"{f.severity}:{f.code}: {f.message}" for f in findings) or "(no findings)"
            lines.append(f"{family}\t{kind}\t{name}\t{item_id}\t{shown}")
    print(f"corpora: {' '.join(names)}")
    print(f"{'family':<16}{'pos':>5}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>7}{'R':>7}")
    for fam, t in tallies.items():
        print(f"{fam:<16}{t.positives:>5}{t.tp:>5}{t.fp:>5}{t.fn:>5}{t.precision:>7.2f}{t.recall:>7.2f}")
    print(f"clean drafts with an error: {len(errors)}/{clean} {errors}")
    print(f"clean drafts with a warning: {len(warnings)}/{clean} ({100 * len(warnings) / max(clean, 1):.0f}%)")
    if args.misses:
        args.misses.write_text("\n".join(sorted(lines)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
