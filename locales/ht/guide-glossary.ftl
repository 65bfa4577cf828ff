## Guide topic: the glossary (words to know).
## Facts from LRPCAP arts. 2, 6, 13, 22, 25, 28-30, 48; its Reglamento art. 24; Ley de Migración arts. 52, 74;
## LFPA arts. 28-29; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20 and its reform (DOF 16-10-2025);
## LGDNNA arts. 89, 98; the UNHCR Mexico help page (11 March 2026); TVRH cards issued (2024-2025
## reports); the temporary CURP (press); for the US: Proclamation 10888 and RAICES v. Noem
## (D.C. Circuit, 24 April 2026), EO 14159, EO 14165, DHS on MPP (21-01-2025), INA §§ 208, 235, 241,
## 8 CFR 208, H.R. 1 and 90 FR 34511 (fees), the annual asylum fee for FY2026 (DHS rule, 28-04-2026),
## an attorney's article on US claims from Mexico (the "frivolous" finding).

glossary-title = Mo pou w konnen
glossary-summary = Sa mo ki gen rapò ak azil nan Meksik ak Ozetazini vle di, an kèk mo senp.
glossary-intro = Isit la, nou eksplike mo ki parèt nan gid sa a, ak mo ki senp.
glossary-mexico-heading = Nan Meksik
glossary-children-heading = Timoun ak adolesan
glossary-us-heading = Ozetazini

## Mexico

glossary-comar-term = { -comar } (Komisyon Meksik pou Ede Refijye yo)
glossary-comar-text = Biwo gouvènman Meksik ki deside sou demann azil yo. Li ka bay estati refijye, oswa yon lòt pwoteksyon ki rele pwoteksyon konplemantè.
glossary-unhcr-term = { -unhcr } (an panyòl yo rele l ACNUR)
glossary-unhcr-text = Wo Komisarya Nasyonzini pou Refijye yo: se ajans Nasyonzini ki okipe refijye yo. Nan Meksik, li bay moun ki mande azil enfòmasyon ak konsèy, sou help.unhcr.org/mexico.
glossary-inm-term = { -inm } (Enstiti Nasyonal Migrasyon Meksik)
glossary-inm-text = Otorite migrasyon Meksik la. Li bay kat vizitè a (TVRH). Kote ki pa gen biwo { -comar }, se li ki resevwa demann azil.
glossary-constancia-term = Constancia de trámite (papye ki montre ou fè demann lan)
glossary-constancia-text = Papye { -comar } ba ou lè ou mande azil. Chak moun nan fanmi ou ki mande azil avè w resevwa pa yo. Dapre { -comar }, li bon sèlman nan eta kote ou te fè demann lan.
glossary-tvrh-term = TVRH (kat vizitè pou rezon imanitè)
glossary-tvrh-text-scarce = Kat { -inm } bay moun ki mande azil epi ki montre constancia yo. Avèk kat sa a, ou ka travay. Anjeneral, li bon pou 1 an, epi ou ka renouvle l pandan w ap tann. Jodi a, yo bay sèlman kèk kat.
glossary-curp-term = CURP (nimewo enskripsyon pèsonèl nan Meksik)
glossary-curp-text-temporary = Nimewo enskripsyon pèsonèl ou nan Meksik. Moun ki mande azil resevwa yon CURP tanporè (pou yon tan) apre constancia a. Li bon jiska 180 jou, epi yo ka ba l plis tan.
glossary-business-days-term = Jou ouvrab (jou travay)
glossary-business-days-safe-text = Jou biwo gouvènman yo louvri pou travay. Samdi, dimanch, 1ye janvye, 1ye me, 16 septanm ak 25 desanm pa janm konte. Pou lòt jou ferye yo ak jou biwo a fèmen, moun pa dakò si yo konte oswa non. Pou w pa pran risk, konte yo kòm jou ouvrab, oswa sèvi ak dat { -brand-name } montre w la.
glossary-refugee-status-term = Estati refijye
glossary-refugee-status-text = Pwoteksyon { -comar } bay moun ki kouri kite vyolans ki gaye toupatou nan peyi yo, oswa pèsekisyon. Pèsekisyon vle di yo vize w pou fè w mal. Sa ka akoz ras ou, relijyon ou, nasyonalite ou, gwoup sosyal ou oswa opinyon politik ou. Li kapab tou pèsekisyon paske ou se fanm, oswa akoz idantite seksyèl ou.
glossary-complementary-protection-term = Pwoteksyon konplemantè
glossary-complementary-protection-text = { -comar } bay li a moun li pa rekonèt kòm refijye, men ki pa ka retounen lakay yo san danje. Konsa, pèsonn pa ka voye yo kote lavi yo an danje, oswa kote yo ta ka tòtire yo.
glossary-non-refoulement-term = Pa voye moun tounen nan danje
glossary-non-refoulement-text = Règ ki di pèsonn pa ka voye yon moun nan yon kote lavi l oswa libète l an danje. Nan Meksik, règ sa a pwoteje w depi jou ou mande azil.
glossary-abandonment-term = Abandon demann lan (yo fèmen demann ou)
glossary-abandonment-text = Se lè { -comar } fèmen demann ou paske ou pa t swiv demach la. Sa ka rive si ou pa ale siyen, oswa si ou soti nan eta kote ou te mande azil la.
glossary-recurso-revision-term = Recurso de revisión (apèl)
glossary-recurso-revision-text = Apèl kont yon repons negatif { -comar }: ou mande pou yo gade desizyon an ankò. Ou gen 15 jou ouvrab (jou travay) pou w fè l, apati jou yo fè w konnen desizyon an.
glossary-amparo-term = Amparo (pwoteksyon dwa ou devan tribinal)
glossary-amparo-text-2025 = Yon pwosè devan yon jij federal pou pwoteje dwa ou. Si yo vle depòte w, oswa si lavi w an danje, ou ka mande l nenpòt ki jou, a nenpòt ki lè. Depi oktòb 2025, règ li yo pi sevè: chèche yon avoka.
glossary-juicio-nulidad-term = Juicio de nulidad (pwosè pou anile yon desizyon gouvènman)
glossary-juicio-nulidad-text = Yon pwosè devan yon tribinal federal espesyal (Tribunal Federal de Justicia Administrativa), kont yon desizyon gouvènman an. Kont yon refi { -comar }, ou gen 30 jou ouvrab (jou travay) pou depoze l. Ou bezwen yon avoka.

