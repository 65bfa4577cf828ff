// The IPC boundary: one typed function per Tauri command of src-tauri/src/lib.rs.
// The types come from bindings.ts, which is generated from the core's view models.
import { invoke } from "@tauri-apps/api/core";
import type {
  AdviceView,
  BackupDone,
  DecideView,
  ErrorView,
  PackInfoView,
  ReadingView,
  RemindersView,
  SafetyView,
  SearchView,
  ShareKitView,
  SpeechRate,
  HomeView,
  ListenTarget,
  ProfileView,
  ProfilesView,
  StartView,
  Status,
  SummaryView,
  TopicView,
  UiText,
} from "./bindings";

export interface Api {
  start(systemLanguages: readonly string[]): Promise<StartView>;
  chooseLanguage(lang: string): Promise<UiText>;
  uiText(): Promise<UiText>;
  home(): Promise<HomeView>;
  topic(id: string): Promise<TopicView>;
  profiles(): Promise<ProfilesView>;
  addProfile(name: string): Promise<ProfileView>;
  renameProfile(id: number, name: string): Promise<ProfileView>;
  removeProfile(id: number): Promise<ProfilesView>;
  restoreProfile(id: number): Promise<ProfilesView>;
  profile(id: number): Promise<ProfileView>;
  setDate(id: number, key: string, value: string | null): Promise<ProfileView>;
  setItem(id: number, item: string, status: Status, note: string | null): Promise<ProfileView>;
  addOwnItem(id: number, text: string): Promise<ProfileView>;
  summary(id: number): Promise<SummaryView>;
  search(query: string): Promise<SearchView>;
  decide(): Promise<DecideView>;
  advise(answers: [string, string][]): Promise<AdviceView>;
  packInfo(): Promise<PackInfoView>;
  installPack(file: Blob): Promise<PackInfoView>;
  rollbackPack(): Promise<PackInfoView>;
  shareKit(): Promise<ShareKitView>;
  safety(lang: string | null): Promise<SafetyView>;
  unlock(pin: string): Promise<SafetyView>;
  lock(): Promise<SafetyView>;
  quickExit(): Promise<void>;
  setPin(pin: string): Promise<SafetyView>;
  changePin(old: string, next: string): Promise<SafetyView>;
  removePin(old: string): Promise<SafetyView>;
  wipe(): Promise<SafetyView>;
  guest(on: boolean): Promise<SafetyView>;
  shareDevice(pin: string, repeat: string): Promise<SafetyView>;
  createSpace(pin: string, repeat: string): Promise<SafetyView>;
  setIdleMinutes(minutes: number): Promise<SafetyView>;
  setWipeAfter(tries: number): Promise<SafetyView>;
  saveBackup(passphrase: string): Promise<BackupDone>;
  restoreBackup(file: Blob, passphrase: string): Promise<BackupDone>;
  // Read aloud (listen.ts).
  reading(target: ListenTarget): Promise<ReadingView>;
  speak(target: ListenTarget, section: number): Promise<ArrayBuffer>;
  setSpeechRate(rate: SpeechRate): Promise<void>;
  reminders(): Promise<RemindersView>;
  setReminders(on: boolean): Promise<RemindersView>;
  readWhileLocked(lang: string): Promise<UiText>;
}

export const tauriApi: Api = {
  start: (systemLanguages) => invoke<StartView>("start", { systemLanguages: [...systemLanguages] }),
  chooseLanguage: (lang) => invoke<UiText>("choose_language", { lang }),
  uiText: () => invoke<UiText>("ui_text"),
  home: () => invoke<HomeView>("home"),
  topic: (id) => invoke<TopicView>("topic", { id }),
  profiles: () => invoke<ProfilesView>("profiles"),
  addProfile: (name) => invoke<ProfileView>("add_profile", { name }),
  renameProfile: (id, name) => invoke<ProfileView>("rename_profile", { id, name }),
  removeProfile: (id) => invoke<ProfilesView>("remove_profile", { id }),
  restoreProfile: (id) => invoke<ProfilesView>("restore_profile", { id }),
  profile: (id) => invoke<ProfileView>("profile", { id }),
  setDate: (id, key, value) => invoke<ProfileView>("set_date", { id, key, value }),
  setItem: (id, item, status, note) => invoke<ProfileView>("set_item", { id, item, status, note }),
  addOwnItem: (id, text) => invoke<ProfileView>("add_own_item", { id, text }),
  summary: (id) => invoke<SummaryView>("summary", { id }),
  search: (query) => invoke<SearchView>("search", { query }),
  decide: () => invoke<DecideView>("decide"),
  advise: (answers) => invoke<AdviceView>("advise", { answers }),
  packInfo: () => invoke<PackInfoView>("pack_info"),
  installPack: async (file) => invoke<PackInfoView>("install_pack", await readChecked("pack", file)),
  rollbackPack: () => invoke<PackInfoView>("rollback_pack"),
  shareKit: () => invoke<ShareKitView>("share_kit"),
  safety: (lang) => invoke<SafetyView>("safety", { lang }),
  unlock: (pin) => invoke<SafetyView>("unlock", { pin }),
  lock: () => invoke<SafetyView>("lock"),
  quickExit: () => invoke<void>("quick_exit"),
  setPin: (pin) => invoke<SafetyView>("set_pin", { pin }),
  changePin: (old, next) => invoke<SafetyView>("change_pin", { old, new: next }),
  removePin: (old) => invoke<SafetyView>("remove_pin", { old }),
  wipe: () => invoke<SafetyView>("wipe"),
  guest: (on) => invoke<SafetyView>("guest", { on }),
  shareDevice: (pin, repeat) => invoke<SafetyView>("share_device", { pin, repeat }),
  createSpace: (pin, repeat) => invoke<SafetyView>("create_space", { pin, repeat }),
  setIdleMinutes: (minutes) => invoke<SafetyView>("set_idle_minutes", { minutes }),
  setWipeAfter: (tries) => invoke<SafetyView>("set_wipe_after", { tries }),
  saveBackup: (passphrase) => invoke<BackupDone>("save_backup", { passphrase }),
  restoreBackup: async (file, passphrase) =>
    invoke<BackupDone>("restore_backup", await readChecked("backup", file), {
      headers: { "senda-passphrase": encodeURIComponent(passphrase) },
    }),
  reading: (target) => invoke<ReadingView>("reading", { target }),
  // The audio comes back as raw bytes, not as JSON.
  speak: (target, section) => invoke<ArrayBuffer>("speak", { target, section }),
  setSpeechRate: (rate) => invoke<void>("set_speech_rate", { rate }),
  reminders: () => invoke<RemindersView>("reminders"),
  setReminders: (on) => invoke<RemindersView>("set_reminders", { on }),
  readWhileLocked: (lang) => invoke<UiText>("read_while_locked", { lang }),
};

/**
 * A file the person picked, read only after the core has accepted its size, as bytes that
 * travel as the request's raw body (a JSON array of numbers would take 30 times the memory).
 */
async function readChecked(kind: "pack" | "backup", file: Blob): Promise<Uint8Array> {
  await invoke<null>("check_file_size", { kind, size: file.size });
  return new Uint8Array(await file.arrayBuffer());
}

/** Commands reject with the core's ErrorView; anything else is a defect of the shell. */
export function isErrorView(value: unknown): value is ErrorView {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ErrorView).id === "string" &&
    typeof (value as ErrorView).message === "string"
  );
}
