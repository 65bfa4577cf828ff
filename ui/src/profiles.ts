// Screens for the person's own records: the list of profiles, one profile (dates, deadlines,
// documents) and the printable summary. Every word comes from the core's view models.
import { isErrorView } from "./api";
import type {
  ChecklistItemView,
  DateEntryView,
  DateField,
  DatePart,
  DeadlineView,
  ProfileSummary,
  ProfileView,
  ProfilesView,
  SigningView,
  Status,
  SummaryView,
  UiText,
} from "./bindings";
import { icon } from "./icons";
import { el } from "./render";

export interface ProfilesActions {
  onOpen(id: number): void;
  onAdd(name: string): void;
  onRestore(id: number): void;
}

/** A small form: a labelled text field and a button. Submitting an empty field does nothing. */
function textForm(label: string, button: string, action: string, onSubmit: (text: string) => void, value = ""): HTMLFormElement {
  const input = el("input", { type: "text", name: action, autocomplete: "off", value });
  const form = el("form", { class: "inline-form", "data-form": action }, [
    el("label", {}, [el("span", {}, [label]), input]),
    el("button", { type: "submit", class: "primary" }, [button]),
  ]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim() !== "") onSubmit(input.value);
  });
  return form;
}

export function renderNextDue(summary: ProfileSummary): HTMLElement | null {
  if (!summary.next_due) return null;
  return el("span", { class: `next-due next-due-${summary.next_due_state ?? "upcoming"}` }, [summary.next_due]);
}

export function renderProfiles(view: ProfilesView, ui: UiText, actions: ProfilesActions): HTMLElement {
  const main = el("main", { class: "profiles", "data-screen": "profiles", lang: view.lang, dir: view.dir });
  main.append(el("h1", {}, [ui.profiles_title]), el("p", { class: "lead" }, [ui.profiles_intro]));
  if (view.profiles.length === 0) main.append(el("p", { "data-role": "empty" }, [ui.profiles_empty]));
  const list = el("ul", { class: "topic-list", role: "list" });
  for (const p of view.profiles) {
    const due = renderNextDue(p);
    const button = el("button", { type: "button", class: "topic-card", "data-profile": String(p.id) }, [
      icon("family"),
      el("span", { class: "topic-card-text" }, [el("span", { class: "topic-card-title" }, [p.name]), ...(due ? [due] : [])]),
    ]);
    button.addEventListener("click", () => actions.onOpen(p.id));
    list.append(el("li", {}, [button]));
  }
  main.append(list, textForm(ui.name_label, ui.add_profile, "add-profile", actions.onAdd));
  for (const r of view.removed) {
    const undo = el("button", { type: "button", "data-action": "restore", "data-profile": String(r.id) }, [ui.undo]);
    undo.addEventListener("click", () => actions.onRestore(r.id));
    main.append(el("p", { class: "note note-info", "data-removed": String(r.id) }, [el("span", {}, [r.label]), undo]));
  }
  return main;
}

export interface ProfileActions {
  onRename(name: string): void;
  onRemove(): void;
  /** Saves a date (ISO) or clears it (null); rejects with the core's ErrorView when refused. */
  onDate(key: string, value: string | null): Promise<void>;
  onItem(item: string, status: Status, note: string | null): void;
  onAddItem(text: string): void;
  onSummary(): void;
  onTopic(topic: string): void;
}

/**
 * One deadline: the safe last day first (the deadline), then the latest possible one in a
 * sentence of its own, how much is left, what to do, and the topic that explains it.
 */
