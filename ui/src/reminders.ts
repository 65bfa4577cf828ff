// Reminders: the question asked once, and the settings that turn them on or off and show what
// is scheduled. Every word comes from the core's RemindersView.
import type { RemindersView } from "./bindings";
import { icon } from "./icons";
import { el } from "./render";

/** Asked once, beside the person's dates: yes or no. Off until they say yes. */
export function renderReminderAsk(view: RemindersView, onAnswer: (on: boolean) => void): HTMLElement {
  const yes = el("button", { type: "button", class: "primary", "data-action": "reminders-yes" }, [view.yes]);
  const no = el("button", { type: "button", "data-action": "reminders-no" }, [view.no]);
  yes.addEventListener("click", () => onAnswer(true));
  no.addEventListener("click", () => onAnswer(false));
  return el("section", { class: "note note-info reminders-ask", "data-role": "reminders-ask", lang: view.lang, dir: view.dir }, [
    icon("bell"),
    el("div", {}, [
      el("h2", {}, [view.title]),
      el("p", {}, [view.question]),
      el("p", { class: "why" }, [view.privacy]),
      el("div", { class: "reminders-answers" }, [yes, no]),
    ]),
  ]);
}

/** In the settings: on or off, what a notification says, and what is scheduled now. */
export function renderReminderSettings(view: RemindersView, onSet: (on: boolean) => void): HTMLElement {
  const box = el("section", { class: "reminders", "data-role": "reminders", "data-on": String(view.on), lang: view.lang, dir: view.dir }, [
    el("h2", {}, [view.title]),
  ]);
  if (view.guest_note) {
    box.append(el("p", { class: "note note-info" }, [el("span", {}, [view.guest_note])]));
    return box;
  }
  if (!view.available) return box;
  box.append(el("p", { "data-role": "reminders-status" }, [view.status]), el("p", { class: "why" }, [view.privacy]));
  if (view.platform_note) box.append(el("p", { class: "note note-warning", "data-role": "reminders-platform" }, [el("span", {}, [view.platform_note])]));
  const change = el("button", { type: "button", class: view.on ? "" : "primary", "data-action": view.on ? "reminders-off" : "reminders-on" }, [
    view.on ? view.turn_off : view.turn_on,
  ]);
  change.addEventListener("click", () => onSet(!view.on));
  box.append(change);
  // What is scheduled now, on or off: after turning them off, or a wipe, this says none.
  box.append(el("h3", {}, [view.scheduled_heading]));
  if (view.scheduled.length === 0) box.append(el("p", { "data-role": "reminders-none" }, [view.none_scheduled]));
  else
    box.append(
      el(
        "ul",
        { class: "bullets", "data-role": "reminders-scheduled" },
        view.scheduled.map((s) => el("li", { "data-at": s.at }, [s.label])),
      ),
    );
  return box;
}
