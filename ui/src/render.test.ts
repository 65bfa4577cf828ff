import { describe, expect, it, vi } from "vitest";
import type { Api } from "./api";
import { App } from "./app";
import type { HomeView, PackInfoView, ProfilesView, ProfileView, RemindersView, SafetyView, StartView, TopicView, UiText } from "./bindings";
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
  deadlines_heading: `deadlines_heading-${lang}`,
  no_deadlines: `no_deadlines-${lang}`,
  deadline_safe_note: `deadline_safe_note-${lang}`,
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
  menu: `menu-${lang}`,
  lock: `lock-${lang}`,
  unlock: `unlock-${lang}`,
  search_results: `search_results-${lang}`,
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

/** The safety screen's words, each its own id so a test can find where it went. */
function safetyView(over: Partial<SafetyView> = {}): SafetyView {
  const words = [
    "title", "status", "pin_label", "new_pin_label", "unlock", "locked_title", "locked_hint", "set_pin", "change_pin",
    "remove_pin", "lock", "quick_exit", "wipe", "wipe_cancel", "wiped", "guest_enter", "guest_on", "guest_end",
    "repeat_pin_label", "shared_title", "shared_hint", "shared_button", "shared_pin_label", "space_new", "space_new_hint",
    "settings_title", "idle_label", "backup_title", "backup_hint", "backup_passphrase_label", "backup_export",
    "backup_import", "backup_replace_warning", "notice_done", "busy", "wipe_backups_note", "read_guide",
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
    notice: [],
    secret_hint: ["hint-pin", "hint-time"],
    suggestion: "w-suggestion",
    ...over,
  };
}

/** An Api that keeps the chosen language in memory, as the core's session does on disk. */
function memoryApi(
  chosen: string | null,
): Api & { chosen: string | null; exits: number; locks: number; safetyView: SafetyView; remindersOn: boolean | null; readingLang: string | null } {
  const api = {
    chosen,
    safetyView: safetyView(),
    locks: 0,
    remindersOn: null as boolean | null,
    readingLang: null as string | null,
    start: async () => ({ chosen: api.chosen, suggested: "es", languages, locked: api.safetyView.locked, quick_exit: "quick_exit-es" }),
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
    reading: unused,
    speak: unused,
    setSpeechRate: unused,
    reminders: async () => remindersView(api.remindersOn),
    setReminders: async (on: boolean) => {
      api.remindersOn = on;
      return remindersView(on);
    },
    readWhileLocked: async (lang: string) => {
      api.readingLang = lang;
      return ui(lang);
    },
    exits: 0,
  };
  return api;
}

