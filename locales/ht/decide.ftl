## The decision helper: questions, then advice for the person's circumstances.
## Facts: Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Cir., 24-04-2026); EO 14159,
## EO 14165; DHS on MPP (21-01-2025); INA §208; the annual asylum fee (DHS rule, 28-04-2026);
## leaving the US abandons a pending claim (DHS, 2025-26); LRPCAP arts. 6, 11-13, 20, 24, 48, 49, 51;
## Ley de Migración arts. 52, 74; LGDNNA arts. 89-98; COMAR figures for 2024 (EFE, 11-01-2025);
## TVRH cards issued (2024-2025 reports); TRAC (FY2024); an attorney's article on US claims from Mexico.

decide-title = N ap ede w deside
decide-summary = 6 kesyon pou w konnen ki pati nan gid la ki pi itil pou ou.
decide-intro = Reponn 6 ti kesyon. N ap di w kisa pou w li an premye. Se pa konsèy legal, epi nou pa anrejistre repons ou yo.
decide-start = Kòmanse
# Variables:
#   $current (Number) - the number of this question.
#   $total (Number) - how many questions there are.
decide-progress = Kesyon { $current } sou { $total }
decide-result-title = Sa ou ta dwe konnen
# Variables:
#   $date (String) - the date the rules were checked, written out.
decide-policy-date = Nou te verifye règ yo { $date }.
decide-result-note = Se enfòmasyon jeneral pou sitiyasyon ou, se pa yon desizyon. Chak ka diferan. Pale ak yon òganizasyon ki bay èd legal gratis.
decide-reasons = Poukisa
decide-again = Reponn ankò

## The six questions

decide-q-us-entry = Èske ou ka antre Ozetazini legalman pou mande azil?
decide-q-us-entry-no = Non. Mwen nan Meksik oswa sou fwontyè a.
decide-q-us-entry-visa = Wi. Mwen gen yon viza oswa yon lòt pèmi pou antre.
decide-q-us-entry-inside = Mwen deja Ozetazini.
decide-q-us-entry-mpp = Yo te voye m tounen Meksik avèk MPP (pwogram «Rete nan Meksik» la) pou m tann odyans mwen.
decide-q-support = Èske ou gen fanmi oswa moun ki sipòte w nan youn nan 2 peyi yo?
decide-q-support-mexico = Nan Meksik
decide-q-support-us = Ozetazini
decide-q-support-both = Nan 2 peyi yo
decide-q-support-none = Nan okenn
decide-q-wait = Èske ou ka tann lontan pou yon repons, petèt plis pase 1 an?
decide-q-wait-yes = Wi, mwen ka tann.
decide-q-wait-no = Non, mwen bezwen yon solisyon vit.
decide-q-wait-unsure = Mwen pa konnen.
decide-q-protection = Èske youn nan sitiyasyon sa yo se pa w?
decide-q-protection-family-children = M ap vwayaje ak pitit mwen, oswa ak lòt timoun.
decide-q-protection-unaccompanied = Mwen gen mwens pase 18 an, epi m ap vwayaje san paran m.
decide-q-protection-violence = Mwen te viktim trafik moun oswa vyolans.
decide-q-protection-none = Okenn nan yo.
decide-q-nationality = Ki peyi ou soti?
decide-q-nationality-honduras = Ondiras
decide-q-nationality-cuba = Kiba
decide-q-nationality-haiti = Ayiti
decide-q-nationality-el-salvador = Salvadò
decide-q-nationality-venezuela = Venezyela
decide-q-nationality-guatemala = Gwatemala
decide-q-nationality-colombia = Kolonbi
decide-q-nationality-mexico = Meksik
decide-q-nationality-other = Yon lòt peyi
decide-q-settle = Si yo rekonèt ou kòm refijye, èske ou ta renmen viv nan Meksik?
decide-q-settle-yes = Wi, mwen ta renmen.
decide-q-settle-no = Non, mwen pa ta renmen.
decide-q-settle-unsure = Mwen poko konnen

## Advice, one block per circumstance
## Mexico's asylum is only for foreigners (LRPCAP arts. 11, 13): advice for a Mexican national
## never points to the COMAR or to a claim in Mexico. Each acronym is glossed at its first use
## in each card, because a card can be shown without the others.

