// The Api of api.ts, backed by the core compiled to WebAssembly (web/, package senda-web)
// instead of Tauri. The same commands, the same view models, the same errors: each call sends
// one JSON request through the module's linear memory and reads one JSON answer back.
// Commands that need a disk or a key (PIN, backup, pack files, read aloud) do not exist in
// the web edition: the screens that use them are not shown, and calling one is a defect.
import type { Api } from "./api";
import type {
  AdviceView,
  DecideView,
  HomeView,
  PackInfoView,
  ProfileView,
  ProfilesView,
  SearchView,
  StartView,
  SummaryView,
  TopicView,
  UiText,
  WebText,
} from "./bindings";

/** The module's exports (web/src/lib.rs). */
interface CoreExports {
  memory: WebAssembly.Memory;
  senda_alloc(len: number): number;
  senda_call(ptr: number, len: number): number;
  senda_answer_len(): number;
}

/** One call into the core: a command and its arguments, answered with a view. */
export interface Core {
  call<T>(command: string, args?: Record<string, unknown>): Promise<T>;
}

/** The reader's local date, as the app's shell passes it (the core reads no clock). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Bytes from base64 text (the module travels inside the page). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Gunzips in the browser itself (DecompressionStream): nothing is fetched. */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

const SQLITE_OK = 0;
const SQLITE_UNSUPPORTED = 1;

/** The five services SQLite asks of its host (sqlite-wasm-rs): Senda's SQL uses none of the
 * time functions, and the search index lives in memory, so these stay minimal. */
function hostServices(memory: () => WebAssembly.Memory): Record<string, (...args: never[]) => number | void> {
  const fill = (ptr: number, len: number) => {
    const bytes = new Uint8Array(memory().buffer, ptr, len);
    for (let at = 0; at < len; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(len, at + 65536)));
  };
  return {
    rust_sqlite_wasm_host_sleep: () => undefined,
    rust_sqlite_wasm_host_random: (ptr: number, len: number) => {
      fill(ptr, len);
      return len;
    },
    rust_sqlite_wasm_host_fill_entropy: (ptr: number, len: number) => {
      fill(ptr, len);
      return SQLITE_OK;
    },
    rust_sqlite_wasm_host_epoch_timestamp_in_ms: (out: number) => {
      new DataView(memory().buffer).setBigInt64(out, BigInt(Date.now()), true);
      return SQLITE_OK;
    },
    rust_sqlite_wasm_host_localtime: () => SQLITE_UNSUPPORTED,
  };
}

/** Instantiates the core from its WebAssembly bytes. */
export async function loadCore(wasm: ArrayBuffer): Promise<Core> {
  let exports: CoreExports | null = null;
  const memory = () => {
    if (!exports) throw new Error("coreNotReady");
    return exports.memory;
  };
  const { instance } = await WebAssembly.instantiate(wasm, { env: hostServices(memory) });
  exports = instance.exports as unknown as CoreExports;
  const core = exports;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  return {
    async call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
      const request = encoder.encode(JSON.stringify({ command, args, today: localToday(), now: Math.floor(Date.now() / 1000) }));
      const ptr = core.senda_alloc(request.length);
      new Uint8Array(core.memory.buffer, ptr, request.length).set(request);
      const at = core.senda_call(ptr, request.length);
      const answer = JSON.parse(decoder.decode(new Uint8Array(core.memory.buffer, at, core.senda_answer_len()))) as {
        ok?: T;
        error?: unknown;
        defect?: string;
      };
      // As with Tauri: a refusal rejects with the core's ErrorView; a defect is an Error.
      if ("error" in answer) throw answer.error;
      if ("defect" in answer) throw new Error(answer.defect);
      return answer.ok as T;
    },
  };
}

function absent(): Promise<never> {
  return Promise.reject(new Error("absentFromWebEdition"));
}

/** The web edition's Api over a loaded core. */
export function webApi(core: Core): Api & { webText(): Promise<WebText> } {
  return {
    start: (systemLanguages) => core.call<StartView>("start", { systemLanguages: [...systemLanguages] }),
    chooseLanguage: (lang) => core.call<UiText>("choose_language", { lang }),
    uiText: () => core.call<UiText>("ui_text"),
    webText: () => core.call<WebText>("web_text"),
    home: () => core.call<HomeView>("home"),
    topic: (id) => core.call<TopicView>("topic", { id }),
    profiles: () => core.call<ProfilesView>("profiles"),
    addProfile: (name) => core.call<ProfileView>("add_profile", { name }),
    renameProfile: (id, name) => core.call<ProfileView>("rename_profile", { id, name }),
    removeProfile: (id) => core.call<ProfilesView>("remove_profile", { id }),
    restoreProfile: (id) => core.call<ProfilesView>("restore_profile", { id }),
    profile: (id) => core.call<ProfileView>("profile", { id }),
    setDate: (id, key, value) => core.call<ProfileView>("set_date", { id, key, value }),
    setItem: (id, item, status, note) => core.call<ProfileView>("set_item", { id, item, status, note }),
    addOwnItem: (id, text) => core.call<ProfileView>("add_own_item", { id, text }),
    summary: (id) => core.call<SummaryView>("summary", { id }),
    search: (query) => core.call<SearchView>("search", { query }),
    decide: () => core.call<DecideView>("decide"),
    advise: (answers) => core.call<AdviceView>("advise", { answers }),
    packInfo: () => core.call<PackInfoView>("pack_info"),
    // Nothing to hide: the page keeps nothing, and the quick exit blanks the screen.
    quickExit: () => Promise.resolve(),
    installPack: absent,
    rollbackPack: absent,
    shareKit: absent,
    safety: absent,
    unlock: absent,
    lock: absent,
    setPin: absent,
    changePin: absent,
    removePin: absent,
    wipe: absent,
    guest: absent,
    shareDevice: absent,
    createSpace: absent,
    setIdleMinutes: absent,
    setWipeAfter: absent,
    saveBackup: absent,
    restoreBackup: absent,
    reading: absent,
    speak: absent,
    setSpeechRate: absent,
    reminders: absent,
    setReminders: absent,
    readWhileLocked: absent,
  };
}
