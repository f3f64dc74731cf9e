"""Our own grammar rules for what Harper and LanguageTool both miss.

Comma splices, very long sentences, subject-verb agreement across a relative clause, and the
homophone slips their/they're/there and you/your.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import sentences
from afterview.limits import word_count

LONG_SENTENCE = 40  # words: over this, a note (info)
VERY_LONG_SENTENCE = 55  # words: over this, a warning

# ", it was" / ", I am" / ", this reminded me": a comma, then a subject pronoun and a finite verb
_SPLICE = re.compile(
    r",\s+(?P<subject>I|it|this|that|we|they|he|she|you|there|everyone|everything)"
    r"(?P<verb>'s|'m|'re|'ve|'ll|'d"
    r"|(?: (?:really|also|still|just|truly|clearly|already|always|never|even|immediately|quickly|soon|only))?"
    r" (?P<word>[a-z]+))\b(?P<after>\s*[,.;:!?])?"
)
_BE_HAVE_DO = frozenset(
    "am is was are were has have had do did does will would can could should shall must may might".split()
)
_IRREGULAR_PAST = frozenset(
    """was were had did made gave got went led built thought felt knew took saw came told said found kept left
    met ran began brought taught spent sent heard understood wrote stood grew became caught held meant put
    chose drove lost paid won sold fell broke woke shook rose spoke showed shown forgot struck stuck""".split()
)
# Present-tense verbs that follow I / you / we / they (the -s form is recognised by its ending).
_BASE_VERBS = frozenset(
    """think feel believe know hope plan want look love like enjoy appreciate need see agree remember
    understand wonder wish admire share value expect realise realize imagine guess mean""".split()
)
_THIRD_PERSON = frozenset({"it", "this", "that", "he", "she", "there", "everyone", "everything"})
# -s words after "this"/"that" that are nouns, not verbs ("this news", "that series").
_NOT_VERBS = frozenset({"news", "series", "species", "means", "lens", "kudos", "basis", "thanks", "always"})
# A sentence opened by one of these carries a dependent clause: its comma is not a splice.
_DEPENDENT_OPENERS = re.compile(
    r"^(?:if|when|whenever|while|although|though|even though|because|since|as|after|before|once|unless"
    r"|until|whether"
    r"|where|wherever|given|however|so|finally|first|second|lastly|meanwhile"
    r"|in short|of course|at \w+|in \w+|on \w+|as \w+|with \w+|after \w+|before \w+|during \w+"
    r"|having|to|\w+ing|should|had|were|for|from|by|despite|like|unlike)\b",
    re.I,
)
_THANKS_LEAD = re.compile(r"^(?:thanks|thank you|many thanks|cheers)\b", re.I)
_LEAD_ADVERB = re.compile(r"^\w+ly,\s+")
_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it"})


def _finite(word: str, subject: str) -> bool:
    """Whether `word`, right after `subject`, reads as a finite verb (so a clause starts there)."""
    w = word.lower()
    if w in _BE_HAVE_DO or w in _IRREGULAR_PAST:
        return True
    if len(w) > 4 and w.endswith("ed"):
        return True
    if subject.lower() in _THIRD_PERSON:
        return (
            len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics", "ous")) and w not in _NOT_VERBS
        )
    return w in _BASE_VERBS


def _independent(before: str) -> bool:
    """Whether the text before the comma reads as a full clause: it has a finite verb."""
    tokens = re.findall(r"[A-Za-z']+", before)
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in _BE_HAVE_DO or low in _IRREGULAR_PAST or low in {"thank", "thanks"}:
            return True
        if "'" in low and low.split("'")[0] in _SUBJECTS:  # I'm, it's, we've
            return True
        if len(low) > 4 and low.endswith("ed") and i > 0:
            return True
        if low in _SUBJECTS and i + 1 < len(tokens):
            return True  # "I love ...", "we use ..."
    return False


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """The parts of a sentence between semicolons and colons, each with its offset."""
    out, start = [], 0
    for m in re.finditer(r"[;:]\s*", sentence):
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return out


def comma_splices(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for offset, clause in _clauses(sentence.text):
            found += _splices(clause, sentence.start + offset)
    return found


def _splices(clause: str, at: int) -> list[Finding]:
    found: list[Finding] = []
    opening = _LEAD_ADVERB.sub("", clause)
    if _DEPENDENT_OPENERS.match(opening):
        return found
    for m in _SPLICE.finditer(clause):
        if re.search(r",\s+(?:and|or)\s", clause[m.end() :]):
            break  # a list of clauses ending in "and": "I'm a quick learner, I love X, and I'm ..."
        before = clause[: m.start()]
        if word_count(before) < 3 or not _independent(before):
            continue
        subject, word = m.group("subject"), m.group("word")
        if word is not None:
            if not _finite(word, subject):
                continue
            if m.group("after") and word.lower() in _BASE_VERBS:
                continue  # a parenthetical "..., I think." / "..., you know,"
        verb = m.group("verb")
        if subject == "that" and verb.strip() in {"is", "was"} and before.rstrip().endswith("so"):
            continue
        start = at + m.start()
        formula = _THANKS_LEAD.match(opening)  # "Thanks for today, I had a blast": a formula, style advice
        found.append(
            Finding(
                "grammar",
                "info" if formula else "warning",
                "comma_splice",
                f"A comma joins two complete sentences before '{subject}{verb}'.",
                (start, start + 1),
                "Use a full stop or a semicolon, or add 'and'.",
            )
        )
    return found


# --- subject-verb agreement across a relative clause or a prepositional phrase ------------------
# "The problems you described with the batch jobs is ...", "the delays in the checkout flow is": a
# plural head noun opening a clause, a relative clause or prepositional phrases, then a singular verb.
# Kept narrow: the clause may only add prepositional phrases (a determiner right after its verb would
# start a new subject: "the tools you said the team is").
_NP = (
    r"(?P<np>(?P<det>the|these|those|all the|all|many|most|some|both|several|our|your|my|their|his|her)\s+"
    r"(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<head>[A-Za-z]+s))\s+"
)
_S_VERBS = (
    r"shows|seems|looks|sounds|makes|needs|remains|means|takes|helps|works|matters|reflects|suggests|requires"
    r"|depends|comes|goes|gets|feels|affects|impacts|gives|keeps|stays|happens|lies|applies|continues"
)
_VERB = rf"(?P<verb>is|was|has|does|{_S_VERBS})\b"
_AGREEMENT = re.compile(
    _NP + r"(?P<rel>(?:that|which|who|you|we|they|I|he|she"
    r"|(?:your|the|our) [\w-]+(?=\s+(?:\w+ed|showed|told|gave|made|built|took|ran|shared|wrote|taught|brought)\b))"
    r"\s+(?:[\w'-]+\s+){1,10}?)" + _VERB,
    re.I,
)
_AGREEMENT_PP = re.compile(
    _NP + r"(?P<pp>(?:(?:with|about|on|in|of|for|at|from|around|across|behind|during|under|between|among|inside)"
    r"\s+(?:(?:the|a|an|this|that|our|your|their|its|my|these|those)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+){1,2})" + _VERB,
    re.I,
)
# Where a clause (and so a subject) may start inside a sentence.
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|because|since|that|think|believe|feel|know|so|while|why|how|as)\s+)", re.I
)
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics|ous|news|series|ways|thanks|canvas|atlas|alias|gas)$", re.I)
_CLAUSE_STOP = frozenset(
    "that which who whom whose what how why where when whether if because and but or so while although".split()
)
_DETERMINERS = frozenset("the a an this that these those my your our their his her its".split())
_PREPOSITIONS = frozenset(
    """with about on in of for at from to around across into behind during over under after before by
    through between among against like""".split()
)
_PLURAL_OF = {"is": "are", "was": "were", "has": "have", "does": "do"}


def _plural(verb: str) -> str:
    low = verb.lower()
    if low in _PLURAL_OF:
        return _PLURAL_OF[low]
    return low[:-3] + "y" if low.endswith("ies") else low[:-1]


def _agreement_match(text: str, pos: int) -> re.Match[str] | None:
    for pattern in (_AGREEMENT, _AGREEMENT_PP):
        m = pattern.match(text, pos)
        if m is None or _NOT_PLURAL.search(m.group("head")) or m.group("head")[0].isupper():
            continue
        mods = m.group("mods").split()
        if any(w.lower() in _PREPOSITIONS or w.lower() in _DETERMINERS or w.lower() in _CLAUSE_STOP for w in mods):
            continue  # "the list of services is": the head is 'list'
        rest = (m.group("rel") if pattern is _AGREEMENT else m.group("pp")).split()
        stops = [w.lower() for w in rest[1:] if pattern is _AGREEMENT or w.lower() not in _DETERMINERS]
        if any(w in _CLAUSE_STOP or w in _BE_HAVE_DO for w in stops):
            continue  # "the jobs you were fixing is" is more likely a longer construction we cannot parse
        if pattern is _AGREEMENT and any(
            w.lower() in _DETERMINERS and rest[i - 1].lower() not in _PREPOSITIONS for i, w in enumerate(rest[1:], 1)
        ):
            continue
        if pattern is _AGREEMENT_PP and any(w.lower() in {"and", "or", "of"} for w in rest[2:]):
            continue  # "between speed and safety", "the scale of the systems"
        return m
    return None


def agreement(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        seen: set[int] = set()
        for start in _CLAUSE_START.finditer(sentence.text):
            m = _agreement_match(sentence.text, start.end())
            if m is None or m.start("verb") in seen:
                continue
            seen.add(m.start("verb"))
            verb = m.group("verb")
            plural = _plural(verb)
            at = sentence.start + m.start("verb")
            found.append(
                Finding(
                    "grammar",
                    "warning",
                    "agreement",
                    f"'{m.group('np')}' is plural, so the verb should be '{plural}', not '{verb}'.",
                    (at, at + len(verb)),
                    plural,
                )
            )
    return found


# --- their / there / they're, you / your ------------------------------------------------------
_THEIR = re.compile(
    # "what their doing", "I hope their doing well": a clause-opening word, "their", then a verb in -ing
    r"\b(?P<lead>what|how|why|where|when|whether|if|because|since|hope|sure|think|glad)\s+"
    r"(?P<wrong>their)\s+(?:(?:really|also|still|clearly|always|all|now|just)\s+)?"
    r"(?P<ing>[a-z]{2,}ing)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:a|an|the|it|this|that|these|those|them|us|me|so|such|well"
    r"|great|really|very|now|here|right|today|everything|something|anything|and|but)\b)"
    # "their is", "their are": there
    r"|\b(?P<wrong2>their)\s+(?P<be>is|are|was|were|isn't|aren't|wasn't|weren't)\b",
    re.I,
)
_POSSESSED = (
    r"time|help|consideration|feedback|team|teams|insight|insights|support|patience|guidance|advice|input"
    r"|thoughts|interest|perspective|hospitality|generosity|attention|candor|candour|openness|kindness"
    r"|questions|invitation|offer|note|email|reply|response|message|leadership|mentorship|honesty|trust"
    r"|expertise|experience|energy|enthusiasm|work|company's|department|organi[sz]ation"
)
_YOU_YOUR = re.compile(
    rf"\b(?:for|with|on|of|to|about|from|by|at|in|into|join|joining)\s+(?P<wrong>you)\s+(?:(?:kind|valuable|"
    rf"thoughtful|generous|detailed|honest|whole|entire)\s+)?(?:{_POSSESSED})\b",
    re.I,
)


# (pattern with a group 'wrong', the right word, code): homophone slips a spellchecker cannot see.
_MIXUPS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # your -> you're: "your right that", "your welcome.", "if your interested", "your going to"
    (
        re.compile(
            r"\b(?P<wrong>your)\s+(?:(?:absolutely|so|completely|totally|quite|very|really|exactly|probably"
            r"|definitely|also|still|not)\s+)?(?:right|correct)\b(?=\s*(?:[,.;:!?\u2014]|that\b|about\b|to say\b))"
            r"|\b(?P<wrong_b>your)\s+welcome\b(?=\s*[,.;:!?]|\s*$)"
            r"|\b(?P<wrong_c>your)\s+(?:(?:already|still|also|really|not)\s+)?(?:going to|looking (?:to|for|forward)"
            r"|trying to|hoping to|working on|doing (?:well|great|fine)|interested in|able to"
            r"|busy(?=\s*(?:[,.;!?]|with\b|right now\b|this\b|these\b)))"
            r"|\b(?:if|when|as|since|because|hope|know|sure|glad)\s+(?P<wrong_d>your)\s+(?:(?:still|also)\s+)?"
            r"(?:(?:a|an|the|not)\b|(?:open|available|free|interested|happy|okay|ok)\b(?=\s*(?:to|for|in|with"
            r"|[,.;!?])))",
            re.I,
        ),
        "you're",
        "your_youre",
    ),
    # you're -> your: "you're team", "you're time"
    (
        re.compile(
            rf"\b(?P<wrong>you['\u2019]re)\s+(?:{_POSSESSED}|own|decision|decisions|choice|process|role|organi[sz]ation"
            r"|colleagues|office|board|question|call|letter|interest|behalf|schedule|calendar|hiring|recruiting)\b",
            re.I,
        ),
        "your",
        "your_youre",
    ),
    # who's -> whose: "your team, who's work I have followed"
    (
        re.compile(
            r"\b(?P<wrong>who['\u2019]s)\s+(?:own\s+)?(?:work|team|teams|role|job|name|company|research|leadership"
            r"|insight"
            r"|insights|experience|idea|ideas|questions|feedback|approach|vision|book|talk|writing|projects?|office"
            r"|department|responsibility|focus|background|expertise|mission|decision)\b",
            re.I,
        ),
        "whose",
        "whose_whos",
    ),
    # principal -> principle: "one principal I learned", "guiding principals"
    (
        re.compile(
            r"\b(?P<wrong>principals?)\s+(?:I|that I|we)\s+(?:learned|learnt|follow|apply|hold|live|work|took)\b"
            r"|\b(?:guiding|core|basic|underlying|design|first|same|general)\s+(?P<wrong_b>principals?)\b",
            re.I,
        ),
        "principle",
        "principle_principal",
    ),
    # weather -> whether: "not sure weather the team has decided"
    (
        re.compile(
            r"\b(?:know|see|wonder(?:ing|ed)?|ask(?:ing|ed)?|sure|unsure|decide[ds]?|check|confirm|tell me|clarify"
            r"|about|on|to)\s+(?P<wrong>weather)\b(?!\s+(?:forecast|conditions|delays?|events?|was|is|has))"
            r"|\b(?P<wrong_b>weather)\s+or not\b",
            re.I,
        ),
        "whether",
        "weather_whether",
    ),
    # non-native slips a spellchecker passes: "I am agree", "explained me the", "it look like", "I seen"
    (re.compile(r"\bI(?:'m| am) (?P<wrong>(?:dis)?agree)\b", re.I), "agree (without 'am')", "verb_form"),
    (
        re.compile(r"\bexplain(?:ed|ing|s)?\s+(?P<wrong>me)\s+(?:the|how|what|why|that|about|a|an)\b", re.I),
        "to me",
        "verb_form",
    ),
    (
        re.compile(
            r"\b(?:it|he|she)\s+"
            r"(?P<wrong>look|seem|sound|feel|mean|need|go|come|work|make|take|have|do)\s+(?:like|to|that|great|good"
            r"|really|very|so|a|the|well|amazing)\b",
            re.I,
        ),
        "the -s form",
        "agreement",
    ),
    (
        re.compile(
            r"\blook(?:ing|s)?\s+forward\s+to\s+(?P<wrong>meet|hear|see|work|speak|talk|join|learn|discuss|continue"
            r"|connect|contribute|receive|start|be)\b",
            re.I,
        ),
        "the -ing form",
        "verb_form",
    ),
    (
        re.compile(r"\b(?:I|we|they)\s+(?P<wrong>seen|been|gone|taken|given|written|spoken)\s+(?!by\b)", re.I),
        "have + it",
        "verb_form",
    ),
    (
        re.compile(r"\bI(?:'m| am)\s+(?:so |very |really )?(?P<wrong>exciting|interesting|boring)\b", re.I),
        "excited",
        "verb_form",
    ),
    # its -> it's before an adjective that opens a clause: "its clear to me", "its great to see"
    (
        re.compile(
            r"\b(?P<wrong>its)\s+(?:so |very |really |also |quite |always )?(?:clear|great|good|important|exciting"
            r"|hard|easy|nice|possible|likely|true|obvious|interesting|amazing|wonderful|fantastic|encouraging"
            r"|inspiring|rare|helpful|fair|worth|difficult|essential|crucial)\b(?=\s*(?:to|that|how|why|what|when|[,.;!]))",
            re.I,
        ),
        "it's",
        "its_its",
    ),
    # were -> where: "not sure were the project stands"
    (
        re.compile(
            r"\b(?:sure|know|see|wonder(?:ing)?|unsure|idea|ask(?:ing)?|tell me|clear on|about|understand)\s+"
            r"(?P<wrong>were)\s+(?:the|things|we|you|it|they|I|my|your|this|that)\b"
        ),
        "where",
        "were_where",
    ),
    (
        re.compile(
            r"\b(?P<wrong>your)\s+welcome\s+to\s+(?:contact|reach|call|email|get in touch|ask|share|join|visit|come"
            r"|send|use)\b",
            re.I,
        ),
        "you're",
        "your_youre",
    ),
    # agreement the phrase rules above do not reach
    (
        re.compile(
            r"\b(?:one|each|neither|either) of (?:the |my |your |our |their |these |those )?(?:[\w-]+ ){0,2}?[\w-]+s\s+"
            r"(?P<wrong>are|were|have)\b",
            re.I,
        ),
        "is/was/has",
        "agreement",
    ),
    (
        re.compile(
            r"\b(?:everyone|everybody|no one|nobody|someone|somebody)\s+(?:(?:in|at|on|from)\s+(?:the |my |your |our )?"
            r"(?:[\w-]+ ){0,2}?)?(?P<wrong>were|are)\b",
            re.I,
        ),
        "was/is",
        "agreement",
    ),
    (
        re.compile(
            r"\bthe (?:number|amount|level|rate|percentage|share|volume|quality|cost) of (?:[\w-]+ ){1,3}?"
            r"(?P<wrong>are|were|have)\b",
            re.I,
        ),
        "is/was/has",
        "agreement",
    ),
    (re.compile(r"\b(?:please|could you|can you|would you|to)\s+(?P<wrong>advice)\b", re.I), "advise", "advice_advise"),
    (
        re.compile(
            r"\b(?:I|we|they|you)\s+(?:have|had|'ve)\s+(?P<wrong>attach|send|complete|finish|submit|include|prepare"
            r"|upload|forward|learn|speak|meet|write|take|give)\b(?!\s+to\b)",
            re.I,
        ),
        "the past participle",
        "verb_form",
    ),
    (
        re.compile(r"\benjoy(?:ed|s)?\s+(?P<wrong>to)\s+(?:meet|talk|speak|learn|hear|discuss|work|see|chat)\b", re.I),
        "the -ing form ('enjoyed meeting')",
        "verb_form",
    ),
    # here -> hear: "love to here more", "look forward to here from you"
    (
        re.compile(
            r"\b(?:to|will|would|can|could|glad|happy|pleased|hope|hoping|love|like|wait)\s+(?P<wrong>here)\s+"
            r"(?:more|from|back|about|what|how|your|you|any|that)\b",
            re.I,
        ),
        "hear",
        "hear_here",
    ),
    # its -> it's: "its a great team", "its been", "its clear that"
    (
        re.compile(
            r"\b(?P<wrong>its)\s+(?:a|an|the|been|not|going|also|really|so|very|just|always|still|what|how|why"
            r"|no longer|never|exactly|only|clear that|great to|good to|important to|exciting to|hard to|easy"
            r"|nice to|worth)\b",
            re.I,
        ),
        "it's",
        "its_its",
    ),
    # it's -> its: "it's own", "it's users"
    (
        re.compile(
            r"\b(?P<wrong>it['\u2019]s)\s+(?:own|users|customers|clients|members|employees|mission|goals?|roadmap"
            r"|culture|team|teams|product|products|platform|growth|values|history|founders|staff|engineers)\b",
            re.I,
        ),
        "its",
        "its_its",
    ),
    # then -> than after a comparative; than -> then in a sequence
    (
        re.compile(
            r"\b(?:more|less|better|worse|rather|other|greater|fewer|larger|smaller|higher|lower|faster|slower"
            r"|easier|harder|bigger|longer|shorter|stronger|sooner|quicker|cheaper|simpler|safer|deeper|wider)"
            r"\s+(?P<wrong>then)\b",
            re.I,
        ),
        "than",
        "then_than",
    ),
    (re.compile(r"\b(?:and|since|until|till|back|by|just)\s+(?P<wrong>than)\b", re.I), "then", "then_than"),
    # loose -> lose
    (
        re.compile(
            r"\b(?:to|not|never|will|would|could|might|can|cannot|can't|don't|didn't|won't|may|must|did)\s+"
            r"(?P<wrong>loose)\b|\b(?P<wrong_b>loos(?:ing|es))\b(?!\s+(?:up|off|from)\b)"
            r"|\b(?P<wrong_c>loose)\s+(?:customers|users|money|data|time|track|sight|momentum|focus|trust"
            r"|people|talent|revenue|sleep)\b",
            re.I,
        ),
        "lose",
        "lose_loose",
    ),
)


_AUXILIARY_BEFORE = re.compile(
    r"\b(?:does|did|do|will|would|can|could|should|might|may|must|to|let|make|made|help|see|saw|watch)\s+$", re.I
)


def _wrong_group(m: re.Match[str]) -> tuple[int, int]:
    for name, value in m.groupdict().items():
        if name.startswith("wrong") and value is not None:
            return m.span(name)
    return m.span()


def word_mixups(text: str) -> list[Finding]:
    """their/they're/there, you/your, your/you're, its/it's, then/than, lose/loose: the homophone
    slips a spellchecker cannot see."""
    found = []
    for pattern, right, code in _MIXUPS:
        for m in pattern.finditer(text):
            if code == "agreement" and _AUXILIARY_BEFORE.search(text, 0, m.start()):
                continue  # "does it look like", "to make it work"
            start, end = _wrong_group(m)
            wrong = text[start:end]
            fix = right if not wrong.lower().startswith("loos") else wrong.lower().replace("loos", "los", 1)
            if wrong.lower().endswith("s") and right == "principle":
                fix = "principles" if wrong.lower() == "principals" else right
            found.append(Finding("grammar", "warning", code, f"'{wrong}' should be '{fix}' here.", (start, end), fix))
    for m in _THEIR.finditer(text):
        if m.group("wrong"):
            start, right = m.start("wrong"), "they're"
            why = f"'their {m.group('ing')}' needs a verb: 'they're {m.group('ing')}'."
        else:
            start, right = m.start("wrong2"), "there"
            why = f"'their {m.group('be')}' should be 'there {m.group('be')}'."
        found.append(Finding("grammar", "error", "their_there", why, (start, start + 5), right))
    for m in _YOU_YOUR.finditer(text):
        start = m.start("wrong")
        found.append(
            Finding(
                "grammar",
                "error",
                "you_your",
                f"'{m.group()}': 'you' should be 'your' here.",
                (start, start + 3),
                "your",
            )
        )
    return found


def long_sentences(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        n = word_count(sentence.text)
        if n > LONG_SENTENCE:
            found.append(
                Finding(
                    "grammar",
                    "warning" if n > VERY_LONG_SENTENCE else "info",
                    "long_sentence",
                    f"This sentence has {n} words; split it so it reads in one breath (at most {LONG_SENTENCE}).",
                    (sentence.start, sentence.end),
                    None,
                )
            )
    return found
