"""Fluency's repetition rules: a three-word phrase said twice in one message (a thing the notes name may be named
twice), a whole phrase opening clause after clause ("I would love to" four times, three sentences close together), a
phrase of praise heard three times, and the same lead-in opening two sentences in a row. Also the sentences they are
counted in: the message's own, not its greeting line or sign-off."""

from __future__ import annotations

import itertools
import re

from afterview.draft import Draft, Finding
from afterview.guardrails.fluency_words import FILLER
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import STOPWORDS, Piece, sentence_key, sentences
from afterview.notes.model import Notes

# The greeting line: the first line, or a later one of the first three when something was pasted above it.
GREETING = re.compile(
    r"\A(?:[^\n]*\n\s*){0,2}?[ \t]*(?:dear|hi|hello|hey|good (?:morning|afternoon))\s+(?P<name>[^,\n]+?)\s*,", re.I
)
_EXTRA_STOP = frozenset(
    "i i'm i'd i've you your yours we our us they their he she it its me my mine also really very so just "
    "would could should will can may might must shall thank thanks again".split()
)


def body_sentences(body: str) -> list[Piece]:
    """Sentences of the message itself: not the greeting line and not the sign-off block."""
    paragraphs = body.strip().split("\n\n")
    end = len(body.rstrip()) - len(paragraphs[-1]) if len(paragraphs) > 1 else len(body)
    out = []
    text = re.sub(r"(?<=\S)\n(?=\S)", " ", body[:end])  # a wrapped line is not a sentence break
    for piece in sentences(text):
        greeting = GREETING.match(piece.text) if piece.start == 0 else None
        if greeting is not None:
            rest = piece.text[greeting.end() :]
            if "\n" in piece.text[: greeting.end()] or len(rest.split()) < 3:
                continue
            # a one-line message: "Hi Jacinta, any news on the decision?" is a sentence after its greeting
            cut = greeting.end() + len(rest) - len(rest.lstrip())
            piece = Piece(piece.text[cut:], piece.start + cut, piece.end)
        out.append(piece)
    return out


def _finding(code: str, message: str, span: tuple[int, int] | None, suggestion: str | None = None) -> Finding:
    return Finding("fluency", "warning", code, message, span, suggestion)


def content_words(text: str) -> list[str]:
    out = []
    for word in re.findall(r"[A-Za-z0-9][\w'\u2019-]*", text):
        low = word.lower().replace("\u2019", "'")
        if low not in STOPWORDS and low not in _EXTRA_STOP:
            out.append(low)
    return out


@per_notes
def named_things(notes: Notes) -> frozenset[tuple[str, ...]]:
    """Three-word names the notes give a thing ("teen advisory board"): naming it twice is no seam."""
    out: set[tuple[str, ...]] = set()
    # the job's title, said as "the ... role" ('a team leader role' for a Maintenance Team Leader) names it too
    titles = [f"{t} {job}" for t in (notes.position, *(p.title or "" for p in notes.interviewers)) if t for job in _JOB]
    for text in (*notes_texts(notes), *titles):
        for form in _alternatives(text):
            words = content_words(form)
            out.update(tuple(words[i : i + 3]) for i in range(len(words) - 2))
    return frozenset(out)


_JOB = ("role", "position", "job", "post", "opening", "vacancy")


@per_notes
def named_titles(notes: Notes) -> frozenset[tuple[str, ...]]:
    """The job's, the company's and the interviewers' titles, whole ("export sales manager position"): no paste."""
    names = [notes.position, notes.company.name, *(p.title or "" for p in notes.interviewers)]
    forms = [*names, *(f"{t} {job}" for t in names if t for job in _JOB)]
    return frozenset(tuple(content_words(form)) for form in forms if form)


def _inside_a_title(gram: tuple[str, ...], titles: frozenset[tuple[str, ...]]) -> bool:
    n = len(gram)
    return any(gram == t[i : i + n] for t in titles for i in range(len(t) - n + 1))


