//! The architecture's invariants, checked on the repository's files. Each checker is also run
//! on a small bad sample, so that a checker that can no longer fail is itself a failure.

use std::path::{Path, PathBuf};

use crate::{repo, repo_path};

pub(crate) fn files_under(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                if !matches!(name.as_str(), "node_modules" | "dist" | "target" | "gen") {
                    stack.push(path);
                }
            } else if extensions.iter().any(|ext| name.ends_with(ext)) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ----- The core never depends on Tauri -------------------------------------------------------

/// Names of dependencies (of any kind) in a Cargo manifest that mention Tauri.
fn tauri_dependencies(manifest: &str) -> Vec<String> {
    let doc: toml::Table = manifest.parse().expect("Cargo.toml parses");
    let mut found = Vec::new();
    let mut tables: Vec<&toml::Table> = vec![&doc];
    if let Some(targets) = doc.get("target").and_then(|t| t.as_table()) {
        tables.extend(targets.values().filter_map(|t| t.as_table()));
    }
    for table in tables {
        for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
            if let Some(deps) = table.get(section).and_then(|d| d.as_table()) {
                found.extend(deps.keys().filter(|k| k.contains("tauri")).cloned());
            }
        }
    }
    found
}

#[test]
fn the_core_does_not_depend_on_tauri() {
    assert!(tauri_dependencies("[dependencies]\ntauri = \"2\"\n") == ["tauri"], "the checker finds tauri");
    let manifest = read(&repo_path("Cargo.toml"));
    assert_eq!(tauri_dependencies(&manifest), Vec::<String>::new(), "the core's Cargo.toml names tauri");
    for file in files_under(&repo_path("src"), &[".rs"]) {
        assert!(!read(&file).contains("tauri::"), "{} uses tauri", file.display());
    }
}

// ----- Shells hold no SQL --------------------------------------------------------------------

