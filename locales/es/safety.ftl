## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Su seguridad
safety-pin-label = PIN o contraseña
safety-unlock-button = Abrir
safety-locked-title = Sus datos están cerrados
safety-locked-hint = Escriba su PIN para ver sus datos. La guía se puede leer sin PIN.
# The lock screen's button that opens the guide, which needs no PIN.
safety-read-guide-button = Leer la guía
safety-set-pin-button = Poner un PIN
safety-change-pin-button = Cambiar el PIN
safety-remove-pin-button = Quitar el PIN
safety-new-pin-label = PIN nuevo (4 caracteres o más)
safety-pin-on = Sus datos están protegidos con un PIN.
safety-pin-off = Sus datos no tienen PIN. Cualquiera que tenga este aparato puede verlos.
safety-lock-button = Cerrar ahora
safety-quick-exit = Salir rápido
safety-wipe-button = Borrar todos mis datos
# Variables:
#   $seconds (Number) - seconds left before everything is deleted.
safety-wipe-countdown = Se borrará todo en { $seconds ->
        [one] 1 segundo
       *[other] { $seconds } segundos
    }.
safety-wipe-cancel = No borrar
safety-wiped = Se borraron todos sus datos.
safety-guest-button = Entrar como invitado
safety-guest-on = Modo invitado: nada se guarda. Al salir, todo se borra.
safety-guest-end = Salir del modo invitado
safety-backup-title = Copia de seguridad
safety-backup-hint = Guarde sus datos en un archivo con contraseña para pasarlos a otro teléfono.
safety-repeat-pin-label = Repita el PIN
safety-shared-title = Aparato compartido
safety-shared-hint = Si varias personas usan este aparato, cada una puede tener su propio espacio, cerrado con su PIN. La pantalla de inicio no muestra nombres. Sus datos pasan a su espacio.
safety-shared-button = Compartir este aparato
safety-shared-on = Este aparato es compartido. Sus datos están en su propio espacio, cerrado con su PIN.
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-shared-pin-label = PIN de su espacio ({ $min } caracteres o más)
safety-space-new-button = Crear mi espacio
safety-space-new-hint = ¿Es su primera vez en este aparato? Cree su espacio con un PIN nuevo. No se lo diga a nadie.
safety-locked-shared-hint = Este aparato es compartido. Escriba su PIN para abrir su espacio. La guía se puede leer sin PIN.
safety-settings-title = Ajustes
safety-idle-label = Cerrar mis datos si no uso la aplicación durante
# Variables:
#   $minutes (Number) - minutes without use.
safety-idle-minutes = { $minutes ->
        [one] 1 minuto
       *[other] { $minutes } minutos
    }
safety-wipe-after-label = Borrar todo después de varios PIN equivocados
safety-wipe-after-never = Nunca
# Variables:
#   $count (Number) - wrong PINs in a row.
safety-wipe-after-count = { $count ->
        [one] Después de 1 intento equivocado
       *[other] Después de { $count } intentos equivocados
    }
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-backup-passphrase-label = Contraseña de la copia ({ $min } caracteres o más)
safety-backup-export-button = Guardar una copia
safety-backup-import-button = Recuperar la copia
safety-backup-replace-warning = Al recuperar una copia, se reemplazan todos sus datos de este aparato por los de la copia.
# Variables:
#   $path (String) - the file the backup was written to.
safety-backup-saved = Se guardó la copia en { $path }. Llévela a un lugar seguro. Sin la contraseña, nadie puede abrirla.
# Variables:
#   $count (Number) - profiles brought back.
safety-backup-restored = Se recuperó la copia: { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }.

## Errors

# Variables:
#   $min (Number) - the fewest characters allowed.
error-pin-too-short = Es muy corto. Use al menos { $min } caracteres.
# Variables:
#   $max (Number) - the most characters allowed.
error-pin-too-long = Es muy largo. Use como máximo { $max } caracteres.
error-pin-wrong = El PIN no es correcto. No se cambió nada.
# Variables:
#   $seconds (Number) - seconds to wait.
error-pin-wait = Hubo varios intentos con un PIN equivocado. Espere { $seconds } segundos y vuelva a intentarlo.
error-locked = Sus datos están cerrados. Escriba su PIN para abrirlos.
error-pin-none = Estos datos no tienen PIN.
error-pin-set = Estos datos ya tienen un PIN. Puede cambiarlo o quitarlo.
error-backup-open = No se pudo abrir la copia de seguridad: la contraseña no es correcta o el archivo está dañado. No se cambió nada.
error-pin-mismatch = Los dos PIN no son iguales. No se cambió nada.
error-pin-taken = No se puede usar este PIN. Elija otro. No se cambió nada.
error-shared-needs-pin = En un aparato compartido, cada espacio necesita un PIN.
error-shared-wipe-after = En un aparato compartido no se puede borrar todo después de varios PIN equivocados.
error-not-shared = Este aparato no es compartido.
error-shared-already = Este aparato ya es compartido.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Ese tiempo no se puede elegir. Elija uno de estos, en minutos: { $allowed }.
