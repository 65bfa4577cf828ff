## Guide topic: the glossary (words to know).
## Facts from LRPCAP arts. 2, 6, 13, 22, 25, 28-30, 48; its Reglamento art. 24; Ley de Migración arts. 52, 74;
## LFPA arts. 28-29; Ley de Amparo arts. 17, 20; LGDNNA arts. 89, 98; the UNHCR Mexico help page (11 March 2026);
## for the US: Proclamation 10888, EO 14159, EO 14165, DHS on MPP (21-01-2025), INA §§ 208, 235, 241,
## 8 CFR 208, H.R. 1 and 90 FR 34511 (fees), an attorney's article on US claims from Mexico.

glossary-title = Mo pou w konnen
glossary-summary = Sa mo ki gen rapò ak azil nan Meksik ak Ozetazini vle di, an kèk mo.
glossary-intro = Isit la, nou eksplike mo ki parèt nan gid sa a, ak mo ki senp.
glossary-mexico-heading = Nan Meksik
glossary-children-heading = Timoun ak adolesan
glossary-us-heading = Ozetazini

## Mexico

glossary-comar-term = { -comar } (Komisyon Meksiken pou Ede Refijye yo)
glossary-comar-text = Biwo gouvènman Meksik ki deside sou demann azil yo. Li ka bay estati refijye oswa pwoteksyon konplemantè.
glossary-unhcr-term = { -unhcr } (Wo Komisarya Nasyonzini pou Refijye yo)
glossary-unhcr-text = Ajans Nasyonzini pou refijye yo. Nan Meksik, li bay moun ki mande azil enfòmasyon ak konsèy, sou help.unhcr.org/mexico.
glossary-inm-term = { -inm } (Enstiti Nasyonal Migrasyon Meksik)
glossary-inm-text = Otorite migrasyon Meksik la. Li bay kat TVRH la. Kote ki pa gen biwo { -comar }, li resevwa demann azil.
glossary-constancia-term = Constancia de trámite (papye ki montre ou fè demann lan)
glossary-constancia-text = Papye { -comar } ba ou lè ou mande azil. Chak moun nan fanmi ou ki mande azil avè w resevwa pa yo. Dapre { -comar }, li valab sèlman nan eta kote ou te fè demann lan.
glossary-tvrh-term = TVRH (kat vizitè pou rezon imanitè)
glossary-tvrh-text = Kat { -inm } bay moun ki mande azil epi ki montre constancia yo. Avè l, ou ka travay. Anjeneral, li valab pou 1 an, epi ou ka renouvle l pandan w ap tann.
glossary-curp-term = CURP (nimewo idantite pèsonèl nan Meksik)
glossary-curp-text = Nimewo enskripsyon pèsonèl ou nan Meksik. Moun ki mande azil gen dwa pou yon CURP tanporè.
glossary-business-days-term = Jou ouvrab
glossary-business-days-text = Jou biwo gouvènman yo travay. Samdi, dimanch, jou ferye ak jou biwo a fèmen pa konte.
glossary-refugee-status-term = Estati refijye
glossary-refugee-status-text = Pwoteksyon { -comar } bay moun ki kouri pou vyolans ki gaye toupatou oswa pou pèsekisyon. Pèsekisyon an ka akoz ras, relijyon, nasyonalite, sèks, gwoup sosyal oswa opinyon politik.
glossary-complementary-protection-term = Pwoteksyon konplemantè
glossary-complementary-protection-text = { -comar } bay li a moun li pa rekonèt kòm refijye, men ki pa ka retounen san danje. Pèsonn pa ka voye yo nan yon kote lavi yo an danje, oswa kote yo ta ka tòtire yo.
glossary-non-refoulement-term = Pa voye moun tounen nan danje
glossary-non-refoulement-text = Règ ki di pèsonn pa ka voye yon moun nan yon kote lavi l oswa libète l an danje. Nan Meksik, règ sa a pwoteje w depi jou ou mande azil.
glossary-abandonment-term = Abandon demann lan
glossary-abandonment-text = Se lè { -comar } fèmen demann ou paske ou pa t swiv demach la. Sa ka rive si ou pa ale siyen, oswa si ou soti nan eta kote ou te mande azil la.
glossary-recurso-revision-term = Recurso de revisión (apèl)
glossary-recurso-revision-text = Apèl kont yon repons negatif { -comar }. Ou prezante l nan 15 jou ouvrab, apati jou yo fè w konnen desizyon an.
glossary-amparo-term = Amparo (pwoteksyon dwa ou devan tribinal)
glossary-amparo-text = Yon pwosè devan yon jij federal pou pwoteje dwa ou. Kont yon depòtasyon oswa yon danje pou lavi w, ou ka mande l nenpòt ki moman, nenpòt ki jou, a nenpòt ki lè.

