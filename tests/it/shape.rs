//! The shape of the code, checked on the repository's files: the core's layers and no import
//! cycle, no clock and no environment in the core, shells that use only what is theirs, the
//! app's command lists in agreement, no source file over 600 lines, and a codemap that names
//! real folders. Each checker is also run on a small bad sample.

use std::collections::BTreeSet;

use crate::repo_path;
use crate::tidy::{files_under, read};

// ----- Layers -------------------------------------------------------------------------------

/// The core's layers, lowest first: a module may use only its own layer and those below.
const LAYERS: [&str; 8] = ["base", "guide", "safety", "records", "packs", "error", "views", "session"];

/// The paths a `use` tree names, from the text just after `crate::` (`{a::b, c::{d, e}}`
/// gives `a::b`, `c::d` and `c::e`).
fn use_paths(text: &str) -> Vec<String> {
    fn tree(chars: &[char], at: &mut usize, prefix: &str, out: &mut Vec<String>) {
        let mut path = prefix.to_string();
        loop {
            while *at < chars.len() && chars[*at].is_whitespace() {
                *at += 1;
            }
            if *at < chars.len() && chars[*at] == '{' {
                *at += 1;
                loop {
                    tree(chars, at, &path, out);
                    while *at < chars.len() && (chars[*at].is_whitespace() || chars[*at] == ',') {
                        *at += 1;
                    }
                    if *at >= chars.len() || chars[*at] == '}' {
                        *at += 1;
                        return;
                    }
                }
            }
            let start = *at;
            while *at < chars.len() && (chars[*at].is_alphanumeric() || chars[*at] == '_') {
                *at += 1;
            }
            let segment: String = chars[start..*at].iter().collect();
            if !segment.is_empty() {
                path = if path.is_empty() { segment } else { format!("{path}::{segment}") };
            }
            if chars[*at..].starts_with(&[':', ':']) {
                *at += 2;
            } else {
                out.push(path);
                return;
            }
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    tree(&chars, &mut 0, "", &mut out);
    out
}

/// The module a path names: the longest of `modules` it starts with (`guide::l10n::Msg` is in
/// `guide/l10n`); `crate::Result` and `crate::Error` are the crate's error.
fn module_of(path: &str, modules: &std::collections::BTreeSet<String>) -> Option<String> {
    let segments: Vec<&str> = path.split("::").collect();
    if matches!(segments.first(), Some(&"Result") | Some(&"Error")) {
        return Some("error".to_string());
    }
    (1..=segments.len()).rev().map(|n| segments[..n].join("/")).find(|m| modules.contains(m))
}

/// What is wrong with the layering of `sources` (module name such as `guide/l10n`, its text):
/// an import from a higher layer, a module in no layer, or a cycle among modules.
fn layer_problems(sources: &[(String, String)]) -> Vec<String> {
    use std::collections::{BTreeMap, BTreeSet};
    let modules: BTreeSet<String> = sources.iter().map(|(m, _)| m.clone()).collect();
    let rank = |module: &str| LAYERS.iter().position(|l| module.split('/').next() == Some(*l));
    let mut problems = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, source) in sources {
        if module == "lib" {
            continue;
        }
        let Some(own) = rank(module) else {
            problems.push(format!("{module} is in no layer"));
            continue;
        };
        let code: String = source.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for (at, m) in code.match_indices("crate::") {
            for path in use_paths(&code[at + m.len()..]) {
                let Some(target) = module_of(&path, &modules) else { continue };
                if &target == module || target == "lib" {
                    continue;
                }
                if rank(&target).is_some_and(|r| r > own) {
                    problems.push(format!("{module} imports {target}, a higher layer"));
                }
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    // A cycle: a module reached again while its own imports are being walked.
    fn walk(
        module: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        problems: &mut Vec<String>,
    ) {
        if let Some(at) = stack.iter().position(|m| m == module) {
            problems.push(format!("import cycle: {} -> {module}", stack[at..].join(" -> ")));
            return;
        }
        if !done.insert(module.to_string()) {
            return;
        }
        stack.push(module.to_string());
        for next in edges.get(module).into_iter().flatten() {
            walk(next, edges, stack, done, problems);
        }
        stack.pop();
    }
    let mut done = BTreeSet::new();
    for module in edges.keys() {
        walk(module, &edges, &mut Vec::new(), &mut done, &mut problems);
    }
    problems
}

/// The core's modules by name (`guide/l10n` for `src/guide/l10n.rs`, `guide` for
/// `src/guide/mod.rs`) with their text.
fn core_modules() -> Vec<(String, String)> {
    let src = repo_path("src");
    files_under(&src, &[".rs"])
        .into_iter()
        .map(|file| {
            let name = file.strip_prefix(&src).unwrap().with_extension("").to_string_lossy().replace('\\', "/");
            let name = name.strip_suffix("/mod").unwrap_or(&name).to_string();
            (name, read(&file))
        })
        .collect()
}

#[test]
fn each_layer_uses_only_those_below_and_no_module_imports_in_a_cycle() {
    let sample = |m: &str, s: &str| (m.to_string(), s.to_string());
    let bad = [
        sample("base/text", "use crate::guide::l10n::Catalog;"),
        sample("guide/l10n", "use crate::{base::text::Msg, guide::pack::{PackFiles, Origin}};"),
        sample("guide/pack", "fn f() -> crate::guide::l10n::Msg { todo!() }"),
        sample("attic", "use crate::base::text::Msg;"),
    ];
    let problems = layer_problems(&bad);
    assert!(problems.iter().any(|p| p == "base/text imports guide/l10n, a higher layer"), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("import cycle") && p.contains("guide/pack")), "{problems:?}");
    assert!(problems.iter().any(|p| p == "attic is in no layer"), "{problems:?}");
    let good = [sample("base/text", "//! Text."), sample("guide/l10n", "use crate::base::text::{Msg, Arg};")];
    assert!(layer_problems(&good).is_empty());
    let problems = layer_problems(&core_modules());
    assert!(problems.is_empty(), "{problems:#?}");
}

// ----- The core reads no clock and no environment -------------------------------------------

/// What reads a clock or the environment in a source: the current time (std or chrono), and
/// environment variables, the working folder or the program's own path at run time.
fn clock_or_env(source: &str) -> Vec<String> {
    let banned = [
        "SystemTime",
        "Instant::now",
        "Utc::now",
        "Local::now",
        "chrono::Local",
        "std::env::var",
        "env::var(",
        "env::var_os",
        "env::vars",
        "env::args",
        "env::current_dir",
        "env::current_exe(",
        "env::temp_dir",
        "env::home_dir",
    ];
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| banned.iter().any(|b| line.contains(b)))
        .map(|line| line.trim().to_string())
        .collect()
}

/// Paths, languages, "today" and "now" are passed in by the shells, so that the core's rules
/// are the same in a test as on a phone.
#[test]
fn the_core_reads_no_clock_and_no_environment() {
    let bad = "let now = std::time::SystemTime::now();\nlet lang = std::env::var(\"LANG\");\nlet t = chrono::Utc::now();";
    assert_eq!(clock_or_env(bad).len(), 3, "the checker finds a clock and the environment");
    assert!(clock_or_env("// std::env::var is read by the shells\nlet x = env!(\"CARGO_PKG_VERSION\");").is_empty());
    for file in files_under(&repo_path("src"), &[".rs"]) {
        let found = clock_or_env(&read(&file));
        assert!(found.is_empty(), "{} reads a clock or the environment: {found:?}", file.display());
    }
}

// ----- The shells use only what the core gives them ----------------------------------------

/// What the shells (`cli/`, `src-tauri/`, `web/`) may name of the core: the session and its
/// jobs, the view models, the error, and the few tools a shell truly needs (the words of a
/// message, reading a file a person hands over, the pack tools staff use on the command
/// line, the clock types a shell fills in). An entry ending in `::` allows what is under it.
const SHELL_API: &[&str] = &[
    "senda::APP_ID",
    "senda::Error",
    "senda::Result",
    "senda::session::",
    "senda::views::",
    "senda::base::text::Localized",
    "senda::base::text::Msg",
    "senda::base::dates::parse_date",
    "senda::base::files::write_atomic",
    "senda::base::files::create_private_dir",
    "senda::base::incoming::IncomingFile",
    "senda::guide::Guide",
    "senda::guide::l10n::Isolation",
    "senda::guide::l10n::Localizer",
    "senda::guide::pack::PackFiles",
    "senda::guide::content::Rule",
    "senda::guide::deadline::DeadlineError",
    "senda::guide::decide::Answers",
    "senda::guide::search::SearchView",
    "senda::guide::speech::ListenTarget",
    "senda::guide::speech::ReadingView",
    "senda::guide::speech::SpeechError",
    "senda::guide::speech::SpeechRate",
    "senda::guide::speech::Voices",
    "senda::packs::packfile",
    "senda::packs::installer::of_program",
    "senda::packs::sharekit::ShareKitView",
    "senda::packs::sharekit::build",
    "senda::packs::updates::Updates",
    "senda::packs::updates::UpdateError",
    "senda::packs::updates::build_pack",
    "senda::packs::updates::write_atomic",
    "senda::records::checklist::Status",
    "senda::records::profile::ProfileError",
    "senda::records::profile::SIGNING_DAY",
    "senda::records::profile::SIGNING_EVERY_DAYS",
    "senda::records::profile::parse_person_date",
    "senda::records::reminders",
    "senda::safety::attempts::BootTime",
    "senda::safety::attempts::Clock",
    "senda::safety::vault::Zeroizing",
    "senda::safety::vault::VaultError",
];

/// The core's paths a shell's source names, `use` groups expanded (`senda::a::{B, c::D}`).
fn senda_paths(source: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, m) in source.match_indices("senda::") {
        for path in use_paths(&source[at + m.len()..]) {
            out.insert(format!("senda::{path}"));
        }
    }
    out
}

fn outside_shell_api(path: &str) -> bool {
    !SHELL_API.iter().any(|allowed| {
        path == allowed.trim_end_matches("::")
            || path.starts_with(allowed) && allowed.ends_with("::")
            || path.starts_with(&format!("{allowed}::"))
    })
}

#[test]
fn the_shells_use_only_the_api_the_core_gives_them() {
    let bad = senda_paths("use senda::records::store::{Store, Setting};\nuse senda::{session::Session, views::HomeView};");
    let outside: Vec<&String> = bad.iter().filter(|p| outside_shell_api(p)).collect();
    assert_eq!(outside, ["senda::records::store::Setting", "senda::records::store::Store"], "{bad:?}");
    let mut shells = files_under(&repo_path("cli/src"), &[".rs"]);
    shells.extend(files_under(&repo_path("src-tauri/src"), &[".rs"]));
    shells.extend(files_under(&repo_path("web/src"), &[".rs"]));
    for file in shells {
        let outside: Vec<String> = senda_paths(&read(&file)).into_iter().filter(|p| outside_shell_api(p)).collect();
        assert!(outside.is_empty(), "{} names the core's internals: {outside:?}", file.display());
    }
}

// ----- The app's commands, declared three times, agree ------------------------------------

/// The quoted names inside the first `[` … `]` after `marker`.
fn quoted_after(source: &str, marker: &str) -> Vec<String> {
    let Some(at) = source.find(marker) else { return Vec::new() };
    let list = &source[at..];
    let list = &list[list.find('[').unwrap_or(0)..list.find(']').unwrap_or(list.len())];
    list.split('"').skip(1).step_by(2).map(str::to_string).collect()
}

/// The names inside `generate_handler![` … `]`, paths reduced to their last segment.
fn handler_names(source: &str) -> Vec<String> {
    let Some(at) = source.find("generate_handler![") else { return Vec::new() };
    let list = &source[at + "generate_handler![".len()..];
    let list = &list[..list.find(']').unwrap_or(list.len())];
    list.split(',').map(|n| n.trim().rsplit("::").next().unwrap_or("").to_string()).filter(|n| !n.is_empty()).collect()
}

/// The command names the interface invokes (`invoke<T>("name", …)`).
fn invoked(source: &str) -> Vec<String> {
    source
        .match_indices("invoke<")
        .filter_map(|(at, _)| {
            let rest = &source[at..];
            let open = rest.find("(\"")? + 2;
            let close = open + rest[open..].find('"')?;
            Some(rest[open..close].to_string())
        })
        .collect()
}

#[test]
fn the_command_lists_of_build_rs_the_handler_and_the_interface_agree() {
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(quoted_after("x.commands(&[\"a\", \"b\"]);", ".commands("), ["a", "b"]);
    assert_eq!(handler_names("generate_handler![a, scheduler::b,\n]"), ["a", "b"]);
    assert_eq!(invoked("invoke<X>(\"a\", { id }); invoke<void>(\"b\")"), ["a", "b"]);
    let declared = sorted(quoted_after(&read(&repo_path("src-tauri/build.rs")), ".commands("));
    let handled = sorted(handler_names(&read(&repo_path("src-tauri/src/lib.rs"))));
    let mut called = invoked(&read(&repo_path("ui/src/api.ts")));
    called.sort();
    called.dedup();
    assert!(declared.len() > 30, "the commands are found: {declared:?}");
    assert_eq!(declared, handled, "build.rs and generate_handler! differ");
    assert_eq!(declared, called, "build.rs and ui/src/api.ts differ");
}

// ----- No source file over 600 lines --------------------------------------------------------

const MAX_LINES: usize = 600;

/// The Rust sources of the workspace (the core, its tests and benchmarks, the shells) and the
/// interface's TypeScript, its tests included (not the generated `bindings.ts`).
#[test]
fn no_source_file_is_over_600_lines() {
    let long = |text: &str| text.lines().count() > MAX_LINES;
    assert!(long(&"x\n".repeat(MAX_LINES + 1)) && !long(&"x\n".repeat(MAX_LINES)), "the checker counts lines");
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches", "cli/src", "cli/tests", "src-tauri/src", "web/src"] {
        files.extend(files_under(&repo_path(dir), &[".rs"]));
    }
    let interface: Vec<_> = files_under(&repo_path("ui/src"), &[".ts"]).into_iter().filter(|f| !f.ends_with("bindings.ts")).collect();
    assert!(interface.len() > 10, "the interface's sources are found");
    files.extend(interface);
    assert!(files.len() > 50, "the sources are found");
    let too_long: Vec<String> = files
        .iter()
        .map(|f| (f, read(f).lines().count()))
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(f, n)| format!("{} ({n} lines)", f.display()))
        .collect();
    assert!(too_long.is_empty(), "over {MAX_LINES} lines: {too_long:#?}");
}

