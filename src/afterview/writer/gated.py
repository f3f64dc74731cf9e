"""The template's values with every adapted item passed through the gate (writer/gate.py): kept when
it reads as written English, named by its head noun phrase (writer/head_noun.py), or left out."""

from __future__ import annotations

import re
from typing import Any

from afterview.writer.adapt import clause_form, perspective, topic
from afterview.writer.garble_trim import trimmed
from afterview.writer.gate import _CLIPPED, _SYMBOLS, has_verb, reads_well
from afterview.writer.head_noun import keeps_point, short_noun
from afterview.writer.headline import noun_article
from afterview.writer.items import tie_clause
from afterview.writer.perfect import present_perfect
from afterview.writer.phrase_kind import fits
from afterview.writer.result_clause import result_clause
from afterview.writer.shapes import DETERMINERS, PREPOSITIONS, WH, experience_noun, having, lemmas
from afterview.writer.shorthand import prose
from afterview.writer.since_noun import perfect_from_noun
from afterview.writer.since_plain import said_plainly
from afterview.writer.wh_verb import said_clause
from afterview.writer.work_result import work_result

# "how you walked me through the civil service steps": the talk itself, not what it was about
_TELLING = re.compile(
    r"^how you (?:walked|talked|took) me through |^how you (?:explained|described|outlined|went over|"
    r"talked about|told me about|showed me) ",
    re.I,
)


_ASIDE_OR_RESULT = re.compile(r", |\s+(?:->|→|=>)\s+")


# what one learns or earns to do a job better: a course, an exam, a certificate or a licence
_LEARNING = re.compile(
    r"\b(?:courses?|certificat\w*|certified|exams?|diplomas?|modules?|training|qualification|licen[cs]es?|"
    r"accreditation|accredited|degree|refresher|bootcamp)\b",
    re.I,
)


