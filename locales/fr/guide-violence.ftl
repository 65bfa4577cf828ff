## Guide topic: victims of trafficking or violence.
## Facts from LRPCAP arts. 6, 10, 13, 18, 20, 21, 23; the UNHCR Mexico help page (11 March 2026);
## civil-society guides on useful evidence; the ICRC family-links service;
## for the US: Proclamation 10888 (90 FR 8333), RAICES v. Noem (D.C. Circuit, 24 April 2026; the
## shared ruling sentence is in guide-common.ftl), and a 2025 comparison article.

violence-title = Victimes de traite ou de violence
violence-summary = Si vous avez subi des violences ou la traite : vos droits en demandant l'asile au Mexique, les preuves à garder, le soutien possible.
violence-intro = Ce qui vous est arrivé compte. Ce qu'on vous a fait n'est pas votre faute. Quand vous demandez l'asile, vous pouvez le raconter à la Commission mexicaine d'aide aux réfugiés ({ -comar }).

## Violence as a reason for asylum

violence-grounds-heading = La violence peut être un motif d'asile
violence-grounds-intro = Au Mexique, la { -comar } peut accorder une protection pour plusieurs motifs. Parmi eux :
violence-grounds-gender = La persécution à cause de votre genre.
violence-grounds-general = La violence généralisée dans votre pays.
violence-grounds-rights = Les violations massives des droits humains.
violence-grounds-home-may = La violence liée à votre genre peut faire partie de votre demande. La violence à la maison ou dans le couple peut aussi compter. Parlez-en à la { -comar } et demandez une aide juridique.
violence-grounds-no-promise = Chaque cas est décidé séparément. Personne ne peut vous promettre un résultat.

## Trafficking

violence-trafficking-heading = Si vous avez été victime de traite
violence-trafficking-text = La traite, c'est quand quelqu'un vous trompe ou vous force pour vous exploiter. Par exemple, avec du travail forcé ou des relations sexuelles forcées. Si cela vous est arrivé, parlez-en à la { -comar } et à une association d'aide.

## Rights during the claim

violence-rights-heading = Vos droits pendant la procédure
violence-rights-confidential = Ce que vous racontez est confidentiel. La { -comar } doit garder vos données secrètes.
violence-rights-assistance = Si vous êtes une personne vulnérable, vous avez droit à une assistance.
violence-rights-interview = L'entretien doit être adapté à votre genre, à votre âge et à votre culture.
violence-rights-interpreter = Vous avez droit à un interprète gratuit.
violence-rights-no-return = Dès que vous demandez l'asile, la loi vous protège. Le Mexique ne peut pas vous renvoyer là où votre vie ou votre liberté est menacée.
violence-rights-needs = Si quelque chose vous empêche de parler facilement, dites-le. Dites à la { -comar } ce qu'il vous faut pour vous sentir en sécurité.

## Evidence

violence-evidence-heading = Gardez les preuves
violence-evidence-intro = Les preuves aident à montrer ce qui s'est passé. Gardez ce que vous avez, même si c'est peu :
violence-evidence-complaints = Les plaintes que vous avez déposées à la police.
violence-evidence-screenshots = Les captures d'écran des menaces.
violence-evidence-medical = Les rapports médicaux ou psychologiques.
violence-evidence-photos = Les photos des blessures ou des dégâts.
violence-evidence-witnesses = Les déclarations de témoins.
violence-evidence-not-required = Vous n'avez pas besoin de toutes ces preuves pour demander l'asile. Vous pouvez remettre des preuves jusqu'au jour de la décision.
violence-evidence-safe = Gardez des copies dans un lieu sûr. Pensez aux autres personnes qui peuvent voir votre téléphone ou vos papiers.

## Support

violence-support-heading = Où trouver du soutien
violence-support-unhcr = Le { -unhcr } (l'agence des Nations unies pour les réfugiés) conseille les personnes qui demandent l'asile. Sa page est help.unhcr.org/mexico.
violence-support-orgs = Les associations d'aide juridique et de soutien peuvent vous accompagner. Consultez le thème « Où trouver de l'aide ».
violence-support-family = Vous avez perdu le contact avec votre famille ? La Croix-Rouge mexicaine et le Comité international de la Croix-Rouge (CICR) peuvent vous aider. Ils offrent des appels courts et des messages gratuits sur la route migratoire.

## The United States

violence-us-heading = Et aux États-Unis ?
violence-us-text-proclamation = Le texte de la proclamation de 2025 sur la frontière sud ne fait aucune exception. Pas même pour les victimes de traite ou de violence. Ce qui s'applique aujourd'hui n'est pas confirmé.
violence-us-change = Ces règles sont contestées devant les tribunaux et peuvent changer. Avant de décider, demandez des informations à jour à une association d'aide juridique.
