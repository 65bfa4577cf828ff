## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Your safety
safety-pin-label = PIN or passphrase
safety-unlock-button = Open
safety-locked-title = Your data is locked
safety-locked-hint = Enter your PIN to see your data. The guide can be read without a PIN.
# The lock screen's button that opens the guide, which needs no PIN.
safety-read-guide-button = Read the guide
safety-set-pin-button = Set a PIN
safety-change-pin-button = Change the PIN
safety-remove-pin-button = Remove the PIN
safety-pin-on = Your data is protected by a PIN.
safety-pin-off = Your data has no PIN. Anyone who has this device can see it.
safety-lock-button = Lock now
safety-quick-exit = Quick exit
safety-wipe-button = Delete all my data
# Variables:
#   $seconds (Number) - seconds left before everything is deleted.
safety-wipe-countdown = Everything will be deleted in { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }.
safety-wipe-cancel = Do not delete
safety-wiped = All your data was deleted.
safety-guest-button = Enter as a guest
safety-guest-on = Guest mode: nothing is saved. When you leave, everything is deleted.
safety-guest-end = Leave guest mode
safety-backup-title = Backup
safety-backup-hint = Save your data in a file with a passphrase, to move it to another phone.
safety-repeat-pin-label = Repeat the PIN
safety-shared-title = Shared device
safety-shared-hint = If several people use this device, each one can have their own space, locked with their PIN. The opening screen shows no names. Your data moves into your space.
safety-shared-button = Share this device
safety-shared-on = This device is shared. Your data is in your own space, locked with your PIN.
safety-space-new-button = Create my space
safety-settings-title = Settings
safety-idle-label = Lock my data when I do not use the app for
# Variables:
#   $minutes (Number) - minutes without use.
safety-idle-minutes = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
safety-wipe-after-label = Delete everything after several wrong PINs
safety-wipe-after-never = Never
# Variables:
#   $count (Number) - wrong PINs in a row.
safety-wipe-after-count = { $count ->
        [one] After 1 wrong try
       *[other] After { $count } wrong tries
    }
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-backup-passphrase-label = Backup passphrase ({ $min } characters or more)
safety-backup-export-button = Save a backup
safety-backup-import-button = Restore the backup
safety-backup-replace-warning = Restoring a backup replaces all your data on this device with the data in the backup.
# Variables:
#   $count (Number) - profiles brought back.
safety-backup-restored = The backup was restored: { $count ->
        [one] 1 person
       *[other] { $count } people
    }.

## Errors

# Variables:
#   $min (Number) - the fewest characters allowed.
error-pin-too-short = It is too short. Use at least { $min } characters.
# Variables:
#   $max (Number) - the most characters allowed.
error-pin-too-long = It is too long. Use at most { $max } characters.
error-pin-wrong = The PIN is not right. Nothing was changed.
# Variables:
#   $seconds (Number) - seconds to wait.
error-pin-wait = There were several tries with a wrong PIN. Wait { $seconds } seconds and try again.
error-locked = Your data is locked. Enter your PIN to open it.
error-pin-none = This data has no PIN.
error-pin-set = This data already has a PIN. You can change it or remove it.
error-backup-open = The backup could not be opened: the passphrase is wrong or the file is damaged. Nothing was changed.
error-pin-mismatch = The two PINs are not the same. Nothing was changed.
error-shared-needs-pin = On a shared device, every space needs a PIN.
error-shared-wipe-after = On a shared device, wrong PINs cannot delete everything.
error-not-shared = This device is not shared.
error-shared-already = This device is already shared.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = That time cannot be chosen. Choose one of these, in minutes: { $allowed }.

## A PIN or a passphrase, and how long it resists someone who copied the files.

