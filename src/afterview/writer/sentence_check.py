"""Whether a sentence the writer built from a notes item reads whole, judged on the sentence alone.

The item gate (gate.py) judges an item before a frame takes it; this judges what came out of the frame, where
a jotted item and a frame meet: an article before the wrong sound ("a October launch"), "you" left where the
notes had a possessive ("grants to you family trusts"), a passive auxiliary before a verb that takes an
object ("you're toured the site"), a plural subject with a singular verb ("the sensors is"), an ending that
attaches to the clause inside the frame instead of the frame ("to go over how the tender closes in May with
you"; "I will send the samples I glazed shortly"), digits glued to a word ("12boat"), a sentence too long to read
in one breath. The last gate (last_gate.py) drops a sentence with any of these; the note says less, all of it
whole. Each rule is a shape of English, never a word of one set of notes.
"""

from __future__ import annotations

import re

from afterview.writer.english_form import verbless_i
from afterview.writer.gate import has_verb
from afterview.writer.lemma import lemmas
from afterview.writer.notes_traces import pasted
from afterview.writer.tagger import tags, tokens

# Longest sentence a note holds before it reads as pasted notes run together (words).
SENTENCE_MAX = 50

# Words spelt with a vowel that begin with a consonant sound ('a university', 'a one-off', 'a European'),
# and words spelt with a consonant that begin with a vowel sound ('an hour', 'an honest').
_VOWEL_LETTER_CONSONANT_SOUND = re.compile(r"^(?:uni|use|usu|usa|ute|uti|eu|ewe|one|once|ouija|ura|uro|ure)", re.I)
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir|herb)", re.I)
# Letters said with a vowel sound when an initialism is spelt out ('an MRI', 'an SLA', 'an F1 car').
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")


def _needs_an(word: str) -> bool | None:
    """Whether `word` takes 'an' (True), 'a' (False), or cannot be told (None: a digit, a symbol)."""
    if not word or not word[0].isalpha():
        return None
    initialism = len(word) > 1 and word.isupper() and word.isalpha() and len(word) <= 5
    if initialism or re.match(r"^[A-Z](?:\d|-)", word):
        return word[0] in _VOWEL_SOUND_LETTERS
    if _SILENT_H.match(word):
        return True
    if _VOWEL_LETTER_CONSONANT_SOUND.match(word):
        return False
    return word[0].lower() in "aeiou"


def _article(words: list[str]) -> str | None:
    for n, word in enumerate(words[:-1]):
        if word.lower() not in ("a", "an"):
            continue
        wants = _needs_an(words[n + 1])
        if wants is not None and wants != (word.lower() == "an"):
            return f"'{word} {words[n + 1]}': the article does not match the sound"
    return None


_PREPOSITIONS = {"to", "for", "with", "about", "from", "of", "on", "at", "by", "into", "onto", "toward", "towards"}
# nouns that follow an object 'you' in written English ('with you today', 'to you all', 'thank you both')
_AFTER_YOU = {"all", "both", "today", "tomorrow", "yesterday", "tonight", "again", "guys", "two", "three"}


def _you_for_your(words: list[str], found: list[str]) -> str | None:
    """'grants to you family trusts': 'you' after a preposition, then a noun that belongs to it."""
    for n in range(1, len(words) - 1):
        if words[n].lower() != "you" or words[n - 1].lower() not in _PREPOSITIONS:
            continue
        after = words[n + 1]
        if after.lower() in _AFTER_YOU or not after.isalpha() or not after.islower():
            continue
        noun = found[n + 1].startswith("NOUN")
        modifier = found[n + 1].startswith("ADJ") and n + 2 < len(words) and found[n + 2].startswith("NOUN")
        if (noun or modifier) and set(lemmas(after)) <= {"NOUN", "ADJ"}:
            return f"'you {after}': a noun of theirs after 'you'"
    return None


def _passive_with_object(words: list[str], found: list[str]) -> str | None:
    """ "you're toured Lisbon": 're or 'm (a form of 'be') before a participle of a verb that takes an object, then
    its object; 'you've visited' was meant. ('you're based in Lisbon', 'we're booked for May' keep their
    preposition.)"""
    for n in range(1, len(words) - 2):
        if words[n].lower() not in ("'re", "'m", "’re", "’m"):
            continue
        participle, after = words[n + 1], words[n + 2]
        if not found[n + 1].startswith("VERB") or not participle.lower().endswith("ed"):
            continue
        if found[n + 2].split("|")[0] in ("PROPN", "DET", "NUM"):
            return f"'{words[n]} {participle} {after}': a passive auxiliary before a verb with its object"
    return None


_SINGULAR_VERBS = {"is", "was", "has", "does"}


