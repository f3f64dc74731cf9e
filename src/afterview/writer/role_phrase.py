"""Whether a notes item names a job: 'charge nurse on a cardiac ICU', 'front desk and inventory lead at a 4-vet
clinic', 'second brewer at a 20 hL brewpub'. A job is said after "as" ('my experience as a second brewer …'),
never after "my" as if it were a thing the candidate owns ('my front desk and inventory lead …')."""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas

_ROLE_NOUNS = set(
    "nurse engineer manager lead director designer analyst consultant teacher officer head chef scientist "
    "architect developer founder cofounder co-founder owner partner specialist coordinator administrator "
    "supervisor technician doctor physician pharmacist accountant lawyer attorney solicitor editor writer "
    "producer member volunteer intern apprentice captain mentor tutor coach principal clerk agent "
    "representative associate fellow researcher programmer tester auditor advisor adviser controller "
    "planner buyer dispatcher driver operator paramedic therapist midwife surgeon professor lecturer "
    "instructor librarian journalist marketer recruiter strategist economist statistician counsel "
    "president chair chairman chairwoman vp cto ceo cfo coo sre pm ic "
    "referee trainee firefighter lifeguard steward cook carer caregiver guide ranger nanny umpire "
    "sommelier barista notary vet veterinarian assistant hygienist".split()
)
# where a job's noun phrase ends: a preposition ('lead at a clinic'); 'and' joins two jobs ('front desk and … lead')
_BREAKS = frozenset(
    "in on at for of to from with by about over under during after before since into onto via per across as "
    "within without between among through".split()
)
_ROLE_SUFFIX = re.compile(r"(?:ist|ician|eer|ager|igner|oper|yst|itor|ator|holder)$")


def role_head(text: str) -> bool:
    """'charge nurse on a 24-bed cardiac ICU for 5 years' names a job; 'ten years of Go' does not."""
    words = text.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    head = ""
    for n, word in enumerate(words):
        # the first word is never the break ('front desk lead …': 'front' is no preposition there)
        # 'front desk and inventory lead': two jobs joined, one head
        if n and word.lower() in _BREAKS:
            break
        head = word.rstrip(",")
        if word.endswith(","):  # the word before a comma ends the phrase: it is the head
            break
    head = head.lower().strip(",;:().")
    return head in _ROLE_NOUNS or (len(head) > 5 and bool(_ROLE_SUFFIX.search(head))) or _agent_noun(head)


def _agent_noun(word: str) -> bool:
    """'brewer', 'baker', 'roaster', 'rigger': a noun for who does a verb's work (the verb and '-er'), a job."""
    if not word.endswith("er") or len(word) < 5 or "NOUN" not in lemmas(word):
        return False
    return any(len(stem) >= 4 and "VERB" in lemmas(stem) and stem not in _NOT_AGENT for stem in (word[:-2], word[:-1]))


_NOT_AGENT = frozenset("numb corn comput contain".split())  # 'number', 'corner', 'computer': things, not jobs


_DETERMINERS = frozenset("a an the my our your their his her its this that these those some any no".split())


def participle_adjective(word: str) -> bool:
    """'stuck', 'licensed', 'broken': a verb's participle that is also an adjective in front of a noun."""
    found = lemmas(word)
    return "ADJ" in found and "VERB" in found and found["VERB"][0] != word


def participle_role(text: str) -> bool:
    """'licensed ham radio operator', 'certified nurse educator': an adjective and a job, not a verb
    and its object ('licensed the patents', 'trained new nurses')."""
    words = text.split()
    past = words[0].lower() if len(words) > 1 else ""
    if not (participle_adjective(past) or (past.endswith("ed") and "VERB" in lemmas(past))):
        return False
    first = words[1].lower()
    if first in _DETERMINERS or first in _BREAKS:
        return False
    # 'authorised court interpreter Arabic-Swedish (Kammarkollegiet)': the job may come before a name, a
    # language pair or an aside jotted after it; its noun phrase ends at an aside, a dash or a preposition
    phrase = re.split(r"\s*[(,;]|\s+[-–—]\s+", " ".join(words[1:]), maxsplit=1)[0].split()
    # ... a credential's participle ('chartered Professional Engineer', 'certified Scrum Master') before a title,
    # capitalised as titles are: never a deed ('I chartered Professional Engineer')
    credential = past in _CREDENTIALS
    for n in range(len(phrase), 0, -1):
        rest = " ".join(phrase[:n])
        if (phrase[n - 1][:1].islower() or credential) and _title_head(rest, credential) and not rest.endswith("s"):
            return True
    return False


# participles that grant a standing to a person: what follows is the title it grants
_CREDENTIALS = frozenset(
    "chartered certified licensed registered accredited qualified board-certified authorised authorized "
    "credentialed sworn".split()
)
# titles a credential grants, beyond the jobs role_head knows
_TITLES = frozenset("master inspector practitioner professional examiner assessor auditor surveyor".split())


def _title_head(text: str, credential: bool) -> bool:
    if role_head(text.lower()):
        return True
    last = text.split()[-1].lower().strip(",;:().") if text.split() else ""
    return credential and last in _TITLES


# where and as what the candidate did it, before what they did: 'as base chief pilot at Fort Nelson, …', 'while at
# Maersk, …' (the note is what follows the comma)
ROLE_OPENER = re.compile(r"^(?:as|while)\s+(?:an?\s+|the\s+)?[\w .'&-]*?\b(?:at|for|with|in)\s+[A-Z][\w .'&-]*$")
