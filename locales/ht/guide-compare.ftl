## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025);
## reports on the end of CBP One; USCIS PM-602-0192; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## COMAR figures reported by EFE (11 January 2025). Background: VisaVerge (2025).

compare-title = Meksik ak Etazini, youn bò kote lòt
compare-summary = Kiyès ki ka mande azil, ki kote, konbyen tan sa pran, konbyen sa koute, ak kijan sa te pase pou lòt moun.
compare-intro = Tablo sa a montre sa ki pi enpòtan pou chak peyi. Règ Etazini yo chanje souvan. Verifye anvan ou deside.

## The table

compare-table-caption = Mande azil Ozetazini ak nan Meksik
compare-col-us = Etazini
compare-col-mexico = Meksik

compare-row-who = Kiyès ki ka mande
compare-us-who = Sou fwontyè sid la, prèske pèsonn. Depi janvye 2025, yon lòd prezidan Etazini (yon pwoklamasyon) anpeche sa. Moun ki deja andedan peyi a ka petèt mande.
compare-mx-who = Nenpòt moun etranje ki nan Meksik.

compare-row-where = Ki kote
compare-us-where = Pa sou fwontyè sid la. CBP One (aplikasyon telefòn pou pran randevou) pa bay randevou ankò. Andedan peyi a, devan USCIS (ajans imigrasyon Etazini) oswa devan yon jij.
compare-mx-where = Nan yon biwo { -comar } (biwo Meksik ki deside demann azil yo), oswa nan yon biwo { -inm } (biwo migrasyon Meksik). Ou ka mande l tou nan yon sant detansyon migrasyon (estación migratoria).

compare-row-process = Demach la
compare-us-process = Fòm I-589 (fòm pou mande azil la), ranpli an anglè, ak prèv ki tradui an anglè. Apre sa, yon entrevi oswa yon odyans devan yon jij.
compare-mx-process = Ou fè demann lan bay { -comar }. Yo ba ou yon constancia (papye ki montre ou fè demann lan). Ou ale siyen chak fwa yo di w. Apre sa, gen yon entrevi, epi yon desizyon.

compare-row-time = Tan
compare-us-time = Pa gen yon tan fiks. Depi 2 desanm 2025, USCIS mete an poz desizyon li yo sou fòm I-589.
compare-mx-time = Lalwa bay 45 jou ouvrab (jou travay). Yo ka bay plis tan yon sèl fwa. An reyalite, moun tann pi lontan anpil.

compare-row-status = Pandan w ap tann
compare-us-status = Avèk MPP (pwogram Etazini «Rete nan Meksik» la), ou tann nan Meksik. Andedan Etazini, kèk moun riske pou yo depòte yo vit.
compare-mx-status = Constancia a ak kat vizitè pou rezon imanitè (TVRH). Ou dwe rete nan eta kote ou te mande azil la.

compare-row-work = Travay
compare-us-work = Ou bezwen yon pèmi travay apa. Premye a koute 550 dola.
compare-mx-work = Wi, avèk kat vizitè a (TVRH).

compare-row-cost = Pri
compare-us-cost = 100 dola pou depoze fòm I-589 la, plis 100 dola pou chak ane w ap tann. Pa gen mwayen pou w pa peye.
compare-mx-cost = Li gratis.

compare-row-chances = Rezilta ki te pase
compare-us-chances = Nan ane fiskal 2024, jij yo te bay azil nan 16,6% ka moun Meksik yo. Nan mwa out 2025: 19,2%, pou tout nasyonalite.
compare-mx-chances = An 2024, { -comar } te deside 33 844 ka. 74% te gen yon repons pozitif.

compare-row-integration = Èd pou kòmanse yon nouvo lavi
compare-us-integration = Pa gen anpil èd, sitou pou moun k ap tann nan Meksik avèk MPP.
compare-mx-integration = Si yo rekonèt ou, ou jwenn rezidans pèmanan (dwa pou rete nan Meksik san limit). Gen yon Pwogram Entegrasyon Lokal pou kèk nan moun sa yo.

## After the table

compare-past = Chif sa yo montre rezilta ki te pase. Yo pa di sa ki pral rive nan ka pa w: chak ka diferan.