def _agreement(words: list[str], found: list[str]) -> str | None:
    """'the sensors is down': a plural noun heading its subject, then a singular verb ('3 months is a long
    notice' counts a measure, and a name in the plural is one thing: 'Pandian Sons is')."""
    for n in range(1, len(words) - 1):
        noun, verb = words[n], words[n + 1]
        if verb.lower() not in _SINGULAR_VERBS or not found[n].startswith("NOUN") or not noun.islower():
            continue
        plural = noun.endswith("s") and not noun.endswith("ss") and noun not in lemmas(noun).get("NOUN", (noun,))
        counted = any(t.startswith("NUM") for t in found[max(0, n - 3) : n])
        if plural and not counted and words[n - 1].lower() in ("the", "these", "those", "our", "your", "their", "its"):
            return f"'{noun} {verb}': a plural subject with a singular verb"
    return None


_WH = {"how", "why", "whether", "what", "where", "when"}


def _ending_inside(words: list[str], found: list[str]) -> str | None:
    """'to go over how the tender closes in May with you': 'with you' after a clause of theirs, which
    it then seems to belong to ('how the crews rotate, and I enjoyed talking with you' is a clause of its own)."""
    low = [w.lower() for w in words]
    if low[-2:] != ["with", "you"]:
        return None
    at = max((n for n, word in enumerate(low[:-2]) if word in _WH), default=None)
    if at is None:
        return None
    clause = words[at + 1 : -2]
    joined = "and" in [w.lower() for w in clause] or "," in " ".join(clause)
    inside = clause and not joined and has_verb(" ".join(clause))
    return "'with you' after a clause inside the frame" if inside else None


_LATER = {"shortly", "soon", "tomorrow"}


def _past_then_later(words: list[str], found: list[str]) -> str | None:
    """'I will send the samples I glazed shortly', '… the clients I worked for soon': a word of the future
    after a past verb (and its preposition) it cannot modify."""
    if len(words) < 3 or words[-1].lower() not in _LATER or "will" not in [w.lower() for w in words]:
        return None
    at = len(words) - 2
    if found[at].startswith("ADP") and at > 1:  # 'reported to shortly'
        at -= 1
    verb = words[at].lower()
    if not found[at].startswith("VERB|Fin") or verb.endswith("s"):  # 'the trial rows shortly': a plural noun
        return None
    base = lemmas(verb).get("VERB", (verb,))
    return f"'{verb} … {words[-1]}': a word of the future after a past verb" if verb not in base else None


def _with_twice(words: list[str]) -> str | None:
    """'to discuss the kites with the coated line with you': the frame's 'with you' after an item that has its
    own 'with', so the two run together."""
    low = [w.lower() for w in words]
    if low[-2:] == ["with", "you"] and "with" in low[:-2]:
        at = len(low) - 3 - low[-3::-1].index("with")
        if "and" not in low[at:-2]:
            return "'with you' after another 'with'"
    return None


def _the_count_more(words: list[str], found: list[str]) -> str | None:
    """'the 2 more rounds': 'the' before a count and 'more' ('the two further rounds', '2 more rounds')."""
    for n in range(len(words) - 2):
        if words[n].lower() == "the" and found[n + 1].startswith("NUM") and words[n + 2].lower() == "more":
            return f"'the {words[n + 1]} more': an article before a count of more"
    return None


_HEDGED = {"about", "around", "roughly", "nearly", "almost"}
# verbs that say a level with a hedged figure ('occupancy sits around 55%'), which the tagger may read as plural nouns
_LEVEL_VERBS = frozenset(
    f"{stem}{end}"
    for stem in ("sit", "stand", "hover", "run", "stay", "average", "range", "peak", "hold", "land", "trend", "come")
    for end in ("s", "ed")
) | {"sat", "stood", "ran", "held", "came", "is", "was", "are", "were"}


def _figure_without_verb(words: list[str], found: list[str]) -> str | None:
    """'your explanation of Italy and France about 70% of sales': a share jotted after the noun it is of, inside a
    phrase after a preposition, with no verb to say what it is ('I grew sales about 20%' has its verb)."""
    for n in range(2, len(words) - 1):
        figure = words[n + 1][:1].isdigit() and (words[n + 1].endswith("%") or words[n + 2 : n + 3] == ["%"])
        if words[n].lower() not in _HEDGED or not figure or not found[n - 1].startswith(("NOUN", "PROPN")):
            continue
        if words[n - 1].lower() in _LEVEL_VERBS:
            continue
        before = found[: n - 1]
        at = max((k for k, tag in enumerate(before) if tag.startswith("ADP")), default=None)
        if at is not None and not any(tag.startswith(("VERB|Fin", "AUX|Fin")) for tag in found[at:n]):
            return f"'{words[n - 1]} {words[n]} {words[n + 1]}': a figure without its verb"
    return None


