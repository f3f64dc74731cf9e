"""Whether two notes items are about the same thing, so a highlight is tied to a problem only when
they share something (a word stem or a small domain), and which items the writer may quote at all."""

from __future__ import annotations

import re

from afterview.guardrails.negative_acts import harsh_verdict
from afterview.notes.injection import looks_like_instruction, talks_pay
from afterview.writer.head import head
from afterview.writer.measure import same_measure
from afterview.writer.problem_measure import problem_measure
from afterview.writer.result_object import deed_object, measured_thing
from afterview.writer.role_phrase import ROLE_OPENER
from afterview.writer.shapes import lemmas, strip_i

# Words that say nothing about what a problem is about.
_GENERIC = set(
    "team teams work role company people new process processes thing things time year years way how what why "
    "data project projects system systems product products business client clients customer customers "
    "service services user users build built building led lead leading manage managed management help "
    "helped improve improved improving run ran running make made use used using across over per "
    "week weeks month months day days season seasons cost costs spend spending money fee fees saving savings cut "
    "migration migrate migrating migrated move moving the a an "
    "and or of for to in on at by with from our their your my we they you it is are was be been this that "
    "every each all more most some many much "
    # numbers, places in time and in an organisation: shared by items about anything
    "one two three four five six seven eight nine ten twelve first second third last next year-round "
    "unit units site sites office offices floor line lines group groups side part parts level levels "
    "night nights morning mornings weekend weekends quarter quarters still after before since "
    "get got take took keep kept start started want wants need needs "
    # the kind of place one works at: 'our lab' and 'a 22-year-old family lab' are two labs
    "lab labs laboratory shop shops clinic clinics store stores plant plants kitchen kitchens practice firm "
    "department departments branch branches studio studios school schools ward wards hospital hospitals".split()
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
        "nurse nurses nursing icu preceptor precepted precepting new-grad new-grads grads staffing charge",
        "freight truck trucks trucking fleet route routes route-cost lane lanes deadhead miles carrier carriers "
        "shipper shippers detention dock docks",
        "invoice invoices overcharges audit audits auditing billing",
        "damage damaged damages breakage breakages broken breaks",
        "occupancy revpar adr pricing rate rates booking bookings rms revenue displacement",
        "funder funders grant grants proposal proposals donor donors fundraising",
        "field reports reporting standardised standardized form forms",
        "validation validate validated validating model models challenger backtesting",
        "porosity scrap defect defects die-casting casting spc ppap 8d yield",
        "tribunal tupe employment advisory contentious litigation",
        "teen teens youth students program programs programming workshop workshops",
        "level levels encounter encounters combat blockout boss playtest playtests",
    )
)


# "at Trans Kft.", "for Acme Corp": where something happened is not what it is about.
_EMPLOYER = re.compile(r"\b(?:at|for|with|from)\s+(?:[A-Z][\w.&'-]*\s*)+")


def _words(text: str) -> list[str]:
    """The words of an item, a hyphenated one also by its parts ('court-records' → 'court', 'records')."""
    # an acronym's plural is the acronym ('ELISAs' → 'ELISA'), as a noun's plural is the noun
    # letters of any script: 'Nauthólsvík' is one word, never 'nauth' and 'lsv'
    found = re.findall(r"[^\W\d_](?:[^\W_]|-)*", re.sub(r"\b([A-Z]{2,})s\b", r"\1", _EMPLOYER.sub(" ", text)).lower())
    return found + [part for word in found if "-" in word for part in word.split("-") if part]


def _stems(text: str) -> set[str]:
    out = set()
    for word in _words(text):
        if word in _GENERIC or len(word) < 3:
            continue
        found = lemmas(word)
        # a gerund is its verb's word ('swimming' ↔ 'swims', 'planning' ↔ 'plans'), as a plural is its noun's
        verb = found.get("VERB") if word.endswith("ing") else None
        base = (verb or next(iter(found.values())))[0].lower() if found else word
        if base in _GENERIC:
            continue
        out.add(base[:7] if len(base) >= 8 else base)
    return out


def stems(text: str) -> set[str]:
    """The content words of an item by their stems ('drills' → 'drill'), generic words left out."""
    return _stems(text)


def shares_stems(a: str, b: str) -> bool:
    """Two content words (stems) in common: the two items are about one thing."""
    return len(_stems(a) & _stems(b)) >= 2


def _domains(text: str) -> set[int]:
    words = set(re.findall(r"[a-z0-9][a-z0-9-]*", text.lower()))
    return {n for n, group in enumerate(DOMAINS) if words & group}


