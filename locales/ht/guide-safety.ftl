## Guide topic: your safety. How Senda protects what you type, and its limits.

safety-topic-title = Sekirite ou nan aparèy sa a
safety-topic-summary = Sa PIN nan pwoteje ak sa li pa pwoteje, bouton «Soti vit» la, kijan pou efase tout bagay, ak mòd envite.
safety-topic-intro = Sa ou ekri nan { -brand-name } rete sèlman nan aparèy sa a. Aplikasyon an pa janm voye l okenn kote.
safety-topic-pin-heading = PIN nan
safety-topic-pin-what = Avèk yon PIN, done ou yo chifre (yo tounen yon kòd sekrè). Moun ki pran telefòn nan pa ka li yo san PIN nan.
safety-topic-pin-offline = Si yon moun eseye PIN ki pa bon, li dwe tann pi lontan anvan chak nouvo esè.
safety-topic-pin-forget = Si ou bliye PIN nan, pèsonn pa ka rekipere done ou yo. Anrejistre yon kopi sekirite (yon fichye ak done ou yo) ki gen yon modpas.
safety-topic-limits-heading = Sa PIN nan pa ka anpeche
safety-topic-limits-watching = Yon moun ki gade pandan w ap tape PIN nan oswa pandan w ap li done ou yo.
safety-topic-limits-infected = Yon telefòn ki gen yon pwogram espyon ladan l deja.
safety-topic-limits-open = Yon moun ki sèvi ak telefòn nan pandan done ou yo louvri. Fèmen yo lè ou fini.
safety-topic-exit-heading = Soti vit
safety-topic-exit-button = Bouton «Soti vit» la ak touch Esc la kache tout bagay touswit, epi yo fèmen done ou yo.
safety-topic-exit-idle = Si ou pa sèvi ak aplikasyon an pandan 5 minit, done ou yo fèmen pou kont yo.
safety-topic-wipe-heading = Efase tout bagay
safety-topic-wipe-what = Lè ou efase tout bagay, moun, dat, dokiman ak nòt ou te anrejistre yo disparèt nan aparèy sa a.
safety-topic-wipe-cancel = Anvan aplikasyon an efase, li konte 5 segonn. Ou ka anile pandan tan sa a.
safety-topic-wipe-guide = Gid la pa efase: ou ka toujou li l.
safety-topic-shared-heading = Sou yon aparèy ou pataje ak lòt moun
safety-topic-shared-guest = Nan mòd envite, anyen pa anrejistre. Lè ou soti, tout sa ou te ekri disparèt.
safety-topic-shared-backup = Pou chanje telefòn, anrejistre yon kopi sekirite ak yon modpas. San modpas la, pèsonn pa ka louvri l.
safety-topic-network = { -brand-name } pa sèvi ak entènèt, epi li pa voye done bay pèsonn.
source-senda-design = Kijan { -brand-name } mache (deskripsyon teknik pwojè a)
