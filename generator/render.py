"""Renders a service model through the templates of its protocol into ``{relative path: text}``.

Templates live in ``templates/<protocol>/``; a template's path is its output path under
``generated/``, with ``__package__`` standing for the package name and ``.jinja`` dropped. Shared
pieces live in ``templates/macros/``. Nothing here touches the output directory.

What only one service has (the SMS emulator's business rules, its status codes) lives in an overlay,
``templates/overlays/<name>/``, laid out the same way and rendered too when the spec says
``service.overlay: <name>``; an overlay adds files, it never replaces a protocol's.

Runtime that does not depend on the spec is plain Python in ``templates/runtime/`` (relative
imports), copied verbatim into every package of a protocol in ``RUNTIME_PROTOCOLS``, under the
header lines; see ``runtime_files``.
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
# What one service adds to its protocol's files, chosen by the spec's ``service.overlay``.
OVERLAY_DIR = "overlays"
RUNTIME_DIR = "runtime"
# Protocols whose packages carry the runtime; the legacy protocol adds a module to such a package.
RUNTIME_PROTOCOLS = frozenset({"tc3-api"})
# A template whose path holds one of these renders once per action (or data type), with that item
# as ``item`` and its snake_case name in place of the placeholder: what grows with the spec is
# split into one small module per item, which a call imports alone.
ITEM_PLACEHOLDERS = {"__action__": "actions", "__type__": "types"}
# Modules rendered only for a spec that has what they serve (the service attribute named): a
# package whose service sends no callbacks has no callbacks module.
OPTIONAL_MODULES = {"callbacks.py": "callbacks"}


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


def output_path(template_name: str, package: str, folder: str | None = None) -> str:
    """The template's path under ``folder`` (default: its first part), ``__package__`` replaced."""
    relative = PurePosixPath(template_name.removesuffix(TEMPLATE_SUFFIX))
    depth = len(PurePosixPath(folder).parts) if folder else 1
    parts = [package if part == PACKAGE_PLACEHOLDER else part for part in relative.parts[depth:]]
    return PurePosixPath(*parts).as_posix()


def template_folders(service: Service | LegacyService) -> list[str]:
    """The protocol's folder, then the overlay the spec names (``overlays/<name>``), if any."""
    overlay = service.overlay if isinstance(service, Service) else None
    return [service.protocol, *([f"{OVERLAY_DIR}/{overlay}"] if overlay else [])]


def service_templates(
    service: Service | LegacyService, root: Path = TEMPLATE_ROOT
) -> dict[str, str]:
    """Output path -> template, for every template of the service.

    An overlay only adds files: one that would replace a protocol's file is refused, so what a
    generic template says holds for every service.
    """
    return {path: name for path, (name, _) in planned_templates(service, root).items()}


def planned_templates(
    service: Service | LegacyService, root: Path = TEMPLATE_ROOT
) -> dict[str, tuple[str, object | None]]:
    """Output path -> (template, the item it renders or None for the whole service)."""
    templates: dict[str, tuple[str, object | None]] = {}
    for folder in template_folders(service):
        if not (root / folder).is_dir():
            raise TemplateFailure(folder, f"no such template folder under {root}")
        for name in template_names(folder, root):
            items = template_items(service, output_path(name, service.package, folder))
            for path, item in items.items():
                if path in templates:
                    raise TemplateFailure(
                        name, f"{path} is already rendered by {templates[path][0]}"
                    )
                templates[path] = (name, item)
    return templates


def template_items(service: Service | LegacyService, path: str) -> dict[str, object | None]:
    """The output paths of one template's ``path`` and the item each renders (None: the service)."""
    needed = OPTIONAL_MODULES.get(path.removeprefix(f"{service.package}/"))
    if needed is not None and not getattr(service, needed, ()):
        return {}
    for placeholder, attribute in ITEM_PLACEHOLDERS.items():
        if placeholder in path:
            return {
                path.replace(placeholder, naming.snake_case(item.name)): item
                for item in getattr(service, attribute, ())
            }
    return {path: None}


def template_sources(
    service: Service | LegacyService, root: Path = TEMPLATE_ROOT
) -> dict[str, str]:
    """Maps each output path of ``service`` to its template, or to the runtime file it copies."""
    sources = service_templates(service, root)
    if service.protocol in RUNTIME_PROTOCOLS:
        sources.update(
            (runtime_output_path(name, service.package), name) for name in runtime_names(root)
        )
    return sources


def render_service(service: Service | LegacyService, root: Path = TEMPLATE_ROOT) -> dict[str, str]:
    """Renders every template of the service (protocol and overlay); TemplateFailure names the
    first bad one."""
    env = make_environment(root)
    tree: dict[str, str] = {}
    for path, (name, item) in planned_templates(service, root).items():
        try:
            text = env.get_template(name).render(
                service=service, header=header_line(service.spec_path), item=item
            )
        except jinja2.TemplateError as exc:
            raise TemplateFailure(name, f"{type(exc).__name__}: {exc}") from exc
        tree[path] = text
    return tree


def runtime_names(root: Path = TEMPLATE_ROOT) -> list[str]:
    """The files under ``templates/runtime/``, relative to the template root."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in (root / RUNTIME_DIR).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


def runtime_output_path(runtime_name: str, package: str) -> str:
    """``runtime/_http.py`` -> ``<package>/_http.py``: the same relative path under the package."""
    return PurePosixPath(package, *PurePosixPath(runtime_name).parts[1:]).as_posix()


def runtime_header(spec_path: str, runtime_name: str) -> str:
    """What a runtime copy starts with: the usual header, then where the source is edited."""
    return f"{header_line(spec_path)}\n# Copied from templates/{runtime_name}; edit it there.\n"


def runtime_files(service: Service | LegacyService, root: Path = TEMPLATE_ROOT) -> dict[str, str]:
    """The runtime copies of the service's package: ``{output path: header + source}``.

    The sources are linted and black-formatted where they live, and comment lines on top keep them
    so, which is why the copies need no formatting.
    """
    if service.protocol not in RUNTIME_PROTOCOLS:
        return {}
    copies = {
        runtime_output_path(name, service.package): runtime_header(service.spec_path, name)
        + (root / name).read_text(encoding="utf-8")
        for name in runtime_names(root)
    }
    # A copy would silently replace the rendered file; one of the two must go.
    rendered = service_templates(service, root)
    for path in sorted(copies.keys() & rendered.keys()):
        raise TemplateFailure(rendered[path], f"{path} is already a copy from {RUNTIME_DIR}/")
    return copies
