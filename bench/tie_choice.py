"""Which pairs the thank-yous tie: per thank-you, the (reader item, candidate item) pairs a draft ties, their weights
(writer/pair_weight.py), and the strongest pair it left unsaid; totals of thank-yous with 0 / 1 / 2 ties and of ties
made by one everyday word ('crew', 'team'). Not blind: it reads the spent sets bench/writer_blind4 … writer_blind32.

    .venv/bin/python bench/tie_choice.py dump OUT.json [SET ...]   # thank-yous drafted in-process by this checkout
    .venv/bin/python bench/tie_choice.py count DRAFTS.json          # the pairs and totals, read with this checkout

`dump` is bench/take_up.py's (another checkout's Python gives a before). A pair is tied when one sentence, or two
that follow each other, say two content words of the reader's item (its one, when it has one) and two of the
candidate's that the item does not use. A rough reading for before/after, not a judge.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from afterview.writer.pair_weight import common_stems, job_stems, one_everyday_word, stems, weigh
from afterview.writer.shorthand import prose

SPENT = [Path(__file__).parent / f"writer_blind{n}" for n in range(4, 33)]


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(body.split())) if s]


def _says(text: set[str], words: set[str], least: int) -> bool:
    return len(words & text) >= min(least, len(words)) > 0


def tied(body: str, item: str, mine: str, quiet: frozenset[str]) -> bool:
    """Whether the draft says the reader's item and the candidate's in one sentence or two that follow each other."""
    theirs, own = stems(prose(item)) - quiet, stems(prose(mine)) - quiet
    said = [stems(s) for s in _sentences(body)]
    for n in range(len(said)):
        near = said[n] | (said[n + 1] if n + 1 < len(said) else set())
        if (_says(said[n], theirs, 2) and _says(near, own - theirs, 2)) or (
            _says(near, theirs, 2) and _says(said[n], own - theirs, 2)
        ):
            return True
    return False


def read(key: str, body: str) -> tuple[list[tuple[float, str, str, bool]], list[tuple[float, str, str]]] | None:
    """(the pairs the draft ties, strongest first: weight, item, mine, by one everyday word; every pair, weighed)."""
    path, to, _ = key.split("|")
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    candidate = data.get("candidate") or {}
    mine = [str(h) for h in (candidate.get("highlights") or []) + (candidate.get("since_interview") or [])]
    person = next((p for p in data.get("interviewers") or [] if p.get("name") == to), None)
    if person is None:
        return None
    theirs = [str(i) for i in (person.get("challenges") or []) + (person.get("topics") or [])]
    everyone = [
        str(i) for p in data.get("interviewers") or [] for i in (p.get("challenges") or []) + (p.get("topics") or [])
    ]
    quiet = job_stems(str(data.get("position", "")), str((data.get("company") or {}).get("name", "")))
    common = common_stems([*mine, *everyone])
    pairs = sorted(((weigh(m, i, quiet=quiet, common=common), i, m) for i in theirs for m in mine), key=lambda p: -p[0])
    made: list[tuple[float, str, str, bool]] = []
    for weight, item, own in pairs:
        if any(item == t[1] or own == t[2] for t in made):
            continue  # one tie per item and per highlight
        if (weight > 0 or one_everyday_word(own, item, quiet)) and tied(body, item, own, quiet):
            made.append((weight, item, own, one_everyday_word(own, item, quiet)))
    return made, pairs


def count(drafts: dict[str, str]) -> dict[str, int]:
    totals = {"thank-yous": 0, "0 ties": 0, "1 tie": 0, "2+ ties": 0, "ties by one everyday word": 0}
    totals |= {"ties weighing under 1": 0, "a pair of 2+ left unsaid": 0}
    for key, body in drafts.items():
        found = read(key, body)
        if found is None:
            continue
        made, pairs = found
        totals["thank-yous"] += 1
        totals[("0 ties", "1 tie", "2+ ties")[min(len(made), 2)]] += 1
        totals["ties by one everyday word"] += sum(1 for t in made if t[3])
        totals["ties weighing under 1"] += sum(1 for t in made if t[0] < 1)
        used = {t[1] for t in made} | {t[2] for t in made}
        left = next((p for p in pairs if p[1] not in used and p[2] not in used), None)
        totals["a pair of 2+ left unsaid"] += bool(left and left[0] >= 2)
        path, to, channel = key.split("|")
        print(f"{Path(path).parent.parent.name}/{Path(path).stem} → {to} ({channel})")
        for weight, item, own, everyday in made:
            print(f"   tied {weight:.2f}{' EVERYDAY' if everyday else ''}: {item!r} ↔ {own!r}")
        if left and left[0] > 0:
            print(f"   best left {left[0]:.2f}: {left[1]!r} ↔ {left[2]!r}")
    return totals


def main(argv: list[str]) -> int:
    from take_up import commands, totals_report  # bench/take_up.py, beside this script

    return commands(argv, __doc__, SPENT, totals_report(count))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
