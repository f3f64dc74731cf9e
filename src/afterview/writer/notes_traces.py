"""Notes shorthand a sentence still carries after a frame took its item, mended in the letter or marked as a fault.

A notes item is jotted: a small count in digits ('reference checks - 2 referees', 'my team of 4'), a range of
years pasted after its clause ('did her own apprenticeship here 2019-2023'), a span of years run into the work
('5 yrs welding'), a place word that pointed at the notes' own heading ('set up a loaner pool there'). In a
letter each reads as pasted. `mended` rewrites what has one plain written form — a count of one to ten in words
where no larger figure stands beside it (a sentence keeps its figures alike: 'from 18 days to 6 days' stays);
'2019-2023' after a clause as 'from 2019 to 2023'; 'five years welding' as 'five years of welding'; 'ran the
marathon 2025' as '… in 2025'; a 'there' or 'here' with no place named before it in the letter left out;
'going over moving X' as 'talking about moving X'; '3.1 h' as '3.1 hours' — and `pasted` names what has none:
two 'with' phrases back to back ('with a tablet form with my team'), a clause hung on 'with' ('the season with
queue explodes'). The last gate drops a sentence `pasted` faults, and the item gate (gate.py) an item form with
one. Each rule is a shape of jotted English, never a word of one set.
"""

from __future__ import annotations

import itertools
import re

from afterview.shorthand_words import SPELLED
from afterview.writer.countable import countable
from afterview.writer.lemma import lemmas
from afterview.writer.shapes import PREPOSITIONS
from afterview.writer.tagger import tags, tokens

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS},?\s*$")
_MONTH_AFTER = re.compile(rf"^\s*{_MONTHS}")
# a count of one to ten standing as a word of its own, then a lowercase word
_SMALL = re.compile(
    r"(?<![\w$£€¥₹.,:/–~≈+#*-])(?P<n>[1-9]|10)(?![\w%.,:/–×-])(?P<gap> +)(?P<next>[a-z]+)\b"
    r"|(?<=\bof )(?P<last>[1-9]|10)(?=[.,;!?](?!\d)|$)"  # 'my team of 4.'
)
# words after a figure that make it a measure, a time or a label, which keep their digits
_UNITS = {
    "am", "pm", "a", "x", "ft", "km", "kg", "g", "m", "mm", "cm", "l", "ml", "t", "h", "hr", "hrs", "min", "mins",
    "s", "sec", "ha", "ac", "kw", "kwh", "mw", "mwh", "hp", "psi", "bar", "v", "w", "mph", "kph", "lb", "lbs", "oz",
    "mi", "in", "of", "out", "per", "percent", "pc", "pct", "dp", "nm", "gb", "mb", "tb", "k",
}  # fmt: skip
# words before a figure that make it a number of something named ('Stage 4', 'phase 2', 'level 3', 'route 9')
_LABELS = {
    "stage", "phase", "level", "grade", "round", "step", "version", "chapter", "room", "floor", "gate", "line",
    "zone", "bay", "platform", "route", "ward", "unit", "sector", "tier", "number", "no", "section", "part", "year",
    "class", "band", "type", "category", "week", "day", "module", "item", "question", "at", "by", "until", "from",
    "lot", "plot", "block", "berth", "pier", "dock", "hall", "wing", "track", "lane", "terminal", "model", "pool",
}  # fmt: skip
# another figure, which a count beside it matches in digits ('12 students, 9 finished'); a year is none
_FIGURE_WORD = re.compile(r"(?<![\w.,])[$£€¥₹~≈]?\d[\d.,]*")
_YEAR = re.compile(r"(?:19|20)\d\d$")


def _spelled(sentence: str) -> str:
    """`sentence` with each small count in words ('a team of four'), unless a figure beside it stays in digits."""
    found = [m for m in _SMALL.finditer(sentence) if _is_count(sentence, m)]
    counts = {m.start() for m in found}
    # figures that stay in digits (not a year): a count within three words of one matches it ('18 days to 6 days')
    kept = [
        m.start() for m in _FIGURE_WORD.finditer(sentence) if m.start() not in counts and not _YEAR.match(m.group())
    ]
    for m in reversed(found):
        if any(len(sentence[min(k, m.start()) : max(k, m.start())].split()) <= 5 for k in kept):
            continue
        word = SPELLED[m.group("n") or m.group("last")]
        if not sentence[: m.start()].strip():
            word = word.capitalize()
        sentence = sentence[: m.start()] + word + sentence[m.start() + len(m.group("n") or m.group("last")) :]
    return sentence


