## Guide topic: pros and cons of each country, as the sources weigh them.
## Points weighed by VisaVerge (2025), corrected with checked facts: Proclamation 10888 (90 FR 8333);
## the DHS notice on MPP (21 January 2025); INA §241(b)(3) and 8 CFR 208.16-208.18; legal guides on family;
## I-589 fees (H.R. 1; 90 FR 34511); USCIS PM-602-0192; TRAC (18 November 2025);
## LRPCAP arts. 18, 24, 48; Ley de Migración arts. 52, 54; the UNHCR Mexico help page;
## COMAR notices in the press; COMAR figures reported by EFE (11 January 2025); an INM bulletin (2025).

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
pros-cons-us-con-border = Depi 20 janvye 2025, yon lòd prezidan Etazini (yon pwoklamasyon) fèmen fwontyè sid la pou azil, pou moun li vize yo.
pros-cons-us-con-no-exceptions = Pwoklamasyon an pa fè okenn eksepsyon sou fwontyè a, ni pou timoun, ni pou viktim trafik moun.
pros-cons-us-con-mpp = Avèk MPP (pwogram Etazini «Rete nan Meksik» la), anpil moun tann nan Meksik. Souvan, yo viv nan kondisyon ki danjere oswa ki pa estab.
pros-cons-us-con-cost = Èd legal prive koute chè, epi li difisil pou jwenn li depi deyò peyi a. Anplis, fòm I-589 la koute 100 dola, plis 100 dola chak ane.
pros-cons-us-con-slow = Ka yo ka pran plizyè ane. Depi desanm 2025, USCIS (ajans imigrasyon Etazini) mete an poz desizyon li yo sou fòm I-589.
pros-cons-us-con-rates = Se pa anpil demann ki reyisi: an out 2025, tribinal yo te bay azil nan 19,2% ka yo.

## Mexico

pros-cons-mx-pros-heading = Meksik: avantaj
pros-cons-mx-pro-anyone = Nenpòt moun etranje ki nan Meksik ka mande azil. Li gratis.
pros-cons-mx-pro-work = Kat vizitè pou rezon imanitè a (TVRH) pèmèt ou travay pandan w ap tann.
pros-cons-mx-pro-residence = Si yo rekonèt ou, ou jwenn rezidans pèmanan (dwa pou rete nan Meksik san limit).
pros-cons-mx-pro-rates = An 2024, 74% nan 33 844 ka ki te deside yo te gen yon repons pozitif.
pros-cons-mx-pro-costs = Anjeneral, lavi nan Meksik koute mwens pase Ozetazini.
pros-cons-mx-pro-integration = Pwogram Entegrasyon Lokal la ede kèk moun yo rekonèt kòm refijye jwenn travay epi demenaje.

pros-cons-mx-cons-heading = Meksik: dezavantaj
pros-cons-mx-con-state = Constancia a se papye ki montre ou fè demann lan. Dapre { -comar } (biwo Meksik ki deside demann azil yo), li bon sèlman nan eta kote ou te mande azil la. Si ou soti nan eta sa a, yo ka fèmen demann ou, kòm si ou te abandone l.
pros-cons-mx-con-wait = Tann lan long. Lalwa bay 45 jou ouvrab (jou travay), men anpil moun tann pi lontan anpil.
pros-cons-mx-con-card = Jwenn kat la ka pran tan. Yon rapò te konte sèlman 4 129 kat yo te bay nan 6 premye mwa ane 2025.
pros-cons-mx-con-shelters = Anpil moun ap viv nan abri ki twò plen, oswa nan move kondisyon.
pros-cons-mx-con-help = Pa gen anpil èd legal ni anpil sèvis, sitou andeyò gwo vil yo.
pros-cons-mx-con-integration = Li pi difisil pou w fè yon nouvo lavi si ou pa pale panyòl, oswa si ou pa gen fanmi nan Meksik.

## Not a prediction

pros-cons-not-prediction = Rezilta a depann de istwa ou ak prèv ou yo. Anvan ou deside, pale ak yon òganizasyon ki bay èd legal gratis.
