import { describe, expect, it, vi } from "vitest";
import type { Api } from "./api";
import { App } from "./app";
import type { HomeView, PackInfoView, ProfilesView, ProfileView, SafetyView, StartView, TopicView, UiText } from "./bindings";
import { renderProfile } from "./profiles";
import { renderHome, renderPicker, renderTopic } from "./render";
import { renderSafety, renderUnlock } from "./safety";

// Fixtures stand in for the core's view models; their words are test data, not UI text.
const languages: StartView["languages"] = [
  { code: "es", name: "Español", dir: "ltr", prompt: "Elija su idioma" },
  { code: "ht", name: "Kreyòl ayisyen", dir: "ltr", prompt: "Chwazi lang ou" },
  { code: "ar", name: "العربية", dir: "rtl", prompt: "اختر لغتك" },
];

const ui = (lang: string): UiText => ({
  lang,
  dir: "ltr",
  app_name: "Senda",
  tagline: `tagline-${lang}`,
  change_language: `change_language-${lang}`,
  back: `back-${lang}`,
  home: `home-${lang}`,
  picker_title: `picker_title-${lang}`,
  picker_hint: `picker_hint-${lang}`,
  profiles: `profiles-${lang}`,
  profiles_title: `profiles_title-${lang}`,
  profiles_intro: `profiles_intro-${lang}`,
  profiles_empty: `profiles_empty-${lang}`,
  name_label: `name_label-${lang}`,
  add_profile: `add_profile-${lang}`,
  rename: `rename-${lang}`,
  remove: `remove-${lang}`,
  cancel: `cancel-${lang}`,
  undo: `undo-${lang}`,
  save: `save-${lang}`,
  dates_heading: `dates_heading-${lang}`,
  signing_day_label: `signing_day_label-${lang}`,
  deadlines_heading: `deadlines_heading-${lang}`,
  no_deadlines: `no_deadlines-${lang}`,
  deadline_early_note: `deadline_early_note-${lang}`,
  checklist_heading: `checklist_heading-${lang}`,
  missing_heading: `missing_heading-${lang}`,
  nothing_missing: `nothing_missing-${lang}`,
  note_label: `note_label-${lang}`,
  own_heading: `own_heading-${lang}`,
  add_item_label: `add_item_label-${lang}`,
  add_item: `add_item-${lang}`,
  status_have: `status_have-${lang}`,
  status_needed: `status_needed-${lang}`,
  status_not_applicable: `status_not_applicable-${lang}`,
  summary: `summary-${lang}`,
  print: `print-${lang}`,
  search_label: `search_label-${lang}`,
  search_button: `search_button-${lang}`,
  notice: `notice-${lang}`,
  notice_topic: "notice",
  updates: `updates-${lang}`,
  safety: `safety-${lang}`,
  quick_exit: `quick_exit-${lang}`,
});

const home = (lang: string): HomeView => ({
  lang,
  dir: "ltr",
  title: `home-title-${lang}`,
  intro: `intro-${lang}`,
  decide_title: `decide-${lang}`,
  decide_summary: `decide-summary-${lang}`,
  topics: [{ id: "mexico-steps", icon: "steps", title: `steps-${lang}`, summary: `summary-${lang}` }],
});

const topic = (lang: string): TopicView => ({
  id: "mexico-steps",
  lang,
  dir: "ltr",
  icon: "steps",
  title: `steps-${lang}`,
  summary: `summary-${lang}`,
  blocks: [
    { kind: "heading", text: "h" },
    { kind: "paragraph", text: "<b>not html</b>" },
    { kind: "list", items: ["a", "b"] },
    { kind: "note", tone: "warning", text: "w" },
    { kind: "table", caption: "cap", columns: ["c1", "c2"], rows: [{ label: "r1", cells: ["x1", "x2"] }] },
    { kind: "term", id: "comar", term: "COMAR", text: "def" },
  ],
  terms_heading: `terms-${lang}`,
  terms: [{ id: "comar", term: "COMAR", topic: "mexico-steps" }],
  sources_heading: `sources-${lang}`,
  sources: [{ id: "lrpcap", name: "LRPCAP", cite: "diputados.gob.mx" }],
  checked: "2026-03-11",
  checked_label: `checked-${lang}`,
});

