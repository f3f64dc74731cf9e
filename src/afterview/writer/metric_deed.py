"""A highlight jotted as a metric and its change, said as the candidate's deed with that change:

- 'food cost 36% -> 31% w/ whole-animal butchery' → 'I cut food cost from 36% to 31% with whole-animal butchery'
  (the measure moved, by the candidate's hand: the notes' arrow is their own cause; down is 'cut', up 'raised'),
  with the time it took ('site TRIR 2.1 -> 0.6 over 4 yrs, w/ …' → '… from 2.1 to 0.6 over four years with …');
- 'wash-water reuse project -> 15 to 9 L/kg' → 'I worked on a wash-water reuse project, which took us from 15 to
  9 L/kg' (a change with no noun of its own after the deed);
-   'training officer for 11 trainees, 9 certified' → 'I was the training officer for 11 trainees, and 9 of them
  were certified' (a count, then how many of them did it).

None for any other shape: the usual clause (writer/arrow_result.py) says it.
"""

from __future__ import annotations

import re

from afterview.writer.gate import has_verb
from afterview.writer.lemma import lemmas
from afterview.writer.measure import spelled_spans
from afterview.writer.np_article import measure_subject
from afterview.writer.shapes import DETERMINERS
from afterview.writer.shorthand import prose
from afterview.writer.work_noun import worked_on

_NUM = r"(?:about |~)?[$£€]?\d[\d.,]*"
_ARROW = r"\s*(?:->|→|=>)\s*"
_UNIT = r"(?:\s?%|\s?(?!per\b|a\b)[A-Za-z][A-Za-z/]*)?(?: (?:per|a|an) (?:[\d,]+ )?[a-z]+)?"
# a means jotted as a verb's '-ing' with its object ('jigging the stems'), not a noun ('positioning guides')
_GERUND_OBJECT = re.compile(r"^[a-z]+ing (?:the|a|an|our|their|its|my|all|each|every|both)\b", re.I)
_MEANS = r"(?:,?\s+(?:w/|with|via|through|by)\s+(?P<means>.+))?"
# the time it took, jotted after the change ('… 2.1 -> 0.6 over 4 yrs, w/ …')
_SPAN = (
    r"(?P<span>\s+(?:over|in|within) (?:\d+|a|one|two|three|four|five|six) (?:yrs?|years?|mos?|months?|wks?|weeks?))?"
)
# 'food cost 36% -> 31% w/ whole-animal butchery + weekly menu costing'
_METRIC = re.compile(
    rf"^(?P<np>[A-Za-z][A-Za-z'-]*(?: [a-z'-]+| [A-Z]{{2,6}}){{0,3}}) "
    rf"(?P<x>{_NUM}{_UNIT}){_ARROW}(?P<y>{_NUM}{_UNIT}){_SPAN}{_MEANS}$"
)
# 'wash-water reuse project -> 15 to 9 L/kg'
_BARE_CHANGE = re.compile(
    rf"^(?P<deed>[^,;]+?){_ARROW}(?P<x>{_NUM}) to (?P<y>{_NUM}\s?[A-Za-z%][\w/%]*(?: [a-z][\w/]*)?)"
    r"(?P<span> (?:over|in|within) \d+ [a-z]+)?$"
)
# 'communications training officer for 11 trainees, 9 certified'
_ROLE_COUNT = re.compile(
    r"^(?P<role>(?:[a-z][a-z -]*? )?(?:officer|trainer|coach|mentor|instructor|preceptor|supervisor|lead|manager)) "
    r"for (?P<n>\d[\d,]*) (?P<who>(?:[a-z]+ )?[a-z]+s), (?P<m>\d[\d,]*) (?P<did>[a-z]+ed)$"
)


_DEED_VERBS = frozenset(
    "cut grew drove halved doubled tripled lowered boosted reduced improved increased decreased raised trimmed "
    "slashed shortened eliminated".split()
)


def own_verb(np: str) -> str | None:
    """'took' in 'took the cleanliness score': a verb jotted before the measure it moved, its object led by a
    determiner (a participle that qualifies a measure stands right before the measure: 'lost parcels')."""
    words = np.split()
    if len(words) < 3 or words[1].lower() not in DETERMINERS:
        return None
    return words[0] if "VERB" in lemmas(words[0].lower()) else None


def metric_name(np: str) -> bool:
    """Whether `np` names a measure, not a deed: no verb, or only words that are nouns too ('X-ray retakes', which
    a tagger reads as a verb), never led by a deed ('cut scrap', 'reduced churn')."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", np)]
    if not words or words[0].lower() in _DEED_VERBS or own_verb(np):
        return False
    # the last word names the measure ('retakes', 'mishandling'); the words before it qualify it ('late', 'on-time')
    *before, last = words
    named = "NOUN" in lemmas(last.lower()) or last.endswith("ing") or not last.islower()
    qualified = all(not lemmas(w.lower()) or {"NOUN", "ADJ"} & set(lemmas(w.lower())) or _participle(w) for w in before)
    return not has_verb(np) or (named and qualified)


def _participle(word: str) -> bool:
    """'lost', 'missed', 'damaged': a participle that qualifies a measure ('lost parcels'), or a name ('X-ray')."""
    if not word.islower():
        return True
    verbs = lemmas(word.lower()).get("VERB", ())
    return bool(verbs) and verbs[0] != word.lower() and not word.endswith("s")


def _value(text: str) -> float | None:
    found = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(found.group().replace(",", "")) if found else None


def metric_deed(highlight: str) -> str | None:
    """The candidate's clause for a metric-and-change highlight (the module's shapes), else None."""
    text = highlight.strip().rstrip(".")
    metric = _METRIC.match(text)
    jotted_verb = own_verb(metric.group("np")) if metric else None
    if metric and (metric_name(metric.group("np")) or jotted_verb):
        x, y = _value(metric.group("x")), _value(metric.group("y"))
        if x is None or y is None or x == y:
            return None
        verb = jotted_verb.lower() if jotted_verb else "cut" if y < x else "raised"  # 'took the score 8.4 -> 9.2'
        means = metric.group("means")
        by = "by" if means and _GERUND_OBJECT.match(means) else "with"  # 'by jigging the stems', 'with sizing guides'
        tail = f" {by} {prose(means).replace(' + ', ' and ')}" if means else ""
        np = metric.group("np").split(" ", 1)[1] if jotted_verb else metric.group("np")
        measure = prose(np) if jotted_verb else measure_subject(prose(np))  # 'the re-dye rate', 'food cost'
        moved = f"{measure} from {prose(metric.group('x'))} to {prose(metric.group('y'))}"
        if metric.group("span"):  # ' over four years'
            moved += spelled_spans(" " + prose(metric.group("span")).strip())
        return f"I {verb} {moved}{tail}"
    bare = _BARE_CHANGE.match(text)
    if bare:
        deed = worked_on(bare.group("deed").strip())
        if deed and deed.startswith("I "):
            # ' over two years'
            span = spelled_spans(" " + prose(bare.group("span")).strip()) if bare.group("span") else ""
            return f"{deed}, which took us from {prose(bare.group('x'))} to {prose(bare.group('y'))}{span}"
    counted = _ROLE_COUNT.match(text)
    if counted and int(counted.group("m").replace(",", "")) <= int(counted.group("n").replace(",", "")):
        role, n, who = counted.group("role"), counted.group("n"), counted.group("who")
        return f"I was the {role} for {n} {who}, and {counted.group('m')} of them were {counted.group('did')}"
    return None
