## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = En este archivo no se guarda nada. Lo que escriba aquí se borra al cerrar la página.
web-about-title = Sobre esta guía
web-about-file = Esta es la guía en un solo archivo. Funciona sin internet. Puede compartir el archivo tal como está.
