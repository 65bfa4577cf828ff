## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Your safety
safety-pin-label = PIN or passphrase
safety-unlock-button = Open
safety-locked-title = Your data is locked
safety-locked-hint = Enter your PIN to see your data. The guide can be read without a PIN.
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
