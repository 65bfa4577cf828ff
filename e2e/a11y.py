"""Checks that a screen of the real app can be used by everyone: axe-core (the npm package the
test command installs, injected through WebDriver) with the WCAG 2.2 AA and best-practice
rules, touch targets of at least 48 × 48 px, and nothing wider than the window."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AXE_SOURCE = ROOT / "ui" / "node_modules" / "axe-core" / "axe.min.js"

# WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

_RUN = """
const [tags, done] = arguments;
axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
  .then((r) => done(r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " :: " + n.failureSummary),
  }))))
  .catch((e) => done([{ id: "axe-error", impact: "critical", help: String(e), nodes: [] }]));
"""


def inject_axe(driver):
    """Loads axe-core into the page once (the app is one page, so it stays loaded)."""
    assert AXE_SOURCE.exists(), f"axe-core is missing: run `npm install` in ui/ ({AXE_SOURCE})"
    if not driver.execute_script("return typeof window.axe !== 'undefined'"):
        driver.execute_script(AXE_SOURCE.read_text() + "\nwindow.axe = axe;")


def rules_checked(driver):
    """The ids of the axe rules the checks run."""
    inject_axe(driver)
    return driver.execute_script("return axe.getRules(arguments[0]).map((r) => r.ruleId)", TAGS)


def axe_violations(driver):
    """Every violation on the screen shown now, as dictionaries (rule, impact, where)."""
    inject_axe(driver)
    driver.set_script_timeout(60)
    # Two frames first, so the screen just rendered has been laid out.
    driver.execute_async_script("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));")
    return driver.execute_async_script(_RUN, TAGS)


def assert_accessible(driver, screen):
    violations = axe_violations(driver)
    assert violations == [], f"{screen}: axe found " + "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"]) for v in violations
    )


# Controls a finger must hit: visible buttons, links, fields and the file buttons' labels.
_SMALL_TARGETS = """
const out = [];
for (const e of document.querySelectorAll("button, a[href], input, select, textarea, label.file-button, [role=button]")) {
  if (e.classList.contains("visually-hidden") || e.type === "hidden") continue;
  const r = e.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (r.width < 47.5 || r.height < 47.5) {
    out.push(`${e.tagName.toLowerCase()}[${[...e.attributes].filter((a) => a.name.startsWith("data-") || a.name === "class").map((a) => a.name + "=" + a.value).join(" ")}] ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
}
return out;
"""


def small_targets(driver):
    """Visible controls smaller than 48 × 48 CSS px."""
    return driver.execute_script(_SMALL_TARGETS)


_TOO_WIDE = """
const w = document.documentElement.clientWidth;
return [...document.querySelectorAll("body *")]
  .filter((e) => e.getBoundingClientRect().right > w + 0.5 && ![...e.children].some((c) => c.getBoundingClientRect().right > w + 0.5))
  .slice(0, 8)
  .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} [${[...e.attributes].filter((a) => a.name.startsWith("data-")).map((a) => a.name + "=" + a.value).join(" ")}] right=${Math.round(e.getBoundingClientRect().right)}`);
"""


def too_wide(driver):
    """The innermost elements that run past the window's right edge."""
    return driver.execute_script(_TOO_WIDE)


def overflow(driver):
    """(page width, window width): the page must not be wider than the window."""
    return driver.execute_script("const d = document.documentElement; return [d.scrollWidth, d.clientWidth];")


def set_phone(driver, width, height, text_percent):
    """A phone's window, and its text size as a person sets it (100 or 200 %)."""
    driver.set_window_size(width, height)
    driver.execute_script("document.documentElement.style.fontSize = arguments[0] + '%';", text_percent)
    driver.execute_async_script("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));")


def assert_fits_a_small_phone(driver, screen, restore=(360, 740)):
    """At 320 px wide with text at 200 %: no sideways scrolling, every target 48 × 48 px."""
    set_phone(driver, 320, 640, 200)
    try:
        width, window = overflow(driver)
        assert width <= window, f"{screen}: the page is {width} px wide in a {window} px window: {too_wide(driver)}"
        small = small_targets(driver)
        assert small == [], f"{screen}: targets under 48 × 48 px: {small}"
    finally:
        set_phone(driver, *restore, 100)


def header_height(driver):
    return driver.execute_script("return document.querySelector('header.bar').getBoundingClientRect().height")


def _viewable_windows():
    from Xlib import X, display

    screen = display.Display(os.environ["DISPLAY"])
    found = []

    def walk(window):
        for child in window.query_tree().children:
            try:
                name = child.get_wm_name()
                if name and child.get_attributes().map_state == X.IsViewable:
                    found.append(name)
            except Exception:
                continue
            walk(child)

    walk(screen.screen().root)
    screen.close()
    return found


def window_titles():
    """The titles of the windows on the display: what a taskbar would show."""
    return _viewable_windows()


def focus_window(driver, title="Senda"):
    """Gives the app's window the keyboard focus, as a person's click or a window manager
    would. Xvfb has no window manager, so no window has the focus, and without it the page
    matches neither :focus nor :focus-visible."""
    from Xlib import X, display

    screen = display.Display(os.environ["DISPLAY"])
    found = []

    def walk(window):
        for child in window.query_tree().children:
            try:
                if child.get_wm_name() == title and child.get_attributes().map_state == X.IsViewable:
                    found.append(child)
            except Exception:
                continue
            walk(child)

    walk(screen.screen().root)
    for window in found:
        window.set_input_focus(X.RevertToParent, X.CurrentTime)
    screen.sync()
    screen.close()
    assert found, "the app's window was not found on the display"
    import time

    deadline = time.monotonic() + 5
    while not driver.execute_script("return document.hasFocus()"):
        assert time.monotonic() < deadline, "the app's window did not take the focus"
        time.sleep(0.1)
