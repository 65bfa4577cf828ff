// Screens for the person's own records: the list of profiles, one profile (dates, deadlines,
// documents) and the printable summary. Every word comes from the core's view models.
import type {
  ChecklistItemView,
  DeadlineView,
  ProfileSummary,
  ProfileView,
  ProfilesView,
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
  onDate(key: string, value: string | null): void;
  onItem(item: string, status: Status, note: string | null): void;
  onAddItem(text: string): void;
  onSummary(): void;
  onTopic(topic: string): void;
}

function renderDeadline(d: DeadlineView, onTopic: (topic: string) => void): HTMLElement {
  const card = el("section", { class: `deadline deadline-${d.state}`, "data-deadline": d.kind, "data-read": `deadline-${d.kind}` }, [
    el("h3", {}, [d.title]),
    el("p", { class: "deadline-date" }, [el("time", { datetime: d.last_day }, [d.last_day_label])]),
    el("p", { class: "deadline-left", "data-role": "left" }, [d.left_label]),
    el("p", {}, [d.advice]),
  ]);
  const more = el("button", { type: "button", class: "link", "data-topic-link": d.topic }, [icon("book")]);
  more.addEventListener("click", () => onTopic(d.topic));
  card.append(more);
  return card;
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

  // Dates: each saved as soon as it changes.
  const dates = el("section", { class: "dates" }, [el("h2", {}, [ui.dates_heading])]);
  for (const field of view.dates) {
    const input = el("input", { type: "date", "data-date": field.key, value: field.value ?? "" });
    input.addEventListener("change", () => actions.onDate(field.key, input.value === "" ? null : input.value));
    dates.append(el("label", { class: "field" }, [el("span", {}, [field.label]), input]));
  }
  const signing = el("select", { "data-date": "signing-day" }, [el("option", { value: "" })]);
  for (const day of view.weekdays) {
    const option = el("option", { value: String(day.number) }, [day.name]);
    if (view.signing_day === day.number) option.selected = true;
    signing.append(option);
  }
  signing.addEventListener("change", () => actions.onDate("signing-day", signing.value === "" ? null : signing.value));
  dates.append(el("label", { class: "field" }, [el("span", {}, [ui.signing_day_label]), signing]));

  const deadlines = el("section", { class: "deadlines", "data-role": "deadlines" }, [el("h2", {}, [ui.deadlines_heading])]);
  if (view.deadlines.length === 0) deadlines.append(el("p", {}, [ui.no_deadlines]));
  for (const d of view.deadlines) deadlines.append(renderDeadline(d, actions.onTopic));
  if (view.deadlines.length > 0) deadlines.append(el("p", { class: "why" }, [ui.deadline_early_note]));

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
      el("ul", {}, col.deadlines.map((d) => el("li", {}, [el("strong", {}, [d.title]), el("br"), d.last_day_label, el("br"), d.left_label]))),
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
