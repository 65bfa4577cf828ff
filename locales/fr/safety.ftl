## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Votre sécurité
safety-pin-label = Code PIN ou mot de passe
safety-unlock-button = Ouvrir
safety-locked-title = Vos données sont verrouillées
safety-locked-hint = Tapez votre code PIN pour voir vos données. Le guide se lit sans code PIN.
safety-set-pin-button = Créer un code PIN
safety-change-pin-button = Changer le code PIN
safety-remove-pin-button = Retirer le code PIN
safety-new-pin-label = Nouveau code PIN (4 caractères ou plus)
safety-pin-on = Vos données sont protégées par un code PIN.
safety-pin-off = Vos données n'ont pas de code PIN. Toute personne qui a cet appareil peut les voir.
safety-lock-button = Verrouiller maintenant
safety-quick-exit = Sortie rapide
safety-wipe-button = Supprimer toutes mes données
# Variables:
#   $seconds (Number) - seconds left before everything is deleted.
safety-wipe-countdown = Tout sera supprimé dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
safety-wipe-cancel = Ne pas supprimer
safety-wiped = Toutes vos données ont été supprimées.
safety-guest-button = Entrer en mode invité
safety-guest-on = Mode invité : rien n'est enregistré. Quand vous sortez, tout est supprimé.
safety-guest-end = Quitter le mode invité
safety-backup-title = Sauvegarde
safety-backup-hint = Enregistrez vos données dans un fichier protégé par un mot de passe, pour les passer sur un autre téléphone.

## Errors

# Variables:
#   $min (Number) - the fewest characters allowed.
error-pin-too-short = C'est trop court. Utilisez au moins { $min } caractères.
# Variables:
#   $max (Number) - the most characters allowed.
error-pin-too-long = C'est trop long. Utilisez { $max } caractères au maximum.
error-pin-wrong = Le code PIN n'est pas correct. Rien n'a été modifié.
# Variables:
#   $seconds (Number) - seconds to wait.
error-pin-wait = Il y a eu plusieurs essais avec un mauvais code PIN. Attendez { $seconds } secondes, puis réessayez.
error-locked = Vos données sont verrouillées. Tapez votre code PIN pour les ouvrir.
error-pin-none = Ces données n'ont pas de code PIN.
error-pin-set = Ces données ont déjà un code PIN. Vous pouvez le changer ou le retirer.
error-backup-open = Impossible d'ouvrir la sauvegarde : le mot de passe n'est pas correct ou le fichier est endommagé. Rien n'a été modifié.
