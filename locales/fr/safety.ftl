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
safety-space-new-button = Créer mon espace
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
error-shared-needs-pin = Sur un appareil partagé, chaque espace doit avoir un code PIN.
error-shared-wipe-after = Sur un appareil partagé, on ne peut pas tout supprimer après plusieurs mauvais codes PIN.
error-not-shared = Cet appareil n'est pas partagé.
error-shared-already = Cet appareil est déjà partagé.
# Variables:
#   $allowed (String) - the times offered, separated by commas.
error-idle-minutes = Cette durée ne peut pas être choisie. Choisissez l'une de ces durées, en minutes : { $allowed }.

## Un code PIN ou une phrase secrète, et combien de temps elle résiste à qui a copié les fichiers.

# Variables:
#   $digits (Number) - le nombre minimum de chiffres d'un nouveau code PIN.
#   $words (Number) - le nombre minimum de mots d'une nouvelle phrase secrète.
safety-new-secret-label = Nouveau code PIN ({ $digits } chiffres ou plus) ou phrase secrète ({ $words } mots ou plus)
# Variables:
#   $digits (Number) - le nombre minimum de chiffres d'un nouveau code PIN.
#   $words (Number) - le nombre minimum de mots d'une nouvelle phrase secrète.
safety-space-own-secret-label = Votre code PIN ({ $digits } chiffres ou plus) ou phrase secrète ({ $words } mots ou plus)
safety-space-secret-label = Votre mot et votre code PIN
safety-space-create-hint = C'est votre première fois sur cet appareil ? Choisissez un code PIN ou une phrase secrète. L'appareil y ajoute un mot. Ne les dites à personne.
safety-locked-space-hint = Cet appareil est partagé. Tapez le mot de votre espace, une espace, puis votre code PIN. Le guide se lit sans eux.
safety-secret-hint = Un code PIN vous protège contre quelqu'un qui prend le téléphone. Il vous protège mal contre quelqu'un qui copie ses fichiers et a du temps et des ordinateurs. Dans ce cas, choisissez une phrase secrète.
# Variables:
#   $passphrase (String) - des mots tirés au hasard par l'appareil.
safety-suggestion = Une phrase secrète tirée au hasard pour vous : { $passphrase }. Notez-la et gardez-la dans un endroit sûr.
# Variables:
#   $digits (Number) - le nombre de chiffres du code PIN.
#   $one (String) - le temps avec un ordinateur, déjà écrit.
#   $many (String) - le temps avec beaucoup d'ordinateurs, déjà écrit.
#   $computers (Number) - le nombre d'ordinateurs.
safety-strength-pin = Quelqu'un qui copie les fichiers de cet appareil pourrait essayer tous les codes PIN de { $digits } chiffres. Cela prend { $one } avec un ordinateur, ou { $many } avec { $computers } ordinateurs.
# Variables:
#   $words (Number) - le nombre de mots de la phrase secrète.
#   $one (String) - le temps avec un ordinateur, déjà écrit.
#   $many (String) - le temps avec beaucoup d'ordinateurs, déjà écrit.
#   $computers (Number) - le nombre d'ordinateurs.
safety-strength-passphrase = Quelqu'un qui copie les fichiers de cet appareil devrait essayer des phrases de { $words } mots. Si les mots ont été choisis au hasard, cela prend { $one } avec un ordinateur, ou { $many } avec { $computers } ordinateurs.
# Variables:
#   $one (String) - le temps avec un ordinateur, déjà écrit.
#   $many (String) - le temps avec beaucoup d'ordinateurs, déjà écrit.
#   $computers (Number) - le nombre d'ordinateurs.
safety-strength-space = Quelqu'un qui copie les fichiers de cet appareil devrait deviner le mot et votre code PIN ensemble. Cela prend { $one } avec un ordinateur, ou { $many } avec { $computers } ordinateurs.
safety-duration-under-minute = moins d'une minute
safety-duration-million-years = plus d'un million d'années
# Variables:
#   $count (Number) - minutes, arrondies.
safety-duration-minutes = { $count ->
        [one] environ 1 minute
       *[other] environ { $count } minutes
    }
# Variables:
#   $count (Number) - heures, arrondies.
safety-duration-hours = { $count ->
        [one] environ 1 heure
       *[other] environ { $count } heures
    }
# Variables:
#   $count (Number) - jours, arrondis.
safety-duration-days = { $count ->
        [one] environ 1 jour
       *[other] environ { $count } jours
    }
# Variables:
#   $count (Number) - années, arrondies.
safety-duration-years = { $count ->
        [one] environ 1 an
       *[other] environ { $count } ans
    }
# Variables:
#   $word (String) - le mot que l'appareil a ajouté au secret de l'espace.
safety-space-word = Le mot de votre espace est : { $word }. Pour ouvrir votre espace, tapez ce mot, une espace, puis votre code PIN. Notez ce mot maintenant : il ne sera plus affiché.
# Variables:
#   $digits (Number) - le nombre minimum de chiffres d'un nouveau code PIN.
#   $words (Number) - le nombre minimum de mots d'une nouvelle phrase secrète.
safety-weak-secret = Votre code PIN est plus facile à deviner que ce que { -brand-name } accepte maintenant. Changez-le : utilisez { $digits } chiffres ou plus, ou une phrase de { $words } mots.
safety-notice-done = Je l'ai noté
safety-notice-ok = J'ai compris
safety-busy = Ouverture…
safety-wipe-backups-note = Les sauvegardes enregistrées ailleurs, par exemple dans Téléchargements ou sur une clé USB, ne sont pas effacées. Effacez-les vous-même si besoin.
# Variables:
#   $path (String) - le fichier où la sauvegarde a été écrite.
safety-backup-saved-to = La sauvegarde a été enregistrée dans { $path }. Gardez-la dans un endroit sûr, loin de son mot de passe.
safety-backup-not-saved = Aucune sauvegarde n'a été enregistrée.

## Erreurs

# Variables:
#   $min (Number) - le nombre minimum de chiffres d'un code PIN.
#   $words (Number) - le nombre minimum de mots d'une phrase secrète.
error-pin-too-few-digits = Un code PIN doit avoir au moins { $min } chiffres. Vous pouvez aussi utiliser une phrase secrète de { $words } mots ou plus.
error-pin-common = Ce code PIN est trop facile à deviner : c'est un nombre courant, une suite ou une date. Choisissez-en un autre.
# Variables:
#   $min (Number) - le nombre minimum de mots différents d'une phrase secrète.
#   $letters (Number) - le nombre minimum de lettres pour qu'un mot compte.
#   $digits (Number) - le nombre minimum de chiffres d'un code PIN.
error-passphrase-too-few-words = Une phrase secrète doit avoir au moins { $min } mots différents, de { $letters } lettres ou plus chacun. Vous pouvez aussi utiliser un code PIN de { $digits } chiffres ou plus.
error-guest-no-pin = En mode invité, rien n'est enregistré : il n'y a donc pas de code PIN à créer ou à changer. Quittez d'abord le mode invité.
