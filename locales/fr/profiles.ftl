## Profiles: the person and each family member, with their dates and documents.
## Everything here stays on the device.

nav-profiles = Mes données
profiles-title = Personnes
profiles-intro = Gardez les dates et les documents de chaque personne de votre famille. Tout reste seulement sur cet appareil.
profiles-empty = Il n'y a encore aucune personne. Ajoutez-en une pour garder ses dates et ses documents.
profile-name-label = Nom ou surnom
profile-add-button = Ajouter une personne
profile-rename-button = Changer le nom
profile-remove-button = Retirer
# Variables:
#   $name (String) - the profile's name or nickname.
profile-remove-confirm = Retirer { $name } et toutes ses données ? Vous pourrez annuler pendant 24 heures.
profile-cancel-button = Annuler
# Variables:
#   $name (String) - the profile's name or nickname.
profile-removed = Vous avez retiré { $name }.
profile-undo-button = Annuler le retrait
profile-dates-heading = Dates importantes
profile-deadlines-heading = Délais
profile-checklist-heading = Liste des documents
profile-save-button = Enregistrer
profile-no-deadlines = Écrivez une date pour voir les délais.
# Variables:
#   $title (String) - what is due.
#   $date (String) - the date, written out.
profile-next-due = Prochaine échéance : { $title }, { $date }.

## The document checklist

# Variables:
#   $have (Number) - documents the person has.
#   $total (Number) - documents that apply to the person.
checklist-progress = Documents réunis : { $have } sur { $total }.
checklist-missing-heading = Ce qui manque
checklist-nothing-missing = Rien ne manque dans cette liste.
checklist-note-label = Remarque
checklist-own-heading = Vos propres documents
checklist-add-label = Un autre document dont vous voulez vous souvenir
checklist-add-button = Ajouter

## The printable summary

summary-button = Résumé à imprimer
summary-title = Résumé des documents et des délais
# Variables:
#   $date (String) - the date the summary was made, written out.
summary-made-on = Préparé le { $date }.
summary-print-button = Imprimer ou enregistrer
summary-deadlines-heading = Délais
summary-documents-heading = Liste des documents
