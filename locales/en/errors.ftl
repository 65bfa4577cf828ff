## Errors a person may see. Each says what happened and, where it helps, what to do.
## None of them means that data was changed: when an operation fails, nothing is changed.

# Variables:
#   $lang (String) - the language code that was asked for, as typed.
#   $available (String) - the codes of the languages Senda has, separated by commas.
error-unknown-language = { -brand-name } does not have the language “{ $lang }”. Available languages: { $available }.
# Variables:
#   $topic (String) - the topic name that was asked for, as typed.
error-topic-not-found = There is no topic called “{ $topic }”.
# Variables:
#   $file (String) - the file of the guide's content that cannot be read.
error-content-unreadable = A part of the guide could not be read ({ $file }). The file may be damaged.
# Variables:
#   $file (String) - the file of the guide's content that names the text.
#   $id (String) - the identifier of the missing text.
error-content-missing-text = The guide is missing a text: “{ $id }” (in { $file }).
# Variables:
#   $file (String) - the file of the guide's content that is not valid.
error-content-invalid = A part of the guide is not valid ({ $file }). The file may be damaged or made for another version.
# Variables:
#   $path (String) - the folder or file that could not be used.
error-data-folder = The data folder could not be used: { $path }. Check that it exists and that it can be written to.
error-store-failed = Your data could not be read or saved. Nothing was changed. Please try again.
# Variables:
#   $found (Number) - the data version found in the file.
#   $supported (Number) - the newest data version this copy of Senda can read.
error-store-newer = Your data was saved by a newer version of { -brand-name } (data version { $found }; this one reads up to { $supported }). Please update the app. Nothing was changed.
error-store-not-database = The data file is not a { -brand-name } database, or it is damaged. Nothing was changed.
# Variables:
#   $path (String) - the folder that holds the guide's files.
error-guide-folder = The guide's folder could not be read: { $path }.

## Profiles, dates and the checklist

error-profile-name-empty = Enter a name or nickname.
# Variables:
#   $max (Number) - the longest name allowed, in characters.
error-profile-name-too-long = The name is too long. It can have up to { $max } characters.
error-text-invalid = The text has control characters that cannot be saved.
error-text-empty = Write something before saving.
# Variables:
#   $name (String) - the name as typed.
error-profile-exists = There is already a person called “{ $name }”.
# Variables:
#   $name (String) - the name as typed.
error-profile-not-found = There is nobody called “{ $name }”.
error-profile-choose = Several people are saved. Say which one.
error-profile-none = There is nobody here yet. Add a person first.
# Variables:
#   $name (String) - the name as typed.
error-profile-restore-expired = “{ $name }” can no longer be brought back.
# Variables:
#   $value (String) - the date as typed.
error-date-invalid = “{ $value }” is not a valid date. Write it like this: 2026-03-27.
# Variables:
#   $value (String) - the date as typed.
#   $min (String) - the earliest date allowed.
#   $max (String) - the latest date allowed.
error-date-out-of-range = The date { $value } is not possible here. It must be between { $min } and { $max }.
# Variables:
#   $day (Number) - the day as chosen, 1–31.
#   $month (Number) - the month as chosen, 1 = January … 12 = December.
#   $year (Number) - the year as chosen.
error-date-impossible = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } does not exist. Check the day and the month.
# Variables:
#   $value (String) - the number as typed.
#   $max (Number) - the largest number of days allowed.
error-signing-every-invalid = “{ $value }” does not work here. Write a number of days from 1 to { $max }.
# Variables:
#   $kind (String) - the deadline as typed.
#   $key (String) - the name of the date it counts from.
error-deadline-date-missing = The deadline “{ $kind }” needs the date { $key }.
# Variables:
#   $key (String) - the date's name as typed.
#   $keys (String) - the names that exist, separated by commas.
error-date-key-unknown = There is no date called “{ $key }”. Possible dates: { $keys }.
# Variables:
#   $value (String) - the weekday as typed.
error-weekday-invalid = “{ $value }” is not a day of the week. Use a number from 1 (Monday) to 7 (Sunday).
# Variables:
#   $item (String) - the item as typed.
error-checklist-item-unknown = There is no document “{ $item }” on the list.
# Variables:
#   $status (String) - the status as typed.
error-checklist-status-unknown = “{ $status }” is not a valid status. Use have, needed or not-applicable.
# Variables:
#   $max (Number) - the longest note allowed, in characters.
error-note-too-long = The note is too long. It can have up to { $max } characters.
# Variables:
#   $kind (String) - the deadline's name as typed.
error-deadline-unknown = There is no deadline called “{ $kind }”.
