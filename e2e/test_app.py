"""End-to-end: the real app, driven through WebDriver under Xvfb.

First launch in Haitian Creole, open the steps topic, see its Creole title and its sources,
switch to Spanish, see the Spanish title. Each screen is kept as a screenshot in
artifacts/e2e/. Expected words come from the `senda` command line, which formats them with
the same core."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

TOPIC = "mexico-steps"


def wait(driver, css, timeout=20):
    return WebDriverWait(driver, timeout).until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))


def wait_text(driver, css, text, timeout=20):
    WebDriverWait(driver, timeout).until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, css), text))
    return driver.find_element(By.CSS_SELECTOR, css)


def snap(driver, path):
    """Screenshot after two animation frames, so the screen just rendered has been painted."""
    driver.execute_async_script("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));")
    driver.save_screenshot(str(path))


def start_in(driver, lang):
    """Picks a language on first launch and waits for the home screen."""
    wait(driver, f"[data-screen=picker] [data-lang={lang}]").click()
    return wait(driver, "[data-screen=home]")


def menu(driver, item):
    """Chooses an item of the header's menu (language, profiles, lock, unlock, safety)."""
    driver.find_element(By.CSS_SELECTOR, "header [data-action=menu]").click()
    wait(driver, f"header [data-menu={item}]").click()


def add_profile(driver, name):
    """Adds a profile from the profiles screen; returns its name as the profile screen shows it."""
    menu(driver, "profiles")
    form = wait(driver, "[data-form=add-profile]")
    form.find_element(By.TAG_NAME, "input").send_keys(name)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    return wait(driver, "[data-screen=profile] [data-role=profile-name]").text


def clean(text: str) -> str:
    # The app keeps Unicode isolation marks around variables; the command line does not.
    return text.replace("\u2068", "").replace("\u2069", "")


def test_first_launch_in_creole_then_switch_to_spanish(app, artifacts, senda_cli):
    ht = senda_cli("--lang", "ht", "show", TOPIC)
    es = senda_cli("--lang", "es", "show", TOPIC)
    assert ht["title"] != es["title"]

    # First launch: the language picker, each language named in itself.
    picker = wait(app, "[data-screen=picker]")
    names = [b.text for b in picker.find_elements(By.CSS_SELECTOR, "[data-lang]")]
    assert "Kreyòl ayisyen" in names and "Español" in names, names
    snap(app, artifacts / "1-picker.png")

    app.find_element(By.CSS_SELECTOR, "[data-lang=ht]").click()
    card = wait(app, f"[data-screen=home] [data-topic={TOPIC}]")
    assert app.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ht"
    assert ht["title"] in card.text
    snap(app, artifacts / "2-home-ht.png")

    card.click()
    title = wait_text(app, "[data-role=topic-title]", ht["title"])
    assert title.text == ht["title"]
    assert app.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ht"
    sources = app.find_elements(By.CSS_SELECTOR, "[data-role=sources] li")
    assert len(sources) == len(ht["sources"]) > 0
    for shown, expected in zip(sources, ht["sources"]):
        assert expected["name"] in shown.text and expected["cite"] in shown.text
    checked = app.find_element(By.CSS_SELECTOR, "[data-role=checked] time")
    assert checked.get_attribute("datetime") == ht["checked"]
    assert clean(checked.text) == ht["checked_label"]
    snap(app, artifacts / "3-topic-ht.png")

    # The language switch is in the header's menu, and returns to the same page in the new language.
    menu(app, "language")
    wait(app, "[data-screen=picker] [data-lang=es]").click()
    title = wait_text(app, "[data-role=topic-title]", es["title"])
    assert title.text == es["title"]
    assert app.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    snap(app, artifacts / "4-topic-es.png")

    # A phone 320 px wide with text at 200 %: nothing runs off the side of the screen.
    app.set_window_size(320, 640)
    app.execute_script("document.documentElement.style.fontSize = '200%';")
    overflow = app.execute_script(
        "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];"
    )
    assert overflow[0] <= overflow[1], f"page is {overflow[0]}px wide in a {overflow[1]}px window"
    button = app.find_element(By.CSS_SELECTOR, "[data-action=menu]")
    assert button.size["height"] >= 48, "touch targets stay at least 48 px tall"
    snap(app, artifacts / "5-topic-320px-200pct.png")
