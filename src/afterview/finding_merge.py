"""One finding per problem: findings of one check and code on the same sentence become one that lists the phrases.

"I expect to hear back by Friday, so send it ASAP" is one pushy sentence, not three errors.
"""

from __future__ import annotations

import re
from dataclasses import replace

from afterview.draft import Finding

_QUOTED = re.compile(r"'([^']+)'")


def merge_overlapping(findings: tuple[Finding, ...], body: str) -> tuple[Finding, ...]:
    """Findings with a span that share check, code, severity and suggestion and fall in one sentence
    are merged into the first of them; its message names every phrase. Findings with their own fix
    (two misspellings, each with its correction) stay apart. Order is otherwise kept."""
    from afterview.guardrails.text import sentences

    bounds = [(s.start, s.end) for s in sentences(body)]

    def sentence_of(span: tuple[int, int]) -> int:
        return next((n for n, (start, end) in enumerate(bounds) if start <= span[0] < end), -1)

    groups: dict[tuple[str, str, str, str | None, int], list[Finding]] = {}
    order: list[Finding | tuple[str, str, str, str | None, int]] = []
    for finding in findings:
        if finding.span is None:
            order.append(finding)
            continue
        sentence = sentence_of(finding.span)
        if sentence == -1:
            sentence = -1 - finding.span[0]  # outside every sentence: on its own
        key = (finding.check, finding.code, finding.severity, finding.suggestion, sentence)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(finding)
    out: list[Finding] = []
    for item in order:
        out.append(item if isinstance(item, Finding) else _merged(groups[item], body))
    return tuple(out)


def _merged(group: list[Finding], body: str) -> Finding:
    first = group[0]
    if len(group) == 1:
        return first
    spans = [f.span for f in group if f.span is not None]
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    phrases = list(dict.fromkeys(_phrase(f, body) for f in group))
    others = ", ".join(f"'{p}'" for p in phrases[1:] if p)
    if not others:
        return replace(first, span=(start, end))
    quoted = _QUOTED.search(first.message)
    if quoted:
        message = first.message[: quoted.end()] + f" (also {others})" + first.message[quoted.end() :]
    else:
        message = first.message.rstrip() + f" (also {others})"
    return replace(first, message=message, span=(start, end))


def _phrase(finding: Finding, body: str) -> str:
    """The phrase a finding is about: the one its message quotes, else the text of its span."""
    quoted = _QUOTED.search(finding.message)
    if quoted:
        return quoted.group(1)
    assert finding.span is not None
    return body[finding.span[0] : finding.span[1]]