export function renderDeadline(d: DeadlineView, onTopic: (topic: string) => void): HTMLElement {
  const card = el("section", { class: `deadline deadline-${d.state}`, "data-deadline": d.kind, "data-state": d.state, "data-read": `deadline-${d.kind}` }, [
    el("h3", {}, [d.title]),
  ]);
  if (d.last_day && d.last_day_label) {
    card.append(el("p", { class: "deadline-date", "data-role": "last-day" }, [el("time", { datetime: d.last_day }, [d.last_day_label])]));
  }
  if (d.latest_label && d.latest_day) {
    card.append(el("p", { class: "deadline-latest", "data-role": "latest", "data-latest": d.latest_day }, [d.latest_label]));
  }
  card.append(el("p", { class: "deadline-left", "data-role": "left" }, [d.left_label]), el("p", { "data-role": "advice" }, [d.advice]));
  for (const note of d.notes) card.append(el("p", { class: "deadline-note", "data-role": "note" }, [note]));
  if (d.from_label) card.append(el("p", { class: "why", "data-role": "from" }, [d.from_label]));
  const more = el("button", { type: "button", class: "link", "data-topic-link": d.topic }, [icon("book"), el("span", {}, [d.topic_title])]);
  more.addEventListener("click", () => onTopic(d.topic));
  card.append(more);
  return card;
}

/** Shows a refusal from the core beside the field it concerns; anything else is a defect. */
function reportInline(box: HTMLElement, error: unknown): void {
  if (!isErrorView(error)) throw error;
  box.textContent = error.message;
  box.setAttribute("data-error", error.id);
  box.hidden = false;
}

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A date entered as day, month by name and year, in the order and the words of the reader's
 * language (never the system's date picker, which follows the system's language). It is saved
 * once all three are chosen; an impossible date gets the core's words beside it.
 */
export function renderDateEntry(field: DateField, entry: DateEntryView, onDate: ProfileActions["onDate"]): HTMLElement {
  const box = el("fieldset", { class: "date-entry", "data-date": field.key });
  box.append(el("legend", {}, [field.label]));
  if (field.hint) box.append(el("p", { class: "why" }, [field.hint]));
  const choice = (part: DatePart, options: [number, string][], chosen: number | null): HTMLSelectElement => {
    const select = el("select", { "data-part": part }, [el("option", { value: "" })]);
    for (const [value, label] of options) {
      const option = el("option", { value: String(value) }, [label]);
      if (value === chosen) option.selected = true;
      select.append(option);
    }
    return select;
  };
  const days = Array.from({ length: 31 }, (_, i): [number, string] => [i + 1, String(i + 1)]);
  const selects: Record<DatePart, HTMLSelectElement> = {
    day: choice("day", days, field.day),
    month: choice("month", entry.months.map((name, i): [number, string] => [i + 1, name]), field.month),
    year: choice("year", entry.years.map((y): [number, string] => [y, String(y)]), field.year),
  };
  const labels: Record<DatePart, string> = { day: entry.day_label, month: entry.month_label, year: entry.year_label };
  const parts = el("div", { class: "date-parts" });
  for (const part of entry.order) parts.append(el("label", { class: "date-part" }, [el("span", {}, [labels[part]]), selects[part]]));
  box.append(parts);
  const problem = el("p", { class: "note note-warning", role: "alert", "data-role": "date-error" });
  problem.hidden = true;
  const save = (value: string | null) => {
    problem.hidden = true;
    onDate(field.key, value).catch((error: unknown) => reportInline(problem, error));
  };
  for (const select of Object.values(selects)) {
    select.addEventListener("change", () => {
      const [day, month, year] = [selects.day.value, selects.month.value, selects.year.value].map(Number);
      if (day && month && year) save(`${year}-${twoDigits(month)}-${twoDigits(day)}`);
    });
  }
  if (field.value) {
    const clear = el("button", { type: "button", class: "link", "data-action": "clear-date" }, [entry.clear]);
    clear.addEventListener("click", () => save(null));
    box.append(clear);
  }
  box.append(problem);
  return box;
}