_PLACEHOLDER = re.compile(r"\[[^\]\n]*\]|\{[^}\n]*\}")


def masked(body: str) -> str:
    """The body with placeholders ("[Referee name, title]", the placeholders check's) blanked in place."""
    return _PLACEHOLDER.sub(lambda m: " " * len(m.group()), body)


@per_notes
def named_pairs(notes: Notes) -> frozenset[tuple[str, ...]]:
    """Two-word names the notes give a thing ("event sourcing", "Data Science Intern"): said often, no seam."""
    out: set[tuple[str, ...]] = set()
    for text in notes_texts(notes):
        for form in _alternatives(text):
            words = content_words(form)
            out.update(tuple(words[i : i + 2]) for i in range(len(words) - 1))
    return frozenset(out)


_NAME_THRICE = 3


def named_thrice(draft: Draft, notes: Notes) -> list[Finding]:
    """A two-word name of the writer's own making said three times in two sentences or more ("the Strathmore meetup
    ... The Strathmore meetup was ... the Strathmore meetup audience"): a refrain, where a pronoun would do. A thing
    the notes name that way ("event sourcing") may come up as often as the message needs it."""
    named = named_pairs(notes)
    seen: dict[tuple[str, str], list[int]] = {}
    side_by_side: dict[tuple[str, str], int] = {}
    pieces = body_sentences(draft.body)
    for number, piece in enumerate(pieces):
        # only runs of words with nothing between them: "Strathmore meetup", not "meetup, Strathmore"
        for run in re.split(r"[,;:()\u2014\u2013]|\s-\s", piece.text):
            words = content_words(run)
            # a word or two may come between ("the Strathmore data science meetup" ... "the Strathmore meetup")
            pairs = {(words[i], words[j]) for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)))}
            for pair in pairs:
                if pair[0] != pair[1]:
                    seen.setdefault(pair, []).append(number)
            for i in range(len(words) - 1):
                side_by_side[(words[i], words[i + 1])] = side_by_side.get((words[i], words[i + 1]), 0) + 1
    for pair, at in seen.items():
        if len(at) < _NAME_THRICE or len(set(at)) < 2 or pair in named or any(w.isdigit() for w in pair):
            continue
        if side_by_side.get(pair, 0) < 2:
            continue  # a name said as one at least twice; 'robots ... rows' three times apart is no name
        piece = pieces[at[_NAME_THRICE - 1]]
        return [
            _finding(
                "repeated_phrase",
                f"'{' '.join(pair)}' comes up {len(at)} times in this message; after the first, 'it' or 'there'"
                " will do.",
                (piece.start, piece.end),
                "Name it once and refer back to it.",
            )
        ]
    return []


def _alternatives(text: str) -> list[str]:
    """A notes item and the forms its slashes offer: 'LE Audio / Auracast rollout' names the 'LE Audio rollout' and
    the 'Auracast rollout'; 'LNG bunkering / shore power rollout' the 'LNG bunkering rollout' (an alternative is one
    to three words long)."""
    out = [text]
    for m in re.finditer(r"\s*/\s*", text):
        before, after = text[: m.start()].split(), text[m.end() :].split()
        for k in range(1, 4):
            if k <= len(after):
                out.append(" ".join(before + after[k:]))
            if k <= len(before):
                out.append(" ".join(before[:-k] + after))
    return out


