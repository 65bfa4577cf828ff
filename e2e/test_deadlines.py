"""End-to-end: deadlines a person can rely on, in the real app.

- On a system set to US English with the app in Spanish, a date is entered day first, with
  Spanish month names; the COMAR card shows the safe last day first and the latest possible
  day second; an impossible date gets Spanish words beside the field.
- The next signing shown is the date entered, in the app and with `senda dates`.
- "Today" is the local date, in a time zone whose date differs from UTC's at that moment.
Expected dates come from the `senda` command line, which uses the same core."""

import datetime
import json
import subprocess
from zoneinfo import ZoneInfo

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from conftest import CLI
from test_app import add_profile, clean, snap, start_in, wait

SPANISH_MONTHS = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
]


def choose(driver, key, part, value):
    """Chooses one part of a date; the screen may be drawn again meanwhile, so it retries."""
    css = f"[data-date={key}] select[data-part={part}]"
    for _ in range(20):
        try:
            Select(wait(driver, css)).select_by_value(str(value))
            return
        except StaleElementReferenceException:
            continue
    raise AssertionError(f"could not choose {part} {value} for {key}")


def enter_date(driver, key, date: datetime.date):
    """Enters a date as a person would: day, month and year, each chosen from its list."""
    choose(driver, key, "day", date.day)
    choose(driver, key, "month", date.month)
    choose(driver, key, "year", date.year)


def wait_card(driver, kind, attribute, value, timeout=20):
    """Waits until the deadline card of `kind` has `attribute` equal to `value` (a time's
    datetime, or the card's state), and returns the card."""

    def found(d):
        try:
            card = d.find_element(By.CSS_SELECTOR, f"[data-deadline={kind}]")
            if attribute == "state":
                return card if card.get_attribute("data-state") == value else False
            time = card.find_element(By.CSS_SELECTOR, "[data-role=last-day] time")
            return card if time.get_attribute("datetime") == value else False
        except Exception:
            return False

    return WebDriverWait(driver, timeout).until(found)


def comar_entry_with_two_days(senda_cli):
    """The most recent date of entry whose safe and latest last days differ."""
    today = datetime.date.today()
    for back in range(1, 200):
        entered = (today - datetime.timedelta(days=back)).isoformat()
        view = senda_cli("--lang", "es", "deadline", "comar", "--entered", entered)
        if view["latest_day"] != view["last_day"]:
            return entered, view
    raise AssertionError("no date of entry in 200 days has two different last days")


def test_spanish_date_entry_on_an_english_system_shows_the_safe_day_first(launch, data_dir, artifacts, senda_cli, monkeypatch):
    for name in ["LANG", "LC_ALL", "LC_TIME", "LC_MESSAGES"]:
        monkeypatch.setenv(name, "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en_US")
    entered, expected = comar_entry_with_two_days(senda_cli)

    app = launch(data_dir)
    # The webview speaks the system's language; the app is then set to Spanish.
    assert app.execute_script("return navigator.language").lower().startswith("en")
    start_in(app, "es")
    add_profile(app, "Marie Joseph")

    # Day first, then the month by its Spanish name, then the year: Spanish order and words.
    field = wait(app, "[data-date=entered]")
    labels = [s.text for s in field.find_elements(By.CSS_SELECTOR, ".date-part > span")]
    assert labels == ["Día", "Mes", "Año"], labels
    parts = [s.get_attribute("data-part") for s in field.find_elements(By.CSS_SELECTOR, "select")]
    assert parts == ["day", "month", "year"], parts
    months = [o.text for o in field.find_elements(By.CSS_SELECTOR, "select[data-part=month] option")][1:]
    assert months == SPANISH_MONTHS, months
    assert not app.find_elements(By.CSS_SELECTOR, "input[type=date]"), "no system date picker"
    assert not field.find_element(By.CSS_SELECTOR, "[role=alert]").is_displayed(), "no error before one happens"
    snap(app, artifacts / "9-date-entry-es-on-en-system.png")

    enter_date(app, "entered", datetime.date.fromisoformat(entered))
    card = wait_card(app, "comar", "time", expected["last_day"])
    safe = card.find_element(By.CSS_SELECTOR, "[data-role=last-day]")
    latest = card.find_element(By.CSS_SELECTOR, "[data-role=latest]")
    assert clean(safe.text) == expected["last_day_label"]
    assert latest.get_attribute("data-latest") == expected["latest_day"]
    assert clean(latest.text) == expected["latest_label"]
    assert safe.location["y"] < latest.location["y"], "the safe day is shown first"
    text = clean(card.text)
    assert text.index(expected["last_day_label"]) < text.index(expected["latest_label"]), text
    snap(app, artifacts / "10-comar-safe-and-latest.png")

    # The date a representative filed the claim is a field of its own, from the content, with
    # Spanish words; once entered, the ratification card shows the safe day the core computes.
    filed = datetime.date.today() - datetime.timedelta(days=1)
    field = wait(app, "[data-date=represented-filed]")
    assert "otra persona presentó su solicitud" in clean(field.text), field.text
    ratification = senda_cli("--lang", "es", "deadline", "ratification", "--represented-filed", filed.isoformat())
    enter_date(app, "represented-filed", filed)
    card = wait_card(app, "ratification", "time", ratification["last_day"])
    assert clean(card.find_element(By.CSS_SELECTOR, "[data-role=last-day]").text) == ratification["last_day_label"]

    # 31 February: the core's Spanish words beside the field, and the choices stay.
    choose(app, "could-apply", "day", 31)
    choose(app, "could-apply", "month", 2)
    choose(app, "could-apply", "year", 2026)
    alert = wait(app, "[data-date=could-apply] [role=alert]")
    assert clean(alert.text) == "El 31 de febrero de 2026 no existe. Revise el día y el mes.", alert.text
    assert Select(app.find_element(By.CSS_SELECTOR, "[data-date=could-apply] select[data-part=day]")).first_selected_option.text == "31"
    snap(app, artifacts / "11-impossible-date.png")

    # A phone 320 px wide with text at 200 %: the date entry fits, with large targets.
    app.set_window_size(320, 640)
    app.execute_script("document.documentElement.style.fontSize = '200%';")
    width = app.execute_script("const d = document.documentElement; return [d.scrollWidth, d.clientWidth];")
    assert width[0] <= width[1], f"page is {width[0]}px wide in a {width[1]}px window"
    for select in app.find_elements(By.CSS_SELECTOR, "[data-date=entered] select"):
        assert select.size["height"] >= 48, "touch targets stay at least 48 px tall"
    snap(app, artifacts / "14-date-entry-320px-200pct.png")


