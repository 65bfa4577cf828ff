## Reminders: discreet notifications the day before and on the day of a date the person
## entered. Anyone who holds the phone may see a notification, so its words never name
## asylum, an office, a country or a person.

reminders-title = Recordatorios
reminders-question = ¿Quiere un aviso el día antes y el mismo día de sus fechas?
# Variables:
#   $text (String) - what a notification says, for example the "tomorrow" text below.
reminders-privacy = El aviso solo dirá: «{ -brand-name }: { $text }». No dirá la fecha ni de qué se trata.
reminders-yes = Sí, avisarme
reminders-no = No, gracias
reminders-status-on = Los recordatorios están activados.
reminders-status-off = Los recordatorios están desactivados.
reminders-turn-on = Activar los recordatorios
reminders-turn-off = Desactivar los recordatorios
reminders-only-while-open = En esta computadora, los avisos solo aparecen si { -brand-name } está abierto. Con { -brand-name } cerrado, no hay avisos.
reminders-guest = Una sesión de invitado no tiene recordatorios, para no dejar rastro.
reminders-scheduled-heading = Avisos programados
# Variables:
#   $date (String) - the day of the notification, already written out in this language.
#   $hour (Number) - the hour of the notification, 0 to 23.
#   $text (String) - what the notification says.
reminders-scheduled-item = { $date }, { $hour }:00: «{ $text }»
reminders-none-scheduled = No hay ningún aviso programado.

## The notification itself: its title and its two possible texts, nothing more.

reminders-notification-title = { -brand-name }
reminders-notification-tomorrow = Tiene algo que hacer mañana.
reminders-notification-today = Tiene algo que hacer hoy.

## Errors

error-reminders-guest = En una sesión de invitado no se pueden activar los recordatorios.