## Children

glossary-dif-term = DIF (sistèm piblik Meksik ki pwoteje fanmi yo)
glossary-dif-text = Sistèm piblik ki pwoteje timoun ak fanmi nan Meksik. Li egzamine sitiyasyon timoun migran yo. Si yo bezwen sa, li voye yo bay { -comar }.
glossary-procuraduria-proteccion-term = Procuraduría de Protección (biwo Leta ki pwoteje timoun ak adolesan)
glossary-procuraduria-proteccion-text = Otorite ki defann dwa timoun ak adolesan. Li deside sa ki pi bon pou chak timoun migran. Migrasyon dwe avèti l touswit.

## United States

glossary-proclamation-10888-term = Pwoklamasyon 10888
glossary-proclamation-10888-text = Yon lòd prezidan Etazini te bay 20 janvye 2025. Li fèmen azil pou moun ki travèse fwontyè sid la. Gen pwosè nan tribinal, epi li pa klè kisa ki aplike jodi a.
glossary-mpp-term = MPP («Rete nan Meksik»)
glossary-mpp-text = Yon pwogram Etazini: moun ki gen yon ka nan yon tribinal imigrasyon Ozetazini dwe tann nan Meksik. Li te retounen 21 janvye 2025. Li pa klè pou konbyen moun li aplike.
# Proper name: the name of a US government phone app, the same in every language.
glossary-cbp-one-term = CBP One
glossary-cbp-one-text = Yon aplikasyon telefòn Etazini pou pran randevou sou fwontyè a. Li sispann bay randevou 20 janvye 2025, epi yo te anile tout randevou yo.
glossary-expedited-removal-term = Depòtasyon rapid
glossary-expedited-removal-text = Yon depòtasyon ki fèt vit, soti Ozetazini. Yo ka fè l si ou pa pase entrevi krent kredib la. Depi janvye 2025, yo fè l pou plis moun.
glossary-credible-fear-term = Krent kredib
glossary-credible-fear-text = Premye entrevi Ozetazini pou yon moun ki di li pè retounen nan peyi l. Moun nan dwe montre gen yon «posiblite siyifikatif» pou li gen dwa pou azil.
glossary-protected-grounds-term = Motif ki pwoteje
glossary-protected-grounds-text = Ozetazini, pou jwenn azil, fòk gen pèsekisyon pou 1 nan 5 motif: ras, relijyon, nasyonalite, gwoup sosyal patikilye oswa opinyon politik. Motif la dwe yon rezon santral pou mal yo fè w la.
glossary-particular-social-group-term = Gwoup sosyal patikilye
glossary-particular-social-group-text = Youn nan 5 motif ki pwoteje Ozetazini. Pa egzanp, kèk fanm Meksiken ki te sibi vyolans lakay te jwenn azil pou motif sa a.
glossary-one-year-limit-term = Delè 1 an
glossary-one-year-limit-text = Ozetazini, ou dwe mande azil nan 1 an apre dènye fwa ou te rive nan peyi a. Gen eksepsyon si sitiyasyon ou te chanje, oswa si te gen rezon ekstraòdinè.
glossary-i-589-term = Fòm I-589
glossary-i-589-text = Fòm pou mande azil Ozetazini. Ou dwe ranpli l an anglè. Jodi a, li koute 100 dola, plis 100 dola chak ane ka a rete louvri.
glossary-withholding-of-removal-term = Sispansyon depòtasyon (withholding of removal)
glossary-withholding-of-removal-text = Yon pwoteksyon Etazini ki anpeche yo voye w nan peyi w. Ou dwe montre li pi pwobab pou yo pèsekite w la. Delè 1 an an pa aplike.
glossary-cat-term = CAT (Konvansyon kont Tòti)
glossary-cat-text = Yon pwoteksyon Etazini pou moun ki an danje pou otorite yo tòtire yo, oswa pou lòt moun tòtire yo ak konsantman otorite yo. Delè 1 an an pa aplike.
