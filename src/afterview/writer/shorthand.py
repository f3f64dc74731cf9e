"""Notes shorthand written out as prose before an item goes into a letter.

People jot notes minutes after a call: "in Oct", "~6 wks", "9 -> 15", "Datawrapper vs D3",
"w/ the data team", "b/c". A letter says "in October", "about 6 weeks", "from 9 to 15",
"Datawrapper versus D3", "with the data team", "because". Only these common classes change;
proper nouns, product names ("C++", "R&D", "AT&T"), road and place names ("Hwy 11": a new capital
word would be a name the notes never gave), numbers and the user's other words stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.shorthand_words import CLIPPED_UNITS, CLIPPED_WORDS, SPELLED
from afterview.writer.abbrev_dot import undotted
from afterview.writer.adjective_article import adjective_articles
from afterview.writer.arrow import arrow_change
from afterview.writer.date_range import date_spans
from afterview.writer.lemma import lemmas
from afterview.writer.short_forms import places_in_full

_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
    "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November",
    "dec": "December",
}  # fmt: skip
# Day names that are no other word; "Mon", "Fri", "Sat", "Sun" only where a day is meant ("on Fri").
_DAYS = {"tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday", "thu": "Thursday",
         "thur": "Thursday", "thurs": "Thursday"}  # fmt: skip
_SHORT_DAYS = {"mon": "Monday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}
# Units that read as words on their own too ("some yrs", "a few wks").
_BARE_UNITS = {"wk": "week", "wks": "weeks", "yr": "year", "yrs": "years", "hrs": "hours", "mins": "minutes",
               "mths": "months", "wknd": "weekend"}  # fmt: skip
# A month abbreviation with a capital, where a month is meant ("in Oct", "Oct 3"): "Jan", "Jun" and
# "Dec" are names too, so one on its own stays.
_MONTH_ALT = "|".join(m.title() for m in sorted(_MONTHS, key=len, reverse=True))

_DAY_CONTEXT = r"\b(?P<pre>(?:on|by|next|last|this|every|from|until|till|before|after)\s+)"
_UNIT_ALT = "|".join(sorted(CLIPPED_UNITS, key=len, reverse=True))
_WORD_ALT = "|".join(re.escape(w) for w in sorted(CLIPPED_WORDS, key=len, reverse=True) if "/" not in w and w != "q&a")

# words after which a time needs no preposition of its own ('by mid March', 'the late May launch')
_TIME_WORDS = frozenset(
    "in by for from until till since to of before after and or the through during at on around about than like".split()
)
# past-tense deeds that open a highlight ('ran …', 'cut …', 'rebuilt …'); participles that only describe stay out
DEEDS = (
    r"(?!(?:based|located|used|aged|called|named|related|skilled|qualified|certified|licensed)\b)[a-z]+ed|ran|led|"
    r"built|rebuilt|cut|grew|set up|won|wrote|made|took|brought|drove|sold|taught|shipped|kept|began|held|rode"
)
CHANGES = r"cut|reduced|lowered|raised|increased|grew|boosted|improved|lifted|shortened|trimmed|halved"
_FOLD = {"2": "twofold", "3": "threefold", "4": "fourfold", "5": "fivefold", "10": "tenfold"}

_COMPARATIVES = "faster|slower|bigger|smaller|cheaper|higher|lower|more|less|better|quicker|larger|greater|as"

_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _unit(m: re.Match[str]) -> str:
    number, unit = m.group(1), m.group(2).lower()
    word = CLIPPED_UNITS[unit]
    if number == "1" and word.endswith("s"):
        word = word[:-1]
    elif number != "1" and not word.endswith("s") and word != "weekend":
        word += "s"
    return f"{number} {word}"


def _month(m: re.Match[str]) -> str:
    return m.group("pre") + _MONTHS[m.group("m").lower()]


def _day(table: dict[str, str]) -> Callable[[re.Match[str]], str]:
    return lambda m: m.group("pre") + table[m.group("day").lower()]


def _and_list(text: str) -> str:
    """'pricing, packaging' (an "etc" list) → 'pricing and packaging'."""
    head, _, last = text.rstrip(", ").rpartition(", ")
    return f"{head} and {last}" if " and " not in text else text


def _word(m: re.Match[str]) -> str:
    if len(m.group(0)) > 1 and m.group(0).isupper():  # 'PPL' (a pilot's licence), 'MGMT': an acronym
        return m.group(0)
    found = CLIPPED_WORDS[m.group(0).lower()]
    return found[:1].upper() + found[1:] if m.group(0)[:1].isupper() and m.start() == 0 else found


_PRONOUNS = {"her", "him", "me", "them", "us", "you", "it", "she", "he", "they", "we", "i"}


def _equals(m: re.Match[str]) -> str:
    """'pitch system faults = biggest downtime cause' → '… are the biggest downtime cause'; 'report = giant
    Excel' → '… is a giant Excel'; '= her' (a person) stays for the gate to keep out."""
    before = m.string[: m.start()].split()[-1].lower()
    after = m.string[m.end() :].split()[0].rstrip(",;.:!?")
    if after.lower() in _PRONOUNS:
        return m.group(0)
    singular = lemmas(before).get("NOUN", ("",))[0] == before  # 'gas', 'lens': a noun that is its own lemma
    verb = "are" if before.endswith("s") and not before.endswith(("ss", "us", "is")) and not singular else "is"
    low = after.lower()
    plural = low.endswith("s") and not low.endswith("ss")
    of = m.string[m.end() :].split()[1:2] == ["of"]  # 'most of the stops', 'half of it': no article
    superlative = (low.endswith("est") and len(low) > 4) or low in (
        "most",
        "main",
        "only",
        "same",
        "first",
        "last",
        "top",
    )
    if superlative and not of:
        article = "the "
    elif (
        of
        or plural
        or low[:1].isdigit()
        or low[:1] in "$£€~"
        or low in ("the", "a", "an", "my", "your", "their", "our")
    ):
        article = ""
    else:
        article = "an " if low[:1] in "aeiou" else "a "
    return f" {verb} {article}"


