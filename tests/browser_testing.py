"""A real browser for the page tests: Debian's headless Chromium driven through its WebDriver
(Debian's chromium-driver, with the selenium package). ``Page`` records console errors, uncaught
exceptions, failed loads and dialogs; the ``page`` fixture fails a test that caused any. Importing
this module skips the importing test module when the browser is missing. Screenshots go under
test-artifacts/."""

from __future__ import annotations

import base64
import fnmatch
import shutil
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not Path(CHROMIUM).is_file():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM}", allow_module_level=True)
if not Path(CHROMEDRIVER).is_file():
    pytest.skip(
        "browser tests need Chromium's WebDriver (Debian's chromium-driver)",
        allow_module_level=True,
    )
webdriver = pytest.importorskip(
    "selenium.webdriver", reason="browser tests need the selenium package (test extra)"
)
from selenium.common.exceptions import (
    StaleElementReferenceException,
    TimeoutException,
    UnexpectedAlertPresentException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

ARTIFACTS = Path(__file__).parent.parent / "test-artifacts"
# Offline and quiet: nothing on this machine may reach out to the network.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT = 30  # seconds any wait may take before the test fails


class Page:
    """One Chromium (fresh profile) and what it reported: console errors, uncaught exceptions
    and failed loads come from the browser log; a dialog (alert, confirm, prompt) is dismissed
    and makes the next command raise UnexpectedAlertPresentException, naming its text."""

    def __init__(self, downloads: Path):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in ARGS:
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        options.set_capability("unhandledPromptBehavior", "dismiss and notify")
        options.add_experimental_option(
            "prefs",
            {"download.default_directory": str(downloads), "download.prompt_for_download": False},
        )
        service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
        self.driver = webdriver.Chrome(options=options, service=service)
        self.downloads = downloads
        self.log: list[dict] = []
        self.dialogs: list[str] = []
        self.set_viewport_size({"width": 1280, "height": 900})

    def close(self) -> None:
        self.read_log()
        self.driver.quit()

    def read_log(self) -> list[dict]:
        """Every browser log entry so far (each is read from Chromium once); a dialog still
        pending is noted in ``dialogs``."""
        try:
            self.driver.execute_script("return 0")  # the log command does not look for dialogs
        except UnexpectedAlertPresentException as dialog:
            self.dialogs.append(dialog.alert_text)
        self.log += self.driver.get_log("browser")
        return self.log

    def errors(self, sources: tuple[str, ...] = ()) -> list[str]:
        return [
            f"{e['source']}: {e['message']}"
            for e in self.read_log()
            if e["level"] == "SEVERE" and (not sources or e["source"] in sources)
        ]

    # Navigation and waiting
    def goto(self, url: str) -> None:
        self.driver.get(url)

    @property
    def url(self) -> str:
        return self.driver.current_url

    def wait_for(self, condition, what: str):
        try:
            # An element the page replaced while the condition read it is tried again.
            return WebDriverWait(
                self.driver, TIMEOUT, ignored_exceptions=(StaleElementReferenceException,)
            ).until(lambda _: condition())
        except TimeoutException:
            raise AssertionError(f"waited {TIMEOUT} s for {what}") from None

    def wait_for_url(self, pattern: str) -> None:
        self.wait_for(lambda: fnmatch.fnmatchcase(self.url, pattern), f"the URL {pattern}")

    def wait_for_function(self, script: str) -> None:
        self.wait_for(lambda: self.driver.execute_script("return " + script), script)

    def evaluate(self, script: str):
        return self.driver.execute_script("return " + script)

    # Finding elements
    def all(self, css: str, within: WebElement | None = None) -> list[WebElement]:
        return (within or self.driver).find_elements(By.CSS_SELECTOR, css)

    def first(self, css: str, within: WebElement | None = None) -> WebElement:
        """The first element matching ``css``, waiting for it to be in the page."""
        return self.wait_for(lambda: next(iter(self.all(css, within)), None), css)

    def visible(self, css: str) -> WebElement:
        """The first element matching ``css``, waiting for it to be shown."""
        element = self.first(css)
        self.wait_for(element.is_displayed, f"{css} to be visible")
        return element

    def link(self, name: str, within: WebElement | None = None, *, exact: bool = False):
        """The first link whose text (spaces collapsed, as a reader sees it) is ``name``, or
        contains it unless ``exact``."""
        assert "'" not in name
        test = (
            f"normalize-space(.)='{name}'" if exact else f"contains(normalize-space(.), '{name}')"
        )
        xpath = f".//a[{test}]"
        return self.wait_for(
            lambda: next(iter((within or self.driver).find_elements(By.XPATH, xpath)), None),
            f"a link named {name!r}",
        )

    def text(self, css: str) -> str:
        return self.first(css).text

    def texts(self, css: str) -> list[str]:
        """The shown text of every element matching ``css``, read in one script so that a list
        the page redraws between two reads (a completion list as keys arrive) is never read
        half old, half new."""
        return self.driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText)", css
        )

    def settle(self) -> None:
        """Wait two animation frames, so that work the page put off to the next frame is done."""
        self.driver.execute_async_script(
            "const done = arguments[0];"
            "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"
        )

    def scroll_to(self, element: WebElement) -> None:
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)

    # Viewport, downloads, screenshots
    def set_viewport_size(self, size: dict[str, int]) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {**size, "deviceScaleFactor": 1, "mobile": False},
        )

    def download(self, click) -> Path:
        """Run ``click()`` and return the file Chromium saved, under the name it chose."""
        before = set(self.downloads.iterdir())
        click()

        def saved():
            new = [p for p in self.downloads.iterdir() if p not in before]
            # Chromium writes a hidden temporary file (".org.chromium.Chromium.*"), renames it
            # to "*.crdownload", then to the name it chose: only the last is a saved file.
            done = [
                p for p in new if not p.name.endswith(".crdownload") and not p.name.startswith(".")
            ]
            return done[0] if done and len(new) == len(done) else None

        return self.wait_for(saved, "a download")

    def screenshot(self, name: str, *, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        params: dict = {"format": "png"}
        if full_page:
            size = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
            params["captureBeyondViewport"] = True
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"]}
            params["clip"]["scale"] = 1
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", params)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


def checked_page(tmp_path_factory):
    """A fresh browser for one test, failing it on any error or dialog the browser saw. A test
    module makes it its fixture with ``page = pytest.fixture(checked_page)``."""
    page = Page(tmp_path_factory.mktemp("downloads"))
    try:
        yield page
        errors = page.errors()
    finally:
        page.close()
    assert errors == [], errors
    assert page.dialogs == [], page.dialogs


def shot(page: Page, name: str, *, full_page: bool = False) -> Path:
    return page.screenshot(name, full_page=full_page)
