## Guide topic: where you can ask for asylum now (the US southern border, and Mexico).
## Facts from Proclamation 10888 (90 FR 8333); EO 14159 (90 FR 8443); EO 14165 (90 FR 8467);
## the DHS notice on MPP (21 January 2025); reports on the end of CBP One; RAICES v. Noem
## (D.D.C. 25-cv-306; D.C. Circuit, 24 April 2026); the USCIS hold as reported on 2 April 2026;
## COMAR figures reported by EFE (11 January 2025) and press figures for mid-2025;
## LRPCAP arts. 11, 15, 18; the UNHCR Mexico help page (11 March 2026).
## Order and proclamation numbers stay in the sources, not in the text.

where-now-title = Où puis-je demander l'asile maintenant ?
where-now-summary = Ce qui se passe à la frontière des États-Unis depuis 2025. Qui peut demander l'asile au Mexique.
where-now-intro-rules = Depuis janvier 2025, les États-Unis ont de nouvelles règles pour l'asile à leur frontière sud. Ces règles sont contestées devant les tribunaux. Beaucoup de personnes demandent l'asile au Mexique.

## The United States

where-now-us-heading = À la frontière des États-Unis
where-now-us-proclamation = Le 20 janvier 2025, le président des États-Unis a signé une proclamation sur la frontière sud. Selon son texte, cette proclamation :
where-now-us-entry = Suspend l'entrée de beaucoup de personnes par la frontière sud.
where-now-us-bar = Empêche les personnes concernées de demander l'asile.
where-now-us-info = Bloque aussi les personnes sans assez d'informations sur leur santé ou leur casier judiciaire.
where-now-us-orders = Deux autres décrets du président ont rendu les règles encore plus dures :
where-now-us-cbp-one = CBP One (une application du gouvernement des États-Unis pour prendre rendez-vous) ne donne plus de rendez-vous. Les rendez-vous ont pris fin le 20 janvier 2025. Tous les rendez-vous déjà donnés ont été annulés.
where-now-us-mpp = Le MPP (programme « Rester au Mexique ») a repris le 21 janvier 2025. Avec le MPP, certaines personnes attendent au Mexique leurs audiences aux États-Unis. On ne sait pas si de nouvelles personnes y sont inscrites aujourd'hui.
where-now-us-removal = L'expulsion accélérée (expedited removal) a été étendue à l'intérieur des États-Unis.
where-now-us-hold-2026 = L'USCIS (le service de l'immigration des États-Unis) a repris certaines décisions sur l'asile le 30 mars 2026. Mais les dossiers des personnes d'environ 40 pays restent suspendus. Ces pays comprennent probablement Cuba, Haïti et le Venezuela.

## The courts

where-now-court-heading = Ce que disent les tribunaux
where-now-court-ruling = Le 2 juillet 2025, un juge fédéral a décidé que la proclamation était illégale.
where-now-court-appeal-narrowed = Ensuite, une cour d'appel a réduit la portée de cette décision.
where-now-court-ruling-2026 = Le 24 avril 2026, une cour d'appel a rendu une décision sur la proclamation. Selon elle, le président ne peut pas suspendre ainsi les demandes d'asile. Il ne peut pas non plus créer sa propre procédure d'expulsion.
where-now-court-protections = Elle a aussi dit que deux protections restent possibles : la suspension de l'expulsion (withholding of removal) et la protection de la Convention contre la torture (CAT).
where-now-court-review = Le gouvernement a dit qu'il demanderait un nouvel examen. Selon la presse, rien n'a changé tout de suite à la frontière.
where-now-court-unclear = On ne sait pas avec certitude quelles règles s'appliquent aujourd'hui. Avant d'aller à la frontière, demandez à une association d'aide juridique.

## Mexico

where-now-mx-heading = Au Mexique
where-now-mx-numbers = Le Mexique reçoit beaucoup plus de demandes d'asile qu'avant :
where-now-mx-2023 = En 2023 : 140 720 demandes, le chiffre le plus élevé jusqu'ici.
where-now-mx-2024 = En 2024 : 78 975 demandes.
where-now-mx-2025 = En 2025 : le chiffre de l'année complète n'est pas encore confirmé.
where-now-mx-2025-daily = À la mi-2025, environ 250 nouvelles demandes arrivaient chaque jour.
where-now-mx-comar = Au Mexique, c'est la { -comar } (Commission mexicaine d'aide aux réfugiés) qui décide. Elle accorde le statut de réfugié ou la protection complémentaire.
where-now-mx-who = Toute personne étrangère qui se trouve au Mexique peut demander l'asile.
where-now-mx-how = Vous pouvez faire la demande par écrit ou à l'oral.
where-now-mx-free = C'est gratuit.
where-now-mx-deadline = Vous avez 30 jours ouvrables, comptés à partir du jour ouvrable qui suit votre entrée. Si ce délai est passé, demandez l'asile quand même. Expliquez pourquoi.
where-now-mx-steps = Lisez le thème « Comment demander l'asile au Mexique, étape par étape ».

## Changes

where-now-changes = Ces règles changent souvent, surtout aux États-Unis. Ce que vous lisez ici a peut-être changé. Vérifiez auprès du { -unhcr } (l'agence des Nations unies pour les réfugiés) ou d'une association d'aide juridique.
