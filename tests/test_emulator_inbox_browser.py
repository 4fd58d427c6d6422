"""The emulator's inbox page (``GET /_inbox``) in a real headless Chromium: after a send the
message is there, a pending template is approved by clicking its button, and a reply injected
from outside shows up through the page's own refresh, without a reload. With an admin token the
page opens through ``?token=`` and its forms still work. No JavaScript error reaches the console.

The page's markup these tests read: ``article.message#message-<serial>[data-phone]`` with
``.text`` and ``.status``; ``li.reply#reply-<id>``; ``#template-<id>[data-status]`` with a
``button.approve`` form while under review; ``form.inject-reply`` with ``input[name=text]``;
``main#inbox``; "inbox" in the title. Every action answers 303 back to the inbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

from support.browser import chromium, console_errors
from tcsms import SmsClient
from tcsms.emulator import Emulator

PHONE = "+8613711112222"
# Seconds any one thing the page should show may take to show.
WAIT = 10.0
# Set on the window before an action; still there afterwards only if the page was not reloaded.
MARKER = "__inboxTestMarker"


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    with chromium(tmp_path / "profile") as driver:
        yield driver


def wait(driver: webdriver.Chrome) -> WebDriverWait[webdriver.Chrome]:
    """An explicit, bounded wait. The page swaps its content about every second, so an element
    found a moment ago may be gone: each check finds its elements again."""
    return WebDriverWait(
        driver,
        WAIT,
        poll_frequency=0.1,
        ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
    )


def element(driver: webdriver.Chrome, element_id: str, css: str | None = None) -> WebElement:
    """``#element_id`` (found by id: serial numbers hold characters CSS would need escaped), or
    the first match of ``css`` inside it."""
    found = driver.find_element(By.ID, element_id)
    return found if css is None else found.find_element(By.CSS_SELECTOR, css)


def shows(driver: webdriver.Chrome, element_id: str, css: str | None, text: str) -> bool:
    return text in element(driver, element_id, css).text


def status_of(driver: webdriver.Chrome, element_id: str) -> str | None:
    return element(driver, element_id).get_attribute("data-status")


def click(driver: webdriver.Chrome, element_id: str, css: str) -> None:
    """Clicks ``css`` inside ``#element_id``, finding it again if a refresh replaced it first
    (a click on a replaced element is refused before anything is sent)."""

    def clicked(driver: webdriver.Chrome) -> bool:
        element(driver, element_id, css).click()
        return True

    wait(driver).until(clicked, f"could not click {css} in #{element_id}")


def mark(driver: webdriver.Chrome) -> None:
    driver.execute_script(f"window.{MARKER} = true;")


def marked(driver: webdriver.Chrome) -> bool:
    return driver.execute_script(f"return window.{MARKER} === true;") is True


def page_text(driver: webdriver.Chrome) -> str:
    return driver.find_element(By.TAG_NAME, "body").text[:300]


def on_inbox(driver: webdriver.Chrome, inbox: str) -> bool:
    """Whether the browser shows the inbox (a view of it given by a query included)."""
    return driver.current_url.partition("?")[0] == inbox


def submit_and_reload(driver: webdriver.Chrome, inbox: str, element_id: str, css: str) -> None:
    """Clicks a submit button of the page and waits for the answer: the server's 303 brings the
    browser back to the inbox, a new document."""
    mark(driver)
    click(driver, element_id, css)
    wait(driver).until(
        lambda d: not marked(d) and d.execute_script("return document.readyState") == "complete",
        f"clicking {css} in #{element_id} did not load the inbox again",
    )
    assert on_inbox(driver, inbox), f"the action answered: {page_text(driver)}"


def reply_form(driver: webdriver.Chrome, serial: str) -> WebElement:
    """The inject-reply form of message ``serial`` (its action may spell the serial escaped)."""
    for form in driver.find_elements(By.CSS_SELECTOR, "form.inject-reply"):
        action = unquote(urlsplit(form.get_attribute("action") or "").path)
        if action == f"/_inbox/messages/{serial}/reply":
            assert (form.get_attribute("method") or "").lower() == "post"
            return form
    raise NoSuchElementException(f"form.inject-reply for message {serial}")


def send_code(emulator: Emulator, client: SmsClient, code: str) -> tuple[dict[str, Any], str]:
    """Sends a code to PHONE with a seeded signature and template: what seed() gave, the serial."""
    seeded = emulator.admin.seed()
    answer = client.send_sms(phone_number_set=[PHONE], template_param_set=[code], **seeded)
    [status] = answer.send_status_set or []
    assert status.code == "Ok"
    return seeded, status.serial_no


def add_template(client: SmsClient, content: str) -> int:
    """Submits a template through the API; without auto_approve it waits for review."""
    added = client.add_sms_template(
        template_name="welcome", template_content=content, sms_type=1, international=0, remark="-"
    )
    return int(added.add_template_status.template_id)


def stored_template(emulator: Emulator, template_id: int) -> dict[str, Any]:
    [row] = [row for row in emulator.admin.templates() if row["id"] == template_id]
    return row


def assert_no_console_errors(driver: webdriver.Chrome) -> None:
    errors = console_errors(driver)
    # None: this driver cannot read the console, so there is nothing to check it against.
    if errors is not None:
        assert errors == [], "the page logged errors in the browser console"


def test_the_inbox_shows_a_send_approves_by_click_and_shows_a_reply_unreloaded(
    browser: webdriver.Chrome,
) -> None:
    with Emulator(auto_approve=False) as emulator, emulator.client() as client:
        seeded, serial = send_code(emulator, client, "4321")
        template_id = add_template(client, "Welcome aboard, {1}")
        assert stored_template(emulator, template_id)["status"] != 0  # under review
        inbox = f"{emulator.endpoint}/_inbox"

        browser.get(inbox)
        assert "inbox" in browser.title.lower()
        assert browser.find_element(By.CSS_SELECTOR, "main#inbox")
        message_id = f"message-{serial}"
        wait(browser).until(
            lambda d: shows(d, message_id, ".text", "【Tencent】Your code is 4321"),
            f"#{message_id} does not show the rendered text",
        )
        message = element(browser, message_id)
        assert message.tag_name == "article"
        assert "message" in (message.get_dom_attribute("class") or "").split()
        assert message.get_attribute("data-phone") == PHONE
        assert element(browser, message_id, ".status").text.strip()

        template = f"template-{template_id}"
        assert len(browser.find_elements(By.ID, template)) == 1
        assert status_of(browser, template) == "under review"
        submit_and_reload(browser, inbox, template, "button.approve")
        wait(browser).until(
            lambda d: status_of(d, template) == "approved",
            f"#{template} is not shown approved after the click",
        )
        assert stored_template(emulator, template_id)["status"] == 0  # approved
        assert not browser.find_elements(By.CSS_SELECTOR, f"[id='{template}'] button.approve")

        # From here on the test only reads the page: the reply must come by the page's refresh.
        mark(browser)
        reply_text = "STOP, and thanks"
        reply_id = emulator.admin.inject_reply(
            phone_number=PHONE, text=reply_text, sms_sdk_app_id=seeded["sms_sdk_app_id"]
        )
        reply = f"reply-{reply_id}"
        wait(browser).until(
            lambda d: shows(d, reply, None, reply_text),
            f"#{reply} did not appear without a reload",
        )
        assert marked(browser), "the page reloaded itself instead of refreshing its content"
        assert element(browser, reply).tag_name == "li"
        following = browser.execute_script(
            "const [message, reply] = arguments;"
            " return Boolean(message.compareDocumentPosition(reply)"
            " & Node.DOCUMENT_POSITION_FOLLOWING);",
            element(browser, message_id),
            element(browser, reply),
        )
        assert following, "the reply is not shown under the messages of its number"
        assert_no_console_errors(browser)


def test_with_an_admin_token_the_page_opens_through_the_link_and_its_forms_work(
    browser: webdriver.Chrome,
) -> None:
    token = "inbox-secret"
    with Emulator(auto_approve=False, admin_token=token) as emulator, emulator.client() as client:
        _, serial = send_code(emulator, client, "8765")
        template_id = add_template(client, "See you, {1}")
        inbox = f"{emulator.endpoint}/_inbox"
        message_id = f"message-{serial}"

        browser.get(inbox)
        assert not browser.find_elements(By.ID, message_id), "the inbox opened without the token"
        console_errors(browser)  # the refusal's failed load is expected: drop it

        browser.get(f"{inbox}?token={token}")
        assert browser.current_url == inbox, "?token= did not redirect to the bare inbox"
        wait(browser).until(
            lambda d: shows(d, message_id, ".text", "Your code is 8765"),
            f"#{message_id} is not shown after opening the page with the token",
        )

        template = f"template-{template_id}"
        submit_and_reload(browser, inbox, template, "button.approve")
        wait(browser).until(lambda d: status_of(d, template) == "approved")
        assert stored_template(emulator, template_id)["status"] == 0

        reply_text = "Who is this?"

        def typed(driver: webdriver.Chrome) -> WebElement:
            form = reply_form(driver, serial)
            form.find_element(By.CSS_SELECTOR, "input[name='text']").send_keys(reply_text)
            return form

        form = wait(browser).until(typed, f"no inject-reply form for message {serial}")
        mark(browser)
        form.find_element(By.CSS_SELECTOR, "[type='submit']").click()
        wait(browser).until(lambda d: not marked(d), "the inject-reply form did not submit")
        assert on_inbox(browser, inbox), f"the reply form answered: {page_text(browser)}"
        [stored] = emulator.admin.replies()
        assert stored["text"] == reply_text and stored["phone"] == PHONE
        wait(browser).until(
            lambda d: shows(d, f"reply-{stored['id']}", None, reply_text),
            "the reply typed into the form is not shown",
        )
        assert_no_console_errors(browser)