## Children

glossary-dif-term = DIF (sistèm piblik Meksik ki pwoteje fanmi yo)
glossary-dif-text = Sistèm piblik ki pwoteje timoun ak fanmi nan Meksik. Li gade sitiyasyon timoun migran yo. Si yo bezwen sa, li voye yo bay { -comar }.
glossary-procuraduria-proteccion-term = Procuraduría de Protección (biwo Leta ki pwoteje timoun ak adolesan)
glossary-procuraduria-proteccion-text = Otorite ki defann dwa timoun ak adolesan. Li deside sa ki pi bon pou chak timoun migran. Otorite migrasyon yo dwe avèti l touswit.

## United States

glossary-proclamation-term = Pwoklamasyon sou fwontyè a (janvye 2025)
glossary-proclamation-text = Yon lòd prezidan Etazini te bay 20 janvye 2025, sou fwontyè sid la. Tèks li anpeche moun li vize yo mande azil. An avril 2026, yon tribinal apèl te di prezidan an pa ka sispann azil konsa. Yo poko konfime sa ki aplike jodi a.
glossary-mpp-term = MPP («Rete nan Meksik»)
glossary-mpp-text-some = Yon pwogram Etazini: kèk moun ki gen yon ka nan tribinal imigrasyon Etazini dwe tann nan Meksik. Li te retounen 21 janvye 2025. Yo pa konnen pou konbyen moun li aplike.
# Proper name: the name of a US government phone app, the same in every language.
glossary-cbp-one-term = CBP One
glossary-cbp-one-text = Yon aplikasyon telefòn Etazini pou pran randevou sou fwontyè a. Li sispann bay randevou 20 janvye 2025, epi yo te anile tout randevou yo.
glossary-expedited-removal-term = Depòtasyon rapid (expedited removal)
glossary-expedited-removal-text = Yon depòtasyon ki fèt vit, soti Ozetazini. Yo ka fè l si ou pa pase entrevi «krent kredib» la (gade pi ba). Depi janvye 2025, yo fè l pou plis moun.
glossary-credible-fear-term = Entrevi «krent kredib» (credible fear)
glossary-credible-fear-text = Premye entrevi Ozetazini pou yon moun ki di li pè retounen nan peyi l. Yon ofisye tande poukisa ou pè. Li deside si gen yon chans serye pou ou gen dwa pou azil. Si wi, ou ka kontinye demann azil ou. Si non, yo ka depòte w vit.
glossary-protected-grounds-term = 5 rezon lalwa pwoteje yo
glossary-protected-grounds-text = Ozetazini, pou jwenn azil, fòk yo pèsekite w pou youn nan 5 rezon: ras, relijyon, nasyonalite, yon gwoup sosyal patikilye oswa opinyon politik. Rezon sa a dwe youn nan prensipal rezon ki fè yo fè w mal.
glossary-particular-social-group-term = Gwoup sosyal patikilye
glossary-particular-social-group-text = Youn nan 5 rezon lalwa pwoteje Ozetazini. Pa egzanp, kèk fanm Meksiken ki te sibi vyolans lakay yo te jwenn azil pou rezon sa a.
glossary-one-year-limit-term = Delè 1 an
glossary-one-year-limit-text = Ozetazini, ou dwe mande azil nan 1 an apre dènye fwa ou te rive nan peyi a. Gen eksepsyon si sitiyasyon ou te chanje. Gen eksepsyon tou si yon bagay grav te anpeche w fè l, tankou yon gwo maladi.
glossary-i-589-term = Fòm I-589
glossary-i-589-text-2026 = Fòm pou mande azil Ozetazini. Ou dwe ranpli l an anglè. Li koute 100 dola. Anplis, gen yon frè chak ane pandan ka a louvri: 102 dola pou ane fiskal 2026.
glossary-withholding-of-removal-term = Anpèchman depòtasyon (withholding of removal)
glossary-withholding-of-removal-text = Yon pwoteksyon Etazini ki anpeche yo voye w nan peyi w. Ou dwe montre li pi pwobab pou yo pèsekite w la pase pou yo pa fè l. Delè 1 an an pa aplike pou li.
glossary-cat-term = CAT (Konvansyon kont Tòti)
glossary-cat-text = Yon pwoteksyon Etazini pou moun ki riske tòti nan peyi yo. Tòti a ka soti nan otorite yo, oswa nan lòt moun otorite yo kite fè sa. Delè 1 an an pa aplike pou li.
glossary-frivolous-application-term = Demann «frivòl»
glossary-frivolous-application-text = Ozetazini, se yon demann azil yon jij oswa yon ofisye jije ou te envante espre. Moun ki resevwa desizyon sa a pa ka jwenn okenn lòt papye oswa pwoteksyon imigrasyon nan peyi sa a ankò.
