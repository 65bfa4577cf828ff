"""End-to-end: import a newer, signed guide pack from a file in the real app, see the changed
topic and its new dates, then roll back; a file far too large is refused before it is read."""

import shutil
import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.file_detector import UselessFileDetector

from conftest import CLI, ROOT
from test_app import snap, wait

NEW_TITLE = "Cómo pedir asilo en México, paso a paso (guía actualizada)"


def cli(data_dir, cwd, *args):
    return subprocess.run([str(CLI), "--data-dir", str(data_dir), *args], cwd=cwd, check=True, capture_output=True, text=True)


def make_pack(data_dir, work):
    """A pack, version 2 (the built-in guide is version 1), whose Spanish steps topic has a new title and new checked date,
    signed with a key the device was told to trust."""
    for top in ["content", "locales"]:
        shutil.copytree(ROOT / top, work / top)
    ftl = work / "locales/es/guide-mexico-steps.ftl"
    text = ftl.read_text(encoding="utf-8")
    ftl.write_text(text.replace("mexico-steps-title = Cómo pedir asilo en México, paso a paso", f"mexico-steps-title = {NEW_TITLE}"), encoding="utf-8")
    # The facts of every topic were checked again for this pack.
    for topic in (work / "content/topics").glob("*.toml"):
        text = topic.read_text(encoding="utf-8")
        topic.write_text(text.replace('checked = "2026-03-11"', 'checked = "2026-11-20"'), encoding="utf-8")
    cli(data_dir, work, "pack", "keygen", "--out", "staff")
    cli(data_dir, work, "pack", "build", "--out", "guide.sendapack", "--version", "2", "--dir", str(work))
    cli(data_dir, work, "pack", "sign", "guide.sendapack", "--key", "staff.key")
    cli(data_dir, work, "pack", "trust", "staff.pub", "--yes")
    return work / "guide.sendapack"


def open_steps(app):
    app.find_element(By.CSS_SELECTOR, "[data-action=back]").click()
    wait(app, "[data-screen=home] [data-topic=mexico-steps]").click()
    return wait(app, "[data-screen=topic] [data-role=topic-title]")


def test_import_a_newer_pack_then_roll_back(app, data_dir, tmp_path, artifacts, senda_cli):
    pack = make_pack(data_dir, tmp_path)
    old_title = senda_cli("--lang", "es", "show", "mexico-steps")["title"]

    wait(app, "[data-screen=picker] [data-lang=es]").click()
    wait(app, "[data-screen=home] [data-topic=mexico-steps]").click()
    assert wait(app, "[data-role=topic-title]").text == old_title
    assert app.find_elements(By.CSS_SELECTOR, "[data-role=freshness]"), "facts from March 2026 are flagged as old"

    app.find_element(By.CSS_SELECTOR, "[data-action=updates]").click()
    assert wait(app, "[data-screen=updates]").get_attribute("data-version") == "1"
    # The app runs on this machine: pass the path itself, not a Selenium upload.
    app.file_detector = UselessFileDetector()
    app.find_element(By.CSS_SELECTOR, "[data-action=import-pack]").send_keys(str(pack))
    wait(app, "[data-screen=updates] [data-role=installed]")
    assert app.find_element(By.CSS_SELECTOR, "[data-screen=updates]").get_attribute("data-version") == "2"
    info = app.find_element(By.CSS_SELECTOR, "[data-role=pack-info]").text
    assert "20 de noviembre de 2026" in info, info
    snap(app, artifacts / "10-pack-installed.png")

    title = open_steps(app)
    assert title.text == NEW_TITLE
    checked = app.find_element(By.CSS_SELECTOR, "[data-role=checked] time")
    assert checked.get_attribute("datetime") == "2026-11-20"
    assert "20 de noviembre de 2026" in checked.text
    assert not app.find_elements(By.CSS_SELECTOR, "[data-role=freshness]"), "fresh facts carry no warning"
    snap(app, artifacts / "11-topic-from-pack.png")

    app.find_element(By.CSS_SELECTOR, "[data-action=updates]").click()
    wait(app, "[data-action=rollback-pack]").click()
    wait(app, "[data-screen=updates][data-version='1']")
    assert open_steps(app).text == old_title


def test_a_file_far_too_large_is_refused_before_it_is_read(app, data_dir, tmp_path):
    """Regression: a picked file was read whole and sent as a JSON array of numbers (about 30
    times its size) before any size check. A sparse file of a terabyte is refused at once, in
    the reader's language, and nothing changes."""
    huge = tmp_path / "huge.sendapack"
    with open(huge, "wb") as f:
        f.truncate(1 << 40)
    wait(app, "[data-screen=picker] [data-lang=es]").click()
    wait(app, "[data-screen=home]")
    app.find_element(By.CSS_SELECTOR, "[data-action=updates]").click()
    wait(app, "[data-screen=updates]")
    app.file_detector = UselessFileDetector()
    app.find_element(By.CSS_SELECTOR, "[data-action=import-pack]").send_keys(str(huge))
    error = wait(app, "[data-screen=error][data-error=error-file-too-large]")
    assert "16 MB" in error.text, error.text
    assert "demasiado grande" in error.text, error.text
    assert not (data_dir / "packs").exists(), "nothing installed"
