## Names of the project and of institutions. Terms are kept as proper names.

-brand-name = Senda
-comar = COMAR
-unhcr = UNHCR
-inm = INM

## Language picker (first launch, and the language button)

# The question shown above the list of languages, in this language.
language-picker-title = Choose your language
language-picker-hint = You can change it at any time.

## Header shown on every screen

app-name = { -brand-name }
app-tagline = A guide to asylum in Mexico. Works without internet.
nav-change-language = Language
nav-back = Back
nav-home = Home
# The header's one menu button, shown as an icon: this is what a screen reader says.
nav-menu = Menu: language, my records and safety
# The title of the screen that lists what a search found.
search-results-title = Search results

## Home screen

home-title = Guide
home-intro = Choose a topic. Everything is on your phone and works offline.

## Topic page

topic-terms-heading = Words to know
topic-sources-heading = Sources
# Variables:
#   $date (String) - the date the facts were last checked, already written out in this language.
topic-checked = Last checked: { $date }
