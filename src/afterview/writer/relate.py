"""Whether two notes items are about the same thing, so a highlight is tied to a problem only when
they share something (a word stem or a small domain), and which items the writer may quote at all."""

from __future__ import annotations

import re

from afterview.guardrails.negative_acts import harsh_verdict
from afterview.notes.injection import looks_like_instruction, talks_pay
from afterview.writer.shapes import lemmas

# Words that say nothing about what a problem is about.
_GENERIC = set(
    "team teams work role company people new process processes thing things time year years way how what why "
    "data project projects system systems product products business client clients customer customers "
    "service services user users build built building led lead leading manage managed management help "
    "helped improve improved improving run ran running make made use used using across over per "
    "week weeks month months day days cost costs spend spending money fee fees saving savings cut "
    "migration migrate migrating migrated move moving the a an "
    "and or of for to in on at by with from our their your my we they you it is are was be been this that "
    "every each all more most some many much "
    # numbers, places in time and in an organisation: shared by items about anything
    "one two three four five six seven eight nine ten twelve first second third last next year-round "
    "unit units site sites office offices floor line lines group groups side part parts level levels "
    "night nights morning mornings weekend weekends quarter quarters still after before since "
    "get got take took keep kept start started want wants need needs".split()
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


def _stems(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[a-z][a-z0-9-]*", _EMPLOYER.sub(" ", text).lower()):
        if word in _GENERIC or len(word) < 3:
            continue
        found = lemmas(word)
        base = next(iter(found.values()))[0].lower() if found else word
        if base in _GENERIC:
            continue
        out.add(base[:7] if len(base) >= 8 else base)
    return out


def _domains(text: str) -> set[int]:
    words = set(re.findall(r"[a-z0-9][a-z0-9-]*", text.lower()))
    return {n for n, group in enumerate(DOMAINS) if words & group}


def strength(a: str, b: str) -> int:
    """How much two items share: one point per shared word stem, two for a shared domain."""
    return len(_stems(a) & _stems(b)) + 2 * len(_domains(a) & _domains(b))


def related(a: str, b: str) -> bool:
    """Whether two items are about the same thing: a shared word stem or a shared domain."""
    return strength(a, b) > 0


def pick_related(highlights: list[str], *targets: str | None, least: int = 1) -> str | None:
    """The highlight that shares most with the first target it relates to (at least `least`), else None."""
    for target in targets:
        if not target:
            continue
        best = max(highlights, key=lambda item: strength(item, target), default=None)
        if best is not None and strength(best, target) >= least:
            return best
    return None


def usable(item: str) -> bool:
    """An item the writer may quote: not an instruction to a model, not pay talk, not a harsh verdict the
    negativity check would reject when said back to them ("we're bleeding money on …")."""
    return not looks_like_instruction(item) and not talks_pay(item) and not harsh_verdict(item)


def usable_items(items: list[str]) -> list[str]:
    return [i for i in items if usable(i)]
