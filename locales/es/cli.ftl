## The `senda` command line: help texts and labels. Command and option names stay in English.

cli-about = { -brand-name }: guía sin conexión sobre el asilo en México, para la terminal.
cli-opt-data-dir = Carpeta de datos (si no se da: SENDA_DATA_DIR, o la carpeta de datos del sistema).
cli-opt-lang = Idioma de los textos: es, en, ht, fr o pt (si no se da: el idioma del sistema, o español).
cli-opt-json = Escribe el resultado en JSON, para otros programas.
cli-opt-help = Muestra esta ayuda.
cli-opt-version = Muestra la versión.
cli-cmd-topics = Lista los temas de la guía.
cli-cmd-show = Muestra un tema de la guía.
cli-arg-topic = El nombre del tema, como aparece en «senda topics».
cli-cmd-l10n = Revisa las traducciones.
cli-cmd-l10n-check = Cuenta, en cada idioma, los textos que faltan, los que tienen errores y los que son iguales al español.
cli-opt-l10n-dir = Revisa la carpeta indicada (con content/ y locales/) en lugar de la guía incluida.
cli-help-heading-commands = Comandos
cli-help-heading-options = Opciones
cli-help-heading-arguments = Argumentos
cli-help-usage = Uso

## Output labels

cli-topic-sources = Fuentes:
# Variables:
#   $date (String) - the date, already written out in this language.
cli-topic-checked = Revisado por última vez: { $date }
cli-l10n-header-lang = Idioma
cli-l10n-header-missing = Faltan
cli-l10n-header-errors = Errores
cli-l10n-header-identical = Iguales
cli-l10n-complete = completo
cli-l10n-incomplete = incompleto
# Variables:
#   $count (Number) - how many shipped locales are incomplete.
cli-l10n-summary-bad = { $count ->
        [one] Un idioma está incompleto.
       *[other] { $count } idiomas están incompletos.
    }
cli-l10n-summary-ok = Todos los idiomas están completos.
cli-error-detail = Detalle técnico:

## Usage errors (exit code 2)

# Variables:
#   $arg (String) - the argument or option as typed.
cli-usage-unknown-argument = No se reconoce «{ $arg }».
# Variables:
#   $arg (String) - the missing argument or option.
cli-usage-missing-argument = Falta un dato obligatorio: { $arg }.
# Variables:
#   $arg (String) - the option whose value is not valid.
cli-usage-invalid-value = El valor de { $arg } no es válido.
cli-usage-unknown-command = Ese comando no existe.
cli-usage-generic = La orden no es válida.
cli-usage-hint = Para ver la ayuda: senda --help

## Profiles, dates, deadlines and the checklist

cli-cmd-profile = Maneja las personas de su familia (perfiles).
cli-cmd-profile-add = Agrega una persona.
cli-cmd-profile-list = Lista las personas.
cli-cmd-profile-rename = Cambia el nombre de una persona.
cli-cmd-profile-remove = Quita una persona y sus datos (se puede deshacer durante 24 horas).
cli-cmd-profile-restore = Recupera una persona quitada hace menos de 24 horas.
cli-arg-name = Nombre o apodo.
cli-arg-new-name = El nombre nuevo.
cli-opt-profile = La persona (si solo hay una, no hace falta).
cli-opt-yes = No pregunta antes de quitar (para scripts).
cli-cmd-dates = Muestra las fechas guardadas de una persona.
cli-cmd-dates-set = Guarda una fecha (AAAA-MM-DD), el día de la semana en que firma (1 = lunes … 7 = domingo) o cada cuántos días firma.
cli-cmd-dates-clear = Borra una fecha guardada.
cli-arg-date-key = Qué fecha: entered, could-apply, filed, extended, notified, tvrh-issued, us-arrival o signing-next; o signing-day, signing-every-days.
cli-arg-date-value = La fecha (AAAA-MM-DD); un número de día para signing-day; un número de días para signing-every-days.
cli-cmd-deadline = Calcula un plazo desde una fecha, sin guardar nada.
cli-arg-deadline-kind = Qué plazo: comar, appeal, nulidad, amparo, decision, decision-extended, tvrh o us-one-year.
cli-opt-today = Usa esta fecha como «hoy» (AAAA-MM-DD).
cli-opt-statutory-only = Cuenta solo los días de descanso de las leyes, sin los cierres anunciados.
cli-cmd-deadlines = Muestra los plazos de una persona.
cli-cmd-checklist = Muestra la lista de documentos de una persona.
cli-cmd-checklist-set = Marca un documento: have (lo tengo), needed (me falta) o not-applicable (no aplica).
cli-cmd-checklist-add = Agrega un documento propio a la lista.
cli-arg-item = El documento, como aparece en «senda checklist».
cli-arg-status = have, needed o not-applicable.
cli-opt-note = Una nota para el documento.
cli-arg-item-text = El texto del documento.
cli-cmd-summary = Escribe un resumen para imprimir (HTML) de los documentos y plazos.
cli-opt-out = El archivo donde se escribe.
cli-profile-added = Persona agregada.
cli-profile-renamed = Nombre cambiado.
cli-profile-restored = Persona recuperada.
cli-saved = Guardado.
cli-cancelled = No se cambió nada.
# Shown after the question; the person types one of the words of cli-confirm-yes.
cli-confirm-hint = Escriba «sí» para confirmar:
# Words that confirm, separated by commas, lowercase.
cli-confirm-yes = sí, si, s
cli-no-dates = No hay fechas guardadas.
# Variables:
#   $file (String) - the file written.
cli-summary-written = Resumen escrito en { $file }.

