"""Notes items adapted to the message they go into: whose side they speak from, and their shape.

Notes are jotted from the candidate's side ("their component library", "nightly batch jobs
page the on-call team"); a message speaks to the person. This module turns an item into a
noun phrase that fits after "about", a gerund that fits after "experience of", and says
whether two items are related at all, so the writer ties a highlight to a problem only
when they share something. Verb forms come from lemminflect, loaded on first use.
"""

from __future__ import annotations

import re
from functools import cache, partial

from afterview.writer.phrasing import clean, starts_with_past_verb

WH = {"how", "why", "what", "where", "when", "whether", "who", "which"}
DETERMINERS = {
    "the", "a", "an", "our", "their", "your", "his", "her", "its", "my", "this", "that", "these", "those",
    "some", "many", "most", "every", "each", "all", "no", "both", "more", "less", "two", "three",
}  # fmt: skip
PREPOSITIONS = {
    "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "across", "over", "under", "about",
    "after", "before", "between", "through", "during", "without", "within", "per", "via", "and", "or",
}  # fmt: skip
FINITE = {
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should", "must",
    "does", "do", "did", "may", "might", "isn't", "aren't", "doesn't", "don't", "can't", "won't",
}  # fmt: skip


@cache
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    found: dict[str, tuple[str, ...]] = lemminflect.getAllLemmas(word)
    return found


def _can_be_verb(word: str) -> bool:
    return "VERB" in _lemmas(word)


def _words(text: str) -> list[str]:
    return [w.strip(",;:.!?()\"'").lower() for w in text.split()]


def is_clause(text: str) -> bool:
    """'nightly batch jobs page the on-call team', 'The build takes two hours': a subject and a
    finite verb. 'moving billing to event sourcing', 'the move from VMs to Kubernetes': no."""
    words = _words(text)
    if len(words) < 2 or words[0] in WH or words[0].endswith("ing"):
        return False
    if words[0] in {"i", "we", "they", "he", "she", "it", "you"}:
        return True
    for n in range(1, min(len(words), 6)):
        word, before = words[n], words[n - 1]
        if before in DETERMINERS or before in PREPOSITIONS or before in WH or not before.isalpha():
            continue
        if word in FINITE:
            return True
        if n + 1 >= len(words) or word.endswith("ing") or not word.isalpha() or not _can_be_verb(word):
            continue
        lemma = _lemmas(word)["VERB"][0]
        nounish = "NOUN" in _lemmas(word) and words[n + 1] in PREPOSITIONS
        third_person = word.endswith("s") and lemma != word and not before.endswith("s") and not nounish
        plural = lemma == word and before.endswith("s") and not before.endswith("ss")
        past = word.endswith("ed") and word != lemma
        if third_person or plural or past:
            return True
    return False


# Notes speak of the interviewer's side as "their"/"our"; writing to that person it is "your".
_TO_OWNER = [
    (re.compile(r"\btheir\b", re.I), "your"),
    (re.compile(r"\btheirs\b", re.I), "yours"),
    (re.compile(r"\bour\b", re.I), "your"),
    (re.compile(r"\bours\b", re.I), "yours"),
    (re.compile(r"\bthey're\b", re.I), "you're"),
    (re.compile(r"\bwe're\b", re.I), "you're"),
    (re.compile(r"(^|\b(?:how|why|what|where|when|whether|that|and|so)\s)(?:they|we)\b", re.I), r"\1you"),
    (re.compile(r"\bthem\b(?=\s*$)", re.I), "you"),
    (re.compile(r"\bus\b", re.I), "you"),
]
# Writing to someone else about that person's side: "their" stays, "our" becomes "the team's".
_TO_OTHERS = [
    (re.compile(r"\bour\b", re.I), "the team's"),
    (re.compile(r"(^|\b(?:how|why|what|where|when|whether|that|and|so)\s)we\b", re.I), r"\1they"),
]


def perspective(text: str, *, to_owner: bool) -> str:
    """'their component library' → 'your component library' when written to its owner; in 'users
    abandon the wizard before connecting their bank' "their" is the users' and stays."""
    for pattern, replacement in _TO_OWNER if to_owner else _TO_OTHERS:
        text = pattern.sub(partial(_replace_unless_owned, text, replacement=replacement), text)
    return to_recipient(text) if to_owner else text


