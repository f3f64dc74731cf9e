"""Notes items adapted to the message they go into: whose side they speak from, and their shape.

Notes are jotted from the candidate's side ("their component library", "nightly batch jobs
page the on-call team"); a message speaks to the person. This module turns an item into a
noun phrase that fits after "about", a gerund that fits after "experience of", and says
whether two items are related at all, so the writer ties a highlight to a problem only
when they share something. Verb forms come from lemminflect, loaded on first use.
"""

from __future__ import annotations

import re

from afterview.writer.change_topic import both_halves
from afterview.writer.due_by import said_due
from afterview.writer.fragments import with_copula
from afterview.writer.head import as_clause, fragment_noun, gerund, gerund_phrase, head, verb_first
from afterview.writer.headline import date_preposition, with_article
from afterview.writer.np_article import BARE_SUBJECTS, abstract
from afterview.writer.past_time import past_agreed
from afterview.writer.perspective import MASS as _MASS
from afterview.writer.perspective import perspective, to_recipient
from afterview.writer.phrasing import spoken
from afterview.writer.relate import pick_related, related, usable, usable_items
from afterview.writer.shapes import (
    _CONTRACTED,
    DETERMINERS,
    PREPOSITIONS,
    WH,
    classify,
    highlight_noun,
    is_clause,
    lemmas,
    lower_first,
    strip_i,
    telegraphic,
    words_of,
)
from afterview.writer.shapes import experience_noun as _experience_noun
from afterview.writer.shapes import having as _having
from afterview.writer.shapes import (
    highlight_clause as _highlight_clause,
)
from afterview.writer.team_credit import team_deed
from afterview.writer.time_spent import time_spent

__all__ = [
    "DETERMINERS",
    "PREPOSITIONS",
    "WH",
    "classify",
    "clause_form",
    "experience_noun",
    "having",
    "highlight_clause",
    "highlight_noun",
    "is_clause",
    "lower_first",
    "perspective",
    "pick_related",
    "related",
    "strip_i",
    "telegraphic",
    "to_recipient",
    "topic",
    "usable",
    "usable_items",
]  # fmt: skip


def having(item: str) -> str | None:
    """'having validated 60+ models …' (shapes.having); None for the team's result, said as the team's elsewhere."""
    return None if team_deed(item) else _having(item)


def experience_noun(item: str) -> str | None:
    """'my experience leading …' (shapes.experience_noun); None for the team's result: never 'my …' alone, nor
    'my cushion fitting with a team of 2 OTs' brought to their work (run27: garbled)."""
    return None if team_deed(item) or _WITH_TEAM.search(item) else _experience_noun(item)


