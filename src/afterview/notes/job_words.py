"""The words a job is said with, shared by the readers of a paste's job line and of who was met."""

from __future__ import annotations

import re

# Words for a job, beyond the title words import_people knows: 'Inventory Planner', 'Staff Nurse'.
JOB_WORD = re.compile(
    r"\b(?:manager|mgr|dir|engineer\w*|developer|designer|analyst|scientist|architect|lead|head|director|officer|"
    r"specialist|coordinator|consultant|administrator|assistant|associate|assoc|asst|coord|planner|accountant|nurse|teacher|"
    r"technician|writer|editor|marketer|representative|rep|advisor|adviser|agent|buyer|programmer|researcher|"
    r"strategist|intern|clerk|supervisor|owner|partner|producer|recruiter|tester|operator|controller|auditor|"
    r"counsel|lawyer|paralegal|pharmacist|therapist|chef|driver|electrician|mechanic|librarian|instructor|"
    r"tutor|generalist|executive|vp|cto|ceo|cfo|coo|rn|lpn|cna|worker|caseworker|aide|counselor|counsellor|coach|"
    r"caregiver|attendant|cashier|teller|receptionist|secretary|bookkeeper|dispatcher|custodian|janitor|inspector|"
    r"investigator|estimator|foreman|superintendent|supv|spvr|supt|machinist|welder|carpenter|plumber|installer|handler|stocker|"
    r"merchandiser|barista|cook|housekeeper|paramedic|medic|hygienist|physician|psychologist|social worker|"
    r"curator|archivist|registrar|conservator)s?\b",
    re.I,
)
DASHED = re.compile(r"\s+[-–—|]\s+")  # the dash between the parts of a job line
