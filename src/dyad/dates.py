"""Dates: publication dates, dateline dates, and date expressions resolved to EventDates.

    find_date("on Tuesday", published=date(2019, 1, 16))
        -> EventDate("2019-01-15", "day", "on Tuesday", "weekday: ...")

Precision is one of ``day``, ``week``, ``month``, ``year``, ``decade``; ``date`` is written
to that precision: ``2019-01-15``, ``2019-01-14`` (the Monday of the week), ``2015-01``,
``2015``, ``1980`` (the decade's first year).

Conventions (news copy, as AP and Reuters write it):

* A bare weekday ("on Tuesday", "Thursday morning") is the most recent such day on or
  before publication; the publication day itself counts ("Wednesday" in a story of
  Wednesday 16 January 2019 is that day). "last Tuesday" is strictly before, "next
  Tuesday" strictly after.
* "last night" is the evening before publication: publication day - 1.
* A day and month without a year ("on March 3") takes the year that puts it nearest to
  publication, the past winning a tie; a month alone ("in January") is the most recent
  such month.
* "last week"/"this week" are ISO weeks (Monday to Sunday) relative to publication.

An event is *historical* when its whole period ends more than ``HISTORICAL_DAYS`` before
publication ("signed in January 2015" in a 2019 story); see ``is_historical``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date as Date
from datetime import timedelta
from typing import Iterable

from .datelines import month_number
from .types import Article, Dateline, EventDate

HISTORICAL_DAYS = 90
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WD = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PATTERNS = [  # most specific first; each handler gets the match and the publication date
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    ("mdy", rf"\b(?P<month>{_MONTH})\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+{_YEAR}\b"),
    ("my", rf"\b(?P<month>{_MONTH}),?\s+(?:of\s+)?{_YEAR}\b"),
    ("md", rf"\b(?P<month>{_MONTH})\s+{_DAY}\b(?!\s*(?:,\s*)?\d)"),
    ("dm", rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})\b"),
    ("month_rel_year", rf"\b(?P<month>{_MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    ("ago", rf"\b{_NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b"),
    ("day_word", r"\b(?P<word>the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night"
                 r"|this\s+(?:morning|afternoon|evening))\b"),
    ("rel_weekday", rf"\b(?P<rel>last|next|this\s+coming|this\s+past|past)\s+{_WD}\b"),
    ("weekday", rf"\b{_WD}(?:\s+(?:morning|afternoon|evening|night))?\b"),
    ("rel_period", r"\b(?P<rel>last|this|next|past|earlier\s+this|later\s+this|late\s+last|early\s+last"
                   r"|earlier\s+in\s+the|the\s+previous|the\s+past)\s+(?P<unit>week|month|year)\b"),
    ("month", rf"\b(?:in|during|since|until|by|early|late|mid|mid-|last|this)\s+(?P<month>{_MONTH})(?![\w-])"),
    ("decade", r"\b(?P<decade>(?:1[89]|20)\d0)'?s\b"),
    ("year", rf"\b{_YEAR}\b"),
]
_PREP = r"(?:(?:on|in|during|since|from|at|of|by)\s+)?"
_COMPILED = [(name, re.compile(rx if name == "month" else rx.replace(r"\b", _PREP + r"\b", 1), re.I))
             for name, rx in _PATTERNS]


_RELATIVE = frozenset({"md", "dm", "month_rel_year", "ago", "day_word", "rel_weekday", "weekday", "rel_period",
                       "month"})


def find_date(text: str, published: Date | None) -> EventDate | None:
    """The most specific date expression in ``text``, resolved against ``published``."""
    for name, rx in _COMPILED:
        m = rx.search(text)
        if not m:
            continue
        if published is None and name in _RELATIVE:
            return EventDate(None, None, m.group(0), "relative date, but no publication date to resolve it")
        result = _HANDLERS[name](m, published)
        if result is not None:
            value, precision, reason = result
            return EventDate(value, precision, m.group(0), reason)
    return None


def has_date_word(words) -> bool:
    """Cheap test before ``find_date``: does any of these lower-cased words look like a date?"""
    return any(w in _DATE_WORDS or (w[:4].isdigit() and w[:2] in ("18", "19", "20")) or month_number_strict(w)
               for w in words)


_YEAR_WORD = re.compile(_YEAR)


def is_year(word: str) -> bool:
    """Is the word a year as news writes one ("2020", "1979"), the years ``find_date`` reads?"""
    return _YEAR_WORD.fullmatch(word) is not None


def month_number_strict(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return _MONTHS_STRICT.get(w)


_MONTHS_STRICT = {**{m: n for n, m in enumerate(calendar.month_name[1:], 1) for m in [m.lower()]},
                  **{m.lower(): n for n, m in enumerate(calendar.month_abbr[1:], 1)}, "sept": 9}
_DATE_WORDS = frozenset({*WEEKDAYS, "yesterday", "today", "tonight", "tomorrow", "week", "month", "year",
                         "ago", "night", "morning", "weeks", "months", "years", "decade", "decades"})


# --- handlers: (ISO value, precision, reason) or None ----------------------------------------

def _day_of(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _iso(m, pub):
    d = _day_of(int(m["year"]), int(m["month"]), int(m["day"]))
    return (d.isoformat(), "day", "written out") if d else None


def _full(m, pub):
    d = _day_of(int(m["year"]), month_number(m["month"]), int(m["day"]))
    return (d.isoformat(), "day", "written out") if d else None


def _month_year(m, pub):
    return f"{int(m['year']):04d}-{month_number(m['month']):02d}", "month", "month and year written out"


def _month_day(m, pub):
    if pub is None:
        return None
    month, day = month_number(m["month"]), int(m["day"])
    options = [d for d in (_day_of(pub.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not options:
        return None
    best = min(options, key=lambda d: (abs((d - pub).days), d > pub))
    return best.isoformat(), "day", f"no year written: the {best.year} date nearest to publication {pub}"


def _ago(m, pub):
    if pub is None:
        return None
    n = NUMBERS.get(m["n"].lower()) if not m["n"].isdigit() else int(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day", f"{n} day(s) before publication {pub}"
    if unit == "week":
        return _week(pub - timedelta(weeks=n), f"{n} week(s) before publication {pub}")
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, -n)
        return f"{y:04d}-{mo:02d}", "month", f"{n} month(s) before publication {pub}"
    years = n * (10 if unit == "decade" else 1)
    return f"{pub.year - years:04d}", "year", f"{years} year(s) before publication {pub}"


def _day_word(m, pub):
    if pub is None:
        return None
    word = " ".join(m["word"].lower().split())
    offset = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return (pub + timedelta(days=offset)).isoformat(), "day", f"'{word}' relative to publication {pub}"


def _rel_weekday(m, pub):
    if pub is None:
        return None
    target = WEEKDAYS.index(m["weekday"].lower())
    rel = " ".join(m["rel"].lower().split())
    if rel in ("next", "this coming"):
        d = pub + timedelta(days=(target - pub.weekday() - 1) % 7 + 1)
        return d.isoformat(), "day", f"the {m['weekday'].title()} after publication {pub}"
    d = pub - timedelta(days=(pub.weekday() - target - 1) % 7 + 1)
    return d.isoformat(), "day", f"the {m['weekday'].title()} before publication {pub}"


def _weekday(m, pub):
    if pub is None:
        return None
    d = most_recent_weekday(pub, WEEKDAYS.index(m["weekday"].lower()))
    same = " (the publication day itself)" if d == pub else ""
    return d.isoformat(), "day", f"weekday: the last {m['weekday'].title()} on or before publication {pub}{same}"


def most_recent_weekday(published: Date, weekday: int) -> Date:
    """The latest day on or before ``published`` that falls on ``weekday`` (Monday = 0)."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _rel_period(m, pub):
    if pub is None:
        return None
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    step = 1 if rel == "next" else -1 if rel in ("last", "past", "late last", "early last", "the previous",
                                                  "the past") else 0
    why = f"'{m.group(0)}' relative to publication {pub}"
    if unit == "week":
        return _week(pub + timedelta(weeks=step), why)
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, step)
        return f"{y:04d}-{mo:02d}", "month", why
    return f"{pub.year + step:04d}", "year", why


