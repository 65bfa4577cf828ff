import { tauriApi } from "./api";
import { App } from "./app";
import "./styles.css";

const root = document.getElementById("app");
if (root) {
  void new App(root, tauriApi).boot(navigator.languages ?? [navigator.language]);
}
