"""Our own grammar rules for what Harper and LanguageTool both miss.

Comma splices, very long sentences, subject-verb agreement across a relative clause, and the
homophone slips their/they're/there and you/your.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import sentences
from afterview.limits import word_count

LONG_SENTENCE = 40  # words

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
    r"|having|to|\w+ing)\b",
    re.I,
)
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


def comma_splices(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        if _DEPENDENT_OPENERS.match(sentence.text):
            continue
        for m in _SPLICE.finditer(sentence.text):
            before = sentence.text[: m.start()]
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
            start = sentence.start + m.start()
            found.append(
                Finding(
                    "grammar",
                    "warning",
                    "comma_splice",
                    f"A comma joins two complete sentences before '{subject}{verb}'.",
                    (start, start + 1),
                    "Use a full stop or a semicolon, or add 'and'.",
                )
            )
    return found


# --- subject-verb agreement across a relative clause ------------------------------------------
# "The problems you described with the batch jobs is ...": a plural head noun opening the sentence,
# a relative clause, then a singular verb. Kept narrow: the clause may only add prepositional
# phrases (a determiner right after its verb would start a new subject: "the tools you said the team is").
_AGREEMENT = re.compile(
    r"^(?P<np>(?:the|these|those|all the|all|many|most|some|both|our|your|my|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<head>[A-Za-z]+s))\s+"
    r"(?P<rel>(?:that|which|who|you|we|they|I|he|she)\s+(?:[\w'-]+\s+){1,10}?)"
    r"(?P<verb>is|was|has|does)\b",
    re.I,
)
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics|ous|news|series|ways)$", re.I)
_CLAUSE_STOP = frozenset(
    "that which who whom whose what how why where when whether if because and but or so while although".split()
)
_DETERMINERS = frozenset("the a an this that these those my your our their his her its".split())
_PREPOSITIONS = frozenset(
    """with about on in of for at from to around across into behind during over under after before by
    through between among against like""".split()
)


def agreement(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        m = _AGREEMENT.match(sentence.text)
        if m is None or _NOT_PLURAL.search(m.group("head")):
            continue
        rel = m.group("rel").split()
        if any(w.lower() in _CLAUSE_STOP for w in rel[1:]):
            continue
        if any(w.lower() in _DETERMINERS and rel[i - 1].lower() not in _PREPOSITIONS for i, w in enumerate(rel[1:], 1)):
            continue
        if any(w.lower() in _BE_HAVE_DO for w in rel[1:]):
            continue  # "the jobs you were fixing is" is more likely a longer construction we cannot parse
        verb = m.group("verb")
        plural = {"is": "are", "was": "were", "has": "have", "does": "do"}[verb.lower()]
        start = sentence.start + m.start("verb")
        found.append(
            Finding(
                "grammar",
                "warning",
                "agreement",
                f"'{m.group('np')}' is plural, so the verb should be '{plural}', not '{verb}'.",
                (start, start + len(verb)),
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


def word_mixups(text: str) -> list[Finding]:
    """their/they're/there and you/your: the homophone slips a spellchecker cannot see."""
    found = []
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
                    "warning",
                    "long_sentence",
                    f"This sentence has {n} words; split it so it reads in one breath (at most {LONG_SENTENCE}).",
                    (sentence.start, sentence.end),
                    None,
                )
            )
    return found