def _replace_unless_owned(text: str, match: re.Match[str], *, replacement: str) -> str:
    """Keep "their"/"they"/"them" when a plural noun before it is who they are."""
    word = match.group().lower()
    if word.strip() in ("their", "theirs", "they're", "them") or word.endswith("they"):
        before = _words(text[: match.start()])
        if any(w.endswith("s") and not w.endswith("ss") and "NOUN" in _lemmas(w) for w in before if w.isalpha()):
            return match.group()
    return match.expand(replacement)


def lower_first(text: str) -> str:
    first, _, rest = text.partition(" ")
    second = rest.split(maxsplit=1)[0] if rest else ""
    if not second or not second[:1].islower():
        return text  # "Python", "Series B funding": a name, not a sentence's capital
    if first[:1].isupper() and first[1:].islower() and len(first) > 3 and _lemmas(first.lower()):
        return first.lower() + (" " + rest if rest else "")
    return text


def topic(item: str, *, to_owner: bool = True) -> str:
    """An item as a noun phrase for "about …": a clause becomes "how …"."""
    text = perspective(lower_first(clean(item)), to_owner=to_owner)
    words = _words(text)
    if words and (_CONTRACTED.match(words[0]) or is_clause(text)):
        return "how " + text
    return _with_article(text)


_ABSTRACT = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ing|ics)$")
_MASS = set("fatigue support strategy culture health growth retention debt data hiring onboarding feedback".split())


def _with_article(text: str) -> str:
    """'crash rate on older iPads' → 'the crash rate on older iPads', 'SwiftUI migration' → 'the
    SwiftUI migration'; a plural ('flaky tests'), a mass noun ('relocation support'), a gerund
    ('moving billing …') and a phrase with its own determiner ('your roadmap') stay as they are."""
    words = text.split()
    first = words[0].lower() if words else ""
    if first in DETERMINERS or first in PREPOSITIONS or first in WH or first.endswith("ing"):
        return text
    if first in {"your", "you", "i", "we", "they"} or "'" in first or not first.replace("-", "").isalpha():
        return text
    phrase: list[str] = []
    for word in words:
        if word.lower() in PREPOSITIONS:
            break
        phrase.append(word)
    head = phrase[-1].lower().strip(",;:") if phrase else ""
    if len(words) < 2 and not words[0][:1].isupper():
        return text
    if not head.isalpha() and "-" not in head:
        return text
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return text
    proper = words[0][:1].isupper() and len(phrase) > 1
    if not proper and (head in _MASS or _ABSTRACT.search(head)):
        return text
    if len(words) < 2:
        return text
    return "the " + text


def strip_i(item: str) -> str:
    text = clean(item)
    return text[2:] if text.startswith("I ") else text


def highlight_clause(item: str) -> str | None:
    """'led the Kafka migration' → 'I led the Kafka migration'; None for a noun phrase."""
    text = strip_i(item)
    if starts_with_past_verb(text):
        return "I " + text
    if _verb_first(text):
        return "I " + text[:1].lower() + text[1:]
    return None


def highlight_noun(item: str) -> str:
    """A highlight after "experience of"/"bring": 'leading the Kafka migration', 'ten years of Go'."""
    text = strip_i(item)
    if not starts_with_past_verb(text) and not _verb_first(text):
        return text
    verb, _, rest = text.partition(" ")
    lemmas = _lemmas(verb.lower()).get("VERB")
    if not lemmas:
        return text
    import lemminflect

    forms: tuple[str, ...] = lemminflect.getInflection(lemmas[0], "VBG")
    return (forms[0] if forms else verb) + (" " + rest if rest else "")


# Words that say nothing about what a problem is about.
_GENERIC = set(
    "team teams work role company people new process processes thing things time year years way how what why "
    "data project projects system systems product products business client clients customer customers "
    "service services user users build built building led lead leading manage managed management help "
    "helped improve improved improving run ran running make made use used using across over per "
    "week weeks month months day days cost costs spend spending money fee fees saving savings cut "
    "migration migrate migrating migrated move moving the a an "
    "and or of for to in on at by with from our their your my we they you it is are was be been this that "
    "every each all more most some many much".split()
)
# Small families of words that belong to one problem area (engineering, design, growth, hiring).
DOMAINS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "on-call oncall page pages paging pager alert alerts alerting incident incidents outage outages sre "
        "reliability uptime monitoring observability error budget budgets slo slos",
        "latency p99 p95 performance speed slow fast faster throughput load",
        "kafka event events streaming stream queue queues sourcing",
        "airflow dag dags scheduler cron batch orchestration",
        "warehouse query queries sql snowflake bigquery dbt",
        "payment payments billing checkout invoicing retries idempotency",
        "design designer designers redesign ui ux component components accessibility accessible usability "
        "figma prototype prototypes",
        "ios android mobile app apps swiftui ipad ipads iphone crash crashes offline sync",
        "test tests testing flaky ci build builds deploy deploys deployment release releases contract",
        "growth acquisition sign-ups signups sign-up retention churn funnel conversion organic subscription "
        "marketing paid seo onboarding activation setup wizard abandon abandonment drop-off",
        "kubernetes vms vm cloud aws gcp azure infrastructure containers terraform",
        "hiring recruiting interview interviews",
        "clinician clinicians clinical patient patients care health",
    )
)


