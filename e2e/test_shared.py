"""End-to-end: a shared tablet. One person makes the device shared (their data moves into
their space, whose word the device shows once) and saves a backup; the lock screen then names
nobody; a second person creates a space of their own, which starts empty, and brings the first
person's backup into it; each secret opens only its own space. Also the idle-time setting,
kept by the space."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.file_detector import UselessFileDetector
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_app import add_profile, snap, start_in, wait, wait_text
from test_safety import open_safety, profile_names

FIRST_PIN = "583920"
SECOND_PIN = "794061"
PASSPHRASE = "caballo correcto"


def submit_pins(app, form_name, *values):
    form = app.find_element(By.CSS_SELECTOR, f"[data-form={form_name}]")
    for field, value in zip(form.find_elements(By.CSS_SELECTOR, "input[type=password]"), values):
        field.send_keys(value)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def space_word(notice):
    """The word the device gave the space, from the notice that shows it once."""
    words = re.findall(r"\b[bdfklmnprstv][aeiou][bdfklmnprstv][aeiou][bdfklmnprstv][aeiou]\b", notice.text)
    assert len(words) == 1, notice.text
    return words[0]


def test_shared_device_spaces_by_pin_with_no_names(launch, data_dir, tmp_path, artifacts):
    backups = tmp_path / "backups"
    app = launch(data_dir, backups=backups)
    start_in(app, "es")
    assert add_profile(app, "Marisol") == "Marisol"

    # Make the device shared; the data moves into the first space.
    open_safety(app)
    submit_pins(app, "share", FIRST_PIN, FIRST_PIN)
    wait(app, "[data-screen=safety][data-shared=true]")
    first = f"{space_word(wait(app, '[data-role=notice]'))} {FIRST_PIN}"
    app.find_element(By.CSS_SELECTOR, "[data-action=notice-done]").click()
    assert (data_dir / "shared.toml").exists() and not (data_dir / "senda.db").exists()
    assert len(list((data_dir / "spaces").glob("*.db"))) == 1

    # The idle time is a setting of this space (checked again after the next unlock).
    before = app.find_element(By.CSS_SELECTOR, "[data-screen=safety]")
    Select(app.find_element(By.CSS_SELECTOR, "[data-setting=idle-minutes]")).select_by_value("15")
    WebDriverWait(app, 20).until(EC.staleness_of(before))
    wait(app, "[data-screen=safety]")

    # A backup with a passphrase, saved where the person can take it.
    submit_pins(app, "backup-save", PASSPHRASE)
    message = wait(app, "[data-role=safety-message]")
    saved = list(backups.glob("backup-*.age"))
    assert len(saved) == 1 and saved[0].name in message.text
    assert b"Marisol" not in saved[0].read_bytes()
    snap(app, artifacts / "15-shared-safety.png")

    # Locked: the opening screen names nobody.
    app.find_element(By.CSS_SELECTOR, "[data-screen=safety] [data-action=lock]").click()
    locked = wait(app, "[data-screen=locked][data-shared=true]")
    assert "Marisol" not in locked.text
    snap(app, artifacts / "16-shared-locked.png")

    # A second person creates a space: the device shows its word once, and it starts as new,
    # with nothing of the first person's.
    submit_pins(app, "new-space", SECOND_PIN, SECOND_PIN)
    second = f"{space_word(wait(app, '[data-screen=notice] [data-role=notice]'))} {SECOND_PIN}"
    snap(app, artifacts / "17-space-word.png")
    app.find_element(By.CSS_SELECTOR, "[data-action=notice-done]").click()
    start_in(app, "es")
    assert profile_names(app) == []
    assert add_profile(app, "Tomás") == "Tomás"

    # Each secret opens its own space; the PIN alone opens none.
    app.find_element(By.CSS_SELECTOR, "[data-action=quick-exit]").click()
    wait(app, "[data-screen=neutral]").click()
    wait(app, "[data-screen=locked]")
    submit_pins(app, "unlock", FIRST_PIN)
    wait(app, "[data-role=unlock-error]")
    submit_pins(app, "unlock", first)
    wait(app, "[data-screen=home]")
    assert profile_names(app) == ["Marisol"]
    open_safety(app)
    assert Select(app.find_element(By.CSS_SELECTOR, "[data-setting=idle-minutes]")).first_selected_option.get_attribute("value") == "15"
    app.find_element(By.CSS_SELECTOR, "[data-screen=safety] [data-action=lock]").click()
    wait(app, "[data-screen=locked]")
    submit_pins(app, "unlock", second)
    wait(app, "[data-screen=home]")
    assert profile_names(app) == ["Tomás"]

    # The backup restores into the second space, replacing what was there.
    open_safety(app)
    app.find_element(By.CSS_SELECTOR, "[data-pin=backup-restore]").send_keys(PASSPHRASE)
    # The app runs on this machine: pass the path itself, not a Selenium upload.
    app.file_detector = UselessFileDetector()
    app.find_element(By.CSS_SELECTOR, "[data-action=restore-backup]").send_keys(str(saved[0]))
    wait_text(app, "[data-role=safety-message]", "1")
    assert profile_names(app) == ["Marisol"]
    assert len(list((data_dir / "spaces").glob("*.db"))) == 2
