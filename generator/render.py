"""Renders a service model through the templates of its protocol into ``{relative path: text}``.

Templates live in ``templates/<protocol>/``; a template's path is its output path under
``generated/``, with ``__package__`` standing for the package name and ``.jinja`` dropped. Shared
pieces live in ``templates/macros/``. Nothing here touches the output directory.
"""

from __future__ import annotations

import textwrap
from functools import cache
from pathlib import Path, PurePosixPath

import jinja2

from generator import naming
from generator.legacy_model import LegacyService
from generator.model import Service

TEMPLATE_ROOT = Path(__file__).resolve().parent.parent / "templates"
PACKAGE_PLACEHOLDER = "__package__"
TEMPLATE_SUFFIX = ".jinja"


class TemplateFailure(Exception):
    """A template could not be rendered; names the template."""

    def __init__(self, template: str, reason: str) -> None:
        super().__init__(f"{template}: {reason}")
        self.template = template


@cache
def make_environment(root: Path = TEMPLATE_ROOT) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(root),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docline"] = _docline
    env.filters["pyrepr"] = repr
    env.filters["snake"] = naming.snake_case
    env.filters["pystring"] = _pystring
    return env


def _docline(
    text: str, indent: str = "", prefix: str = "", hang: str = "    ", width: int = 100
) -> str:
    """Wraps prose into a docstring block: ``indent + prefix`` first, ``indent + hang`` after.

    Escapes what would end a docstring early. The result starts with the indent, so templates
    place it at column 0.
    """
    cleaned = " ".join(str(text).split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if cleaned.endswith('"'):
        # A closing ``"""`` may follow directly; a bare quote there would end the string early.
        cleaned = cleaned[:-1] + '\\"'
    return textwrap.fill(
        cleaned,
        width=width,
        initial_indent=indent + prefix,
        subsequent_indent=indent + (hang if prefix else ""),
        break_long_words=False,
        break_on_hyphens=False,
    )


def _pystring(text: str, width: int = 72) -> str:
    """A Python string literal; long text becomes a parenthesised implicit concatenation."""
    if len(text) <= width:
        return repr(text)
    lines = textwrap.wrap(text, width=width, drop_whitespace=False, break_long_words=False)
    return "(\n" + "\n".join(repr(line) for line in lines) + "\n)"


def header_line(spec_path: str) -> str:
    return f"# Generated from {spec_path} by tcgen; do not edit."


def template_names(protocol: str, root: Path = TEMPLATE_ROOT) -> list[str]:
    base = root / protocol
    return sorted(
        path.relative_to(root).as_posix()
        for path in base.rglob(f"*{TEMPLATE_SUFFIX}")
        if path.is_file()
    )


def output_path(template_name: str, package: str) -> str:
    relative = PurePosixPath(template_name.removesuffix(TEMPLATE_SUFFIX))
    parts = [package if part == PACKAGE_PLACEHOLDER else part for part in relative.parts[1:]]
    return PurePosixPath(*parts).as_posix()


def template_sources(
    service: Service | LegacyService, root: Path = TEMPLATE_ROOT
) -> dict[str, str]:
    """Maps each output path of ``service`` to the template that renders it."""
    return {
        output_path(name, service.package): name for name in template_names(service.protocol, root)
    }


def render_service(service: Service | LegacyService, root: Path = TEMPLATE_ROOT) -> dict[str, str]:
    """Renders every template of the service's protocol; TemplateFailure names the first bad one."""
    env = make_environment(root)
    tree: dict[str, str] = {}
    for name in template_names(service.protocol, root):
        try:
            text = env.get_template(name).render(
                service=service, header=header_line(service.spec_path)
            )
        except jinja2.TemplateError as exc:
            raise TemplateFailure(name, f"{type(exc).__name__}: {exc}") from exc
        tree[output_path(name, service.package)] = text
    return tree