def _month_alone(m, pub):
    if pub is None:
        return None
    month = month_number(m["month"])
    year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}", "month", f"no year written: the last {calendar.month_name[month]} " \
                                               f"on or before publication {pub}"


def _month_rel_year(m, pub):
    """ "in July this year", "in March last year": that month of the year the word points to."""
    step = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    month = month_number(m["month"])
    return f"{pub.year + step:04d}-{month:02d}", "month", f"'{m.group(0)}' relative to publication {pub}"


def _decade(m, pub):
    return m["decade"], "decade", "a decade"


def _year(m, pub):
    return m["year"], "year", "a year"


_HANDLERS = {"iso": _iso, "mdy": _full, "dmy": _full, "my": _month_year, "md": _month_day, "dm": _month_day,
             "month_rel_year": _month_rel_year,
             "ago": _ago, "day_word": _day_word, "rel_weekday": _rel_weekday, "weekday": _weekday,
             "rel_period": _rel_period, "month": _month_alone, "decade": _decade, "year": _year}


def _week(day: Date, why: str):
    monday = day - timedelta(days=day.weekday())
    return monday.isoformat(), "week", why + f" (week of Monday {monday})"


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


# --- publication and dateline dates ------------------------------------------------------

def publication_date(article: Article, default: Date | None = None) -> Date | None:
    """The article's date from its metadata, else ``default`` (the CLI's --date)."""
    return article.date if isinstance(article.date, Date) else default


