// The lock screen, the safety screen and the neutral screen of the quick exit. Every word
// comes from the core's SafetyView.
import type { SafetyView } from "./bindings";
import { icon } from "./icons";
import { el } from "./render";

/** Shows that a form's secret is being checked: a spinner with the core's words, and the
 * button disabled until the screen changes. The window keeps painting meanwhile, since the
 * key is derived off the main thread. */
export function markBusy(form: HTMLFormElement, words: string): void {
  form.querySelector<HTMLButtonElement>("button[type=submit]")?.setAttribute("disabled", "true");
  form.append(el("p", { class: "busy", role: "status", "data-busy": "true" }, [el("span", { class: "spinner", "aria-hidden": "true" }), words]));
}

/** What the core says once after a step (a new secret's strength, a space's word), with a
 * button that closes it. */
export function renderNotice(lines: string[], done: string, onDone: () => void): HTMLElement {
  const close = el("button", { type: "button", class: "primary", "data-action": "notice-done" }, [done]);
  const box = el("section", { class: "note notice", role: "status", "data-role": "notice" }, [
    el("div", {}, lines.map((line) => el("p", {}, [line]))),
    close,
  ]);
  close.addEventListener("click", () => {
    box.remove();
    onDone();
  });
  return box;
}

/** A password field with a button; the field is emptied once submitted. */
function pinForm(label: string, button: string, action: string, onSubmit: (pin: string) => void, extra?: string, busy?: string): HTMLFormElement {
  const input = el("input", { type: "password", autocomplete: "off", "data-pin": action });
  const fields: HTMLElement[] = [el("label", {}, [el("span", {}, [label]), input])];
  let second: HTMLInputElement | null = null;
  if (extra !== undefined) {
    second = el("input", { type: "password", autocomplete: "off", "data-pin": `${action}-new` });
    fields.push(el("label", {}, [el("span", {}, [extra]), second]));
  }
  const form = el("form", { class: "inline-form", "data-form": action }, [...fields, el("button", { type: "submit", class: "primary" }, [button])]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = second ? `${input.value}\n${second.value}` : input.value;
    input.value = "";
    if (second) second.value = "";
    if (busy !== undefined) markBusy(form, busy);
    onSubmit(value);
  });
  return form;
}

export interface UnlockActions {
  onUnlock(pin: string): void;
  onNewSpace(pin: string, repeat: string): void;
  onGuest(): void;
  /** Opens the guide, which needs no PIN, leaving the data locked. */
  onGuide(): void;
}

/** The lock screen. On a shared device it lists nobody: a PIN opens its own space, and a
 * newcomer creates one. */
export function renderUnlock(view: SafetyView, actions: UnlockActions): HTMLElement {
  const guest = el("button", { type: "button", "data-action": "guest" }, [view.guest_enter]);
  guest.addEventListener("click", actions.onGuest);
  const main = el("main", { class: "lock", "data-screen": "locked", "data-shared": String(view.shared) }, [
    el("div", { class: "topic-icon" }, [icon("shield")]),
    el("h1", {}, [view.locked_title]),
    el("p", { class: "lead" }, [view.locked_hint]),
    pinForm(view.pin_label, view.unlock, "unlock", actions.onUnlock, undefined, view.busy),
  ]);
  if (view.shared) {
    main.append(
      el("section", { class: "space-new" }, [
        el("p", {}, [view.space_new_hint]),
        pinForm(view.shared_pin_label, view.space_new, "new-space", (v) => {
          const [pin, repeat] = v.split("\n");
          actions.onNewSpace(pin ?? "", repeat ?? "");
        }, view.repeat_pin_label, view.busy),
      ]),
    );
  }
  const guide = el("button", { type: "button", class: "primary", "data-action": "read-guide" }, [icon("book"), el("span", {}, [view.read_guide])]);
  guide.addEventListener("click", actions.onGuide);
  main.append(guide, guest);
  return main;
}

