"""The generator refuses hostile input cleanly: a ``file:line`` message or a one-line error, exit 2,
and the output exactly as it was."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import load
from generator.cli import main
from generator.write import MANIFEST

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"
TITLE = "title: Notes Service\n"


def _snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder (as None), hidden ones included."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in root.rglob("*")
    }


@pytest.fixture
def out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "generated"
    assert main(["generate", str(NOTES), "--out", str(target)]) == 0
    capsys.readouterr()
    return target


def _title_line() -> int:
    return NOTES.read_text().splitlines().index("  " + TITLE.strip()) + 1


def _bomb() -> str:
    """Nine levels of nine aliases each: 9**9 strings from a dozen lines."""
    lines = ["  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 9):
        name, below = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"  {name}: &{name} [{', '.join([f'*{below}'] * 9)}]")
    return "x-bomb:\n" + "\n".join(lines) + "\n"


# (spec text from the notes fixture's, what the message says, the line it names or None for any)
HOSTILE_SPECS: dict[str, tuple[Callable[[str], str], str, str | None]] = {
    "nul": (lambda t: t.replace(TITLE, "title: Notes\x00Service\n"), "U+0000", "title"),
    "control": (lambda t: t.replace(TITLE, "title: Notes\x1bService\n"), "U+001B", "title"),
    "escaped-control": (
        lambda t: t.replace(TITLE, 'title: "Notes\\x07Service"\n'),
        "service.title: control character U+0007",
        "title",
    ),
    "python-tag": (
        lambda t: t.replace(TITLE, "title: !!python/object/apply:os.system [echo]\n"),
        "service.title: unsupported YAML tag !!python/object/apply:os.system",
        "title",
    ),
    "unknown-tag": (
        lambda t: t.replace(TITLE, "title: !foo Notes\n"),
        "service.title: unsupported YAML tag !foo",
        "title",
    ),
    "deep-flow": (lambda t: t + "x-deep: " + "[" * 5000 + "]" * 5000 + "\n", "nest", "end"),
    "deep-block": (
        lambda t: t
        + "x-deep:\n"
        + "".join("  " * level + f"k{level}:\n" for level in range(1, 5000))
        + "  " * 5000
        + "leaf\n",
        "nest",  # libyaml says "exceeded maximum nesting depth" itself
        None,
    ),
    "self-alias": (lambda t: t + "x-loop: &loop [*loop]\n", "nested deeper than", "end"),
    "alias-bomb": (lambda t: t + _bomb(), "aliases expand to more than", None),
}


@pytest.fixture(params=["libyaml", "pure-python"])
def yaml_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each case with the loader in use and with PyYAML's own, which recurses in Python."""
    if request.param == "pure-python":
        import yaml

        monkeypatch.setattr(load, "_Loader", yaml.SafeLoader)
    yield request.param


