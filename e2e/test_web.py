"""End-to-end: the web edition, senda-guide.html, opened from disk in headless Chromium at
360 × 740, with no server and no network.

Picks Creole and opens the Mexico steps topic; searches in five languages, answers the decision
helper three times and counts a COMAR deadline from five dates, each compared with what the
`senda` command line says, from the same core. Throughout, Chromium records every request the
page makes (there must be none but the page itself) and every violation of its content security
policy (none), and axe-core finds no accessibility violation on any screen visited."""

from datetime import date

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_app import clean, snap, wait, wait_text
from web_browser import axe_violations, network_requests, open_browser, page_url

# (language, words): each finds topics in its own language.
SEARCHES = [("es", "trámite"), ("en", "appeal"), ("ht", "kat rezidan"), ("fr", "travailler"), ("pt", "cartão de visitante")]

ANSWER_SETS = [
    [("us-entry", "no"), ("support", "none"), ("wait", "yes"), ("protection", "family-children"), ("nationality", "honduras"), ("settle", "yes")],
    [("us-entry", "inside"), ("support", "us"), ("wait", "no"), ("protection", "none"), ("nationality", "venezuela"), ("settle", "no")],
    [("us-entry", "mpp"), ("support", "both"), ("wait", "unsure"), ("protection", "violence"), ("nationality", "mexico"), ("settle", "unsure")],
]

# Days of entry around weekends, Holy Week, the end of the year and a leap day; in the last one
# every reading of the law gives the same day.
ENTERED = ["2026-03-27", "2026-11-02", "2025-12-19", "2024-02-29", "2026-07-10"]


@pytest.fixture()
def browser(artifacts):
    driver = open_browser()
    yield driver
    driver.quit()


def language(driver, lang):
    """Chooses a language from the picker (the header's button after the first time)."""
    if not driver.find_elements(By.CSS_SELECTOR, "[data-screen=picker]"):
        wait(driver, "[data-action=change-language]").click()
    wait(driver, f"[data-screen=picker] [data-lang={lang}]").click()
    wait(driver, "header.bar")


def home(driver):
    """Goes back, screen by screen, to the home screen."""
    for _ in range(12):
        if driver.find_elements(By.CSS_SELECTOR, "[data-screen=home]"):
            break
        wait(driver, "[data-action=back]").click()
    return wait(driver, "[data-screen=home]")


def choose_date(driver, key, iso):
    year, month, day = (int(p) for p in iso.split("-"))
    box = wait(driver, f"[data-screen=profile] [data-date={key}]")
    Select(box.find_element(By.CSS_SELECTOR, "[data-part=year]")).select_by_value(str(year))
    box = wait(driver, f"[data-screen=profile] [data-date={key}]")
    Select(box.find_element(By.CSS_SELECTOR, "[data-part=month]")).select_by_value(str(month))
    box = wait(driver, f"[data-screen=profile] [data-date={key}]")
    Select(box.find_element(By.CSS_SELECTOR, "[data-part=day]")).select_by_value(str(day))


