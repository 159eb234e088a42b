"""The publication date a caller may give: a `date`, a `datetime` or an ISO string."""

from __future__ import annotations

import re
from datetime import date, datetime

# ISO 8601 calendar dates as people write them in metadata: 2017-06-29, 20170629,
# optionally followed by a time ("2017-06-29T10:00:00+07:00").
_ISO_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ][\d:.+\-Z]*)?")


def coerce_published(value: object) -> date | None:
    """Turn the caller's ``published`` into a `date` (or `None`).

    Raises `ValueError` naming the value when a string is not an ISO date, and
    `TypeError` for anything that is neither a date nor a string.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.fullmatch(value.strip())
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
        raise ValueError(f"published must be an ISO date such as 2024-10-25, got {value!r}")
    raise TypeError(f"published must be a date, datetime or ISO string, not {type(value).__name__}")
