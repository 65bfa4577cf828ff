## Reminders: discreet notifications the day before and on the day of a date the person
## entered. Anyone who holds the phone may see a notification, so its words never name
## asylum, an office, a country or a person.

reminders-title = Lembretes
reminders-question = Você quer um aviso na véspera e no próprio dia das suas datas?
# Variables:
#   $text (String) - what a notification says, for example the "tomorrow" text below.
reminders-privacy = O aviso só vai dizer: “{ -brand-name }: { $text }” Ele não diz a data nem do que se trata.
reminders-yes = Sim, quero
reminders-no = Não quero
reminders-status-on = Os lembretes estão ligados.
reminders-status-off = Os lembretes estão desligados.
reminders-turn-on = Ligar os lembretes
reminders-turn-off = Desligar os lembretes
reminders-only-while-open = Neste computador, os avisos só aparecem com o { -brand-name } aberto. Com o { -brand-name } fechado, não há avisos.
reminders-guest = Uma sessão de convidado não tem lembretes, para não deixar rastro.
reminders-scheduled-heading = Avisos agendados
# Variables:
#   $date (String) - the day of the notification, already written out in this language.
#   $hour (Number) - the hour of the notification, 0 to 23.
#   $text (String) - what the notification says.
reminders-scheduled-item = { $date }, { $hour }:00: “{ $text }”
reminders-none-scheduled = Nenhum aviso agendado.

## The notification itself: its title and its two possible texts, nothing more.

reminders-notification-title = { -brand-name }
reminders-notification-tomorrow = Você tem algo para fazer amanhã.
reminders-notification-today = Você tem algo para fazer hoje.

## Errors

error-reminders-guest = Não dá para ligar os lembretes numa sessão de convidado.
