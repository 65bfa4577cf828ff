// The screens and how one leads to another. State is only where the person is; every word
// and rule comes from the core through the Api.
import type { Api } from "./api";
import { isErrorView } from "./api";
import type { DecideView, ErrorView, ProfilesView, ProfileView, ShareKitView, StartView, UiText } from "./bindings";
import { renderAdvice, renderDecideIntro, renderQuestion, renderSearch, renderSearchForm } from "./decide";
import { renderNextDue, renderProfile, renderProfiles, renderSummary } from "./profiles";
import { renderFreshness, renderUpdates } from "./updates";
import { renderNeutral, renderSafety, renderUnlock } from "./safety";
import { el, renderError, renderHeader, renderHome, renderPicker, renderTopic } from "./render";

type Screen =
  | { name: "picker" }
  | { name: "home" }
  | { name: "topic"; id: string; anchor?: string }
  | { name: "profiles" }
  | { name: "profile"; id: number }
  | { name: "summary"; id: number }
  | { name: "search"; query: string }
  | { name: "decide"; step: number }
  | { name: "updates"; message?: string; kit?: ShareKitView }
  | { name: "safety" };

/** Personal data locks after this long without a touch or a key, until the core says how
 * long the person chose. */
const MINUTE_MS = 60 * 1000;

