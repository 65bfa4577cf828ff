## Guide topic: applying for asylum in Mexico, step by step.
## Facts from LRPCAP arts. 6-7, 11-12, 18-25, 27-30, 44, 48-51 and its Reglamento arts. 19-20, 24;
## Ley de Migración arts. 52, 54; LFPA arts. 28, 85-86; the UNHCR Mexico help page (11 March 2026).

mexico-steps-title = Kijan pou mande azil nan Meksik, etap pa etap
mexico-steps-summary = Etap yo avèk { -comar } (biwo Meksik ki deside demann azil yo): delè a, constancia a, kat la, entrevi a, desizyon an ak apèl la.
mexico-steps-intro = Nan Meksik, se { -comar } ki deside kiyès ki jwenn estati refijye. Demann lan gratis. Ou ka fè l alekri, oswa ou ka fè l ak bouch ou.

## Step 1: the deadline

mexico-steps-deadline-heading = 1. Mande azil nan 30 premye jou ouvrab (jou travay) yo
mexico-steps-deadline-count = Ou gen 30 jou ouvrab pou w depoze demann ou.
mexico-steps-deadline-start = Yo kòmanse konte yo nan jou ouvrab ki vini apre jou ou antre nan Meksik la.
mexico-steps-deadline-business-days = Samdi, dimanch ak jou ferye pa konte.
mexico-steps-deadline-late = Si delè a gentan pase, mande azil kanmenm. Eksplike poukisa ou pa t kapab fè l pi bonè. { -comar } ap mande w rezon ou yo.
mexico-steps-deadline-representative = Si yon lòt moun depoze demann lan pou ou, ou dwe ale konfime l an pèsòn. Ou gen 3 jou ouvrab pou sa.

## Step 2: where to apply

mexico-steps-where-heading = 2. Ki kote pou w depoze demann lan
mexico-steps-where-offices = { -comar } gen biwo nan vil sa yo:
mexico-steps-where-office-cdmx = Vil Meksik (Ciudad de México)
mexico-steps-where-office-chiapas = Tapachula ak Palenque (eta Chiapas)
mexico-steps-where-office-tabasco = Tenosique (eta Tabasco)
mexico-steps-where-office-veracruz = Oluta (eta Veracruz)
mexico-steps-where-office-jalisco = Guadalajara (eta Jalisco)
mexico-steps-where-office-baja-california = Tijuana (eta Baja California)
mexico-steps-where-office-coahuila = Saltillo (eta Coahuila)
mexico-steps-where-office-nuevo-leon = Monterrey (eta Nuevo León)
mexico-steps-where-elsewhere = Nan lòt kote, ou ka mande azil nan yon biwo { -inm } (biwo migrasyon Meksik la). Ou ka mande l tou si yo kenbe w nan yon sant detansyon migrasyon (estación migratoria).
mexico-steps-where-check = Biwo yo ak lè yo louvri konn chanje. Anvan ou ale, verifye avèk { -unhcr } (an panyòl yo rele l ACNUR), ajans Nasyonzini pou refijye yo. Ou ka verifye avèk yon òganizasyon ki bay èd legal tou.

## Step 3: the constancia

mexico-steps-constancia-heading = 3. Resevwa constancia ou
mexico-steps-constancia-what = { -comar } ba ou yon papye ki montre ou fè demann lan: se constancia de trámite a. Chak moun nan fanmi ou ki mande azil avè w ap resevwa pa yo.
mexico-steps-constancia-protections = Depi jou ou depoze demann ou:
mexico-steps-constancia-no-return = Meksik pa ka voye w tounen nan yon kote lavi w oswa libète w an danje.
mexico-steps-constancia-no-consulate = Pèsonn p ap avèti konsila peyi ou.
mexico-steps-constancia-no-penalty = Yo p ap pini w paske ou te antre san papye. Si migrasyon te louvri yon dosye kont ou, dosye sa a kanpe.
mexico-steps-constancia-keep = Toujou gen constancia ou sou ou.

## Step 4: stay in the state