/** How often the person signs, if their office said: a weekday, or every N days. */
function renderSigning(signing: SigningView, onDate: ProfileActions["onDate"]): HTMLElement {
  const box = el("fieldset", { class: "date-entry", "data-role": "signing" }, [
    el("legend", {}, [signing.heading]),
    el("p", { class: "why" }, [signing.hint]),
  ]);
  const problem = el("p", { class: "note note-warning", role: "alert", "data-role": "date-error" });
  problem.hidden = true;
  const save = (key: string, value: string) => {
    problem.hidden = true;
    onDate(key, value === "" ? null : value).catch((error: unknown) => reportInline(problem, error));
  };
  const weekday = el("select", { "data-date": "signing-day" }, [el("option", { value: "" })]);
  for (const day of signing.weekdays) {
    const option = el("option", { value: String(day.number) }, [day.name]);
    if (signing.weekday === day.number) option.selected = true;
    weekday.append(option);
  }
  weekday.addEventListener("change", () => save("signing-day", weekday.value));
  const every = el("input", {
    type: "number",
    inputmode: "numeric",
    min: "1",
    max: String(signing.max_every_days),
    "data-date": "signing-every-days",
    value: signing.every_days === null ? "" : String(signing.every_days),
  });
  every.addEventListener("change", () => save("signing-every-days", every.value.trim()));
  box.append(
    el("label", { class: "field" }, [el("span", {}, [signing.weekday_label]), weekday]),
    el("label", { class: "field" }, [el("span", {}, [signing.every_days_label]), every]),
    problem,
  );
  return box;
}

function renderItem(item: ChecklistItemView, ui: UiText, onItem: ProfileActions["onItem"]): HTMLElement {
  const statuses: [Status, string][] = [
    ["have", ui.status_have],
    ["needed", ui.status_needed],
    ["not-applicable", ui.status_not_applicable],
  ];
  const note = el("textarea", { rows: "2", "data-note": item.id, maxlength: "2000" });
  note.value = item.note;
  const buttons = el(
    "div",
    { class: "status-buttons", role: "group" },
    statuses.map(([status, label]) => {
      const b = el("button", { type: "button", "data-status": status, "aria-pressed": String(item.status === status) }, [label]);
      b.addEventListener("click", () => onItem(item.id, status, note.value));
      return b;
    }),
  );
  note.addEventListener("change", () => onItem(item.id, item.status, note.value));
  const parts: (Node | string)[] = [el("p", { class: "item-text" }, [item.text])];
  if (item.need_label) parts.push(el("p", { class: `need need-${item.need}` }, [item.need_label]));
  if (item.why) parts.push(el("p", { class: "why" }, [item.why]));
  parts.push(buttons, el("label", { class: "note-field" }, [el("span", {}, [ui.note_label]), note]));
  return el("li", { class: `item item-${item.status}`, "data-item": item.id }, parts);
}

