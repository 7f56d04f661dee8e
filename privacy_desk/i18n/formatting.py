"""Dates, numbers and lists in the user's language, with babel (CLDR), not Qt.

Reports and the CLI format without a QApplication, and the GUI should show the same text they print, so
all of them use these functions. `lang` is the app's language code ("ja" or "en"; any CLDR locale works).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from babel import Locale
from babel import dates as babel_dates
from babel import lists as babel_lists
from babel import numbers as babel_numbers

from privacy_desk.config import OFFICE_TIMEZONE as OFFICE_TIMEZONE_SETTING
from privacy_desk.domain.wareki import format_wareki

DateStyle = Literal["short", "medium", "long", "wareki"]
OFFICE_TIMEZONE = str(OFFICE_TIMEZONE_SETTING.default)  # until the office's own setting is read


@lru_cache(maxsize=16)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang.replace("-", "_"))


def format_date(d: date, lang: str, *, style: DateStyle = "medium") -> str:
    """short: 2026/04/01, 4/1/2026 (in digits with the whole year, for a list column that must not cut
    it). medium: 2026/04/01, Apr 1, 2026. long: 2026年4月1日, April 1, 2026.
    wareki: 令和8年4月1日 in Japanese; other languages have no era calendar and get the long date."""
    if style == "wareki":
        if _locale(lang).language == "ja":
            return format_wareki(d)
        style = "long"
    if style == "short":
        return babel_dates.format_date(d, _short_pattern(lang), locale=_locale(lang))
    if style not in ("medium", "long"):
        raise ValueError(f"unknown date style {style!r}")
    return babel_dates.format_date(d, style, locale=_locale(lang))


@lru_cache(maxsize=16)
def _short_pattern(lang: str) -> str:
    """The locale's short date with a four-digit year (CLDR's en short, M/d/yy, names no century)."""
    pattern = str(_locale(lang).date_formats["short"].pattern)
    return pattern if "yyy" in pattern else pattern.replace("yy", "y")


def format_datetime(
    dt: datetime, lang: str, tz: tzinfo | str = OFFICE_TIMEZONE, *, style: DateStyle = "medium"
) -> str:
    """An aware datetime as the office sees it: the date in `style`, then hours and minutes in `tz`
    (2026/04/01 12:04, Apr 1, 2026, 12:04 PM). Seconds are noise for deadlines, so they are left out.

    A naive datetime is refused: stored datetimes are aware (UTC), and guessing a zone would hide a bug.
    """
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt!r}: the time zone is unknown")
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    local = dt.astimezone(zone)
    locale = _locale(lang)
    time_text = babel_dates.format_time(local.time(), "short", locale=locale)
    # The locale's own way of joining a date and a time ("{1} {0}", "{1}, {0}"): text, though Babel's
    # annotation says a DateTimePattern (whose str() is its text too).
    pattern = str(babel_dates.get_datetime_format("long" if style == "wareki" else style, locale=locale))
    return pattern.replace("{1}", format_date(local.date(), lang, style=style)).replace("{0}", time_text)


def format_number(n: float, lang: str) -> str:
    """1,234 and 1,234.5 with the locale's separators."""
    return babel_numbers.format_decimal(n, locale=_locale(lang))


def format_list(items: Iterable[str], lang: str) -> str:
    """A, B, and C / A、B、C: the locale joins the items, since word order and punctuation differ."""
    return babel_lists.format_list(list(items), locale=_locale(lang))


def format_weekday(d: date, lang: str, *, width: Literal["wide", "abbreviated"] = "wide") -> str:
    """水曜日 / Wednesday, or abbreviated 水 / Wed."""
    return babel_dates.format_date(d, "EEEE" if width == "wide" else "E", locale=_locale(lang))


DASH = "—"  # what every screen and report shows for "no date" or "no value"


def format_weekday_date(d: date, lang: str, *, long: bool = False) -> str:
    """A date with its weekday, as a form shows a date the user typed or a date computed for them:
    和暦 in Japanese (令和8年4月1日（水）); elsewhere Wed, Apr 1, 2026, or with `long`
    Wednesday, April 1, 2026."""
    if _locale(lang).language == "ja":
        return format_wareki(d, weekday=True)
    weekday = format_weekday(d, lang, width="wide" if long else "abbreviated")
    return f"{weekday}, {format_date(d, lang, style='long' if long else 'medium')}"


def format_agenda_day(d: date, lang: str, *, with_year: bool = False) -> str:
    """A day of the agenda as Japanese desks write it, 11月28日（土） (2026年11月28日（土）), and as CLDR
    gives it elsewhere: Saturday, November 28 (…, 2026)."""
    if _locale(lang).language == "ja":
        weekday = format_weekday(d, lang, width="abbreviated")
        when = format_date(d, lang, style="long") if with_year else f"{d.month}月{d.day}日"
        return f"{when}（{weekday}）"
    pattern = "EEEE, MMMM d, y" if with_year else "EEEE, MMMM d"
    return babel_dates.format_date(d, pattern, locale=_locale(lang))


def format_report_date(d: date, lang: str, *, weekday: bool = False) -> str:
    """A date on a printed form: 和暦 in Japanese (令和8年4月1日), the medium date elsewhere
    (Apr 1, 2026), so a report says what the screen says."""
    if weekday:
        return format_weekday_date(d, lang)
    return format_wareki(d) if _locale(lang).language == "ja" else format_date(d, lang)


def format_report_datetime(dt: datetime, lang: str, tz: tzinfo | str = OFFICE_TIMEZONE) -> str:
    """A moment on a printed form in the office's time zone: 令和8年4月1日 09:30 / Apr 1, 2026, 9:30 AM."""
    if _locale(lang).language != "ja":
        # CLDR puts a narrow no-break space before "AM"; the report fonts have no glyph for it.
        return format_datetime(dt, lang, tz).replace("\u202f", " ")
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    local = dt.astimezone(zone)
    return f"{format_wareki(local.date())} {local:%H:%M}"