def test_the_signing_date_shown_is_the_one_entered(launch, data_dir, artifacts):
    signing = datetime.date.today() + datetime.timedelta(days=6)
    app = launch(data_dir)
    start_in(app, "es")
    add_profile(app, "Rosa Mejía")
    Select(wait(app, "[data-date=signing-day]")).select_by_value("3")
    card = wait_card(app, "signing", "state", "needs-date")
    assert "miércoles" in card.text, card.text

    enter_date(app, "signing-next", signing)
    card = wait_card(app, "signing", "time", signing.isoformat())
    shown = clean(card.find_element(By.CSS_SELECTOR, "[data-role=last-day]").text)
    assert f"{signing.day} de {SPANISH_MONTHS[signing.month - 1]} de {signing.year}" in shown, shown
    snap(app, artifacts / "12-signing-date.png")
    app.quit()
    launch.stop_all()

    # The same date from the command line, on the app's data.
    def cli(*args):
        out = subprocess.run([str(CLI), "--data-dir", str(data_dir), "--lang", "es", *args], check=True, capture_output=True, text=True)
        return out.stdout

    dates = json.loads(cli("--json", "dates"))["dates"]
    assert dates["signing-next"] == signing.isoformat(), dates
    assert dates["signing-day"] == 3
    deadlines = json.loads(cli("--json", "deadlines"))["deadlines"]
    card = next(d for d in deadlines if d["kind"] == "signing")
    assert (card["last_day"], card["last_day_label"]) == (signing.isoformat(), shown)
    assert signing.isoformat() in cli("dates")


def zone_whose_date_differs_from_utc():
    now = datetime.datetime.now(datetime.timezone.utc)
    for zone in ["Pacific/Kiritimati", "Etc/GMT+12"]:
        local = now.astimezone(ZoneInfo(zone)).date()
        if local != now.date():
            return zone, local, now.date()
    raise AssertionError("one of the two zones has another date than UTC at any moment")


def test_today_is_the_local_date_where_it_differs_from_utc(launch, data_dir, artifacts, monkeypatch):
    zone, local, utc = zone_whose_date_differs_from_utc()
    monkeypatch.setenv("TZ", zone)
    app = launch(data_dir)
    start_in(app, "en")
    add_profile(app, "Ana")
    for _attempt in range(2):
        enter_date(app, "signing-next", local)
        # On the local date, the signing date entered is today; with UTC's date it would be
        # tomorrow (Kiritimati) or yesterday (Etc/GMT+12).
        card = wait_card(app, "signing", "time", local.isoformat())
        now_local = datetime.datetime.now(ZoneInfo(zone)).date()
        if now_local == local:
            assert card.get_attribute("data-state") == "today", (zone, local, utc, card.text)
            assert local != utc
            snap(app, artifacts / "13-local-today.png")
            return
        local = now_local  # midnight passed in that zone meanwhile: enter the new date
    raise AssertionError("the local date kept changing while the test ran")