decide-a-at-border-title = Ou nan Meksik oswa sou fwontyè a
decide-a-at-border-text = Gen pwosè nan tribinal sou règ azil sou fwontyè sid Etazini, epi yo poko konfime sa ki aplike jodi a. Anvan ou ale, mande yon òganizasyon ki bay èd legal. Nan Meksik, ou ka mande azil.
decide-a-at-border-reason-cbp-one = CBP One (aplikasyon Etazini pou pran randevou sou fwontyè a) te sispann bay randevou 20 janvye 2025.
decide-a-at-border-reason-mexico = Nan Meksik, ou mande azil nan Komisyon Meksik pou Ede Refijye yo ({ -comar }). Ou gen 30 jou ouvrab (jou travay) depi ou antre. Si jou sa yo gentan pase, mande azil kanmenm.

decide-a-mexican-national-title = Ou se moun Meksik
decide-a-mexican-national-text = Nan Meksik, se sèlman moun etranje ki ka mande azil. Si w ap kouri pou yon danje nan Meksik, chemen an se mande pwoteksyon nan yon lòt peyi.
decide-a-mexican-national-reason-1 = Pou mande azil nan Meksik, fòk ou se yon etranje.
decide-a-mexican-national-reason-court-share = Nan ane fiskal 2024, jij imigrasyon Etazini yo te bay azil nan 16,6% ka moun Meksik yo te deside.
decide-a-mexican-national-reason-border = Gen pwosè nan tribinal sou règ azil sou fwontyè Etazini, epi yo poko konfime sa ki aplike jodi a. Pale ak yon òganizasyon ki bay èd legal anvan ou fè plan.

decide-a-visa-title = Ou ka antre Ozetazini legalman
decide-a-visa-text = Si ou antre ak yon pèmi, petèt ou ka mande azil depi andedan peyi a. Chèche èd legal anvan ou vwayaje.
decide-a-visa-reason-1 = Yon fwa ou andedan, ou gen 1 an apati dènye fwa ou te rive pou mande azil. Gen kèk eksepsyon.
decide-a-visa-reason-fees = Demann lan (fòm I-589) ranpli an anglè, epi li koute 100 dola. Pandan li louvri, gen yon frè chak ane: 102 dola pou ane fiskal 2026.
decide-a-visa-reason-3 = Règ Etazini yo te chanje anpil an 2025, epi yo ka chanje ankò.

decide-a-inside-us-title = Ou deja Ozetazini
decide-a-inside-us-text = Petèt ou ka toujou mande azil. Chèche èd legal pi vit ke ou kapab.
decide-a-inside-us-reason-1 = Ou gen 1 an apati dènye fwa ou te rive pou mande azil. Gen kèk eksepsyon.
decide-a-inside-us-reason-2 = Depi 2025, depòtasyon rapid (expedited removal) aplike pou plis moun.
decide-a-inside-us-reason-3 = Limit 1 an an pa aplike pou lòt pwoteksyon, tankou anpèchman depòtasyon (withholding of removal) oswa pwoteksyon kont tòti.
decide-a-inside-us-reason-fee = Si ou gentan mande azil, peye frè chak ane a nan 30 jou apre avi a. Si ou pa peye a lè, yo rejte demann ou, epi ou pèdi pèmi travay ou.
decide-a-inside-us-reason-leaving = Si ou kite Etazini pandan ka ou toujou louvri, yo konsidere ou abandone ka a.

decide-a-mpp-title = Yo te voye w tounen Meksik avèk MPP («Rete nan Meksik»)
decide-a-mpp-text = Kontinye ale nan odyans ou yo Ozetazini. Panse tou pou w mande azil nan Meksik, kòm plan rezèv.
decide-a-mpp-reason-some = MPP te retounen 21 janvye 2025. Avè l, kèk moun ki gen yon ka Ozetazini tann nan Meksik. Li pa klè kijan li mache jodi a.
decide-a-mpp-reason-2 = Ou ka mande azil nan Meksik: ou gen 30 jou ouvrab (jou travay) depi ou antre. Si yo gentan pase, mande azil kanmenm epi eksplike poukisa.
decide-a-mpp-reason-state = Si ou mande azil nan Meksik, epi ou soti nan eta kote ou te mande l, yo konsidere ou abandone demann lan. Pou ale nan yon odyans, ou ka oblije soti nan eta sa a.
decide-a-mpp-reason-travel = Anvan ou vwayaje pou yon odyans, pale ak yon òganizasyon ki bay èd legal. Si ou dwe soti nan eta a, ekri anvan bay Komisyon Meksik pou Ede Refijye yo ({ -comar }). Mande yo kontinye ka ou nan lòt eta a.

decide-a-us-hearings-title = Ou gen yon ka Ozetazini
decide-a-us-hearings-text = Kontinye ale nan tout odyans ou yo Ozetazini. Ekri dat yo, epi kenbe papye ka ou yo.
decide-a-us-hearings-reason-help = Anvan ou vwayaje pou yon odyans, pale ak yon òganizasyon ki bay èd legal.
decide-a-us-hearings-reason-rules = Règ Etazini yo te chanje an 2025 ak 2026, epi yo ka chanje ankò.

