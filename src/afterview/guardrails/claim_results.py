"""Claims of results and credentials, which must match the candidate's own fields exactly.

- a credential the candidate says they hold ("I have received my full Class 4 licence", "completed a SCADA
  alarm management certificate"): one of their own items must name all of it, not just share a word;
- a result given in figures ("our score has jumped from 91 to 96", "from 14 to 6 minutes", "by 27%") in a
  sentence about the candidate's own work: the figures must come from one of their own items.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, finding, key_stems, own_and_their_texts
from afterview.guardrails.fact_numbers import derived_numbers
from afterview.guardrails.result_sizes import SIZE_WORDS, change_ratios, size_factor, size_fits
from afterview.guardrails.text import Piece, content_stems
from afterview.notes.model import Notes

_CREDENTIAL = re.compile(
    r"\bI(?:'ve|\u2019ve| have)? (?:now |also |just |recently |finally |successfully )?(?:received|earned|obtained"
    r"|completed|passed|got|gained|achieved|secured|finished|been awarded|was awarded|been granted|was granted)"
    r"(?P<what>(?:\s+(?:my|a|an|the|our|full|new)\b)?[^,.;:!?]{0,60}?\b(?:licen[cs]e|certificat\w*|certification"
    r"|degree|diploma|qualification|accreditation|award|exam|course|credential|designation|clearance|chartership))\b",
    re.I,
)
# A credential held ("since I already hold a Taiwan work permit"): the credential's noun heads the object, with no
# preposition before it ("I hold a strong interest in the visa side" holds no visa).
_HOLD = re.compile(
    r"\bI(?:'ve|\u2019ve| have)? (?:now |also |already |still )?(?:hold|held)"
    r"(?P<what>(?:\s+(?:my|a|an|the|full|valid|current))?(?:\s+(?!(?:in|on|of|for|to|at|about|with|by)\b)[\w-]+){0,3}?"
    r"\s+(?:licen[cs]e|certificat\w*|certification|degree|diploma|qualification|accreditation|credential|designation"
    r"|clearance|chartership|work permit|permit|visa))\b",
    re.I,
)
# "... and completed a SCADA alarm management certificate": a second credential in the same sentence.
_AND_CREDENTIAL = re.compile(
    r"\band (?:also )?(?:received|earned|obtained|completed|passed|got|gained|achieved|secured|finished)"
    r"(?P<what>(?:\s+(?:my|a|an|the|full|new)\b)?[^,.;:!?]{0,60}?\b(?:licen[cs]e|certificat\w*|certification"
    r"|degree|diploma|qualification|accreditation|award|exam|course|credential|designation))\b",
    re.I,
)
# What names a credential after its noun: "a course on workshop costing with the Bremen chamber".
_QUALIFIER = re.compile(r"(?:\s+(?:on|in|with|from|at|for|through|by)\b[^,.;:!?]{1,50})*")
# Words that size or time a credential, and name none: "a short course", "an online certificate".
_SIZING = re.compile(
    r"\b(?:short|brief|online|evening|weekend|part-time|intensive|introductory|recent|small|free|(?:one|two|three"
    r"|five|\d+)[- ]?(?:h|hrs?|hours?|day|week|month))\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'[a-z]+|[Mm]y|[Oo]ur|[Ww]e|[Ww]e've|[Ww]e'd)\b")  # ('My sheet cut ...')
_FIGURES = re.compile(
    # ("from 3 hours to under 2": a unit and a hedge may sit between)
    r"\bfrom (?P<a>\d+(?:[.,]\d+)*%?)(?: [a-z]{1,8})? to (?:(?:just )?(?:under|below|about|around|roughly|nearly"
    r"|almost|over|less than|more than) )?(?P<b>\d+(?:[.,]\d+)*%?)|\bby (?P<c>\d[\d.,]*%)",
    re.I,
)


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)?", text))


_INITIALISM = re.compile(r"\b(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z0-9])[A-Z][A-Z0-9]{1,7}\b")


def _spelled_out(what: str, sources: tuple[str, ...]) -> str:
    """`what` with each initialism the candidate's own items spell out in full replaced by those words: "my GA4
    certification" where a highlight says "the Google Analytics 4 certification"."""
    for short in set(_INITIALISM.findall(what)):
        for source in sources:
            words = re.findall(r"[\w&'-]+", source)
            for i in range(len(words)):
                spelled = ""
                for j in range(i, len(words)):
                    w = words[j]
                    spelled += w if w.isdigit() else w[0] if w[0].isupper() else "\0"
                    if spelled == short and j > i:
                        what = re.sub(rf"\b{short}\b", " ".join(words[i : j + 1]), what)
                        break
                    if not short.startswith(spelled):
                        break
                else:
                    continue
                if short not in what:
                    break
            if short not in what:
                break
    return what