export function renderProfile(view: ProfileView, ui: UiText, actions: ProfileActions): HTMLElement {
  const main = el("main", { class: "profile", "data-screen": "profile", "data-profile": String(view.id), lang: view.lang, dir: view.dir });
  main.append(el("h1", { "data-role": "profile-name" }, [view.name]));

  // Dates: each saved as soon as it is complete, then how often the person signs.
  const dates = el("section", { class: "dates" }, [el("h2", {}, [ui.dates_heading])]);
  for (const field of view.dates) dates.append(renderDateEntry(field, view.date_entry, actions.onDate));
  dates.append(renderSigning(view.signing, actions.onDate));

  const deadlines = el("section", { class: "deadlines", "data-role": "deadlines" }, [el("h2", {}, [ui.deadlines_heading])]);
  if (view.deadlines.length === 0) deadlines.append(el("p", {}, [ui.no_deadlines]));
  for (const d of view.deadlines) deadlines.append(renderDeadline(d, actions.onTopic));
  if (view.deadlines.length > 0) deadlines.append(el("p", { class: "why", "data-role": "safe-note" }, [ui.deadline_safe_note]));

  const list = view.checklist;
  const checklist = el("section", { class: "checklist", "data-role": "checklist" }, [
    el("h2", {}, [ui.checklist_heading]),
    el("p", { class: "lead", "data-role": "progress" }, [list.progress_label]),
  ]);
  const missing = el("section", { class: "note note-warning missing" }, [
    el("span", {}, [el("strong", {}, [list.missing.length > 0 ? ui.missing_heading : ui.nothing_missing])]),
  ]);
  if (list.missing.length > 0) missing.append(el("ul", {}, list.missing.map((m) => el("li", {}, [m]))));
  checklist.append(missing);
  for (const group of list.groups) {
    checklist.append(
      el("h3", {}, [group.title]),
      el("ul", { class: "items", role: "list" }, group.items.map((i) => renderItem(i, ui, actions.onItem))),
    );
  }
  checklist.append(
    el("h3", {}, [ui.own_heading]),
    el("ul", { class: "items", role: "list" }, list.own_items.map((i) => renderItem(i, ui, actions.onItem))),
    textForm(ui.add_item_label, ui.add_item, "add-item", actions.onAddItem),
  );

  // Managing the profile: rename, print, and remove behind a confirmation.
  const manage = el("section", { class: "manage" });
  manage.append(textForm(ui.name_label, ui.rename, "rename", actions.onRename, view.name));
  const summary = el("button", { type: "button", "data-action": "summary" }, [ui.summary]);
  summary.addEventListener("click", actions.onSummary);
  const remove = el("button", { type: "button", class: "danger", "data-action": "remove" }, [ui.remove]);
  remove.addEventListener("click", () => {
    const confirm = el("button", { type: "button", class: "danger", "data-action": "confirm-remove" }, [ui.remove]);
    const cancel = el("button", { type: "button", "data-action": "cancel-remove" }, [ui.cancel]);
    const box = el("div", { class: "note note-warning", role: "alertdialog" }, [el("span", {}, [view.remove_confirm]), confirm, cancel]);
    confirm.addEventListener("click", actions.onRemove);
    cancel.addEventListener("click", () => box.replaceWith(remove));
    remove.replaceWith(box);
    cancel.focus();
  });
  manage.append(summary, remove);

  main.append(deadlines, dates, checklist, manage);
  return main;
}

export function renderSummary(view: SummaryView, printLabel: string): HTMLElement {
  const main = el("main", { class: "summary", "data-screen": "summary" });
  const print = el("button", { type: "button", class: "primary no-print", "data-action": "print" }, [printLabel]);
  print.addEventListener("click", () => window.print());
  main.append(print, el("h1", {}, [view.name]));
  const columns = el("div", { class: "summary-columns" });
  for (const col of view.columns) {
    const section = el("section", { class: "summary-column", lang: col.lang, dir: col.dir }, [
      el("h2", {}, [col.title]),
      el("p", {}, [col.made_on]),
      el("h3", {}, [col.deadlines_heading]),
      el(
        "ul",
        {},
        col.deadlines.map((d) => {
          // The safe last day first, then the latest possible one, then what is left.
          const lines = [d.last_day_label, d.latest_label, d.left_label].filter((t): t is string => t !== null);
          return el("li", {}, [el("strong", {}, [d.title]), ...lines.flatMap((t) => [el("br"), t])]);
        }),
      ),
      el("h3", {}, [col.documents_heading]),
      el("p", {}, [col.checklist.progress_label]),
    ]);
    const label = (s: Status) => (s === "have" ? col.status_have : s === "needed" ? col.status_needed : col.status_not_applicable);
    for (const group of col.checklist.groups) {
      section.append(el("h4", {}, [group.title]), el("ul", {}, group.items.map((i) => el("li", {}, [i.text, el("br"), label(i.status)]))));
    }
    if (col.checklist.own_items.length > 0) {
      section.append(el("ul", {}, col.checklist.own_items.map((i) => el("li", {}, [i.text, el("br"), label(i.status)]))));
    }
    columns.append(section);
  }
  main.append(columns);
  return main;
}
