## Messages shared by several guide topics and by the decision helper.
## Facts: RAICES v. Noem, D.C. Circuit, 24-04-2026 (facts.md §0); what applies at the border
## after it is UNCONFIRMED, so the guide never says whether a person can or cannot ask for
## asylum at the US border.

# Shown at the end of most topics. The agency is glossed here because for some topics this is
# its first mention.
guide-disclaimer = Gid sa a ba ou enfòmasyon, men se pa konsèy legal. Règ yo chanje. Pou ka pa w, mande èd legal gratis nan { -unhcr } (an panyòl yo rele l ACNUR), ajans Nasyonzini pou refijye yo. Oswa mande l nan yon òganizasyon ki bay èd legal.

# The April 2026 appeals-court ruling on the 2025 border proclamation, in one plain sentence pair.
guide-us-ruling-2026 = An avril 2026, yon tribinal apèl Etazini te deside prezidan an pa ka sispann demann azil yo konsa. Gouvènman an te di l ap mande pou yo gade ka a ankò.

# What applies at the US border now is not confirmed: send the reader to legal help.
guide-us-border-unconfirmed = Yo poko konfime ki règ ki aplike sou fwontyè a jodi a. Anvan ou ale, mande yon òganizasyon ki bay èd legal.