/** The quick exit's screen: nothing on it says what the app is. */
export function renderNeutral(onReturn: () => void): HTMLElement {
  const main = el("main", { class: "neutral", "data-screen": "neutral" });
  main.addEventListener("click", onReturn);
  return main;
}

export interface SafetyActions {
  onShare(pin: string, repeat: string): void;
  onIdle(minutes: number): void;
  onWipeAfter(tries: number): void;
  onSaveBackup(passphrase: string): void;
  /** The backup file the person picked, not yet read: the core checks its size first. */
  onRestoreBackup(file: File, passphrase: string): void;
  onSetPin(pin: string): void;
  onChangePin(old: string, next: string): void;
  onRemovePin(old: string): void;
  onLock(): void;
  onGuest(on: boolean): void;
  onWipe(): void;
  onTopic(topic: string): void;
}

/** What a PIN and a passphrase protect against, and a passphrase drawn for this screen. */
function renderSecretHint(view: SafetyView): HTMLElement {
  const box = el("div", { class: "secret-hint", "data-role": "secret-hint" }, view.secret_hint.map((line) => el("p", {}, [line])));
  if (view.suggestion !== null) box.append(el("p", { class: "note note-info", "data-role": "suggestion" }, [el("span", {}, [view.suggestion])]));
  return box;
}

export function renderSafety(view: SafetyView, actions: SafetyActions, message: string | null = null, notice: string[] = []): HTMLElement {
  const main = el("main", { class: "safety", "data-screen": "safety", "data-has-pin": String(view.has_pin), "data-shared": String(view.shared) }, [
    el("h1", {}, [view.title]),
    el("p", { class: `note ${view.has_pin ? "note-info" : "note-warning"}`, "data-role": "pin-status" }, [
      icon("shield"),
      el("span", {}, [view.status]),
    ]),
  ]);
  const more = el("button", { type: "button", class: "link", "data-topic-link": view.topic }, [view.title]);
  more.addEventListener("click", () => actions.onTopic(view.topic));
  main.append(more);
  if (view.guest) {
    const end = el("button", { type: "button", "data-action": "guest-end" }, [view.guest_end]);
    end.addEventListener("click", () => actions.onGuest(false));
    main.append(el("p", { class: "note note-info" }, [el("span", {}, [view.guest_on])]), end);
    return main;
  }
  if (message) main.prepend(el("p", { class: "note note-info", role: "status", "data-role": "safety-message" }, [el("span", {}, [message])]));
  if (notice.length > 0) main.prepend(renderNotice(notice, view.notice_done, () => {}));
  if (view.has_pin) {
    main.append(
      pinForm(view.pin_label, view.change_pin, "change-pin", (v) => {
        const [old, next] = v.split("\n");
        actions.onChangePin(old ?? "", next ?? "");
      }, view.shared ? view.shared_pin_label : view.new_pin_label, view.busy),
      renderSecretHint(view),
    );
    if (!view.shared) main.append(pinForm(view.pin_label, view.remove_pin, "remove-pin", actions.onRemovePin));
    const lock = el("button", { type: "button", "data-action": "lock" }, [view.lock]);
    lock.addEventListener("click", actions.onLock);
    main.append(lock);
  } else {
    main.append(pinForm(view.new_pin_label, view.set_pin, "set-pin", actions.onSetPin, undefined, view.busy), renderSecretHint(view));
  }
  main.append(renderSettings(view, actions));
  if (!view.shared) {
    main.append(
      el("section", { class: "shared", "data-role": "share" }, [
        el("h2", {}, [view.shared_title]),
        el("p", {}, [view.shared_hint]),
        pinForm(view.shared_pin_label, view.shared_button, "share", (v) => {
          const [pin, repeat] = v.split("\n");
          actions.onShare(pin ?? "", repeat ?? "");
        }, view.repeat_pin_label, view.busy),
      ]),
    );
  }
  main.append(renderBackup(view, actions));
  const guest = el("button", { type: "button", "data-action": "guest" }, [view.guest_enter]);
  guest.addEventListener("click", () => actions.onGuest(true));
  main.append(guest, renderWipe(view, actions.onWipe));
  return main;
}

