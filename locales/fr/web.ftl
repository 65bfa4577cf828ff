## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Ce fichier n'enregistre rien. Ce que vous écrivez ici est effacé quand vous fermez la page.
web-about-title = À propos de ce guide
web-about-file = Voici le guide en un seul fichier. Il fonctionne sans internet. Vous pouvez partager le fichier tel quel.
