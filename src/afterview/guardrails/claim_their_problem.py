"""Their problem said to be one the candidate already solved: an interviewer's challenge or topic, or the
company's news, named in the sentence and then claimed as done by the candidate, in shapes the other claim
patterns do not read:

- taken back with a pronoun: "the shortages on the Hamburg line are very similar to those I resolved at X",
  "your forecasting model is close to the one I built for X";
- a verb of solving with their problem as its object: "my scripts already cleared a two-week backlog at X",
  "it's basically how we stopped seal failures at X";
- a tool of mine said to have made someone fix it: "my template is what got the Durban office to cut its late
  reports".

It holds only when the candidate's own fields (highlights, since_interview) do not hold the problem: "the
foaming you've seen is a problem I know well; my blending plan cut foaming incidents by 60%" is theirs and mine.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_our import not_ours
from afterview.guardrails.claim_support import clause, covered, finding, found_anywhere, interview_part, key_stems
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

# verbs of fixing a problem (an alternation, grouped where it is used)
_FIXED = r"resolved|solved|fixed|cleared|stopped|eliminated|tackled|sorted out|overcame|got rid of|cured"
# (taken back with a pronoun, a thing made counts too: "close to the one I built for X")
_SOLVED = rf"(?:{_FIXED}|beat|ended|turned around|built|developed|designed|created)"
_ONE_I = re.compile(
    rf"\b(?:those|the ones?|the same ones?|one|the same)(?: that)? (?:I|we)(?:'ve|'d| have| had)?"
    rf"(?: (?:already|also|once|previously|successfully))? {_SOLVED}\b",
    re.I,
)
_I_SOLVED = re.compile(
    r"\b(?:I|we|my (?:[\w-]+ ){0,2}[\w-]+)(?:'ve|'d| have| had)?(?: (?:already|also|basically|once|previously"
    rf"|successfully|actually))* (?P<verb>{_FIXED})\s+(?P<obj>\S)",
    re.I,
)
_MADE_THEM = re.compile(
    r"\bmy (?:[\w-]+ ){0,3}?[\w-]+ (?:is|was) (?:what|the thing that|how) (?:got|helped|allowed|enabled|let|made)"
    r" [^,.;:!?]{1,60}? (?:to )?(?P<verb>cut|reduce|fix|clear|stop|halve|eliminate|end|solve|bring down)\s+(?P<obj>\S)",
    re.I,
)

# "we" in a clause of time about their work, before the candidate is hired: "When we bring digester 3 up to full load"
_WE_WHEN = re.compile(
    r"\b(?:when|once|as soon as|after|before|until|if|as) we (?:\w+ly )?(?P<verb>[a-z]+)\b",
    re.I,
)
_NOT_THEIR_WORK = frozenset(
    "spoke met talked discussed chatted both all agreed last first finally get meet speak talk work are were had did"
    " have".split()
)


_MODALS = frozenset("can could will would should may might must shall".split())


def _verb_lemma(word: str) -> str:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    forms = lemminflect.getAllLemmas(word).get("VERB")
    return str(forms[0]) if forms else ""


def _theirs_not_mine(text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]) -> bool:
    """`text` holds two or more of their items' key words, and the candidate's own items hold at most half."""
    wanted = key_stems(text, notes)
    if len(wanted) < 2:
        return False
    held = [w for w in wanted if covered([w], theirs) == 1.0]
    mine = [w for w in held if found_anywhere(w, own)]
    return len(held) >= 2 and len(mine) * 2 <= len(held) and covered(held, own) < 1.0


def their_problem_in(
    sentence: Piece, text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]
) -> list[Finding]:
    """Their challenge or topic claimed as already solved by the candidate, in one sentence (at most one)."""
    m = _ONE_I.search(text)
    if m is not None and _theirs_not_mine(text[: m.start()], notes, own, theirs):
        return [_said(sentence, m)]
    for pattern in (_I_SOLVED, _MADE_THEM):
        m = pattern.search(text)
        if m is not None and interview_part(text[m.start("obj") :]):
            continue  # "I solved the SQL case without difficulty": a part of the interview, not their problem
        if m is not None and _theirs_not_mine(clause(text, m.start("obj")), notes, own, theirs):
            return [_said(sentence, m)]
    return []


def _said(sentence: Piece, m: re.Match[str]) -> Finding:
    return finding(
        "unsupported_claim",
        sentence,
        m,
        f"'{m.group().strip()}' claims you already solved their problem; your highlights and since_interview do not"
        " hold it.",
        "Say how your own work relates to their problem, and offer to help; do not claim you already solved it.",
    )


def their_we_in(
    sentence: Piece, text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]
) -> list[Finding]:
    """'we' in a clause of time whose object is their work and not the candidate's (at most one finding)."""
    m = _WE_WHEN.search(text)
    verb = m.group("verb").lower() if m else ""
    # a verb in its base form only: "when we got", "if we could" are the past or a wish, not their work ahead
    if m is None or verb in _NOT_THEIR_WORK or verb in _MODALS or _verb_lemma(verb) != verb:
        return []
    if not _theirs_not_mine(clause(text, m.end()), notes, own, theirs):
        return []
    return [not_ours(sentence, m, "Say 'when the team ...' or 'when you ...', and 'I' for yourself.")]