function remindersView(on: boolean | null): RemindersView {
  const words = ["title", "question", "privacy", "yes", "no", "status", "turn_on", "turn_off", "scheduled_heading", "none_scheduled"] as const;
  const text = Object.fromEntries(words.map((w) => [w, `r-${w}`])) as Record<(typeof words)[number], string>;
  return {
    ...text,
    lang: "es",
    dir: "ltr",
    ask: on === null,
    on: on === true,
    available: true,
    platform_note: "r-only-while-open",
    guest_note: null,
    scheduled: on ? [{ at: "2026-12-01T18:00", label: "r-tomorrow" }] : [],
  };
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

const comar = {
  kind: "comar",
  title: "comar-title",
  from: "2026-03-27",
  from_key: "entered",
  from_label: "from-label",
  last_day: "2026-05-11",
  last_day_label: "safe-day",
  latest_day: "2026-05-14",
  latest_label: "latest-sentence",
  business_days: 30,
  state: "upcoming" as const,
  left_business: 27,
  left_calendar: 40,
  left_label: "left-27",
  advice: "advice",
  notes: [],
  remind: false,
  topic: "mexico-steps",
  topic_title: "steps-title",
  statutory_only: false,
};

const profileView: ProfileView = {
  id: 7,
  name: "Ana",
  lang: "es",
  dir: "ltr",
  dates: [
    { key: "entered", label: "entered-label", hint: null, value: "2026-03-27", day: 27, month: 3, year: 2026 },
    { key: "could-apply", label: "could-label", hint: "could-hint", value: null, day: null, month: null, year: null },
  ],
  date_entry: {
    order: ["day", "month", "year"],
    day_label: "day-label",
    month_label: "month-label",
    year_label: "year-label",
    months: Array.from({ length: 12 }, (_, i) => `month-${i + 1}`),
    years: [2027, 2026, 2025],
    clear: "clear-date",
  },
  signing: {
    heading: "signing-heading",
    hint: "signing-hint",
    weekday_label: "weekday-label",
    weekday: 3,
    weekdays: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ number: n, name: `day-${n}` })),
    every_days_label: "every-label",
    every_days: null,
    max_every_days: 90,
  },
  deadlines: [
    comar,
    {
      ...comar,
      kind: "signing",
      from: null,
      from_key: null,
      from_label: null,
      last_day: null,
      last_day_label: null,
      latest_day: null,
      latest_label: null,
      business_days: null,
      state: "needs-date",
      left_business: null,
      left_calendar: null,
      left_label: "needs-date",
      notes: ["every-wednesday"],
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
    onDate: vi.fn(async (_key: string, _value: string | null) => {}),
    onItem: vi.fn(),
    onAddItem: vi.fn(),
    onSummary: vi.fn(),
    onTopic: vi.fn(),
  });
  const part = (view: HTMLElement, key: string, name: string) =>
    view.querySelector<HTMLSelectElement>(`[data-date=${key}] [data-part=${name}]`)!;
  const choose = (select: HTMLSelectElement, value: string) => {
    select.value = value;
    select.dispatchEvent(new Event("change"));
  };

  it("shows deadlines, the checklist and the recorded dates", () => {
    const view = renderProfile(profileView, ui("es"), actions());
    const card = view.querySelector("[data-deadline=comar]")!;
    expect(card.querySelector("[data-role=left]")!.textContent).toBe("left-27");
    expect([part(view, "entered", "day").value, part(view, "entered", "month").value, part(view, "entered", "year").value]).toEqual([
      "27",
      "3",
      "2026",
    ]);
    expect(part(view, "could-apply", "day").value).toBe("");
    expect(view.querySelector("[data-date=could-apply]")!.textContent).toContain("could-hint");
    expect(view.querySelector<HTMLSelectElement>("[data-date=signing-day]")!.value).toBe("3");
    expect(view.querySelector("[data-item=tvrh-id] [data-status=needed]")!.getAttribute("aria-pressed")).toBe("true");
  });

  it("shows the safe last day first and the latest possible day second", () => {
    const view = renderProfile(profileView, ui("es"), actions());
    const card = view.querySelector("[data-deadline=comar]")!;
    const text = card.textContent!;
    expect(card.querySelector("[data-role=last-day] time")!.getAttribute("datetime")).toBe("2026-05-11");
    expect(card.querySelector("[data-role=latest]")!.getAttribute("data-latest")).toBe("2026-05-14");
    expect(text.indexOf("safe-day")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("safe-day")).toBeLessThan(text.indexOf("latest-sentence"));
    expect(card.querySelector("[data-topic-link]")!.textContent).toBe("steps-title");
    const signing = view.querySelector("[data-deadline=signing]")!;
    expect(signing.querySelector("[data-role=last-day]")).toBeNull();
    expect(signing.getAttribute("data-state")).toBe("needs-date");
    expect(signing.textContent).toContain("every-wednesday");
  });

  it("enters a date in the language's order and month names, and reports a status tap", () => {
    const a = actions();
    const view = renderProfile(profileView, ui("es"), a);
    view.querySelector<HTMLButtonElement>("[data-item=tvrh-id] [data-status=have]")!.click();
    expect(a.onItem).toHaveBeenCalledWith("tvrh-id", "have", "");
    const parts = [...view.querySelectorAll("[data-date=could-apply] [data-part]")].map((p) => p.getAttribute("data-part"));
    expect(parts).toEqual(["day", "month", "year"]);
    expect([...part(view, "could-apply", "month").options].map((o) => o.textContent)[3]).toBe("month-3");
    choose(part(view, "could-apply", "day"), "5");
    choose(part(view, "could-apply", "month"), "4");
    expect(a.onDate).not.toHaveBeenCalled();
    choose(part(view, "could-apply", "year"), "2026");
    expect(a.onDate).toHaveBeenCalledWith("could-apply", "2026-04-05");
    view.querySelector<HTMLButtonElement>("[data-date=entered] [data-action=clear-date]")!.click();
    expect(a.onDate).toHaveBeenCalledWith("entered", null);
  });

  it("follows another language's order", () => {
    const ymd: ProfileView = { ...profileView, date_entry: { ...profileView.date_entry, order: ["year", "month", "day"] } };
    const view = renderProfile(ymd, ui("es"), actions());
    const labels = [...view.querySelectorAll("[data-date=entered] .date-part span")].map((s) => s.textContent);
    expect(labels).toEqual(["year-label", "month-label", "day-label"]);
  });

  it("shows the core's words beside a date it refuses", async () => {
    const a = actions();
    a.onDate.mockImplementation(async () => {
      throw { id: "error-date-impossible", message: "no-31-february", detail: null };
    });
    const view = renderProfile(profileView, ui("es"), a);
    choose(part(view, "could-apply", "day"), "31");
    choose(part(view, "could-apply", "month"), "2");
    choose(part(view, "could-apply", "year"), "2026");
    await vi.waitFor(() => expect(view.querySelector<HTMLElement>("[data-date=could-apply] [role=alert]")!.hidden).toBe(false));
    const alert = view.querySelector("[data-date=could-apply] [role=alert]")!;
    expect(alert.textContent).toBe("no-31-february");
    expect(part(view, "could-apply", "day").value).toBe("31");
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
      onGuide: () => {},
    });
    const form = screen.querySelector<HTMLFormElement>("[data-form=new-space]")!;
    form.querySelector<HTMLInputElement>("[data-pin=new-space]")!.value = "271828";
    form.querySelector<HTMLInputElement>("[data-pin=new-space-new]")!.value = "271829";
    form.requestSubmit();
    expect(created).toEqual([["271828", "271829"]]);
    expect(form.querySelector<HTMLInputElement>("[data-pin=new-space]")!.value).toBe("");
    const alone = renderUnlock(safetyView({ locked: true }), { onUnlock: () => {}, onNewSpace: () => {}, onGuest: () => {}, onGuide: () => {} });
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

  it("shows a spinner while the PIN is checked, and what the core says once", () => {
    const tried: string[] = [];
    const screen = renderUnlock(safetyView({ locked: true }), { onUnlock: (pin) => tried.push(pin), onNewSpace: () => {}, onGuest: () => {}, onGuide: () => {} });
    const form = screen.querySelector<HTMLFormElement>("[data-form=unlock]")!;
    expect(form.querySelector("[data-busy]")).toBeNull();
    form.querySelector<HTMLInputElement>("[data-pin=unlock]")!.value = "482913";
    form.requestSubmit();
    expect(tried).toEqual(["482913"]);
    expect(form.querySelector("[data-busy]")!.textContent).toBe("w-busy");
    expect(form.querySelector<HTMLButtonElement>("button[type=submit]")!.disabled).toBe(true);

    const actions = {
      onShare: () => {}, onIdle: () => {}, onWipeAfter: () => {}, onSaveBackup: () => {}, onRestoreBackup: () => {},
      onSetPin: () => {}, onChangePin: () => {}, onRemovePin: () => {}, onLock: () => {}, onGuest: () => {}, onWipe: () => {},
      onTopic: () => {},
    };
    const safety = renderSafety(safetyView({ has_pin: false }), actions, null, ["word-kamori", "strength"]);
    const notice = safety.querySelector("[data-role=notice]")!;
    expect([...notice.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["word-kamori", "strength"]);
    notice.querySelector<HTMLButtonElement>("[data-action=notice-done]")!.click();
    expect(safety.querySelector("[data-role=notice]")).toBeNull();
    expect(safety.querySelector("[data-role=secret-hint]")!.textContent).toContain("hint-time");
    expect(safety.querySelector("[data-role=suggestion]")!.textContent).toBe("w-suggestion");
    expect(safety.querySelector("[data-role=wipe-backups-note]")!.textContent).toBe("w-wipe_backups_note");
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

describe("header", () => {
  it("shows back, the screen's title, one menu and the quick exit; the menu opens and closes", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    try {
      await new App(root, memoryApi("es")).boot([]);
      root.querySelector<HTMLButtonElement>("[data-topic=mexico-steps]")!.click();
      await flush();
      const bar = root.querySelector("header")!;
      expect([...bar.querySelectorAll(".bar-row > *")].map((e) => e.getAttribute("data-action") ?? e.getAttribute("data-role"))).toEqual([
        "back",
        "bar-title",
        "menu",
        "quick-exit",
      ]);
      expect(bar.querySelector("[data-role=bar-title]")!.textContent).toBe("steps-es");
      const menu = bar.querySelector<HTMLButtonElement>("[data-action=menu]")!;
      expect(menu.getAttribute("aria-label")).toBe("menu-es");
      expect(menu.getAttribute("aria-expanded")).toBe("false");
      expect(bar.querySelector<HTMLElement>("#bar-menu")!.hidden).toBe(true);
      menu.click();
      expect(menu.getAttribute("aria-expanded")).toBe("true");
      expect(bar.querySelector<HTMLElement>("#bar-menu")!.hidden).toBe(false);
      // The first item takes the focus, so a keyboard can go on from there.
      expect(document.activeElement).toBe(bar.querySelector("[data-menu=language]"));
      expect([...bar.querySelectorAll("[data-menu]")].map((b) => b.getAttribute("data-menu"))).toEqual(["language", "profiles", "lock", "safety"]);
      menu.click();
      expect(bar.querySelector<HTMLElement>("#bar-menu")!.hidden).toBe(true);
    } finally {
      root.remove();
    }
  });

  it("moves focus to the new screen's heading and names the document after it", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    try {
      await new App(root, memoryApi("es")).boot([]);
      expect(document.activeElement).toBe(root.querySelector("[data-screen=home] h1"));
      root.querySelector<HTMLButtonElement>("[data-topic=mexico-steps]")!.click();
      await flush();
      const heading = root.querySelector<HTMLElement>("[data-screen=topic] h1")!;
      expect(document.activeElement).toBe(heading);
      expect(heading.getAttribute("tabindex")).toBe("-1");
      expect(document.title).toBe("steps-es");
      root.querySelector<HTMLButtonElement>("[data-action=back]")!.click();
      await flush();
      expect(document.activeElement).toBe(root.querySelector("[data-screen=home] h1"));
    } finally {
      root.remove();
    }
  });

  it("the picker has a heading in the suggested language", () => {
    const picker = renderPicker(languages, null, () => {}, "ht");
    const heading = picker.querySelector("h1")!;
    expect(heading.textContent).toBe("Chwazi lang ou");
    expect(heading.getAttribute("lang")).toBe("ht");
    expect(picker.querySelectorAll("h1").length).toBe(1);
  });
});

describe("lock screen", () => {
  it("opens the guide without the PIN, and the menu leads back to the lock screen", async () => {
    const root = document.createElement("div");
    const api = memoryApi("es");
    api.safetyView = safetyView({ locked: true });
    await new App(root, api).boot(["ht"]);
    expect(root.querySelector("[data-screen=locked]")).not.toBeNull();
    // The quick exit is there too, named in the lock screen's language.
    expect(root.querySelector("header [data-action=quick-exit]")!.textContent).toBe("w-quick_exit");
    root.querySelector<HTMLButtonElement>("[data-action=read-guide]")!.click();
    await flush();
    await flush();
    expect(api.readingLang).toBe("es");
    expect(root.querySelector("[data-screen=home]")).not.toBeNull();
    expect(root.querySelector("[data-due-profile]")).toBeNull();
    expect([...root.querySelectorAll("[data-menu]")].map((b) => b.getAttribute("data-menu"))).toEqual(["language", "unlock"]);
    root.querySelector<HTMLButtonElement>("[data-menu=unlock]")!.click();
    await flush();
    expect(root.querySelector("[data-screen=locked]")).not.toBeNull();
  });
});

describe("reminders", () => {
  it("asks once on a profile; the settings turn them off and show what is scheduled", async () => {
    const root = document.createElement("div");
    const api = memoryApi("es");
    api.profile = async () => profileView;
    const app = new App(root, api);
    await app.boot([]);
    await app.show({ name: "profile", id: 1 });
    const ask = root.querySelector("[data-role=reminders-ask]")!;
    expect(ask.textContent).toContain("r-privacy");
    ask.querySelector<HTMLButtonElement>("[data-action=reminders-yes]")!.click();
    await flush();
    await flush();
    expect(api.remindersOn).toBe(true);
    expect(root.querySelector("[data-role=reminders-ask]")).toBeNull();

    await app.show({ name: "safety" });
    const settings = root.querySelector("[data-role=reminders]")!;
    expect(settings.getAttribute("data-on")).toBe("true");
    expect(settings.querySelector("[data-role=reminders-scheduled]")!.textContent).toBe("r-tomorrow");
    expect(settings.querySelector("[data-role=reminders-platform]")!.textContent).toBe("r-only-while-open");
    settings.querySelector<HTMLButtonElement>("[data-action=reminders-off]")!.click();
    await flush();
    await flush();
    expect(api.remindersOn).toBe(false);
    expect(root.querySelector("[data-role=reminders]")!.getAttribute("data-on")).toBe("false");
  });
});
