## The `senda` command line: help texts and labels. Command and option names stay in English.

cli-about = { -brand-name }: an offline guide to asylum in Mexico, for the terminal.
cli-opt-data-dir = Data folder (if not given: SENDA_DATA_DIR, or the system's data folder).
cli-opt-lang = Language of the texts: es, en, ht, fr or pt (if not given: the system's language, or Spanish).
cli-opt-json = Writes the result as JSON, for other programs.
cli-opt-help = Shows this help.
cli-opt-version = Shows the version.
cli-cmd-topics = Lists the guide's topics.
cli-cmd-show = Shows a topic of the guide.
cli-arg-topic = The topic's name, as listed by “senda topics”.
cli-cmd-l10n = Checks the translations.
cli-cmd-l10n-check = Counts, for each language, the texts that are missing, that have errors, or that are the same as the Spanish.
cli-opt-l10n-dir = Checks the given folder (with content/ and locales/) instead of the built-in guide.
cli-help-heading-commands = Commands
cli-help-heading-options = Options
cli-help-heading-arguments = Arguments
cli-help-usage = Usage

## Output labels

cli-topic-sources = Sources:
# Variables:
#   $date (String) - the date, already written out in this language.
cli-topic-checked = Last checked: { $date }
cli-l10n-header-lang = Language
cli-l10n-header-missing = Missing
cli-l10n-header-errors = Errors
cli-l10n-header-identical = Same
cli-l10n-complete = complete
cli-l10n-incomplete = incomplete
# Variables:
#   $count (Number) - how many shipped locales are incomplete.
cli-l10n-summary-bad = { $count ->
        [one] One language is incomplete.
       *[other] { $count } languages are incomplete.
    }
cli-l10n-summary-ok = All languages are complete.
cli-error-detail = Technical detail:

## Usage errors (exit code 2)

# Variables:
#   $arg (String) - the argument or option as typed.
cli-usage-unknown-argument = “{ $arg }” is not recognized.
# Variables:
#   $arg (String) - the missing argument or option.
cli-usage-missing-argument = A required value is missing: { $arg }.
# Variables:
#   $arg (String) - the option whose value is not valid.
cli-usage-invalid-value = The value of { $arg } is not valid.
cli-usage-unknown-command = That command does not exist.
cli-usage-generic = The command is not valid.
cli-usage-hint = To see the help: senda --help
