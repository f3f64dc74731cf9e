"""The article a jotted singular noun needs when an adjective comes first: notes drop it ('the roll-out of new CMMS',
'moving to new ERP', 'built new scheduling tool'); a letter says 'the roll-out of a new CMMS', 'moving to a new ERP'.

Only after a preposition or a verb (a deed's past form, a gerund), only for a small set of adjectives that say which
one of a kind ('new', 'legacy', 'single' …), and only before an acronym of a kind of system (CMMS, ERP, CRM …) or a
lower-case count noun (writer/countable.py). A product's own name ('new Salesforce', 'new SAP S/4HANA') keeps none;
a plural, a mass noun and a phrase with its own determiner stay as they are.
"""

from __future__ import annotations

import re

from afterview.writer.article_sound import article_for
from afterview.writer.lemma import lemmas

# the adjectives notes put where an article belongs ('of new CMMS', 'to single ERP')
_ADJECTIVES = (
    "new|old|legacy|single|shared|central|centralised|centralized|modern|proper|dedicated|better|bigger|smaller|"
    "second|custom|bespoke|unified|standard|formal|digital|cloud-based|in-house|company-wide|plant-wide|full|"
    "structured|simple|cheaper|faster"
)
# acronyms that name a kind of system, not one product ('a new CMMS', never 'a new SAP')
_KINDS = frozenset(
    "CMMS ERP CRM WMS MES LMS HRIS HRMS EHR EMR ATS POS TMS PLM CMS DMS QMS PIM SCADA HMI PLC API BMS EAM CAFM "
    "MRP APS OMS IVR PMS LIMS BI KPI SOP".split()
)
_PREPOSITIONS = (
    "of|to|on|for|with|into|onto|from|about|around|behind|via|through|toward|towards|across|under|after|before|"
    "without|than|like"
)
_BEFORE = re.compile(
    rf"\b(?P<lead>(?:{_PREPOSITIONS})|[a-z]+ing|[a-z]+ed|built|bought|ran|led|set up|chose|picked|wrote|made|got|"
    rf"need|needs|want|wants|building|buying)\s+(?P<adj>(?:{_ADJECTIVES}))\s+(?P<noun>[A-Za-z][\w-]*)(?P<next>\s+\S+)?"
)
_NOT_LEAD = frozenset("during being having something thing anything nothing everything string spring bring".split())


def _needs_article(noun: str, after: str) -> bool:
    """Whether `noun` (and the word after it) is a singular a count noun's article belongs before."""
    nxt = after.strip().strip(",.;:)").lower()
    if noun in _KINDS:
        # 'a new CMMS roll-out' too; never 'new CRM systems' (a plural head after it) or a named product's word
        return not (nxt.endswith("s") and not nxt.endswith("ss") and "NOUN" in lemmas(nxt) and nxt not in _KINDS)
    if not noun.islower() or (noun.endswith("s") and not noun.endswith(("ss", "us", "is"))):
        return False
    if after.strip()[:1].isalpha() and after.strip().islower() and "NOUN" in lemmas(nxt):
        return False  # 'new scheduling tool', 'new safety boots': the head is later; leave it to the last gate
    from afterview.writer.countable import countable

    return "NOUN" in lemmas(noun) and countable(noun) is True


def adjective_articles(text: str) -> str:
    """`text` with 'a'/'an' before an adjective and a singular count noun jotted without one (module doc)."""

    def one(m: re.Match[str]) -> str:
        lead = m.group("lead")
        if lead.lower() in _NOT_LEAD or not _needs_article(m.group("noun"), m.group("next") or ""):
            return m.group(0)
        if lead.endswith(("ing", "ed")) and "VERB" not in lemmas(lead.lower()) and lead.lower() not in _FORMS:
            return m.group(0)  # 'ceiling', 'bed': no verb
        rest = m.group(0)[len(lead) :].lstrip()
        return f"{lead} {article_for(m.group('adj'))} {rest}"

    return _BEFORE.sub(one, text)


_FORMS = frozenset("moving migrating implementing choosing adopting rolling buying building".split())
