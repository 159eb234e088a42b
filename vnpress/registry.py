"""Parsers registered by name, with the names they require.

A parser is a function from a `Document` to a sequence of items::

    from vnpress import Document, registry

    @registry.parser("hashtags", requires=["dates"])
    def find_hashtags(doc: Document) -> list[Hashtag]:
        ...

The built-in parsers (``dates``, ``officials``, ``agreements``, ``commitments``)
are imported only when first asked for, so ``import vnpress`` stays light.
Third-party distributions add parsers through the entry-point group
``vnpress.parsers``; an entry point names either a decorated function or any
callable (registered under the entry point's name, with ``requires`` taken
from its ``requires`` attribute if it has one).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from vnpress.errors import DependencyCycleError, DuplicateParserError, UnknownParserError

if TYPE_CHECKING:
    from vnpress.model import Document

ENTRY_POINT_GROUP = "vnpress.parsers"

ParserFunc = Callable[["Document"], Sequence[Any]]
F = TypeVar("F", bound=Callable[..., Sequence[Any]])

#: Built-in parsers: ``name: ("module:function", requires)``, imported on first use.
BUILTINS: dict[str, tuple[str, tuple[str, ...]]] = {
    "dates": ("vnpress.dates:parse_dates", ()),
    "officials": ("vnpress.officials:parse_officials", ()),
    "agreements": ("vnpress.agreements:parse_agreements", ("dates",)),
    "commitments": ("vnpress.commitments:parse_commitments", ("dates", "officials")),
}


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class ParserSpec:
    """A registered parser: its name, the function, and what it needs first."""

    name: str
    func: ParserFunc
    requires: tuple[str, ...] = attrs.field(default=(), converter=_names)


class Registry:
    """Parsers by name. `vnpress.registry.default` is the one vnpress uses."""

    def __init__(
        self,
        *,
        builtins: dict[str, tuple[str, tuple[str, ...]]] | None = None,
        group: str | None = None,
    ):
        self._specs: dict[str, ParserSpec] = {}
        self._builtins = dict(BUILTINS if builtins is None else builtins)
        self._group = ENTRY_POINT_GROUP if group is None else group
        self._plugins_loaded = False

    # -- registering -------------------------------------------------------

    def register(self, name: str, func: ParserFunc, requires: Iterable[str] = ()) -> ParserSpec:
        """Register ``func`` under ``name``; registering the same function again is a no-op."""
        if not isinstance(name, str) or not name.isidentifier():
            raise ValueError(f"parser name must be an identifier, got {name!r}")
        if isinstance(requires, str):
            raise TypeError(f"requires must be a list of names, not the string {requires!r}")
        spec = ParserSpec(name, func, tuple(requires))
        existing = self._specs.get(name)
        if existing is not None:
            if existing.func is func:
                return existing
            raise DuplicateParserError(
                f"a parser named {name!r} is already registered "
                f"({_describe(existing.func)}); cannot register {_describe(func)}"
            )
        self._specs[name] = spec
        return spec

    def parser(self, name: str, *, requires: Iterable[str] = ()) -> Callable[[F], F]:
        """Decorator form of `register`; returns the function unchanged."""

        def decorate(func: F) -> F:
            self.register(name, func, requires)
            return func

        return decorate

    def unregister(self, name: str) -> None:
        """Remove a parser (mainly for tests and interactive sessions)."""
        self._specs.pop(name, None)

    # -- looking up --------------------------------------------------------

    def get(self, name: str) -> ParserSpec:
        """The parser called ``name``, importing a built-in or plugin if needed."""
        spec = self._specs.get(name)
        if spec is not None:
            return spec
        builtin = self._builtins.get(name)
        if builtin is not None and _importable(builtin[0]):
            target, requires = builtin
            module, _, func = target.partition(":")
            return self.register(name, getattr(importlib.import_module(module), func), requires)
        self.load_plugins()
        if name in self._specs:
            return self._specs[name]
        known = ", ".join(self.names()) or "none"
        raise UnknownParserError(f"unknown parser {name!r}; available: {known}")

    def names(self) -> list[str]:
        """Every parser name available: registered, built-in and from entry points."""
        self.load_plugins()
        ordered = [
            n for n in self._builtins if n in self._specs or _importable(self._builtins[n][0])
        ]
        return ordered + sorted(n for n in self._specs if n not in ordered)

    def load_plugins(self) -> None:
        """Import the parsers that installed distributions declare (once)."""
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        # Imported here: importlib.metadata costs more than the rest of `import vnpress`.
        from importlib.metadata import entry_points

        for ep in entry_points(group=self._group):
            loaded = ep.load()
            if isinstance(loaded, ParserSpec):
                self.register(loaded.name, loaded.func, loaded.requires)
            elif ep.name in self._specs:
                continue  # the module registered it with the decorator on import
            elif callable(loaded):
                self.register(ep.name, loaded, getattr(loaded, "requires", ()))
            else:
                raise TypeError(f"entry point {ep.name!r} ({ep.value}) is not a parser: {loaded!r}")

    def resolve(self, names: Iterable[str]) -> list[ParserSpec]:
        """``names`` and everything they require, each once, dependencies first.

        Raises `UnknownParserError` for a name nobody registered and
        `DependencyCycleError` naming the cycle when requirements loop.
        """
        order: list[ParserSpec] = []
        done: set[str] = set()
        for name in names:
            self._visit(name, order, done, [])
        return order

    def _visit(self, name: str, order: list[ParserSpec], done: set[str], path: list[str]) -> None:
        """Depth-first, requirements first. A method, not a nested function: a
        closure that calls itself is a reference cycle, left for the garbage
        collector on every pipeline built."""
        if name in done:
            return
        if name in path:
            cycle = [*path[path.index(name) :], name]
            raise DependencyCycleError("parser dependency cycle: " + " -> ".join(cycle))
        spec = self.get(name)
        path.append(name)
        for required in spec.requires:
            self._visit(required, order, done, path)
        path.pop()
        done.add(name)
        order.append(spec)


def _describe(func: Any) -> str:
    module = getattr(func, "__module__", "?")
    return f"{module}.{getattr(func, '__qualname__', repr(func))}"


def _importable(target: str) -> bool:
    """Whether the module of a ``module:function`` target exists (without importing it)."""
    from importlib.util import find_spec

    return find_spec(target.partition(":")[0]) is not None


#: The registry `vnpress.parse` and `vnpress.Pipeline` use.
default = Registry()
register = default.register
parser = default.parser
get = default.get
names = default.names
