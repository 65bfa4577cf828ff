"""End-to-end, under strace: set a PIN, add data, quick exit (the window hidden, and shown again
when Senda is launched again), unlock with the PIN, start a wipe and cancel it (the data is
still there), then wipe (the data is gone). The app must open no internet socket all along."""

import os
import re
import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import APP
from test_app import add_profile, menu, snap, start_in, wait

PIN = "2468"


def profile_names(app):
    menu(app, "profiles")
    wait(app, "[data-screen=profiles]")
    return [e.text for e in app.find_elements(By.CSS_SELECTOR, "[data-profile] .topic-card-title")]


def open_safety(app):
    menu(app, "safety")
    return wait(app, "[data-screen=safety]")


def test_pin_quick_exit_unlock_and_a_cancellable_wipe(launch, data_dir, tmp_path, artifacts):
    trace = tmp_path / "connect.log"
    app = launch(data_dir, trace=trace)
    start_in(app, "es")
    assert add_profile(app, "Marisol") == "Marisol", "data to protect"

    # Set a PIN.
    screen = open_safety(app)
    assert screen.get_attribute("data-has-pin") == "false"
    form = app.find_element(By.CSS_SELECTOR, "[data-form=set-pin]")
    form.find_element(By.TAG_NAME, "input").send_keys(PIN)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(app, "[data-screen=safety][data-has-pin=true]")
    assert not (data_dir / "senda.db").read_bytes().startswith(b"SQLite format 3"), "encrypted on disk"

    # Quick exit: a blank screen at once, the window hidden, and the data locked.
    app.find_element(By.CSS_SELECTOR, "[data-action=quick-exit]").click()
    neutral = app.find_element(By.CSS_SELECTOR, "[data-screen=neutral]")
    assert neutral.text == ""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # With a session bus (the test command gives one), launching Senda again reaches the
        # running app, so quick exit hides the window; the new launch brings it back.
        WebDriverWait(app, 10).until(lambda d: d.execute_script("return document.visibilityState") == "hidden")
        again = subprocess.run([str(APP)], env=dict(os.environ, SENDA_DATA_DIR=str(data_dir)), timeout=60, capture_output=True)
        assert again.returncode == 0, again.stderr
        WebDriverWait(app, 10).until(lambda d: d.execute_script("return document.visibilityState") == "visible")
    neutral = wait(app, "[data-screen=neutral]")
    snap(app, artifacts / "12-quick-exit.png")
    neutral.click()
    wait(app, "[data-screen=locked]")
    snap(app, artifacts / "13-locked.png")

    # A wrong PIN is refused; the right one opens.
    app.find_element(By.CSS_SELECTOR, "[data-pin=unlock]").send_keys("1111")
    app.find_element(By.CSS_SELECTOR, "[data-form=unlock] button[type=submit]").click()
    wait(app, "[data-role=unlock-error]")
    app.find_element(By.CSS_SELECTOR, "[data-pin=unlock]").send_keys(PIN)
    app.find_element(By.CSS_SELECTOR, "[data-form=unlock] button[type=submit]").click()
    wait(app, "[data-screen=home]")
    assert profile_names(app) == ["Marisol"]

    # Start a wipe, cancel it: the data is still there.
    open_safety(app)
    app.find_element(By.CSS_SELECTOR, "[data-action=wipe]").click()
    countdown = wait(app, "[data-role=wipe-countdown]")
    assert "5" in countdown.text
    snap(app, artifacts / "14-wipe-countdown.png")
    app.find_element(By.CSS_SELECTOR, "[data-action=wipe-cancel]").click()
    time.sleep(6)  # Past the countdown: a cancelled wipe must not run later.
    assert profile_names(app) == ["Marisol"]

    # Wipe for real: the app starts as new, and nothing personal is left on disk.
    open_safety(app)
    app.find_element(By.CSS_SELECTOR, "[data-action=wipe]").click()
    wait(app, "[data-screen=picker]", timeout=15)
    assert not (data_dir / "unlock.toml").exists()
    db = (data_dir / "senda.db").read_bytes()
    assert b"Marisol" not in db and db.startswith(b"SQLite format 3"), "a new, empty database"
    wait(app, "[data-screen=picker] [data-lang=es]").click()
    wait(app, "[data-screen=home]")
    assert profile_names(app) == []

    app.quit()
    launch.stop_all()
    calls = trace.read_text()
    assert "connect(" in calls, "strace recorded the app's connections"
    internet = [
        line for line in calls.splitlines()
        if re.search(r"sa_family=AF_INET6?\b", line) and not re.search(r"127\.0\.0\.1|::1|inet_addr\(\"0\.0\.0\.0\"\)", line)
    ]
    assert internet == [], "\n".join(internet[:10])
