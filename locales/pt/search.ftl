## Search over the guide.

search-label = Pesquisar no guia
search-button = Pesquisar
# Variables:
#   $query (String) - what the person searched for.
search-no-results = Não encontramos nada para “{ $query }”. Tente outra palavra.
search-fallback-note = Não encontramos nada no seu idioma. Estes resultados estão em espanhol.
