"""A cheap gate before a costly regex: the literal strings one of which every match must contain.

The negativity and pressure rules are long alternations that Python's regex engine tries at every position of
every sentence, though nearly every sentence holds none of their words. `gated(...)`, called as `re.compile`
is, reads the pattern once (lazily, on first use) and finds a set of literal strings such that any match
contains at least one of them ("as i ", "void", "one time" ...). A search first asks whether the casefolded
text holds one of them and runs the pattern only if it does. The gate never changes a result: a text without
any of the strings cannot match, and a text with one is searched as before. A pattern without such a set (it
can match with no literal text at all) is searched every time.

The test itself is cheap because one draft's sentences meet some 140 gates: each text's casefolded form and set
of three-letter runs are made once (`_read_text`, a small cache keyed by the text searched, whose hash Python keeps
with the string, so the next gate that reads the same sentence finds them with one look-up), and a gate whose
strings all have three letters or more keeps them by their first three, so most texts are turned away by one set
test in C (`isdisjoint`) and only the strings whose first three letters occur are looked for.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

_UNKNOWN: frozenset[str] = frozenset()  # not yet read
_GRAM = 3
_READ: dict[str, tuple[str, frozenset[str]]] = {}
_READ_KEPT = 2048


def _trigrams(folded: str) -> frozenset[str]:
    """The three-letter runs of a casefolded text."""
    return frozenset(folded[i : i + _GRAM] for i in range(len(folded) - _GRAM + 1))


def _read_text(text: str) -> tuple[str, frozenset[str]]:
    """A searched text's casefolded form and that form's three-letter runs, kept for the next gate that reads the
    same text (the cache is emptied whole when full: a draft's sentences are read together)."""
    found = _READ.get(text)
    if found is None:
        if len(_READ) >= _READ_KEPT:
            _READ.clear()
        folded = text.casefold()
        found = _READ[text] = (folded, _trigrams(folded))
    return found


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Casefolded strings one of which every match of `pattern` contains, or None when there is no such set."""
    found = _required(P.parse(pattern.pattern, pattern.flags))
    return None if found is None else frozenset(found)


def _required(items: Any) -> set[str] | None:
    """For a parsed sequence: the best set among its literal runs and its parts' own sets (longest shortest
    string, then fewest strings), or None."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run).casefold()})
            run = []
        part = _part(op, av)
        if part is not None:
            candidates.append(part)
    if run:
        candidates.append({"".join(run).casefold()})
    candidates = [c for c in candidates if c and all(c)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _part(op: Any, av: Any) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _required(av[3])
    if op is C.ATOMIC_GROUP:
        return _required(av)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            one = _required(branch)
            if one is None:
                return None
            out |= one
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _required(av[2])
    return None  # a class, any character, an anchor, a lookaround, an optional part: no literal is certain


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_FEW_BRANCHES = 3  # below this, one pattern is searched whole


def top_branches(source: str) -> list[str]:
    """The alternatives of a pattern's top level ("a|b(c|d)|e" -> "a", "b(c|d)", "e"), read past escapes,
    groups and character classes; the whole source when it has none."""
    parts: list[str] = []
    depth, start, i, n = 0, 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and source[i] == "^":
                i += 1
            if i < n and source[i] == "]":
                i += 1  # a ']' first in a class is a literal
            while i < n and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


class Gated:
    """A compiled pattern behind its literal gate; search, match, fullmatch and finditer as re.Pattern's.

    A pattern that is a long alternation with no groups ("came and went|should have been made|…") is also kept as
    its alternatives, each behind its own gate: a text that passes the whole gate is searched only with the
    alternatives whose strings it holds. The match is the one the whole pattern finds (leftmost start, and at that
    start the first alternative in order), so no result changes; finditer still runs the whole pattern.
    """

    __slots__ = ("_always", "_branches", "_by_start", "_index", "_index_keys", "_needles", "_starts", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needles: frozenset[str] | None = _UNKNOWN
        self._starts: frozenset[str] = frozenset()  # first three letters of every string, when all have three
        self._by_start: dict[str, tuple[str, ...]] = {}
        self._branches: tuple[Gated, ...] = ()
        # the alternatives by the first three letters of their strings, and those searched whatever the text holds
        self._index: dict[str, tuple[int, ...]] = {}
        self._index_keys: frozenset[str] = frozenset()
        self._always: tuple[int, ...] = ()

    def _read(self) -> None:
        self._needles = needles(self.pattern)
        if self._needles and min(map(len, self._needles)) >= _GRAM:
            by_start: dict[str, list[str]] = {}
            for n in sorted(self._needles):
                by_start.setdefault(n[:_GRAM], []).append(n)
            self._by_start = {k: tuple(v) for k, v in by_start.items()}
            self._starts = frozenset(by_start)
        source = self.pattern.pattern
        if self.pattern.groups == 0 and not _GLOBAL_FLAGS.search(source):
            parts = top_branches(source)
            if len(parts) >= _FEW_BRANCHES:
                self._branches = tuple(Gated(re.compile(part, self.pattern.flags)) for part in parts)
                self._index_branches()

    def _index_branches(self) -> None:
        """Index the alternatives by their gates' three-letter starts: a text that passes the whole gate then
        meets only the alternatives one of whose starts it holds (and those without such starts)."""
        index: dict[str, list[int]] = {}
        always: list[int] = []
        for i, branch in enumerate(self._branches):
            branch._read()
            if branch._needles is None or not branch._starts:
                always.append(i)
                continue
            for start in branch._starts:
                index.setdefault(start, []).append(i)
        self._index = {k: tuple(v) for k, v in index.items()}
        self._index_keys = frozenset(index)
        self._always = tuple(always)

    def _passes(self, folded: str, grams: frozenset[str]) -> bool:
        """Whether the casefolded text (with its three-letter runs) holds one of the gate's strings."""
        needles = self._needles
        if needles is _UNKNOWN:
            self._read()
            needles = self._needles
        if needles is None:
            return True
        starts = self._starts
        if not starts:
            return any(n in folded for n in needles)
        if starts.isdisjoint(grams):
            return False
        by_start = self._by_start
        for start in starts.intersection(grams):
            for n in by_start[start]:
                if n in folded:
                    return True
        return False

    def could_match(self, text: str) -> bool:
        return self._passes(*_read_text(text))

    def _open(self, text: str, pos: int, endpos: int) -> tuple[Gated, ...] | None:
        """The alternatives to try on text[pos:endpos] (all of them: the whole pattern), or None: no match."""
        folded, grams = _read_text(text[pos:endpos])
        if not self._passes(folded, grams):
            return None
        if not self._branches:
            return (self,)
        return tuple(b for b in self._branches if b._passes(folded, grams))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        folded, grams = _read_text(text[pos:endpos])
        if not self._passes(folded, grams):
            return None
        if not self._branches:
            return self.pattern.search(text, pos, endpos)
        picked = set(self._always)
        for start in self._index_keys.intersection(grams):
            picked.update(self._index[start])
        best: re.Match[str] | None = None
        for i in sorted(picked):
            branch = self._branches[i]
            if not branch._passes(folded, grams):
                continue
            m = branch.pattern.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        tried = self._open(text, pos, endpos)
        return next((m for b in tried or () if (m := b.pattern.match(text, pos, endpos)) is not None), None)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        tried = self._open(text, pos, endpos)
        return next((m for b in tried or () if (m := b.pattern.fullmatch(text, pos, endpos)) is not None), None)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.could_match(text[pos:endpos]) else iter(())


def gated(pattern: str | re.Pattern[str], flags: int = 0) -> Gated:
    """`re.compile(pattern, flags)` behind its literal gate."""
    return Gated(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))
