"""Precision of the checks on careful text: every reference draft a coach wrote by hand.

bench/writer_blind/references and bench/writer_blind4/references hold drafts written by a careful
career coach from the notes beside them (`references/STEM/KIND-first-last.txt`, notes/STEM.yaml,
now.yaml). They should get no error and ideally no warning. Each is checked as `afterview check`
would, at the plan's recommended send time for that message (the time the coach wrote it for).

    .venv/bin/python bench/guardrails_references.py        # every flagged reference, and the count
    .venv/bin/python bench/guardrails_references.py -v     # also the info findings
    .venv/bin/python bench/guardrails_references.py bench/writer_blind12   # another set (or several)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from writer_blind import slug  # a reference's file name for a person, as the blind sets name them

ROOT = Path(__file__).resolve().parents[1]
SETS = (ROOT / "bench" / "writer_blind", ROOT / "bench" / "writer_blind4")


def main() -> int:
    from afterview.guardrails import read_draft
    from afterview.hand_written import check_hand_written
    from afterview.notes.loader import load_notes
    from afterview.options import read_moment
    from afterview.vocabulary import Kind

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", action="store_true", help="print info findings too")
    parser.add_argument(
        "sets", nargs="*", type=Path, help="reference sets to read (default: writer_blind, writer_blind4)"
    )
    args = parser.parse_args()
    total = errors = warnings = 0
    for base in args.sets or SETS:
        nows = yaml.safe_load((base / "now.yaml").read_text(encoding="utf-8"))
        for ref_dir in sorted((base / "references").iterdir()):
            notes = load_notes(base / "notes" / f"{ref_dir.name}.yaml")
            now = read_moment(str(nows[ref_dir.name]), "--now").replace(tzinfo=notes.interview.zone)
            people = {slug(p.name): p.name for p in notes.interviewers}
            for ref in sorted(ref_dir.glob("*.txt")):
                kind_name, _, who = ref.stem.partition("-")
                to = people.get(who)
                if to is None:
                    print(f"{ref}: no interviewer '{who}' in the notes", file=sys.stderr)
                    continue
                kind = Kind(kind_name)
                subject, body = read_draft(ref, kind=kind)
                draft = check_hand_written(notes, subject, body, kind=kind, to=to, now=now, send_at=None)
                total += 1
                shown = [f for f in draft.findings if args.v or f.severity != "info"]
                errors += any(f.severity == "error" for f in draft.findings)
                warnings += any(f.severity == "warning" for f in draft.findings)
                if shown:
                    print(f"{base.name}/{ref_dir.name}/{ref.name}")
                    for f in shown:
                        print(f"    {f.severity}:{f.check}:{f.code}: {f.message}")
    print(f"\n{total} references: {errors} with an error, {warnings} with a warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