fn sql_lines(source: &str) -> Vec<String> {
    let keywords = ["SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "CREATE TABLE", "PRAGMA ", "rusqlite"];
    source.lines().filter(|line| keywords.iter().any(|k| line.contains(k))).map(|line| line.trim().to_string()).collect()
}

/// SQL lives in two modules: `store` (the person's data) and `search` (the guide's own index,
/// in memory). Everything else, shells included, calls them.
#[test]
fn sql_only_in_store_and_search() {
    assert_eq!(sql_lines("let q = \"SELECT * FROM profile\";").len(), 1, "the checker finds SQL");
    let mut shells = files_under(&repo_path("src-tauri/src"), &[".rs"]);
    shells.extend(files_under(&repo_path("cli/src"), &[".rs"]));
    shells.extend(files_under(&repo_path("web/src"), &[".rs"]));
    for file in files_under(&repo_path("src"), &[".rs"]) {
        if !file.ends_with("store.rs") && !file.ends_with("search.rs") {
            shells.push(file);
        }
    }
    for file in shells {
        let found = sql_lines(&read(&file));
        assert!(found.is_empty(), "{} holds SQL: {found:?}", file.display());
    }
    for manifest in ["src-tauri/Cargo.toml", "cli/Cargo.toml", "web/Cargo.toml"] {
        assert!(!read(&repo_path(manifest)).contains("rusqlite"), "{manifest} depends on rusqlite");
    }
}

/// Names of the crate's top-level modules (its layers) that a source file imports (`crate::name`).
fn crate_imports(source: &str) -> std::collections::BTreeSet<String> {
    source
        .match_indices("crate::")
        .map(|(at, m)| source[at + m.len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
        .collect()
}

/// The guide (its structure, words, search, decision helper and deadline rules) never depends
/// on personal storage or on what keeps it safe: the web edition builds it without them.
#[test]
fn the_guide_does_not_depend_on_personal_storage() {
    let bad = crate_imports("use crate::store::Store;\nuse crate::l10n::Msg;");
    assert!(bad.contains("store") && bad.contains("l10n"), "the checker finds imports: {bad:?}");
    let personal = ["records", "session", "safety", "packs", "views"];
    let mut guide_side = files_under(&repo_path("src/guide"), &[".rs"]);
    guide_side.extend(files_under(&repo_path("src/base"), &[".rs"]));
    assert!(guide_side.len() > 10, "the guide's modules are found");
    for file in guide_side {
        let imports = crate_imports(&read(&file));
        let found: Vec<&&str> = personal.iter().filter(|p| imports.contains(**p)).collect();
        assert!(found.is_empty(), "{} imports {found:?}", file.display());
    }
}

// ----- The UI holds no text of its own -------------------------------------------------------

/// String literals of a TypeScript source (single, double and backtick quotes), without
/// comments. Good enough for the project's own code, which the checker's samples cover.
fn string_literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = source.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '"' || c == '\'' || c == '`' {
            let mut literal = String::new();
            i += 1;
            while i < chars.len() && chars[i] != c {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(ch) = chars.get(i) {
                    literal.push(*ch);
                }
                i += 1;
            }
            out.push(literal);
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// SVG path data is letters and numbers but never words.
fn is_svg_path(literal: &str) -> bool {
    literal.chars().any(|c| c.is_ascii_digit()) && literal.chars().all(|c| "MmLlHhVvCcSsQqTtAaZz0123456789 .,-".contains(c))
}

/// A camelCase name such as `viewBox`: an identifier for the machine, not a word for a person.
fn is_identifier(literal: &str) -> bool {
    literal.starts_with(|c: char| c.is_ascii_lowercase()) && literal.chars().all(|c| c.is_ascii_alphanumeric())
}

/// A literal that a person could read: any capital or non-ASCII letter, or two words of
/// plain letters (class lists use hyphenated or single tokens, which are allowed).
fn looks_like_words(literal: &str) -> bool {
    if is_svg_path(literal) || literal.starts_with("http://www.w3.org/") || is_identifier(literal) {
        return false;
    }
    let without_placeholders = {
        let mut s = String::new();
        let mut depth = 0;
        for c in literal.chars() {
            match c {
                '$' => {}
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => s.push(c),
                _ => {}
            }
        }
        s
    };
    let text = without_placeholders.as_str();
    if text.chars().any(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_ascii())) {
        return true;
    }
    let plain_words = text.split_whitespace().filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase())).count();
    plain_words >= 2
}

/// Lines that put a literal where a person reads it: text content, labels, or a string child
/// handed to the `el` builder.
fn literal_text_sinks(source: &str) -> Vec<String> {
    let sinks = [
        ".textContent =",
        ".innerText =",
        ".innerHTML =",
        ".title =",
        ".placeholder =",
        ".alt =",
        "setAttribute(\"aria-label\", \"",
        "setAttribute(\"title\", \"",
        "setAttribute(\"alt\", \"",
        "\"aria-label\": \"",
        "\"title\": \"",
    ];
    source
        .lines()
        .filter(|line| {
            let flat = line.replace(['\'', '`'], "\"");
            sinks.iter().any(|s| {
                flat.find(s).is_some_and(|at| {
                    let rest = flat[at + s.len()..].trim_start();
                    // An empty literal (clearing a title) shows nothing.
                    (s.ends_with('"') && !rest.starts_with('"')) || (rest.starts_with('"') && !rest.starts_with("\"\""))
                })
            }) || flat.contains("[\"")
                && flat.contains("el(")
                && flat.split("[\"").nth(1).is_some_and(|after| after.split('"').next().is_some_and(|w| !w.is_empty()))
        })
        .map(|line| line.trim().to_string())
        .collect()
}

/// Class names the stylesheet defines: a literal made only of these is a class list.
fn css_classes(css: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for (i, _) in css.match_indices('.') {
        let name: String = css[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        if name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            out.insert(name);
        }
    }
    out
}

fn ui_text_problems(source: &str) -> Vec<String> {
    let classes = css_classes(&read(&repo_path("ui/src/styles.css")));
    let is_class_list = |l: &str| !l.trim().is_empty() && l.split_whitespace().all(|w| classes.contains(w));
    let mut problems: Vec<String> = string_literals(source).into_iter().filter(|l| looks_like_words(l) && !is_class_list(l)).collect();
    problems.extend(literal_text_sinks(source));
    problems
}

#[test]
fn the_checker_catches_hard_coded_text() {
    for bad in [
        r#"el("span", {}, ["Volver"]);"#,
        r#"el("span", {}, ["back"]);"#,
        r#"button.textContent = "back";"#,
        r#"button.textContent = 'ok';"#,
        r#"node.setAttribute("aria-label", "close");"#,
        r#"const a = { "aria-label": "menu" };"#,
        r#"const msg = `choose your language`;"#,
        r#"const msg = "Kreyòl";"#,
        r#"const msg = "idioma";  const b = "élégant";"#,
        r#"const msg = "note today";"#,
    ] {
        assert!(!ui_text_problems(bad).is_empty(), "not caught: {bad}");
    }
    for good in [
        r#"el("button", { type: "button", class: "bar-button bar-language", "data-action": "back" }, [icon("back")]);"#,
        r#"el("p", { class: `note note-${block.tone}` }, [block.text]);"#,
        r#"const d = "M4 18h4v-4h4v-4h4V6h4M4 18v2M20 6V4";"#,
        r#"// A comment with Words In It is fine."#,
        r#"svg.setAttribute("viewBox", "0 0 24 24");"#,
        r#"el("p", { class: "note note-warning missing" });"#,
        r#"this.doc.title = "";"#,
    ] {
        assert!(ui_text_problems(good).is_empty(), "false alarm on {good}: {:?}", ui_text_problems(good));
    }
}

#[test]
fn the_ui_holds_no_hard_coded_text() {
    let sources: Vec<PathBuf> = files_under(&repo_path("ui/src"), &[".ts"])
        .into_iter()
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            // Tests and their fixtures hold test data, not text a person reads.
            !name.ends_with(".test.ts") && !name.ends_with(".fixtures.ts") && name != "bindings.ts"
        })
        .collect();
    assert!(sources.len() >= 4, "the UI sources are where this test expects them");
    for file in sources {
        let problems = ui_text_problems(&read(&file));
        assert!(problems.is_empty(), "{} holds text a person reads: {problems:?}", file.display());
    }
    // The pages themselves (the app's and the web edition's) carry no words: their titles and
    // everything else come from the core.
    for page in ["ui/index.html", "ui/web.html"] {
        let html = read(&repo_path(page));
        let text_between_tags: String =
            html.split('>').filter_map(|chunk| chunk.split('<').next()).filter(|t| !t.trim().is_empty()).collect();
        assert_eq!(text_between_tags, "", "{page} holds text");
    }
}

