// The IPC boundary: one typed function per Tauri command of src-tauri/src/lib.rs.
// The types come from bindings.ts, which is generated from the core's view models.
import { invoke } from "@tauri-apps/api/core";
import type { ErrorView, HomeView, StartView, TopicView, UiText } from "./bindings";

export interface Api {
  start(systemLanguages: readonly string[]): Promise<StartView>;
  chooseLanguage(lang: string): Promise<UiText>;
  uiText(): Promise<UiText>;
  home(): Promise<HomeView>;
  topic(id: string): Promise<TopicView>;
}

export const tauriApi: Api = {
  start: (systemLanguages) => invoke<StartView>("start", { systemLanguages: [...systemLanguages] }),
  chooseLanguage: (lang) => invoke<UiText>("choose_language", { lang }),
  uiText: () => invoke<UiText>("ui_text"),
  home: () => invoke<HomeView>("home"),
  topic: (id) => invoke<TopicView>("topic", { id }),
};

/** Commands reject with the core's ErrorView; anything else is a defect of the shell. */
export function isErrorView(value: unknown): value is ErrorView {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ErrorView).id === "string" &&
    typeof (value as ErrorView).message === "string"
  );
}