/** A drop-down of numbers that reports the chosen one at once. */
function numberSelect(label: string, role: string, value: number, options: SafetyView["idle_options"], onChoose: (n: number) => void): HTMLElement {
  const select = el(
    "select",
    { "data-setting": role },
    options.map((o) => {
      const option = el("option", { value: String(o.value) }, [o.label]);
      option.selected = o.value === value;
      return option;
    }),
  );
  select.addEventListener("change", () => onChoose(Number(select.value)));
  return el("label", { class: "setting" }, [el("span", {}, [label]), select]);
}

/** How long before the data locks by itself, and the optional wipe after wrong PINs. */
function renderSettings(view: SafetyView, actions: SafetyActions): HTMLElement {
  const box = el("section", { class: "settings", "data-role": "settings" }, [
    el("h2", {}, [view.settings_title]),
    numberSelect(view.idle_label, "idle-minutes", view.idle_minutes, view.idle_options, actions.onIdle),
  ]);
  if (view.wipe_after_label !== null) {
    box.append(numberSelect(view.wipe_after_label, "wipe-after", view.wipe_after, view.wipe_after_options, actions.onWipeAfter));
  }
  return box;
}

/** Saving a backup with a passphrase, and bringing one back from a file. */
function renderBackup(view: SafetyView, actions: SafetyActions): HTMLElement {
  const save = pinForm(view.backup_passphrase_label, view.backup_export, "backup-save", actions.onSaveBackup, undefined, view.busy);
  const passphrase = el("input", { type: "password", autocomplete: "off", "data-pin": "backup-restore" });
  // The native file control would show the webview's own words; it stays hidden and its
  // label, in the person's language, is the button.
  const input = el("input", { type: "file", accept: ".age", class: "visually-hidden", id: "restore-backup", "data-action": "restore-backup" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    const secret = passphrase.value;
    passphrase.value = "";
    input.value = "";
    if (file) actions.onRestoreBackup(file, secret);
  });
  return el("section", { class: "backup", "data-role": "backup" }, [
    el("h2", {}, [view.backup_title]),
    el("p", {}, [view.backup_hint]),
    save,
    el("p", { class: "note note-warning" }, [el("span", {}, [view.backup_replace_warning])]),
    el("label", {}, [el("span", {}, [view.backup_passphrase_label]), passphrase]),
    el("label", { class: "file-button", for: "restore-backup" }, [icon("book"), el("span", {}, [view.backup_import]), input]),
  ]);
}

/** The wipe: a five-second countdown that can be cancelled, then the wipe itself. */
function renderWipe(view: SafetyView, onWipe: () => void): HTMLElement {
  const box = el("section", { class: "wipe" });
  const start = el("button", { type: "button", class: "danger", "data-action": "wipe" }, [view.wipe]);
  // Said before and during the countdown: the wipe reaches only Senda's own folder.
  const note = () => el("p", { class: "note note-warning", "data-role": "wipe-backups-note" }, [el("span", {}, [view.wipe_backups_note])]);
  box.append(start, note());
  start.addEventListener("click", () => {
    let step = 0;
    const label = el("p", { class: "note note-warning", role: "alert", "data-role": "wipe-countdown" }, [view.wipe_countdown[0] ?? ""]);
    const cancel = el("button", { type: "button", class: "primary", "data-action": "wipe-cancel" }, [view.wipe_cancel]);
    const timer = window.setInterval(() => {
      step += 1;
      if (step >= view.wipe_countdown.length) {
        window.clearInterval(timer);
        onWipe();
      } else {
        label.textContent = view.wipe_countdown[step];
      }
    }, 1000);
    cancel.addEventListener("click", () => {
      window.clearInterval(timer);
      box.replaceChildren(start, note());
    });
    box.replaceChildren(label, note(), cancel);
    cancel.focus();
  });
  return box;
}