def credential_in(sentence: Piece, notes: Notes, own: list[list[str]]) -> list[Finding]:
    text = sentence.text
    for pattern in (_CREDENTIAL, _AND_CREDENTIAL, _HOLD):
        for m in pattern.finditer(text):
            # the credential with what names it after its noun ("a short course on workshop costing with the
            # chamber"), without the words that only size it ("short", "online")
            after = _QUALIFIER.match(text, m.end())
            forms: tuple[str, ...] = (m.group("what"), m.group("what") + (after.group() if after else ""))
            wanted = key_stems(m.group("what"), notes)
            if _INITIALISM.search(m.group("what")):
                # an initialism of what the notes spell out ("GA4" for "Google Analytics 4") names the same thing
                sources = own_and_their_texts(notes)[0]
                forms = (*forms, *(_spelled_out(f, sources) for f in forms))
            if not wanted or any(covered(key_stems(_SIZING.sub(" ", f), notes) or wanted, own) >= 0.99 for f in forms):
                continue
            return [
                finding(
                    "unsupported_claim",
                    sentence,
                    m,
                    f"'{m.group().strip()[:80]}' claims a credential your highlights and since_interview do not "
                    "name as such.",
                    "Name the credential exactly as your notes do (an exam passed is not a licence held).",
                )
            ]
    return []


# Where the clause that holds a figure starts, and a figure reported about others ("which I understand has lifted
# bookings by 15%", "I was glad to read that your exports rose by 12%"): the company's result, the facts check's.
_CLAUSE_START = re.compile(r"[,;:(\u2014\u2013]|\b(?:which|that|who)\b")
_REPORTED = re.compile(
    r"\bI (?:understand|hear|heard|read|saw|see|noticed|gather|learned|learnt|was told)\b"
    r"|\bI was (?:pleased|glad|delighted|excited|interested|happy|impressed) to (?:see|read|hear|learn)\b"
    # their topic retold as what was talked about: "I enjoyed our conversation about scaling from 14 to 22 harps"
    r"|\bI (?:\w+ )?(?:enjoyed|appreciated|liked|loved|valued) (?:our|the|your) (?:\w+ )?(?:conversation|talk"
    r"|discussion|chat|exchange|walk-?through)s? (?:about|on|around|regarding|of)\b"
    r"|\bI (?:\w+ )?(?:enjoyed|appreciated|liked|loved|valued) (?:hearing|learning|talking|reading) (?:about|of|how)\b",
    re.I,
)
_THEIRS = re.compile(r"\b(?:your|their|its)\b", re.I)


def _reported(text: str, at: int) -> bool:
    """Whether the figure at `at` is told of others: its clause has no first person (beyond a report of what the
    writer heard or read), and the sentence reports it or the clause says whose it is."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
    clause = text[start:at]
    if _FIRST_PERSON.search(_REPORTED.sub(" ", clause)):
        return False
    return bool(_REPORTED.search(text, 0, at) or _THEIRS.search(clause))


_OWN_DEED = re.compile(
    r"\b(?:I|we)(?:'ve|\u2019ve| have| had)? (?:also |then |just |personally |single-handedly )?"
    # (a verb of hearing, liking or talking is no deed: "I enjoyed hearing about the path from 22 to 30 branches")
    r"(?:(?!(?:enjoyed|appreciated|liked|loved|noticed|discussed|talked|wondered|wanted|hoped|learned|heard|mentioned"
    r"|reali[sz]ed|described|explained|covered|explored|valued|admired|welcomed|followed|asked|touched|chatted"
    # how the candidate met a question in the interview: "how I approached the move from 600 to 400"
    r"|approached|answered|framed|considered|proposed|suggested|outlined|sketched|pictured|imagined)\b)"
    r"[a-z]+ed|cut|led|ran|got(?! to \w+ (?:about|through|over)\b)|brought|drove|grew|won|made|took|built|set)\b"
    # the candidate's own thing as the doer: "my Python scripts cut setup time ..."
    r"|\b[Mm]y (?:[\w-]+ ){0,3}?(?:[a-z]+ed|cut|brought|drove|grew|took|got|made)\b"
)


def _own_deed(text: str, at: int) -> bool:
    """Whether the clause holding the figure at `at` tells a past deed of the candidate's: "I negotiated our
    premiums down by 35%" moves a figure of theirs onto the candidate."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, at)), default=0)
    return _OWN_DEED.search(text, start, at) is not None


