"""Whether an adapted notes item reads as English a careful person would write, before a frame takes it.

The writer adapts items (adapt.py, items.py); this is the last word on each result. An item that
still carries note shorthand ("+", "avg", "before/after"), an aside after a comma, a verbless
fragment in a clause slot ("council pushback on road diets"), a bare singular noun as a subject
("manager wants …"), "the" before a verb ("the wants someone …"), two finite verbs in a row
("still go is out") or a clause cut off at a preposition ("how you walked me through") is not said
as it stands: the writer names its head noun phrase ("the WMS cutover") or leaves it out. Fewer
things, each said well.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.writer.shapes import DETERMINERS, FINITE, PREPOSITIONS, WH, lemmas, words_of

# Symbols that only notes use: a plus or equals for "and"/"is", arrows, comparison signs, a tilde.
_SYMBOLS = re.compile(r"(?:^|\s)[+=~]|[+=]\s|->|=>|[<>]|(?<=[a-z])/(?=[a-z])|/(?:hr|h|wk|yr|mo)\b", re.I)
# Clipped words that survive the shorthand pass (writer/shorthand.py writes out the common ones).
_CLIPPED = {
    "avg", "abt", "mgr", "mgrs", "eval", "evals", "ref", "refs", "cert", "certs", "bldg", "pp", "approx", "w/",
    "incl", "info", "reqs", "req", "etc", "misc", "tbd", "asap", "ppl", "b/c", "esp", "hr", "hrs", "wrt",
    "fyi", "govt", "dept", "yr", "yrs", "wk", "wks", "mo", "mos", "vs", "re", "ok", "prob", "def", "pls",
}  # fmt: skip
# "mid Jan", "by Feb": a month clipped where no day follows
_MONTH_CLIP = re.compile(
    r"\b(?:mid|early|late|by|in|from|until)[- ](?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.? ?\d)"
)
# Longest a frame's slot may hold before it reads as pasted notes (words).
NOUN_MAX = 14
CLAUSE_MAX = 22
_SUBJECT_PRONOUNS = {"i", "we", "they", "he", "she", "it", "you", "there", "someone", "everyone", "nobody"}
# Singular nouns that take no article as a subject ("data arrives", "staffing is short").
_BARE_OK = {"data", "staffing", "hiring", "demand", "traffic", "weather", "quality", "churn", "turnover",
            "revenue", "funding", "budget", "morale", "attendance", "growth", "retention", "compliance",
            "everything", "nothing", "something", "everyone", "someone", "nobody", "each", "one", "this",
            "that"}  # fmt: skip


def _only_verb(word: str) -> bool:
    found = lemmas(word)
    return "VERB" in found and "NOUN" not in found and "ADJ" not in found and "ADV" not in found


def _finite_verb(words: list[str], n: int) -> bool:
    """Whether `words[n]` is a finite verb here: a modal or auxiliary, a word that can only be a verb
    ('ate', 'arrives'), or a noun-or-verb word after a subject outside any prepositional phrase with
    the form that agrees with it ('maps break', 'data arrives')."""
    word = words[n]
    if word in FINITE or word.endswith("n't"):
        return True
    if n == 0 or not word.isalpha():
        return False
    before = words[n - 1]
    if before in DETERMINERS or before in PREPOSITIONS or before in WH or before in ("to", "not"):
        return False
    if _only_verb(word):
        return not word.endswith("ing")
    if "VERB" not in lemmas(word) or word.endswith("ing"):
        return False
    if before in _ADVERBS and n >= 2:  # 'reminders still go out': the subject stands before the adverb
        before = words[n - 2]
    after = words[n + 1] if n + 1 < len(words) else ""
    particle = after in ("out", "up", "off", "back", "down", "away", "over", "through")
    if (
        after.isalpha()
        and "NOUN" in lemmas(after)
        and after not in PREPOSITIONS
        and after not in DETERMINERS
        and not particle
    ):
        return False  # 'bears season ticket holder': a run of nouns, not a subject and its verb
    if any(w in PREPOSITIONS for w in words[:n]):  # 'council pushback on road diets': inside a phrase
        return False
    if before in _SUBJECT_PRONOUNS:
        return True
    plural_subject = before.endswith("s") and not before.endswith("ss")
    return word.endswith("s") != plural_subject or word.endswith("ed")


def has_verb(text: str) -> bool:
    """A finite verb somewhere after the first word: 'markdowns ate margin last fall', 'maps break on
    mobile'; not 'council pushback on road diets since the Elm St project' nor 'bears season ticket holder'."""
    words = words_of(text)
    if words and words[0] in _SUBJECT_PRONOUNS and len(words) > 1:
        return True
    return any(_finite_verb(words, n) for n in range(1, len(words)))


