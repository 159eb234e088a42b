"""vnpress: typed, structured data from Vietnamese press releases.

>>> import vnpress
>>> doc = vnpress.parse("Sáng 29.6, tại Điện Kremlin", published="2017-06-29", only=["dates"])
>>> doc.dates[0].value
'2017-06-29'
"""

from vnpress import registry
from vnpress._version import __version__
from vnpress.batch import parse_many
from vnpress.errors import (
    DependencyCycleError,
    DuplicateParserError,
    RegistryError,
    UnknownParserError,
    VnpressError,
)
from vnpress.inputs import parse_bytes, parse_html
from vnpress.model import (
    Agreement,
    Amount,
    Commitment,
    Date,
    Document,
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
    "Official",
    "Pipeline",
    "RegistryError",
    "Span",
    "UnknownParserError",
    "VnpressError",
    "__version__",
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