## Search and the decision helper

cli-cmd-search = Busca en la guía, en su idioma (y en español si no hay nada).
cli-arg-query = Las palabras que busca.
cli-cmd-decide = Hace las 6 preguntas del asistente y muestra los consejos.
cli-opt-answer = Responde una pregunta sin que se la hagan: PREGUNTA=RESPUESTA (por ejemplo us-entry=no).
cli-decide-choose = Escriba el número de su respuesta:
cli-decide-invalid = Ese número no está en la lista. Intente otra vez.

## Guide packs, for staff

cli-cmd-pack = Prepara, firma, revisa, instala y comparte actualizaciones de la guía.
cli-cmd-pack-keygen = Crea un par de claves de firma (NOMBRE.key y NOMBRE.pub).
cli-cmd-pack-build = Prepara una actualización con las carpetas content/ y locales/.
cli-cmd-pack-sign = Firma una actualización con una clave secreta.
cli-cmd-pack-verify = Revisa una actualización sin instalarla.
cli-cmd-pack-trust = Acepta una clave pública para las actualizaciones que firme.
cli-cmd-pack-install = Instala una actualización después de revisarla.
cli-cmd-pack-info = Muestra qué versión de la guía está en uso.
cli-cmd-pack-export = Guarda la actualización instalada en un archivo, para pasarla a otro aparato.
cli-cmd-pack-rollback = Vuelve a la versión anterior de la guía.
cli-arg-pack-file = El archivo de la actualización.
cli-opt-pack-out = El archivo que se escribe.
cli-opt-pack-version = El número de versión (mayor que el de la versión instalada).
cli-opt-pack-key = El archivo de la clave secreta (NOMBRE.key).
cli-arg-pack-public-key = El archivo de la clave pública (NOMBRE.pub).
cli-opt-pack-dir = La carpeta que tiene content/ y locales/ (si no se da: la carpeta actual).
cli-pack-keys-written = Claves escritas. Guarde el archivo .key en un lugar seguro y no lo comparta.
cli-pack-signed = Actualización firmada.
cli-pack-built = Actualización preparada. Fírmela antes de compartirla.
cli-pack-valid = La actualización es válida.
# Variables:
#   $key (String) - the key's fingerprint.
cli-pack-trust-confirm = ¿Aceptar la clave { $key }? Confirme con quien la creó que es la misma.
cli-pack-trusted = Clave aceptada.
cli-pack-exported = Actualización guardada.
# Variables:
#   $version (Number) - the version now in use.
cli-pack-rolled-back = Ahora se usa la versión { $version } de la guía.

## PIN, lock, wipe and backup

cli-opt-pin-stdin = Lee el PIN (y, si hace falta, el PIN nuevo) de la entrada estándar, una línea cada uno.
cli-cmd-pin = Pone, cambia o quita el PIN que cifra sus datos.
cli-cmd-pin-set = Pone un PIN: sus datos quedan cifrados.
cli-cmd-pin-change = Cambia el PIN.
cli-cmd-pin-remove = Quita el PIN: sus datos dejan de estar cifrados.
cli-cmd-lock = Cierra sus datos (cada orden los cierra al terminar).
cli-cmd-wipe = Borra todos sus datos personales. Pregunta antes.
cli-cmd-backup = Guarda o recupera una copia de seguridad cifrada.
cli-cmd-backup-export = Guarda todos sus datos en un archivo con contraseña.
cli-cmd-backup-import = Recupera sus datos de un archivo de copia de seguridad.
cli-arg-backup-file = El archivo de la copia de seguridad.
cli-opt-passphrase-stdin = Lee la contraseña de la entrada estándar.
cli-pin-prompt = Su PIN:
cli-pin-new-prompt = PIN nuevo:
cli-passphrase-prompt = Contraseña de la copia:
cli-locked = Sus datos están cerrados. Cada orden los abre solo mientras trabaja.
cli-wipe-confirm = ¿Borrar todos sus datos personales? No se pueden recuperar.
cli-wiped = Se borraron todos sus datos personales.
cli-backup-written = Copia de seguridad guardada.
cli-backup-replace-confirm = Esto reemplaza todos los datos de este aparato por los de la copia. ¿Seguir?
cli-backup-restored = Datos recuperados de la copia de seguridad.
cli-cmd-pin-wipe-after = Borra todo después de N intentos con un PIN equivocado (0: nunca).
cli-arg-wipe-after = Cuántos intentos equivocados (0 para desactivarlo).
cli-cmd-share = Hace que este aparato sea compartido: cada persona tiene su espacio, cerrado con su PIN. Sus datos pasan a su espacio.
cli-cmd-space = Los espacios de un aparato compartido.
cli-cmd-space-new = Crea un espacio nuevo con un PIN nuevo.
cli-space-pin-prompt = PIN de su espacio:
cli-pin-repeat-prompt = Repita el PIN:
cli-shared = Este aparato ahora es compartido. Sus datos están en su espacio.
cli-space-created = Se creó su espacio.

## `senda share-kit`: the copy to pass on

cli-cmd-share-kit = Escribe una carpeta para pasar { -brand-name } a otra computadora. Lleva el instalador, la guía más nueva, sus claves y un README.
cli-opt-share-kit-out = La carpeta donde se escribe (nueva o vacía).
cli-share-kit-files = Archivos y sus códigos de control (SHA-256):
