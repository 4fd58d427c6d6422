"""A second Tencent Cloud API 3.0 product fits: its own package root, client and emulator.

``tests/fixtures/second_service/spec.yaml`` (a fictional short-link service, two actions) renders
through the same templates as SMS. Its package is generated into a temporary folder and run in a
subprocess, so nothing of it stays imported here.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import SpecInvalid
from generator.pipeline import render_tree
from generator.write import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests" / "fixtures" / "second_service" / "spec.yaml"
SMS_SPECS = [ROOT / "spec" / "sms.2021-01-11.yaml", ROOT / "spec" / "sms-legacy.v5.yaml"]

# Runs in the subprocess, with the generated root first on sys.path; prints one JSON document.
_CALLS = textwrap.dedent("""
    import asyncio, json
    from tcshortlink import AsyncShortlinkClient, CallOptions, errors
    from tcshortlink._service import API_VERSION, DEFAULT_ENDPOINT
    from tcshortlink.emulator import Emulator

    async def both_async(emulator):
        async with emulator.async_client() as client:
            created = await client.create_short_link(long_url="https://cloud.example.com/x")
            clicks = await client.describe_short_link_clicks(code="aZ3kq")
        return created.short_link.url, clicks.clicks, clicks.request_id

    with Emulator() as emulator, emulator.client() as client:
        created = client.create_short_link(long_url="https://cloud.example.com/x", expire_days=7)
        clicks = client.describe_short_link_clicks(code="aZ3kq")
        try:
            client.create_short_link(
                long_url="https://cloud.example.com/x",
                expire_days=0,
                options=CallOptions(validate=False),
            )
        except errors.TencentCloudError as error:
            refused = error.code
        answers = {
            "version": API_VERSION,
            "endpoint": DEFAULT_ENDPOINT,
            "sync": [created.short_link.code, created.short_link.url,
                     created.short_link.expire_time, created.request_id, clicks.clicks],
            "async": list(asyncio.run(both_async(emulator))),
            "refused": refused,
            "received": emulator.admin.requests_received(),
            "async_class": AsyncShortlinkClient.__name__,
        }
    print(json.dumps(answers))
    """)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("second") / "generated"
    assert main(["generate", str(SECOND), "--out", str(out)]) == 0
    return out


def test_the_second_service_gets_its_own_package_root(generated: Path) -> None:
    assert (generated / "tcshortlink" / "pyproject.toml").is_file()
    assert (generated / "tcshortlink" / "README.md").is_file()
    assert (generated / "tcshortlink" / "tcshortlink" / "client.py").is_file()
    assert sorted(path.name for path in generated.iterdir()) == [".tcgen-manifest", "tcshortlink"]


def test_nothing_of_the_sms_overlay_reaches_a_package_without_it(generated: Path) -> None:
    package = generated / "tcshortlink" / "tcshortlink"
    assert not (package / "status_codes.py").exists()
    assert not (package / "emulator" / "sms").exists()
    emulator = "\n".join(path.read_text() for path in (package / "emulator").rglob("*.py"))
    text = emulator.lower()
    for sms_word in ("sms", "phone", "signature and template", "smsstatusnotification"):
        assert sms_word not in text, sms_word


def test_both_actions_answer_through_both_clients_against_its_own_emulator(
    generated: Path,
) -> None:
    finished = subprocess.run(
        [sys.executable, "-c", _CALLS],
        cwd=generated,
        env={"PYTHONPATH": str(generated / "tcshortlink"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    answers = json.loads(finished.stdout)
    assert (answers["version"], answers["endpoint"]) == (
        "2023-05-05",
        "shortlink.tencentcloudapi.com",
    )
    # CreateShortLink answers its documented example under the request's own id.
    code, url, expire_time, request_id, clicks = answers["sync"]
    assert (code, url, expire_time) == ("aZ3kq", "https://s.example.com/aZ3kq", 1700604800)
    assert request_id != "6f0d7c1e-31c5-4bd2-9b43-6e1b9e0c2a11"
    # DescribeShortLinkClicks documents no example: the smallest answer its fields allow.
    assert clicks == 0
    assert answers["async"][:2] == ["https://s.example.com/aZ3kq", 0]
    # The generic emulator checks the documented constraints (ExpireDays >= 1) itself.
    assert answers["refused"] == "InvalidParameterValue"
    assert answers["received"] == 5
    assert answers["async_class"] == "AsyncShortlinkClient"


def test_both_sms_specs_and_a_second_service_render_together() -> None:
    tree = render_tree([*SMS_SPECS, SECOND])
    roots = {path.split("/", 1)[0] for path in tree}
    assert roots == {"tcsms", "tcshortlink"}
    for root in roots:
        assert f"{root}/README.md" in tree and f"{root}/pyproject.toml" in tree
    # The legacy spec adds its module to the SMS package, in the SMS root.
    assert "tcsms/tcsms/legacy.py" in tree
    assert "tcsms/tcsms/status_codes.py" in tree
    assert "tcsms/tcsms/emulator/sms/handlers.py" in tree
    assert not any(path.startswith("tcshortlink/tcshortlink/emulator/sms/") for path in tree)


def test_two_specs_of_one_package_still_clash(tmp_path: Path) -> None:
    copy = tmp_path / "shortlink.yaml"
    copy.write_text(SECOND.read_text())
    with pytest.raises(SpecInvalid) as raised:
        render_tree([SECOND, copy])
    messages = [problem.message for problem in raised.value.problems]
    assert "output tcshortlink/README.md produced twice" in messages


def test_one_manifest_covers_every_root_and_a_dropped_spec_takes_only_its_files(
    tmp_path: Path,
) -> None:
    notes = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"
    out = tmp_path / "generated"
    assert main(["generate", str(SECOND), str(notes), "--out", str(out)]) == 0
    listed = (out / MANIFEST).read_text().splitlines()
    assert "tcshortlink/pyproject.toml" in listed and "tcnotes/pyproject.toml" in listed
    (out / "tcnotes" / "NOTES.local").write_text("by hand\n")
    assert main(["generate", str(SECOND), "--out", str(out)]) == 0
    assert not (out / "tcnotes" / "pyproject.toml").exists()
    assert (out / "tcnotes" / "NOTES.local").read_text() == "by hand\n"
    assert (out / "tcshortlink" / "tcshortlink" / "client.py").is_file()