// ----- No network ----------------------------------------------------------------------------

/// Remote addresses in a text: anything with a scheme, except XML namespaces (identifiers,
/// never fetched) and the loopback names Tauri uses for its own IPC.
fn remote_urls(text: &str) -> Vec<String> {
    let allowed = ["http://www.w3.org/2000/svg", "http://ipc.localhost", "https://ipc.localhost", "http://tauri.localhost"];
    let mut found = Vec::new();
    for scheme in ["http://", "https://", "ws://", "wss://", "ftp://"] {
        for (at, _) in text.match_indices(scheme) {
            let url: String = text[at..].chars().take_while(|c| !c.is_whitespace() && !"\"'`;),".contains(*c)).collect();
            if !allowed.iter().any(|a| url == *a || url.starts_with(&format!("{a}/"))) {
                found.push(url);
            }
        }
    }
    found
}

#[test]
fn no_remote_url_anywhere_in_the_app() {
    assert_eq!(remote_urls("fetch('https://example.org/x')"), ["https://example.org/x"]);
    assert!(remote_urls("connect-src ipc: http://ipc.localhost; img-src 'self'").is_empty());
    let mut files = files_under(&repo_path("ui/src"), &[".ts", ".css"]);
    files.push(repo_path("ui/index.html"));
    files.push(repo_path("ui/web.html"));
    files.push(repo_path("scripts/lib/assemble_web.py"));
    files.extend(files_under(&repo_path("src-tauri"), &[".rs", ".json"]));
    files.extend(files_under(&repo_path("web/src"), &[".rs"]));
    files.extend(files_under(&repo_path("src"), &[".rs"]));
    files.extend(files_under(&repo_path("content"), &[".toml"]));
    files.extend(files_under(&repo_path("locales"), &[".ftl"]));
    for file in files {
        let urls = remote_urls(&read(&file));
        assert!(urls.is_empty(), "{} names remote addresses: {urls:?}", file.display());
    }
}

