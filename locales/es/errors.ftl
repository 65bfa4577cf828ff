## Errors a person may see. Each says what happened and, where it helps, what to do.
## None of them means that data was changed: when an operation fails, nothing is changed.

# Variables:
#   $lang (String) - the language code that was asked for, as typed.
#   $available (String) - the codes of the languages Senda has, separated by commas.
error-unknown-language = Senda no tiene el idioma «{ $lang }». Idiomas disponibles: { $available }.
# Variables:
#   $topic (String) - the topic name that was asked for, as typed.
error-topic-not-found = No hay ningún tema llamado «{ $topic }».
# Variables:
#   $file (String) - the file of the guide's content that cannot be read.
error-content-unreadable = No se pudo leer una parte de la guía ({ $file }). Puede que el archivo esté dañado.
# Variables:
#   $file (String) - the file of the guide's content that names the text.
#   $id (String) - the identifier of the missing text.
error-content-missing-text = A la guía le falta un texto: «{ $id }» (en { $file }).
# Variables:
#   $file (String) - the file of the guide's content that is not valid.
error-content-invalid = Una parte de la guía no es válida ({ $file }). Puede que el archivo esté dañado o sea de otra versión.
# Variables:
#   $path (String) - the folder or file that could not be used.
error-data-folder = No se pudo usar la carpeta de datos: { $path }. Revise que exista y que se pueda escribir en ella.
error-store-failed = No se pudieron leer o guardar sus datos. No se cambió nada. Intente otra vez.
# Variables:
#   $found (Number) - the data version found in the file.
#   $supported (Number) - the newest data version this copy of Senda can read.
error-store-newer = Sus datos fueron guardados por una versión más nueva de { -brand-name } (versión de datos { $found }; esta solo lee hasta la { $supported }). Actualice la aplicación. No se cambió nada.
error-store-not-database = El archivo de datos no es una base de datos de { -brand-name } o está dañado. No se cambió nada.
# Variables:
#   $path (String) - the folder that holds the guide's files.
error-guide-folder = No se pudo leer la carpeta de la guía: { $path }.

## Profiles, dates and the checklist

error-profile-name-empty = Escriba un nombre o apodo.
# Variables:
#   $max (Number) - the longest name allowed, in characters.
error-profile-name-too-long = El nombre es muy largo. Puede tener hasta { $max } caracteres.
error-text-invalid = El texto tiene caracteres de control que no se pueden guardar.
error-text-empty = Escriba algo antes de guardar.
# Variables:
#   $name (String) - the name as typed.
error-profile-exists = Ya hay una persona llamada «{ $name }».
# Variables:
#   $name (String) - the name as typed.
error-profile-not-found = No hay ninguna persona llamada «{ $name }».
error-profile-choose = Hay varias personas guardadas. Indique cuál.
error-profile-none = Todavía no hay ninguna persona. Agregue una primero.
# Variables:
#   $name (String) - the name as typed.
error-profile-restore-expired = Ya no se puede recuperar a «{ $name }».
# Variables:
#   $value (String) - the date as typed.
error-date-invalid = «{ $value }» no es una fecha válida. Escríbala así: 2026-03-27.
# Variables:
#   $value (String) - the date as typed.
#   $min (String) - the earliest date allowed.
#   $max (String) - the latest date allowed.
error-date-out-of-range = La fecha { $value } no es posible aquí. Debe estar entre { $min } y { $max }.
# Variables:
#   $day (Number) - the day as chosen, 1–31.
#   $month (Number) - the month as chosen, 1 = January … 12 = December.
#   $year (Number) - the year as chosen.
error-date-impossible = El { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year } no existe. Revise el día y el mes.
# Variables:
#   $value (String) - the number as typed.
#   $max (Number) - the largest number of days allowed.
error-signing-every-invalid = «{ $value }» no sirve aquí. Escriba un número de días del 1 al { $max }.
# Variables:
#   $kind (String) - the deadline as typed.
#   $key (String) - the name of the date it counts from.
error-deadline-date-missing = Para el plazo «{ $kind }» falta la fecha { $key }.
# Variables:
#   $key (String) - the date's name as typed.
#   $keys (String) - the names that exist, separated by commas.
error-date-key-unknown = No existe la fecha «{ $key }». Fechas posibles: { $keys }.
# Variables:
#   $value (String) - the weekday as typed.
error-weekday-invalid = «{ $value }» no es un día de la semana. Use un número del 1 (lunes) al 7 (domingo).
# Variables:
#   $item (String) - the item as typed.
error-checklist-item-unknown = No hay ningún documento «{ $item }» en la lista.
# Variables:
#   $status (String) - the status as typed.
error-checklist-status-unknown = «{ $status }» no es un estado válido. Use have, needed o not-applicable.
# Variables:
#   $max (Number) - the longest note allowed, in characters.
error-note-too-long = La nota es muy larga. Puede tener hasta { $max } caracteres.
# Variables:
#   $kind (String) - the deadline's name as typed.
error-deadline-unknown = No existe el plazo «{ $kind }».
