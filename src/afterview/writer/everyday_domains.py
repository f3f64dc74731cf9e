"""Families of words for one problem area of any workplace, whatever the trade: a short-staffed rota, thin
giving, returns from listings that show the wrong thing, a queue that grows. Two items that use different words of one
family are about one thing ('their lifeguard shortage' ↔ 'rotas for 35 lifeguards, sick-cover gaps 11/month -> 3/month';
'few monthly donors' ↔ 'grew the donor base'). Words are singular: a plural is read as its singular before lookup.
Small on purpose: a family joins words a careful reader would call one subject, never a whole field.
"""

from __future__ import annotations

EVERYDAY: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "staff staffing understaffed short-staffed shortage cover absence absent vacancy rota roster sick",
        "donor donation giving gift fundraising fundraiser supporter sponsor sponsorship",
        "return refund size sizing listing photo picture",
        "backlog queue waiting wait waitlist turnaround slot appointment",
        "visit visitor booking attendance footfall audience",
        "inspection inspect incident accident safety rigging hazard audit",
        "energy heating heat steam fuel electricity gas cost spend",
        "volunteer volunteering recruit recruitment retention",
        "child children kid junior youth teen teenager pupil youngster beginner novice",
    )
)

# Families of words that name one subject in different words (not one field's jargon): small on purpose.
RELATED: tuple[frozenset[str], ...] = (
    tuple(
        frozenset(group.split())
        for group in (
            "cable cabling wire wiring electrical electrician",
            "photo photograph photography photographer picture image shoot catalogue",
            "language english translate translation interpreter bilingual multilingual",
            "late delay delayed behind slip overrun backlog",
            "idle idling utilisation utilization",
            "stock stockout inventory shortage",
            "schedule scheduling rota roster shift fixture",
            "humidity humid damp moisture rain rainy wet monsoon warp",
            "mortality survival die-off",
            "shipping freight courier parcel delivery crate crating breakage damage",
            "forecast forecasting prediction",
            "generator genset power fuel",
            "fatigue tired rest",
            # kit that goes missing ↔ the work of keeping track of it (a checkout log, labels, an inventory)
            "missing lost misplaced checkout sign-out label labelled labeled labelling labeling tag tagged tagging",
            # the papers a shipment or a job waits on ↔ the work on those papers
            "paperwork document documentation doc certificate certification permit customs clearance",
            "record log logbook logging",
            "digital digitise digitize digitised digitized digitising digitizing scan scans scanned scanning scanner "
            "paperless electronic",
            # a ticket or a licence that lapses ↔ the work of tracking its expiry
            "certificate certification cert ticket licence license expiry expire expired renewal renew lapse lapsed",
            "safety incident injury lti near-miss accident rescue hse",
            # hiring ↔ a team grown ('grew the team 40 -> 310' is read as 'headcount' by writer/pair_weight.py)
            "hiring hire recruit recruiting recruitment headcount onboarding",
            "turnover attrition leaving leaver quit quitting retention",
        )
    )
    + EVERYDAY
)