decide-a-us-border-rules-title = Timoun ak viktim sou fwontyè Etazini
decide-a-us-border-rules-text = Tèks pwoklamasyon 2025 la sou fwontyè sid la pa fè eksepsyon pou timoun, ni pou viktim trafik moun oswa vyolans.

decide-a-family-children-title = W ap vwayaje ak timoun
decide-a-family-children-text-protections = Si nou mande azil nan Meksik, timoun yo gen pwoteksyon espesyal.
decide-a-family-children-reason-detention = Lalwa di yo pa dwe fèmen timoun nan sant detansyon migrasyon (estación migratoria).
decide-a-family-children-reason-law = Lalwa di chak timoun dwe jwenn pwòp constancia pa l (papye ki montre li fè demann lan). Li di tou chak timoun dwe jwenn yon kat vizitè gratis, san yo pa mande dokiman. Men an reyalite, yo pa bay anpil kat.

decide-a-unaccompanied-title = Ou gen mwens pase 18 an, epi w ap vwayaje san paran ou
decide-a-unaccompanied-text = Nan Meksik, lalwa ba ou yon pwoteksyon espesyal. Mande DIF (sistèm piblik ki pwoteje timoun yo) èd. Ou ka mande { -unhcr } (an panyòl yo rele l ACNUR) èd tou: se ajans Nasyonzini pou refijye yo.
decide-a-unaccompanied-reason-1 = Yo dwe avèti Procuraduría de Protección (biwo Leta ki pwoteje timoun) touswit. Se li ki deside sa ki pi bon pou ou.
decide-a-unaccompanied-reason-2 = Ou gen dwa pou yon entèprèt, yon avoka ak yon moun ki reprezante w. Tout sa gratis.
decide-a-unaccompanied-reason-detention = Lalwa di yo pa dwe fèmen w nan yon sant detansyon migrasyon. Yo dwe ba ou yon kote pou rete apa, lwen granmoun yo.
decide-a-unaccompanied-reason-comar = Si ou bezwen pwoteksyon kòm refijye, DIF voye w bay Komisyon Meksik pou Ede Refijye yo ({ -comar }).

decide-a-unaccompanied-mexican-text = Ou pa oblije deside san èd. Mande èd anvan ou kontinye vwayaj ou.
decide-a-unaccompanied-mexican-reason-dif = DIF (sistèm piblik Meksik ki pwoteje timoun ak fanmi) ka ede w.
decide-a-unaccompanied-mexican-reason-legal = Yon òganizasyon ki bay èd legal gratis ka eksplike w ki chwa ou genyen.

decide-a-violence-title = Ou te viktim trafik moun oswa vyolans
decide-a-violence-text = Ou ka mande pwoteksyon nan Meksik. Chèche sipò nan yon òganizasyon, oswa nan { -unhcr } (an panyòl yo rele l ACNUR), ajans Nasyonzini pou refijye yo.
decide-a-violence-reason-1 = Nan Meksik, ou ka mande azil pou pèsekisyon paske ou se fanm, oswa akoz idantite seksyèl ou. Vyolans ki gaye toupatou nan peyi w kapab yon rezon tou.
decide-a-violence-reason-2 = Enfòmasyon ou yo rete sekrè. Si ou fèb oswa an danje (vilnerab), ou ka jwenn èd.
decide-a-violence-reason-evidence = Kenbe prèv ou genyen yo nan yon kote ki an sekirite, tankou plent lapolis oswa rapò doktè.

decide-a-violence-mexican-text = Sa ki te rive w la enpòtan. Si w ap panse mande azil nan yon lòt peyi, chèche èd legal gratis anvan.
decide-a-violence-mexican-reason-grounds = Ozetazini, youn nan prensipal rezon yo te fè w mal dwe youn nan 5 rezon lalwa pwoteje yo. Pa egzanp, opinyon politik ou oswa gwoup sosyal ou.
decide-a-violence-mexican-reason-general = Anpil demann pa reyisi paske yo wè mal la kòm vyolans jeneral, ki touche anpil moun nan peyi a.

decide-a-support-mexico-title = Ou gen fanmi oswa sipò nan Meksik
decide-a-support-mexico-text = Sa ka fè l pi fasil pou w kòmanse yon nouvo lavi nan Meksik.
decide-a-support-mexico-reason-work-scarce = Kat vizitè pou rezon imanitè a (TVRH) pèmèt ou travay, men jodi a yo bay sèlman kèk kat.
decide-a-support-mexico-reason-2 = Si yo rekonèt ou, ou jwenn rezidans pèmanan (dwa pou rete nan Meksik san limit).

