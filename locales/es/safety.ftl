## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Su seguridad
safety-pin-label = PIN o contraseña
safety-unlock-button = Abrir
safety-locked-title = Sus datos están cerrados
safety-locked-hint = Escriba su PIN para ver sus datos. La guía se puede leer sin PIN.
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
