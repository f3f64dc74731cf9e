"""The one tie a careful person makes: of this person's topics and problems and the candidate's highlights,
the pair that are about the same thing, said as their problem in a clause of theirs and the candidate's own
deed WITH the result the notes give it ("You described how the weekly plan slips … I moved planning to an
MRP, which cut stockouts by 30%.").
Two items are about the same thing when they share a content word after lemmatising (relate._stems) or a
word family of RELATED. The arrow in a highlight ('X -> Y') is the candidate's own cause, so it is said;
never is a cause drawn between the highlight and their problem: the candidate offers to look, never claims.
"""

from __future__ import annotations

import re

from afterview.writer import adapt, past_time, problem_said, relate
from afterview.writer.arrow_result import with_result as _with_result
from afterview.writer.article import the
from afterview.writer.bearing import result_kept
from afterview.writer.counted_said import bare_change, counted_thing, time_taken
from afterview.writer.everyday_domains import RELATED
from afterview.writer.gate import has_verb, reads_well
from afterview.writer.items import _tie_clause
from afterview.writer.jotted_result import credit_last, regrouped, work_part
from afterview.writer.lemma import lemmas
from afterview.writer.letter_result import letter_clause
from afterview.writer.measure import NUMBER
from afterview.writer.measure_family import shared_family
from afterview.writer.measure_named import by_its_measure
from afterview.writer.measure_units import same_unit
from afterview.writer.metric_deed import metric_deed, metric_name
from afterview.writer.mine_said import mine_said, with_none_after
from afterview.writer.np_article import MASS_MEASURES as _MASS_MEASURES
from afterview.writer.np_article import abstract
from afterview.writer.pair_weight import same_family, stems, weigh
from afterview.writer.phrase_kind import plural
from afterview.writer.problem_measure import problem_measure
from afterview.writer.result_clause import ARROW
from afterview.writer.result_object import measured_thing
from afterview.writer.shapes import classify, lower_first
from afterview.writer.shorthand import prose
from afterview.writer.team_credit import credited
from afterview.writer.their_change import _THEIR_WORDS, _VALUE_ARROW, _before_their_arrow, _changed, _subject
from afterview.writer.topic_detail import given_verb
from afterview.writer.whole_result import whole_result

# an item of theirs that is jotted, not said: a question to the candidate, a list, an equation, a dash aside
_JOTTED = re.compile(r"[?=:;,]| - ")
# a short noun phrase, then its measure: 'freight damage about 6% of US orders'
_MEASURED = re.compile(
    r"^(?P<np>[A-Za-z][a-z-]*(?: [a-z-]+){0,2}?) (?P<at>at )?(?P<n>(?:about |nearly |over |under )?\d[\d.,]*%.*)$"
)
# a measure and an approximate amount after it, no verb between ('turnaround at the base about 22 minutes')
_ROUGH = re.compile(
    r"^(?P<np>[A-Za-z][\w' -]*?) (?P<n>(?:about|nearly|around|over|under) \d[\d.,]* [a-z]+(?: [a-z]+)*)$"
)
# 'at Kamloops base': a place's name before a count noun, jotted without its article ('at the Kamloops base')
_NAMED_PLACE = re.compile(r"\b(at|in|on|from|for) ([A-Z][\w-]*) ([a-z]+)\b")
_OWN_DETERMINER = set("some many most all both several few no each every this these those its your".split())
_MINE = re.compile(r"\b(?:I|my|me)\b")
# a change of their own told after a dash: '6 yrs COO at a startup - our team grew 40 -> 310'
_WHERE_CHANGE = re.compile(r"^(?:our|my|the) [\w-]+(?: [\w-]+)? (?:grew|went|rose|fell|dropped|doubled|tripled)\b.*\d")
# a number read as a subject by the verb given it ('the 2 is late sessions a week …')
_COUNT_SUBJECT = re.compile(r"\b\d+ (?:is|are)\b")
# a rate jotted with a slash, '12%/year', as a letter says it: '12% a year'
_COMPOUND = re.compile(r"\b\d+-[a-z]+\b")
_RATE = re.compile(r"(?<=[\d%])/(year|month|week|day)\b")


def _family(words: set[str]) -> set[int]:
    return {n for n, group in enumerate(RELATED) if words & group}


def _words(text: str) -> set[str]:
    """The words of an item, a hyphenated one also by its parts, a plural also as its singular ('sick-cover')."""
    found = set(re.findall(r"[a-z][a-z-]*", text.lower()))
    found |= {part for word in found for part in word.split("-") if part}
    return found | {word[:-1] for word in found if plural(word)}


