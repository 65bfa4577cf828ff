## A claim filed for you by a representative: ratify it in person within 3 business days.
## Facts: LRPCAP art. 11; Reglamento art. 20.

date-represented-filed-label = Date où une autre personne a déposé votre demande pour vous (si c'est le cas)
date-represented-filed-hint = Remplissez ce champ seulement si une autre personne a déposé votre demande pour vous. Vous devez alors la confirmer en personne à la { -comar }, dans les 3 jours ouvrables.
deadline-ratification-title = Dernier jour pour confirmer en personne la demande déposée pour vous
deadline-ratification-advice = Vous avez 3 jours ouvrables pour aller à la { -comar } confirmer la demande en personne. Allez-y le plus tôt possible.
deadline-ratification-passed = Les 3 jours ouvrables sont passés. Allez à la { -comar } le plus tôt possible et demandez quoi faire. Cherchez aussi une aide juridique gratuite.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-ratification-safe-passed = Vous êtes peut-être encore dans les délais : selon les jours fériés que compte la { -comar }, le délai peut aller jusqu'au { $latest }. Allez à la { -comar } aujourd'hui même pour confirmer votre demande.
