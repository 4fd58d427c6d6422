"""Refuses an output tree whose Python would fail on import, before anything is written.

black accepts some text the compiler refuses (``return`` outside a function, a duplicate argument),
and neither notices a name nobody defines: a handler table naming a function no template renders
fails only when the module is imported. So every ``.py`` file of the formatted tree must compile
and read only names it binds, builtins, or what a star import may bring; and every import of one
of the tree's own modules (relative, or absolute under one of the tree's packages) must name a
module the tree has and a name that module binds (or a submodule).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.module_facts import Import, ModuleFacts, module_facts
from generator.render import TemplateFailure


@dataclass(frozen=True, order=True)
class OutputProblem:
    """A place in the rendered tree that would fail when imported, and the template it came from."""

    path: str
    line: int
    message: str
    template: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message} (template {self.template})"


class UnsoundOutput(TemplateFailure):
    """The rendered tree does not compile or reads undefined names; carries every problem."""

    def __init__(self, problems: list[OutputProblem]) -> None:
        super().__init__(problems[0].template, "\n".join(str(p) for p in problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def check_tree(tree: dict[str, str], sources: dict[str, str]) -> None:
    """Raises ``UnsoundOutput`` naming every problem of the ``.py`` files of ``tree``.

    ``tree`` maps ``<package root>/<path>`` to text; a module's dotted name is its path below the
    root. ``sources`` maps the same paths to the template each came from.
    """
    modules = {
        _module_name(path): (path, module_facts(path, text))
        for path, text in tree.items()
        if path.endswith(".py")
    }
    resolvers = {root: _Resolver(root, modules) for root in {root for root, _ in modules}}
    problems = [
        OutputProblem(path, line, message, sources.get(path, path))
        for (root, name), (path, facts) in modules.items()
        for line, message in _problems(name, path, facts, resolvers[root])
    ]
    if problems:
        raise UnsoundOutput(sorted(problems))


ModuleKey = tuple[str, str]  # (package root, dotted module name)


def _module_name(path: str) -> ModuleKey:
    """``tcsms/tcsms/emulator/__init__.py`` -> (``tcsms``, ``tcsms.emulator``)."""
    root, *parts = PurePosixPath(path).with_suffix("").parts
    if parts and parts[-1] == "__init__":
        parts.pop()
    return root, ".".join(parts)


def _problems(
    name: str, path: str, facts: ModuleFacts, resolver: _Resolver
) -> Iterator[tuple[int, str]]:
    if facts.syntax_error is not None:
        line, message = facts.syntax_error
        yield line, f"does not compile: {message}"
        return
    for line, name in facts.undefined:
        yield line, f"undefined name {name!r}"
    for line, export in facts.unbound_exports:
        if not resolver.known(f"{name}.{export}" if name else export):
            yield line, f"__all__ names {export!r}, which is not defined"
    package = name if path.endswith("/__init__.py") else name.rpartition(".")[0]
    for statement in facts.imports:
        yield from resolver.problems(statement, package)


class _Resolver:
    """Answers what one package root's modules define."""

    def __init__(self, root: str, modules: dict[ModuleKey, tuple[str, ModuleFacts]]) -> None:
        self._root = root
        self._modules = modules
        names = [name for r, name in modules if r == root]
        # Folders count as packages even without an __init__.py (namespace packages).
        self._packages = {
            n.rsplit(".", depth)[0] for n in names for depth in range(1, n.count(".") + 1)
        }
        self._tops = {n.split(".")[0] for n in names}

    def known(self, dotted: str) -> bool:
        return (self._root, dotted) in self._modules or dotted in self._packages

    def problems(self, statement: Import, package: str) -> Iterator[tuple[int, str]]:
        line = statement.line
        if statement.names is None:  # import a.b.c
            if statement.module.split(".")[0] in self._tops and not self.known(statement.module):
                yield line, f"imports {statement.module}, which the output does not have"
            return
        if statement.level:
            base = package.split(".") if package else []
            if statement.level - 1 > len(base):
                yield line, "relative import beyond the top-level package"
                return
            parts = base[: len(base) - statement.level + 1]
            target = ".".join([*parts, *([statement.module] if statement.module else [])])
        else:
            target = statement.module
            if target.split(".")[0] not in self._tops:
                return  # the standard library or a dependency: not the tree's to judge
        if not self.known(target):
            yield line, f"imports from {target}, which the output does not have"
            return
        found = self._modules.get((self._root, target))
        facts = found[1] if found else None
        if facts is not None and (facts.open_ended or facts.syntax_error):
            return
        for name in statement.names:
            defined = facts is not None and name in facts.bound
            if name != "*" and not defined and not self.known(f"{target}.{name}"):
                yield line, f"imports {name!r} from {target}, which does not define it"