def gated(context: dict[str, Any]) -> dict[str, Any]:
    """A template's values (writer/context.py) with each adapted item kept only when it reads as written
    English (`problem`); a topic or problem that does not is named by its head noun phrase ('the WMS
    cutover') or left out."""
    out = {**context, "value_for_peer": bool(context.get("value_for_peer"))}
    topics, challenges = out.pop("_topics"), out.pop("_challenges")
    for key in ("topic", "topic2"):
        if out[key] and _TELLING.match(out[key]):
            told = _TELLING.sub("", out[key])
            out[key] = told if told.split()[0].lower() in DETERMINERS else "the " + told
    # a problem said by its own clause ('your point that about 40% of your objects have no location record')
    # keeps its point there; its noun form is then only a name for it
    clause = out["challenge_clause"] and reads_well(out["challenge_clause"], "clause")
    for key, items in (("topic", topics[:1]), ("topic2", topics[1:2]), ("challenge", challenges[:1])):
        point = not items or (key == "challenge" and clause) or keeps_point(items[0], out[key] or "")
        if out[key] and not (reads_well(out[key]) and point):
            # a 'how/why/what …' item is a clause: its subject is not its topic ('how the team hands over between
            # shifts' is not about 'the team hands'), so it is left out rather than named by a noun inside it
            short = short_noun(items[0]) if items and (items[0].split() or [""])[0].lower() not in WH else None
            short = (trimmed(out[key], items[0]) if items else None) or short  # before its glue (garble_trim.py)
            out[key] = _named(short)
    if not (out["challenge"] or clause):
        # the first problem cannot be said well: a later one that reads as a clause is said instead; the
        # highlight tied to the first then stands on its own (below), never after a problem it was not tied to
        next_problem = next((c for c in challenges[1:] if reads_well(clause_form(c), "clause")), None)
        if next_problem:
            out["challenge_clause"] = clause_form(next_problem)
            clause = out["challenge_clause"]
            as_topic = topic(next_problem)
            out["challenge"] = as_topic if reads_well(as_topic) and keeps_point(next_problem, as_topic) else None
            challenges = [next_problem, *(c for c in challenges if c != next_problem)]
            if out["tie_to"] == "challenge":
                out["challenge"], out["tie_to"] = out["challenge"] or None, "moved"
    if (
        (not out["topic"] and out["tie_to"] == "topic")
        or (not (out["challenge"] or clause) and out["tie_to"] == "challenge")
        or out["tie_to"] == "moved"
    ):
        # what the tie relates to is not said ("that part" would point at another): the highlight, related to
        # their work, is said on its own as what the candidate would bring, when nothing else is
        out["tie_to"] = None
        if not (context.get("_value") or out["value_past"] or out["value_having"] or out["value_noun"]):
            out["value_past"], out["value_having"], out["value_noun"] = (
                out["tie_past"],
                out["tie_having"],
                out["tie_noun"],
            )
            out["_value"] = context.get("_tied")
            out["value_for_peer"] = True
    if not out["topic"] and not out["topic2"]:  # neither of the first two says its point: a later one may
        later = [said for item in topics[2:] if (said := _said_topic(item))]
        out["topic"] = later[0] if later else None
    for key in ("topic", "topic2", "challenge"):  # '3-shift model' → 'the 3-shift model'
        if out[key]:
            out[key] = noun_article(out[key])
    if out["topic2"] and out["topic"] and out["topic2"] == out["topic"]:
        out["topic2"] = None
    # 'their new Cerrado lot: 86 pts? I scored it 85.5': the thing before its detail, for a note that needs more
    # words (a thing they talked about says more than a line that fits any interview)
    named = (
        perspective(topics[1].split(":")[0].strip(), to_owner=True) if len(topics) > 1 and ":" in topics[1] else None
    )
    out["topic2_head"] = (
        noun_article(named) if named and not out["topic2"] and reads_well(named) and named != out["topic"] else None
    )
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
        # ... or one with its result after an arrow ('logged pitch faults in a tracker -> call-outs down 30%')
        said = prose(item) if item else ""  # '21 -> 16' is 'from 21 to 16' by now: no result after an arrow
        if out[key] and item and not _reads(out[key], form) and _ASIDE_OR_RESULT.search(said):
            out[key] = shape(_ASIDE_OR_RESULT.split(said)[0])
    first = challenges[0] if challenges else ""
    if out["challenge_clause"] and not reads_well(out["challenge_clause"], "clause") and ", " in first:
        out["challenge_clause"] = clause_form(first.split(", ")[0])
    out["problem_noun"] = _problem_noun(out["challenge"])
    out.pop("_tied", None)
    value_item = out.pop("_value", None) or context.get("_value")
    # only a work result (writer/work_result.py) is offered as what the candidate brings
    out["value_result"] = bool(value_item) and work_result(str(value_item))
    for key, form in (
        ("challenge_clause", "clause"),
        ("tie_past", "clause"),
        ("value_past", "clause"),
        ("tie_having", "phrase"),
        ("value_having", "phrase"),
        ("tie_noun", "noun"),
        ("value_noun", "noun"),
    ):
        if out[key] and not (_reads(out[key], form) if key.endswith("_past") else reads_well(out[key], form)):
            out[key] = None
    if not (out["tie_past"] or out["tie_having"] or out["tie_noun"]):
        out["tie_to"] = None
    second = out.pop("_second", None)
    out["value2_past"] = said_result(second) if second else None
    best = out.pop("_strongest", None)
    forms = ("tie_past", "tie_having", "tie_noun", "value_past", "value_having", "value_noun")
    value = context.get("_value")
    as_result = result_clause(value) if value and not out["value_past"] else None
    if as_result:  # a result with no verb of the candidate's
        out["value_past"], out["value_having"], out["value_result"] = as_result, None, True  # its change
    if best and not any(out[k] for k in forms):  # what was tied could not be said: the strongest result can
        out["value_past"], out["value_result"] = best, True  # said by writer/brings.py
    measured = out.get("measured")
    if measured and not (out["tie_to"] == measured["to"] and _measured_reads(measured)):
        out["measured"] = None  # said the usual way, or not at all, when either side does not read well
    # a tie to a topic the gate left out would say "that part of the conversation" about nothing

    out["rapport"] = _gated_shape(out["rapport"], clause_start=_RAPPORT_SUBJECTS)
    out["since"] = _gated_shape(out["since"])
    # the candidate's news said as news since then: 'I have completed …' (writer/perfect.py); None keeps its clause
    perfect = present_perfect(out["since"]["clause"]) if out["since"] and out["since"]["clause"] else None
    if out["since"] and not out["since"]["clause"]:  # a bare noun said with its verb, never after a colon
        perfect = perfect_from_noun(out["since"].get("noun"))
    out["since_perfect"] = said_plainly(perfect) if perfect else None  # 'completed the … course' (since_plain.py)
    # a course or a certificate is said with what it is for ('…, and I am keen to put it to use in the role')
    out["since_learning"] = bool(out["since_perfect"] and _LEARNING.search(out["since_perfect"]))
    if out.get("since_for") and not reads_well(out["since_for"], "clause"):
        out["since_for"] = None
    out["news"] = _gated_shape(out["news"])
    if out["news"] and out["news"].get("noun"):  # '2nd property opening in Kanazawa' → 'the 2nd property …'
        out["news"] = {**out["news"], "noun": noun_article(out["news"]["noun"])}
    tie = out["other_tie"]
    if tie and not (
        reads_well(tie["challenge"])
        and reads_well(tie["tie_past"], "clause")
        and keeps_point(tie["item"], tie["challenge"])
    ):
        out["other_tie"] = None
    return out