def test_the_guide_in_one_file_works_offline_in_creole(browser, artifacts, senda_cli):
    driver = browser
    visited = []

    def check(screen):
        violations = axe_violations(driver)
        assert violations == [], f"{screen}: " + "\n".join(violations)
        snap(driver, artifacts / f"web-{len(visited) + 1:02d}-{screen}.png")
        visited.append(screen)

    driver.get(page_url())
    wait(driver, "[data-screen=picker] [data-lang=ht]", timeout=60)
    policy = driver.find_element(By.CSS_SELECTOR, "meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    for rule in ["default-src 'none'", "connect-src 'none'", "img-src 'none'", "form-action 'none'", "base-uri 'none'"]:
        assert rule in policy, policy
    assert "unsafe-inline" not in policy and "'unsafe-eval'" not in policy, policy
    check("picker")

    # Creole, then the Mexico steps topic, with its sources and the date its facts were checked.
    steps = senda_cli("--lang", "ht", "show", "mexico-steps")
    language(driver, "ht")
    wait(driver, "[data-screen=home] [data-topic=mexico-steps]").click()
    title = wait_text(driver, "[data-screen=topic][data-topic=mexico-steps] [data-role=topic-title]", steps["title"])
    assert driver.find_element(By.CSS_SELECTOR, "[data-screen=topic]").get_attribute("lang") == "ht"
    assert clean(title.text) == steps["title"]
    assert driver.find_element(By.CSS_SELECTOR, "[data-role=checked] time").get_attribute("datetime") == steps["checked"]
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-action=listen]"), "no read aloud in the web edition"
    check("topic")

    # What the file is: the guide's version and the date its facts were checked. Its link is
    # named apart from the guide's own "about this guide" topic, which once had the same words.
    wait_text(driver, "[data-action=about]", " ")
    links = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "footer.foot button")]
    assert len(set(links)) == len(links), links
    wait(driver, "[data-action=about]").click()
    about = wait(driver, "[data-screen=about]")
    pack = senda_cli("--lang", "ht", "pack", "info")
    assert about.get_attribute("data-version") == str(pack["version"])
    assert driver.find_element(By.CSS_SELECTOR, "[data-screen=about] [data-role=checked] time").get_attribute("datetime") == pack["checked"]
    stale = date.today().toordinal() - date.fromisoformat(pack["checked"]).toordinal() > 183
    assert bool(driver.find_elements(By.CSS_SELECTOR, "[data-screen=about] [data-role=freshness]")) == stale
    assert not driver.find_elements(By.CSS_SELECTOR, "[data-action=safety], [data-action=updates]"), "no PIN, no pack install"
    check("about")

    # Search: the same hits as the command line, in each language.
    for lang, words in SEARCHES:
        expected = senda_cli("--lang", lang, "search", words)
        assert expected["hits"] and not expected["fallback"], f"{lang} {words!r} finds nothing in {lang}"
        language(driver, lang)
        form = home(driver).find_element(By.CSS_SELECTOR, "[data-form=search]")
        form.find_element(By.CSS_SELECTOR, "input").send_keys(words)
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait(driver, f"[data-screen=search][lang={lang}]")
        shown = [b.get_attribute("data-hit") for b in driver.find_elements(By.CSS_SELECTOR, "[data-screen=search] [data-hit]")]
        assert shown == [h["topic"] for h in expected["hits"]], f"{lang} {words!r}"
        if lang == "ht":
            check("search")

    # The decision helper: the same advice as the command line, for three sets of answers.
    language(driver, "ht")
    for n, answers in enumerate(ANSWER_SETS):
        expected = senda_cli("--lang", "ht", "decide", *[f"--answer={q}={a}" for q, a in answers])
        home(driver).find_element(By.CSS_SELECTOR, "[data-action=decide]").click()
        wait(driver, "[data-action=decide-start]").click()
        for question, answer in answers:
            wait(driver, f"[data-screen=decide-question][data-question={question}] [data-answer={answer}]").click()
        wait(driver, "[data-screen=advice]")
        shown = [a.get_attribute("data-advice") for a in driver.find_elements(By.CSS_SELECTOR, "[data-advice]")]
        assert shown == [item["id"] for item in expected["items"]], answers
        assert driver.find_element(By.CSS_SELECTOR, "[data-role=policy-date] time").get_attribute("datetime") == expected["policy_date"]
        if n == 0:
            check("advice")

    # A COMAR deadline, in a profile kept in memory only, as the screen says.
    driver.find_element(By.CSS_SELECTOR, "[data-action=profiles]").click()
    wait(driver, "[data-screen=profiles] [data-role=memory-only]")
    check("profiles")
    form = wait(driver, "[data-form=add-profile]")
    form.find_element(By.TAG_NAME, "input").send_keys("Woodline")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(driver, "[data-screen=profile] [data-role=memory-only]")
    for n, entered in enumerate(ENTERED):
        expected = senda_cli("--lang", "ht", "deadline", "comar", "--entered", entered)
        choose_date(driver, "entered", entered)
        card = wait(driver, f"[data-screen=profile] [data-deadline=comar] time[datetime='{expected['last_day']}']")
        comar = driver.find_element(By.CSS_SELECTOR, "[data-screen=profile] [data-deadline=comar]")
        assert card.get_attribute("datetime") == expected["last_day"], entered
        latest = [p.get_attribute("data-latest") for p in comar.find_elements(By.CSS_SELECTOR, "[data-role=latest]")]
        # The latest possible day is said only where the readings of the law differ.
        assert latest == ([expected["latest_day"]] if expected["latest_label"] else []), entered
        assert expected["latest_day"] >= expected["last_day"]
        if n == 0:
            check("profile")
    driver.find_element(By.CSS_SELECTOR, "[data-action=summary]").click()
    wait(driver, "[data-screen=summary] [data-role=memory-only]")
    check("summary")

    # Nothing left the page: one request, the file itself; no policy violation; no error.
    requests = network_requests(driver)
    assert requests == [("Document", page_url())], requests
    assert driver.execute_script("return window.__sendaViolations") == []
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
    assert visited == ["picker", "topic", "about", "search", "advice", "profiles", "profile", "summary"]
