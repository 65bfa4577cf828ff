import { describe, expect, it, vi } from "vitest";
import type { PackInfoView, ShareKitView } from "./bindings";
import { renderUpdates } from "./updates";

function info(): PackInfoView {
  return {
    version: 2,
    origin: "installed",
    built: "2026-11-20",
    checked: "2026-11-20",
    signer: "KEY",
    title: "t",
    version_label: "v",
    origin_label: "o",
    built_label: "b",
    checked_label: "c",
    signer_label: "s",
    fell_back: null,
    stale: null,
    import_label: "i",
    rollback: "r",
    installed_label: "ok",
    share_kit_label: "w-share",
    share_kit_hint: "w-hint",
  };
}

const actions = () => ({ onFile: vi.fn(), onRollback: vi.fn(), onShareKit: vi.fn() });

describe("updates screen", () => {
  it("offers the copy to pass on, with the core's words, and reports a tap", () => {
    const a = actions();
    const main = renderUpdates(info(), a, null);
    const section = main.querySelector("[data-role=share-kit]");
    expect(section?.textContent).toContain("w-hint");
    const button = main.querySelector<HTMLButtonElement>("[data-action=share-kit]");
    expect(button?.textContent).toBe("w-share");
    button?.click();
    expect(a.onShareKit).toHaveBeenCalledOnce();
    expect(main.querySelector("[data-role=share-kit-done]")).toBeNull();
  });

  it("says where the copy went and what it lacks", () => {
    const kit: ShareKitView = {
      path: "/home/a/senda-kit-2026-11-30",
      message: "w-written /home/a/senda-kit-2026-11-30",
      notes: ["w-no-installer"],
      files: [{ name: "SHA256SUMS", sha256: "00" }],
      has_installer: false,
      pack_version: null,
    };
    const main = renderUpdates(info(), actions(), null, kit);
    expect(main.querySelector("[data-role=share-kit-done]")?.textContent).toBe(kit.message);
    expect([...main.querySelectorAll("[data-role=share-kit-note]")].map((n) => n.textContent)).toEqual(["w-no-installer"]);
  });
});
