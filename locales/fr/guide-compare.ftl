## Guide topic: Mexico and the United States side by side.
## Facts from Proclamation 10888 (90 FR 8333) and RAICES v. Noem (D.C. Circuit, 24 April 2026);
## EO 14159 (90 FR 8443); the DHS notice on MPP (21 January 2025); reports on the end of CBP One;
## the USCIS hold as reported on 2 April 2026; I-589 and work permit fees (H.R. 1; 90 FR 34511);
## the annual asylum fee for FY2026 (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26);
## 8 CFR 103.2(b)(3); TRAC (FY2024 report 751; 18 November 2025); LRPCAP arts. 11, 18, 22, 24, 48;
## Ley de Migración arts. 52, 54; the UNHCR Mexico help page; COMAR notices in the press;
## TVRH cards issued (2024-2025 reports); COMAR figures reported by EFE (11 January 2025).
## Background: VisaVerge (2025).

compare-title = Le Mexique et les États-Unis, côte à côte
compare-summary = Qui peut demander l'asile, où, en combien de temps et à quel prix. Et comment cela s'est passé pour d'autres.
compare-intro = Ce tableau résume l'essentiel pour chaque pays. Les règles des États-Unis changent souvent. Vérifiez avant de décider.

## The table

compare-table-caption = Demander l'asile aux États-Unis et au Mexique
compare-col-us = États-Unis
compare-col-mexico = Mexique

compare-row-who = Qui peut le demander
compare-us-who-ruling = À la frontière sud, les règles sont contestées devant les tribunaux. On ne sait pas ce qui s'applique aujourd'hui. Déjà dans le pays, c'est peut-être possible.
compare-mx-who = Toute personne étrangère qui se trouve au Mexique.

compare-row-where = Où
compare-us-where-unclear = À la frontière sud, ce n'est pas clair. CBP One (l'application pour prendre rendez-vous) ne donne plus de rendez-vous. Dans le pays : auprès de l'USCIS (le service de l'immigration) ou d'un juge.
compare-mx-where = Dans un bureau de la { -comar } (Commission mexicaine d'aide aux réfugiés). Ou dans un bureau de l'{ -inm } (Institut national des migrations). Ou dans une estación migratoria (centre de rétention).

compare-row-process = La procédure
compare-us-process = Le formulaire I-589, en anglais, avec des preuves traduites. Puis un entretien ou une audience devant un juge.
compare-mx-process = Demande à la { -comar }, constancia (preuve de demande), signatures régulières, entretien, puis décision.

compare-row-time = Durée
compare-us-time-no-estimate = Aucune durée d'attente fiable n'est connue. Depuis mars 2026, l'USCIS décide certains dossiers. Mais ceux des personnes d'environ 40 pays restent suspendus.
compare-mx-time = La loi donne 45 jours ouvrables, avec une prolongation possible. En pratique, l'attente est bien plus longue.

compare-row-status = Pendant l'attente
compare-us-status-some = Avec le MPP (programme « Rester au Mexique »), certaines personnes attendent au Mexique. Dans le pays, certaines risquent l'expulsion accélérée. Si vous quittez le pays avec un dossier ouvert, on considère que vous l'abandonnez.
compare-mx-status-stay-sign-if-card = La constancia, et la carte de visiteur pour raisons humanitaires (TVRH) si vous pouvez l'obtenir : peu de cartes sont délivrées. Vous devez rester dans l'État de votre demande et continuer à aller signer.

compare-row-work = Travail
compare-us-work-18-months = Il faut un permis de travail à part. Le premier coûte 550 dollars. Depuis décembre 2025, il dure 18 mois au maximum.
compare-mx-work-scarce = Oui, avec la carte de visiteur (TVRH). Mais aujourd'hui, peu de cartes sont remises.

compare-row-cost = Coût
compare-us-cost-notice = 100 dollars pour déposer le formulaire I-589. Pour les demandes déposées depuis octobre 2024, il y a aussi des frais annuels : 102 dollars pour l'année fiscale 2026. Si l'USCIS vous envoie un avis, payez dans les 30 jours, sinon votre demande est rejetée. Aucune dispense.
compare-mx-cost = Gratuit.

compare-row-chances = Résultats passés
compare-us-chances = Année fiscale 2024 : les juges ont accordé l'asile dans 16,6 % des dossiers de Mexicains. Août 2025 : 19,2 %, toutes nationalités.
compare-mx-chances = En 2024, la { -comar } a décidé 33 844 dossiers. Dans 74 % des cas, la réponse a été positive.

compare-row-integration = Aide pour s'installer
compare-us-integration = Limitée, surtout pour les personnes qui attendent au Mexique avec le MPP.
compare-mx-integration = Résidence permanente si votre demande est acceptée. Un Programme d'intégration locale pour certains réfugiés.

## After the table

compare-past = Ces chiffres montrent des résultats passés. Ils ne disent pas ce qui arrivera dans votre cas : chaque cas est différent.
