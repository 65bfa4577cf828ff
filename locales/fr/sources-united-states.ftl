## Names of the sources cited by the United States and comparison topics.
## US laws and orders keep their official English name where it helps to find them.

source-us-proclamation-10888 = Proclamation présidentielle 10888 des États-Unis (20 janvier 2025)
source-us-raices-v-noem = Affaire RAICES v. Noem, tribunal fédéral de district de Washington D.C.
source-us-raices-appeal-2026 = Affaire RAICES v. Noem : décision de la cour d'appel de Washington D.C. (24 avril 2026)
source-us-eo-14159 = Décret présidentiel 14159 des États-Unis, « Protecting the American People Against Invasion »
source-us-eo-14165 = Décret présidentiel 14165 des États-Unis, « Securing Our Borders »
source-us-dhs-mpp = Avis du ministère de la Sécurité intérieure des États-Unis (DHS) sur le retour du MPP
source-us-cbp-one-end = Articles de presse sur la fin des rendez-vous CBP One
source-us-uscis-hold-2026 = Asian Law Caucus : l'USCIS reprend certaines décisions sur l'asile et en garde d'autres suspendues (avril 2026)
source-us-ina-208 = Loi américaine sur l'immigration et la nationalité (INA), section 208, et son règlement
source-us-credible-fear = Questions-réponses du service USCIS sur la peur crédible ; INA, section 235
source-us-withholding-cat = Guide juridique sur la suspension de l'expulsion et la protection contre la torture
source-us-grounds-family = Guides juridiques sur les motifs protégés et la famille dans l'asile aux États-Unis
source-us-i589-fees = Frais du formulaire I-589 et du permis de travail (loi H.R. 1 et Federal Register, le journal officiel des États-Unis)
source-us-annual-fee-2026 = Règle du ministère de la Sécurité intérieure des États-Unis (DHS) sur les frais annuels d'asile (28 avril 2026)
source-us-work-permit-18-months = Note juridique sur la durée des permis de travail (décembre 2025) et règle proposée en février 2026
source-us-leaving-abandons = Annonces du ministère de la Sécurité intérieure des États-Unis (DHS) sur le départ volontaire avec CBP Home
source-us-i589-evidence = Règles sur les traductions et les preuves pour le formulaire I-589
source-us-trac-mexico = TRAC (Université de Syracuse) : résultats des demandes d'asile devant les tribunaux, année fiscale 2024
source-us-trac-2025 = TRAC : part des demandes d'asile accordées en août 2025
source-us-nolo-mexico = Article d'un avocat sur Nolo : « Can I Apply for U.S. Asylum If I'm From Mexico? »
source-us-visaverge-2025 = VisaVerge : guide de 2025 qui compare l'asile au Mexique et aux États-Unis
source-mx-a-comar-figures = Chiffres de la { -comar } pour 2023 et 2024, publiés par l'agence de presse EFE
source-mx-a-mpp-mexico = Réponse du gouvernement mexicain au retour du MPP, selon la presse
source-mx-a-mpp-line-2021 = Article de presse de 2021 sur une ligne téléphonique du MPP
source-mx-a-tvrh-2025 = Bulletin de l'{ -inm } sur les cartes de visiteur remises en 2025
