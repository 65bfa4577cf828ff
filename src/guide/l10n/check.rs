//! The completeness check of each locale against the reference one (`senda l10n check`):
//! what is missing, what fails to format, what is left identical to another language.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use serde::Serialize;

use crate::guide::l10n::{Catalog, Locale};

/// One locale's completeness against the reference locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LocaleReport {
    pub lang: String,
    pub review_state: String,
    /// Ids of the reference locale that this locale lacks.
    pub missing: Vec<String>,
    /// Syntax errors, duplicate ids and messages that fail to format.
    pub errors: Vec<String>,
    /// Messages whose text is the reference's or the fallback's unchanged (proper names aside).
    pub identical: Vec<String>,
}

impl LocaleReport {
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.errors.is_empty()
    }
}

impl Catalog {
    /// Completeness of every shipped locale against the reference. A message counts as
    /// identical when its text is that of the reference or the fallback locale (a shipped
    /// locale must copy neither the Spanish nor the English), unless the reference marks it as
    /// a proper name.
    pub fn check(&self) -> Vec<LocaleReport> {
        let reference_entries = entries_by_id(&self.locales[&self.reference]);
        let fallback_entries = self.locales.get(&self.fallback).map(entries_by_id);
        self.codes()
            .into_iter()
            .map(|code| {
                let locale = &self.locales[&code];
                let entries = entries_by_id(locale);
                let mut compared: Vec<&BTreeMap<String, Entry<'_>>> = Vec::new();
                if code != self.reference {
                    compared.push(&reference_entries);
                }
                if let Some(fallback) = fallback_entries.as_ref().filter(|_| code != self.fallback) {
                    compared.push(fallback);
                }
                let mut report = LocaleReport {
                    lang: code.clone(),
                    review_state: locale.meta.review_state.clone(),
                    errors: locale.problems.iter().map(|p| format!("{}: {}", p.file, p.id)).collect(),
                    ..LocaleReport::default()
                };
                for (id, reference_entry) in &reference_entries {
                    let Some(entry) = entries.get(id) else {
                        report.missing.push(id.clone());
                        continue;
                    };
                    if reference_entry.proper_name {
                        continue;
                    }
                    if compared.iter().any(|other| other.get(id).is_some_and(|o| copies(entry, o))) {
                        report.identical.push(id.clone());
                    }
                }
                report.errors.extend(format_errors(locale));
                report
            })
            .collect()
    }
}

/// Messages and terms of a locale by id (terms keep their leading `-`).
fn entries_by_id(locale: &Locale) -> BTreeMap<String, Entry<'_>> {
    let mut out = BTreeMap::new();
    for (_, resource) in &locale.resources {
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(m) => {
                    let proper_name = locale.proper_names.contains(m.id.name);
                    out.insert(
                        m.id.name.to_string(),
                        Entry { value: m.value.as_ref(), term: false, proper_name, attributes: &m.attributes },
                    );
                }
                ast::Entry::Term(t) => {
                    out.insert(
                        format!("-{}", t.id.name),
                        Entry { value: Some(&t.value), term: true, proper_name: true, attributes: &t.attributes },
                    );
                }
                _ => {}
            }
        }
    }
    out
}

struct Entry<'a> {
    value: Option<&'a ast::Pattern<&'a str>>,
    term: bool,
    proper_name: bool,
    attributes: &'a [ast::Attribute<&'a str>],
}

/// Whether a translation merely copies the reference. Terms are proper names and may stay the
/// same; so may a message with no words of its own (such as `{ -brand-name }`).
fn copies(entry: &Entry<'_>, reference: &Entry<'_>) -> bool {
    if entry.term || !has_words(entry.value) {
        return false;
    }
    entry.value == reference.value && entry.attributes == reference.attributes
}

fn has_words(pattern: Option<&ast::Pattern<&str>>) -> bool {
    pattern.is_some_and(|p| {
        p.elements.iter().any(|e| matches!(e, ast::PatternElement::TextElement { value } if value.chars().any(char::is_alphabetic)))
    })
}

/// Formats every message of a locale with placeholder arguments and reports those that fail
/// (a reference to a message or term that does not exist, for instance).
fn format_errors(locale: &Locale) -> Vec<String> {
    let mut out = Vec::new();
    for (file, resource) in &locale.resources {
        for entry in resource.entries() {
            let ast::Entry::Message(m) = entry else { continue };
            let Some(message) = locale.bundle.get_message(m.id.name) else { continue };
            let Some(pattern) = message.value() else { continue };
            let mut args = FluentArgs::new();
            for name in variables(pattern) {
                args.set(name, FluentValue::from(1));
            }
            let mut errors = Vec::new();
            locale.bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                out.push(format!("{file}: {}", m.id.name));
            }
        }
    }
    out
}

/// Names of the variables a pattern uses, so that formatting it for a check does not report
/// them as unknown.
fn variables<'a>(pattern: &ast::Pattern<&'a str>) -> BTreeSet<&'a str> {
    fn walk_inline<'a>(expr: &ast::InlineExpression<&'a str>, out: &mut BTreeSet<&'a str>) {
        match expr {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name);
            }
            ast::InlineExpression::Placeable { expression } => walk(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| walk_inline(a, out));
                arguments.named.iter().for_each(|a| walk_inline(&a.value, out));
            }
            _ => {}
        }
    }
    fn walk<'a>(expr: &ast::Expression<&'a str>, out: &mut BTreeSet<&'a str>) {
        match expr {
            ast::Expression::Inline(inline) => walk_inline(inline, out),
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for variant in variants {
                    walk_pattern(&variant.value, out);
                }
            }
        }
    }
    fn walk_pattern<'a>(pattern: &ast::Pattern<&'a str>, out: &mut BTreeSet<&'a str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                walk(expression, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk_pattern(pattern, &mut out);
    out
}
