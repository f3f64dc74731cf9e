"""Notes items shaped for the frames that hold them: a highlight as a clause after "since", common
ground after "we", news from the candidate's side or the company's, items asked for by name."""

from __future__ import annotations

import re
from typing import NotRequired, TypedDict

from afterview import salutation
from afterview.draft import DraftRequest
from afterview.shorthand_words import SPELLED
from afterview.vocabulary import Kind
from afterview.writer import adapt, headline, passive_news, phrasing, shared_deed
from afterview.writer.adapt import usable_items
from afterview.writer.arrow_result import with_result as with_result_kept
from afterview.writer.credited_result import own_clause
from afterview.writer.faithful import keeps_the_notes
from afterview.writer.head import head
from afterview.writer.headline import headline_passive, sentence_english
from afterview.writer.headline import noun_article as headline_noun_article
from afterview.writer.jotted import is_jotted
from afterview.writer.letter_result import dash_said, letter_clause
from afterview.writer.measure import split_result, with_result
from afterview.writer.news_article import definite_news, its_said, ordinal_owned
from afterview.writer.news_object import object_said
from afterview.writer.np_article import learning_article, noun_article, object_article, subject_article
from afterview.writer.phrasing import as_highlight, as_topic, clean, shared_activity, starts_with_past_verb
from afterview.writer.shapes import lemmas, words_of
from afterview.writer.team_credit import credited


def tie_clause(item: str) -> str | None:
    """A highlight as a clause after "since"/"as": 'I led …', or the item itself when it has its own subject; the
    team's result as the team's (writer/team_credit.py); a measured result jotted with the people it was done with
    ('w/ 2 coordinators set up X -> bookings ~1 in 10 -> ~1 in 40') said whole, with its change and its team
    (writer/credited_result.py), where the usual clause cannot say it cleanly."""
    letter = letter_clause(item)  # names in brackets and a figure after a dash, said as a letter's (letter_result.py)
    if letter:
        return letter
    said = credited(item, _own_tie_clause)
    said = dash_said(said) if said else said
    if said and said.startswith("I ") and not is_jotted(said) and keeps_the_notes(item, said):
        return said
    found = next((s for s in (own_clause(item), said) if s and keeps_the_notes(item, s)), None)
    return dash_said(found) if found else None


def _own_tie_clause(item: str) -> str | None:
    said = _tie_clause(item)
    if (
        said
        and ", " not in said
        and re.search(r"->|→|=>", item)
        and (longer := with_result_kept(item))
        and longer.startswith("I ")
    ):
        return longer  # the candidate's own arrow, said with what followed from it (writer/arrow_result.py)
    return said


def _tie_clause(item: str) -> str | None:
    found = split_result(item)
    deed = adapt.highlight_clause(found[0]) if found else None
    if deed and with_result(item, deed):  # the deed as a clause, then the outcome the notes give it
        return with_result(item, deed)
    clause = adapt.highlight_clause(item)
    if clause:  # with the outcome the notes give it ('…, and population coverage went from 71% to 88%')
        return with_result(item, clause) or clause
    return adapt.lower_first(clean(item)) if adapt.classify(item) == "clause" else None


_DETERMINER_START = re.compile(r"^(?:the|a|an|my|our|their|your|\d|one|two|three|four|five|ten)\b", re.I)


def my(noun: str) -> str:
    """'ten years of Go' → 'my ten years of Go'; a gerund or a phrase with its own determiner stays."""
    first = noun.split(maxsplit=1)[0].lower() if noun else ""
    if first.endswith("ing"):
        return "my experience " + noun
    if first in ("the", "a", "an", "my", "our", "their", "your", "his", "her"):
        return noun
    return "my " + noun


