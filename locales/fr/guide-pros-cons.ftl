## Guide topic: pros and cons of each country, as the sources weigh them.
## Points weighed by VisaVerge (2025), corrected with checked facts: Proclamation 10888 (90 FR 8333)
## and RAICES v. Noem (D.C. Circuit, 24 April 2026); the DHS notice on MPP (21 January 2025);
## INA §241(b)(3) and 8 CFR 208.16-208.18; legal guides on family; I-589 fees (H.R. 1; 90 FR 34511)
## and the annual fee for FY2026 (DHS rule, 28 April 2026); the USCIS hold as reported on 2 April 2026;
## TRAC (18 November 2025); detention at the border (an attorney's article on Nolo);
## LRPCAP arts. 18, 24, 48; Ley de Migración arts. 52, 54; the UNHCR Mexico help page;
## COMAR notices in the press; COMAR figures reported by EFE (11 January 2025);
## TVRH cards issued (an INM bulletin, 2025, and reports on 2023-2025).

pros-cons-title = Avantages et inconvénients de chaque pays
pros-cons-summary = Les bons côtés et les difficultés de l'asile aux États-Unis et au Mexique, selon les sources.
pros-cons-intro = Voici des points généraux relevés par les sources. Ils ne prédisent pas ce qui arrivera dans votre cas.

## The United States

pros-cons-us-pros-heading = États-Unis : les avantages
pros-cons-us-pro-protections = Si vous arrivez à entrer dans la procédure, la loi offre plusieurs protections : l'asile, la suspension de l'expulsion et la protection contre la torture.
pros-cons-us-pro-residence = Avec l'asile, vous pouvez plus tard demander la résidence permanente, puis la citoyenneté.
pros-cons-us-pro-family = Vous pouvez inclure votre époux ou épouse dans votre demande. Et vos enfants non mariés de moins de 21 ans.
pros-cons-us-pro-community = Des communautés de nombreuses nationalités y vivent et peuvent vous soutenir.

pros-cons-us-cons-heading = États-Unis : les inconvénients
pros-cons-us-con-border-unclear = Depuis janvier 2025, les règles de l'asile à la frontière sud sont contestées devant les tribunaux. Ce qui s'applique aujourd'hui n'est pas confirmé.
pros-cons-us-con-no-exceptions-ruling = Le texte de la proclamation de 2025 ne fait aucune exception. Pas même pour les enfants ou les victimes de traite. En avril 2026, une cour d'appel a jugé que le président ne peut pas suspendre ainsi les demandes d'asile. Ce qui s'applique aujourd'hui n'est pas confirmé : demandez à une association d'aide juridique.
pros-cons-us-con-mpp-some = Avec le MPP (programme « Rester au Mexique »), certaines personnes doivent attendre au Mexique leurs audiences aux États-Unis. Les conditions peuvent y être dangereuses ou instables. On ne sait pas avec certitude combien de personnes sont renvoyées aujourd'hui.
pros-cons-us-con-cost-2026 = L'aide juridique privée coûte cher et elle est difficile à trouver depuis l'étranger. En plus, le formulaire I-589 coûte 100 dollars. Puis il y a des frais chaque année : 102 dollars pour l'année fiscale 2026.
pros-cons-us-con-slow-hold = Les dossiers peuvent prendre des années. L'USCIS (le service de l'immigration des États-Unis) garde suspendus les dossiers des personnes d'environ 40 pays.
pros-cons-us-con-detention = À la frontière, beaucoup de personnes restent longtemps en détention en attendant une décision.
pros-cons-us-con-rates = Peu de demandes aboutissent : en août 2025, les tribunaux ont accordé l'asile dans 19,2 % des dossiers.

## Mexico

pros-cons-mx-pros-heading = Mexique : les avantages
pros-cons-mx-pro-anyone = Toute personne étrangère qui se trouve au Mexique peut demander l'asile. C'est gratuit.
pros-cons-mx-pro-work-card = Si vous obtenez la carte de visiteur (TVRH), vous pouvez travailler pendant l'attente.
pros-cons-mx-pro-residence = Si votre demande est acceptée, vous obtenez la résidence permanente.
pros-cons-mx-pro-rates = En 2024, 74 % des 33 844 dossiers décidés ont reçu une réponse positive.
pros-cons-mx-pro-costs = La vie au Mexique coûte en général moins cher qu'aux États-Unis.
pros-cons-mx-pro-integration = Le Programme d'intégration locale aide certains réfugiés à trouver du travail et à déménager.

pros-cons-mx-cons-heading = Mexique : les inconvénients
pros-cons-mx-con-state-sign = La constancia est le papier qui prouve votre demande d'asile. Selon la Commission mexicaine d'aide aux réfugiés ({ -comar }), elle vaut seulement dans l'État de la demande. Si vous quittez cet État ou n'allez pas signer, votre demande peut être considérée comme abandonnée.
pros-cons-mx-con-wait = Les attentes sont longues. La loi donne 45 jours ouvrables, mais beaucoup de personnes attendent bien plus longtemps.
pros-cons-mx-con-card-scarce = Les cartes sont rares. Deux rapports comptent 4 129 cartes au premier semestre 2025. Un autre n'en compte que 618 pour toute l'année 2024, contre 94 829 en 2023.
pros-cons-mx-con-shelters = Beaucoup de personnes vivent dans des foyers d'accueil surpeuplés ou dans de mauvaises conditions.
pros-cons-mx-con-help = Il y a peu d'aide juridique et peu de services, surtout hors des grandes villes.
pros-cons-mx-con-integration = S'intégrer est difficile sans parler espagnol ou sans famille au Mexique.

## Not a prediction

pros-cons-not-prediction = Le résultat dépend de votre histoire et de vos preuves. Avant de décider, parlez à une association d'aide juridique gratuite.
