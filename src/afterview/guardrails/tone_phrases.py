"""The words and patterns the tone check looks for: pushy, desperate and over-familiar wording,
emoji, and the acronyms that are not shouting. Data only; the rules are in tone.py."""

from __future__ import annotations

import re

from afterview.draft import Severity

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today"
    r"|end of (?:the )?(?:day|week)|eod|eow|cob|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm))"
)
PUSHY: tuple[tuple[re.Pattern[str], Severity], ...] = (
    (
        re.compile(
            r"\bI (?:expect|need|require|must have|demand) (?:to hear|an? (?:answer|response|reply|decision"
            r"|update))\b",
            re.I,
        ),
        "error",
    ),
    (re.compile(r"\b(?:ASAP|a\.s\.a\.p\.?)\b|\bas soon as possible\b", re.I), "error"),
    (
        re.compile(
            rf"\b(?:let me know|get back to me|respond|reply|hear back|answer me|decide"
            rf"|tell me)\b[^.!?\n]{{0,30}}\bby {_DAY}\b",
            re.I,
        ),
        "error",
    ),
    (
        re.compile(
            rf"\b(?:I need|I'll need|I will need|I must know)\b[^.!?\n]{{0,40}}\bby {_DAY}\b"
            # a demand to be told: "I need to know where I stand this week"
            r"|\bI (?:really |urgently |simply )?(?:need|must|have) to (?:know|hear|get an answer)\b[^.!?\n]{0,40}"
            r"\b(?:where I stand|this week|today|tomorrow|by (?:the )?end of|within|right away|now|urgently|soon"
            r"|one way or the other|either way)\b",
            re.I,
        ),
        "error",
    ),
    (
        re.compile(
            r"\bjust (?:checking|following) (?:in|up) (?:once )?(?:again|more)\b|\b(?:following|checking) (?:up"
            r"|in) (?:once )?(?:again|more)\b",
            re.I,
        ),
        "warning",
    ),
    (re.compile(r"\bwhy (?:haven't|have you not|hasn't anyone)\b", re.I), "error"),
    (
        re.compile(r"\b(?:I have|I've) other offers?\b[^.!?\n]{0,40}\b(?:so|unless|must|need)\b", re.I),
        "error",
    ),
    (
        re.compile(r"\b(?:please )?(?:respond|reply) (?:immediately|right away|urgently|promptly)\b", re.I),
        "error",
    ),
)
DESPERATE = re.compile(
    r"\bI (?:really |truly |desperately |just )?need(?:ed)? this (?:job|role|position|offer)\b|\bI(?:'m| am) (?:so "
    r"|really )?desperate\b"
    r"|\bI(?:'m| am)? ?beg(?:ging)?\b|\bplease,? please\b|\bI(?:'ll| will) do anything\b"
    r"|\bplease (?:just )?give me a chance\b"
    r"|\b(?:my|this is my) (?:last|only) (?:hope|chance)\b|\bI can(?:no|')t afford (?:to lose|not to get)\b"
    r"|\bI(?:'ve| have) been (?:unemployed|out of work) (?:for|since)\b"
    # bargaining the role down: "I would gladly accept a more junior position", "I'd take a lower salary"
    r"|\bI(?:'d| would) (?:\w+ ){0,3}?(?:accept|take|settle for|consider) (?:a |an |any )?(?:more junior|junior|lower"
    r"|lesser|reduced|smaller|any other) (?:[\w-]+ )?(?:role|position|job|title|salary|pay|level|grade|offer)\b",
    re.I,
)
FAMILIAR_SIGNOFF = re.compile(
    r"^(?:love|lots of love|xoxo+|xx+|later|laters|peace|cya|see ya|hugs|ttyl|catch you later|luv)\b[!,.]*",
    re.I,
)
CASUAL_SIGNOFF = re.compile(r"^(?:cheers|ciao|take it easy|ta)\b[!,.]*", re.I)  # fine where the culture is casual
# A formal opening: "Dear ...", or a title and a surname ("Hello Ms. Campbell,", "Good morning Dr Lim,").
FORMAL_GREETING = re.compile(
    r"^(?:dear\b|(?:hi|hello|good (?:morning|afternoon|evening))\s+(?:mr|mrs|ms|miss|dr|prof|professor|sir|madam)\b)",
    re.I,
)
FAMILIAR_GREETING = re.compile(r"^(?:hey|hiya|yo|sup|howdy|heya)\b", re.I)
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]|(?<!\\w)[:;]-?[)(DPp](?!\\w)|(?<![\\w<])<3(?!\\d)")
ACRONYMS = frozenset(
    [
        "AI",
        "API",
        "APIS",
        "AWS",
        "GCP",
        "SQL",
        "NOSQL",
        "CEO",
        "CTO",
        "CFO",
        "COO",
        "CPO",
        "VP",
        "SVP",
        "EVP",
        "HR",
        "QA",
        "UI",
        "UX",
        "ML",
        "SRE",
        "PM",
        "TPM",
        "US",
        "USA",
        "UK",
        "EU",
        "NYC",
        "SF",
        "LA",
        "PHD",
        "MBA",
        "BS",
        "BA",
        "MS",
        "JSON",
        "HTTP",
        "HTTPS",
        "REST",
        "RPC",
        "GRPC",
        "CI",
        "CD",
        "CICD",
        "SAAS",
        "B2B",
        "B2C",
        "OK",
        "ETL",
        "LLM",
        "LLMS",
        "NLP",
        "GPU",
        "CPU",
        "OKR",
        "OKRS",
        "KPI",
        "KPIS",
        "IPO",
        "SDK",
        "SLA",
        "SLO",
        "SLOS",
        "P99",
        "DNS",
        "TLS",
        "SSO",
        "IAM",
        "EC2",
        "S3",
        "RDS",
        "K8S",
        "CDN",
        "PR",
        "PRS",
        "ID",
        "IDS",
        "IT",
        "IOT",
        "AR",
        "VR",
        "GDPR",
        "SOC",
        "PCI",
        "HIPAA",
        "MVP",
        "ROI",
        "FAQ",
        "PDF",
        "URL",
        "CSV",
        "XML",
        "HTML",
        "CSS",
        "JS",
        "TS",
        "AM",
        "PM",
        "EST",
        "PST",
        "CST",
        "UTC",
        "GMT",
        "CV",
        "I",
        "II",
        "III",
        "IV",
        "NASA",
        "FTP",
        "SSH",
        "VPN",
        "AGM",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "PS",
        "IOS",
        "GKE",
        "EKS",
        "ECS",
        "SQS",
        "SNS",
        "VPC",
        "CQRS",
        "OAUTH",
        "SAML",
        "RBAC",
        "CRDT",
        "CRDTS",
        "FIFO",
        "ACID",
        "YAML",
        "ASCII",
        "POSIX",
        "CUDA",
        "WASM",
        "NVME",
        "OLAP",
        "OLTP",
        "SMTP",
        "IMAP",
        "LDAP",
        "CISSP",
        "CCNA",
        "PMP",
        "CFA",
    ]
)
SHOUT_WORDS = frozenset(
    [
        "VERY",
        "REALLY",
        "MUST",
        "NOW",
        "ALL",
        "SO",
        "LOVE",
        "YES",
        "WOW",
        "THANK",
        "THANKS",
        "YOU",
        "MUCH",
        "HUGE",
        "BEST",
        "GREAT",
        "NEED",
        "PLEASE",
        "NOT",
        "NEVER",
        "ALWAYS",
        "ANY",
        "EXCITED",
        "THE",
        "AND",
        "AMAZING",
        "URGENT",
        "IMPORTANT",
        "TRULY",
        "SUPER",
        "DEFINITELY",
    ]
)


