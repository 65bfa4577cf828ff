## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51, 57 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; LFPCA arts. 13, 74; Ley de Amparo arts. 17, 20
## and its reform (DOF 16-10-2025); the SCJN on late claims (AR 353/2019, 399/2019);
## the UNHCR Mexico help page (11 March 2026); COMAR offices in Naucalpan and Tapachula (press, 2025);
## signing in practice (press, 2025); TVRH cards issued (2024-2025 reports); the temporary CURP (press).

mexico-steps-title = Kijan pou mande azil nan Meksik, etap pa etap
mexico-steps-summary = Etap pou mande azil: delè a, constancia a, kat la, entrevi a, desizyon an ak apèl la.
mexico-steps-intro-decides = Nan Meksik, se Komisyon Meksik pou Ede Refijye yo ({ -comar }) ki deside kiyès ki jwenn estati refijye oswa pwoteksyon konplemantè. Demann lan gratis. Ou ka fè l alekri, oswa ak bouch ou.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Mande azil nan 30 premye jou ouvrab (jou travay) yo
mexico-steps-deadline-count = Ou gen 30 jou ouvrab pou w depoze demann ou.
mexico-steps-deadline-start = Yo kòmanse konte yo nan jou ouvrab ki vini apre jou ou antre nan Meksik la.
mexico-steps-deadline-business-days-safe = Samdi ak dimanch pa janm konte. 1ye janvye, 1ye me, 16 septanm ak 25 desanm pa konte tou. Pou lòt jou ferye yo ak jou biwo a fèmen, moun pa dakò si yo konte oswa non. Pou w pa pran risk, konte yo kòm jou ouvrab, oswa sèvi ak dat { -brand-name } montre w la.
mexico-steps-deadline-impossible = Ou pa t ka mande l pi bonè? Pa egzanp, paske yo te kidnape w, ou te lopital, oswa yo te fèmen w. Si se sa, yo konte jou yo apati jou ou te vin kapab fè l.
mexico-steps-deadline-sur-place = Pafwa danje a parèt lè ou deja nan Meksik, pa egzanp akoz yon chanjman nan peyi w. Si se sa, yo konte jou yo apati jou ou te vin konnen sa.
mexico-steps-deadline-proof = Eksplike sa ki te anpeche w, epi bay prèv ou genyen, tankou papye lopital. Pi gwo tribinal Meksik la (Suprema Corte) te di yo pa dwe egzije prèv ki twò sevè.
mexico-steps-deadline-late = Si delè a gentan pase, mande azil kanmenm. Eksplike poukisa ou pa t kapab fè l pi bonè. { -comar } ap mande w rezon ou yo.
mexico-steps-deadline-representative = Si yon lòt moun depoze demann lan pou ou, ou dwe ale konfime l an pèsòn. Ou gen 3 jou ouvrab pou sa.

## Step 2: where to apply

mexico-steps-where-heading = 2. Ki kote pou w depoze demann lan
mexico-steps-where-offices = { -comar } gen biwo nan vil sa yo:
mexico-steps-where-office-cdmx = Vil Meksik (Ciudad de México)
mexico-steps-where-office-naucalpan = Naucalpan (Estado de México, toupre Vil Meksik)
mexico-steps-where-office-chiapas = Tapachula ak Palenque (eta Chiapas)
mexico-steps-where-office-tabasco = Tenosique (eta Tabasco)
mexico-steps-where-office-veracruz = Oluta (eta Veracruz)
mexico-steps-where-office-jalisco = Guadalajara (eta Jalisco)
mexico-steps-where-office-baja-california = Tijuana (eta Baja California)
mexico-steps-where-office-coahuila = Saltillo (eta Coahuila)
mexico-steps-where-office-nuevo-leon = Monterrey (eta Nuevo León)
mexico-steps-where-busy = Nan Tapachula, { -comar } resevwa moun sèlman nan Centro Multiservicios. Nan Naucalpan, biwo ki sèvi zòn Vil Meksik la, liy moun yo long anpil. Adrès yo nan sijè «Ki kote pou jwenn èd».
mexico-steps-where-elsewhere = Nan lòt kote, ou ka mande azil nan yon biwo Enstiti Nasyonal Migrasyon ({ -inm }). Ou ka mande l tou si yo kenbe w nan yon sant detansyon migrasyon (estación migratoria).
mexico-steps-where-check = Biwo yo ak lè yo louvri konn chanje. Anvan ou ale, verifye avèk { -unhcr } (an panyòl yo rele l ACNUR), ajans Nasyonzini pou refijye yo. Ou ka verifye avèk yon òganizasyon ki bay èd legal tou.

## What the law asks for, and what to do if an office asks for more