def shared(highlight: str, item: str) -> int:
    """How much a highlight and an item of theirs share: content stems, then a word family (different words)."""
    stems = relate._stems(highlight) & relate._stems(item)
    mine, theirs_ = _words(highlight), _words(item)  # a family counts where the two use different words of it
    families = {n for n in _family(mine) & _family(theirs_) if mine & RELATED[n] != theirs_ & RELATED[n]}
    return len(stems) + len(families)


def with_result(highlight: str) -> str | None:
    """The deed with its result, or a bare measure's change where the usual clause reads its first noun as the deed
    ('site TRIR 2.1 -> 0.6' is no 'I site TRIR …': writer/counted_said.py)."""
    said = result_kept(highlight, letter_clause(highlight) or _deed_with_result(highlight))  # letter_result, bearing
    first = highlight.split()[0] if highlight.split() else ""
    if (not said or said.startswith(f"I {first} ")) and (bare := bare_change(highlight)):
        return bare
    return said


def _deed_with_result(highlight: str) -> str | None:
    """The deed with its result: metric_deed.py, else arrow_result.py, the usual clause where no arrow says one; a
    result jotted credit first or with its means in brackets is read regrouped (writer/jotted_result.py)."""
    if moved := credit_last(highlight):  # 'w/ the kiln team cut gas …': the deed first, the credit kept
        return _deed_with_result(moved)
    deed, _, aside = highlight.partition(" - ")
    if _WHERE_CHANGE.match(aside) and (where := with_result(deed)) and not ARROW.search(deed):
        return f"{where}, where {prose(aside)}"  # "…, where our team grew from 40 to 310"
    said = credited(highlight, lambda deed: metric_deed(deed) or _with_result(deed, _tie_clause, named_work=True))
    # a change these readers leave out is said whole, deed, change and credit (writer/whole_result.py)
    said = re.sub(r"\bwith team of\b", "with a team of", said) if said else None  # 'w/ team of 3'
    said = said if said and re.search(r"\bfrom\b.+\bto\b|%|\bwhich meant\b", said) else whole_result(highlight) or said
    again = regrouped(highlight) if not said or not re.search(r"\bfrom\b.+\bto\b|%", said) else None
    return (with_result(again) or said) if again else with_none_after(highlight, said)


# their metric where it stands, and where they want it: 'food cost at 34%, wants under 30', 'plant at 14 L/kg'
_AT_MEASURE = re.compile(
    r"^(?P<np>[A-Za-z][\w'&-]*(?: [\w'&-]+){0,3}?) (?P<link>at|=|is at|is|runs at|sits at) "
    r"(?P<n>(?:about |around |nearly |over |under |~)?\d[\d.,]*"
    r"(?P<unit>\s?%|\s?(?!per\b|a\b)[A-Za-z][\w/]*(?: [a-z]+/[A-Za-z]+)?)?(?: (?:per|a|an) (?:[\d,]+ )?[a-z]+)?)"
    r"(?:,? (?:and )?(?P<who>(?:she|he|they|the [a-z]+|[a-z]+) )?wants? (?:it )?"
    r"(?P<goal>(?:under|below|above|over|at|to|down to|up to)? ?\d[\d.,]*)(?P<goal_unit>\s?%|\s?[A-Za-z][\w/]*)?"
    r"(?P<by> by (?:[A-Z][a-z]+ )?\d{4})?)?$"
)
# a measure named by a singular count noun takes 'the' ('the scrap rate', 'the CTO programme', 'the Monterrey
# plant'); a mass noun, a plural or a metric's own name none ('food cost is at 34%', 'no-shows are …', 'OEE is …')


# a share said as 'N in M': 'about 1 in 3 trainees washes out', 'nearly 2 in 5 new hires leave in year 1'
_ONE_IN = re.compile(
    r"^(?:about |nearly |roughly |almost |over |~)?\d+ (?:in|of|out of) \d+ (?:[a-z-]+ )?[a-z-]+s [a-z]+s?\b[\w ]*$"
)


def _same_metric(highlight: str, item: str) -> bool:
    """Whether their metric ('customer complaints at 260 a year', 'bag mishandling at 7 per 1,000 pax') is the very
    measure the highlight moves ('complaints 310 -> 120 a year'): every content word of its name in the highlight."""
    found = _AT_MEASURE.match(prose(ARROW.split(item.strip(), maxsplit=1)[0]).strip(" ."))
    named = relate._stems(found.group("np")) if found else set()
    return bool(named) and named <= relate._stems(highlight) and bool(ARROW.search(highlight))


