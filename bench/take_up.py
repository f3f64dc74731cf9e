"""How many thank-yous take up the reader's own question or problem with the candidate's item that bears on it.

    .venv/bin/python bench/take_up.py dump OUT.json [SET ...]   # thank-yous drafted in-process by this checkout
    .venv/bin/python bench/take_up.py count DRAFTS.json          # the count, read with this checkout's code

`dump` drafts with the Python that runs it (another checkout's Python gives a before), default sets: every spent
bench/writer_blind4 … writer_blind26. For each thank-you (email, card, LinkedIn), the reader's jotted problems and
questions ('her q - how would I …?', a challenge) are paired with the candidate's highlights and since-interview
items that share a content word or a word family with them (the job's own words not counted): a bearing item. The
draft takes it up when one sentence names it (two of its content words, or its one) and that sentence or the next
says the bearing item (two of its content words not in the question). A rough count for before/after, not a judge.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

from afterview.writer.relate import stems
from afterview.writer.shorthand import prose
from afterview.writer.tie_pair import shared

SPENT = [Path(__file__).parent / f"writer_blind{n}" for n in range(4, 27)]
_QUESTION = re.compile(r"\bq\s*[-:]", re.I)


def _theirs(person: dict[str, object]) -> list[str]:
    topics = [str(t) for t in person.get("topics") or []]  # type: ignore[attr-defined]
    challenges = [str(c) for c in person.get("challenges") or []]  # type: ignore[attr-defined]
    return challenges + [t for t in topics if _QUESTION.search(t)]


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(body.split())) if s]


def _bearing(item: str, mine: list[str], job: set[str]) -> list[str]:
    theirs = stems(prose(item)) - job
    return [m for m in mine if (theirs & stems(prose(m))) or shared(m, item)]


def _says(sentence: str, words: set[str], least: int) -> bool:
    return len(words & stems(sentence)) >= min(least, len(words)) > 0


def taken_up(body: str, item: str, bearing: list[str], job: set[str]) -> bool:
    theirs = stems(prose(item)) - job
    said = _sentences(body)
    for n, sentence in enumerate(said):
        if _says(sentence, theirs, 2):
            near = " ".join(said[n : n + 2])
            if any(
                _says(near, stems(prose(m)) - job - theirs, 2) or _says(near, stems(prose(m)) - job, 3) for m in bearing
            ):
                return True
    return False


def dump(sets: list[Path], out: Path) -> None:
    from datetime import datetime

    from afterview.notes.loader import load_notes
    from afterview.options import parse_send_at
    from afterview.pipeline import Selection, draft_all
    from afterview.timing import WhenDue
    from afterview.vocabulary import Kind
    from afterview.writer.template_writer import TemplateWriter

    drafts: dict[str, str] = {}
    for folder in sets:
        nows = yaml.safe_load((folder / "now.yaml").read_text(encoding="utf-8"))
        for path in sorted((folder / "notes").glob("*.yaml")):
            notes = load_notes(path)
            zone = notes.interview.zone
            now = datetime.fromisoformat(str(nows[path.stem])).replace(tzinfo=zone)
            send_at = parse_send_at("recommended", zone, now, default=WhenDue(now))
            only = Selection(kinds=frozenset({Kind.thank_you}))
            run = draft_all(notes, path.name, now, TemplateWriter(), selection=only, send_at=send_at)
            for planned, draft in run.drafts:
                drafts[f"{path}|{planned.to.name}|{planned.channel.value}"] = draft.body
    out.write_text(json.dumps(drafts, ensure_ascii=False, indent=1), encoding="utf-8")


def count(drafts: dict[str, str]) -> tuple[int, int, list[str]]:
    held = took = 0
    lines: list[str] = []
    for key, body in drafts.items():
        path, to, _ = key.split("|")
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        candidate = data.get("candidate") or {}
        mine = [str(h) for h in (candidate.get("highlights") or []) + (candidate.get("since_interview") or [])]
        job = stems(f"{data.get('position', '')} {(data.get('company') or {}).get('name', '')}")
        person = next((p for p in data.get("interviewers") or [] if p.get("name") == to), None)
        if person is None:
            continue
        pairs = [(i, b) for i in _theirs(person) for b in [_bearing(i, mine, job)] if b]
        if not pairs:
            continue
        held += 1
        ok = any(taken_up(body, i, b, job) for i, b in pairs)
        took += ok
        lines.append(f"{'+' if ok else '-'} {Path(path).parent.parent.name}/{Path(path).stem} → {to}: {pairs[0][0]}")
    return held, took, lines


def reader_of(key: str) -> tuple[dict[str, object], dict[str, object], list[str]] | None:
    """For a dumped thank-you's key ('path|to|channel'): the notes, the reader's entry in them and the candidate's
    items (highlights, then news since the interview); None when the notes name no such reader."""
    path, to, _ = key.split("|")
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    person = next((p for p in data.get("interviewers") or [] if p.get("name") == to), None)
    if person is None:
        return None
    candidate = data.get("candidate") or {}
    return (
        data,
        person,
        [str(h) for h in (candidate.get("highlights") or []) + (candidate.get("since_interview") or [])],
    )


def commands(argv: list[str], doc: str | None, spent: list[Path], report: Callable[[dict[str, str]], None]) -> int:
    """The commands bench/take_up.py, tie_choice.py and ties_used.py share: `dump OUT.json [SET ...]` (thank-yous
    drafted by this checkout, the spent sets when none is named), `count DRAFTS.json` (`report` prints what the
    script reads in them) and `diff BEFORE.json AFTER.json` (the drafts that changed, side by side)."""
    if argv[:1] == ["dump"] and len(argv) >= 2:
        dump([Path(a) for a in argv[2:]] or [s for s in spent if s.exists()], Path(argv[1]))
        return 0
    if argv[:1] == ["count"] and len(argv) == 2:
        report(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        return 0
    if argv[:1] == ["diff"] and len(argv) == 3:
        before, after = (json.loads(Path(a).read_text(encoding="utf-8")) for a in argv[1:])
        for key, body in after.items():
            if before.get(key) != body:
                print(f"=== {key}\n--- before\n{before.get(key)}\n--- after\n{body}\n")
        return 0
    print(doc)
    return 2


def totals_report(count: Callable[[dict[str, str]], dict[str, int]]) -> Callable[[dict[str, str]], None]:
    """A `report` for `commands` that prints `count`'s totals on one line (tie_choice.py, ties_used.py)."""

    def report(drafts: dict[str, str]) -> None:
        print("; ".join(f"{k}: {v}" for k, v in count(drafts).items()))

    return report


def _report(drafts: dict[str, str]) -> None:
    held, took, lines = count(drafts)
    print("\n".join(lines))
    print(f"thank-yous with a question or problem of the reader and a bearing item: {held}; taken up: {took}")


def main(argv: list[str]) -> int:
    return commands(argv, __doc__, SPENT, _report)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
