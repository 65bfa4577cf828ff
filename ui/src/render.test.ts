import { describe, expect, it, vi } from "vitest";
import { App } from "./app";
import { renderHome, renderPicker, renderTopic } from "./render";
import { languages, home, topic, memoryApi, flush } from "./render.fixtures";

describe("render", () => {
  it("names each language in itself, with its own lang and dir", () => {
    const onChoose = vi.fn();
    const picker = renderPicker(languages, "ht", onChoose);
    const buttons = [...picker.querySelectorAll<HTMLButtonElement>("[data-lang]")];
    expect(buttons.map((b) => b.textContent)).toEqual(["Español", "Kreyòl ayisyen", "العربية"]);
    expect(buttons[2].lang).toBe("ar");
    expect(buttons[2].dir).toBe("rtl");
    expect(buttons[1].getAttribute("aria-current")).toBe("true");
    // Every language asks the question: the language in use as the heading, the others below.
    expect(picker.querySelectorAll(".picker-prompts :is(h1, p)")).toHaveLength(3);
    buttons[1].click();
    expect(onChoose).toHaveBeenCalledWith("ht");
  });

  it("lists topics as buttons that open them", () => {
    const onOpen = vi.fn();
    const view = renderHome(home("fr"), onOpen);
    expect(view.lang).toBe("fr");
    view.querySelector<HTMLButtonElement>("[data-topic=mexico-steps]")!.click();
    expect(onOpen).toHaveBeenCalledWith("mexico-steps");
  });

  it("renders every block kind as text, never as HTML", () => {
    const view = renderTopic(topic("pt"));
    expect(view.querySelector("h1")!.textContent).toBe("steps-pt");
    expect(view.querySelector("b")).toBeNull();
    expect(view.textContent).toContain("<b>not html</b>");
    expect(view.querySelectorAll("ul.bullets li")).toHaveLength(2);
    expect(view.querySelector(".note-warning")!.textContent).toBe("w");
    expect(view.querySelector("[data-source=lrpcap]")!.textContent).toContain("diputados.gob.mx");
    expect(view.querySelector("time")!.getAttribute("datetime")).toBe("2026-03-11");
    const cells = [...view.querySelectorAll("table.compare tbody td")];
    expect(cells.map((c) => [c.getAttribute("data-label"), c.textContent])).toEqual([["c1", "x1"], ["c2", "x2"]]);
    expect(view.querySelector("table.compare tbody th")!.getAttribute("scope")).toBe("row");
    expect(view.querySelector("#term-comar h3")!.textContent).toBe("COMAR");
  });

  it("links a topic's terms to their glossary entries", () => {
    const onTerm = vi.fn();
    const view = renderTopic(topic("es"), onTerm);
    expect(view.querySelector("[data-role=terms] h2")!.textContent).toBe("terms-es");
    view.querySelector<HTMLButtonElement>("[data-term-link=comar]")!.click();
    expect(onTerm).toHaveBeenCalledWith({ id: "comar", term: "COMAR", topic: "mexico-steps" });
  });
});
describe("app", () => {
  it("opens on the picker the first time, then home, topic, and a language switch", async () => {
    const root = document.createElement("div");
    const api = memoryApi(null);
    await new App(root, api).boot(["fr-CA"]);
    expect(root.querySelector("[data-screen=picker]")).not.toBeNull();
    // Before any language is chosen, the only bar is the quick exit, in the suggested language.
    expect(root.querySelectorAll("header")).toHaveLength(1);
    expect(root.querySelector("header [data-action=quick-exit]")!.textContent).toBe("quick_exit-es");
    expect(root.querySelector("header [data-action=menu]")).toBeNull();

    root.querySelector<HTMLButtonElement>("[data-lang=ht]")!.click();
    await flush();
    expect(root.querySelector("[data-screen=home]")).not.toBeNull();
    expect(document.documentElement.lang).toBe("ht");

    root.querySelector<HTMLButtonElement>("[data-topic=mexico-steps]")!.click();
    await flush();
    expect(root.querySelector("[data-role=topic-title]")!.textContent).toBe("steps-ht");
    expect(root.querySelector("[data-role=freshness]")!.textContent).toBe("stale-warning");

    root.querySelector<HTMLButtonElement>("[data-action=menu]")!.click();
    root.querySelector<HTMLButtonElement>("[data-menu=language]")!.click();
    await flush();
    root.querySelector<HTMLButtonElement>("[data-lang=es]")!.click();
    await flush();
    // The switch returns to the page the person was reading, now in the new language.
    expect(root.querySelector("[data-role=topic-title]")!.textContent).toBe("steps-es");
    expect(document.documentElement.lang).toBe("es");
    expect(root.querySelector("[data-menu=language]")!.textContent).toBe("change_language-es");
  });

  it("the quick exit blanks the screen at once, from a button or Escape", async () => {
    const root = document.createElement("div");
    const api = memoryApi("es");
    await new App(root, api).boot([]);
    root.querySelector<HTMLButtonElement>("[data-action=quick-exit]")!.click();
    expect(root.querySelector("[data-screen=neutral]")).not.toBeNull();
    expect(root.textContent).toBe("");
    expect(document.title).toBe("");
    await flush();
    expect(api.exits).toBe(1);
    await new App(root, api).boot([]);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(root.querySelector("[data-screen=neutral]")).not.toBeNull();
  });

  it("skips the picker once a language was chosen", async () => {
    const root = document.createElement("div");
    await new App(root, memoryApi("pt")).boot([]);
    expect(root.querySelector("[data-screen=home]")!.getAttribute("lang")).toBe("pt");
    expect(document.title).toBe("home-title-pt");
  });

  it("shows the core's error message when a command fails", async () => {
    const root = document.createElement("div");
    const app = new App(root, memoryApi("es"));
    await app.boot([]);
    await app.show({ name: "topic", id: "gone" });
    expect(root.querySelector("[data-screen=error]")!.getAttribute("data-error")).toBe("error-topic-not-found");
    expect(root.querySelector("[role=alert]")!.textContent).toBe("no-gone");
  });
});