def problem(text: str, form: str) -> str | None:
    """Why `text`, as it would fill a slot of shape `form` ("noun": after "about"; "clause": after
    "that" or as a sentence's body), would not read as written English, or None when it reads well."""
    words = words_of(text)
    raw = text.split()
    if not words:
        return "empty"
    if _SYMBOLS.search(text) or "?" in text or _MONTH_CLIP.search(text):
        return "note symbol"
    if any(w in _CLIPPED for w in words):
        return "clipped word"
    if "," in text and not _list_commas(text):
        return "aside after a comma"
    if len(words) > (NOUN_MAX if form == "noun" else CLAUSE_MAX):
        return "too long"
    if form == "noun" and (words[-1] in PREPOSITIONS - {"and", "or"} or words[-1] in DETERMINERS):
        return "cut off"  # 'how you walked me through' (a clause may end in a particle: 'came through')
    for n in range(len(words) - 1):
        verb_after = _only_verb(words[n + 1]) and not words[n + 1].endswith(("ing", "ed"))  # 'the tracking API'
        if words[n] in ("the", "a", "an") and verb_after and not raw[n + 1][:1].isupper():
            return "article before a verb"
        if n and words[n + 1] in FINITE and _verb_here(words, n):
            return "two verbs in a row"
    if any(w in _HEDGES for w in words[1:]) and not has_verb(text):
        return "a predicate without its verb"  # 'the start date likely mid January'
    if re.search(r"\bfrom [\d.]+%? to [\d.]+", text) and not has_verb(text) and form == "noun":
        return "a result without its verb"
    body = text.split(" ", 1)[1] if words[0] in ("how", "that") and len(raw) > 1 else text
    if words[0] == "how" and len(words) <= 3:
        return "says nothing"
    if form == "phrase":
        return None
    if (form == "clause" or words[0] in ("how", "that")) and not has_verb(body):
        return "no verb"
    if form == "clause" or words[0] in ("how", "that"):
        first = words_of(body)[0]
        if _bare_subject(body) and first not in _BARE_OK:
            return "bare singular subject"
    return None


_HEDGES = {"likely", "probably", "maybe", "possibly", "tbc", "tbd", "pending", "roughly"}
# "how you walked me through the civil service steps": the talk itself, not what it was about
_TELLING = re.compile(
    r"^how you (?:walked|talked|took) me through |^how you (?:explained|described|outlined|went over|"
    r"talked about|told me about|showed me) ",
    re.I,
)
_ADVERBS = {"still", "now", "often", "also", "always", "never", "just", "usually", "sometimes", "rarely"}


def _verb_here(words: list[str], n: int) -> bool:
    """'still go' in 'the booster reminders still go is out': a verb's base form after an adverb (or a
    word that can only be a verb) right before a finite verb; 'the plan is' is a noun and its verb."""
    word = words[n]
    if word.endswith(("ed", "ing")):
        return False
    if _only_verb(word):
        return True
    found = lemmas(word)
    return "VERB" in found and found["VERB"][0] == word and words[n - 1] in _ADVERBS


def _list_commas(text: str) -> bool:
    """'Atoll, drive test data and LTE' (short items, then 'and'): a list, which a sentence holds."""
    parts = [p.strip() for p in text.split(",")]
    return (
        " and " in parts[-1]
        and all(0 < len(p.split()) <= 3 and not any(ch.isdigit() for ch in p) for p in parts[:-1])
        and not any(w in FINITE for w in words_of(text))
    )


