## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Sekirite ou
safety-pin-label = PIN oswa modpas
safety-unlock-button = Louvri
safety-locked-title = Done ou yo fèmen
safety-locked-hint = Tape PIN ou pou w wè done ou yo. Ou ka li gid la san PIN.
safety-set-pin-button = Mete yon PIN
safety-change-pin-button = Chanje PIN nan
safety-remove-pin-button = Retire PIN nan
safety-new-pin-label = Nouvo PIN (4 karaktè oswa plis)
safety-pin-on = Done ou yo pwoteje ak yon PIN.
safety-pin-off = Done ou yo pa gen PIN. Nenpòt moun ki gen aparèy sa a ka wè yo.
safety-lock-button = Fèmen kounye a
safety-quick-exit = Soti vit
safety-wipe-button = Efase tout done mwen
# Variables:
#   $seconds (Number) - seconds left before everything is deleted.
safety-wipe-countdown = Tout bagay ap efase nan { $seconds ->
        [one] 1 segonn
       *[other] { $seconds } segonn
    }.
safety-wipe-cancel = Pa efase
safety-wiped = Tout done ou yo efase.
safety-guest-button = Antre kòm envite
safety-guest-on = Mòd envite: anyen pa anrejistre. Lè ou soti, tout bagay efase.
safety-guest-end = Soti nan mòd envite
safety-backup-title = Kopi sekirite
safety-backup-hint = Anrejistre done ou yo nan yon fichye ak yon modpas, pou w ka pase yo nan yon lòt telefòn.

## Errors

# Variables:
#   $min (Number) - the fewest characters allowed.
error-pin-too-short = Li twò kout. Sèvi ak omwen { $min } karaktè.
# Variables:
#   $max (Number) - the most characters allowed.
error-pin-too-long = Li twò long. Pa sèvi ak plis pase { $max } karaktè.
error-pin-wrong = PIN nan pa bon. Anyen pa chanje.
# Variables:
#   $seconds (Number) - seconds to wait.
error-pin-wait = Te gen plizyè esè ak yon PIN ki pa bon. Tann { $seconds } segonn, epi eseye ankò.
error-locked = Done ou yo fèmen. Tape PIN ou pou w louvri yo.
error-pin-none = Done sa yo pa gen PIN.
error-pin-set = Done sa yo gen yon PIN deja. Ou ka chanje l oswa retire l.
error-backup-open = Aplikasyon an pa t kapab louvri kopi sekirite a: modpas la pa bon, oswa fichye a domaje. Anyen pa chanje.