# What a result changed, and the problems it answers: a speed-up answers slowness, an error-rate drop
# errors (a cost cut is left to shared words: warehouse query costs are not acquisition costs).
# A highlight relates to a problem through the object of its result, not through a word in common.
_SPEED_UP = r"""\bfrom\ \d+(?:\.\d+)?\ ?(?:hours?|hrs?|days?|minutes?|mins?|weeks?)\b.*\bto\ \d
    | \b(?:run|build|load|turnaround|processing|wait)\ ?times?\b | \bfaster\b | \bspeed(?:ed)?\ up\b"""
_SLOW = r"""\b(?:slow|slower|overnight|lags?|lagging|takes?\ (?:hours|days|all\ night)|too\ long|waits?|delays?
    |rerun|re-run|latency|backlog)\b"""
_FEWER_ERRORS = r"""\berrors?\b.*\b(?:halved|reduced|cut|down|dropped) | \b(?:halved|reduced|cut)\b.*\berrors?\b
    | \bcalibrat\w* | \baccuracy\b"""
_ERRORS = r"\b(?:errors?|off\ by|inaccurate|wrong|mismatch|not\ tuned|predictions?\ off|accuracy)\b"
_SCHEDULING = r"\bschedul\w* | \bslots?\b"
_CONFLICTS = r"""\bschedul\w* | \bconflicts?\b | \bclash\w* | \boverlap\w* | \bdouble-?book\w*
    | \bsame\ (?:time|slot|station|day)\b"""
_RESULTS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(result, re.I | re.X), re.compile(need, re.I | re.X))
    for result, need in (
        (_SPEED_UP, _SLOW),
        (_FEWER_ERRORS, _ERRORS),
        (r"\breminders?\b | \bno-?shows?\b.*\b(?:cut|halved|down|reduced) | \battendance\b",
         r"\bno-?shows?\b | \bcancel\w* | \battendance\b | \bturn(?:ed)?\ up\b"),
        (_SCHEDULING, _CONFLICTS),
        (r"\b(?:scraper|scraping|automat\w*|script)\b",
         r"\bby\ hand\b | \bmanual\w*\b | \bcop(?:ied|y|ying)\b | \bspreadsheets?\b | \bre-?key\w*"),
        # an audit or a catalogue of the collection answers records that are missing
        (r"\baudit\w* | \bbarcod\w* | \bcatalogu\w* | \bcatalog(?:ed|ing)\b | \binventor(?:y|ied)\b",
         r"""\bno\ (?:\w+\ )?records?\b | \bnot\ (?:catalogu?ed|recorded|tracked|located)\b | \bnever\ catalogu?ed\b
          | \buntracked\b | \bcan'?t\ (?:find|locate)\b"""),
    )
)  # fmt: skip


def answers(highlight: str, problem: str) -> bool:
    """Whether a highlight's result is about what the problem is about ('9 hours to 40 minutes' ↔
    'model runs take overnight')."""
    return any(result.search(highlight) and need.search(problem) for result, need in _RESULTS)


# A name written with a capital mid-item ('Bloomerang', 'CollectiveAccess'): the same system on both sides.
_NAME = re.compile(r"(?<=\s)[A-Z][A-Za-z]+[a-z][A-Za-z]*\b")


def answers_directly(highlight: str, problem: str) -> bool:
    """Whether a highlight's result answers the problem itself (same measurable thing, same object): by what
    the result changed (`answers`), or by the same named system and more besides ('moved gift entry to
    Bloomerang' ↔ 'moving gift processing to Bloomerang'). A relation by domain or a shared word alone is
    weaker ('trained 22 front desk staff' ↔ 'lost 5 of 12 front desk staff'): the writer says it as
    something that brought the candidate's work to mind, never as expertise the notes do not claim."""
    if answers(highlight, problem):
        return True
    names = set(_NAME.findall(" " + highlight)) & set(_NAME.findall(" " + problem))
    return bool(names) and len(_stems(highlight) & _stems(problem)) >= 2


def strength(a: str, b: str) -> int:
    """How much two items share: one point per shared word stem, two for a shared domain, three when
    one's result answers the other's problem."""
    shared = len(_stems(a) & _stems(b)) + 2 * len(_domains(a) & _domains(b))
    return shared + (3 if answers(a, b) or answers(b, a) else 0)


def related(a: str, b: str) -> bool:
    """Whether two items are about the same thing: a shared word stem or a shared domain."""
    return strength(a, b) > 0


