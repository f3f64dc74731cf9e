"""Ties that do not hold, counted on the thank-yous of the spent sets bench/writer_blind30 … writer_blind41. Not blind.

    .venv/bin/python bench/adjacent_ties.py dump OUT.json [SET ...]   # thank-yous drafted in-process by this checkout
    .venv/bin/python bench/adjacent_ties.py count DRAFTS.json          # totals and cases, read with this checkout
    .venv/bin/python bench/adjacent_ties.py diff BEFORE.json AFTER.json  # the drafts that changed, side by side

Three faults a judge gave as the reason for a rewrite:
- unrelated: a sentence (past the opening, saying nothing of the candidate's) says a reader's item (a question,
  problem or topic: two of its content words, or its one) and the next sentence says a candidate's item (two of its
  content words the reader's item does not use) that the writer's own relatedness (writer/pair_weight.weigh,
  writer/question_tie.answered_by) does not relate to it: the reader is left to guess the link;
- unanswered: the draft names the reader's question while a highlight answers it (question_tie.answered_by) and no
  sentence beside the question says that highlight;
- strung: two topics told one after another ('It was useful to discuss … I was also glad to discuss …').
A rough reading for before/after, not a judge.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from take_up import reader_of  # bench/take_up.py, beside this script
from tie_choice import tied  # bench/tie_choice.py, beside this script

from afterview.writer.pair_weight import common_stems, job_stems, stems, weigh
from afterview.writer.question_tie import answered_by
from afterview.writer.shorthand import prose
from afterview.writer.their_question import their_question

SPENT = [Path(__file__).parent / f"writer_blind{n}" for n in range(30, 42)]
_STRUNG = re.compile(r"\b(?:was|am) also glad to discuss\b|\balso (?:enjoyed|valued) discussing\b", re.I)


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(body.split())) if s]


def _says(sentence: set[str], words: set[str], least: int) -> bool:
    return len(words & sentence) >= min(least, len(words)) > 0


def read(key: str, body: str) -> dict[str, list[str]] | None:
    """For one thank-you: the faults found, each said as a line to read."""
    found = reader_of(key)
    if found is None:
        return None
    data, person, mine = found
    theirs = [str(i) for i in (person.get("challenges") or []) + (person.get("topics") or [])]
    everyone = mine + [str(i) for p in data.get("interviewers") or [] for i in (p.get("topics") or [])]
    everyone += [str(i) for p in data.get("interviewers") or [] for i in (p.get("challenges") or [])]
    position, company = str(data.get("position", "")), str((data.get("company") or {}).get("name", ""))
    quiet, common = job_stems(position, company), common_stems(everyone)
    said = _sentences(body)
    words = [stems(s) for s in said]
    found: dict[str, list[str]] = {"unrelated": [], "unanswered": [], "strung": []}
    for n in range(1, len(said) - 1):  # the opening's thanks is no item said back
        if any(_says(words[n], stems(prose(m)) - quiet, 2) for m in mine):
            continue  # a sentence of the candidate's own: a tie made in it, or the value line
        for item in theirs:
            asked = their_question(item) or prose(item)
            their_words = stems(asked) - quiet
            if not _says(words[n], their_words, 2):
                continue
            for own in mine:
                own_words = stems(prose(own)) - quiet - their_words
                if not _says(words[n + 1], own_words, 2) or _says(words[n], own_words, 2):
                    continue
                if any(_says(words[n + 1], stems(prose(i)) - quiet, 2) for i in theirs):
                    continue  # the next sentence says something of theirs too: a tie made in it
                fits = answered_by(asked, [own], f"{position} {company}") if their_question(item) else None
                if weigh(prose(own), prose(item), quiet=quiet, common=common) < 1 and not fits:
                    found["unrelated"].append(f"{said[n]} | {said[n + 1]}")
    for item in person.get("topics") or []:
        question = their_question(str(item))
        fit = answered_by(question, mine, f"{position} {company}") if question else None
        if not question or not fit:
            continue
        named = any(_says(w, stems(question) - quiet, 2) for w in words)
        if named and not tied(body, question, fit, quiet):
            found["unanswered"].append(f"{question} ← {fit}")
    found["strung"] = [s for s in said if _STRUNG.search(s)]
    return found


def count(drafts: dict[str, str]) -> tuple[dict[str, int], list[str]]:
    totals = dict.fromkeys(("thank-yous", "unrelated", "unanswered", "strung"), 0)
    cases: list[str] = []
    for key, body in drafts.items():
        found = read(key, body)
        if found is None:
            continue
        totals["thank-yous"] += 1
        for name, lines in found.items():
            totals[name] += bool(lines)
            path, to, channel = key.split("|")
            where = f"{Path(path).parent.parent.name}/{Path(path).stem} → {to} ({channel})"
            cases += [f"{name}: {where}: {x}" for x in lines]
    return totals, cases


def _report(drafts: dict[str, str]) -> None:
    totals, cases = count(drafts)
    print("\n".join(cases))
    print("; ".join(f"{k}: {v}" for k, v in totals.items()))


def main(argv: list[str]) -> int:
    from take_up import commands  # bench/take_up.py, beside this script

    return commands(argv, __doc__, SPENT, _report)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
