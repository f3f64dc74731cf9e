"""Per class (bare résumé line, echo, form filler, tie), thank-you drafts showing it in two pool runs (writer56):

python bench/thank_you_classes.py BEFORE.json AFTER.json [diff]
"""

import json
import re
import sys
from pathlib import Path

before, after = (json.loads(Path(p).read_text()) for p in sys.argv[1:3])
SENT = re.compile(r"[^.!?\n]+[.!?]")
FILLER = [
    "I can expand on any part of my experience",
    "I am happy to send anything that would help",
    "I am happy to go into more detail",
    "I am free for a follow-up call",
    "I can go into more detail",
    "I am available for a further conversation",
    "Should anything further help your decision",
    "bring what I learned from that work to this role",
    "put what I learned from that work to use",
]
FRAMES = re.compile(r"\b(you|your|would|glad|role|position|team|enjoy|hope|thank|look forward)\b", re.I)


_DEED = re.compile(r"I (?:also )?(?!(?:smiled|enjoyed|appreciated|learned|valued|liked|loved)\b)[a-z]+ed\b")


def sentences(body):
    return [s.strip() for s in SENT.findall(body)]


def bare(body):
    return [s for s in sentences(body) if _DEED.match(s) and not FRAMES.search(s)]


def echo(body):
    out = []
    ss = sentences(body)
    for i, s in enumerate(ss):
        if re.match(r"(You (noted|mentioned|explained) that|I understand from our)", s):
            nxt = ss[i + 1] if i + 1 < len(ss) else ""
            words = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", s)}
            if not words & {w.lower() for w in re.findall(r"[A-Za-z]{5,}", nxt)}:
                out.append(s + " || " + nxt)
    return out


def filler(body):
    return [s for s in sentences(body) if any(f in s for f in FILLER)]


def tie(body):
    return [
        s
        for s in sentences(body)
        if re.search(
            r"close to my own|touches on my own|relates closely to my own|close to work I have|"
            r"In my own work|In related work|On a related problem|similar problem",
            s,
        )
    ]


def findings(m, cat):
    fs = m.get("findings") or m.get("checks") or []
    return [f for f in fs if cat in json.dumps(f)]


keys = [k for k in before if "/thank_you/" in k and k in after]
print("thank-you drafts:", len(keys), " changed:", sum(before[k]["body"] != after[k]["body"] for k in keys))
for name, fn in (
    ("bare résumé line", bare),
    ("echo with unrelated next", echo),
    ("form filler", filler),
    ("tie sentence", tie),
):
    b = sum(bool(fn(before[k]["body"])) for k in keys)
    a = sum(bool(fn(after[k]["body"])) for k in keys)
    print(f"{name}: before {b}, after {a}")
for cat in ("length", "claims"):
    b = sum(bool(findings(before[k], cat)) for k in keys)
    a = sum(bool(findings(after[k], cat)) for k in keys)
    print(f"drafts with a {cat} finding: before {b}, after {a}")
if len(sys.argv) > 3:
    for k in keys:
        if before[k]["body"] != after[k]["body"]:
            print("\n####", k)
            import difflib

            print(
                "\n".join(
                    difflib.unified_diff(before[k]["body"].split("\n"), after[k]["body"].split("\n"), lineterm="", n=0)
                )
            )
