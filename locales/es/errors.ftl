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
