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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from afterview.draft import Finding
from afterview.guardrails.notes_forms import NUMBER_WORDS as SPELLED_NUMBERS
from afterview.guardrails.text import sentences

CHECK = "fidelity"

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ]+(?:['’][A-Za-z]+)?|\$?\d[\d,.]*%?")
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "—", "–"})
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ]+(?:['’][A-Za-z]+)?|\$?\d(?:[\d,.]*\d)?%?|[,;:()—–]")

# Function words: never content.
_STOP = frozenset(
    """a an the and or but nor so yet of for to in on at by with from into onto over under about above below
    between through during after before since until than then as if that this these those there here it its
    it's is are was were be been being am do does did done have has had having will would shall should can
    could may might must not no yes i me my mine myself we us our ours you your yours he him his she her
    they them their who whom whose which what when where why how all any both each every some such more
    most other another same own very really truly just also too even still again only much many
    well quite rather now already ever never always once up down out off away back one's 'd 'll 're 've 'm
    i'm i'd i'll i've you're you've you'd we're we've we'd it’s i’m i’d i’ll i’ve""".split()
)

# Words a rewording adds freely: courtesy, feeling and the talk itself. Never evidence of a claim.
_GENERIC = frozenset(
    """thank thanks thankful grateful gratitude appreciate appreciated appreciation enjoy enjoyed
    glad happy pleased delighted excited keen eager interested interest interesting curious hope hoped
    hoping look looking forward love loved like liked want wanted wish wonder wondering welcome
    chance opportunity time today yesterday conversation chat chatted talk talked talking spoke speak
    speaking discuss discussed discussion meet met meeting call video interview role position job team
    teams company hear heard hearing learn learned learning know knew sense idea ideas real great good
    nice warm kind kindly lovely wonderful useful helpful clear clearly open openly candid candidly
    honest honestly frank frankly thought thinking think thinks feel felt find found stay stayed stays
    stuck keep kept coming come came mind picture part way thing things lot bit something anything
    everything help helping glad work working works worked together bring brought contribute
    experience skills background next steps step news soon touch reply response hearing
    make made get got give gave take took see saw seen say said tell told mention mentioned
    describe described explain explained share shared walk walked through ask asked
    sure certainly definitely genuinely particularly especially new""".split()
)

# After "I"/"we": verbs that say what the candidate felt, heard or asks, not what they did.
_RECEPTION_VERBS = frozenset(
    """appreciate appreciated appreciating enjoy enjoyed enjoying thank thanked hope hoped hoping look looked
    looking love loved like liked want wanted wonder wondered wondering welcome ask asked asking
    writing reach reaching follow following remain think thought believe believed feel felt know
    knew hear heard hearing learn learned learnt value valued admire admired find found came come keep
    kept left leave see saw read noticed notice remember recall recalled agree agreed understand
    understood realize realized realise realised imagine imagined picture could can't cannot wait
    talk talked spoke speak chat chatted discuss discussed met meet enjoyed trust wish wished mean meant
    am 'm 're was were be been is got get gained gain seen thinking reflecting wondering mulling
    looking hoping reading hearing learning seeing enjoying""".split()
)
# After "I am / I was / I'd be": adjectives of feeling; anything else ("candid", "responsible") is a claim.
_RECEPTION_ADJECTIVES = frozenset(
    """glad happy pleased delighted interested excited keen eager curious grateful thankful sorry struck
    impressed inspired encouraged looking hoping writing reaching following sure confident certain
    very so really still even more most also truly genuinely particularly especially all just grateful
    intrigued fascinated motivated energized energised moved honored honoured thrilled excited able
    available around free ready here""".split()
)
_AUXILIARIES = frozenset(
    """would 'd will 'll can could should might may must do did really also still just truly genuinely
    certainly definitely already recently once never always not even personally""".split()
)
_HAVE = frozenset({"have", "'ve", "had", "has"})
# Past participles that follow "I have" as an auxiliary (anything ending in -ed counts too).
_PARTICIPLES = frozenset(
    """been done led built run made seen got gotten taken given left kept brought thought found had spent
    grown written taught won met read sent shown put set known begun become held lost sold""".split()
)
# Where a new clause starts: a subject pronoun right after one of these belongs to a clause of its own.
_CLAUSE_OPENERS = frozenset(
    """and but so that how when where what why as because if which while since though although whether
    think believe feel hope know sure confident glad""".split()
)
_SUBJECT_VERBS = frozenset(
    """are were was have had 're 've 'd 'll will would can could might said told mentioned described
    explained talked asked walked shared spoke gave put made run lead led manage managed built need
    needed want wanted expect expected plan planned raised noted pointed""".split()
)

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


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "ing", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]  # "move" and "moved" alike
    return w[:6]


def _content(words: Iterable[str]) -> set[str]:
    return {
        _stem(w)
        for w in words
        if w.lower().replace("’", "'") not in _STOP
        and w.lower() not in _GENERIC
        and not w[0].isdigit()
        and not w.startswith("$")
        and len(w) > 2
    } - {_stem(w) for w in _GENERIC}


@dataclass(frozen=True)
class Clause:
    """The words of one clause, the side they are said of, and where they are in the body."""

    side: str  # "I" (the candidate), "you" (the reader), "them" ("the team", "they"), "" (nobody: "our chat")
    words: tuple[str, ...]
    start: int
    end: int
    claim: bool  # "I"/"we" + a verb of doing or having (not feeling, hearing or asking)


def _sentences(body: str) -> list[tuple[int, int]]:
    """Each sentence's span, split as the guardrails split them (abbreviations and quotes kept whole)."""
    return [(piece.start, piece.end) for piece in sentences(body)]


_INTENSIFIERS = frozenset(
    "very so really still even more most also truly genuinely just all particularly especially".split()
)
_OFFER_ADJECTIVES = frozenset("glad happy keen eager ready able willing pleased delighted".split())
_BE = frozenset({"am", "'m", "was", "were", "be", "been", "'re", "are", "is"})


def _is_claim(tokens: Sequence[str]) -> bool:
    """`tokens` follow "I"/"we": does the clause say the candidate did, has or will do something
    (not what they felt, heard or ask)?"""
    low = [t.lower().replace("’", "'") for t in tokens]
    i = 0
    while i < len(low) and low[i] in _AUXILIARIES:
        i += 1
    if i >= len(low):
        return False
    verb = low[i]
    if verb in _HAVE:
        after = low[i + 1] if i + 1 < len(low) else ""
        if after.endswith("ed") or after in _PARTICIPLES:
            return _is_claim(tokens[i + 1 :])
        return _has_content(tokens[i + 1 :])
    if verb in _BE:
        j = i + 1
        while j < len(low) and low[j] in _INTENSIFIERS:
            j += 1
        if j + 2 < len(low) and low[j] in _OFFER_ADJECTIVES and low[j + 1] == "to":
            # "I'd be glad to send a sample": an offer is a claim
            return low[j + 2] not in _RECEPTION_VERBS and _has_content(tokens[j + 2 :])
        if j >= len(low) or low[j] in _RECEPTION_ADJECTIVES or low[j] in _RECEPTION_VERBS:
            return False
        return _has_content(tokens[j:])
    return verb not in _RECEPTION_VERBS


def _has_content(tokens: Sequence[str]) -> bool:
    return bool(_content(tokens))


Token = tuple[str, int, int]  # the word, its start and end in the body
_THIRD_PARTIES = frozenset({"team", "company", "practice", "firm", "group", "department", "office", "studio"})
# "my" before a feeling or an impression is no claim of work: "My favourite part was talking about X"
_NOT_CLAIMS_AFTER_MY = frozenset(
    """thanks interest gratitude appreciation time favorite favourite highlight pleasure impression takeaway
    sense enthusiasm hope""".split()
)


def _clause(side: str, tokens: Sequence[Token], my_opens: bool) -> Clause | None:
    """The clause of `tokens` (None if it has no words), and whether it claims something for the candidate."""
    words = [w for w, _, _ in tokens if w not in _CLAUSE_BREAK]
    if not words:
        return None
    low = [w.lower().replace("\u2019", "'") for w in words]
    claim = False
    if side == "I" and low[0].split("'")[0] in {"i", "we"}:
        claim = _is_claim(_claim_tokens(words))
    elif side == "I" and low[0] == "my" and my_opens:  # "My team cut …", not "ask you my questions"
        claim = len(low) > 1 and low[1] not in _NOT_CLAIMS_AFTER_MY
    return Clause(side, tuple(words), tokens[0][1], tokens[-1][2], claim)


def _side_of(tokens: Sequence[Token], n: int, opens: bool) -> str | None:
    """The side a clause starting at token `n` is said of, if a pronoun there starts one."""
    base = tokens[n][0].lower().replace("\u2019", "'").split("'")[0]
    prev = tokens[n - 1][0].lower() if n else ""
    nxt = tokens[n + 1][0].lower().replace("\u2019", "'") if n + 1 < len(tokens) else ""
    if base in {"i", "we"} or (base == "my" and opens):  # "I will send you my notes": one clause
        return "I"
    subject_you = base == "you" and (opens or nxt in _SUBJECT_VERBS or nxt.endswith("ed")) and prev != "thank"
    # "I keep coming back to your point that …": the point is the reader's
    if subject_you or base == "your":
        return "you"
    if opens and (base in {"they", "he", "she"} or (base == "the" and nxt in _THIRD_PARTIES)):
        return "them"  # "The team led …", "They cut …": someone else's doing
    return None


def _sentence_clauses(tokens: Sequence[Token]) -> list[Clause]:
    found: list[Clause | None] = []
    current: list[Token] = []
    side, my_opens = "", False
    for n, token in enumerate(tokens):
        prev = tokens[n - 1][0].lower() if n else ""
        opens = not current or prev in _CLAUSE_BREAK or prev in _CLAUSE_OPENERS
        new_side = _side_of(tokens, n, opens)
        if token[0] in _CLAUSE_BREAK:
            found.append(_clause(side, [*current, token], my_opens))
            current, side = [], ""
            continue
        if new_side is not None:
            found.append(_clause(side, current, my_opens))
            current, side, my_opens = [], new_side, opens
        current.append(token)
    found.append(_clause(side, current, my_opens))
    out = [c for c in found if c is not None]
    # "Having led X, I would…": the participle clause is said of the subject that follows it.
    for k, clause in enumerate(out[:-1]):
        first = clause.words[0].lower()
        if not clause.side and (first.endswith("ing") or first in {"as", "after", "since"}) and out[k + 1].side == "I":
            words = list(clause.words)
            claim = _is_claim(["have", *words[1:]] if first == "having" else words)
            out[k] = Clause("I", clause.words, clause.start, clause.end, claim)
    return out


def clauses(body: str) -> list[Clause]:
    """Each clause of `body` with its side: a new clause at "I", "we", "your", a "my" or "you" that
    starts a clause or is followed by its verb, and at commas, semicolons and sentence ends."""
    out: list[Clause] = []
    for s_start, s_end in _sentences(body):
        out.extend(_sentence_clauses([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(body, s_start, s_end)]))
    return out


def _contraction(word: str) -> str | None:
    low = word.lower().replace("’", "'")
    return "'" + low.split("'", 1)[1] if "'" in low else None


def _claim_tokens(words: Sequence[str]) -> list[str]:
    """The words after "I"/"we", with the auxiliary of "I'd", "I've", "we're" as a word of its own."""
    suffix = _contraction(words[0])
    return ([suffix] if suffix else []) + list(words[1:])


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
    for s_start, s_end in _sentences(body):
        first = True
        for m in _WORD.finditer(body, s_start, s_end):
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
    template_words = {w.lower() for w in _WORD.findall(template)}
    template_stems = {_stem(w) for w in template_words}

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
    mine = set().union(*(_content(c.words) for c in template_clauses if c.side == "I" and c.claim))
    theirs = set().union(*(_content(c.words) for c in template_clauses if not (c.side == "I" and c.claim)))
    for clause in clauses(rewrite):
        stems = _content(clause.words)
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
        s_start, s_end = next(((a, b) for a, b in _sentences(rewrite) if a <= m.start() < b), (0, len(rewrite)))
        left = _content(_WORD.findall(rewrite[s_start : m.start()]))
        right = _content(_WORD.findall(rewrite[m.end() : s_end]))
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
    for start, end in _sentences(template):
        stems = _content(_WORD.findall(template[start:end]))
        if stems & left and stems & right:
            return True
    return False
