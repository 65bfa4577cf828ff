## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025);
## reports on the end of CBP One; USCIS PM-602-0192; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## COMAR figures reported by EFE (11 January 2025). Background: VisaVerge (2025).

compare-title = Meksik ak Etazini, youn bò kote lòt
compare-summary = Kiyès ki ka mande azil, ki kote, konbyen tan sa pran, konbyen sa koute, ak kijan sa te pase pou lòt moun.
compare-intro = Tablo sa a rezime sa ki pi enpòtan pou chak peyi. Règ Etazini yo chanje souvan. Verifye anvan ou deside.

## The table

compare-table-caption = Mande azil Ozetazini ak nan Meksik
compare-col-us = Etazini
compare-col-mexico = Meksik

compare-row-who = Kiyès ki ka mande
compare-us-who = Sou fwontyè sid la, prèske pèsonn: Pwoklamasyon 10888 anpeche l. Moun ki deja andedan peyi a ka petèt mande.
compare-mx-who = Nenpòt moun etranje ki nan Meksik.

compare-row-where = Ki kote
compare-us-where = Pa sou fwontyè sid la, epi CBP One pa bay randevou ankò. Andedan peyi a, devan USCIS (imigrasyon Etazini) oswa yon jij.
compare-mx-where = Nan yon biwo { -comar } oswa { -inm }, oswa nan yon sant detansyon migrasyon (estación migratoria).

compare-row-process = Demach la
compare-us-process = Fòm I-589, an anglè, ak prèv ki tradui. Apre sa, yon entrevi oswa yon odyans devan yon jij.
compare-mx-process = Demann bay { -comar }, constancia (papye demann lan), siyen regilyèman, entrevi, epi desizyon.

compare-row-time = Tan
compare-us-time = Pa gen delè fiks. Depi 2 desanm 2025, USCIS mete desizyon I-589 yo an poz.
compare-mx-time = Lalwa bay 45 jou ouvrab, epi yo ka pwolonje l yon fwa. An reyalite, moun tann pi lontan anpil.

compare-row-status = Pandan w ap tann
compare-us-status = Avèk MPP («Rete nan Meksik»), ou tann nan Meksik. Andedan peyi a, kèk moun riske yon depòtasyon rapid.
compare-mx-status = Constancia ak kat vizitè (TVRH). Ou dwe rete nan eta kote ou te mande azil la.

compare-row-work = Travay
compare-us-work = Ou bezwen yon pèmi travay apa. Premye a koute 550 dola.
compare-mx-work = Wi, avèk kat vizitè a (TVRH).

compare-row-cost = Pri
compare-us-cost = 100 dola pou prezante I-589 la, plis 100 dola pou chak ane w ap tann. Pa gen egzanpsyon.
compare-mx-cost = Li gratis.

compare-row-chances = Rezilta ki te pase
compare-us-chances = Ane fiskal 2024: jij yo te bay azil nan 16,6% ka moun Meksik yo. Out 2025: 19,2%, tout nasyonalite.
compare-mx-chances = An 2024, { -comar } te deside 33 844 ka. 74% te gen yon repons pozitif.

compare-row-integration = Èd pou entegre
compare-us-integration = Limite, sitou pou moun k ap tann nan Meksik avèk MPP.
compare-mx-integration = Rezidans pèmanan si yo rekonèt ou. Pwogram Entegrasyon Lokal pou kèk moun yo rekonèt.

## After the table

compare-past = Chif sa yo montre rezilta ki te pase. Yo pa di sa ki pral rive nan ka pa w: chak ka diferan.
