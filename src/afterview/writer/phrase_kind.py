"""What kind of phrase a notes item is, so a frame takes only the kind it was written for.

A frame says what it holds: "you mentioned that <clause>", "about <noun phrase>", "congratulations on <noun
phrase>", "Having <gerund phrase>, I …". An item enters a frame only when it is known to be that kind:

- CLAUSE: a subject and its finite verb ('the plan reaches the night team late');
- NOUN: a noun phrase ('the Westfjords winter tours', 'my experience leading the migration');
- GERUND: a verb's -ing form and what follows ('migrating billing to Kafka', 'having led the migration');
- INFINITIVE: 'to' and a verb;
- WH: 'how', 'what', 'why' … and a clause ('how you staff the night shift'): said where a noun phrase is;
- UNKNOWN: anything else — notes shorthand (arrows, 'w/', '+', clipped words and months), a preposition
  left hanging or two in a row ('at from 6pm'), a bare number or ordinal where an article belongs ('5 shows in
  2027', '100th concert grand delivered'), a verb joined to a noun phrase by 'and' ('a 6-part drama and
  released 17 November'), a subject that disagrees with its verb, a word that may be a verb after a plural
  ('clinicians miss …') where a noun phrase is wanted. When unsure, UNKNOWN: UNKNOWN never enters a frame.

The tags come from a trained tagger (writer/tagger.py); the rules around it are deliberately conservative.
"""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas
from afterview.writer.tag_fixes import retagged
from afterview.writer.tagger import tags, tokens
from afterview.writer.wh_verb import retag_verb
from afterview.writer.word_forms import jotted_finite as _jotted_finite
from afterview.writer.word_forms import past as _past
from afterview.writer.word_forms import past_event as _past_event
from afterview.writer.word_forms import plural as _plural
from afterview.writer.word_forms import plural as plural  # (re-exported: np_article, tie_pair …)

CLAUSE, NOUN, GERUND, INFINITIVE, WH, UNKNOWN = "clause", "noun", "gerund", "infinitive", "wh", "unknown"

# what each frame form of the writer's gate (writer/gate.py) holds
ACCEPTS = {
    "noun": (NOUN, WH, GERUND),
    "clause": (CLAUSE,),
    "phrase": (GERUND, NOUN),
}

_MARKS = re.compile(r"->|=>|→|[+=~<>;:?()\[\]@#|]|(?<=\w)/(?=\w)|\bw/|\s/\s|\.\.\.|…")
_CLIPPED = {
    "avg", "abt", "mgr", "mgrs", "eval", "evals", "ref", "refs", "cert", "certs", "bldg", "pp", "approx",
    "incl", "info", "reqs", "req", "etc", "misc", "tbd", "tbc", "asap", "ppl", "esp", "hr", "hrs", "wrt", "fyi",
    "govt", "dept", "yr", "yrs", "wk", "wks", "mo", "mos", "vs", "re", "ok", "prob", "def", "pls", "dir", "bc",
    "thru", "qs", "lol", "w", "ea", "nr", "est", "mgmt", "q",
}  # fmt: skip
_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}  # fmt: skip
_WH = {"how", "why", "what", "where", "when", "whether", "who", "which"}
_RELATIVE = {"that", "which", "who", "whom", "whose", "where", "when", "because", "since", "while", "if", "so",
             "although", "though", "once", "until", "after", "before", "as", "and", "but", "or"}  # fmt: skip
_SINGULAR_VERBS = {"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"}
_PLURAL_VERBS = {"are", "were", "have", "do", "aren't", "weren't", "haven't", "don't"}
# nouns that stand as a subject with no article ('data arrives', 'turnover is high')
_MASS = {"data", "staffing", "hiring", "demand", "traffic", "weather", "quality", "churn", "turnover", "revenue",
         "funding", "budget", "morale", "attendance", "growth", "retention", "compliance", "safety", "training",
         "everything", "nothing", "something", "everyone", "someone", "nobody", "this", "that", "it", "work",
         "production", "maintenance", "scheduling", "planning", "software", "equipment", "inventory"}  # fmt: skip
