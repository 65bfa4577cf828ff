fn main() {
    // Declaring the app's commands makes Tauri generate one permission per command
    // (`allow-<name>`); capabilities/default.json grants exactly those and nothing else.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "start",
        "choose_language",
        "ui_text",
        "home",
        "topic",
        "profiles",
        "add_profile",
        "rename_profile",
        "remove_profile",
        "restore_profile",
        "profile",
        "set_date",
        "set_item",
        "add_own_item",
        "summary",
        "search",
        "decide",
        "advise",
        "pack_info",
        "install_pack",
        "rollback_pack",
        "safety",
        "unlock",
        "lock",
        "quick_exit",
        "set_pin",
        "change_pin",
        "remove_pin",
        "wipe",
        "guest",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build step");
}
