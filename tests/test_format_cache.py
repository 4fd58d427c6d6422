"""The formatting cache: the same bytes as black, cold or warm, and black runs only for new text."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from generator import format as formatting
from generator.format import BLACK_MODE, CACHE_ENV, FormatCache, format_tree
from generator.render import TemplateFailure

TREE = {
    "pkg/a.py": "x = {  'a':1 }\n",
    "pkg/b.py": "def f( y ):\n  return y\n",
    "pkg/README.md": "not   python\n",
}


def black_only(tree: dict[str, str]) -> dict[str, str]:
    return {
        path: black.format_str(text, mode=BLACK_MODE) if path.endswith(".py") else text
        for path, text in tree.items()
    }


def test_a_cold_cache_gives_blacks_output_and_fills_the_cache(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path / "cache")
    assert format_tree(TREE, cache=cache) == black_only(TREE)
    assert len(list((tmp_path / "cache").rglob("*"))) >= 2


def test_a_warm_cache_does_not_run_black(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = FormatCache(tmp_path / "cache")
    expected = format_tree(TREE, cache=cache)

    def no_black(*args: object, **kwargs: object) -> str:
        raise AssertionError("black ran for text it had formatted before")

    monkeypatch.setattr(black, "format_str", no_black)
    assert format_tree(TREE, cache=cache) == expected


def test_changed_text_is_formatted_again(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path / "cache")
    format_tree(TREE, cache=cache)
    changed = {**TREE, "pkg/a.py": "x = {  'a':2 }\n"}
    assert format_tree(changed, cache=cache) == black_only(changed)


def test_the_key_depends_on_blacks_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = FormatCache(tmp_path).key("x = 1\n")
    monkeypatch.setattr(formatting, "BLACK_VERSION", "0.0-other")
    assert FormatCache(tmp_path).key("x = 1\n") != before


def test_a_cache_that_cannot_be_written_is_not_used(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    assert format_tree(TREE, cache=FormatCache(blocked / "cache")) == black_only(TREE)


def test_an_unreadable_entry_is_a_miss(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path / "cache")
    key = cache.key(TREE["pkg/a.py"])
    entry = tmp_path / "cache" / key[:2] / key[2:]
    entry.parent.mkdir(parents=True)
    entry.write_bytes(b"\xff\xfe")
    assert format_tree(TREE, cache=cache) == black_only(TREE)


def test_invalid_python_is_an_error_naming_the_template_and_is_not_cached(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path / "cache")
    with pytest.raises(TemplateFailure) as caught:
        format_tree({"pkg/bad.py": "def (:\n"}, {"pkg/bad.py": "bad.py.jinja"}, cache=cache)
    assert caught.value.template == "bad.py.jinja"
    assert not (tmp_path / "cache").exists()


def test_the_environment_moves_or_disables_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "elsewhere"))
    assert FormatCache.from_environment().directory == tmp_path / "elsewhere"
    monkeypatch.setenv(CACHE_ENV, "")
    disabled = FormatCache.from_environment()
    assert disabled.directory is None
    assert format_tree(TREE, cache=disabled) == black_only(TREE)
