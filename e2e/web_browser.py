"""Headless Chromium (Debian's chromium and chromium-driver, no download) opening the web
edition, senda-guide.html, from disk at a phone's size (360 × 740), with every network request
and every content-security-policy violation recorded from the first byte of the page."""

import json
import os
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
PAGE = Path(os.environ.get("SENDA_WEB_PAGE", TARGET / "web" / "senda-guide.html"))
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTH, HEIGHT = 360, 740

# Installed before the page's own script runs: records policy violations, and the moment the
# language picker first appears (performance.now(), milliseconds since navigation started).
_WATCH = """
window.__sendaViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__sendaViolations.push(e.violatedDirective + " " + e.blockedURI));
new MutationObserver((_, observer) => {
  if (document.querySelector("[data-screen=picker] [data-lang]")) {
    window.__sendaPickerAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
"""


def open_browser():
    """A fresh headless Chromium at 360 × 740, watching the network and the policy."""
    # Selenium must never try to download a browser or a driver: both are Debian's.
    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={WIDTH},{HEIGHT}",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--lang=en-US"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 2, "mobile": True}
    )
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _WATCH})
    return driver


def page_url() -> str:
    assert PAGE.exists(), f"build the web edition first: scripts/build-web ({PAGE})"
    return PAGE.resolve().as_uri()


def network_requests(driver) -> list:
    """Every request Chromium started since the last call, as (type, url)."""
    found = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        method = message.get("method", "")
        params = message.get("params", {})
        if method == "Network.requestWillBeSent":
            found.append((params.get("type", ""), params["request"]["url"]))
        elif method in ("Network.webSocketCreated", "Network.eventSourceMessageReceived"):
            found.append((method, params.get("url", "")))
    return found


# axe-core, the npm package the test command installs with the interface's packages.
AXE_SOURCE = ROOT / "ui" / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

_AXE_RUN = """
const [tags, done] = arguments;
requestAnimationFrame(() => requestAnimationFrame(() =>
  axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
    .then((r) => done(r.violations.map((v) => v.id + " (" + v.impact + "): " + v.help + " at " +
      v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "))))
    .catch((e) => done(["axe-error: " + e]))));
"""


def axe_violations(driver) -> list:
    """axe-core's violations on the screen shown now (injected through WebDriver, which the
    page's content security policy does not govern)."""
    assert AXE_SOURCE.exists(), f"axe-core is missing: run `npm install` in ui/ ({AXE_SOURCE})"
    if not driver.execute_script("return typeof window.axe !== 'undefined'"):
        driver.execute_script(AXE_SOURCE.read_text() + "\nwindow.axe = axe;")
    driver.set_script_timeout(60)
    return driver.execute_async_script(_AXE_RUN, AXE_TAGS)