def _is_count(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    words_before = before.split()
    label = words_before[-1].lower().strip("(.#") if words_before else ""
    if m.group("last"):
        return True
    named = (
        bool(words_before)
        and words_before[-1][:1].isupper()
        and len(words_before) > 1
        and not before.rstrip().endswith((",", ":"))
    )
    if label in _PREPOSITION_LABELS and _things_after(sentence[m.start("next") :]):
        label = ""  # 'at 3 enduro events': a count of things, never a time ('at 3 pm') or a place ('from 2 to 5')
    if _numbered(words_before) and _things_after(sentence[m.start("next") :]):
        return False  # 'to kiln 2 stops': the figure numbers the noun before it, the stops are that kiln's
    if m.group("next") in _UNITS or label in _LABELS or named or _noun_before(label):
        return False
    return not (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(sentence[m.end("gap") :]))


_OWNERS = {"my", "our", "your", "their", "his", "her", "its"}
_PREPOSITION_LABELS = {"at", "by", "until", "from"}


def _numbered(words_before: list[str]) -> bool:
    """Whether the words before a figure end in a singular noun used as one ('to kiln', 'the bay'): after a
    preposition or a determiner, never a verb ('I cut 4 roles')."""
    word = words_before[-1] if words_before else ""
    if len(words_before) < 2 or not word.isalpha() or not word.islower() or word in _OWNERS | {"the", "a", "an"}:
        return False  # 'about your 7 road weather stations': a count after an owner
    found = lemmas(word)
    if word not in found.get("NOUN", ()) or "ADV" in found or countable(word) is False:
        return False  # 'to how 4 deckhands left': 'how' is no noun, whatever the dictionary lists
    return words_before[-2].lower() in PREPOSITIONS | {"the", "a"}


def _things_after(text: str) -> bool:
    """Whether `text` opens with a plural noun, after up to two modifiers ('enduro events', 'key accounts')."""
    words = re.findall(r"[a-z][a-z-]*|\S", text)[:3]
    for word in words:
        if not word.replace("-", "").isalpha():
            return False
        if "NOUN" in lemmas(word) and word.endswith("s") and word not in lemmas(word)["NOUN"]:
            return True
    return False


def _noun_before(word: str) -> bool:
    """'lot 2 contract', 'kiln 3': a figure after a word that can only be a noun numbers it."""
    return word.isalpha() and word not in _OWNERS and set(lemmas(word)) == {"NOUN"}


_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty)"
# 'five years welding': a span of time run into the work it was spent on
_SPAN_RUN = re.compile(rf"\b(?P<span>{_NUMBER} (?:years?|months?)) (?P<work>[a-z]+ing)\b")
_SPAN_IDIOMS = {"running", "during", "according", "starting", "beginning", "including", "following", "ending"}
# '2019-2023' or '2019–23' after a word of the clause
_RANGE = re.compile(r"(?<=[a-z] )(?P<a>(?:19|20)\d\d) ?[-–] ?(?P<b>(?:19|20)?\d\d)\b(?![-–/\d])")
_PLACE_WORD = re.compile(r"(?<=[a-z]) (?:there|here)(?=[.,;!?]| from \d| \()")
# a place named before a 'there': a name after a preposition of place, or the speaker's own workplace
_PLACE_NAMED = re.compile(
    r"\b(?i:at|in|to|from|near|around|visit\w*|tour\w*|join\w*|left|leaving) (?:the |my |our |your |a )?[A-Z]"
    r"|\b(?i:at|in) (?:my|our) (?:last|previous|current|old|former)\b"
)
# 'there'/'here' a verb of being or moving needs ('been there', 'get there', 'is there'), never left out
_PLACE_VERBS = {
    "be", "been", "is", "are", "was", "were", "get", "got", "go", "went", "gone", "going", "come", "came", "out",
    "over", "in", "up", "down", "back", "right", "work", "working", "worked", "same", "live", "lived", "living",
    "stay", "stayed", "start", "started", "join", "joined", "move", "moved", "it", "from", "both", "everyone",
}  # fmt: skip