def _bare_passive(words: list[str]) -> bool:
    """'… is triaged', '… is run': a passive with nothing after its participle ends the item."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    if len(words) < 3 or words[-2] not in ("is", "are", "was", "were", "gets", "get", "got"):
        return False
    verbs = lemmas(words[-1]).get("VERB")
    if not verbs:
        return False
    return words[-1] in (lemminflect.getInflection(verbs[0], "VBN") or ())


_WITH_TEAM = re.compile(r"\b(?:w/|with)\s+(?:a\s+|my\s+|the\s+)?(?:team|crew|group)\b|\bwith \d+ others?\b", re.I)


def topic(item: str, *, to_owner: bool = True) -> str:
    """An item as a noun phrase for "about …": its head (head.head), a clause as "how …", a fragment
    with its article ('the Leeds scheme going into Stage 4'), a verb without subject as a gerund; the article the
    jotting dropped at its end put back ('… to the board': writer/jotted_articles.py)."""
    from afterview.writer.jotted_articles import with_articles

    return with_articles(_topic(item, to_owner=to_owner))


def _topic(item: str, *, to_owner: bool = True) -> str:
    changed = both_halves(lower_first(spoken(item)))
    if changed:  # 'hand lay-up -> vacuum infusion trial': both halves, never the first alone (change_topic.py)
        return perspective(changed, to_owner=to_owner)
    text = perspective(head(lower_first(spoken(item))), to_owner=to_owner)
    from afterview.writer.too_predicate import too_noun

    too = too_noun(text)
    if too:  # 'agency spend too high' → 'the agency spend being too high', never 'how agency spend too high'
        return too
    asked = indirect_question(text)
    if asked:  # 'should we use dbt?' → 'whether you should use dbt'
        return perspective(asked, to_owner=to_owner)
    words = words_of(text)
    wish = _their_wish(text, to_owner)
    if wish:  # 'wants board members trained to make asks' → 'how you want board members trained …'
        return "how " + wish
    fact = jotted_fact(text)
    if fact:  # 'relocation up to £3,000' is a fact, not a manner: never 'how relocation is up to £3,000'
        return fact
    due = said_due(text)
    if due:  # 'DBS check and references by 11 December': 'the … due by 11 December', never 'how … by …'
        return due
    if gerund_phrase(words):  # 'testing multiplayer matchmaking': an activity, a noun phrase as it stands
        return text
    if verb_first(text):  # 'lost 3 cellar hands this year' → 'losing 3 cellar hands this year'
        return gerund(text)
    fragment = fragment_noun(text, _with_article) if words and words[0] not in WH else None
    if fragment:  # 'the Leeds scheme going into RIBA Stage 4 in January'
        return fragment
    if words and words[0] not in WH and as_clause(text) is None and is_clause(text):
        if any(w in ("is", "are", "was", "were") for w in words[1:]):  # 'weather windows in Jan-Feb are short'
            return "how " + _with_article(text)
        return _with_article(text)  # 'the county eviction records story you want done …', 'the major gifts pipeline'
    clause = as_clause(text, _with_article) if words and words[0] not in WH and not words[0].endswith("ing") else None
    if clause and (clause != text or not is_clause(text) or any(w.endswith("n't") for w in words)):
        return "how " + clause  # 'how court data is copied by hand every week'
    if " versus " in text or (", " in text and not is_clause(text.split(", ")[0])):
        joined = _and_list(text)  # 'vendor models versus in-house, RMS versus AIR': options
        # an aside after a comma ('…, about 6 weeks to roll out') would need a closing comma mid-sentence
        return _with_article(joined.split(", ")[0] if ", " in joined and " and " not in joined else joined)
    if words and (_CONTRACTED.match(words[0]) or is_clause(text)):
        return "how " + text
    fragment = predicate(text)
    if not fragment and words and words[0] not in WH and any(w in ("is", "are", "was", "were") for w in words[1:]):
        fragment = _with_article(text)  # 'weather windows in January-February are short': a clause after all
    return "how " + fragment if fragment else _with_article(text)


# A noun and an amount with no verb ('relocation up to £3,000', 'salary 60-70k') or who pays: noun phrases.
_AMOUNT = re.compile(
    r"^(?P<noun>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}?) (?P<amount>(?:(?:up to|about|around|roughly|at least|at most|"
    r"over|under|nearly|almost) )?[£$€]?\d[\d,.]*(?:k|m|%| ?[-–] ?[£$€]?\d[\d,.]*k?)?(?: (?:a|per) \w+)?)$"
)
_PAID = re.compile(r"^(?P<noun>\S.*\S) (?P<by>paid|funded|subsidised|subsidized|sponsored|reimbursed)$")


def jotted_fact(text: str) -> str | None:
    """'relocation up to £3,000' → 'relocation of up to £3,000'; 'relocation to Esbjerg and Danish lessons
    paid' → 'the paid relocation to Esbjerg and Danish lessons'. None for anything else."""
    amount = _AMOUNT.match(text)
    verbless = amount and not any(
        w in ("is", "are", "was", "were") or w in PREPOSITIONS or w.endswith("ed") or "VERB" in lemmas(w)
        for w in amount["noun"].split()
    )
    if amount and verbless:
        return f"{amount['noun']} of {amount['amount']}"
    paid = _PAID.match(text)
    if paid and paid["noun"].split()[0].lower() not in DETERMINERS and not is_clause(paid["noun"]):
        return f"the {paid['by']} {paid['noun']}"
    return None


