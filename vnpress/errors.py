"""The exceptions vnpress raises on purpose."""

from __future__ import annotations


class VnpressError(Exception):
    """Base class of every error vnpress raises on purpose."""


class RegistryError(VnpressError):
    """A problem with the parser registry."""


class UnknownParserError(RegistryError, LookupError):
    """No parser is registered under the name asked for."""


class DuplicateParserError(RegistryError, ValueError):
    """A different parser is already registered under that name."""


class DependencyCycleError(RegistryError, ValueError):
    """Parsers require each other in a loop."""


class ParserError(VnpressError):
    """A parser failed on a document, or returned something that is not items."""
