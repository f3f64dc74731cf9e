"""Two ways a notes item pasted into a sentence fails to read as English, read on the sentence the writer made:

- a singular count noun with no determiner ('I built pipe-break risk model for Pune water utility asset team.'):
  a run of adjectives and nouns right after a verb or a preposition, its head a singular noun the dictionary knows
  only as a noun, neither a mass noun, an activity nor a name, with nothing before it that determines it;
- an 'I' given a noun phrase as if it were a verb phrase ('I state-certified ski instructor myself.'): the words
  after a sentence's 'I' hold no verb the dictionary knows in a finite form before the noun that heads them.

`bare_count_noun` and `verbless_i` say where; `with_determiner` mends the first where a rule can say which
determiner: the object of a verb is new to the reader ('a'/'an' by the sound of the next word), the object of a
preposition a thing the notes already place ('the'). The gate (`last_gate.py`) mends what it can and leaves out
the sentence whose fault stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.writer.article_sound import article_for as article_for  # (re-exported: frame_fit)
from afterview.writer.compound_article import compound_after_preposition, money_article
from afterview.writer.countable import countable
from afterview.writer.lemma import lemmas
from afterview.writer.np_article import BARE_SUBJECTS, MASS_MEASURES, abstract
from afterview.writer.object_article import object_article
from afterview.writer.tagger import tags, tokens

# heads that go without an article after a preposition or a verb: fields, times, idioms ('by phone', 'in person',
# 'on site', 'at scale', 'in more detail', 'talk shop', 'at shift change') and languages
_BARE_OK = (
    frozenset(
        "work home school time place charge touch person site scale hand phone email mail car foot bus train "
        "week month year day night morning afternoon evening weekend today tomorrow yesterday noon midnight dusk dawn "
        "summer winter spring autumn fall detail mind seat limit shop change town court church college class sea air "
        "paper rate rail road stage camera tour duty board bed lunch dinner breakfast interest hold line budget "
        "record file "
        "family dispatch crew staff "
        "english french spanish german portuguese arabic chinese japanese russian swahili".split()
    )
    | BARE_SUBJECTS
    | MASS_MEASURES
)
# words before a verb or preposition's object that make a bare noun right ('as lead engineer', 'per day')
_DETERMINED_AFTER = frozenset("as per than like plus via of versus".split())
_NOUNLIKE = ("NOUN", "ADJ", "PROPN")
_JOINS = frozenset("'s ’s versus vs".split())
_JOBS = frozenset("role position job post vacancy".split())


def _tagged(sentence: str) -> tuple[list[str], list[str]] | None:
    words = tokens(sentence)
    found = tags(words) if words else None
    return (words, [t.partition("|")[0] for t in found]) if found else None


def _singular_count(word: str) -> bool:
    low = word.lower()
    if not re.fullmatch(r"[a-z][a-z-]*[a-z]", word) or low in _BARE_OK or low.split("-")[-1] in _BARE_OK:
        return False
    return "ADJ" not in lemmas(low) and not abstract(low) and _count_noun(low)


def _count_noun(low: str) -> bool:
    """A singular noun the dictionary knows as a noun in this form, not known to be uncountable."""
    found = lemmas(low)
    if "NOUN" not in found or low not in found["NOUN"]:
        return False
    return not (low.endswith("s") and not low.endswith(("ss", "us", "is"))) and countable(low) is not False


def _governs(words: list[str], pos: list[str], n: int) -> bool:
    """Whether words[n] is a verb or a preposition that takes the noun phrase after it as its object: never a
    modifier inside a noun phrase ('an observer scheduling tool', 'the Apprentice Reed Tuner role')."""
    if pos[n] not in ("VERB", "ADP") or words[n].lower() in _DETERMINED_AFTER or words[n][:1].isupper():
        return False
    if (
        pos[n] == "VERB"
        and n
        and pos[n - 1] in ("DET", "NOUN", "ADJ", "PROPN", "VERB", "NUM")
        and words[n - 1] != "Having"
    ):
        return False
    if words[n].endswith("ing") and n and pos[n - 1] == "CCONJ":  # 'opening and closing checklist'
        return False
    return pos[n] == "ADP" or "VERB" in lemmas(words[n].lower())


@dataclass(frozen=True)
class Bare:
    """A noun phrase with no determiner, words[start:end], and the article a rule gives it (None: no rule does)."""

    start: int
    end: int
    article: str | None


def bare_noun(sentence: str) -> Bare | None:
    """The first noun phrase of `sentence` headed by a singular count noun with no determiner after a verb or a
    preposition (module doc); None when there is none."""
    tagged = _tagged(sentence)
    if tagged is None:
        return None
    words, pos = tagged
    for n in range(len(words) - 1):
        if not _governs(words, pos, n):
            continue
        end = n + 1
        gerund = _modifier_gerund(words, pos, n)  # 'opened sourcing office', 'set up hedging desk': one noun phrase
        end += gerund
        while end < len(words) and pos[end] in _NOUNLIKE and not words[end][:1].isdigit():
            end += 1
        run = words[n + 1 : end]
        after = words[end].lower() if end < len(words) else ""
        if not run or after in _JOINS or (end < len(words) and pos[end] in ("NUM", "PART")):
            continue  # 'goat versus weasel hair', 'membrane fouling': the phrase goes on
        if end < len(words) and pos[end] == "DET" and run[-1].endswith("ing"):
            continue  # 'building a bench': a gerund
        if after.endswith("ing") and pos[end] == "VERB":
            continue
        names = sum(1 for w in run if w[:1].isupper())
        if names == len(run) or names > 1 or run[-1].lower() in _JOBS:
            continue  # a name ('at Acme'), a name and more ('Seorae Pickles forecast error'), a job's title
        if pos[end - 1] != "NOUN" or not run[-1].islower() or not _singular_count(run[-1]):
            continue
        return Bare(n + 1, end, _article(words, pos, n, run) or (article_for(run[0]) if gerund else None))
    return None


def _article(words: list[str], pos: list[str], n: int, run: list[str]) -> str | None:
    """'a'/'an' for the thing a person's making verb made ('I built a risk model', 'we wrote a field guide'); 'the'
    after a preposition for a place or unit of a named organisation ('for the Pune water utility asset team'); None
    otherwise: the object of another verb is often an activity ('I ran quality control', 'led customer service'),
    and a common noun after a preposition often an idiom or a field ('on paper', 'in quality control')."""
    subject = words[n - 1] if n and pos[n - 1] != "ADV" else words[n - 2] if n > 1 else ""
    if pos[n] == "VERB" and subject.lower() in _PERSONS and _MAKING.match(words[n].lower()):
        return article_for(run[0])
    if pos[n] == "ADP" and len(run) > 1 and run[0][:1].isupper() and pos[n - 1] != "VERB":
        return "the"  # never after a verb's particle ('set up Acme night cover')
    head = run[-1].lower()
    if pos[n] == "ADP" and compound_after_preposition(words[n], run, _singular_count(head), abstract(head)):
        return "the"  # 'into board risk committee' → 'into the board risk committee' (compound_article.py)
    return None


_PERSONS = frozenset("i we you they he she having".split())  # 'Having opened …, I': the candidate did it


def _modifier_gerund(words: list[str], pos: list[str], n: int) -> bool:
    """Whether the -ing word after words[n] modifies the singular count noun after it ('opened sourcing office', 'set up
    hedging desk'), where words[n] is a person's making verb or its particle: a thing made is no activity, so the two
    are one noun phrase, new to the reader ('a sourcing office'). Never after 'started', 'set' or 'put' alone
    ('started leading team' is an activity)."""
    at, verb = n + 1, n - 1 if pos[n] == "ADP" else n
    if at + 1 >= len(words) or verb < 1 or pos[verb] != "VERB" or pos[at] != "VERB" or not words[at].endswith("ing"):
        return False
    if verb == n and words[n].lower() in ("started", "set", "put"):
        return False
    doer = words[verb - 1] if pos[verb - 1] != "ADV" else words[verb - 2] if verb > 1 else ""
    made = doer.lower() in _PERSONS and bool(_MAKING.match(words[verb].lower()))
    return made and pos[at + 1] == "NOUN" and words[at + 1].islower() and _singular_count(words[at + 1])


# the past of a verb whose object is the thing it made
_MAKING = re.compile(
    r"^(?:built|wrote|made|created|designed|developed|drafted|founded|launched|opened|introduced|produced|"
    r"published|installed|cast|coded|programmed|assembled|established|devised|invented|modelled|modeled|"
    r"prototyped|sketched|painted|composed|recorded|filmed|baked|brewed|sewed|carved|forged|welded|printed|"
    r"started|set|put)$"
)


def bare_count_noun(sentence: str) -> tuple[int, int] | None:
    """The word span of `bare_noun`'s phrase, or None."""
    found = bare_noun(sentence)
    return (found.start, found.end) if found else None


def verbless_i(sentence: str) -> bool:
    """Whether `sentence` has an 'I' followed by a noun phrase and no verb ('I state-certified ski instructor
    myself.'): no word after it up to the next conjunction is both tagged a verb and known as one."""
    tagged = _tagged(sentence)
    if tagged is None:
        return False
    words, pos = tagged
    for n, word in enumerate(words[:-1]):
        if word != "I":
            continue
        stop = next((k for k in range(n + 1, len(words)) if words[k].lower() in _CLAUSE_ENDS), len(words))
        clause = range(n + 1, stop)
        first = next((k for k in clause if pos[k] != "ADV"), None)
        if first is not None and "VERB" in lemmas(words[first].lower()):
            continue  # the word after 'I' can be a verb: one, whatever the tagger read ('I only partly follow')
        if any(_finite(words[k], pos[k]) for k in clause):
            continue
        if any(pos[k] == "NOUN" for k in clause):
            return True
    return False


_CLAUSE_ENDS = frozenset("and but so because which who that when while if".split())


def _finite(word: str, pos: str) -> bool:
    """A word that is a verb after 'I' ('built', 'run', "'m"): tagged a verb and known to the dictionary as one
    ('state-certified', which the tagger reads as a verb, is unknown to it)."""
    if pos == "AUX" or word.lower() in ("'m", "'ve", "'d", "'ll", "am"):
        return True
    return pos == "VERB" and "VERB" in lemmas(word.lower())


_SENTENCE_END = re.compile(r"((?<=[.!?])\s+(?=[A-Z]))")


def determined(body: str) -> str:
    """`body` with `with_determiner`, `object_article`, `money_article`, `possessed` and `listed` applied to each of
    its sentences (whitespace between them kept)."""
    pieces = _SENTENCE_END.split(body)
    return "".join(
        p if n % 2 else listed(possessed(money_article(object_article(with_determiner(p)))))
        for n, p in enumerate(pieces)
    )


# a singular count noun as a possessor right after a preposition or a verb of talk, as notes jot it ('your account
# of board's appetite for …', 'to discuss team's roadmap'): it takes 'the' as any count noun does
_BARE_POSSESSOR = re.compile(
    r"\b(?P<lead>of|about|on|with|for|to|from|into|in|at|by|and|or|discuss|discussed|discussing|hear|heard|hearing"
    r"|understand|understanding|how|that|behind|around|within)\s+(?P<noun>[a-z][a-z-]+)(?='s\s+[a-z])"
)


def possessed(sentence: str) -> str:
    """'… your account of board's appetite for exposure' → '… of the board's appetite …': a bare singular count
    noun that owns the next noun takes 'the'; a name (capitalised), a time word ('today's'), a plural ('people's')
    or one after a determiner stays as it is."""

    def the(found: re.Match[str]) -> str:
        noun = found["noun"]
        if noun in _TIME_OWNERS or not _owner(noun):
            return found[0]
        return f"{found['lead']} the {noun}"

    return _BARE_POSSESSOR.sub(the, sentence)


_TIME_OWNERS = frozenset("today tomorrow yesterday tonight week month year day season quarter".split())


def _owner(noun: str) -> bool:
    """A singular count noun that can own a thing ('board', 'team', 'customer'); 'one', 'everyone' are no nouns."""
    return "PRON" not in lemmas(noun) and _count_noun(noun)


# three words strung with 'and' as notes string them ('shipping and install and budgets')
_AND_AND = re.compile(r"\b(?P<a>[a-z][a-z-]+) and (?P<b>[a-z][a-z-]+) and (?P<c>[a-z][a-z-]+)\b")
_NOT_LISTED = frozenset("i we you they he she it the a an my our your their his her its that this then".split())


def listed(sentence: str) -> str:
    """'one person does shipping and install and budgets' → '… does shipping, install and budgets': a list of three
    said with a comma; a clause between the 'and's ('we planned and we built and …') as it is; 'references including
    my …' → 'references, including my …' (`_INCLUDING`)."""

    def comma(found: re.Match[str]) -> str:
        if any(found[k] in _NOT_LISTED for k in "abc"):
            return found[0]
        return f"{found['a']}, {found['b']} and {found['c']}"

    return _INCLUDING.sub(r"\g<noun>, including ", _AND_AND.sub(comma, sentence))


# 'the two references including my current plant manager': a plural noun and an example of its members, jotted as
# 'incl.', said with a comma ('… references, including my …'); never 'enjoyed including everyone' (no plural noun)
_INCLUDING = re.compile(
    r"\b(?P<noun>[a-z]{3,}[^s\W]s|staff|people)\s+including\s+(?=(?:my|our|a|an|one|two|three|four|the|\d)\b)"
)


def with_determiner(sentence: str) -> str:
    """`sentence` with each bare singular count noun phrase a rule can say the article of given it (`_article`);
    as it is when the words cannot be found again in it."""
    if verbless_i(sentence):
        return sentence  # a verb the tagger misread ('I state-certified ski instructor'): no article mends that
    for _ in range(4):
        found = bare_noun(sentence)
        if found is None or found.article is None:
            return sentence
        words = tokens(sentence)
        first = words[found.start]
        lead = re.escape(words[found.start - 1]) + r"\s+" + re.escape(first) + r"\b"
        places = list(re.finditer(lead, sentence))
        if len(places) != 1:
            return sentence
        at = places[0].end() - len(first)
        sentence = sentence[:at] + found.article + " " + sentence[at:]
    return sentence


# a person named by what they do: 'instructor', 'referee', 'volunteer', 'guide', 'coach', 'member'
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|eer|guide|coach|member|judge|medic|pilot|chef|diver)$")
_ASIDE = re.compile(r"\s*[(\[][^)\]]*[)\]]")


def being(item: str) -> str | None:
    """A pastime jotted as what the candidate is ('state-certified ski instructor (weekends, winter)') said with
    its verb: 'I am a state-certified ski instructor'; None for any other shape."""
    text = " ".join(_ASIDE.sub("", item).split()).rstrip(" .!")
    tagged = _tagged(text)
    if not text or not tagged or re.search(r"[+/=~;:(]|->", text) or text.split()[0].lower() in ("a", "an", "the"):
        return None
    words, pos = tagged
    head = words[-1].lower()
    if words[0] in ("I", "my") or pos[-1] != "NOUN" or not _AGENT.search(head) or not _singular_count(head):
        return None
    deed = any(p == "VERB" and "VERB" in lemmas(w.lower()) for w, p in zip(words, pos, strict=True))
    if deed or any(p not in (*_NOUNLIKE, "VERB") for p in pos):
        return None  # a deed ('coached a youth team'), not a title
    return f"I am {article_for(text)} {text[:1].lower()}{text[1:]}"
