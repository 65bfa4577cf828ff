## Document checklists. "why" says why each item matters.
## Facts: LRPCAP arts. 11, 12, 18, 23; Ley de Migración arts. 52, 74; 8 CFR 103.2(b)(3); 90 FR 34511;
## the annual asylum fee for FY2026 (DHS rule, 28-04-2026).

checklist-need-needed = Yo mande l
checklist-need-helpful = Li ka ede w
checklist-status-have = Mwen genyen l
checklist-status-needed = Li manke m
checklist-status-not-applicable = Sa pa konsène m

checklist-comar-claim-title = Pou mande azil nan { -comar } (biwo azil Meksik la)
checklist-comar-claim-id = Paspò oswa pyès idantite
checklist-comar-claim-id-why = Li ede pwouve kiyès ou ye. Lalwa pa egzije l pou w mande azil.
checklist-comar-claim-family-documents = Ak nesans oswa ak maryaj moun nan fanmi ou
checklist-comar-claim-family-documents-why = Yo pwouve lyen fanmi an. Si ou pa genyen yo, yo aksepte lòt prèv.
checklist-comar-claim-entry-date = Prèv dat ou antre nan Meksik
checklist-comar-claim-entry-date-why = Delè 30 jou ouvrab (jou travay) la konte apati jou ou antre a.
checklist-comar-claim-account = Nòt ou sou sa ki te rive w, ak dat ak kote
checklist-comar-claim-account-why = Yo ede w rakonte tout istwa ou, ak detay, nan entrevi a.
checklist-comar-claim-police-reports = Plent ou te pote lapolis oswa nan pakè a
checklist-comar-claim-police-reports-why = Yo montre ou te mande pwoteksyon nan peyi w.
checklist-comar-claim-threats = Foto ekran menas yo
checklist-comar-claim-threats-why = Se prèv sa ou te viv. Kenbe tou dat la ak kiyès ki te voye yo.
checklist-comar-claim-medical = Rapò doktè oswa rapò sikològ
checklist-comar-claim-medical-why = Yo montre mal ou te sibi.
checklist-comar-claim-photos-witnesses = Foto ak deklarasyon temwen
checklist-comar-claim-photos-witnesses-why = Yo sipòte sa ou rakonte.

checklist-tvrh-title = Pou kat vizitè pou rezon imanitè a (TVRH)
checklist-tvrh-constancia = Constancia ou (papye biwo azil { -comar } ba ou a, ki montre ou fè demann lan)
checklist-tvrh-constancia-why = Avè l, ou mande { -inm } (biwo migrasyon Meksik la) kat la.
checklist-tvrh-id = Yon pyès idantite
checklist-tvrh-id-why = Anjeneral, { -inm } mande l.
checklist-tvrh-address = Prèv adrès, oswa yon lèt ofisyèl { -comar }
checklist-tvrh-address-why = Anjeneral, { -inm } mande l. Si ou pa genyen, mande { -comar } lèt ofisyèl la.
checklist-tvrh-entry-statement = Yon lèt ou siyen ki gen dat ou antre nan Meksik
checklist-tvrh-entry-statement-why = Anjeneral, { -inm } mande l.
checklist-tvrh-children-birth = Ak nesans pitit ou yo
checklist-tvrh-children-birth-why = Si pitit ou yo avè w, anjeneral yo mande ak nesans yo.

checklist-appeal-title = Pou fè apèl kont yon refi
checklist-appeal-decision = Desizyon { -comar } (biwo azil Meksik la) ki refize ba ou azil
checklist-appeal-decision-why = Apèl la reponn desizyon sa a.
checklist-appeal-notification-date = Prèv jou yo te fè w konnen desizyon an
checklist-appeal-notification-date-why = 15 jou ouvrab (jou travay) yo konte apati jou sa a.
checklist-appeal-constancia = Constancia de trámite ou
checklist-appeal-constancia-why = Li idantifye ka ou.
checklist-appeal-new-evidence = Nouvo prèv, oswa prèv ou pa t bay anvan
checklist-appeal-new-evidence-why = Yo ka sipòte apèl ou.

checklist-us-i589-title = Pou yon demann azil Ozetazini (fòm I-589)
checklist-us-i589-form = Fòm I-589 ranpli an anglè
checklist-us-i589-form-why = Fòm nan dwe an anglè.
checklist-us-i589-translations = Yon tradiksyon konplè e sètifye an anglè pou chak dokiman
checklist-us-i589-translations-why = Yon dokiman nan yon lòt lang ki pa gen tradiksyon sètifye, yo ka pa aksepte l.
checklist-us-i589-identity = Dokiman idantite ak dokiman ki montre lyen fanmi
checklist-us-i589-identity-why = Yo pwouve kiyès ou ye ak kiyès ki fanmi ou.
checklist-us-i589-declaration = Deklarasyon pèsonèl ou, ak detay
checklist-us-i589-declaration-why = Repons ki klè epi ki gen detay fè yon demann pi solid.
checklist-us-i589-last-arrival = Prèv dènye fwa ou te rive Etazini
checklist-us-i589-last-arrival-why = Delè 1 an an konte apati jou ou te rive a.
checklist-us-i589-corroboration = Prèv ki konfime istwa ou
checklist-us-i589-corroboration-why = Pa egzanp: papye ki montre ou te manm yon gwoup, rapò doktè oswa rapò lapolis.
checklist-us-i589-country-conditions = Nouvèl ak rapò sou dwa moun nan peyi w
checklist-us-i589-country-conditions-why = Yo montre danje ou dekri a.
checklist-us-i589-fee = Frè 100 dola pou depoze fòm nan
checklist-us-i589-fee-why-2026 = Pandan w ap tann, gen yon frè anplis chak ane: 102 dola pou ane fiskal 2026. Si ou pa peye l nan 30 jou apre avi a, yo rejte demann ou. Pa gen mwayen pou w pa peye.

checklist-children-id-title = Dokiman idantite timoun yo
checklist-children-id-birth = Ak nesans chak timoun
checklist-children-id-birth-why = Li pwouve lyen fanmi an. Si ou pa genyen l, yo aksepte lòt prèv.
checklist-children-id-constancia = Constancia de trámite chak timoun
checklist-children-id-constancia-why = { -comar } (biwo azil Meksik la) bay yon constancia pou chak moun nan fanmi an ki mande azil.
checklist-children-id-tvrh = Kat vizitè pou rezon imanitè (TVRH) chak timoun
checklist-children-id-tvrh-why = Pou timoun, li gratis epi yo pa mande okenn dokiman.
checklist-children-id-curp = CURP chak timoun (nimewo idantite pèsonèl nan Meksik)
checklist-children-id-curp-why = Li vini ak kat timoun nan.