mexico-steps-state-heading = 4. Rete nan eta kote ou te fè demann lan
mexico-steps-state-valid = Dapre { -comar }, constancia a valab sèlman nan eta kote ou te mande azil la. Li pa sèvi pou vwayaje nan peyi a.
mexico-steps-state-abandoned = Si ou soti nan eta sa a, yo ka fèmen demann ou, kòm si ou te abandone l.
mexico-steps-state-move = Si ou bezwen demenaje, mande alekri pou w kontinye demach ou nan lòt eta a. Demann sa a gratis.

## Step 5: signing

mexico-steps-signing-heading = 5. Ale siyen
mexico-steps-signing-what = Pandan w ap tann, ou dwe ale siyen nan { -comar } oswa nan { -inm }. Ale jou yo di w la.
mexico-steps-signing-how-often = Règleman an di se chak semèn. Men nan kèk biwo, sa ka diferan. Mande nan biwo pa w la, epi ekri jou ou dwe siyen yo.
mexico-steps-signing-missed = Si ou pa ale siyen, yo ka fèmen demann ou, kòm si ou te abandone l.

## Step 6: visitor card and CURP

mexico-steps-card-heading = 6. Mande kat vizitè ou (TVRH) ak CURP ou
mexico-steps-card-what = Avèk constancia ou, mande { -inm } kat vizitè pou rezon imanitè a (an panyòl: Tarjeta de Visitante por Razones Humanitarias, TVRH).
mexico-steps-card-work = Avèk kat sa a, ou ka travay nan Meksik.
mexico-steps-card-valid = Anjeneral, kat la bon pou 1 an. Ou ka renouvle l pandan w ap tann desizyon an.
mexico-steps-card-curp = Ou gen dwa tou pou yon CURP tanporè (nimewo idantite pèsonèl nan Meksik, pou yon tan).
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

## Step 9: appeal

mexico-steps-appeal-heading = 9. Si yo di w non: fè apèl
mexico-steps-appeal-deadline = Ou gen 15 jou ouvrab pou w depoze yon apèl ki rele recurso de revisión. Yo konte yo depi jou yo fè w konnen desizyon an.
mexico-steps-appeal-where = Ou depoze apèl la nan menm otorite ki te pran desizyon an. Se chèf otorite sa a ki deside sou apèl la.
mexico-steps-appeal-courts = Apre sa, ou ka ale nan tribinal. Chèche èd legal gratis pi vit ke ou kapab.

## Step 10: rights and family

mexico-steps-rights-heading = 10. Dwa ou ak fanmi ou
mexico-steps-rights-waiting = Pandan w ap tann, ou gen dwa jwenn enfòmasyon gratis. Si ou fèb oswa an danje (vilnerab), ou gen dwa jwenn èd. Yo dwe kenbe enfòmasyon ou yo an sekrè.
mexico-steps-rights-family = Fanmi ou ka jwenn menm pwoteksyon an: mari ou oswa madanm ou, moun w ap viv avè l, ak pitit ou yo. Lòt fanmi ki depann de ou ka jwenn li tou.
mexico-steps-rights-family-proof = Si ou pa gen papye ki montre lyen fanmi an, ou ka pwouve l yon lòt jan.
mexico-steps-rights-children = Lalwa di yo pa dwe janm fèmen timoun nan sant detansyon migrasyon.
mexico-steps-rights-after = Si yo rekonèt ou, ou gen dwa pou swen sante, lekòl ak travay. Ou gen dwa tou pou yon dokiman vwayaj, epi pou w mande pou fanmi ou vin jwenn ou.
mexico-steps-rights-travel-home = Si ou vwayaje nan peyi w, ou dwe fè yo konnen. Vwayaj sa a ka fè w pèdi pwoteksyon ou.

## Step 11: local integration

mexico-steps-integration-heading = 11. Apre sa: Pwogram Entegrasyon Lokal la
mexico-steps-integration-what = Gen yon Pwogram Entegrasyon Lokal (Programa de Integración Local). Li ede kèk moun yo rekonèt kòm refijye jwenn travay epi al viv nan yon lòt vil. Mande { -unhcr } si ou ka patisipe.