def rapport_shape(item: str) -> dict[str, str | None]:
    """'both ran the Chicago marathon' → a clause after "we"; 'Both from Ohio' → 'we are both from
    Ohio'; 'sailing' → a topic to have enjoyed talking about."""
    text = clean(item)
    _, sep, second = text.partition(", ")
    if sep and re.match(r"(?i)we\b", second):  # 'asked about my viola years, we talked about Brahms 4'
        text = clean(second)  # 'we talked about Brahms 4' → 'Brahms 4'
    elif sep and head(text) != text:  # 'both ran Boston, she was 2 min faster': the first thought
        text = head(text)
    elif sep and adapt.classify(text.split(", ")[0]) == "clause" and not adapt.is_clause(second):
        text = text.split(", ")[0]  # "he's a Hurricanes fan, me Chiefs, banter": the clause, not the jottings
    words = text.split()
    if words and words[0].lower() in ("both", "each") and len(words) > 1:
        rest = " ".join(words[1:])
        hyphened = ("-" in words[1] and words[1].lower().endswith("ed")) or phrasing.people_plural(rest)  # a state
        # a word with its object after it ('both shot our first arrows') is a deed, never 'we are both shot …'
        if not hyphened and (shared_activity(text) or _acts(words[1]) or shared_deed.done_to_object(words[1:])):
            return {"clause": "we both " + rest, "noun": None}
        if _a_state(words[1:]):
            return {"clause": "we are both " + rest, "noun": None}
        # 'both GAA hurling': a thing both like, with no verb jotted; never 'we are both GAA hurling'
        return {"clause": "we share an interest in " + rest, "noun": None}
    if adapt.classify(text) == "clause":  # 'she coaches youth soccer' → 'you coach youth soccer'; 'we …' stays
        ours = words[0].lower() in ("we", "we're", "we've", "we'd", "we'll")
        return {"clause": text if ours else adapt.perspective(adapt.lower_first(text), to_owner=True), "noun": None}
    return {"clause": None, "noun": adapt.perspective(text, to_owner=True)}


def _a_state(words: list[str]) -> bool:
    """What 'we are both …' can say: a place ('from Ohio'), 'a/an …', or a phrase that ends (before its
    preposition) in an adjective, a participle or a plural ('big Hurricanes fans', 'left-handed', 'obsessed
    with sourdough', 'only children'); not a thing done or liked ('GAA hurling', 'Sunday league football')."""
    first = words[0].lower()
    if first in adapt.PREPOSITIONS or first in ("a", "an"):
        return True
    phrase: list[str] = []
    for word in words:
        if word.lower() in adapt.PREPOSITIONS:
            break
        phrase.append(word.lower().strip(",;."))
    last = phrase[-1] if phrase else ""
    found = lemmas(last)
    if "ADJ" in found or last.endswith("ed"):
        return True
    nouns = found.get("NOUN")
    return bool(nouns and nouns[0] != last) or (not found and last.endswith("s") and not last.endswith("ss"))


def _acts(word: str) -> bool:
    """After "both": 'speedrun', 'love', 'coach' are what we do ("we both speedrun Celeste"); 'from',
    'big', 'Ohio', 'fans' say what we are ("we are both from Ohio")."""
    low = word.lower()
    if low.startswith("re-") and low[3:].isalpha():  # 're-read Kindred': what the verb after it does
        return _acts(low[3:])
    if not word.isalpha() or word[:1].isupper() or low in adapt.PREPOSITIONS or low in adapt.DETERMINERS:
        return False
    found = lemmas(low)
    if not found:  # a word the dictionary does not know ('speedrun'), used as a verb; 'left-handed' is a state,
        return not low.endswith(("ed", "ing"))  # 'bouldering' a pastime
    if "ADJ" in found and not low.endswith("ed"):  # 'both keen cyclists': what we are
        return False
    if "VERB" not in found:
        return False
    if low.endswith("ed") and "ADJ" in found:  # 'both obsessed with …', 'both retired': a state
        return False
    return not (low.endswith("s") and "NOUN" in found)


