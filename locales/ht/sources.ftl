## Names of the sources that the guide cites. Mexican laws keep their official Spanish name, with a short explanation.

source-lrpcap = Lwa Meksik sou refijye, pwoteksyon konplemantè ak azil politik (LRPCAP)
source-lrpcap-reglamento = Règleman lwa Meksik sou refijye ak pwoteksyon konplemantè
source-ley-migracion = Lwa Meksik sou migrasyon (Ley de Migración)
source-lfpa = Lwa federal Meksik sou pwosedi administratif (LFPA)
source-lfpca = Lwa federal Meksik sou pwosè administratif devan tribinal (LFPCA)
source-ley-amparo = Lwa Meksik sou amparo (Ley de Amparo)
source-unhcr-help-mexico = Paj èd { -unhcr } pou Meksik: kijan pou mande estati refijye
source-comar-press = Avi { -comar } ki te parèt nan jounal Meksik yo
source-ley-amparo-reform-2025 = Refòm lwa Meksik sou amparo (Diario Oficial de la Federación, 16 oktòb 2025)
source-comar-naucalpan = Laprès Meksik sou biwo { -comar } nan Naucalpan (2025)
source-comar-tapachula-2025 = Laprès Meksik sou biwo { -comar } yo nan Tapachula (2025)
source-mx-tvrh-scarce = Atik laprès sou kat vizitè yo te bay an 2023, 2024 ak 2025
source-mx-curp-temporary = Atik sou CURP tanporè pou moun ki mande azil
source-unhcr-closures-2025 = Atik laprès sou fèmti biwo { -unhcr } yo (me 2025)
source-mx-scale-2025 = Laprès sou kantite demann azil nan Meksik an 2025