export class App {
  private ui: UiText | null = null;
  private start: StartView | null = null;
  private screen: Screen = { name: "home" };
  private previous: Screen = { name: "home" };
  /** The decision helper's answers so far: kept in memory only, never saved. */
  private answers: [string, string][] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly api: Api,
    private readonly doc: Document = document,
  ) {}

  private systemLanguages: readonly string[] = [];
  private idleTimer: number | undefined;
  private idleMs = 5 * MINUTE_MS;
  private listening = false;

  async boot(systemLanguages: readonly string[]): Promise<void> {
    this.systemLanguages = systemLanguages;
    this.listen();
    await this.guard(async () => {
      this.start = await this.api.start(systemLanguages);
      if (this.start.locked) {
        await this.showLocked(null);
      } else if (this.start.chosen === null) {
        // First launch (or after a wipe): the picker leads home.
        this.screen = { name: "home" };
        this.previous = { name: "home" };
        await this.show({ name: "picker" });
      } else {
        this.ui = await this.api.uiText();
        await this.show({ name: "home" });
      }
      if (!this.start.locked) this.setIdle((await this.api.safety(null)).idle_minutes);
    });
  }

  private setIdle(minutes: number): void {
    this.idleMs = minutes * MINUTE_MS;
    this.resetIdle();
  }

  /** The quick exit on Escape, and the lock after a while without use. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.doc.addEventListener("keydown", (event) => {
      if (event.key.toLowerCase() === "escape") void this.quickExit();
      this.resetIdle();
    });
    this.doc.addEventListener("pointerdown", () => this.resetIdle());
    this.resetIdle();
  }

  private resetIdle(): void {
    window.clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => void this.idleLock(), this.idleMs);
  }

  private async idleLock(): Promise<void> {
    const safety = await this.api.safety(null);
    if (safety.has_pin && !safety.locked) {
      await this.api.lock();
      await this.showLocked(null);
    }
  }

  /** Replaces the screen with a blank one at once, then locks (and hides the window). */
  async quickExit(): Promise<void> {
    this.root.replaceChildren(renderNeutral(() => void this.boot(this.systemLanguages)));
    this.doc.title = "";
    await this.api.quickExit().catch(() => undefined);
  }

  /** The lock screen, in the system's language: the remembered one is locked away too. */
  private async showLocked(message: string | null): Promise<void> {
    const lang = this.start?.suggested ?? null;
    const view = await this.api.safety(lang);
    const opened = (step: Promise<unknown>) =>
      void step.then(
        () => this.boot(this.systemLanguages),
        (error) => this.showLocked(isErrorView(error) ? error.message : null),
      );
    const screen = renderUnlock(view, {
      onUnlock: (pin) => opened(this.api.unlock(pin)),
      onNewSpace: (pin, repeat) => opened(this.api.createSpace(pin, repeat)),
      onGuest: () => void this.guard(async () => {
        await this.api.guest(true);
        await this.boot(this.systemLanguages);
      }),
    });
    if (message) screen.prepend(el("p", { class: "note note-warning", role: "alert", "data-role": "unlock-error" }, [message]));
    this.ui = null;
    this.root.replaceChildren(screen);
    this.doc.title = "";
  }

  private showSafety(message: string | null = null): Promise<void> {
    return this.guard(async () => {
      const view = await this.api.safety(null);
      this.screen = { name: "safety" };
      this.setIdle(view.idle_minutes);
      const again = (step: () => Promise<unknown>) =>
        void this.guard(async () => {
          await step();
          await this.showSafety();
        });
      const told = (step: () => Promise<{ message: string }>) =>
        void this.guard(async () => {
          const done = await step();
          await this.showSafety(done.message);
        });
      this.mount(
        renderSafety(view, {
          onShare: (pin, repeat) => again(() => this.api.shareDevice(pin, repeat)),
          onIdle: (minutes) => again(() => this.api.setIdleMinutes(minutes)),
          onWipeAfter: (tries) => again(() => this.api.setWipeAfter(tries)),
          onSaveBackup: (passphrase) => told(() => this.api.saveBackup(passphrase)),
          onRestoreBackup: (bytes, passphrase) => told(() => this.api.restoreBackup(bytes, passphrase)),
          onSetPin: (pin) => again(() => this.api.setPin(pin)),
          onChangePin: (old, next) => again(() => this.api.changePin(old, next)),
          onRemovePin: (old) => again(() => this.api.removePin(old)),
          onLock: () => void this.guard(async () => {
            await this.api.lock();
            await this.showLocked(null);
          }),
          onGuest: (on) => void this.guard(async () => {
            await this.api.guest(on);
            await this.boot(this.systemLanguages);
          }),
          onWipe: () => void this.guard(async () => {
            await this.api.wipe();
            this.ui = null;
            await this.boot(this.systemLanguages);
          }),
          onTopic: (topic) => void this.show({ name: "topic", id: topic }),
        }, message),
        true,
      );
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
        const [home, profiles] = await Promise.all([this.api.home(), this.api.profiles()]);
        this.screen = screen;
        this.setDocumentLanguage(home.lang, home.dir);
        const before = [...this.dueCards(profiles), ...this.homeTools(home.decide_title, home.decide_summary)];
        this.mount(renderHome(home, (id) => void this.show({ name: "topic", id }), before), false);
      } else if (screen.name === "search") {
        const view = await this.api.search(screen.query);
        this.screen = screen;
        this.setDocumentLanguage(view.lang, view.dir);
        this.mount(renderSearch(view, this.searchForm(screen.query), (id) => void this.show({ name: "topic", id })), true);
      } else if (screen.name === "safety") {
        await this.showSafety();
      } else if (screen.name === "updates") {
        const info = await this.api.packInfo();
        this.screen = screen;
        const install = (step: () => Promise<unknown>) =>
          void this.guard(async () => {
            await step();
            await this.show({ name: "updates", message: (await this.api.packInfo()).installed_label });
          });
        this.mount(
          renderUpdates(
            info,
            {
              onFile: (bytes) => install(() => this.api.installPack(bytes)),
              onRollback: () => void this.guard(async () => { await this.api.rollbackPack(); await this.show({ name: "updates" }); }),
              onShareKit: () => void this.guard(async () => this.show({ name: "updates", kit: await this.api.shareKit() })),
            },
            screen.message ?? null,
            screen.kit ?? null,
          ),
          true,
        );
      } else if (screen.name === "decide") {
        await this.showDecide(await this.api.decide(), screen.step);
      } else if (screen.name === "profiles") {
        this.showProfiles(await this.api.profiles());
      } else if (screen.name === "profile") {
        this.showProfile(await this.api.profile(screen.id));
      } else if (screen.name === "summary") {
        const summary = await this.api.summary(screen.id);
        this.screen = screen;
        if (this.ui) this.mount(renderSummary(summary, this.ui.print), true);
      } else {
        const [topic, info] = await Promise.all([this.api.topic(screen.id), this.api.packInfo()]);
        this.screen = screen;
        this.setDocumentLanguage(topic.lang, topic.dir);
        const page = renderTopic(topic, (link) => void this.show({ name: "topic", id: link.topic, anchor: link.id }));
        const freshness = renderFreshness(info);
        if (freshness) page.prepend(freshness);
        this.mount(page, true);
        if (screen.anchor) this.root.querySelector(`[data-term="${CSS.escape(screen.anchor)}"]`)?.scrollIntoView?.();
      }
    });
  }

  private searchForm(query: string): HTMLElement {
    const ui = this.ui;
    if (!ui) return el("div");
    return renderSearchForm(ui.search_label, ui.search_button, query, (q) => void this.show({ name: "search", query: q }));
  }

  /** The search box and the decision helper's entry, above the topics on the home screen. */
  private homeTools(decideTitle: string, decideSummary: string): HTMLElement[] {
    const decide = el("button", { type: "button", class: "topic-card decide-card", "data-action": "decide" }, [
      el("span", { class: "topic-card-text" }, [
        el("span", { class: "topic-card-title" }, [decideTitle]),
        el("span", { class: "topic-card-summary" }, [decideSummary]),
      ]),
    ]);
    decide.addEventListener("click", () => {
      this.answers = [];
      void this.show({ name: "decide", step: 0 });
    });
    return [this.searchForm(""), decide];
  }

  /** Step 0 is the introduction; steps 1 to N the questions; N + 1 the advice. */
  private async showDecide(view: DecideView, step: number): Promise<void> {
    this.screen = { name: "decide", step };
    this.setDocumentLanguage(view.lang, view.dir);
    const total = view.questions.length;
    if (step === 0) {
      this.mount(renderDecideIntro(view, () => void this.show({ name: "decide", step: 1 })), true);
    } else if (step <= total) {
      const question = view.questions[step - 1];
      const chosen = this.answers.find(([q]) => q === question.id)?.[1] ?? null;
      const onAnswer = (value: string) => {
        this.answers = [...this.answers.filter(([q]) => q !== question.id), [question.id, value]];
        void this.show({ name: "decide", step: step + 1 });
      };
      this.mount(renderQuestion(view, question, chosen, onAnswer), true);
    } else {
      const advice = await this.api.advise(this.answers);
      this.mount(
        renderAdvice(
          advice,
          (id) => void this.show({ name: "topic", id }),
          () => {
            this.answers = [];
            void this.show({ name: "decide", step: 1 });
          },
        ),
        true,
      );
    }
  }

  /** On the home screen, the next thing due for each profile, each opening its profile. */
  private dueCards(profiles: ProfilesView): HTMLElement[] {
    return profiles.profiles.flatMap((p) => {
      const due = renderNextDue(p);
      if (!due) return [];
      const card = el("button", { type: "button", class: "due-card", "data-due-profile": String(p.id) }, [
        el("strong", {}, [p.name]),
        due,
      ]);
      card.addEventListener("click", () => void this.show({ name: "profile", id: p.id }));
      return [card];
    });
  }

  private showProfiles(view: ProfilesView): void {
    const ui = this.ui;
    if (!ui) return;
    this.screen = { name: "profiles" };
    this.setDocumentLanguage(view.lang, view.dir);
    this.mount(
      renderProfiles(view, ui, {
        onOpen: (id) => void this.show({ name: "profile", id }),
        onAdd: (name) => void this.guard(async () => this.showProfile(await this.api.addProfile(name))),
        onRestore: (id) => void this.guard(async () => this.showProfiles(await this.api.restoreProfile(id))),
      }),
      true,
    );
  }

  /** Shows a profile; after a change to the same profile, keeps the scroll position. */
  private showProfile(view: ProfileView): void {
    const ui = this.ui;
    if (!ui) return;
    const same = this.screen.name === "profile" && this.screen.id === view.id;
    const scroll = same ? window.scrollY : 0;
    this.screen = { name: "profile", id: view.id };
    this.setDocumentLanguage(view.lang, view.dir);
    const id = view.id;
    const update = (step: () => Promise<ProfileView>) => void this.guard(async () => this.showProfile(await step()));
    this.mount(
      renderProfile(view, ui, {
        onRename: (name) => update(() => this.api.renameProfile(id, name)),
        onRemove: () => void this.guard(async () => this.showProfiles(await this.api.removeProfile(id))),
        onDate: (key, value) => update(() => this.api.setDate(id, key, value)),
        onItem: (item, status, note) => update(() => this.api.setItem(id, item, status, note)),
        onAddItem: (text) => update(() => this.api.addOwnItem(id, text)),
        onSummary: () => void this.show({ name: "summary", id }),
        onTopic: (topic) => void this.show({ name: "topic", id: topic }),
      }),
      true,
      scroll,
    );
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

  private mount(main: HTMLElement, canGoBack: boolean, scroll = 0): void {
    if (!this.ui) {
      this.root.replaceChildren(main);
      return;
    }
    this.doc.title = this.ui.app_name;
    const header = renderHeader(this.ui, {
      onBack: canGoBack ? () => void this.show(this.backTarget()) : undefined,
      onLanguage: () => void this.show({ name: "picker" }),
      onProfiles: () => void this.show({ name: "profiles" }),
      onQuickExit: () => void this.quickExit(),
    });
    const notice = el("button", { type: "button", class: "link", "data-action": "notice" }, [this.ui.notice]);
    notice.addEventListener("click", () => void this.show({ name: "topic", id: this.ui?.notice_topic ?? "" }));
    const updates = el("button", { type: "button", class: "link", "data-action": "updates" }, [this.ui.updates]);
    updates.addEventListener("click", () => void this.show({ name: "updates" }));
    const safety = el("button", { type: "button", class: "link", "data-action": "safety" }, [this.ui.safety]);
    safety.addEventListener("click", () => void this.show({ name: "safety" }));
    const footer = el("footer", { class: "foot", lang: this.ui.lang, dir: this.ui.dir }, [safety, notice, updates]);
    this.root.replaceChildren(header, main, footer);
    window.scrollTo?.(0, scroll);
  }

  /** Where "back" leads from the current screen. */
  private backTarget(): Screen {
    switch (this.screen.name) {
      case "picker":
        return this.previous;
      case "profile":
        return { name: "profiles" };
      case "summary":
        return { name: "profile", id: this.screen.id };
      case "decide":
        return this.screen.step > 0 ? { name: "decide", step: this.screen.step - 1 } : { name: "home" };
      default:
        return { name: "home" };
    }
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
        onProfiles: () => void this.show({ name: "profiles" }),
        onQuickExit: () => void this.quickExit(),
      });
      this.root.replaceChildren(header, view);
    } else {
      this.root.replaceChildren(view);
    }
  }
}
