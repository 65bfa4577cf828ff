## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Este arquivo não guarda nada. O que você escrever aqui é apagado quando você fechar a página.
# The title of the screen that says what the file is (its guide's version and dates).
web-about-title = O guia em um só arquivo
web-about-file = Ele funciona sem internet. Você pode compartilhar este arquivo do jeito que está, por mensagem ou por Bluetooth.