def _spans(sentence: str) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group("work") in _SPAN_IDIOMS:
            return m.group(0)
        before = sentence[: m.start()].split()
        spent = before and before[-1].lower() in ("spent", "spend", "spending")
        if spent and not re.match(r"[a-z]+ing (?:[a-z]+ )*?and [a-z]+(?<!ing)\b", sentence[m.start("work") :]):
            return m.group(0)  # 'I spent five years welding pipes' is said so
        return f"{m.group('span')} {'on' if spent else 'of'} {m.group('work')}"

    return _SPAN_RUN.sub(one, sentence)


def _ranges(sentence: str) -> str:
    def one(m: re.Match[str]) -> str:
        before = sentence[: m.start()].split()
        # after a preposition ('the fee revision for 2027-28') the range is said as jotted: 'from' after it
        # would be a second preposition in a row ('for from 2027 to 2028')
        if before and before[-1].lower() in ("since", "the", "until", "till", *PREPOSITIONS):
            return m.group(0)
        b = m.group("b") if len(m.group("b")) == 4 else m.group("a")[:2] + m.group("b")
        return f"from {m.group('a')} to {b}"

    return _RANGE.sub(one, sentence)


def _place_words(sentence: str, letter_before: str) -> str:
    if _PLACE_NAMED.search(letter_before):
        return sentence

    def one(m: re.Match[str]) -> str:
        before = sentence[: m.start()].split()
        if not before or before[-1].lower() in _PLACE_VERBS:
            return m.group(0)
        word = m.group(0).strip()
        if word == "here" and not re.search(r"\byou(?:r)?\b", sentence[: m.start()], re.I):
            return m.group(0)  # 'here' a letter may say of the reader's place of its own accord
        return ""

    return _PLACE_WORD.sub(one, sentence)


# a frame that goes through a thing, before an item that is a deed ('going over moving paper job cards'): the
# deed is talked about, never gone over
_THROUGH = re.compile(
    r"\b(?:going over|walking me through|taking me through|explaining|outlining) (?=(?P<deed>[a-z]+ing) [a-z])"
)


def _deed_talked_about(sentence: str) -> str:
    def one(m: re.Match[str]) -> str:
        return "talking about " if "VERB" in lemmas(m.group("deed")) else m.group(0)

    return _THROUGH.sub(one, sentence)


def mended_sentence(sentence: str, letter_before: str = "") -> str:
    """`sentence` with the shorthand that has one written form written so (module doc)."""
    said = _deed_talked_about(_years(_ranges(_spans(_spelled(spelled_hours(sentence))))))
    return _place_words(said, letter_before)


# an hour jotted as 'h' after its number ('3.1 h'), which a letter spells out; 'from 3.1 h to 1.2 h' is said
# 'from 3.1 to 1.2 hours'
_HOURS = re.compile(r"(\d) h\b(?![-'])")
_FROM_HOURS = re.compile(r"\bfrom (\S+) hours to (\S+ hours)\b")


def spelled_hours(text: str) -> str:
    """'went from 3.1 h to 1.2 h' → 'went from 3.1 to 1.2 hours' (a spell-checker reads 'h.' as a typo)."""
    return _FROM_HOURS.sub(r"from \1 to \2", _HOURS.sub(r"\1 hours", text))


# a year left at the end of a clause or before its comma, after a word that does not take it ('ran the marathon 2025')
_BARE_YEAR = re.compile(r"(?<=\w )(?P<year>(?:19|20)\d\d)(?=[.,;!?]|$| and\b)")
_YEAR_TAKERS = {
    "in", "since", "from", "to", "until", "by", "of", "and", "or", "through", "before", "after", "during", "the",
    "summer", "spring", "winter", "autumn", "fall", "early", "late", "mid", "end", "start", "class", "between",
    "for", "as", "at", "around", "about", "circa", "per", "into", "within", "over", "across", "throughout",
}  # fmt: skip
_PLACE_PREPOSITIONS = {"to", "in", "at", "from", "near", "around"}


def _years(sentence: str) -> str:
    """'I ran the Seoul marathon 2025.' → '… marathon in 2025.'; a name's edition ('the Heritage Craft Award 2026')
    and a date ('May 2025') stay; after a place ('moved to Yerevan 2025') the year is when."""

    def one(m: re.Match[str]) -> str:
        before = sentence[: m.start()].split()
        word = before[-1] if before else ""
        if not word or word.lower() in _YEAR_TAKERS or _MONTH_BEFORE.search(sentence[: m.start()]):
            return m.group(0)
        if not word[0].islower() and not (len(before) > 1 and before[-2].lower() in _PLACE_PREPOSITIONS):
            return m.group(0)
        return "in " + m.group("year") if word[-1].isalpha() else m.group(0)

    return _BARE_YEAR.sub(one, sentence)


