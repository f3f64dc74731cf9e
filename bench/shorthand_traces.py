"""Notes shorthand left in the offline writer's final drafts, over the notes of every spent writer_blind set.

    PYTHONPATH=src .venv/bin/python bench/shorthand_traces.py [--show 5] [--dump F] [SET_DIR ...]

Counts, in the middle paragraphs of each draft (not the greeting, not the sign-off): digits for a small count in
running prose ('with 2 referees', 'my team of 4'); two 'with' phrases in one clause ('… with a form with my
team'); a sentence-final 'there' or 'here' with no place named before it in the letter; a year or a range of
years pasted after a clause ('apprenticeship 2019-2023'); 'N years' run into its work ('five years welding').
Default sets: writer_blind30 to writer_blind41 (spent: a development bench, not evidence).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from writer_self_check import spent_drafts

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_SMALL = re.compile(r"(?<![\w$£€.,:/–-])(?:[1-9]|10)(?![\w%.,:/–-])(?!\s?(?:am|pm|a\.m|p\.m)\b)\s+[a-z]+")
_MONTH_NEAR = re.compile(rf"\b{_MONTHS}\s*$")
# a label's number ('Stage 2', 'level 4', 'line 2') and a measure's ('5 m', '4 ha') are no counts
_LABEL_BEFORE = re.compile(r"\b(?:stage|phase|level|grade|line|round|step|version|room|floor|gate|route|no)\s*$", re.I)
_UNIT_AFTER = re.compile(r"\s+(?:m|km|kg|ha|ft|mm|cm|t|h|a|am|pm|x)\b")
_WITH_WITH = re.compile(r"\bwith\b(?:(?!\band\b|[,;:.!?]).)*?\bwith\b")
_DANGLING = re.compile(r"\b(?!same |use )[a-z]+ (?:there|here)(?=[.,!?])")
_PLACE = re.compile(r"\b(?:at|in|to|from|visit(?:ed|ing)?|tour(?:ed)?) (?:the )?[A-Z][a-z]")
_YEARS = re.compile(
    r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b|(?<!\bin )(?<!\bsince )(?<!\bfrom )(?<!\bto )(?<!\buntil )"
    r"(?<!\bby )(?<!\bof )(?<!\band )(?<!\bor )(?<!\bthrough )(?<!\bbefore )(?<!\bafter )(?<!\bduring )"
    r"(?<!\bsummer )(?<!\bspring )(?<!\bwinter )(?<!\bautumn )(?<!\bfall )(?<![\d,] )"
    r"(?<!\bfor )(?<!\bthe )(?<!\ba )(?<!\ban )\b(?:19|20)\d\d\b(?![-–/\d])(?=[.,;!?]|$)"
)
_YEARS_RUN = re.compile(
    r"(?<!spent )\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty) (?:years?|months?) "
    r"(?!ago|old|later|earlier|before|after|since|now|running|in\b|of\b|at\b|as\b|with\b|on\b|for\b|and\b|to\b)"
    r"[a-z]+ing\b"
)


def _count(text: str, m: re.Match[str]) -> bool:
    before = text[: m.start()]
    unit = _UNIT_AFTER.match(text[m.start() + len(m.group().split()[0]) :])
    return not (_MONTH_NEAR.search(before) or _LABEL_BEFORE.search(before) or unit)


def _middle(body: str) -> str:
    paragraphs = body.rstrip("\n").split("\n\n")
    if len(paragraphs) < 3:
        first = body.partition("\n")[0]
        return first.split(". ", 1)[1] if ". " in first else first
    return "\n\n".join(paragraphs[1:-1])


def traces(body: str) -> list[tuple[str, str]]:
    """(kind, the words) of each shorthand trace in `body`'s middle paragraphs."""
    text = _middle(body)
    out = [("small count in digits", m.group(0)) for m in _SMALL.finditer(text) if _count(text, m)]
    out += [("with … with", m.group(0)) for m in _WITH_WITH.finditer(text)]
    for m in _DANGLING.finditer(text):
        if not _PLACE.search(text[: m.start()]):
            out.append(("dangling there/here", m.group(0)))
    years = [m for m in _YEARS.finditer(text) if not _MONTH_NEAR.search(text[: m.start()])]
    out += [("pasted year or range", m.group(0)) for m in years]
    out += [("N years run into its work", m.group(0)) for m in _YEARS_RUN.finditer(text)]
    return out


def _around(body: str, words: str) -> str:
    at = body.find(words)
    return "…" + " ".join(body[max(0, at - 70) : at + len(words) + 40].split()) + "…"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--dump", type=Path, help="write every draft's body to this JSON file")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    sets = args.sets or [here / f"writer_blind{n}" for n in range(30, 42)]
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    bodies: dict[str, str] = {}
    drafts = 0
    for where, planned, draft in spent_drafts(sets):
        drafts += 1
        bodies[f"{where} {planned.kind.value} {planned.to.name}"] = draft.body
        for kind, words in traces(draft.body):
            counts[kind] += 1
            if len(shown[kind]) < args.show:
                shown[kind].append(f"{where}: {_around(draft.body, words)}")
    print(f"drafts: {drafts}; traces: {sum(counts.values())}")
    for kind, n in counts.most_common():
        print(f"{n:4} {kind}")
        for line in shown[kind]:
            print(f"       {line}")
    if args.dump:
        args.dump.write_text(json.dumps(bodies, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
