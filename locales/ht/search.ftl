## Search over the guide.

search-label = Chèche nan gid la
search-button = Chèche
# Variables:
#   $query (String) - what the person searched for.
search-no-results = Nou pa jwenn anyen pou «{ $query }». Eseye yon lòt mo.
search-fallback-note = Nou pa jwenn anyen nan lang ou. Rezilta sa yo an panyòl.
