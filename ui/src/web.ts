// The web edition's entry: the same screens as the app (app.ts), over the core compiled to
// WebAssembly, which travels inside the page gzipped and in base64 (scripts/build-web).
import { fromBase64, gunzip, loadCore, webApi } from "./api-web";
import { App } from "./app";
import "./styles.css";

async function main(): Promise<void> {
  const root = document.getElementById("app");
  const packed = document.getElementById("senda-core")?.textContent;
  if (!root || !packed) return;
  const api = webApi(await loadCore(await gunzip(fromBase64(packed))));
  await new App(root, api, document, { safety: false, updates: false, listen: false, reminders: false, web: () => api.webText() }).boot(
    navigator.languages ?? [navigator.language],
  );
}

void main();
