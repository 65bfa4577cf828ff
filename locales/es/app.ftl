## Names of the project and of institutions. Terms are kept as proper names.

-brand-name = Senda
-comar = COMAR
-unhcr = ACNUR
-inm = INM

## Language picker (first launch, and the language button)

# The question shown above the list of languages, in this language.
language-picker-title = Elija su idioma
language-picker-hint = Puede cambiarlo cuando quiera.

## Header shown on every screen

app-name = { -brand-name }
app-tagline = Guía sobre el asilo en México. Funciona sin internet.
nav-change-language = Idioma
nav-back = Volver
nav-home = Inicio
# The header's one menu button, shown as an icon: this is what a screen reader says.
nav-menu = Menú: idioma, mis datos y seguridad
# The title of the screen that lists what a search found.
search-results-title = Resultados de la búsqueda

## Home screen

home-title = Guía
home-intro = Elija un tema. Todo está en su teléfono y se lee sin conexión.

## Topic page

topic-terms-heading = Palabras que conviene conocer
topic-sources-heading = Fuentes
# Variables:
#   $date (String) - the date the facts were last checked, already written out in this language.
topic-checked = Revisado por última vez: { $date }
