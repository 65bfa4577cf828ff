## Search over the guide.

search-label = Buscar en la guía
search-button = Buscar
# Variables:
#   $query (String) - what the person searched for.
search-no-results = No encontramos nada para «{ $query }». Pruebe con otra palabra.
search-fallback-note = No encontramos nada en su idioma. Estos resultados están en español.