# A count of the candidate's own work: "I tested 500 accessions", "we processed 1,200 claims".
_COUNT = re.compile(
    r"\b(?:I|we|my team|our team)(?:'ve|\u2019ve| have)? (?:also |personally |already )?(?P<verb>[a-z]+ed)"
    r" (?:over |about |around |nearly |almost |more than |some |roughly )?(?P<n>\d[\d,.]*)\b(?! ?%)"
    r"(?! (?:\w+ )?(?:days?|weeks?|months?|years?|minutes?|hours?|times?)\b)",
    re.I,
)


def own_count_spans(body: str, own_texts: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Where the body counts the candidate's own work ("I tested 500"): claims judges those figures, not facts;
    a count retelling one of the candidate's own items (`_retold`) is left to facts, as any figure of the notes."""
    return [m.span("n") for m in _COUNT.finditer(body) if not _retold(m, own_texts)]


def _retold(count: re.Match[str], own_texts: tuple[str, ...]) -> bool:
    """Whether a count's deed is one an own item tells ("I classified around 300 SKUs" for "classified ~200 SKUs a
    week"): its figure is then the item's, right or wrong, a fact to check, not work the notes never give."""
    verb = re.compile(rf"\b{re.escape(count.group('verb'))}\b", re.I)
    return any(verb.search(text) for text in own_texts)


# A result reached, in figures, by the candidate's own thing (checks41): an audience won ("got millions of views",
# "reached 10,000 followers") or a thing grown to a size ("which I grew to 10,000 followers", "took it to 3,000
# members"). Its figure must be one of the candidate's own items.
_SIZE = r"(?:over |more than |nearly |almost |about |around |roughly |some |just under |well over )?"
_AMOUNT = r"(?P<{}>\d[\d,.]*\s?[kKmM]?\+?|(?:many |several |tens of |hundreds of )?(?:millions|thousands|hundreds))"
_AUDIENCE = (
    r"(?:views|viewers|followers|subscribers|downloads|reads|readers|listeners|plays|streams|likes|shares|sign-?ups"
    r"|visitors|visits|attendees|members|users|customers|clients|orders|bookings|installs|impressions|clicks)"
)
_REACHED = re.compile(
    rf"\b(?:got|gets|reached|hit|drew|attracted|earned|racked up|pulled in|passed|topped|gained|won)\s+{_SIZE}"
    rf"{_AMOUNT.format('n')}(?:\s+of)?\s+(?:[\w-]+\s+)?{_AUDIENCE}\b"
    rf"|\b(?:grew|grow|grown|raised|increased|boosted|built|scaled|took|taken|pushed|brought)\b[^.;:!?]{{0,40}}?\bto\s+"
    rf"{_SIZE}{_AMOUNT.format('n2')}\s+(?:[\w-]+\s+)?{_AUDIENCE}\b",
    re.I,
)


def _reached_in(sentence: Piece, own_texts: tuple[str, ...]) -> list[Finding]:
    """An audience or a size reached by the candidate's own thing, in a figure none of their own items gives."""
    text = sentence.text
    for m in _REACHED.finditer(text):
        if _reported(text, m.start()):
            continue  # "I read your channel passed 10,000 followers": their result, the facts check's
        amount = m.group("n") or m.group("n2")
        wanted = _numbers(amount)
        words = {w for w in ("million", "thousand", "hundred") if w in amount.lower()}
        if any((wanted <= _numbers(t) | derived_numbers(t)) and all(w in t.lower() for w in words) for t in own_texts):
            continue
        return [_unsupported_result(sentence, m)]
    return []


def figures_in(sentence: Piece, own_texts: tuple[str, ...], their_texts: tuple[str, ...]) -> list[Finding]:
    text = sentence.text
    if not _FIRST_PERSON.search(text):
        return []
    for m in _COUNT.finditer(text):
        if _retold(m, own_texts):
            continue  # an own item retold with its figure: facts judges the figure
        wanted = _numbers(m.group("n"))
        if any(wanted <= _numbers(t) | derived_numbers(t) for t in (*own_texts, *their_texts)):
            continue
        return [
            finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{m.group().strip()}' claims work in a figure your highlights and since_interview do not give.",
                "Keep to the figures your highlights and since_interview state.",
            )
        ]
    for m in _FIGURES.finditer(text):
        if _reported(text, m.start()):
            continue
        said = {g for g in (m.group("a"), m.group("b"), m.group("c")) if g}
        wanted = set().union(*(_numbers(g) for g in said))
        if any(wanted <= _numbers(t) | derived_numbers(t) for t in own_texts):
            continue  # (a change's difference or relative size is the item's own: "by 57%" for 14% -> 6%)
        if any(wanted <= _numbers(t) for t in their_texts) and not _own_deed(text, m.start()):
            continue  # their figure, said of them ("help cut the 35% rise"); not "I negotiated it down by 35%"
        if _misquoted(text[max(0, m.start() - 80) : m.start()], own_texts):
            continue  # "we cut agent-fraud losses by 35%" for the notes' 28%: an own result misquoted, facts' to judge
        return [_unsupported_result(sentence, m)]
    return _reached_in(sentence, own_texts) or _word_figures_in(sentence, own_texts, their_texts)


