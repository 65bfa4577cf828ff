## Reminders: discreet notifications the day before and on the day of a date the person
## entered. Anyone who holds the phone may see a notification, so its words never name
## asylum, an office, a country or a person.

reminders-title = Rapèl
reminders-question = Èske ou vle yon avi jou anvan an ak jou a menm pou dat ou yo?
# Variables:
#   $text (String) - what a notification says, for example the "tomorrow" text below.
reminders-privacy = Avi a ap di sèlman: «{ -brand-name }: { $text }». Li pap di dat la, ni pou kisa li ye.
reminders-yes = Wi, fè m sonje
reminders-no = Non, mèsi
reminders-status-on = Rapèl yo limen.
reminders-status-off = Rapèl yo etenn.
reminders-turn-on = Limen rapèl yo
reminders-turn-off = Etenn rapèl yo
reminders-only-while-open = Sou òdinatè sa a, avi yo parèt sèlman lè { -brand-name } louvri. Lè { -brand-name } fèmen, pa gen avi.
reminders-guest = Yon sesyon envite pa gen rapèl, pou l pa kite okenn tras.
reminders-scheduled-heading = Avi ki pwograme
# Variables:
#   $date (String) - the day of the notification, already written out in this language.
#   $hour (Number) - the hour of the notification, 0 to 23.
#   $text (String) - what the notification says.
reminders-scheduled-item = { $date }, { $hour }:00: «{ $text }»
reminders-none-scheduled = Pa gen okenn avi ki pwograme.

## The notification itself: its title and its two possible texts, nothing more.

reminders-notification-title = { -brand-name }
reminders-notification-tomorrow = Ou gen yon bagay pou w fè demen.
reminders-notification-today = Ou gen yon bagay pou w fè jodi a.

## Errors

error-reminders-guest = Ou pa ka limen rapèl yo nan yon sesyon envite.
