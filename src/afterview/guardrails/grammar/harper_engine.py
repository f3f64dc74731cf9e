"""Harper (harper-py), the offline grammar engine that runs in-process; the default."""

from __future__ import annotations

import os
import re
import sys
import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from afterview.draft import Finding, Severity

if TYPE_CHECKING:  # harper ships type stubs; it is imported lazily at run time
    from harper import Lint, Linter

_lock = threading.Lock()  # a harper Linter is not thread-safe, and costs ~1 s to build: one per process
_linter: Linter | None = None
_known: set[str] = set()
# Rules we run ourselves for every engine (grammar/rules.py), so findings do not depend on the engine.
# The Oxford comma is a house style, not an error: Harper would flag "AWS, SQL and Go" either way.
# "Thank you for your kind message" is not "you're kind": our own your/you're rule is narrower.
OFF = {"LongSentences": False, "OxfordComma": False, "NoOxfordComma": False, "YourPredicateAdjective": False}


# Harper's spelling suggestions panic (index out of bounds) on a misspelled word near an imported
# word of 256 characters or more; no real name or word is that long, so long ones are not imported.
MAX_IMPORTED = 100


def _get_linter() -> Linter:
    global _linter
    if _linter is None:
        from harper import Linter

        linter = Linter()
        config = linter.get_lint_config()
        config.update(OFF)
        linter.set_lint_config(config)
        _linter = linter
    return _linter


def _reset() -> None:
    """Drop a linter that panicked: the next check builds a new one."""
    global _linter
    _linter = None
    _known.clear()


_TIME_WORD = re.compile(r"\s+(?:today|yesterday|tomorrow|on|last|this|earlier|again|soon|later|then)\b", re.I)


def _you_before_time(problem: str, after: str) -> bool:
    return problem.lower() == "you" and bool(_TIME_WORD.match(after))


def _code(kind: str, message: str) -> str:
    if "indefinite article" in message.lower():
        return "a_an"
    if kind == "Repetition":
        return "repeated_word"
    return re.sub(r"(?<!^)(?=[A-Z])", "_", kind).lower()


# Harper's kinds of advice that are about style, not correctness: shown as info, never a warning.
STYLE_KINDS = frozenset({"Style", "Enhancement", "Readability", "Redundancy", "Regionalism", "Formatting"})
_HEDGED = re.compile(r"\b(?:may|might|perhaps|consider|possibly|try expanding|discourse markers?)\b", re.I)


def _letters(text: str) -> str:
    return re.sub(r"[\s-]", "", text.lower())


def _style_only(kind: str, problem: str, suggestion: str | None) -> bool:
    """Punctuation added (a comma after 'Honestly'), or a word choice that only joins or splits a
    compound ('team work' -> 'teamwork', 'roadmap' -> 'road map') or drops words ('find out' -> 'find'):
    a matter of style, not a mistake. 'alot' (a boundary error) and 'discussed about' (usage) are mistakes."""
    if suggestion is None:
        return False
    if not any(ch.isalpha() for ch in suggestion):
        return True
    if "-" in problem and _letters(problem) == _letters(suggestion):
        return True  # "re-read" -> "reread": hyphenation is a house style
    if kind != "WordChoice":
        return False
    if _letters(problem) == _letters(suggestion):
        return True
    said, kept = problem.lower().split(), suggestion.lower().split()
    return len(kept) < len(said) and all(w in said for w in kept)


def _severity(kind: str, message: str, problem: str = "", suggestion: str | None = None) -> Severity:
    if kind == "Repetition" or "indefinite article" in message.lower():
        return "error"
    if kind in STYLE_KINDS or _HEDGED.search(message) or _style_only(kind, problem, suggestion):
        return "info"
    return "warning"