def _count_noun(word: str) -> bool:
    """'base', 'plant', 'depot': a singular noun that takes an article (not 'staffing', 'revenue', 'throughput')."""
    found = lemmas(word)
    return "NOUN" in found and not word.endswith("s") and word not in _MASS_MEASURES and not abstract(word)


def _verb_for(np: str) -> str:
    """'is' or 'are' by the head noun, the word before a preposition ('crane idle time between jobs' is)."""
    head = re.split(r" (?:between|of|in|on|at|for|per|from|with|across|after|before) ", np, maxsplit=1)[0]
    return "are" if head.endswith("s") and not head.endswith("ss") else "is"


def _at_measure(part: str) -> str | None:
    """'food cost at 34%, wants under 30' → 'food cost is at 34%, and you want it under 30%'; 'Monterrey plant
    at 14 L/kg' → 'the Monterrey plant is at 14 L/kg'. None for any other shape."""
    said = prose(part).strip(" .")
    if _ONE_IN.match(said) and not _MINE.search(said):
        return adapt.perspective(said.replace("~", "about "), to_owner=True)
    found = _AT_MEASURE.match(said)
    np = found.group("np") if found else ""
    if not found or not metric_name(np) or re.search(r"\d", np):
        return None
    verb = _verb_for(np)
    at = " at" if found.group("link").endswith("at") else ""  # 'plant at 14 L/kg'; 'programme = 16 weeks'
    clause = f"{_subject(np)} {verb}{at} {found.group('n')}"
    if found.group("goal"):
        unit = found.group("goal_unit") or found.group("unit") or ""
        goal = found.group("goal").strip()
        them = "them" if verb == "are" else "it"
        who = (found.group("who") or "").strip()
        # 'regulator wants 15 by 2030': someone else's target, said as theirs ('the regulator wants it at 15 …')
        wants = f"the {who.removeprefix('the ')} wants" if who and who not in ("she", "he", "they") else "you want"
        target = goal if goal[:1].isalpha() else "at " + goal
        clause += f", and {wants} {them} {target}{unit}{found.group('by') or ''}"
    return clause


