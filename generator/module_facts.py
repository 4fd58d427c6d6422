"""What one rendered Python module binds, reads without binding, and imports: for ``soundness``.

The compiler decides (``compile`` for syntax, ``symtable`` for scopes), so what counts as bound is
exactly what Python binds: assignments, definitions, imports, ``global`` from a function. A name
read in an annotation under ``from __future__ import annotations`` is never evaluated, and the
symbol tables leave it out too.

Parsing and compiling cost about as much as formatting, and most files are the same as last run,
so the facts of a text are cached like black's results (``generator.cache``).
"""

from __future__ import annotations

import ast
import builtins
import hashlib
import json
import symtable
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from generator.cache import cache_directory, write_entry

# What every module namespace has besides builtins (``__path__`` only in a package, but a module
# reading it outside one is not this check's concern).
_MODULE_NAMES = frozenset(
    {
        "__annotations__",
        "__builtins__",
        "__cached__",
        "__doc__",
        "__file__",
        "__loader__",
        "__name__",
        "__package__",
        "__path__",
        "__spec__",
    }
)
ALWAYS_BOUND = frozenset(dir(builtins)) | _MODULE_NAMES
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
# Bump when the facts or their meaning change: cached facts of an older checker are not reused.
_FACTS_VERSION = "2"
_SALT = f"module-facts {_FACTS_VERSION}\0{sys.version}\0".encode()


@dataclass(frozen=True)
class Import:
    """``from <module> import <names>`` (relative when ``level``), or ``import <module>`` (names
    None)."""

    line: int
    level: int
    module: str
    names: tuple[str, ...] | None


@dataclass(frozen=True)
class ModuleFacts:
    """One module's text, as the tree-wide check needs it; ``syntax_error`` set means nothing else
    is."""

    syntax_error: tuple[int, str] | None
    bound: frozenset[str]
    # A star import or a module ``__getattr__`` can provide any name: such a module is not judged.
    open_ended: bool
    undefined: tuple[tuple[int, str], ...]  # (line, name) of reads nothing binds
    unbound_exports: tuple[tuple[int, str], ...]  # ``__all__`` entries the module does not bind
    imports: tuple[Import, ...]


def module_facts(path: str, text: str) -> ModuleFacts:
    """The facts of ``text``, from the cache when this text was seen before."""
    directory = cache_directory()
    key = hashlib.sha256(_SALT + text.encode("utf-8", "surrogatepass")).hexdigest()
    entry = directory / "module-facts" / key[:2] / key[2:] if directory else None
    if entry is not None:
        try:
            return _decode(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no entry yet, or one this version cannot read: recompute it
    facts = _compute(path, text)
    if entry is not None:
        write_entry(entry, _encode(facts))
    return facts


def _compute(path: str, text: str) -> ModuleFacts:
    try:
        syntax = ast.parse(text, filename=path)
        compile(syntax, path, "exec", dont_inherit=True)
        table = symtable.symtable(text, path, "exec")
    except SyntaxError as exc:
        return ModuleFacts((exc.lineno or 1, exc.msg), frozenset(), True, (), (), ())
    bound = {
        symbol.get_name()
        for symbol in table.get_symbols()
        if symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace()
    }
    bound.update(_assigned_through_global(table))
    starred = any(
        isinstance(node, ast.ImportFrom) and node.names[0].name == "*" for node in syntax.body
    )
    # A module ``__getattr__`` answers importers, not the module's own reads.
    open_ended = starred or "__getattr__" in bound
    undefined: list[tuple[int, str]] = []
    if not starred:
        reads = [(s, n) for s, n in _global_reads(table) if n not in bound | ALWAYS_BOUND]
        if reads:
            locator = _Locator(syntax)
            undefined = sorted({(locator.line(scope, name), name) for scope, name in reads})
    return ModuleFacts(
        syntax_error=None,
        bound=frozenset(bound),
        open_ended=open_ended,
        undefined=tuple(undefined),
        unbound_exports=tuple(_unbound_exports(syntax, bound)),
        imports=tuple(_imports(syntax.body)),
    )


def _tables(table: symtable.SymbolTable) -> Iterator[symtable.SymbolTable]:
    yield table
    for child in table.get_children():
        yield from _tables(child)


def _assigned_through_global(table: symtable.SymbolTable) -> Iterator[str]:
    """Names a function binds in the module with a ``global`` statement."""
    for scope in _tables(table):
        for symbol in scope.get_symbols():
            if symbol.is_declared_global() and symbol.is_assigned():
                yield symbol.get_name()


def _global_reads(table: symtable.SymbolTable) -> Iterator[tuple[symtable.SymbolTable, str]]:
    """Every (scope, name) where a scope reads a name it looks up in the module's globals."""
    for scope in _tables(table):
        for symbol in scope.get_symbols():
            if symbol.is_referenced() and symbol.is_global():
                yield scope, symbol.get_name()


def _unbound_exports(syntax: ast.Module, bound: set[str]) -> Iterator[tuple[int, str]]:
    for node in syntax.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, (ast.List, ast.Tuple))):
            continue
        if not any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            continue
        for item in node.value.elts:
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                if item.value not in bound:
                    yield item.lineno, item.value


def _imports(body: list[ast.stmt]) -> Iterator[Import]:
    """Every import statement, at any depth; expressions (most of the tree) are not visited."""
    for node in body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(node.lineno, 0, alias.name, None)
        elif isinstance(node, ast.ImportFrom):
            names = tuple(alias.name for alias in node.names)
            yield Import(node.lineno, node.level, node.module or "", names)
        for name in ("body", "orelse", "finalbody", "handlers", "cases"):
            nested = getattr(node, name, None)
            if isinstance(nested, list):
                yield from _imports(nested)


class _Locator:
    """Finds the line where a scope reads a name; symbol tables know only where scopes start."""

    def __init__(self, syntax: ast.Module) -> None:
        self._syntax = syntax
        self._scopes = {
            (node.name, node.lineno): node for node in ast.walk(syntax) if isinstance(node, _SCOPES)
        }

    def line(self, scope: symtable.SymbolTable, name: str) -> int:
        node = self._scopes.get((scope.get_name(), scope.get_lineno()), self._syntax)
        lines = [
            found.lineno
            for found in ast.walk(node)
            if isinstance(found, ast.Name) and found.id == name
        ]
        return min(lines, default=max(scope.get_lineno(), 1))


def _encode(facts: ModuleFacts) -> str:
    return json.dumps(
        {
            "syntax_error": facts.syntax_error,
            "bound": sorted(facts.bound),
            "open_ended": facts.open_ended,
            "undefined": facts.undefined,
            "unbound_exports": facts.unbound_exports,
            "imports": [[i.line, i.level, i.module, i.names] for i in facts.imports],
        }
    )


def _decode(text: str) -> ModuleFacts:
    data = json.loads(text)
    error = data["syntax_error"]
    return ModuleFacts(
        syntax_error=(int(error[0]), str(error[1])) if error else None,
        bound=frozenset(data["bound"]),
        open_ended=bool(data["open_ended"]),
        undefined=tuple((int(line), str(name)) for line, name in data["undefined"]),
        unbound_exports=tuple((int(line), str(name)) for line, name in data["unbound_exports"]),
        imports=tuple(
            Import(int(line), int(level), str(module), tuple(names) if names is not None else None)
            for line, level, module, names in data["imports"]
        ),
    )
