## The `senda` command line: help texts and labels. Command and option names stay in English.

cli-about = { -brand-name } : guide hors ligne sur l'asile au Mexique, pour le terminal.
cli-opt-data-dir = Dossier de données (par défaut : SENDA_DATA_DIR, ou le dossier de données du système).
cli-opt-lang = Langue des textes : es, en, ht, fr ou pt (par défaut : la langue du système, ou l'espagnol).
cli-opt-json = Écrit le résultat en JSON, pour d'autres programmes.
cli-opt-help = Affiche cette aide.
cli-opt-version = Affiche la version.
cli-cmd-topics = Liste les thèmes du guide.
cli-cmd-show = Affiche un thème du guide.
cli-arg-topic = Le nom du thème, tel qu'il apparaît dans « senda topics ».
cli-cmd-l10n = Vérifie les traductions.
cli-cmd-l10n-check = Compte, pour chaque langue, les textes manquants, ceux qui ont des erreurs et ceux qui sont identiques à l'espagnol.
cli-opt-l10n-dir = Vérifie le dossier indiqué (avec content/ et locales/) au lieu du guide intégré.
cli-help-heading-commands = Commandes
cli-help-heading-options = Options disponibles
cli-help-heading-arguments = Arguments attendus
cli-help-usage = Utilisation

## Output labels

cli-topic-sources = Nos sources :
# Variables:
#   $date (String) - the date, already written out in this language.
cli-topic-checked = Dernière vérification : { $date }
cli-l10n-header-lang = Langue
cli-l10n-header-missing = Manquants
cli-l10n-header-errors = Erreurs
cli-l10n-header-identical = Identiques
cli-l10n-complete = complète
cli-l10n-incomplete = incomplète
# Variables:
#   $count (Number) - how many shipped locales are incomplete.
cli-l10n-summary-bad = { $count ->
        [one] { $count } langue est incomplète.
       *[other] { $count } langues sont incomplètes.
    }
cli-l10n-summary-ok = Toutes les langues sont complètes.
cli-error-detail = Détail technique :

## Usage errors (exit code 2)

# Variables:
#   $arg (String) - the argument or option as typed.
cli-usage-unknown-argument = « { $arg } » n'est pas reconnu.
# Variables:
#   $arg (String) - the missing argument or option.
cli-usage-missing-argument = Il manque une donnée obligatoire : { $arg }.
# Variables:
#   $arg (String) - the option whose value is not valid.
cli-usage-invalid-value = La valeur de { $arg } n'est pas valide.
cli-usage-unknown-command = Cette commande n'existe pas.
cli-usage-generic = La commande n'est pas valide.
cli-usage-hint = Pour voir l'aide : senda --help

## Profiles, dates, deadlines and the checklist

cli-cmd-profile = Gère les personnes de votre famille (profils).
cli-cmd-profile-add = Ajoute une personne.
cli-cmd-profile-list = Liste les personnes.
cli-cmd-profile-rename = Change le nom d'une personne.
cli-cmd-profile-remove = Retire une personne et ses données (vous pouvez annuler pendant 24 heures).
cli-cmd-profile-restore = Récupère une personne retirée il y a moins de 24 heures.
cli-arg-name = Nom ou surnom.
cli-arg-new-name = Le nouveau nom.
cli-opt-profile = La personne (inutile s'il n'y en a qu'une).
cli-opt-yes = Ne demande pas de confirmation avant de retirer (pour les scripts).
cli-cmd-dates = Affiche les dates enregistrées d'une personne.
cli-cmd-dates-set = Enregistre une date (AAAA-MM-JJ), le jour de signature (1 = lundi … 7 = dimanche) ou le nombre de jours entre deux signatures.
cli-cmd-dates-clear = Efface une date enregistrée.
cli-arg-date-key = Quelle date : entered, could-apply, filed, extended, notified, tvrh-issued, us-arrival ou signing-next ; ou signing-day, signing-every-days.
cli-arg-date-value = La date (AAAA-MM-JJ) ; un numéro de jour pour signing-day ; un nombre de jours pour signing-every-days.
cli-cmd-deadline = Calcule un délai à partir d'une date, sans rien enregistrer.
cli-arg-deadline-kind = Quel délai : comar, appeal, nulidad, amparo, decision, decision-extended, tvrh ou us-one-year.
cli-opt-today = Utilise cette date comme « aujourd'hui » (AAAA-MM-JJ).
cli-opt-statutory-only = Compte seulement les jours de repos prévus par la loi, sans les fermetures annoncées.
cli-cmd-deadlines = Affiche les délais d'une personne.
cli-cmd-checklist = Affiche la liste de documents d'une personne.
cli-cmd-checklist-set = Marque un document : have (je l'ai), needed (il me manque) ou not-applicable (ne s'applique pas).
cli-cmd-checklist-add = Ajoute à la liste un document de votre choix.
cli-arg-item = Le document, tel qu'il apparaît dans « senda checklist ».
cli-arg-status = have, needed ou not-applicable.
cli-opt-note = Une note pour le document.
cli-arg-item-text = Le texte du document.
cli-cmd-summary = Écrit un résumé à imprimer (HTML) des documents et des délais.
cli-opt-out = Le fichier où écrire.
cli-profile-added = Personne ajoutée.
cli-profile-renamed = Nom modifié.
cli-profile-restored = Personne récupérée.
cli-saved = Enregistré.
cli-cancelled = Rien n'a été modifié.
# Shown after the question; the person types one of the words of cli-confirm-yes.
cli-confirm-hint = Tapez « oui » pour confirmer :
# Words that confirm, separated by commas, lowercase.
cli-confirm-yes = oui, o
cli-no-dates = Aucune date enregistrée.
# Variables:
#   $file (String) - the file written.
cli-summary-written = Résumé écrit dans { $file }.

## Search and the decision helper

cli-cmd-search = Cherche dans le guide, dans votre langue (et en espagnol s'il n'y a rien).
cli-arg-query = Les mots que vous cherchez.
cli-cmd-decide = Pose les 6 questions de l'assistant et affiche les conseils.
cli-opt-answer = Répond à une question sans qu'elle soit posée : QUESTION=RÉPONSE (par exemple us-entry=no).
cli-decide-choose = Tapez le numéro de votre réponse :
cli-decide-invalid = Ce numéro n'est pas dans la liste. Réessayez.

## Guide packs, for staff

cli-cmd-pack = Prépare, signe, vérifie, installe et partage les mises à jour du guide.
cli-cmd-pack-keygen = Crée une paire de clés de signature (NOM.key et NOM.pub).
cli-cmd-pack-build = Prépare une mise à jour avec les dossiers content/ et locales/.
cli-cmd-pack-sign = Signe une mise à jour avec une clé secrète.
cli-cmd-pack-verify = Vérifie une mise à jour sans l'installer.
cli-cmd-pack-trust = Accepte une clé publique pour les mises à jour qu'elle signe.
cli-cmd-pack-install = Installe une mise à jour après l'avoir vérifiée.
cli-cmd-pack-info = Affiche la version du guide utilisée.
cli-cmd-pack-export = Enregistre la mise à jour installée dans un fichier, pour la passer à un autre appareil.
cli-cmd-pack-rollback = Revient à la version précédente du guide.
cli-arg-pack-file = Le fichier de la mise à jour.
cli-opt-pack-out = Le fichier à écrire.
cli-opt-pack-version = Le numéro de version (plus grand que celui de la version installée).
cli-opt-pack-key = Le fichier de la clé secrète (NOM.key).
cli-arg-pack-public-key = Le fichier de la clé publique (NOM.pub).
cli-opt-pack-dir = Le dossier qui contient content/ et locales/ (par défaut : le dossier actuel).
cli-pack-keys-written = Clés écrites. Gardez le fichier .key dans un endroit sûr et ne le partagez avec personne.
cli-pack-signed = Mise à jour signée.
cli-pack-built = Mise à jour préparée. Signez-la avant de la partager.
cli-pack-valid = La mise à jour est valide.
# Variables:
#   $key (String) - the key's fingerprint.
cli-pack-trust-confirm = Accepter la clé { $key } ? Vérifiez auprès de la personne qui l'a créée que c'est bien la même.
cli-pack-trusted = Clé acceptée.
cli-pack-exported = Mise à jour enregistrée.
# Variables:
#   $version (Number) - the version now in use.
cli-pack-rolled-back = La version { $version } du guide est maintenant utilisée.

## PIN, lock, wipe and backup

cli-opt-pin-stdin = Lit le code PIN (et, si besoin, le nouveau code PIN) sur l'entrée standard, une ligne pour chacun.
cli-cmd-pin = Crée, change ou retire le code PIN qui chiffre vos données.
cli-cmd-pin-set = Crée un code PIN : vos données sont chiffrées.
cli-cmd-pin-change = Change le code PIN.
cli-cmd-pin-remove = Retire le code PIN : vos données ne sont plus chiffrées.
cli-cmd-lock = Verrouille vos données (chaque commande les verrouille quand elle se termine).
cli-cmd-wipe = Supprime toutes vos données personnelles. Demande d'abord une confirmation.
cli-cmd-backup = Enregistre ou récupère une sauvegarde chiffrée.
cli-cmd-backup-export = Enregistre toutes vos données dans un fichier protégé par un mot de passe.
cli-cmd-backup-import = Récupère vos données à partir d'un fichier de sauvegarde.
cli-arg-backup-file = Le fichier de la sauvegarde.
cli-opt-passphrase-stdin = Lit le mot de passe sur l'entrée standard.
cli-pin-prompt = Code PIN :
cli-pin-new-prompt = Nouveau code PIN :
cli-passphrase-prompt = Mot de passe de la sauvegarde :
cli-locked = Vos données sont verrouillées. Chaque commande les ouvre seulement pendant qu'elle travaille.
cli-wipe-confirm = Supprimer toutes vos données personnelles ? Elles ne pourront pas être récupérées.
cli-wiped = Toutes vos données personnelles ont été supprimées.
cli-backup-written = Sauvegarde enregistrée.
cli-backup-replace-confirm = Cela remplace toutes les données de cet appareil par celles de la sauvegarde. Continuer ?
cli-backup-restored = Données récupérées à partir de la sauvegarde.
cli-cmd-pin-wipe-after = Supprime tout après N essais avec un code PIN erroné (0 : jamais).
cli-arg-wipe-after = Combien d’essais erronés (0 pour le désactiver).
cli-cmd-share = Rend cet appareil partagé : chaque personne a son espace, verrouillé par son code PIN. Vos données passent dans votre espace.
cli-cmd-space = Les espaces d'un appareil partagé.
cli-cmd-space-new = Crée un nouvel espace avec un nouveau code PIN.
cli-space-pin-prompt = Code PIN de votre espace :
cli-pin-repeat-prompt = Retapez le code PIN :
cli-shared = Cet appareil est maintenant partagé. Vos données sont dans votre espace.
cli-space-created = Votre espace a été créé.

## `senda share-kit`: the copy to pass on

cli-cmd-share-kit = Écrit un dossier pour transmettre { -brand-name } à un autre ordinateur. Il contient le programme d'installation, le guide le plus récent, ses clés et un README.
cli-opt-share-kit-out = Le dossier où écrire (nouveau ou vide).
cli-share-kit-files = Fichiers et leurs codes de contrôle (SHA-256) :