def theirs(item: str) -> str | None:
    """Their topic or problem as the recipient hears it: 'You described how cable pulling starts too late.', 'You walked
    me through the outfitting sequence on …'; the part before an arrow of theirs only (what follows is theirs)."""
    if early := time_taken(item) or problem_said.goal(prose(item.split(" - ")[0]).strip(" .")):
        return early  # 'changeover A -> B takes ~2 h', 'going from 3,000 to 4,500 t/day by 2028 - …'
    part = _before_their_arrow(item)
    if counted := counted_thing(part):
        return counted  # '2 serious near-misses last year': the things they counted
    part = adapt.perspective(prose(part), to_owner=True) if " = " in part and " = " not in prose(part) else part
    if changed := _changed(part):
        return "You mentioned that " + changed + "."
    at_measure = _at_measure(part)
    if at_measure:
        return "You mentioned that " + _RATE.sub(r" a \1", at_measure) + "."
    if _JOTTED.search(part) or _MINE.search(part):
        return None  # a question to the candidate or a jotted list is no clause of theirs; 'my cast' is mine
    clause = adapt.clause_form(part)
    given = given_verb(clause, part) if clause else None  # 'crew fatigue reports up since …' → 'are up since …'
    clause = clause if given and _COUNT_SUBJECT.search(given) else given  # never 'the 2 is late sessions …'
    if clause and _COUNT_SUBJECT.search(clause) and not _COUNT_SUBJECT.search(part):
        return None  # '3 is late pours a week …': the grammar engine read the count as a subject
    rough = _ROUGH.match(clause or "")
    if clause and rough and not has_verb(rough["np"]) and not reads_well(clause, "clause"):
        # 'reload turnaround at Kamloops base ~22 min': a measure of theirs with the verb the jotting left out
        np = _NAMED_PLACE.sub(lambda m: f"{m[1]} the {m[2]} {m[3]}" if _count_noun(m[3]) else m[0], rough["np"])
        said_with_verb = f"{_subject(np)} {_verb_for(np)} {rough['n']}"
        clause = said_with_verb if reads_well(said_with_verb, "clause") else None
    # a clause the tagger reads as one, not a noun with its relative clause ('the records story she wants done')
    relative = re.search(r"(?<=\w )\b(?:she|he|they|we|you|I)\b", part)
    # (a long item with a verb is read as a clause; a short one only when the tagger agrees: 'defects on …' is a noun)
    long = len(part.split()) > 6
    if (
        not clause
        and has_verb(part)
        and not NUMBER.search(part)
        and not relative
        and (long or classify(part) == "clause")
    ):
        clause = adapt.perspective(lower_first(prose(part)), to_owner=True)
    measured = _MEASURED.match(prose(part)) if not clause else None
    if measured and not has_verb(measured.group("np")):  # 'freight damage ~6% of US orders': a measure of theirs
        np = measured.group("np")
        verb = _verb_for(np)
        clause = f"{_subject(np)} {verb} {measured.group('at') or ''}{measured.group('n')}"
        clause = clause if all(n in clause for n in re.findall(r"\b[A-Z]{2,}\b", part)) else None
    said = f"how {clause}" if clause else adapt.topic(part)
    if not said or any(name not in said for name in re.findall(r"\b[A-Z]{2,}\b", part)):
        return None  # 'US orders' is no 'you orders'
    if clause and _THEIR_WORDS.match(clause):
        return None  # 'he asked how long the cleanup took': their question, never 'You mentioned that you asked …'
    if clause and _VALUE_ARROW.search(part) and not reads_well(clause, "clause"):
        return None  # 'more than 60 day delinquency … up from 0.4% to 1.1%': a change with no verb is no clause
    if clause:  # never 'You described how cable …', nor a count and its rate alone (writer/past_time.py)
        said = problem_said.lead_in(part, clause) + past_time.agreed(_RATE.sub(r" a \1", clause)) + "."
        return None if past_time.rate_without_verb(clause) else said
    if said.split()[0].lower() in ("how", "why", "what", "when", "where", "whether"):
        return f"You described {said}."
    if goal := problem_said.goal(said):  # 'taking the shop from 30 to 45 canoes a year': a goal in numbers
        return goal
    if has_verb(part) and len(part.split()) > 6 and classify(part) != "noun":
        return None  # a long item with a verb is a clause the reading above could not make: never "the … drop out"
    # a number joined to its noun ('384-well', '6-bed') qualifies it and is no measure a frame can not hold
    if NUMBER.search(_COMPOUND.sub("", said)) or len(said.split()) < 2 or not reads_well(said):
        return None  # 'PUE 1.45', 'water', 'socket refits within 6 months about 1 in 4': no phrase a frame holds
    if said.split()[0].lower() in _OWN_DETERMINER:
        return f"You walked me through {said}."  # 'some lifts short-staffed …' keeps its own word
    if _gerund_phrase(said):
        return f"You walked me through {said}."  # 'grafting old apple varieties' takes no article: an activity
    return f"You walked me through {the(said)}."


# the head of a compound named by what it is for ('grading line', 'training plan'), never a verb's object
_COMPOUND_HEADS = frozenset("line room hall floor yard shed bay plan schedule process system team desk station".split())


def _gerund_phrase(said: str) -> bool:
    """'grafting old apple varieties', 'pairing interpreters on long sessions': an activity with its object (never
    'the grafting old …'); 'the staffing of …' and a bare '-ing' noun ('the pricing') keep their article."""
    words = said.split()
    first = words[0].lower()
    if len(words) == 2 and words[1].lower() in _COMPOUND_HEADS:
        return False  # 'grading line', 'cleaning schedule': a thing named by what it is for, which takes 'the'
    return (
        len(words) > 1
        and first.endswith("ing")
        and bool(lemmas(first).get("VERB"))
        and words[1].lower() not in ("of", "for", "in", "on", "at", "and", "or", "to", "with")
    )


as_tie = problem_said.as_tie  # the tie as a template reads it (writer/problem_said.py)


def _first_part(item: str) -> str | None:
    """A jotted problem by its first part, before a comma or a bracket ('sheet breaks after grade changes, ~6/wk'):
    their clause where it reads as one, else the thing they named ('You mentioned the sheet breaks after …')."""
    # (never at an arrow between two values: 'up 0.4% -> 1.1%' is one change, not 'up 0.4%')
    cut = r",|\(| - " if _VALUE_ARROW.search(item) else r",|\(| - |->"
    part = re.split(cut, item, maxsplit=1)[0].strip()
    jotted = problem_said.jotted_clause(part)
    if jotted or part == item.strip() or problem_said.no_clause(part):
        return jotted or by_its_measure(item)
    said = theirs(part)
    return said or problem_said.named_problem(adapt.topic(part)) or by_its_measure(item)