def _repeated_four_grams(draft: Draft, titles: frozenset[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Runs of four content words said in two sentences or more (not a title or the company's name said whole)."""
    where: dict[tuple[str, ...], set[int]] = {}
    for number, piece in enumerate(body_sentences(masked(draft.body))):
        words = content_words(piece.text)
        for i in range(len(words) - 3):
            where.setdefault(tuple(words[i : i + 4]), set()).add(number)
    return {g for g, at in where.items() if len(at) >= 2 and not _inside_a_title(g, titles)}


def repeats(
    draft: Draft,
    named: frozenset[tuple[str, ...]] = frozenset(),
    titles: frozenset[tuple[str, ...]] = frozenset(),
) -> list[Finding]:
    """A phrase said twice; a whole sentence said twice is ai_tells' repeated_sentence, not reported again."""
    seen: dict[tuple[str, ...], set[int]] = {}
    sentences_seen: set[str] = set()
    long_repeats = _repeated_four_grams(draft, titles) if named else set()
    for number, piece in enumerate(body_sentences(masked(draft.body))):
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
# Words that declare the candidate's continued interest: said twice in one message, the second is a refrain
# (praise said twice, "I am truly excited about", is still fine: three times is the refrain there).
_STANCE = frozenset("interested interest".split())
_MODALS = frozenset("would will could can should may might shall must 'd".split())
_FIRST = frozenset("i i'm i've i'd we we're we've".split())
# A need or a wish said with 'to' before two different verbs is how plain speech runs, no lead-in said twice.
_NEED_TO = frozenset({("need", "to"), ("want", "to"), ("have", "to"), ("hope", "to"), ("plan", "to"), ("had", "to")})
_PHRASE_TIMES = 4  # a four-word phrase this often reads as a template (three is still a choice, unless it praises)
_PHRASE_SENTENCES = 3  # ... but not opening three sentences close together: built on one mould


def _close_together(sentences: list[int]) -> bool:
    """Three sentences of their own within four in a row: the reader hears the phrase three times at once."""
    n = _PHRASE_SENTENCES
    return any(sentences[i + n - 1] - sentences[i] <= n for i in range(len(sentences) - n + 1))


def said_again(draft: Draft) -> list[Finding]:
    """A whole phrase, function words included, opening clause after clause: "I would love to" four times."""
    where: dict[tuple[str, ...], list[int]] = {}
    opens: dict[tuple[str, ...], list[int]] = {}  # the sentences each phrase opens
    openers: list[tuple[int, tuple[str, ...]]] = []
    pieces = body_sentences(masked(draft.body))
    # each sentence's words, function words and all, read once for the phrase checks below
    spoken = [re.findall(r"[a-z']+", piece.text.lower().replace("\u2019", "'")) for piece in pieces]
    for number, said in enumerate(spoken):
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
    # one sentence saying the same first-person verb three times: "I understand X, and I understand Y, so I
    # understand Z"
    for piece, said in zip(pieces, spoken, strict=True):
        pairs = [tuple(said[i : i + 2]) for i in range(len(said) - 1) if said[i] in _FIRST]
        thrice = next((p for p in pairs if pairs.count(p) >= 3 and p[1] not in STOPWORDS | _EXTRA_STOP), None)
        if thrice is not None:
            return [
                _finding(
                    "repeated_phrase",
                    f"'{' '.join(thrice)}' comes up three times in one sentence; say it once.",
                    (piece.start, piece.end),
                    "Say it once and join the things it covers, or vary the others.",
                )
            ]
    # one sentence saying the same first-person lead-in twice: "I really enjoyed X, and I really enjoyed Y"
    for piece, said in zip(pieces, spoken, strict=True):
        grams = [tuple(said[i : i + 3]) for i in range(len(said) - 2)]
        for i, gram in enumerate(grams):
            if gram[0] in _FIRST and gram[1:] in _NEED_TO:
                continue  # "I need to answer by Wednesday, so I need to know": a plain 'need to', no lead-in
            if gram[0] in _FIRST and gram in grams[i + 3 :] and set(gram[1:]) - STOPWORDS - _EXTRA_STOP:
                return [
                    _finding(
                        "repeated_phrase",
                        f"'{' '.join(gram)}' comes up twice in one sentence; say it once.",
                        (piece.start, piece.end),
                        "Join the two things under one verb, or vary the second.",
                    )
                ]
    # one sentence saying a phrase of its own twice: "really got me thinking, really got me thinking about", "it was
    # really good to hear about X, and it was really good to hear how Y"
    for piece, said in zip(pieces, spoken, strict=True):
        fours = [tuple(said[i : i + 4]) for i in range(len(said) - 3)]
        for i, gram in enumerate(fours):
            meaning = [w for w in gram if w not in STOPWORDS and w not in _EXTRA_STOP]
            if _a_name(gram, piece.text):
                continue  # "the Outreach Services Manager post … the Outreach Services Manager job": a title
            if len(meaning) >= 2 and gram in fours[i + 4 :] and not {"thank", "thanks"} & set(gram):
                return [
                    _finding(
                        "repeated_phrase",
                        f"'{' '.join(gram)}' comes up twice in one sentence; say it once.",
                        (piece.start, piece.end),
                        "Say it once and join the two things it covers.",
                    )
                ]
    for gram, at in where.items():
        # a whole phrase with two words of meaning, in three sentences: "I would welcome the opportunity" three times
        # (with "also" in one of them) is a template's refrain, whatever follows it
        meaning = [w for w in gram if w not in STOPWORDS and w not in _EXTRA_STOP]
        if len(set(at)) >= 3 and len(meaning) >= 2 and not {"thank", "thanks"} & set(gram):
            piece = pieces[max(at)]
            return [
                _finding(
                    "repeated_phrase",
                    f"'{' '.join(gram)}' comes up {len(set(at))} times in this message; vary it or say it once.",
                    (piece.start, piece.end),
                    "Keep the strongest one and rephrase the others.",
                )
            ]
    # a declaration of interest, function words and all, in two sentences: "I'm still very interested in" twice
    fives: dict[tuple[str, ...], set[int]] = {}
    for number, said in enumerate(spoken):
        for i in range(len(said) - 4):
            fives.setdefault(tuple(said[i : i + 5]), set()).add(number)
    for gram, seen_in in fives.items():
        offer = gram[0] in _SUBJECTS and gram[1] in _MODALS  # "I would be glad to": how plain letters offer
        if len(seen_in) >= 2 and not offer and _STANCE & set(gram):
            piece = pieces[max(seen_in)]
            return [
                _finding(
                    "repeated_phrase",
                    f"'{' '.join(gram)}' comes up twice in this message; say it once.",
                    (piece.start, piece.end),
                    "Keep it where it matters most and rephrase the other.",
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


def _a_name(gram: tuple[str, ...], text: str) -> bool:
    """Whether the words of meaning in a phrase are capitalised where the sentence says them: a name or a title."""
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][\w'-]*", text)}
    meaning = [w for w in gram if w not in STOPWORDS and w not in _EXTRA_STOP]
    return bool(meaning) and all(w in capitals for w in meaning)


# Phrases of few content words that the three-word rule cannot see: a formula said twice ("I hope you are well" in
# the opening and again in the next sentence), a hedge opening clause after clause ("I think" three times).
_FORMULAS = (
    (re.compile(r"\bI hope (?:you are|you're|you\u2019re|this (?:\w+ )?finds you|all is) well\b", re.I), 2),
    (re.compile(r"\bI (?:think|believe|feel|guess|suppose)\b(?! (?:of|about)\b)", re.I), 3),
)


def formula_again(draft: Draft) -> list[Finding]:
    """A formula said twice, or a hedge said three times, in the message's own sentences."""
    text = " ".join(p.text for p in body_sentences(draft.body))
    for pattern, times in _FORMULAS:
        hits = list(pattern.finditer(text))
        if len(hits) >= times:
            said = hits[0].group()
            return [
                _finding(
                    "repeated_phrase",
                    f"'{said}' comes up {len(hits)} times in this message; say it once.",
                    None,
                    "Keep the first and rephrase or drop the others.",
                )
            ]
    return []