# Chatty words: fine in most notes, too familiar for a formal company or an executive.
CHATTY = re.compile(
    r"\b(?:you guys|a blast|awesome|super (?:interesting|fun|cool|keen|excited|helpful|useful)|totally (?:up for|keen"
    r"|into|agree)|I reckon|flick (?:over|across|through)|can't wait to get stuck in|get stuck in(?:to)?|no worries"
    r"|heaps|a ton|kinda|pretty stoked|so stoked|grab (?:a |some )?(?:coffee|beer|drink|bite|lunch)|say hi to)\b",
    re.I,
)
# Slang and over-familiar wording anywhere in the text (greetings and sign-offs have their own rules above),
# each with what to write instead. Single words that the notes themselves use (a product called "Buddy")
# are left alone.
_NOT_A_PAL = r"(?<!onboarding )(?<!study )(?<!coding )(?<!code )(?<!mentor )(?<!mentoring )(?<!review )"
_NOT_A_SCHEME = r"(?![ -](?:system|program|programme|scheme))"
OVER_FAMILIAR: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            _NOT_A_PAL + r"\b(?:buddy|dude|bro|bruh|homie|compadre|amigo|amiga|hermano|habibi)\b" + _NOT_A_SCHEME,
            re.I,
        ),
        "Address them by name.",
    ),
    (re.compile(r"\b(?:lol|lmao|rofl|(?:ha){2,}h?|he(?:he)+|omg|omfg)\b", re.I), "Remove it."),
    (re.compile(r"\b(?:btw|tbh|imo|imho|idk|ngl|tho)\b", re.I), "Write it out ('by the way', 'to be honest'...)."),
    (
        re.compile(r"\b(?:gonna|wanna|gotta|kinda|sorta|dunno|lemme|gimme|y'all|ya'll)\b", re.I),
        "Write it out ('going to', 'want to', 'have to'...).",
    ),
    (re.compile(r"\b(?:yeah|yep|yup|nope|nah)\b", re.I), "Use 'yes' or 'no'."),
    (
        re.compile(r"\b(?:thx|thnx|tnx|pls|plz|luv|xoxo+|love ya|miss ya)\b", re.I),
        "Write it out in full, or remove it.",
    ),
    (re.compile(r"(?<![\w'-])(?:u|ur)(?![\w'.-])"), "Write 'you' or 'your'."),
    (
        re.compile(
            r"\b(?:super|so|really|totally|very|pretty|real) (?:pumped|stoked|psyched|jazzed|hyped)\b"
            r"|\b(?:pumped|stoked|psyched|jazzed|hyped)(?: up)? (?:about|for|to)\b",
            re.I,
        ),
        "Say you are 'excited about' or 'keen to' instead.",
    ),
    (
        re.compile(
            r"\b(?:grab|get|have|share|down|sink|catch up over) (?:a |some |a few |a couple of |a couple )?(?:cold )?"
            r"(?:beers?|drinks?|pints?|brews?|cocktails?)\b|\bhang out\b|\bhit me up\b",
            re.I,
        ),
        "Offer to continue the conversation instead, e.g. 'I would be glad to talk further'.",
    ),
)

