"""An item's most telling noun phrase ('the WMS cutover'), for the writer to name what it cannot say
whole: a run of two to four nouns in the item's head, after an article first."""

from __future__ import annotations

import re

from afterview.writer.gate import _SUBJECT_PRONOUNS, _only_verb, reads_well
from afterview.writer.shapes import DETERMINERS, FINITE, PREPOSITIONS, WH, lemmas


def short_noun(item: str) -> str | None:
    """The item's most telling noun phrase, named with an article: 'manager wants someone to own the WMS
    cutover' → 'the WMS cutover'; 'council pushback on road diets' → 'the council pushback'. A run of two
    to four nouns after an article comes first, then one the item opens with; None when none stands out."""

    from afterview.writer.head import head, verb_first

    raw: list[str] = []
    for token in head(item).split():  # a comma, colon or bracket ends a run as a stop does
        raw.append(token.strip(",;:.!?()\"'"))
        if token[-1:] in ",;:.!?)" or token[:1] == "(":
            raw.append("")
    if raw and verb_first(head(item)) == raw[0].lower():
        raw[0] = ""  # 'want half the crew hired …': the verb of an item jotted without its subject is no noun
    runs: list[tuple[str, list[str]]] = []
    current: list[str] = []
    after_article = False
    opened = True
    words = [*raw, ""]
    for n, word in enumerate(words):
        low = word.lower()
        found = lemmas(low) if low.isalpha() else {}
        # 'Tyne & Wear Archives', 'Marks and Spencer': an ampersand or 'and' between two capitals is one name
        joins_name = low in ("&", "and") and bool(current) and current[-1][:1].isupper() and words[n + 1][:1].isupper()
        nominal = joins_name or (
            bool(word)
            and low != "own"
            and (
                word[:1].isupper()
                or (word[:1].isdigit() and bool(current) and current[-1][:1].isupper())  # 'Stage 4'
                or (low.isalpha() and ("NOUN" in found or "ADJ" in found or not found) and not _only_verb(low))
                or ("-" in word and word.replace("-", "").isalpha())
            )
        )
        closed = not joins_name and (
            low in ("versus", "vs")
            or low in PREPOSITIONS
            or low in FINITE
            or low in _SUBJECT_PRONOUNS
            or low in DETERMINERS
            or low in WH
            or low in _SUBORDINATORS
        )
        # a verb before a gerund that ends the item ('backlog keeps growing', 'costs remain rising in winter'): never
        # the run's last noun ('the germination test backlog keeps')
        ing = words[n + 1].lower() if n + 1 < len(words) else ""
        after_ing = words[n + 2].lower() if n + 2 < len(words) else ""
        verb_then_ing = low.endswith("s") and "VERB" in found and ing.endswith("ing") and len(ing) > 4
        closed = closed or (verb_then_ing and bool(current) and (not after_ing or after_ing in PREPOSITIONS))
        # ... and a verb before an adjective that is no noun ('the pilsner tastes different'), never a noun
        next_found = lemmas(ing) if ing.isalpha() else {}
        verb_then_adj = low.endswith("s") and "VERB" in found and "ADJ" in next_found and "NOUN" not in next_found
        closed = closed or (verb_then_adj and bool(current))
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
            run = _first_words(run, 4)
            last = run[-1].lower()
            if not ("NOUN" in lemmas(last) or not lemmas(last) or run[-1][:1].isupper() or run[-1][:1].isdigit()):
                continue
            candidate = "the " + " ".join(run)
            if reads_well(candidate) and keeps_point(item, candidate):
                return candidate
    return None


# words that open a clause ('building a safety culture while growing fast'): never the end of a noun run ('while'
# is a noun only in 'a while', which no jotted item names)
_SUBORDINATORS = {"while", "whilst", "because", "since", "although", "though", "unless", "until", "whereas", "if", "so"}

_LITTLE = {"own", "also", "still", "just", "very", "really", "most", "some", "any", "all", "more", "less", "not", "no"}


def _content(text: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[\w][\w'-]*", text.lower())
        if w not in PREPOSITIONS
        and w not in DETERMINERS
        and w not in FINITE
        and w not in _SUBJECT_PRONOUNS
        and w not in WH
        and w not in _LITTLE
        and w not in _SUBORDINATORS
        and (len(w) > 2 or w[:1].isdigit())
    ]


def keeps_point(item: str, named: str) -> bool:
    """Whether what a frame says of an item still says its point: no jotted question, its "no" or "never"
    ('only sell-in data today, no sell-out from most dealers' is not 'the only sell-in data today'), more
    than a speaker's name before a colon ('Dr Vogel: new line = …'), and, for a noun phrase, every figure
    of the item's head ('3,000+ retail points' is not 'the retail points') and half of its words. A head
    noun with the point stripped is worse than nothing; a clause of the item's own says a point."""
    from afterview.writer.gate import has_verb
    from afterview.writer.head import head

    if "?" in item:
        return False
    if _NEGATION.search(item) and not _NEGATION.search(named):
        return False
    first = head(item)
    label = item[len(first) :].lstrip().startswith(":")
    if label and all(w[:1].isupper() for w in first.split()):
        return False
    said_words = named.lower().split()
    article_first = bool(said_words) and said_words[0] in ("the", "a", "an", "your", "my", "our")
    if has_verb(named) and (not article_first or any(w in FINITE for w in said_words)):
        return True  # a clause of the item's own ('operators log deviations on paper'), not 'the retail points
    if any(f.rstrip(",.") not in named for f in re.findall(r"\d[\d,.]*", first)):
        return False
    said = set(_content(named))
    # of the head's words, or of its noun phrase before a preposition ('council pushback' on road diets)
    # (a clause opened by 'while', 'because' … ends it too: 'building a safety culture' while growing fast)
    ends = sorted((PREPOSITIONS - {"and", "or"}) | _SUBORDINATORS)
    before = re.split(r"\s(?:" + "|".join(ends) + r")\s", first.lower(), maxsplit=1)[0]
    # ... or of one part of a list ('relocation to Esbjerg, Danish lessons paid': 'the Danish lessons')
    for words in (_content(first), _content(before), *(_content(part) for part in first.split(", ")[1:])):
        if words and sum(w in said for w in words) / len(words) >= 0.5:
            return True
    return False


_NEGATION = re.compile(r"\b(?:no|not|never|none|without|nobody|nothing)\b|n't\b", re.I)


def _first_words(run: list[str], most: int) -> list[str]:
    """The run's first `most` words, an '&' or 'and' inside a name not counted ('Tyne & Wear Archives partnership')."""
    kept: list[str] = []
    for word in run:
        if word.lower() not in ("&", "and"):
            most -= 1
        if most < 0:
            break
        kept.append(word)
    return kept
