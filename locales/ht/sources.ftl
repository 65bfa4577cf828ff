## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Lwa Meksik sou refijye, pwoteksyon konplemantè ak azil politik (LRPCAP)
source-lrpcap-reglamento = Règleman lwa Meksik sou refijye ak pwoteksyon konplemantè
source-ley-migracion = Lwa Meksik sou migrasyon (Ley de Migración)
source-lfpa = Lwa federal Meksik sou pwosedi administratif (LFPA)
source-lfpca = Lwa federal Meksik sou pwosè administratif devan tribinal (LFPCA)
source-ley-amparo = Lwa Meksik sou amparo (Ley de Amparo)
source-unhcr-help-mexico = Paj èd { -unhcr } pou Meksik: kijan pou mande estati refijye
source-comar-press = Avi { -comar } ki te parèt nan jounal Meksik yo
