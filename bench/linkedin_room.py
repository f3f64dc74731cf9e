"""How much of a LinkedIn thank-you's room the offline writer uses, over the notes of every spent writer_blind set.

    python bench/linkedin_room.py [--dump FILE] [SET_DIR ...]

Drafts each notes file as writer_self_check.spent_drafts does (its now.yaml moment, the default tone) and reports,
for the LinkedIn thank-yous, the mean character count and how many are under 150 of the 300 characters; --dump writes
every thank-you to a recruiter or on LinkedIn, to compare two branches' drafts. Spent sets only: a development bench.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from writer_self_check import spent_drafts

from afterview.vocabulary import Channel, Kind, Role

SHORT = 150


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="writer_blind set directories (default: all)")
    parser.add_argument("--dump", type=Path, help="write the drafts measured here to this file")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    sets = args.sets or sorted(p for p in here.glob("writer_blind*") if (p / "now.yaml").is_file())
    lengths: list[int] = []
    dumped: list[str] = []
    for where, planned, draft in spent_drafts(sets):
        if draft.kind is not Kind.thank_you:
            continue
        linkedin = draft.channel is Channel.linkedin
        if linkedin:
            lengths.append(len(draft.body.strip()))
        if linkedin or planned.to.role is Role.recruiter:
            said = f"{where} → {draft.channel.value} to {planned.to.name}"
            dumped.append(f"## {said} ({len(draft.body.strip())} chars)\n{draft.body.strip()}\n")
    mean = sum(lengths) / len(lengths) if lengths else 0.0
    short = sum(n < SHORT for n in lengths)
    print(f"LinkedIn thank-yous: {len(lengths)}; mean {mean:.0f} characters; under {SHORT}: {short}")
    if args.dump:
        args.dump.write_text("\n".join(dumped), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
