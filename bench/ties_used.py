"""How many thank-yous answer the reader's question, tie something of theirs, and use the rapport. Not blind: it reads
the spent sets bench/writer_blind30 … writer_blind39.

    .venv/bin/python bench/ties_used.py dump OUT.json [SET ...]   # thank-yous drafted in-process by this checkout
    .venv/bin/python bench/ties_used.py count DRAFTS.json          # the totals, read with this checkout
    .venv/bin/python bench/ties_used.py diff BEFORE.json AFTER.json  # the drafts that changed, side by side

A question is answered when the reader asked one (writer/their_question.py reads it) and the draft says it beside a
highlight (bench/tie_choice.py's `tied`); a tie is any pair of the reader's item and a highlight so said; the rapport is
used when the draft says two of its content words (its one, when it has one). A rough reading, not a judge.
"""

from __future__ import annotations

import sys
from pathlib import Path

from take_up import reader_of  # bench/take_up.py, beside this script
from tie_choice import tied  # bench/tie_choice.py, beside this script

from afterview.writer.pair_weight import job_stems, stems
from afterview.writer.shorthand import prose
from afterview.writer.their_question import their_question

SPENT = [Path(__file__).parent / f"writer_blind{n}" for n in range(30, 40)]


def read(key: str, body: str) -> dict[str, bool] | None:
    """For one thank-you: whether the reader asked a question, it is answered, a pair is tied, rapport exists and is
    used."""
    found = reader_of(key)
    if found is None:
        return None
    data, person, mine = found
    topics = [str(i) for i in person.get("topics") or []]
    theirs = [str(i) for i in person.get("challenges") or []] + topics
    quiet = job_stems(str(data.get("position", "")), str((data.get("company") or {}).get("name", "")))
    questions = [t for t in topics if their_question(t)]
    rapport = [str(r) for r in person.get("rapport") or []]
    said = stems(prose(body))
    shared = [stems(prose(r)) - quiet for r in rapport]
    return {
        "question": bool(questions),
        "answered": any(tied(body, q, m, quiet) for q in questions for m in mine),
        "tie": any(tied(body, i, m, quiet) for i in theirs for m in mine),
        "rapport": bool(rapport),
        "rapport used": any(len(words & said) >= min(2, len(words)) > 0 for words in shared),
    }


def count(drafts: dict[str, str]) -> dict[str, int]:
    totals = dict.fromkeys(("thank-yous", "question", "answered", "tie", "rapport", "rapport used"), 0)
    for key, body in drafts.items():
        found = read(key, body)
        if found is None:
            continue
        totals["thank-yous"] += 1
        for name, value in found.items():
            totals[name] += value
    return totals


def main(argv: list[str]) -> int:
    from take_up import commands, totals_report  # bench/take_up.py, beside this script

    return commands(argv, __doc__, SPENT, totals_report(count))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
