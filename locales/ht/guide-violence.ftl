## Guide topic: victims of trafficking or violence.
## Facts from LRPCAP arts. 6, 10, 13, 18, 20, 21, 23; the UNHCR Mexico help page (11 March 2026);
## civil-society guides on useful evidence; the ICRC family-links service;
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

violence-title = Viktim trafik moun oswa vyolans
violence-summary = Si ou te sibi vyolans oswa trafik moun: dwa ou lè w mande azil nan Meksik, kijan pou kenbe prèv, ak ki kote pou jwenn sipò.
violence-intro = Sa ki te rive w la enpòtan. Se pa fòt ou si yo te fè w mal. Ou ka rakonte sa bay Komisyon Meksik pou Ede Refijye yo ({ -comar }) lè w ap mande azil.

## Violence as a reason for asylum

violence-grounds-heading = Vyolans ka yon rezon pou mande azil
violence-grounds-intro = Nan Meksik, { -comar } ka bay pwoteksyon pou plizyè rezon. Men kèk ladan yo:
violence-grounds-gender = Pèsekisyon paske ou se fanm, oswa akoz idantite seksyèl ou.
violence-grounds-general = Vyolans ki gaye toupatou nan peyi w.
violence-grounds-rights = Gwo vyolasyon dwa moun ki touche anpil moun.
violence-grounds-home-may = Vyolans ou sibi paske ou se fanm, oswa akoz idantite seksyèl ou, ka fè pati demann ou. Vyolans lakay ou, oswa vyolans mari ou, madanm ou oswa konpayon ou fè w, ka konte tou. Rakonte { -comar } sa, epi chèche èd legal.
violence-grounds-no-promise = Yo deside chak ka apa. Pèsonn pa ka pwomèt ou yon rezilta.

## Trafficking

violence-trafficking-heading = Si ou te viktim trafik moun
violence-trafficking-text = Gen trafik moun lè yon moun twonpe w oswa fòse w pou l pwofite de ou. Pa egzanp, yo fòse w travay, oswa yo fòse w fè sèks. Si sa te rive w, rakonte { -comar } sa. Rakonte yon òganizasyon sipò sa tou.

## Rights during the claim

violence-rights-heading = Dwa ou pandan demach la
violence-rights-confidential = Sa ou rakonte a se yon sekrè. { -comar } dwe kenbe enfòmasyon ou yo an sekrè.
violence-rights-assistance = Si ou fèb oswa an danje (vilnerab), ou gen dwa jwenn èd.
violence-rights-interview = Entrevi a dwe fèt yon jan ki respekte sèks ou, laj ou ak kilti ou.
violence-rights-interpreter = Ou gen dwa pou yon entèprèt gratis.
violence-rights-no-return = Depi jou ou mande azil, Meksik pa ka voye w tounen nan yon kote lavi w oswa libète w an danje.
violence-rights-needs = Si gen yon bagay ki fè l difisil pou w pale, di sa. Ou ka di { -comar } sa ou bezwen pou w santi w an sekirite.

## Evidence

violence-evidence-heading = Kenbe prèv yo
violence-evidence-intro = Prèv yo ede montre sa ki te pase. Kenbe sa ou genyen, menm si se ti kras:
violence-evidence-complaints = Plent ou te pote lapolis.
violence-evidence-screenshots = Foto ekran menas yo.
violence-evidence-medical = Rapò doktè oswa rapò sikològ.
violence-evidence-photos = Foto blesi yo oswa domaj yo.
violence-evidence-witnesses = Deklarasyon temwen.
violence-evidence-not-required = Ou pa bezwen tout prèv sa yo pou w mande azil. Ou ka bay prèv jiska jou desizyon an.
violence-evidence-safe = Kenbe kopi yo nan yon kote ki an sekirite. Reflechi sou kiyès ki ka wè telefòn ou oswa papye ou yo.

## Support

violence-support-heading = Ki kote pou jwenn sipò
violence-support-unhcr = { -unhcr } (an panyòl yo rele l ACNUR), ajans Nasyonzini pou refijye yo, bay moun ki mande azil enfòmasyon ak konsèy. Paj li se help.unhcr.org/mexico.
violence-support-orgs = Òganizasyon ki bay èd legal ak sipò ka akonpaye w. Gade sijè «Ki kote pou jwenn èd».
violence-support-family = Ou pèdi kontak ak fanmi ou? Kwa Wouj Meksiken an ak CICR (Komite Entènasyonal Kwa Wouj) ofri apèl kout ak mesaj gratis sou wout migrasyon an.

## The United States

violence-us-heading = Epi Ozetazini?
violence-us-text-proclamation = Tèks pwoklamasyon 2025 la sou fwontyè sid la pa fè okenn eksepsyon pou viktim trafik moun oswa viktim vyolans. Yo poko konfime sa ki aplike jodi a.
violence-us-change = Gen pwosè nan tribinal sou règ sa yo, epi yo ka chanje. Anvan ou deside, mande yon òganizasyon ki bay èd legal pou enfòmasyon ki ajou.