def _same_time(m: re.Match[str]) -> str:
    """'landing same month' → 'landing in the same month'; 'in the same month', 'that same day' stay."""
    if m.group("w") in ("the", "in", "on", "at", "by", "for", "of", "that", "this", "a", "same"):
        return m.group(0)
    return f"{m.group('w')} in the same {m.group('unit')}"


def _base_verb(word: str) -> bool:
    return word.islower() and word in lemmas(word).get("VERB", ())


def _compared(m: re.Match[str]) -> str:
    """'store growth vs e-comm' → 'how store growth compares with e-comm'; 'vendor models vs in-house' → 'how
    vendor models compare with in-house'; 'curve fitting in R vs Python' → 'comparing curve fitting in R with
    Python'; a span jotted after it (', next 3 yrs') said as when ('over the next 3 yrs'); an item that starts with
    a verb or a wh-word stays a 'versus'."""
    a, b = m.group("a"), m.group("b")
    first = a.split()[0].lower()
    found = lemmas(first)
    verb = "VERB" in found and "NOUN" not in found and "ADJ" not in found  # 'chose Datawrapper vs D3 for maps'
    # two courses of action ('build vs buy', 'cut costs vs hire'): both sides led by a verb's base form
    sides = (a.split(), b.split())
    verb = verb or (all(_base_verb(side[0]) for side in sides) and min(map(len, sides)) == 1)
    if first in ("how", "what", "why", "when", "where", "whether", "which", "who") or first.endswith("ing") or verb:
        return f"{a} versus {b}"
    rest = re.sub(r"^,\s*(?:over\s+)?(?:the\s+)?next", " over the next", m.group("rest") or "")
    if any(w.endswith("ing") for w in a.lower().split()[1:]):  # 'curve fitting in R': a gerund-like head
        return f"comparing {a} with {b}{rest}"  # ('how curve fitting … compares' reads as two verbs to a tagger)
    last = a.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is")) and not a.split()[-1].isupper()
    return f"how {a} {'compare' if plural else 'compares'} with {b}{rest}"


# the units of time (and of work) a rate is counted per: '/season', '/mo', '/wk'
_PER = {
    "season": "season", "mo": "month", "mos": "month", "month": "month", "wk": "week", "wks": "week", "week": "week",
    "yr": "year", "year": "year", "day": "day", "d": "day", "night": "night", "shift": "shift", "qtr": "quarter",
    "quarter": "quarter", "q": "quarter", "hr": "hour", "hour": "hour", "h": "hour", "term": "term",
    "semester": "semester", "run": "run", "show": "show", "site": "site", "store": "store", "clinic": "clinic",
}  # fmt: skip

