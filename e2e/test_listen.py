"""End-to-end: read aloud in Haitian Creole. Tap Listen on the steps topic, see the player
report that the audio element is really playing (its time advances) with the title
highlighted, pause and resume, then quick exit: the audio stops at once and the player is gone.

The test machine has no sound card. WebKit plays media through GStreamer, whose automatic
audio output tries PulseAudio, ALSA, JACK and OSS and, when none opens, falls back to a fake
sink that keeps real time: the audio element then plays, and its clock advances, exactly as
on a phone with a speaker (scripts/lib/setup.sh installs GStreamer's base and good plugins)."""

import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from test_app import TOPIC, snap, start_in, wait

# The audio element of the player, kept by the test so it can be checked after it leaves
# the page.
KEEP_AUDIO = "window.sendaTestAudio = document.querySelector('[data-role=speech-audio]'); return !!window.sendaTestAudio;"
AUDIO_STATE = """
const a = window.sendaTestAudio;
return a ? {paused: a.paused, time: a.currentTime, src: a.getAttribute('src'), connected: a.isConnected, error: a.error && a.error.code} : null;
"""


def audio_state(app):
    return app.execute_script(AUDIO_STATE)


def test_listen_in_creole_plays_then_quick_exit_stops_it(app, artifacts):
    start_in(app, "ht")
    app.find_element(By.CSS_SELECTOR, f"[data-topic={TOPIC}]").click()
    wait(app, f"[data-screen=topic][data-topic={TOPIC}]")
    listen = wait(app, "[data-action=listen]")
    assert listen.get_attribute("lang") == "ht"
    assert listen.text.strip() != ""

    listen.click()
    wait(app, "[data-role=player]")
    WebDriverWait(app, 10).until(lambda d: d.execute_script(KEEP_AUDIO))
    # Playing for real: not paused, and its clock moves on.
    WebDriverWait(app, 30).until(lambda d: (s := audio_state(d)) and not s["paused"] and s["time"] > 0.3, message=str(audio_state(app)))
    assert app.find_element(By.CSS_SELECTOR, "[data-role=player]").get_attribute("data-state") == "playing"
    highlighted = [e.get_attribute("data-read") for e in app.find_elements(By.CSS_SELECTOR, ".reading")]
    # The first section: the title, the summary and the opening paragraph, up to the first heading.
    assert highlighted == ["title", "summary", "block-0"], highlighted
    snap(app, artifacts / "20-listen-playing.png")

    # Pause holds the clock; resume moves it again.
    app.find_element(By.CSS_SELECTOR, "[data-action=speech-pause]").click()
    WebDriverWait(app, 5).until(lambda d: audio_state(d)["paused"])
    held = audio_state(app)["time"]
    time.sleep(0.5)
    assert audio_state(app)["time"] == held
    assert app.find_element(By.CSS_SELECTOR, "[data-role=player]").get_attribute("data-state") == "paused"
    app.find_element(By.CSS_SELECTOR, "[data-action=speech-pause]").click()
    WebDriverWait(app, 10).until(lambda d: (s := audio_state(d)) and not s["paused"] and s["time"] > held)

    # Quick exit: the audio stops at once and nothing of the player is left.
    app.find_element(By.CSS_SELECTOR, "[data-action=quick-exit]").click()
    WebDriverWait(app, 5).until(lambda d: audio_state(d)["paused"])
    stopped = audio_state(app)
    assert stopped["src"] is None and not stopped["connected"], stopped
    assert app.find_elements(By.CSS_SELECTOR, "[data-role=player]") == []
    assert app.find_elements(By.CSS_SELECTOR, ".reading") == []
    time.sleep(0.5)
    assert audio_state(app)["paused"]
