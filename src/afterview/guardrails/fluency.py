"""Fluency (warnings): the seams of a form letter, in any draft (template, LLM or hand-written).

A notes item pasted after a colon; "their"/"our" copied from the notes into a message to the
person they refer to; a mail-merge greeting (first name plus surname, outside a formal register);
two asks in one message; notes shorthand left in ("in Oct", "~6 wks", "9 -> 15": shorthand.py); "she" in a
thank-you meaning its recipient (recipient_pronoun.py);
a phrase of three content words said twice in one message; a sentence that also appears in
another message of the same run. Info findings say which notes items were left out because they
read as instructions or name money, and suggest `greet_as` for a family-name-first name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.fluency_words import FILLER, same_word
from afterview.guardrails.recipient_pronoun import recipient_pronoun
from afterview.guardrails.shorthand import shorthand
from afterview.guardrails.signoff import doubled_signoff
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import STOPWORDS, Piece, sentence_key, sentences
from afterview.notes.injection import looks_like_instruction, talks_pay
from afterview.notes.model import Interviewer, Notes
from afterview.notes.names import HONORIFICS, family_name_first, given_name, name_parts
from afterview.vocabulary import Culture

CHECK = "fluency"
MIN_SHARED_SENTENCE = 6  # words; shorter lines ("Thank you again.") are fine in two messages

_PRONOUN = re.compile(r"\b(?:their|theirs|our|ours|we|us|they)\b", re.I)
# The greeting line: the first line, or a later one of the first three when something was pasted above it.
_GREETING = re.compile(
    r"\A(?:[^\n]*\n\s*){0,2}?[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon))\s+(?P<name>[^,\n]+?)\s*,", re.I
)
_ASK = re.compile(
    r"\b(?:please let me know|(?:could|would|can) you (?:let me know|tell me|share|update me)"
    r"|let me know (?:if|whether|when|where|how)"
    r"|i would (?:appreciate|be grateful for) (?:knowing|an update|hearing|any)"
    r"|(?:may|might|can) i ask|i (?:wanted|am writing|write|would like) to ask)\b",
    re.I,
)
# A second request for something else: "Separately, could you send me the roster?" (an offer is no ask).
_FAVOUR = re.compile(
    r"\b(?:could|would|can) you (?:please |also |kindly )?let me know (?:whether|if|when|what|how)"
    r" (?!you need|there is anything|I can|anything)"
    r"|\b(?:could|would|can) you (?:please |also |kindly )?(?:send|share|forward|provide|give|introduce|connect"
    r"|tell me (?:more"
    r"|about|whether|if|when|what|how)|explain|confirm|check|arrange|set up|schedule|book|organi[sz]e)\b"
    r"|\bif you could (?:please |also )?(?:arrange|set up|schedule|book|organi[sz]e|send|share|forward|introduce"
    r"|connect)\b|\b(?:would|could) (?:you )?be willing to (?:introduce|connect|refer|send|share"
    r"|put me in touch)\b|\bintroduce me to\b",
    re.I,
)
# A question put to them ("Is there any update?", "what would help?"), not an exclamation with a question mark
# ("200 lighting states?", "And three world premieres??").
_ADDRESSED = re.compile(
    r"^\W*(?:and |but |so |also |separately,? |additionally,? )?"
    r"(?:is|are|was|were|do|does|did|can|could|would|will|may|might|should"
    r"|shall|have|has|any|what|when|where|how|who|whom|which|whether|why)\b|\byou\b|\byour\b",
    re.I,
)
_ABOUT_DECISION = re.compile(
    r"\b(?:update|updates|news|timeline|decision|decided|where things stand|status|progress|hear back|next steps?)\b",
    re.I,
)
_EXTRA_STOP = frozenset(
    "i i'm i'd i've you your yours we our us they their he she it its me my mine also really very so just "
    "would could should will can may might must shall thank thanks again".split()
)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split()).strip(" .;,!?")


def _items(notes: Notes, person: Interviewer | None) -> list[str]:
    c = notes.candidate
    out = [*c.highlights, *c.since_interview, *notes.company.news, *notes.requested]
    for other in notes.interviewers:
        out += [*other.topics, *other.challenges, *other.rapport]
    if person is not None:
        out += [person.title or ""]
    return [i for i in out if i]


def _body_sentences(body: str) -> list[Piece]:
    """Sentences of the message itself: not the greeting line and not the sign-off block."""
    paragraphs = body.strip().split("\n\n")
    end = len(body.rstrip()) - len(paragraphs[-1]) if len(paragraphs) > 1 else len(body)
    out = []
    text = re.sub(r"(?<=\S)\n(?=\S)", " ", body[:end])  # a wrapped line is not a sentence break
    for piece in sentences(text):
        if piece.start == 0 and _GREETING.match(piece.text):
            continue
        out.append(piece)
    return out


def _finding(code: str, message: str, span: tuple[int, int] | None, suggestion: str | None = None) -> Finding:
    return Finding(CHECK, "warning", code, message, span, suggestion)


# A subject and a finite verb: a notes item that is a sentence of its own ("the proposal was funded").
_FULL_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|got)\b(?! to\b)|\b(?:I|we|they|she|he)\s+[a-z]+ed\b", re.I
)


def _pasted(draft: Draft, items: list[str]) -> list[Finding]:
    found = []
    low = draft.body.lower()
    for item in items:
        text = _norm(item)
        if len(text.split()) < 2:
            continue
        m = re.search(r":\s+" + re.escape(text), low)
        if m and _FULL_CLAUSE.search(text) and re.match(r"\s*[.!]", low[m.end() :]):
            continue  # "Some good news since we spoke: the proposal I wrote was funded.": a sentence after a colon
        if m:
            found.append(
                _finding(
                    "pasted_item",
                    f"'{item}' is pasted after a colon as written in the notes; work it into the sentence.",
                    (m.start(), m.end()),
                    "Say it in your own words, e.g. 'what you said about …' or 'how …'.",
                )
            )
    return found


def _pronouns(draft: Draft, person: Interviewer | None, news: Sequence[str] = ()) -> list[Finding]:
    if person is None:
        return []
    found = []
    low = draft.body.lower()
    for item in (*person.topics, *person.challenges, *news):
        text = _norm(item)
        m = _PRONOUN.search(text)
        if not m or len(text.split()) < 2:
            continue
        hit = re.search(r"(?<![\w'])" + re.escape(text) + r"(?![\w'])", low)
        if hit is None and m.group() in ("their", "they"):
            # "their feature Quiet Harbour" from the news item "their feature Quiet Harbour was selected ...":
            # the pronoun and the two words after it, copied as written
            phrase = " ".join(text[m.start() :].split()[:3])
            if len(phrase.split()) == 3:
                hit = re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", low)
                text = phrase if hit else text
        if hit:
            at, word = hit.start(), m.group()
            found.append(
                _finding(
                    "copied_pronoun",
                    f"'{item}' is copied from the notes with '{word}' into a message to {person.name}, "
                    f"the person it refers to.",
                    (at, at + len(text)),
                    "Write 'your' (or 'the team's') instead.",
                )
            )
    return found


def _mail_merge(draft: Draft, person: Interviewer | None, notes: Notes) -> list[Finding]:
    """'Dear Tom Okafor' on a warm note reads like a mail merge; in a formal register, with no title
    or `greet_as` to use instead, the full name is ordinary business usage and is not flagged."""
    m = _GREETING.match(draft.body)
    if person is None or m is None:
        return []
    formal = notes.company.culture is Culture.formal or draft.tone == "formal"
    if formal and not person.greet_as:
        return []
    greeted = m.group("name").split()
    if greeted and greeted[0].rstrip(".").lower() in HONORIFICS:
        return []
    parts = name_parts(person.name)
    if len(parts) < 2 or greeted != parts or family_name_first(person.name):
        return []
    if person.greet_as and person.greet_as.split() == greeted:
        return []
    return [
        _finding(
            "mail_merge_greeting",
            f"'{m.group('name')}' greets {person.name} by first name and surname, the way a mail merge does.",
            m.span("name"),
            f"Greet them as '{parts[0]}', or set greet_as in the notes.",
        )
    ]


def _asks(draft: Draft) -> list[Finding]:
    """Two questions about the decision, or a request ("please let me know if …") that comes
    before the real question: the reader has to find what is being asked."""
    said = _body_sentences(draft.body)
    requests = [s for s in said if (s.text.rstrip().endswith("?") and _ADDRESSED.search(s.text)) or _ASK.search(s.text)]
    decisions = [s for s in requests if _ABOUT_DECISION.search(s.text)]
    mains = decisions or [s for s in said if re.search(r"\bfeedback\b", s.text, re.I)]
    favours = [s for s in said if s not in mains and _FAVOUR.search(s.text)]
    if len(decisions) < 2 and (len(requests) < 2 or requests[0] in decisions) and not (mains and favours):
        return []
    second = favours[0] if mains and favours else requests[1]
    return [
        _finding(
            "two_asks",
            f"This message asks {max(len(requests), 2)} times; one clear ask, asked first, reads better.",
            (second.start, second.end),
            "Keep the one ask that matters and put it first.",
        )
    ]


def content_words(text: str) -> list[str]:
    out = []
    for word in re.findall(r"[A-Za-z0-9][\w'\u2019-]*", text):
        low = word.lower().replace("\u2019", "'")
        if low not in STOPWORDS and low not in _EXTRA_STOP:
            out.append(low)
    return out


@per_notes
def _named_things(notes: Notes) -> frozenset[tuple[str, ...]]:
    """Three-word names the notes give a thing ("teen advisory board"): naming it twice is no seam."""
    out: set[tuple[str, ...]] = set()
    for text in notes_texts(notes):
        words = content_words(text)
        out.update(tuple(words[i : i + 3]) for i in range(len(words) - 2))
    return frozenset(out)


def _repeated_four_grams(draft: Draft) -> set[tuple[str, ...]]:
    """Runs of four content words said in two sentences or more."""
    where: dict[tuple[str, ...], set[int]] = {}
    for number, piece in enumerate(_body_sentences(draft.body)):
        words = content_words(piece.text)
        for i in range(len(words) - 3):
            where.setdefault(tuple(words[i : i + 4]), set()).add(number)
    return {g for g, at in where.items() if len(at) >= 2}


def _repeats(draft: Draft, named: frozenset[tuple[str, ...]] = frozenset()) -> list[Finding]:
    """A phrase said twice; a whole sentence said twice is ai_tells' repeated_sentence, not reported again."""
    seen: dict[tuple[str, ...], set[int]] = {}
    sentences_seen: set[str] = set()
    long_repeats = _repeated_four_grams(draft) if named else set()
    for number, piece in enumerate(_body_sentences(draft.body)):
        whole = sentence_key(piece.text)
        if whole in sentences_seen:
            continue
        sentences_seen.add(whole)
        words = content_words(piece.text)
        for i in range(len(words) - 2):
            gram = tuple(words[i : i + 3])
            said_in = seen.setdefault(gram, set())
            said_in.add(number)
            # a thing the notes name ("the teen advisory board") may be named twice; a third time, or a longer
            # notes phrase said again ("moving billing to event sourcing"), is a seam
            name = gram in named and not any(set(g4) > set(gram) for g4 in long_repeats)
            if len(said_in) >= (3 if name else 2):
                times = "twice" if len(said_in) == 2 else f"{len(said_in)} times"
                return [
                    _finding(
                        "repeated_phrase",
                        f"'{' '.join(gram)}' comes up {times} in this message; say it once.",
                        (piece.start, piece.end),
                        "Rephrase or drop the second mention.",
                    )
                ]
    return []