// ----- The codemap names real folders and files --------------------------------------------

/// The paths the codemap of ARCHITECTURE.md names: each bullet's code spans that look like a
/// path in the repository (`src/guide/`, `cli/src/main.rs`).
fn codemap_paths(architecture: &str) -> Vec<String> {
    let Some(start) = architecture.find("## Codemap") else { return Vec::new() };
    let section = &architecture[start..];
    let section = &section[..section[3..].find("\n## ").map(|n| n + 3).unwrap_or(section.len())];
    section
        .lines()
        .filter(|line| line.trim_start().starts_with("- `"))
        .flat_map(|line| line.split('`').skip(1).step_by(2).take_while(|_| true).collect::<Vec<_>>())
        .filter(|span| span.contains('/') && !span.contains([' ', '*', '<']))
        .map(|span| span.split(',').next().unwrap_or(span).trim().to_string())
        .collect()
}

#[test]
fn every_path_the_codemap_names_exists() {
    let sample = "## Codemap\n\n- `src/nowhere/` — gone.\n- `src/lib.rs` — here.\n\n## Invariants\n- `src/not/here.rs`";
    assert_eq!(codemap_paths(sample), ["src/nowhere/", "src/lib.rs"]);
    let text = read(&repo_path("ARCHITECTURE.md"));
    let paths = codemap_paths(&text);
    assert!(paths.len() > 30, "the codemap's paths are found: {paths:?}");
    let missing: Vec<&String> = paths.iter().filter(|p| !repo_path(p.trim_end_matches('/')).exists()).collect();
    assert!(missing.is_empty(), "the codemap names what does not exist: {missing:?}");
    // Every folder of the core is in the codemap.
    for entry in std::fs::read_dir(repo_path("src")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let name = format!("src/{}/", path.file_name().unwrap().to_string_lossy());
            assert!(paths.contains(&name), "the codemap does not name {name}");
        }
    }
}
