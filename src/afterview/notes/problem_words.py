"""Problem-speak: the words a person jots for a problem the team has, whether or not they say 'problem'.

A shortfall ('short 2 seniors', 'only 2 educators', 'not enough', 'lack of'), a failure ('fails', 'breaks',
'crashes', 'outages', 'misses badly'), errors and data faults ('error rate', 'gaps/dupes', '~8% missing'), slowness
and piling up ('slow', 'backlog', 'behind', 'lagging'), people leaving ('turnover', 'no-showing'), and the plain
complaints ('a mess', 'painful', 'a nightmare'). Read by the paste reader (paste_said.problem_said) and by
import's check of a challenge's line (import_fit).
"""

from __future__ import annotations

import re

PROBLEM_SPEAK = re.compile(
    r"\b(?:swamped|slammed|short[- ]?(?:staffed|handed)|short\s+(?:\d+|a|an|one|two|three|four|five|some|several)\b|"
    r"short on|shortfalls?|shortages?|not enough|too few|too many|lacks?|lacking|lack of|"
    r"only\s+(?:\d+|one|two|three)\b|"
    r"under[- ]?staffed|overworked|overwhelmed|overloaded|stretched thin|messy|a mess|bad|worse|struggl\w*|behind|"
    r"backlog\w*|piling up|turnover|attrition|churn\w*|no[- ]?show\w*|slow\w*|lag(?:s|gy|ging)?|latency|"
    r"broken|"
    r"(?<!lunch )(?<!coffee )(?<!tea )breaks?(?!\s+(?:room|area|time|schedules?|policy|policies))|breaking|"
    r"breakdowns?|fail(?:s|ed|ing|ures?)?|crash(?:es|ed|ing)?|outages?|downtime|flaky|"
    r"fragile|brittle|unreliable|inaccura(?:te|cy)|wrong|errors?|error[- ]rates?|mistakes?|bugs?|buggy|glitch\w*|"
    r"miss(?:es|ed|ing)|gaps?|dupes?|duplicat(?:es|ed|ion)|drop(?:s|ped|ping)\s+(?:off|out)|leak(?:s|ing|y)?|"
    r"losing|stuck|stalled|blocked|blockers?|overdue|over budget|"
    r"pain(?:ful)?|pain points?|burn(?:ed|t)?[- ]?out|burnout|bottlenecks?|chao(?:s|tic)|late|delay(?:s|ed)?|"
    r"problems?|issues?|can'?t keep up|drowning|outdated|keeps?\s+[\w-]+ing|"
    r"off\s+by|(?:still|all|mostly|very|too|super|really|so|totally)\s+manual|manually|by hand|pil(?:e|es|ed|ing)\s+up|"
    r"(?:way\s+)?too\s+(?:long|slow|many|few|much|hard|late|expensive|manual)|takes?\s+(?:forever|ages)|"
    r"lost|loses|run(?:s|ning)?\s+out\s+of|ran\s+out\s+of|stretched|"
    r"(?:can'?t|cannot|can[’]t|unable\s+to|struggle\s+to)\s+(?:find|hire|keep|get|fill|scale|handle|trust|track|see)|"
    r"dropp(?:ed|ing)|declin(?:e|ed|es|ing)|falling|fell|(?:nobody|no one)\s+(?:owns|knows|has|maintains|checks)|"
    r"rates?(?:\s+[\w-]+){0,3}?\s+(?:is|are|'s)\s+(?:(?:way|too|really|very|pretty|so)\s+)?"
    r"(?:high|up|rising|climbing|through the roof)|rates?\s+(?:way\s+|too\s+)?(?:high|up|rising|climbing)|"
    r"re-?work|redoing|junk|garbage|useless|unusable|clunky|janky|hacky|duct[- ]taped?|firefight\w*|workarounds?|"
    r"inconsisten(?:t|cy|cies)|silo(?:s|ed)|fragmented|disconnected|complaints?|expensive|"
    r"hard to (?:hire|fill|keep|retain)|tough|rough|bumpy|shaky|quit(?:ting)?|leaving|awful|terrible|horrible|"
    r"nightmare|brutal|(?:a )?disaster|killing (?:us|them|the team)|"
    # 'total mess', 'cooler dies in summer', 'big worry', 'eats 2 days/month', 'phones ringing off the hook',
    # 'nobody trained yet', 'scheduling unfair', 'clients on hold 20 min'
    r"(?:total|complete|big|hot|such a|real)\s+mess|dies|died|dying|(?<!no )worr(?:y|ies|ied|ying)|unfair|"
    r"eats?\s+(?:up\s+)?(?:\d+|a|an|half|whole|two|three)\s*(?:\w+\s+)?(?:hours?|hrs?|days?|weeks?|wks?)|"
    r"eating\s+(?:up\s+)?(?:\d+|a|an|half|whole)|"
    r"(?<![\w-])no\s+(?:real|proper|good|formal|clear|central|single|dedicated|documented|written|shared)\s+\w+|"
    r"(?:^|(?<=[,;:]\s))(?:still\s+)?no\s+(?:data|documentation|docs|process|training|backups?|owner|budget|plan|"
    r"system|tooling|standards?|handoffs?|coverage|visibility|tracking|reporting|dictionary)\b|"
    r"takes?\s+(?:about\s+|like\s+|~)?\d+\s*(?:\+\s*)?(?:hrs?|hours?|days?|weeks?|wks?|months?)|"
    r"off\s+the\s+hook|off\s+hook|on\s+hold|(?:nobody|no one|no-one)\s+(?:\w+\s+)?(?:trained|owns|knows|checks|"
    r"maintains|updates|wants)|not\s+(?:yet\s+)?trained|untrained|under[- ]?trained|over-?order\w*|"
    r"runs?\s+out|expir(?:e|es|ed|ing)\b(?=.*\b(?:meds?|stock|inventory|food|produce|product)\b)|"
    r"(?:can'?t|cannot|can[’]t)\s+(?:keep|stay|retain)|understaff\w*|overstretch\w*|overbook\w*|overdue|"
    # 'the 3D printers sit idle most wks', 'the new lab is underused', 'kit gathering dust': bought and not used
    r"(?:sits?|sitting|sat|lies|lying|stands?|standing)\s+(?:idle|unused|empty)|idle\s+most|unused|under-?used|"
    r"under-?utili[sz]ed|(?:gathering|collecting)\s+dust)\b",
    re.I,
)


def problem_speak(text: str) -> bool:
    """The words say a problem: a shortfall, a failure, an error rate, something missing, slow or piling up."""
    return PROBLEM_SPEAK.search(text) is not None
