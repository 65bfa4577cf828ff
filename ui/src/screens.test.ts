import { describe, expect, it, vi } from "vitest";
import { App } from "./app";
import type { ProfileView } from "./bindings";
import { renderProfile } from "./profiles";
import { renderPicker } from "./render";
import { renderSafety, renderUnlock } from "./safety";
import { languages, ui, safetyView, memoryApi, flush, profileView } from "./render.fixtures";

describe("profile screen", () => {
  const actions = () => ({
    onRename: vi.fn(),
    onRemove: vi.fn(),
    onDate: vi.fn(async (_key: string, _value: string | null) => {}),
    onItem: vi.fn(),
    onAddItem: vi.fn(),
    onSummary: vi.fn(),
    onTopic: vi.fn(),
  });
  const part = (view: HTMLElement, key: string, name: string) =>
    view.querySelector<HTMLSelectElement>(`[data-date=${key}] [data-part=${name}]`)!;
  const choose = (select: HTMLSelectElement, value: string) => {
    select.value = value;
    select.dispatchEvent(new Event("change"));
  };

  it("shows deadlines, the checklist and the recorded dates", () => {
    const view = renderProfile(profileView, ui("es"), actions());
    const card = view.querySelector("[data-deadline=comar]")!;
    expect(card.querySelector("[data-role=left]")!.textContent).toBe("left-27");
    expect([part(view, "entered", "day").value, part(view, "entered", "month").value, part(view, "entered", "year").value]).toEqual([
      "27",
      "3",
      "2026",
    ]);
    expect(part(view, "could-apply", "day").value).toBe("");
    expect(view.querySelector("[data-date=could-apply]")!.textContent).toContain("could-hint");
    expect(view.querySelector<HTMLSelectElement>("[data-date=signing-day]")!.value).toBe("3");
    expect(view.querySelector("[data-item=tvrh-id] [data-status=needed]")!.getAttribute("aria-pressed")).toBe("true");
  });

  it("shows the safe last day first and the latest possible day second", () => {
    const view = renderProfile(profileView, ui("es"), actions());
    const card = view.querySelector("[data-deadline=comar]")!;
    const text = card.textContent!;
    expect(card.querySelector("[data-role=last-day] time")!.getAttribute("datetime")).toBe("2026-05-11");
    expect(card.querySelector("[data-role=latest]")!.getAttribute("data-latest")).toBe("2026-05-14");
    expect(text.indexOf("safe-day")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("safe-day")).toBeLessThan(text.indexOf("latest-sentence"));
    expect(card.querySelector("[data-topic-link]")!.textContent).toBe("steps-title");
    const signing = view.querySelector("[data-deadline=signing]")!;
    expect(signing.querySelector("[data-role=last-day]")).toBeNull();
    expect(signing.getAttribute("data-state")).toBe("needs-date");
    expect(signing.textContent).toContain("every-wednesday");
  });

  it("enters a date in the language's order and month names, and reports a status tap", () => {
    const a = actions();
    const view = renderProfile(profileView, ui("es"), a);
    view.querySelector<HTMLButtonElement>("[data-item=tvrh-id] [data-status=have]")!.click();
    expect(a.onItem).toHaveBeenCalledWith("tvrh-id", "have", "");
    const parts = [...view.querySelectorAll("[data-date=could-apply] [data-part]")].map((p) => p.getAttribute("data-part"));
    expect(parts).toEqual(["day", "month", "year"]);
    expect([...part(view, "could-apply", "month").options].map((o) => o.textContent)[3]).toBe("month-3");
    choose(part(view, "could-apply", "day"), "5");
    choose(part(view, "could-apply", "month"), "4");
    expect(a.onDate).not.toHaveBeenCalled();
    choose(part(view, "could-apply", "year"), "2026");
    expect(a.onDate).toHaveBeenCalledWith("could-apply", "2026-04-05");
    view.querySelector<HTMLButtonElement>("[data-date=entered] [data-action=clear-date]")!.click();
    expect(a.onDate).toHaveBeenCalledWith("entered", null);
  });

  it("follows another language's order", () => {
    const ymd: ProfileView = { ...profileView, date_entry: { ...profileView.date_entry, order: ["year", "month", "day"] } };
    const view = renderProfile(ymd, ui("es"), actions());
    const labels = [...view.querySelectorAll("[data-date=entered] .date-part span")].map((s) => s.textContent);
    expect(labels).toEqual(["year-label", "month-label", "day-label"]);
  });

  it("shows the core's words beside a date it refuses", async () => {
    const a = actions();
    a.onDate.mockImplementation(async () => {
      throw { id: "error-date-impossible", message: "no-31-february", detail: null };
    });
    const view = renderProfile(profileView, ui("es"), a);
    choose(part(view, "could-apply", "day"), "31");
    choose(part(view, "could-apply", "month"), "2");
    choose(part(view, "could-apply", "year"), "2026");
    await vi.waitFor(() => expect(view.querySelector<HTMLElement>("[data-date=could-apply] [role=alert]")!.hidden).toBe(false));
    const alert = view.querySelector("[data-date=could-apply] [role=alert]")!;
    expect(alert.textContent).toBe("no-31-february");
    expect(part(view, "could-apply", "day").value).toBe("31");
  });

  it("removes only after a confirmation, and cancel brings the button back", () => {
    const a = actions();
    const view = renderProfile(profileView, ui("es"), a);
    view.querySelector<HTMLButtonElement>("[data-action=remove]")!.click();
    expect(a.onRemove).not.toHaveBeenCalled();
    expect(view.querySelector("[role=alertdialog]")!.textContent).toContain("remove-ana?");
    view.querySelector<HTMLButtonElement>("[data-action=cancel-remove]")!.click();
    expect(view.querySelector("[role=alertdialog]")).toBeNull();
    view.querySelector<HTMLButtonElement>("[data-action=remove]")!.click();
    view.querySelector<HTMLButtonElement>("[data-action=confirm-remove]")!.click();
    expect(a.onRemove).toHaveBeenCalledTimes(1);
  });
});

