## The guide in one file (senda-guide.html): it opens in a browser, keeps nothing.

# Shown on the screens where a person enters their family's dates and documents.
web-memory-only = Este arquivo não guarda nada. O que você escrever aqui é apagado quando você fechar a página.
web-about-title = Sobre este guia
web-about-file = Este é o guia em um só arquivo. Ele funciona sem internet. Você pode compartilhar o arquivo do jeito que está.
