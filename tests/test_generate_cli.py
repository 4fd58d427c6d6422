"""``generate`` writes atomically and prunes; ``check`` reports drift; bad input changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.write import MANIFEST, read_tree

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "generated"
    assert main(["generate", str(NOTES), "--out", str(target)]) == 0
    capsys.readouterr()
    return target


def test_generate_then_check_is_clean(out: Path) -> None:
    assert main(["check", str(NOTES), "--out", str(out)]) == 0


def test_two_runs_are_byte_identical(out: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert main(["generate", str(NOTES), "--out", str(again)]) == 0
    assert _snapshot(out) == _snapshot(again)


def test_generating_what_is_already_there_writes_nothing(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing to replace: no temporary tree, no import check, no file touched."""
    files = [path for path in out.rglob("*") if path.is_file()]
    before = {path: path.stat().st_mtime_ns for path in files}
    folder = out.stat().st_ino
    assert main(["generate", str(NOTES), "--out", str(out)]) == 0
    assert "already holds these" in capsys.readouterr().out
    assert {path: path.stat().st_mtime_ns for path in files} == before
    assert out.stat().st_ino == folder  # not swapped for a new folder
    client = out / "tcnotes" / "tcnotes" / "client.py"
    client.write_text(client.read_text() + "# edited by hand\n")
    assert main(["generate", str(NOTES), "--out", str(out)]) == 0
    assert "wrote " in capsys.readouterr().out
    assert "# edited by hand" not in client.read_text()


def written_earlier(out: Path, relative: str, text: str) -> None:
    """A file as if an earlier generate had written it: on disk and in the manifest."""
    (out / relative).write_text(text)
    with (out / MANIFEST).open("a") as manifest:
        manifest.write(relative + "\n")


def test_check_reports_drift_with_a_diff(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client = out / "tcnotes" / "tcnotes" / "client.py"
    client.write_text(client.read_text() + "# edited by hand\n")
    written_earlier(out, "tcnotes/tcnotes/stale.py", "old = 1\n")
    assert main(["check", str(NOTES), "--out", str(out)]) == 1
    diff = capsys.readouterr().out
    assert "-# edited by hand" in diff
    assert "--- " in diff and "stale.py" in diff


def test_generate_removes_files_it_wrote_that_the_spec_no_longer_produces(out: Path) -> None:
    written_earlier(out, "tcnotes/tcnotes/stale.py", "old = 1\n")
    assert main(["generate", str(NOTES), "--out", str(out)]) == 0
    assert not (out / "tcnotes" / "tcnotes" / "stale.py").exists()
    assert "stale.py" not in (out / MANIFEST).read_text()
    assert main(["check", str(NOTES), "--out", str(out)]) == 0


def test_generate_never_deletes_what_it_did_not_write(out: Path) -> None:
    kept = {"NOTES.local": "by hand\n", "tcnotes/tcnotes/local_helper.py": "x = 1\n"}
    for relative, text in kept.items():
        (out / relative).write_text(text)
    cache = out / "tcnotes" / "tcnotes" / "__pycache__" / "client.cpython-311.pyc"
    cache.parent.mkdir(exist_ok=True)
    cache.write_bytes(b"\x00compiled")
    assert main(["generate", str(NOTES), "--out", str(out)]) == 0
    for relative, text in kept.items():
        assert (out / relative).read_text() == text
    assert cache.read_bytes() == b"\x00compiled"
    assert main(["check", str(NOTES), "--out", str(out)]) == 0  # not the generator's to judge


def test_generate_refuses_to_overwrite_a_file_it_did_not_write(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = out / MANIFEST
    lines = manifest.read_text().splitlines()
    manifest.write_text(
        "\n".join(line for line in lines if line != "tcnotes/tcnotes/client.py") + "\n"
    )
    (out / "tcnotes" / "tcnotes" / "client.py").write_text("mine = 1\n")
    before = _snapshot(out)
    assert main(["generate", str(NOTES), "--out", str(out)]) == 2
    assert "would overwrite tcnotes/tcnotes/client.py" in capsys.readouterr().err
    assert _snapshot(out) == before


def test_broken_spec_leaves_output_untouched(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    broken = tmp_path / "broken.yaml"
    broken.write_text(NOTES.read_text().replace("type: Note\n", "type: Nope\n"))
    assert main(["generate", str(broken), "--out", str(out)]) == 2
    assert "unknown type 'Nope'" in capsys.readouterr().err
    assert _snapshot(out) == before
    assert main(["check", str(broken), "--out", str(out)]) == 2


def test_broken_template_leaves_output_untouched(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    errors_template = templates / "tc3-api" / "__package__" / "errors.py.jinja"
    errors_template.write_text(errors_template.read_text() + "{{ service.no_such_thing }}\n")
    args = ["generate", str(NOTES), "--out", str(out), "--templates", str(templates)]
    assert main(args) == 2
    assert "errors.py.jinja" in capsys.readouterr().err
    assert _snapshot(out) == before


def test_template_producing_invalid_python_names_the_template(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    models_template = templates / "tc3-api" / "__package__" / "models" / "__init__.py.jinja"
    models_template.write_text(models_template.read_text() + "def broken(:\n")
    args = ["generate", str(NOTES), "--out", str(out), "--templates", str(templates)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "models/__init__.py.jinja" in err and "not valid Python" in err
    assert _snapshot(out) == before


def test_real_spec_output_is_fresh(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0, capsys.readouterr().out[-3000:]
    assert read_tree(ROOT / "generated")
