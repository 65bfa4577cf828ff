// The search results and the decision helper: one question per screen, then the advice.
// Every word comes from the core's view models.
import type { AdviceView, DecideView, QuestionView, SearchView } from "./bindings";
import { icon } from "./icons";
import { el } from "./render";

/** The search box shown on the home screen and above the results. */
export function renderSearchForm(label: string, button: string, query: string, onSearch: (q: string) => void): HTMLFormElement {
  const input = el("input", { type: "search", name: "query", "aria-label": label, placeholder: label, value: query });
  const form = el("form", { class: "inline-form search-form", role: "search", "data-form": "search" }, [
    input,
    el("button", { type: "submit", class: "primary" }, [icon("search"), el("span", {}, [button])]),
  ]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim() !== "") onSearch(input.value);
  });
  return form;
}

export function renderSearch(view: SearchView, form: HTMLElement, onOpen: (topic: string) => void): HTMLElement {
  const main = el("main", { class: "search", "data-screen": "search", lang: view.lang, dir: view.dir }, [form]);
  if (view.note) main.append(el("p", { class: "note note-info", "data-role": "search-note" }, [el("span", {}, [view.note])]));
  const list = el("ul", { class: "topic-list", role: "list" });
  for (const hit of view.hits) {
    const snippet = el(
      "span",
      { class: "topic-card-summary" },
      hit.parts.map((p) => (p.hit ? el("mark", {}, [p.text]) : p.text)),
    );
    const button = el("button", { type: "button", class: "topic-card", "data-hit": hit.topic, lang: hit.lang }, [
      el("span", { class: "topic-card-text" }, [el("span", { class: "topic-card-title" }, [hit.title]), snippet]),
    ]);
    button.addEventListener("click", () => onOpen(hit.topic));
    list.append(el("li", {}, [button]));
  }
  main.append(list);
  return main;
}

export function renderDecideIntro(view: DecideView, onStart: () => void): HTMLElement {
  const start = el("button", { type: "button", class: "start-button", "data-action": "decide-start" }, [view.start]);
  start.addEventListener("click", onStart);
  return el("main", { class: "decide", "data-screen": "decide-intro", lang: view.lang, dir: view.dir }, [
    el("div", { class: "topic-icon" }, [icon("compare")]),
    el("h1", {}, [view.title]),
    el("p", { class: "lead" }, [view.intro]),
    start,
  ]);
}

export function renderQuestion(view: DecideView, question: QuestionView, chosen: string | null, onAnswer: (value: string) => void): HTMLElement {
  const list = el("ul", { class: "picker-list", role: "list" });
  for (const option of question.options) {
    const attrs: Record<string, string> = { type: "button", class: "picker-choice", "data-answer": option.value };
    if (option.value === chosen) attrs["aria-pressed"] = "true";
    const button = el("button", attrs, [option.label]);
    button.addEventListener("click", () => onAnswer(option.value));
    list.append(el("li", {}, [button]));
  }
  return el("main", { class: "decide", "data-screen": "decide-question", "data-question": question.id, lang: view.lang, dir: view.dir }, [
    el("p", { class: "lead", "data-role": "progress" }, [question.progress]),
    el("h1", {}, [question.text]),
    list,
  ]);
}

export function renderAdvice(view: AdviceView, onTopic: (topic: string) => void, onAgain: () => void): HTMLElement {
  const main = el("main", { class: "decide", "data-screen": "advice", lang: view.lang, dir: view.dir }, [
    el("h1", { "data-read": "advice-title" }, [view.title]),
    el("p", { class: "lead", "data-role": "policy-date", "data-read": "advice-policy" }, [el("time", { datetime: view.policy_date }, [view.policy_label])]),
  ]);
  for (const item of view.items) {
    const links = el(
      "div",
      { class: "advice-links" },
      item.topics.map((t) => {
        const b = el("button", { type: "button", class: "term-link", "data-topic-link": t.id }, [icon("book"), el("span", {}, [t.title])]);
        b.addEventListener("click", () => onTopic(t.id));
        return b;
      }),
    );
    main.append(
      el("section", { class: "advice", "data-advice": item.id, "data-read": `advice-${item.id}` }, [
        el("h2", {}, [item.title]),
        el("p", {}, [item.text]),
        el("p", { class: "why" }, [view.reasons_heading]),
        el("ul", { class: "bullets" }, item.reasons.map((r) => el("li", {}, [r]))),
        links,
      ]),
    );
  }
  const again = el("button", { type: "button", "data-action": "decide-again" }, [view.again]);
  again.addEventListener("click", onAgain);
  main.append(el("p", { class: "note note-info", "data-read": "advice-note" }, [icon("info"), el("span", {}, [view.note])]), again);
  return main;
}
