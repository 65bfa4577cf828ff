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
safety-space-new-button = Crear mi espacio
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
error-shared-needs-pin = En un aparato compartido, cada espacio necesita un PIN.
error-shared-wipe-after = En un aparato compartido no se puede borrar todo después de varios PIN equivocados.
error-not-shared = Este aparato no es compartido.
error-shared-already = Este aparato ya es compartido.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Ese tiempo no se puede elegir. Elija uno de estos, en minutos: { $allowed }.

## Un PIN o una frase de contraseña, y cuánto resiste a quien copió los archivos.

# Variables:
#   $digits (Number) - los dígitos mínimos de un PIN nuevo.
#   $words (Number) - las palabras mínimas de una frase nueva.
safety-new-secret-label = PIN nuevo ({ $digits } dígitos o más) o frase de contraseña ({ $words } palabras o más)
# Variables:
#   $digits (Number) - los dígitos mínimos de un PIN nuevo.
#   $words (Number) - las palabras mínimas de una frase nueva.
safety-space-own-secret-label = Su PIN ({ $digits } dígitos o más) o frase de contraseña ({ $words } palabras o más)
safety-space-secret-label = Su palabra y su PIN
safety-space-create-hint = ¿Es su primera vez en este aparato? Elija un PIN o una frase de contraseña. El aparato le agrega una palabra. No se los diga a nadie.
safety-locked-space-hint = Este aparato es compartido. Escriba la palabra de su espacio, un espacio y luego su PIN. La guía se puede leer sin ellos.
safety-secret-hint = Un PIN lo protege de quien tome el teléfono. No lo protege bien de quien copie sus archivos y tenga tiempo y computadoras. Contra eso, elija una frase de contraseña.
# Variables:
#   $passphrase (String) - palabras sacadas al azar por el aparato.
safety-suggestion = Una frase de contraseña hecha al azar para usted: { $passphrase }. Anótela y guárdela en un lugar seguro.
# Variables:
#   $digits (Number) - cuántos dígitos tiene el PIN.
#   $one (String) - cuánto tarda con una computadora, ya escrito.
#   $many (String) - cuánto tarda con muchas computadoras, ya escrito.
#   $computers (Number) - cuántas computadoras.
safety-strength-pin = Quien copie los archivos de este aparato podría probar todos los PIN de { $digits } dígitos. Eso tarda { $one } con una computadora, o { $many } con { $computers } computadoras.
# Variables:
#   $words (Number) - cuántas palabras tiene la frase.
#   $one (String) - cuánto tarda con una computadora, ya escrito.
#   $many (String) - cuánto tarda con muchas computadoras, ya escrito.
#   $computers (Number) - cuántas computadoras.
safety-strength-passphrase = Quien copie los archivos de este aparato tendría que probar frases de { $words } palabras. Si las palabras se eligieron al azar, eso tarda { $one } con una computadora, o { $many } con { $computers } computadoras.
# Variables:
#   $one (String) - cuánto tarda con una computadora, ya escrito.
#   $many (String) - cuánto tarda con muchas computadoras, ya escrito.
#   $computers (Number) - cuántas computadoras.
safety-strength-space = Quien copie los archivos de este aparato tendría que adivinar la palabra y su PIN juntos. Eso tarda { $one } con una computadora, o { $many } con { $computers } computadoras.
safety-duration-under-minute = menos de un minuto
safety-duration-million-years = más de un millón de años
# Variables:
#   $count (Number) - minutos, redondeados.
safety-duration-minutes = { $count ->
        [one] cerca de 1 minuto
       *[other] cerca de { $count } minutos
    }
# Variables:
#   $count (Number) - horas, redondeadas.
safety-duration-hours = { $count ->
        [one] cerca de 1 hora
       *[other] cerca de { $count } horas
    }
# Variables:
#   $count (Number) - días, redondeados.
safety-duration-days = { $count ->
        [one] cerca de 1 día
       *[other] cerca de { $count } días
    }
# Variables:
#   $count (Number) - años, redondeados.
safety-duration-years = { $count ->
        [one] cerca de 1 año
       *[other] cerca de { $count } años
    }
# Variables:
#   $word (String) - la palabra que el aparato agregó a la clave del espacio.
safety-space-word = La palabra de su espacio es: { $word }. Para abrir su espacio, escriba esta palabra, un espacio y luego su PIN. Anote la palabra ahora: no se mostrará otra vez.
# Variables:
#   $digits (Number) - los dígitos mínimos de un PIN nuevo.
#   $words (Number) - las palabras mínimas de una frase nueva.
safety-weak-secret = Su PIN es más fácil de adivinar de lo que { -brand-name } permite ahora. Por favor, cámbielo: use { $digits } dígitos o más, o una frase de { $words } palabras.
safety-notice-done = Ya lo anoté
safety-notice-ok = Entendido
safety-busy = Abriendo…
safety-wipe-backups-note = Las copias de seguridad que guardó en otro lugar, como Descargas o una memoria USB, no se borran. Bórrelas usted si hace falta.
# Variables:
#   $path (String) - el archivo donde se guardó la copia.
safety-backup-saved-to = Se guardó la copia en { $path }. Guárdela en un lugar seguro, lejos de su contraseña.
safety-backup-not-saved = No se guardó ninguna copia.

## Errores

# Variables:
#   $min (Number) - los dígitos mínimos de un PIN.
#   $words (Number) - las palabras mínimas de una frase.
error-pin-too-few-digits = Un PIN necesita al menos { $min } dígitos. También puede usar una frase de contraseña de { $words } palabras o más.
error-pin-common = Este PIN es muy fácil de adivinar: es un número común, una serie o una fecha. Elija otro.
# Variables:
#   $min (Number) - las palabras distintas mínimas de una frase.
#   $letters (Number) - las letras mínimas de una palabra para que cuente.
#   $digits (Number) - los dígitos mínimos de un PIN.
error-passphrase-too-few-words = Una frase de contraseña necesita al menos { $min } palabras distintas, cada una de { $letters } letras o más. También puede usar un PIN de { $digits } dígitos o más.
error-guest-no-pin = En el modo invitado nada se guarda, así que no hay PIN que poner ni cambiar. Primero salga del modo invitado.
