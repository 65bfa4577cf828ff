## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Sekirite ou
safety-pin-label = PIN oswa modpas
safety-unlock-button = Louvri
safety-locked-title = Done ou yo fèmen
safety-locked-hint = Tape PIN ou pou w wè done ou yo. Ou ka li gid la san PIN.
# The lock screen's button that opens the guide, which needs no PIN.
safety-read-guide-button = Li gid la
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
safety-repeat-pin-label = Tape PIN nan ankò
safety-shared-title = Aparèy pataje
safety-shared-hint = Si plizyè moun sèvi ak aparèy sa a, chak moun ka gen pwòp espas pa l, ki fèmen ak PIN li. Premye ekran an pa montre okenn non. Done ou yo ap pase nan espas pa w.
safety-shared-button = Pataje aparèy sa a
safety-shared-on = Aparèy sa a pataje. Done ou yo nan pwòp espas pa w, ki fèmen ak PIN ou.
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-shared-pin-label = PIN pou espas ou ({ $min } karaktè oswa plis)
safety-space-new-button = Kreye espas mwen
safety-space-new-hint = Se premye fwa ou sèvi ak aparèy sa a? Kreye espas ou ak yon nouvo PIN. Pa di pèsonn ki PIN ou.
safety-locked-shared-hint = Aparèy sa a pataje. Tape PIN ou pou w louvri espas ou. Ou ka li gid la san PIN.
safety-settings-title = Paramèt
safety-idle-label = Fèmen done mwen yo si mwen pa sèvi ak aplikasyon an pandan
# Variables:
#   $minutes (Number) - minutes without use.
safety-idle-minutes = { $minutes ->
        [one] 1 minit
       *[other] { $minutes } minit
    }
safety-wipe-after-label = Efase tout bagay apre plizyè PIN ki pa bon
safety-wipe-after-never = Pa janm
# Variables:
#   $count (Number) - wrong PINs in a row.
safety-wipe-after-count = Apre { $count } esè ki pa bon
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-backup-passphrase-label = Modpas kopi a ({ $min } karaktè oswa plis)
safety-backup-export-button = Anrejistre yon kopi
safety-backup-import-button = Rekipere kopi a
safety-backup-replace-warning = Lè ou rekipere yon kopi, tout done ou yo ki nan aparèy sa a ap ranplase ak done ki nan kopi a.
# Variables:
#   $path (String) - the file the backup was written to.
safety-backup-saved = Kopi a anrejistre nan { $path }. Pote l yon kote ki an sekirite. San modpas la, pèsonn pa ka louvri l.
# Variables:
#   $count (Number) - profiles brought back.
safety-backup-restored = Kopi a rekipere: { $count ->
        [one] 1 moun
       *[other] { $count } moun
    }.

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
error-pin-mismatch = De PIN yo pa menm. Anyen pa chanje.
error-pin-taken = Ou pa ka sèvi ak PIN sa a. Chwazi yon lòt. Anyen pa chanje.
error-shared-needs-pin = Sou yon aparèy pataje, chak espas bezwen yon PIN.
error-shared-wipe-after = Sou yon aparèy pataje, plizyè PIN ki pa bon pa ka fè tout bagay efase.
error-not-shared = Aparèy sa a pa pataje.
error-shared-already = Aparèy sa a deja pataje.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Ou pa ka chwazi tan sa a. Chwazi youn nan tan sa yo, an minit: { $allowed }.
