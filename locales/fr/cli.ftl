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
