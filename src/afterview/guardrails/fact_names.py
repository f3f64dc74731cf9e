"""Names in a draft: spelled as the notes spell them (a near miss is an error whose suggestion is the right
spelling), and a capitalised word in mid-sentence that the notes never mention is an unsupported name.
Sentence-initial words are only checked for near misses, since most are ordinary words. Also the greeting
of the wrong interviewer and a title before a given name."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.dates import MONTHS
from afterview.guardrails.fact_common_names import general_knowledge
from afterview.guardrails.fact_job_place import job_place
from afterview.guardrails.fact_world_places import in_named_country
from afterview.guardrails.grammar.harper_linter import _known_word
from afterview.guardrails.letter_closing import closing_span
from afterview.guardrails.name_forms import said_otherwise
from afterview.guardrails.notes_forms import clipped_forms, hyphen_short_form, initials
from afterview.guardrails.support import exact_tokens, names, notes_texts, per_notes, supported_words
from afterview.guardrails.text import BARE_CONTRACTION, GENERIC, STOPWORDS, Piece, bare_word, sentences, words
from afterview.guardrails.tone_phrases import ACRONYMS, SHOUT_WORDS
from afterview.notes.model import Notes
from afterview.notes.names import HONORIFIC_SUFFIX, HONORIFICS, family_name_first, name_parts

NEAR_MISS = 0.75
# Capitalised words that are neither names nor claims: greetings and sign-offs, titles, holidays and seasons,
# languages and nationalities.
COMMON_CAPITALISED = frozenset(
    """i dear hi hello hey good morning afternoon evening best regards kind warm warmest sincerely
    respectfully thank thanks many yours cordially all mr mrs ms mx dr prof sir madam team re subject
    ps linkedin zoom english thanksgiving christmas easter hanukkah diwali deepavali eid ramadan
    passover halloween new year years lunar holiday holidays weekend boxing french spanish german
    italian portuguese dutch mandarin cantonese chinese japanese korean hindi arabic malay tagalog
    hawaiian canadian american british european asian african latin indonesian vietnamese russian
    polish turkish ok okay yes no again also please
    sr sra srta dra lic ing mme mlle herr frau sig dott ssa madame monsieur madam senhor senhora señor señora
    signora signore""".split()
)


# A department or business function, capitalised as a title or a team ("Head of Purchasing", "Finance will want a
# say", "the Accounts Receivable team"): a common noun, no name to verify.
FUNCTIONS = frozenset(
    """purchasing procurement sourcing buying finance financial accounting accounts payable receivable payroll treasury
    tax audit compliance legal risk marketing sales commercial business development operations ops logistics supply
    chain planning warehousing distribution engineering maintenance production manufacturing quality assurance
    control safety health environment facilities estates security it technology infrastructure data analytics
    product design research r&d hr people talent recruiting recruitment human resources learning training customer
    customers service services success support care experience communications comms pr partnerships strategy
    transformation administration admin office executive board management clinical nursing pharmacy admissions
    enrolment enrollment registry student affairs alumni fundraising development investor relations editorial
    programming content merchandising ecommerce retail wholesale trading underwriting claims actuarial lending
    credit collections billing revenue insights innovation governance""".split()
)

# A smiley or an emoji, or a run of '!'/'?' the sentence reader kept inside a sentence, that ends what stands
# between two words: the next word begins a sentence.
_SMILEY_END = re.compile(r"(?:[:;]-?[()DPp]|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?|[!?]{2,})$")

# "I'd", "we’re", "don't": a contraction is never a name, whatever its case or apostrophe.
_CONTRACTION = re.compile(r"^[a-z]+(?:n['\u2019]t|['\u2019](?:d|m|ve|ll|re|s))$", re.I)


# Capitalised words just before a run ("New" of "New Zealand").
_CAPITALISED_BEFORE = re.compile(r"(?:\b[A-Z][\w'\u2019-]*[ \t]+)+$")


@per_notes
def _word_pairs(notes: Notes) -> frozenset[tuple[str, str]]:
    """Each two words the notes write side by side, lower case ('korean', 'drama')."""
    out: set[tuple[str, str]] = set()
    for text in notes_texts(notes):
        low = [bare_word(p.text).lower() for p in words(text)]
        out.update(pairwise(low))
    return frozenset(out)


def _function_word(bare: str) -> bool:
    """A contraction, or a function word in any case ('SO', 'THE' are shouting, not names)."""
    low = bare.lower().replace("\u2019", "'")
    return (
        bool(_CONTRACTION.match(bare) or BARE_CONTRACTION.match(bare))
        or low in STOPWORDS
        or (bare.isupper() and low in GENERIC)
    )


def _supported(low: str, supported: frozenset[str]) -> bool:
    """A word the notes use, in the singular or the plural ('CAPA' where the notes say 'CAPAs'), or a place the
    notes name by its demonym ('Africa' where they say 'East African ports', 'Europe' for 'European')."""
    return (
        low in supported
        or f"{low}s" in supported
        or (low.endswith("s") and low[:-1] in supported)
        or any(f in supported for f in _demonyms(low))
    )


def _demonyms(place: str) -> tuple[str, ...]:
    """The adjectives a place name most often gives: Africa -> African, Europe -> European, Kenya -> Kenyan,
    Egypt -> Egyptian, Italy -> Italian, Brazil -> Brazilian."""
    if len(place) < 4:
        return ()
    stem = place[:-1] if place.endswith(("a", "e", "y", "o")) else place
    return (f"{place}n", f"{place}an", f"{stem}an", f"{stem}ian", f"{place}ian", f"{stem}ean", f"{place}ese")


def _capitals_not_name(bare: str) -> bool:
    """A word in capitals that is no name to verify: shouting ('PERFECT', 'LOVE'; the tone check reports it)
    or a short abbreviation ('GM', 'QC', 'GG')."""
    if len(bare) >= 3 and bare.endswith("s") and bare[:-1].isupper():
        bare = bare[:-1]  # "IDs", "KPIs": an abbreviation's plural reads as the abbreviation
    letters = [ch for ch in bare if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return False
    if "&" in bare and bare.upper() not in _AMPERSAND_WORDS:
        return False  # "S&P", "AT&T": an organisation's name, to verify like any other
    # (four capitals that spell a dictionary word, 'EVER', 'HUGE', are shouting; 'NASA', 'IKEA' are no words)
    return len(letters) <= 3 or len(letters) >= 5 or bare in SHOUT_WORDS or _known_word(bare.lower())


# Common words written with '&' that are no organisation: "Q&A", "R&D", "A&E".
_AMPERSAND_WORDS = frozenset("A&E R&D Q&A M&A P&L B&B H&S F&B T&C T&CS".split())


def _common(low: str, supported: frozenset[str]) -> bool:
    """An ordinary word ('When' near 'Chen'), or one the notes use: never a misspelled name."""
    return low in supported or low in STOPWORDS or low in GENERIC or low in COMMON_CAPITALISED or low in MONTHS


def _near(a: str, b: str) -> bool:
    return a.lower() != b.lower() and not _nickname(a, b) and _alike(a.lower(), b.lower())


@lru_cache(maxsize=8192)
def _alike(a: str, b: str) -> bool:
    """SequenceMatcher's ratio reaches NEAR_MISS; its two cheap upper bounds are tried first (same answer, less
    time: most pairs of a draft's capitalised words and the notes' names are nowhere near each other)."""
    if 2 * min(len(a), len(b)) < NEAR_MISS * (len(a) + len(b)):
        return False  # the ratio is at most 2*min/(len a + len b)
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= NEAR_MISS and matcher.ratio() >= NEAR_MISS


def _nickname(said: str, name: str) -> bool:
    """A nickname cut from the name: 'Gordo' or 'Gordy' for Gordon, 'Gordie', or the name's first letters ('Dani'
    for Daniela, 'Alex' for Alexandra) is no misspelling and no new name (the tone check judges whether it fits)."""
    low, full = said.lower(), name.lower()
    if 3 <= len(low) <= len(full) - 2 and full.startswith(low):
        return True
    return (
        len(low) < len(full)
        and len(low) >= 4
        and (low[-1] in "oy" or low.endswith("ie"))
        and full.startswith(low[:-2] if low.endswith("ie") else low[:-1])
    )


def _function_run(text: str, start: int, end: int) -> bool:
    """Whether every capitalised word of the run holding text[start:end] is a function word ('Accounts
    Receivable', 'Purchasing'): one other word makes it a name ('Henderson Vet Supply', 'Quality Bakers Ltd')."""
    left = re.search(r"(?:[A-Z][\w&'\u2019-]*\s+)*$", text[:start])
    right = re.match(r"(?:\s+[A-Z][\w&'\u2019-]*)*", text[end:])
    run = ((left.group() if left else "") + text[start:end] + (right.group() if right else "")).split()
    if re.match(r"\s+(?:position|role|job|post|vacancy|opening)\b", text[end + (right.end() if right else 0) :]):
        return False  # "the VP of Customer Success position": a job's title, which the notes must give
    return all(bare_word(w).lower() in FUNCTIONS or bare_word(w).lower() in {"team", "department"} for w in run)


def check_names(draft: Draft, ctx: CheckContext, body: str, consumed: list[tuple[int, int]]) -> list[Finding]:
    notes = ctx.notes
    parts = [p for p in names(notes) if len(p) >= 3]
    supported = supported_words(notes)
    found: list[Finding] = []
    unsupported: list[Piece] = []
    closing = closing_span(body)

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
            honoured = HONORIFIC_SUFFIX.match(bare)
            if honoured and honoured["name"] in parts:
                continue  # 'Yamamoto-san', 'Hayashi-sensei', 'Park-nim': their name with the suffix their language adds
            after = sentence.text[tok.end : tok.end + 1]
            following = tokens[n + 1].text if n + 1 < len(tokens) else ""
            between = sentence.text[tokens[n - 1].end : tok.start].strip() if n else ""
            initial = (
                n == 0
                or between in {":", '"', "“", "(", "—", "-"}
                # a sentence begun after a smiley or an emoji the sentence reader does not end on: "… :) Honestly"
                or _SMILEY_END.search(between) is not None
            )
            looks_like_name = not initial or after in {",", "'", "\u2019"} or (following[:1].isupper())
            if looks_like_name and near_miss(piece, bare, ""):
                continue
            if initial:
                continue
            low = bare.lower()
            if low in COMMON_CAPITALISED or _supported(low, supported) or bare in ACRONYMS or low in MONTHS:
                continue
            if low.endswith(".") and _supported(low.rstrip("."), supported):
                continue  # "Tongass Paddle Co.'s season": the notes' abbreviation, its period kept before the 's
            if low in FUNCTIONS and _function_run(sentence.text, tok.start, tok.end):
                continue  # "Head of Purchasing", "Finance and Legal": a function, not a name
            if _capitals_not_name(bare):
                continue
            if "-" in low and all(
                p in supported or p in COMMON_CAPITALISED or p in MONTHS for p in low.split("-") if p
            ):
                continue
            if "-" in low and hyphen_short_form(low, _word_pairs(notes)):
                continue  # "K-drama" where the notes say "a Korean drama"
            if any(_nickname(bare, p) for p in parts):
                continue  # "Hey Gordo," to Gordon
            if any(c in supported for c in clipped_forms(low)):
                continue  # "Highway 11" where the notes say "Hwy 11"
            if said_otherwise(bare, notes):
                continue  # "a fellow Cape Bretoner", "go Rocky" (Rockhampton), "across the Tasman"
            if general_knowledge(low, sentence.text, tok.start, tok.end, notes):
                continue  # "Insta", "Czech" for "Czechia", "Croston's method", "Division II", "Greenland waters"
            if in_named_country(low, notes):
                continue  # "Tokyo" where the notes say "Japan", "the Belgian context" for a talk in Ghent
            if job_place(low, sentence.text, tok.start, tok.end, notes):
                continue  # "ready to move to Kumamoto", "the quality team in Chimbote": the job's own town
            if _seen_on(low, sentence.text, tok.start):
                continue  # "I saw the launch on Instagram": where the candidate read the news, their own to say
            if _shared_on(low, sentence.text, tok.start, tok.end, notes):
                continue  # "a link to the plots on GitHub" for the script the highlights hold: where it is shared
            if closing is not None and closing[0] <= piece.start < closing[1]:
                continue  # "Liebe Grüße," "Un abrazo,": a farewell in any language states no fact
            unsupported.append(Piece(bare, piece.start, piece.start + len(bare)))

    # a run of unsupported words ("Globex Corporation") is one finding
    runs: list[list[Piece]] = []
    for piece in unsupported:
        if runs and body[runs[-1][-1].end : piece.start].strip() == "":
            runs[-1].append(piece)
        else:
            runs.append([piece])
    short_forms = exact_tokens(notes)
    for run in runs:
        text = body[run[0].start : run[-1].end]
        before = _CAPITALISED_BEFORE.search(body[: run[0].start])
        whole = (before.group().split() if before else []) + text.split()
        if len(whole) >= 2 and initials(whole) in short_forms:
            continue  # "New Zealand" where the notes say "NZ"
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


# Sites where work is shared: named as where a link, file or repository lives, they state no fact about anyone.
SHARING_SITES = frozenset(
    """github gitlab bitbucket dropbox onedrive sharepoint notion figma behance dribbble kaggle youtube vimeo
    medium substack codepen overleaf tableau""".split()
)
_SHARED_BEFORE = re.compile(r"\b(?:on|via|through|from|to|in|my|our|the|a)\s+$", re.I)
_SHARED_AFTER = re.compile(
    r"^\s+(?:link|links|repo|repos|repository|repositories|page|profile|folder|file|files|project|projects|notebook"
    r"|portfolio|account|board|site|workspace|plots?|charts?|dashboard|channel|post|version)\b",
    re.I,
)
# Something of the candidate's that can be shared: their work, or what they were asked to send.
_SHAREABLE = re.compile(
    r"\b(?:script|code|repo|tool|app|model|notebook|portfolio|plots?|dashboard|analysis|project|sample|samples|link"
    r"|deck|slides|design|designs|prototype|paper|thesis|report|video|demo|package|library|website|site|blog)\b",
    re.I,
)


# Where news is read: "I saw the seed-paper launch on Instagram", "spotted the announcement on TikTok".
NEWS_FEEDS = frozenset("instagram facebook tiktok twitter pinterest reddit bluesky mastodon threads youtube".split())
_SEEN_BEFORE = re.compile(
    r"\b(?:saw|seen|read|noticed|spotted|caught|followed|found|came across|watched)\b[^.!?]{0,80}\b(?:on|via)\s+$", re.I
)


def _seen_on(low: str, text: str, start: int) -> bool:
    """Whether a news feed ('Instagram') is named as where the candidate saw something."""
    return low in NEWS_FEEDS and _SEEN_BEFORE.search(text[:start]) is not None


def _shared_on(low: str, text: str, start: int, end: int, notes: Notes) -> bool:
    """Whether a sharing site ('GitHub') is named as where the candidate's own work or a requested item lives."""
    if low not in SHARING_SITES:
        return False
    if not (_SHARED_BEFORE.search(text[max(0, start - 12) : start]) or _SHARED_AFTER.match(text[end:])):
        return False
    c = notes.candidate
    return any(_SHAREABLE.search(t) for t in (*c.highlights, *c.since_interview, *notes.requested))


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
    written given.family@ says which part that is, whatever order the name is written in. An address in the
    name's own order (zhang.wei@ for Zhang Wei) says nothing of it: a family-name-first name keeps its family
    name first ('Mr. Zhang'), and the notes' `greet_as` ('Mr. Zhang') is always right."""
    person = ctx.recipient(draft)
    m = _TITLED.match(body)
    if person is None or m is None:
        return []
    greeted = m.group("name").lower()
    # greet_as with a title ('Ms. Ling') says how a title goes; a bare given name ('Haruka') is greeted without one
    greet_as = (person.greet_as or "").split()
    if (
        greet_as
        and greet_as[0].strip(".").lower() in HONORIFICS
        and greeted in (w.strip(".,").lower() for w in greet_as)
    ):
        return []
    titled = bool(greet_as) and greet_as[0].strip(".").lower() in HONORIFICS
    if titled and greeted in (w.lower() for w in name_parts(person.name)):
        # 'Mr. Haruto' where the notes greet 'Mr. Ochi': the title goes with the name greet_as gives it
        return [_titled_wrongly(m, person.name, greet_as[-1].strip(".,"))]
    if not person.email:
        return []
    local = person.email.split("@")[0].lower()
    pieces = [p for p in re.split(r"[._-]", local) if p]
    if len(pieces) < 2:
        return []
    names = name_parts(person.name)
    surname: str | None
    if family_name_first(person.name) and pieces[0] == names[0].lower():
        # zhang.wei@ for Zhang Wei: the address copies the name's order; the family name is the first
        surname, given = names[0], " ".join(names[1:]).lower()
        if greeted == surname.lower() or greeted not in given.split():
            return []
    else:
        given, family = pieces[0], pieces[-1]
        surname = next((p for p in names if p.lower() == family), None)
        if surname is None or greeted == family or greeted not in given:
            return []
    return [_titled_wrongly(m, person.name, surname)]


def _titled_wrongly(m: re.Match[str], name: str, surname: str) -> Finding:
    return Finding(
        "facts",
        "error",
        "wrong_surname",
        f"'{m.group('title')}. {m.group('name')}' uses a given name; {name}'s family name is {surname}.",
        m.span("name"),
        surname,
    )
