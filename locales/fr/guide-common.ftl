## Messages shared by several guide topics and by the decision helper.
## Facts: RAICES v. Noem, D.C. Circuit, 24-04-2026 (facts.md §0); what applies at the border
## after it is UNCONFIRMED, so the guide never says whether a person can or cannot ask for
## asylum at the US border.

# Shown at the end of most topics. The agency is glossed here because for some topics this is
# its first mention.
guide-disclaimer = Ce guide donne des informations. Ce n'est pas un conseil juridique. Les règles changent. Pour votre cas, demandez une aide juridique gratuite. Adressez-vous au { -unhcr } (l'agence des Nations unies pour les réfugiés) ou à une association.

# The April 2026 appeals-court ruling on the 2025 border proclamation, in one plain sentence pair.
guide-us-ruling-2026 = En avril 2026, une cour d'appel des États-Unis a rendu une décision. Selon elle, le président ne peut pas suspendre ainsi les demandes d'asile. Le gouvernement a dit qu'il demanderait un nouvel examen.

# What applies at the US border now is not confirmed: send the reader to legal help.
guide-us-border-unconfirmed = Ce qui s'applique aujourd'hui à la frontière n'est pas confirmé. Avant d'y aller, demandez à une association d'aide juridique.
