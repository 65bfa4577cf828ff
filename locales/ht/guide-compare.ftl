## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Circuit, 24 April 2026);
## EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025); reports on the end of CBP One;
## the USCIS hold as reported on 2 April 2026; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## the annual asylum fee for FY2026 (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## TVRH cards issued (2024-2025 reports); COMAR figures reported by EFE (11 January 2025).
## Background: VisaVerge (2025).

compare-title = Meksik ak Etazini, youn bò kote lòt
compare-summary = Kiyès ki ka mande azil, ki kote, konbyen tan sa pran, konbyen sa koute, ak kijan sa te pase pou lòt moun.
compare-intro = Tablo sa a montre sa ki pi enpòtan pou chak peyi. Règ Etazini yo chanje souvan. Verifye anvan ou deside.

## The table

compare-table-caption = Mande azil Ozetazini ak nan Meksik
compare-col-us = Etazini
compare-col-mexico = Meksik

compare-row-who = Kiyès ki ka mande
compare-us-who-ruling = Sou fwontyè sid la, gen pwosè nan tribinal sou règ yo, epi yo poko konfime sa ki aplike jodi a. Moun ki deja andedan peyi a ka petèt mande.
compare-mx-who = Nenpòt moun etranje ki nan Meksik.

compare-row-where = Ki kote
compare-us-where-unclear = Sou fwontyè sid la, sa pa klè. CBP One (aplikasyon pou pran randevou) pa bay randevou ankò. Andedan peyi a, devan USCIS (ajans imigrasyon Etazini) oswa devan yon jij.
compare-mx-where = Nan yon biwo { -comar } (biwo Meksik ki deside demann azil yo), oswa nan yon biwo { -inm } (biwo migrasyon Meksik). Ou ka mande l tou nan yon sant detansyon migrasyon (estación migratoria).

compare-row-process = Demach la
compare-us-process = Fòm I-589 (fòm pou mande azil la), ranpli an anglè, ak prèv ki tradui an anglè. Apre sa, yon entrevi oswa yon odyans devan yon jij.
compare-mx-process = Ou fè demann lan bay { -comar }. Yo ba ou yon constancia (papye ki montre ou fè demann lan). Ou ale siyen chak fwa yo di w. Apre sa, gen yon entrevi, epi yon desizyon.

compare-row-time = Tan
compare-us-time-no-estimate = Pa gen yon tan pou tann nou ka konte sou li. Depi mas 2026, USCIS deside kèk ka. Men ka moun ki soti nan anviwon 40 peyi toujou an poz.
compare-mx-time = Lalwa bay 45 jou ouvrab (jou travay). Yo ka bay plis tan yon sèl fwa. An reyalite, moun tann pi lontan anpil.

compare-row-status = Pandan w ap tann
compare-us-status-some = Avèk MPP (pwogram Etazini «Rete nan Meksik» la), kèk moun tann nan Meksik. Andedan peyi a, kèk moun riske pou yo depòte yo vit. Si ou kite peyi a pandan ka ou louvri, yo konsidere ou abandone ka a.
compare-mx-status-stay-sign-if-card = Constancia a, ak kat vizitè pou rezon imanitè (TVRH) a si ou ka jwenn li: yo pa bay anpil. Ou dwe rete nan eta kote ou te mande azil la, epi kontinye ale siyen.

compare-row-work = Travay
compare-us-work-18-months = Ou bezwen yon pèmi travay apa. Premye a koute 550 dola. Depi desanm 2025, li dire 18 mwa pou pi plis.
compare-mx-work-scarce = Wi, avèk kat vizitè a (TVRH). Men jodi a, yo bay sèlman kèk kat.

compare-row-cost = Pri
compare-us-cost-notice = 100 dola pou depoze fòm I-589 la. Pou demann ki depoze depi oktòb 2024, gen yon frè chak ane tou: 102 dola pou ane fiskal 2026. Si USCIS voye yon avi ba ou, peye nan 30 jou, sinon yo rejte demann ou. Pa gen mwayen pou w pa peye.
compare-mx-cost = Li gratis.

compare-row-chances = Rezilta ki te pase
compare-us-chances = Nan ane fiskal 2024, jij yo te bay azil nan 16,6% ka moun Meksik yo. Nan mwa out 2025: 19,2%, pou tout nasyonalite.
compare-mx-chances = An 2024, { -comar } te deside 33 844 ka. 74% te gen yon repons pozitif.

compare-row-integration = Èd pou kòmanse yon nouvo lavi
compare-us-integration = Pa gen anpil èd, sitou pou moun k ap tann nan Meksik avèk MPP.
compare-mx-integration = Si yo rekonèt ou, ou jwenn rezidans pèmanan (dwa pou rete nan Meksik san limit). Gen yon Pwogram Entegrasyon Lokal pou kèk nan moun sa yo.

## After the table

compare-past = Chif sa yo montre rezilta ki te pase. Yo pa di sa ki pral rive nan ka pa w: chak ka diferan.
