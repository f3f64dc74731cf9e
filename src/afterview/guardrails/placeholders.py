"""Template and bracket placeholders that must not survive into a sent message."""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext

# TODO as a leftover marker, not the noun ("fails the build on stray TODO comments"): followed by a
# colon or a dash, alone on a line, or at the start or the end of a sentence.
_TODO = re.compile(
    r"\bTODO\b(?=\s*[:\-\u2013\u2014])"
    r"|\bTODO\b(?=\s*(?:[.!?)\]]|$))"
    # a note to self: TODO before an instruction ("TODO add line about the kiln", "TODO check the date")
    r"|\bTODO(?=\s+(?:add|insert|write|check|confirm|fix|mention|fill|put|update|change|remove|find|look|ask"
    r"|finish|rewrite|expand|cut|shorten|verify)\b)"
    r"|(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[(\[]))TODO\b"
    r"(?!\s+(?:comments?|items?|lists?|markers?|notes?|tags?|apps?|entries|entry)\b)",
    re.M,
)
# A number left as a placeholder: "by XX%", "N%", "$XX", "#XXX", "XX years" (X or N, not real words).
_UNITS = (
    r"years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|ms|percent|people|engineers"
    r"|users|customers|clients|services|teams|times|k|K|M|million|thousand|billion"
)
_NUMBER = re.compile(
    r"(?<![\w$#])(?:[Xx]+|N+)(?:[.,][Xx]+)?\s?%"  # XX%, X%, N%, x.x%
    r"|\$\s?(?:[Xx]+|N+)(?:[.,][Xx]+)*[kKmMbB]?\b"  # $XX, $X,XXX, $Xk
    r"|#\s?(?:X+|N+)\b"  # #XX
    rf"|\b(?:[Xx]{{2,}}|N{{2,}})\+?[\s-]?(?:{_UNITS})\b"  # XX years, NN ms
)
PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S),  # Jinja
    re.compile(r"\{\s*[A-Za-z_][\w .-]{0,40}\}"),  # {name}
    # [Name], [Your Name], a note to self "[relocation details: confirm the amount]"; not [1] or markdown links
    re.compile(r"\[(?!\s*\d+\s*\])[^\]\n]{1,120}\](?!\()"),
    re.compile(r"<\s*[A-Za-z_][A-Za-z_ -]{0,40}>"),  # <COMPANY>, <company>
    # an editing instruction left in parentheses: "(insert award name)", "(add link)", "(name of the prize)"
    re.compile(
        r"\(\s*(?:insert|add|fill(?:\s+in)?|enter|paste|put(?:\s+in)?|look\s+up|name\s+of|link\s+(?:to|here)"
        r"|date\s+(?:of|here))\b[^()\n]{0,60}\)",
        re.I,
    ),
    re.compile(r"\$\{?[A-Za-z_]\w*\}?|%\(\w+\)s|(?<![\w%])%s\b"),  # $name, %(name)s, %s
    re.compile(r"\b(?:TBD|FIXME|XXX+|INSERT \w+)\b"),
    _TODO,
    _NUMBER,
    re.compile(r"\blorem ipsum\b", re.I),
    re.compile(r"_{3,}"),  # fill-in blanks
)


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    return list(_placeholder_spans(text))


def without_placeholders(text: str) -> str:
    """The text with each placeholder blanked to spaces (offsets kept): other checks leave them to this one."""
    out, last = [], 0
    for start, end in _placeholder_spans(text):
        out += [text[last:start], " " * (end - start)]
        last = end
    return "".join(out) + text[last:]


@lru_cache(maxsize=256)
def _placeholder_spans(text: str) -> tuple[tuple[int, int], ...]:
    """placeholder_spans(), once per text (placeholders, facts and tone all ask)."""
    spans = sorted({m.span() for p in PATTERNS for m in p.finditer(text)})
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


def check_placeholders(draft: Draft, ctx: CheckContext) -> list[Finding]:
    found = []
    for start, end in placeholder_spans(draft.subject or ""):
        text = (draft.subject or "")[start:end]
        found.append(
            Finding(
                "placeholders",
                "error",
                "placeholder",
                f"The subject still has the placeholder '{text}'; fill it in.",
            )
        )
    for start, end in placeholder_spans(draft.body):
        text = draft.body[start:end]
        found.append(
            Finding(
                "placeholders",
                "error",
                "placeholder",
                f"'{text}' is placeholder text; replace it with the real words before sending.",
                (start, end),
            )
        )
    return found + _to_attach(draft)


# "I've attached the case study", "enclosed is my portfolio", "I've included the portfolio link": the words promise
# something the message must carry when it goes.
_ATTACHED = re.compile(
    r"\b(?:(?:I(?:'ve| have)|I) (?:attached|enclosed|included)|(?:attached|enclosed) (?:is|are)|please find attached)\b"
    r"[^.!?\n]*",
    re.IGNORECASE,
)


def _to_attach(draft: Draft) -> list[Finding]:
    """An info reminder for each sentence that says something is attached or included (a link: paste it in)."""
    found = []
    for m in _ATTACHED.finditer(draft.body):
        said = m.group().strip()
        what = "paste the link in" if re.search(r"\b(?:link|url|website)\b", said, re.IGNORECASE) else "attach it"
        found.append(
            Finding(
                "placeholders",
                "info",
                "attach_before_sending",
                f"'{said[:80]}': {what} before you send.",
                (m.start(), m.end()),
            )
        )
    return found
