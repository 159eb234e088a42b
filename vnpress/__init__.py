"""vnpress: typed, structured data from Vietnamese press releases.

Examples:
    >>> import vnpress
    >>> doc = vnpress.parse("Sáng 29.6, tại Điện Kremlin", published="2017-06-29", only=["dates"])
    >>> doc.dates[0].value
    '2017-06-29'
"""

from __future__ import annotations

from vnpress._version import __version__

# Not `typing.TYPE_CHECKING`: importing `typing` (with re, enum, collections
# and contextlib) would be most of what `import vnpress` costs. Type checkers
# read a module constant of this name as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from vnpress import registry
    from vnpress.batch import parse_many
    from vnpress.errors import (
        DependencyCycleError,
        DuplicateParserError,
        RegistryError,
        UnknownParserError,
        VnpressError,
    )
    from vnpress.evaluation import evaluate
    from vnpress.inputs import parse_bytes, parse_html
    from vnpress.model import (
        Agreement,
        Amount,
        Commitment,
        Date,
        Document,
        Dyad,
        Event,
        EventMention,
        Official,
        Span,
        to_frame,
        write_jsonl,
    )
    from vnpress.pipeline import Pipeline, parse
    from vnpress.registry import parser
    from vnpress.text.html import strip_html

__all__ = [
    "Agreement",
    "Amount",
    "Commitment",
    "Date",
    "DependencyCycleError",
    "Document",
    "DuplicateParserError",
    "Dyad",
    "Event",
    "EventMention",
    "Official",
    "Pipeline",
    "RegistryError",
    "Span",
    "UnknownParserError",
    "VnpressError",
    "__version__",
    "evaluate",
    "parse",
    "parse_bytes",
    "parse_html",
    "parse_many",
    "parser",
    "registry",
    "strip_html",
    "to_frame",
    "write_jsonl",
]

# Where each public name lives. They are imported on first use (PEP 562), so
# that ``import vnpress`` costs no more than starting the interpreter: `attrs`
# and the modules that define the data model load with the first parse.
_WHERE = {
    "registry": "vnpress",
    "parse_many": "vnpress.batch",
    "evaluate": "vnpress.evaluation",
    "DependencyCycleError": "vnpress.errors",
    "DuplicateParserError": "vnpress.errors",
    "RegistryError": "vnpress.errors",
    "UnknownParserError": "vnpress.errors",
    "VnpressError": "vnpress.errors",
    "parse_bytes": "vnpress.inputs",
    "parse_html": "vnpress.inputs",
    "Agreement": "vnpress.model",
    "Amount": "vnpress.model",
    "Commitment": "vnpress.model",
    "Date": "vnpress.model",
    "Document": "vnpress.model",
    "Dyad": "vnpress.model",
    "Event": "vnpress.model",
    "EventMention": "vnpress.model",
    "Official": "vnpress.model",
    "Span": "vnpress.model",
    "to_frame": "vnpress.model",
    "write_jsonl": "vnpress.model",
    "Pipeline": "vnpress.pipeline",
    "parse": "vnpress.pipeline",
    "parser": "vnpress.registry",
    "strip_html": "vnpress.text.html",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'vnpress' has no attribute {name!r}")
    import importlib

    module = _WHERE[name]
    value = importlib.import_module(f"vnpress.{name}" if module == "vnpress" else module)
    if module != "vnpress":
        value = getattr(value, name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
