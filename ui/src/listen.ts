// Read aloud: the Listen buttons and the player. The core says what each screen reads,
// section by section, and turns each section into a WAV file; this plays it in an <audio>
// element, highlights the part being read, and offers pause, resume, stop and the speed.
// Every word comes from the core's ReadingView.
import type { Api } from "./api";
import { isErrorView } from "./api";
import type { ListenTarget, ReadingView, SpeechRate } from "./bindings";
import { icon } from "./icons";
import { el } from "./render";

/** What is being read now. */
interface Playing {
  target: ListenTarget;
  view: ReadingView;
  /** Where the section's elements (`data-read`) are found. */
  scope: HTMLElement;
  section: number;
  audio: HTMLAudioElement;
  bar: HTMLElement;
  /** The next section's audio, asked for while this one plays. */
  next: { section: number; rate: SpeechRate; wav: Promise<ArrayBuffer> } | null;
  url: string | null;
}

export class Player {
  private playing: Playing | null = null;
  /** Changes at every start and stop, so that an answer for older playback is dropped. */
  private generation = 0;

  constructor(
    private readonly api: Api,
    private readonly doc: Document = document,
  ) {}

  /** Puts a Listen button for `target` after `anchor` (or at the start of `scope`). */
  async offer(scope: HTMLElement, target: ListenTarget, anchor: Element | null = null): Promise<void> {
    let view: ReadingView;
    try {
      view = await this.api.reading(target);
    } catch {
      return; // Nothing to read here: no button.
    }
    if (view.sections.length === 0) return;
    const button = el("button", { type: "button", class: "listen-button", "data-action": "listen", lang: view.lang, dir: view.dir }, [
      icon("speaker"),
      el("span", {}, [view.listen]),
    ]);
    button.addEventListener("click", () => void this.start(scope, target, view));
    if (anchor) anchor.after(button);
    else scope.prepend(button);
  }

  /** A Listen button on each deadline card of a profile. */
  async offerDeadlines(scope: HTMLElement, profile: number): Promise<void> {
    const cards = Array.from(scope.querySelectorAll<HTMLElement>("[data-deadline]"));
    await Promise.all(
      cards.map((card) => {
        const deadline = card.dataset.deadline ?? "";
        return this.offer(card, { kind: "deadline", profile, deadline }, card.querySelector("h3"));
      }),
    );
  }

  /** Stops at once: on quick exit, on lock and whenever the screen changes. */
  stop(): void {
    this.generation += 1;
    const p = this.playing;
    this.playing = null;
    for (const alert of Array.from(this.doc.querySelectorAll("[data-role=speech-error]"))) alert.remove();
    if (!p) return;
    p.audio.pause();
    p.audio.removeAttribute("src");
    p.audio.load();
    if (p.url) URL.revokeObjectURL(p.url);
    this.highlight(p, null);
    p.bar.remove();
  }

  private async start(scope: HTMLElement, target: ListenTarget, view: ReadingView): Promise<void> {
    this.stop();
    const generation = this.generation;
    const audio = el("audio", { "data-role": "speech-audio", preload: "auto" });
    const bar = el("div", { class: "player", role: "region", "data-role": "player", "data-state": "loading", lang: view.lang, dir: view.dir });
    const playing: Playing = { target, view, scope, section: 0, audio, bar, next: null, url: null };
    this.playing = playing;
    audio.addEventListener("playing", () => this.setState(playing, "playing"));
    audio.addEventListener("pause", () => {
      if (!audio.ended) this.setState(playing, "paused");
    });
    audio.addEventListener("ended", () => {
      if (this.generation === generation) void this.play(playing, playing.section + 1, generation);
    });
    this.renderBar(playing);
    this.doc.body.append(bar);
    await this.play(playing, 0, generation);
  }

