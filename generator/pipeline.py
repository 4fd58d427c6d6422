"""load → validate → model → render → format for a set of specs: the whole output tree in memory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from generator.errors import SpecError, SpecInvalid
from generator.format import format_tree
from generator.legacy_model import LegacyService, build_legacy_service
from generator.load import LoadedSpec, load_spec
from generator.model import Service, build_service
from generator.render import (
    RUNTIME_DIR,
    RUNTIME_PROTOCOLS,
    TEMPLATE_ROOT,
    TemplateFailure,
    render_service,
    runtime_files,
    runtime_names,
    template_folders,
    template_names,
    template_sources,
)
from generator.soundness import check_tree
from generator.validate import validate_spec

ROOT = Path(__file__).resolve().parent.parent


def check_specs(files: Sequence[Path]) -> tuple[list[LoadedSpec], list[SpecError]]:
    """Loads and validates every file: the valid specs, and every problem of all the others."""
    problems: list[SpecError] = []
    specs: list[LoadedSpec] = []
    for file in files:
        spec, load_problems = load_spec(file)
        problems.extend(load_problems)
        if spec is not None and not load_problems:
            found = validate_spec(spec)
            problems.extend(found)
            if not found:
                specs.append(spec)
    return specs, problems


def load_valid_specs(files: Sequence[Path]) -> list[LoadedSpec]:
    """The loaded specs; raises SpecInvalid with every problem when any file has one."""
    specs, problems = check_specs(files)
    if problems:
        raise SpecInvalid(problems)
    return specs


def spec_label(file: Path) -> PurePosixPath:
    """How generated headers name a spec: relative to the repository when inside it."""
    resolved = file.resolve()
    try:
        return PurePosixPath(resolved.relative_to(ROOT).as_posix())
    except ValueError:
        return PurePosixPath(resolved.name)


Model = Service | LegacyService
MODEL_BUILDERS: dict[str, Callable[[dict[str, Any], PurePosixPath], Model]] = {
    "tc3-api": build_service,
    "sms-legacy-v5": build_legacy_service,
}


def build_models(specs: Sequence[LoadedSpec]) -> list[Model]:
    """The model of every spec, built the way its protocol needs."""
    return [
        MODEL_BUILDERS[spec.data["protocol"]](spec.data, spec_label(spec.file)) for spec in specs
    ]


def package_root(service: Model) -> str:
    """The folder of the output tree that holds the distribution of ``service``'s package.

    The package name decides it, so specs of one package (the legacy API adds a module to the SMS
    package) share a root, and every other spec gets its own README and pyproject.
    """
    return service.package


def check_template_root(service: Model, root: Path) -> None:
    """Refuses a template tree that lacks what ``service`` needs.

    Rendering from a wrong ``--templates`` folder would give a tree with files missing, and
    ``generate`` removes what it wrote before and no longer produces: everything, for an empty one.
    """
    if not root.is_dir():
        raise TemplateFailure(str(root), "no such template folder")
    for folder in template_folders(service):
        if not template_names(folder, root):
            raise TemplateFailure(str(root / folder), "holds no *.jinja template")
    if service.protocol in RUNTIME_PROTOCOLS and not runtime_names(root):
        message = f"holds no runtime file, which every {service.protocol} package needs"
        raise TemplateFailure(str(root / RUNTIME_DIR), message)


def render_tree(files: Sequence[Path], template_root: Path = TEMPLATE_ROOT) -> dict[str, str]:
    """The complete, formatted output tree for ``files``: ``<package root>/<path>`` -> text.

    Raises ``TemplateFailure`` (``UnsoundOutput``) when the tree's Python would not even import.
    """
    tree: dict[str, str] = {}
    sources: dict[str, str] = {}  # output path -> the template it came from, for messages
    for service in build_models(load_valid_specs(files)):
        check_template_root(service, template_root)
        rendered = render_service(service, template_root)
        service_sources = template_sources(service, template_root)
        files_of_service = format_tree(rendered, service_sources)
        files_of_service.update(runtime_files(service, template_root))  # formatted at the source
        root = PurePosixPath(package_root(service))
        formatted = {(root / path).as_posix(): text for path, text in files_of_service.items()}
        sources.update((f"{root / path}", name) for path, name in service_sources.items())
        clash = tree.keys() & formatted.keys()
        if clash:
            raise SpecInvalid(
                [
                    SpecError(Path(service.spec_path), 1, "service", f"output {p} produced twice")
                    for p in sorted(clash)
                ]
            )
        tree.update(formatted)
    check_tree(tree, sources)
    return dict(sorted(tree.items()))
