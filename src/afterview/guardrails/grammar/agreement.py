"""Subject-verb agreement across a relative clause or a prepositional phrase ("the problems you
described is"), which Harper and LanguageTool both miss."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.grammar.relative_agreement import who_plural
from afterview.guardrails.grammar.splices import BE_HAVE_DO as _BE_HAVE_DO
from afterview.guardrails.text import sentences

# --- subject-verb agreement across a relative clause or a prepositional phrase ------------------
# "The problems you described with the batch jobs is ...", "the delays in the checkout flow is": a
# plural head noun opening a clause, a relative clause or prepositional phrases, then a singular verb.
# Kept narrow: the clause may only add prepositional phrases (a determiner right after its verb would
# start a new subject: "the tools you said the team is").
_NP = (
    r"(?P<np>(?P<det>the|these|those|all the|all|many|most|some|both|several|our|your|my|their|his|her"
    r"|(?:a|an|the|our|your|their|my) [a-z-]+['\u2019]s)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<head>[A-Za-z]+s))\s+"
)
_S_VERBS = (
    r"shows|seems|looks|sounds|makes|needs|remains|means|takes|helps|works|matters|reflects|suggests|requires"
    r"|depends|comes|goes|gets|feels|affects|impacts|gives|keeps|stays|happens|lies|applies|continues"
    # verbs of comparing and fitting, which a question about one's answers or skills leans on
    r"|compares|aligns|differs|relates|resonates|translates|belongs|overlaps|contributes|connects|fits|stacks"
)
_VERB = rf"(?P<verb>is|was|has|does|{_S_VERBS})\b"
_AGREEMENT = re.compile(
    _NP + r"(?P<rel>(?:that|which|who|you|we|they|I|he|she"
    r"|(?:your|the|our) [\w-]+(?=\s+(?:\w+ed|showed|told|gave|made|built|took|ran|shared|wrote|taught|brought)\b))"
    r"\s+(?:[\w'-]+\s+){1,10}?)" + _VERB,
    re.I,
)
_AGREEMENT_PP = re.compile(
    _NP + r"(?P<pp>(?:(?:with|about|on|in|into|of|for|at|from|around|across|behind|during|under|between|among"
    # "to" only before a determiner: "my answers to the question was"; "the team wants to rewrite it was" is a
    # verb taking an infinitive, not a plural head
    r"|inside|to(?=\s+(?:the|a|an|this|that|our|your|their|its|my|these|those)\b))"
    r"\s+(?:(?:the|a|an|this|that|our|your|their|its|my|these|those)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+){1,2})" + _VERB,
    re.I,
)
# Where a clause (and so a subject) may start inside a sentence.
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|because|since|that|think|believe|feel|know|so|while|why|how|as|when|where|if|once"
    r"|until|whether|although|though)\s+)",
    re.I,
)
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics|ous|news|series|ways|thanks|canvas|atlas|alias|gas)$", re.I)
_NOT_NOUNS = frozenset(
    "was has does goes yes plus thus whereas perhaps always sometimes besides unless nowadays afterwards towards"
    " backwards forwards upwards downwards onwards outwards inwards".split()
)
_CLAUSE_STOP = frozenset(
    "that which who whom whose what how why where when whether if because and but or so while although".split()
)
_DETERMINERS = frozenset("the a an this that these those my your our their his her its".split())
_PREPOSITIONS = frozenset(
    """with about on in of for at from to around across into behind during over under after before by
    through between among against like""".split()
)
_PARTICLES = frozenset("in out up down back off over away on through".split())  # of a phrasal verb: "rolls in"
_PLURAL_OF = {"is": "are", "was": "were", "has": "have", "does": "do"}


def _plural(verb: str) -> str:
    low = verb.lower()
    if low in _PLURAL_OF:
        return _PLURAL_OF[low]
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low[:-2] if low.endswith(("sses", "shes", "ches", "xes", "zes", "oes")) else low[:-1]


# "the references from two managers, which you requested, is attached": a plural subject, a phrase, an aside
# between commas (a relative clause or "as promised"), then a singular verb.
_AGREEMENT_ASIDE = re.compile(
    _NP.removesuffix(r"\s+") + r"(?:\s+(?P<pp>(?:of|from|on|in|for|with|about|at|across|to)\s+[^,;:.!?]{1,40}?))?,\s+"
    r"(?P<aside>(?:which|who|as|I think|I believe|I hope|I'm afraid|I am afraid)\b[^,;:.!?]{0,50}),\s+" + _VERB,
    re.I,
)
# "a model's assumptions is", "my skills and experiences makes": a plural subject right before its verb.
_AGREEMENT_DIRECT = re.compile(_NP + r"(?P<also>and (?:[\w-]+\s+){0,1}?[a-z]+s\s+)?" + _VERB, re.I)


def _agreement_match(text: str, pos: int, subordinate: bool = False) -> re.Match[str] | None:
    for pattern in (_AGREEMENT, _AGREEMENT_PP, _AGREEMENT_DIRECT, _AGREEMENT_ASIDE):
        m = pattern.match(text, pos)
        if m is None or _NOT_PLURAL.search(m.group("head")) or m.group("head")[0].isupper():
            continue
        if m.group("head").lower() in _NOT_NOUNS:  # "the main lesson was that speed depends": 'was' is a verb
            continue
        if m.group("head").lower() in _VERB_AFTER_NOUN and m.group("mods").strip():
            continue  # "the tracker lives in a sheet that keeps", "the trouble damp causes for the heads is": a verb
        also = m.groupdict().get("also")
        if also and (_NOT_PLURAL.search(also.split()[-1]) or also.split()[-1].lower() in _NOT_NOUNS):
            continue  # "so many places and this is the one": 'this' opens a new clause, no second plural
        mods = m.group("mods").split()
        if m.group("head").lower() in _MEASURES and any(_NUMBER.fullmatch(w) for w in mods):
            continue  # "the two days of manual QA has stayed with me": an amount, one thing, takes a singular verb
        if any(w.lower() in _PREPOSITIONS or w.lower() in _DETERMINERS or w.lower() in _CLAUSE_STOP for w in mods):
            continue  # "the list of services is": the head is 'list'
        if any(w.lower().endswith("ing") and len(w) > 5 for w in mods[1:]):
            continue  # "my experience running operations fits": the head is 'experience', the rest its gerund's object
        if pattern is _AGREEMENT_ASIDE:
            return m
        if pattern is _AGREEMENT_DIRECT:
            direct = m.group("det").lower() in {"the", "our", "your", "my", "their", "his", "her"}
            if direct and not m.group("also") and not (subordinate and m.group("verb").lower() not in _PLURAL_OF):
                # "the teams is" Harper already reports; a possessive or a pair is ours, and so is a clause after
                # 'how' or 'that', where Harper misses "how the robots needs to be charged"
                continue
            return m
        rest = (m.group("rel") if pattern is _AGREEMENT else m.group("pp")).split()
        stops = [w.lower() for w in rest[1:] if pattern is _AGREEMENT or w.lower() not in _DETERMINERS]
        if any(w in _CLAUSE_STOP or w in _BE_HAVE_DO for w in stops):
            continue  # "the jobs you were fixing is" is more likely a longer construction we cannot parse
        if pattern is _AGREEMENT and any(
            w.lower() in _DETERMINERS and rest[i - 1].lower() not in _PREPOSITIONS for i, w in enumerate(rest[1:], 1)
        ):
            continue
        if (
            pattern is _AGREEMENT_PP
            and len(rest) > 1
            and rest[0].lower() in _PARTICLES
            and rest[1].lower() in _PREPOSITIONS
        ):
            continue  # "when the fog rolls in for days is": a verb and its particle ('rolls in'), then a phrase
        if pattern is _AGREEMENT_PP and any(w.lower() in {"and", "or"} for w in rest[2:]):
            continue  # "between speed and safety"
        if (
            pattern is _AGREEMENT_PP
            and rest
            and re.fullmatch(
                r"\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight"
                r"|nine|ten|dozens?|hundreds?|thousands?)",
                rest[-1],
                re.I,
            )
        ):
            continue  # "the gaps in the provenance of 40 works": after a number, 'works' is a noun
        if pattern is _AGREEMENT_PP and _quantity_of(rest):
            continue  # "the costs in the form of a fee": 'of' after a noun of quantity or kind heads the phrase
        return m
    return None


# Units of an amount: "two days", "40 hours", "three million dollars" name one quantity ("Two days is long").
_MEASURES = frozenset(
    """seconds minutes hours days nights weeks months years decades dollars euros pounds rand francs pesos yen
    cents miles kilometres kilometers metres meters feet inches tonnes tons kilos litres liters gallons percent
    points""".split()
)
_NUMBER = re.compile(
    r"\d[\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|hundred|thousand|million|billion|few|couple",
    re.I,
)
_QUANTITY = frozenset("form forms kind kinds sort sorts type types number lot lots series set range group".split())


def _quantity_of(rest: list[str]) -> bool:
    return any(w.lower() == "of" and rest[i - 1].lower() in _QUANTITY for i, w in enumerate(rest) if i)


# "This internship mean everything to me", "Each shift need a lead": one thing, then a verb without its -s.
_SINGULAR_BARE = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bas\s)|(?<=\bso\s)|(?<=\bthat\s)|(?<=\bbecause\s))(?P<np>(?:[Tt]his|[Ee]ach|[Ee]very)\s+"
    r"(?:[a-z-]+\s+)?(?P<head>[a-z]+))\s+(?:\w+ly\s+)?(?P<verb>mean|need|make|seem|look|help|give|keep|matter"
    r"|sound|require|take|remain|show|depend|come|go|fit)\b(?!\s+to\b)"
)
_COLLECTIVE = frozenset(
    """team staff crew panel board family group committee management government company department police people
    data media criteria children men women personnel audience public""".split()
)


_AUX = frozenset("would will could can should might may must do did to also really".split())


def singular_bare(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _SINGULAR_BARE.finditer(sentence.text):
            head = m.group("head").lower()
            if head.endswith("s") or head in _COLLECTIVE or head.endswith("ly") or head in _AUX:
                continue
            verb = m.group("verb")
            at = sentence.start + m.start("verb")
            message = f"'{m.group('np')}' is one thing, so the verb should be '{verb}s', not '{verb}'."
            found.append(Finding("grammar", "warning", "agreement", message, (at, at + len(verb)), verb + "s"))
    return found


_SUBORDINATE = frozenset("how why where when whether that once while because since although though if".split())


# A noun-and-verb word after another noun is its verb, a clause of its own: "the tracker lives in", "the trouble
# humidity causes for".
_VERB_AFTER_NOUN = frozenset(
    """lives sits stands stays lies rests relies runs causes brings helps grows seems sounds goes comes gives takes
    depends happens feels wants hopes expects tries expands lets means keeps becomes handles manages
    continues""".split()
)
# 'that' before a word of quantity is a degree ("for that many beaches is"), and 'as' after 'same' or 'as much' a
# comparison ("in the same room as the forecasters is"): neither opens a clause with its own subject.
_NOT_A_CLAUSE = re.compile(r"(?:that (?=(?:many|much|few|several)\b)|as )", re.I)
_COMPARED = re.compile(r"\b(?:same|such|as \w+)\s+(?:[\w-]+\s+){0,5}$", re.I)


def agreement(text: str) -> list[Finding]:
    found: list[Finding] = []
    for sentence in sentences(text):
        seen: set[int] = set()
        for start in _CLAUSE_START.finditer(sentence.text):
            opener = start.group().strip(" ,;:").lower()
            at = start.start() + len(start.group()) - len(start.group().lstrip())
            if _NOT_A_CLAUSE.match(sentence.text, at) and (
                opener == "that" or _COMPARED.search(sentence.text[: start.start()])
            ):
                continue
            if opener in ("and", "or") and re.match(r"\s*[A-Z][a-z]+ing\b", sentence.text):
                continue  # "Talking about the rosters and our road trips was fun": the gerund is the subject
            m = _agreement_match(sentence.text, start.end(), opener in _SUBORDINATE)
            if m is None or m.start("verb") in seen:
                continue
            seen.add(m.start("verb"))
            found.append(_plural_verb(sentence.start, m, f"'{m.group('np')}' is plural"))
    taken = {f.span for f in found}
    found += [f for f in compound_agreement(text) if f.span not in taken]
    taken = {f.span for f in found}
    found += [f for f in long_phrase_agreement(text) if f.span not in taken]
    found += [f for f in with_aside_agreement(text) if f.span not in {g.span for g in found}]
    found += [f for f in singular_bare(text) if f.span not in {g.span for g in found}]
    found += [f for f in people_plural(text) if f.span not in {g.span for g in found}]
    found += [f for f in which_plural(text) if f.span not in {g.span for g in found}]
    found += [f for f in who_plural(text) if f.span not in {g.span for g in found}]
    return found + [f for f in wh_plural(text) if f.span not in {g.span for g in found}]


# "how cycads is propagated", "why audits was delayed": a bare plural noun opening a wh-clause, then a singular
# auxiliary before a participle.
_WH_PLURAL = re.compile(
    r"\b(?:how|why|where|when|whether)\s+(?P<np>[a-z]{3,}s)\s+(?P<verb>is|was|has)\s+(?:(?:being|been|now|often"
    r"|usually|still|always|mostly)\s+)?(?:[a-z]+ed|[a-z]+en|grown|done|made|kept|built|sown|shown|taught|run|set|cut)\b"
)


_WH_NOT_PLURAL = _NOT_NOUNS | frozenset(
    "this its his diabetes rabies measles mumps herpes species lens mathematics economics logistics".split()
)


def wh_plural(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _WH_PLURAL.finditer(sentence.text):
            if _NOT_PLURAL.search(m.group("np")) or m.group("np").lower() in _WH_NOT_PLURAL:
                continue
            found.append(_plural_verb(sentence.start, m, f"'{m.group('np')}' is plural"))
    return found


# "The demo I built, together with the write-up, give a good picture": what is added between commas ("together
# with", "along with", "as well as") does not make the subject plural; its head decides the verb.
_WITH_ASIDE = re.compile(
    r"^(?P<np>(?:the|this|that|my|our|your|their|his|her|its)\s+[^,;:]{1,80}?),\s+(?:together with|along with"
    r"|as well as|in addition to|alongside|combined with|coupled with|not to mention)\s+[^,;:.!?]{1,80},\s+"
    r"(?:\w+ly\s+)?(?P<verb>are|were|have|give|make|show|mean|seem|look|need|help|keep|offer|provide|remain|reflect"
    r"|suggest)\b",
    re.I,
)
# Where the head noun of a subject ends: a relative clause or a phrase after it ("the demo I built", "the masking
# over the Tropics").
_HEAD_END = re.compile(
    r"\s(?:I|we|you|they|he|she|that|which|who|of|on|in|for|with|over|from|at|across|to|by|since|about|during)\s",
    re.I,
)
_SINGULAR_OF = {"are": "is", "were": "was", "have": "has"}


def with_aside_agreement(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        m = _WITH_ASIDE.match(sentence.text.strip())
        if m is None:
            continue
        offset = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        np = m.group("np")
        cut = _HEAD_END.search(np)
        head = (np[: cut.start()] if cut else np).split()[-1].lower()
        if " and " in np[: cut.start() if cut else len(np)] or (head.endswith("s") and not _NOT_PLURAL.search(head)):
            continue  # a plural head, or two things already: the plural verb is right
        verb = m.group("verb")
        singular = _SINGULAR_OF.get(verb.lower(), verb.lower() + "s")
        at = offset + m.start("verb")
        message = (
            f"The subject is '{np.split()[0]} … {head}'; what 'together with' adds does not make it plural, so "
            f"the verb should be '{singular}', not '{verb}'."
        )
        found.append(Finding("grammar", "warning", "agreement", message, (at, at + len(verb)), singular))
    return found


# "my skills and my passion for beer makes me": two subjects with one possessive, then a singular verb. Both
# conjuncts must open with the same possessive ("my visit to your depot and your control room was" is one visit).
_COMPOUND = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bthat\s)|(?<=\bthink\s)|(?<=\bbelieve\s))(?P<pos>[Mm]y|[Oo]ur|[Yy]our|[Tt]heir)\s+"
    r"(?P<first>(?:[\w-]+\s+){1,5}?)and\s+(?P=pos)\s+(?P<second>(?:[\w-]+\s+){1,5}?)"
    r"(?P<verb>makes|gives|is|was|has|helps|means|shows|keeps|puts|sets|brings|fits|suits)\b",
    re.I,
)
_NOT_IN_CONJUNCT = frozenset("and or but that which who is was are were has have had will would can could".split())


def compound_agreement(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _COMPOUND.finditer(sentence.text):
            words = (m.group("first") + m.group("second")).lower().split()
            if any(w in _NOT_IN_CONJUNCT for w in words):
                continue
            found.append(_plural_verb(sentence.start, m, "Two things joined by 'and' are plural"))
    return found


def _plural_verb(offset: int, m: re.Match[str], why: str) -> Finding:
    """The agreement finding for the singular verb `m` matched (its group "verb"), `why` it should be plural."""
    verb = m.group("verb")
    plural = _plural(verb)
    at = offset + m.start("verb")
    message = f"{why}, so the verb should be '{plural}', not '{verb}'."
    return Finding("grammar", "warning", "agreement", message, (at, at + len(verb)), plural)


# "The improvement in OEE across all three of my plants at Hallberg were": a singular head opening the sentence, a
# chain of prepositional phrases (no verb, no second subject in it), then a plural verb. The plural noun nearest the
# verb is not its subject.
_LONG_PP = re.compile(
    r"^(?:The|This|That|My|Our|Your|Their|His|Her|Its)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z]+)\s+"
    r"(?P<pp>(?:in|of|on|at|for|across|from|with|over|under|behind|during|since|between|among|about|after|around"
    r"|regarding|within|through|into)\s+(?:[\w%'-]+\s+){1,12}?)"
    r"(?P<verb>were|are|have)\b"
    # ... or a short phrase and an aside between commas: "The backlog on the HX9, now six weeks for most dealers, are"
    r"|^(?:The|This|That|My|Our|Your|Their|His|Her|Its)\s+(?:[a-z-]+\s+){0,2}?(?P<head2>[a-z]+)\s+"
    r"(?P<pp2>(?:in|of|on|at|for|across|from|with|over|under|about|around|within)\s+(?:[\w%'-]+\s+){0,4}?[\w%'-]+),\s+"
    r"(?P<aside>(?:now|currently|still|already|then|at|about|around|roughly|up|down|like)\b[^,;.!?]{1,60}),\s+"
    r"(?:\w+ly\s+)?(?P<verb2>were|are|have)\b"
)
_NOT_SINGULAR_HEAD = frozenset(
    """data media criteria people police staff personnel crew team family panel board majority minority rest half
    number lot couple pair series variety range group all most some none two three four five six seven eight nine ten
    both few many several""".split()
)
# a pronoun before the head opens a relative clause without 'that' ("the details you gave", "the notes we took")
_CLAUSE_SUBJECTS = frozenset("i you we they he she".split())
_SUBORDINATORS = frozenset("before after until when while because since if once unless than whether".split())
_NOT_IN_PHRASE = frozenset(
    "and or but that which who whom whose is was are were has have had will would can could I we you they he she"
    # a wh-word opens a clause with its own subject: "The overview of what clients are asked"
    " it what how why where when whether"
    # an auxiliary of its own: "the previous head of Quality did not have" ('have' is after 'did')
    " do does did not never".split()
)


# A clause that opens after a subordinator mid-sentence: "I am asking whether the decision on the intern positions
# have been made" reads as a sentence from 'the'.
_AFTER_SUBORDINATOR = re.compile(r"\b(?:whether|if|that|how|why|because|since|although|while)\s+(?=the\s|this\s)")


def _subject_starts(text: str) -> list[int]:
    """Where a subject may open a clause: the sentence's start, and after a subordinator."""
    lead = len(text) - len(text.lstrip())
    return [lead] + [m.end() for m in _AFTER_SUBORDINATOR.finditer(text)]


