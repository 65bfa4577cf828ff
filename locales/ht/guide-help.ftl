## Guide topic: where to find help.
## Facts from the UNHCR Mexico help page (11 March 2026); COMAR notices in the Mexican press (2025-2026);
## press reports on Asylum Access México, Sin Fronteras IAP, IMUMI, the Casas del Migrante, MSF;
## the ICRC family-links service. No phone number is verified, so none is given.

help-title = Ki kote pou jwenn èd
help-summary = Biwo azil Meksik yo ({ -comar }) ak { -unhcr } (an panyòl yo rele l ACNUR). Epi òganizasyon ki bay èd legal, swen medikal oswa yon kote pou rete.
help-intro = Isit la, ou ap jwenn biwo ak òganizasyon ki ka ede w. Enfòmasyon sou yo chanje souvan. Anvan ou ale, verifye si yo toujou louvri.
help-phones = Gid sa a pa bay okenn nimewo telefòn, paske nou pa t ka verifye okenn. Pa sèvi ak liy telefòn { -unhcr } te genyen an 2021 pou MPP (pwogram Etazini «Rete nan Meksik» la): li twò ansyen.

## COMAR offices

help-comar-heading = Biwo { -comar } yo
help-comar-intro = Dapre paj èd { -unhcr } a, { -comar } gen biwo nan:
help-comar-cdmx = Vil Meksik: Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. Lendi rive vandredi, 9è di maten rive 6è diswa.
help-comar-tapachula = Tapachula (Chiapas): depi fen septanm 2025, biwo a resevwa moun nan Centro Multiservicios, sou Libramiento Sur. Si se premye fwa w ap vini, lè yo se 7è di maten rive 3è apremidi.
# Proper name: a city and its state, the same in every language.
help-comar-palenque = Palenque (Chiapas)
# Proper name: a city and its state, the same in every language.
help-comar-tenosique = Tenosique (Tabasco)
# Proper name: a city and its state, the same in every language.
help-comar-oluta = Oluta (Veracruz)
# Proper name: a city and its state, the same in every language.
help-comar-guadalajara = Guadalajara (Jalisco)
# Proper name: a city and its state, the same in every language.
help-comar-tijuana = Tijuana (Baja California)
# Proper name: a city and its state, the same in every language.
help-comar-saltillo = Saltillo (Coahuila)
# Proper name: a city and its state, the same in every language.
help-comar-monterrey = Monterrey (Nuevo León)
help-comar-verified = Nou te verifye lis biwo yo 11 mas 2026, sou paj èd { -unhcr } a. Adrès la, lè yo ak chanjman Tapachula a soti nan jounal Meksik yo.
help-comar-elsewhere = Kote ki pa gen biwo { -comar }, ou ka mande azil nan yon biwo { -inm } (biwo migrasyon Meksik la).
help-comar-cancun = Yon vèsyon paj { -unhcr } a pale tou de yon biwo nan Cancún. Sa pa konfime: mande anvan ou vwayaje.
help-comar-website = Sit entènèt { -comar }: gob.mx/comar
help-comar-stay = Si ou gentan mande azil, pa ale nan yon biwo nan yon lòt eta anvan ou fè yon demann alekri. Si ou soti nan eta ou a, yo ka fèmen demann ou, kòm si ou te abandone l.

## UNHCR (ACNUR)

help-unhcr-heading = { -unhcr }
help-unhcr-text = { -unhcr } se ajans Nasyonzini pou refijye yo. Sou help.unhcr.org/mexico, li eksplike kijan pou mande azil nan Meksik.
help-unhcr-languages = Paj la egziste an panyòl, anglè, franse ak kreyòl ayisyen.
help-unhcr-verified = Nou te verifye sa 11 mas 2026.

## Organizations

help-orgs-heading = Òganizasyon ki bay èd legal ak sipò
help-orgs-asylum-access = Asylum Access México: èd legal. An avril ak me 2025, li te fèmen biwo li yo nan Monterrey, Palenque ak Tenosique. Mande ki biwo ki toujou louvri.
help-orgs-sin-fronteras = Sin Fronteras IAP, nan Vil Meksik: èd legal, sipò sikolojik ak èd pou jwenn travay.
help-orgs-imumi = IMUMI: li ede fanm ak fanmi migran. Nou pa gen enfòmasyon kontak ki konfime. Mande nan yon òganizasyon ki toupre w.
help-orgs-casas = Casas del Migrante (abri misyonè Scalabrini yo): abri nan Tijuana, Ciudad Juárez, Tapachula, Guadalajara ak Vil Meksik. Nan Tijuana, ou ka rete jiska 14 jou.
help-orgs-msf = Doktè San Fwontyè (MSF): swen medikal nan Tapachula, nan Colonia Centro. Pwojè li yo nan Reynosa ak Matamoros te fèmen 30 septanm 2025.
help-orgs-red-cross = Kwa Wouj Meksiken (Cruz Roja Mexicana) ak Komite Entènasyonal Kwa Wouj (CICR): apèl gratis anviwon 3 minit ak mesaj pou pale ak fanmi ou, tout long wout migrasyon an.
help-orgs-verified = Enfòmasyon sa yo soti nan atik jounal ki te parèt ant 2022 ak 2025. Nou te verifye yo 11 mas 2026. Nenpòt nan yo ka chanje.
help-orgs-ask = Si ou pa jwenn yon òganizasyon, mande nan abri kote w ye a, nan { -comar } oswa nan { -unhcr }.