def _past_after_subject(text: str) -> bool:
    """'my review of a book came out in …': a subject with its own determiner and a verb in the past tense."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    words = words_of(text)
    if len(words) < 3 or words[0] not in ("my", "the", "our", "a", "an"):
        return False
    for word in words[2:14]:
        verbs = lemmas(word).get("VERB")
        if (
            verbs
            and word != verbs[0]
            and word in lemminflect.getInflection(verbs[0], "VBD")
            and "NOUN" not in lemmas(word)
        ):
            return True
    return False


def since_shape(item: str) -> dict[str, str | None]:
    """'passed the CIPD exam', 'Spoke at a branch event' → 'I …'; 'my licence was renewed' as it is;
    'CIPD Level 7 certification' → 'my CIPD Level 7 certification'."""
    text = adapt.strip_i(item)
    shape = adapt.classify(text)
    if shape == "verb" or starts_with_past_verb(text):  # 'finished the … certificate' → 'I finished …'
        said = adapt.highlight_clause(learning_article(text)) or adapt.highlight_clause(text)  # np_article.py
        return {"clause": object_article(said) if said else said, "noun": None}
    short = adapt.telegraphic(text)
    if short:  # 'CIPD certification renewed' → 'my CIPD certification was renewed'
        noun, verb = short
        plural = noun.endswith("s") and not noun.endswith("ss")
        return {"clause": my(adapt.lower_first(noun)) + (" were " if plural else " was ") + verb, "noun": None}
    if shape == "clause" or _past_after_subject(text):  # 'my review … came out in the Journal'
        return {"clause": adapt.lower_first(text), "noun": None}
    if shape == "gerund":
        return {"clause": "I have been " + text, "noun": None}
    first = text.split(maxsplit=1)[0].lower()
    if first in adapt.PREPOSITIONS or first in adapt.WH:
        return {"clause": None, "noun": None}
    return {"clause": None, "noun": my(adapt.lower_first(text))}


# 'got a 3-year grant', 'got Rainforest Alliance certification': what a company was given; never 'got to', 'got
# back', 'got through', nor a participle ('got certified', said 'became certified')
_GOT = re.compile(
    r"(^|\s)got(?= (?!(?:to|into|back|rid|through|off|out|up|over|better|worse|ready)\b)[\w'’-]+(?<!ed)\b)", re.I
)
_GOT_DONE = re.compile(r"(^|\s)got(?= \w+ed\b)", re.I)
# 'with 2 sit-skis': a small count of things, said in words in a letter ('with two sit-skis'); never a measure
# jotted with its unit ('2 hrs'), a date or a part of a figure ('2.5', '2-year')
_SMALL_COUNT = re.compile(
    r"(?<![\w.,:/£$€-])([2-9])(?= (?!(?:hrs|yrs|wks|mins|secs|kms|kgs|lbs|pcs|pm|am)\b)"
    r"(?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*s\b)"
)


def small_counts_said(text: str | None) -> str | None:
    """'4 deckhands left last year' → 'four deckhands left last year': a small count in a sentence is a word."""
    return _SMALL_COUNT.sub(lambda m: SPELLED[m[1]], text) if text else text


def news_shape(item: str, company: str) -> dict[str, str | None]:
    """'opened Tidemark Byron Bay in October' → a clause with the company as subject and a gerund for
    "congratulations on opening …"; 'the Series B closed' as a clause; anything else as a noun."""
    # 'their Series B closed', told to the company; an aside ('…, start-up 2028') is not said in a sentence
    text = ordinal_owned(adapt.perspective(head(clean(item)), to_owner=True))  # its second office
    text = _GOT.sub(lambda m: m[1] + "received", text)  # 'got a 3-year grant' is jotted; a letter says 'received'
    text = _GOT_DONE.sub(lambda m: m[1] + "became", text)
    text = _SMALL_COUNT.sub(lambda m: SPELLED[m[1]], text)
    if passive_news.passive_participle(text):  # 'booked by BBC for …': "X was booked by …", "on being booked by …"
        return {"clause": f"{company} was {text}", "noun": None, "gerund": "being " + text}
    if starts_with_past_verb(text):
        text = object_said(text)  # 'opened EU-approved second cold store' → 'opened its second … cold store'
        # 'announced its centennial season': said to the company, "its" has no antecedent left
        gerund = its_said(adapt.highlight_noun(text))
        # 'congratulations on receiving a grant' says the thing, 'congratulations on the grant'
        gerund = re.sub(r"^receiving (?:a|an) ", "the ", gerund)
        if re.match(r"^\w+ing \w+ing\b", gerund):  # 'starting shipping …' reads as a stutter: the clause says it
            return {"clause": f"{company} {text}", "noun": None, "gerund": None}
        return {"clause": f"{company} {text}", "noun": None, "gerund": gerund}
    text = headline.owned(_unit_article(text))  # '2 of its craftsmen …' → '2 of your craftsmen …'
    if adapt.is_clause(text) or _past_with_object(text):  # 'new stadium opens March 2027' → 'the new stadium
        # (opens in March 2027'; 'Keong Saik flagship got …' → 'the Keong Saik flagship got …')
        # ... 'first battery-electric loader delivered in WA' → '… was delivered in WA' (headline.headline_passive)
        return {"clause": headline_passive(subject_article(sentence_english(text))), "noun": None, "gerund": None}
    return {"clause": None, "noun": _news_noun(noun_article(text)), "gerund": None}


def _news_noun(noun: str) -> str:
    """'new glaze lab for 2027' → 'the new glaze lab for 2027': a thing the company has, jotted without its article,
    is the one they have ("I was glad to hear about the new …")."""
    said = headline_noun_article(noun)
    if said == noun and re.match(r"^(?:new|second|third|first|latest|bigger|larger|restored|renovated)\s", noun):
        return "the " + noun
    return definite_news(said) if said == noun else said


def _past_with_object(text: str) -> bool:
    """'Pyeongtaek line 3 started volume production': a subject, a verb in the past and its object, never "the
    news about …"; 'planning permission granted for a 2nd theatre' (a participle, then a preposition) stays."""
    words = text.split()
    for n in range(1, len(words) - 1):
        if starts_with_past_verb(" ".join(words[n:])) and words[n + 1].lower() not in adapt.PREPOSITIONS:
            return words[n - 1][:1].isalnum() and words[n - 1].lower() not in adapt.PREPOSITIONS
    return False


