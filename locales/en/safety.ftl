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
safety-new-pin-label = New PIN (4 characters or more)
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
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-shared-pin-label = PIN for your space ({ $min } characters or more)
safety-space-new-button = Create my space
safety-space-new-hint = First time on this device? Create your space with a new PIN. Do not tell it to anyone.
safety-locked-shared-hint = This device is shared. Enter your PIN to open your space. The guide can be read without a PIN.
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
#   $path (String) - the file the backup was written to.
safety-backup-saved = The backup was saved in { $path }. Take it to a safe place. Without the passphrase, nobody can open it.
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
error-pin-taken = This PIN cannot be used. Choose another one. Nothing was changed.
error-shared-needs-pin = On a shared device, every space needs a PIN.
error-shared-wipe-after = On a shared device, wrong PINs cannot delete everything.
error-not-shared = This device is not shared.
error-shared-already = This device is already shared.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = That time cannot be chosen. Choose one of these, in minutes: { $allowed }.
