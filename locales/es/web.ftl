## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = En este archivo no se guarda nada. Lo que escriba aquí se borra al cerrar la página.
# The title of the screen that says what the file is (its guide's version and dates).
web-about-title = La guía en un solo archivo
web-about-file = Funciona sin internet. Puede compartir este archivo tal como está, por mensaje o por Bluetooth.
