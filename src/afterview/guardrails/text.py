"""Text helpers the checks share: words, sentences and lines with their offsets, and content-word stems."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from afterview.guardrails.stem_index import StemIndex
from afterview.limits import WORD
from afterview.notes.plain_time import MONTHS as MONTH_NUMBERS

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”\u2019)]*\s+|\n+")
_ABBREVIATIONS = {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    "st.",
    "jr.",
    "sr.",
    "inc.",
    # courtesy titles in other languages: "As Sra. Quispe explained", "Mme. Roy", "Dra. Peña", "Ing. Ruiz"
    "sra.",
    "srta.",
    "dra.",
    "mme.",
    "mlle.",
    "mx.",
    "ing.",
    "lic.",
}

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "it's",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "i'm",
        "i've",
        "i'd",
        "we're",
        "we've",
        "us",
        "let",
        "let's",
    ]
)
# Words that say nothing specific about one conversation: they never make a reference count.
GENERIC = frozenset(
    [
        "team",
        "teams",
        "company",
        "role",
        "job",
        "position",
        "work",
        "working",
        "worked",
        "opportunity",
        "interview",
        "interviews",
        "conversation",
        "conversations",
        "discussion",
        "talk",
        "talking",
        "talked",
        "chat",
        "meeting",
        "met",
        "meet",
        "time",
        "today",
        "yesterday",
        "thank",
        "thanks",
        "great",
        "good",
        "really",
        "enjoyed",
        "enjoy",
        "learning",
        "learn",
        "learned",
        "learnt",
        "about",
        "more",
        "much",
        "many",
        "thing",
        "things",
        "way",
        "ways",
        "lot",
        "part",
        "new",
        "people",
        "process",
        "hear",
        "heard",
        "look",
        "looking",
        "forward",
        "excited",
        "also",
        "well",
        "day",
        "days",
        "week",
        "weeks",
        "how",
        "what",
        "which",
    ]
)


@dataclass(frozen=True)
class Piece:
    """A word, sentence or line and where it sits in the text."""

    text: str
    start: int
    end: int


def words(text: str) -> list[Piece]:
    return list(_words(text))


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[Piece, ...]:
    """words(), once per text: several checks tokenise the same sentences."""
    return tuple(Piece(m.group(), m.start(), m.end()) for m in WORD.finditer(text))


def sentences(text: str) -> list[Piece]:
    """Sentences split at end punctuation and at line breaks (greetings and sign-offs are lines)."""
    return list(_sentences(text))


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[Piece, ...]:
    """sentences(), once per text: every check splits the same body."""
    out: list[Piece] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        chunk = text[start : m.start()]
        last = chunk.split()[-1].lower() if chunk.split() else ""
        if "\n" not in m.group() and last in _ABBREVIATIONS:
            continue
        out.extend(_piece(text, start, m.start()))
        start = m.end()
    out.extend(_piece(text, start, len(text)))
    return tuple(out)


def _piece(text: str, start: int, end: int) -> Iterator[Piece]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        yield Piece(stripped, start + lead, start + lead + len(stripped))


def sentence_key(text: str) -> str:
    """What makes two sentences the same sentence: their words, lower-cased, curly apostrophes straight; case,
    spacing and punctuation aside ("Thanks again!" and "thanks again." are one sentence). One key for every
    check that compares sentences (ai_tells' repeated sentence, fluency's repeats and shared sentences)."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'")))


def lines(text: str) -> list[Piece]:
    out: list[Piece] = []
    pos = 0
    for raw in text.split("\n"):
        out.extend(_piece(text, pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def bare_word(token: str) -> str:
    """A word without its possessive, either apostrophe: "Acme's" and "Acme’s" → "Acme"."""
    return _POSSESSIVE.sub("", token)


_POSSESSIVE = re.compile(r"['\u2019]s$")


# A month by any of its names is one stem, its full name: 'Jan' in the notes is 'January' in a letter.
_FULL = {n: name for name, n in sorted(MONTH_NUMBERS.items(), key=lambda kv: len(kv[0]))}
_MONTHS = {name: _FULL[n] for name, n in MONTH_NUMBERS.items()}


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude English stem, enough to match 'retries' to 'retry' and 'paging' to 'page' (cached: every check stems
    the same words of the same draft and notes)."""
    w = bare_word(word.lower()).replace("\u2019", "'")
    if w in _MONTHS:
        return _MONTHS[w]
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", "")):
        # 'flies', 'dries' → 'fly', 'dry' as 'flying' is (a short -ies word keeps its y)
        if w.endswith(suffix) and len(w) - len(suffix) >= (2 if suffix == "ies" else 3):
            w = w[: len(w) - len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]
    return w


def content_stems(text: str, *, generic: bool = False) -> list[str]:
    """Stems of the words that carry meaning: no stopwords, and no generic words unless asked."""
    return list(_content_stems(text, generic))


@lru_cache(maxsize=8192)
def _content_stems(text: str, generic: bool) -> tuple[str, ...]:
    """content_stems, once per text: a draft's sentences and the notes' items are read by many checks."""
    out = []
    for piece in words(text):
        for low in piece.text.lower().replace("\u2019", "'").split("-"):
            if low in STOPWORDS or (not generic and low in GENERIC) or len(low) < 2:
                continue
            out.append(stem(low))
    return tuple(out)


def stems_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and len(long_) - len(short) <= 3 and long_.startswith(short[:-1])


_PREPOSITIONS = frozenset(
    stem(w) for w in "among amongst during across within throughout amid via toward towards upon despite whilst".split()
)


@lru_cache(maxsize=4096)
def item_stems(item: str) -> tuple[str, ...]:
    """An item's distinct content stems, cached: every check asks for the same notes items. Its prepositions are
    not among them: "high turnover among contractor crews" is named by its nouns."""
    return tuple(dict.fromkeys(s for s in content_stems(item) if s not in _PREPOSITIONS))


def item_referenced(item: str, body_stems: Sequence[str]) -> bool:
    """True when enough of an item's content words are in the body: half of them, at least one."""
    return any_referenced((item,), body_stems)


@lru_cache(maxsize=256)
def _stem_index(body_stems: tuple[str, ...]) -> StemIndex:
    """One index per body (or sentence): the checks ask about the same stems item by item, kind by kind."""
    return StemIndex(body_stems)


def any_referenced(items: Sequence[str], body_stems: Sequence[str]) -> bool:
    """Whether any of the items is referenced (item_referenced), comparing the body's stems once."""
    index = _stem_index(tuple(body_stems))
    for item in items:
        wanted = item_stems(item)
        if not wanted:
            continue
        found = sum(1 for w in wanted if index.holds(w))
        if found >= max(1, -(-len(wanted) // 2)):
            return True
    return False


L = TypeVar("L")


def phrase_findings(text: str, patterns: Sequence[tuple[re.Pattern[str], L]]) -> Iterator[tuple[re.Match[str], L]]:
    """Every match of each (pattern, label) pair, in order of position."""
    hits = [(m, label) for pattern, label in patterns for m in pattern.finditer(text)]
    yield from sorted(hits, key=lambda h: h[0].start())


# A contraction typed without its apostrophe ("Ive", "Im", "Youre", "didnt"): a slip, never a name.
BARE_CONTRACTION = re.compile(
    r"^(?:ive|im|youre|youve|youd|theyre|theyve|weve|thats|whats|dont|didnt|doesnt|isnt|wasnt|arent|werent|havent"
    r"|hasnt|hadnt|wouldnt|couldnt|shouldnt|wont|cant|ill|id)$",
    re.I,
)