def long_phrase_agreement(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for lead in _subject_starts(sentence.text):
            rest = sentence.text[lead:]
            m = _LONG_PP.match(rest[:1].upper() + rest[1:])
            if m is not None:
                break
        if m is None:
            continue
        head = (m.group("head") or m.group("head2")).lower()
        lead_words = m.group(0)[: m.start("head" if m.group("head") else "head2")].split()
        if any(w.lower() in _CLAUSE_SUBJECTS for w in lead_words):
            continue  # "The details you gave on the allowance were helpful": 'you gave' is a relative clause
        # ("a number of delays are" is plural; "the number of delays" is one figure and takes 'is')
        counted = head == "number" and re.match(r"(?:The|This|That)\b", sentence.text.lstrip()) is not None
        if head.endswith("s") or (head in _NOT_SINGULAR_HEAD and not counted):
            continue
        if any(w.lower() in _NOT_IN_PHRASE or w.endswith(",") for w in (m.group("pp") or m.group("pp2")).split()):
            continue
        phrase = (m.group("pp") or m.group("pp2")).split()
        opens = [i for i, w in enumerate(phrase) if i and w.lower() in _SUBORDINATORS]
        if opens and any(_plural_word(w) for w in phrase[opens[0] + 1 :]):
            # "The concern about jobs deserves an answer before any decisions on pay are taken": a clause inside,
            # with a plural subject of its own; with no plural after the subordinator ("the talk about retention
            # after the first donation were") the plural verb is wrong whichever way the phrase is read
            continue
        if m.group("aside") and any(w.lower() in _NOT_IN_PHRASE for w in m.group("aside").split()):
            continue  # "The plan for Q3, as we discussed, were": an aside with a clause of its own
        verb = m.group("verb") or m.group("verb2")
        singular = _SINGULAR_OF[verb]
        at = sentence.start + lead + m.start("verb" if m.group("verb") else "verb2")
        message = (
            f"The subject is '{head}', one thing; the phrase after it does not make it plural, so the verb should "
            f"be '{singular}', not '{verb}'."
        )
        found.append(Finding("grammar", "warning", "agreement", message, (at, at + len(verb)), singular))
    return found


# "my thesis, which were graded": a relative clause after one thing, its verb plural.
_WHICH_PLURAL = re.compile(
    r"\b(?:the|my|our|your|their|his|her|its|this|that|a|an)\s+(?P<np>(?:[\w'-]+\s+){0,3}?(?P<head>[a-z]+)),\s+"
    r"which\s+(?:\w+ly\s+)?(?P<verb>were|are|have)\b",
    re.I,
)


def _plural_word(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("'s", "\u2019s", "ss", "us", "is"))


def which_plural(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _WHICH_PLURAL.finditer(sentence.text):
            head, before = m.group("head"), [w.lower() for w in m.group("np").split()[:-1]]
            if _plural_word(head) or head.lower() in _NOT_SINGULAR_HEAD or not head.islower():
                continue
            if any(w in _NOT_IN_PHRASE or w in _PREPOSITIONS or w in _DETERMINERS or _plural_word(w) for w in before):
                continue  # "your questions on unit economics, which were": 'which' may stand for an earlier noun
            head = head.lower()
            verb = m.group("verb")
            singular = _SINGULAR_OF[verb.lower()]
            at = sentence.start + m.start("verb")
            message = f"'which' stands for '{head}', one thing, so the verb should be '{singular}', not '{verb}'."
            found.append(Finding("grammar", "warning", "agreement", message, (at, at + len(verb)), singular))
    return found


# "Visitors needs three things", "our customers wants": a bare plural noun of people opening a clause, then a
# singular verb. People nouns only (-ors, -ers, -ists, -ants, -ents, -ians, -ees): a bare plural of them is never
# one thing, where a word in -s may be ("news", "Siemens").
_PEOPLE_PLURAL = re.compile(
    r"(?:^|(?<=[,;:] )|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bbecause )|(?<=\bsince )|(?<=\bthat )"
    r"|(?<=\bwhen )|(?<=\bif )|(?<=\bas ))"
    r"(?:(?:the|our|your|their|most|many|all|these|those|some|local|new|young|older|foreign)\s+)?"
    r"(?P<np>[A-Za-z]{2,}(?:ors|ers|ists|ants|ents|ians|ees|eers))\s+"
    r"(?P<verb>is|was|has|does|needs|wants|likes|expects|prefers|loves|knows|gets|buys|asks|comes|goes|makes"
    r"|takes|looks|seems|wants)\b",
    re.I,
)


_SURNAMES = frozenset(
    """peters rogers masters sanders waters walters winters summers powers myers flowers childers withers sellers
    rivers chambers sommers meyers salters carters porters butlers saunders andersons""".split()
)


def people_plural(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _PEOPLE_PLURAL.finditer(sentence.text):
            word = m.group("np")
            if word.lower() in _SURNAMES:
                continue  # "Peters was there": a family name, one person
            if m.start("np") > 0 and word[:1].isupper():
                continue  # "… and Rogers has": a name mid-sentence
            if word[:1].isupper() and re.search(rf"[a-z,;] {re.escape(word)}\b", text):
                continue  # the word stands capitalised mid-sentence elsewhere: a name ("Waters")
            before = sentence.text[: m.start()]
            if before.lower().endswith("as ") and _COMPARED.search(before[:-3]):
                continue  # "in the same room as the forecasters is": a comparison, not a clause with its subject
            found.append(_plural_verb(sentence.start, m, f"'{word}' is plural"))
    return found
