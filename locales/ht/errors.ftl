## Errors a person may see. Each says what happened and, where it helps, what to do.
## None of them means that data was changed: when an operation fails, nothing is changed.

# Variables:
#   $lang (String) - the language code that was asked for, as typed.
#   $available (String) - the codes of the languages Senda has, separated by commas.
error-unknown-language = { -brand-name } pa gen lang «{ $lang }». Lang ou ka chwazi: { $available }.
# Variables:
#   $topic (String) - the topic name that was asked for, as typed.
error-topic-not-found = Pa gen okenn sijè ki rele «{ $topic }».
# Variables:
#   $file (String) - the file of the guide's content that cannot be read.
error-content-unreadable = Aplikasyon an pa t kapab li yon pati nan gid la ({ $file }). Petèt fichye a domaje.
# Variables:
#   $file (String) - the file of the guide's content that names the text.
#   $id (String) - the identifier of the missing text.
error-content-missing-text = Gid la manke yon tèks: «{ $id }» (nan { $file }).
# Variables:
#   $file (String) - the file of the guide's content that is not valid.
error-content-invalid = Yon pati nan gid la pa bon ({ $file }). Petèt fichye a domaje, oswa li fèt pou yon lòt vèsyon.
# Variables:
#   $path (String) - the folder or file that could not be used.
error-data-folder = Aplikasyon an pa t kapab sèvi ak dosye done yo: { $path }. Verifye si dosye a egziste, epi si aplikasyon an ka ekri ladan l.
error-store-failed = Aplikasyon an pa t kapab li oswa anrejistre done ou yo. Anyen pa chanje. Tanpri, eseye ankò.
# Variables:
#   $found (Number) - the data version found in the file.
#   $supported (Number) - the newest data version this copy of Senda can read.
error-store-newer = Yon vèsyon { -brand-name } ki pi nouvo te anrejistre done ou yo. (Vèsyon done: { $found }. Vèsyon sa a ka li jiska { $supported } sèlman.) Tanpri, mete aplikasyon an ajou. Anyen pa chanje.
error-store-not-database = Fichye done a se pa yon baz done { -brand-name }, oswa li domaje. Anyen pa chanje.
# Variables:
#   $path (String) - the folder that holds the guide's files.
error-guide-folder = Aplikasyon an pa t kapab li dosye gid la: { $path }.

## Profiles, dates and the checklist

error-profile-name-empty = Ekri yon non oswa yon tinon.
# Variables:
#   $max (Number) - the longest name allowed, in characters.
error-profile-name-too-long = Non an twò long. Li ka gen jiska { $max } karaktè.
error-text-invalid = Tèks la gen karaktè kontwòl ki pa ka anrejistre.
error-text-empty = Ekri yon bagay anvan ou anrejistre.
# Variables:
#   $name (String) - the name as typed.
error-profile-exists = Gen yon moun ki rele «{ $name }» deja.
# Variables:
#   $name (String) - the name as typed.
error-profile-not-found = Pa gen okenn moun ki rele «{ $name }».
error-profile-choose = Gen plizyè moun ki anrejistre. Di ki moun.
error-profile-none = Poko gen okenn moun. Ajoute yon moun anvan.
# Variables:
#   $name (String) - the name as typed.
error-profile-restore-expired = Ou pa ka fè «{ $name }» tounen ankò.
# Variables:
#   $value (String) - the date as typed.
error-date-invalid = «{ $value }» se pa yon dat ki bon. Ekri l konsa: 2026-03-27.
# Variables:
#   $value (String) - the date as typed.
#   $min (String) - the earliest date allowed.
#   $max (String) - the latest date allowed.
error-date-out-of-range = Dat { $value } an pa posib isit la. Li dwe ant { $min } ak { $max }.
# Variables:
#   $day (Number) - the day as chosen, 1–31.
#   $month (Number) - the month as chosen, 1 = January … 12 = December.
#   $year (Number) - the year as chosen.
error-date-impossible = { $day } { $month ->
        [1] janvye
        [2] fevriye
        [3] mas
        [4] avril
        [5] me
        [6] jen
        [7] jiyè
        [8] out
        [9] septanm
        [10] oktòb
        [11] novanm
       *[12] desanm
    } { $year } pa egziste. Tcheke jou a ak mwa a.
# Variables:
#   $value (String) - the number as typed.
#   $max (Number) - the largest number of days allowed.
error-signing-every-invalid = «{ $value }» pa bon isit la. Ekri yon kantite jou ant 1 ak { $max }.
# Variables:
#   $kind (String) - the deadline as typed.
#   $key (String) - the name of the date it counts from.
error-deadline-date-missing = Delè «{ $kind }» la bezwen dat { $key }.
# Variables:
#   $key (String) - the date's name as typed.
#   $keys (String) - the names that exist, separated by commas.
error-date-key-unknown = Pa gen okenn dat ki rele «{ $key }». Dat ou ka itilize: { $keys }.
# Variables:
#   $value (String) - the weekday as typed.
error-weekday-invalid = «{ $value }» se pa yon jou nan semèn nan. Sèvi ak yon nimewo ant 1 (lendi) ak 7 (dimanch).
# Variables:
#   $item (String) - the item as typed.
error-checklist-item-unknown = Pa gen okenn dokiman «{ $item }» nan lis la.
# Variables:
#   $status (String) - the status as typed.
error-checklist-status-unknown = «{ $status }» se pa yon estati ki bon. Sèvi ak have, needed oswa not-applicable.
# Variables:
#   $max (Number) - the longest note allowed, in characters.
error-note-too-long = Nòt la twò long. Li ka gen jiska { $max } karaktè.
# Variables:
#   $kind (String) - the deadline's name as typed.
error-deadline-unknown = Pa gen okenn delè ki rele «{ $kind }».
