## Reminders: discreet notifications the day before and on the day of a date the person
## entered. Anyone who holds the phone may see a notification, so its words never name
## asylum, an office, a country or a person.

reminders-title = Reminders
reminders-question = Do you want a notice the day before and on the day of your dates?
# Variables:
#   $text (String) - what a notification says, for example the "tomorrow" text below.
reminders-privacy = The notice will only say: “{ -brand-name }: { $text }” It will not say the date or what it is about.
reminders-yes = Yes, remind me
reminders-no = No, thanks
reminders-status-on = Reminders are on.
reminders-status-off = Reminders are off.
reminders-turn-on = Turn reminders on
reminders-turn-off = Turn reminders off
reminders-only-while-open = On this computer, notices only appear while { -brand-name } is open. When { -brand-name } is closed, there are no notices.
reminders-guest = A guest session has no reminders, so that it leaves no trace.
reminders-scheduled-heading = Scheduled notices
# Variables:
#   $date (String) - the day of the notification, already written out in this language.
#   $hour (Number) - the hour of the notification, 0 to 23.
#   $text (String) - what the notification says.
reminders-scheduled-item = { $date }, { $hour }:00: “{ $text }”
reminders-none-scheduled = No notice is scheduled.

## The notification itself: its title and its two possible texts, nothing more.

reminders-notification-title = { -brand-name }
reminders-notification-tomorrow = You have something to do tomorrow.
reminders-notification-today = You have something to do today.

## Errors

error-reminders-guest = Reminders cannot be turned on in a guest session.
