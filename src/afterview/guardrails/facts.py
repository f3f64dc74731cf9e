"""Facts: names, organisations, numbers and dates in a draft must be supported by the notes.

The interviewer's, candidate's and company's names must be spelled exactly as in the notes: a
near miss ("Dena" for "Dana", "Acmee" for "Acme") is an error whose suggestion is the right
spelling. A capitalised word in mid-sentence that the notes never mention is an unsupported
name. Sentence-initial words are only checked for near misses, since most are ordinary words.
Links and addresses are guardrails/links.py's; pay and availability, guardrails/compensation.py's.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from afterview.draft import Draft, Finding
from afterview.guardrails.compensation import check_compensation
from afterview.guardrails.context import CheckContext
from afterview.guardrails.dates import (
    MONTH_ALONE,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    date_hits,
    month_number,
    supported_dates,
    supported_weekdays,
)
from afterview.guardrails.links import check_links
from afterview.guardrails.placeholders import without_placeholders
from afterview.guardrails.support import exact_tokens, names, notes_texts, per_notes, supported_words
from afterview.guardrails.text import GENERIC, STOPWORDS, Piece, bare_word, sentences, words
from afterview.guardrails.tone_phrases import ACRONYMS
from afterview.notes.model import Notes
from afterview.notes.names import HONORIFICS, name_parts
from afterview.timing import long_date

NEAR_MISS = 0.75
_MASK = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|\+?\d[\d ().-]{7,}\d")  # emails, links, phone numbers
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "half": 50,
}
_CLAIM_UNITS = (
    r"(?:years?|months?|percent|%|million|billion|thousand|people|engineers|customers|users|services|teams"
    r"|countries|markets|releases)"
)
NUMBER_WORD = re.compile(rf"\b(?P<word>{'|'.join(NUMBER_WORDS)})\s+(?P<unit>{_CLAIM_UNITS})\b", re.I)
# Capitalised words that are neither names nor claims.
COMMON_CAPITALISED = frozenset(
    [
        "i",
        "dear",
        "hi",
        "hello",
        "hey",
        "good",
        "morning",
        "afternoon",
        "evening",
        "best",
        "regards",
        "kind",
        "warm",
        "warmest",
        "sincerely",
        "respectfully",
        "thank",
        "thanks",
        "many",
        "yours",
        "cordially",
        "all",
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sir",
        "madam",
        "team",
        "re",
        "subject",
        "ps",
        "linkedin",
        "zoom",
        "english",
        # holidays and seasons of the calendar
        "thanksgiving",
        "christmas",
        "easter",
        "hanukkah",
        "diwali",
        "deepavali",
        "eid",
        "ramadan",
        "passover",
        "halloween",
        "new",
        "year",
        "years",
        "lunar",
        "holiday",
        "holidays",
        "weekend",
        "boxing",
        # languages and nationalities: not names to verify
        "french",
        "spanish",
        "german",
        "italian",
        "portuguese",
        "dutch",
        "mandarin",
        "cantonese",
        "chinese",
        "japanese",
        "korean",
        "hindi",
        "arabic",
        "malay",
        "tagalog",
        "hawaiian",
        "canadian",
        "american",
        "british",
        "european",
        "asian",
        "african",
        "latin",
        "indonesian",
        "vietnamese",
        "russian",
        "polish",
        "turkish",
        "ok",
        "okay",
        "yes",
        "no",
        "again",
        "also",
        "please",
    ]
)


@per_notes
def supported_numbers(notes: Notes) -> frozenset[str]:
    out: set[str] = set()
    for text in notes_texts(notes):
        for piece in words(text):
            for n in re.findall(r"\d+(?:\.\d+)?", piece.text):
                out.add(n)
    start = notes.interview.start
    out |= {
        str(start.hour),
        str(start.hour % 12 or 12),
        f"{start.hour}:{start.minute:02d}",
        f"{start.hour % 12 or 12}:{start.minute:02d}",
        str(notes.interview.duration_minutes),
    }
    if notes.interview.duration_minutes % 60 == 0:
        out.add(str(notes.interview.duration_minutes // 60))
    for day in supported_dates(notes):
        out |= {str(day.day), str(day.year), str(day.month)}
    return frozenset(out)


# "I'd", "we’re", "don't": a contraction is never a name, whatever its case or apostrophe.
_CONTRACTION = re.compile(r"^[a-z]+(?:n['\u2019]t|['\u2019](?:d|m|ve|ll|re|s))$", re.I)


def _function_word(bare: str) -> bool:
    """A contraction, or a function word in any case ('SO', 'THE' are shouting, not names)."""
    low = bare.lower().replace("\u2019", "'")
    return bool(_CONTRACTION.match(bare)) or low in STOPWORDS or (bare.isupper() and low in GENERIC)


def _common(low: str, supported: frozenset[str]) -> bool:
    """An ordinary word ('When' near 'Chen'), or one the notes use: never a misspelled name."""
    return low in supported or low in STOPWORDS or low in GENERIC or low in COMMON_CAPITALISED or low in MONTHS


def _near(a: str, b: str) -> bool:
    return a.lower() != b.lower() and SequenceMatcher(None, a.lower(), b.lower()).ratio() >= NEAR_MISS


def _unit_key(unit: str) -> str:
    return unit.lower().rstrip("s")[:5]


@per_notes
def _counts(notes: Notes) -> frozenset[tuple[str, str]]:
    """(number, unit) pairs the notes write: ('3', 'weeks') for 'three weeks', ('60', 'days')."""
    out = set()
    pair = re.compile(rf"\b(?P<n>\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})[\s-]+(?P<unit>[a-z%]+)", re.I)
    for text in notes_texts(notes):
        for m in pair.finditer(text):
            n = m.group("n").lower()
            out.add((str(NUMBER_WORDS.get(n, n)), _unit_key(m.group("unit"))))
    return frozenset(out)


def _counted_in_notes(word: str, unit: str, notes: Notes) -> bool:
    return (str(NUMBER_WORDS[word.lower()]), _unit_key(unit)) in _counts(notes)


def _counts_other_unit(word: str, unit: str, notes: Notes) -> bool:
    """'three months' where the notes say 'three weeks': the number is theirs, the unit is not."""
    n = str(NUMBER_WORDS[word.lower()])
    units = {u for num, u in _counts(notes) if num == n}
    time_units = {"day", "week", "month", "year", "hour", "minut"}
    return bool(units & time_units) and _unit_key(unit) in time_units and _unit_key(unit) not in units


_AHEAD = re.compile(r"\b(?:by|before|until|till|next|this|coming|no later than)\s+$", re.I)


@per_notes
def _months_named(notes: Notes) -> frozenset[int]:
    """Months the notes name on their own ("a start date in January")."""
    return frozenset(month_number(m.group("month")) for t in notes_texts(notes) for m in MONTH_ALONE.finditer(t))


def check_facts(draft: Draft, ctx: CheckContext) -> list[Finding]:
    notes = ctx.notes
    body = _MASK.sub(lambda m: " " * len(m.group()), draft.body)
    # placeholders ("[Name]", "<company>") are the placeholders check's; "ASAP" is the tone check's
    body = without_placeholders(body)
    body = re.sub(r"\bASAP\b", "    ", body)
    found: list[Finding] = []
    consumed: list[tuple[int, int]] = []
    dates = supported_dates(notes)
    known_days = {(d.month, d.day) for d in dates}
    hint = ", ".join(long_date(d) for d in sorted(dates))

    def add(code: str, message: str, span: tuple[int, int] | None, suggestion: str | None = None) -> None:
        found.append(Finding("facts", "error", code, message, span, suggestion))

    # dates, then weekdays and months standing alone
    for m, month, day, year in date_hits(body):
        consumed.append(m.span())
        ok = (month, day) in known_days and (year is None or any(d.year == year for d in dates))
        if not ok:
            add(
                "unsupported_date",
                f"'{m.group()}' is not a date in your notes (they have {hint}).",
                m.span(),
                long_date(min(dates, key=lambda d: abs((d.month * 31 + d.day) - (month * 31 + day)))),
            )
    weekdays = supported_weekdays(notes)
    for m in WEEKDAY.finditer(body):
        consumed.append(m.span())
        if _AHEAD.search(body[max(0, m.start() - 20) : m.start()]):
            continue  # "by Thursday", "next Monday": the candidate's own plan, not a fact from the notes
        if WEEKDAYS.index(m.group("weekday").lower()) not in weekdays:
            names_ = ", ".join(sorted({f"{d:%A}" for d in dates}))
            add(
                "unsupported_date",
                f"'{m.group()}' is not the weekday of a date in your notes ({names_}).",
                m.span(),
            )
    months = {d.month for d in dates} | {ctx.send_at.month} | _months_named(notes)
    for m in MONTH_ALONE.finditer(body):
        consumed.append(m.span("month"))
        if month_number(m.group("month")) not in months:
            add(
                "unsupported_date",
                f"'{m.group('month')}' does not match any date in your notes.",
                m.span("month"),
            )

    # numbers
    numbers = supported_numbers(notes)
    exact_lower = {t.lower() for t in exact_tokens(notes)}
    for piece in words(body):
        if not any(ch.isdigit() for ch in piece.text) or any(s <= piece.start < e for s, e in consumed):
            continue
        token = bare_word(piece.text.lower())
        digits = re.findall(r"\d+(?:\.\d+)?", token)
        if token in exact_lower or all(d in numbers for d in digits):
            continue
        add(
            "unsupported_number",
            f"'{piece.text}' is not in your notes; check the figure or leave it out.",
            (piece.start, piece.end),
        )
    for m in NUMBER_WORD.finditer(body):
        if _counted_in_notes(m.group("word"), m.group("unit"), notes):
            continue
        if (
            str(NUMBER_WORDS[m.group("word").lower()]) not in numbers
            and m.group("word").lower() not in supported_words(notes)
        ) or _counts_other_unit(m.group("word"), m.group("unit"), notes):
            add(
                "unsupported_number",
                f"'{m.group()}' is not in your notes; check the figure or leave it out.",
                m.span(),
            )

    found += _names(draft, ctx, body, consumed)
    found += check_links(draft, ctx) + check_compensation(draft, ctx)
    return sorted(found, key=lambda f: f.span or (0, 0))


def _names(draft: Draft, ctx: CheckContext, body: str, consumed: list[tuple[int, int]]) -> list[Finding]:
    notes = ctx.notes
    parts = [p for p in names(notes) if len(p) >= 3]
    supported = supported_words(notes)
    found: list[Finding] = []
    unsupported: list[Piece] = []

    def near_miss(piece: Piece, bare: str, where: str) -> bool:
        for part in parts:
            if bare == part:
                return False
            if bare.lower() == part.lower() or (_near(bare, part) and not _common(bare.lower(), supported)):
                found.append(
                    Finding(
                        "facts",
                        "error",
                        "misspelled_name",
                        f"{where}'{bare}' is not how the notes spell it: '{part}'.",
                        (piece.start, piece.start + len(bare)) if where == "" else None,
                        part,
                    )
                )
                return True
        return False

    for sentence in sentences(body):
        tokens = words(sentence.text)
        for n, tok in enumerate(tokens):
            piece = Piece(tok.text, sentence.start + tok.start, sentence.start + tok.end)
            if not piece.text[0].isupper() or any(ch.isdigit() for ch in piece.text):
                continue
            if any(s <= piece.start < e for s, e in consumed):
                continue
            bare = bare_word(piece.text)
            if _function_word(bare):
                continue
            after = sentence.text[tok.end : tok.end + 1]
            following = tokens[n + 1].text if n + 1 < len(tokens) else ""
            initial = n == 0 or sentence.text[tokens[n - 1].end : tok.start].strip() in {
                ":",
                '"',
                "“",
                "(",
                "—",
                "-",
            }
            looks_like_name = not initial or after in {",", "'", "\u2019"} or (following[:1].isupper())
            if looks_like_name and near_miss(piece, bare, ""):
                continue
            if initial:
                continue
            low = bare.lower()
            if low in COMMON_CAPITALISED or low in supported or bare in ACRONYMS or low in MONTHS:
                continue
            if "-" in low and all(p in supported or p in COMMON_CAPITALISED for p in low.split("-") if p):
                continue
            unsupported.append(Piece(bare, piece.start, piece.start + len(bare)))

    # a run of unsupported words ("Globex Corporation") is one finding
    runs: list[list[Piece]] = []
    for piece in unsupported:
        if runs and body[runs[-1][-1].end : piece.start].strip() == "":
            runs[-1].append(piece)
        else:
            runs.append([piece])
    for run in runs:
        text = body[run[0].start : run[-1].end]
        found.append(
            Finding(
                "facts",
                "error",
                "unsupported_name",
                f"'{text}' is not in your notes; if you discussed it, add it to the notes, otherwise leave it out.",
                (run[0].start, run[-1].end),
            )
        )

    for tok in words(draft.subject or ""):
        if tok.text[:1].isupper():
            near_miss(tok, bare_word(tok.text), "In the subject, ")
    found += _wrong_recipient(draft, ctx, body)
    found += _wrong_surname(draft, ctx, body)
    return found


_GREETING = re.compile(
    r"^\s*(?i:dear|hi|hello|good (?:morning|afternoon)|hey)\s+"
    rf"(?i:(?:{'|'.join(sorted(HONORIFICS, key=len, reverse=True))})\.?\s+)?(?P<name>[A-Z][\w'\u2019-]+)"
)


def _wrong_recipient(draft: Draft, ctx: CheckContext, body: str) -> list[Finding]:
    person = ctx.recipient(draft)
    m = _GREETING.match(body) or re.match(r"^\s*(?P<name>[A-Z][\w'\u2019-]+),", body)
    if person is None or m is None:
        return []
    greeted = m.group("name")
    if greeted in person.name.split():
        return []
    for other in ctx.notes.interviewers:
        if other is not person and greeted in other.name.split():
            return [
                Finding(
                    "facts",
                    "error",
                    "wrong_recipient",
                    f"This draft is for {person.name} but greets {other.name}.",
                    m.span("name"),
                    person.first_name,
                )
            ]
    return []


_TITLED = re.compile(
    r"^\s*(?:(?i:dear|hi|hello|good (?:morning|afternoon|evening))\s+)?"
    r"(?P<title>(?i:mr|ms|mrs|miss|mx|dr|prof))\.?\s+(?P<name>[A-Z][\w'\u2019-]+)"
)


def _wrong_surname(draft: Draft, ctx: CheckContext, body: str) -> list[Finding]:
    """'Ms. Ling' for Tan Wei Ling (weiling.tan@...): a title goes with the family name, and an address
    written given.family@ says which part that is, whatever order the name is written in."""
    person = ctx.recipient(draft)
    m = _TITLED.match(body)
    if person is None or m is None or not person.email:
        return []
    local = person.email.split("@")[0].lower()
    pieces = [p for p in re.split(r"[._-]", local) if p]
    if len(pieces) < 2:
        return []
    given, family = pieces[0], pieces[-1]
    greeted = m.group("name").lower()
    surname = next((p for p in name_parts(person.name) if p.lower() == family), None)
    if surname is None or greeted == family or greeted not in given:
        return []
    title = m.group("title")
    return [
        Finding(
            "facts",
            "error",
            "wrong_surname",
            f"'{title}. {m.group('name')}' uses a given name; {person.name}'s family name is {surname}.",
            m.span("name"),
            surname,
        )
    ]
