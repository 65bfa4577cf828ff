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

## Profiles, dates, deadlines and the checklist

cli-cmd-profile = Manages the people in your family (profiles).
cli-cmd-profile-add = Adds a person.
cli-cmd-profile-list = Lists the people.
cli-cmd-profile-rename = Changes a person's name.
cli-cmd-profile-remove = Removes a person and their data (can be undone for 24 hours).
cli-cmd-profile-restore = Brings back a person removed less than 24 hours ago.
cli-arg-name = Name or nickname.
cli-arg-new-name = The new name.
cli-opt-profile = The person (not needed when there is only one).
cli-opt-yes = Does not ask before removing (for scripts).
cli-cmd-dates = Shows a person's saved dates.
cli-cmd-dates-set = Saves a date (YYYY-MM-DD), the weekday you sign on (1 = Monday … 7 = Sunday) or every how many days you sign.
cli-cmd-dates-clear = Clears a saved date.
cli-arg-date-key = Which date: entered, could-apply, filed, extended, notified, tvrh-issued, us-arrival or signing-next; or signing-day, signing-every-days.
cli-arg-date-value = The date (YYYY-MM-DD); a day number for signing-day; a number of days for signing-every-days.
cli-cmd-deadline = Works out a deadline from a date, without saving anything.
cli-arg-deadline-kind = Which deadline: comar, appeal, nulidad, amparo, decision, decision-extended, tvrh or us-one-year.
cli-opt-today = Uses this date as “today” (YYYY-MM-DD).
cli-opt-statutory-only = Counts only the laws' rest days, without announced closures.
cli-cmd-deadlines = Shows a person's deadlines.
cli-cmd-checklist = Shows a person's document list.
cli-cmd-checklist-set = Marks a document: have, needed or not-applicable.
cli-cmd-checklist-add = Adds your own document to the list.
cli-arg-item = The document, as listed by “senda checklist”.
cli-arg-status = have, needed or not-applicable.
cli-opt-note = A note for the document.
cli-arg-item-text = The document's text.
cli-cmd-summary = Writes a summary to print (HTML) of the documents and deadlines.
cli-opt-out = The file to write.
cli-profile-added = Person added.
cli-profile-renamed = Name changed.
cli-profile-restored = Person brought back.
cli-saved = Saved.
cli-cancelled = Nothing was changed.
# Shown after the question; the person types one of the words of cli-confirm-yes.
cli-confirm-hint = Type “yes” to confirm:
# Words that confirm, separated by commas, lowercase.
cli-confirm-yes = yes, y
cli-no-dates = No dates saved.
# Variables:
#   $file (String) - the file written.
cli-summary-written = Summary written to { $file }.

## Search and the decision helper

cli-cmd-search = Searches the guide in your language (and in Spanish if nothing is found).
cli-arg-query = The words you are looking for.
cli-cmd-decide = Asks the helper's 6 questions and shows the advice.
cli-opt-answer = Answers a question without being asked: QUESTION=ANSWER (for example us-entry=no).
cli-decide-choose = Type the number of your answer:
cli-decide-invalid = That number is not on the list. Try again.

## Guide packs, for staff

cli-cmd-pack = Builds, signs, checks, installs and shares guide updates.
cli-cmd-pack-keygen = Creates a signing key pair (NAME.key and NAME.pub).
cli-cmd-pack-build = Builds an update from the content/ and locales/ folders.
cli-cmd-pack-sign = Signs an update with a secret key.
cli-cmd-pack-verify = Checks an update without installing it.
cli-cmd-pack-trust = Accepts a public key for the updates it signs.
cli-cmd-pack-install = Installs an update after checking it.
cli-cmd-pack-info = Shows which version of the guide is in use.
cli-cmd-pack-export = Saves the installed update to a file, to pass it to another device.
cli-cmd-pack-rollback = Goes back to the previous version of the guide.
cli-arg-pack-file = The update's file.
cli-opt-pack-out = The file to write.
cli-opt-pack-version = The version number (higher than the installed version's).
cli-opt-pack-key = The secret key file (NAME.key).
cli-arg-pack-public-key = The public key file (NAME.pub).
cli-opt-pack-dir = The folder that holds content/ and locales/ (if not given: the current folder).
cli-pack-keys-written = Keys written. Keep the .key file somewhere safe and never share it.
cli-pack-signed = Update signed.
cli-pack-built = Update built. Sign it before you share it.
cli-pack-valid = The update is valid.
# Variables:
#   $key (String) - the key's fingerprint.
cli-pack-trust-confirm = Accept the key { $key }? Check with the person who made it that it is the same.
cli-pack-trusted = Key accepted.
cli-pack-exported = Update saved.
# Variables:
#   $version (Number) - the version now in use.
cli-pack-rolled-back = Guide version { $version } is now in use.

## PIN, lock, wipe and backup

cli-opt-pin-stdin = Reads the PIN (and, when needed, the new PIN) from standard input, one line each.
cli-cmd-pin = Sets, changes or removes the PIN that encrypts your data.
cli-cmd-pin-set = Sets a PIN: your data is encrypted.
cli-cmd-pin-change = Changes the PIN.
cli-cmd-pin-remove = Removes the PIN: your data is no longer encrypted.
cli-cmd-lock = Locks your data (every command locks it when it ends).
cli-cmd-wipe = Deletes all your personal data. Asks first.
cli-cmd-backup = Saves or restores an encrypted backup.
cli-cmd-backup-export = Saves all your data in a file protected by a passphrase.
cli-cmd-backup-import = Restores your data from a backup file.
cli-arg-backup-file = The backup file.
cli-opt-passphrase-stdin = Reads the passphrase from standard input.
cli-pin-prompt = Your PIN:
cli-pin-new-prompt = New PIN:
cli-passphrase-prompt = Backup passphrase:
cli-locked = Your data is locked. Each command opens it only while it works.
cli-wipe-confirm = Delete all your personal data? It cannot be brought back.
cli-wiped = All your personal data was deleted.
cli-backup-written = Backup saved.
cli-backup-replace-confirm = This replaces all the data on this device with the backup's. Go on?
cli-backup-restored = Data restored from the backup.
cli-cmd-pin-wipe-after = Deletes everything after N tries with a wrong PIN (0: never).
cli-arg-wipe-after = How many wrong tries (0 to turn it off).
cli-cmd-share = Makes this device shared: each person has a space, locked with their PIN. Your data moves into your space.
cli-cmd-space = The spaces of a shared device.
cli-cmd-space-new = Creates a new space with a new PIN.
cli-space-pin-prompt = PIN for your space:
cli-pin-repeat-prompt = Repeat the PIN:
cli-shared = This device is now shared. Your data is in your space.
cli-space-created = Your space was created.

## `senda share-kit`: the copy to pass on

cli-cmd-share-kit = Writes a folder to pass { -brand-name } to another computer. It holds the installer, the newest guide, its keys and a README.
cli-opt-share-kit-out = The folder to write (new or empty).
cli-share-kit-files = Files and their check codes (SHA-256):
