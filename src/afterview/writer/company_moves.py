"""A change a company makes, said to one of its people: "the switch to X", never "your switch to X".

Notes say "their switch from antimony to sulphate fining", "our move to Madrid": the company's. Written to one
interviewer, "your switch" makes it that person's own; "the switch" keeps it the company's.
"""

from __future__ import annotations

import re

_MOVES = (
    "switch|move|shift|migration|transition|relocation|expansion|rollout|roll-out|launch|merger|acquisition|"
    "rebrand|conversion|reorg|reorganisation|reorganization|restructuring|pivot|changeover|cutover|upgrade"
)
# 'their planned move to …', 'our recent switch …': the owner word before (up to two words and) a change
COMPANY_MOVE = re.compile(rf"\b(?:their|our)\s+(?=(?:\w+ ){{0,2}}(?:{_MOVES})\b)", re.I)