def _bare_subject(text: str) -> bool:
    """'manager wants someone to own …', 'city won a grant': a lowercase singular count noun with no
    article, then its verb."""
    raw = text.split()
    words = words_of(text)
    if len(words) < 2 or not raw[0][:1].islower() or not raw[0].isalpha():
        return False
    first = words[0]
    if first in DETERMINERS or first in _SUBJECT_PRONOUNS or first in WH or first.endswith("s"):
        return False
    found = lemmas(first)
    second = words[1]
    # 'new packhouse in Hastings opened in October': an adjective, a singular noun, later its verb
    if "ADJ" in found and second.isalpha() and second not in _BARE_OK:
        verb = next((n for n in range(1, len(words)) if _finite_verb(words, n)), None)
        subject = words[:verb] if verb else []
        for n, word in enumerate(subject):  # 'new packhouse in Hastings': the noun before the phrase
            if word in PREPOSITIONS:
                subject = subject[:n]
                break
        head = subject[-1] if len(subject) > 1 else ""
        noun = "NOUN" in lemmas(head) or (head.isalpha() and not lemmas(head))
        return noun and not head.endswith("s") and head not in _BARE_OK and not _only_verb(head)
    verb = words[1]
    takes_object = len(words) > 2 and (words[2] in DETERMINERS or words[2] in ("someone", "to", "something"))
    said = verb not in FINITE and (_only_verb(verb) or (verb.endswith("s") and takes_object))
    return "NOUN" in found and "ADJ" not in found and said


def reads_well(text: str | None, form: str = "noun") -> bool:
    return bool(text) and problem(str(text), form) is None


def short_noun(item: str) -> str | None:
    """The item's most telling noun phrase, named with an article: 'manager wants someone to own the WMS
    cutover' → 'the WMS cutover'; 'council pushback on road diets' → 'the council pushback'. A run of two
    to four nouns after an article comes first, then one the item opens with; None when none stands out."""

    from afterview.writer.head import head

    raw: list[str] = []
    for token in head(item).split():  # a comma, colon or bracket ends a run as a stop does
        raw.append(token.strip(",;:.!?()\"'"))
        if token[-1:] in ",;:.!?)" or token[:1] == "(":
            raw.append("")
    runs: list[tuple[str, list[str]]] = []
    current: list[str] = []
    after_article = False
    opened = True
    for word in [*raw, ""]:
        low = word.lower()
        found = lemmas(low) if low.isalpha() else {}
        nominal = (
            bool(word)
            and low != "own"
            and (
                word[:1].isupper()
                or (word[:1].isdigit() and bool(current) and current[-1][:1].isupper())  # 'Stage 4'
                or (low.isalpha() and ("NOUN" in found or "ADJ" in found or not found) and not _only_verb(low))
                or ("-" in word and word.replace("-", "").isalpha())
            )
        )
        closed = (
            low in ("versus", "vs")
            or low in PREPOSITIONS
            or low in FINITE
            or low in _SUBJECT_PRONOUNS
            or low in DETERMINERS
            or low in WH
        )
        # a plural inside the run is more likely the subject before its verb ('maps break')
        plural_inside = bool(current) and current[-1].endswith("s") and not current[-1][:1].isupper()
        plural_inside = plural_inside and not (after_article and len(current) == 1)  # 'the returns desk'
        if nominal and not closed and not plural_inside:
            current.append(word)
            continue
        if len(current) >= 2:
            runs.append(("opener" if opened else "after article" if after_article else "other", current))
        opened = False
        after_article = low in ("the", "a", "an", "their", "our", "your", "its")
        current = []
    for preferred in ("opener", "after article", "other"):
        for place, run in runs:
            while run and run[0].lower().endswith("ing"):  # 'running late', 'planning module': not its ends
                run = run[1:]
            while run and run[-1].lower().endswith("ing"):
                run = run[:-1]
            if place != preferred or len(run) < 2:
                continue
            run = run[:4]
            last = run[-1].lower()
            if not ("NOUN" in lemmas(last) or not lemmas(last) or run[-1][:1].isupper() or run[-1][:1].isdigit()):
                continue
            candidate = "the " + " ".join(run)
            if reads_well(candidate):
                return candidate
    return None


