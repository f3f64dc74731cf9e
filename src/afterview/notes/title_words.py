"""A job title jotted short, written out where the short word means one thing only: 'Development Assoc' →
'Development Associate', 'ops mgr' → 'operations manager', 'Sr. Data Analyst' → 'Senior Data Analyst'.

Words that could mean two ('Dev': developer or development, 'Acct': account or accountant, 'Eng': engineer or
engineering, 'Admin') are left as written. The case of each word is kept: 'mgr' → 'manager', 'Mgr' → 'Manager'.
"""

from __future__ import annotations

import re

_WORDS = {
    "assoc": "associate",
    "mgr": "manager",
    "ops": "operations",
    "coord": "coordinator",
    "dir": "director",
    "sr": "senior",
    "jr": "junior",
    "asst": "assistant",
    "mktg": "marketing",
    "supv": "supervisor",
    "spvr": "supervisor",
    "supt": "superintendent",
    "spec": "specialist",
    "exec": "executive",
    "mgmt": "management",
}
_SHORT = re.compile(r"\b(" + "|".join(_WORDS) + r")\b\.?", re.I)


def written_out(title: str) -> str:
    """The title with each unambiguous short word written out, in the case it was written."""

    def one(found: re.Match[str]) -> str:
        word = found.group(1)
        full = _WORDS[word.casefold()]
        if word.isupper() and len(word) > 1:  # 'SR DIR'
            return full.title()
        return full[0].upper() + full[1:] if word[0].isupper() else full

    return _SHORT.sub(one, title)