# Flattery past belief: superlatives about them or the company, hero words, a dream come true.
GUSHING = re.compile(
    r"\b(?:the|my) (?:single )?most (?:inspiring|inspirational|amazing|incredible|impressive|brilliant|talented"
    r"|wonderful|visionary|extraordinary) (?:[\w-]+ ){0,2}(?:I(?:'ve| have)? ever (?:met|seen|worked with|spoken"
    r" (?:to|with)|heard)|in the (?:world|industry)|of all time|on the planet)\b"
    r"|\b(?:the )?(?:best|greatest|most amazing|coolest) (?:[\w-]+ ){0,2}(?:in the (?:world|universe)|of all time"
    r"|on the planet|ever created)\b"
    r"|\b(?:you(?:'re| are)|you were) (?:an? |the |such an? |truly an? |honestly an? )?(?:absolute )?(?:legend|genius"
    r"|rock ?star|hero|icon|superstar|visionary|inspiration to (?:us all|everyone))\b"
    r"|\b(?:my|a) dream (?:job|company|role|team|employer) come true\b|\b(?:absolutely|completely|totally|utterly)"
    r" (?:in love with|obsessed with|blown away by everything)\b",
    re.I,
)

# Presuming the decision or promising the moon: "we both know I'm the right person", "let's not drag this out".
PRESUMING = re.compile(
    r"\bwe both know\b|\b(?:I(?:'m| am)|I'd be) (?:clearly|obviously|definitely|undoubtedly|certainly|simply) the"
    r" (?:right|best|ideal|perfect|only) (?:person|candidate|fit|choice|hire)\b"
    r"|\blet(?:'s| us) not (?:drag|draw) (?:this|it|things) out\b|\bwaiting by the phone\b"
    r"|\bthe sooner the better\b|\bI (?:can )?guarantee\b|\byou won(?:'t| not) regret\b|\ba no[- ]brainer\b"
    r"|\byou can stop worrying\b|\bconsider (?:it|that|them) (?:done|sorted|fixed|solved)\b",
    re.I,
)