def gated(context: dict[str, Any]) -> dict[str, Any]:
    """A template's values (writer/context.py) with each adapted item kept only when it reads as written
    English (`problem`); a topic or problem that does not is named by its head noun phrase ('the WMS
    cutover') or left out."""
    from afterview.writer.adapt import clause_form, perspective
    from afterview.writer.items import tie_clause
    from afterview.writer.shapes import experience_noun, having

    out = dict(context)
    topics, challenges = out.pop("_topics"), out.pop("_challenges")
    for key in ("topic", "topic2"):
        if out[key] and _TELLING.match(out[key]):
            told = _TELLING.sub("", out[key])
            out[key] = told if told.split()[0].lower() in DETERMINERS else "the " + told
    for key, items in (("topic", topics[:1]), ("topic2", topics[1:2]), ("challenge", challenges[:1])):
        if out[key] and not reads_well(out[key]):
            short = short_noun(items[0]) if items else None
            out[key] = perspective(short, to_owner=True) if short else None
    if out["topic2"] and out["topic"] and out["topic2"] == out["topic"]:
        out["topic2"] = None
    if not out["topic"] and out["topic2"]:
        out["topic"], out["topic2"] = out["topic2"], None
    # a highlight with an aside ('set up SMS reminders at Riverside, no-shows from 14% to 6%'): its head
    for key, raw, shape, form in (
        ("tie_past", "_tied", tie_clause, "clause"),
        ("tie_having", "_tied", having, "phrase"),
        ("tie_noun", "_tied", experience_noun, "noun"),
        ("value_past", "_value", tie_clause, "clause"),
        ("value_having", "_value", having, "phrase"),
        ("value_noun", "_value", experience_noun, "noun"),
    ):
        item = context.get(raw)
        if out[key] and item and not reads_well(out[key], form) and ", " in item:
            out[key] = shape(item.split(", ")[0])
    first = challenges[0] if challenges else ""
    if out["challenge_clause"] and not reads_well(out["challenge_clause"], "clause") and ", " in first:
        out["challenge_clause"] = clause_form(first.split(", ")[0])
    out.pop("_tied", None)
    out.pop("_value", None)
    for key, form in (
        ("challenge_clause", "clause"),
        ("tie_past", "clause"),
        ("value_past", "clause"),
        ("tie_having", "phrase"),
        ("value_having", "phrase"),
        ("tie_noun", "noun"),
        ("value_noun", "noun"),
    ):
        if out[key] and not reads_well(out[key], form):
            out[key] = None
    if not (out["tie_past"] or out["tie_having"] or out["tie_noun"]):
        out["tie_to"] = None
    out["rapport"] = _gated_shape(out["rapport"], clause_start=_RAPPORT_SUBJECTS)
    out["since"] = _gated_shape(out["since"])
    out["news"] = _gated_shape(out["news"])
    tie = out["other_tie"]
    if tie and not (reads_well(tie["challenge"]) and reads_well(tie["tie_past"], "clause")):
        out["other_tie"] = None
    return out


_RAPPORT_SUBJECTS = ("we ", "you ", "you're ", "your ", "i ", "my ", "both ")
_SHAPE_FORMS = {"clause": "clause", "noun": "noun", "gerund": "phrase"}


def _gated_shape(shape: dict[str, str | None] | None, clause_start: tuple[str, ...] = ()) -> Any:
    """A shaped item (its clause, noun or gerund form) with each form that does not read well removed;
    None when no form is left. Common ground as a clause says who shares it ('we both …', 'you …')."""
    if not shape:
        return shape
    kept = {
        key: (value if value and reads_well(value, _SHAPE_FORMS.get(key, "noun")) else None)
        for key, value in shape.items()
    }
    if clause_start and kept.get("clause") and not str(kept["clause"]).lower().startswith(clause_start):
        kept["clause"] = None
    return kept if any(kept.values()) else None