_AUX = {"should", "is", "are", "can", "could", "will", "would", "do", "does", "did", "has", "have", "was", "were"}
_PRONOUNS = {"we", "they", "i", "you", "he", "she", "it"}


def indirect_question(text: str) -> str | None:
    """A question jotted in the notes, as one a sentence can hold: 'should we use dbt' → 'whether we
    should use dbt'; 'is the API stable' → 'whether the API is stable'. None for anything else."""
    words = text.split()
    if len(words) < 3 or words[0].lower() not in _AUX:
        return None
    aux, rest = words[0].lower(), words[1:]
    if rest[0].lower() in _PRONOUNS:
        if aux in ("do", "does"):  # 'do they pair on reviews' → 'whether they pair on reviews'
            return " ".join(["whether", *rest])
        return " ".join(["whether", rest[0], aux, *rest[1:]]) if aux != "did" else None
    if aux in ("is", "are", "was", "were") and rest[0].lower() in DETERMINERS:
        for n in range(1, min(len(rest), 6)):
            found = lemmas(rest[n].lower())
            # 'is the API stable' → 'the API' + 'stable'
            if "ADJ" in found and ("NOUN" not in found or n == len(rest) - 1):
                return " ".join(["whether", *rest[:n], aux, *rest[n:]])
    return None


_ASIDE_ADVERBS = frozenset("mostly mainly largely partly usually often sometimes only roughly".split())


def _and_list(text: str) -> str:
    """'vendor models versus in-house, RMS versus AIR' → '… in-house and RMS versus AIR'."""
    if ", " not in text or " and " in text:
        return text
    head, _, last = text.rpartition(", ")
    first = last.split(maxsplit=1)[0].lower() if last.strip() else ""
    if first in WH or first in PREPOSITIONS or first in ("that", "which", "who", "so", "but", "then"):
        return text
    if first in _ASIDE_ADVERBS:  # '25 growers direct, mostly Western Cape': an aside on the head, no list item
        return head
    return f"{head} and {last}"


def predicate(text: str) -> str | None:
    """A noun and a predicate adjective jotted without their verb, given it back: 'pricing tool ready
    by Q2' → 'the pricing tool is ready by Q2' (fragments.with_copula)."""
    found = with_copula(text)
    if not found:
        return None
    noun, verb, rest = found
    return f"{_with_article(noun)} {verb} {rest}"


def clause_form(item: str, *, to_owner: bool = True) -> str | None:
    """An item with its own subject and verb, as a clause for "that …" ('your validation backlog is 40+
    models ahead'); 'how they depend on two funders' → 'you depend on two funders'. None for a noun phrase."""
    text = perspective(head(lower_first(spoken(item))), to_owner=to_owner)
    words = words_of(text)
    wish = _their_wish(text, to_owner)
    if wish:
        return wish
    if len(words) > 2 and words[0] == "how" and is_clause(text.split(" ", 1)[1]):
        # 'how the demo inbox is triaged' asks about a way of working: 'that the demo inbox is triaged' says nothing
        return None if _bare_passive(words) else text.split(" ", 1)[1]
    if " versus " in text:
        return None  # options weighed, not a subject and its verb
    if words and _CONTRACTED.match(words[0]):
        return text
    if verb_first(text):  # 'lost 3 cellar hands' → 'you lost 3 cellar hands'
        return ("you " if to_owner else "they ") + text
    if _LEFT_WHEN.match(text):  # '4 deckhands left last year': people who left, never 'were left' (what remains)
        return past_agreed(text)
    made = as_clause(text, _with_article)
    if made:  # 'the board wants monthly operations dashboard' → '… wants a monthly operations dashboard'
        from afterview.writer.jotted_articles import with_articles

        made = with_articles(made)
    # 'dryer section eats too much steam' → 'the dryer section eats …': a jotted subject takes its article
    if made and not BARE_SUBJECTS.intersection(w.lower() for w in made.split()[:3]):  # 'pallet damage is …
        made = with_article(made)
    # 'opens March 2027' → 'opens in March 2027'; '2 ovens are down … last season' → 'two ovens were down …'
    return past_agreed(date_preposition(made)) if made else None


