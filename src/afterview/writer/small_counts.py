"""A small count the notes jot in digits, said in words in a sentence: 'US importer dropped 2 of their SKUs' → "the US
importer dropped two of your SKUs", 'lost 3 cellar hands' → "lost three cellar hands". A measure ('3 hrs', 'from 2 to
5', '2 x 18 MW'), a figure with a unit or a decimal, and any number over nine keep their digits."""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED

# a digit 2-9 standing alone (never the end of a span, 'from 2 to 5 days', 'by 3 points') before a plural noun (up
# to two words before it) or before 'of the/your/…'
_SMALL_COUNT = re.compile(
    r"(?<![\w.,:/£$€-])(?<!to )(?<!from )(?<!by )(?<!or )([2-9])"
    r"(?= (?:(?!(?:hrs|yrs|wks|mins|secs|kms|kgs|lbs|pcs|pm|am)\b)(?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*s\b"
    r"|of (?:the|your|their|our|its|these|those|them|us)\b))"
)


def in_words(text: str) -> str:
    """The text with each small count before a plural noun or 'of the …' said as a word."""
    return _SMALL_COUNT.sub(lambda m: SPELLED[m[1]], text)
