// The lock screen, the safety screen and the neutral screen of the quick exit. Every word
// comes from the core's SafetyView.
import type { SafetyView } from "./bindings";
import { icon } from "./icons";
import { el } from "./render";

/** A password field with a button; the field is emptied once submitted. */
function pinForm(label: string, button: string, action: string, onSubmit: (pin: string) => void, extra?: string): HTMLFormElement {
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
    onSubmit(value);
  });
  return form;
}

export function renderUnlock(view: SafetyView, onUnlock: (pin: string) => void, onGuest: () => void): HTMLElement {
  const guest = el("button", { type: "button", "data-action": "guest" }, [view.guest_enter]);
  guest.addEventListener("click", onGuest);
  return el("main", { class: "lock", "data-screen": "locked" }, [
    el("div", { class: "topic-icon" }, [icon("shield")]),
    el("h1", {}, [view.locked_title]),
    el("p", { class: "lead" }, [view.locked_hint]),
    pinForm(view.pin_label, view.unlock, "unlock", onUnlock),
    guest,
  ]);
}

/** The quick exit's screen: nothing on it says what the app is. */
export function renderNeutral(onReturn: () => void): HTMLElement {
  const main = el("main", { class: "neutral", "data-screen": "neutral" });
  main.addEventListener("click", onReturn);
  return main;
}

export interface SafetyActions {
  onSetPin(pin: string): void;
  onChangePin(old: string, next: string): void;
  onRemovePin(old: string): void;
  onLock(): void;
  onGuest(on: boolean): void;
  onWipe(): void;
  onTopic(topic: string): void;
}

export function renderSafety(view: SafetyView, actions: SafetyActions): HTMLElement {
  const main = el("main", { class: "safety", "data-screen": "safety", "data-has-pin": String(view.has_pin) }, [
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
  if (view.has_pin) {
    main.append(
      pinForm(view.pin_label, view.change_pin, "change-pin", (v) => {
        const [old, next] = v.split("\n");
        actions.onChangePin(old ?? "", next ?? "");
      }, view.new_pin_label),
      pinForm(view.pin_label, view.remove_pin, "remove-pin", actions.onRemovePin),
    );
    const lock = el("button", { type: "button", "data-action": "lock" }, [view.lock]);
    lock.addEventListener("click", actions.onLock);
    main.append(lock);
  } else {
    main.append(pinForm(view.new_pin_label, view.set_pin, "set-pin", actions.onSetPin));
  }
  const guest = el("button", { type: "button", "data-action": "guest" }, [view.guest_enter]);
  guest.addEventListener("click", () => actions.onGuest(true));
  main.append(guest, renderWipe(view, actions.onWipe));
  return main;
}

/** The wipe: a five-second countdown that can be cancelled, then the wipe itself. */
function renderWipe(view: SafetyView, onWipe: () => void): HTMLElement {
  const box = el("section", { class: "wipe" });
  const start = el("button", { type: "button", class: "danger", "data-action": "wipe" }, [view.wipe]);
  box.append(start);
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
      box.replaceChildren(start);
    });
    box.replaceChildren(label, cancel);
    cancel.focus();
  });
  return box;
}
