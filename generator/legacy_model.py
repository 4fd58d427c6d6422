"""The model of a legacy (``sms-legacy-v5``) spec: one pull URL, a signed body, typed records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from generator import naming
from generator.model import Field, Shape, build_fields


@dataclass(frozen=True)
class LegacyPullType:
    value: int
    meaning: str
    record: Shape


@dataclass(frozen=True)
class LegacyService:
    """The legacy pull-status protocol: one URL, a JSON body signed with ``sig``."""

    spec_path: str
    protocol: str
    title: str
    description: str
    package: str
    url: str
    query: tuple[Field, ...]
    body: tuple[Field, ...]
    response: tuple[Field, ...]
    sig_template: str
    max_clock_skew_seconds: int
    pull_types: tuple[LegacyPullType, ...]


def build_legacy_service(data: dict[str, Any], spec_path: PurePosixPath) -> LegacyService:
    """Builds the model of a validated legacy (``sms-legacy-v5``) spec."""
    service, legacy = data["service"], data["legacy"]
    type_names = set(data.get("types", {}))
    # Record fields say whether they are required, as the 3.0 callbacks' do: a field that is not
    # may be absent (the reply's ``extend``), so its attribute is optional.
    records = {
        name: Shape(
            name, "type", t["description"], build_fields(t["fields"], type_names, "request")
        )
        for name, t in data.get("types", {}).items()
    }
    return LegacyService(
        spec_path=str(spec_path),
        protocol=data["protocol"],
        title=service["title"],
        description=legacy.get("description", service["title"]),
        package=naming.package_name(service["name"]),
        url=legacy["url"],
        query=build_fields(legacy["query"], type_names, "request"),
        body=build_fields(legacy["body"], type_names, "request"),
        response=build_fields(legacy["response"], type_names, "type"),
        sig_template=legacy["sig"]["template"],
        max_clock_skew_seconds=legacy["sig"].get("max_clock_skew_seconds", 600),
        pull_types=tuple(
            LegacyPullType(t["value"], t["meaning"], records[t["record"]]) for t in legacy["types"]
        ),
    )
