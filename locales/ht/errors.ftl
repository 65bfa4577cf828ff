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
