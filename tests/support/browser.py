"""Headless Chromium for tests of the emulator's pages: Debian's ``chromium`` driven through its
``chromedriver`` by Selenium, both given by path so nothing is looked up or downloaded.

``make browser`` (a dependency of ``make test``) installs the two packages. Where they are missing
the tests that need them skip, naming the reason; in CI (the ``CI`` variable set) they fail
instead, so a CI run never passes without having run them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service

__all__ = ["CHROMEDRIVER", "CHROMIUM", "PAGE_LOAD_TIMEOUT", "chromium", "console_errors"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Seconds a navigation (or a form's submission) may take before the driver gives up on it.
PAGE_LOAD_TIMEOUT = 15.0

# The machine may have no network beyond loopback: without the background-networking flags
# Chromium keeps reaching out (updates, safe browsing, sync), and those refused connections slow
# it down and fill its log. No sandbox: the tests may run as root, which Chromium's sandbox refuses.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1024",
)


def _missing() -> str | None:
    """Why the browser cannot run here, or None."""
    absent = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not os.access(path, os.X_OK)]
    if not absent:
        return None
    return f"{' and '.join(absent)} not installed (`make browser` installs Debian's chromium)"


@contextmanager
def chromium(profile: Path) -> Iterator[webdriver.Chrome]:
    """A headless Chromium with a new empty profile in ``profile`` (a directory that must not
    exist yet), quit when the block ends; skips the test where the browser is not installed,
    and fails it instead when ``CI`` is set."""
    reason = _missing()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI is set, so the browser tests must run")
        pytest.skip(reason)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    # The console's messages, read by console_errors().
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=str(CHROMEDRIVER))
    with pytest.MonkeyPatch.context() as patch:
        # Given both paths Selenium does not run Selenium Manager; were it ever to, it must not
        # try to download a driver or browser.
        patch.setenv("SE_OFFLINE", "true")
        driver = webdriver.Chrome(options=options, service=service)
    try:
        driver.set_page_load_timeout(PAGE_LOAD_TIMEOUT)
        yield driver
    finally:
        driver.quit()


def console_errors(driver: webdriver.Chrome) -> list[dict[str, Any]] | None:
    """The SEVERE entries of the browser console since the last call (uncaught exceptions,
    ``console.error``, failed loads), or None where this driver cannot read the console.

    The browser's own request for ``/favicon.ico`` is left out: a page that declares no icon
    gets it asked for anyway, and its 404 says nothing about the page."""
    # Selenium leaves get_log unannotated; what it returns is a list of entries (dicts).
    get_log: Callable[[str], list[dict[str, Any]]] = driver.get_log
    try:
        entries = get_log("browser")
    except (WebDriverException, AttributeError):  # a driver without the legacy log endpoint
        return None
    return [
        entry
        for entry in entries
        if entry.get("level") == "SEVERE"
        and not (entry.get("source") == "network" and "/favicon.ico " in entry.get("message", ""))
    ]