_ABSTRACT = ("ism", "ness", "ity", "ance", "ence", "tion", "sion", "ment", "ing", "ware", "ics", "cy")
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_PREPOSITIONS = {"at", "from", "to", "in", "on", "of", "for", "by", "with", "into", "about", "via", "per", "between",
                 "during", "until", "till", "across", "through", "towards", "toward", "under", "over"}  # fmt: skip
_CHANGES = {"went", "rose", "fell", "dropped", "grew", "climbed", "doubled", "halved", "improved", "increased",
            "decreased", "declined"}  # fmt: skip
_MODALS = {"can", "could", "will", "would", "should", "must", "may", "might", "shall"}
_SUBJECTS = {"i", "we", "they", "you", "he", "she", "it"}
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _split(tag: str) -> tuple[str, str]:
    pos, _, form = tag.partition("|")
    return pos, form


def _maybe_verb(word: str) -> bool:
    """A word the dictionary also knows as a verb in a finite form ('miss', 'fail', 'phone', 'keeps')."""
    found = lemmas(word.lower())
    return "VERB" in found and not word.lower().endswith(("ing", "ed"))


def _bad_marks(text: str, words: list[str]) -> bool:
    if _MARKS.search(text):
        return True
    low = [w.lower().strip(".'’") for w in words if w[:1] not in "'’"]  # "'re" is no clipped 're'

    if any(w in _CLIPPED for w in low):
        return True
    for n, word in enumerate(low):  # 'arriving Feb', 'mid-Jan': a clipped month with no day after it
        if word.split("-")[-1] in _MONTHS and not (n + 1 < len(low) and low[n + 1][:1].isdigit()):
            return True
    return False


