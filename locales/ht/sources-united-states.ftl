## Names of the sources cited by the United States and comparison topics.
## US laws and orders keep their official English name where it helps to find them.

source-us-proclamation-10888 = Pwoklamasyon prezidansyèl 10888 Etazini (20 janvye 2025)
source-us-raices-v-noem = Ka RAICES v. Noem, tribinal federal distri Washington D.C.
source-us-raices-appeal-2026 = Ka RAICES v. Noem: desizyon tribinal apèl Washington D.C. (24 avril 2026)
source-us-eo-14159 = Lòd egzekitif 14159 Etazini, «Protecting the American People Against Invasion»
source-us-eo-14165 = Lòd egzekitif 14165 Etazini, «Securing Our Borders»
source-us-dhs-mpp = Avi Depatman Sekirite Enteryè Etazini (DHS) sou retou MPP
source-us-cbp-one-end = Nouvèl sou fen randevou CBP One yo
source-us-uscis-hold-2026 = Asian Law Caucus: USCIS rekòmanse kèk desizyon azil, epi li kenbe lòt yo an poz (avril 2026)
source-us-ina-208 = Lwa Etazini sou imigrasyon ak nasyonalite (INA), seksyon 208, ak règleman li
source-us-credible-fear = Kesyon ak repons USCIS sou entrevi «krent kredib» (credible fear); INA, seksyon 235
source-us-withholding-cat = Gid legal sou anpèchman depòtasyon ak pwoteksyon kont tòti
source-us-grounds-family = Gid legal sou rezon lalwa pwoteje yo ak sou fanmi nan azil Etazini
source-us-i589-fees = Frè pou fòm I-589 ak pou pèmi travay (lwa H.R. 1 ak jounal ofisyèl Federal Register)
source-us-annual-fee-2026 = Règ Depatman Sekirite Enteryè Etazini (DHS) sou frè azil chak ane (28 avril 2026)
source-us-work-permit-18-months = Nòt legal sou konbyen tan pèmi travay yo dire (desanm 2025), ak yon règ yo pwopoze an fevriye 2026
source-us-leaving-abandons = Avi Depatman Sekirite Enteryè Etazini (DHS) sou depa volontè avèk CBP Home
source-us-i589-evidence = Règ sou tradiksyon ak prèv pou fòm I-589
source-us-trac-mexico = TRAC (Inivèsite Syracuse): rezilta azil nan tribinal imigrasyon yo, ane fiskal 2024
source-us-trac-2025 = TRAC: pousantaj demann azil yo te aksepte an out 2025
source-us-nolo-mexico = Atik yon avoka sou Nolo: «Can I Apply for U.S. Asylum If I'm From Mexico?»
source-us-visaverge-2025 = VisaVerge: gid 2025 ki konpare azil nan Meksik ak Ozetazini
source-mx-a-comar-figures = Chif { -comar } pou 2023 ak 2024, ajans nouvèl EFE te pibliye yo
source-mx-a-mpp-mexico = Repons gouvènman Meksik la sou retou MPP, dapre laprès
source-mx-a-mpp-line-2021 = Atik laprès 2021 sou yon liy telefòn MPP
source-mx-a-tvrh-2025 = Bilten { -inm } sou kat vizitè yo te bay an 2025