mexico-steps-where-rules = Pou mande azil, lalwa mande sèlman 3 bagay: ou dwe etranje, ou dwe nan Meksik, epi ou dwe fè demann lan, alekri oswa ak bouch ou.
mexico-steps-where-no-id = Si yon biwo egzije yon pyès idantite oswa yon prèv adrès pou l resevwa demann ou, li depase règ yo. Di yo avèk kalm ke lalwa pa mande sa. Si yo toujou refize resevwa l, mande { -unhcr } oswa yon òganizasyon ki bay èd legal pou yo ede w.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Resevwa constancia ou
mexico-steps-constancia-what = { -comar } ba ou yon papye ki montre ou fè demann lan: se constancia de trámite a. Chak moun nan fanmi ou ki mande azil avè w ap resevwa pa yo.
mexico-steps-constancia-protections = Depi jou ou depoze demann ou:
mexico-steps-constancia-no-return = Meksik pa ka voye w tounen nan yon kote lavi w oswa libète w an danje.
mexico-steps-constancia-no-consulate = Pèsonn p ap avèti konsila peyi ou.
mexico-steps-constancia-no-penalty = Yo p ap pini w paske ou te antre san papye. Si migrasyon te louvri yon dosye kont ou, dosye sa a kanpe.
mexico-steps-constancia-keep = Toujou gen constancia ou sou ou.
mexico-steps-consulate-not-go = Ou pa oblije ale nan konsila peyi w, epi li pi bon pou w pa ale. Sa vo pandan w ap tann, epi tou si yo rekonèt ou.
mexico-steps-consulate-apostille = Si yo rekonèt ou, yon demach nan Meksik ka mande yon papye peyi w ki gen apostiy. Apostiy se yon so ofisyèl ki montre papye a bon. Lalwa pèmèt yo pa egzije apostiy sa a. Mande yon òganizasyon ki bay èd legal kijan pou fè sa.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Rete nan eta kote ou te fè demann lan
mexico-steps-state-valid = Dapre { -comar }, constancia a bon sèlman nan eta kote ou te mande azil la. Li pa sèvi pou vwayaje nan peyi a.
mexico-steps-state-abandoned = Si ou soti nan eta sa a, yo ka fèmen demann ou, kòm si ou te abandone l.
mexico-steps-state-move = Si ou bezwen demenaje, mande alekri pou w kontinye demach ou nan lòt eta a. Demann sa a gratis.

## Step 5: signing

mexico-steps-signing-heading = 5. Ale siyen
mexico-steps-signing-what = Pandan w ap tann, ou dwe ale siyen nan { -comar } oswa nan { -inm }. Ale jou yo di w la.
mexico-steps-signing-dates = Règleman an di se chak semèn. An reyalite, chak biwo gen pwòp ritm li: nan Vil Meksik, yo te di se apeprè chak 10 jou. Ekri dat biwo w la ba ou.
mexico-steps-signing-missed = Si ou pa ale siyen, yo ka fèmen demann ou, kòm si ou te abandone l.
mexico-steps-signing-closed = Lè biwo { -comar } fèmen, pa egzanp pandan vakans, ou pa siyen.
mexico-steps-signing-shut = Si ou jwenn biwo a fèmen jou ou dwe siyen an, pran yon foto avi a oswa pòt la, ak dat la. Retounen premye jou biwo a louvri. Si yo fè w pwoblèm, mande èd legal.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Mande kat vizitè ou (TVRH) ak nimewo enskripsyon ou (CURP)
mexico-steps-card-what = Avèk constancia ou, mande { -inm } kat vizitè pou rezon imanitè a (an panyòl: Tarjeta de Visitante por Razones Humanitarias, TVRH).
mexico-steps-card-work = Avèk kat sa a, ou ka travay nan Meksik.
mexico-steps-card-valid = Anjeneral, kat la bon pou 1 an. Ou ka renouvle l pandan w ap tann desizyon an.
mexico-steps-card-scarce = Men jodi a, yo bay sèlman kèk kat. 2 rapò konte 4 129 kat nan 6 premye mwa 2025. Yon lòt rapò konte sèlman 618 kat pou tout ane 2024, kont 94 829 an 2023.
mexico-steps-card-curp-temporary = Apre constancia a, yo ba ou yon CURP tanporè (pou yon tan). Li bon jiska 180 jou, e tout jou yo konte, menm wikenn. Yo ka ba l plis tan. Si yo rekonèt ou, ou jwenn yon CURP pèmanan.
mexico-steps-card-curp-biometric = Rapò yo pa dakò sou yon kesyon: èske moun etranje bezwen nouvo CURP ki gen anprent dwèt ak foto a (CURP byometrik)? Sa poko konfime.
mexico-steps-card-documents-intro = Pou kat la, yo konn mande:

## Step 7: the interview