def _misquoted(before: str, own_texts: tuple[str, ...]) -> bool:
    """Whether the words just before a figure tell an own item that gives a figure of its own ("cut agent-fraud
    losses" of "cut agent-fraud losses by 28%"): the figure said is then that result's, right or wrong."""
    said = set(content_stems(before))
    return any(re.search(r"\d", t) and len(said & set(content_stems(t))) >= 2 for t in own_texts)


# Said in words in a letter ("halved call-outs", "cut waste by a third") as in the notes ("3x", "three times").
_SAID_AS = {2.0: r"halv|half|doubl|2x|x2|twice", 3.0: r"tripl|trebl|3x|x3|three times", 4.0: r"quadrupl|4x|x4"}


def _word_figures_in(sentence: Piece, own_texts: tuple[str, ...], their_texts: tuple[str, ...]) -> list[Finding]:
    """A result's size said in a word for the candidate's own item, where that item gives no such size: 'halved
    call-outs' where the notes say '(fewer call-outs)'."""
    text = sentence.text
    for m in SIZE_WORDS.finditer(text):
        factor = size_factor(m.group("w"))
        said = set(content_stems(text))
        shared = {t: len(said & set(content_stems(t))) for t in own_texts}
        mine = [t for t in own_texts if shared[t] >= 2]
        if not mine:
            continue  # not about one of the candidate's own items: the other checks' business
        # the size is of the item the sentence tells most of ("my demand dashboard cut waste by half" is the
        # dashboard's, not the forecast item's 18% -> 11% that shares one word)
        start = max((b.end() for b in re.finditer(r"[,;:]", text[: m.start()])), default=0)
        stop = re.search(r"[,;:]", text[m.end() :])
        near = set(content_stems(text[start : m.end() + stop.start() if stop else len(text)]))
        rank = {t: (len(near & set(content_stems(t))), shared[t]) for t in mine}
        best = max(rank.values())
        told = [t for t in mine if rank[t] == best]
        texts = (*own_texts, *their_texts)
        if factor in _SAID_AS and any(re.search(_SAID_AS[factor], t, re.I) for t in texts):
            continue
        if any(abs(size_factor(n.group("w")) - factor) < 0.01 for t in texts for n in SIZE_WORDS.finditer(t)):
            continue  # "cut scrap by a third" in the notes, "reduced scrap by a third" in the letter
        if size_fits(factor, [r for t in told for r in change_ratios(t)]):
            continue  # "halved no-shows" for 14% -> 6%
        return [_unsupported_result(sentence, m)]
    return []


def _unsupported_result(sentence: Piece, m: re.Match[str]) -> Finding:
    return finding(
        "unsupported_claim",
        sentence,
        m,
        f"'{m.group().strip()}' claims a result your notes do not give.",
        "Keep to the results your highlights state, with their figures.",
    )
