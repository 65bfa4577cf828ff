// Pure DOM builders: each takes a view model from the core and returns elements.
// Every visible word comes from the view model; text is set with textContent, never as HTML.
import type { BlockView, ErrorView, HomeView, LanguageOption, TermLink, TopicView, UiText } from "./bindings";
import { icon } from "./icons";

type Attrs = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** One choice of the header's menu. */
export interface MenuItem {
  /** Names the item for tests and styles: language, profiles, lock, safety. */
  key: string;
  icon: string;
  label: string;
  onSelect: () => void;
}

export interface HeaderActions {
  /** The screen's title, as its heading says it. */
  title: string;
  onBack?: () => void;
  menu: MenuItem[];
  onQuickExit: () => void;
}

/**
 * The bar on every screen, one row on a phone: back (when there is somewhere to go back to),
 * the screen's title, one menu button, and the quick exit. With large text on a narrow screen
 * the quick exit takes a row of its own, still at the top and one tap away.
 */
export function renderHeader(ui: UiText, actions: HeaderActions): HTMLElement {
  const header = el("header", { class: "bar", lang: ui.lang, dir: ui.dir });
  const row = el("div", { class: "bar-row" });
  if (actions.onBack) {
    const back = el("button", { type: "button", class: "bar-button bar-back", "data-action": "back", "aria-label": ui.back }, [
      icon("back"),
    ]);
    back.addEventListener("click", actions.onBack);
    row.append(back);
  }
  row.append(el("p", { class: "bar-title", "data-role": "bar-title" }, [actions.title]));

  const list = el("ul", { class: "bar-menu-list", role: "list" });
  const panel = el("nav", { class: "bar-menu", id: "bar-menu", "aria-label": ui.menu }, [list]);
  panel.hidden = true;
  const toggle = el(
    "button",
    { type: "button", class: "bar-button bar-menu-button", "data-action": "menu", "aria-label": ui.menu, "aria-expanded": "false", "aria-controls": "bar-menu" },
    [icon("menu")],
  );
  const open = (shown: boolean) => {
    panel.hidden = !shown;
    toggle.setAttribute("aria-expanded", String(shown));
  };
  toggle.addEventListener("click", () => {
    open(panel.hidden);
    if (!panel.hidden) list.querySelector("button")?.focus();
  });
  for (const item of actions.menu) {
    const button = el("button", { type: "button", class: "bar-menu-item", "data-menu": item.key }, [icon(item.icon), el("span", {}, [item.label])]);
    button.addEventListener("click", () => {
      open(false);
      item.onSelect();
    });
    list.append(el("li", {}, [button]));
  }
  // The menu closes once focus leaves the header, as with a keyboard's Tab past its end.
  header.addEventListener("focusout", (event) => {
    const next = (event as FocusEvent).relatedTarget;
    if (next instanceof Node && !header.contains(next)) open(false);
  });
  row.append(toggle);

  // The quick exit is on every screen, and the first thing a thumb finds.
  const exit = el("button", { type: "button", class: "bar-button quick-exit", "data-action": "quick-exit" }, [
    icon("exit"),
    el("span", {}, [ui.quick_exit]),
  ]);
  exit.addEventListener("click", actions.onQuickExit);
  row.append(exit);
  header.append(row, panel);
  return header;
}

/** The lock screen's bar: only the quick exit, which is on every screen with words to name it. */
export function renderExitBar(label: string, onQuickExit: () => void): HTMLElement {
  const exit = el("button", { type: "button", class: "bar-button quick-exit", "data-action": "quick-exit" }, [icon("exit"), el("span", {}, [label])]);
  exit.addEventListener("click", onQuickExit);
  return el("header", { class: "bar bar-exit-only" }, [el("div", { class: "bar-row" }, [exit])]);
}

/**
 * The language picker. Each choice is named in its own language and carries its own `lang`,
 * and the question is asked in every language, so that a person who reads none of the others
 * still finds theirs.
 */
export function renderPicker(
  languages: LanguageOption[],
  current: string | null,
  onChoose: (code: string) => void,
  suggested: string | null = null,
): HTMLElement {
  const main = el("main", { class: "picker", "data-screen": "picker" });
  const prompts = el("div", { class: "picker-prompts" }, [icon("globe")]);
  // The screen's heading asks in the language in use (or the system's); the others follow.
  const first = languages.find((o) => o.code === (current ?? suggested)) ?? languages[0];
  if (first) prompts.append(el("h1", { lang: first.code, dir: first.dir }, [first.prompt]));
  for (const option of languages) {
    if (option !== first) prompts.append(el("p", { lang: option.code, dir: option.dir }, [option.prompt]));
  }
  const list = el("ul", { class: "picker-list", role: "list" });
  for (const option of languages) {
    const attrs: Attrs = { type: "button", class: "picker-choice", lang: option.code, dir: option.dir, "data-lang": option.code };
    if (option.code === current) attrs["aria-current"] = "true";
    const button = el("button", attrs, [option.name]);
    button.addEventListener("click", () => onChoose(option.code));
    list.append(el("li", {}, [button]));
  }
  main.append(prompts, list);
  return main;
}

