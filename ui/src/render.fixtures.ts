/** Test data for the interface's unit tests: stands in for the core's view models. */
import type { Api } from "./api";
import type { HomeView, PackInfoView, ProfilesView, ProfileView, RemindersView, SafetyView, StartView, TopicView, UiText } from "./bindings";

// Fixtures stand in for the core's view models; their words are test data, not UI text.
export const languages: StartView["languages"] = [
  { code: "es", name: "Español", dir: "ltr", prompt: "Elija su idioma" },
  { code: "ht", name: "Kreyòl ayisyen", dir: "ltr", prompt: "Chwazi lang ou" },
  { code: "ar", name: "العربية", dir: "rtl", prompt: "اختر لغتك" },
];

export const ui = (lang: string): UiText => ({
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

export const home = (lang: string): HomeView => ({
  lang,
  dir: "ltr",
  title: `home-title-${lang}`,
  intro: `intro-${lang}`,
  decide_title: `decide-${lang}`,
  decide_summary: `decide-summary-${lang}`,
  topics: [{ id: "mexico-steps", icon: "steps", title: `steps-${lang}`, summary: `summary-${lang}` }],
});

export const topic = (lang: string): TopicView => ({
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

/** The safety screen's words, each its own id so a test can find where it went. */
export function safetyView(over: Partial<SafetyView> = {}): SafetyView {
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
export function memoryApi(
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

export function remindersView(on: boolean | null): RemindersView {
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

export async function unused(): Promise<never> {
  throw new Error("not used by this test");
}

// jsdom does not scroll; the app only asks it to.
window.scrollTo = () => {};

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export const comar = {
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

export const profileView: ProfileView = {
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