#[test]
fn the_content_security_policy_allows_only_own_assets() {
    let conf: serde_json::Value = serde_json::from_str(&read(&repo_path("src-tauri/tauri.conf.json"))).unwrap();
    let csp = conf["app"]["security"]["csp"].as_str().expect("a CSP is set");
    for required in ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"] {
        assert!(csp.contains(required), "the CSP lacks {required:?}: {csp}");
    }
    for forbidden in ["unsafe-inline", "unsafe-eval", "*", "https:", "http: "] {
        assert!(!csp.contains(forbidden), "the CSP allows {forbidden:?}: {csp}");
    }
    assert!(conf["build"].get("devUrl").is_none(), "no dev server URL is configured");
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}

#[test]
fn capabilities_grant_only_the_apps_own_commands() {
    let build_rs = read(&repo_path("src-tauri/build.rs"));
    for file in files_under(&repo_path("src-tauri/capabilities"), &[".json"]) {
        let cap: serde_json::Value = serde_json::from_str(&read(&file)).unwrap();
        let permissions = cap["permissions"].as_array().expect("a permission list");
        assert!(!permissions.is_empty());
        for permission in permissions {
            let name = permission.as_str().unwrap_or_else(|| panic!("{}: permission objects are not used", file.display()));
            let command = name.strip_prefix("allow-").unwrap_or_else(|| panic!("{}: {name} is not an app command", file.display()));
            assert!(build_rs.contains(&format!("\"{}\"", command.replace('-', "_"))), "{name} is not one of the app's commands");
        }
    }
}

#[test]
fn no_telemetry_or_network_crate_is_a_direct_dependency() {
    for manifest in ["Cargo.toml", "cli/Cargo.toml", "src-tauri/Cargo.toml", "web/Cargo.toml"] {
        let text = read(&repo_path(manifest));
        for name in ["reqwest", "ureq", "hyper", "sentry", "opentelemetry", "tauri-plugin-http", "tauri-plugin-updater"] {
            assert!(!text.contains(name), "{manifest} depends on {name}");
        }
    }
    let package: serde_json::Value = serde_json::from_str(&read(&repo_path("ui/package.json"))).unwrap();
    let deps = package["dependencies"].as_object().unwrap();
    assert_eq!(deps.keys().collect::<Vec<_>>(), ["@tauri-apps/api"], "the UI ships only Tauri's API");
}

/// Dates use chrono throughout (`NaiveDate` in the core, `chrono::Local` for "today" in the
/// shells): the `time` crate's local offset can fail in multi-threaded processes on Unix and
/// fall back to UTC, which would make a last day read as passed hours early.
#[test]
fn no_senda_crate_depends_on_the_time_crate() {
    let depends_on_time = |manifest: &str| -> Vec<String> {
        manifest
            .lines()
            .map(str::trim)
            .filter(|line| !line.starts_with('#'))
            .filter(|line| line.split(['=', ' ', '.']).next() == Some("time"))
            .map(String::from)
            .collect()
    };
    assert_eq!(depends_on_time("[dependencies]\ntime = { version = \"0.3\" }\n"), ["time = { version = \"0.3\" }"]);
    assert!(depends_on_time("# time is read by the shells\ntimeout = 1\n").is_empty());
    for manifest in ["Cargo.toml", "cli/Cargo.toml", "src-tauri/Cargo.toml", "web/Cargo.toml"] {
        let found = depends_on_time(&read(&repo_path(manifest)));
        assert!(found.is_empty(), "{manifest} depends on the time crate: {found:?}");
        assert!(read(&repo_path(manifest)).contains("chrono"), "{manifest} uses chrono for dates");
    }
}

#[test]
fn every_module_says_what_it_owns() {
    for file in files_under(&repo_path("src"), &[".rs"]) {
        let text = read(&file);
        assert!(text.starts_with("//!"), "{} does not open with a //! line", file.display());
    }
    assert!(repo().join("ARCHITECTURE.md").exists());
}
