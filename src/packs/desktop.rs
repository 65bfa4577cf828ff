//! The desktop entry the Linux package installs: the app's line in the menu of apps, with its
//! name, description and search words in every shipped language.
//!
//! The words come from each locale's `desktop.ftl`. The entry is generated here and kept in
//! `packaging/linux/senda.desktop` for Tauri's bundler; a test fails when the two differ.

use crate::guide::l10n::Catalog;

/// The app's program, as the package installs it in `/usr/bin`; also the icon's name (Tauri's
/// bundler names the icons after the program).
pub const APP_PROGRAM: &str = "senda-app";

/// The desktop entry, in the freedesktop.org format. The keys without a language are in the
/// reference language (Spanish), as the app itself falls back to Spanish.
pub fn entry(catalog: &Catalog) -> String {
    let codes = catalog.codes();
    let reference = catalog.reference().to_string();
    let mut out = String::from("[Desktop Entry]\nType=Application\nVersion=1.4\n");
    for (key, id) in
        [("Name", "app-name"), ("GenericName", "desktop-generic-name"), ("Comment", "desktop-comment"), ("Keywords", "desktop-keywords")]
    {
        out.push_str(&format!("{key}={}\n", value(&catalog.localizer(&reference).text(id), key)));
        for code in &codes {
            out.push_str(&format!("{key}[{code}]={}\n", value(&catalog.localizer(code).text(id), key)));
        }
    }
    out.push_str(&format!(
        "Exec={APP_PROGRAM}\nIcon={APP_PROGRAM}\nTerminal=false\nCategories=Education;\nStartupNotify=true\nStartupWMClass={APP_PROGRAM}\n"
    ));
    out
}

/// One value, on one line; a keyword list always ends with `;`.
fn value(text: &str, key: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if key == "Keywords" && !one_line.ends_with(';') {
        format!("{one_line};")
    } else {
        one_line
    }
}
