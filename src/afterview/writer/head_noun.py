"""An item's most telling noun phrase ('the WMS cutover'), for the writer to name what it cannot say
whole: a run of two to four nouns in the item's head, after an article first."""

from __future__ import annotations

from afterview.writer.gate import _SUBJECT_PRONOUNS, _only_verb, reads_well
from afterview.writer.shapes import DETERMINERS, FINITE, PREPOSITIONS, WH, lemmas


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
            run = _first_words(run, 4)
            last = run[-1].lower()
            if not ("NOUN" in lemmas(last) or not lemmas(last) or run[-1][:1].isupper() or run[-1][:1].isdigit()):
                continue
            candidate = "the " + " ".join(run)
            if reads_well(candidate):
                return candidate
    return None


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
