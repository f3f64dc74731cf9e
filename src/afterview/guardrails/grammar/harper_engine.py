"""Harper (harper-py), the offline grammar engine that runs in-process; the default."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from afterview.draft import Finding, Severity
from afterview.guardrails.grammar.harper_linter import _get_linter, _known, _lint_by_rule, _lock, _reset
from afterview.guardrails.grammar.harper_misreads import misread
from afterview.guardrails.grammar.harper_rules import rule_verdict
from afterview.guardrails.grammar.harper_spelling import (
    _british_article,
    _british_articles,
    _not_a_misspelling,
    _unlike_a_typo,
)
from afterview.guardrails.grammar.lint_trust import may_warn
from afterview.guardrails.grammar.you_object import you_is_object

if TYPE_CHECKING:  # harper ships type stubs; it is imported lazily at run time
    from harper import Lint

# Harper's spelling suggestions panic (index out of bounds) on a misspelled word near an imported
# word of 256 characters or more; no real name or word is that long, so long ones are not imported.
MAX_IMPORTED = 100


# The possessive ending after a word that ends in a period or a bracket, which Harper reads as a word 's'.
_AFTER_APOSTROPHE = re.compile(r"[.\])][\'\u2019]\Z")


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


# A word doubled for emphasis on purpose ("I really really wanted this", "please please let me know"): a matter of
# register, for the tone check, not a slip of the keyboard.
_EMPHASIS = frozenset("really very so please much super truly too".split())


def _severity(kind: str, message: str, problem: str = "", suggestion: str | None = None) -> Severity:
    if kind == "Repetition" and _doubled_for_emphasis(problem):
        return "info"
    if kind == "Repetition" or "indefinite article" in message.lower():
        return "error"
    if kind in STYLE_KINDS or _HEDGED.search(message) or _style_only(kind, problem, suggestion):
        return "info"
    return "warning"


def _doubled_for_emphasis(problem: str) -> bool:
    words = problem.lower().split()
    return len(words) == 2 and words[0] == words[1] and words[0] in _EMPHASIS


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
# Harper splits words at hyphens, slashes, '&' and '.', but keeps apostrophes inside a word ("O'Neill").
# A word shortened with a period, which a company name or a phrase runs on after: "Co. and", "Ltd. in", "e.g. the".
_ABBREVIATED = re.compile(
    r"(?:\b(?:Co|Inc|Ltd|Corp|Bros|Mfg|Intl|Assn|Dept|Univ|Pty|Pvt|LLC|etc|vs|approx|incl|e\.g|i\.e|cf)\.)\s*$"
)
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


_FRAME_LINE = re.compile(r"[^\n]{1,40},[ \t]*$")


def _framing_lines(text: str) -> list[tuple[int, int]]:
    """The greeting line (the first line) and a sign-off line (in the last three) when short and ending in a
    comma: the place for words in the reader's own language."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    out = []
    for i, m in enumerate(lines):
        if (i == 0 or i >= len(lines) - 3) and _FRAME_LINE.fullmatch(m.group().strip()) and len(m.group().split()) <= 5:
            out.append(m.span())
    return out


def _acronym_casing(kind: str, problem: str, suggestion: str | None) -> bool:
    """Harper asking for an all-caps spelling of a word written in title case ('Kia' -> 'KIA'): the word may
    be an ordinary one in another language, or a name; casing of an acronym is style, not a mistake."""
    return kind == "Capitalization" and bool(suggestion) and suggestion == problem.upper() and problem.istitle()


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
                ruled = _lint_by_rule(linter, composed)
            except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException, not an Exception
                if type(exc).__name__ != "PanicException":
                    raise
                _reset()
                raise RuntimeError(f"the Harper grammar checker failed on this draft ({exc})") from None
        found = []
        lints = [lint for _, lint in ruled]
        foreign = _foreign_spans(composed, lints)
        framing = _framing_lines(composed)
        for rule, lint in ruled:
            problem = lint.problem_text
            verdict = rule_verdict(rule, problem, composed[: lint.span.start], composed[lint.span.end :])
            if verdict == "skip":
                continue
            if _key(problem) in allowed:
                continue  # a name from the notes (Harper still flags e.g. 'Sam' as an all-caps word)
            start, end = where[lint.span.start], where[lint.span.end]
            if you_is_object(problem, text[:start], text[end:]):
                continue  # "speak with you yesterday", "work with you day to day": Harper suggests "your"
            replacements = [s.replacement_text for s in lint.suggestions if s.replacement_text.strip()]
            suggestion = replacements[0] if replacements else None
            if misread(
                rule, lint.lint_kind, problem, replacements, composed[: lint.span.start], composed[lint.span.end :]
            ):
                continue  # "roasters let slip", "from fixed-term to permanent", "uni" -> "dei", "P.Eng. details"
            if lint.lint_kind == "Spelling" and _not_a_misspelling(problem, replacements):
                continue
            if (
                lint.lint_kind in ("Spelling", "Typo")
                and problem.strip().lower() == "s"
                and _AFTER_APOSTROPHE.search(composed, 0, lint.span.start)
            ):
                continue  # "Gorge Board Co.'s growth", "[Company]'s crossings": the possessive 's after a period
            if _british_article(lint, composed):
                continue  # "an honour": Harper's a/an rule does not know the British spelling
            if lint.lint_kind in ("Spelling", "Typo") and (
                any(a <= lint.span.start < b for a, b in foreign)
                or _in_compound(composed, lint.span.start, lint.span.end)
            ):
                continue  # a sentence in another language ("Je suis ..."), or part of "check-ins"
            if lint.lint_kind == "Capitalization" and suggestion and suggestion == problem.lower() != problem:
                continue  # Harper asking for a lower-case "who's" at the start of a sentence
            if lint.lint_kind == "Capitalization" and _ABBREVIATED.search(composed, 0, lint.span.start):
                continue  # "at Bitterroot Nib Co. and its team": the period is the abbreviation's, no sentence ends
            if _misread(problem, suggestion, composed, lint.span.start, lint.span.end):
                continue
            if "mass noun" in lint.message and re.match(r"(?i)an? ", problem):
                continue  # "a passion for", "a real understanding": idiomatic; "informations" is still an error
            unknown = lint.lint_kind in ("Spelling", "Typo") and _unlike_a_typo(problem, replacements)
            unknown = unknown or verdict == "info" or _acronym_casing(lint.lint_kind, problem, suggestion)
            unknown = unknown or not may_warn(rule)  # a rule not measured right often enough: advice
            if lint.lint_kind in ("Spelling", "Typo", "Capitalization") and any(
                a <= lint.span.start < b for a, b in framing
            ):
                unknown = True  # a greeting or sign-off in the reader's language: "Kia ora Mereana,", "Ngā mihi,"
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
