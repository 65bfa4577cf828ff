## Read aloud: the player's buttons and the reading speed.

speech-listen-button = Écouter
speech-pause-button = Mettre en pause
speech-resume-button = Reprendre
speech-stop-button = Arrêter
speech-rate-label = Vitesse de lecture
speech-rate-normal = Vitesse normale
speech-rate-slower = Plus lentement
# Variables:
#   $current (Number) - the part being read, from 1.
#   $total (Number) - how many parts there are.
speech-progress = Partie { $current } sur { $total }

## Errors

# Variables:
#   $lang (String) - the code of the language, such as ht.
error-speech-no-voice = Aucune voix ne peut lire cette langue à voix haute ({ $lang }).
error-speech-failed = Senda n’a pas pu lire ce texte à voix haute. Vous pouvez toujours le lire à l’écran.
# Variables:
#   $value (String) - what was given as a speed.
error-speech-rate = « { $value } » n’est pas une vitesse de lecture. Choisissez normale ou plus lentement.

## How the guide's acronyms sound when read aloud. Only what is heard changes: the screen shows them as written.
## Acronyms said letter by letter are written as the letters' names (or letters with spaces); those said as a word, as they sound.

speech-say-comar = Comar
speech-say-inm = I N M
speech-say-tvrh = T V R H
speech-say-mpp = M P P
speech-say-pin = pine
speech-say-uscis = U S C I S
speech-say-dif = dif
speech-say-curp = kourp
speech-say-cbp = C B P
speech-say-cat = C A T
speech-say-acnur = acnour
speech-say-unhcr = U N H C R
speech-say-hcr = H C R
speech-say-onu = onu
speech-say-un = U N
speech-say-cicr = C I C R
speech-say-icrc = I C R C
speech-say-cicv = C I C V
speech-say-usb = U S B
speech-say-raices = Raïcesse
speech-say-msf = M S F
speech-say-imumi = Imoumi
speech-say-iap = I A P
speech-say-us = U S
speech-say-id = I D
