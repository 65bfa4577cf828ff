## Errors a person may see. Each says what happened and, where it helps, what to do.
## None of them means that data was changed: when an operation fails, nothing is changed.

# Variables:
#   $lang (String) - the language code that was asked for, as typed.
#   $available (String) - the codes of the languages Senda has, separated by commas.
error-unknown-language = { -brand-name } n'a pas la langue « { $lang } ». Langues disponibles : { $available }.
# Variables:
#   $topic (String) - the topic name that was asked for, as typed.
error-topic-not-found = Aucun thème ne s'appelle « { $topic } ».
# Variables:
#   $file (String) - the file of the guide's content that cannot be read.
error-content-unreadable = Une partie du guide n'a pas pu être lue ({ $file }). Le fichier est peut-être endommagé.
# Variables:
#   $file (String) - the file of the guide's content that names the text.
#   $id (String) - the identifier of the missing text.
error-content-missing-text = Il manque un texte dans le guide : « { $id } » (dans { $file }).
# Variables:
#   $file (String) - the file of the guide's content that is not valid.
error-content-invalid = Une partie du guide n'est pas valide ({ $file }). Le fichier est peut-être endommagé, ou il vient d'une autre version.
# Variables:
#   $path (String) - the folder or file that could not be used.
error-data-folder = Impossible d'utiliser le dossier de données : { $path }. Vérifiez qu'il existe et qu'on peut y écrire.
error-store-failed = Impossible de lire ou d'enregistrer vos données. Rien n'a été modifié. Réessayez.
# Variables:
#   $found (Number) - the data version found in the file.
#   $supported (Number) - the newest data version this copy of Senda can read.
error-store-newer = Vos données ont été enregistrées par une version plus récente de { -brand-name } (version des données : { $found } ; celle-ci lit seulement jusqu'à la version { $supported }). Mettez l'application à jour. Rien n'a été modifié.
error-store-not-database = Le fichier de données n'est pas une base de données de { -brand-name }, ou il est endommagé. Rien n'a été modifié.
# Variables:
#   $path (String) - the folder that holds the guide's files.
error-guide-folder = Impossible de lire le dossier du guide : { $path }.
