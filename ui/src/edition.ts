// What differs between the app and the web edition (the guide in one HTML file): which
// screens exist, and the words the web edition adds. The screens themselves are the same.
import type { PackInfoView, WebText } from "./bindings";
import { icon } from "./icons";
import { el } from "./render";
import { renderFreshness } from "./updates";

export interface Edition {
  /** The PIN, lock, wipe, guest and backup screen, and the lock after a while without use. */
  safety: boolean;
  /** Installing guide updates from a file. */
  updates: boolean;
  /** Read aloud. */
  listen: boolean;
  /** Reminders of signing days and last days (notifications). */
  reminders: boolean;
  /** The web edition's own words; absent in the app. */
  web?: () => Promise<WebText>;
}

/** The app: every screen. */
export const APP_EDITION: Edition = { safety: true, updates: true, listen: true, reminders: true };

/** Said at the top of every screen that holds what a person entered: it lives in memory. */
export function renderMemoryOnly(text: WebText): HTMLElement {
  return el("p", { class: "note note-info", role: "note", "data-role": "memory-only", lang: text.lang, dir: text.dir }, [
    icon("info"),
    el("span", {}, [text.memory_only]),
  ]);
}

/** What this file is: the guide's version, the date its facts were checked, and the same
 * warning as the app when they are old. */
export function renderAbout(info: PackInfoView, text: WebText): HTMLElement {
  const main = el("main", { class: "updates", "data-screen": "about", "data-version": String(info.version), lang: text.lang, dir: text.dir }, [
    el("h1", {}, [text.about_title]),
  ]);
  const freshness = renderFreshness(info);
  if (freshness) main.append(freshness);
  main.append(
    el("ul", { class: "bullets", "data-role": "pack-info" }, [
      el("li", { class: "cite", "data-role": "version" }, [info.version_label]),
      el("li", { class: "cite", "data-role": "checked" }, [el("time", { datetime: info.checked }, [info.checked_label])]),
    ]),
    el("p", {}, [text.about_file]),
    renderMemoryOnly(text),
  );
  return main;
}
