"""End-to-end: a profile, its COMAR deadline and two ticked documents survive a restart of
the real app. Expected dates come from the `senda` command line, which uses the same core."""

import datetime

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from test_app import add_profile, snap, start_in, wait
from test_deadlines import enter_date, wait_card


def wait_pressed(driver, css, timeout=20):
    # The screen is drawn again when the core answers, so a button found a moment ago may be
    # gone: look it up again until the new one says it is pressed.
    WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: d.find_element(By.CSS_SELECTOR, css).get_attribute("aria-pressed") == "true"
    )


def test_profile_deadline_and_checklist_survive_a_restart(launch, data_dir, artifacts, senda_cli):
    entered = (datetime.date.today() - datetime.timedelta(days=3)).isoformat()
    expected = senda_cli("--lang", "es", "deadline", "comar", "--entered", entered)

    app = launch(data_dir)
    start_in(app, "es")
    assert add_profile(app, "Rosa Mejía") == "Rosa Mejía"

    # The date of entry, chosen as day, month and year.
    enter_date(app, "entered", datetime.date.fromisoformat(entered))
    card = wait_card(app, "comar", "time", expected["last_day"])
    assert expected["last_day_label"] in card.text, card.text
    left = card.find_element(By.CSS_SELECTOR, "[data-role=left]").text
    assert str(expected["left_business"]) in left, left
    snap(app, artifacts / "6-profile-deadline.png")

    for item in ["tvrh-constancia", "tvrh-id"]:
        app.find_element(By.CSS_SELECTOR, f"[data-item={item}] [data-status=have]").click()
        wait_pressed(app, f"[data-item={item}] [data-status=have]")
    progress = app.find_element(By.CSS_SELECTOR, "[data-role=progress]").text
    assert progress.startswith("Tiene 2 de"), progress

    # Restart the app on the same data.
    app.quit()
    launch.stop_all()
    app = launch(data_dir)
    due = wait(app, "[data-screen=home] [data-due-profile]")
    assert "Rosa Mejía" in due.text and expected["last_day_label"] in due.text, due.text
    snap(app, artifacts / "7-home-next-due.png")
    due.click()
    wait(app, "[data-screen=profile]")
    for item in ["tvrh-constancia", "tvrh-id"]:
        wait_pressed(app, f"[data-item={item}] [data-status=have]")
    assert app.find_element(By.CSS_SELECTOR, "[data-item=tvrh-address] [data-status=needed]").get_attribute(
        "aria-pressed"
    ) == "true"
    snap(app, artifacts / "8-profile-after-restart.png")