# the outcome measure.outcome builds after a deed: ', and X went from A to B …', ', with X cut by …'
_OUTCOME = re.compile(r", (?:and (?:we )?[^,]+ (?:went|fell|rose|cut|brought) [^,]*from [^,]+|with [^,]+)$")


def said_result(highlight: str) -> str | None:
    """The highlight as the candidate's clause ('I set up …, and colour spread went from 6 to 2'), else as its
    result and where it happened ('in my time at Cardinal, mis-picks went from 1.8% to 0.5%'); None."""
    clause = tie_clause(highlight)
    return clause if clause and _reads(clause, "clause") else result_clause(highlight)


def _reads(text: str, form: str) -> bool:
    """A clause reads well, or it is a deed that does with the outcome writer/measure.py built after it (no
    notes shorthand left in the outcome)."""
    if reads_well(text, form):
        return True
    found = _OUTCOME.search(text)
    if not found:
        return False
    rest = found.group(0)
    words = [w.strip(",.").lower() for w in rest.split()]
    clean = not _SYMBOLS.search(rest) and not any(w in _CLIPPED for w in words)
    return clean and reads_well(text[: found.start()], form)


def _measured_reads(measured: dict[str, str]) -> bool:
    """The measured tie's two sides read as written English: the deed as a clause (its outcome is built by
    writer/measure.py), the topic's head as a noun phrase, and no notes shorthand left in either."""
    deed, topic_said, clause = measured["deed"], measured["topic"], measured["clause"]
    head, _, detail = topic_said.partition(" (")
    left = [w.strip(",.()").lower() for w in (deed + " " + detail).split()]
    theirs = reads_well(head) if topic_said else reads_well(clause, "clause")
    return (
        theirs
        and reads_well(deed.split(", ")[0], "clause")
        and not _SYMBOLS.search(deed + " " + detail)
        and not any(w in _CLIPPED for w in left)
    )


def _said_topic(item: str) -> str | None:
    """A topic as a frame says it ('how you want trade marketing to own the POSM budget'), when it reads as
    written English and keeps its point; else its telling noun phrase; else None."""
    said = topic(item)
    if said and reads_well(said) and keeps_point(item, said):
        return said
    clause = said_clause(item)  # 'how night shift hands over …': its verb read as a noun (writer/wh_verb.py)
    if clause is not None:  # said as the clause it is, or not at all: never 'the night shift hands'
        said = topic(clause)
        return said if said and reads_well(said) and keeps_point(item, said) else None
    return _named(short_noun(item))


def _named(short: str | None) -> str | None:
    """An item named by its head noun phrase ('the WMS cutover'), when that is a noun phrase (writer/phrase_kind.py)."""
    said = perspective(short, to_owner=True) if short else None
    return said if said and fits(noun_article(said), "noun") else None


def _problem_noun(challenge: str | None) -> bool:
    """A problem said as a noun phrase a frame can hold ('foaming in the letdown step', 'the WMS cutover'):
    an article, a possessive or a gerund first, and no verb of its own ('the trainees struggle turning …')."""
    words = (challenge or "").split()
    if not words or words[0].lower() in WH or has_verb(challenge or ""):
        return False
    low = [w.lower().strip(",.") for w in words]
    for n in range(len(low) - 1):  # 'the trainees struggle …': a plural and then its verb
        plural = low[n].endswith("s") and not low[n].endswith("ss") and "NOUN" in lemmas(low[n])
        if plural and "VERB" in lemmas(low[n + 1]) and low[n + 1] not in PREPOSITIONS and low[n + 1] not in DETERMINERS:
            return False
    return words[0].lower() in ("the", "your", "a", "an") or (words[0].endswith("ing") and words[0].islower())


_RAPPORT_SUBJECTS = ("we ", "you ", "you're ", "you've ", "your ", "i ", "my ", "both ")
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


def first_said(items: list[str], shape: Any, *, rapport: bool = False) -> str | None:
    """The first item whose shaped form survives the gate ('she did EMS in Galway' when 'your collie
    Fern asleep under the desk' does not), else the first item (which the gate then leaves out)."""
    from afterview.writer.phrasing import clean, spoken

    cleaned = [(spoken if rapport else clean)(i) for i in items]
    for item in cleaned:
        if _gated_shape(shape(item), clause_start=_RAPPORT_SUBJECTS if rapport else ()):
            return item
    return cleaned[0] if cleaned else None
