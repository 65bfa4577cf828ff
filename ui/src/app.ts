// The screens and how one leads to another. State is only where the person is; every word
// and rule comes from the core through the Api.
import type { Api } from "./api";
import { isErrorView } from "./api";
import type { DecideView, ErrorView, ProfilesView, ProfileView, RemindersView, SafetyView, ShareKitView, StartView, UiText } from "./bindings";
import { renderReminderAsk, renderReminderSettings } from "./reminders";
import { renderAdvice, renderDecideIntro, renderQuestion, renderSearch, renderSearchForm } from "./decide";
import { renderNextDue, renderProfile, renderProfiles, renderSummary } from "./profiles";
import { renderFreshness, renderUpdates } from "./updates";
import { renderNeutral, renderNotice, renderSafety, renderUnlock } from "./safety";
import type { MenuItem } from "./render";
import { el, focusKey, renderError, renderExitBar, renderHeader, renderHome, renderPicker, renderTopic } from "./render";
import { Player } from "./listen";
import { APP_EDITION, renderAbout, renderMemoryOnly } from "./edition";
import type { Edition } from "./edition";

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
  | { name: "about" }
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
  /** The guide is open from the lock screen: personal data stays locked meanwhile. */
  private reading = false;
  /** Whether a PIN protects the data, so that the menu can offer to lock it. */
  private hasPin = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly api: Api,
    private readonly doc: Document = document,
    /** Which screens exist: all in the app; in the web edition, none that needs a disk. */
    private readonly edition: Edition = APP_EDITION,
  ) {
    this.player = new Player(api, doc);
  }

  private systemLanguages: readonly string[] = [];
  private idleTimer: number | undefined;
  private idleMs = 5 * MINUTE_MS;
  private listening = false;
  /** Read aloud: stopped whenever the screen changes, on quick exit and on lock. */
  private readonly player: Player;

  async boot(systemLanguages: readonly string[]): Promise<void> {
    this.systemLanguages = systemLanguages;
    this.reading = false;
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
      if (!this.start.locked && this.edition.safety) {
        const safety = await this.api.safety(null);
        this.hasPin = safety.has_pin;
        this.setIdle(safety.idle_minutes);
      }
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
    if (!this.edition.safety) return;
    const safety = await this.api.safety(null);
    if (safety.has_pin && !safety.locked) {
      await this.api.lock();
      await this.showLocked(null);
    }
  }

  /** Replaces the screen with a blank one at once, then locks (and hides the window). */
  async quickExit(): Promise<void> {
    this.player.stop();
    this.root.replaceChildren(renderNeutral(() => void this.boot(this.systemLanguages)));
    this.doc.title = "";
    await this.api.quickExit().catch(() => undefined);
  }

  /** The lock screen, in the system's language: the remembered one is locked away too. */
  private async showLocked(message: string | null): Promise<void> {
    this.player.stop();
    const lang = this.start?.suggested ?? null;
    const view = await this.api.safety(lang);
    // What the core says once after opening (a space's new word, a PIN to change) comes
    // before anything else.
    const opened = (step: Promise<SafetyView>) =>
      void step.then(
        (opened) => (opened.notice.length > 0 ? this.showNotice(opened) : this.boot(this.systemLanguages)),
        (error) => this.showLocked(isErrorView(error) ? error.message : null),
      );
    const screen = renderUnlock(view, {
      onUnlock: (pin) => opened(this.api.unlock(pin)),
      onNewSpace: (pin, repeat) => opened(this.api.createSpace(pin, repeat)),
      onGuest: () => void this.guard(async () => {
        await this.api.guest(true);
        await this.boot(this.systemLanguages);
      }),
      onGuide: () => void this.guard(async () => {
        this.ui = await this.api.readWhileLocked(lang ?? this.start?.languages[0]?.code ?? "");
        this.reading = true;
        this.previous = { name: "home" };
        await this.show({ name: "home" });
      }),
    });
    if (message) screen.prepend(el("p", { class: "note note-warning", role: "alert", "data-role": "unlock-error" }, [message]));
    this.ui = null;
    this.reading = false;
    const option = this.start?.languages.find((o) => o.code === lang);
    if (option) this.setDocumentLanguage(option.code, option.dir);
    this.root.replaceChildren(renderExitBar(view.quick_exit, () => void this.quickExit()), screen);
    this.announce(screen, null, true);
  }

  /** A screen of its own for what the core says once, before the app opens. */
  private showNotice(view: SafetyView): void {
    const main = el("main", { class: "lock", "data-screen": "notice" }, [
      renderNotice(view.notice, view.notice_done, () => void this.boot(this.systemLanguages)),
    ]);
    this.root.replaceChildren(main);
  }

  private showSafety(message: string | null = null, notice: string[] = []): Promise<void> {
    return this.guard(async () => {
      const [view, reminders] = await Promise.all([this.api.safety(null), this.api.reminders()]);
      const same = this.screen.name === "safety";
      this.screen = { name: "safety" };
      this.hasPin = view.has_pin;
      this.setIdle(view.idle_minutes);
      const again = (step: () => Promise<unknown>) =>
        void this.guard(async () => {
          await step();
          await this.showSafety();
        });
      const noticed = (step: () => Promise<SafetyView>) =>
        void this.guard(async () => {
          const done = await step();
          await this.showSafety(null, done.notice);
        });
      const told = (step: () => Promise<{ message: string }>) =>
        void this.guard(async () => {
          const done = await step();
          await this.showSafety(done.message);
        });
      const page = renderSafety(view, {
          onShare: (pin, repeat) => noticed(() => this.api.shareDevice(pin, repeat)),
          onIdle: (minutes) => again(() => this.api.setIdleMinutes(minutes)),
          onWipeAfter: (tries) => again(() => this.api.setWipeAfter(tries)),
          onSaveBackup: (passphrase) => told(() => this.api.saveBackup(passphrase)),
          onRestoreBackup: (file, passphrase) => told(() => this.api.restoreBackup(file, passphrase)),
          onSetPin: (pin) => noticed(() => this.api.setPin(pin)),
          onChangePin: (old, next) => noticed(() => this.api.changePin(old, next)),
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
        }, message, notice);
      // Reminders sit with the other settings, before sharing the device and the backup.
      const settings = renderReminderSettings(reminders, (on) => again(() => this.api.setReminders(on)));
      const anchor = page.querySelector("[data-role=settings]");
      if (anchor) anchor.after(settings);
      else page.append(settings);
      this.mount(page, true, 0, { focus: !same });
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
        // While the data is locked, the guide is open but the profiles are not.
        const [home, profiles] = await Promise.all([this.api.home(), this.reading ? null : this.api.profiles()]);
        this.screen = screen;
        this.setDocumentLanguage(home.lang, home.dir);
        const before = [...(profiles ? this.dueCards(profiles) : []), ...this.homeTools(home.decide_title, home.decide_summary)];
        this.mount(renderHome(home, (id) => void this.show({ name: "topic", id }), before), false);
      } else if (screen.name === "search") {
        const view = await this.api.search(screen.query);
        this.screen = screen;
        this.setDocumentLanguage(view.lang, view.dir);
        const page = renderSearch(view, this.searchForm(screen.query), (id) => void this.show({ name: "topic", id }));
        if (this.ui) page.prepend(el("h1", {}, [this.ui.search_results]));
        this.mount(page, true);
      } else if (screen.name === "about") {
        if (!this.edition.web) return;
        const [info, text] = await Promise.all([this.api.packInfo(), this.edition.web()]);
        this.screen = screen;
        this.setDocumentLanguage(text.lang, text.dir);
        this.mount(renderAbout(info, text), true);
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
              onFile: (file) => install(() => this.api.installPack(file)),
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
      } else if (this.reading && ["profiles", "profile", "summary", "safety"].includes(screen.name)) {
        await this.showLocked(null);
      } else if (screen.name === "profiles") {
        await this.showProfiles(await this.api.profiles());
      } else if (screen.name === "profile") {
        const [view, reminders] = await Promise.all([
          this.api.profile(screen.id),
          this.edition.reminders ? this.api.reminders() : Promise.resolve(null),
        ]);
        await this.showProfile(view, reminders?.ask ? reminders : null);
      } else if (screen.name === "summary") {
        const summary = await this.api.summary(screen.id);
        this.screen = screen;
        // The title names the screen, never the person (the window's title can be seen).
        if (this.ui) this.mount(await this.inMemory(renderSummary(summary, this.ui.print)), true, 0, { title: this.ui.profiles });
      } else {
        const [topic, info] = await Promise.all([this.api.topic(screen.id), this.api.packInfo()]);
        this.screen = screen;
        this.setDocumentLanguage(topic.lang, topic.dir);
        const page = renderTopic(topic, (link) => void this.show({ name: "topic", id: link.topic, anchor: link.id }));
        const freshness = renderFreshness(info);
        if (freshness) page.prepend(freshness);
        this.mount(page, true);
        if (this.edition.listen) void this.player.offer(page, { kind: "topic", id: screen.id }, page.querySelector("[data-role=topic-title]"));
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
      const answers = this.answers;
      const page = renderAdvice(
          advice,
          (id) => void this.show({ name: "topic", id }),
          () => {
            this.answers = [];
            void this.show({ name: "decide", step: 1 });
          },
        );
      this.mount(page, true);
      if (this.edition.listen) void this.player.offer(page, { kind: "advice", answers }, page.querySelector("h1"));
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

  /** In the web edition, says on a screen of personal data that it lives in memory only. */
  private async inMemory(page: HTMLElement): Promise<HTMLElement> {
    if (this.edition.web) page.prepend(renderMemoryOnly(await this.edition.web()));
    return page;
  }

  private async showProfiles(view: ProfilesView): Promise<void> {
    const ui = this.ui;
    if (!ui) return;
    const page = await this.inMemory(
      renderProfiles(view, ui, {
        onOpen: (id) => void this.show({ name: "profile", id }),
        onAdd: (name) => void this.guard(async () => this.showProfile(await this.api.addProfile(name), await this.askReminders())),
        onRestore: (id) => void this.guard(async () => this.showProfiles(await this.api.restoreProfile(id))),
      }),
    );
    this.screen = { name: "profiles" };
    this.setDocumentLanguage(view.lang, view.dir);
    this.mount(page, true);
  }

  /** Shows a profile; after a change to the same profile, keeps the scroll position (and the
   * focus). Reminders are offered once, below the deadlines, when `ask` is given. */
  private async showProfile(view: ProfileView, ask: RemindersView | null = null): Promise<void> {
    const ui = this.ui;
    if (!ui) return;
    const same = this.screen.name === "profile" && this.screen.id === view.id;
    const scroll = same ? window.scrollY : 0;
    this.screen = { name: "profile", id: view.id };
    this.setDocumentLanguage(view.lang, view.dir);
    const id = view.id;
    const update = (step: () => Promise<ProfileView>) => void this.guard(async () => this.showProfile(await step()));
    const page = await this.inMemory(
      renderProfile(view, ui, {
        onRename: (name) => update(() => this.api.renameProfile(id, name)),
        onRemove: () => void this.guard(async () => this.showProfiles(await this.api.removeProfile(id))),
        // A refused date is shown beside its field, keeping what the person chose.
        onDate: async (key, value) => this.showProfile(await this.api.setDate(id, key, value), await this.askReminders()),
        onItem: (item, status, note) => update(() => this.api.setItem(id, item, status, note)),
        onAddItem: (text) => update(() => this.api.addOwnItem(id, text)),
        onSummary: () => void this.show({ name: "summary", id }),
        onTopic: (topic) => void this.show({ name: "topic", id: topic }),
      }),
    );
    // The question is about the person's dates: it waits until one of them gives a day.
    if (ask && view.deadlines.some((d) => d.last_day !== null)) {
      const question = renderReminderAsk(ask, (on) =>
        void this.guard(async () => {
          await this.api.setReminders(on);
          await this.showProfile(await this.api.profile(id));
        }),
      );
      const deadlines = page.querySelector("[data-role=deadlines]");
      if (deadlines) deadlines.after(question);
      else page.append(question);
    }
    // The title names the screen, never the person (the window's title can be seen).
    this.mount(page, true, scroll, { title: ui.profiles, focus: !same });
    if (this.edition.listen) void this.player.offerDeadlines(page, id);
  }

  private renderPicker(): void {
    const start = this.start;
    if (!start) return;
    const current = this.ui?.lang ?? null;
    const picker = renderPicker(start.languages, current, (code) => void this.choose(code), start.suggested);
    const shown = start.languages.find((o) => o.code === (current ?? start.suggested));
    this.setDocumentLanguage(shown?.code ?? start.suggested, shown?.dir ?? "ltr");
    // On first launch there is no frame yet: the picker stands under the quick exit alone,
    // named in the suggested language.
    if (this.ui) this.mount(picker, true);
    else {
      this.root.replaceChildren(renderExitBar(start.quick_exit, () => void this.quickExit()), picker);
      this.announce(picker, null, true);
    }
  }

  private async choose(code: string): Promise<void> {
    await this.guard(async () => {
      // While the data is locked the choice is for this reading only: it cannot be saved.
      this.ui = this.reading ? await this.api.readWhileLocked(code) : await this.api.chooseLanguage(code);
      if (this.start && !this.reading) this.start = { ...this.start, chosen: code };
      await this.show(this.previous);
    });
  }

  /** The reminders' question, while it has not been answered; else null. */
  private async askReminders(): Promise<RemindersView | null> {
    if (!this.edition.reminders) return null;
    const view = await this.api.reminders();
    return view.ask ? view : null;
  }

  /**
   * Puts a screen on, under the header. The header and the document's title carry the screen's
   * title (its heading's words unless `title` is given), and focus moves to the heading, so a
   * screen reader says where the person now is. A screen drawn again after a change on it
   * (`focus: false`) keeps the focus where it was.
   */
  private mount(main: HTMLElement, canGoBack: boolean, scroll = 0, options: { title?: string; focus?: boolean } = {}): void {
    this.player.stop();
    const ui = this.ui;
    if (!ui) {
      this.root.replaceChildren(main);
      this.announce(main, options.title ?? null, options.focus ?? true);
      return;
    }
    const focused = options.focus === false ? focusKey(this.doc.activeElement) : null;
    const title = options.title ?? main.querySelector("h1")?.textContent ?? ui.app_name;
    const header = renderHeader(ui, {
      title,
      onBack: canGoBack ? () => void this.show(this.backTarget()) : undefined,
      menu: this.menu(ui),
      onQuickExit: () => void this.quickExit(),
    });
    const notice = el("button", { type: "button", class: "link", "data-action": "notice" }, [ui.notice]);
    notice.addEventListener("click", () => void this.show({ name: "topic", id: ui.notice_topic }));
    const updates = el("button", { type: "button", class: "link", "data-action": "updates" }, [ui.updates]);
    updates.addEventListener("click", () => void this.show({ name: "updates" }));
    const safety = el("button", { type: "button", class: "link", "data-action": "safety" }, [ui.safety]);
    safety.addEventListener("click", () => void this.show({ name: "safety" }));
    const links = [...(this.edition.safety ? [safety] : []), notice, ...(this.edition.updates ? [updates] : [])];
    const about = this.edition.web;
    if (about) {
      const link = el("button", { type: "button", class: "link", "data-action": "about" }, []);
      void about().then((text) => link.append(text.about_title));
      link.addEventListener("click", () => void this.show({ name: "about" }));
      links.push(link);
    }
    const footer = el("footer", { class: "foot", lang: ui.lang, dir: ui.dir }, links);
    this.root.replaceChildren(header, main, footer);
    window.scrollTo?.(0, scroll);
    const again = focused ? main.querySelector<HTMLElement>(focused) : null;
    if (again) again.focus({ preventScroll: true });
    else this.announce(main, title, options.focus ?? true);
  }

  /** The document's title is the screen's; focus goes to the screen's heading. */
  private announce(main: HTMLElement, title: string | null, focus: boolean): void {
    const heading = main.querySelector<HTMLElement>("h1");
    this.doc.title = title ?? heading?.textContent ?? "";
    if (focus && heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
  }

  /** The header's menu: language, my data (or unlocking it), lock when a PIN is set, safety
   * (in an edition that has it). */
  private menu(ui: UiText): MenuItem[] {
    const items: MenuItem[] = [
      { key: "language", icon: "globe", label: ui.change_language, onSelect: () => void this.show({ name: "picker" }) },
    ];
    if (this.reading) {
      items.push({ key: "unlock", icon: "lock", label: ui.unlock, onSelect: () => void this.showLocked(null) });
      return items;
    }
    items.push({ key: "profiles", icon: "family", label: ui.profiles, onSelect: () => void this.show({ name: "profiles" }) });
    if (this.hasPin) {
      items.push({
        key: "lock",
        icon: "lock",
        label: ui.lock,
        onSelect: () =>
          void this.guard(async () => {
            await this.api.lock();
            await this.showLocked(null);
          }),
      });
    }
    if (this.edition.safety) {
      items.push({ key: "safety", icon: "shield", label: ui.safety, onSelect: () => void this.show({ name: "safety" }) });
    }
    return items;
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
    this.player.stop();
    const view = renderError(error);
    if (this.ui) {
      const header = renderHeader(this.ui, {
        title: this.ui.app_name,
        onBack: () => void this.show({ name: "home" }),
        menu: this.menu(this.ui),
        onQuickExit: () => void this.quickExit(),
      });
      this.root.replaceChildren(header, view);
    } else {
      this.root.replaceChildren(view);
    }
    this.doc.title = error.message;
    view.querySelector<HTMLElement>("[role=alert]")?.focus();
  }
}
