## Guide topic: where you can ask for asylum now (the US southern border, and Mexico).
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); EO 14165 (90 FR 8467);
## the DHS notice on MPP (21 January 2025); reports on the end of CBP One; RAICES v. Noem
## (D.D.C. 25-cv-306; D.C. Circuit, 24 April 2026); the USCIS hold as reported on 2 April 2026;
## COMAR figures reported by EFE (11 January 2025) and press figures for mid-2025;
## LRPCAP arts. 11, 15, 18; the UNHCR Mexico help page (11 March 2026).
## Order and proclamation numbers stay in the sources, not in the text.

where-now-title = Ki kote m ka mande azil kounye a?
where-now-summary = Sa k ap pase sou fwontyè Etazini depi 2025, ak kiyès ki ka mande azil nan Meksik.
where-now-intro-rules = Depi janvye 2025, Etazini chanje règ li yo pou mande azil sou fwontyè sid li. Gen pwosè nan tribinal sou règ sa yo. Anpil moun mande azil nan Meksik.

## The United States

where-now-us-heading = Sou fwontyè Etazini
where-now-us-proclamation = 20 janvye 2025, prezidan Etazini te siyen yon pwoklamasyon (yon lòd prezidan) sou fwontyè sid la. Dapre tèks li, pwoklamasyon sa a:
where-now-us-entry = Anpeche anpil moun antre pa fwontyè sid la.
where-now-us-bar = Anpeche moun li vize yo mande azil.
where-now-us-info = Fèmen pòt la tou pou moun ki pa ka bay ase enfòmasyon sou sante yo, oswa sou pwoblèm yo te genyen ak lajistis.
where-now-us-orders = 2 lòt lòd prezidan an te fè règ yo vin pi di toujou:
where-now-us-cbp-one = CBP One (aplikasyon telefòn gouvènman Etazini pou pran randevou) pa bay randevou ankò. Randevou yo te fini 20 janvye 2025. Yo te anile tout randevou yo te deja bay yo.
where-now-us-mpp = MPP (pwogram Etazini «Rete nan Meksik» la) te retounen 21 janvye 2025. Avèk MPP, kèk moun tann nan Meksik pou odyans yo nan tribinal Ozetazini. Yo pa konfime si y ap mete nouvo moun ladan l jodi a.
where-now-us-removal = Yo fè depòtasyon rapid la (expedited removal) aplike pou plis moun andedan Etazini.
where-now-us-hold-2026 = USCIS (ajans imigrasyon Etazini) te rekòmanse deside kèk demann azil 30 mas 2026. Men ka moun ki soti nan anviwon 40 peyi toujou an poz. Li pwobab Kiba, Ayiti ak Venezyela ladan yo.

## The courts

where-now-court-heading = Sa tribinal yo di
where-now-court-ruling = 2 jiyè 2025, yon jij federal te deside pwoklamasyon an pa legal.
where-now-court-appeal-narrowed = Apre sa, yon tribinal apèl te limite desizyon sa a.
where-now-court-ruling-2026 = 24 avril 2026, yon tribinal apèl te deside sou pwoklamasyon an. Li te di prezidan an pa ka sispann demann azil yo konsa, ni fè pwòp fason pa l pou depòte moun.
where-now-court-protections = Li te di tou 2 pwoteksyon toujou la: anpèchman depòtasyon (withholding of removal) ak pwoteksyon Konvansyon kont Tòti (CAT).
where-now-court-review = Gouvènman an te di l ap mande pou yo gade ka a ankò. Dapre jounal yo, pa t gen okenn chanjman touswit sou fwontyè a.
where-now-court-unclear = Yo poko konfime ki règ ki aplike jodi a. Anvan ou ale sou fwontyè a, mande yon òganizasyon ki bay èd legal.

## Mexico

where-now-mx-heading = Nan Meksik
where-now-mx-numbers = Meksik resevwa anpil plis demann azil pase anvan:
where-now-mx-2023 = An 2023: 140 720 demann, chif ki pi wo jiska prezan.
where-now-mx-2024 = An 2024: 78 975 demann.
where-now-mx-2025 = An 2025: chif pou tout ane a poko konfime.
where-now-mx-2025-daily = Nan mitan ane 2025, anviwon 250 nouvo demann te rive chak jou.
where-now-mx-comar = Nan Meksik, se { -comar } (Komisyon Meksik pou Ede Refijye yo) ki deside kiyès ki jwenn estati refijye oswa pwoteksyon konplemantè.
where-now-mx-who = Nenpòt moun etranje ki nan Meksik ka mande azil.
where-now-mx-how = Ou ka mande l alekri oswa ak bouch ou.
where-now-mx-free = Li gratis.
where-now-mx-deadline = Ou gen 30 jou ouvrab (jou travay). Yo kòmanse konte yo nan jou ouvrab ki vini apre jou ou antre a. Si delè a gentan pase, mande azil kanmenm, epi eksplike poukisa.
where-now-mx-steps = Ou ap jwenn etap yo nan sijè «Kijan pou mande azil nan Meksik, etap pa etap».

## Changes

where-now-changes = Règ sa yo chanje souvan, sitou Ozetazini. Sa ou li la a ka gentan chanje. Verifye avèk { -unhcr } (an panyòl yo rele l ACNUR), ajans Nasyonzini pou refijye yo. Ou ka verifye avèk yon òganizasyon ki bay èd legal tou.
