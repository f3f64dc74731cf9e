"""The clipped words people jot in interview notes and the words they stand for ("wks" → "weeks", "mgr" →
"manager"): one table for the writer, which writes them out (writer/shorthand.py), and for the checks,
which read a draft's full word as supported by the notes' clipped one (guardrails/notes_forms.py)."""

from __future__ import annotations

CLIPPED_UNITS = {
    "wk": "week", "wks": "weeks", "yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours", "min": "minute",
    "mins": "minutes", "mo": "month", "mos": "months", "mth": "month", "mths": "months", "sec": "second",
    "secs": "seconds", "wkd": "weekend", "wknd": "weekend", "pp": "pages",
}  # fmt: skip
# Clipped words (not units) and what a letter writes instead.
CLIPPED_WORDS = {
    "mgr": "manager", "mgrs": "managers", "mgmt": "management", "dept": "department", "depts": "departments",
    "govt": "government", "gov't": "government", "b/c": "because", "bc/": "because", "w/o": "without",
    "approx": "about", "approx.": "about", "esp": "especially", "esp.": "especially", "thru": "through",
    "ppl": "people", "mtg": "meeting", "mtgs": "meetings", "convo": "conversation", "int'l": "international",
    "intl": "international", "yoy": "year on year", "q&a": "Q&A",
    "re:": "about", "aka": "also known as", "w/in": "within", "tmrw": "tomorrow",
    "cert": "certificate", "certs": "certificates", "bldg": "building", "bldgs": "buildings", "eval": "evaluation",
    "evals": "evaluations", "abt": "about", "qtr": "quarter", "qtrs": "quarters",
    "appt": "appointment", "appts": "appointments", "mktg": "marketing",
    "btwn": "between", "bc": "because", "wd": "would", "shd": "should", "b4": "before",
    "e-comm": "e-commerce", "ecomm": "e-commerce", "ops": "operations", "mfg": "manufacturing", "biz": "business",
    "comms": "communications", "reqs": "requirements", "mgmt.": "management",
    "incl": "including", "incl.": "including", "excl": "excluding", "excl.": "excluding", "avg": "average",
    "prev": "previous", "refs": "references", "asst": "assistant", "asst.": "assistant", "assoc": "associate",
    "coord": "coordinator", "maint": "maintenance", "equip": "equipment", "sr": "senior", "jr": "junior",
    "cttee": "committee", "ctte": "committee", "cmte": "committee", "cttees": "committees", "rn": "right now",
    "atm": "at the moment", "govt.": "government", "yday": "yesterday", "hq": "headquarters", "pax": "passengers",
    "calc": "calculation", "calcs": "calculations", "qty": "quantity", "amt": "amount", "proj": "project",
    "projs": "projects", "sched": "schedule", "whse": "warehouse", "acct": "account", "accts": "accounts",
    "supv": "supervisor", "info": "information", "perf": "performance", "intro": "introduction",
    "specs": "specifications", "doc": "document", "docs": "documents", "cust": "customer", "custs": "customers",
}  # fmt: skip

# Numbers in words, for the checks (a draft's "three" is the notes' 3) and the writer (a small count in a sentence
# is a word: "a team of three").
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1000000,
    "dozen": 12,
}
# "3" → "three": the small counts a letter writes in words
SPELLED = {str(n): word for word, n in NUMBER_WORDS.items() if n <= 12 and word != "dozen"}
