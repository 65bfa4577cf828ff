## Guide updates: signed packs passed from device to device without internet.

pack-title = Actualizaciones de la guía
# Variables:
#   $version (Number) - the pack's version number.
pack-version = Versión { $version } de la guía
pack-origin-builtin = Es la guía que vino con la aplicación.
pack-origin-installed = Es una actualización instalada en este aparato.
pack-origin-previous = Es la versión anterior: la última actualización no se pudo leer.
# Variables:
#   $date (String) - the date, written out.
pack-built = Preparada el { $date }.
# Variables:
#   $date (String) - the date, written out.
pack-checked = Datos revisados el { $date }.
# Variables:
#   $key (String) - the signing key, as a long code.
pack-signer = Firmada con la clave { $key }
pack-fell-back = La última actualización no se pudo abrir. Se muestra una versión anterior de la guía.
pack-stale = Estos datos se revisaron hace más de 6 meses. Las reglas pueden haber cambiado. Confirme con el { -unhcr } o con una organización de ayuda legal.
pack-import-label = Instalar una actualización desde un archivo
pack-rollback-button = Volver a la versión anterior
pack-installed = La nueva versión de la guía quedó instalada.

## Errors about packs. Nothing is installed or changed when one of these appears.

error-pack-not-a-pack = Este archivo no es una actualización de { -brand-name }, o está incompleto. No se instaló nada.
error-pack-unsigned = Esta actualización no tiene firma. Por seguridad, no se instaló.
# Variables:
#   $key (String) - the id of the key that signed the pack.
error-pack-unknown-signer = Esta actualización está firmada con una clave que este aparato no conoce ({ $key }). No se instaló.
error-pack-tampered = Esta actualización fue modificada después de firmarla. No se instaló.
error-pack-format = Esta actualización usa un formato que esta aplicación no conoce. No se instaló.
# Variables:
#   $version (String) - the app version the pack needs.
error-pack-newer-app = Esta actualización necesita una versión más nueva de la aplicación ({ $version } o posterior). No se instaló.
error-pack-broken = El contenido de esta actualización tiene errores. No se instaló.
# Variables:
#   $offered (Number) - the version of the pack offered.
#   $newest (Number) - the newest version this device has had, even if it was rolled back since.
error-pack-not-newer-than-seen = Esta actualización (versión { $offered }) no es más nueva que la versión { $newest }, que este aparato ya tiene o tuvo. No se instaló.
# Variables:
#   $offered (String) - the version the pack claims, a very large number.
#   $newest (Number) - the newest version this device has had.
error-pack-version-jump = Esta actualización dice ser la versión { $offered }. Es mucho mayor que la versión { $newest }, la más nueva que ha tenido este aparato. No se instaló. Pida a quien se la dio que la revise.
error-pack-key = El archivo de clave no es válido.
# Variables:
#   $key (String) - the id that the new key shares with a trusted one.
error-pack-key-id-taken = Este aparato ya confía en otra clave con el mismo identificador ({ $key }). La clave nueva no se agregó.
error-pack-guest = En modo invitado no se pueden cambiar las actualizaciones de la guía. Salga primero del modo invitado.
error-pack-no-previous = No hay una versión anterior a la que volver.
error-pack-builtin-export = La guía que vino con la aplicación no se puede compartir como archivo. Solo se comparten actualizaciones instaladas.

## Reading and writing files the person names

# Variables:
#   $path (String) - the file as named.
error-file-read = No se pudo leer el archivo { $path }.
# Variables:
#   $path (String) - the file as named.
error-file-write = No se pudo escribir el archivo { $path }. No se cambió nada.
# Variables:
#   $megabytes (Number) - the largest size accepted, in megabytes.
error-file-too-large = Este archivo es demasiado grande. El tamaño máximo aceptado es { $megabytes } MB. No se cambió nada.
