## Guide topic: if you are already in the US, or were sent back to Mexico (under MPP or not).
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## the USCIS hold as reported on 2 April 2026; the annual asylum fee (DHS rule, 28 April 2026);
## work permits of at most 18 months (since 5 December 2025) and the proposed 365-day wait
## (91 FR 8616, not confirmed final); leaving the US abandons a pending claim (DHS, 2025-26);
## Mexico's response to MPP in the press (2025); a 2021 press report on an old MPP phone line;
## LRPCAP arts. 11, 18 and its Reglamento art. 19; COMAR's limits on the constancia (press);
## the UNHCR Mexico help page (11 March 2026). Order numbers stay in the sources.

in-us-mpp-title-returned = Si ou deja Ozetazini, oswa si yo te voye w tounen Meksik
in-us-mpp-summary = Delè 1 an, depòtasyon rapid, tann nan Meksik, ak mande azil nan Meksik tou.
in-us-mpp-intro-parts = Paj sa a gen 3 pati. Pati 1 a se pou moun ki deja Ozetazini. Pati 2 a, pou moun yo te voye tounen Meksik pou tann odyans yo. Pati 3 a eksplike kijan pou mande azil nan Meksik tou.

## Part 1: already inside the US

in-us-mpp-inside-heading = Si ou deja andedan Etazini
in-us-mpp-inside-may = Petèt ou ka toujou mande azil. Sa depann de ka ou.
in-us-mpp-inside-deadline = Anjeneral, ou gen 1 an apati dènye fwa ou te rive, pou w mande azil. Gen kèk eksepsyon.
in-us-mpp-inside-other = Si ane sa a gentan pase, petèt ou ka mande lòt pwoteksyon: anpèchman depòtasyon (withholding of removal), oswa pwoteksyon Konvansyon kont Tòti (CAT).
in-us-mpp-inside-proof = Kenbe prèv dat dènye fwa ou te rive a.
in-us-mpp-inside-removal = Depi janvye 2025, yon lòd prezidan Etazini fè depòtasyon rapid la (expedited removal) aplike pou plis moun. Kidonk, yo ka depòte kèk moun san yo pa wè yon jij.
in-us-mpp-inside-fear = Si ou pè retounen nan peyi w, di otorite yo sa klèman.
in-us-mpp-inside-hold-2026 = USCIS (ajans imigrasyon Etazini) te rekòmanse deside kèk demann azil 30 mas 2026. Men ka moun ki soti nan anviwon 40 peyi toujou an poz. Li pwobab Kiba, Ayiti ak Venezyela ladan yo.
in-us-mpp-inside-fee-if-notice = Si USCIS voye yon avi ba ou pou w peye frè azil chak ane a, peye l nan 30 jou. Pou ane fiskal 2026, frè a se 102 dola.
in-us-mpp-inside-fee-late = Depi 29 me 2026, si ou pa peye a lè, yo rejte demann ou. Anplis, yo refize ba ou pèmi travay la, oswa yo retire l. Pa gen mwayen pou w pa peye.
in-us-mpp-inside-work = Depi desanm 2025, pèmi travay la dire 18 mwa pou pi plis. Gen yon pwopozisyon pou fè moun tann 365 jou anvan yo mande l. Yo poko konfime si sa aplike deja.
in-us-mpp-inside-leaving = Si ou kite Etazini pandan ka ou toujou louvri, yo konsidere ou abandone ka a. Anvan ou aksepte yon òf pou w ale, pale ak yon òganizasyon ki bay èd legal.
in-us-mpp-inside-help = Chèche èd legal gratis pi vit ke ou kapab. Pa tann delè a prèske rive.

## Part 2: sent back to Mexico, under MPP or not

in-us-mpp-mpp-heading = Si yo te voye w tounen Meksik avèk MPP (pwogram «Rete nan Meksik» la)
in-us-mpp-mpp-what = Avèk MPP, ou tann nan Meksik pou dat odyans ou yo nan tribinal Ozetazini.
in-us-mpp-mpp-dates = Ekri tout dat odyans ou yo, epi kenbe papye ka ou yo. Mande yon òganizasyon ki bay èd legal sa pou w fè si ou pa ka ale.
in-us-mpp-mpp-uncertain = MPP te retounen 21 janvye 2025. Yo pa konfime kijan li mache jodi a, ni kiyès y ap mete ladan l. Verifye avèk { -unhcr } (an panyòl yo rele l ACNUR) oswa avèk yon òganizasyon ki bay èd legal.
in-us-mpp-mpp-mexico = Meksik te ofri èd imanitè bay moun yo te voye tounen yo. Li te di tou li t ap chèche voye yo tounen nan peyi yo.
in-us-mpp-mpp-travel = Èske ou te mande azil nan Meksik tou? Si ou soti nan eta kote ou te mande l la, yo konsidere ou abandone demann lan. Pou ale nan yon odyans, ou ka oblije soti nan eta sa a.
in-us-mpp-mpp-travel-ask-if-claim = Anvan ou vwayaje pou yon odyans, pale ak yon òganizasyon ki bay èd legal. Si ou gen yon demann azil nan Meksik, ekri Komisyon Meksik pou Ede Refijye yo ({ -comar }) anvan ou pati. Mande yo pou yo kontinye ka ou nan lòt eta a.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Mande azil nan Meksik tou
in-us-mpp-apply-deported = Si Etazini te depòte w, oswa te voye w tounen san MPP, ou ka mande azil nan Meksik tou. Sa vo pou ou si ou pa gen nasyonalite meksiken.
in-us-mpp-apply-consider-not-mexican = Si ou pa gen nasyonalite meksiken, panse pou w mande azil nan Meksik tou. Depi ou fè demann lan, Meksik pa ka voye w tounen kote ou an danje.
in-us-mpp-apply-deadline = Ou gen 30 jou ouvrab (jou travay). Yo kòmanse konte yo nan jou ouvrab ki vini apre jou ou rive nan Meksik la.
in-us-mpp-apply-late = Si delè a gentan pase, ou ka mande azil kanmenm. Eksplike poukisa ou pa t kapab fè l pi bonè.
in-us-mpp-apply-ask = Mande yon òganizasyon ki bay èd legal kijan sa ka afekte ka ou Ozetazini.
in-us-mpp-old-line = Pa sèvi ak nimewo telefòn MPP ki te sikile an 2021 la. Li te pou ansyen pwogram nan.
