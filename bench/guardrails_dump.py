"""Dump every finding of the check stage on a fixed set of drafts, to prove a structural change changes none.

    PYTHONPATH=src .venv/bin/python bench/guardrails_dump.py OUT.txt [--interviews 100]

The drafts: the template writer's drafts of `bench/writer_sweep.py --interviews N` (same seed, same notes, every
tone) and every item of the spent corpora tests/guardrails/blind25 … blind40 (all.yaml, checked as
`afterview check` would). One line per finding: draft id, family, code, severity, lowered_from, span, message,
suggestion. Run it on two builds (PYTHONPATH=OLD/src and PYTHONPATH=NEW/src) and `cmp` the two files;
`--part sweep` or `--part blind31` dumps one part (the whole takes minutes on a busy machine).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sys
from collections.abc import Iterable, Iterator
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "guardrails"))
sys.path.insert(0, str(ROOT / "bench"))
SPENT = range(25, 41)


def _lines(draft_id: str, findings: Iterable[object]) -> Iterator[str]:
    yield f"# {draft_id}"
    for f in findings:
        fields = ("check", "code", "severity", "lowered_from", "span", "message", "suggestion")
        yield "\t".join(repr(getattr(f, k)) for k in fields)


def sweep(interviews: int, seed: int = 20261124) -> Iterator[str]:
    from writer_sweep import TONES, notes_data

    from afterview.notes.model import Notes
    from afterview.pipeline import draft_all
    from afterview.writer.template_writer import TemplateWriter

    rng = random.Random(seed)
    for n in range(interviews):
        data, days = notes_data(rng)
        notes = Notes.model_validate(data)
        now = notes.interview.start + timedelta(hours=3, days=days)
        for tone in TONES:
            run = draft_all(notes, "sweep.yaml", now, TemplateWriter(), tone=tone)
            for i, (_, draft) in enumerate(run.drafts):
                body = hashlib.sha256(draft.body.encode()).hexdigest()[:16]
                yield from _lines(f"sweep {n} {tone} {i} {draft.kind.value} {draft.to} body {body}", draft.findings)


def spent(corpora: Iterable[int] = SPENT) -> Iterator[str]:
    import blind2_corpus as b2

    for k in corpora:
        root = b2.HERE.parent / f"blind{k}"
        for item in b2.load("all", root):
            yield from _lines(f"blind{k} {item.id}", b2.check(item, root).findings)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--interviews", type=int, default=100)
    parser.add_argument("--part", default="all", help="all, sweep, or one spent corpus (blind25 … blind40)")
    args = parser.parse_args()
    if args.part == "all":
        lines = itertools.chain(sweep(args.interviews), spent())
    elif args.part == "sweep":
        lines = sweep(args.interviews)
    else:
        lines = spent([int(args.part.removeprefix("blind"))])
    with args.out.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
