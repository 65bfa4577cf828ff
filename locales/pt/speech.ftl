## Read aloud: the player's buttons and the reading speed.

speech-listen-button = Ouvir
speech-pause-button = Pausar
speech-resume-button = Continuar
speech-stop-button = Parar
speech-rate-label = Velocidade de leitura
speech-rate-normal = Velocidade normal
speech-rate-slower = Mais devagar
# Variables:
#   $current (Number) - the part being read, from 1.
#   $total (Number) - how many parts there are.
speech-progress = Trecho { $current } de { $total }

## Errors

# Variables:
#   $lang (String) - the code of the language, such as ht.
error-speech-no-voice = Não há voz para ler este idioma em voz alta ({ $lang }).
error-speech-failed = O Senda não conseguiu ler em voz alta. Você ainda pode ler o texto na tela.
# Variables:
#   $value (String) - what was given as a speed.
error-speech-rate = “{ $value }” não é uma velocidade de leitura. Escolha normal ou mais devagar.

## How the guide's acronyms sound when read aloud. Only what is heard changes: the screen shows them as written.
## Acronyms said letter by letter are written as the letters' names (or letters with spaces); those said as a word, as they sound.

speech-say-comar = Comar
speech-say-inm = I N M
speech-say-tvrh = T V R H
speech-say-mpp = M P P
speech-say-pin = pin
speech-say-uscis = U S C I S
speech-say-dif = dif
speech-say-curp = curp
speech-say-cbp = C B P
speech-say-cat = C A T
speech-say-acnur = acnur
speech-say-unhcr = U N H C R
speech-say-hcr = H C R
speech-say-onu = onu
speech-say-un = U N
speech-say-cicr = C I C R
speech-say-icrc = I C R C
speech-say-cicv = C I C V
speech-say-usb = U S B
speech-say-raices = Raíces
speech-say-msf = M S F
speech-say-imumi = Imumi
speech-say-iap = I A P
speech-say-us = U S
speech-say-id = I D
