"""`afterview new`'s question of when they decide: asked, or read from pasted notes, and read back in place;
'next Friday' said early in the week asks which Friday; 'no follow-up' kept as their wish."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from afterview.notes.answers import _no_follow_up
from afterview.notes.decision_said import _day_said, _pick, _which_week, read_as
from afterview.notes.markdown import labels
from afterview.notes.model import FIRST_YEAR, LAST_YEAR
from afterview.notes.plain_time import weekday_clash
from afterview.notes.question import AskLoop, Question, _check


class DecisionQuestions(AskLoop):
    """The decision date's questions; `today` and `said` (the answer as typed) are the questionnaire's."""

    today: date
    now: datetime | None
    said: str
    decision_said_back: bool

    def _decide(self, interview_day: date) -> tuple[date | None, bool]:
        """When they decide, read back in place; 'next Friday' said early in the week asks which Friday."""
        question = Question(
            "interview.decision_by",
            "When did they say they would decide?",
            "e.g. Dec 4, Friday, in two weeks; add 'no follow-up' if they asked you not to; Enter if they did not say",
            required=False,
        )
        decision, silent = self._get(question, lambda text: self._decision(text, interview_day))
        return self.confirm_decision(decision, silent, interview_day, question)

    def confirm_decision(
        self, decision: date | None, silent: bool, interview_day: date, question: Question | None = None
    ) -> tuple[date | None, bool]:
        """The decision date read back; 'next Friday' (the words in `self.said`) asks which Friday."""
        question = question or Question("interview.decision_by", "When did they say they would decide?", required=False)
        while decision is not None:
            ref = max(interview_day, self.today)
            both = _which_week(decision, ref, self.said)
            if both is None:  # one reading: Enter keeps it, a new answer replaces it (and is read back)
                said = self.said or ""
                shown = read_as(said, decision)  # "'early january' (read as Fri 08 Jan 2027)": the rule's reading
                clash = weekday_clash(said, decision)
                if clash:  # 'Fri the 17th': the day of the month is kept, the weekday said not to match
                    shown = f"{shown} (your notes say '{clash}', but the {_nth(decision.day)} is a {decision:%A})"
                check = _check(question, shown, "another date")
                again = self._get(check, lambda text: self._decision(text, interview_day) if text else None)
                if again is not None and again[0] is not None and _plain_date(self.said, again[0]):
                    decision, silent = again[0], silent or again[1]  # 'Dec 18' typed over it: kept, not asked again
                    self.say(f"  understood: {decision:%a %d %b %Y}")
                    break
            else:  # 'next Friday' on a Wednesday: this week's, or the week after's? Enter: the week after's
                near, far = both
                check = Question(
                    question.key,
                    f"  next {far:%A}: this week's, {near:%a %d %b}, or the week after, {far:%a %d %b}?",
                    f"Enter for {far:%a %d %b}, or type {near.day}, {far.day} or another date",
                    required=False,
                )
                again = self._get(check, functools.partial(self._choose, near=near, far=far, day=interview_day))
                if again is None or again[0] in both:
                    decision = far if again is None else again[0]
                    self.say(f"  understood: {decision:%a %d %b %Y}")
                    break
            if again is None:
                break
            decision, silent = again[0], silent or again[1]
        return decision, silent

    def _choose(self, text: str, near: date, far: date, day: date) -> tuple[date | None, bool] | None:
        """This week's or the week after's ('this week', '11', 'the week after'), or another date; Enter: None."""
        return (_pick(text, near, far) or self._decision(text, day)) if text else None

    def _decision(self, text: str, interview_day: date) -> tuple[date | None, bool]:
        text, silent = _no_follow_up(text)
        self.said = text
        if not text or labels.norm(text) in ("no", "n", "none", "not said", "dont know", "unknown", "they did not say"):
            return None, silent
        day = _day_said(text, max(interview_day, self.today))
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError(f"{day.isoformat()} is not a plausible date (year {day.year}); check the year")
        if day < interview_day:
            raise ValueError(f"{day.isoformat()} is before the interview ({interview_day.isoformat()})")
        return day, silent


def _nth(day: int) -> str:
    """18 → '18th', 2 → '2nd', 11 → '11th'."""
    tail = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{tail}"


def _plain_date(said: str, day: date) -> bool:
    """A date typed as a date ('Dec 18', 'Nov 25', '2026-12-18'): a month and a day, no words that count from a day,
    no weekday that is not the date's; it needs no reading back."""
    from afterview.notes.decision_said import _COUNTED
    from afterview.notes.plain_time import MONTHS

    words = said.casefold()
    month = any(re.search(rf"\b{re.escape(m)}\b", words) for m in MONTHS) or re.search(r"\d{4}-\d\d-\d\d", words)
    return bool(month and re.search(r"\d", words)) and not _COUNTED.search(said) and not weekday_clash(said, day)
