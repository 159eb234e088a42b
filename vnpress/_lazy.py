"""Patterns compiled on first use, so that ``import vnpress`` stays light.

Importing `regex` and compiling its patterns costs more than the rest of the
package's import; a parse needs them, an import does not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex


def compiled(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A function returning ``regex.compile(pattern, flags)``, compiled once, when first called."""

    @cache
    def get() -> regex.Pattern[str]:
        import regex

        return regex.compile(pattern, flags)

    return get
