## Names of the project and of institutions. Terms are kept as proper names.

-brand-name = Senda
-comar = COMAR
-unhcr = HCR
-inm = INM

## Language picker (first launch, and the language button)

# The question shown above the list of languages, in this language.
language-picker-title = Choisissez votre langue
language-picker-hint = Vous pouvez la changer à tout moment.

## Header shown on every screen

app-name = { -brand-name }
app-tagline = Guide sur l'asile au Mexique. Fonctionne sans internet.
nav-change-language = Langue
nav-back = Retour
nav-home = Accueil
# The header's one menu button, shown as an icon: this is what a screen reader says.
nav-menu = Menu : langue, mes données et sécurité
# The title of the screen that lists what a search found.
search-results-title = Résultats de la recherche

## Home screen

home-title = Le guide
home-intro = Choisissez un thème. Tout est sur votre téléphone et se lit sans connexion.

## Topic page

topic-terms-heading = Mots à connaître
topic-sources-heading = Nos sources
# Variables:
#   $date (String) - the date the facts were last checked, already written out in this language.
topic-checked = Dernière vérification : { $date }