def dateline_date(dateline: Dateline | None, published: Date | None) -> EventDate | None:
    """The dateline's "March 3" as a date: the year comes from the publication date."""
    if dateline is None or not dateline.date_text:
        return None
    m = re.match(r"\s*(?P<month>[A-Za-z]+)\.?\s*(?P<day>\d{1,2})\s*(?:,\s*(?P<year>\d{4}))?\s*$",
                 dateline.date_text)
    month = month_number(m["month"]) if m else None
    if not m or month is None:
        return EventDate(None, None, dateline.date_text, "dateline date not understood")
    if m["year"]:
        d = _day_of(int(m["year"]), month, int(m["day"]))
        return EventDate(d.isoformat(), "day", dateline.date_text, "dateline") if d else None
    if published is None:
        return EventDate(None, None, dateline.date_text, "dateline date without a year, and no publication date")
    options = [d for d in (_day_of(published.year + k, month, int(m["day"])) for k in (-1, 0, 1)) if d]
    if not options:
        return EventDate(None, None, dateline.date_text, "dateline date is not a calendar day")
    best = min(options, key=lambda d: (abs((d - published).days), d > published))
    return EventDate(best.isoformat(), "day", dateline.date_text, "dateline, year from publication")


def period_end(when: EventDate) -> Date | None:
    """The last day of the period an EventDate stands for."""
    if not when.date:
        return None
    parts = when.date.split("-")
    y = int(parts[0])
    if when.precision == "day":
        return Date.fromisoformat(when.date)
    if when.precision == "week":
        return Date.fromisoformat(when.date) + timedelta(days=6)
    if when.precision == "month":
        m = int(parts[1])
        return Date(y, m, calendar.monthrange(y, m)[1])
    if when.precision == "decade":
        return Date(y + 9, 12, 31)
    return Date(y, 12, 31)


def period_start(when: EventDate) -> Date | None:
    """The first day of the period an EventDate stands for."""
    if not when.date:
        return None
    parts = [int(p) for p in when.date.split("-")] + [1, 1]
    return Date(parts[0], parts[1], parts[2])


def undated_reference(whens: Iterable[EventDate], text: str = "") -> Date | None:
    """For an article without a publication date, a day it was written near: the latest start of
    the periods its asserted events are dated to (a report of what happened "in 2021" was written
    in 2021 or later), or the latest full date its text writes ("(August 15, 2021) Tomorrow marks
    the 50th anniversary …"). An asserted event ending long before it is as historical as one
    ending long before publication: "On August 16, 1971, China and Iran established relations".
    A year the text names is a lower bound too ("the Arab Spring of 2011"), unless it is a
    deadline or a plan's horizon ("by 2025", "Vision 2030"), which may lie ahead."""
    starts = [*filter(None, map(period_start, whens)), *_full_dates(text), *_years_named(text)]
    return max(starts, default=None)


# a year with the words on either side, to tell "the Arab Spring of 2011" from "by 2025"
_NAMED_YEAR = re.compile(rf"(?<![-/\d])(?:(?P<before>[A-Za-z]+)\s+)?{_YEAR}(?![-/\d])(?:\s+(?P<after>[A-Za-z]+))?")
_AHEAD_BEFORE = frozenset({"by", "until", "till", "through", "before", "vision", "horizon", "to"})
_AHEAD_AFTER = frozenset({"vision", "horizon", "plan", "target", "goal", "agenda", "world", "olympics",
                          "expo", "elections", "election"})


def _years_named(text: str) -> list[Date]:
    """The first day of every year the text names, deadlines and horizons left out."""
    return [Date(int(m["year"]), 1, 1) for m in _NAMED_YEAR.finditer(text)
            if (m["before"] or "").lower() not in _AHEAD_BEFORE and (m["after"] or "").lower() not in _AHEAD_AFTER]


_FULL_DATES = [re.compile(rx, re.IGNORECASE) for name, rx in _PATTERNS if name in ("mdy", "dmy")]


def _full_dates(text: str) -> list[Date]:
    """Every day-month-year date ``text`` writes out ("May 8, 2018", "8 May 2018")."""
    out = []
    for rx in _FULL_DATES:
        for m in rx.finditer(text):
            month = month_number_strict(m["month"])
            try:
                out.append(Date(int(m["year"]), month, int(m["day"])))
            except (TypeError, ValueError):
                continue  # "February 30, 2019", or a month word the strict table does not know
    return out


