"""Event dates from the text, resolved against the publication date.

* A full date ("June 23, 2025", "23 June 2025") is taken as written.
* A day and month without a year ("on March 4", "Aug. 1") takes the
  publication year, or the year before when that would put it more than a
  month after publication.
* A weekday ("on Tuesday", "Friday evening") is the latest such day on or
  before publication: "Tuesday" in an article of Wednesday 12 March 2025 is
  11 March; the publication weekday itself is the publication date.
* "today" is the publication date, "yesterday" the day before.
* A bare day of the month ("on the 30th", "the 23rd of last month") is in the publication
  month, or the month before when that day is still to come or "last month" is said.
* Dates that point forward ("starting Tuesday", "from Sept. 1", "by March
  4", "next Monday", "until ...") are plans, not event dates, and are skipped.

Without a publication date only full dates resolve. Months alone resolve to
nothing (the labels' rule: month-only dates are null).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_FORWARD = r"(?<!\bstarting )(?<!\bfrom )(?<!\buntil )(?<!\bby )(?<!\bnext )(?<!\bthrough )(?<!\bbefore )(?<!\bas of )(?<!\beffective )"
_MDY = re.compile(_FORWARD + r"\b(" + _M + r")\.? (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4})\b)?", re.IGNORECASE)
_DMY = re.compile(_FORWARD + r"\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + _M + r")\.?(?: (\d{4})\b)?", re.IGNORECASE)
_WEEKDAY = re.compile(_FORWARD + r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_RELATIVE = re.compile(_FORWARD + r"\b(today|yesterday)\b", re.IGNORECASE)
_DAY_ONLY = re.compile(_FORWARD + r"\b(?:on|since) the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:" + _M + r")\b)"
                       r"( of (?:last|the previous) month)?", re.IGNORECASE)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_ANY = re.compile(r"\d|day\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def find_date(text: str, published: dt.date | None) -> dt.date | None:
    """The first date stated in ``text``, resolved against ``published``."""
    if not _ANY.search(text):
        return None
    best: tuple[int, dt.date] | None = None
    for rx, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        for m in rx.finditer(text):
            if order == "mdy":
                month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
            else:
                day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3)
            if m.group(0).lower().startswith("may ") and not year and order == "mdy":
                continue  # "may 5" is usually the modal verb
            if year:
                d = _safe(int(year), month, day)
            elif published is not None:
                d = _safe(published.year, month, day)
                if d is not None and d > published + dt.timedelta(days=31):
                    d = _safe(published.year - 1, month, day)
            else:
                d = None
            if d is not None and (best is None or m.start() < best[0]):
                best = (m.start(), d)
    if published is not None:
        for m in _WEEKDAY.finditer(text):
            back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
            d = published - dt.timedelta(days=back)
            if best is None or m.start() < best[0]:
                best = (m.start(), d)
            break
        for m in _DAY_ONLY.finditer(text):
            last = published.replace(day=1) - dt.timedelta(days=1)
            day = int(m.group(1))
            d = _safe(last.year, last.month, day) if m.group(2) or day > published.day else _safe(
                published.year, published.month, day)
            if d is not None and (best is None or m.start() < best[0]):
                best = (m.start(), d)
            break
        for m in _RELATIVE.finditer(text):
            d = published if m.group(1).lower() == "today" else published - dt.timedelta(days=1)
            if best is None or m.start() < best[0]:
                best = (m.start(), d)
            break
    return best[1] if best else None


_STARTING = re.compile(
    r"\b(?:starting|effective|beginning|from|as of|as from|(?:to )?(?:take|takes|taking) effect(?: on)?|"
    r"(?:go|goes|going) into effect(?: on)?|(?:come|comes|coming) into force(?: on)?)\s+"
    r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:\s+\d{4})?)",
    re.IGNORECASE)


def starts_later(text: str, published: dt.date | None) -> bool:
    """``text`` dates a measure to start after the publication day ("a 35% tariff starting Aug. 1"
    in an article of 10 July): announced, not yet in force."""
    if published is None:
        return False
    for m in _STARTING.finditer(text):
        d = find_date(m.group(1).replace(".", ""), published)
        if d is not None and d > published:
            return True
    return False


FUTURE_TIME = re.compile(r"\b(?:next (?:week|month|year|spring|summer|fall|autumn|winter)|tomorrow|"
                         r"later this (?:week|month|year)|in the coming (?:days|weeks|months)|"
                         r"(?:early|later|late) next (?:week|month|year))\b", re.IGNORECASE)
"""Times still to come: with a present progressive they tell a plan ("is travelling to India next month")."""
