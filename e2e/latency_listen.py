"""Not a test: measures the time from a tap on Listen to the audio element's "playing" event,
20 times, on the steps topic in Creole. Run: pytest e2e/latency_listen.py -s"""
import statistics
from selenium.webdriver.common.by import By
from test_app import TOPIC, start_in, wait

MEASURE = """
const done = arguments[0];
const button = document.querySelector('[data-action=listen]');
const t0 = performance.now();
button.click();
const poll = () => {
  const a = document.querySelector('[data-role=speech-audio]');
  if (!a) return setTimeout(poll, 1);
  a.addEventListener('playing', () => done(performance.now() - t0), {once: true});
};
poll();
"""

def test_latency(app):
    start_in(app, "ht")
    app.find_element(By.CSS_SELECTOR, f"[data-topic={TOPIC}]").click()
    wait(app, "[data-action=listen]")
    app.set_script_timeout(30)
    times = []
    for _ in range(21):
        times.append(app.execute_async_script(MEASURE))
        app.find_element(By.CSS_SELECTOR, "[data-action=speech-stop]").click()
    print("\nFIRST (voices written on this tap) ms:", round(times[0]))
    times = times[1:]
    print("\nLATENCY ms:", [round(t) for t in times])
    print("p50 %.0f ms, min %.0f, max %.0f" % (statistics.median(times), min(times), max(times)))
