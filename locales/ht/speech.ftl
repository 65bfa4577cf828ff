## Read aloud: the player's buttons and the reading speed.

speech-listen-button = Koute
speech-pause-button = Pòz
speech-resume-button = Kontinye
speech-stop-button = Sispann
speech-rate-label = Vitès lekti a
speech-rate-normal = Vitès nòmal
speech-rate-slower = Pi dousman
# Variables:
#   $current (Number) - the part being read, from 1.
#   $total (Number) - how many parts there are.
speech-progress = Pati { $current } sou { $total }

## Errors

# Variables:
#   $lang (String) - the code of the language, such as ht.
error-speech-no-voice = Pa gen vwa pou li lang sa a fò ({ $lang }).
error-speech-failed = Senda pa t ka li sa a fò. Ou ka toujou li tèks la sou ekran an.
# Variables:
#   $value (String) - what was given as a speed.
error-speech-rate = «{ $value }» se pa yon vitès lekti. Chwazi vitès nòmal oswa pi dousman.

## How the guide's acronyms sound when read aloud. Only what is heard changes: the screen shows them as written.
## Acronyms said letter by letter are written as the letters' names (or letters with spaces); those said as a word, as they sound.

speech-say-comar = Kòmar
speech-say-inm = i èn èm
speech-say-tvrh = te ve èr ach
speech-say-mpp = èm pe pe
speech-say-pin = pin
speech-say-uscis = u ès se i ès
speech-say-dif = dif
speech-say-curp = kourp
speech-say-cbp = se be pe
speech-say-cat = se a te
speech-say-acnur = aknour
speech-say-unhcr = u èn ach se èr
speech-say-hcr = ach se èr
speech-say-onu = onu
speech-say-un = u èn
speech-say-cicr = se i se èr
speech-say-icrc = i se èr se
speech-say-cicv = se i se ve
speech-say-usb = u ès be
speech-say-raices = Rayisès
speech-say-msf = èm ès èf
speech-say-imumi = Imoumi
speech-say-iap = i a pe
speech-say-us = u ès
speech-say-id = i de
