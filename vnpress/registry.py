"""Parsers registered by name, with what they require and what they produce.

A parser is a function from a `Document` to a sequence of items::

    import vnpress

    @vnpress.parser("hashtags", requires=["dates"], produces=Hashtag)
    def find_hashtags(doc: vnpress.Document) -> list[Hashtag]:
        ...

The built-in parsers (``dates``, ``officials``, ``agreements``,
``commitments``, ``events``) are declared the same way, with `declare`, in
their own modules, which are imported only when first asked for, so ``import
vnpress`` stays light. Third-party distributions add parsers through the
entry-point group ``vnpress.parsers``; an entry point names a declared
function, a `ParserSpec`, or any callable (registered under the entry
point's name, with ``requires`` read from its ``requires`` attribute).

Registering a parser makes it available, not enabled: `vnpress.parse` runs
the built-in parsers unless told otherwise (``only=``, ``also=``), so
installing a plugin never changes anyone's default output.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from vnpress.errors import DependencyCycleError, DuplicateParserError, UnknownParserError

if TYPE_CHECKING:
    from vnpress.model import Document

ENTRY_POINT_GROUP = "vnpress.parsers"

ParserFunc = Callable[["Document"], Sequence[Any]]
F = TypeVar("F", bound=Callable[..., Sequence[Any]])

#: Where each built-in parser is declared (``module:function``), in the order
#: `vnpress.parse` runs them; imported on first use.
BUILTINS: dict[str, str] = {
    "dates": "vnpress.dates:parse_dates",
    "officials": "vnpress.officials:parse_officials",
    "agreements": "vnpress.agreements:parse_agreements",
    "commitments": "vnpress.commitments:parse_commitments",
    "events": "vnpress.events:parse_events",
}

#: Names a parser may not take: they are keys of every ``vnpress/1`` document.
RESERVED = frozenset({"schema", "published", "warnings", "text", "id"})
_SPEC_ATTRIBUTE = "__vnpress_parser__"


def _names(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError(f"requires must be a list of names, not the string {value!r}")
    return tuple(value)


@attrs.frozen
class ParserSpec:
    """A parser: its name, the function, what it needs first, and the class
    of the items it returns (None when it does not say)."""

    name: str
    func: ParserFunc
    requires: tuple[str, ...] = attrs.field(default=(), converter=_names)
    produces: type | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.isidentifier():
            raise ValueError(f"parser name must be an identifier, got {self.name!r}")
        if self.name in RESERVED:
            reserved = ", ".join(sorted(RESERVED))
            raise ValueError(
                f"{self.name!r} cannot name a parser: it is a key of every document ({reserved})"
            )


def declare(
    name: str, *, requires: Iterable[str] = (), produces: type | None = None
) -> Callable[[F], F]:
    """Say what a function is as a parser, without registering it anywhere:
    a registry (or an entry point) that is given the function reads it."""

    def decorate(func: F) -> F:
        setattr(func, _SPEC_ATTRIBUTE, ParserSpec(name, func, tuple(requires), produces))
        return func

    return decorate


def spec_of(func: Any) -> ParserSpec | None:
    """The `ParserSpec` a function was declared with, if any."""
    spec = getattr(func, _SPEC_ATTRIBUTE, None)
    return spec if isinstance(spec, ParserSpec) else None


class Registry:
    """Parsers by name. `vnpress.registry.default` is the one vnpress uses."""

    def __init__(
        self,
        *,
        builtins: dict[str, str] | None = None,
        group: str | None = None,
    ):
        self._specs: dict[str, ParserSpec] = {}
        self._builtins = dict(BUILTINS if builtins is None else builtins)
        self._group = ENTRY_POINT_GROUP if group is None else group
        self._plugins_loaded = False
        self.plugin_errors: list[str] = []  # entry points that could not be loaded

    # -- registering -------------------------------------------------------

    def register(
        self,
        name: str,
        func: ParserFunc,
        requires: Iterable[str] = (),
        produces: type | None = None,
    ) -> ParserSpec:
        """Register ``func`` under ``name``; registering the same function again is a no-op."""
        return self.add(ParserSpec(name, func, _names(requires), produces))

    def add(self, spec: ParserSpec) -> ParserSpec:
        """Register a `ParserSpec`."""
        existing = self._specs.get(spec.name)
        if existing is not None:
            if existing.func is spec.func:
                return existing
            raise DuplicateParserError(
                f"a parser named {spec.name!r} is already registered "
                f"({_describe(existing.func)}); cannot register {_describe(spec.func)}"
            )
        self._specs[spec.name] = spec
        return spec

    def parser(
        self, name: str, *, requires: Iterable[str] = (), produces: type | None = None
    ) -> Callable[[F], F]:
        """Decorator: declare a function as a parser and register it here;
        returns the function unchanged."""

        def decorate(func: F) -> F:
            declare(name, requires=requires, produces=produces)(func)
            spec = spec_of(func)
            assert spec is not None
            self.add(spec)
            return func

        return decorate

    def unregister(self, name: str) -> None:
        """Remove a parser (mainly for tests and interactive sessions)."""
        self._specs.pop(name, None)

    # -- looking up --------------------------------------------------------

    def get(self, name: str) -> ParserSpec:
        """The parser called ``name``, importing a built-in or plugin if needed."""
        spec = self._specs.get(name) or self._builtin(name)
        if spec is not None:
            return spec
        self.load_plugins()
        if name in self._specs:
            return self._specs[name]
        known = ", ".join(self.names()) or "none"
        raise UnknownParserError(f"unknown parser {name!r}; available: {known}")

    def _builtin(self, name: str) -> ParserSpec | None:
        target = self._builtins.get(name)
        if target is None or not _importable(target):
            return None
        module, _, attribute = target.partition(":")
        func = getattr(importlib.import_module(module), attribute)
        spec = spec_of(func) or ParserSpec(name, func)
        return self.add(attrs.evolve(spec, name=name) if spec.name != name else spec)

    def defaults(self) -> list[str]:
        """The parsers `vnpress.parse` runs when not told which: the built-ins."""
        return [name for name in self._builtins if name in self._specs or self._available(name)]

    def _available(self, name: str) -> bool:
        return _importable(self._builtins[name])

    def names(self) -> list[str]:
        """Every parser name available: built-in, registered and from entry points."""
        self.load_plugins()
        ordered = self.defaults()
        return ordered + sorted(n for n in self._specs if n not in ordered)

    def item_type(self, name: str) -> type | None:
        """The class of the items parser ``name`` produces, if it says (and is known)."""
        if name not in self._specs and name not in self._builtins:
            self.load_plugins()
        try:
            return self.get(name).produces
        except UnknownParserError:
            return None

    def load_plugins(self) -> None:
        """Make the parsers that installed distributions declare available (once).

        An entry point that fails to load is reported once, as a warning and
        in `plugin_errors`, and the others still load.
        """
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        # Imported here: importlib.metadata costs more than the rest of `import vnpress`.
        from importlib.metadata import entry_points

        for ep in entry_points(group=self._group):
            try:
                self._load(ep.name, ep.value, ep.load())
            except Exception as e:  # a broken plugin must not break vnpress
                problem = f"vnpress plugin {ep.name!r} ({ep.value}) was not loaded: {e}"
                self.plugin_errors.append(problem)
                warnings.warn(problem, RuntimeWarning, stacklevel=2)

    def _load(self, name: str, where: str, loaded: Any) -> None:
        spec = loaded if isinstance(loaded, ParserSpec) else spec_of(loaded)
        if spec is not None:
            self.add(spec)
        elif name in self._specs:
            return  # the module registered it with the decorator on import
        elif callable(loaded):
            self.register(name, loaded, getattr(loaded, "requires", ()))
        else:
            raise TypeError(f"it is not a parser: {loaded!r}")

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
