fn main() {
    // Declaring the app's commands makes Tauri generate one permission per command
    // (`allow-<name>`); capabilities/default.json grants exactly those and nothing else.
    let manifest = tauri_build::AppManifest::new().commands(&["start", "choose_language", "ui_text", "home", "topic"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build step");
}
