## Safety on a seized or shared device: PIN, lock, quick exit, wipe, guest, backup.

safety-title = Votre sécurité
safety-pin-label = Code PIN ou mot de passe
safety-unlock-button = Ouvrir
safety-locked-title = Vos données sont verrouillées
safety-locked-hint = Tapez votre code PIN pour voir vos données. Le guide se lit sans code PIN.
# The lock screen's button that opens the guide, which needs no PIN.
safety-read-guide-button = Lire le guide
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
safety-repeat-pin-label = Retapez le code PIN
safety-shared-title = Appareil partagé
safety-shared-hint = Si plusieurs personnes utilisent cet appareil, chacune peut avoir son propre espace, verrouillé par son code PIN. L'écran d'accueil ne montre aucun nom. Vos données passent dans votre espace.
safety-shared-button = Partager cet appareil
safety-shared-on = Cet appareil est partagé. Vos données sont dans votre propre espace, verrouillé par votre code PIN.
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-shared-pin-label = Code PIN de votre espace ({ $min } caractères ou plus)
safety-space-new-button = Créer mon espace
safety-space-new-hint = C'est votre première fois sur cet appareil ? Créez votre espace avec un nouveau code PIN. Ne le dites à personne.
safety-locked-shared-hint = Cet appareil est partagé. Tapez votre code PIN pour ouvrir votre espace. Le guide se lit sans code PIN.
safety-settings-title = Réglages
safety-idle-label = Verrouiller mes données si je n'utilise pas l'application pendant
# Variables:
#   $minutes (Number) - minutes without use.
safety-idle-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
safety-wipe-after-label = Tout supprimer après plusieurs mauvais codes PIN
safety-wipe-after-never = Jamais
# Variables:
#   $count (Number) - wrong PINs in a row.
safety-wipe-after-count = { $count ->
        [one] Après 1 mauvais essai
       *[other] Après { $count } mauvais essais
    }
# Variables:
#   $min (Number) - the fewest characters allowed.
safety-backup-passphrase-label = Mot de passe de la sauvegarde ({ $min } caractères ou plus)
safety-backup-export-button = Enregistrer une sauvegarde
safety-backup-import-button = Récupérer la sauvegarde
safety-backup-replace-warning = Si vous récupérez une sauvegarde, toutes vos données sur cet appareil sont remplacées par celles de la sauvegarde.
# Variables:
#   $path (String) - the file the backup was written to.
safety-backup-saved = La sauvegarde a été enregistrée dans { $path }. Mettez-la dans un endroit sûr. Sans le mot de passe, personne ne peut l'ouvrir.
# Variables:
#   $count (Number) - profiles brought back.
safety-backup-restored = La sauvegarde a été récupérée : { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }.

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
error-pin-mismatch = Les deux codes PIN ne sont pas identiques. Rien n'a été modifié.
error-pin-taken = Ce code PIN ne peut pas être utilisé. Choisissez-en un autre. Rien n'a été modifié.
error-shared-needs-pin = Sur un appareil partagé, chaque espace doit avoir un code PIN.
error-shared-wipe-after = Sur un appareil partagé, on ne peut pas tout supprimer après plusieurs mauvais codes PIN.
error-not-shared = Cet appareil n'est pas partagé.
error-shared-already = Cet appareil est déjà partagé.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Cette durée ne peut pas être choisie. Choisissez l'une de ces durées, en minutes : { $allowed }.