# "at Trans Kft.", "for Acme Corp": where something happened is not what it is about.
_EMPLOYER = re.compile(r"\b(?:at|for|with|from)\s+(?:[A-Z][\w.&'-]*\s*)+")


def _stems(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[a-z][a-z0-9-]*", _EMPLOYER.sub(" ", text).lower()):
        if word in _GENERIC or len(word) < 3:
            continue
        lemmas = _lemmas(word)
        base = next(iter(lemmas.values()))[0].lower() if lemmas else word
        if base in _GENERIC:
            continue
        out.add(base[:7] if len(base) >= 8 else base)
    return out


def _domains(text: str) -> set[int]:
    words = set(re.findall(r"[a-z0-9][a-z0-9-]*", text.lower()))
    return {n for n, group in enumerate(DOMAINS) if words & group}


def related(a: str, b: str) -> bool:
    """Whether two items are about the same thing: a shared word stem or a shared domain."""
    return bool(_stems(a) & _stems(b)) or bool(_domains(a) & _domains(b))


def pick_related(highlights: list[str], *targets: str | None) -> str | None:
    """The first highlight related to any of the targets, else None."""
    for target in targets:
        if not target:
            continue
        for item in highlights:
            if related(item, target):
                return item
    return None


def usable(item: str) -> bool:
    """An item the writer may quote: not an instruction to a model, not pay talk."""
    from afterview.notes.injection import looks_like_instruction, talks_pay

    return not looks_like_instruction(item) and not talks_pay(item)


def usable_items(items: list[str]) -> list[str]:
    return [i for i in items if usable(i)]


# --- What grammatical shape an item has, so each frame only takes items it can hold ---------

_CONTRACTED = re.compile(r"^(?:i|we|they|you|he|she|it)'(?:re|s|ve|ll|d|m)$")
# Head nouns that name a job: "charge nurse on a cardiac ICU", "tech lead for payments".
_ROLE_NOUNS = set(
    "nurse engineer manager lead director designer analyst consultant teacher officer head chef scientist "
    "architect developer founder cofounder co-founder owner partner specialist coordinator administrator "
    "supervisor technician doctor physician pharmacist accountant lawyer attorney solicitor editor writer "
    "producer member volunteer intern apprentice captain mentor tutor coach principal clerk agent "
    "representative associate fellow researcher programmer tester auditor advisor adviser controller "
    "planner buyer dispatcher driver operator paramedic therapist midwife surgeon professor lecturer "
    "instructor librarian journalist marketer recruiter strategist economist statistician counsel "
    "president chair chairman chairwoman vp cto ceo cfo coo sre pm ic".split()
)
_ROLE_SUFFIX = re.compile(r"(?:ist|ician|eer|ager|igner|oper|yst|itor|ator)$")


def _role_head(text: str) -> bool:
    """'charge nurse on a 24-bed cardiac ICU for 5 years' names a job; 'ten years of Go' does not."""
    words = text.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    head = ""
    for word in words:
        if word.lower() in PREPOSITIONS or word.endswith(","):
            head = head or word.rstrip(",")
            break
        head = word
    head = head.lower().strip(",;:().")
    return head in _ROLE_NOUNS or (len(head) > 5 and bool(_ROLE_SUFFIX.search(head)))


def _verb_first(text: str) -> bool:
    """'spoke at a CIPD event', 'Renewed my licence', 'speedrun Celeste': starts with a verb."""
    first = text.split(maxsplit=1)[0].strip(",;:") if text.strip() else ""
    if not first or not first.isalpha():
        return False
    if first[0].isupper() and not first[1:].islower():
        return False
    word = first.lower()
    if starts_with_past_verb(word):
        return True
    lemmas = _lemmas(word)
    if "VERB" not in lemmas or word.endswith("ing"):
        return False
    import lemminflect

    past: tuple[str, ...] = lemminflect.getInflection(lemmas["VERB"][0], "VBD")
    return word in past and len(text.split()) > 1


def classify(item: str) -> str:
    """The shape of a notes item: 'clause' (a subject and a finite verb), 'verb' (a verb phrase in
    the past: 'led the migration'), 'gerund' ('leading the migration'), 'role' (a job as a noun
    phrase: 'charge nurse on a cardiac ICU') or 'noun' (any other noun phrase)."""
    text = strip_i(item)
    words = _words(text)
    if not words:
        return "noun"
    if _CONTRACTED.match(words[0]) or is_clause(text) or telegraphic(text):
        return "clause"
    if words[0].endswith("ing") and "VERB" in _lemmas(words[0]) and words[0] not in ("during", "morning", "evening"):
        return "gerund"
    if _verb_first(text):
        return "verb"
    if _role_head(text):
        return "role"
    return "noun"


def telegraphic(text: str) -> tuple[str, str] | None:
    """'CIPD certification renewed' → ('CIPD certification', 'renewed'): notes shorthand for a clause
    without its auxiliary ("… was renewed"). None for anything else."""
    words = text.split()
    if len(words) < 2 or any(w.lower() in FINITE for w in words):
        return None
    last, before = words[-1].lower().strip(".,;:!"), words[-2].lower()
    if not last.endswith("ed") or "VERB" not in _lemmas(last) or before in ("i", "we", "you", "they", "he", "she"):
        return None
    if before in PREPOSITIONS or before in DETERMINERS or ("VERB" in _lemmas(before) and "NOUN" not in _lemmas(before)):
        return None
    return " ".join(words[:-1]), last


def _article(phrase: str) -> str:
    first = phrase.split(maxsplit=1)[0].lower() if phrase else ""
    if first in DETERMINERS or first[:1].isdigit():
        return phrase
    vowel = first[:1] in "aeio" or (first[:1] == "u" and not first.startswith(("uni", "use", "usu")))
    return ("an " if vowel else "a ") + phrase


def experience_noun(item: str) -> str | None:
    """A highlight as a noun phrase that fits after "I would bring" or "I think … would help":
    'my experience leading …', 'my experience as a charge nurse …', 'my ten years of Go'.
    None when the item cannot be made into one (a full clause)."""
    text = strip_i(item)
    shape = classify(text)
    if shape == "clause":
        return None
    if shape in ("verb", "gerund"):
        return "my experience " + lower_first(highlight_noun(text))
    if shape == "role":
        return "my experience as " + _article(lower_first(text))
    first = text.split(maxsplit=1)[0].lower()
    if first in ("a", "an", "the", "this", "that"):
        return "my experience with " + lower_first(text)
    if first in DETERMINERS or first in PREPOSITIONS:
        return text if first in ("my", "your") else None
    return "my " + text


_THIRD = [
    (re.compile(r"\b(?:she|he)'s\b", re.I), "you're"),
    (re.compile(r"\b(?:herself|himself)\b", re.I), "yourself"),
    (re.compile(r"\bhis\b", re.I), "your"),
    (re.compile(r"\bher\b(?=\s+[a-z0-9])", re.I), "your"),
    (re.compile(r"\b(?:her|him)\b", re.I), "you"),
]
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't"}


def to_recipient(text: str) -> str:
    """An item about the recipient, spoken to them: 'the anime club she runs on Fridays' →
    'the anime club you run on Fridays', 'her team's roadmap' → 'your team's roadmap'."""
    words = text.split(" ")
    out: list[str] = []
    skip = False
    for n, word in enumerate(words):
        if skip:
            skip = False
            continue
        if word.lower() in ("she", "he"):
            out.append("You" if word[0].isupper() and n == 0 else "you")
            if n + 1 < len(words):
                verb = words[n + 1]
                low = verb.lower()
                if low in _AGREE:
                    out.append(_AGREE[low])
                    skip = True
                elif low.endswith("s") and low.isalpha() and "VERB" in _lemmas(low):
                    lemma = _lemmas(low)["VERB"][0]
                    if lemma != low:
                        out.append(lemma)
                        skip = True
            continue
        out.append(word)
    result = " ".join(out)
    for pattern, replacement in _THIRD:
        result = pattern.sub(replacement, result)
    return result
