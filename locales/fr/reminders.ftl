## Reminders: discreet notifications the day before and on the day of a date the person
## entered. Anyone who holds the phone may see a notification, so its words never name
## asylum, an office, a country or a person.

reminders-title = Rappels
reminders-question = Voulez-vous un avis la veille et le jour même de vos dates ?
# Variables:
#   $text (String) - what a notification says, for example the "tomorrow" text below.
reminders-privacy = L'avis dira seulement : « { -brand-name } : { $text } ». Il ne dira ni la date ni de quoi il s'agit.
reminders-yes = Oui, me prévenir
reminders-no = Non, merci
reminders-status-on = Les rappels sont activés.
reminders-status-off = Les rappels sont désactivés.
reminders-turn-on = Activer les rappels
reminders-turn-off = Désactiver les rappels
reminders-only-while-open = Sur cet ordinateur, les avis n'apparaissent que si { -brand-name } est ouvert. Quand { -brand-name } est fermé, il n'y a pas d'avis.
reminders-guest = Une session invité n'a pas de rappels, pour ne laisser aucune trace.
reminders-scheduled-heading = Avis programmés
# Variables:
#   $date (String) - the day of the notification, already written out in this language.
#   $hour (Number) - the hour of the notification, 0 to 23.
#   $text (String) - what the notification says.
reminders-scheduled-item = { $date }, { $hour } h 00 : « { $text } »
reminders-none-scheduled = Aucun avis n'est programmé.

## The notification itself: its title and its two possible texts, nothing more.

reminders-notification-title = { -brand-name }
reminders-notification-tomorrow = Vous avez quelque chose à faire demain.
reminders-notification-today = Vous avez quelque chose à faire aujourd'hui.

## Errors

error-reminders-guest = Les rappels ne peuvent pas être activés dans une session invité.
