"""Which of Harper's spelling and article lints are right: British spellings (judged by their American twin),
words derived from known ones, unknown words unlike a typo, and the article a British spelling needs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from afterview.draft import Finding
from afterview.guardrails.grammar.harper_linter import _get_linter, _known_word, _lint, _lock
from afterview.guardrails.text import BARE_CONTRACTION
from afterview.guardrails.word_counts import word_counts

if TYPE_CHECKING:
    from harper import Lint

# British spellings, as American forms: Harper's dictionary is American, the candidate may not be.
_BRITISH = (
    # favour, honoured, favourably, neighbourhood, behavioural, neighbourly
    (re.compile(r"our(?=s?$|ed$|ing$|ite|ites|abl|er|ers|ful|less|ism|ist|hood|al|ly$)"), "or"),
    # organise, organisation, recognisable
    (re.compile(r"is(?=e$|es$|ed$|ing$|ation|ations|er$|ers$|abl[ey]$|ability$)"), "iz"),
    (re.compile(r"ys(?=e$|es$|ed$|ing$|abl[ey]$)"), "yz"),  # analyse, analysable
    (re.compile(r"([bcgt])re(s?)$"), r"\1er\2"),  # centre, litre
    (re.compile(r"([bcgt])red$"), r"\1ered"),  # centred
    (re.compile(r"ence(s?)$"), r"ense\1"),  # licence, licences, defence
    (re.compile(r"(?<=c)tis(?=e$|es$|ed$|ing$)"), "tic"),  # practise (the verb; American writes practice)
    (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"),  # travelled, modelling
    (re.compile(r"dgement"), "dgment"),  # acknowledgement, judgement
    (re.compile(r"ogue(s?)$"), r"og\1"),  # catalogue
    (re.compile(r"ogu(?=ed$|ing$|er$|ers$)"), "og"),  # catalogued, cataloguing
    (re.compile(r"amme(s?)$"), r"am\1"),  # programme
    (re.compile(r"ae"), "e"),  # paediatric
    (re.compile(r"^grey"), "gray"),
    (re.compile(r"^enquir"), "inquir"),  # enquire, enquiry
    (re.compile(r"l(?=ment$|ments$|ful$)"), "ll"),  # fulfilment, enrolment, skilful
    (re.compile(r"^(s?m)ould"), r"\1old"),  # mould, moulding, smoulder
    (re.compile(r"^plough"), "plow"),
    (re.compile(r"^tyre"), "tire"),
    (re.compile(r"^cheque"), "check"),
    (re.compile(r"^manoeuvr"), "maneuver"),
    (re.compile(r"^alumini"), "alumin"),  # aluminium
    (re.compile(r"^jeweller"), "jewelr"),  # jewellery
    (re.compile(r"^sceptic"), "skeptic"),
    (re.compile(r"^draught"), "draft"),
    (re.compile(r"^ageing"), "aging"),
    (re.compile(r"^pyjama"), "pajama"),
)


def american(word: str) -> set[str]:
    """Each American spelling a British one may stand for (each rule alone, and all of them)."""
    low = word.lower()
    out = set()
    every = low
    for pattern, repl in _BRITISH:
        out.add(pattern.sub(repl, low))
        every = pattern.sub(repl, every)
    out.add(every)
    out.discard(low)
    return out


_INFLECTION = re.compile(r"(?:s|es|ed|d|ing|er|ers)$")


_PREFIX = re.compile(r"^(?:re|pre|un|co|de|dis|mis|non|over|under|sub|multi|out|post|inter|self|cross|micro)-?")


def _bases(word: str) -> list[str]:
    """The stems an inflected word may come from: 'distilling' -> 'distill', 'rebooked' -> 'rebook'."""
    low = word.lower()
    m = re.search(r"(?:ing|ed|es|s|er|ers)$", low)
    if m is None or m.start() < 3:
        return []
    stem = low[: m.start()]
    out = [stem, f"{stem}e"]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # 'planning' -> 'plan'
    if stem.endswith("i"):
        out.append(f"{stem[:-1]}y")  # 'studies' -> 'study'
    return out


# A place or trade named from its work ('roastery', 'creamery', 'distillery'): the verb or noun it is built on,
# as written (no -e restored: 'surgery' is no 'surge' + 'ry' and a misspelling seldom ends in a whole word + 'ery').
_PLACE_OF = re.compile(r"(?:ery|eries)$")


def _place_of(word: str) -> bool:
    m = _PLACE_OF.search(word)
    return m is not None and m.start() >= 4 and _known_word(word[: m.start()])


def _derived(word: str) -> bool:
    """A word Harper's dictionary lacks but builds from one it has: an inflection ('distilling'), a prefix
    ('rebook', 'resequence'), or both."""
    low = word.lower()
    candidates = _bases(low)
    m = _PREFIX.match(low)
    if m is not None and len(low) - m.end() >= 4:
        rest = low[m.end() :]
        candidates += [rest, *_bases(rest)]
    return _place_of(low) or any(len(c) >= 3 and _known_word(c) for c in candidates)


def _not_a_misspelling(problem: str, replacements: Sequence[str]) -> bool:
    """A spelling lint that is not one: a capital letter alone ('Series B.'), a capitalised word (a name or
    place: the facts check's business), a British spelling, or a word derived from a known one (an inflection
    or a prefix Harper does not know: 'prototyped', 'distilling', 'rebook')."""
    word = problem.strip()
    if _INITIAL.match(word) or (word[:1].isupper() and not BARE_CONTRACTION.match(word)):
        return True  # "Ive", "Im": a contraction without its apostrophe is a slip, whatever its case
    wanted = {r.lower() for r in replacements}
    twins = american(word)
    if twins & wanted or any(_known_word(t) for t in twins):
        return True
    if any(word.lower().startswith(r) and _INFLECTION.fullmatch(word.lower()[len(r) :]) for r in wanted):
        return True
    return _derived(word) or _everyday(word)


# News text writes a word more often than this in a million sentences: a word of English Harper's dictionary lacks
# ("duvet", "wardrobe"), no misspelling; the counts hold no common misspelling ("recieve", "alot", "accross").
_EVERYDAY = 10


def _everyday(word: str) -> bool:
    counts = word_counts()
    return counts is not None and counts.get(word.lower(), 0) > _EVERYDAY


def _unlike_a_typo(problem: str, replacements: Sequence[str]) -> bool:
    """An unknown word whose nearest suggestion is no slip of the keys: two or more letters longer or shorter
    ('craic' -> 'ceramic'), or split into a fragment that is no word ('mahalo' -> 'ma halo'; 'alot' -> 'a lot'
    is a real slip). A loanword or a term of the trade: worth a look (info), not an error."""
    if not replacements:
        return True
    best = replacements[0].lower()
    word = problem.strip().lower()
    if " " in best and best.replace(" ", "") == word:
        if all(len(part) >= 4 for part in best.split()):
            return True  # 'timeframe' -> 'time frame': a closed compound of two words, no slip of the keys
        return not all(part in _SHORT_WORDS or len(part) > 2 for part in best.split())
    if abs(len(best) - len(word)) >= 2:
        return True
    if abs(len(best) - len(word)) == 1 and not _one_letter_apart(word, best):
        return True  # 'matatu' -> 'matte': more than one letter dropped or added, no one slip
    return _unlike_a_slip(word, best)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether the longer of two words is the shorter with one letter added."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")
# Letters that spell the same or a voiced/voiceless twin sound: a misspelling by ear, not by key.
_SOUND_ALIKE = frozenset(
    frozenset(p) for p in ("ck", "cs", "sz", "kq", "cq", "gj", "fv", "bp", "dt", "gk", "mn", "sx", "ks", "ph", "wv")
)


def _neighbours(a: str, b: str) -> bool:
    """Whether two letters sit next to each other on a QWERTY keyboard (in a row, or in the rows around it)."""
    where = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    if a not in where or b not in where:
        return False
    (ra, ca), (rb, cb) = where[a], where[b]
    return abs(ra - rb) <= 1 and abs(ca - cb) <= 1.0


def _unlike_a_slip(word: str, best: str) -> bool:
    """One letter changed for another that is neither next to it on the keys, nor a vowel for a vowel, nor a
    letter of the same sound ('soba' -> 'soda', 'udon' -> 'upon'), or two letters changed apart ('kaizen' ->
    'kaiser'): a word Harper lacks, not a typo."""
    if len(word) != len(best) or not word.isalpha():
        return False
    at = [i for i, (a, b) in enumerate(zip(word, best, strict=True)) if a != b]
    if len(at) == 2 and at[1] == at[0] + 1 and word[at[0]] == best[at[1]] and word[at[1]] == best[at[0]]:
        return False  # two letters swapped: 'dashbaord'
    if len(at) >= 2:
        return True  # two letters changed apart ('kaizen' -> 'kaiser'): no one slip
    if not at:
        return False
    diff = [(word[at[0]], best[at[0]])]
    a, b = diff[0]
    if a in _VOWELS and b in _VOWELS:
        return False
    return not _neighbours(a, b) and frozenset((a, b)) not in _SOUND_ALIKE


_SHORT_WORDS = frozenset("a an as at be by do go he if in is it me my no of on or so to up us we".split())


# A capital letter alone ('Series B.', 'Plan A', 'J. Smith') is a label or an initial, not a misspelling.
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _british_article(lint: Lint, text: str) -> bool:
    """Harper's a/an advice before a British spelling ('an honour'): right when the American twin agrees; and
    "an" before an acronym said as letters ('an FAA-qualified biologist')."""
    if "indefinite article" not in lint.message.lower():
        return False
    if _letter_acronym_an(lint, text):
        return True
    m = re.match(r"\s+([A-Za-z]+)", text[lint.span.end :])
    if m is None:
        return False
    twins = [t for t in american(m.group(1)) if _known_word(t)]
    if not twins:
        return False
    with _lock:
        lints = _lint(_get_linter(), f"{lint.problem_text} {twins[0]}.")
    return not any("indefinite article" in x.message.lower() for x in lints)


# An acronym read letter by letter whose first letter's name starts with a vowel sound: "an FAA-qualified
# biologist", "an MBA", "an HR officer", "an NHS trust" (Harper reads the letters as a word and asks for "a").
_LETTER_ACRONYM = re.compile(r"\s+[FHLMNRSX][A-Z0-9&]*[A-Z0-9]\b")


def _letter_acronym_an(lint: Lint, text: str) -> bool:
    """Harper's a/an advice against "an" before an acronym said as letters ('an FAA', 'an MBA'): right as written."""
    return (
        "indefinite article" in lint.message.lower()
        and lint.problem_text.lower() == "an"
        and bool(_LETTER_ACRONYM.match(text[lint.span.end :]))
    )


_ARTICLE = re.compile(r"\b(?P<art>[Aa]n?)\s+(?P<word>[a-z]+)\b")


def _british_articles(text: str, where: Sequence[int]) -> list[Finding]:
    """'a honour': the article a British spelling needs, which Harper's a/an rule cannot judge; asked of the
    American twin ('a honor')."""
    found = []
    for m in _ARTICLE.finditer(text):
        twins = sorted(t for t in american(m.group("word")) if t != m.group("word"))
        if not twins or not _known_word(twins[0]):
            continue
        with _lock:
            lints = _lint(_get_linter(), f"{m.group('art')} {twins[0]}.")
        bad = next((x for x in lints if "indefinite article" in x.message.lower()), None)
        if bad is None:
            continue
        right = "an" if m.group("art").lower() == "a" else "a"
        start, end = where[m.start("art")], where[m.end("art")]
        found.append(
            Finding(
                "grammar",
                "error",
                "a_an",
                f"'{m.group()}': use '{right}' before '{m.group('word')}'.",
                (start, end),
                right,
            )
        )
    return found