describe("render", () => {
  it("names each language in itself, with its own lang and dir", () => {
    const onChoose = vi.fn();
    const picker = renderPicker(languages, "ht", onChoose);
    const buttons = [...picker.querySelectorAll<HTMLButtonElement>("[data-lang]")];
    expect(buttons.map((b) => b.textContent)).toEqual(["Español", "Kreyòl ayisyen", "العربية"]);
    expect(buttons[2].lang).toBe("ar");
    expect(buttons[2].dir).toBe("rtl");
    expect(buttons[1].getAttribute("aria-current")).toBe("true");
    expect(picker.querySelectorAll(".picker-prompts p")).toHaveLength(3);
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

/** The safety screen's words, each its own id so a test can find where it went. */
function safetyView(over: Partial<SafetyView> = {}): SafetyView {
  const words = [
    "title", "status", "pin_label", "new_pin_label", "unlock", "locked_title", "locked_hint", "set_pin", "change_pin",
    "remove_pin", "lock", "quick_exit", "wipe", "wipe_cancel", "wiped", "guest_enter", "guest_on", "guest_end",
    "repeat_pin_label", "shared_title", "shared_hint", "shared_button", "shared_pin_label", "space_new", "space_new_hint",
    "settings_title", "idle_label", "backup_title", "backup_hint", "backup_passphrase_label", "backup_export",
    "backup_import", "backup_replace_warning",
  ] as const;
  const text = Object.fromEntries(words.map((w) => [w, `w-${w}`])) as Record<(typeof words)[number], string>;
  return {
    ...text,
    has_pin: true,
    locked: false,
    guest: false,
    shared: false,
    wipe_countdown: ["5", "4", "3", "2", "1"],
    topic: "safety",
    idle_minutes: 5,
    idle_options: [1, 5, 30].map((value) => ({ value, label: `${value} min` })),
    wipe_after_label: "w-wipe_after_label",
    wipe_after: 0,
    wipe_after_options: [0, 5].map((value) => ({ value, label: `${value} tries` })),
    ...over,
  };
}

/** An Api that keeps the chosen language in memory, as the core's session does on disk. */
function memoryApi(chosen: string | null): Api & { chosen: string | null; exits: number; locks: number; safetyView: SafetyView } {
  const api = {
    chosen,
    safetyView: safetyView(),
    locks: 0,
    start: async () => ({ chosen: api.chosen, suggested: "es", languages, locked: api.safetyView.locked }),
    chooseLanguage: async (lang: string) => {
      api.chosen = lang;
      return ui(lang);
    },
    uiText: async () => ui(api.chosen ?? "es"),
    home: async () => home(api.chosen ?? "es"),
    topic: async (id: string) => {
      if (id !== "mexico-steps") throw { id: "error-topic-not-found", message: `no-${id}`, detail: null };
      return topic(api.chosen ?? "es");
    },
    profiles: async (): Promise<ProfilesView> => ({ lang: api.chosen ?? "es", dir: "ltr", profiles: [], removed: [] }),
    addProfile: unused,
    renameProfile: unused,
    removeProfile: unused,
    restoreProfile: unused,
    profile: unused,
    setDate: unused,
    setItem: unused,
    addOwnItem: unused,
    summary: unused,
    search: unused,
    decide: unused,
    advise: unused,
    packInfo: async (): Promise<PackInfoView> => ({
      version: 0,
      origin: "builtin",
      built: null,
      checked: "2026-03-11",
      signer: null,
      title: "t",
      version_label: "v",
      origin_label: "o",
      built_label: null,
      checked_label: "c",
      signer_label: null,
      fell_back: null,
      stale: "stale-warning",
      import_label: "i",
      rollback: "r",
      installed_label: "ok",
      share_kit_label: "k",
      share_kit_hint: "h",
    }),
    installPack: unused,
    rollbackPack: unused,
    shareKit: unused,
    safety: async () => api.safetyView,
    unlock: unused,
    lock: async () => {
      api.locks += 1;
      api.safetyView = { ...api.safetyView, locked: true };
      return api.safetyView;
    },
    quickExit: async () => {
      api.exits += 1;
    },
    setPin: unused,
    changePin: unused,
    removePin: unused,
    wipe: unused,
    guest: unused,
    shareDevice: unused,
    createSpace: unused,
    setIdleMinutes: unused,
    setWipeAfter: unused,
    saveBackup: unused,
    restoreBackup: unused,
    exits: 0,
  };
  return api;
}

async function unused(): Promise<never> {
  throw new Error("not used by this test");
}

// jsdom does not scroll; the app only asks it to.
window.scrollTo = () => {};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("app", () => {
  it("opens on the picker the first time, then home, topic, and a language switch", async () => {
    const root = document.createElement("div");
    const api = memoryApi(null);
    await new App(root, api).boot(["fr-CA"]);
    expect(root.querySelector("[data-screen=picker]")).not.toBeNull();
    expect(root.querySelector("header")).toBeNull();

    root.querySelector<HTMLButtonElement>("[data-lang=ht]")!.click();
    await flush();
    expect(root.querySelector("[data-screen=home]")).not.toBeNull();
    expect(document.documentElement.lang).toBe("ht");

    root.querySelector<HTMLButtonElement>("[data-topic=mexico-steps]")!.click();
    await flush();
    expect(root.querySelector("[data-role=topic-title]")!.textContent).toBe("steps-ht");
    expect(root.querySelector("[data-role=freshness]")!.textContent).toBe("stale-warning");

    root.querySelector<HTMLButtonElement>("[data-action=change-language]")!.click();
    await flush();
    root.querySelector<HTMLButtonElement>("[data-lang=es]")!.click();
    await flush();
    // The switch returns to the page the person was reading, now in the new language.
    expect(root.querySelector("[data-role=topic-title]")!.textContent).toBe("steps-es");
    expect(document.documentElement.lang).toBe("es");
    expect(root.querySelector("[data-action=change-language]")!.textContent).toBe("change_language-es");
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
    expect(document.title).toBe("Senda");
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

const profileView: ProfileView = {
  id: 7,
  name: "Ana",
  lang: "es",
  dir: "ltr",
  dates: [{ key: "entered", label: "entered-label", value: "2026-03-27" }],
  signing_day: 3,
  weekdays: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ number: n, name: `day-${n}` })),
  deadlines: [
    {
      kind: "comar",
      title: "comar-title",
      from: "2026-03-27",
      last_day: "2026-05-14",
      last_day_label: "last-day",
      business_days: 30,
      state: "upcoming",
      left_business: 27,
      left_calendar: 43,
      left_label: "left-27",
      advice: "advice",
      remind: false,
      topic: "mexico-steps",
      statutory_only: false,
    },
  ],
  checklist: {
    groups: [
      {
        id: "tvrh",
        title: "tvrh-title",
        items: [{ id: "tvrh-id", text: "id-text", why: "why", need: "needed", need_label: "need", status: "needed", note: "" }],
      },
    ],
    own_items: [],
    have: 0,
    total: 1,
    progress_label: "0-of-1",
    missing: ["id-text"],
  },
  remove_confirm: "remove-ana?",
};

describe("profile screen", () => {
  const actions = () => ({
    onRename: vi.fn(),
    onRemove: vi.fn(),
    onDate: vi.fn(),
    onItem: vi.fn(),
    onAddItem: vi.fn(),
    onSummary: vi.fn(),
    onTopic: vi.fn(),
  });

  it("shows deadlines, the checklist and the recorded dates", () => {
    const view = renderProfile(profileView, ui("es"), actions());
    expect(view.querySelector("[data-deadline=comar] [data-role=left]")!.textContent).toBe("left-27");
    expect(view.querySelector<HTMLInputElement>("[data-date=entered]")!.value).toBe("2026-03-27");
    expect(view.querySelector<HTMLSelectElement>("[data-date=signing-day]")!.value).toBe("3");
    expect(view.querySelector("[data-item=tvrh-id] [data-status=needed]")!.getAttribute("aria-pressed")).toBe("true");
  });

  it("reports a status tap and a date change", () => {
    const a = actions();
    const view = renderProfile(profileView, ui("es"), a);
    view.querySelector<HTMLButtonElement>("[data-item=tvrh-id] [data-status=have]")!.click();
    expect(a.onItem).toHaveBeenCalledWith("tvrh-id", "have", "");
    const input = view.querySelector<HTMLInputElement>("[data-date=entered]")!;
    input.value = "";
    input.dispatchEvent(new Event("change"));
    expect(a.onDate).toHaveBeenCalledWith("entered", null);
  });

  it("removes only after a confirmation, and cancel brings the button back", () => {
    const a = actions();
    const view = renderProfile(profileView, ui("es"), a);
    view.querySelector<HTMLButtonElement>("[data-action=remove]")!.click();
    expect(a.onRemove).not.toHaveBeenCalled();
    expect(view.querySelector("[role=alertdialog]")!.textContent).toContain("remove-ana?");
    view.querySelector<HTMLButtonElement>("[data-action=cancel-remove]")!.click();
    expect(view.querySelector("[role=alertdialog]")).toBeNull();
    view.querySelector<HTMLButtonElement>("[data-action=remove]")!.click();
    view.querySelector<HTMLButtonElement>("[data-action=confirm-remove]")!.click();
    expect(a.onRemove).toHaveBeenCalledTimes(1);
  });
});

describe("safety", () => {
  it("locks after the idle time the person chose, not before", async () => {
    vi.useFakeTimers();
    try {
      const root = document.createElement("div");
      const api = memoryApi("es");
      api.safetyView = safetyView({ idle_minutes: 1 });
      await new App(root, api).boot([]);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(api.locks).toBe(0);
      document.dispatchEvent(new Event("pointerdown"));
      await vi.advanceTimersByTimeAsync(59_000);
      expect(api.locks).toBe(0);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(api.locks).toBe(1);
      expect(root.querySelector("[data-screen=locked]")).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("a shared device's lock screen offers a new space and names nobody", () => {
    const created: string[][] = [];
    const screen = renderUnlock(safetyView({ shared: true, locked: true }), {
      onUnlock: () => {},
      onNewSpace: (pin, repeat) => created.push([pin, repeat]),
      onGuest: () => {},
    });
    const form = screen.querySelector<HTMLFormElement>("[data-form=new-space]")!;
    form.querySelector<HTMLInputElement>("[data-pin=new-space]")!.value = "271828";
    form.querySelector<HTMLInputElement>("[data-pin=new-space-new]")!.value = "271829";
    form.requestSubmit();
    expect(created).toEqual([["271828", "271829"]]);
    expect(form.querySelector<HTMLInputElement>("[data-pin=new-space]")!.value).toBe("");
    const alone = renderUnlock(safetyView({ locked: true }), { onUnlock: () => {}, onNewSpace: () => {}, onGuest: () => {} });
    expect(alone.querySelector("[data-form=new-space]")).toBeNull();
  });

  it("on a shared device there is no removing the PIN, no wipe after wrong PINs, no sharing again", () => {
    const actions = {
      onShare: () => {}, onIdle: () => {}, onWipeAfter: () => {}, onSaveBackup: () => {}, onRestoreBackup: () => {},
      onSetPin: () => {}, onChangePin: () => {}, onRemovePin: () => {}, onLock: () => {}, onGuest: () => {}, onWipe: () => {},
      onTopic: () => {},
    };
    const alone = renderSafety(safetyView(), actions);
    expect(alone.querySelector("[data-form=remove-pin]")).not.toBeNull();
    expect(alone.querySelector("[data-form=share]")).not.toBeNull();
    expect(alone.querySelector("[data-setting=wipe-after]")).not.toBeNull();
    const shared = renderSafety(safetyView({ shared: true, wipe_after_label: null }), actions, "saved-here");
    expect(shared.querySelector("[data-form=remove-pin]")).toBeNull();
    expect(shared.querySelector("[data-form=share]")).toBeNull();
    expect(shared.querySelector("[data-setting=wipe-after]")).toBeNull();
    expect(shared.querySelector("[data-role=safety-message]")!.textContent).toBe("saved-here");
  });

  it("reports the idle time chosen from its list", () => {
    const chosen: number[] = [];
    const screen = renderSafety(safetyView({ idle_minutes: 5 }), {
      onShare: () => {}, onIdle: (m) => chosen.push(m), onWipeAfter: () => {}, onSaveBackup: () => {}, onRestoreBackup: () => {},
      onSetPin: () => {}, onChangePin: () => {}, onRemovePin: () => {}, onLock: () => {}, onGuest: () => {}, onWipe: () => {},
      onTopic: () => {},
    });
    const select = screen.querySelector<HTMLSelectElement>("[data-setting=idle-minutes]")!;
    expect(select.value).toBe("5");
    select.value = "30";
    select.dispatchEvent(new Event("change"));
    expect(chosen).toEqual([30]);
  });
});