mexico-steps-interview-heading = 7. Entrevi a
mexico-steps-interview-what = { -comar } ap fè yon entrevi avè w an pèsòn. Yo pral mande w poukisa ou kite peyi w.
mexico-steps-interview-interpreter = Ou gen dwa pou yon entèprèt.
mexico-steps-interview-lawyer = Yon avoka ka vin avè w.
mexico-steps-interview-evidence = Ou ka bay prèv jiska jou desizyon an.
mexico-steps-interview-truth = Di laverite sou kiyès ou ye ak poukisa ou kite peyi w. Bay tout detay ou kapab.

## Step 8: the decision

mexico-steps-decision-heading = 8. Desizyon an
mexico-steps-decision-deadline = Lalwa bay { -comar } 45 jou ouvrab pou l deside.
mexico-steps-decision-extension = { -comar } ka pran plis tan yon sèl fwa: 45 lòt jou ouvrab.
mexico-steps-decision-reality = An reyalite, anpil moun tann pi lontan pase sa, anpil.
mexico-steps-decision-outcomes = Men sa desizyon an ka ye:
mexico-steps-decision-refugee = Estati refijye.
mexico-steps-decision-complementary = Pwoteksyon konplemantè: yon lòt pwoteksyon pou moun ki pa ka retounen san danje. Si { -comar } pa rekonèt ou kòm refijye, li dwe gade nan menm desizyon an si ou ka jwenn li.
mexico-steps-decision-denial = Yon refi. Ou ka fè apèl (etap 9).
mexico-steps-decision-residence = Avèk estati refijye oswa pwoteksyon konplemantè, ou jwenn rezidans pèmanan: ou ka rete nan Meksik san limit.

## Step 9: appeal, and the courts

mexico-steps-appeal-heading = 9. Si yo di w non: fè apèl
mexico-steps-appeal-deadline = Ou gen 15 jou ouvrab pou w depoze yon apèl ki rele recurso de revisión. Yo konte yo depi jou yo fè w konnen desizyon an.
mexico-steps-appeal-where = Ou depoze apèl la nan menm otorite ki te pran desizyon an. Se chèf otorite sa a ki deside sou apèl la.
mexico-steps-appeal-courts-intro = Gen 2 lòt chemen tou devan tribinal. Se yon avoka ki dwe depoze yo:
mexico-steps-appeal-nulidad = Juicio de nulidad (pwosè pou anile desizyon an), devan Tribunal Federal de Justicia Administrativa: 30 jou ouvrab apati jou yo fè w konnen desizyon an.
mexico-steps-appeal-amparo = Amparo (pwosè pou pwoteje dwa ou), devan yon jij federal: anjeneral, 15 jou ouvrab. Si yo vle depòte w, oswa si lavi w an danje, ou ka mande l nenpòt ki jou, a nenpòt ki lè.
mexico-steps-appeal-amparo-reform = Lwa sou amparo a (Ley de Amparo) te chanje an oktòb 2025, epi règ li yo vin pi sevè. Pou nenpòt amparo, chèche yon avoka.
mexico-steps-appeal-courts-today = Delè sa yo kout. Chèche èd legal gratis menm jou yo fè w konnen refi a.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Dwa ou ak fanmi ou
mexico-steps-rights-waiting = Pandan w ap tann, ou gen dwa jwenn enfòmasyon gratis. Si ou fèb oswa an danje (vilnerab), ou gen dwa jwenn èd. Yo dwe kenbe enfòmasyon ou yo an sekrè.
mexico-steps-rights-family = Fanmi ou ka jwenn menm pwoteksyon an: mari ou oswa madanm ou, moun w ap viv avè l, ak pitit ou yo. Lòt fanmi ki depann de ou ka jwenn li tou.
mexico-steps-rights-family-proof = Si ou pa gen papye ki montre lyen fanmi an, ou ka pwouve l yon lòt jan.
mexico-steps-rights-children-law = Lalwa di yo pa dwe janm fèmen timoun nan sant detansyon migrasyon.
mexico-steps-rights-refugee = Si yo rekonèt ou kòm refijye, ou gen dwa pou swen sante, lekòl ak travay. Ou gen dwa tou pou yon dokiman vwayaj, epi pou w mande pou fanmi ou vin jwenn ou.
mexico-steps-rights-complementary = Si yo ba ou pwoteksyon konplemantè, nou pa konnen si ou ka mande pou fanmi ou vin jwenn ou. Mande yon òganizasyon ki bay èd legal.
mexico-steps-rights-travel-home = Si ou vwayaje nan peyi w, ou dwe fè yo konnen. Vwayaj sa a ka fè w pèdi pwoteksyon ou.

## Step 11: local integration

mexico-steps-integration-heading = 11. Apre sa: Pwogram Entegrasyon Lokal la
mexico-steps-integration-what = Gen yon Pwogram Entegrasyon Lokal (Programa de Integración Local). Li ede kèk moun yo rekonèt kòm refijye jwenn travay epi al viv nan yon lòt vil. Mande { -unhcr } si ou ka patisipe.
