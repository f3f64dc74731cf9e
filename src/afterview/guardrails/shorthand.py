"""Notes shorthand left in a letter (a `fluency` warning): "in Oct", "~6 wks", "9 -> 15", "w/ the
team", "b/c", "cost vs speed", "license # + a sample", "Yellow Book / single audit exp", "how team is
swamped". People jot these minutes after a call; a thank-you or a status
check says "in October", "about six weeks", "from 9 to 15", "with the team", "because". Any draft:
template, LLM or hand-written. A LinkedIn message in the concise tone is chat, and is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.draft import Draft, Finding
from afterview.guardrails.placeholders import placeholder_spans
from afterview.vocabulary import Channel

_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# Each shorthand and the words a letter uses instead.
# A tilde before a figure ("~0.3% of devices") is how engineers write in email too: style advice (info), not a
# seam of the notes; "~6 wks" still warns for its unit.
_APPROX = re.compile(r"(?:~|≈)\s*[$£€]?\d[\w.,%]*")
# "COG vs Zarr", "Metabase vs. Looker", "S3 vs GCS": two named things compared, as a letter may well name them; "vs"
# is shorthand where it stands for a comparison of plain words a sentence should say ("cancel vs delay")
_VERSUS = re.compile(r"(\S+)\s+vs\.?\s+(\S+)")
_NAMED = re.compile(r"[\W_]*(?:[A-Z]|\w*\d)[\w.+#-]*[\W_]*")
_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = (
    (_APPROX, "'about …'"),
    (re.compile(r"\S+\s*(?:->|→|=>)\s*\S+"), "'from … to …'"),
    (re.compile(r"(?<![\w/])w/o\b", re.I), "'without'"),
    (re.compile(r"(?<![\w/])w/(?=\s*\w)", re.I), "'with'"),
    (re.compile(r"(?<![\w/])b/c(?!\w)", re.I), "'because'"),
    (
        re.compile(r"\b\d+(?:\.\d+)?\s*(?:wks?|yrs?|hrs|mins|mos|mths?)\b\.?", re.I),
        "the unit in full ('weeks', 'years')",
    ),
    (re.compile(r"\b(?:wks|yrs|mgr|mgmt|dept|govt|approx|thru|ppl|mtg|abt|exp)\b\.?"), "the word in full"),
    # a sign standing alone between words, where a letter has a word: "license # + a sample", "Yellow Book / single
    # audit" ("C#", "A+", "+44 20 …", "24/7", "and/or", "1/3" and links have no space on one side)
    (re.compile(r"(?<=\w)[ \t]+\+[ \t]+(?=\w)"), "'and'"),
    (re.compile(r"(?<=\w)[ \t]+#(?=[ \t]|[.,;:]|$)", re.M), "'number'"),
    (re.compile(r"(?<=[A-Za-z])[ \t]+/[ \t]+(?=[A-Za-z])"), "'and', 'or', or two sentences"),
    # a dropped article: "how team is swamped", "because company has grown"
    (
        re.compile(
            r"\b(?:how|because|since|while|when|where|and|but|so|if)\s+(?:team|company|department|office|firm|org"
            r"|group|manager|role|position|project)\s+(?:is|was|has|had|will|would|seems)\b"
        ),
        "the article in ('how the team is')",
    ),
    (
        re.compile(
            r"\b(?:in|by|on|since|until|from|early|mid|late|last|next|this|of)[\s-]+" + _MONTH + r"\b\.?(?!\s*\d)"
        ),
        "the month in full ('October')",
    ),
    (re.compile(r"\b(?:Tues|Weds|Thurs)\b\.?"), "the day in full ('Tuesday')"),
    (_VERSUS, "'versus', or 'and' between two options"),
)
_BRACKETED = re.compile(r"\[[^\]\n]*\]")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.-]*$")
_NAME_AFTER = re.compile(r"[A-Z][\w.-]*\b")
LIMIT = 3  # one warning a shorthand, at most three a message


def shorthand(draft: Draft, items: Sequence[str] = ()) -> list[Finding]:
    """Warnings for notes shorthand in the body of a letter. A 'vs' the writer chose ("refunds vs credits") is style
    advice (info); one copied from a notes item (`items`) is a seam of the notes, a warning."""
    if draft.channel is Channel.linkedin and draft.tone == "concise":
        return []
    found: list[Finding] = []
    brackets = [b.span() for b in _BRACKETED.finditer(draft.body)]
    # a line holding a placeholder ("TODO: attach portfolio PDF + references") is a note to self, left for the
    # placeholders check: the whole line, not only its marker
    for a, _ in placeholder_spans(draft.body):
        brackets.append((draft.body.rfind("\n", 0, a), (draft.body.find("\n", a) + 1 or len(draft.body) + 1) - 1))
    for pattern, instead in _SHORTHAND:
        for m in pattern.finditer(draft.body):
            if "://" in m.group():  # a link, not shorthand
                continue
            if any(a < m.start() < b for a, b in brackets):
                continue  # "[reference name + phone]": a placeholder left to fill, the placeholders check's
            # a stack of named tools ("Dask + Zarr", "React + TypeScript") is how engineers write it in a letter too:
            # style advice, not a seam of the notes
            named = (
                instead == "'and'"
                and _NAME_BEFORE.search(draft.body, 0, m.start()) is not None
                and _NAME_AFTER.match(draft.body, m.end()) is not None
            )
            if pattern is _VERSUS and (
                all(_NAMED.fullmatch(side) for side in m.groups())
                or not _copied(m.group(), items)
                or not _pasted(draft.body, m.start())
            ):
                named = True
            found.append(
                Finding(
                    "fluency",
                    "info" if pattern is _APPROX or named else "warning",
                    "notes_shorthand",
                    f"'{m.group().strip()}' is notes shorthand; a letter writes it out.",
                    (m.start(), m.end()),
                    f"Write {instead}.",
                )
            )
            break
    return sorted(found, key=lambda f: f.span or (0, 0))[:LIMIT]


# Where a 'vs' stands as a pasted fragment of the notes, not inside a sentence: after a colon in its sentence ("about
# this topic: in-house wiring vs vendor looms"), in brackets ("(linen vs dyneema)"), or on a bulleted line. Inside a
# sentence ("Gouache vs digital is a debate I love", "our chat about X vs Y") it is the writer's style: info.
_FRAGMENT_BEFORE = re.compile(r"(?::\s|\(|^[ \t]*[-*\u2022])[^.!?\n:()]*$", re.M)


def _pasted(body: str, start: int) -> bool:
    line_start = body.rfind("\n", 0, start) + 1
    return _FRAGMENT_BEFORE.search(body[line_start:start]) is not None


def _copied(said: str, items: Sequence[str]) -> bool:
    """Whether the words around a 'vs' stand so in one of the notes' items."""
    key = " ".join(re.sub(r"vs\.", "vs", said.lower()).split()).strip(".,;:!?\u2014")
    return any(key in " ".join(re.sub(r"vs\.", "vs", item.lower()).split()) for item in items)