export function renderHome(home: HomeView, onOpen: (topicId: string) => void, before: HTMLElement[] = []): HTMLElement {
  const main = el("main", { class: "home", "data-screen": "home", lang: home.lang, dir: home.dir });
  main.append(...before, el("h1", {}, [home.title]), el("p", { class: "lead" }, [home.intro]));
  const list = el("ul", { class: "topic-list", role: "list" });
  for (const topic of home.topics) {
    const button = el("button", { type: "button", class: "topic-card", "data-topic": topic.id }, [
      icon(topic.icon),
      el("span", { class: "topic-card-text" }, [
        el("span", { class: "topic-card-title" }, [topic.title]),
        el("span", { class: "topic-card-summary" }, [topic.summary]),
      ]),
    ]);
    button.addEventListener("click", () => onOpen(topic.id));
    list.append(el("li", {}, [button]));
  }
  main.append(list);
  return main;
}

/** A block, marked with its place (`data-read`) so that the player can highlight it. */
function renderBlock(block: BlockView, index: number): HTMLElement {
  const node = renderBlockContent(block);
  node.dataset.read = `block-${index}`;
  return node;
}

function renderBlockContent(block: BlockView): HTMLElement {
  switch (block.kind) {
    case "heading":
      return el("h2", {}, [block.text]);
    case "paragraph":
      return el("p", {}, [block.text]);
    case "list":
      return el("ul", { class: "bullets" }, block.items.map((item) => el("li", {}, [item])));
    case "note":
      return el("p", { class: `note note-${block.tone}` }, [icon(block.tone === "warning" ? "warning" : "info"), el("span", {}, [block.text])]);
    case "table": {
      // A real table; on narrow screens CSS stacks each row and labels each cell with its
      // column (data-label), so nothing scrolls sideways at 320 px.
      const head = el("tr", {}, [el("td", {}), ...block.columns.map((c) => el("th", { scope: "col" }, [c]))]);
      const rows = block.rows.map((row) =>
        el("tr", {}, [
          el("th", { scope: "row" }, [row.label]),
          ...row.cells.map((cell, i) => el("td", { "data-label": block.columns[i] ?? "" }, [cell])),
        ]),
      );
      return el("table", { class: "compare" }, [el("caption", {}, [block.caption]), el("thead", {}, [head]), el("tbody", {}, rows)]);
    }
    case "term":
      return el("section", { class: "term", id: `term-${block.id}`, "data-term": block.id }, [
        el("h3", {}, [block.term]),
        el("p", {}, [block.text]),
      ]);
  }
}

function renderTerms(heading: string, terms: TermLink[], onTerm: (link: TermLink) => void): HTMLElement {
  const list = el("ul", { class: "term-links", role: "list" });
  for (const link of terms) {
    const button = el("button", { type: "button", class: "term-link", "data-term-link": link.id }, [link.term]);
    button.addEventListener("click", () => onTerm(link));
    list.append(el("li", {}, [button]));
  }
  return el("section", { class: "terms", "data-role": "terms" }, [el("h2", {}, [heading]), list]);
}

export function renderTopic(topic: TopicView, onTerm: (link: TermLink) => void = () => {}): HTMLElement {
  const main = el("main", { class: "topic", "data-screen": "topic", "data-topic": topic.id, lang: topic.lang, dir: topic.dir });
  const article = el("article", {}, [
    el("div", { class: "topic-icon" }, [icon(topic.icon)]),
    el("h1", { "data-role": "topic-title", "data-read": "title" }, [topic.title]),
    el("p", { class: "lead", "data-read": "summary" }, [topic.summary]),
    ...topic.blocks.map(renderBlock),
  ]);
  const sources = el("section", { class: "sources", "data-role": "sources" }, [
    el("h2", {}, [topic.sources_heading]),
    el(
      "ul",
      {},
      topic.sources.map((s) => el("li", { "data-source": s.id }, [el("span", {}, [s.name]), el("span", { class: "cite" }, [s.cite])])),
    ),
    el("p", { class: "checked", "data-role": "checked" }, [el("time", { datetime: topic.checked }, [topic.checked_label])]),
  ]);
  if (topic.terms.length > 0) main.append(article, renderTerms(topic.terms_heading, topic.terms, onTerm), sources);
  else main.append(article, sources);
  return main;
}

export function renderError(error: ErrorView): HTMLElement {
  return el("main", { class: "error", "data-screen": "error", "data-error": error.id }, [
    el("p", { role: "alert", class: "note note-warning" }, [icon("warning"), el("span", {}, [error.message])]),
  ]);
}

/** A selector for the same control on a screen drawn again (its data attributes), if any. */
export function focusKey(active: Element | null): string | null {
  if (!(active instanceof HTMLElement)) return null;
  const attrs = [...active.attributes].filter((a) => a.name.startsWith("data-"));
  if (attrs.length === 0) return null;
  return attrs.map((a) => `[${a.name}="${CSS.escape(a.value)}"]`).join("");
}
