## Guide topic: children and families.
## Facts from LRPCAP arts. 6, 12, 20, 22; Ley de Migración arts. 52 V(b), 74;
## LGDNNA arts. 89, 92, 95, 96, 98; the UNHCR Mexico help page (11 March 2026);
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

families-title = Timoun ak fanmi
families-summary = Pwoteksyon pou fanmi yo ak pou timoun ki mande azil nan Meksik, menm si yo vwayaje poukont yo.
families-intro = Si ou mande azil ak fanmi ou, chak moun jwenn pwoteksyon. Nan Meksik, timoun yo gen dwa espesyal.

## Applying as a family

families-together-heading = Mande azil an fanmi
families-together-tell = Di { -comar } (biwo Meksik ki deside demann azil yo) kiyès ki vini avè w.
families-together-constancia = Chak pitit ki mande azil avè w jwenn pwòp constancia pa l. Se yon papye ki montre li fè demann lan, kòm yon moun nan fanmi ou ki depann de ou.
families-together-who = Mari ou oswa madanm ou, moun w ap viv avè l, ak pitit ou yo ka jwenn menm pwoteksyon an. Lòt fanmi ki depann de ou pou lajan ka jwenn li tou. Yo dwe nan Meksik.
families-together-proof = Si ou pa gen ak nesans oswa ak maryaj, ou ka montre lyen fanmi an yon lòt jan. Pote tout prèv ou genyen.

## No detention for children

families-detention-heading-law = Sa lalwa di sou timoun ak detansyon
families-detention-text = Lalwa di timoun ki mande azil pa dwe janm fèmen nan yon sant detansyon migrasyon (estación migratoria).
families-detention-help = Si yo fèmen yon timoun nan yon sant detansyon migrasyon, chèche èd legal gratis touswit. Ou ka mande { -unhcr } (an panyòl yo rele l ACNUR): se ajans Nasyonzini pou refijye yo. Ou ka mande yon òganizasyon ki bay èd legal tou.

## The visitor card for children

families-card-heading = Kat vizitè pou rezon imanitè (TVRH) pou timoun
families-card-intro = Tout timoun migran gen dwa pou yon TVRH. Li jwenn kat la pandan Procuraduría de Protección ap deside sa ki pi bon pou li. Se biwo Leta ki pwoteje timoun yo.
families-card-immediate = Yo bay kat la touswit.
families-card-free = Li gratis.
families-card-no-documents = Yo pa bezwen okenn dokiman.
families-card-curp = Li vini ak yon CURP (nimewo enskripsyon pèsonèl li nan Meksik).
families-card-adults = Pou granmoun, yo mande dokiman pou TVRH la. Gade sijè ki montre etap pou mande azil nan Meksik.

## Children travelling alone

families-alone-heading = Timoun ki vwayaje poukont yo
families-alone-intro = Pafwa yon timoun vwayaje san paran l, ni san okenn lòt granmoun k ap okipe l. Lalwa Meksik pwoteje timoun sa a konsa:
families-alone-notify = Otorite migrasyon yo dwe avèti Procuraduría de Protección la touswit.
families-alone-best-interest = Procuraduría de Protección la deside sa ki pi bon pou timoun nan.
families-alone-no-return = Pèsonn pa ka voye timoun nan tounen nan peyi l san yo pa gade anvan ki danje li ka kouri la.
families-alone-dif = DIF (sistèm piblik Meksik ki pwoteje fanmi yo) dwe pwoteje timoun nan.
families-alone-help = Timoun nan gen dwa pou yon entèprèt, yon avoka ak yon moun ki reprezante l. Tout sa gratis.
families-alone-housing = Timoun nan dwe rete yon kote ki apa, lwen granmoun yo.
families-alone-non-refoulement = Yo pa ka voye timoun nan nan yon kote lavi l oswa libète l an danje.
families-alone-comar = DIF gade sitiyasyon timoun nan. Si li bezwen pwoteksyon kòm refijye, DIF voye l bay { -comar }.
families-alone-you = Si ou gen mwens pase 18 an epi w ap vwayaje poukont ou, ou ka mande DIF oswa { -unhcr } èd. Ou pa oblije fè tout bagay san èd.

## The United States

families-us-heading = Epi Ozetazini?
families-us-text-proclamation = Tèks pwoklamasyon 2025 la sou fwontyè sid la pa fè okenn eksepsyon pou timoun, ni pou fanmi. Yo poko konfime sa ki aplike jodi a.
families-us-change = Gen pwosè nan tribinal sou règ sa yo, epi yo ka chanje. Anvan ou deside, mande { -unhcr } oswa yon òganizasyon ki bay èd legal pou enfòmasyon ki ajou.
