## Names of the project and of institutions. Terms are kept as proper names.

-brand-name = Senda
-comar = COMAR
-unhcr = UNHCR
-inm = INM

## Language picker (first launch, and the language button)

# The question shown above the list of languages, in this language.
language-picker-title = Chwazi lang ou
language-picker-hint = Ou ka chanje l nenpòt ki lè.

## Header shown on every screen

app-name = { -brand-name }
app-tagline = Yon gid sou azil nan Meksik. Li mache san entènèt.
nav-change-language = Lang
nav-back = Retounen
nav-home = Akèy
# The header's one menu button, shown as an icon: this is what a screen reader says.
nav-menu = Meni: lang, done mwen ak sekirite
# The title of the screen that lists what a search found.
search-results-title = Rezilta rechèch la

## Home screen

home-title = Gid
home-intro = Chwazi yon sijè. Tout bagay la nan telefòn ou. Ou ka li yo san entènèt.

## Topic page

topic-terms-heading = Mo pou konnen
topic-sources-heading = Sous
# Variables:
#   $date (String) - the date the facts were last checked, already written out in this language.
topic-checked = Dènye verifikasyon: { $date }
