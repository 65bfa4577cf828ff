## A claim filed for you by a representative: ratify it in person within 3 business days.
## Facts: LRPCAP art. 11; Reglamento art. 20.

date-represented-filed-label = Dat yon lòt moun te depoze demann ou pou ou (si se sa ki te pase)
date-represented-filed-hint = Ekri dat sa a sèlman si yon lòt moun te depoze demann ou pou ou. Lè sa a, ou dwe ale konfime l an pèsòn nan { -comar }. Ou gen 3 jou ouvrab (jou travay) pou sa.
deadline-ratification-title = Dènye jou pou w al konfime an pèsòn demann yon lòt moun te depoze pou ou
deadline-ratification-advice = Ou gen 3 jou ouvrab (jou travay) pou w ale nan { -comar } pou w konfime demann lan an pèsòn. Ale pi vit ke ou kapab.
deadline-ratification-passed = 3 jou ouvrab yo gentan pase. Ale nan { -comar } pi vit ke ou kapab, epi mande sa pou w fè. Chèche èd legal gratis tou.
# Variables:
#   $latest (String) - the latest possible last day, written out.
deadline-ratification-safe-passed = Petèt ou poko an reta: selon ki jou ferye { -comar } konte, delè a ka dire jiska { $latest }. Ale nan { -comar } jodi a menm pou w konfime demann ou.
