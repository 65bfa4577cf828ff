## Names of the project and of institutions. Terms are kept as proper names.

-brand-name = Senda
-comar = COMAR
-unhcr = ACNUR
-inm = INM

## Language picker (first launch, and the language button)

# The question shown above the list of languages, in this language.
language-picker-title = Escolha o seu idioma
language-picker-hint = Você pode mudar quando quiser.

## Header shown on every screen

app-name = { -brand-name }
app-tagline = Guia sobre asilo no México. Funciona sem internet.
nav-change-language = Mudar idioma
nav-back = Voltar
nav-home = Início
# The header's one menu button, shown as an icon: this is what a screen reader says.
nav-menu = Menu: idioma, meus dados e segurança
# The title of the screen that lists what a search found.
search-results-title = Resultados da busca

## Home screen

home-title = Guia
home-intro = Escolha um tema. Tudo fica no seu celular e pode ser lido sem internet.

## Topic page

topic-terms-heading = Palavras para conhecer
topic-sources-heading = Fontes
# Variables:
#   $date (String) - the date the facts were last checked, already written out in this language.
topic-checked = Última revisão: { $date }