# people who left, and when: 'left' is their verb here ('4 deckhands left last year', 'two chefs left in spring')
_LEFT_WHEN = re.compile(r"^(?:[\w-]+ ){1,3}left (?:last|this|in|since|over|during|after|before|within)\b")


# What the person said they want, jotted without its subject ('wants board members trained …'): theirs.
_WISHES = {"wants": "want", "needs": "need", "plans": "plan", "hopes": "hope", "expects": "expect",
           "prefers": "prefer", "thinks": "think", "likes": "like", "wishes": "wish", "want": "want"}  # fmt: skip


def _their_wish(text: str, to_owner: bool) -> str | None:
    """'wants a monograph plan from every new hire' → 'you want a monograph plan from every new hire' (to
    them), 'they want …' (to someone else). None unless the item starts with such a verb."""
    first, _, rest = text.partition(" ")
    if first.lower() not in _WISHES or not rest:
        return None
    return ("you " if to_owner else "they ") + _WISHES[first.lower()] + " " + rest


def _with_article(text: str) -> str:
    """'crash rate on older iPads' → 'the crash rate on older iPads', 'SwiftUI migration' → 'the
    SwiftUI migration'; a plural ('flaky tests'), a mass noun ('relocation support'), a gerund
    ('moving billing …') and a phrase with its own determiner ('your roadmap') stay as they are."""
    words = text.split()
    first = words[0].lower() if words else ""
    if first in DETERMINERS or first in PREPOSITIONS or first in WH or first.endswith("ing"):
        return text
    if first in ("new", "proposed", "planned", "upcoming") and len(words) > 1:  # 'the new MA Economic and …'
        return "the " + text
    if first in {"your", "you", "i", "we", "they"} or "'" in first:
        return text
    if not first.replace("-", "").isalpha():
        return _numbered(text)
    phrase: list[str] = []
    for word in words:
        if word.lower() in PREPOSITIONS:
            break
        phrase.append(word)
    head = phrase[-1].lower().strip(",;:") if phrase else ""
    if len(words) < 2 and not words[0][:1].isupper():
        return text
    if len(words) > len(phrase) and words[len(phrase)].lower() in ("and", "or"):
        # 'Atoll and drive test data': one article cannot cover both
        return text
    if not head.isalpha() and "-" not in head:
        return text
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return text
    proper = words[0][:1].isupper() and len(phrase) > 1
    if not proper and (head in _MASS or abstract(head)):
        return text
    if len(words) < 2:
        return text
    return "the " + text


def _numbered(text: str) -> str:
    """'1/1 reinsurance renewal', '3.5 GHz rollout in rural Ontario' → with 'the': a label with a figure
    before a singular noun names one thing; '3 days in the office', '2027 hangar slots' stay."""
    phrase: list[str] = []
    for word in text.split():
        if word.lower() in PREPOSITIONS:
            break
        phrase.append(word)
    head = phrase[-1].lower() if phrase else ""
    noun = "NOUN" in lemmas(head) or not lemmas(head)
    singular = head.isalpha() and not head.endswith("s") and noun and head not in _MASS
    return "the " + text if len(phrase) >= 3 and singular else text


def highlight_clause(item: str) -> str | None:
    """'led the Kafka migration' → 'I led the Kafka migration' (shapes.highlight_clause); a time spent jotted before its
    work said with its verb ('3 yrs dispatch at a depot' → 'I spent three years in dispatch at a depot',
    writer/time_spent.py); None for a noun phrase."""
    from afterview.writer.jotted_articles import deed_object  # 'I managed team of 12' → 'I managed a team of 12'

    said = _highlight_clause(item)
    return deed_object(said) if said else time_spent(strip_i(item))
