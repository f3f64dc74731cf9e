"""Count the stock lines in our offline thank-yous over the spent writer_blind sets: sentences that fit any letter.

    python bench/stock_lines.py [--show 10] [SET_DIR ...]     (default: writer_blind30 … writer_blind39)

A stock line says nothing only this letter could say: an offer of "that experience" to "the team", an offer to explore
"something similar" with no approach named, thanks "for sharing your expertise", the padding lines a thin note takes
("I am happy to send anything that would help in the meantime."). STOCK lists every such sentence the templates
(prompts/fallback/*.j2) can emit, as patterns; the bench prints how many each thank-you holds. Spent sets only: a
development count, not evidence of quality.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

from writer_self_check import spent_drafts

from afterview.vocabulary import Kind

# the sentences that fit any letter, as the templates can emit them (a value tail is the part after the result)
STOCK: tuple[str, ...] = (
    r"bring that experience to the (?:team|position)",
    r"(?:put|putting) (?:that experience|what I learned there) to work for the team",
    r"that experience would (?:serve the team well|be of real use to the team)",
    r"the kind of work I would bring to the team",
    r"whether (?:something similar|a similar approach) would (?:suit your team|work here|work for your team)",
    r"exploring whether a similar approach fits here",
    r"sharing your expertise",
    r"learn from the (?:people I met|team)",
    r"answers to my questions",
    r"answer(?:ed)? my questions",
    r"I am happy to send anything that would help",
    r"go into more detail on anything we covered",
    r"free for a follow-up call at any point",
    r"expand on any part of my experience",
    r"Should anything further help your decision",
    r"available for a further conversation at your convenience",
    r"Please let me know if any further questions come up",
    r"glad to hear how things move forward",
    r"share more about my background",
    r"glad to meet more of the team",
    r"a work sample would help",
    r"send references|provide references",
    r"contribute to the organization's work",
    r"proud to be part of|honored to be part of|proud to represent the team|grow with the",
    r"bring that same care to",
    r"a real step forward for me|a significant step for me",
    r"(?:continue|continuing) (?:the|our) conversation|talk again|speak again|discuss the position further",
    r"at your disposal",
    r"examples of my work",
    r"see you again before long|our paths cross again|meet again",
    r"people who care about the work|colleagues who care about the work",
    r"a lot to think about|a good deal to reflect on",
    r"how the work (?:gets done|is done) day to day",
)
_PATTERN = re.compile("|".join(f"(?:{s})" for s in STOCK), re.I)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def stock_sentences(body: str) -> list[str]:
    """The sentences of `body` that are stock lines."""
    return [s.strip() for s in _SENTENCE.findall(body) if _PATTERN.search(s)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="writer_blind set directories (default: 30–39)")
    parser.add_argument("--show", type=int, default=10, help="print the most frequent stock sentences")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    sets = args.sets or [here / f"writer_blind{n}" for n in range(30, 40)]
    letters = 0
    per_letter: collections.Counter[int] = collections.Counter()
    lines: collections.Counter[str] = collections.Counter()
    for _where, planned, draft in spent_drafts(sets):
        if planned.kind is not Kind.thank_you:
            continue
        letters += 1
        found = stock_sentences(draft.body)
        per_letter[len(found)] += 1
        lines.update(found)
    total = sum(n * k for n, k in per_letter.items())
    print(f"thank-yous {letters}  stock lines {total}  per letter {total / max(letters, 1):.2f}")
    print("letters by stock lines: " + "  ".join(f"{n}: {per_letter[n]}" for n in sorted(per_letter)))
    print(f"letters with more than one: {sum(k for n, k in per_letter.items() if n > 1)}")
    for sentence, count in lines.most_common(args.show):
        print(f"{count:4d}  {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