decide-a-support-us-title = Ou gen fanmi oswa sipò Ozetazini
decide-a-support-us-text = Menm si ou gen fanmi la, sa pa chanje règ fwontyè yo. Mande yon òganizasyon ki bay èd legal ki chwa ou genyen.
decide-a-support-us-reason-spouse = Nan yon demann azil Ozetazini, ou ka mete mari ou oswa madanm ou. Ou ka mete pitit ou ki poko marye epi ki gen mwens pase 21 an tou. Ou pa ka mete yon konpayon si nou pa marye.
decide-a-support-us-reason-2 = Règ Etazini yo te chanje an 2025, epi yo ka chanje ankò.

decide-a-cannot-wait-title = Ou bezwen yon solisyon vit
decide-a-cannot-wait-text-both-long = Nan 2 peyi yo, tann lan long. Nan Meksik, kat ki pèmèt ou travay la difisil pou jwenn.
decide-a-cannot-wait-reason-1 = Lalwa bay Komisyon Meksik pou Ede Refijye yo ({ -comar }) 45 jou ouvrab (jou travay) pou l deside. Men anpil moun tann pi lontan anpil.
decide-a-cannot-wait-reason-cards = Kat vizitè pou rezon imanitè a (TVRH) pèmèt ou travay, men yo bay sèlman kèk kat. 2 rapò konte 4 129 kat nan 6 premye mwa 2025.

decide-a-nationality-title = Nasyonalite ou
decide-a-nationality-text = Yo deside chak ka apa, pa sèlman dapre peyi a. Pèsonn pa ka pwomèt ou yon rezilta.
decide-a-nationality-reason-1 = An 2024, Komisyon Meksik pou Ede Refijye yo ({ -comar }) te deside 33 844 ka. 74% te pozitif.
decide-a-nationality-reason-2 = An 2024, peyi ki te gen plis moun ki mande azil nan Meksik se te Ondiras, Kiba ak Ayiti.

decide-a-settle-yes-title = Ou vle rete nan Meksik
decide-a-settle-yes-text = Si yo rekonèt ou, ou jwenn rezidans pèmanan (dwa pou rete nan Meksik san limit). Ou ka viv kote ou vle nan Meksik.
decide-a-settle-yes-reason-1 = Ou dwe sèlman fè yo konnen lè ou chanje adrès.
decide-a-settle-yes-reason-2 = Yon Pwogram Entegrasyon Lokal ede kèk moun yo rekonèt kòm refijye jwenn travay epi demenaje.

decide-a-settle-undecided-title = Ou pa sèten si w ap rete nan Meksik
decide-a-settle-undecided-text-conditions = Lè w mande azil nan Meksik, sa pwoteje w pandan w ap deside. Men fòk ou rete nan eta kote ou te mande l la, epi ale siyen. Pale sou plan ou yo ak yon òganizasyon ki bay èd legal.
decide-a-settle-undecided-reason-1 = Depi jou ou depoze demann ou, Meksik pa ka voye w tounen nan yon kote ou an danje.
decide-a-settle-undecided-reason-2 = Si ou vwayaje nan peyi w apre yo fin rekonèt ou, ou ka pèdi pwoteksyon ou.

decide-a-legal-help-title = Chèche èd legal gratis
decide-a-legal-help-text = Gid sa a bay enfòmasyon, men li pa konnen ka pa w. Yon moun ki konn zafè sa yo ka ede w gratis.
decide-a-legal-help-reason-1 = { -unhcr } (an panyòl yo rele l ACNUR) ak plizyè òganizasyon bay èd legal gratis.
decide-a-legal-help-reason-2 = Règ yo chanje souvan, sitou Ozetazini.

## Reasons shared by several cards

# Protection in Mexico lasts while the person stays in the state of the claim and keeps signing
# (COMAR's limits on the constancia; Reglamento art. 24).
decide-a-reason-stay-and-sign = Pwoteksyon ou nan Meksik kontinye toutotan ou rete nan eta kote ou te mande azil la, epi ou ale siyen.

## Errors of the decision helper

# Variables:
#   $question (String) - the question's key as typed.
error-decide-unknown-question = Pa gen okenn kesyon ki rele «{ $question }».
# Variables:
#   $question (String) - the question's key.
#   $answer (String) - the answer as typed.
#   $answers (String) - the possible answers, separated by commas.
error-decide-unknown-answer = «{ $answer }» se pa yon repons pou «{ $question }». Repons ou ka bay: { $answers }.
# Variables:
#   $question (String) - the question's key.
error-decide-missing = Kesyon «{ $question }» an poko gen repons.
