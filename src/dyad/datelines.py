"""Datelines: the place (and date, and agency) at the head of a story.

    TEHRAN –                          TEHRAN (PIN) --
    MOSCOW (Reuters) -                PEKING, March 3 -
    PORTLAND, Ore., Feb 26 -          WASHINGTON, April 8, Reuter -
    TAUPO, New Zealand, March 23 -    LOUISVILLE, Colo. - March 16 -
    TEHRAN, Jan. 16 (MNA) –           NEW HAVEN, Conn - June 19 <newline>

``parse_dateline`` reads one; ``strip_dateline`` keeps it on the Article and blanks its
characters with spaces, so the text keeps its length and every character offset stays
valid, while the first sentence no longer starts with "TEHRAN –".

A place is taken for a dateline only when it is written in capitals, or is followed by a
date or an agency: "Tehran - the capital ..." in running text is not a dateline.
Month names are read through the usual wire-copy typos ("Macrh", "Jne", "FEb").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .types import Article, Dateline

_WORD = r"[A-Z][A-Za-z.'’/\-]*"
_ANY_WORD = r"[A-Za-z][A-Za-z.'’/\-]*"
_PLACE = rf"(?P<place>{_WORD}(?:[ \t]+(?:{_WORD}|of|de|del|la|le|el|al|es|do|da|upon|sur|am)){{0,4}})"
_REGION = rf"(?P<region>(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
_MONTH = r"[A-Za-z]{3,9}\.?"
_DATE = rf"(?P<date>\b(?P<month>{_MONTH})[ \t]*(?P<day>\d{{1,3}})(?:[ \t]*,?[ \t]*(?P<year>(?:19|20)\d\d)\b)?)"
_AGENCY = r"(?:\((?P<agency>[^()\n]{1,40})\)|(?P<agency_word>Reuters?|AFP|AP|IRNA|UPI)\b)"
_DASH = r"(?:--|[–—-])"
_DATELINE = re.compile(
    rf"^[ \t\r\n]*{_PLACE}"
    rf"(?:[ \t]*,[ \t]*{_REGION}(?=[ \t]*(?:,|{_DASH}|\(|[ \t]{_MONTH}[ \t]*\d)))?"
    rf"(?:[ \t]*,?[ \t]*(?:{_DASH}[ \t]*)?{_DATE}(?![A-Za-z]))?"
    rf"(?:[ \t]*,?[ \t]*{_AGENCY})?"
    rf"[ \t]*,?[ \t]*(?P<end>{_DASH}+|(?=\n))[ \t]*"
)
# Copy typed in lower case ("La paz, march 4 -"): any case, but only with a date.
_DATED_LOWER = re.compile(
    rf"^[ \t\r\n]*(?P<place>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{0,3}})"
    rf"(?:[ \t]*,[ \t]*(?P<region>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{0,2}}))?"
    rf"[ \t]*,[ \t]*{_DATE}(?![A-Za-z])(?:[ \t]*,?[ \t]*{_AGENCY})?"
    rf"[ \t]*,?[ \t]*(?P<end>{_DASH}+)[ \t]*"
)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_ABBREVIATIONS = {"sept": 9}


@lru_cache(maxsize=256)
def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of ``text``, or None.

    Remembered: the coder asks again for every event of an article without a dateline.
    """
    m = _DATELINE.match(text) or _DATED_LOWER.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    date = m.group("date")
    if date and month_number(m.group("month")) is None:
        return None  # "COPPER GRADE A - ...": a word that is not a month
    agency = m.group("agency") or m.group("agency_word")
    letters = [ch for ch in place if ch.isalpha()]
    shouting = letters and all(ch.isupper() for ch in letters)
    if not (shouting or date or agency):
        return None
    if m.group("end").startswith("\n") or not m.group("end").strip():
        if not date:
            return None
    if m.group("region"):
        place = f"{place}, {m.group('region').strip()}"
    return Dateline(place, date.strip() if date else None, agency.strip() if agency else None, m.end())


def strip_dateline(article: Article) -> Article:
    """The article with its dateline kept in ``article.dateline`` and blanked in the text.

    Blanking (spaces of the same length) keeps every character offset of the text valid.
    An article whose dateline is already set is returned unchanged.
    """
    if article.dateline is not None:
        return article
    dateline = parse_dateline(article.text)
    if dateline is None:
        return article
    end = dateline.end
    text = " " * end + article.text[end:]
    return replace(article, text=text, dateline=dateline)


def month_number(word: str | None) -> int | None:
    """1-12 for a month name, abbreviation or a one-typo spelling of one ("Macrh", "Jne")."""
    if not word:
        return None
    w = word.lower().rstrip(".")
    if w in _ABBREVIATIONS:
        return _ABBREVIATIONS[w]
    for n, name in enumerate(MONTHS, 1):
        if w == name or (len(w) >= 3 and name.startswith(w)):
            return n
    if len(w) >= 3:
        close = [n for n, name in enumerate(MONTHS, 1) if _one_typo(w, name) or _one_typo(w, name[:3])]
        if len(close) == 1:
            return close[0]
    return None


def _one_typo(a: str, b: str) -> bool:
    """Within one insertion, deletion, substitution or swap of neighbours."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