# British spellings, as American forms: Harper's dictionary is American, the candidate may not be.
_BRITISH = (
    (re.compile(r"our(?=s?$|ed$|ing$|ite|ites|able|er|ers|ful|less|ism|ist)"), "or"),  # favour, honoured, colourful
    (re.compile(r"is(?=e$|es$|ed$|ing$|ation|ations|er$|ers$)"), "iz"),  # organise, organisation
    (re.compile(r"ys(?=e$|es$|ed$|ing$)"), "yz"),  # analyse
    (re.compile(r"([bcgt])re(s?)$"), r"\1er\2"),  # centre, litre
    (re.compile(r"([bcgt])red$"), r"\1ered"),  # centred
    (re.compile(r"ence$"), "ense"),  # licence, defence
    (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"),  # travelled, modelling
    (re.compile(r"dgement"), "dgment"),  # acknowledgement, judgement
    (re.compile(r"ogue(s?)$"), r"og\1"),  # catalogue
    (re.compile(r"amme(s?)$"), r"am\1"),  # programme
    (re.compile(r"ae"), "e"),  # paediatric
    (re.compile(r"^grey"), "gray"),
    (re.compile(r"^enquir"), "inquir"),  # enquire, enquiry
    (re.compile(r"l(?=ment$|ments$|ful$)"), "ll"),  # fulfilment, enrolment, skilful
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


def _lint(linter: Linter, text: str) -> list[Lint]:
    """Harper's lints. Some of its rules print debug lines straight to file descriptor 1 ('gerund_form:
    ...'), which would corrupt `--format json` on stdout: while it runs, fd 1 points at stderr."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError):
        return linter.lint(text, language="plaintext")
    try:
        os.dup2(2, 1)
        return linter.lint(text, language="plaintext")
    finally:
        os.dup2(saved, 1)
        os.close(saved)


@lru_cache(maxsize=4096)
def _known_word(word: str) -> bool:
    """Whether Harper's dictionary has `word` (a British form's American twin, say)."""
    with _lock:
        lints = _lint(_get_linter(), word)
    return not any(lint.lint_kind == "Spelling" for lint in lints)


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


def _derived(word: str) -> bool:
    """A word Harper's dictionary lacks but builds from one it has: an inflection ('distilling'), a prefix
    ('rebook', 'resequence'), or both."""
    low = word.lower()
    candidates = _bases(low)
    m = _PREFIX.match(low)
    if m is not None and len(low) - m.end() >= 4:
        rest = low[m.end() :]
        candidates += [rest, *_bases(rest)]
    return any(len(c) >= 3 and _known_word(c) for c in candidates)


def _not_a_misspelling(problem: str, replacements: Sequence[str]) -> bool:
    """A spelling lint that is not one: a capital letter alone ('Series B.'), a capitalised word (a name or
    place: the facts check's business), a British spelling, or a word derived from a known one (an inflection
    or a prefix Harper does not know: 'prototyped', 'distilling', 'rebook')."""
    word = problem.strip()
    if _INITIAL.match(word) or word[:1].isupper():
        return True
    wanted = {r.lower() for r in replacements}
    twins = american(word)
    if twins & wanted or any(_known_word(t) for t in twins):
        return True
    if any(word.lower().startswith(r) and _INFLECTION.fullmatch(word.lower()[len(r) :]) for r in wanted):
        return True
    return _derived(word)


def _unlike_a_typo(problem: str, replacements: Sequence[str]) -> bool:
    """An unknown word whose nearest suggestion is no slip of the keys: two or more letters longer or shorter
    ('craic' -> 'ceramic'), or split into a fragment that is no word ('mahalo' -> 'ma halo'; 'alot' -> 'a lot'
    is a real slip). A loanword or a term of the trade: worth a look (info), not an error."""
    if not replacements:
        return True
    best = replacements[0].lower()
    word = problem.strip().lower()
    if " " in best and best.replace(" ", "") == word:
        return not all(part in _SHORT_WORDS or len(part) > 2 for part in best.split())
    return abs(len(best) - len(word)) >= 2


_SHORT_WORDS = frozenset("a an as at be by do go he if in is it me my no of on or so to up us we".split())


# A capital letter alone ('Series B.', 'Plan A', 'J. Smith') is a label or an initial, not a misspelling.
_INITIAL = re.compile(r"^[A-Z]\.?$")


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
# Harper splits words at hyphens, slashes, '&' and '.', but keeps apostrophes inside a word ("O'Neill").
_HARPER_SPLIT = re.compile(r"[^\w']+")
_POSSESSIVE = re.compile(r"'s?$", re.I)


def _normal(word: str) -> str:
    """A word as Harper compares it: composed accents (NFC) and a straight apostrophe."""
    return unicodedata.normalize("NFC", word).translate(_APOSTROPHES)


def dictionary_forms(words: Sequence[str]) -> list[str]:
    """The forms of the notes' words to import into Harper, as Harper tokenizes and looks them up.

    Harper keeps an apostrophe inside a token and looks it up as a straight one (importing a word
    spelled with a curly apostrophe makes Harper flag both spellings), cuts words at hyphens and
    similar marks, compares composed accents, and does not derive the possessive of an imported
    word: 'Luc' is accepted but "Luc's" is not, so names get their possessive too.
    """
    out: list[str] = []
    for word in words:
        whole = _normal(word).strip("'")
        for part in dict.fromkeys([whole, *_HARPER_SPLIT.split(whole)]):
            part = part.strip("'")
            if not any(ch.isalpha() for ch in part):
                continue
            base = _POSSESSIVE.sub("", part) if part.lower().endswith(("'s", "s'")) else part
            out.append(base)
            if base.islower() and len(base) > 3:  # the notes' 'crits' lets the draft say 'crit', and back
                out.append(base[:-1] if base.endswith("s") and not base.endswith("ss") else f"{base}s")
            if base[:1].isupper():  # a name: its possessive ("Luc's", "Tomás'")
                out.append(f"{base}'s")
                if base.endswith("s"):
                    out.append(f"{base}'")
    return list(dict.fromkeys(out))


@lru_cache(maxsize=64)
def _forms(names: tuple[str, ...]) -> tuple[list[str], frozenset[str]]:
    """dictionary_forms and their match keys, once per notes (every draft of a run asks again)."""
    forms = dictionary_forms(names)
    return forms, frozenset(_key(f) for f in forms)


def _key(text: str) -> str:
    """How a finding's text is matched to a notes word: case-insensitive, accents kept, possessive cut."""
    low = _normal(text).strip().lower()
    return _POSSESSIVE.sub("", low) if low.endswith(("'s", "s'")) else low


def _composed(text: str) -> tuple[str, list[int]]:
    """The text with composed accents, and for each of its characters the offset in the original.

    Harper cuts a decomposed 'Tomás' (a + combining accent) into 'Toma' and 's'; linting the composed
    text and mapping spans back keeps names whole.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        chunk = unicodedata.normalize("NFC", text[start:i])
        out.append(chunk)
        where += [start] * len(chunk)
        start = i
    composed = "".join(out)
    if composed != unicodedata.normalize("NFC", text):
        return text, list(range(len(text) + 1))
    return composed, [*where, len(text)]


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _foreign_spans(text: str, lints: Sequence[Lint]) -> list[tuple[int, int]]:
    """Sentences Harper finds mostly misspelled: written in another language, not badly in English."""
    spelled = [lint.span.start for lint in lints if lint.lint_kind in ("Spelling", "Typo")]
    out = []
    for m in _SENTENCE.finditer(text):
        flagged = sum(1 for s in spelled if m.start() <= s < m.end())
        if flagged >= 3 and flagged >= 0.3 * len(m.group().split()):
            out.append(m.span())
    return out


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated word ('check-ins', 'co-op'): Harper checks the parts, which need not be words."""
    return (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end] == "-")