# 'School of History got AHRC funding': a unit of an organisation named by what it is ("School of …",
# "Department of …") takes "the" in a sentence, as "the School of History"; a proper name does not.
_UNIT = re.compile(
    r"^(?:School|Department|Faculty|Institute|Centre|Center|College|Ministry|Office|Division|Board|Council|"
    r"Bureau|Museum|Library|Society|Academy|Foundation|University|Hospital|Unit|Agency)\s+(?:of|for)\s+[A-Z]"
)


def _unit_article(text: str) -> str:
    return "the " + text if _UNIT.match(text) else text


def bracket_aside(item: str) -> str:
    """'the portfolio PDF - technical drawings, not renders' → 'the portfolio PDF (technical drawings, not
    renders)': an aside after a dash, which mid-sentence would read as notes, said in brackets."""
    if "(" in item:
        return item
    item = re.sub(r"\s+[-–—]+\s+(.+)$", r" (\1)", item)
    # 'the sample recap, numbers scrubbed': a comma aside (not a list ending in "and") goes in brackets too
    first, sep, rest = item.partition(", ")
    rest = re.sub(r"^max\.? (?=\d)", "up to ", rest)  # 'max 1,500 words' → 'up to 1,500 words'
    listed = "," in re.sub(r"(?<=\d),(?=\d{3}\b)", "", rest)  # '1,500' is a figure, not a list
    return f"{first} ({rest})" if sep and "(" not in item and " and " not in rest and not listed else item


def join(items: list[str]) -> str:
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class Also(TypedDict):
    """An item asked for by name that the note does not say yet: its kind, its words, whether a clause."""

    kind: str
    text: str
    verb: bool
    tie: NotRequired[str]  # the candidate's related highlight as a clause (writer/also_tie.py)


def not_yet_mentioned(request: DraftRequest, body: str) -> list[Also]:
    """Items of the recipient's own (topics, challenges, common ground) and the candidate's highlights
    that the user asked to mention and the note does not say yet, in the order asked."""
    if request.planned.kind is not Kind.thank_you:
        return []
    person, notes = request.planned.to, request.notes
    kinds = {
        **{h: "highlight" for h in notes.candidate.highlights},
        **{r: "rapport" for r in person.rapport},
        **{c: "challenge" for c in person.challenges},
        **{t: "topic" for t in person.topics},
    }
    out: list[Also] = []
    for item in usable_items(list(request.style.mention)):
        kind = kinds.get(item)
        text = as_highlight(item) if kind == "highlight" else as_topic(item) if kind == "topic" else clean(item)
        if kind is None or text in body or clean(item) in body:
            continue
        if kind == "highlight":  # a clause ('I led …') or a noun phrase ('my experience as a …'), by shape
            clause = tie_clause(item)
            noun = adapt.experience_noun(item)
            said = clause or noun
            if said:
                out.append({"kind": kind, "text": said, "verb": bool(clause)})
            continue
        if kind == "rapport":  # 'we both speedrun Celeste', 'we are both from Ohio', or a topic
            shaped = rapport_shape(item)
            said = shaped["clause"] or shaped["noun"]
            if said:
                out.append({"kind": kind, "text": said, "verb": bool(shaped["clause"])})
            continue
        if kind == "challenge":  # 'your point that nightly batch jobs page the on-call team': never after a colon
            clause = adapt.clause_form(item)
            out.append({"kind": kind, "text": clause or adapt.topic(item) or text, "verb": bool(clause)})
            continue
        out.append({"kind": kind, "text": text, "verb": shared_activity(text)})
    return out


def heard_from_others(request: DraftRequest) -> list[dict[str, str]]:
    """Items the user asked to mention that came up with someone else: credited to that person."""
    out = []
    for other in request.notes.interviewers:
        if other.name == request.planned.to.name:
            continue
        for item in (*other.topics, *other.challenges):
            if item in request.style.mention:
                out.append(
                    {"name": salutation.greeting_name(other, request.notes), "item": adapt.topic(item, to_owner=False)}
                )
    return out
