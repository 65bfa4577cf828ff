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
safety-space-new-button = Kreye espas mwen
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
error-shared-needs-pin = Sou yon aparèy pataje, chak espas bezwen yon PIN.
error-shared-wipe-after = Sou yon aparèy pataje, plizyè PIN ki pa bon pa ka fè tout bagay efase.
error-not-shared = Aparèy sa a pa pataje.
error-shared-already = Aparèy sa a deja pataje.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Ou pa ka chwazi tan sa a. Chwazi youn nan tan sa yo, an minit: { $allowed }.

## Yon PIN oswa yon fraz modpas, ak konbyen tan li reziste devan moun ki kopye fichye yo.

# Variables:
#   $digits (Number) - kantite chif yon nouvo PIN dwe genyen omwen.
#   $words (Number) - kantite mo yon nouvo fraz modpas dwe genyen omwen.
safety-new-secret-label = Nouvo PIN ({ $digits } chif oswa plis) oswa fraz modpas ({ $words } mo oswa plis)
# Variables:
#   $digits (Number) - kantite chif yon nouvo PIN dwe genyen omwen.
#   $words (Number) - kantite mo yon nouvo fraz modpas dwe genyen omwen.
safety-space-own-secret-label = PIN ou ({ $digits } chif oswa plis) oswa fraz modpas ou ({ $words } mo oswa plis)
safety-space-secret-label = Mo ou ak PIN ou
safety-space-create-hint = Se premye fwa ou sèvi ak aparèy sa a? Chwazi yon PIN oswa yon fraz modpas. Aparèy la ap ajoute yon mo ladan l. Pa di pèsonn yo.
safety-locked-space-hint = Aparèy sa a pataje. Tape mo espas ou, yon espas, epi PIN ou. Ou ka li gid la san yo.
safety-secret-hint = Yon PIN pwoteje w kont moun ki pran telefòn nan. Li pa byen pwoteje w kont moun ki kopye fichye li yo, ki gen tan ak òdinatè. Pou sa, chwazi yon fraz modpas.
# Variables:
#   $passphrase (String) - mo aparèy la tire o aza.
safety-suggestion = Men yon fraz modpas ki fèt o aza pou ou: { $passphrase }. Ekri l yon kote, epi kenbe l yon kote ki an sekirite.
# Variables:
#   $digits (Number) - konbyen chif PIN nan genyen.
#   $one (String) - konbyen tan sa pran ak yon sèl òdinatè, deja ekri.
#   $many (String) - konbyen tan sa pran ak anpil òdinatè, deja ekri.
#   $computers (Number) - konbyen òdinatè.
safety-strength-pin = Yon moun ki kopye fichye aparèy sa a ta ka eseye tout PIN ki gen { $digits } chif. Sa pran { $one } ak yon sèl òdinatè, oswa { $many } ak { $computers } òdinatè.
# Variables:
#   $words (Number) - konbyen mo fraz modpas la genyen.
#   $one (String) - konbyen tan sa pran ak yon sèl òdinatè, deja ekri.
#   $many (String) - konbyen tan sa pran ak anpil òdinatè, deja ekri.
#   $computers (Number) - konbyen òdinatè.
safety-strength-passphrase = Yon moun ki kopye fichye aparèy sa a ta dwe eseye fraz ki gen { $words } mo. Si mo yo te chwazi o aza, sa pran { $one } ak yon sèl òdinatè, oswa { $many } ak { $computers } òdinatè.
# Variables:
#   $one (String) - konbyen tan sa pran ak yon sèl òdinatè, deja ekri.
#   $many (String) - konbyen tan sa pran ak anpil òdinatè, deja ekri.
#   $computers (Number) - konbyen òdinatè.
safety-strength-space = Yon moun ki kopye fichye aparèy sa a ta dwe devine mo a ak PIN ou ansanm. Sa pran { $one } ak yon sèl òdinatè, oswa { $many } ak { $computers } òdinatè.
safety-duration-under-minute = mwens pase yon minit
safety-duration-million-years = plis pase yon milyon ane
# Variables:
#   $count (Number) - minit, awondi.
safety-duration-minutes = { $count ->
        [one] anviwon 1 minit
       *[other] anviwon { $count } minit
    }
# Variables:
#   $count (Number) - èdtan, awondi.
safety-duration-hours = { $count ->
        [one] anviwon 1 èdtan
       *[other] anviwon { $count } èdtan
    }
# Variables:
#   $count (Number) - jou, awondi.
safety-duration-days = { $count ->
        [one] anviwon 1 jou
       *[other] anviwon { $count } jou
    }
# Variables:
#   $count (Number) - ane, awondi.
safety-duration-years = { $count ->
        [one] anviwon 1 ane
       *[other] anviwon { $count } ane
    }
# Variables:
#   $word (String) - mo aparèy la ajoute nan modpas espas la.
safety-space-word = Mo espas ou se: { $word }. Pou w louvri espas ou, tape mo sa a, yon espas, epi PIN ou. Ekri mo a kounye a: aparèy la p ap montre l ankò.
# Variables:
#   $digits (Number) - kantite chif yon nouvo PIN dwe genyen omwen.
#   $words (Number) - kantite mo yon nouvo fraz modpas dwe genyen omwen.
safety-weak-secret = PIN ou a pi fasil pou devine pase sa { -brand-name } aksepte kounye a. Tanpri chanje l: sèvi ak { $digits } chif oswa plis, oswa yon fraz ki gen { $words } mo.
safety-notice-done = Mwen ekri l
safety-notice-ok = Mwen konprann
safety-busy = N ap louvri…
safety-wipe-backups-note = Kopi ou te anrejistre yon lòt kote, tankou nan Downloads oswa sou yon kle USB, pa efase. Efase yo ou menm si sa nesesè.
# Variables:
#   $path (String) - fichye kote kopi a anrejistre.
safety-backup-saved-to = Kopi a anrejistre nan { $path }. Kenbe l yon kote ki an sekirite, lwen modpas li.
safety-backup-not-saved = Okenn kopi pa anrejistre.

## Erè

# Variables:
#   $min (Number) - kantite chif yon PIN dwe genyen omwen.
#   $words (Number) - kantite mo yon fraz modpas dwe genyen omwen.
error-pin-too-few-digits = Yon PIN bezwen omwen { $min } chif. Ou ka sèvi tou ak yon fraz modpas ki gen { $words } mo oswa plis.
error-pin-common = PIN sa a twò fasil pou devine: se yon nimewo moun renmen chwazi, yon seri chif oswa yon dat. Chwazi yon lòt.
# Variables:
#   $min (Number) - kantite mo diferan yon fraz modpas dwe genyen omwen.
#   $letters (Number) - kantite lèt yon mo dwe genyen pou l konte.
#   $digits (Number) - kantite chif yon PIN dwe genyen omwen.
error-passphrase-too-few-words = Yon fraz modpas bezwen omwen { $min } mo diferan, chak mo ak { $letters } lèt oswa plis. Ou ka sèvi tou ak yon PIN ki gen { $digits } chif oswa plis.
error-guest-no-pin = Nan mòd envite, anyen pa anrejistre, kidonk pa gen PIN pou mete oswa chanje. Soti nan mòd envite a anvan.