_CLAUSE_AFTER = re.compile(r"\s+(?:\w+ing|I|you|we|they|he|she|it)\b")


def _misread(problem: str, suggestion: str | None, text: str, start: int, end: int) -> bool:
    """Advice from a misread sentence: 'its' for a sentence-opening "It's clear ..." (possessive 'Its' does not
    open a sentence in a follow-up), or 'in a while' for the conjunction ("keeps the fun in while protecting")."""
    low = problem.lower().replace("\u2019", "'")
    if low == "it's" and (suggestion or "").lower() == "its":
        return not text[:start].strip() or text[:start].rstrip()[-1] in ".!?\n"
    return low.endswith("while") and bool(_CLAUSE_AFTER.match(text[end:]))


def _british_article(lint: Lint, text: str) -> bool:
    """Harper's a/an advice before a British spelling ('an honour'): right when the American twin agrees."""
    if "indefinite article" not in lint.message.lower():
        return False
    m = re.match(r"\s+([A-Za-z]+)", text[lint.span.end :])
    if m is None:
        return False
    twins = [t for t in american(m.group(1)) if _known_word(t)]
    if not twins:
        return False
    with _lock:
        lints = _lint(_get_linter(), f"{lint.problem_text} {twins[0]}.")
    return not any("indefinite article" in x.message.lower() for x in lints)


