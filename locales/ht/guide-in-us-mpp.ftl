## Guide topic: if you are already in the US, or were returned to Mexico under MPP.
## Facts from INA §208(a)(2)(B), (D) and 8 CFR 208.4; INA §241(b)(3) and 8 CFR 208.16-208.18;
## EO 14159 (90 FR 8443); EO 14165 (90 FR 8467); the DHS notice on MPP (21 January 2025);
## USCIS PM-602-0192 (2 December 2025); Mexico's response to MPP in the press (2025);
## a 2021 press report on an old MPP phone line; LRPCAP art. 18 and its Reglamento art. 19;
## the UNHCR Mexico help page (11 March 2026).

in-us-mpp-title = Si ou deja Ozetazini, oswa si yo te voye w tounen Meksik avèk MPP
in-us-mpp-summary = Delè 1 an, depòtasyon rapid, tann nan Meksik avèk MPP («Rete nan Meksik»), ak mande azil nan Meksik tou.
in-us-mpp-intro = Paj sa a gen 2 pati. Li pati ki pale de sitiyasyon pa w.

## Part 1: already inside the US

in-us-mpp-inside-heading = Si ou deja andedan Etazini
in-us-mpp-inside-may = Petèt ou ka toujou mande azil. Sa depann de ka ou.
in-us-mpp-inside-deadline = Anjeneral, ou gen 1 an apati dènye fwa ou te rive, pou w mande azil. Gen kèk eksepsyon.
in-us-mpp-inside-other = Si ane sa a gentan pase, petèt ou ka mande lòt pwoteksyon: anpèchman depòtasyon (withholding of removal), oswa pwoteksyon Konvansyon kont Tòti (CAT).
in-us-mpp-inside-proof = Kenbe prèv dat dènye fwa ou te rive a.
in-us-mpp-inside-removal = Depi janvye 2025, yon lòd prezidan Etazini fè depòtasyon rapid la (expedited removal) aplike pou plis moun. Kidonk, yo ka depòte kèk moun san yo pa wè yon jij.
in-us-mpp-inside-fear = Si ou pè retounen nan peyi w, di otorite yo sa klèman.
in-us-mpp-inside-hold = Depi 2 desanm 2025, USCIS (ajans imigrasyon Etazini) mete an poz desizyon li yo sou demann azil ki poko fini. Sa ka chanje.
in-us-mpp-inside-help = Chèche èd legal gratis pi vit ke ou kapab. Pa tann delè a prèske rive.

## Part 2: returned to Mexico under MPP

in-us-mpp-mpp-heading = Si yo te voye w tounen Meksik avèk MPP
in-us-mpp-mpp-what = Avèk MPP (pwogram Etazini «Rete nan Meksik» la), ou tann nan Meksik pou dat odyans ou yo nan tribinal Ozetazini.
in-us-mpp-mpp-dates = Ekri tout dat odyans ou yo, epi kenbe papye ka ou yo. Mande yon òganizasyon ki bay èd legal sa pou w fè si ou pa ka ale.
in-us-mpp-mpp-uncertain = MPP te retounen 21 janvye 2025. Yo pa konfime kijan li mache jodi a, ni kiyès y ap mete ladan l. Verifye avèk { -unhcr } (an panyòl yo rele l ACNUR) oswa avèk yon òganizasyon ki bay èd legal.
in-us-mpp-mpp-mexico = Meksik te ofri èd imanitè bay moun yo te voye tounen yo. Li te di tou li t ap chèche voye yo tounen nan peyi yo.

## Asking for asylum in Mexico as well

in-us-mpp-apply-heading = Mande azil nan Meksik tou
in-us-mpp-apply-consider = Panse pou w mande azil nan Meksik tou. Depi ou fè demann lan, Meksik pa ka voye w tounen kote ou an danje.
in-us-mpp-apply-deadline = Ou gen 30 jou ouvrab (jou travay). Yo kòmanse konte yo nan jou ouvrab ki vini apre jou ou rive nan Meksik la.
in-us-mpp-apply-late = Si delè a gentan pase, ou ka mande azil kanmenm. Eksplike poukisa ou pa t kapab fè l pi bonè.
in-us-mpp-apply-ask = Mande yon òganizasyon ki bay èd legal kijan sa ka afekte ka ou Ozetazini.
in-us-mpp-old-line = Pa sèvi ak nimewo telefòn MPP ki te sikile an 2021 la. Li te pou ansyen pwogram nan.
