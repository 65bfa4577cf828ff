## Search over the guide.

search-label = Search the guide
search-button = Search
# Variables:
#   $query (String) - what the person searched for.
search-no-results = Nothing found for “{ $query }”. Try another word.
search-fallback-note = Nothing found in your language. These results are in Spanish.
