"""Who does what in a sentence: its clauses, the side each is said of (the candidate, the reader, the
team) and whether it claims work for the candidate. The reading rewrite_fidelity.py compares a rewrite
with its draft by.

No NLP library: a clause starts at a subject pronoun ("I", "we", "you", "your", "they", "the team"),
after a comma or a clause opener ("and", "that", "because"), and its content words are stemmed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from afterview.guardrails.text import sentences

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ]+(?:['’][A-Za-z]+)?|\$?\d[\d,.]*%?")
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


def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    for suffix in ("'s", "ies", "ing", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]  # "move" and "moved" alike
    return w[:6]


def content(words: Iterable[str]) -> set[str]:
    return {
        stem(w)
        for w in words
        if w.lower().replace("’", "'") not in _STOP
        and w.lower() not in _GENERIC
        and not w[0].isdigit()
        and not w.startswith("$")
        and len(w) > 2
    } - {stem(w) for w in _GENERIC}


@dataclass(frozen=True)
class Clause:
    """The words of one clause, the side they are said of, and where they are in the body."""

    side: str  # "I" (the candidate), "you" (the reader), "them" ("the team", "they"), "" (nobody: "our chat")
    words: tuple[str, ...]
    start: int
    end: int
    claim: bool  # "I"/"we" + a verb of doing or having (not feeling, hearing or asking)


def sentence_spans(body: str) -> list[tuple[int, int]]:
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
    return bool(content(tokens))


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
    for s_start, s_end in sentence_spans(body):
        out.extend(_sentence_clauses([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(body, s_start, s_end)]))
    return out


def _contraction(word: str) -> str | None:
    low = word.lower().replace("’", "'")
    return "'" + low.split("'", 1)[1] if "'" in low else None


def _claim_tokens(words: Sequence[str]) -> list[str]:
    """The words after "I"/"we", with the auxiliary of "I'd", "I've", "we're" as a word of its own."""
    suffix = _contraction(words[0])
    return ([suffix] if suffix else []) + list(words[1:])
