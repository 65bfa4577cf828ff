## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Ce fichier n'enregistre rien. Ce que vous écrivez ici est effacé quand vous fermez la page.
# The title of the screen that says what the file is (its guide's version and dates).
web-about-title = Le guide en un seul fichier
web-about-file = Il fonctionne sans internet. Vous pouvez partager ce fichier tel quel, par message ou par Bluetooth.
