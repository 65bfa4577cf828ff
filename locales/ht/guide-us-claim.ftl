## Guide topic: a US asylum claim.
## Facts from INA §§208, 235(b)(1)(B)(v), 241(b)(3); 8 CFR 208.4, 208.16-208.18, 208.30(e)(3), 103.2(b)(3);
## I-589 and work permit fees (H.R. 1; 90 FR 34511); the annual asylum fee for FY2026 and the
## rejection of claims whose fee is late (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26); RAICES v. Noem
## (D.C. Circuit, 24 April 2026); legal guides on protected grounds and family (vickerstafflaw.com,
## legalclarity.org); the USCIS credible fear page. Why claims fail, what strengthens them, the
## "frivolous" finding and detention at the border: an attorney's article on Nolo, in our own words.

us-claim-title = Yon demann azil Ozetazini
us-claim-summary = Sa ou dwe montre, delè yo, fòm I-589 la, fanmi ou, ak poukisa anpil demann pa reyisi.
us-claim-intro-border = Men règ debaz azil Ozetazini. Gen pwosè nan tribinal sou règ pou mande azil sou fwontyè sid la. Gade sijè «Ki kote m ka mande azil kounye a?».

## The protected grounds

us-claim-grounds-heading = Sa ou dwe montre
us-claim-grounds-what = Ou dwe montre yo te fè w yon gwo mal, oswa ou pè yo fè w li. Youn nan prensipal rezon mal sa a dwe youn nan 5 rezon sa yo:
us-claim-ground-race = Ras ou.
us-claim-ground-religion = Relijyon ou.
us-claim-ground-nationality = Nasyonalite ou.
us-claim-ground-group = Ou fè pati yon gwoup sosyal patikilye.
us-claim-ground-opinion = Opinyon politik ou.

## Three kinds of protection

us-claim-protections-heading = 3 kalite pwoteksyon ak yon entrevi
us-claim-credible-fear = Entrevi «krent kredib» (credible fear): si yo vle depòte w vit, epi ou di ou pè retounen, yon ofisye ap fè yon entrevi avè w. Li tande poukisa ou pè. Li deside si gen yon chans serye pou ou gen dwa pou azil. Si wi, ou ka kontinye demann ou. Si non, yo ka depòte w vit.
us-claim-withholding = Anpèchman depòtasyon (withholding of removal): ou dwe montre li pi pwobab pou yo pèsekite w pase pou yo pa fè l. Si ou montre sa, yo oblije ba ou pwoteksyon sa a.
us-claim-cat = Pwoteksyon Konvansyon kont Tòti (CAT): pou moun ki riske tòti. Tòti a ka soti nan otorite yo. Li ka soti tou nan lòt moun, si otorite yo dakò oswa si yo kite sa fèt.

## The one-year limit

us-claim-deadline-heading = Delè 1 an
us-claim-deadline-rule = Ou dwe mande azil nan 1 an apre dènye fwa ou te rive Ozetazini. Ou dwe pwouve dat sa a ak prèv ki klè epi ki solid.
us-claim-deadline-exceptions = Gen eksepsyon si sitiyasyon ou te chanje. Gen eksepsyon tou si yon bagay grav te anpeche w fè l, tankou yon gwo maladi.
us-claim-deadline-other = Delè sa a pa aplike pou anpèchman depòtasyon, ni pou pwoteksyon kont tòti (CAT).

## Form I-589

us-claim-form-heading = Fòm I-589
us-claim-form-english = Ou dwe ranpli l an anglè.
us-claim-form-translations = Chak dokiman ki nan yon lòt lang bezwen yon tradiksyon konplè e sètifye an anglè.
us-claim-form-fees-since-2024 = Pou depoze l, li koute 100 dola. Pou demann ki depoze depi oktòb 2024, gen yon frè chak ane tou pandan ka a rete louvri: 102 dola pou ane fiskal 2026.
us-claim-form-work-18-months = Premye pèmi travay la koute 550 dola. Depi desanm 2025, li dire 18 mwa pou pi plis. Pa gen mwayen pou w pa peye frè sa yo.
us-claim-form-fee-notice = Peye chak avi pou frè chak ane a nan 30 jou. Depi 29 me 2026, si ou pa peye a lè, yo rejte demann ou. Anplis, yo refize ba ou pèmi travay la, oswa yo retire l.

## Family

us-claim-family-heading = Fanmi ou
us-claim-family-who = Ou ka mete mari ou oswa madanm ou nan demann ou. Ou ka mete pitit ou ki poko marye epi ki gen mwens pase 21 an tou. Ou pa ka mete yon konpayon si nou pa marye.
us-claim-family-i730 = Si ou jwenn azil, ou gen 2 an pou fè demann pou yo avèk fòm I-730. Sa se si yo pa t nan demann ou. Fòm sa a sèvi sèlman pou mari ou oswa madanm ou, ak pitit ou ki poko marye epi ki gen mwens pase 21 an.

## Risks to know

us-claim-risks-heading = Risk ou dwe konnen
us-claim-risk-detention = Moun ki mande azil sou fwontyè a konn rete fèmen lontan pandan y ap tann. Sant detansyon yo sanble ak yon prizon. Anpil moun lage demann yo poutèt sa.
us-claim-risk-frivolous = Yon jij oswa yon ofisye ka deside yon demann se «frivòl», sa vle di ou te envante l espre. Lè sa a, moun nan pa ka jwenn okenn lòt papye oswa pwoteksyon imigrasyon Ozetazini ankò. Toujou di laverite.
us-claim-risk-leaving = Si ou kite Etazini pandan ka ou toujou louvri, yo konsidere ou abandone ka a.

## Why claims fail

us-claim-fail-heading = Poukisa anpil demann pa reyisi
us-claim-fail-credibility = Ofisye a oswa jij la pa kwè istwa ou.
us-claim-fail-link = Li pa klè si mal la gen rapò ak youn nan 5 rezon yo.
us-claim-fail-violence = Yo wè mal la kòm vyolans jeneral, ki touche anpil moun nan peyi w.

## What makes a claim stronger

us-claim-stronger-heading = Sa ki ka fè demann ou pi solid
us-claim-stronger-specific = Repons ki klè nan fòm I-589 la: sa ki te pase, ki lè, ki kote. Di kiyès ki te fè w mal, oswa ki te fè fanmi ou mal.
us-claim-stronger-membership = Prèv ou fè pati yon gwoup oswa yon pati politik, tankou kat manm oswa lèt.
us-claim-stronger-reports = Nouvèl ak rapò sou dwa moun ki konfime sa ou rakonte.
us-claim-stronger-records = Rapò doktè ak plent ou te pote lapolis.
us-claim-stronger-arrival = Prèv dat dènye fwa ou te rive Ozetazini.
us-claim-stronger-no-promise = Prèv sa yo ede, men yo pa garanti rezilta a. Mande èd legal gratis pou prepare ka ou.
