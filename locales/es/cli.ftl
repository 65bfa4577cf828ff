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
