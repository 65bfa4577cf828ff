## Search over the guide.

search-label = Chercher dans le guide
search-button = Chercher
# Variables:
#   $query (String) - what the person searched for.
search-no-results = Aucun résultat pour « { $query } ». Essayez un autre mot.
search-fallback-note = Aucun résultat dans votre langue. Ces résultats sont en espagnol.
