"""End-to-end: the decision helper in the real app, answered as a family with children arriving
at the border; the advice for families links to the Mexico steps topic."""

from selenium.webdriver.common.by import By

from test_app import snap, wait, wait_text

FAMILY_AT_THE_BORDER = [
    ("us-entry", "no"),
    ("support", "none"),
    ("wait", "yes"),
    ("protection", "family-children"),
    ("nationality", "honduras"),
    ("settle", "yes"),
]


def test_a_family_at_the_border_gets_the_family_advice(app, artifacts, senda_cli):
    expected = senda_cli("--lang", "es", "decide", *[f"--answer={q}={a}" for q, a in FAMILY_AT_THE_BORDER])
    family = next(item for item in expected["items"] if item["id"] == "family-children")
    steps_title = senda_cli("--lang", "es", "show", "mexico-steps")["title"]

    wait(app, "[data-screen=picker] [data-lang=es]").click()
    wait(app, "[data-screen=home] [data-action=decide]").click()
    wait(app, "[data-action=decide-start]").click()
    for question, answer in FAMILY_AT_THE_BORDER:
        wait(app, f"[data-screen=decide-question][data-question={question}] [data-answer={answer}]").click()

    card = wait(app, "[data-screen=advice] [data-advice=family-children]")
    assert family["title"] in card.text and family["reasons"][0] in card.text, card.text
    policy = app.find_element(By.CSS_SELECTOR, "[data-role=policy-date] time")
    assert policy.get_attribute("datetime") == expected["policy_date"]
    shown = [a.get_attribute("data-advice") for a in app.find_elements(By.CSS_SELECTOR, "[data-advice]")]
    assert shown == [item["id"] for item in expected["items"]]
    app.execute_script("arguments[0].scrollIntoView()", card)
    snap(app, artifacts / "9-advice-family.png")

    card.find_element(By.CSS_SELECTOR, "[data-topic-link=mexico-steps]").click()
    title = wait_text(app, "[data-screen=topic] [data-role=topic-title]", steps_title)
    assert title.text == steps_title
