## Read aloud: the player's buttons and the reading speed.

speech-listen-button = Listen
speech-pause-button = Pause
speech-resume-button = Resume
speech-stop-button = Stop
speech-rate-label = Reading speed
speech-rate-normal = Normal speed
speech-rate-slower = Slower
# Variables:
#   $current (Number) - the part being read, from 1.
#   $total (Number) - how many parts there are.
speech-progress = Part { $current } of { $total }

## Errors

# Variables:
#   $lang (String) - the code of the language, such as ht.
error-speech-no-voice = There is no voice to read this language aloud ({ $lang }).
error-speech-failed = Senda could not read this aloud. You can still read the text on the screen.
# Variables:
#   $value (String) - what was given as a speed.
error-speech-rate = “{ $value }” is not a reading speed. Choose normal or slower.

## How the guide's acronyms sound when read aloud. Only what is heard changes: the screen shows them as written.
## Acronyms said letter by letter are written as the letters' names (or letters with spaces); those said as a word, as they sound.

speech-say-comar = Comar
speech-say-inm = I N M
speech-say-tvrh = T V R H
speech-say-mpp = M P P
speech-say-pin = pin
speech-say-uscis = U S C I S
speech-say-dif = dif
speech-say-curp = koorp
speech-say-cbp = C B P
speech-say-cat = C, A, T
speech-say-acnur = ak noor
speech-say-unhcr = U N H C R
speech-say-hcr = H C R
speech-say-onu = O N U
speech-say-un = U N
speech-say-cicr = C I C R
speech-say-icrc = I C R C
speech-say-cicv = C I C V
speech-say-usb = U S B
speech-say-raices = Rah ee sess
speech-say-msf = M S F
speech-say-imumi = ee moo mee
speech-say-iap = I, A, P
speech-say-us = U S
speech-say-id = I D
