## Guide topic: where to find help.
## Facts from the UNHCR Mexico help page (11 March 2026); COMAR notices in the Mexican press (2025-2026);
## the COMAR offices in Naucalpan (press, January 2025) and Tapachula (press, March and September 2025);
## UNHCR's office closures (press, May 2025); press reports on Asylum Access México, Sin Fronteras IAP,
## IMUMI, the Casas del Migrante, MSF; the ICRC family-links service.
## No phone number is verified, so none is given.

help-title = Ki kote pou jwenn èd
help-summary-legal-first = Kote pou jwenn èd: èd legal gratis, biwo kote ou ka mande azil, swen medikal ak kote pou rete.
help-intro = Isit la, ou ap jwenn biwo ak òganizasyon ki ka ede w. Enfòmasyon sou yo chanje souvan. Anvan ou ale, verifye si yo toujou louvri.
help-phones = Gid sa a pa bay okenn nimewo telefòn, paske nou pa t ka verifye okenn. Gen yon liy 2021 pou pwogram «Rete nan Meksik» la (MPP) k ap sikile: pa sèvi avè l, li twò ansyen.

## COMAR offices

help-comar-heading = Biwo Komisyon Meksik pou Ede Refijye yo ({ -comar })
help-comar-intro = Dapre paj èd { -unhcr } (an panyòl yo rele l ACNUR), { -comar } gen biwo nan:
help-comar-cdmx = Vil Meksik: Calle 10 No. 167, Col. Granjas San Antonio, Iztapalapa. Lendi rive vandredi, 9è di maten rive 6è diswa.
help-comar-naucalpan = Naucalpan (Estado de México): Av. Los Remedios 21, Col. San Luis Tlatilco. Lendi rive vandredi, 9è di maten rive 3è apremidi. Se yon biwo prensipal pou zòn Vil Meksik la, epi liy moun yo long anpil.
help-comar-tapachula-only = Tapachula (Chiapas): sèlman nan Centro Multiservicios, sou Libramiento Sur, ki louvri depi 28 mas 2025. Lòt biwo Tapachula yo te fèmen 29 septanm 2025. Si se premye fwa w ap vini, lè yo se 7è di maten rive 3è apremidi.
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
help-comar-verified-2026 = Nou te verifye lis biwo yo 11 mas 2026, sou paj èd { -unhcr } a. Adrès Vil Meksik la ak lè yo soti nan jounal Meksik yo. Nou te verifye Naucalpan ak Tapachula nan jounal yo 30 novanm 2026.
help-comar-elsewhere = Kote ki pa gen biwo { -comar }, ou ka mande azil nan yon biwo Enstiti Nasyonal Migrasyon ({ -inm }).
help-comar-cancun = Yon vèsyon paj { -unhcr } a pale tou de yon biwo nan Cancún. Sa pa konfime: mande anvan ou vwayaje.
help-comar-website = Sit entènèt { -comar }: gob.mx/comar
help-comar-stay = Si ou gentan mande azil, pa ale nan yon biwo nan yon lòt eta anvan ou fè yon demann alekri. Si ou soti nan eta ou a, yo ka fèmen demann ou, kòm si ou te abandone l.

## UNHCR (ACNUR)

help-unhcr-heading = { -unhcr }
help-unhcr-text = { -unhcr } se ajans Nasyonzini pou refijye yo. Sou help.unhcr.org/mexico, li eksplike kijan pou mande azil nan Meksik.
help-unhcr-closed = An me 2025, { -unhcr } te fèmen biwo li yo nan Palenque, Tuxtla Gutiérrez, Tenosique ak Guadalajara. Pa al chèche l nan vil sa yo.
help-unhcr-languages = Paj la egziste an panyòl, anglè, franse ak kreyòl ayisyen.
help-unhcr-verified = Nou te verifye sa 11 mas 2026.

## Organizations

help-orgs-heading = Òganizasyon ki bay èd legal ak sipò
help-orgs-asylum-access = Asylum Access México: èd legal. An avril ak me 2025, li te fèmen biwo li yo nan Monterrey, Palenque ak Tenosique. Mande ki biwo ki toujou louvri.
help-orgs-sin-fronteras = Sin Fronteras, nan Vil Meksik: èd legal, sipò sikolojik ak èd pou jwenn travay.
help-orgs-imumi = IMUMI (Instituto para las Mujeres en la Migración, yon enstiti pou fanm migran): li ede fanm ak fanmi migran. Nou pa gen enfòmasyon kontak ki konfime. Mande nan yon òganizasyon ki toupre w.
help-orgs-casas = Casas del Migrante (abri misyonè Scalabrini yo): abri nan Tijuana, Ciudad Juárez, Tapachula, Guadalajara ak Vil Meksik. Nan Tijuana, ou ka rete jiska 14 jou.
help-orgs-msf = Doktè San Fwontyè (MSF): swen medikal nan Tapachula, nan Colonia Centro. Pwojè li yo nan Reynosa ak Matamoros te fèmen 30 septanm 2025.
help-orgs-red-cross = Kwa Wouj Meksiken (Cruz Roja Mexicana) ak Komite Entènasyonal Kwa Wouj (CICR): apèl gratis anviwon 3 minit ak mesaj pou pale ak fanmi ou, tout long wout migrasyon an.
help-orgs-verified = Enfòmasyon sa yo soti nan atik jounal ki te parèt ant 2022 ak 2025. Nou te verifye yo 11 mas 2026. Nenpòt nan yo ka chanje.
help-orgs-ask = Si ou pa jwenn yon òganizasyon, mande nan abri kote w ye a, nan { -comar } oswa nan { -unhcr }.