@pytest.mark.parametrize("case", sorted(HOSTILE_SPECS))
def test_a_hostile_spec_is_refused_with_its_line(
    case: str,
    yaml_loader: str,
    out: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit, message, where = HOSTILE_SPECS[case]
    spec = tmp_path / "hostile.yaml"
    spec.write_text(edit(NOTES.read_text()), encoding="utf-8")
    before = _snapshot(out)
    for command in ("validate", "generate", "check"):
        args = [command, str(spec)] + (["--out", str(out)] if command != "validate" else [])
        assert main(args) == 2
        err = capsys.readouterr().err
        assert "hostile.yaml:" in err and message in err, err
        assert "Traceback" not in err and len(err.splitlines()) == 2  # the problem, the count
        line = int(err.split("hostile.yaml:", 1)[1].split(":", 1)[0])
        spec_lines = len(NOTES.read_text().splitlines())
        if where == "title":
            assert line == _title_line()
        elif where == "end" and not (case == "deep-flow" and yaml_loader == "pure-python"):
            assert line == spec_lines + 1
    assert _snapshot(out) == before


def test_a_missing_templates_folder_is_refused(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    missing = tmp_path / "no-such-templates"
    assert main(["generate", str(NOTES), "--out", str(out), "--templates", str(missing)]) == 2
    assert f"{missing}: no such template folder" in capsys.readouterr().err
    assert _snapshot(out) == before


@pytest.mark.parametrize("layout", ["empty", "empty-protocol-folder", "no-runtime"])
def test_an_empty_or_partial_templates_folder_is_refused(
    layout: str, out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    templates = tmp_path / "templates"
    templates.mkdir()
    if layout == "empty-protocol-folder":
        (templates / "tc3-api").mkdir()
        (templates / "runtime").mkdir()
    if layout == "no-runtime":
        shutil.copytree(ROOT / "templates" / "tc3-api", templates / "tc3-api")
    for command in ("generate", "check"):
        assert main([command, str(NOTES), "--out", str(out), "--templates", str(templates)]) == 2
        err = capsys.readouterr().err
        if layout == "no-runtime":
            assert f"{templates / 'runtime'}: holds no runtime file" in err
        else:
            assert f"{templates / 'tc3-api'}: holds no *.jinja template" in err
    assert _snapshot(out) == before


@pytest.fixture
def foreign(tmp_path: Path) -> Path:
    """A folder of someone else's files."""
    folder = tmp_path / "mine"
    (folder / "sub").mkdir(parents=True)
    (folder / "notes.txt").write_text("by hand\n")
    (folder / "sub" / "tool.py").write_text("x = 1\n")
    return folder


def test_a_non_empty_folder_generate_did_not_write_is_refused(
    foreign: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(foreign)
    for command, verb in (("generate", "generate"), ("check", "check")):
        assert main([command, str(NOTES), "--out", str(foreign)]) == 2
        err = capsys.readouterr().err
        assert f"{verb}: " in err and f"holds no {MANIFEST}" in err and "--force" in err
    assert _snapshot(foreign) == before


def test_force_writes_into_a_foreign_folder_and_keeps_its_files(foreign: Path) -> None:
    assert main(["generate", str(NOTES), "--out", str(foreign), "--force"]) == 0
    assert (foreign / "notes.txt").read_text() == "by hand\n"
    assert (foreign / "sub" / "tool.py").read_text() == "x = 1\n"
    assert main(["check", str(NOTES), "--out", str(foreign)]) == 0
    assert "notes.txt" not in (foreign / MANIFEST).read_text()


def test_check_ignores_tool_caches_and_builds_inside_the_output(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = bytes(range(256)) * 8
    litter = {
        ".mypy_cache/3.11/tcnotes/client.data.json": binary,
        "tcnotes/build/lib/tcnotes/client.py": b"stale build copy\n",
        "tcnotes/dist/tcnotes-1.0-py3-none-any.whl": binary,
        "tcnotes/tcnotes.egg-info/PKG-INFO": b"Name: tcnotes\n",
        "tcnotes/tcnotes/__pycache__/client.cpython-311.pyc": binary,
    }
    for relative, data in litter.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_bytes(data)
    assert main(["check", str(NOTES), "--out", str(out)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_an_undecodable_generated_file_is_drift_not_a_traceback(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client = out / "tcnotes" / "tcnotes" / "client.py"
    client.write_bytes(b"\xff\xfe\x00binary")
    assert main(["check", str(NOTES), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "-<not UTF-8 text: 9 bytes>" in captured.out
    assert "out of date" in captured.err


def test_a_manifest_line_outside_the_output_is_not_read(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "secret.txt").write_text("not-the-output-s-business\n")
    with (out / MANIFEST).open("a") as manifest:
        manifest.write("../secret.txt\n")
    assert main(["check", str(NOTES), "--out", str(out)]) == 0
    assert "not-the-output-s-business" not in capsys.readouterr().out


def test_new_folders_get_the_usual_mode_at_every_depth(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        assert main(["generate", str(NOTES), "--out", str(tmp_path / "deep" / "generated")]) == 0
    finally:
        os.umask(previous)
    folders = [tmp_path / "deep", *(p for p in (tmp_path / "deep").rglob("*") if p.is_dir())]
    assert len(folders) > 5
    assert {oct(folder.stat().st_mode & 0o777) for folder in folders} == {"0o755"}
    files = [p for p in (tmp_path / "deep").rglob("*") if p.is_file()]
    assert {oct(file.stat().st_mode & 0o777) for file in files} == {"0o644"}
