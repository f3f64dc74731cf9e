"""Count how notes items are said in our drafts of the spent writer_blind sets: seams a reader takes for pasted notes.

    PYTHONPATH=src python bench/sentence_seams.py [--save drafts.json | --load drafts.json] [--show 5] [SET_DIR ...]

Drafts every notes file of the sets given (default writer_blind40 … 54, each at its now.yaml moment, the default
tone; writer_self_check.spent_drafts) or reads a saved run, and counts in the middle paragraphs: a small ordinal in
digits before a word ('the 2nd shop'), a small count in digits before a word ('at 3 enduro events'; labels such as
'level 2' are counted too, so read the examples), a stock frame saying a topic on its own ('I keep coming back to
how …'), and a preposition before a bare compound headed by a singular noun ('about parking policy study'; a
heuristic, read the examples). Spent sets only: a development bench, not evidence of quality.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from afterview.writer.tagger import tags, tokens

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_ORDINAL = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)\b(?! (?:of )?{_MONTHS})(?=[ -][a-z])")
_SMALL = re.compile(r"(?<![\w$£€.,:/-])[1-9](?![\w%.,:/-]) +(?!(?:am|pm|km|kg|h|x|of|to|and|or)\b)[a-z]{3,}")
_STOCK = re.compile(
    r"(?:^|(?<=[.!?] ))(?:I keep coming back to|I have continued to reflect on|It helped to understand that|"
    r"The part of the (?:role|position) I keep (?:coming back|returning) to|I was glad to hear your thinking on)"
    r"[^.!?]*[.!?]"
)
_PREPOSITIONS = frozenset("on for into of about with from to at in by over around".split())
_DETERMINERS = frozenset(
    "a an the my your our their its his her this that these those each every some any no one two three both all "
    "another which what more most less much many such".split()
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def bare_compounds(sentence: str) -> list[str]:
    """'about parking policy study': a preposition, then two or more lower-case nouns or adjectives, the last a
    singular noun, with no determiner."""
    words = tokens(sentence)
    found = tags(words) or []
    out = []
    for n in range(len(found) - 2):
        if words[n].lower() not in _PREPOSITIONS or words[n + 1].lower() in _DETERMINERS:
            continue
        end = n + 1
        while end < len(words) and found[end].split("|")[0] in ("ADJ", "NOUN") and words[end].islower():
            end += 1
        head = words[end - 1] if end > n + 1 else ""
        if end - n > 2 and found[end - 1].startswith("NOUN") and not head.endswith(("s", "ing")):
            out.append(" ".join(words[n:end]))
    return out


def drafted(sets: list[Path]) -> list[dict[str, str]]:
    sys.path.insert(0, str(Path(__file__).parent))
    from writer_self_check import spent_drafts

    return [{"where": w, "kind": p.kind.value, "body": d.body} for w, p, d in spent_drafts(sets)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--load", type=Path)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    if args.load:
        drafts = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        drafts = drafted(args.sets or [here / f"writer_blind{n}" for n in range(40, 55)])
    if args.save:
        args.save.write_text(json.dumps(drafts, indent=1), encoding="utf-8")
    counts: collections.Counter[str] = collections.Counter()
    shown: dict[str, list[str]] = collections.defaultdict(list)
    for draft in drafts:
        paragraphs = draft["body"].strip().split("\n\n")
        for paragraph in paragraphs[1:-1] if len(paragraphs) > 2 else paragraphs[:1]:
            for sentence in _SENTENCE.split(paragraph.replace("\n", " ")):
                for name, hits in (
                    ("ordinal in digits", _ORDINAL.findall(sentence)),
                    ("small count in digits", _SMALL.findall(sentence)),
                    ("stock topic line", _STOCK.findall(sentence)),
                    ("bare compound", bare_compounds(sentence)),
                ):
                    counts[name] += len(hits)
                    if hits and len(shown[name]) < args.show:
                        shown[name].append(f"{draft['where']}: {sentence.strip()}")
    print(f"drafts: {len(drafts)}")
    for name in ("ordinal in digits", "small count in digits", "stock topic line", "bare compound"):
        print(f"{counts[name]:4} {name}")
        for line in shown[name]:
            print(f"       {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
