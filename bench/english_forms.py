"""Count the sentences of our offline thank-yous over the spent writer_blind sets that do not read as English.

    python bench/english_forms.py [--show 10] [--dump FILE] [--diff FILE] [SET_DIR ...]   (default: writer_blind30-43)

Two faults of an item pasted into a frame as the notes jot it (writer/english_form.py reads both): a singular count
noun with no determiner ('I built pipe-break risk model for …') and an 'I' given a noun phrase as if it were a verb
phrase ('I state-certified ski instructor myself'). --dump writes every thank-you's body (JSON) for a later --diff,
which prints the thank-yous that changed. Spent sets only: a development count, not evidence of quality.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from writer_self_check import spent_drafts

from afterview.vocabulary import Kind
from afterview.writer.english_form import bare_count_noun, verbless_i

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=10, help="print this many sentences of each fault")
    parser.add_argument("--dump", type=Path, help="write every thank-you's body to this JSON file")
    parser.add_argument("--diff", type=Path, help="print the thank-yous that differ from this --dump")
    parser.add_argument("--recount", type=Path, help="count the faults of this --dump's bodies (no drafting)")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    sets = args.sets or [here / f"writer_blind{n}" for n in range(30, 44)]
    if args.recount:
        bodies: dict[str, str] = json.loads(args.recount.read_text(encoding="utf-8"))
    else:
        bodies = {
            f"{where} {planned.channel.value} {planned.to.name}": draft.body
            for where, planned, draft in spent_drafts(sets)
            if planned.kind is Kind.thank_you
        }
    faults: dict[str, list[str]] = {"bare singular count noun": [], "verbless I": []}
    for key, body in bodies.items():
        where = key.split(" ", 1)[0]
        for sentence in _SENTENCE.split(body.replace("\n", " ")):
            if bare_count_noun(sentence):
                faults["bare singular count noun"].append(f"{where}: {sentence.strip()}")
            if verbless_i(sentence):
                faults["verbless I"].append(f"{where}: {sentence.strip()}")
    print(f"thank-yous: {len(bodies)}")
    for name, found in faults.items():
        print(f"{len(found):4} {name}")
        for line in found[: args.show]:
            print(f"       {line}")
    if args.dump:
        args.dump.write_text(json.dumps(bodies, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.diff:
        before = json.loads(args.diff.read_text(encoding="utf-8"))
        changed = [k for k in bodies if before.get(k) != bodies[k]]
        print(f"changed: {len(changed)} of {len(bodies)}")
        for k in changed:
            print(f"\n=== {k}\n--- before\n{before.get(k)}\n+++ after\n{bodies[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
