## Guide topic: a US asylum claim.
## Facts from INA §§208, 235(b)(1)(B)(v), 241(b)(3); 8 CFR 208.4, 208.16-208.18, 208.30(e)(3), 103.2(b)(3);
## I-589 and work permit fees (H.R. 1; 90 FR 34511); the annual asylum fee for FY2026 and the
## rejection of claims whose fee is late (DHS rule, 28 April 2026); work permits of at most 18 months
## (since 5 December 2025); leaving the US abandons a pending claim (DHS, 2025-26); RAICES v. Noem
## (D.C. Circuit, 24 April 2026); legal guides on protected grounds and family (vickerstafflaw.com,
## legalclarity.org); the USCIS credible fear page. Why claims fail, what strengthens them, the
## "frivolous" finding and detention at the border: an attorney's article on Nolo, in our own words.

us-claim-title = Une demande d'asile aux États-Unis
us-claim-summary = Ce que vous devez montrer, les délais, le formulaire I-589 et votre famille. Et pourquoi beaucoup de demandes échouent.
us-claim-intro-border = Voici les règles de base de l'asile aux États-Unis. Les règles pour demander l'asile à la frontière sud sont contestées devant les tribunaux. Consultez le thème « Où puis-je demander l'asile maintenant ? ».

## The protected grounds

us-claim-grounds-heading = Ce que vous devez montrer
us-claim-grounds-what = Vous devez montrer un préjudice grave (violences, menaces), subi ou craint. Une raison centrale de ce préjudice doit être l'un de ces 5 motifs :
us-claim-ground-race = Votre race.
us-claim-ground-religion = Votre religion.
us-claim-ground-nationality = Votre nationalité.
us-claim-ground-group = Votre appartenance à un groupe social particulier.
us-claim-ground-opinion = Votre opinion politique.

## Three kinds of protection

us-claim-protections-heading = Trois formes de protection et un entretien
us-claim-credible-fear = Entretien de peur crédible : il a lieu si vous risquez l'expulsion accélérée et dites avoir peur. Un agent vous fait passer cet entretien. Vous devez montrer une « possibilité significative » d'avoir droit à l'asile.
us-claim-withholding = Suspension de l'expulsion (withholding of removal) : vous devez montrer qu'il est « plus probable qu'improbable » qu'on vous persécute. Si vous y arrivez, elle doit vous être accordée.
us-claim-cat = Protection au titre de la Convention contre la torture (CAT) : pour les personnes qui risquent la torture par des agents de l'État. Ou par d'autres, avec l'accord ou la tolérance de ces agents.

## The one-year limit

us-claim-deadline-heading = Le délai de 1 an
us-claim-deadline-rule = Vous devez demander l'asile dans l'année qui suit votre dernière arrivée aux États-Unis. Vous devez prouver cette date avec des preuves claires et convaincantes.
us-claim-deadline-exceptions = Il existe des exceptions si votre situation a changé ou en cas de circonstances extraordinaires.
us-claim-deadline-other = Ce délai ne s'applique pas à la suspension de l'expulsion. Ni à la protection contre la torture (CAT).

## Form I-589

us-claim-form-heading = Le formulaire I-589
us-claim-form-english = Vous devez le remplir en anglais.
us-claim-form-translations = Chaque document dans une autre langue doit avoir une traduction complète et certifiée en anglais.
us-claim-form-fees-since-2024 = Le déposer coûte 100 dollars. Pour les demandes déposées depuis octobre 2024, il y a aussi des frais annuels tant que le dossier est ouvert : 102 dollars pour l'année fiscale 2026.
us-claim-form-work-18-months = Le premier permis de travail coûte 550 dollars. Depuis décembre 2025, il dure 18 mois au maximum. Il n'est pas possible d'être dispensé de ces frais.
us-claim-form-fee-notice = Payez chaque avis de frais annuels dans les 30 jours. Depuis le 29 mai 2026, si vous ne payez pas à temps, votre demande est rejetée. En plus, on vous refuse le permis de travail, ou on vous le retire.

## Family

us-claim-family-heading = Votre famille
us-claim-family-who = Vous pouvez inclure votre époux ou épouse dans votre demande. Et vos enfants non mariés de moins de 21 ans. Un partenaire avec qui vous n'êtes pas marié ne peut pas être inclus.
us-claim-family-i730 = Ils n'étaient pas dans votre demande ? Si vous obtenez l'asile, vous avez 2 ans pour les faire venir. C'est le formulaire I-730. Il sert seulement pour votre époux ou épouse et vos enfants non mariés de moins de 21 ans.

## Risks to know

us-claim-risks-heading = Les risques à connaître
us-claim-risk-detention = Les personnes qui demandent l'asile à la frontière restent souvent longtemps en détention pendant l'attente. Les centres de détention ressemblent à une prison. Beaucoup de personnes abandonnent leur demande à cause de cela.
us-claim-risk-frivolous = Un juge ou un agent peut décider qu'une demande est « frivole », c'est-à-dire inventée exprès. Alors, la personne ne peut plus obtenir aucun autre avantage d'immigration aux États-Unis. Dites toujours la vérité.
us-claim-risk-leaving = Si vous quittez les États-Unis pendant que votre dossier est ouvert, on considère que vous l'abandonnez.

## Why claims fail

us-claim-fail-heading = Pourquoi beaucoup de demandes échouent
us-claim-fail-credibility = L'agent ou le juge ne croit pas votre récit.
us-claim-fail-link = Le lien entre le préjudice subi et l'un des 5 motifs n'est pas clair.
us-claim-fail-violence = Le préjudice est vu comme de la violence générale. Elle touche beaucoup de gens dans votre pays.

## What makes a claim stronger

us-claim-stronger-heading = Ce qui peut rendre votre demande plus solide
us-claim-stronger-specific = Des réponses précises sur le formulaire I-589 : ce qui s'est passé, quand et où. Et qui vous a fait du mal, à vous ou à votre famille.
us-claim-stronger-membership = Des preuves que vous êtes membre d'un groupe ou d'un parti. Par exemple, des cartes de membre ou des lettres.
us-claim-stronger-reports = Des articles de presse et des rapports sur les droits humains, qui confirment votre récit.
us-claim-stronger-records = Des rapports médicaux et des plaintes déposées à la police.
us-claim-stronger-arrival = Des preuves de la date de votre dernière arrivée aux États-Unis.
us-claim-stronger-no-promise = Ces preuves aident, mais elles ne garantissent pas le résultat. Demandez une aide juridique gratuite pour préparer votre dossier.