# people one serves, which a walk-through cannot go through ('walked me through the guests from the coach tours')
_WALKED = re.compile(
    r"\b(?:walk|walked|walking|take|took|taking|talk|talked|talking) me through (?:the |your |our )?(?:[\w'-]+ ){0,3}?"
    r"(?:guests|customers|clients|visitors|tourists|students|members|families|riders|players|patients|parents|"
    r"children|kids|people|groups|buyers|donors|tenants|passengers)\b"
    r"(?!['’]| (?:journey|flow|process|list|data|numbers)\b)"
)


def _walked_through_people(sentence: str) -> str | None:
    m = _WALKED.search(sentence)
    return f"'{m.group(0)}': a walk-through of people, not of a process" if m else None


# clipped words a note keeps and a letter writes out, in the singular or the plural ('govts', 'docs', 'temp')
_CLIPPED = re.compile(
    r"\b(?:govt|dept|mgr|mgmt|doc|temp|approx|ref|comp|req|yr|wk|mo|hr|min|avg|qty|amt|acct|cust|mtg|appt|convo)s?"
    r"\b(?![-'’])"
)


def _clipped(sentence: str) -> str | None:
    m = _CLIPPED.search(sentence)
    return f"'{m.group(0)}': a clipped word of the notes" if m else None


# digits run into a word ('12boat', '3sites'); units, ordinals and decades stay ('40km', '3rd', '1990s', '24h')
_GLUED = re.compile(r"\b\d+(?:\.\d+)?([a-z]{3,})\b")
_UNITS = {
    "kwh", "mwh", "gwh", "mph", "kph", "kmh", "mhz", "ghz", "khz", "lbs", "yrs", "hrs", "min", "mins", "sec", "secs",
    "ths", "kgs", "bn", "mil", "gbps", "mbps", "px", "rpm", "psi", "ppm", "ppb", "sqm", "sqft", "cwt", "dpi",
}  # fmt: skip


def _glued(sentence: str) -> str | None:
    for m in _GLUED.finditer(sentence):
        if m.group(1) not in _UNITS:
            return f"'{m.group(0)}': a number run into a word"
    return None


_RULES = (
    _you_for_your,
    _passive_with_object,
    _agreement,
    _ending_inside,
    _past_then_later,
    _the_count_more,
    _figure_without_verb,
)


def faults(sentence: str) -> list[str]:
    """Why `sentence` would not read as written English a careful person sends (module doc); empty when it does."""
    words = tokens(sentence)
    if not words:
        return []
    verbless = "an 'I' with no verb" if verbless_i(sentence) else None
    marks = (_glued(sentence), _clipped(sentence), _walked_through_people(sentence), pasted(sentence), verbless)
    out = [f for f in (_article(words), _with_twice(words), *marks) if f]
    if len(words) > SENTENCE_MAX:
        out.append(f"{len(words)} words in one sentence")
    found = tags(words)
    if found is None:
        return out
    for rule in _RULES:
        fault = rule(words, found)
        if fault:
            out.append(fault)
    return out


# a sentence ends at a stop before a capital ('Dr. Ruiz' and '1.45' stay inside one)
_BOUNDARY = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<=[.!?])\s+(?=[A-Z\"“'‘(])")


def _sentences(text: str, offset: int) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for paragraph in text.split("\n\n"):
        pieces = _BOUNDARY.split(paragraph)
        inner = 0
        for piece in pieces:
            begin = paragraph.index(piece, inner)
            inner = begin + len(piece)
            if piece.strip():
                out.append((offset + at + begin, offset + at + inner, piece.strip()))
        at += len(paragraph) + 2
    return out


def garbled_spans(body: str) -> list[tuple[int, int]]:
    """Where a sentence of the middle paragraphs of a message (not its greeting, not its sign-off) has a fault."""
    paragraphs = body.rstrip("\n").split("\n\n")
    if len(paragraphs) < 3:  # LinkedIn: one paragraph and a sign-off line; its first sentence is the greeting
        found = _sentences(body.partition("\n")[0], 0)[1:]
    else:
        start = len(paragraphs[0]) + 2
        found = _sentences(body[start : start + len("\n\n".join(paragraphs[1:-1]))], start)
    return [(begin, end) for begin, end, sentence in found if faults(sentence)]


_WITH_YOU = (" with you.", " with you!")


def mended(body: str) -> str:
    """`body` with a frame's closing 'with you' left off a sentence whose only fault it is ('to go over X and how
    you deploy on Fridays with you.' → '… on Fridays.'): the sentence then says its item whole, with nothing added."""
    for begin, end in reversed(garbled_spans(body)):
        sentence = body[begin:end].rstrip()
        if sentence.endswith(_WITH_YOU):
            shorter = sentence[: -len(" with you.")] + sentence[-1]
            if not faults(shorter):
                body = body[:begin] + shorter + body[begin + len(sentence) :]
    return body
