## Guide topic: pros and cons of each country, as the sources weigh them.
## Points weighed by VisaVerge (2025), corrected with checked facts: Proclamation 10888 (90 FR 8333)
## and RAICES v. Noem (D.C. Circuit, 24 April 2026); the DHS notice on MPP (21 January 2025);
## INA §241(b)(3) and 8 CFR 208.16-208.18; legal guides on family; I-589 fees (H.R. 1; 90 FR 34511)
## and the annual fee for FY2026 (DHS rule, 28 April 2026); the USCIS hold as reported on 2 April 2026;
## TRAC (18 November 2025); detention at the border (an attorney's article on Nolo);
## LRPCAP arts. 18, 24, 48; Ley de Migración arts. 52, 54; the UNHCR Mexico help page;
## COMAR notices in the press; COMAR figures reported by EFE (11 January 2025);
## TVRH cards issued (an INM bulletin, 2025, and reports on 2023-2025).

pros-cons-title = Avantaj ak dezavantaj chak peyi
pros-cons-summary = Bon bò ak bò ki difisil lè w mande azil Ozetazini ak nan Meksik, dapre sous yo.
pros-cons-intro = Sa yo se pwen jeneral sous yo montre. Yo pa ka di davans sa ki pral rive nan ka pa w.

## The United States

pros-cons-us-pros-heading = Etazini: avantaj
pros-cons-us-pro-protections = Si ou rive antre nan pwosesis la, lalwa ofri plizyè pwoteksyon: azil, anpèchman depòtasyon (withholding of removal) ak pwoteksyon kont tòti.
pros-cons-us-pro-residence = Avèk azil, pita ou ka mande rezidans pèmanan, epi apre sa, nasyonalite ameriken (sitwayènte).
pros-cons-us-pro-family = Ou ka mete mari ou oswa madanm ou nan demann ou. Ou ka mete pitit ou ki poko marye epi ki gen mwens pase 21 an tou.
pros-cons-us-pro-community = Gen kominote plizyè nasyonalite ki viv la, epi yo ka sipòte w.

pros-cons-us-cons-heading = Etazini: dezavantaj
pros-cons-us-con-border-unclear = Depi janvye 2025, gen pwosè nan tribinal sou règ azil sou fwontyè sid la. Yo poko konfime sa ki aplike jodi a.
pros-cons-us-con-no-exceptions-ruling = Tèks pwoklamasyon 2025 la pa fè okenn eksepsyon, ni pou timoun, ni pou viktim trafik moun. An avril 2026, yon tribinal apèl te deside prezidan an pa ka sispann demann azil yo konsa. Yo poko konfime ki règ ki aplike jodi a: mande yon òganizasyon ki bay èd legal.
pros-cons-us-con-mpp-some = Avèk MPP (pwogram Etazini «Rete nan Meksik» la), gen moun ki oblije tann nan Meksik pou odyans yo nan Etazini. Kote yo tann nan ka danjere oswa pa estab. Nou pa konnen sèten konbyen moun yo voye tounen jodi a.
pros-cons-us-con-cost-2026 = Èd legal prive koute chè, epi li difisil pou jwenn li depi deyò peyi a. Anplis, fòm I-589 la koute 100 dola, plis yon frè chak ane: 102 dola pou ane fiskal 2026.
pros-cons-us-con-slow-hold = Ka yo ka pran plizyè ane. USCIS (ajans imigrasyon Etazini) kenbe an poz ka moun ki soti nan anviwon 40 peyi.
pros-cons-us-con-detention = Sou fwontyè a, anpil moun rete fèmen lontan pandan y ap tann yon desizyon.
pros-cons-us-con-rates = Se pa anpil demann ki reyisi: an out 2025, tribinal yo te bay azil nan 19,2% ka yo.

## Mexico

pros-cons-mx-pros-heading = Meksik: avantaj
pros-cons-mx-pro-anyone = Nenpòt moun etranje ki nan Meksik ka mande azil. Li gratis.
pros-cons-mx-pro-work-card = Si ou jwenn kat vizitè pou rezon imanitè a (TVRH), ou ka travay pandan w ap tann.
pros-cons-mx-pro-residence = Si yo rekonèt ou, ou jwenn rezidans pèmanan (dwa pou rete nan Meksik san limit).
pros-cons-mx-pro-rates = An 2024, 74% nan 33 844 ka ki te deside yo te gen yon repons pozitif.
pros-cons-mx-pro-costs = Anjeneral, lavi nan Meksik koute mwens pase Ozetazini.
pros-cons-mx-pro-integration = Pwogram Entegrasyon Lokal la ede kèk moun yo rekonèt kòm refijye jwenn travay epi demenaje.

pros-cons-mx-cons-heading = Meksik: dezavantaj
pros-cons-mx-con-state-sign = Constancia a se papye ki montre ou fè demann lan. Dapre Komisyon Meksik pou Ede Refijye yo ({ -comar }), li bon sèlman nan eta kote ou te mande azil la. Si ou soti nan eta sa a, oswa si ou pa ale siyen, yo ka fèmen demann ou.
pros-cons-mx-con-wait = Tann lan long. Lalwa bay 45 jou ouvrab (jou travay), men anpil moun tann pi lontan anpil.
pros-cons-mx-con-card-scarce = Kat yo ra. 2 rapò konte 4 129 kat nan 6 premye mwa 2025. Yon lòt rapò konte sèlman 618 kat pou tout ane 2024, kont 94 829 an 2023.
pros-cons-mx-con-shelters = Anpil moun ap viv nan abri ki twò plen, oswa nan move kondisyon.
pros-cons-mx-con-help = Pa gen anpil èd legal ni anpil sèvis, sitou andeyò gwo vil yo.
pros-cons-mx-con-integration = Li pi difisil pou w fè yon nouvo lavi si ou pa pale panyòl, oswa si ou pa gen fanmi nan Meksik.

## Not a prediction

pros-cons-not-prediction = Rezilta a depann de istwa ou ak prèv ou yo. Anvan ou deside, pale ak yon òganizasyon ki bay èd legal gratis.