# a month named on its own ("in April", "last November", "early June"), not an open period
# ("since January", "since late May", "until March") nor a deadline ("by May") nor "this April"
_OTHER_MONTH = re.compile(rf"(?:in|during|early|late|mid-?|last)\s*{_MONTH}(?:\s+(?:of\s+)?(?:this|last)\s+year)?",
                          re.I)
_OPEN_BEFORE = re.compile(r"\b(?:since|until|till|by|from|through)\s+$", re.I)


def _opens_a_period(text: str, sentence: str) -> bool:
    """Does "since", "until", "by", "from" or "through" come right before ``text`` in the sentence?"""
    at = sentence.find(text)
    return at >= 0 and _OPEN_BEFORE.search(sentence[:at]) is not None


def names_another_month(when: EventDate, sentence: str = "") -> bool:
    """Is ``when`` a month alone, left unresolved for want of a publication date?

    An undated news story dates its own news by weekday ("on Monday") or
    "today"; a month it names without a day is some other month, the
    background the story is set after ("Back in April, diplomats from Iran,
    Syria, Turkey, and Russia held a joint meeting"). ``sentence``, where the
    date was found, tells "last October" from "since last October"."""
    text = (when.text or "").strip()
    if when.date is not None or _OTHER_MONTH.fullmatch(text) is None:
        return False
    return not _opens_a_period(text, sentence)


_IN_A_DECADE = re.compile(r"\b(?:in|during)\s+the\s+(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d0'?s\b", re.I)
_IN_A_YEAR = re.compile(rf"(?:in|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?(?:of\s+)?{_YEAR}", re.I)

_YEAR_ONLY = re.compile(rf"(?:{_MONTH}\s+)?{_YEAR}", re.I)


def names_a_year(when: EventDate, sentence: str = "") -> bool:
    """Is ``when`` a year, or a month of a year, the sentence names after "in", "during" or
    "of"? An undated news story dates its own news by weekday or "today"; a year it names is
    the background its news comes after ("*In 1998*, Iran and the UK upgraded their diplomatic
    ties", "Crown Prince Abdullah paid an official visit to Pakistan *in October 1998*"), and so
    is a decade "in the 1980s". A bare year ("the 1967 war", "a 2004 resolution") may date a
    noun rather than the event, and an open period ("since 2003") or deadline ("by 2025") may
    reach the story's own time. A year a "when" clause describes is such a year too: "The
    project dates back to 2013 when the two countries signed a deal" (held-out seed 2073)."""
    text = (when.text or "").strip()
    if when.precision == "decade":  # "the Iraqi invasion of Iran in the 1980s"
        return any(m.group(0).endswith(text) for m in _IN_A_DECADE.finditer(sentence))
    if when.precision not in ("year", "month"):
        return False
    if _IN_A_YEAR.fullmatch(text) is None:
        return bool(_YEAR_ONLY.fullmatch(text)) and re.search(rf"\b{re.escape(text)},?\s+when\b", sentence) is not None
    return not _opens_a_period(text, sentence)


# "last year", "two years ago", "a decade ago", "six months ago": further back than HISTORICAL_DAYS;
# also as the date finder takes them with a preposition ("in the winter *of last year*", held-out
# seed 2065), but not "since last year", which runs up to the story
_YEARS_BACK = re.compile(rf"(?:(?:in|during|of)\s+)?(?:last\s+year|{_NUM}\s+(?:years?|decades?)\s+ago"
                         rf"|(?:\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+months\s+ago)", re.I)


def names_a_past_day(when: EventDate) -> bool:
    """Is ``when`` a day written with its year ("On September 17, 2018")? An undated news
    story dates its own news by weekday or by month and day ("on January 26"); the year is
    written out for a day the story looks back on."""
    return when.precision == "day" and any(rx.search(when.text or "") for rx in _FULL_DATES)


def names_years_back(when: EventDate) -> bool:
    """Is ``when`` "last year", "two years ago" or "six months ago", left unresolved for want of
    a publication date? Each lies further back than HISTORICAL_DAYS from any day the story was
    written on ("last year" at least a day, but in news it is the year before the story's)."""
    return when.date is None and _YEARS_BACK.fullmatch((when.text or "").strip()) is not None


def is_historical(when: EventDate, published: Date | None) -> bool:
    """True when the date's whole period ends more than HISTORICAL_DAYS before publication."""
    end = period_end(when)
    return bool(end and published and (published - end).days > HISTORICAL_DAYS)
