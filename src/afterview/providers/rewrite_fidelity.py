"""Does a rewrite say what the template writer's draft said? Who did what, numbers, names, dates,
causes and promises, compared with the draft the model was asked to reword (issue 16).

The rewrite strategy hands the model a draft whose facts are right; the model may change the words,
not what they claim. What a small model gets wrong, and this module catches without another call:

    "You were candid about long waits"      → "I was candid about long waits"   (the reader's side
                                                                                 made the candidate's)
    "I built the pipeline"                  → "You built the pipeline"           (and the other way)
    "… monthly donors is the part I have    → "I have a good idea for how to    (a claim the draft
     thought about most since"                 grow monthly donors"               never makes)
    "raised $250,000"                       → "raised $300,000"                  (a number, name, date
                                                                                 or product not in it)
    two items in separate sentences         → "X, which reduced Y"               (a cause it never gave)

Each problem is a `Finding` (check "fidelity") with the span of the rewrite's words, so the repair
round can quote them. No NLP library: clauses are found by their subject pronoun, and a clause's
content words (stems) are looked up in the draft's clauses of each side. Cheap: microseconds per draft.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.providers.rewrite_clauses import WORD, clauses, content, sentence_spans, stem
from afterview.shorthand_words import NUMBER_WORDS as SPELLED_NUMBERS

CHECK = "fidelity"

# Spelled numbers as the checks read them, plus the ones only a rewording uses.
_NUMBER_WORDS = {word: str(n) for word, n in SPELLED_NUMBERS.items()} | {
    "zero": "0", "half": "0.5", "twice": "2", "double": "2",
}  # fmt: skip
_RELATIVE_DAYS = (
    "today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon", "this week",
    "last week", "next week", "this month", "next month", "last month", "this year", "next year",
)  # fmt: skip

# A cause or result joining two things: the draft's own, or none.
_CAUSAL = re.compile(
    r",? (?:which|that|this) (?:in turn )?(?:reduced|cut|increased|improved|saved|raised|lowered|doubled|halved|"
    r"led to|helped|made|allowed|enabled|meant|resulted in|brought|drove|boosted|grew|solved|fixed|"
    r"prevented|removed|eliminated|shortened|sped up)\b"
    r"|\bso that\b|\bas a result\b|\bresult(?:ed|ing) in\b|\blead(?:ing)? to\b|\bled to\b|\bbecause\b|\bthanks to\b"
    r"|\bdue to\b|\btherefore\b|\bthereby\b|\bwhich is why\b|\bthat is why\b|\bthat's why\b",
    re.I,
)


def _numbers(text: str) -> set[str]:
    found = set()
    for m in re.finditer(r"\d(?:[\d,.]*\d)?", text):
        found.add(m.group().replace(",", ""))
    for word in re.findall(r"[A-Za-z]+", text.lower()):
        if word in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[word])
    return found


_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


_MONTH_ORDER = "january february march april may june july august september october november december".split()


def _same_date_word(word: str, template: str, template_words: set[str]) -> bool:
    """ "January" for the draft's "Jan" (or the other way), or for a month of a numeric date in it
    ("1/1 renewal" → "the January 1 renewal"): the same month or day, spelled out."""
    prefix = word.rstrip(".")[:3]
    spelled = [d for d in _DATE_WORDS if d[:3] == prefix and (d.startswith(word.rstrip(".")) or word.startswith(d))]
    if not spelled:
        return False
    if any(t[:3] == prefix and any(d.startswith(t) for d in _DATE_WORDS) for t in template_words):
        return True
    numeric = {int(n) for pair in re.findall(r"\b(\d{1,2})/(\d{1,2})\b", template) for n in pair}
    return any(d in _MONTH_ORDER and _MONTH_ORDER.index(d) + 1 in numeric for d in spelled)


def _names(body: str) -> list[tuple[str, int, int]]:
    """Capitalised words not at a sentence's start (and not "I"); acronyms and mixed case anywhere."""
    out = []
    for s_start, s_end in sentence_spans(body):
        first = True
        for m in WORD.finditer(body, s_start, s_end):
            w = m.group()
            if w[0].isdigit() or w.startswith("$"):
                first = False
                continue
            odd_case = len(w) > 1 and any(c.isupper() for c in w[1:])
            if (w[0].isupper() and not first and w.replace("\u2019", "'").split("'")[0] != "I") or odd_case:
                out.append((w, m.start(), m.end()))
            first = False
    return out


