"""和暦 (Japanese era calendar): formatting and the date forms staff type.

Eras are counted only from 1873-01-01, when Japan adopted the Gregorian calendar (明治6年); earlier dates
were lunisolar and cannot be written as a Gregorian day with an era year.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Text


@dataclass(frozen=True)
class Era:
    name: str  # 令和
    letter: str  # R, as in R8.4.1
    label: str  # English source text in the Qt context "Era"
    first: date


# Newest first, so the first era that began on or before a date is its era.
ERAS = (
    Era("令和", "R", QT_TRANSLATE_NOOP("Era", "Reiwa"), date(2019, 5, 1)),
    Era("平成", "H", QT_TRANSLATE_NOOP("Era", "Heisei"), date(1989, 1, 8)),
    Era("昭和", "S", QT_TRANSLATE_NOOP("Era", "Showa"), date(1926, 12, 25)),
    Era("大正", "T", QT_TRANSLATE_NOOP("Era", "Taisho"), date(1912, 7, 30)),
    Era("明治", "M", QT_TRANSLATE_NOOP("Era", "Meiji"), date(1873, 1, 1)),
)
GREGORIAN_ADOPTION = ERAS[-1].first
# 明治元年 is 1868 even though we count only from 1873.
_ERA_YEAR_ONE = {"明治": 1868}
_NEXT_ERA = {era.name: newer for newer, era in pairwise(ERAS)}
_BY_KEY = {key: era for era in ERAS for key in (era.name, era.letter)}

WEEKDAYS = "月火水木金土日"


def _year_one(era: Era) -> int:
    return _ERA_YEAR_ONE.get(era.name, era.first.year)


def era_of(day: date) -> Era:
    for era in ERAS:
        if day >= era.first:
            return era
    raise ValueError(f"{day} is before {GREGORIAN_ADOPTION}, when Japan adopted the Gregorian calendar")


def format_wareki(day: date, *, weekday: bool = False) -> str:
    """令和元年5月1日, or with the weekday 令和9年2月22日（月）."""
    era = era_of(day)
    year = day.year - _year_one(era) + 1
    text = f"{era.name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return f"{text}（{WEEKDAYS[day.weekday()]}）" if weekday else text


# Month and day after the year: "-4-1", "/4/1", ".4.1" or "年4月1日".
_MONTH_DAY = r"\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)"
_GREGORIAN = re.compile(r"(\d{4})" + _MONTH_DAY)
_ERA = re.compile(r"(明治|大正|昭和|平成|令和|[MTSHR])\s*(\d{1,2}|元)" + _MONTH_DAY)
# A trailing weekday as format_wareki writes it, so a date copied from the app reads back.
_WEEKDAY = re.compile(rf"\s*\(\s*([{WEEKDAYS}])\s*\)$")


def _not_a_date(text: str) -> InvalidInput:
    return InvalidInput(QT_TRANSLATE_NOOP("Errors", "Not a date: {text}"), text=text)


def _make_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no such day: {text}"), text=text) from None


def parse_date(text: str) -> date:
    """A date as staff type it: 2026-04-01, 2026/4/1, 2026年4月1日, R8.4.1, R8/4/1, 令和8年4月1日,
    令和元年5月1日, H31.4.30… Full-width characters are normalised (NFKC), which also reads ㋿ and ㍻.
    An era date outside its era (H31.5.1: 平成 ended on 30 April 2019) is refused, not silently moved.
    """
    normal = unicodedata.normalize("NFKC", text).strip().upper()
    weekday = None
    if found := _WEEKDAY.search(normal):
        weekday, normal = WEEKDAYS.index(found.group(1)), normal[: found.start()]
    if match := _GREGORIAN.fullmatch(normal):
        year, *rest = (int(g) for g in match.groups() if g is not None)
        result = _make_date(text, year, *rest)
    elif match := _ERA.fullmatch(normal):
        era = _BY_KEY[match.group(1)]
        era_year = 1 if match.group(2) == "元" else int(match.group(2))
        month, day = (int(g) for g in match.groups()[2:] if g is not None)
        result = _make_date(text, _year_one(era) + era_year - 1, month, day)
        _check_within(text, era, result)
    else:
        raise _not_a_date(text)
    if result < GREGORIAN_ADOPTION:
        # Refused in every form, so that whatever parse_date returns, format_wareki can show.
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Dates before {first}, when Japan adopted the Gregorian calendar, cannot be used: {text}",
            ),
            text=text,
            first=GREGORIAN_ADOPTION.isoformat(),
        )
    if weekday is not None and result.weekday() != weekday:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The weekday does not match the date: {text}"), text=text
        )
    return result


def _check_within(text: str, era: Era, day: date) -> None:
    if day < era.first and era.first != GREGORIAN_ADOPTION:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{text} is before the {era} era, which began on {first}."),
            text=text,
            era=Text("Era", era.label),
            first=era.first.isoformat(),
        )
    newer = _NEXT_ERA.get(era.name)
    if newer is not None and day >= newer.first:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{text} is after the {era} era, which ended on {last}."),
            text=text,
            era=Text("Era", era.label),
            last=(newer.first - timedelta(days=1)).isoformat(),
        )
