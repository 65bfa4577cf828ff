"""End-to-end: discreet reminders in the real app.

Reminders are off until the person says yes (asked once, beside their dates). With a signing
date for tomorrow, a notification is scheduled for tomorrow morning ("something to do today")
and, while this evening has not come, one for this evening ("something to do tomorrow"); its
words name no person, office or country. Turning reminders off cancels them all; so does the
wipe.

What is checked is the list Senda's scheduler holds, as the settings show it. On a desktop the
notification plugin cannot schedule (it only shows a notification at once), so Senda's own
timer keeps the list and hands each one to the plugin at its moment; the settings say that
nothing reminds while Senda is closed here. The timer's hand-over to the plugin is tested in
src-tauri with a recording double at the plugin boundary."""

import datetime
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_app import add_profile, menu, snap, start_in, wait
from test_deadlines import enter_date, wait_card

TOMORROW_TEXT = "Tiene algo que hacer mañana."
TODAY_TEXT = "Tiene algo que hacer hoy."
NAME = "Marisol Pérez"


def enter_signing_date(app, day: datetime.date):
    """The person enters their next signing date on the profile screen shown. (Kept in one
    place: the profile screen's date entry is the one thing here that may change.)"""
    enter_date(app, "signing-next", day)
    wait_card(app, "signing", "time", day.isoformat())


def scheduled(app):
    """What the settings say is scheduled now: {local ISO moment: its line}."""
    menu(app, "safety")
    wait(app, "[data-screen=safety] [data-role=reminders]")
    return {li.get_attribute("data-at"): li.text for li in app.find_elements(By.CSS_SELECTOR, "[data-role=reminders-scheduled] li")}


def quoted(line):
    """The notification's own words, as the settings quote them: «…»."""
    found = re.search("«(.*)»", line)
    assert found, line
    return found.group(1)


def test_reminders_opt_in_neutral_cancelled_when_off_and_by_the_wipe(app, artifacts):
    start_in(app, "es")
    assert add_profile(app, NAME) == NAME

    # Nothing is asked before there is a date, and nothing is scheduled.
    assert not app.find_elements(By.CSS_SELECTOR, "[data-role=reminders-ask]")
    now = datetime.datetime.now()
    tomorrow = now.date() + datetime.timedelta(days=1)
    enter_signing_date(app, tomorrow)

    # Asked once, beside the dates, and off until the person says yes.
    ask = wait(app, "[data-role=reminders-ask]")
    assert TOMORROW_TEXT in ask.text, ask.text
    snap(app, artifacts / "reminders-1-ask.png")
    before = scheduled(app)
    assert before == {}, before
    assert app.find_element(By.CSS_SELECTOR, "[data-role=reminders]").get_attribute("data-on") == "false"
    app.find_element(By.CSS_SELECTOR, "[data-action=back]").click()
    menu(app, "profiles")
    wait(app, "[data-screen=profiles] [data-profile]").click()
    wait(app, "[data-action=reminders-yes]").click()
    # Asked in the page itself, without element handles, which go stale as the screen is redrawn.
    WebDriverWait(app, 20).until(lambda d: d.execute_script("return document.querySelector('[data-role=reminders-ask]') === null"))
    wait(app, "[data-screen=profile]")
    menu(app, "profiles")
    wait(app, "[data-screen=profiles] [data-profile]").click()
    wait(app, "[data-screen=profile] [data-deadline=signing]")
    assert not app.find_elements(By.CSS_SELECTOR, "[data-role=reminders-ask]"), "asked only once"

    shown = scheduled(app)
    snap(app, artifacts / "reminders-2-scheduled.png")
    morning = f"{tomorrow.isoformat()}T07:00"
    assert morning in shown, shown
    assert quoted(shown[morning]) == TODAY_TEXT
    evening = f"{now.date().isoformat()}T18:00"
    if now.hour < 17 or now.hour > 18:
        # The evening before: scheduled while it is still to come, and never once it passed.
        assert (evening in shown) == (now.hour < 18), (now, shown)
    if evening in shown:
        assert quoted(shown[evening]) == TOMORROW_TEXT
    assert set(shown) <= {morning, evening}, shown
    for line in shown.values():
        for word in [NAME, "Marisol", "COMAR", "asilo", "México", "Honduras", "firma"]:
            assert word not in quoted(line), line
    note = app.find_element(By.CSS_SELECTOR, "[data-role=reminders-platform]").text
    assert "abierto" in note, note

    # Off: every reminder is cancelled.
    app.find_element(By.CSS_SELECTOR, "[data-action=reminders-off]").click()
    wait(app, "[data-role=reminders][data-on=false] [data-role=reminders-none]")
    assert not app.find_elements(By.CSS_SELECTOR, "[data-role=reminders-scheduled] li")

    # On again: the same ones come back; then the wipe cancels them all.
    app.find_element(By.CSS_SELECTOR, "[data-action=reminders-on]").click()
    wait(app, f"[data-role=reminders][data-on=true] [data-at='{morning}']")
    app.find_element(By.CSS_SELECTOR, "[data-action=wipe]").click()
    wait(app, "[data-screen=picker]", timeout=15)
    start_in(app, "es")
    after = scheduled(app)
    assert after == {}, after
    assert app.find_element(By.CSS_SELECTOR, "[data-role=reminders]").get_attribute("data-on") == "false"
    wait(app, "[data-role=reminders-none]")
    snap(app, artifacts / "reminders-3-after-wipe.png")
