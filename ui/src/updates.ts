// The guide updates screen and the freshness banner. Every word comes from the core.
import type { PackInfoView, ShareKitView } from "./bindings";
import { icon } from "./icons";
import { el } from "./render";

/** A banner for guide pages when the facts are old or an older guide is shown; else null. */
export function renderFreshness(info: PackInfoView): HTMLElement | null {
  const lines = [info.fell_back, info.stale].filter((l): l is string => l !== null);
  if (lines.length === 0) return null;
  return el("p", { class: "note note-warning", role: "status", "data-role": "freshness" }, [
    icon("warning"),
    el("span", {}, [lines.join(" ")]),
  ]);
}

export interface UpdateActions {
  /** The file the person picked, not yet read: the core checks its size first. */
  onFile(file: File): void;
  onRollback(): void;
  onShareKit(): void;
}

export function renderUpdates(
  info: PackInfoView,
  actions: UpdateActions,
  message: string | null,
  kit: ShareKitView | null = null,
): HTMLElement {
  const main = el("main", { class: "updates", "data-screen": "updates", "data-version": String(info.version) }, [
    el("h1", {}, [info.title]),
  ]);
  if (message) main.append(el("p", { class: "note note-info", role: "status", "data-role": "installed" }, [el("span", {}, [message])]));
  const freshness = renderFreshness(info);
  if (freshness) main.append(freshness);
  const facts = [info.version_label, info.origin_label, info.built_label, info.checked_label, info.signer_label];
  main.append(
    el(
      "ul",
      { class: "bullets", "data-role": "pack-info" },
      facts.filter((f): f is string => f !== null).map((f) => el("li", { class: "cite" }, [f])),
    ),
  );
  // The native file control would show the webview's own words; it stays hidden and its
  // label, in the person's language, is the button.
  const input = el("input", { type: "file", accept: ".sendapack", class: "visually-hidden", id: "import-pack", "data-action": "import-pack" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) actions.onFile(file);
  });
  main.append(el("label", { class: "file-button", for: "import-pack" }, [icon("book"), el("span", {}, [info.import_label]), input]));
  if (info.origin !== "builtin") {
    const rollback = el("button", { type: "button", "data-action": "rollback-pack" }, [info.rollback]);
    rollback.addEventListener("click", actions.onRollback);
    main.append(rollback);
  }
  main.append(renderShareKit(info, actions.onShareKit, kit));
  return main;
}

/** The copy to pass on: what it is, its button, and once written, where it went and what it
 * lacks. */
function renderShareKit(info: PackInfoView, onShareKit: () => void, kit: ShareKitView | null): HTMLElement {
  const button = el("button", { type: "button", "data-action": "share-kit" }, [info.share_kit_label]);
  button.addEventListener("click", onShareKit);
  const section = el("section", { class: "share-kit", "data-role": "share-kit" }, [el("p", {}, [info.share_kit_hint]), button]);
  if (kit) {
    section.append(el("p", { class: "note note-info", role: "status", "data-role": "share-kit-done" }, [el("span", {}, [kit.message])]));
    for (const note of kit.notes) {
      section.append(el("p", { class: "note note-warning", "data-role": "share-kit-note" }, [el("span", {}, [note])]));
    }
  }
  return section;
}
