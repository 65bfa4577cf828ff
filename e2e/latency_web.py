"""Not a test: measures the time from opening senda-guide.html (from disk, in headless
Chromium at 360 × 740) to the language picker on screen, 10 times, each in a fresh browser.
The clock is the page's own: performance.now() when the picker first appears, which counts from
the start of the navigation. Run: .venv/bin/python -m pytest e2e/latency_web.py -s"""

import statistics

from test_app import wait
from web_browser import open_browser, page_url

RUNS = 10


def test_latency_to_the_language_picker():
    times, loaded = [], []
    for _ in range(RUNS):
        driver = open_browser()
        try:
            driver.get(page_url())
            wait(driver, "[data-screen=picker] [data-lang]", timeout=60)
            times.append(driver.execute_script("return window.__sendaPickerAt"))
            loaded.append(driver.execute_script("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
        finally:
            driver.quit()
    print("\nOPEN TO PICKER ms:", [round(t) for t in times])
    print("p50 %.0f ms, min %.0f, max %.0f" % (statistics.median(times), min(times), max(times)))
    print("(page parsed, DOMContentLoaded: p50 %.0f ms)" % statistics.median(loaded))