def _distinct_domains(a: str, b: str) -> set[int]:
    """Domains two items share through different words ('pager' and 'incident'): one word in common
    ('design' package, 'design' crits) is counted once, as a shared stem, not again as a domain."""
    wa, wb = set(re.findall(r"[a-z0-9][a-z0-9-]*", a.lower())), set(re.findall(r"[a-z0-9][a-z0-9-]*", b.lower()))
    return {n for n, group in enumerate(DOMAINS) if (wa & group) and (wb & group) and (wa & group) != (wb & group)}


def shares_domain(a: str, b: str) -> bool:
    """Whether two items name one problem area in different words ('ISTQB test automation' ↔ 'exploratory testing')."""
    return bool(_distinct_domains(a, b))


def deed_object_head(highlight: str) -> str | None:
    """The stem of the head of what the deed acted on ('moved Ofori Juices planning from …' → 'planning')."""
    found = deed_object(highlight)
    stems = [s for s in (_stems(w) for w in found.split()) if s] if found else []
    return next(iter(stems[-1])) if stems else None


def result_misses(highlight: str, problem: str) -> bool:
    """Whether a highlight's result counts something the problem is not about: 'WhatsApp vaccine reminders,
    no-shows 19% -> 11%' counts no-shows, and 'vaccine stock runs out at month-end' is no no-show problem, though
    the deed shares a word with it. False when the highlight gives no change in numbers (its deed is all it says)
    or when its result answers the problem."""
    thing = measured_thing(highlight)
    if not thing or answers(highlight, problem) or same_measure(highlight, problem):
        return False
    # a problem stated as a measure is about what it measures ('energy costs up ~40%, mostly the dye boilers' is
    # about energy costs): a result counting another thing misses it, whatever word the aside shares
    measured = problem_measure(problem)
    if measured is not None:
        return not (_stems(thing) & _stems(measured)) and not (_domains(thing) & _domains(measured))
    # the process the deed changed is what the problem is about ('moved planning from Excel to SAP' ↔ 'planning lives
    # on a whiteboard'): the deed's object's head, not a word before it ('vaccine reminders' ↔ 'vaccine stock')
    done = deed_object_head(highlight)
    if done and done in _stems(problem):
        return False
    return not (_stems(thing) & _stems(problem)) and not (_domains(thing) & _domains(problem))


def _score(highlight: str, target: str, problem: bool = False) -> int:
    """How well a highlight relates to a topic or problem: by its main note ('licensed ham radio operator',
    not the aside 'track NOAA weather sats' that shares a word) and by what its result changed. To a problem
    of theirs, a highlight whose result counts something else relates not at all (`result_misses`)."""
    if problem and result_misses(highlight, target):
        return 0
    main = head(strip_i(highlight))  # 'P.Eng. (Manitoba), transfer to Ontario in progress': the P.Eng.
    if ROLE_OPENER.match(main) and ", " in highlight:  # 'as base chief pilot at Fort Nelson, reload turnaround …'
        main = head(strip_i(highlight.split(", ", 1)[1]))
    shared = len(_stems(main) & _stems(target)) + 2 * len(_distinct_domains(main, target))
    # a result counting what the target counts, in numbers of one kind ('pop coverage 71% -> 88%' ↔
    # '95% population coverage by 2028'): as strong as a result that answers a problem
    return shared + (3 if answers(highlight, target) or same_measure(highlight, target) else 0)


def pick_related(highlights: list[str], *targets: str | None, least: int = 1, problem: bool = False) -> str | None:
    """The highlight that shares most with the first target it relates to (at least `least`), else None;
    `problem`: the targets are problems of theirs, which a highlight relates to through what its result counts."""
    for target in targets:
        if not target:
            continue
        best = max(highlights, key=lambda item: _score(item, target, problem), default=None)
        if best is not None and _score(best, target, problem) >= least:
            return best
    return None


def usable(item: str) -> bool:
    """An item the writer may quote: words at all (not "." or "-"), not an instruction to a model, not pay
    talk, not a harsh verdict the negativity check would reject when said back to them ("we're bleeding
    money on …")."""
    from afterview.writer.fragments import dangling_that

    return (
        any(ch.isalnum() for ch in item)
        and not looks_like_instruction(item)
        and not talks_pay(item)
        and not harsh_verdict(item)
        and not dangling_that(item)
    )


def usable_items(items: list[str]) -> list[str]:
    return [i for i in items if usable(i)]


_NAMED = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*\b")  # 'EV', 'GloBE', 'NCEA', 'ISO9001'


def same_named_thing(update: str, news: str, company: str) -> bool:
    """Whether the candidate's update and the company's news name the same thing ('an EV safety course' and
    'an EV service bay'): an acronym or a name both use, not the company's own."""
    names = set(_NAMED.findall(update)) & set(_NAMED.findall(news))
    return bool(names - set(company.split()))