class HarperEngine:
    """Harper's linter with the notes' names added to its dictionary."""

    name = "harper"

    def __init__(self, note: str | None = None) -> None:
        self.note = note

    def describe(self) -> str:
        text = "Grammar and spelling were checked by Harper (offline, in-process)"
        return f"{text}; {self.note}." if self.note else f"{text}."

    def check(self, text: str, names: Sequence[str]) -> list[Finding]:
        forms, allowed = _forms(tuple(names))
        forms = [f for f in forms if len(f) <= MAX_IMPORTED]
        composed, where = _composed(text)
        with _lock:
            linter = _get_linter()
            new = [n for n in forms if n not in _known]
            if new:
                linter.import_words(new)
                _known.update(new)
            try:
                lints = _lint(linter, composed)
            except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException, not an Exception
                if type(exc).__name__ != "PanicException":
                    raise
                _reset()
                raise RuntimeError(f"the Harper grammar checker failed on this draft ({exc})") from None
        found = []
        foreign = _foreign_spans(composed, lints)
        for lint in lints:
            problem = lint.problem_text
            if _key(problem) in allowed:
                continue  # a name from the notes (Harper still flags e.g. 'Sam' as an all-caps word)
            start, end = where[lint.span.start], where[lint.span.end]
            if _you_before_time(problem, text[end:]):
                continue  # "speak with you yesterday" is right; Harper suggests "your yesterday"
            replacements = [s.replacement_text for s in lint.suggestions if s.replacement_text.strip()]
            suggestion = replacements[0] if replacements else None
            if lint.lint_kind == "Spelling" and _not_a_misspelling(problem, replacements):
                continue
            if _british_article(lint, composed):
                continue  # "an honour": Harper's a/an rule does not know the British spelling
            if lint.lint_kind in ("Spelling", "Typo") and (
                any(a <= lint.span.start < b for a, b in foreign)
                or _in_compound(composed, lint.span.start, lint.span.end)
            ):
                continue  # a sentence in another language ("Je suis ..."), or part of "check-ins"
            if lint.lint_kind == "Capitalization" and suggestion and suggestion == problem.lower() != problem:
                continue  # Harper asking for a lower-case "who's" at the start of a sentence
            if _misread(problem, suggestion, composed, lint.span.start, lint.span.end):
                continue
            if "mass noun" in lint.message and re.match(r"(?i)an? ", problem):
                continue  # "a passion for", "a real understanding": idiomatic; "informations" is still an error
            unknown = lint.lint_kind in ("Spelling", "Typo") and _unlike_a_typo(problem, replacements)
            hint = f" Try '{suggestion}'." if suggestion else ""
            found.append(
                Finding(
                    "grammar",
                    "info" if unknown else _severity(lint.lint_kind, lint.message, problem, suggestion),
                    _code(lint.lint_kind, lint.message),
                    f"'{problem}': {lint.message.replace('`', chr(39))}{hint}",
                    (start, end),
                    suggestion,
                )
            )
        taken = {f.span[0] for f in found if f.span and f.code == "a_an"}
        return found + [f for f in _british_articles(composed, where) if f.span and f.span[0] not in taken]


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
