## Profiles: the person and each family member, with their dates and documents.
## Everything here stays on the device.

nav-profiles = Mis datos
profiles-title = Personas
profiles-intro = Guarde las fechas y los documentos de cada persona de su familia. Todo se queda solo en este aparato.
profiles-empty = Todavía no hay ninguna persona. Agregue una para guardar sus fechas y documentos.
profile-name-label = Nombre o apodo
profile-add-button = Agregar persona
profile-rename-button = Cambiar nombre
profile-remove-button = Quitar
# Variables:
#   $name (String) - the profile's name or nickname.
profile-remove-confirm = ¿Quitar a { $name } y todos sus datos? Podrá deshacerlo durante 24 horas.
profile-cancel-button = Cancelar
# Variables:
#   $name (String) - the profile's name or nickname.
profile-removed = Se quitó a { $name }.
profile-undo-button = Deshacer
profile-dates-heading = Fechas
profile-deadlines-heading = Plazos
profile-checklist-heading = Documentos
profile-save-button = Guardar
profile-no-deadlines = Escriba una fecha para ver sus plazos.
# Variables:
#   $title (String) - what is due.
#   $date (String) - the date, written out.
profile-next-due = Próximo: { $title }, { $date }.

## The document checklist

# Variables:
#   $have (Number) - documents the person has.
#   $total (Number) - documents that apply to the person.
checklist-progress = Tiene { $have } de { $total }.
checklist-missing-heading = Le falta
checklist-nothing-missing = No le falta nada de esta lista.
checklist-note-label = Nota
checklist-own-heading = Sus propios documentos
checklist-add-label = Otro documento que quiere recordar
checklist-add-button = Agregar

## The printable summary

summary-button = Resumen para imprimir
summary-title = Resumen de documentos y plazos
# Variables:
#   $date (String) - the date the summary was made, written out.
summary-made-on = Preparado el { $date }.
summary-print-button = Imprimir o guardar
summary-deadlines-heading = Plazos
summary-documents-heading = Documentos
