// The screens and how one leads to another. State is only where the person is; every word
// and rule comes from the core through the Api.
import type { Api } from "./api";
import { isErrorView } from "./api";
import type { ErrorView, StartView, UiText } from "./bindings";
import { renderError, renderHeader, renderHome, renderPicker, renderTopic } from "./render";

type Screen = { name: "picker" } | { name: "home" } | { name: "topic"; id: string; anchor?: string };

export class App {
  private ui: UiText | null = null;
  private start: StartView | null = null;
  private screen: Screen = { name: "home" };
  private previous: Screen = { name: "home" };

  constructor(
    private readonly root: HTMLElement,
    private readonly api: Api,
    private readonly doc: Document = document,
  ) {}

  async boot(systemLanguages: readonly string[]): Promise<void> {
    await this.guard(async () => {
      this.start = await this.api.start(systemLanguages);
      if (this.start.chosen === null) {
        await this.show({ name: "picker" });
      } else {
        this.ui = await this.api.uiText();
        await this.show({ name: "home" });
      }
    });
  }

  /** Shows a screen, keeping where the person came from for the language picker's return. */
  async show(screen: Screen): Promise<void> {
    await this.guard(async () => {
      if (screen.name === "picker") {
        if (this.screen.name !== "picker") this.previous = this.screen;
        this.screen = screen;
        this.renderPicker();
      } else if (screen.name === "home") {
        const home = await this.api.home();
        this.screen = screen;
        this.setDocumentLanguage(home.lang, home.dir);
        this.mount(renderHome(home, (id) => void this.show({ name: "topic", id })), false);
      } else {
        const topic = await this.api.topic(screen.id);
        this.screen = screen;
        this.setDocumentLanguage(topic.lang, topic.dir);
        this.mount(
          renderTopic(topic, (link) => void this.show({ name: "topic", id: link.topic, anchor: link.id })),
          true,
        );
        if (screen.anchor) this.root.querySelector(`[data-term="${CSS.escape(screen.anchor)}"]`)?.scrollIntoView?.();
      }
    });
  }

  private renderPicker(): void {
    const start = this.start;
    if (!start) return;
    const current = this.ui?.lang ?? null;
    const picker = renderPicker(start.languages, current, (code) => void this.choose(code));
    this.setDocumentLanguage(current ?? start.suggested, "ltr");
    // On first launch there is no frame yet: the picker stands alone.
    if (this.ui) this.mount(picker, true);
    else this.root.replaceChildren(picker);
  }

  private async choose(code: string): Promise<void> {
    await this.guard(async () => {
      this.ui = await this.api.chooseLanguage(code);
      if (this.start) this.start = { ...this.start, chosen: code };
      this.doc.title = this.ui.app_name;
      await this.show(this.previous);
    });
  }

  private mount(main: HTMLElement, canGoBack: boolean): void {
    if (!this.ui) {
      this.root.replaceChildren(main);
      return;
    }
    this.doc.title = this.ui.app_name;
    const header = renderHeader(this.ui, {
      onBack: canGoBack ? () => void this.show(this.screen.name === "picker" ? this.previous : { name: "home" }) : undefined,
      onLanguage: () => void this.show({ name: "picker" }),
    });
    this.root.replaceChildren(header, main);
    this.root.scrollIntoView?.({ block: "start" });
  }

  /** The page's `lang` and `dir` follow the language of the content being read. */
  private setDocumentLanguage(lang: string, dir: string): void {
    this.doc.documentElement.lang = lang;
    this.doc.documentElement.dir = dir;
  }

  private async guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (!isErrorView(error)) throw error;
      this.showError(error);
    }
  }

  private showError(error: ErrorView): void {
    const view = renderError(error);
    if (this.ui) {
      const header = renderHeader(this.ui, {
        onBack: () => void this.show({ name: "home" }),
        onLanguage: () => void this.show({ name: "picker" }),
      });
      this.root.replaceChildren(header, view);
    } else {
      this.root.replaceChildren(view);
    }
  }
}
