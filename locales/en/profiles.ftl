## Profiles: the person and each family member, with their dates and documents.
## Everything here stays on the device.

nav-profiles = My records
profiles-title = People
profiles-intro = Keep the dates and documents of each person in your family. Everything stays on this device only.
profiles-empty = There is nobody here yet. Add a person to keep their dates and documents.
profile-name-label = Name or nickname
profile-add-button = Add person
profile-rename-button = Change name
profile-remove-button = Remove
# Variables:
#   $name (String) - the profile's name or nickname.
profile-remove-confirm = Remove { $name } and all their data? You can undo this for 24 hours.
profile-cancel-button = Cancel
# Variables:
#   $name (String) - the profile's name or nickname.
profile-removed = { $name } was removed.
profile-undo-button = Undo
profile-dates-heading = Dates
profile-deadlines-heading = Deadlines
profile-checklist-heading = Documents
profile-save-button = Save
profile-no-deadlines = Enter a date to see your deadlines.
# Variables:
#   $title (String) - what is due.
#   $date (String) - the date, written out.
profile-next-due = Next: { $title }, { $date }.

## The document checklist

# Variables:
#   $have (Number) - documents the person has.
#   $total (Number) - documents that apply to the person.
checklist-progress = You have { $have } of { $total }.
checklist-missing-heading = Still missing
checklist-nothing-missing = Nothing on this list is missing.
checklist-note-label = Note
checklist-own-heading = Your own documents
checklist-add-label = Another document you want to remember
checklist-add-button = Add

## The printable summary

summary-button = Summary to print
summary-title = Summary of documents and deadlines
# Variables:
#   $date (String) - the date the summary was made, written out.
summary-made-on = Made on { $date }.
summary-print-button = Print or save
summary-deadlines-heading = Deadlines
summary-documents-heading = Documents