def fidelity_findings(template: str, rewrite: str) -> list[Finding]:
    """What `rewrite` says that `template` (the draft it rewords) does not: each a fidelity error
    with the rewrite's span and the fix, for the repair round."""
    findings: list[Finding] = []
    template_low = template.lower()
    template_words = {w.lower() for w in WORD.findall(template)}
    template_stems = {stem(w) for w in template_words}

    # numbers
    template_numbers = _numbers(template)
    for m in re.finditer(r"\d(?:[\d,.]*\d)?|\b[A-Za-z]+\b", rewrite):
        raw = m.group()
        value = raw.replace(",", "") if raw[0].isdigit() else _NUMBER_WORDS.get(raw.lower())
        if value is None or value in template_numbers:
            continue
        if not raw[0].isdigit() and raw.lower() in {"one", "half", "double", "twice"}:
            continue  # "one of", "half the": as often words as numbers
        findings.append(
            Finding(CHECK, "error", "number_changed", f"'{raw}' is a number the draft does not have.",
                    (m.start(), m.end()), f"Use only the draft's numbers, as it writes them: remove '{raw}'.")
        )  # fmt: skip

    # names, products, months and days
    for word, start, end in _names(rewrite):
        low = word.lower().replace("’", "'").split("'")[0]
        if low in template_words or low in template_low or _same_date_word(low, template, template_words):
            continue
        findings.append(
            Finding(CHECK, "error", "name_added", f"'{word}' is a name the draft does not have.", (start, end),
                    f"Write only the names the draft gives: remove '{word}'.")
        )  # fmt: skip

    # relative days ("today" for "yesterday")
    for phrase in _RELATIVE_DAYS:
        for m in re.finditer(rf"\b{phrase}\b", rewrite, re.I):
            if re.search(rf"\b{phrase}\b", template, re.I) is None:
                findings.append(
                    Finding(CHECK, "error", "date_changed", f"'{m.group()}' is a day the draft does not say.",
                            (m.start(), m.end()), "Say when it was as the draft says it.")
                )  # fmt: skip

    # who did what, and claims the draft never makes
    template_clauses = clauses(template)
    # what the draft says the candidate did or has; everything else (the reader's points, the team's
    # news, what the candidate merely heard or enjoyed) is not the candidate's to claim
    mine = set().union(*(content(c.words) for c in template_clauses if c.side == "I" and c.claim))
    theirs = set().union(*(content(c.words) for c in template_clauses if not (c.side == "I" and c.claim)))
    for clause in clauses(rewrite):
        stems = content(clause.words)
        if not stems:
            continue
        text = rewrite[clause.start : clause.end]
        if clause.side == "I" and clause.claim:
            first, other_only = stems & mine, (stems & theirs) - mine
            missing = stems - template_stems
            if len(other_only) >= 2 and len(other_only) > len(first):
                findings.append(
                    Finding(CHECK, "error", "side_flipped",
                            f"'{text}' makes the candidate's what the draft says of the reader, the team or the talk.",
                            (clause.start, clause.end),
                            "Say it of whom the draft says it (you, your team), not 'I'.")
                )  # fmt: skip
            elif len(missing) >= 2 and len(missing) > len(first):
                findings.append(
                    Finding(CHECK, "error", "claim_added", f"'{text}' is a claim the draft does not make.",
                            (clause.start, clause.end), f"Remove '{text}': add nothing the draft does not say.")
                )  # fmt: skip
        elif clause.side in ("you", "them"):
            first_only = (stems & mine) - theirs
            if len(first_only) >= 2 and len(first_only) >= len(stems & theirs):
                who = "the reader" if clause.side == "you" else "someone else"
                findings.append(
                    Finding(CHECK, "error", "side_flipped",
                            f"'{text}' says {who} did what the draft says the candidate did.",
                            (clause.start, clause.end), "Say it of the candidate ('I'), as the draft does.")
                )  # fmt: skip

    # a cause or result the draft never gives
    for m in _CAUSAL.finditer(rewrite):
        phrase = m.group().strip(" ,").lower()
        if phrase in template_low:
            continue
        s_start, s_end = next(((a, b) for a, b in sentence_spans(rewrite) if a <= m.start() < b), (0, len(rewrite)))
        left = content(WORD.findall(rewrite[s_start : m.start()]))
        right = content(WORD.findall(rewrite[m.end() : s_end]))
        if not left & template_stems or not right & template_stems:
            continue  # not two of the draft's things joined (a new word either side is a claim's business)
        if _one_sentence_holds(template, left, right):
            continue
        findings.append(
            Finding(CHECK, "error", "cause_added",
                    f"'{rewrite[s_start:s_end].strip()}' links two things with '{phrase}' that the draft keeps apart.",
                    (m.start(), m.end()), f"Remove '{phrase}': keep the two things apart, as the draft does.")
        )  # fmt: skip
    findings.sort(key=lambda f: f.span or (0, 0))
    return findings


def _one_sentence_holds(template: str, left: set[str], right: set[str]) -> bool:
    """Whether one sentence of the draft has words of both sides of the link."""
    for start, end in sentence_spans(template):
        stems = content(WORD.findall(template[start:end]))
        if stems & left and stems & right:
            return True
    return False