def kind(text: str | None, *, verb_read: bool = False) -> str:
    """The kind of phrase `text` is (module doc); UNKNOWN when unsure. `verb_read`: a clause is expected (after a
    wh-word), so a plural noun that may be its verb is read as one (writer/wh_verb.py)."""
    if not text or not text.strip():
        return UNKNOWN
    body = text.strip().rstrip(".!")
    words = tokens(body)
    if not words or _bad_marks(body, words):
        return UNKNOWN
    if _ORDINAL.match(words[0].lower()):
        return UNKNOWN  # '100th concert grand delivered': an ordinal with no article
    found = tags(words)
    if found is None:
        return UNKNOWN
    pos = [_split(t)[0] for t in found]
    form = [_split(t)[1] for t in found]
    pos = retagged(words, pos, form)
    if verb_read:
        pos, form = retag_verb(words, pos, form)
    if words[0][:1].isupper() and pos[0] not in ("DET", "PRON", "VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
        pos[0] = "PROPN"  # 'Airflow DAGs fail …': a capitalised first word of a notes line is a name
    low = [w.lower() for w in words]
    if _dangling(pos, low):
        return UNKNOWN
    if low[0] in _WH and len(words) > 1:
        rest = " ".join(words[1:])
        said = kind(rest) in (CLAUSE, INFINITIVE) or (low[0] == "how" and low[1] == "to")
        return WH if said or kind(rest, verb_read=True) == CLAUSE else UNKNOWN
    if low[0] == "to" and len(words) > 1 and pos[1] in ("VERB", "AUX"):
        return INFINITIVE if not _finite_at(words, pos, form, low, start=2) else UNKNOWN
    finite = _finite_at(words, pos, form, low)
    if finite:
        return _clause(words, pos, form, low, finite)
    if pos[0] == "VERB" and low[0].endswith("ing"):
        return GERUND if _phrase_ok(words, pos, form, low, start=1) else UNKNOWN
    return NOUN if _noun_ok(words, pos, form, low) else UNKNOWN


def fits(text: str | None, form: str) -> bool:
    """Whether `text` is a kind the gate's `form` ("noun", "clause", "phrase") holds."""
    return kind(text) in ACCEPTS.get(form, (NOUN,))


def _dangling(pos: list[str], low: list[str]) -> bool:
    """A preposition, article or conjunction last, or two prepositions in a row ('at from 6pm')."""
    if pos[-1] in ("ADP", "DET", "CCONJ", "SCONJ", "AUX") and low[-1] not in ("up", "out", "in", "on", "off", "over"):
        return True
    # (not 'from about 24', 'to over 300': a figure said as approximate after its preposition)
    rough = [n for n in range(len(low) - 2) if low[n + 1] in ("about", "over", "under") and low[n + 2][:1].isdigit()]
    return any(low[n] in _PREPOSITIONS and low[n + 1] in _PREPOSITIONS and n not in rough for n in range(len(low) - 1))


def _finite_at(words: list[str], pos: list[str], form: list[str], low: list[str], start: int = 0) -> list[int]:
    """Where a finite verb stands: tagged so, or a noun-or-verb word right after a plural or a name
    ('clinicians miss critical alerts', 'DAGs fail every Monday'), which the tagger may read as a noun."""
    out: list[int] = []
    for n in range(start, len(pos)):
        if n == 0 and pos[0] == "VERB" and _plural(low[0]) and len(pos) > 1 and form[1] == "Fin":
            continue  # 'teens stopped coming': a plural noun before its verb, tagged as a verb
        if pos[n] in ("VERB", "AUX") and form[n] == "Fin":
            # 'we are in the same Lisbon homebrew club': after a verb, a word before a noun names it
            naming = out and pos[n - 1] in ("NOUN", "PROPN", "ADJ") and n + 1 < len(pos) and pos[n + 1] == "NOUN"
            if not _compound(pos, low, n) and not naming:
                out.append(n)
        elif out:
            continue  # after a verb, a word that may be a noun is one ('I finished the … certificate')
        elif n and n + 1 < len(pos) and re.search(r"[^s]s$", low[n]) and set(lemmas(low[n])) == {"VERB"}:
            # 'crash data from the state arrives …': a word that is only a verb, in its -s form, with more after it
            # (last, as in 'keys for payment retries', the tagger's noun is kept)
            out.append(n)
        elif _jotted_finite(pos, low, n):
            out.append(n)  # 'the job tracker keeps breaking', 'stand-downs idle whole crews': read as nouns
        elif (
            n
            and pos[n] in ("NOUN", "VERB")
            and _maybe_verb(low[n])
            and (
                low[n - 1] in _SUBJECTS
                or (
                    # (not a name that ends in s: 'your Kamloops base')
                    (
                        (_plural(low[n - 1]) and (n == 1 or words[n - 1].islower()))
                        or re.fullmatch(r"[A-Z]{2,}s", words[n - 1])
                    )
                    and not re.search(r"[^s]s$", low[n])
                )
            )
            and (n + 1 == len(pos) or pos[n + 1] in ("DET", "ADJ", "NUM", "ADP", "ADV", "PRON", "PART"))
        ) or (  # 'the pump house 2 compressor died twice last January': a past event the tagger read as an adjective
            n
            and pos[n - 1] == "NOUN"
            and pos[n] in ("ADJ", "VERB")
            and _past_event(low[n])
            and (n + 1 == len(pos) or pos[n + 1] in ("ADV", "ADP", "DET", "NUM", "ADJ"))
        ):
            out.append(n)
    return out


def _compound(pos: list[str], low: list[str], n: int) -> bool:
    """'the background check process', 'your iris accord': a word in its base form that is also a noun, after a
    singular noun, which a finite verb would not follow (it would say 'checks')."""
    found = lemmas(low[n])
    base = low[n] in found.get("VERB", ()) and low[n] not in _PLURAL_VERBS and low[n] not in _MODALS
    after_singular = n > 0 and pos[n - 1] == "NOUN" and not _plural(low[n - 1]) and low[n - 1] not in _SUBJECTS
    rate = n >= 3 and low[n - 2] in ("a", "an", "per", "each") and _plural(low[n - 3])  # 'ferries a week need …'
    after_singular = after_singular and not rate
    return base and after_singular and not _past(low[n])


def _clause(words: list[str], pos: list[str], form: list[str], low: list[str], finite: list[int]) -> str:
    at = finite[0]
    if at == 0:
        return UNKNOWN  # 'showed me the hammer voicing room': a verb with no subject
    relative = next((n for n in range(1, at) if low[n] in ("where", "which", "who", "that", "whose", "when")), None)
    if relative and _noun_ok(words[:relative], pos[:relative], form[:relative], low[:relative]):
        # 'the exercise where I was asked to …': a noun phrase and a clause about it
        return NOUN if kind(" ".join(words[relative + 1 :])) == CLAUSE else UNKNOWN
    if pos[at - 1] in ("CCONJ", "ADP") or (pos[at - 1] == "DET" and low[at - 1] not in ("both", "all", "each")):
        return UNKNOWN  # 'a 6-part drama and released …': a subject cannot end in 'and'
    subject = list(range(at))
    if not any(pos[n] in _NOMINAL or (pos[n] == "VERB" and form[n] == "Ger") for n in subject):
        return UNKNOWN
    counted = len(low) > 2 and pos[1] == "ADJ" and _plural(low[2])  # '3 late ferries …': a count, its adjective
    if pos[0] == "NUM" and len(words) > 1 and not _plural(low[1]) and low[1] != "of" and not counted:
        return UNKNOWN
    if pos[0] == "ADV" or pos[0] == "ADP" or pos[0] in ("CCONJ", "SCONJ", "AUX"):
        return UNKNOWN
    head = _subject_head(pos, low, at)
    if head is None:
        return UNKNOWN
    verb = low[at]
    quantity = pos[0] == "NUM" and len(low) > 1 and low[1] == "of"  # '40% of your objects have …'
    if quantity:
        return CLAUSE
    bare = pos[0] in ("NOUN", "ADJ", "NUM") and not words[0][:1].isupper()
    measure = verb in _CHANGES  # 'gas use went down 18%': a measure and its change takes no article
    copula = verb in ("is", "was", "has")  # 'hail is now bigger …', 'staffing is short': a mass noun's verb
    if (
        bare
        and not measure
        and not copula
        and not _plural(low[head])
        and low[head] not in _MASS
        and not low[head].endswith(_ABSTRACT)
    ):
        return UNKNOWN  # 'on-site takes 5 days', 'manager wants …': a singular count noun with no article
    if (
        _plural(low[head])
        and pos[head] == "NOUN"
        and (verb in _SINGULAR_VERBS or (pos[at] == "VERB" and verb.endswith("s") and not verb.endswith("ss")))
    ):
        return UNKNOWN  # 'rotating weekends first takes 3 months': the subject and its verb disagree
    if not _plural(low[head]) and pos[head] == "NOUN" and verb in _PLURAL_VERBS and low[head] not in _MASS:
        return UNKNOWN
    for n in range(at + 1, len(pos) - 1):  # '… a 6-part drama and released 17 November': a date where the object goes
        if pos[n] == "VERB" and pos[n - 1] == "CCONJ" and (pos[n + 1] == "NUM" or low[n + 1] in _MONTH_NAMES):
            return UNKNOWN
    for later in finite[1:]:  # a second finite verb needs a joint before it ('… and they keep asking')
        between = low[finite[0] + 1 : later]
        joined = any(w in _RELATIVE for w in between) or (pos[later] == "VERB" and pos[later - 1] == "AUX")
        joined = joined or _contact_clause(pos, low, finite[0], later)
        if not joined and (later != finite[0] + 1 or pos[finite[0]] != "AUX"):
            return UNKNOWN
    return CLAUSE


def _contact_clause(pos: list[str], low: list[str], first: int, later: int) -> bool:
    """'I built the ordering sheet the shops still use': a noun, then a clause about it with no 'that' — its own
    subject (an article or a pronoun after the noun), a verb that agrees with it, and nothing after the verb
    where its object would be."""
    start = next(
        (j for j in range(first + 2, later) if pos[j] in ("DET", "PRON") and pos[j - 1] in ("NOUN", "PROPN")), None
    )
    if start is None:
        return False
    heads = [j for j in range(start, later) if pos[j] in _NOMINAL]
    if not heads or any(pos[j] in ("ADP", "VERB", "AUX") for j in range(start, later)):
        return False
    verb, head = low[later], low[heads[-1]]
    if later + 1 < len(pos) and pos[later + 1] in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
        return False  # the verb has an object of its own: not a clause about the noun before it
    if pos[heads[-1]] == "PRON":
        return True
    third = bool(re.search(r"[^s]s$", verb))
    return third != _plural(head) or _past(verb)


def _subject_head(pos: list[str], low: list[str], at: int) -> int | None:
    """The subject's head: its last noun before a preposition ('40% of objects' → '40%', 'the plan' → 'plan')."""
    head = None
    for n in range(at):
        if pos[n] == "ADP" or (head is not None and low[n] in ("a", "an", "per", "each") and n + 1 < at):
            break  # '40% of objects', '3 late ferries a week': the head is before the preposition or the rate
        if pos[n] in _NOMINAL or (pos[n] == "VERB" and low[n].endswith("ing")):
            head = n
    return head


def _phrase_ok(words: list[str], pos: list[str], form: list[str], low: list[str], start: int) -> bool:
    """The rest of a phrase: no verb joined by 'and' without a subject ('… and released 17 November'), no bare
    figure glued to a noun after a verb's object ('… gas use down 18%')."""
    for n in range(max(start, 1), len(pos)):
        if pos[n] == "VERB" and pos[n - 1] == "CCONJ" and form[n] in ("Part", "Fin") and n - 1 >= start:
            before = pos[start : n - 1]
            if "VERB" not in before and "AUX" not in before:
                return False
    return True


def _noun_ok(words: list[str], pos: list[str], form: list[str], low: list[str]) -> bool:
    if pos[0] == "NUM" and not re.search(r"[a-z]-|-[a-z]", low[0]):
        return False  # '5 shows in 2027', '2 new optical sorters': a bare figure where an article belongs
    if pos[0] not in ("DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "VERB"):
        return False
    if pos[0] == "PRON" and low[0] not in ("my", "your", "our", "their", "his", "her", "its"):
        return False
    if pos[0] == "VERB" and not (form[0] in ("Part", "Ger") and len(pos) > 1 and pos[1] in ("NOUN", "ADJ")):
        return False  # 'showed me …' after 'about'
    if pos[-1] in ("ADJ", "ADV") and len(pos) > 1 and set(lemmas(low[-1])) != {"ADJ", "NOUN"}:
        return False  # 'the team short', 'the launch soon': a predicate without its verb
    for n in range(1, len(pos) - 1):  # 'staff housing first 3 months': a span of time jotted after a noun
        if low[n] in ("first", "last", "next") and pos[n - 1] != "DET" and pos[n + 1] == "NUM":
            return False
    for n in range(1, len(pos)):
        # 'drive test data': a noun the tagger read as a verb, before the noun it names
        modifier = n + 1 < len(pos) and pos[n + 1] == "NOUN" and "NOUN" in lemmas(low[n]) and form[n] != "Part"
        if pos[n] == "VERB" and not _compound(pos, low, n) and not modifier:
            attributive = n + 1 < len(pos) and pos[n + 1] in ("NOUN", "ADJ") and form[n] in ("Part", "Ger", "-")
            after_noun = pos[n - 1] in ("NOUN", "PROPN") and form[n] in ("Ger", "Part")
            after_prep = pos[n - 1] in ("ADP", "SCONJ") and form[n] == "Ger"
            if pos[n - 1] == "CCONJ" or not (attributive or after_noun or after_prep):
                return False
        predicate = pos[n] in ("ADJ", "ADV") or set(lemmas(low[n])) == {"ADJ"}
        if predicate and pos[n - 1] in ("NOUN", "PROPN", "ADJ") and n + 1 < len(pos) and pos[n + 1] == "ADP":
            return False  # 'your collie Fern asleep under the desk': a predicate without its verb
        to_place = low[n] == "to" and (n + 1 == len(pos) or pos[n + 1] not in ("VERB", "AUX"))  # 'the move to Madrid'
        if pos[n] in ("AUX", "PART") and low[n] != "'s" and not to_place:
            return False
    return True
