"""Where a spec says its statements come from: any service can cite its published pages, and the
SMS specs, transcribed from the stored documents, cite only documents that are there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator.validate import SCHEMA_FILE
from support.documents import docs_dir

ROOT = Path(__file__).resolve().parent.parent
SMS_SPECS = sorted((ROOT / "spec").glob("sms*.yaml"))
SOURCE_KEYS = ("source", "sources", "doc")


def cited(node: Any) -> Iterator[str]:
    """Every document a spec cites: the values under ``source``, ``sources`` and ``doc``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in SOURCE_KEYS and isinstance(value, str):
                yield value
            elif key in SOURCE_KEYS and isinstance(value, list):
                yield from (item for item in value if isinstance(item, str))
            else:
                yield from cited(value)
    elif isinstance(node, list):
        for item in node:
            yield from cited(item)


def source_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/source"})


@pytest.mark.parametrize("spec", SMS_SPECS, ids=lambda path: path.name)
def test_the_sms_specs_cite_only_stored_documents_that_exist(spec: Path) -> None:
    sources = set(cited(yaml.safe_load(spec.read_text(encoding="utf-8"))))
    assert sources, "the spec cites no document"
    stored = {path.name for path in docs_dir().iterdir()}
    assert sorted(sources - stored) == []


@pytest.mark.parametrize(
    "source",
    ["003_c813d22a2e469ea7.txt", "https://www.tencentcloud.com/document/api/382/52077"],
)
def test_a_source_is_a_stored_document_or_a_published_page(source: str) -> None:
    assert source_validator().is_valid(source)


@pytest.mark.parametrize(
    "source", ["notes.txt", "http://insecure.example.com/doc", "https://", "003_c813d22a.txt"]
)
def test_anything_else_is_not_a_source(source: str) -> None:
    assert not source_validator().is_valid(source)
