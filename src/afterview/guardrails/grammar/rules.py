"""Our own grammar rules for what Harper and LanguageTool both miss, one concept a module: comma splices and
long sentences (splices.py), a fragment spliced in after a comma (fragments.py),
agreement across a phrase (agreement.py), homophone and word-form slips (mixups.py)."""

from afterview.guardrails.grammar.agreement import agreement
from afterview.guardrails.grammar.fragments import spliced_fragments
from afterview.guardrails.grammar.mixups import word_mixups
from afterview.guardrails.grammar.splices import comma_splices, long_sentences

__all__ = ["agreement", "comma_splices", "long_sentences", "spliced_fragments", "word_mixups"]