def pasted(sentence: str) -> str | None:
    """Why `sentence` still reads as pasted from the notes (module doc), or None."""
    return _with_with(sentence) or _with_clause(sentence)


# Nouns of a meeting take their people with 'with' ('a final round with the CFO', 'a call with the team lead'):
# a second 'with' after one of them is the meeting's, not a pasted run.
_MEETINGS = {
    "round",
    "meeting",
    "call",
    "interview",
    "chat",
    "conversation",
    "session",
    "talk",
    "visit",
    "lunch",
    "coffee",
    "dinner",
    "discussion",
    "stage",
    "panel",
    "presentation",
    "tour",
    "walkthrough",
    "demo",
    "workshop",
}

_RELATIVES = {"that", "which", "who", "whose", "where", "when", "and", "or", "but", "because", "so", "while", "if"}
_STOPS = {"to", "for", "about", "of", "on", "in", "at", "by", "from", "me", "us", "you", "him", "her", "them", "it"}


def _with_clause(sentence: str) -> str | None:
    """'the descaling season with queue explodes': a jotted clause ('queue explodes') hung on 'with', its verb one
    that is never a noun, right after a noun, with no word to join it."""
    low = [w.lower() for w in tokens(sentence)]
    for n, word in enumerate(low):
        if word != "with":
            continue
        for k in range(n + 2, min(n + 5, len(low))):
            if low[k - 1] in _RELATIVES or low[k - 1] in _STOPS or not low[k - 1].isalpha():
                break
            verb = low[k].isalpha() and low[k].endswith("s") and not low[k].endswith("ss")
            if verb and set(lemmas(low[k])) == {"VERB"} and "NOUN" in lemmas(low[k - 1]):
                return f"'with {' '.join(low[n + 1 : k + 1])}': a clause hung on 'with'"
    return None


def _with_with(sentence: str) -> str | None:
    """'with a tablet form with my team of four': a second 'with' phrase straight after the first's noun."""
    words = tokens(sentence)
    low = [w.lower() for w in words]
    at = [n for n, w in enumerate(low) if w == "with"]
    if len(at) < 2:
        return None
    found = tags(words)
    for first, second in itertools.pairwise(at):
        between = words[first + 1 : second]
        if not between or (second + 1 < len(low) and low[second + 1] == "you"):
            continue
        if any(w in (",", "and", "or", "which", "that", "who", "to", "for", ";") for w in low[first + 1 : second]):
            continue
        if low[second - 1] in _MEETINGS:
            continue
        tagged = found is not None and any(t.startswith(("VERB", "AUX")) for t in found[first + 1 : second])
        verbs = tagged or any("VERB" in lemmas(w) and "NOUN" not in lemmas(w) for w in between)
        if not verbs:
            return f"'with {' '.join(between)} with': two 'with' phrases run together"
    return None


_BOUNDARY = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<=[.!?])(\s+)(?=[A-Z\"“'‘(])")


def mended(body: str, company: str = "") -> str:
    """`body` with each sentence of its middle (never the greeting line, never the sign-off) mended
    (`mended_sentence`), each judged with the letter before it for a place a 'there' may point at (the reader's
    own `company` is none: the candidate's 'there' is somewhere else)."""
    paragraphs = body.rstrip("\n").split("\n\n")
    if len(paragraphs) < 3:  # LinkedIn: one paragraph, then the sign-off line
        message, newline, sign_off = body.rstrip("\n").rpartition("\n")
        return _mend_text(message, "", company) + newline + sign_off + "\n" if newline else body
    middle = [paragraphs[0]]
    for paragraph in paragraphs[1:-1]:
        middle.append(_mend_text(paragraph, "\n\n".join(middle), company))
    return "\n\n".join([*middle, paragraphs[-1]]) + "\n"


def _mend_text(text: str, before: str, company: str) -> str:
    pieces = _BOUNDARY.split(text)
    out: list[str] = []
    for piece in pieces:
        letter = before + " " + "".join(out)
        letter = letter.replace(company, "the company") if company.strip() else letter
        out.append(piece if not piece.strip() else mended_sentence(piece, letter))
    return "".join(out)
