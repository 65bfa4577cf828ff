// The player: a Listen button with the core's words, section after section with the part
// being read highlighted, pause and resume, and a stop that leaves nothing behind.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Api } from "./api";
import type { ListenTarget, ReadingView } from "./bindings";
import { Player } from "./listen";
import { el } from "./render";

const view: ReadingView = {
  lang: "ht",
  dir: "ltr",
  sections: [
    { anchors: ["title", "summary"], texts: ["t", "s"] },
    { anchors: ["block-0"], texts: ["b"] },
  ],
  rate: "normal",
  listen: "listen-ht",
  pause: "pause-ht",
  resume: "resume-ht",
  stop: "stop-ht",
  rate_label: "rate-ht",
  rate_normal: "normal-ht",
  rate_slower: "slower-ht",
  progress: ["one-of-two", "two-of-two"],
};

function fakeApi() {
  const spoken: [ListenTarget, number][] = [];
  const rates: string[] = [];
  const api = {
    reading: async () => view,
    speak: async (target: ListenTarget, section: number) => {
      spoken.push([target, section]);
      return new ArrayBuffer(8);
    },
    setSpeechRate: async (rate: string) => {
      rates.push(rate);
    },
  } as unknown as Api;
  return { api, spoken, rates };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(): HTMLElement {
  const main = el("main", {}, [
    el("h1", { "data-role": "topic-title", "data-read": "title" }, ["t"]),
    el("p", { "data-read": "summary" }, ["s"]),
    el("p", { "data-read": "block-0" }, ["b"]),
  ]);
  document.body.append(main);
  return main;
}

beforeEach(() => {
  document.body.replaceChildren();
  // jsdom plays no media: playing is reported as a browser would.
  vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(function (this: HTMLMediaElement) {
    Object.defineProperty(this, "paused", { value: false, configurable: true });
    this.dispatchEvent(new Event("playing"));
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, "pause").mockImplementation(function (this: HTMLMediaElement) {
    Object.defineProperty(this, "paused", { value: true, configurable: true });
    this.dispatchEvent(new Event("pause"));
  });
  vi.spyOn(HTMLMediaElement.prototype, "load").mockImplementation(() => {});
  URL.createObjectURL = () => "blob:speech";
  URL.revokeObjectURL = () => {};
});

describe("player", () => {
  it("reads section after section, highlighting the part being read, then stops clean", async () => {
    const { api, spoken } = fakeApi();
    const main = page();
    const player = new Player(api);
    await player.offer(main, { kind: "topic", id: "mexico-steps" }, main.querySelector("h1"));
    const button = main.querySelector<HTMLButtonElement>("[data-action=listen]")!;
    expect(button.textContent).toBe("listen-ht");
    expect(button.previousElementSibling?.tagName).toBe("H1");

    button.click();
    await flush();
    const bar = document.querySelector<HTMLElement>("[data-role=player]")!;
    expect(bar.dataset.state).toBe("playing");
    expect(bar.querySelector("[data-role=speech-progress]")!.textContent).toBe("one-of-two");
    expect([...main.querySelectorAll(".reading")].map((e) => e.getAttribute("data-read"))).toEqual(["title", "summary"]);
    // The next section is asked for while this one plays.
    expect(spoken.map(([, s]) => s)).toEqual([0, 1]);

    bar.querySelector<HTMLButtonElement>("[data-action=speech-pause]")!.click();
    expect(bar.dataset.state).toBe("paused");
    expect(bar.querySelector("[data-action=speech-pause]")!.textContent).toBe("resume-ht");
    bar.querySelector<HTMLButtonElement>("[data-action=speech-pause]")!.click();
    expect(bar.dataset.state).toBe("playing");

    document.querySelector<HTMLAudioElement>("[data-role=speech-audio]")!.dispatchEvent(new Event("ended"));
    await flush();
    expect([...main.querySelectorAll(".reading")].map((e) => e.getAttribute("data-read"))).toEqual(["block-0"]);
    expect(bar.querySelector("[data-role=speech-progress]")!.textContent).toBe("two-of-two");
    // The section asked for in advance is used, not asked for again.
    expect(spoken.map(([, s]) => s)).toEqual([0, 1]);

    player.stop();
    expect(document.querySelector("[data-role=player]")).toBeNull();
    expect(main.querySelectorAll(".reading").length).toBe(0);
  });

  it("a slower speed is remembered and the part being read starts again", async () => {
    const { api, spoken, rates } = fakeApi();
    const main = page();
    const player = new Player(api);
    await player.offer(main, { kind: "topic", id: "notice" });
    main.querySelector<HTMLButtonElement>("[data-action=listen]")!.click();
    await flush();
    const select = document.querySelector<HTMLSelectElement>("[data-setting=speech-rate]")!;
    select.value = "slower";
    select.dispatchEvent(new Event("change"));
    await flush();
    expect(rates).toEqual(["slower"]);
    expect(spoken.map(([, s]) => s)).toEqual([0, 1, 0, 1]);
    player.stop();
  });

  it("offers no button when there is nothing to read", async () => {
    const api = { reading: async () => Promise.reject({ id: "error-topic-not-found", message: "m", detail: null }) } as unknown as Api;
    const main = page();
    await new Player(api).offer(main, { kind: "topic", id: "gone" });
    expect(main.querySelector("[data-action=listen]")).toBeNull();
  });
});
