## Profiles: the person and each family member, with their dates and documents.
## Everything here stays on the device.

nav-profiles = Done mwen
profiles-title = Moun yo
profiles-intro = Anrejistre dat ak dokiman chak moun nan fanmi ou. Tout bagay rete sèlman nan aparèy sa a.
profiles-empty = Poko gen okenn moun. Ajoute yon moun pou w anrejistre dat li ak dokiman li.
profile-name-label = Non oswa tinon
profile-add-button = Ajoute yon moun
profile-rename-button = Chanje non
profile-remove-button = Retire
# Variables:
#   $name (String) - the profile's name or nickname.
profile-remove-confirm = Retire { $name } ak tout done li? Ou ka defèt sa pandan 24 èdtan.
profile-cancel-button = Anile
# Variables:
#   $name (String) - the profile's name or nickname.
profile-removed = Ou retire { $name }.
profile-undo-button = Defèt
profile-dates-heading = Dat
profile-deadlines-heading = Delè
profile-checklist-heading = Dokiman
profile-save-button = Anrejistre
profile-no-deadlines = Ekri yon dat pou w wè delè ou yo.
# Variables:
#   $title (String) - what is due.
#   $date (String) - the date, written out.
profile-next-due = Pwochen: { $title }, { $date }.

## The document checklist

# Variables:
#   $have (Number) - documents the person has.
#   $total (Number) - documents that apply to the person.
checklist-progress = Ou gen { $have } sou { $total }.
checklist-missing-heading = Sa ki manke
checklist-nothing-missing = Pa gen anyen ki manke nan lis sa a.
checklist-note-label = Nòt
checklist-own-heading = Pwòp dokiman pa w yo
checklist-add-label = Yon lòt dokiman ou vle sonje
checklist-add-button = Ajoute

## The printable summary

summary-button = Rezime pou enprime
summary-title = Rezime dokiman yo ak delè yo
# Variables:
#   $date (String) - the date the summary was made, written out.
summary-made-on = Prepare { $date }.
summary-print-button = Enprime oswa anrejistre
summary-deadlines-heading = Delè
summary-documents-heading = Dokiman
