"""What the offline writer's thank-yous use of the notes, on every spent blind set (not blind: measured after reading).

    .venv/bin/python bench/writer_items.py            # a summary per set and overall
    .venv/bin/python bench/writer_items.py --show     # also each thank-you: items available / used, generic lines

Per thank-you: the notes items available (the recipient's topics, challenges, rapport; the candidate's
highlights) and those the draft used (most of an item's content words, or its number, in the body).
A sentence "fits any interview" when it names nothing of the notes (no content word of an item, the news,
a name) and is no thanks: the filler the judges quoted ("This role is the next step I have been working toward.").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from statistics import mean

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from writer_blind import our_drafts

ROOT = Path(__file__).resolve().parents[1]
SETS = [
    "writer_blind",
    "writer_blind4",
    "writer_blind6",
    "writer_blind7",
    "writer_blind8",
    "writer_blind9",
    "writer_blind10",
]
_STOP = set(
    "that this with from have their there they were what when your about into over just also very much more "
    "some than then them been being would could should will were week weeks each every team role work".split()
)
_WORD = re.compile(r"[A-Za-zÀ-ɏ]{4,}|\d+(?:[.,]\d+)?")


def content(text: str) -> set[str]:
    return {w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _STOP}


def used(item: str, body: str) -> bool:
    words = content(item)
    have = content(body)
    numbers = {w for w in words if w[:1].isdigit()}
    if numbers & have:
        return True
    return bool(words) and len(words & have) >= max(1, (len(words) + 1) // 2)


_SENT = re.compile(r"(?<=[.!?])\s+")


def generic_lines(body: str, notes: dict) -> list[str]:
    """Sentences of the body's middle that name nothing of the notes and thank no one."""
    people = notes.get("interviewers") or []
    specific: set[str] = set()
    for p in people:
        for key in ("topics", "challenges", "rapport"):
            for item in p.get(key) or []:
                specific |= content(str(item))
        specific |= content(str(p.get("name", "")))
    for key in ("highlights", "since_interview"):
        for item in (notes.get("candidate") or {}).get(key) or []:
            specific |= content(str(item))
    for item in (notes.get("company") or {}).get("news") or []:
        specific |= content(str(item))
    for item in notes.get("requested") or []:
        specific |= content(str(item))
    paragraphs = body.strip().split("\n\n")[1:-1]
    out = []
    for paragraph in paragraphs:
        for sentence in _SENT.split(paragraph.strip()):
            low = sentence.lower()
            if not sentence or re.search(r"\b(thank|thanks|grateful|appreciat)", low):
                continue
            if not (content(sentence) & specific):
                out.append(sentence)
    return out


def _line(name: str, per: dict[str, list[float]]) -> str:
    used, avail = mean(per["used"]), mean(per["avail"])
    return (
        f"{name:<15} thank-yous {len(per['used']):>3}  items used {used:.2f} of {avail:.2f}"
        f"  zero-highlight (HM/peer/exec) {sum(per['zero_hl']):>2}  none of theirs {sum(per['zero_any']):>2}"
        f"  generic lines/message {mean(per['generic']):.2f}"
    )


def main(show: bool) -> int:
    totals: dict[str, list[float]] = {"used": [], "avail": [], "zero_hl": [], "zero_any": [], "generic": []}
    for name in SETS:
        root = ROOT / "bench" / name
        nows = yaml.safe_load((root / "now.yaml").read_text(encoding="utf-8"))
        per: dict[str, list[float]] = {k: [] for k in totals}
        for path in sorted((root / "notes").glob("*.yaml")):
            notes = yaml.safe_load(path.read_text(encoding="utf-8"))
            highlights = [str(h) for h in (notes.get("candidate") or {}).get("highlights") or []]
            people = {p["name"]: p for p in notes.get("interviewers") or []}
            for message in our_drafts(path, str(nows[path.stem])):
                body = str(message["body"])
                per["generic"].append(len(generic_lines(body, notes)))
                if message["kind"] != "thank_you":
                    continue
                person = people.get(str(message["to"]), {})
                theirs = [str(i) for k in ("topics", "challenges", "rapport") for i in person.get(k) or []]
                got = [i for i in theirs if used(i, body)]
                hl = [h for h in highlights if used(h, body)]
                per["avail"].append(len(theirs) + len(highlights))
                per["used"].append(len(got) + len(hl))
                role = person.get("role", "")
                per["zero_hl"].append(
                    int(bool(highlights) and not hl and role in ("hiring_manager", "peer", "executive"))
                )
                per["zero_any"].append(int(bool(theirs) and not got))
                if show:
                    print(
                        f"{name}/{path.stem} → {message['to']} ({role}, {message['channel']}): "
                        f"theirs {len(got)}/{len(theirs)}, highlights {len(hl)}/{len(highlights)}"
                    )
                    for line in generic_lines(body, notes):
                        print(f"    generic: {line}")
        for k in totals:
            totals[k] += per[k]
        print(_line(name, per))
    print(_line("all", totals) + f" ({sum(totals['generic']):.0f} in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main("--show" in sys.argv))