describe("safety", () => {
  it("locks after the idle time the person chose, not before", async () => {
    vi.useFakeTimers();
    try {
      const root = document.createElement("div");
      const api = memoryApi("es");
      api.safetyView = safetyView({ idle_minutes: 1 });
      await new App(root, api).boot([]);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(api.locks).toBe(0);
      document.dispatchEvent(new Event("pointerdown"));
      await vi.advanceTimersByTimeAsync(59_000);
      expect(api.locks).toBe(0);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(api.locks).toBe(1);
      expect(root.querySelector("[data-screen=locked]")).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("a shared device's lock screen offers a new space and names nobody", () => {
    const created: string[][] = [];
    const screen = renderUnlock(safetyView({ shared: true, locked: true }), {
      onUnlock: () => {},
      onNewSpace: (pin, repeat) => created.push([pin, repeat]),
      onGuest: () => {},
      onGuide: () => {},
    });
    const form = screen.querySelector<HTMLFormElement>("[data-form=new-space]")!;
    form.querySelector<HTMLInputElement>("[data-pin=new-space]")!.value = "271828";
    form.querySelector<HTMLInputElement>("[data-pin=new-space-new]")!.value = "271829";
    form.requestSubmit();
    expect(created).toEqual([["271828", "271829"]]);
    expect(form.querySelector<HTMLInputElement>("[data-pin=new-space]")!.value).toBe("");
    const alone = renderUnlock(safetyView({ locked: true }), { onUnlock: () => {}, onNewSpace: () => {}, onGuest: () => {}, onGuide: () => {} });
    expect(alone.querySelector("[data-form=new-space]")).toBeNull();
  });

  it("on a shared device there is no removing the PIN, no wipe after wrong PINs, no sharing again", () => {
    const actions = {
      onShare: () => {}, onIdle: () => {}, onWipeAfter: () => {}, onSaveBackup: () => {}, onRestoreBackup: () => {},
      onSetPin: () => {}, onChangePin: () => {}, onRemovePin: () => {}, onLock: () => {}, onGuest: () => {}, onWipe: () => {},
      onTopic: () => {},
    };
    const alone = renderSafety(safetyView(), actions);
    expect(alone.querySelector("[data-form=remove-pin]")).not.toBeNull();
    expect(alone.querySelector("[data-form=share]")).not.toBeNull();
    expect(alone.querySelector("[data-setting=wipe-after]")).not.toBeNull();
    const shared = renderSafety(safetyView({ shared: true, wipe_after_label: null }), actions, "saved-here");
    expect(shared.querySelector("[data-form=remove-pin]")).toBeNull();
    expect(shared.querySelector("[data-form=share]")).toBeNull();
    expect(shared.querySelector("[data-setting=wipe-after]")).toBeNull();
    expect(shared.querySelector("[data-role=safety-message]")!.textContent).toBe("saved-here");
  });

  it("shows a spinner while the PIN is checked, and what the core says once", () => {
    const tried: string[] = [];
    const screen = renderUnlock(safetyView({ locked: true }), { onUnlock: (pin) => tried.push(pin), onNewSpace: () => {}, onGuest: () => {}, onGuide: () => {} });
    const form = screen.querySelector<HTMLFormElement>("[data-form=unlock]")!;
    expect(form.querySelector("[data-busy]")).toBeNull();
    form.querySelector<HTMLInputElement>("[data-pin=unlock]")!.value = "482913";
    form.requestSubmit();
    expect(tried).toEqual(["482913"]);
    expect(form.querySelector("[data-busy]")!.textContent).toBe("w-busy");
    expect(form.querySelector<HTMLButtonElement>("button[type=submit]")!.disabled).toBe(true);

    const actions = {
      onShare: () => {}, onIdle: () => {}, onWipeAfter: () => {}, onSaveBackup: () => {}, onRestoreBackup: () => {},
      onSetPin: () => {}, onChangePin: () => {}, onRemovePin: () => {}, onLock: () => {}, onGuest: () => {}, onWipe: () => {},
      onTopic: () => {},
    };
    const safety = renderSafety(safetyView({ has_pin: false }), actions, null, ["word-kamori", "strength"]);
    const notice = safety.querySelector("[data-role=notice]")!;
    expect([...notice.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["word-kamori", "strength"]);
    notice.querySelector<HTMLButtonElement>("[data-action=notice-done]")!.click();
    expect(safety.querySelector("[data-role=notice]")).toBeNull();
    expect(safety.querySelector("[data-role=secret-hint]")!.textContent).toContain("hint-time");
    expect(safety.querySelector("[data-role=suggestion]")!.textContent).toBe("w-suggestion");
    expect(safety.querySelector("[data-role=wipe-backups-note]")!.textContent).toBe("w-wipe_backups_note");
  });

  it("reports the idle time chosen from its list", () => {
    const chosen: number[] = [];
    const screen = renderSafety(safetyView({ idle_minutes: 5 }), {
      onShare: () => {}, onIdle: (m) => chosen.push(m), onWipeAfter: () => {}, onSaveBackup: () => {}, onRestoreBackup: () => {},
      onSetPin: () => {}, onChangePin: () => {}, onRemovePin: () => {}, onLock: () => {}, onGuest: () => {}, onWipe: () => {},
      onTopic: () => {},
    });
    const select = screen.querySelector<HTMLSelectElement>("[data-setting=idle-minutes]")!;
    expect(select.value).toBe("5");
    select.value = "30";
    select.dispatchEvent(new Event("change"));
    expect(chosen).toEqual([30]);
  });
});

describe("header", () => {
  it("shows back, the screen's title, one menu and the quick exit; the menu opens and closes", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    try {
      await new App(root, memoryApi("es")).boot([]);
      root.querySelector<HTMLButtonElement>("[data-topic=mexico-steps]")!.click();
      await flush();
      const bar = root.querySelector("header")!;
      expect([...bar.querySelectorAll(".bar-row > *")].map((e) => e.getAttribute("data-action") ?? e.getAttribute("data-role"))).toEqual([
        "back",
        "bar-title",
        "menu",
        "quick-exit",
      ]);
      expect(bar.querySelector("[data-role=bar-title]")!.textContent).toBe("steps-es");
      const menu = bar.querySelector<HTMLButtonElement>("[data-action=menu]")!;
      expect(menu.getAttribute("aria-label")).toBe("menu-es");
      expect(menu.getAttribute("aria-expanded")).toBe("false");
      expect(bar.querySelector<HTMLElement>("#bar-menu")!.hidden).toBe(true);
      menu.click();
      expect(menu.getAttribute("aria-expanded")).toBe("true");
      expect(bar.querySelector<HTMLElement>("#bar-menu")!.hidden).toBe(false);
      // The first item takes the focus, so a keyboard can go on from there.
      expect(document.activeElement).toBe(bar.querySelector("[data-menu=language]"));
      expect([...bar.querySelectorAll("[data-menu]")].map((b) => b.getAttribute("data-menu"))).toEqual(["language", "profiles", "lock", "safety"]);
      menu.click();
      expect(bar.querySelector<HTMLElement>("#bar-menu")!.hidden).toBe(true);
    } finally {
      root.remove();
    }
  });

  it("moves focus to the new screen's heading and names the document after it", async () => {
    const root = document.createElement("div");
    document.body.append(root);
    try {
      await new App(root, memoryApi("es")).boot([]);
      expect(document.activeElement).toBe(root.querySelector("[data-screen=home] h1"));
      root.querySelector<HTMLButtonElement>("[data-topic=mexico-steps]")!.click();
      await flush();
      const heading = root.querySelector<HTMLElement>("[data-screen=topic] h1")!;
      expect(document.activeElement).toBe(heading);
      expect(heading.getAttribute("tabindex")).toBe("-1");
      expect(document.title).toBe("steps-es");
      root.querySelector<HTMLButtonElement>("[data-action=back]")!.click();
      await flush();
      expect(document.activeElement).toBe(root.querySelector("[data-screen=home] h1"));
    } finally {
      root.remove();
    }
  });

  it("the picker has a heading in the suggested language", () => {
    const picker = renderPicker(languages, null, () => {}, "ht");
    const heading = picker.querySelector("h1")!;
    expect(heading.textContent).toBe("Chwazi lang ou");
    expect(heading.getAttribute("lang")).toBe("ht");
    expect(picker.querySelectorAll("h1").length).toBe(1);
  });
});

describe("lock screen", () => {
  it("opens the guide without the PIN, and the menu leads back to the lock screen", async () => {
    const root = document.createElement("div");
    const api = memoryApi("es");
    api.safetyView = safetyView({ locked: true });
    await new App(root, api).boot(["ht"]);
    expect(root.querySelector("[data-screen=locked]")).not.toBeNull();
    // The quick exit is there too, named in the lock screen's language.
    expect(root.querySelector("header [data-action=quick-exit]")!.textContent).toBe("w-quick_exit");
    root.querySelector<HTMLButtonElement>("[data-action=read-guide]")!.click();
    await flush();
    await flush();
    expect(api.readingLang).toBe("es");
    expect(root.querySelector("[data-screen=home]")).not.toBeNull();
    expect(root.querySelector("[data-due-profile]")).toBeNull();
    expect([...root.querySelectorAll("[data-menu]")].map((b) => b.getAttribute("data-menu"))).toEqual(["language", "unlock"]);
    root.querySelector<HTMLButtonElement>("[data-menu=unlock]")!.click();
    await flush();
    expect(root.querySelector("[data-screen=locked]")).not.toBeNull();
  });
});

describe("reminders", () => {
  it("asks once on a profile; the settings turn them off and show what is scheduled", async () => {
    const root = document.createElement("div");
    const api = memoryApi("es");
    api.profile = async () => profileView;
    const app = new App(root, api);
    await app.boot([]);
    await app.show({ name: "profile", id: 1 });
    const ask = root.querySelector("[data-role=reminders-ask]")!;
    expect(ask.textContent).toContain("r-privacy");
    ask.querySelector<HTMLButtonElement>("[data-action=reminders-yes]")!.click();
    await flush();
    await flush();
    expect(api.remindersOn).toBe(true);
    expect(root.querySelector("[data-role=reminders-ask]")).toBeNull();

    await app.show({ name: "safety" });
    const settings = root.querySelector("[data-role=reminders]")!;
    expect(settings.getAttribute("data-on")).toBe("true");
    expect(settings.querySelector("[data-role=reminders-scheduled]")!.textContent).toBe("r-tomorrow");
    expect(settings.querySelector("[data-role=reminders-platform]")!.textContent).toBe("r-only-while-open");
    settings.querySelector<HTMLButtonElement>("[data-action=reminders-off]")!.click();
    await flush();
    await flush();
    expect(api.remindersOn).toBe(false);
    expect(root.querySelector("[data-role=reminders]")!.getAttribute("data-on")).toBe("false");
  });
});