_SUBJECTS = frozenset("i i'm i'd i've i'll we we're we'd you you're it it's this that the my our they he she".split())
_PHRASE_TIMES = 4  # a four-word phrase this often reads as a template (three is still a choice, unless it praises)
_PHRASE_SENTENCES = 3  # ... but not opening three sentences close together: built on one mould


def _close_together(sentences: list[int]) -> bool:
    """Three sentences of their own within four in a row: the reader hears the phrase three times at once."""
    n = _PHRASE_SENTENCES
    return any(sentences[i + n - 1] - sentences[i] <= n for i in range(len(sentences) - n + 1))


def _said_again(draft: Draft) -> list[Finding]:
    """A whole phrase, function words included, opening clause after clause: "I would love to" four times."""
    where: dict[tuple[str, ...], list[int]] = {}
    opens: dict[tuple[str, ...], list[int]] = {}  # the sentences each phrase opens
    openers: list[tuple[int, tuple[str, ...]]] = []
    pieces = _body_sentences(draft.body)
    for number, piece in enumerate(pieces):
        said = re.findall(r"[a-z']+", piece.text.lower().replace("\u2019", "'"))
        for i in range(len(said) - 3):
            where.setdefault(tuple(said[i : i + 4]), []).append(number)
        if len(said) >= 4:
            opens.setdefault(tuple(said[:4]), []).append(number)
        if len(said) >= 3:
            openers.append((number, tuple(said[:3])))
    # two sentences in a row opening with the same three-word lead-in: "To be honest, I was … To be honest, I'm …"
    # (not a subject and its verb, "I would be glad … I would be happy …", which is how plain letters run)
    for (a, first), (b, second) in itertools.pairwise(openers):
        if b == a + 1 and first == second and not {"thank", "thanks"} & set(first) and first[0] not in _SUBJECTS:
            piece = pieces[b]
            return [
                _finding(
                    "repeated_phrase",
                    f"'{' '.join(first)}' opens two sentences in a row; vary the second.",
                    (piece.start, piece.end),
                    "Start the second sentence another way, or join the two.",
                )
            ]
    for gram, at in where.items():
        # four times, or opening three sentences close together ("I would be grateful for ... I would be grateful")
        often = (len(at) >= _PHRASE_TIMES and len(set(at)) >= 2) or _close_together(opens.get(gram, []))
        # a phrase of praise or feeling ("I am very grateful") heard three times anywhere in one message
        often = often or (len(at) >= _PHRASE_TIMES - 1 and len(set(at)) >= 2 and bool(FILLER & set(gram)))
        if often and not {"thank", "thanks"} & set(gram):
            piece = pieces[at[-1]]
            return [
                _finding(
                    "repeated_phrase",
                    f"'{' '.join(gram)}' comes up {len(at)} times in this message; vary it or say it once.",
                    (piece.start, piece.end),
                    "Keep the strongest one and rephrase the others.",
                )
            ]
    return []