_RULES: list[_Rule] = [
    # '~30/mo -> ~18': the rate's unit said once, after the change ('from about 30 to about 18 a month')
    (
        re.compile(
            r"(\d[\d.,]*(?:%|k|m|bn)?)\s*/\s*((?i:" + "|".join(_PER) + r"))\b\.?"
            r"\s*(->|→|=>)\s*([~≈]?\s*[$£€]?\d[\d.,]*%?)(?![\w/])"
        ),
        r"\1 \3 \4/\2",
    ),
    # '~1 in 10 -> ~1 in 40': a share said as 'N in M' on both sides of the arrow, from … to …
    (
        re.compile(
            r"(?<![\w~≈])([~≈]?\s*\d[\d.,]*\s+in\s+\d[\d,]*)\s*(?:->|→|=>|-->)\s*([~≈]?\s*\d[\d.,]*\s+in\s+\d[\d,]*)"
        ),
        lambda m: (
            ("" if re.search(r"\bfrom\s+$", m.string[: m.start()]) else "from ") + f"{m.group(1)} to {m.group(2)}"
        ),
    ),
    # "9 -> 15", "9→15", "VMs => Kubernetes": from … to …
    (re.compile(r"\bfrom\s+(\S+)\s*(?:->|→|=>|-->)\s*(\S+)"), r"from \1 to \2"),
    # "6 hrs -> 3 hrs", "12 wks → 8 wks", "~24 min -> ~15 min": two amounts of one unit
    (
        re.compile(r"(?<![\w~≈])([~≈]?\s*\d[\d.,]*)\s*([a-z]+)\s*(?:->|→|=>|-->)\s*([~≈]?\s*\d[\d.,]*)\s*(\2)\b"),
        lambda m: (
            ("" if re.search(r"\bfrom\s+$", m.string[: m.start()]) else "from ")
            + f"{m.group(1)} {m.group(2)} to {m.group(3)} {m.group(4)}"
        ),
    ),
    # "gift processing Raiser's Edge -> Bloomerang": one named system to another; "beans Lima -> the Quito lab": one
    # named place to another (never 'beans Lima with the Quito lab', run28)
    (
        re.compile(
            r"(?<![\w'-])((?:[A-Z][\w'.]*\s+){0,2}[A-Z][\w'.]*)\s*(?:->|→|=>|-->)\s*"
            r"((?:the\s+)?[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)?)"
        ),
        lambda m: (
            ("" if re.search(r"\bfrom\s+$", m.string[: m.start()]) else "from ") + f"{m.group(1)} to {m.group(2)}"
        ),
    ),
    (re.compile(r"(?<![\w-])(\S+?)\s*(?:->|→|=>|-->)\s*(\S+)(?=(?P<after>[^\n]*))"), arrow_change),
    # "pitch faults = biggest downtime cause", "report = giant Excel": "=" says what a thing is
    (re.compile(r"(?<=[A-Za-z0-9%])\s+=\s+(?=[A-Za-z0-9$£€]|~[a-z\d])"), _equals),
    # "60+ models", "40+ models ahead": more than (a "+" after a number, before a word)
    (re.compile(r"(?<![\w.$£€])(\d[\d,.]*)\+(?=\s+[a-z])"), r"more than \1"),
    # "~6 wks", "~ 40%", "≈3": about
    (re.compile(r"(?:~|≈)\s*(?=[$£€₡¥₹₩]?\d)"), "about "),
    (re.compile(r"(?<!\w)(?:~|≈)(?=\s*\w)"), "about "),
    # a number and a unit: "6 wks", "3yrs", "1 hr"
    (re.compile(r"\b(\d+(?:\.\d+)?)\s*(" + _UNIT_ALT + r")\b\.?", re.I), _unit),
    # a count of a unit joined to its noun: "30-min slots" → "30-minute slots" (one word, singular)
    (
        re.compile(r"\b(\d+)-(" + _UNIT_ALT + r")\b(?=\s+[a-z])", re.I),
        lambda m: f"{m[1]}-{_unit(m).split()[1].rstrip('s')}",
    ),
    (re.compile(r"\b(" + "|".join(_BARE_UNITS) + r")\b"), lambda m: _BARE_UNITS[m.group(1)]),
    # "3x faster" → "3 times faster"
    (re.compile(r"\b(\d+(?:\.\d+)?)x(?=\s+(?:" + _COMPARATIVES + r")\b)"), r"\1 times"),
    (
        re.compile(r"\b(2|3|4|5|10)x(?=\s*$|[,;.)]|\s+(?:at|in|over|since|from|across|during|by|within|and)\b)"),
        lambda m: _FOLD[m.group(1)],
    ),
    # month abbreviations with a capital ("in Oct", "Oct 3", "Sept."); "May" is already a word
    (
        re.compile(
            r"\b(?P<pre>(?:in|by|on|of|to|mid|end|late|early|since|until|from|after|next|last|this)[\s-]+)"
            r"(?P<m>" + _MONTH_ALT + r")\b\.?"
        ),
        _month,
    ),
    (re.compile(r"(?P<pre>)\b(?P<m>" + _MONTH_ALT + r")\b\.?(?=\s*\d)"), _month),
    # a month before the thing it dates ('the Jan export peak', 'a Dec launch'), and a span's first ('Jan-Mar'): a
    # name takes no article and no lower-case noun after it
    (re.compile(r"\b(?P<pre>(?:the|a|each|every)\s+)(?P<m>" + _MONTH_ALT + r")\b\.?(?=\s+[a-z])"), _month),
    (re.compile(r"(?P<pre>)\b(?P<m>" + _MONTH_ALT + r")(?=[-–](?:" + _MONTH_ALT + r")\b)"), _month),
    (re.compile(r"(?P<pre>\d\s)(?P<m>" + _MONTH_ALT + r")\b\.?"), _month),
    # "January-Feb": the second month of a span written out like the first
    (re.compile(r"(?P<pre>\b[A-Z][a-z]+[-–])(?P<m>" + _MONTH_ALT + r")\b\.?"), _month),
    (re.compile(r"\b(?P<pre>)(?P<day>Tues|Tue|Weds|Wed|Thurs|Thur|Thu)\b\.?"), _day(_DAYS)),
    (re.compile(_DAY_CONTEXT + r"(?P<day>Mon|Fri|Sat|Sun)\b\.?", re.I), _day(_SHORT_DAYS)),
    # a whole item that jots a comparison ('store growth vs e-comm', 'fitting in R versus Python') said as one:
    # 'how store growth compares with e-comm' (a noun phrase after 'about', 'of', 'discussing')
    (
        re.compile(
            r"^(?P<a>[A-Za-z][^,;:?()]*?)\s+(?:vs\.?|v\.|versus)\s+(?P<b>[^,;:?()\s][^,;:?()]*?)"
            r"(?P<rest>,\s*(?:over\s+)?(?:the\s+)?next\s+\w+\s+\w+)?$",
            re.I,
        ),
        _compared,
    ),
    # 'landing same month', 'both due same day': a time jotted without its preposition and article
    (re.compile(r"\b(?P<w>[a-z]+) same (?P<unit>day|week|month|quarter|year)\b"), _same_time),
    # "vs", "vs.", " v. " between two things
    (re.compile(r"(?<=\S)\s+(?:vs\.?|v\.)\s+(?=\S)", re.I), " versus "),
    # "w/o", "w/", "b/c" and other common note abbreviations
    (re.compile(r"(?<!\w)w/(?:o\b|out\b)", re.I), "without"),
    (re.compile(r"(?<!\w)w/in\b", re.I), "within"),
    (re.compile(r"(?<!\w)w/\s*(?=\w)", re.I), "with "),
    (re.compile(r"(?<!\w)b/c(?!\w)", re.I), "because"),
    (re.compile(r"\bon avg\b\.?", re.I), "on average"),
    # "CPD log for last 2 years": a span of time takes its article
    (
        re.compile(r"\b(for|in|over|during|from) last (?=(?:\d+|two|three|four|five|six|few)\s+\w+s\b)", re.I),
        r"\1 the last ",
    ),
    (re.compile(r"(?<![\w'])(?<!\bco-)(?:" + _WORD_ALT + r")(?![\w'])", re.I), _word),
    # 'Umeå uni', 'Leeds uni': the university a place names is a name ('Umeå University')
    (re.compile(r"\b([A-Z][\w'-]*) uni\b"), r"\1 University"),
    (re.compile(r"\buni\b"), "university"),  # lower case only: "Uni" may begin a name
    # in a name the notes clip ('Kyungpook Natl Univ', 'Osaka Intl Univ.'): the words the name is written with
    (re.compile(r"(?<=[A-Za-z]) Natl\b\.?"), " National"),
    (re.compile(r"(?<=[A-Za-z]) Univ\b\.?"), " University"),
    # "pop coverage", "pop growth": population, where a measure of people follows (never "pop music")
    (re.compile(r"\bpop\.?(?=\s+(?:coverage|growth|density|size|served|reach|share)\b)", re.I), "population"),
    # "&" between words (not "R&D", "AT&T"); "+" joining two words ("design + research", "Welsh + English")
    (re.compile(r"(?<=\w)\s+&\s+(?=\w)"), " and "),
    # ... and between two counted things ('12 pickers + 2 packers'): the second count keeps its noun
    (re.compile(r"(?<=[A-Za-z]{2})\s+\+\s+(?=[A-Za-z]{2}|\d[\d,.]*\s+[a-z])"), " and "),
    # "etc" at the end says nothing in a letter; a trailing "?" or "!" is a note to self
    (re.compile(r"^(?P<list>.*,.*?),?\s*\betc\b\.?\s*$", re.I), lambda m: _and_list(m.group("list"))),
    (re.compile(r",?\s*\betc\b\.?\s*$", re.I), ""),
    (re.compile(r"\s*[?!]+\s*$"), ""),
    # a rate with a slash: '3/season', '~30/mo', '2 days/week', '4/qtr' → '3 a season', '2 days a week' (a unit over
    # a unit, 'L/kg', 'ML/day' after a unit's letters, stays: the number comes right before the slash or its word)
    (
        re.compile(
            r"(?<=\d)((?:%|k|m|bn)?|\s+[a-z]{3,}(?:\s+[a-z]{2,}){0,3})\s*/\s*((?i:" + "|".join(_PER) + r"))\b\.?"
        ),
        lambda m: f"{m.group(1)} a {_PER[m.group(2).lower()]}",
    ),
    # 'a current/former site owner', 'print/online': two words jotted as alternatives ('and/or' and a rate stay)
    (re.compile(r"\b(?!(?:and|or)/)([a-z]{3,})/(?!(?:" + "|".join(_PER) + r")\b)([a-z]{3,})\b"), r"\1 or \2"),
    # 'start date early Jan', 'go-live mid March': a time jotted after a noun without its preposition
    (
        re.compile(
            r"\b(?P<word>[a-z]+) (?P<when>(?:early|mid|late)[ -](?:January|February|March|April|May|June|July|August|"
            r"September|October|November|December))\b"
        ),
        lambda m: m.group(0) if m.group("word") in _TIME_WORDS else f"{m.group('word')} in {m.group('when')}",
    ),
    # '1 wk in 3', '1 weekend in 4': a share of time said in words ('one week in three')
    (
        re.compile(r"\b1 (day|week|weekend|month|night|shift|year) in ([2-9]|10)\b"),
        lambda m: f"one {m.group(1)} in {SPELLED[m.group(2)]}",
    ),
    # '20 min turns', '6 wk blocks': a count of a unit before a plural noun is said as one word ('20-minute turns')
    (
        re.compile(
            r"\b(\d+) (second|minute|hour|day|week|month|year)s (?=(?!(?:ago|as|is|was|has|plus|thus|across|versus|"
            r"afterwards|towards|backwards|always|less|unless)\b)[a-z]+[^s\W]s\b)"
        ),
        r"\1-\2 ",
    ),
    # 'ran the X audit, cut steam per tonne about 8%': a second deed after a comma joins the first with 'and'
    (re.compile(rf"^((?:{DEEDS})\b[^,;]*), (?=(?:{DEEDS})\b)"), r"\1 and "),
    # 'cut steam per tonne about 8%': a change by an amount says 'by' ('cut … by about 8%')
    (
        re.compile(
            rf"\b((?:{CHANGES})\b(?:(?!\b(?:by|to|from|in|of|over|with)\b)[^,;%\d])*?)"
            r" (?=(?:about |almost |nearly |over )?\d[\d.,]*%)"
        ),
        r"\1 by ",
    ),
    # 'missed cues 11 -> 3/season after': 'after' left at the end of a result means afterwards
    (re.compile(r"(?<=\d)((?:%| a [a-z]+|\s[a-z]+)?)\s+after\s*$"), r"\1 afterwards"),
]


def prose(text: str) -> str:
    """'~6 wks' → 'about 6 weeks', 'in Oct' → 'in October', '9 -> 15' → 'from 9 to 15'; anything
    else as the user wrote it."""
    text = undotted(text)  # 'plant maint. at …': a clip's point would end the sentence in its middle
    text = places_in_full(text)  # 'the HK importer' → 'the Hong Kong importer' (writer/short_forms.py)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    text = adjective_articles(text)  # 'the roll-out of new CMMS' → '… of a new CMMS'
    return date_spans(" ".join(text.split()))  # 'Jul 13 - Aug 28' → 'from July 13 to August 28
