import { beforeEach, describe, expect, it, vi } from "vitest";

// The IPC layer itself is replaced: these tests look at what the interface would send.
const calls: { cmd: string; args: unknown; options: unknown }[] = [];
let refuseSize = false;
vi.mock("@tauri-apps/api/core", () => ({
  invoke: async (cmd: string, args?: unknown, options?: unknown) => {
    calls.push({ cmd, args, options });
    if (cmd === "check_file_size" && refuseSize) throw { id: "error-file-too-large", message: "too large" };
    return null;
  },
}));

const { tauriApi } = await import("./api");

/** A picked file that records whether anything read its contents. */
function pickedFile(bytes: number[], declaredSize?: number): { file: Blob; reads: () => number } {
  let reads = 0;
  const file = {
    size: declaredSize ?? bytes.length,
    arrayBuffer: async () => {
      reads += 1;
      return new Uint8Array(bytes).buffer;
    },
  } as unknown as Blob;
  return { file, reads: () => reads };
}

describe("files the person picks", () => {
  beforeEach(() => {
    calls.length = 0;
    refuseSize = false;
  });

  // Regression: a pack's bytes went to the core as a JSON array of numbers (about 30 times
  // the file's size in memory), and before any size check.
  it("sends a pack as raw bytes after the core accepts its size", async () => {
    const { file, reads } = pickedFile([0x50, 0x4b, 3, 4]);
    await tauriApi.installPack(file);
    expect(calls.map((c) => c.cmd)).toEqual(["check_file_size", "install_pack"]);
    expect(calls[0].args).toEqual({ kind: "pack", size: 4 });
    expect(calls[1].args).toBeInstanceOf(Uint8Array);
    expect(Array.from(calls[1].args as Uint8Array)).toEqual([0x50, 0x4b, 3, 4]);
    expect(reads()).toBe(1);
  });

  it("never reads a file whose size the core refuses", async () => {
    refuseSize = true;
    const { file, reads } = pickedFile([1, 2, 3], 64 * 1024 * 1024 * 1024);
    await expect(tauriApi.installPack(file)).rejects.toMatchObject({ id: "error-file-too-large" });
    await expect(tauriApi.restoreBackup(file, "clave secreta")).rejects.toMatchObject({ id: "error-file-too-large" });
    expect(reads()).toBe(0);
    expect(calls.map((c) => c.cmd)).toEqual(["check_file_size", "check_file_size"]);
    expect(calls[1].args).toEqual({ kind: "backup", size: 64 * 1024 * 1024 * 1024 });
  });

  it("sends a backup as raw bytes, its passphrase in a header that any letters survive", async () => {
    const { file } = pickedFile([9, 8, 7]);
    await tauriApi.restoreBackup(file, "contraseña ñandú");
    const sent = calls[1];
    expect(sent.cmd).toBe("restore_backup");
    expect(sent.args).toBeInstanceOf(Uint8Array);
    const headers = (sent.options as { headers: Record<string, string> }).headers;
    expect(decodeURIComponent(headers["senda-passphrase"])).toBe("contraseña ñandú");
    expect(() => new Headers(headers)).not.toThrow();
  });
});