def _shared_sentences(draft: Draft, ctx: CheckContext) -> list[Finding]:
    mine = {sentence_key(s.text): s for s in _body_sentences(draft.body) if len(s.text.split()) >= MIN_SHARED_SENTENCE}
    if not mine:
        return []
    found = []
    for other in ctx.siblings:
        if other is draft or (other.to == draft.to and other.kind is draft.kind):
            continue
        theirs = {sentence_key(s.text) for s in _body_sentences(other.body)}
        for text, piece in mine.items():
            if text in theirs:
                found.append(
                    _finding(
                        "shared_sentence",
                        f"The sentence '{piece.text}' also appears in the message to {other.to}; "
                        "people at one company compare notes.",
                        (piece.start, piece.end),
                        "Reword it for this person.",
                    )
                )
                break
    return found


def _left_out(draft: Draft, ctx: CheckContext, person: Interviewer | None) -> list[Finding]:
    found = []
    body = _norm(draft.body)
    for item in _items(ctx.notes, person):
        instruction = looks_like_instruction(item)
        if not instruction and not talks_pay(item):
            continue
        if _norm(item) in body:
            continue
        why = "reads as an instruction rather than a note" if instruction else "is about pay"
        found.append(
            Finding(
                CHECK,
                "info",
                "item_left_out",
                f"The notes item '{item[:80]}' {why}; it was left out of the draft.",
            )
        )
    return found


def _greet_as(person: Interviewer | None) -> list[Finding]:
    if person is None or person.greet_as or not family_name_first(person.name):
        return []
    return [
        Finding(
            CHECK,
            "info",
            "greet_as",
            f"'{person.name}' looks like a family-name-first name, so how to greet them is a guess; "
            f"set greet_as for {person.name} in the notes to say how they like to be addressed.",
            None,
            f"greet_as: {given_name(person.name)}",
        )
    ]


def check_fluency(draft: Draft, ctx: CheckContext) -> list[Finding]:
    person = ctx.recipient(draft)
    found = _pasted(draft, _items(ctx.notes, None))
    found += _pronouns(draft, person, ctx.notes.company.news)
    found += _mail_merge(draft, person, ctx.notes)
    found += _asks(draft)
    found += _repeats(draft, _named_things(ctx.notes)) or _said_again(draft) or same_word(draft.body, ctx.notes)
    found += _shared_sentences(draft, ctx)
    found += _left_out(draft, ctx, person)
    found += _greet_as(person)
    found += doubled_signoff(draft, ctx.notes)
    found += shorthand(draft)
    found += recipient_pronoun(draft, person, ctx.notes)
    return found
