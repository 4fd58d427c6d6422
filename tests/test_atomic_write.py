"""``generate`` is atomic where it matters: when writing itself fails, not only when rendering does.

Each test starts from an old output tree that differs from what the generator would write now
(every generated file edited, a stale module, files the generator never wrote), makes one step of
the write fail, and checks that the old tree is still there byte for byte, that nothing is left
beside it, and that the command says what failed and where (exit 2).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import main
from generator.pipeline import render_tree

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"

Snapshot = dict[str, bytes | None]
Rename = Callable[..., None]


def _snapshot(root: Path) -> Snapshot:
    """Every file's bytes and every folder (as None) under ``root``, hidden ones included."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in root.rglob("*")
    }


def _generate(out: Path) -> int:
    return main(["generate", str(NOTES), "--out", str(out)])


@pytest.fixture
def out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """An output tree from an earlier run, plus files the generator did not write."""
    target = tmp_path / "generated"
    assert _generate(target) == 0
    capsys.readouterr()
    for path in target.rglob("*"):
        if path.is_file():
            path.write_bytes(path.read_bytes() + b"# from the previous run\n")
    (target / "tcnotes" / "tcnotes" / "stale.py").write_text("dropped_from_the_spec = 1\n")
    (target / "NOTES.local").write_text("kept by hand\n")
    cache = target / "tcnotes" / "tcnotes" / "__pycache__"
    cache.mkdir()
    (cache / "client.cpython-311.pyc").write_bytes(b"\x00\x01binary")
    return target


def _beside(out: Path) -> list[str]:
    """What is in the output's parent folder, the output included."""
    return sorted(path.name for path in out.parent.iterdir())


def _fail_renames(
    monkeypatch: pytest.MonkeyPatch, fails: Callable[[Path, Path], BaseException | None]
) -> None:
    """Makes ``os.rename``/``os.replace`` raise what ``fails(src, dst)`` returns, if anything."""

    def wrap(real: Rename) -> Rename:
        def rename(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
            error = fails(Path(src), Path(dst))
            if error is not None:
                raise error
            real(src, dst)

        return rename

    monkeypatch.setattr(os, "rename", wrap(os.rename))
    monkeypatch.setattr(os, "replace", wrap(os.replace))


@pytest.mark.parametrize("which", ["first", "middle", "last"])
def test_a_file_write_failing_leaves_the_old_tree_and_nothing_beside_it(
    which: str,
    out: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _snapshot(out)
    files = len(render_tree([NOTES]))
    failing = {"first": 1, "middle": files // 2, "last": files}[which]
    real_write_text = Path.write_text
    written: list[Path] = []

    def write_text(path: Path, data: str, *args: object, **kwargs: object) -> int:
        if path.is_relative_to(tmp_path):
            written.append(path)
            if len(written) == failing:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_write_text(path, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", write_text)
    assert _generate(out) == 2
    monkeypatch.undo()

    assert len(written) == failing
    err = capsys.readouterr().err
    assert f"cannot write {out}" in err and "No space left on device" in err
    assert _snapshot(out) == before
    assert _beside(out) == ["generated"]


def test_a_failure_moving_the_old_tree_aside_leaves_it_in_place(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    denied = PermissionError(errno.EACCES, "Permission denied")
    _fail_renames(monkeypatch, lambda src, dst: denied if src == out else None)
    assert _generate(out) == 2
    monkeypatch.undo()

    assert f"cannot write {out}" in capsys.readouterr().err
    assert _snapshot(out) == before
    assert _beside(out) == ["generated"]


def test_a_failure_between_the_two_renames_puts_the_old_tree_back(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    attempts: list[bool] = []

    def fails(src: Path, dst: Path) -> BaseException | None:
        if dst != out or attempts:
            return None
        attempts.append(out.exists())  # the old tree must already be out of the way
        return OSError(errno.EIO, "I/O error")

    _fail_renames(monkeypatch, fails)
    assert _generate(out) == 2
    monkeypatch.undo()

    assert attempts == [False]
    err = capsys.readouterr().err
    assert f"cannot write {out}: [Errno {errno.EIO}] I/O error; {out} is unchanged" in err
    assert _snapshot(out) == before
    assert _beside(out) == ["generated"]


def test_an_interrupt_between_the_two_renames_puts_the_old_tree_back(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(out)
    interrupts: list[Path] = []

    def fails(src: Path, dst: Path) -> BaseException | None:
        if dst != out or interrupts:
            return None
        interrupts.append(src)
        return KeyboardInterrupt()

    _fail_renames(monkeypatch, fails)
    with pytest.raises(KeyboardInterrupt):
        _generate(out)
    monkeypatch.undo()

    assert len(interrupts) == 1
    assert _snapshot(out) == before
    assert _beside(out) == ["generated"]


def test_when_putting_the_old_tree_back_fails_too_the_message_says_where_it_is(
    out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    _fail_renames(
        monkeypatch, lambda src, dst: OSError(errno.EIO, "I/O error") if dst == out else None
    )
    assert _generate(out) == 2
    monkeypatch.undo()

    (kept,) = out.parent.iterdir()
    assert kept != out and kept.name.startswith(".generated.")
    assert _snapshot(kept) == before
    err = capsys.readouterr().err
    assert f"cannot write {out}" in err and f"it is in {kept}" in err


def test_a_successful_write_leaves_nothing_beside_the_output(out: Path) -> None:
    assert _generate(out) == 0
    assert _beside(out) == ["generated"]


def test_the_output_folder_gets_the_usual_mode_not_a_private_one(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    probe.mkdir()
    assert _generate(tmp_path / "fresh") == 0
    assert (tmp_path / "fresh").stat().st_mode == probe.stat().st_mode