  /** Plays section `section`, or ends when there is none. */
  private async play(p: Playing, section: number, generation: number): Promise<void> {
    if (section >= p.view.sections.length) {
      this.stop();
      return;
    }
    p.section = section;
    this.setState(p, "loading");
    this.renderBar(p);
    this.highlight(p, section);
    let wav: ArrayBuffer;
    try {
      wav = p.next && p.next.section === section && p.next.rate === p.view.rate ? await p.next.wav : await this.api.speak(p.target, section);
    } catch (error) {
      if (this.generation !== generation) return;
      this.showError(p, error);
      return;
    }
    if (this.generation !== generation) return;
    if (p.url) URL.revokeObjectURL(p.url);
    p.url = URL.createObjectURL(new Blob([wav], { type: "audio/wav" }));
    p.audio.src = p.url;
    // The next section is made while this one plays, so there is no wait between them.
    const following = section + 1;
    p.next =
      following < p.view.sections.length
        ? { section: following, rate: p.view.rate, wav: this.api.speak(p.target, following) }
        : null;
    p.next?.wav.catch(() => undefined);
    try {
      await p.audio.play();
    } catch (error) {
      if (this.generation === generation) this.showError(p, error);
    }
  }

  private setState(p: Playing, state: "loading" | "playing" | "paused"): void {
    if (this.playing !== p) return;
    p.bar.dataset.state = state;
    const toggle = p.bar.querySelector<HTMLButtonElement>("[data-action=speech-pause]");
    if (toggle) {
      const paused = state === "paused";
      toggle.replaceChildren(icon(paused ? "play" : "pause"), el("span", {}, [paused ? p.view.resume : p.view.pause]));
    }
  }

  /** The player bar: what part is read, pause or resume, stop, and the speed. */
  private renderBar(p: Playing): void {
    const view = p.view;
    const toggle = el("button", { type: "button", "data-action": "speech-pause" }, [icon("pause"), el("span", {}, [view.pause])]);
    toggle.addEventListener("click", () => {
      if (p.audio.paused) void p.audio.play().catch(() => undefined);
      else p.audio.pause();
    });
    const stop = el("button", { type: "button", "data-action": "speech-stop" }, [icon("stop"), el("span", {}, [view.stop])]);
    stop.addEventListener("click", () => this.stop());
    const speed = el(
      "select",
      { "data-setting": "speech-rate" },
      ([["normal", view.rate_normal], ["slower", view.rate_slower]] as [SpeechRate, string][]).map(([value, label]) => {
        const option = el("option", { value }, [label]);
        option.selected = value === view.rate;
        return option;
      }),
    );
    speed.addEventListener("change", () => void this.changeRate(p, speed.value === "slower" ? "slower" : "normal"));
    p.bar.replaceChildren(
      el("p", { class: "player-progress", "aria-live": "polite", "data-role": "speech-progress" }, [view.progress[p.section] ?? ""]),
      el("div", { class: "player-buttons" }, [toggle, stop]),
      el("label", { class: "setting" }, [el("span", {}, [view.rate_label]), speed]),
      p.audio,
    );
    this.setState(p, (p.bar.dataset.state as "loading" | "playing" | "paused") ?? "loading");
  }

  /** Remembers the speed and reads the current section again at it. */
  private async changeRate(p: Playing, rate: SpeechRate): Promise<void> {
    try {
      await this.api.setSpeechRate(rate);
    } catch (error) {
      this.showError(p, error);
      return;
    }
    if (this.playing !== p) return;
    p.view = { ...p.view, rate };
    p.next = null;
    p.audio.pause();
    await this.play(p, p.section, this.generation);
  }

  /** Marks the elements of the section being read, and brings them into view. */
  private highlight(p: Playing, section: number | null): void {
    for (const old of Array.from(p.scope.querySelectorAll(".reading"))) old.classList.remove("reading");
    if (section === null) return;
    const anchors = new Set(p.view.sections[section]?.anchors ?? []);
    const found = Array.from(p.scope.querySelectorAll<HTMLElement>("[data-read]")).filter((node) => anchors.has(node.dataset.read ?? ""));
    for (const node of found) node.classList.add("reading");
    found[0]?.scrollIntoView?.({ block: "nearest" });
  }

  private showError(p: Playing, error: unknown): void {
    if (this.playing !== p) return;
    const message = isErrorView(error) ? error.message : null;
    this.stop();
    if (message) {
      const alert = el("p", { class: "note note-warning player", role: "alert", "data-role": "speech-error" }, [message]);
      alert.addEventListener("click", () => alert.remove());
      this.doc.body.append(alert);
      window.setTimeout(() => alert.remove(), 8000);
    }
  }
}