# Variables:
#   $digits (Number) - the fewest digits a new PIN may have.
#   $words (Number) - the fewest words a new passphrase may have.
safety-new-secret-label = New PIN ({ $digits } digits or more) or passphrase ({ $words } words or more)
# Variables:
#   $digits (Number) - the fewest digits a new PIN may have.
#   $words (Number) - the fewest words a new passphrase may have.
safety-space-own-secret-label = Your PIN ({ $digits } digits or more) or passphrase ({ $words } words or more)
safety-space-secret-label = Your word and your PIN
safety-space-create-hint = First time on this device? Choose a PIN or a passphrase. The device adds a word to it. Do not tell them to anyone.
safety-locked-space-hint = This device is shared. Type the word of your space, a space, then your PIN. The guide can be read without them.
safety-secret-hint = A PIN protects you from someone who picks up the phone. It does not protect you well from someone who copies its files and has time and computers. Against them, choose a passphrase.
# Variables:
#   $passphrase (String) - words drawn at random by the device.
safety-suggestion = A passphrase made at random for you: { $passphrase }. Write it down and keep it in a safe place.
# Variables:
#   $digits (Number) - how many digits the PIN has.
#   $one (String) - how long it takes with one computer, already written out.
#   $many (String) - how long it takes with many computers, already written out.
#   $computers (Number) - how many computers.
safety-strength-pin = Someone who copies this device's files could try every PIN of { $digits } digits. That takes { $one } with one computer, or { $many } with { $computers } computers.
# Variables:
#   $words (Number) - how many words the passphrase has.
#   $one (String) - how long it takes with one computer, already written out.
#   $many (String) - how long it takes with many computers, already written out.
#   $computers (Number) - how many computers.
safety-strength-passphrase = Someone who copies this device's files would have to try passphrases of { $words } words. If the words were chosen at random, that takes { $one } with one computer, or { $many } with { $computers } computers.
# Variables:
#   $one (String) - how long it takes with one computer, already written out.
#   $many (String) - how long it takes with many computers, already written out.
#   $computers (Number) - how many computers.
safety-strength-space = Someone who copies this device's files would have to guess the word and your PIN together. That takes { $one } with one computer, or { $many } with { $computers } computers.
safety-duration-under-minute = less than a minute
safety-duration-million-years = more than a million years
# Variables:
#   $count (Number) - minutes, rounded.
safety-duration-minutes = { $count ->
        [one] about 1 minute
       *[other] about { $count } minutes
    }
# Variables:
#   $count (Number) - hours, rounded.
safety-duration-hours = { $count ->
        [one] about 1 hour
       *[other] about { $count } hours
    }
# Variables:
#   $count (Number) - days, rounded.
safety-duration-days = { $count ->
        [one] about 1 day
       *[other] about { $count } days
    }
# Variables:
#   $count (Number) - years, rounded.
safety-duration-years = { $count ->
        [one] about 1 year
       *[other] about { $count } years
    }
# Variables:
#   $word (String) - the word the device added to the secret of the space.
safety-space-word = The word of your space is: { $word }. To open your space, type this word, a space, then your PIN. Write the word down now: it will not be shown again.
# Variables:
#   $digits (Number) - the fewest digits a new PIN may have.
#   $words (Number) - the fewest words a new passphrase may have.
safety-weak-secret = Your PIN is easier to guess than { -brand-name } now allows. Please change it: use { $digits } digits or more, or a passphrase of { $words } words.
safety-notice-done = I wrote it down
safety-notice-ok = Understood
safety-busy = Opening…
safety-wipe-backups-note = Backups you saved in another place, such as Downloads or a USB stick, are not deleted. Delete them yourself if you need to.
# Variables:
#   $path (String) - the file the backup was written to.
safety-backup-saved-to = The backup was saved in { $path }. Keep it in a safe place, apart from its passphrase.
safety-backup-not-saved = No backup was saved.

## Errors

# Variables:
#   $min (Number) - the fewest digits a PIN may have.
#   $words (Number) - the fewest words a passphrase may have.
error-pin-too-few-digits = A PIN needs at least { $min } digits. You can also use a passphrase of { $words } words or more.
error-pin-common = This PIN is too easy to guess: it is a common number, a series or a date. Choose another one.
# Variables:
#   $min (Number) - the fewest different words a passphrase may have.
#   $letters (Number) - the fewest letters a word must have to count.
#   $digits (Number) - the fewest digits a PIN may have.
error-passphrase-too-few-words = A passphrase needs at least { $min } different words, each of { $letters } letters or more. You can also use a PIN of { $digits } digits or more.
error-guest-no-pin = In guest mode nothing is saved, so there is no PIN to set or change. Leave guest mode first.
