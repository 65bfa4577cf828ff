## Read aloud: the player's buttons and the reading speed.

speech-listen-button = Escuchar
speech-pause-button = Pausa
speech-resume-button = Seguir
speech-stop-button = Detener
speech-rate-label = Velocidad de lectura
speech-rate-normal = Velocidad normal
speech-rate-slower = Más despacio
# Variables:
#   $current (Number) - the part being read, from 1.
#   $total (Number) - how many parts there are.
speech-progress = Parte { $current } de { $total }

## Errors

# Variables:
#   $lang (String) - the code of the language, such as ht.
error-speech-no-voice = No hay una voz para leer en voz alta este idioma ({ $lang }).
error-speech-failed = No se pudo leer en voz alta. Puede leer el texto en la pantalla.
# Variables:
#   $value (String) - what was given as a speed.
error-speech-rate = «{ $value }» no es una velocidad de lectura. Elija normal o más despacio.

## How the guide's acronyms sound when read aloud. Only what is heard changes: the screen shows them as written.
## Acronyms said letter by letter are written as the letters' names (or letters with spaces); those said as a word, as they sound.

# Proper name: how COMAR sounds; every language writes its own.
speech-say-comar = Comar
# Proper name: how INM sounds; every language writes its own.
speech-say-inm = I N M
# Proper name: how TVRH sounds; every language writes its own.
speech-say-tvrh = T V R H
# Proper name: how MPP sounds; every language writes its own.
speech-say-mpp = M P P
# Proper name: how PIN sounds; every language writes its own.
speech-say-pin = pin
# Proper name: how USCIS sounds; every language writes its own.
speech-say-uscis = U S C I S
# Proper name: how DIF sounds; every language writes its own.
speech-say-dif = dif
# Proper name: how CURP sounds; every language writes its own.
speech-say-curp = curp
# Proper name: how CBP sounds; every language writes its own.
speech-say-cbp = C B P
# Proper name: how CAT sounds; every language writes its own.
speech-say-cat = C A T
# Proper name: how ACNUR sounds; every language writes its own.
speech-say-acnur = acnur
# Proper name: how UNHCR sounds; every language writes its own.
speech-say-unhcr = U N H C R
# Proper name: how HCR sounds; every language writes its own.
speech-say-hcr = H C R
# Proper name: how ONU sounds; every language writes its own.
speech-say-onu = onu
# Proper name: how UN sounds; every language writes its own.
speech-say-un = U N
# Proper name: how CICR sounds; every language writes its own.
speech-say-cicr = C I C R
# Proper name: how ICRC sounds; every language writes its own.
speech-say-icrc = I C R C
# Proper name: how CICV sounds; every language writes its own.
speech-say-cicv = C I C V
# Proper name: how USB sounds; every language writes its own.
speech-say-usb = U S B
# Proper name: how RAICES sounds; every language writes its own.
speech-say-raices = Raíces
# Proper name: how MSF sounds; every language writes its own.
speech-say-msf = M S F
# Proper name: how IMUMI sounds; every language writes its own.
speech-say-imumi = Imumi
# Proper name: how IAP sounds; every language writes its own.
speech-say-iap = I A P
# Proper name: how US sounds; every language writes its own.
speech-say-us = U S
# Proper name: how ID sounds; every language writes its own.
speech-say-id = I D
