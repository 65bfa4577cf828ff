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

## Profiles, dates and the checklist

error-profile-name-empty = Écrivez un nom ou un surnom.
# Variables:
#   $max (Number) - the longest name allowed, in characters.
error-profile-name-too-long = Le nom est trop long. Il peut avoir jusqu'à { $max } caractères.
error-text-invalid = Le texte contient des caractères de contrôle qui ne peuvent pas être enregistrés.
error-text-empty = Écrivez quelque chose avant d'enregistrer.
# Variables:
#   $name (String) - the name as typed.
error-profile-exists = Il y a déjà une personne qui s'appelle « { $name } ».
# Variables:
#   $name (String) - the name as typed.
error-profile-not-found = Aucune personne ne s'appelle « { $name } ».
error-profile-choose = Plusieurs personnes sont enregistrées. Indiquez laquelle.
error-profile-none = Il n'y a encore aucune personne. Ajoutez-en une d'abord.
# Variables:
#   $name (String) - the name as typed.
error-profile-restore-expired = Il n'est plus possible de récupérer « { $name } ».
# Variables:
#   $value (String) - the date as typed.
error-date-invalid = « { $value } » n'est pas une date valide. Écrivez-la comme ceci : 2026-03-27.
# Variables:
#   $value (String) - the date as typed.
#   $min (String) - the earliest date allowed.
#   $max (String) - the latest date allowed.
error-date-out-of-range = La date { $value } n'est pas possible ici. Elle doit être comprise entre { $min } et { $max }.
# Variables:
#   $day (Number) - the day as chosen, 1–31.
#   $month (Number) - the month as chosen, 1 = January … 12 = December.
#   $year (Number) - the year as chosen.
error-date-impossible = Le { $day } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year } n'existe pas. Vérifiez le jour et le mois.
# Variables:
#   $value (String) - the number as typed.
#   $max (Number) - the largest number of days allowed.
error-signing-every-invalid = « { $value } » ne convient pas ici. Écrivez un nombre de jours de 1 à { $max }.
# Variables:
#   $kind (String) - the deadline as typed.
#   $key (String) - the name of the date it counts from.
error-deadline-date-missing = Le délai « { $kind } » a besoin de la date { $key }.
# Variables:
#   $key (String) - the date's name as typed.
#   $keys (String) - the names that exist, separated by commas.
error-date-key-unknown = Il n'existe pas de date « { $key } ». Dates possibles : { $keys }.
# Variables:
#   $value (String) - the weekday as typed.
error-weekday-invalid = « { $value } » n'est pas un jour de la semaine. Utilisez un chiffre de 1 (lundi) à 7 (dimanche).
# Variables:
#   $item (String) - the item as typed.
error-checklist-item-unknown = Il n'y a aucun document « { $item } » dans la liste.
# Variables:
#   $status (String) - the status as typed.
error-checklist-status-unknown = « { $status } » n'est pas un état valide. Utilisez have, needed ou not-applicable.
# Variables:
#   $max (Number) - the longest note allowed, in characters.
error-note-too-long = La note est trop longue. Elle peut avoir jusqu'à { $max } caractères.
# Variables:
#   $kind (String) - the deadline's name as typed.
error-deadline-unknown = Il n'existe pas de délai « { $kind } ».