def _family_of_result(highlight: str, problem: str) -> bool:
    """A result whose measure is of one family with the problem ('sick-cover gaps' ↔ 'lifeguard shortage'); to a
    problem stated as a measure, what the result counts against what it measures, never a word of the credit ('w/ the
    shift leads' ↔ 'no-shows ~1 in 5 shifts')."""
    thing, measure = measured_thing(highlight), problem_measure(problem)
    if shared_family(highlight, problem):  # one measure family ('LTI rate 1.9 -> 0.5' ↔ '4 forklift collisions')
        return True
    if thing and measure:
        return same_family(thing, measure)
    return same_family(ARROW.split(highlight)[-1] + " " + highlight, problem)


def best_pair(
    items: list[str],
    highlights: list[str],
    *,
    measured_only: bool = False,
    problems: tuple[str, ...] = (),
    quiet: frozenset[str] = frozenset(),
    common: frozenset[str] = frozenset(),
    least: float = 1,
) -> tuple[str, str, str, str] | None:
    """(item, highlight, their sentence, the candidate's clause) of the pair sharing most; a pair that counts one
    thing in one unit first (writer/measure_units.py: 'plant at 14 L/kg' ↔ 'reuse project -> 15 to 9 L/kg'), a
    problem before a topic unless the topic's pair weighs more by over 1, a deed with its result before one without.
    None when nothing relates (with `measured_only`, when no pair counts one thing). To a problem of theirs
    (`problems`), a highlight whose result counts something else is no pair (relate.result_misses: reminders that cut
    no-shows are no answer to stock-outs).
    Pairs are weighed by writer/pair_weight.py (`quiet`: the job's own words; `common`: the notes' own subject): the
    strongest leads, and one everyday word ('crew', 'team') ties nothing."""
    best: tuple[float, str, str, str, str] | None = None
    for rank, item in enumerate(items):
        jotted = problem_said.jotted_clause(re.split(r",|\(| - |->", item, maxsplit=1)[0].strip())
        # a problem of theirs with the cause they gave it: what it leaves them with, after that cause
        said = (jotted or problem_said.what_it_leaves(item) if item in problems else None) or theirs(item)
        said = said or (_first_part(item) if item in problems and not measured_only else None)
        # a name said in lower case ('the mallow unit') or a comparison jotted with 'vs' is no sentence of theirs
        if not said or re.search(r"\bvs\b", item) or (item[:1].isupper() and item.split()[0] not in said):
            continue
        said = problem_said.as_point(said) if item in problems else said  # a problem is no walk-through
        for highlight in highlights:
            plain = regrouped(highlight) or highlight  # what the result counts, read in the order it says it
            if item in problems and relate.result_misses(plain, item) and not _family_of_result(plain, item):
                continue
            measure = problem_measure(item) if item in problems else None  # a measured problem: what it measures
            measure = measure if measure and stems(measure) - quiet else None  # 'Mon mornings' measures nothing
            # how strongly the two bear on each other (writer/pair_weight.py), never by whom it was done with
            score = weigh(work_part(highlight), measure or item, quiet=quiet, common=common)
            measured = same_unit(highlight, item, shared(highlight, item)) or _same_metric(highlight, item)
            if score < 1 and measure and not measured:  # one unit counted on both sides relates them all the same
                continue
            if measured:
                score += 2
            if score < least or (measured_only and not measured):
                continue
            if score < 1.5 and not measured and item not in problems:
                continue  # a topic shares more than one word with a result before a tie reads true ('payment')
            # a strong pair is said whole where the usual clause reads none of it (writer/mine_said.py)
            mine = with_result(highlight) or (mine_said(highlight, with_result) if score >= 1.5 else None)
            if not mine or re.search(r"\bthere\b", mine):
                continue  # 'checks there': a place another highlight names, which the tie alone never says
            for rate in re.findall(r" per [\d,]+ [a-z]+", mine):  # 'per 1,000 pax' said once, in their sentence
                mine = mine.replace(rate, "", 1) if rate in said else mine
            # their problem leads unless a topic's pair is clearly stronger (by more than one shared word)
            key = (score + (1 if item in problems else 0)) * 4 + (2 if NUMBER.search(mine) else 0) - rank * 0.01
            if best is None or key > best[0]:
                best = (key, item, highlight, said, mine)
    return best[1:] if best else None
