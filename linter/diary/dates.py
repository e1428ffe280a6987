"""Dates the diary commands take: an ISO date, or a span such as 6y, 18m, 4w, 30d."""
from __future__ import annotations

import re
from datetime import date, timedelta

_SPAN = re.compile(r"^\s*(\d+)\s*([ymwd])\s*$", re.I)


class DateError(ValueError):
    pass


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DateError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def _minus_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for d in (day.day, 30, 29, 28):  # 31 March minus a month is 28 or 29 February
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise DateError("date out of range")


def before(span: str, today: date | None = None) -> date:
    """The cut-off date for 'older than SPAN': entries dated before it are older."""
    today = today or date.today()
    m = _SPAN.match(span)
    if not m:
        raise DateError(f"{span!r} is not a span; write it as e.g. 6y, 18m, 4w or 30d")
    n, unit = int(m.group(1)), m.group(2).lower()
    if unit == "y":
        return _minus_months(today, 12 * n)
    if unit == "m":
        return _minus_months(today, n)
    return today - timedelta(days=n * (7 if unit == "w" else 1))
